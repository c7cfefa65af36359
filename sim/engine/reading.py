"""Everything the engine reads from one trainee turn: acts, topics, terms and who is addressed."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from sim.acts import read_turn
from sim.agreement import Terms, TermsExtraction
from sim.content.models import Scenario
from sim.terms import TermsReader
from sim.text import normalize
from sim.topics import PhraseHit, PhraseMatcher, topic_matcher

MAX_INPUT = 10_000  # longer input is read up to here (the transcript keeps all of it)
# Sentences that can put terms on the table. An example ("Salling Group har 1.000 i fleksjob"),
# an argument ("billigere end lørdagsoverarbejde") or the agenda ("vi har en halv time") names
# schemes, hours and days without proposing them.
TERM_ACTS = frozenset(
    {
        "proposal",
        "ask_commitment",
        "next_steps",
        "summarize",
        "offer_support",
        "acknowledge",
        "other",
    }
)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@dataclass(frozen=True)
class Reading:
    """The engine's reading of one trainee turn."""

    text: str
    acts: tuple[str, ...]
    sentences: tuple[dict[str, Any], ...]
    topics: dict[str, PhraseHit]
    extraction: TermsExtraction = field(default_factory=TermsExtraction)  # what is proposed
    mentioned: Terms = field(default_factory=Terms)  # every scheme, task, support named at all
    addressee: str = "employer"

    @property
    def act_set(self) -> frozenset[str]:
        return frozenset(self.acts)

    @property
    def yes_but(self) -> bool:
        return any(s.get("yes_but") for s in self.sentences)

    @property
    def spins(self) -> frozenset[str]:
        return frozenset(s["spin"] for s in self.sentences if s.get("spin"))

    @property
    def terms(self) -> Terms:
        return self.extraction.terms


class TurnReader:
    """Reads trainee turns for one scenario: built once, then `read` per turn."""

    def __init__(self, scenario: Scenario) -> None:
        self.scenario = scenario
        self.topics: PhraseMatcher = topic_matcher(scenario.topics, scenario.language)
        tasks = {
            task_id: task.phrases.da + task.phrases.en
            for task_id, task in scenario.agreement.tasks.items()
        }
        self.terms = TermsReader(tasks)
        first = scenario.citizen.name.split()[0]
        self._citizen_address = re.compile(
            rf"^\s*(@(borger|borgeren|citizen)\b|{re.escape(normalize(first))}\s*[,:!?\-–])",
        )

    def read(self, text: str, to: str | None = None, citizen_present: bool = False) -> Reading:
        clean = _CONTROL.sub(" ", text)[:MAX_INPUT]
        turn = read_turn(clean)
        sentences = tuple(
            {
                "text": s.text,
                "acts": list(s.acts),
                "question_kind": getattr(s, "question_kind", None),
                "spin": getattr(s, "spin", None),
                "yes_but": bool(getattr(s, "yes_but", False)),
                "cues": list(getattr(s, "cues", ())),
            }
            for s in turn.sentences
        )
        addressee = to or (
            "citizen"
            if citizen_present and self._citizen_address.search(normalize(clean))
            else "employer"
        )
        whole = self.terms.read(clean)
        proposing = [s.text for s in turn.sentences if TERM_ACTS & set(s.acts)]
        if len(proposing) == len(turn.sentences):
            extraction = whole
        else:
            extraction = self.terms.read(" ".join(proposing)) if proposing else TermsExtraction()
        return Reading(
            text=text,
            acts=tuple(turn.acts),
            sentences=sentences,
            topics=self.topics.match(clean),
            extraction=extraction,
            mentioned=whole.terms,
            addressee=addressee,
        )

    def with_form_terms(self, r: Reading, terms: Terms) -> Reading:
        """A turn sent with the terms form is a proposal, and its terms answer concerns too."""
        acts = (
            r.acts if "proposal" in r.acts else (*(a for a in r.acts if a != "other"), "proposal")
        )
        return replace(r, acts=acts, mentioned=r.mentioned.merged(terms))

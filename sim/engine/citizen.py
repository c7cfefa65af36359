"""The citizen agent: speaks in the three-party part, objects to terms that break their limits."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sim import cache
from sim.agreement import Terms
from sim.content.models import Scenario
from sim.engine.lines import DEFAULT_CITIZEN_LINES, LinePicker
from sim.judge import judge_citizen
from sim.reading.registry import DISCOVERY_ACTS, QUESTION_ACTS
from sim.reading.subjects import best_answers
from sim.reading.turn import Reading
from sim.text import normalize
from sim.vocab import Phase

ORDER = [Phase.OPENING, Phase.NEEDS_DISCOVERY, Phase.OBJECTIONS, Phase.PROPOSAL, Phase.CLOSING]

# Which failing reason makes the citizen say which line.
OBJECTION_LINES = (
    ("hours_", "objects_hours"),
    ("task_strains", "objects_tasks"),
    ("scheme_not_eligible", "objects_scheme"),
)


# A question that asks the citizen for their yes to what is on the table, whatever its form
_ASKS_CONSENT = cache.regex(
    r"\b(?:hvad siger (?:du|i)(?: \w+)? (?:til|om)"
    r"|hvordan lyder (?:det|det her|det for dig|forslaget)"
    r"|hvad tænker du(?: så)?(?: om (?:det|det her|forslaget|aftalen|opgaverne))?\W*$"
    r"|hvordan har du det med (?:det|det her|forslaget|aftalen)\W*$|hvordan har du det med,? at\b"
    r"|er det (?:okay|ok|i orden|noget for dig)|passer det(?: dig)?\W*$|kan du se dig selv"
    r"|kan du leve med|vil du (?:være med|det)\W*$|er du med\W*$|hvad med dig\b|og du\W*$"
    r"|og dig\W*$|hvad siger du\W*$|hvad tænker du\W*$|hvad synes du(?: om (?:det|det her))?\W*$"
    r"|what do you (?:say|think)(?: (?:to|of|about) (?:it|that|this))?\W*$"
    r"|how does (?:that|it) sound|are you (?:ok|okay|in) with)"
)
# Two or more ways put to them to choose between: "…, eller vil du helst …?"
# A question for something of theirs, not a yes: "hvor mange timer …", "hvilke dage …"
_ASKS_WHICH = cache.regex(
    r"^\W*(?:[\w-]+,\s+)?(?:(?:og|så|men)\s+)?(?:hv(?:ad|ilke\w*|or|ordan|ornår|em)|what|which"
    r"|how|when|who)\b")
_EITHER_OR = cache.regex(r"\w\W* eller (?!hvad\b|ej\b|ikke\b|noget\b)\w+")


def _same_work(a: Terms, b: Terms) -> bool:
    """The same deal for them: scheme, hours, length, days and tasks."""
    return all(getattr(a, f) == getattr(b, f)
               for f in ("scheme", "hours_per_week", "weeks", "days", "tasks"))


@dataclass
class CitizenReaction:
    lines: list[str] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    accepted: bool | None = None  # None: no judgement this turn


class CitizenAgent:
    """Plays the scenario's citizen; present from the phase the scenario names."""

    def __init__(self, scenario: Scenario, picker: LinePicker) -> None:
        self.s = scenario
        self.c = scenario.citizen
        self.pick = picker
        self._said: set[str] = set()  # the answer lines said so far: a new one before a repeat
        self._agreed_to: Terms | None = None  # the terms they last said yes to
        self._objected: list[str] = []  # what the citizen last objected to in the terms

    def line(self, key: str) -> str:
        """One of the citizen's variants for `key`, else one of the engine's, else nothing."""
        variants = self.c.lines.get(key)  # type: ignore[call-overload]
        if not variants:
            own = DEFAULT_CITIZEN_LINES.get(key, {})
            variants = own.get(self.s.language) or own.get("da")
        return self.pick.pick(variants) if variants else ""

    @staticmethod
    def _asks_of_them(r: Reading) -> bool:
        """An open question on their times, experience, needs or limits ("Hvilke formiddage
        passer dig bedst?") asks for an answer, not for their yes to the deal; one that puts
        terms does ask for it."""
        if r.asks_for_concerns:
            return True  # "Hvad er du mest bekymret for – sig det med dine egne ord?"
        asked = [s for s in r.sentences if s.get("question_kind")]
        if not asked:
            return False
        last = asked[-1]
        certain = set(last.get("acts", ())) - set(last.get("guessed", ()))
        if _EITHER_OR.search(normalize(last["text"])) and "proposal" not in certain and not (
                _ASKS_CONSENT.search(normalize(last["text"]))):
            # "… vil du helst gå en pause, eller vil du helst sige det til Susanne?": a choice
            return True
        if any(set(s.get("acts", ())) & {"proposal", "ask_commitment"} for s in asked):
            return False  # "Hvad så med 15 timer på fire faste formiddage?" puts terms to them
        if _ASKS_CONSENT.search(normalize(last["text"])):
            return False  # "Hvordan lyder det for dig?": their yes, or their worry
        # "Hvad er det bedste, Susanne kan gøre, hvis du bliver presset?", "Camilla, hvor mange
        # timer og hvilke dage vil du helst starte med?": an answer, not a yes
        return last.get("question_kind") == "open" or bool(_ASKS_WHICH.search(
            normalize(last["text"])))

    @staticmethod
    def _consent_asked_first(r: Reading) -> bool:
        """Their view of the deal is asked for before the turn's last question, which asks
        something of them ("Hvordan lyder det? Og hvad har du brug for den første dag?")."""
        asked = [s for s in r.sentences if s.get("question_kind")]
        return len(asked) > 1 and any(
            _ASKS_CONSENT.search(normalize(s["text"])) for s in asked[:-1]
        ) and not _ASKS_CONSENT.search(normalize(asked[-1]["text"]))

    def _answer(self, r: Reading, out: CitizenReaction) -> str:
        """The answer line on what was asked - their times, experience, needs or limits
        (sim.reading.subjects) - one not said yet first; a question on the work just named
        gets their experience. The subject is recorded (`citizen_answered`)."""
        if r.asks_for_concerns and self.c.lines.get("worried"):  # type: ignore[call-overload]
            # "Hvad er du mest bekymret for?": what they fear, in their words
            out.events.append({"type": "citizen_answered", "about": "worries"})
            return self.line("worried")
        # what they were asked: the turn's last question, not what was said around it
        asked = [s["text"] for s in r.sentences if s.get("question_kind")]
        return self.answer_to(asked[-1] if asked else r.text, out.events,
                              about_work=bool(r.topics or r.mentioned.tasks))

    def answer_to(self, question: str, events: list[dict[str, Any]],
                  about_work: bool = False) -> str:
        """The answer line on what `question` asks (the trainee's, or the employer's own "Hvad
        har du lavet før?"), one not said yet first; recorded as `citizen_answered`."""
        variants = list(self.c.lines.get("answer") or ())  # type: ignore[call-overload]
        if not variants:
            return self.line("answer")
        subject, fitting = best_answers(question, variants, about_work, self._said)
        unsaid = [v for v in fitting if v not in self._said]
        line = self.pick.pick(unsaid or fitting)
        again = line in self._said
        self._said.add(line)
        events.append({"type": "citizen_answered", "about": subject})
        if again:
            # asked again what they said already: they say so, not the same words as new
            return self.line("said_before").replace("{line}", line)
        return line

    def _objection(self, key: str, failing: list[str], again: bool) -> str:
        """What they say to terms that break their limits. Tasks are named by the work itself:
        said again, the objection names the task still in the terms ("Men slibning af
        svejsesømme på store emner står der stadig"); said first, a line of theirs that names
        none of the tasks it is about gets the task put before it as a question ("Slibning af
        svejsesømme på store emner? Det der med at bære plader …")."""
        line = self.line(key) or self.line("worried")
        if key != "objects_tasks":
            return line
        tasks = [self.s.agreement.tasks[code.partition(":")[2]] for code in failing
                 if code.startswith("task_strains:")
                 and code.partition(":")[2] in self.s.agreement.tasks]
        if not tasks:
            return line
        named = (" og " if self.s.language == "da" else " and ").join(
            t.label[:1].lower() + t.label[1:] for t in tasks)
        if again:
            return self.line("objects_task_again").replace("{task}", named) or line
        low = line.lower()
        if any(p.lower() in low for t in tasks for p in (*t.phrases.da, *t.phrases.en)):
            return line
        return f"{named[:1].upper()}{named[1:]}? {line}"

    def joins_at(self, phase: str) -> bool:
        """Whether the citizen should be in the room once the meeting is in `phase`."""
        start = self.c.present_from
        if start == "never":
            return False
        if start == "start" or start == phase:
            return True
        if start in ORDER and phase in ORDER:
            return ORDER.index(phase) >= ORDER.index(start)  # type: ignore[arg-type]
        return phase in (Phase.AGREEMENT,) and start in ORDER

    def react(
        self, r: Reading, terms: Terms, addressed: bool, terms_changed: bool,
        answers_objection: bool = False,
    ) -> CitizenReaction:
        """What the citizen says to this turn. They speak up unasked when the terms break their
        limits, but say yes only when spoken to ("Hvad siger du til det, Camilla?") or when
        the turn changes the terms they just objected to: consent is given in words, never
        read into their silence."""
        out = CitizenReaction()
        acts = r.act_set
        if addressed and "pressure" in r.certain_set:  # a guess never costs
            out.lines.append(self.line("pressure") or self.line("worried"))
            out.events.append({"type": "citizen_pressured"})
            return out
        asked = addressed or (answers_objection and terms_changed)
        complete = terms.hours_per_week is not None and bool(terms.tasks)
        if (terms_changed or asked) and (terms.hours_per_week is not None or terms.tasks):
            verdict = judge_citizen(self.s, terms)
            failing = list(
                dict.fromkeys(f.code for f in verdict.failures if f.code != "terms_unclear")
            )
            for prefix, key in OBJECTION_LINES:
                if any(code.startswith(prefix) for code in failing):
                    out.accepted = False
                    again = failing == self._objected
                    if not addressed and again:
                        return out  # said already, and nothing it was about has changed
                    self._objected = failing
                    out.lines.append(self._objection(key, failing, again))
                    out.events.append({"type": "citizen_objects", "reasons": failing})
                    return out
            self._objected = []
            if complete and asked and not self._asks_of_them(r):
                # asked again to the same terms: a yes that says it was said ("Ja, det er jeg
                # stadig med på"), not the first yes word for word
                again = self._agreed_to is not None and _same_work(self._agreed_to, terms)
                out.lines.append(self.line("agrees_again" if again else "agrees"))
                out.events.append({"type": "citizen_agrees"})
                out.accepted = True
                self._agreed_to = terms
                return out
            if complete and addressed and self._consent_asked_first(r):
                # "Hvordan har du det med, at det er Susanne …? Og hvis du en dag får det
                # svært, hvad vil du så have, at hun gør?": a yes to the first, an answer to the
                # second, in one reply
                out.events.append({"type": "citizen_agrees"})
                out.accepted = True
                out.lines.append(f"{self.line('agrees')} {self._answer(r, out)}")
                self._agreed_to = terms
                return out
        if addressed:
            if acts & (QUESTION_ACTS | DISCOVERY_ACTS) or r.asks:
                out.lines.append(self._answer(r, out))
            elif acts & {"candidate_pitch", "acknowledge"}:
                out.lines.append(self.line("worried") or self.line("answer"))
            else:
                out.lines.append(self.line("answer"))
        return out

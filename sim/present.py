"""The instructor's view of a saved meeting: each turn's annotations, the hidden state, what-ifs.

No textual here (the presenter screens in sim.ui render what this module returns): a
`Presentation` is a checked transcript with its scenario and scorecard; `notes(n)` says what
the engine read in turn n and what came of it, `hidden(n)` what the employer thought after
it, and `branch(n)` replays the turns before n into a fresh meeting so the instructor can try
another line from there (`Branch`), and compare both outcomes (`compare`).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scoring import score_transcript
from scoring.card import turn_points
from sim.agreement import Terms
from sim.content.library import ContentLibrary
from sim.content.models import Persona, Scenario
from sim.content.problems import ContentError
from sim.engine.meeting import Meeting
from sim.reading.context import CONTEXT_CUE
from sim.reading.explain import explain_sentence
from sim.transcript import (
    TranscriptError,
    dumps,
    inputs_of,
    load_transcript,
    replay_into,
    transcript_of,
    write_atomic,
)

# Events the notes show, each with its tone: good (the trainee did well), bad, or info.
EVENT_TONES: dict[str, str] = {
    "need_revealed": "good",
    "objection_raised": "bad",
    "objection_acknowledged": "good",
    "objection_explored": "good",
    "objection_handled": "good",
    "objection_preempted": "good",
    "objection_mishandled": "bad",
    "objection_ignored": "bad",
    "objections_cleared": "good",
    "private_shared": "bad",
    "tasks_recalled": "info",
    "condition_set": "info",
    "contact_named": "info",
    "condition_accepted": "info",
    "condition_refused": "info",
    "early_pitch": "bad",
    "pressure": "bad",
    "yes_but": "bad",
    "repeated": "bad",
    "business_case_on_need": "good",
    "weighs_addressed": "good",
    "terms_verdict": "info",
    "jobcentre_rules": "bad",
    "citizen_joined": "info",
    "citizen_agrees": "good",
    "citizen_objects": "bad",
    "citizen_pressured": "bad",
    "walkout": "bad",
    "time_up": "info",
    "ended": "info",
}
VERDICT_TONES = {"accept": "good", "counter": "info", "refuse": "bad"}


class PresentError(Exception):
    """A transcript that cannot be presented; the message says why (with the path)."""


@dataclass(frozen=True)
class Event:
    """One thing that happened in a turn: `kind` (an engine event type), what it was about
    (`subject`: a need's or objection's title, or ""), and details (quality, reaction, reasons)."""

    kind: str
    tone: str
    subject: str = ""
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Sentence:
    """How the engine read one sentence: acts, question form, SPIN kind, 'yes, but', cues."""

    text: str
    acts: tuple[str, ...]
    question_kind: str | None
    spin: str | None
    yes_but: bool
    cues: tuple[str, ...]
    read_from: str = "words"  # sim.reading.explain: "words" | "guess" | "context" | "none"
    costs: tuple[str, ...] = ()  # what the reading can cost (a guess never does)
    context: tuple[str, ...] = ()  # how the dialogue so far changed the reading


@dataclass(frozen=True)
class TurnNotes:
    """Turn n annotated: what was read, what happened, terms put forward, points."""

    n: int
    action: str  # "say" or "end"
    text: str
    to: str | None
    acts: tuple[str, ...]
    sentences: tuple[Sentence, ...]
    topics: tuple[str, ...]  # topic labels the turn touched
    events: tuple[Event, ...]
    terms: Terms | None  # the terms on the table, when this turn changed them
    form: bool  # the terms came through the form
    points: tuple[dict[str, Any], ...]  # scoring.card.turn_points entries
    phase_before: str
    phase: str
    replies: tuple[dict[str, str], ...]


@dataclass(frozen=True)
class Hidden:
    """What the trainee cannot see after turn n: the employer's trust and patience (and before
    the turn), needs still hidden, objections open, and the hints the employer let slip."""

    n: int
    trust: int
    patience: int
    trust_before: int
    patience_before: int
    needs_hidden: tuple[str, ...]
    objections_open: tuple[str, ...]
    hints: tuple[tuple[int, str], ...]  # (turn, need title), up to and including turn n
    company_accepted: bool
    citizen_accepted: bool
    citizen_present: bool


@dataclass(frozen=True)
class Outcome:
    """A meeting's result for the compare view; `score` is None when scoring failed."""

    phase: str
    ended: bool
    turns: int
    trust: int
    patience: int
    needs_revealed: tuple[str, ...]
    needs_total: int
    objections: tuple[tuple[str, str], ...]  # (title, status): handled, open, preempted
    score: int | None
    band: dict[str, str]
    competences: tuple[tuple[dict[str, str], int], ...]  # (name, score)


def _check_records(path: Path, data: dict[str, Any]) -> None:
    """load_transcript checks what replay needs; the presenter also reads what the engine
    recorded per turn."""
    for i, turn in enumerate(data["turns"]):
        state = turn.get("state")
        if not isinstance(state, dict) or not {"trust", "patience"} <= set(state):
            raise PresentError(f"{path}: turns[{i}].state: missing (not saved by this Brobygger?)")
        for key in ("replies", "events"):
            if not isinstance(turn.get(key), list):
                raise PresentError(f"{path}: turns[{i}].{key}: missing or not a list")
        if turn.get("n") != i + 1:
            raise PresentError(f"{path}: turns[{i}].n: expected {i + 1}, found {turn.get('n')!r}")


@dataclass
class Presentation:
    """A saved meeting, checked and scored, ready to be shown turn by turn."""

    transcript: dict[str, Any]
    scenario: Scenario
    persona: Persona
    content_hash: str
    card: dict[str, Any] | None
    source: Path | None = None
    score_error: str = ""

    @classmethod
    def load(cls, library: ContentLibrary, path: Path) -> Presentation:
        """Read, check and score a transcript; raises PresentError with a clear message."""
        try:
            data = load_transcript(path)
        except TranscriptError as exc:
            raise PresentError(str(exc)) from None
        _check_records(path, data)
        try:
            scenario = library.find_scenario(data["scenario_id"])
        except LookupError as exc:
            raise PresentError(f"{path}: {exc.args[0]}") from None
        except ContentError as exc:
            first = exc.problems[0].format() if exc.problems else "the scenario does not load"
            raise PresentError(f"{path}: {first}") from None
        persona = library.personas[scenario.company.persona]
        return cls.of(data, scenario, persona, library.content_hash(scenario.id), source=path)

    @classmethod
    def of(
        cls,
        data: dict[str, Any],
        scenario: Scenario,
        persona: Persona,
        content_hash: str = "",
        source: Path | None = None,
    ) -> Presentation:
        card, error = None, ""
        try:
            card = score_transcript(data, scenario).to_dict()
        except Exception as exc:  # shown, not fatal: the turns can still be presented
            error = f"{type(exc).__name__}: {exc}"
        return cls(data, scenario, persona, content_hash, card, source, error)

    # ------------------------------------------------------------------ reading

    @property
    def records(self) -> list[dict[str, Any]]:
        return self.transcript["turns"]

    def __len__(self) -> int:
        return len(self.records)

    @property
    def content_changed(self) -> bool:
        return bool(self.content_hash) and self.transcript.get("content_hash") != self.content_hash

    @property
    def titles(self) -> dict[str, str]:
        s = self.scenario
        return {
            **self.transcript.get("titles", {}),
            **{n.id: n.title for n in s.needs},
            **{o.id: o.title for o in s.objections},
        }

    @property
    def start(self) -> tuple[int, int]:
        """Trust and patience before the first turn (the persona's)."""
        p = self.persona.personality
        return p.trust, p.patience

    def record(self, n: int) -> dict[str, Any]:
        if not 1 <= n <= len(self):
            raise IndexError(f"turn {n} is not in this meeting (1-{len(self)})")
        return self.records[n - 1]

    def notes(self, n: int) -> TurnNotes:
        return notes_of(self.records, n, self.scenario, self.titles, self.card)

    def hidden(self, n: int) -> Hidden:
        return hidden_of(self.records, n, self.scenario, self.titles, self.start)

    def outcome(self) -> Outcome:
        return outcome_of(self.transcript, self.scenario, self.card)

    def branch(self, n: int) -> Branch:
        """A what-if from turn n: the original's inputs before n replayed into a new meeting."""
        return Branch(self, n)


def _event(event: dict[str, Any], titles: dict[str, str]) -> Event | None:
    kind = str(event.get("type"))
    if kind not in EVENT_TONES:
        return None
    ref = event.get("id") or event.get("need") or ""
    subject = titles.get(ref, ref) if ref else ""
    detail = {k: v for k, v in event.items() if k not in ("type", "id")}
    tone = EVENT_TONES[kind]
    if kind == "terms_verdict":
        tone = VERDICT_TONES.get(str(event.get("reaction")), "info")
    elif kind == "objection_handled" and event.get("quality") in ("bare", "conceded"):
        tone = "info"
    elif kind == "objection_preempted" and event.get("by") == "terms":
        tone = "info"  # kept from coming up by the terms proposed: no handling to praise
    return Event(kind, tone, subject, detail)


def notes_of(
    records: list[dict[str, Any]],
    n: int,
    scenario: Scenario,
    titles: dict[str, str],
    card: dict[str, Any] | None,
) -> TurnNotes:
    """Turn n (1-based) of these records, annotated."""
    r = records[n - 1]
    before = records[n - 2]["state"]["terms"] if n > 1 else Terms().to_dict()
    after = r["state"].get("terms") or {}
    changed = bool(after) and after != before and not Terms.from_dict(after).is_empty()
    labels = {k: v.label for k, v in scenario.topics.items()}
    sentences = tuple(
        Sentence(
            text=str(s.get("text", "")),
            acts=tuple(s.get("acts", ())),
            question_kind=s.get("question_kind"),
            spin=s.get("spin"),
            yes_but=bool(s.get("yes_but")),
            cues=tuple(c for c in s.get("cues", ()) if not c.startswith(CONTEXT_CUE)),
            read_from=x["read_from"],
            costs=tuple(x["costs"]),
            context=tuple(x["context"]),
        )
        for s in r.get("sentences", [])
        for x in (explain_sentence(s),)
    )
    events = tuple(e for e in (_event(x, titles) for x in r["events"]) if e is not None)
    points = turn_points(card).get(int(r["n"]), []) if card else []
    return TurnNotes(
        n=int(r["n"]),
        action=r["action"],
        text=str(r.get("text", "")),
        to=r.get("to"),
        acts=tuple(r.get("acts", ())),
        sentences=sentences,
        topics=tuple(labels.get(k, k) for k in r.get("topics", {})),
        events=events,
        terms=Terms.from_dict(after) if changed else None,
        form=bool(r.get("form_terms")),
        points=tuple(points),
        phase_before=str(r.get("phase_before", "")),
        phase=str(r.get("phase", "")),
        replies=tuple(r["replies"]),
    )


def hidden_of(
    records: list[dict[str, Any]],
    n: int,
    scenario: Scenario,
    titles: dict[str, str],
    start: tuple[int, int],
) -> Hidden:
    """The hidden state after turn n (1-based), from the snapshot the engine recorded."""
    state = records[n - 1]["state"]
    prev = records[n - 2]["state"] if n > 1 else {"trust": start[0], "patience": start[1]}
    revealed = set(state.get("needs_revealed", []))
    hints = tuple(
        (int(r["n"]), titles.get(e.get("need", ""), e.get("need", "")))
        for r in records[:n]
        for e in r["events"]
        if e.get("type") == "hint"
    )
    return Hidden(
        n=n,
        trust=int(state["trust"]),
        patience=int(state["patience"]),
        trust_before=int(prev["trust"]),
        patience_before=int(prev["patience"]),
        needs_hidden=tuple(x.title for x in scenario.needs if x.id not in revealed),
        objections_open=tuple(titles.get(o, o) for o in state.get("objections_open", [])),
        hints=hints,
        company_accepted=bool(state.get("company_accepted")),
        citizen_accepted=bool(state.get("citizen_accepted")),
        citizen_present=bool(state.get("citizen_present")),
    )


def outcome_of(
    transcript: dict[str, Any], scenario: Scenario, card: dict[str, Any] | None
) -> Outcome:
    out = transcript["outcome"]
    revealed = tuple(n.title for n in scenario.needs if out["needs"].get(n.id, {}).get(
        "revealed_turn"))
    objections = []
    for o in scenario.objections:
        st = out["objections"].get(o.id, {})
        if st.get("handled_turn"):
            objections.append((o.title, "handled"))
        elif st.get("raised_turn"):
            objections.append((o.title, "open"))
        elif st.get("preempted_turn"):
            objections.append((o.title, "preempted"))
    comps = tuple(
        (c.get("name") or {"da": cid, "en": cid}, int(c["score"]))
        for cid, c in ((card or {}).get("competences") or {}).items()
    )
    return Outcome(
        phase=str(out["phase"]),
        ended=bool(out["ended"]),
        turns=sum(1 for t in transcript["turns"] if t["action"] == "say"),
        trust=int(out["trust"]),
        patience=int(out["patience"]),
        needs_revealed=revealed,
        needs_total=len(scenario.needs),
        objections=tuple(objections),
        score=int(card["overall"]) if card else None,
        band=dict(card.get("band") or {}) if card else {},
        competences=comps,
    )


class Branch:
    """A what-if: a fresh meeting (same scenario, same seed) fed the original's inputs up to the
    turn before `start`; then the instructor's own lines. Lives in memory until saved.

    Turns are serialised by a lock: the app plays them in a worker thread.
    """

    def __init__(self, presentation: Presentation, start: int) -> None:
        if not 1 <= start <= max(1, len(presentation)):
            raise IndexError(f"turn {start} is not in this meeting")
        p = presentation
        self.presentation = p
        self.start = start
        self.meeting = Meeting(
            p.scenario, p.persona, seed=int(p.transcript["seed"]), content_hash=p.content_hash
        )
        replay_into(self.meeting, inputs_of(p.transcript)[: start - 1])
        self.replayed = len(self.meeting.records)
        self.saved_to: Path | None = None
        self._lock = threading.Lock()

    @property
    def original_line(self) -> str:
        """What the trainee said at `start` in the original ("" for an end or no turn)."""
        if self.start > len(self.presentation):
            return ""
        return str(self.presentation.record(self.start).get("text", ""))

    @property
    def new_records(self) -> list[dict[str, Any]]:
        """The branch's own turns (after the replayed ones)."""
        return self.meeting.records[self.replayed :]

    @property
    def ended(self) -> bool:
        return self.meeting.ended

    def say(
        self, text: str, terms: Terms | None = None, to: str | None = None
    ) -> dict[str, Any]:
        with self._lock:
            return self.meeting.take_turn(text, terms=terms, to=to)

    def end(self) -> dict[str, Any]:
        with self._lock:
            return self.meeting.end()

    def transcript(self) -> dict[str, Any]:
        with self._lock:
            return transcript_of(self.meeting)

    def card(self) -> dict[str, Any] | None:
        try:
            return score_transcript(self.transcript(), self.meeting.scenario).to_dict()
        except Exception:
            return None

    def outcome(self) -> Outcome:
        return outcome_of(self.transcript(), self.meeting.scenario, self.card())

    def save(self, folder: Path) -> Path:
        """Write the branch as a transcript (replayable, presentable) under `folder`; the name
        says which meeting and turn it came from, and never overwrites a file."""
        source = self.presentation.source
        stem = source.name.removesuffix(".json") if source else self.meeting.scenario.id
        base = f"{stem}.whatif-{self.start}"
        path = folder / f"{base}.json"
        i = 2
        while path.exists():
            path = folder / f"{base}-{i}.json"
            i += 1
        write_atomic(path, dumps(self.transcript()))
        self.saved_to = path
        return path


@dataclass(frozen=True)
class Comparison:
    """The original's outcome beside the what-if's, from the turn the branch left at."""

    start: int
    original: Outcome
    whatif: Outcome


def compare(presentation: Presentation, branch: Branch) -> Comparison:
    """Both outcomes; scoring the branch runs here, so call it off the UI thread."""
    return Comparison(branch.start, presentation.outcome(), branch.outcome())

"""What the employer agent remembers: trust, patience, needs, objections, terms on the table."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Literal

from sim.agreement import Terms


@dataclass
class NeedState:
    """A hidden need: when it was revealed, by which words, and where it was hinted at."""

    id: str
    revealed_turn: int | None = None
    revealed_by: str | None = None  # the trainee's words that revealed it
    hinted_turns: list[int] = field(default_factory=list)

    @property
    def revealed(self) -> bool:
        return self.revealed_turn is not None


@dataclass
class ObjectionState:
    """An objection's life: raised, acknowledged/explored, handled or mishandled."""

    id: str
    raised_turn: int | None = None
    acknowledged_turn: int | None = None
    explored_turn: int | None = None
    handled_turn: int | None = None
    preempted_turn: int | None = None  # answered before it was raised, so never raised
    # how: "words" - its matter named or support or an argument offered for it; "terms" - only
    # the tasks or terms proposed answered it (it never came up, no credit either way)
    preempted_by: Literal["words", "terms"] | None = None
    # a turn that met it in words before anything raised it ("Papirer: jeg skriver aftalen"):
    # when it would come up later, it has been answered already
    answered_turn: int | None = None
    engaged_turn: int | None = None  # the last turn that acknowledged or explored it
    # full: acknowledged or explored first; bare: answered straight away; conceded: settled
    # by the trainee letting the employer's own condition stand ("Ja, hvis I stiller med en
    # mentor")
    quality: Literal["full", "bare", "conceded"] | None = None
    mishandled_turns: list[int] = field(default_factory=list)
    ignored_turns: list[int] = field(default_factory=list)  # turns that talked past it

    @property
    def is_open(self) -> bool:
        return self.raised_turn is not None and self.handled_turn is None


@dataclass(frozen=True)
class Condition:
    """The support the employer has named as the price of its yes ("Ja – hvis I stiller med en
    mentor"), the turn it did, and the concern it was named for ("" for a counter on the terms)."""

    support: tuple[str, ...]
    turn: int
    concern: str = ""


@dataclass
class MeetingState:
    """The whole hidden state of a meeting after some turns."""

    trust: int
    patience: int
    turn: int = 0
    needs: dict[str, NeedState] = field(default_factory=dict)
    objections: dict[str, ObjectionState] = field(default_factory=dict)
    terms: Terms = field(default_factory=Terms)
    company_accepted: bool = False
    citizen_accepted: bool = False
    citizen_present: bool = False
    minutes_used: float = 0.0  # the meeting's clock (sim.engine.clock)
    time_warned: bool = False  # the employer has said time is running short
    pressure_turns: list[int] = field(default_factory=list)  # turns read as pressure
    opened_turn: int | None = None  # the first turn that greeted or set the agenda
    rapport_broken_turn: int | None = None  # the first turn that cost the employer's trust
    condition: Condition | None = None  # the employer's price, until the trainee settles it
    # the citizen's private details told to the employer without consent: id -> the turn
    private_shared: dict[str, int] = field(default_factory=dict)
    # the tasks the trainee has named so far, in order, for "med de opgaver, vi lige har nævnt"
    tasks_named: list[str] = field(default_factory=list)
    # the qualifiers the trainee has given things so far ("slibning af småemner": small parts),
    # kept turn by turn for the reader's context (sim.reading.terms.said_qualifiers)
    qualified: set[tuple[str, str]] = field(default_factory=set)
    # the scheme the trainee last offered ("det er en praktik"), for terms put without one
    scheme_named: str | None = None
    # the trainee has said who the candidate is (by name or pronoun), or the citizen is at the
    # table: until then the employer speaks of "vedkommende", not "hende"
    citizen_known: bool = False
    # the turn the deal was sealed: both said yes and the next steps or the start were agreed;
    # the meeting goes on until the trainee ends it or takes leave (thanks, the start, a recap)
    sealed_turn: int | None = None
    # the employer has named the candidate's person at the workplace ("Susanne, min souschef")
    contact_named: bool = False
    contact_name: str = ""  # who it named, when a line of its said a name ("Susanne")
    # the turn the employer last asked what the citizen says to the deal ("Hvad siger Sara selv
    # til det?"): asked once, not turn after turn
    citizen_asked_turn: int | None = None
    # the needs the employer has asked a task for in a counter, and how many times
    counters: dict[str, int] = field(default_factory=dict)
    # the company facts told (their places in Company.facts; "headcount": the number of staff)
    facts_told: set[str] = field(default_factory=set)
    # the needs whose effect the employer has told ("Så vokser køen …": Need.effect)
    effects_told: set[str] = field(default_factory=set)
    # the needs whose gain the employer has told ("Det ville betyde, at …": Need.gain)
    gains_told: set[str] = field(default_factory=set)

    def name_contact(self, name: str = "") -> None:
        """The employer has named the candidate's person at work: the contact is part of the
        deal on the table (and of terms put later: sim.engine.meeting), not a price to ask for."""
        self.contact_named = True
        self.contact_name = self.contact_name or name
        if not self.terms.is_empty() and "kontaktperson" not in self.terms.support:
            self.terms = replace(self.terms, support=(*self.terms.support, "kontaktperson"))

    @property
    def citizen_yes_awaited(self) -> bool:
        """The company has said yes; the citizen sits at the table and has not yet."""
        return self.company_accepted and self.citizen_present and not self.citizen_accepted

    def open_objections(self) -> list[ObjectionState]:
        return [o for o in self.objections.values() if o.is_open]

    def revealed_needs(self) -> list[NeedState]:
        return [n for n in self.needs.values() if n.revealed]

    def snapshot(self) -> dict[str, Any]:
        """A JSON-ready view for transcripts and the UI's side panel."""
        return {
            "trust": self.trust,
            "patience": self.patience,
            "needs_revealed": [n.id for n in self.revealed_needs()],
            "objections_open": [o.id for o in self.open_objections()],
            "objections_handled": [
                o.id for o in self.objections.values() if o.handled_turn is not None
            ],
            "terms": self.terms.to_dict(),
            "company_accepted": self.company_accepted,
            "citizen_accepted": self.citizen_accepted,
            "citizen_present": self.citizen_present,
            "minutes_used": round(self.minutes_used, 1),
        }

"""Pydantic models of scripted plays (`*.play.yaml`): a trainee's turns and what must happen.

Field descriptions double as the JSON Schema documentation an author's editor shows. Checks that
need the scenario (need, objection, task and phase ids) are made when a play is loaded
(sim.playtest).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Discriminator, Field, Tag, model_validator

from sim.agreement import WEEKDAYS
from sim.content.models import Act, Id, Strict, Text
from sim.vocab import EVENT_TYPES, Scheme, Support

Competence = Literal[
    "meeting_leadership",
    "needs_discovery",
    "handling_resistance",
    "business_understanding",
    "negotiation",
]
Party = Literal["company", "citizen", "jobcentre"]
Speaker = Literal["employer", "citizen"]
Weekday = Literal[WEEKDAYS]  # type: ignore[valid-type]

EventType = Literal[EVENT_TYPES]  # type: ignore[valid-type]


def _shape(value: Any) -> str:
    return "list" if isinstance(value, list) else "str"


# One phase or several; tagged so that a bad value is reported once.
PhaseSpec = Annotated[
    Annotated[Id, Tag("str")] | Annotated[list[Id], Tag("list")], Discriminator(_shape)
]


class Bounds(Strict):
    """A number that must lie within bounds: `{min: 75}`, `{max: 40}` or both (inclusive)."""

    min: int | None = Field(None, ge=0, le=100, description="At least this.")
    max: int | None = Field(None, ge=0, le=100, description="At most this.")

    @model_validator(mode="after")
    def _given(self) -> Bounds:
        if self.min is None and self.max is None:
            raise ValueError("give min, max or both, e.g. {min: 75}")
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(f"min ({self.min}) is larger than max ({self.max})")
        return self

    def holds(self, value: float) -> bool:
        return (self.min is None or value >= self.min) and (self.max is None or value <= self.max)

    def describe(self) -> str:
        if self.min is not None and self.max is not None:
            return f"{self.min}–{self.max}"
        return f"≥ {self.min}" if self.min is not None else f"≤ {self.max}"


class EventMatch(Strict):
    """An event with some of its details, e.g. `{type: terms_verdict, reaction: counter}`."""

    type: EventType = Field(description="The event type.")
    id: Id | None = Field(
        None, description="The need or objection id (need_revealed, objection_*)."
    )
    party: Party | None = Field(None, description="Whose verdict (terms_verdict).")
    reaction: Literal["accept", "counter", "refuse"] | None = Field(
        None, description="The verdict (terms_verdict)."
    )
    quality: Literal["full", "bare"] | None = Field(
        None, description="How well an objection was handled (objection_handled)."
    )
    reasons: list[str] = Field(
        default_factory=list,
        description="Reason codes that must be among the event's reasons (terms_verdict, "
        "citizen_objects), e.g. hours_over_capacity; a code may end in ':' to match its family "
        "(task_strains:).",
    )


def _event_kind(value: Any) -> str:
    return "dict" if isinstance(value, dict | EventMatch) else "str"


# Tagged so that a bad item is reported once, as what it looks like (a name or a mapping).
EventSpec = Annotated[
    Annotated[EventType, Tag("str")] | Annotated[EventMatch, Tag("dict")],
    Discriminator(_event_kind),
]


class PlayTerms(Strict):
    """Structured terms, as the meeting screen's form puts them on the table."""

    scheme: Scheme | None = Field(None, description="The scheme.")
    hours_per_week: float | None = Field(None, ge=0, le=37, description="Hours a week.")
    weeks: int | None = Field(None, ge=1, le=104, description="Length in weeks.")
    days: list[Weekday] = Field(default_factory=list, description="Weekdays: mon … sun.")
    times: str | None = Field(None, description="Time of day as said, e.g. '8-12'.")
    start: str | None = Field(None, description="Start as said, e.g. '1. marts'.")
    tasks: list[Id] = Field(default_factory=list, description="Task ids of the scenario.")
    support: list[Support] = Field(default_factory=list, description="Support included.")
    without_support: list[Support] = Field(
        default_factory=list, description="Support explicitly ruled out."
    )
    follow_up: str | None = Field(None, description="Follow-up as said, e.g. 'efter 2 uger'.")
    consent: bool | None = Field(None, description="The citizen's consent.")


class TurnExpect(Strict):
    """What must hold right after one turn."""

    phase: PhaseSpec | None = Field(
        None, description="The meeting's phase after the turn, or one of several."
    )
    needs_revealed: Literal["all"] | list[Id] | None = Field(
        None, description="Needs revealed so far (at least these), or 'all'."
    )
    needs_not_revealed: list[Id] | None = Field(None, description="Needs not revealed so far.")
    objections_open: list[Id] | None = Field(
        None, description="Objections open after the turn: exactly these ([] for none)."
    )
    objections_raised: list[Id] | None = Field(
        None, description="Objections raised in this turn: exactly these ([] for none)."
    )
    objections_handled: list[Id] | None = Field(
        None, description="Objections handled so far (at least these)."
    )
    trust: Bounds | None = Field(None, description="The employer's trust after the turn (0–100).")
    acts: list[Act] | None = Field(
        None, description="Dialogue acts the reader found in the turn (at least these)."
    )
    events: list[EventSpec] | None = Field(None, description="Events that must occur in this turn.")
    replies_from: list[Speaker] | None = Field(
        None, description="Who replied to the turn, in order (exactly these; [] for nobody)."
    )


class EndExpect(Strict):
    """What must hold when the meeting is over and scored."""

    phase: PhaseSpec | None = Field(
        None, description="The outcome: agreement, no_deal, walkout (or one of several)."
    )
    needs_revealed: Literal["all"] | list[Id] | None = Field(
        None, description="Needs revealed (at least these), or 'all'."
    )
    needs_not_revealed: list[Id] | None = Field(None, description="Needs never revealed.")
    objections_open: list[Id] | None = Field(
        None, description="Objections left open: exactly these ([] for none)."
    )
    objections_raised: list[Id] | None = Field(
        None, description="Objections raised during the meeting: exactly these."
    )
    objections_handled: list[Id] | None = Field(
        None, description="Objections handled (at least these)."
    )
    trust: Bounds | None = Field(None, description="The employer's trust at the end (0–100).")
    events: list[EventSpec] | None = Field(
        None, description="Events that must occur somewhere in the meeting."
    )
    all_parties_served: bool | None = Field(
        None, description="Whether the deal serves company, citizen and jobcentre alike."
    )
    parties: dict[Party, bool] | None = Field(
        None, description="Whether each named party is served by the outcome."
    )
    score: Bounds | None = Field(None, description="The overall score (0–100).")
    competences: dict[Competence, Bounds] | None = Field(
        None, description="Scores of single competences (0–100)."
    )
    terms: PlayTerms | None = Field(
        None,
        description="The final terms: each value given must match; lists must contain the "
        "items given.",
    )


class PlayTurn(Strict):
    """One trainee turn: `say` (optionally with structured `terms` and an addressee) or `end`."""

    say: Text | None = Field(None, description="What the trainee says.")
    terms: PlayTerms | None = Field(
        None, description="Structured terms put on the table with this turn (the form path)."
    )
    to: Speaker | None = Field(None, description="Whom the turn is addressed to.")
    end: bool | None = Field(None, description="true: the trainee ends the meeting here.")
    expect: TurnExpect | None = Field(None, description="What must hold after this turn.")

    @model_validator(mode="after")
    def _one_action(self) -> PlayTurn:
        if self.end is False:
            raise ValueError("'end: false' does nothing: leave it out, or write 'end: true'")
        if self.say is None and not self.end:
            raise ValueError("a turn needs 'say' (what the trainee says) or 'end: true'")
        if self.say is not None and self.end:
            raise ValueError("'say' and 'end' cannot be in one turn: give the end its own turn")
        if self.end and (self.terms is not None or self.to is not None):
            raise ValueError("'terms' and 'to' go with 'say', not with 'end'")
        return self


class Play(Strict):
    """A scripted play: the trainee's turns in one scenario, and what must happen."""

    scenario: Id = Field(description="Id of the scenario played.")
    name: Id = Field(description="Short name, unique per scenario (e.g. strong, pushy).")
    description: Text = Field(description="What the play shows.")
    seed: int = Field(0, ge=0, description="Seed for the agents' choice of lines.")
    turns: list[PlayTurn] = Field(min_length=1, description="The trainee's turns, in order.")
    expect: EndExpect | None = Field(None, description="What must hold at the end.")

    @property
    def id(self) -> str:
        return f"{self.scenario}/{self.name}"

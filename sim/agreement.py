"""The terms of a deal on the table: one model for free-text and structured (form) terms."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import Any

WEEKDAYS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# the days as people say them
DAY_NAMES: dict[str, dict[str, str]] = {
    "mon": {"da": "mandag", "en": "Monday"}, "tue": {"da": "tirsdag", "en": "Tuesday"},
    "wed": {"da": "onsdag", "en": "Wednesday"}, "thu": {"da": "torsdag", "en": "Thursday"},
    "fri": {"da": "fredag", "en": "Friday"}, "sat": {"da": "lørdag", "en": "Saturday"},
    "sun": {"da": "søndag", "en": "Sunday"},
}


@dataclass(frozen=True)
class Terms:
    """Terms of a three-party deal. None / empty means 'not said yet'.

    Free-text extraction (sim.reading.terms) and the UI's form both produce a Terms; the meeting
    merges each new Terms into what is already on the table with `merged`.
    """

    scheme: str | None = None  # a sim.vocab.Scheme value
    hours_per_week: float | None = None
    weeks: int | None = None  # length of the arrangement (trial, subsidy, first period)
    days: tuple[str, ...] = ()  # WEEKDAYS values
    times: str | None = None  # time of day as said, e.g. "8-11"
    start: str | None = None  # start as said, e.g. "1. marts", "næste mandag"
    tasks: tuple[str, ...] = ()  # task ids of the scenario's agreement.tasks
    without_tasks: tuple[str, ...] = ()  # tasks explicitly taken off ("uden pakning")
    support: tuple[str, ...] = ()  # sim.vocab.Support values
    without_support: tuple[str, ...] = ()  # support explicitly ruled out ("uden mentor")
    follow_up: str | None = None  # when/how, as said, e.g. "efter 4 uger"
    consent: bool | None = None  # the citizen's consent to the deal

    def is_empty(self) -> bool:
        return self == Terms()

    def merged(self, newer: Terms) -> Terms:
        """Newer terms override single values and add to lists; 'without' removes support and
        tasks (and a later mention puts them back)."""
        support = tuple(
            s for s in dict.fromkeys(self.support + newer.support) if s not in newer.without_support
        )
        without = tuple(
            s
            for s in dict.fromkeys(self.without_support + newer.without_support)
            if s not in newer.support
        )
        return replace(
            self,
            scheme=newer.scheme or self.scheme,
            hours_per_week=newer.hours_per_week
            if newer.hours_per_week is not None
            else self.hours_per_week,
            weeks=newer.weeks if newer.weeks is not None else self.weeks,
            days=newer.days or self.days,
            times=newer.times or self.times,
            start=newer.start or self.start,
            tasks=tuple(
                t for t in dict.fromkeys(self.tasks + newer.tasks) if t not in newer.without_tasks
            ),
            without_tasks=tuple(
                t
                for t in dict.fromkeys(self.without_tasks + newer.without_tasks)
                if t not in newer.tasks
            ),
            support=support,
            without_support=without,
            follow_up=newer.follow_up or self.follow_up,
            consent=newer.consent if newer.consent is not None else self.consent,
        )

    def restated_in(self, said: Terms) -> list[str]:
        """The fields of these terms that `said` names again: the same scheme, hours or weeks,
        a task or a support of these, or a follow-up."""
        fields = []
        if said.scheme and said.scheme == self.scheme:
            fields.append("scheme")
        if said.hours_per_week is not None and said.hours_per_week == self.hours_per_week:
            fields.append("hours_per_week")
        if said.weeks is not None and said.weeks == self.weeks:
            fields.append("weeks")
        if set(said.tasks) & set(self.tasks):
            fields.append("tasks")
        if set(said.support) & set(self.support):
            fields.append("support")
        if said.follow_up and self.follow_up:
            fields.append("follow_up")
        return fields

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        return {k: list(v) if isinstance(v, tuple) else v for k, v in data.items()}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Terms:
        known = {f for f in cls.__dataclass_fields__}
        kwargs = {k: tuple(v) if isinstance(v, list) else v for k, v in data.items() if k in known}
        return cls(**kwargs)


@dataclass(frozen=True)
class TermsExtraction:
    """What free text put on the table, with the words that said it (for the debrief)."""

    terms: Terms = field(default_factory=Terms)
    evidence: dict[str, str] = field(default_factory=dict)  # field name -> the words matched

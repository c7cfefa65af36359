"""The scorecard's shape: competences with bands, evidence items, verdicts, missed chances."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

FORMAT = "brobygger-score"
VERSION = 1

COMPETENCES: dict[str, dict[str, str]] = {
    "meeting_leadership": {"da": "Mødeledelse", "en": "Meeting leadership"},
    "needs_discovery": {"da": "Behovsafdækning", "en": "Needs discovery"},
    "handling_resistance": {"da": "Håndtering af modstand", "en": "Handling resistance"},
    "business_understanding": {"da": "Forretningsforståelse", "en": "Business understanding"},
    "negotiation": {"da": "Forhandling", "en": "Negotiation"},
}

# Bands from high to low; thresholds come from the scenario (default 90, 75, 50).
BAND_NAMES: tuple[dict[str, str], ...] = (
    {"id": "excellent", "da": "Fremragende", "en": "Excellent"},
    {"id": "good", "da": "God", "en": "Good"},
    {"id": "developing", "da": "På vej", "en": "Developing"},
    {"id": "needs_work", "da": "Skal øves", "en": "Needs work"},
)


def band_for(score: int, thresholds: list[int]) -> dict[str, str]:
    """The band of `score`: the first threshold it reaches, else the lowest band."""
    for threshold, band in zip(thresholds, BAND_NAMES, strict=False):
        if score >= threshold:
            return dict(band)
    return dict(BAND_NAMES[min(len(thresholds), len(BAND_NAMES) - 1)])


@dataclass(frozen=True)
class Item:
    """One scored point of a competence, with the turns that earned (or lost) it."""

    code: str
    points: int  # earned; negative for a penalty
    max: int  # what could be earned (0 for a penalty)
    turns: tuple[int, ...]
    da: str
    en: str
    shown: bool = True  # False: the meeting gave no chance to show it (no points either way)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "code": self.code,
            "points": self.points,
            "max": self.max,
            "turns": list(self.turns),
            "da": self.da,
            "en": self.en,
        }
        if not self.shown:
            out["shown"] = False
        return out


def points_label(item: Mapping[str, Any]) -> str:
    """An item's points as shown: '12/25' earned of possible, a penalty '-15', '–' for an item
    the meeting gave no chance to show."""
    if item.get("shown") is False:
        return "–"
    if not item.get("max"):
        return f"{item.get('points', 0):+d}"
    return f"{item['points']}/{item['max']}"


@dataclass(frozen=True)
class Competence:
    id: str
    score: int
    band: dict[str, str]
    items: tuple[Item, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "score": self.score,
            "band": self.band,
            "name": COMPETENCES[self.id],
            "items": [i.to_dict() for i in self.items],
        }


@dataclass(frozen=True)
class Scorecard:
    scenario_id: str
    content_hash: str
    seed: int
    overall: int
    band: dict[str, str]
    weights: dict[str, float]
    competences: dict[str, Competence]
    parties: dict[str, dict[str, Any]]
    agreement: bool
    missed: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    believed_vs_true: dict[str, Any] = field(default_factory=dict)

    @property
    def all_parties_served(self) -> bool:
        return self.agreement and all(p["served"] for p in self.parties.values())

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "scenario_id": self.scenario_id,
            "content_hash": self.content_hash,
            "seed": self.seed,
            "overall": self.overall,
            "band": self.band,
            "weights": self.weights,
            "competences": {k: c.to_dict() for k, c in self.competences.items()},
            "parties": self.parties,
            "all_parties_served": self.all_parties_served,
            "agreement": self.agreement,
            "missed": self.missed,
            "believed_vs_true": self.believed_vs_true,
        }


def turn_points(card: Scorecard | dict[str, Any]) -> dict[int, list[dict[str, Any]]]:
    """The points each turn earned or lost: every scorecard item that names the turn.

    Each entry carries the item (competence, code, points, max, da, en), a signed `label` and a
    `tone`: an item earned in full reads `+points` ("earned"), in part `+points/max`
    ("partial"), not at all `-max` ("lost": what the turn cost), a penalty its own negative
    points ("lost"). An item resting on several turns is listed on each; points are not split.
    """
    data = card.to_dict() if isinstance(card, Scorecard) else card
    out: dict[int, list[dict[str, Any]]] = {}
    for cid, comp in (data.get("competences") or {}).items():
        for item in comp.get("items") or []:
            points, most = int(item.get("points", 0)), int(item.get("max", 0))
            if most == 0:
                label, tone = f"{points:+d}", "lost" if points < 0 else "earned"
            elif points >= most:
                label, tone = f"+{points}", "earned"
            elif points <= 0:
                label, tone = f"-{most}", "lost"
            else:
                label, tone = f"+{points}/{most}", "partial"
            entry = {
                "competence": cid,
                "competence_name": comp.get("name") or COMPETENCES.get(cid, {}),
                **{k: item.get(k) for k in ("code", "points", "max", "da", "en")},
                "label": label,
                "tone": tone,
            }
            for n in item.get("turns") or []:
                out.setdefault(int(n), []).append(entry)
    return out

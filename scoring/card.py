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
    words: tuple[tuple[int, str], ...] = ()  # (turn, the trainee's words there that count)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "code": self.code,
            "points": self.points,
            "max": self.max,
            "turns": list(self.turns),
            "da": self.da,
            "en": self.en,
        }
        if self.words:
            out["words"] = [{"turn": n, "text": w} for n, w in self.words]
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


def cited(item: Mapping[str, Any], lang: str = "da") -> list[str]:
    """The words an item rests on, one line per sentence: 'tur 4: »Hvad betyder det for jer?«'
    ('turn 4: “…”' in English); none for an item scored on the outcome alone."""
    word, left, right = ("tur", "»", "«") if lang == "da" else ("turn", "“", "”")
    return [f"{word} {w['turn']}: {left}{w['text']}{right}" for w in item.get("words") or []]


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


def _shares(total: int, n: int) -> list[int]:
    """`total` split into `n` whole parts that add up to it, the remainder on the last turns:
    100 over 3 turns is 33, 33, 34; -45 is -15 each."""
    sign = -1 if total < 0 else 1
    base, rest = divmod(abs(total), n)
    return [sign * (base + (1 if i >= n - rest else 0)) for i in range(n)]


def _turn_entry(
    cid: str, comp: dict[str, Any], item: dict[str, Any], points: int, label: str, tone: str,
    n: int, of: int,
) -> dict[str, Any]:
    """One item's part on one turn (`n` of `of` turns; 0 when shown whole)."""
    part, en_part = (f" (del {n} af {of})", f" (part {n} of {of})") if n and of > 1 else ("", "")
    return {
        "competence": cid,
        "competence_name": comp.get("name") or COMPETENCES.get(cid, {}),
        "code": item.get("code"),
        "points": points,
        "max": int(item.get("max", 0)),
        "da": f"{item.get('da')}{part}",
        "en": f"{item.get('en')}{en_part}",
        "label": label,
        "tone": tone,
    }


def turn_points(card: Scorecard | dict[str, Any]) -> dict[int, list[dict[str, Any]]]:
    """The points each turn earned or lost, each point shown once: an item earned (in full or in
    part) or a penalty is split over the turns it rests on in whole parts that add up to it
    ("del 1 af 3"), a part of nothing left out; an item earned not at all shows once, on the
    last turn it names, as `0/max` ("lost"); one shown as uncertain or not shown reads `–`
    ("neutral"), once, on its last turn. The turns together show what the card shows.

    Each entry carries the item (competence, code, points, max, da, en), a signed `label` and a
    `tone`: "earned" (the item in full), "partial" (the item in part), "lost", "neutral".
    """
    data = card.to_dict() if isinstance(card, Scorecard) else card
    out: dict[int, list[dict[str, Any]]] = {}
    for cid, comp in (data.get("competences") or {}).items():
        for item in comp.get("items") or []:
            turns = sorted({int(n) for n in item.get("turns") or []})
            if not turns:
                continue
            points, most = int(item.get("points", 0)), int(item.get("max", 0))

            if item.get("shown") is False:
                last = out.setdefault(turns[-1], [])
                last.append(_turn_entry(cid, comp, item, 0, "–", "neutral", 0, 1))
                continue
            if points == 0:
                if most:
                    last = out.setdefault(turns[-1], [])
                    last.append(_turn_entry(cid, comp, item, 0, f"0/{most}", "lost", 0, 1))
                continue
            tone = "lost" if points < 0 else "earned" if points >= most else "partial"
            shares = _shares(points, len(turns))
            for i, (n, p) in enumerate(zip(turns, shares, strict=True)):
                if p == 0:
                    continue
                out.setdefault(n, []).append(
                    _turn_entry(cid, comp, item, p, f"{p:+d}", tone, i + 1, len(turns)))
    return out

"""UI strings in Danish (default) and English, shared by the command line and the app."""

from __future__ import annotations

import os

LANGS = ("da", "en")

STRINGS: dict[str, dict[str, str]] = {
    "consultant": {"da": "Konsulent", "en": "Consultant"},
    "acts": {"da": "handlinger", "en": "acts"},
    "topics": {"da": "emner", "en": "topics"},
    "phase": {"da": "fase", "en": "phase"},
    "trust": {"da": "tillid", "en": "trust"},
    "patience": {"da": "tålmodighed", "en": "patience"},
    "need_revealed": {"da": "behov afdækket", "en": "need uncovered"},
    "hint": {"da": "antydning af behov", "en": "hint of a need"},
    "objection_raised": {"da": "indvending rejst", "en": "objection raised"},
    "objection_handled": {"da": "indvending håndteret", "en": "objection handled"},
    "objection_mishandled": {"da": "indvending mishåndteret", "en": "objection mishandled"},
    "early_pitch": {"da": "pitch før behovsafdækning", "en": "pitch before discovery"},
    "pressure": {"da": "pres", "en": "pressure"},
    "terms": {"da": "vilkår på bordet", "en": "terms on the table"},
    "verdict": {"da": "virksomhedens svar", "en": "company's answer"},
    "citizen_joined": {"da": "borgeren deltager nu", "en": "the citizen joins"},
    "walkout": {"da": "arbejdsgiveren forlader mødet", "en": "the employer walks out"},
    "ended": {"da": "mødet er slut", "en": "the meeting has ended"},
    "outcome": {"da": "Udfald", "en": "Outcome"},
    "needs": {"da": "Behov afdækket", "en": "Needs uncovered"},
    "objections": {"da": "Indvendinger", "en": "Objections"},
    "open": {"da": "åben", "en": "open"},
    "handled": {"da": "håndteret", "en": "handled"},
    "not_raised": {"da": "ikke rejst", "en": "not raised"},
    "phase.opening": {"da": "åbning", "en": "opening"},
    "phase.needs_discovery": {"da": "behovsafdækning", "en": "needs discovery"},
    "phase.objections": {"da": "indvendinger", "en": "objections"},
    "phase.proposal": {"da": "forslag", "en": "proposal"},
    "phase.closing": {"da": "afslutning", "en": "closing"},
    "phase.agreement": {"da": "aftale indgået", "en": "agreement"},
    "phase.no_deal": {"da": "ingen aftale", "en": "no deal"},
    "phase.walkout": {"da": "arbejdsgiveren gik", "en": "walk-out"},
    "prompt": {"da": "Du", "en": "You"},
    "interactive_help": {
        "da": "Skriv din replik og tryk Enter. /end afslutter mødet, "
        "/quit stopper uden at afslutte.",
        "en": "Type your line and press Enter. /end ends the meeting, /quit stops without ending.",
    },
    "ignored_after_end": {
        "da": "{n} linje(r) efter mødets afslutning blev ikke spillet",
        "en": "{n} line(s) after the end of the meeting were not played",
    },
}


def default_lang() -> str:
    lang = os.environ.get("BROBYGGER_LANG", "da")
    return lang if lang in LANGS else "da"


def t(key: str, lang: str = "da", **values: object) -> str:
    """The string for `key` in `lang` (falls back to Danish, then to the key itself)."""
    entry = STRINGS.get(key)
    if entry is None:
        return key
    text = entry.get(lang) or entry["da"]
    return text.format(**values) if values else text


def phase_name(phase: str, lang: str = "da") -> str:
    return t(f"phase.{phase}", lang) if f"phase.{phase}" in STRINGS else phase

"""Why a turn was read as it was: per sentence the acts, how sure, the words, and what it cost.

Built from a meeting's turn record (or a reading outside a meeting), so `classify --explain`, the
`play --explain` transcript and the classroom view explain the same thing the same way: the
dialogue context the turn was read in, each sentence's acts with the cue that decided them (a
rule's words, the model's guess with its confidence, or the context), which acts are guesses
that cost nothing, which readings can cost trust, which phrase of which topic matched which of
the trainee's words, the words terms were read from, and the penalties the turn actually drew.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sim.i18n import act_name, phase_name, t
from sim.reading.acts import MODEL_CUE, UNCERTAIN_CUE
from sim.reading.context import CONTEXT_CUE
from sim.vocab import PENALTY_EVENTS


def _sure(cues: Sequence[str], acts: Sequence[str], guessed: Sequence[str]) -> str:
    if not acts:
        return "none"
    if any(c.startswith(CONTEXT_CUE) for c in cues):
        return "context"
    if set(acts) <= set(guessed) or (cues and cues[0].startswith(MODEL_CUE)):
        return "guess"
    return "words"


def explain_sentence(s: Mapping[str, Any]) -> dict[str, Any]:
    """One sentence: acts, how they were read (words / guess / context), what can cost."""
    acts = list(s.get("acts", ()))
    guessed = list(s.get("guessed", ()))
    cues = list(s.get("cues", ()))
    return {
        "text": s.get("text", ""),
        "acts": acts,
        "read_from": _sure(cues, acts, guessed),
        "guessed": guessed,
        "cues": [c for c in cues if not c.startswith((CONTEXT_CUE, UNCERTAIN_CUE))],
        "context": [c[len(CONTEXT_CUE):] for c in cues if c.startswith(CONTEXT_CUE)],
        "not_counted": [c[len(UNCERTAIN_CUE):] for c in cues if c.startswith(UNCERTAIN_CUE)],
        "costs": list(s.get("costs", ())),
    }


def explain_turn(record: Mapping[str, Any]) -> dict[str, Any]:
    """One turn record (sim.engine.meeting): its context, sentences, matches and penalties."""
    return {
        "n": record.get("n"),
        "text": record.get("text", ""),
        "context": dict(record.get("context") or {}),
        "acts": list(record.get("acts", ())),
        "sentences": [explain_sentence(s) for s in record.get("sentences", ())],
        "topics": {k: dict(v) for k, v in (record.get("topics") or {}).items()},
        "terms": dict(record.get("terms_evidence") or {}),
        "penalties": [dict(e) for e in record.get("events", ())
                      if e.get("type") in PENALTY_EVENTS],
    }


def format_explanation(x: Mapping[str, Any], lang: str = "da") -> list[str]:
    """The explanation as indented lines for a text transcript."""
    lines = []
    ctx = x.get("context") or {}
    if ctx:
        bits = [f"{t('explain.phase', lang)} {phase_name(str(ctx.get('phase')), lang)}"]
        if ctx.get("open_objections"):
            bits.append(f"{t('explain.open_objections', lang)} {ctx['open_objections']}")
        if ctx.get("terms_on_table"):
            bits.append(t("explain.terms_on_table", lang))
        if ctx.get("employer_concern") or ctx.get("concern_named"):
            bits.append(t("explain.concern", lang))
        if ctx.get("previous_acts"):
            bits.append(f"{t('explain.after', lang)} "
                        + ", ".join(act_name(a, lang) for a in ctx["previous_acts"]))
        lines.append(f"    {t('explain.context', lang)}: " + "; ".join(bits))
    for i, s in enumerate(x.get("sentences", ()), start=1):
        acts = ", ".join(act_name(a, lang) for a in s["acts"]) or "–"
        lines.append(f"    {i}. »{s['text']}« → {acts} "
                     f"({t('explain.read_from.' + s['read_from'], lang)})")
        for c in s["cues"]:
            lines.append(f"       {t('explain.cue', lang)}: {c}")
        for c in s["context"]:
            lines.append(f"       {t('explain.in_context', lang)}: {c}")
        for c in s["not_counted"]:
            lines.append(f"       {t('explain.not_counted', lang)}: {c}")
        if s["costs"]:
            lines.append(f"       {t('explain.can_cost', lang)}: "
                         + ", ".join(t('event.' + c, lang) for c in s["costs"]))
    for topic, hit in (x.get("topics") or {}).items():
        lines.append(f"    {t('explain.topic', lang)} {topic}: »{hit.get('words')}« "
                     f"← '{hit.get('phrase')}'")
    for field, words in (x.get("terms") or {}).items():
        lines.append(f"    {t('explain.term', lang)} {field}: »{words}«")
    for e in x.get("penalties", ()):
        lines.append(f"    {t('explain.penalty', lang)}: {t('event.' + e['type'], lang)}")
    return lines

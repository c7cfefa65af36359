"""The words behind each scored item: the trainee's sentences, turn by turn, that count."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from scoring.card import Item
from scoring.competences import Facts, argues_with_figures
from sim.content.models import Scenario
from sim.reading.registry import DISCOVERY_ACTS, PITCH_ACTS, QUESTION_ACTS

QUOTE_CHARS = 110  # a cited sentence longer than this is cut around the words that count

# Items earned or lost by what a sentence does: the acts that carry them.
BY_ACTS: dict[str, frozenset[str]] = {
    "greeting": frozenset({"greeting"}),
    "agenda": frozenset({"agenda"}),
    "summaries": frozenset({"summarize"}),
    "checked_understanding": frozenset({"summarize"}),
    "next_steps": frozenset({"next_steps"}),
    "commitment": frozenset({"ask_commitment"}),
    "pressure": frozenset({"pressure"}),
    "open_questions": frozenset({"open_question"}),
    "business_case_on_needs": frozenset({"business_case"}),
    "asked_before_pitching": PITCH_ACTS,
    "early_pitch": PITCH_ACTS,
    "deal_confirmed": frozenset({"summarize", "ask_commitment", "proposal"}),
    "mishandled": frozenset({"pressure"}),
}


def cite_all(items: Iterable[Item], f: Facts, s: Scenario) -> list[Item]:
    """The items, each with the words of its turns that earned or cost it."""
    return [replace(item, words=cite(item, f, s)) for item in items]


def cite(item: Item, f: Facts, s: Scenario) -> tuple[tuple[int, str], ...]:
    """(turn, words) for each of the item's turns where the trainee's words show what it rests
    on; a turn whose words cannot be pointed to (an outcome, a concern never taken up) is left
    out rather than quoted loosely."""
    kind, _, ref = item.code.partition(":")
    out: list[tuple[int, str]] = []
    for n in item.turns:
        turn = f.turn(n)
        if turn is None:
            continue
        for words in _words(kind, ref, n, turn, f, s):
            if words and (n, words) not in out:
                out.append((n, words))
    return tuple(out)


def _words(kind: str, ref: str, n: int, turn: dict[str, Any], f: Facts, s: Scenario) -> list[str]:
    if kind in ("summaries", "checked_understanding"):
        # a recap of the deal that restates its terms is a summary too (Facts.summary_turns): its
        # proposal's words where no sentence reads as a summary
        return _with_acts(turn, BY_ACTS[kind]) or _with_acts(turn, frozenset({"proposal"}))
    if kind in BY_ACTS:
        return _with_acts(turn, BY_ACTS[kind])
    if kind == "implication_questions":
        return [_quote(x["text"]) for x in _sentences(turn)
                if x.get("spin") in ("implication", "need_payoff")
                and QUESTION_ACTS & _certain(x)]
    if kind == "needs_uncovered":
        return [_around(turn, e.get("words", "")) for e in f.events_on(n, "need_revealed")]
    if kind == "evidence":  # figures put to an argument, else the case told
        figures = [_quote(x["text"]) for x in _sentences(turn) if argues_with_figures(x)]
        return figures or _with_acts(turn, frozenset({"evidence"}))
    if kind == "off_topic":
        return [_quote(turn.get("text", ""))]
    if kind == "yes_but":
        return [_quote(x["text"]) for x in _sentences(turn) if x.get("yes_but")]
    if kind == "objection":
        return _objection_words(ref, n, turn, f, s)
    if kind == "preempted":
        # what met the concern before it came up: an answer to it, or words on its matter
        obj = next((o for o in s.objections if o.id == ref), None)
        if obj is None:
            return []
        return _key_words(turn, [*obj.handling.answers, *(t for tr in obj.triggers
                                                         for t in tr.topics)])
    if kind == "options":
        return [_around(turn, turn.get("terms_evidence", {}).get(k, ""))
                for k in f.adapted(n) or f.terms_changed(n)]
    if kind in ("deal_meets_needs", "follow_up"):
        field = "tasks" if kind == "deal_meets_needs" else "follow_up"
        said = turn.get("terms_evidence", {}).get(field, "")
        return [_around(turn, said)] if said else []
    return []  # outcomes (the agreement, whom it serves) rest on the meeting, not on words


def _objection_words(ref: str, n: int, turn: dict[str, Any], f: Facts, s: Scenario) -> list[str]:
    """LAER on one concern: the acknowledging words, the exploring question, the answer."""
    o = f.outcome["objections"].get(ref, {})
    out: list[str] = []
    if o.get("acknowledged_turn") == n:
        out += _with_acts(turn, frozenset({"acknowledge"}))
    if o.get("explored_turn") == n:
        out += _with_acts(turn, DISCOVERY_ACTS)
    if o.get("handled_turn") == n:
        handled = f.events_on(n, "objection_handled", id=ref)
        keys = [k for e in handled for k in e.get("by", [])]
        out += _key_words(turn, keys) if keys else _with_acts(turn, frozenset({"accept"}))
    return out


def _sentences(turn: dict[str, Any]) -> list[dict[str, Any]]:
    return [x for x in turn.get("sentences") or [] if x.get("text")]


def _certain(sentence: dict[str, Any]) -> set[str]:
    """The sentence's acts read by a rule (not only guessed by the act model)."""
    return set(sentence.get("acts", [])) - set(sentence.get("guessed", []))


def _with_acts(turn: dict[str, Any], acts: frozenset[str]) -> list[str]:
    """The sentences that carry one of `acts` by a rule; failing that, those where the act model
    guessed it (what an uncertain item rests on)."""
    found = [x["text"] for x in _sentences(turn) if acts & _certain(x)]
    if not found:
        found = [x["text"] for x in _sentences(turn) if acts & set(x.get("acts", []))]
    return [_quote(text) for text in found]


def _key_words(turn: dict[str, Any], keys: Iterable[str]) -> list[str]:
    """The words that named each topic, task, support or scheme in `keys` on this turn."""
    topics = turn.get("topics") or {}
    said = turn.get("terms_said") or {}
    evidence = turn.get("terms_evidence") or {}
    out = []
    for key in keys:
        words = (topics.get(key) or {}).get("words", "")
        if not words:
            field = next((fd for fd in ("tasks", "support") if key in (said.get(fd) or [])),
                         "scheme" if said.get("scheme") == key else key)
            words = evidence.get(field, "")
        if words:
            out.append(_around(turn, words))
    return out


def _around(turn: dict[str, Any], words: str) -> str:
    """The sentence of the turn that holds `words` (the first of several joined by "; "), cut
    around them when long; the words themselves when no sentence holds them."""
    first = words.split(";")[0].strip()
    if not first:
        return ""
    for x in _sentences(turn):
        at = x["text"].lower().find(first.lower())
        if at >= 0:
            return _quote(x["text"], at, len(first))
    return _quote(first)


def _quote(text: str, at: int = 0, length: int = 0) -> str:
    """`text` on one line, at most QUOTE_CHARS long: cut at word boundaries around the span
    [at, at+length) that counts, with "…" where something was left out."""
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) <= QUOTE_CHARS:
        return text
    room = max(QUOTE_CHARS - length, 20)
    start = max(0, min(at - room // 3, len(text) - QUOTE_CHARS))
    end = min(len(text), start + QUOTE_CHARS)
    if start > 0:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < at else start
    if end < len(text):
        space = text.rfind(" ", at + length, end)
        end = space if space > 0 else end
    return ("…" if start > 0 else "") + text[start:end].strip() + ("…" if end < len(text) else "")


"""The coach: a pure function from a meeting's state to one suggested next move (no UI).

It reads only what the trainee could know or has been told in the meeting, plus the engine's
own judgement of the terms on the table, and names things (an objection, a topic, a reason) so
the advice is concrete. The texts live in sim.i18n under `coach.*`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sim.content.models import Scenario
from sim.engine.state import MeetingState
from sim.i18n import t
from sim.judge import judge_company
from sim.vocab import ENDED_PHASES

DEEP_SPIN = frozenset({"implication", "need_payoff"})


@dataclass(frozen=True)
class Advice:
    """One suggestion: a stable code (for tests and logs) and the text in the asked language."""

    code: str
    text: str


def _quote(text: str, lang: str) -> str:
    return f"«{text}»" if lang == "da" else f"“{text}”"


def _acts(records: Sequence[dict[str, Any]]) -> set[str]:
    return {a for r in records if r.get("action") == "say" for a in r.get("acts", [])}


def _spins(records: Sequence[dict[str, Any]]) -> set[str]:
    return {
        s.get("spin")
        for r in records
        if r.get("action") == "say"
        for s in r.get("sentences", [])
        if s.get("spin")
    }


def _touched_topics(records: Sequence[dict[str, Any]]) -> set[str]:
    return {k for r in records if r.get("action") == "say" for k in r.get("topics", {})}


def _last_verdict(records: Sequence[dict[str, Any]]) -> dict[str, Any] | None:
    for record in reversed(records):
        for event in reversed(record.get("events", [])):
            if event.get("type") == "terms_verdict" and event.get("party") == "company":
                return event
    return None


def _last_hint_topic(records: Sequence[dict[str, Any]], need_id: str) -> str | None:
    for record in reversed(records):
        for event in record.get("events", []):
            if event.get("type") == "hint" and event.get("need") == need_id:
                return event.get("topic")
    return None


def _topic_label(scenario: Scenario, topic: str | None) -> str | None:
    if topic is None:
        return None
    found = scenario.topics.get(topic)
    return found.label if found else topic


def advise(
    scenario: Scenario,
    state: MeetingState,
    records: Sequence[dict[str, Any]],
    phase: str,
    lang: str = "da",
) -> Advice:
    """The next move a coach would suggest, most urgent first.

    Order: the meeting is over; an accepted deal needs next steps; the citizen has not said yes;
    an open objection (acknowledge and explore it, then answer it); countered terms (adjust,
    naming the reason); no agenda yet; a need the employer hinted at; no implication question
    yet; most needs found but nothing proposed; needs still hidden; terms waiting for an answer.
    """

    def say(code: str, **values: object) -> Advice:
        return Advice(code, t(f"coach.{code}", lang, **values))

    if phase in ENDED_PHASES:
        return say("meeting_over")

    company_ok = state.company_accepted
    citizen_ok = state.citizen_accepted or not state.citizen_present
    if company_ok and citizen_ok:
        if not state.terms.follow_up:
            return say("agree_follow_up")
        return say("agree_next_steps")
    if company_ok and not citizen_ok:
        return say("involve_citizen", citizen=scenario.citizen.name.split()[0])

    titles = {o.id: o.title for o in scenario.objections}
    open_objections = state.open_objections()
    if open_objections:
        o = open_objections[0]
        title = _quote(titles.get(o.id, o.id), lang)
        if o.acknowledged_turn is None and o.explored_turn is None:
            return say("acknowledge_explore", objection=title)
        return say("respond_objection", objection=title)

    verdict_event = _last_verdict(records)
    if (
        verdict_event is not None
        and verdict_event.get("reaction") in ("counter", "refuse")
        and not state.terms.is_empty()
    ):
        verdict = judge_company(scenario, state.terms)
        codes = set(verdict_event.get("reasons", []))
        failures = [r for r in verdict.failures if r.code in codes] or list(verdict.failures)
        if failures:
            reasons = "; ".join(r.text(lang) for r in failures)
            return say("adjust_terms", reasons=reasons)

    needs = {n.id: n for n in scenario.needs}
    revealed = {n.id for n in state.revealed_needs()}
    hidden = [n for n in scenario.needs if n.id not in revealed]
    acts = _acts(records)

    if "agenda" not in acts and not revealed:
        return say("state_purpose")

    # A need the employer let slip and whose prerequisites are met: ask about that topic.
    for need in hidden:
        nstate = state.needs.get(need.id)
        if nstate and nstate.hinted_turns and all(a in revealed for a in need.reveal.after):
            topic = _last_hint_topic(records, need.id) or need.reveal.topics[0]
            label = _topic_label(scenario, topic) or topic
            return say("ask_about_topic", topic=_quote(label, lang))

    if revealed and hidden and not (_spins(records) & DEEP_SPIN):
        first = needs[next(iter(sorted(revealed, key=list(needs).index)))]
        return say("implication", need=_quote(first.title, lang))

    most = math.ceil(len(scenario.needs) * 2 / 3)
    if state.terms.is_empty() and revealed and (len(revealed) >= most or not hidden):
        found = [needs[n].title for n in needs if n in revealed]
        tasks = [
            task.label
            for task in scenario.agreement.tasks.values()
            if set(task.covers) & revealed and not task.strains
        ]
        if tasks:
            return say(
                "propose_with_tasks",
                needs=", ".join(_quote(x, lang) for x in found),
                tasks=", ".join(tasks),
            )
        return say("propose", needs=", ".join(_quote(x, lang) for x in found))

    if hidden:
        touched = _touched_topics(records)
        for need in hidden:
            if not all(a in revealed for a in need.reveal.after):
                continue
            fresh = [tp for tp in need.reveal.topics if tp not in touched]
            topic = (fresh or need.reveal.topics)[0]
            label = _topic_label(scenario, topic) or topic
            return say("open_question", topic=_quote(label, lang))
        return say("open_question_general")

    if not state.terms.is_empty():
        return say("ask_commitment")
    return say("summarize")


def advise_meeting(meeting: Any, lang: str = "da") -> Advice:
    """`advise` on a live sim.engine.meeting.Meeting."""
    return advise(meeting.scenario, meeting.state, meeting.records, meeting.phase, lang)

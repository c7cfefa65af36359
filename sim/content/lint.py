"""Whole-scenario lints for `brobygger check`: what a loaded scenario or persona cannot deliver."""

from __future__ import annotations

import itertools
import random
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sim.agreement import Terms
from sim.content.models import Need, Persona, Scenario
from sim.content.problems import KeyPath, Problem, Severity, format_key
from sim.content.yamlsource import YamlDocument
from sim.engine import clock
from sim.engine.lines import DEFAULT_CITIZEN_LINES, DEFAULT_LINES
from sim.engine.machine import TRANSITIONS, with_extra_sources
from sim.judge import PARTIES, judge_all
from sim.reading.registry import ACTS, DISCOVERY_ACTS
from sim.reading.topics import STOPWORDS, topic_matcher
from sim.text import normalize, tokenize
from sim.vocab import (
    CITIZEN_LINE_KEYS,
    ENDED_PHASES,
    REACTION_KEYS,
    Phase,
    Scheme,
    Support,
)

# --------------------------------------------------------------------------- codes

LINT_CODES: dict[str, tuple[Severity, str]] = {
    "unreachable-state": ("error", "an extra state no transition can lead to"),
    "dead-end-state": ("error", "a state that is not an end of the meeting but cannot be left"),
    "no-way-to-agreement": (
        "warning",
        "a state from which the meeting can no longer end in an agreement",
    ),
    "impossible-transition": ("warning", "a scenario transition that can never be taken"),
    "dead-phrase": ("warning", "a topic phrase the matcher can never find (only stop words)"),
    "topic-unmatchable": (
        "error",
        "a topic none of whose phrases in the scenario's language can be matched",
    ),
    "need-unrevealable": ("error", "a hidden need no trainee words can reveal"),
    "need-trust-high": ("warning", "a need whose min_trust is far above the persona's start"),
    "spin-ignored": ("warning", "a reveal rule whose spin has no effect"),
    "tier-ignores": ("warning", "a reveal rule whose tier makes some of its conditions void"),
    "answer-not-offered": (
        "warning",
        "an objection answer naming a scheme or support the jobcentre does not offer",
    ),
    "objection-unhandleable": ("error", "an objection no turn can handle"),
    "trigger-never-fires": ("warning", "an objection trigger that can never fire"),
    "objection-never-raised": ("warning", "an objection none of whose triggers can fire"),
    "topic-overlap": ("warning", "two topics whose phrases match each other"),
    "phrase-collision": (
        "warning",
        "a one-word phrase that a different common word or name would be taken for",
    ),
    "phrase-too-common": ("warning", "a phrase resting on one of the most common words"),
    "phrase-is-a-name": ("warning", "a phrase word that is a first name or a scenario name"),
    "persona-missing-lines": ("warning", "a persona without lines for a key the engine uses"),
    "citizen-missing-lines": ("warning", "a citizen without lines for a key the engine uses"),
    "citizen-never-joins": ("warning", "present_from names a state the meeting never reaches"),
    "no-deal-possible": ("error", "no candidate deal serves all three parties"),
    "nothing-to-negotiate": ("warning", "every candidate deal serves all three parties"),
}
"""Every lint: its code, severity and what it finds (docs/authoring.md lists them too)."""

TRUST_MARGIN = 60
"""A need asking for more than the persona's start trust plus this is flagged."""
OVERLAP_SHARE = 0.5
"""A topic is confused with another when at least this share of its phrases match the other."""
WEEK_GRID = (4, 8, 13, 26)
MAX_TASK_SAMPLE = 600
"""With more than ten tasks, this many task combinations (besides the simple ones) are tried."""
MAX_DEALS = 60_000
"""The agreement-space lint never judges more candidate deals than this."""
FOLLOW_UP = "efter 4 uger"

# Engine facts (sim/engine/employer.py, citizen.py): what a missing line key leads to.
_SILENT_WITHOUT = {
    "accept": "accepting terms",
    "counter": "countering terms",
    "refuse": "refusing terms",
    "no_deal": "a meeting ending without a deal",
    "closing": "the agreement being made",
    "patience_low": "patience or time running low",
}
_CITIZEN_FALLBACK = {
    "worried": "'answer' (or nothing, when a proposal worries the citizen)",
    "objects_hours": "'worried'",
    "objects_tasks": "'worried'",
    "objects_scheme": "'worried'",
    "pressure": "'worried'",
    "thanks": "nothing (no thanks at the agreement)",
}

# What is known to hold when the engine fires a trigger (sim/engine/meeting.py).
_TRIGGER_FACTS: dict[str, dict[str, bool]] = {
    "need_revealed": {"any_need_revealed": True},
    "objection_raised": {"has_open_objections": True, "no_open_objections": False},
    "objections_cleared": {"has_open_objections": False, "no_open_objections": True},
    "propose": {"terms_on_table": True},
    "accept": {"terms_accepted": True, "terms_on_table": True},
    "commit": {"terms_accepted": True, "terms_on_table": True},
}
_OPPOSITES = (("has_open_objections", "no_open_objections"), ("trust_high", "trust_low"))


@dataclass(frozen=True)
class LintProblem(Problem):
    """A Problem found by a lint; `code` names the lint (LINT_CODES)."""

    code: str = ""

    def format(self) -> str:
        return f"{super().format()} [{self.code}]" if self.code else super().format()

    def to_json(self) -> dict[str, Any]:
        return {**super().to_json(), "code": self.code}


@dataclass(frozen=True)
class LintInfo:
    """Information, not a problem (e.g. an example deal); shown only in `check --json`."""

    path: Path
    line: int | None
    key: str
    scenario: str
    code: str
    message: str
    data: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def to_json(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "line": self.line,
            "key": self.key,
            "scenario": self.scenario,
            "code": self.code,
            "message": self.message,
            **self.data,
        }


@dataclass
class LintReport:
    problems: list[LintProblem] = field(default_factory=list)
    info: list[LintInfo] = field(default_factory=list)

    def extend(self, other: LintReport) -> None:
        self.problems.extend(other.problems)
        self.info.extend(other.info)


class _Out:
    """Collects one file's lint findings, located by key path in its YAML document."""

    def __init__(self, doc: YamlDocument | None, path: Path, scenario: str = "") -> None:
        self.doc = doc
        self.path = path
        self.scenario = scenario
        self.report = LintReport()

    def line(self, key: KeyPath) -> int | None:
        return self.doc.line_of(key) if self.doc is not None else None

    def add(self, code: str, key: KeyPath, message: str) -> None:
        severity = LINT_CODES[code][0]
        self.report.problems.append(
            LintProblem(self.path, self.line(key), format_key(key), message, severity, code)
        )

    def info(self, code: str, key: KeyPath, message: str, data: dict[str, Any]) -> None:
        self.report.info.append(
            LintInfo(self.path, self.line(key), format_key(key), self.scenario, code, message, data)
        )


def _names(items: Iterable[str]) -> str:
    """'a', 'b', 'c'"""
    return ", ".join(f"'{i}'" for i in items)


# --------------------------------------------------------------------------- the state graph


@dataclass(frozen=True)
class Edge:
    """One transition of the meeting's state machine, with one source state."""

    source: str
    dest: str
    trigger: str
    conditions: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    scenario: bool = False  # added by the scenario (machine.transitions)
    index: int | None = None  # its place in machine.transitions
    wildcard: bool = False  # the source was given as '*'


def states_of(scenario: Scenario) -> list[str]:
    """The default phases, then the scenario's extra states."""
    return [str(p) for p in Phase] + [s.name for s in scenario.machine.states]


def meeting_edges(scenario: Scenario) -> list[Edge]:
    """Every transition as build_machine makes it: the scenario's first, then the defaults.

    A '*' source is every state; sources and destinations that are not states are left out
    (the file checks report them).
    """
    states = states_of(scenario)
    extra = [s.name for s in scenario.machine.states]
    edges: list[Edge] = []

    def sources(value: Any) -> list[tuple[str, bool]]:
        items = value if isinstance(value, list) else [value]
        named = [str(i) for i in items if i != "*" and str(i) in states]
        out = {s: False for s in named}
        if "*" in items:
            out.update({s: True for s in states if s not in out})
        return [(s, out[s]) for s in states if s in out]

    for i, t in enumerate(scenario.machine.transitions):
        if t.dest not in states:
            continue
        for src, wild in sources(t.source):
            edges.append(
                Edge(src, t.dest, t.trigger, tuple(t.conditions), tuple(t.unless), True, i, wild)
            )
    for t in with_extra_sources(TRANSITIONS, extra):
        for src, _ in sources(t["source"]):
            edges.append(
                Edge(
                    src,
                    str(t["dest"]),
                    str(t["trigger"]),
                    tuple(t.get("conditions", ())),
                    tuple(t.get("unless", ())),
                )
            )
    return edges


def impossible_reason(edge: Edge, scenario: Scenario) -> str | None:
    """Why a transition can never be taken, or None when it can."""
    if edge.source in ENDED_PHASES:
        return f"the meeting has ended in '{edge.source}': no turn is played there"
    conds, unless = set(edge.conditions), set(edge.unless)
    both = sorted(conds & unless)
    if both:
        return f"{_names(both)} is both required and excluded"
    for a, b in _OPPOSITES:
        if {a, b} <= conds:
            return f"'{a}' and '{b}' cannot hold at once"
        if {a, b} <= unless and a.endswith("objections"):
            return f"one of '{a}' and '{b}' always holds"
    known = dict(_TRIGGER_FACTS.get(edge.trigger, {}))
    if scenario.citizen.present_from == "never":
        known["citizen_present"] = False
    for c in sorted(conds):
        if known.get(c) is False:
            return f"'{c}' never holds when '{edge.trigger}' fires"
    for c in sorted(unless):
        if known.get(c) is True:
            return f"'{c}' always holds when '{edge.trigger}' fires"
    return None


def reachable_states(scenario: Scenario, edges: Sequence[Edge] | None = None) -> set[str]:
    """States the meeting can get to from the opening (conditions aside)."""
    edges = meeting_edges(scenario) if edges is None else edges
    live = [e for e in edges if impossible_reason(e, scenario) is None]
    seen = {str(Phase.OPENING)}
    todo = [str(Phase.OPENING)]
    while todo:
        here = todo.pop()
        for e in live:
            if e.source == here and e.dest not in seen:
                seen.add(e.dest)
                todo.append(e.dest)
    return seen


def _can_reach(start: str, goal: str, edges: Sequence[Edge]) -> bool:
    seen, todo = {start}, [start]
    while todo:
        here = todo.pop()
        if here == goal:
            return True
        for e in edges:
            if e.source == here and e.dest not in seen:
                seen.add(e.dest)
                todo.append(e.dest)
    return False


def _lint_machine(s: Scenario, out: _Out) -> set[str]:
    """Unreachable and dead-end states; returns the reachable states."""
    edges = meeting_edges(s)
    never: dict[tuple[int, str], list[Edge]] = {}
    for e in edges:
        if e.scenario and e.index is not None:
            why = impossible_reason(e, s)
            if why and not (e.wildcard and e.source in ENDED_PHASES):
                never.setdefault((e.index, why), []).append(e)
    for (index, why), group in never.items():
        sources = ", ".join(e.source for e in group)
        out.add(
            "impossible-transition",
            ("machine", "transitions", index),
            f"the '{group[0].trigger}' transition {sources} -> {group[0].dest} can never be "
            f"taken: {why}",
        )
    live = [e for e in edges if impossible_reason(e, s) is None]
    reachable = reachable_states(s, edges)
    for i, state in enumerate(s.machine.states):
        key: KeyPath = ("machine", "states", i, "name")
        if state.name not in reachable:
            incoming = sorted({e.source for e in live if e.dest == state.name} - {state.name})
            if incoming:
                why = f"only {_names(incoming)} lead to it, and the meeting never gets there"
            else:
                why = "no transition leads to it (add one to machine.transitions)"
            out.add("unreachable-state", key, f"state '{state.name}' can never be reached: {why}")
    agreement = str(Phase.AGREEMENT)
    for i, name in enumerate(states_of(s)):
        if name in ENDED_PHASES:
            continue
        extra = i - len(Phase)
        key = ("machine", "states", extra, "name") if extra >= 0 else ("machine",)
        if not any(e.source == name and e.dest != name for e in live):
            out.add(
                "dead-end-state",
                key,
                f"state '{name}' cannot be left: no transition goes out of it, yet it does not "
                f"end the meeting",
            )
        elif name in reachable and not _can_reach(name, agreement, live):
            out.add(
                "no-way-to-agreement",
                key,
                f"once the meeting is in '{name}' it can only end without an agreement "
                "(walkout or no_deal): add a transition back towards the proposal or closing",
            )
    return reachable


# --------------------------------------------------------------------------- topics


def usable_topics(s: Scenario, out: _Out | None = None) -> set[str]:
    """Topics that at least one phrase in the scenario's language can be matched by."""
    lang = s.language
    matcher = topic_matcher(s.topics, lang)
    usable: set[str] = set()
    for tid, topic in s.topics.items():
        phrases = topic.phrases.for_lang(lang)
        for i, phrase in enumerate(phrases):
            if tid in matcher.match(phrase):
                usable.add(tid)
            elif out is not None:
                words = [w for w in tokenize(normalize(phrase)) if w not in STOPWORDS]
                why = (
                    "the matcher does not find it even in its own words"
                    if words
                    else "it has only stop words (articles, pronouns, conjunctions); add a "
                    "content word"
                )
                out.add(
                    "dead-phrase",
                    ("topics", tid, "phrases", lang, i),
                    f"phrase '{phrase}' of topic '{tid}' is never matched: {why}",
                )
        if tid not in usable and out is not None:
            out.add(
                "topic-unmatchable",
                ("topics", tid, "phrases"),
                f"no trainee words can touch topic '{tid}': none of its '{lang}' phrases can be "
                "matched",
            )
    return usable


def _lint_overlap(s: Scenario, out: _Out) -> None:
    """Topics most of whose phrases also touch another topic: the engine confuses them."""
    lang = s.language
    matcher = topic_matcher(s.topics, lang)
    hits: dict[str, list[tuple[str, set[str]]]] = {}
    for tid, topic in s.topics.items():
        hits[tid] = [(p, set(matcher.match(p)) - {tid}) for p in topic.phrases.for_lang(lang)]
    reported: set[frozenset[str]] = set()
    for a, rows in hits.items():
        if not rows:
            continue
        for b in s.topics:
            if b == a or frozenset((a, b)) in reported:
                continue
            shared = [p for p, other in rows if b in other]
            if len(shared) / len(rows) < OVERLAP_SHARE:
                continue
            reported.add(frozenset((a, b)))
            back = [p for p, other in hits[b] if a in other]
            verb = "matches" if len(back) == 1 else "match"
            extra = f"; and {_names(back)} of '{b}' also {verb} '{a}'" if back else ""
            out.add(
                "topic-overlap",
                ("topics", a, "phrases"),
                f"topics '{a}' and '{b}' would be confused: {len(shared)} of {len(rows)} "
                f"phrases of '{a}' also match '{b}' ({_names(shared)}){extra}; make the phrases "
                "more specific or merge the topics",
            )


_COLLISION_CODES = {"word": "phrase-collision", "common": "phrase-too-common",
                    "name": "phrase-is-a-name"}


def _lint_collisions(s: Scenario, persona: Persona | None, out: _Out) -> None:
    """Phrases the matcher would take other words for (sim.content.collisions)."""
    from sim.content.collisions import collisions, grouped
    from sim.reading.turn import scenario_names

    names = scenario_names(s, persona)
    matcher = topic_matcher(s.topics, s.language, names=names)
    for c in grouped(collisions(matcher, names)):
        phrases = s.topics[c.topic].phrases.for_lang(c.phrase_lang)
        index = phrases.index(c.phrase) if c.phrase in phrases else None
        key: KeyPath = ("topics", c.topic, "phrases", c.phrase_lang) + (
            (index,) if index is not None else ())
        out.add(_COLLISION_CODES[c.kind], key, c.message())


# --------------------------------------------------------------------------- needs


def _lint_tier(need: Need, at: KeyPath, out: _Out) -> None:
    """A tier that voids what else the rule says: the author meant something else."""
    rule = need.reveal
    if rule.tier == "volunteered":
        void = [k for k in ("spin", "after") if getattr(rule, k)]
        if void:
            out.add(
                "tier-ignores",
                (*at, "tier"),
                f"need '{need.id}' is volunteered: told to any open question on its topics, so "
                f"{' and '.join(void)} have no effect; drop them, or make it 'asked'",
            )
    elif rule.tier == "rapport" and not rule.min_trust:
        out.add(
            "tier-ignores",
            (*at, "tier"),
            f"need '{need.id}' is a rapport need without min_trust: there is no trust to "
            "earn, so it is told like an 'asked' one; give it a min_trust",
        )


def _lint_needs(s: Scenario, persona: Persona | None, usable: set[str], out: _Out) -> set[str]:
    """Needs no trainee words can reveal; returns the revealable needs."""
    why_not: dict[str, str] = {}
    for i, need in enumerate(s.needs):
        rule = need.reveal
        at: KeyPath = ("needs", i, "reveal")
        if not any(t in usable for t in rule.topics):
            why_not[need.id] = (
                f"none of its topics ({_names(rule.topics)}) can be matched in the scenario's "
                "language"
            )
            out_key: KeyPath = (*at, "topics")
        elif set(rule.acts) <= {"pressure"} and rule.depth != "volunteered":
            why_not[need.id] = "its only act is 'pressure', and pressure never reveals a need"
            out_key = (*at, "acts")
        elif rule.spin and not DISCOVERY_ACTS & set(rule.acts) and rule.depth != "volunteered":
            why_not[need.id] = (
                f"spin ({_names(rule.spin)}) is only read from open questions, but acts "
                f"({_names(rule.acts)}) has neither 'open_question' nor 'summarize'"
            )
            out_key = (*at, "spin")
        else:
            _lint_tier(need, at, out)
            if rule.spin and "open_question" not in rule.acts and rule.depth != "volunteered":
                out.add(
                    "spin-ignored",
                    (*at, "spin"),
                    f"need '{need.id}': spin only applies to open questions, and acts has "
                    "'summarize' but not 'open_question': any summary on the topic reveals it",
                )
            if persona is not None:
                start = persona.personality.trust
                if rule.min_trust > start + TRUST_MARGIN:
                    out.add(
                        "need-trust-high",
                        (*at, "min_trust"),
                        f"need '{need.id}' needs trust {rule.min_trust}, but "
                        f"{persona.id} starts at {start}: more than {TRUST_MARGIN} points to "
                        "earn before it can be revealed",
                    )
            continue
        out.add(
            "need-unrevealable",
            out_key,
            f"need '{need.id}' can never be revealed: {why_not[need.id]}",
        )
    # a need waiting for one that can never be revealed is never revealed either
    by_id = {n.id: (i, n) for i, n in enumerate(s.needs)}
    changed = True
    while changed:
        changed = False
        for need_id, (i, need) in by_id.items():
            if need_id in why_not:
                continue
            blocked = [a for a in need.reveal.after if a in why_not]
            if blocked:
                why_not[need_id] = f"it must come after '{blocked[0]}', which can never be revealed"
                j = need.reveal.after.index(blocked[0])
                out.add(
                    "need-unrevealable",
                    ("needs", i, "reveal", "after", j),
                    f"need '{need_id}' can never be revealed: {why_not[need_id]}",
                )
                changed = True
    return {n.id for n in s.needs} - set(why_not)


# --------------------------------------------------------------------------- objections


def _max_turns(s: Scenario, persona: Persona | None) -> int | None:
    """An upper bound on trainee turns: the scenario's minutes at the quickest turn there is
    (sim.engine.clock, the clock a meeting runs on)."""
    if persona is None:
        return None
    return clock.max_turns(s.minutes)


def _trigger_dead(
    s: Scenario, trig: Any, reachable: set[str], usable: set[str], max_turns: int | None
) -> str | None:
    if trig.phase is not None:
        if trig.phase in ENDED_PHASES:
            return f"the meeting has ended in '{trig.phase}': no turn is played there"
        if trig.phase not in reachable:
            return f"the meeting never reaches phase '{trig.phase}'"
        if trig.early_pitch and trig.phase not in (Phase.OPENING, Phase.NEEDS_DISCOVERY):
            return (
                f"an early pitch only counts in opening and needs_discovery, not in '{trig.phase}'"
            )
    if trig.topics and not set(trig.topics) & usable:
        return f"none of its topics ({_names(trig.topics)}) can be matched"
    if trig.from_turn is not None and max_turns is not None and trig.from_turn > max_turns:
        return (
            f"from_turn {trig.from_turn} is later than any meeting lasts (at most about "
            f"{max_turns} turns in the scenario's {s.minutes} minutes)"
        )
    return None


def _lint_objections(
    s: Scenario,
    persona: Persona | None,
    reachable: set[str],
    usable: set[str],
    out: _Out,
) -> None:
    offered_schemes = set(s.jobcentre.schemes)
    offered_support = set(s.jobcentre.support)
    schemes = {x.value for x in Scheme}
    supports = {x.value for x in Support}
    tasks = set(s.agreement.tasks)
    max_turns = _max_turns(s, persona)
    for i, obj in enumerate(s.objections):
        at: KeyPath = ("objections", i)
        routes = 0
        dead_topics = []
        for j, answer in enumerate(obj.handling.answers):
            key = (*at, "handling", "answers", j)
            if answer in s.topics:
                if answer in usable:
                    routes += 1
                else:
                    dead_topics.append(answer)
            elif answer in tasks:
                routes += 1
            elif answer in schemes and answer not in offered_schemes:
                routes += 1
                out.add(
                    "answer-not-offered",
                    key,
                    f"objection '{obj.id}' is handled by '{answer}', but the jobcentre does not "
                    "offer it (jobcentre.schemes): the trainee would have to offer what the "
                    "jobcentre cannot",
                )
            elif answer in supports and answer not in offered_support:
                routes += 1
                out.add(
                    "answer-not-offered",
                    key,
                    f"objection '{obj.id}' is handled by '{answer}', but the jobcentre does not "
                    "offer it (jobcentre.support): the trainee would have to offer what the "
                    "jobcentre cannot",
                )
            else:
                routes += 1  # an offered scheme or support (unknown ids are checks.py's)
        if set(obj.handling.acts) <= {"pressure"}:
            out.add(
                "objection-unhandleable",
                (*at, "handling", "acts"),
                f"objection '{obj.id}' can never be handled: its only act is 'pressure', and "
                "pressure always mishandles an objection",
            )
        elif routes == 0:
            out.add(
                "objection-unhandleable",
                (*at, "handling", "answers"),
                f"objection '{obj.id}' can never be handled: its answers are topics no trainee "
                f"words can match ({_names(dead_topics)})",
            )
        dead = 0
        for j, trig in enumerate(obj.triggers):
            why = _trigger_dead(s, trig, reachable, usable, max_turns)
            if why:
                dead += 1
                out.add(
                    "trigger-never-fires",
                    (*at, "triggers", j),
                    f"this trigger of objection '{obj.id}' can never fire: {why}",
                )
        if dead == len(obj.triggers):
            out.add(
                "objection-never-raised",
                (*at, "triggers"),
                f"objection '{obj.id}' is never raised: none of its triggers can fire",
            )


# --------------------------------------------------------------------------- lines


def _lint_persona_lines(persona: Persona, out: _Out) -> None:
    keys = [k for k in (*ACTS, *REACTION_KEYS) if k not in DEFAULT_LINES]  # the engine has those
    missing = [k for k in keys if k not in persona.lines]
    if not missing:
        return
    generic = [k for k in missing if k not in _SILENT_WITHOUT]
    silent = [k for k in missing if k in _SILENT_WITHOUT]
    parts = []
    if generic:
        parts.append(
            f"for {', '.join(generic)} the engine falls back to its generic reply (another "
            "act's line, else 'other')"
        )
    if silent:
        said = ", ".join(f"{k} ({_SILENT_WITHOUT[k]})" for k in silent)
        parts.append(f"the employer says nothing at {said}")
    out.add(
        "persona-missing-lines",
        ("lines",),
        f"persona '{persona.id}' has no lines for {len(missing)} of the keys the engine uses; "
        + "; ".join(parts),
    )


def _lint_citizen(s: Scenario, reachable: set[str], out: _Out) -> None:
    c = s.citizen
    start = c.present_from
    if start == "never":
        return
    if start != "start" and start not in reachable:
        out.add(
            "citizen-never-joins",
            ("citizen", "present_from"),
            f"the citizen joins in '{start}', which the meeting never reaches: "
            "the three-party part never happens",
        )
        return
    # the engine has its own lines for these (sim.engine.lines.DEFAULT_CITIZEN_LINES)
    missing = [k for k in CITIZEN_LINE_KEYS if k not in c.lines and k not in DEFAULT_CITIZEN_LINES]
    if missing:
        falls = "; ".join(
            f"{k} -> {_CITIZEN_FALLBACK[k]}" for k in missing if k in _CITIZEN_FALLBACK
        )
        out.add(
            "citizen-missing-lines",
            ("citizen", "lines"),
            f"the citizen has no lines for: {', '.join(missing)}; the engine falls back: {falls}",
        )


# --------------------------------------------------------------------------- the deal space


def _hours_grid(s: Scenario) -> list[float]:
    c, want = s.citizen, s.agreement.company
    values = set(range(4, 38, 2)) | {37}
    for limit in (c.min_hours_per_week, c.max_hours_per_week, want.min_hours, want.max_hours):
        values |= {limit - 1, limit, limit + 1}
    return sorted(float(v) for v in values if 1 <= v <= 37)


def _weeks_grid(s: Scenario) -> list[int]:
    rules = s.jobcentre.rules
    values = set(WEEK_GRID) | {rules.max_trial_weeks, rules.max_wage_subsidy_weeks}
    if s.agreement.company.max_weeks is not None:
        values.add(s.agreement.company.max_weeks)
    return sorted(v for v in values if 1 <= v <= 104)


def _task_subsets(s: Scenario) -> list[tuple[str, ...]]:
    """Non-empty task combinations: all of them up to ten tasks, else a fixed sample."""
    ids = list(s.agreement.tasks)
    if len(ids) <= 10:
        return [c for n in range(1, len(ids) + 1) for c in itertools.combinations(ids, n)]
    restrictions = {r.id for r in s.citizen.restrictions}
    gentle = tuple(t for t in ids if not set(s.agreement.tasks[t].strains) & restrictions)
    out = [(t,) for t in ids] + list(itertools.combinations(ids, 2)) + [tuple(ids)]
    if gentle:
        out.append(gentle)
    rng = random.Random(0)
    for _ in range(MAX_TASK_SAMPLE):
        out.append(tuple(t for t in ids if rng.random() < 0.5) or (ids[0],))
    return list(dict.fromkeys(out))


def _task_classes(s: Scenario) -> list[tuple[str, ...]]:
    """One task combination per class the judges cannot tell apart (needs covered enough,
    straining a restriction or not), the smallest of each class first found."""
    restrictions = {r.id for r in s.citizen.restrictions}
    want = s.agreement.company.needs_covered
    classes: dict[tuple[bool, bool], tuple[str, ...]] = {}
    for combo in _task_subsets(s):
        covered = {n for t in combo for n in s.agreement.tasks[t].covers}
        strains = any(set(s.agreement.tasks[t].strains) & restrictions for t in combo)
        classes.setdefault((len(covered) >= want, strains), combo)
    return [classes[k] for k in sorted(classes, key=lambda k: (not k[0], k[1]))]


@dataclass
class DealSpace:
    """The result of judging a grid of candidate deals."""

    tried: int
    serving: int
    example: Terms | None
    fewest_failures: int  # among the deals that serve not all three: the fewest failing points
    closest: Counter[tuple[str, str]]  # (party, code) -> how often among those nearest misses
    texts: dict[tuple[str, str], str]  # (party, code) -> the reason as first worded


def deal_space(s: Scenario) -> DealSpace:
    """Judge every candidate deal of the grid with sim.judge.judge_all and summarise.

    The grid: each scheme the jobcentre offers x hours (4-37 in steps of 2, and each side's
    limits +-1) x weeks (4, 8, 13, 26 and the rules' limits) x task combinations x the company's
    required support (and none), with follow-up agreed and the citizen's consent. Task
    combinations the judges cannot tell apart are judged once. At most MAX_DEALS deals.
    """
    schemes = list(s.jobcentre.schemes)
    required = tuple(s.agreement.company.requires_support)
    supports = [required, ()] if required else [()]
    not_offered = [x for x in required if x not in s.jobcentre.support]
    grid = itertools.product(schemes, _hours_grid(s), _weeks_grid(s), _task_classes(s), supports)
    tried = serving = 0
    example: Terms | None = None
    fewest = 0
    closest: Counter[tuple[str, str]] = Counter()
    texts: dict[tuple[str, str], str] = {}
    for scheme, hours, weeks, tasks, support in itertools.islice(grid, MAX_DEALS):
        terms = Terms(
            scheme=str(scheme),
            hours_per_week=hours,
            weeks=weeks,
            tasks=tasks,
            support=tuple(str(x) for x in support),
            follow_up=FOLLOW_UP,
            consent=True,
        )
        tried += 1
        verdicts = judge_all(s, terms)
        fails = [(party, r.code, r.en) for party in PARTIES for r in verdicts[party].failures]
        if support and not_offered:
            fails += [
                ("jobcentre", f"support_not_offered:{x}", f"the jobcentre does not offer {x}")
                for x in not_offered
            ]
        if not fails:
            serving += 1
            example = example or terms
            continue
        if not fewest or len(fails) < fewest:
            fewest, closest = len(fails), Counter()
        if len(fails) == fewest:
            for party, code, text in fails:
                closest[(party, code)] += 1
                texts.setdefault((party, code), text)
    return DealSpace(tried, serving, example, fewest, closest, texts)


def describe_terms(t: Terms) -> str:
    parts = [str(t.scheme), f"{t.hours_per_week:g} hours a week", f"{t.weeks} weeks"]
    parts.append("tasks: " + ", ".join(t.tasks))
    if t.support:
        parts.append("support: " + ", ".join(t.support))
    return ", ".join(parts)


def _lint_deals(s: Scenario, out: _Out) -> None:
    space = deal_space(s)
    key: KeyPath = ("agreement",)
    if space.serving == 0:
        top = space.closest.most_common(3)
        reasons = "; ".join(f"{party}: {space.texts[(party, code)]}" for (party, code), _ in top)
        n = space.fewest_failures
        out.add(
            "no-deal-possible",
            key,
            f"no deal can serve all three parties: none of {space.tried} candidate deals does "
            f"(each offered scheme, 1-37 hours, {len(_weeks_grid(s))} lengths, the task "
            "combinations, with and without the required support); the closest fail on "
            f"{n} point{'s' if n != 1 else ''}, most often: {reasons}",
        )
        return
    if space.serving == space.tried:
        out.add(
            "nothing-to-negotiate",
            key,
            f"every one of {space.tried} candidate deals serves all three parties: nothing to "
            "negotiate (narrow the company's interests or the citizen's limits)",
        )
    assert space.example is not None
    out.info(
        "example-deal",
        key,
        f"a deal that serves all three parties: {describe_terms(space.example)} "
        f"({space.serving} of {space.tried} candidate deals do)",
        {"deal": space.example.to_dict(), "serving": space.serving, "tried": space.tried},
    )


# --------------------------------------------------------------------------- entry points


def lint_scenario(
    scenario: Scenario, persona: Persona | None, doc: YamlDocument | None, path: Path
) -> LintReport:
    """Every lint of one loaded scenario; `doc` gives the lines (None: no lines)."""
    out = _Out(doc, path, scenario.id)
    reachable = _lint_machine(scenario, out)
    usable = usable_topics(scenario, out)
    _lint_needs(scenario, persona, usable, out)
    _lint_objections(scenario, persona, reachable, usable, out)
    _lint_overlap(scenario, out)
    _lint_collisions(scenario, persona, out)
    _lint_citizen(scenario, reachable, out)
    _lint_deals(scenario, out)
    return out.report


def lint_persona(persona: Persona, doc: YamlDocument | None, path: Path) -> LintReport:
    """The lints of one loaded persona."""
    out = _Out(doc, path)
    _lint_persona_lines(persona, out)
    return out.report


def lint_library(library: Any, include: Callable[[Path], bool] | None = None) -> LintReport:
    """Lint every loaded scenario and persona of a ContentLibrary (those `include` accepts)."""
    docs = {f.path.resolve(): f.document for f in library.loaded}
    report = LintReport()
    for kind, items in (("persona", library.personas), ("scenario", library.scenarios)):
        for item_id in sorted(items):
            path = library.source_of(item_id, kind)
            if include is not None and not include(path):
                continue
            doc = docs.get(path.resolve())
            if kind == "persona":
                report.extend(lint_persona(items[item_id], doc, path))
            else:
                persona = library.personas.get(items[item_id].company.persona)
                report.extend(lint_scenario(items[item_id], persona, doc, path))
    return report

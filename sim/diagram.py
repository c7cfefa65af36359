"""A scenario's meeting as a Mermaid state diagram (`brobygger diagram`) with notes per state."""

from __future__ import annotations

import re

from sim.content.lint import Edge, meeting_edges, states_of
from sim.content.models import Need, Objection, Scenario
from sim.vocab import ENDED_PHASES, Phase

FORMATS = ("mermaid", "markdown")

CONDITION_TEXT: dict[str, str] = {
    "any_need_revealed": "a need is revealed",
    "all_needs_revealed": "all needs are revealed",
    "no_open_objections": "no open objections",
    "has_open_objections": "an objection is open",
    "terms_on_table": "terms on the table",
    "terms_accepted": "terms accepted",
    "citizen_present": "the citizen is present",
    "trust_high": "trust 60 or more",
    "trust_low": "trust 25 or less",
}
"""Human-readable names of the machine's named conditions (sim.vocab.CONDITIONS)."""

EVENT_TEXT: dict[str, str] = {
    "explore": "explore",
    "need_revealed": "need revealed",
    "objection_raised": "objection raised",
    "objections_cleared": "objections cleared",
    "propose": "terms proposed",
    "accept": "terms accepted",
    "commit": "next steps agreed",
    "walk_out": "employer walks out",
    "time_up": "time is up at good trust",
    "end_meeting": "trainee ends meeting",
}
"""Human-readable names of the machine's events (sim.vocab.EVENTS)."""

# Words Mermaid's state-diagram grammar reserves; a state id must not be one of them.
_RESERVED = frozenset(
    {
        "state",
        "note",
        "end",
        "as",
        "direction",
        "class",
        "classdef",
        "style",
        "left",
        "right",
        "of",
        "click",
        "default",
        "tb",
        "bt",
        "lr",
        "rl",
        "accdescr",
        "acctitle",
    }
)
_UNSAFE = re.compile(r"[^\w\s.,()/+\-–?!&%=§’…]")
MAX_LABEL = 90


def label(text: str, limit: int = MAX_LABEL) -> str:
    """Text made safe for a Mermaid label: no quotes, colons, semicolons, braces or '#'."""
    text = text.replace(":", " -").replace(";", ",").replace("%%", "%").replace("'", "’")
    text = _UNSAFE.sub(" ", text.replace('"', "").replace("\n", " "))
    text = re.sub(r"\s+([,.])", r"\1", re.sub(r"\s+", " ", text)).strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class _Ids:
    """Mermaid-safe, unique state ids: letters, digits and '_', never a reserved word."""

    def __init__(self, names: list[str]) -> None:
        self.ids: dict[str, str] = {}
        used: set[str] = set()
        for name in names:
            base = re.sub(r"\W", "_", name, flags=re.ASCII) or "state"
            if base[0].isdigit() or base.lower() in _RESERVED:
                base = "s_" + base
            candidate, n = base, 2
            while candidate in used:
                candidate, n = f"{base}_{n}", n + 1
            used.add(candidate)
            self.ids[name] = candidate

    def __getitem__(self, name: str) -> str:
        return self.ids[name]


def edge_label(edge: Edge) -> str:
    """'objections cleared, if terms on the table, unless …' (plus '(scenario)' if added)."""
    text = EVENT_TEXT.get(edge.trigger, edge.trigger.replace("_", " "))
    if edge.conditions:
        text += ", if " + " and ".join(CONDITION_TEXT.get(c, c) for c in edge.conditions)
    if edge.unless:
        text += ", unless " + " or ".join(CONDITION_TEXT.get(c, c) for c in edge.unless)
    if edge.scenario:
        text += " (scenario)"
    return label(text, limit=200)


def _need_line(need: Need) -> str:
    rule = need.reveal
    bits = [f"on {' or '.join(rule.topics)}"]
    if rule.spin:
        bits.append("spin " + "/".join(rule.spin))
    if rule.depth == "volunteered":
        bits.append("volunteered")
    if rule.min_trust:
        bits.append(f"trust {rule.min_trust}+" + (" or rapport" if rule.depth == "rapport" else ""))
    if rule.after:
        bits.append("after " + ", ".join(rule.after))
    return f"- {label(need.title, 60)} ({need.id}) - {label(', '.join(bits), 120)}"


def _objection_line(obj: Objection, phase: str | None) -> str:
    whens = []
    for trig in obj.triggers:
        if trig.phase != phase:
            continue
        bits = []
        if trig.topics:
            bits.append("on " + " or ".join(trig.topics))
        if trig.acts:
            bits.append("acts " + "/".join(trig.acts))
        if trig.early_pitch is not None:
            bits.append("early pitch" if trig.early_pitch else "no early pitch")
        if trig.proposal_lacks:
            bits.append("terms lack " + "/".join(trig.proposal_lacks))
        if trig.from_turn is not None:
            bits.append(f"from turn {trig.from_turn}")
        whens.append(" and ".join(bits) or "on any turn")
    whens = list(dict.fromkeys(whens))
    when = whens[0] if len(whens) == 1 else " or ".join(f"({w})" for w in whens)
    return f"- {label(obj.title, 60)} ({obj.id}) - {label(when, 120)}"


def _notes(s: Scenario) -> dict[str, list[str]]:
    """Note lines per state: needs, objections raised there, the citizen joining."""
    notes: dict[str, list[str]] = {}
    discovery = str(Phase.NEEDS_DISCOVERY)
    notes.setdefault(discovery, []).append("Needs revealed here or in any live phase")
    notes[discovery] += [_need_line(n) for n in s.needs]
    for state in states_of(s):
        raised = [o for o in s.objections if any(t.phase == state for t in o.triggers)]
        if raised:
            notes.setdefault(state, []).append("Objections raised in this phase")
            notes[state] += [_objection_line(o, state) for o in raised]
    anywhere = [o for o in s.objections if any(t.phase is None for t in o.triggers)]
    if anywhere:
        objections = str(Phase.OBJECTIONS)
        notes.setdefault(objections, []).append("Objections raised in any live phase")
        notes[objections] += [_objection_line(o, None) for o in anywhere]
    start = s.citizen.present_from
    joins = str(Phase.OPENING) if start == "start" else start
    if joins in states_of(s):
        notes.setdefault(joins, []).append(f"The citizen, {label(s.citizen.name, 60)}, joins here")
    return notes


def mermaid(s: Scenario) -> str:
    """The scenario's meeting as Mermaid `stateDiagram-v2` text (deterministic)."""
    states = states_of(s)
    ids = _Ids(states)
    extra = {x.name: x for x in s.machine.states}
    out = ["stateDiagram-v2", f"    %% Brobygger scenario {s.id}: generated by brobygger diagram"]
    for name in states:
        out.append(f'    state "{label(name)}" as {ids[name]}')
        if name in extra and extra[name].description:
            out.append(f"    {ids[name]} : {label(extra[name].description)}")
    out.append(f"    [*] --> {ids[str(Phase.OPENING)]}")
    seen: set[tuple[str, str, str]] = set()
    for edge in meeting_edges(s):
        if edge.source in ENDED_PHASES:
            continue  # no turn is played once the meeting has ended
        text = edge_label(edge)
        key = (edge.source, edge.dest, text)
        if key not in seen:
            seen.add(key)
            out.append(f"    {ids[edge.source]} --> {ids[edge.dest]} : {text}")
    for name in states:
        if name in ENDED_PHASES:
            out.append(f"    {ids[name]} --> [*]")
    for name, lines in _notes(s).items():
        side = "left" if name == str(Phase.OBJECTIONS) else "right"
        out.append(f"    note {side} of {ids[name]}")
        out += [f"        {line}" for line in lines]
        out.append("    end note")
    out.append("    classDef extraState fill:#fff4c2,stroke:#b58900")
    out.append("    classDef finalPhase fill:#eeeeee,stroke:#777777")
    for name in states:
        if name in extra:
            out.append(f"    class {ids[name]} extraState")
        elif name in ENDED_PHASES:
            out.append(f"    class {ids[name]} finalPhase")
    return "\n".join(out) + "\n"


def markdown(s: Scenario) -> str:
    """The diagram in a ```mermaid fence under a title, for a Markdown viewer."""
    extra = ", ".join(x.name for x in s.machine.states) or "none"
    return (
        f"# Meeting diagram: {s.title}\n\n"
        f"Scenario `{s.id}`. Default phases plus the scenario's own states ({extra}); "
        "transitions are labelled with the event that fires them and their conditions. "
        "Generated by `brobygger diagram`.\n\n"
        f"```mermaid\n{mermaid(s)}```\n"
    )


def render(s: Scenario, fmt: str = "mermaid") -> str:
    if fmt not in FORMATS:
        raise ValueError(f"unknown format '{fmt}' (known: {', '.join(FORMATS)})")
    return markdown(s) if fmt == "markdown" else mermaid(s)

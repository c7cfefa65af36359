"""The meeting's phases as a `transitions` state machine: one documented table, named conditions."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from transitions import Machine

from sim.content.models import MachineExtension
from sim.vocab import ENDED_PHASES, Phase

P = Phase
LIVE = [P.OPENING, P.NEEDS_DISCOVERY, P.OBJECTIONS, P.PROPOSAL, P.CLOSING]

# The default meeting. Triggers are the engine's domain events (sim.vocab.EVENTS); for one
# trigger and source the first transition whose conditions hold is taken.
TRANSITIONS: list[dict[str, Any]] = [
    # the trainee starts exploring: asking, summarising or setting an agenda
    {"trigger": "explore", "source": P.OPENING, "dest": P.NEEDS_DISCOVERY},
    {"trigger": "need_revealed", "source": P.OPENING, "dest": P.NEEDS_DISCOVERY},
    # an objection takes the meeting into objection handling from any live phase
    {
        "trigger": "objection_raised",
        "source": [P.OPENING, P.NEEDS_DISCOVERY, P.PROPOSAL, P.CLOSING],
        "dest": P.OBJECTIONS,
    },
    # ... and back to where it belongs once the last one is handled
    {
        "trigger": "objections_cleared",
        "source": P.OBJECTIONS,
        "dest": P.CLOSING,
        "conditions": ["terms_accepted"],
    },
    {
        "trigger": "objections_cleared",
        "source": P.OBJECTIONS,
        "dest": P.PROPOSAL,
        "conditions": ["terms_on_table"],
    },
    {"trigger": "objections_cleared", "source": P.OBJECTIONS, "dest": P.NEEDS_DISCOVERY},
    # terms on the table
    {"trigger": "propose", "source": [P.OPENING, P.NEEDS_DISCOVERY], "dest": P.PROPOSAL},
    {
        "trigger": "propose",
        "source": P.OBJECTIONS,
        "dest": P.PROPOSAL,
        "conditions": ["no_open_objections"],
    },
    {"trigger": "propose", "source": P.CLOSING, "dest": P.PROPOSAL, "unless": ["terms_accepted"]},
    # the company (and the citizen, when present) accept the terms
    {
        "trigger": "accept",
        "source": [P.NEEDS_DISCOVERY, P.PROPOSAL, P.OBJECTIONS],
        "dest": P.CLOSING,
        "conditions": ["terms_accepted", "no_open_objections"],
    },
    # next steps agreed on accepted terms
    {
        "trigger": "commit",
        "source": P.CLOSING,
        "dest": P.AGREEMENT,
        "conditions": ["terms_accepted", "no_open_objections"],
    },
    {"trigger": "walk_out", "source": LIVE, "dest": P.WALKOUT},
    {"trigger": "time_up", "source": LIVE, "dest": P.FOLLOW_UP},
    {
        "trigger": "end_meeting",
        "source": P.CLOSING,
        "dest": P.AGREEMENT,
        "conditions": ["terms_accepted", "no_open_objections"],
    },
    {"trigger": "end_meeting", "source": LIVE, "dest": P.NO_DEAL},
]


def build_machine(
    model: Any,
    extension: MachineExtension | None = None,
    on_change: Callable[[], None] | None = None,
) -> Machine:
    """A machine on `model`, which must provide the named condition methods (sim.vocab)."""
    extra_states = [s.name for s in extension.states] if extension else []
    transitions: list[dict[str, Any]] = []
    # scenario transitions first: they specialise the defaults for the same trigger and source
    for t in extension.transitions if extension else []:
        transitions.append(
            {
                "trigger": t.trigger,
                "source": t.source,
                "dest": t.dest,
                "conditions": list(t.conditions),
                "unless": list(t.unless),
            }
        )
    transitions.extend(with_extra_sources(TRANSITIONS, extra_states))
    return Machine(
        model=model,
        states=[str(p) for p in Phase] + extra_states,
        initial=str(P.OPENING),
        transitions=transitions,
        auto_transitions=False,
        ignore_invalid_triggers=True,
        after_state_change=on_change,
        model_attribute="phase",
    )


def with_extra_sources(table: Iterable[dict[str, Any]], extra: list[str]) -> list[dict[str, Any]]:
    """Extra scenario states are live states: walking out and ending work from them too."""
    out = []
    for t in table:
        t = {k: _plain(v) for k, v in t.items()}
        endings = ("walk_out", "time_up", "end_meeting")
        if extra and t["trigger"] in endings and t["source"] == _plain(LIVE):
            t["source"] = _plain(LIVE) + extra
        out.append(t)
    return out


def _plain(value: Any) -> Any:
    """Enum members as plain strings: `transitions` would otherwise name states by member name."""
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return str(value) if isinstance(value, Phase) else value


def is_ended(phase: str) -> bool:
    return phase in ENDED_PHASES

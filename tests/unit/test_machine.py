"""The meeting state machine: the default table, named conditions and scenario extensions."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from sim.content.models import MachineExtension
from sim.engine.machine import TRANSITIONS, build_machine
from sim.vocab import CONDITIONS, EVENTS, Phase


@dataclass
class Model:
    """A stand-in meeting whose conditions the test sets directly."""

    accepted: bool = False
    on_table: bool = False
    open_objections: bool = False
    all_needs: bool = False

    def terms_accepted(self) -> bool:
        return self.accepted

    def terms_on_table(self) -> bool:
        return self.on_table

    def no_open_objections(self) -> bool:
        return not self.open_objections

    def has_open_objections(self) -> bool:
        return self.open_objections

    def all_needs_revealed(self) -> bool:
        return self.all_needs

    def any_need_revealed(self) -> bool:
        return self.all_needs

    def citizen_present(self) -> bool:
        return False

    def trust_high(self) -> bool:
        return True

    def trust_low(self) -> bool:
        return False


def machine(extension: MachineExtension | None = None) -> Model:
    m = Model()
    build_machine(m, extension)
    return m


def test_table_uses_only_known_events_and_conditions() -> None:
    for t in TRANSITIONS:
        assert t["trigger"] in EVENTS
        for c in t.get("conditions", []) + t.get("unless", []):
            assert c in CONDITIONS


def test_happy_path_through_all_phases() -> None:
    m = machine()
    assert m.phase == "opening"
    assert m.may_explore()
    m.explore()
    assert m.phase == "needs_discovery"
    assert m.may_objection_raised()
    m.objection_raised()
    assert m.phase == "objections"
    m.objections_cleared()
    assert m.phase == "needs_discovery"
    m.on_table = True
    assert m.may_propose()
    m.propose()
    assert m.phase == "proposal"
    assert not m.may_accept()
    m.accepted = True
    assert m.may_accept()
    m.accept()
    assert m.phase == "closing"
    assert m.may_commit()
    m.commit()
    assert m.phase == "agreement"
    assert not m.may_walk_out()


def test_objections_cleared_returns_to_proposal_when_terms_are_on_the_table() -> None:
    m = machine()
    m.explore()
    m.on_table = True
    m.propose()
    m.objection_raised()
    m.objections_cleared()
    assert m.phase == "proposal"


def test_propose_waits_while_objections_are_open() -> None:
    m = machine()
    m.objection_raised()
    m.open_objections = True
    m.on_table = True
    assert not m.may_propose()


@pytest.mark.parametrize("phase", ["opening", "needs_discovery", "proposal", "closing"])
def test_walk_out_and_end_from_every_live_phase(phase: str) -> None:
    for trigger, dest in (("walk_out", "walkout"), ("end_meeting", "no_deal")):
        m = machine()
        m.phase = phase  # type: ignore[misc]  # put the model straight into the phase
        assert m.may_trigger(trigger)
        m.trigger(trigger)
        assert m.phase == dest


def test_end_with_accepted_terms_in_closing_is_an_agreement() -> None:
    m = machine()
    m.on_table = m.accepted = True
    m.propose()
    m.accept()
    m.end_meeting()
    assert m.phase == "agreement"


def test_no_auto_transitions() -> None:
    m = machine()
    assert not hasattr(m, "to_agreement")


def test_scenario_can_add_a_state_and_transitions() -> None:
    ext = MachineExtension.model_validate(
        {
            "states": [{"name": "rundvisning", "lines": ["Kom, så viser jeg dig hallen."]}],
            "transitions": [
                {
                    "trigger": "need_revealed",
                    "source": "needs_discovery",
                    "dest": "rundvisning",
                    "conditions": ["all_needs_revealed"],
                },
                {"trigger": "explore", "source": "rundvisning", "dest": "needs_discovery"},
            ],
        }
    )
    m = machine(ext)
    m.explore()
    m.need_revealed()
    assert m.phase == "needs_discovery"  # condition not met
    m.all_needs = True
    m.need_revealed()
    assert m.phase == "rundvisning"
    assert m.may_walk_out()  # extra states are live: one can walk out of them
    m.explore()
    assert m.phase == "needs_discovery"


def test_every_phase_is_a_state() -> None:
    built = build_machine(Model())
    assert {p.value for p in Phase} <= set(built.states)

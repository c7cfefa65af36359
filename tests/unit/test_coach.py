"""The coach: one suggested next move from the meeting's state, most urgent first, da and en."""

from __future__ import annotations

from typing import Any

import pytest

from sim.agreement import Terms
from sim.coach import advise, advise_meeting
from sim.content.library import ContentLibrary
from sim.content.models import Scenario
from sim.engine.meeting import Meeting
from sim.engine.state import MeetingState, NeedState, ObjectionState


@pytest.fixture
def scenario(mini_library: ContentLibrary) -> Scenario:
    return mini_library.scenarios["mini-lager"]


def fresh(scenario: Scenario) -> MeetingState:
    return MeetingState(
        trust=40,
        patience=16,
        needs={n.id: NeedState(n.id) for n in scenario.needs},
        objections={o.id: ObjectionState(o.id) for o in scenario.objections},
    )


def say(n: int, acts: list[str], spin: str | None = None, **extra: Any) -> dict[str, Any]:
    return {
        "n": n,
        "action": "say",
        "text": "...",
        "acts": acts,
        "sentences": [{"acts": acts, "spin": spin}],
        "topics": {},
        "events": [],
        **extra,
    }


def test_no_agenda_yet_suggests_stating_the_purpose(scenario: Scenario) -> None:
    advice = advise(scenario, fresh(scenario), [], "opening")
    assert advice.code == "state_purpose"
    assert "mødet" in advice.text
    assert "meeting" in advise(scenario, fresh(scenario), [], "opening", "en").text


def test_open_objection_is_named_and_explored_first(scenario: Scenario) -> None:
    st = fresh(scenario)
    st.objections["for_dyrt"].raised_turn = 2
    advice = advise(scenario, st, [say(1, ["agenda"])], "objections")
    assert advice.code == "acknowledge_explore"
    assert "«Det har vi ikke råd til»" in advice.text
    assert "ja, men" in advice.text


def test_acknowledged_objection_wants_an_answer(scenario: Scenario) -> None:
    st = fresh(scenario)
    st.objections["for_dyrt"].raised_turn = 2
    st.objections["for_dyrt"].acknowledged_turn = 3
    advice = advise(scenario, st, [say(1, ["agenda"])], "objections", "en")
    assert advice.code == "respond_objection"
    assert "“Det har vi ikke råd til”" in advice.text


def test_hinted_need_suggests_an_open_question_on_its_topic(scenario: Scenario) -> None:
    st = fresh(scenario)
    st.needs["returvarer"].hinted_turns = [2]
    records = [
        say(1, ["agenda"]),
        say(
            2,
            ["closed_question"],
            events=[{"type": "hint", "need": "returvarer", "topic": "travlhed"}],
        ),
    ]
    advice = advise(scenario, st, records, "needs_discovery")
    assert advice.code == "ask_about_topic"
    assert "«Travlhed og spidsbelastning»" in advice.text


def test_a_need_found_but_no_implication_question(scenario: Scenario) -> None:
    st = fresh(scenario)
    st.needs["returvarer"].revealed_turn = 2
    records = [say(1, ["agenda"]), say(2, ["open_question"], spin="situation")]
    advice = advise(scenario, st, records, "needs_discovery")
    assert advice.code == "implication"
    assert "Hvad betyder det for" in advice.text
    assert "«Returvarerne hober sig op»" in advice.text


def test_after_an_implication_question_ask_about_what_is_still_hidden(
    scenario: Scenario,
) -> None:
    st = fresh(scenario)
    st.needs["returvarer"].revealed_turn = 2
    records = [say(1, ["agenda"]), say(2, ["open_question"], spin="implication")]
    advice = advise(scenario, st, records, "needs_discovery")
    assert advice.code == "open_question"
    assert "«Travlhed og spidsbelastning»" in advice.text


def test_needs_found_and_no_terms_suggests_a_proposal_tied_to_them(scenario: Scenario) -> None:
    st = fresh(scenario)
    for n in st.needs.values():
        n.revealed_turn = 2
    advice = advise(scenario, st, [say(1, ["agenda"])], "needs_discovery")
    assert advice.code == "propose_with_tasks"
    assert "Returhåndtering" in advice.text
    assert "Palleflytning" not in advice.text  # it strains the citizen's back
    assert "Ctrl+T" in advice.text


def test_countered_terms_name_the_reason(scenario: Scenario) -> None:
    st = fresh(scenario)
    for n in st.needs.values():
        n.revealed_turn = 2
    st.terms = Terms(scheme="virksomhedspraktik", hours_per_week=15, tasks=("returhaandtering",))
    verdict = {
        "type": "terms_verdict",
        "party": "company",
        "reaction": "counter",
        "reasons": ["support_missing:mentor"],
    }
    records = [say(1, ["agenda"]), say(3, ["proposal"], events=[verdict])]
    advice = advise(scenario, st, records, "proposal")
    assert advice.code == "adjust_terms"
    assert "mentor" in advice.text
    assert "mentor" in advise(scenario, st, records, "proposal", "en").text


def test_accepted_terms_ask_for_next_steps_and_follow_up(scenario: Scenario) -> None:
    st = fresh(scenario)
    st.company_accepted = True
    st.terms = Terms(scheme="virksomhedspraktik")
    assert advise(scenario, st, [], "closing").code == "agree_follow_up"
    st.terms = Terms(scheme="virksomhedspraktik", follow_up="efter 2 uger")
    assert advise(scenario, st, [], "closing").code == "agree_next_steps"


def test_company_yes_but_citizen_not_yet(scenario: Scenario) -> None:
    st = fresh(scenario)
    st.company_accepted = True
    st.citizen_present = True
    advice = advise(scenario, st, [], "closing")
    assert advice.code == "involve_citizen"
    assert "Sara" in advice.text


def test_over_is_over(scenario: Scenario) -> None:
    assert advise(scenario, fresh(scenario), [], "no_deal").code == "meeting_over"


def test_on_a_live_meeting(mini_meeting: Meeting) -> None:
    assert advise_meeting(mini_meeting).code == "state_purpose"
    mini_meeting.end()
    assert advise_meeting(mini_meeting, "en").code == "meeting_over"

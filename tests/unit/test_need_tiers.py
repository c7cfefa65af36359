"""How deep a hidden need lies (RevealRule.tier): volunteered, asked, or told on rapport."""

from __future__ import annotations

from sim.content.library import ContentLibrary
from sim.content.models import Scenario
from sim.engine.meeting import Meeting

HELLO = "Goddag Henrik, jeg hedder Gitte og er virksomhedskonsulent. Tak fordi du ville se mig."
AGENDA = "Jeg foreslår, at vi først taler om produktionen og jeres folk, og til sidst om resten."
SENIORS = "Hvordan har de ældste af dine smede det med kroppen efter mange år i faget?"


def _with_tier(scenario: Scenario, need_id: str, **rule: object) -> Scenario:
    needs = [
        n.model_copy(update={"reveal": n.reveal.model_copy(update=rule)}) if n.id == need_id
        else n
        for n in scenario.needs
    ]
    return scenario.model_copy(update={"needs": needs})


def _meeting(library: ContentLibrary, scenario: Scenario) -> Meeting:
    return Meeting(scenario, library.personas[scenario.company.persona], seed=1)


def _told(meeting: Meeting, *lines: str) -> list[str]:
    rec: dict = {}
    for line in lines:
        rec = meeting.take_turn(line)
    return [e["id"] for e in rec["events"] if e["type"] == "need_revealed"]


def test_a_scenario_without_tiers_keeps_its_meaning(bundled_library: ContentLibrary) -> None:
    needs = {n.id: n.reveal for n in bundled_library.scenarios["staal-smed-fleksjob"].needs}
    assert needs["senior_knowledge"].tier is None and needs["senior_knowledge"].depth == "rapport"
    assert needs["skilled_time_lost"].depth == "asked"


def test_a_deep_need_is_told_to_a_direct_question_while_rapport_is_kept(
    bundled_library: ContentLibrary,
) -> None:
    m = _meeting(bundled_library, bundled_library.scenarios["staal-smed-fleksjob"])
    told = _told(m, HELLO, AGENDA, "Jeg kan godt forstå, at I er trætte af os.", SENIORS)
    assert told == ["senior_knowledge"]
    assert m.state.trust < 55  # below its min_trust: the rapport told it, and the event says so
    assert [e["told"] for e in m.records[-1]["events"] if e["type"] == "need_revealed"] == [
        "rapport"]


def test_pressure_breaks_the_rapport_a_deep_need_waits_for(
    bundled_library: ContentLibrary,
) -> None:
    m = _meeting(bundled_library, bundled_library.scenarios["staal-smed-fleksjob"])
    told = _told(m, HELLO, "I har altså et socialt ansvar her i kommunen.", AGENDA, SENIORS)
    assert told == [] and m.state.rapport_broken_turn == 2


def test_a_need_asked_with_min_trust_keeps_its_number(bundled_library: ContentLibrary) -> None:
    scenario = _with_tier(bundled_library.scenarios["staal-smed-fleksjob"], "senior_knowledge",
                          tier="asked")
    m = _meeting(bundled_library, scenario)
    assert _told(m, HELLO, AGENDA, "Jeg kan godt forstå, at I er trætte af os.", SENIORS) == []


def test_a_volunteered_need_is_told_to_any_question_on_its_area(
    bundled_library: ContentLibrary,
) -> None:
    base = bundled_library.scenarios["dagligvare-angst"]
    # a situation question: the 'asked' need wants an implication one, and only hints
    question = "Hvordan foregår datokontrollen hos jer om morgenen?"
    asked = _told(_meeting(bundled_library, base), "Hej Mette, tak for kaffen.", question)
    volunteered = _told(
        _meeting(bundled_library, _with_tier(base, "food_waste", tier="volunteered")),
        "Hej Mette, tak for kaffen.", question,
    )
    assert "food_waste" not in asked and volunteered == ["food_waste"]
    # a yes/no question touches the area but is no question about it: a hint at most
    yes_no = _told(
        _meeting(bundled_library, _with_tier(base, "food_waste", tier="volunteered")),
        "Hej Mette, tak for kaffen.", "Er datokontrollen noget, I når hver dag?",
    )
    assert yes_no == []

"""A question on where the business hurts, naming no topic, gets what weighs most; a follow-up
on a need already told gets that need in its own words."""

from __future__ import annotations

import pytest

from sim.content.library import ContentLibrary
from sim.engine.meeting import Meeting
from sim.reading.acts import read_turn

HELLO = "Hej Mette, tak fordi du har tid. Jeg vil gerne høre om butikken først. Er det okay?"


def _broad(text: str) -> bool:
    return any(s.broad for s in read_turn(text).sentences)


@pytest.mark.parametrize("text", [
    "Hvad er det sværeste ved at drive butikken lige nu?",
    "Når der er så meget at lave, hvor er det så, det knirker mest?",
    "Hvad er det, der ryger først, når det bliver for stramt?",
    "Hvilke opgaver er det, der oftest bliver liggende?",
    "Hvordan ser en almindelig uge ud hos jer?",
    "Hvordan går det med forretningen for tiden?",
    "Hvad bruger dine montører tiden på, når de ikke er ude hos kunden?",
    "What's the hardest part of running the shop right now?",
    # the verb last in a relative clause, and the pile's bottom
    "Hvad er det for opgaver her i butikken, som I ikke når, eller som altid ender nederst i "
    "bunken?",
    "Hvad er det, folk udefra ikke ser?",
    "Okay, fair nok. Hvad vil du så helst bruge de tyve minutter på?",
])
def test_questions_on_where_the_business_hurts_are_broad(text: str) -> None:
    assert _broad(text)


@pytest.mark.parametrize("text", [
    "Hvordan går det?",  # small talk
    "Hvor længe har firmaet egentlig ligget her i Silkeborg?",  # closed, a fact
    "Hvad er du mest bekymret for ved at tage hende?",  # a concern about the candidate
    "Hvad er det sværeste ved at have en i praktik?",  # about the deal
    "Det er svært for mange butikker lige nu.",  # no question
])
def test_small_talk_facts_and_the_deal_are_not(text: str) -> None:
    assert not _broad(text)


def _meeting(library: ContentLibrary) -> Meeting:
    scenario = library.scenarios["dagligvare-angst"]
    return Meeting(scenario, library.personas[scenario.company.persona], seed=1)


def _revealed(rec: dict) -> list[str]:
    return [e["id"] for e in rec["events"] if e["type"] == "need_revealed"]


def test_a_broad_question_is_answered_with_what_weighs_most(
    bundled_library: ContentLibrary,
) -> None:
    m = _meeting(bundled_library)
    m.take_turn(HELLO)
    first = m.take_turn("Hvad er det sværeste ved at drive butikken lige nu?")
    then = m.take_turn("Og hvad er det så, der ellers tager tiden?")
    order = [n.id for n in bundled_library.scenarios["dagligvare-angst"].needs]
    # the file's order is the employer's: the first untold need whose rule the question meets
    assert _revealed(first) == [order[0]] and _revealed(then) == [order[1]]
    event = next(e for e in first["events"] if e["type"] == "need_revealed")
    assert event["broad"] and event["words"].startswith("Hvad er det sværeste")


def test_a_broad_question_tells_no_need_whose_rule_asks_for_another_kind(
    bundled_library: ContentLibrary,
) -> None:
    m = _meeting(bundled_library)
    m.take_turn(HELLO)
    for _ in range(6):
        rec = m.take_turn("Hvad er det sværeste ved at drive butikken lige nu?")
    # food waste is told to implication and need-payoff questions only, never to this one
    assert not m.state.needs["food_waste"].revealed
    assert rec["replies"]


def test_an_implication_question_asks_of_what_was_told_not_for_a_new_need(
    bundled_library: ContentLibrary,
) -> None:
    m = _meeting(bundled_library)
    m.take_turn(HELLO)
    m.take_turn("Hvad er det sværeste ved at drive butikken lige nu?")
    rec = m.take_turn("Hvordan kan du mærke det på bundlinjen?")
    assert _revealed(rec) == []


def test_a_follow_up_on_a_need_just_told_gets_the_need_in_its_own_words(
    bundled_library: ContentLibrary,
) -> None:
    m = _meeting(bundled_library)
    m.take_turn(HELLO)
    told = m.take_turn("Hvordan ser en helt almindelig morgen ud hos jer?")
    assert _revealed(told) == ["morning_restock"]
    rec = m.take_turn("Og hvem tager det så i dag?")
    unmet = bundled_library.scenarios["dagligvare-angst"].needs[1].unmet
    assert unmet and unmet in rec["replies"][0]["text"]


def test_a_need_payoff_question_on_a_need_told_gets_what_solving_it_would_mean(
    bundled_library: ContentLibrary,
) -> None:
    m = _meeting(bundled_library)
    m.take_turn(HELLO)
    m.take_turn("Hvordan ser en helt almindelig morgen ud hos jer?")
    rec = m.take_turn("Hvad ville det betyde for jer, hvis hylderne var fyldt ved åbning?")
    need = next(n for n in bundled_library.scenarios["dagligvare-angst"].needs
                if n.id == "morning_restock")
    assert need.gain and f"at {need.gain}" in rec["replies"][0]["text"]


def test_what_a_need_costs_follows_a_colon_not_at() -> None:
    # `unmet` keeps main-clause word order ("sander stadig til"): after "at" it would read wrong
    from sim.engine.lines import DEFAULT_LINES
    for key in ("implication", "need_payoff", "told_need"):
        for line in DEFAULT_LINES[key]["da"]:
            assert "at {unmet}" not in line, line


def test_a_yes_no_need_payoff_question_gets_a_yes_and_why_once(
    bundled_library: ContentLibrary,
) -> None:
    m = _meeting(bundled_library)
    m.take_turn(HELLO)
    m.take_turn("Hvordan ser en helt almindelig morgen ud hos jer?")
    rec = m.take_turn("Hvis der var én, der fyldte op før åbning, ville det så gøre en forskel?")
    text = rec["replies"][0]["text"]
    assert text.startswith("Ja") and "ville det betyde, at" in text.lower()
    assert any(s["spin"] == "need_payoff" for s in rec["sentences"])
    again = m.take_turn("Hvornår ville det gøre mest forskel?")
    assert "ville det betyde" not in again["replies"][0]["text"].lower()  # not the same again

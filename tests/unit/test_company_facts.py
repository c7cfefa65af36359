"""The employer answers questions on the company itself with its facts (Company.facts), or with
its number of staff, once each - not with a need said again."""

from __future__ import annotations

import pytest

from sim.content.library import ContentLibrary
from sim.content.models import Scenario
from sim.engine.meeting import Meeting
from sim.reading.turn import TurnReader

OPEN = ["Goddag Mette, jeg hedder Lene og er fra jobcentret. Tak fordi jeg måtte komme.",
        "Hvad er det, der fylder mest i hverdagen herinde?"]


def _meeting(lib: ContentLibrary, sid: str, scenario: Scenario | None = None) -> Meeting:
    s = scenario or lib.scenarios[sid]
    return Meeting(s, lib.personas[s.company.persona], seed=1)


def _employer(rec: dict) -> str:
    return " ".join(r["text"] for r in rec["replies"] if r["speaker"] == "employer")


@pytest.mark.parametrize("text, asks", [
    ("Hvor mange er I egentlig ansat, og hvordan er det fordelt?", True),
    ("Hvor mange medarbejdere har I?", True),
    ("Hvor mange er I i alt?", True),
    ("How many employees do you have?", True),
    ("Hvor mange er I om morgenen?", False),  # a shift, not the staff
    ("Hvor mange er I på lageret?", False),
    ("Hvor mange timer går der med det?", False),
    ("Vi er mange, der har det sådan.", False),  # no question
])
def test_a_question_on_how_many_they_are_is_read(bundled_library, text: str, asks: bool) -> None:
    s = bundled_library.scenarios["dagligvare-angst"]
    assert TurnReader(s).read(text).asks_headcount is asks


def test_the_staff_is_told_once_from_the_scenarios_fact(bundled_library) -> None:
    m = _meeting(bundled_library, "dagligvare-angst")
    for line in OPEN:
        m.take_turn(line)
    rec = m.take_turn("Hvor mange er I egentlig ansat? Er det mest unge på deltid?")
    said = _employer(rec)
    fact = m.scenario.company.facts[0]
    assert "headcount" in fact.about and said in fact.lines
    again = _employer(m.take_turn("Og hvor mange medarbejdere har I så i alt?"))
    assert again not in fact.lines  # told once; then no fact again word for word


def test_without_a_fact_the_number_of_staff_answers(bundled_library) -> None:
    s = bundled_library.scenarios["dagligvare-angst"]
    bare = s.model_copy(update={"company": s.company.model_copy(update={"facts": []})})
    m = _meeting(bundled_library, "dagligvare-angst", bare)
    for line in OPEN:
        m.take_turn(line)
    said = _employer(m.take_turn("Hvor mange ansatte har I?"))
    assert str(s.company.employees) in said


def test_a_fact_answers_a_question_on_its_topic(bundled_library) -> None:
    m = _meeting(bundled_library, "dagligvare-angst")
    for line in OPEN:
        m.take_turn(line)
    said = _employer(m.take_turn("Har I søndagsåbent?"))
    fact = next(f for f in m.scenario.company.facts if "opening_hours" in f.about)
    assert said in fact.lines


def test_a_fact_about_an_unknown_topic_is_a_content_error(tmp_path) -> None:
    from sim.content.checks import check_scenario_document
    from sim.content.yamlsource import parse_yaml

    text = "id: x\ntopics:\n  a: {label: A, phrases: {da: [a]}}\ncompany:\n  facts:\n" \
           "    - about: [staf]\n      lines: [Vi er 12.]\n"
    problems = check_scenario_document(parse_yaml(text, tmp_path / "x.scenario.yaml"))
    assert any("unknown topic or question 'staf'" in p.message and p.line == 6
               for p in problems), [p.format() for p in problems]

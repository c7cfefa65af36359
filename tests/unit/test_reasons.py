"""The employer voices every judge reason in its own words, never the assessor's wording."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from pydantic import ValidationError

from sim.agreement import Terms
from sim.content.library import ContentLibrary
from sim.content.models import Persona
from sim.engine.lines import DEFAULT_REASON_LINES, SUPPORT_SAID
from sim.engine.meeting import Meeting
from sim.judge import judge_company
from sim.vocab import REASON_KEYS, SUPPORT_NAMES

ASSESSOR_WORDS = ("virksomhedens egentlige behov", "virksomheden vil ikke uden",
                  "der er ikke sagt hvilken ordning", "the company's real needs")


def _variants(base: Terms) -> list[Terms]:
    return [
        base,
        replace(base, scheme=None),
        replace(base, scheme="loentilskud"),
        replace(base, hours_per_week=None),
        replace(base, hours_per_week=1),
        replace(base, hours_per_week=60),
        replace(base, tasks=()),
        replace(base, support=()),
        replace(base, weeks=200),
    ]


def test_every_reason_the_company_judge_gives_has_a_voice(bundled_library: ContentLibrary) -> None:
    seen: set[str] = set()
    for scenario in bundled_library.scenarios.values():
        base = Terms(scheme=scenario.agreement.company.schemes[0], hours_per_week=10, weeks=8,
                     tasks=(next(iter(scenario.agreement.tasks)),))
        for terms in _variants(base):
            seen |= {r.code.partition(":")[0] for r in judge_company(scenario, terms).failures}
    assert seen and seen <= set(REASON_KEYS)
    assert {"scheme_missing", "hours_missing", "tasks_missing", "hours_too_few"} <= seen


@pytest.mark.parametrize("key", sorted(REASON_KEYS))
def test_the_engines_own_reason_lines_use_only_their_placeholders(key: str) -> None:
    allowed = set(REASON_KEYS[key]) | {"citizen", "company", "employer", "consultant"}
    for lang in ("da", "en"):
        for line in DEFAULT_REASON_LINES[key][lang]:
            assert set(re.findall(r"\{(\w+)\}", line)) <= allowed


def test_every_support_has_a_said_form() -> None:
    assert set(SUPPORT_SAID) == set(SUPPORT_NAMES)


def test_a_reason_line_with_an_unknown_placeholder_is_refused() -> None:
    with pytest.raises(ValidationError, match=r"unknown placeholder \{need\}"):
        Persona(id="p", name="P", role="r", company="c",
                lines={"greeting": ["Hej"], "other": ["Nå"], "walkout": ["Farvel"]},
                reasons={"hours_missing": ["du glemte {need}"]})


def test_a_counter_names_the_unmet_need_and_offers_a_task(bundled_library: ContentLibrary) -> None:
    scenario = bundled_library.scenarios["el-installatoer-praktik"]
    m = Meeting(scenario, bundled_library.personas[scenario.company.persona])
    lines = ["Goddag Lotte, jeg hedder Lone og er fra jobcentret.",
             "Jeg vil gerne høre om jeres hverdag først. Er det ok?",
             "Hvad med en virksomhedspraktik i 8 uger på 12 timer om ugen, hvor hun rydder op på "
             "byggepladserne? Jeg ringer efter to uger.",
             "Det forstår jeg godt. Jobcentret betaler en mentor, så en af dine folk får tid til "
             "at lære hende op, og jeg er fast kontaktperson."]
    for line in lines:
        rec = m.take_turn(line)
    verdicts = [e for e in rec["events"] if e["type"] == "terms_verdict"]
    assert verdicts and verdicts[0]["reaction"] == "counter"
    assert "needs_not_covered" in verdicts[0]["reasons"]
    said = " ".join(r["text"] for r in rec["replies"] if r["speaker"] == "employer")
    revealed = next(n for n in scenario.needs if m.state.needs[n.id].revealed)
    assert revealed.unmet and revealed.unmet in said  # the need told, in the company's words
    assert "Camilla" in said and "servicebilerne" in said  # a task that would meet it
    assert not any(w in said for w in ASSESSOR_WORDS)


def test_tasks_that_meet_some_need_are_granted_before_the_need_left_is_named(
    bundled_library,
) -> None:
    from sim.agreement import Terms
    from sim.engine.employer import EmployerAgent
    from sim.engine.lines import LinePicker
    from sim.judge import Reason

    s = bundled_library.scenarios["el-installatoer-praktik"]
    agent = EmployerAgent(s, bundled_library.personas[s.company.persona], LinePicker(1, {}))
    reason = Reason("needs_not_covered", False, "", "")
    need = next(n for n in s.needs if n.id == "orders_declined")
    some = agent._said_reason(reason, Terms(tasks=("van_stocking",)), need)
    assert "timerne forsvinder" not in some and need.unmet in some, some


def test_the_need_asked_for_is_one_a_task_can_meet(bundled_library) -> None:
    from sim.agreement import Terms
    from sim.engine.employer import EmployerAgent
    from sim.engine.lines import LinePicker

    s = bundled_library.scenarios["el-installatoer-praktik"]
    agent = EmployerAgent(s, bundled_library.personas[s.company.persona], LinePicker(1, {}))
    coverable = {n for task in s.agreement.tasks.values() for n in task.covers}
    assert "orders_declined" not in coverable  # no task of its own
    need = agent._unmet_need(Terms(tasks=("van_stocking",)), None)
    assert need is not None and need.id in coverable, need


def test_a_counter_is_said_in_full_once_then_briefly_then_the_rest_is_said_yes_to(
    bundled_library: ContentLibrary,
) -> None:
    from sim.engine.employer import EmployerAgent
    from sim.engine.lines import LinePicker
    s = bundled_library.scenarios["el-installatoer-praktik"]
    agent = EmployerAgent(s, bundled_library.personas[s.company.persona], LinePicker(1, {}))
    st = Meeting(s, bundled_library.personas[s.company.persona]).state
    st.terms = Terms(scheme="virksomhedspraktik", hours_per_week=12, weeks=8,
                     tasks=("van_stocking",), support=tuple(s.agreement.company.requires_support))
    verdict = judge_company(s, st.terms)
    assert [f.code for f in verdict.failures] == ["needs_not_covered"]
    first = agent.verdict_line(verdict, 80, st)
    second = agent.verdict_line(verdict, 80, st)
    third = agent.verdict_line(verdict, 80, st)
    assert first[0] == second[0] == "counter" and third[0] == "accept"
    task = agent._alternative(agent._unmet_need(st.terms, st), st.terms)
    assert task and task in first[1] and task in second[1] and task in third[1].lower()
    assert len(second[1]) < len(first[1])  # the task again, not the reason and the task
    # with support still lacking besides, the third time names that instead of the task
    st2 = Meeting(s, bundled_library.personas[s.company.persona]).state
    st2.terms = replace(st.terms, support=())
    lacking = judge_company(s, st2.terms)
    assert len(lacking.failures) > 1  # the electrician's company wants a mentor
    for _ in range(2):
        agent.verdict_line(lacking, 80, st2)
    reaction, line = agent.verdict_line(lacking, 80, st2)
    assert reaction == "counter" and task not in line


def test_a_term_not_said_yet_is_said_plainly_not_countered(bundled_library) -> None:
    from sim.engine.employer import EmployerAgent
    from sim.engine.lines import LinePicker

    s = bundled_library.scenarios["dagligvare-angst"]
    persona = bundled_library.personas[s.company.persona]
    agent = EmployerAgent(s, persona, LinePicker(1, {}))
    st = Meeting(s, persona).state
    st.terms = Terms(scheme="virksomhedspraktik", hours_per_week=6)
    verdict = judge_company(s, st.terms)
    assert verdict.failures[0].code == "tasks_missing"
    reaction, line = agent.verdict_line(verdict, 80, st)
    frames = [x.split("{reason}")[0] for x in persona.lines["counter"] if x.split("{reason}")[0]]
    assert reaction == "counter" and line[:1].isupper() and line.endswith(".")
    assert not any(line.startswith(f) for f in frames), line  # no "Det er tæt på – …"


def test_the_person_the_employer_names_joins_the_terms(bundled_library) -> None:
    s = bundled_library.scenarios["dagligvare-angst"]
    m = Meeting(s, bundled_library.personas[s.company.persona], seed=1)
    for line in ["Goddag Mette, jeg hedder Lene og er fra jobcentret.",
                 "Hvordan ser det ud i pantrummet en travl formiddag?",
                 "Jeg har en kandidat, Sara, som har arbejdet i et flaskerum. Hun kunne tage "
                 "pantrummet tirsdag og torsdag fra 8 til 11 i en virksomhedspraktik."]:
        m.take_turn(line)
    if m.state.open_objections():
        m.take_turn("Det forstår jeg godt. Jobcentret betaler mentortimer, så den tid kommer "
                    "ikke fra dine folk.")
    assert not m.state.open_objections()
    rec = m.take_turn("Hvem kunne være hendes faste person herinde?")
    assert any(e["type"] == "contact_named" for e in rec["events"])
    assert "kontaktperson" in m.state.terms.support

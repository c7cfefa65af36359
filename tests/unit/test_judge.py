"""Each party's judgement of terms: the limits that make a tempting deal fail one of them."""

from __future__ import annotations

import pytest

from sim.agreement import Terms
from sim.judge import judge_all, judge_citizen, judge_company, judge_jobcentre

GOOD = Terms(
    scheme="virksomhedspraktik",
    hours_per_week=15,
    weeks=4,
    tasks=("returhaandtering",),
    support=("mentor",),
    follow_up="efter 2 uger",
    consent=True,
)


@pytest.fixture
def scenario(mini_library):
    return mini_library.scenarios["mini-lager"]


def codes(verdict) -> set[str]:
    return {r.code for r in verdict.failures}


def test_a_good_deal_serves_all_three(scenario) -> None:
    verdicts = judge_all(scenario, GOOD)
    assert all(v.served for v in verdicts.values()), {k: codes(v) for k, v in verdicts.items()}
    assert verdicts["company"].reaction == "accept"


def test_too_many_hours_fails_the_citizen_only(scenario) -> None:
    t = Terms(**{**GOOD.__dict__, "hours_per_week": 30})
    assert "hours_over_capacity" in codes(judge_citizen(scenario, t))
    assert judge_company(scenario, t).served


def test_trial_longer_than_the_rules_fails_the_jobcentre(scenario) -> None:
    t = Terms(**{**GOOD.__dict__, "weeks": 8})
    v = judge_jobcentre(scenario, t)
    assert "trial_too_long" in codes(v)
    assert "8 ugers praktik" in v.failures[0].da


def test_tasks_that_miss_the_needs_fail_the_company(scenario) -> None:
    t = Terms(**{**GOOD.__dict__, "tasks": ("paller",)})
    v = judge_company(scenario, t)
    assert "needs_not_covered" in codes(v)
    assert v.reaction == "counter"


def test_tasks_that_strain_restrictions_fail_the_citizen(scenario) -> None:
    t = Terms(**{**GOOD.__dict__, "tasks": ("returhaandtering", "paller")})
    assert "task_strains:paller" in codes(judge_citizen(scenario, t))


def test_scheme_the_company_cannot_use_is_refused(scenario) -> None:
    t = Terms(**{**GOOD.__dict__, "scheme": "fleksjob"})
    v = judge_company(scenario, t)
    assert v.reaction == "refuse"
    assert "scheme_unacceptable" in codes(v)
    jc = codes(judge_jobcentre(scenario, t))
    assert {"scheme_not_offered", "scheme_not_eligible", "fleksjob_not_assessed"} <= jc


def test_missing_support_makes_the_company_counter(scenario) -> None:
    t = Terms(**{**GOOD.__dict__, "support": ()})
    v = judge_company(scenario, t)
    assert "support_missing:mentor" in codes(v)
    assert v.reaction == "counter"


def test_follow_up_and_consent_are_required_by_the_jobcentre(scenario) -> None:
    t = Terms(**{**GOOD.__dict__, "follow_up": None, "consent": None})
    assert {"follow_up_missing", "consent_missing"} <= codes(judge_jobcentre(scenario, t))


def test_wage_subsidy_needs_net_growth(scenario) -> None:
    no_growth = scenario.model_copy(
        update={"company": scenario.company.model_copy(update={"net_growth_possible": False})}
    )
    t = Terms(**{**GOOD.__dict__, "scheme": "loentilskud", "weeks": 20})
    assert "no_net_growth" in codes(judge_jobcentre(no_growth, t))
    assert "no_net_growth" not in codes(judge_jobcentre(scenario, t))


def test_every_reason_is_in_both_languages(scenario) -> None:
    bad = Terms(scheme="fleksjob", hours_per_week=2, weeks=99, tasks=("paller",))
    for v in judge_all(scenario, bad).values():
        for r in v.reasons:
            assert r.da and r.en and r.text("da") == r.da and r.text("en") == r.en


def test_every_failing_reason_has_a_name_people_read(scenario) -> None:
    import re
    from pathlib import Path

    from sim.i18n import reason_name

    source = Path(__file__).resolve().parents[2].joinpath("sim", "judge.py").read_text()
    codes = set(re.findall(r'Reason\(\s*f?"([a-z_]+)', source))
    failing = {c for c in codes if not c.endswith("_ok") and c not in
               ("consent", "follow_up", "needs_covered")}
    for code in failing:
        for lang in ("da", "en"):
            assert reason_name(code, lang) != code, code
    assert reason_name("task_strains:checkout", "da") == "en opgave strider mod et skånehensyn"


def test_support_that_eases_a_restriction_lifts_the_tasks_strain_on_it(bundled_library) -> None:
    s = bundled_library.scenarios["staal-smed-fleksjob"]
    floor = Terms(scheme="fleksjob", hours_per_week=16, tasks=("grinding_large",))
    assert {"task_strains:grinding_large"} <= codes(judge_citizen(s, floor))
    # a table at the right height eases the bending, not the lifting
    table = Terms(scheme="fleksjob", hours_per_week=16, tasks=("grinding_large",),
                  support=("arbejdspladsindretning",))
    verdict = judge_citizen(s, table)
    assert "task_strains:grinding_large" in codes(verdict)
    assert "strain_eased:prolonged_bending" in {r.code for r in verdict.reasons if r.ok}
    # aids (a crane, a lifting trolley) ease both: the task is doable
    aids = Terms(scheme="fleksjob", hours_per_week=16, tasks=("grinding_large",),
                 support=("hjaelpemidler",))
    assert not {c for c in codes(judge_citizen(s, aids)) if c.startswith("task_strains")}


def test_a_need_felt_on_certain_days_is_met_only_on_them(bundled_library) -> None:
    from sim.judge import needs_covered

    s = bundled_library.scenarios["dagligvare-angst"]
    weekdays = Terms(tasks=("bottle_return",), days=("tue", "thu"))
    saturday = Terms(tasks=("bottle_return",), days=("sat",))
    unsaid = Terms(tasks=("bottle_return",))
    assert "weekend_peaks" not in needs_covered(s, weekdays)
    assert "bottle_return_pileup" in needs_covered(s, weekdays)  # pant piles up every day
    assert "weekend_peaks" in needs_covered(s, saturday)
    assert "weekend_peaks" in needs_covered(s, unsaid)  # no days said yet: not held against it


def test_the_card_says_apart_a_need_met_that_never_came_up(scenario) -> None:
    """The tasks meet a need the trainee never uncovered: the company's verdict says so, so the
    card credits the deal, not a discovery."""
    from scoring.score import party_verdicts
    from sim.judge import needs_covered

    covered = sorted(needs_covered(scenario, GOOD))
    assert covered
    titles = {n.id: n.title for n in scenario.needs}
    found = party_verdicts(scenario, GOOD, True, revealed=set(covered))["company"]["reasons"]
    unseen = party_verdicts(scenario, GOOD, True, revealed=set())["company"]["reasons"]
    said = next(r["da"] for r in found if r["code"] == "needs_covered")
    assert "kom frem" not in said
    said = next(r["da"] for r in unseen if r["code"] == "needs_covered")
    assert said.startswith("opgaverne dækker, uden at det kom frem i mødet: ")
    assert all(titles[n] in said for n in covered)

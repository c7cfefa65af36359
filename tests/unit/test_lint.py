"""Whole-scenario lints (sim.content.lint): one fixture per lint, good fixture, bundled content."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from sim.agreement import Terms
from sim.content import lint
from sim.content.library import ContentLibrary, bundled_content_paths
from sim.content.lint import (
    LINT_CODES,
    LintProblem,
    LintReport,
    deal_space,
    lint_library,
    lint_scenario,
    reachable_states,
)
from sim.judge import judge_all

DATA = Path(__file__).resolve().parent.parent / "data"
GOOD = DATA / "good"
LINT = DATA / "lint"

# fixture file -> the lint codes it must produce, and nothing else
EXPECTED: dict[str, set[str]] = {
    "unreachable_state.scenario.yaml": {"unreachable-state"},
    "no_way_to_agreement.scenario.yaml": {"no-way-to-agreement"},
    "impossible_transition.scenario.yaml": {"impossible-transition"},
    "dead_phrase.scenario.yaml": {"dead-phrase"},
    "topic_unmatchable.scenario.yaml": {"topic-unmatchable", "dead-phrase"},
    "need_unrevealable.scenario.yaml": {"need-unrevealable"},
    "need_trust_high.scenario.yaml": {"need-trust-high"},
    "spin_ignored.scenario.yaml": {"spin-ignored"},
    "tier_ignores.scenario.yaml": {"tier-ignores"},
    "answer_not_offered.scenario.yaml": {"answer-not-offered"},
    "objection_unhandleable.scenario.yaml": {"objection-unhandleable"},
    "trigger_never_fires.scenario.yaml": {"trigger-never-fires"},
    "objection_never_raised.scenario.yaml": {"objection-never-raised", "trigger-never-fires"},
    "topic_overlap.scenario.yaml": {"topic-overlap"},
    "phrase_collision.scenario.yaml": {"phrase-collision"},
    "phrase_too_common.scenario.yaml": {"phrase-too-common"},
    "phrase_is_a_name.scenario.yaml": {"phrase-is-a-name"},
    "persona_missing_lines.persona.yaml": {"persona-missing-lines"},
    "citizen_missing_lines.scenario.yaml": {"citizen-missing-lines"},
    "citizen_never_joins.scenario.yaml": {"citizen-never-joins", "unreachable-state"},
    "no_deal_possible.scenario.yaml": {"no-deal-possible"},
    "nothing_to_negotiate.scenario.yaml": {"nothing-to-negotiate"},
}


@pytest.fixture(scope="module")
def library() -> ContentLibrary:
    return ContentLibrary.load([LINT, GOOD], strict=False)


@pytest.fixture(scope="module")
def report(library: ContentLibrary) -> LintReport:
    return lint_library(library)


def codes_in(report: LintReport, name: str) -> set[str]:
    return {p.code for p in report.problems if p.path.name == name}


def line_of(path: Path, text: str) -> int:
    """1-based line of the first line containing text."""
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if text in line:
            return n
    raise AssertionError(f"{text!r} not in {path}")


def test_every_fixture_loads_without_content_errors(library: ContentLibrary) -> None:
    assert library.errors == []
    assert {p.name for p in LINT.iterdir()} == set(EXPECTED)
    assert len(library.scenarios) + len(library.personas) == len(EXPECTED) + 2


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_gives_its_lint(report: LintReport, name: str) -> None:
    assert codes_in(report, name) == EXPECTED[name]


def test_every_lint_has_a_fixture() -> None:
    covered = set().union(*EXPECTED.values()) | {"dead-end-state"}  # see the monkeypatch test
    assert covered == set(LINT_CODES)


def test_severity_and_location(report: LintReport) -> None:
    for p in report.problems:
        assert p.severity == LINT_CODES[p.code][0]
        assert p.line is not None and p.key, p
        assert p.format().endswith(f" [{p.code}]")
        assert p.to_json()["code"] == p.code and p.to_json()["severity"] == p.severity


def test_good_fixture_lints_clean(report: LintReport) -> None:
    assert [p for p in report.problems if p.path.parent == GOOD] == []


def test_example_deal_serves_all_three(library: ContentLibrary, report: LintReport) -> None:
    (info,) = [i for i in report.info if i.scenario == "mini-lager"]
    assert info.code == "example-deal" and info.key == "agreement"
    assert info.line == line_of(GOOD / "mini-lager.scenario.yaml", "agreement:")
    terms = Terms.from_dict(info.to_json()["deal"])
    verdicts = judge_all(library.scenarios["mini-lager"], terms)
    assert all(v.served for v in verdicts.values())
    assert "virksomhedspraktik" in info.message


def test_lines_point_at_the_offending_key(report: LintReport) -> None:
    def where(name: str, code: str) -> list[int | None]:
        return [p.line for p in report.problems if p.path.name == name and p.code == code]

    assert where("unreachable_state.scenario.yaml", "unreachable-state") == [
        line_of(LINT / "unreachable_state.scenario.yaml", "- name: eskalering")
    ]
    assert where("dead_phrase.scenario.yaml", "dead-phrase") == [
        line_of(LINT / "dead_phrase.scenario.yaml", '"det er der"')
    ]
    assert where("need_trust_high.scenario.yaml", "need-trust-high") == [
        line_of(LINT / "need_trust_high.scenario.yaml", "min_trust: 100")
    ]
    assert where("answer_not_offered.scenario.yaml", "answer-not-offered") == [
        line_of(LINT / "answer_not_offered.scenario.yaml", "fleksjob]")
    ]


def test_messages_name_what_is_wrong(report: LintReport) -> None:
    def message(name: str, code: str) -> str:
        (p,) = [p for p in report.problems if p.path.name == name and p.code == code]
        return p.message

    overlap = message("topic_overlap.scenario.yaml", "topic-overlap")
    assert "'loen' and 'pris'" in overlap and "'lønnen', 'løn'" in overlap
    no_deal = message("no_deal_possible.scenario.yaml", "no-deal-possible")
    assert no_deal.startswith("no deal can serve all three parties")
    assert "net growth" in no_deal
    lines = message("persona_missing_lines.persona.yaml", "persona-missing-lines")
    assert "falls back" in lines and "accept" in lines and "says nothing" in lines
    cascade = [
        p.message for p in report.problems if p.path.name == "need_unrevealable.scenario.yaml"
    ]
    assert any("spin" in m for m in cascade) and any("must come after" in m for m in cascade)


def test_collision_messages_name_the_words_hit(report: LintReport) -> None:
    def message(name: str, code: str) -> str:
        (p,) = [p for p in report.problems if p.path.name == name and p.code == code]
        return p.message

    collision = message("phrase_collision.scenario.yaml", "phrase-collision")
    assert "'baler'" in collision and "'ballet'" in collision and "'balls'" in collision
    assert "'ikke'" in message("phrase_too_common.scenario.yaml", "phrase-too-common")
    assert "'saras'" in message("phrase_is_a_name.scenario.yaml", "phrase-is-a-name")
    problem = next(p for p in report.problems if p.code == "phrase-collision")
    assert problem.line == line_of(LINT / "phrase_collision.scenario.yaml", "baler]")


def test_dead_end_state(library: ContentLibrary, monkeypatch: pytest.MonkeyPatch) -> None:
    """Extra states get walk_out and end_meeting from the engine; without them, 'pause' in the
    fixture could not be left."""
    monkeypatch.setattr(lint, "with_extra_sources", lambda table, extra: list(table))
    scenario = library.scenarios["lint-no-way-to-agreement"]
    found = lint_scenario(scenario, None, None, Path("x.scenario.yaml"))
    assert [p.code for p in found.problems if p.is_error] == ["dead-end-state"]


def test_reachable_states(library: ContentLibrary) -> None:
    assert "pause" in reachable_states(library.scenarios["lint-no-way-to-agreement"])
    assert "eskalering" not in reachable_states(library.scenarios["lint-unreachable-state"])


def test_lints_are_deterministic(library: ContentLibrary, report: LintReport) -> None:
    again = lint_library(library)
    assert [p.format() for p in again.problems] == [p.format() for p in report.problems]
    assert [i.to_json() for i in again.info] == [i.to_json() for i in report.info]


def test_only_included_files_are_linted(library: ContentLibrary) -> None:
    only = lint_library(library, include=lambda path: path.parent == GOOD)
    assert only.problems == [] and [i.scenario for i in only.info] == ["mini-lager"]


def test_bundled_content_lints_clean_of_errors() -> None:
    library = ContentLibrary.load(bundled_content_paths())
    found = lint_library(library)
    warnings = [p for p in found.problems if not p.is_error]
    for p in warnings:  # allowed, but shown (pytest -rP, or on failure)
        print(p.format())
    assert [p.format() for p in found.problems if p.is_error] == []
    assert isinstance(found.problems, list) and all(
        isinstance(p, LintProblem) for p in found.problems
    )
    assert {i.scenario for i in found.info} == set(library.scenarios)


def test_deal_space_is_fast_and_bounded() -> None:
    library = ContentLibrary.load(bundled_content_paths())
    for scenario in library.scenarios.values():
        start = time.perf_counter()
        space = deal_space(scenario)
        assert time.perf_counter() - start < 1.0, scenario.id
        assert 0 < space.serving < space.tried <= lint.MAX_DEALS


def test_many_tasks_are_sampled_deterministically(library: ContentLibrary) -> None:
    scenario = library.scenarios["mini-lager"]
    base = scenario.agreement.tasks["returhaandtering"]
    tasks = {f"t{i:02d}": base for i in range(14)}
    big = scenario.model_copy(
        update={"agreement": scenario.agreement.model_copy(update={"tasks": tasks})}
    )
    subsets = lint._task_subsets(big)
    assert subsets == lint._task_subsets(big)
    assert len(subsets) <= 14 + 91 + 2 + lint.MAX_TASK_SAMPLE
    start = time.perf_counter()
    assert deal_space(big).serving > 0
    assert time.perf_counter() - start < 1.0

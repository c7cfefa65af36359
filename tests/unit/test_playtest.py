"""The play format and runner (sim.playtest, sim.content.play_models) on tests/data/plays/."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from pydantic import ValidationError

from scoring.card import COMPETENCES
from sim.agreement import Terms
from sim.content.library import ContentLibrary
from sim.content.play_models import EVENT_TYPES, Bounds, Competence, EventMatch, Play
from sim.playtest import (
    Failure,
    event_matches,
    find_plays,
    format_results,
    load_play,
    load_plays,
    run_play,
    run_plays,
    to_terms,
)

DATA = Path(__file__).resolve().parent.parent / "data" / "plays"
GOOD = DATA / "good" / "mini-lager.deal.play.yaml"
WRONG = DATA / "failing" / "mini-lager.wrong.play.yaml"
TOO_LONG = DATA / "failing" / "mini-lager.too-long.play.yaml"
BAD = DATA / "bad"
ENGINE = Path(__file__).resolve().parent.parent.parent / "sim" / "engine"


def problems_of(path: Path, library: ContentLibrary) -> list[str]:
    loaded = load_play(path, library)
    assert loaded.play is None
    return [p.format() for p in loaded.problems]


# --------------------------------------------------------------------------- running


def test_good_play_passes(mini_library: ContentLibrary) -> None:
    loaded = load_play(GOOD, mini_library)
    assert loaded.problems == []
    assert loaded.play is not None and loaded.play.id == "mini-lager/deal"
    result = run_play(loaded.play, mini_library, GOOD, loaded.document)
    assert result.failures == []
    assert result.passed and result.outcome == "agreement"
    assert result.line() == f"✓ mini-lager/deal: {result.score}/100, agreement"
    assert result.card.all_parties_served
    # the structured terms of turn 4 went in through the form path
    assert result.transcript["turns"][3]["form_terms"]["tasks"] == ["returhaandtering"]


def test_failing_expectations_name_the_turn_key_expected_and_got(
    mini_library: ContentLibrary,
) -> None:
    loaded = load_play(WRONG, mini_library)
    assert loaded.play is not None
    result = run_play(loaded.play, mini_library, WRONG, loaded.document)
    assert not result.passed
    turn, end = result.failures
    assert (turn.turn, turn.key, turn.expected, turn.got) == (
        2,
        "needs_revealed",
        "returvarer, morgenpluk",
        "[returvarer]",
    )
    assert turn.line == 10  # the line of the expectation in the play file
    assert turn.reply.startswith("Returvarerne hober sig op")
    assert turn.format("mini-lager/wrong") == (
        "mini-lager/wrong: turn 2: needs_revealed: expected returvarer, morgenpluk, "
        f'got [returvarer] (reply: "{turn.reply}")'
    )
    assert (end.turn, end.key, end.expected, end.line) == (None, "score", "≥ 95", 15)
    assert end.message() == f"end: score: expected ≥ 95, got {result.score}"
    assert result.line().startswith("✗ mini-lager/wrong: ")


def test_turns_after_the_meeting_ended_fail_at_the_first_of_them(
    mini_library: ContentLibrary,
) -> None:
    loaded = load_play(TOO_LONG, mini_library)
    assert loaded.play is not None
    result = run_play(loaded.play, mini_library)
    assert [(f.turn, f.key) for f in result.failures] == [(5, "turns")]
    assert result.failures[0].got == "agreement after turn 4 (2 turns not played)"


def test_runs_are_deterministic(mini_library: ContentLibrary) -> None:
    loaded = load_play(WRONG, mini_library)
    assert loaded.play is not None
    a = run_play(loaded.play, mini_library)
    b = run_play(loaded.play, mini_library)
    assert a.transcript == b.transcript
    assert a.failures == b.failures
    assert a.card.to_dict() == b.card.to_dict()


def test_a_play_built_in_code_runs(mini_library: ContentLibrary) -> None:
    play = Play.model_validate(
        {
            "scenario": "mini-lager",
            "name": "code",
            "description": "built in a test",
            "turns": [
                {"say": "Hvordan håndterer I returvarerne i dag?"},
                {"end": True, "expect": {"phase": "no_deal", "events": ["ended"]}},
            ],
            "expect": {
                "needs_revealed": ["returvarer"],
                "needs_not_revealed": ["morgenpluk"],
                "objections_open": [],
                "all_parties_served": False,
                "parties": {"company": False},
                "score": {"max": 60},
            },
        }
    )
    result = run_play(play, mini_library)
    assert result.failures == []
    assert result.outcome == "no_deal"


def test_turn_expectations_of_every_kind_report_what_happened(
    mini_library: ContentLibrary,
) -> None:
    play = Play.model_validate(
        {
            "scenario": "mini-lager",
            "name": "all-wrong",
            "description": "every turn expectation fails",
            "turns": [
                {
                    "say": "Hvordan håndterer I returvarerne i dag?",
                    "expect": {
                        "phase": ["closing", "agreement"],
                        "needs_revealed": "all",
                        "needs_not_revealed": ["returvarer"],
                        "objections_open": ["for_dyrt"],
                        "objections_raised": ["ingen_tid"],
                        "objections_handled": ["for_dyrt"],
                        "trust": {"max": 10},
                        "acts": ["pressure"],
                        "events": [{"type": "need_revealed", "id": "morgenpluk"}],
                        "replies_from": ["citizen"],
                    },
                }
            ],
        }
    )
    result = run_play(play, mini_library)
    got = {f.key: (f.expected, f.got) for f in result.failures}
    assert got["phase"] == ("one of closing, agreement", "needs_discovery")
    assert got["needs_revealed"][0] == "all 2"
    assert got["needs_revealed"][1].endswith("(missing [morgenpluk])")
    assert got["needs_not_revealed"] == ("none of returvarer", "[returvarer]")
    assert got["objections_open"] == ("[for_dyrt]", "[]")
    assert got["objections_raised"] == ("[ingen_tid]", "[]")
    assert got["objections_handled"] == ("for_dyrt", "[]")
    assert got["trust"][0] == "≤ 10"
    assert got["acts"] == ("pressure", "[open_question]")
    assert got["events"][0] == "need_revealed {id: morgenpluk}"
    assert got["replies_from"] == ("[citizen]", "[employer]")
    assert all(f.turn == 1 and f.reply for f in result.failures)


def test_end_expectations_on_parties_terms_and_competences(
    mini_library: ContentLibrary,
) -> None:
    play = Play.model_validate(
        {
            "scenario": "mini-lager",
            "name": "end-wrong",
            "description": "every end expectation fails",
            "turns": [{"say": "Hvordan håndterer I returvarerne i dag?"}],
            "expect": {
                "phase": "agreement",
                "all_parties_served": True,
                "parties": {"citizen": True},
                "competences": {"negotiation": {"min": 90}},
                "terms": {"scheme": "virksomhedspraktik", "tasks": ["returhaandtering"]},
                "events": ["walkout"],
                "objections_raised": ["for_dyrt"],
            },
        }
    )
    result = run_play(play, mini_library)
    got = {f.key: (f.expected, f.got) for f in result.failures}
    assert got["phase"] == ("agreement", "no_deal")
    assert got["all_parties_served"][0] == "true"
    assert got["all_parties_served"][1].startswith("false (company: ")
    assert got["parties.citizen"][1].startswith("false (citizen: ")
    assert got["competences.negotiation"][0] == "≥ 90"
    assert got["terms.scheme"] == ("virksomhedspraktik", "nothing")
    assert got["terms.tasks"] == ("returhaandtering", "[]")
    assert got["events"] == ("walkout", "[need_revealed, ended]")
    assert got["objections_raised"] == ("[for_dyrt]", "[]")
    assert all(f.turn is None for f in result.failures)


def test_run_plays_and_format_results(mini_library: ContentLibrary) -> None:
    results, problems = run_plays([DATA / "good", DATA / "failing"], mini_library)
    assert problems == []
    assert [r.id for r in results] == ["mini-lager/deal", "mini-lager/too-long", "mini-lager/wrong"]
    text = format_results(results)
    lines = text.splitlines()
    assert lines[0].startswith("✓ mini-lager/deal: ")
    assert lines[1].startswith("✗ mini-lager/too-long: ")
    assert lines[2] == "    mini-lager/too-long: " + results[1].failures[0].message()
    assert lines[-1] == "3 plays: 1 passed, 2 failed"
    assert results[2].to_json()["failures"][0]["line"] == 10


# --------------------------------------------------------------------------- bad play files


def test_bad_yaml_is_a_problem_with_a_line(mini_library: ContentLibrary) -> None:
    (problem,) = problems_of(BAD / "syntax_error.play.yaml", mini_library)
    assert re.match(
        rf"^{re.escape(str(BAD / 'syntax_error.play.yaml'))}:\d+: invalid YAML", problem
    )


def test_unknown_key_is_reported_with_a_suggestion(mini_library: ContentLibrary) -> None:
    assert problems_of(BAD / "unknown_key.play.yaml", mini_library) == [
        f"{BAD / 'unknown_key.play.yaml'}:7: turns[0].expect.needs_revaeled: "
        "unknown key 'needs_revaeled' (did you mean 'needs_revealed'?)"
    ]


def test_unknown_scenario_is_reported(mini_library: ContentLibrary) -> None:
    assert problems_of(BAD / "unknown_scenario.play.yaml", mini_library) == [
        f"{BAD / 'unknown_scenario.play.yaml'}:2: scenario: unknown scenario 'mini-lagr' "
        "(did you mean 'mini-lager'?)"
    ]


def test_unknown_ids_are_all_reported_with_lines(mini_library: ContentLibrary) -> None:
    path = BAD / "unknown_ids.play.yaml"
    assert problems_of(path, mini_library) == [
        f"{path}:8: turns[0].expect.needs_revealed[0]: scenario 'mini-lager' has no need "
        "'returvare' (did you mean 'returvarer'?)",
        f"{path}:8: turns[0].expect.phase: scenario 'mini-lager' has no phase 'discovery' "
        "(did you mean 'needs_discovery'?)",
        f"{path}:10: turns[1].terms.tasks[1]: scenario 'mini-lager' has no task 'truckkoersel' "
        "(known: returhaandtering, paller)",
        f"{path}:11: turns[1].expect.objections_raised[0]: scenario 'mini-lager' has no "
        "objection 'for_dyr' (did you mean 'for_dyrt'?)",
        f"{path}:13: expect.needs_not_revealed[0]: scenario 'mini-lager' has no need 'morgen' "
        "(did you mean 'morgenpluk'?)",
        f"{path}:14: expect.competences.empathy: unknown key 'empathy' (allowed: "
        "meeting_leadership, needs_discovery, handling_resistance, business_understanding, "
        "negotiation)",
    ]


def test_every_problem_in_a_file_is_reported_at_once(mini_library: ContentLibrary) -> None:
    path = BAD / "wrong_types.play.yaml"
    problems = problems_of(path, mini_library)
    keys = [p.split(": ")[1] for p in problems]
    assert keys == [
        "seed",
        "turns[0]",
        "turns[1].to",
        "turns[1].expect.trust",
        "turns[1].expect.events[0]",
        "turns[2].terms.days[0]",
        "turns[2].terms.hours_per_week",
        "expect.score.min",
        "expect.all_parties_served",
    ]
    assert (
        f"{path}:7: turns[0]: 'say' and 'end' cannot be in one turn: give the end its own turn"
        in problems
    )
    assert any(
        "'objection_rased' is not allowed (did you mean 'objection_raised'?)" in p for p in problems
    )
    assert any("'monday' is not allowed (did you mean 'mon'?)" in p for p in problems)


def test_a_turn_after_the_end_is_a_problem(mini_library: ContentLibrary) -> None:
    path = BAD / "after_end.play.yaml"
    assert problems_of(path, mini_library) == [
        f"{path}:8: turns[2]: comes after the meeting is ended (turns[1], line 7): it would "
        "never be played"
    ]


def test_no_file_in_bad_loads(mini_library: ContentLibrary) -> None:
    loaded, problems = load_plays([BAD], mini_library)
    assert len(loaded) == len(list(BAD.iterdir()))
    assert all(lp.play is None for lp in loaded)
    assert {p.path for p in problems} == set(BAD.iterdir())


def test_duplicate_play_names_are_reported_in_each_file(
    mini_library: ContentLibrary, tmp_path: Path
) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        shutil.copy(GOOD, tmp_path / folder / GOOD.name)
    loaded, problems = load_plays([tmp_path], mini_library)
    assert all(lp.play is None for lp in loaded)
    assert [p.format() for p in problems] == [
        f"{tmp_path / 'a' / GOOD.name}:4: name: play 'deal' of 'mini-lager' is also defined in "
        f"{tmp_path / 'b' / GOOD.name}:4",
        f"{tmp_path / 'b' / GOOD.name}:4: name: play 'deal' of 'mini-lager' is also defined in "
        f"{tmp_path / 'a' / GOOD.name}:4",
    ]


def test_find_plays(tmp_path: Path) -> None:
    (tmp_path / "x.play.yaml").write_text("scenario: x\n", encoding="utf-8")
    (tmp_path / "y.play.yml").write_text("scenario: y\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "z.play.yaml").write_text("", encoding="utf-8")
    files, problems = find_plays(
        [tmp_path, tmp_path / "x.play.yaml", tmp_path / "notes.txt", tmp_path / "nope"]
    )
    assert files == [tmp_path / "x.play.yaml"]
    assert [(p.path.name, p.severity, p.message) for p in problems] == [
        ("y.play.yml", "warning", "ignored: rename it to end in .play.yaml"),
        ("notes.txt", "error", "not a play file: the name must end in .play.yaml"),
        ("nope", "error", "no such file or folder"),
    ]


# --------------------------------------------------------------------------- the format


def test_bounds() -> None:
    assert Bounds(min=75).describe() == "≥ 75" and Bounds(min=75).holds(75)
    assert Bounds(max=40).describe() == "≤ 40" and not Bounds(max=40).holds(41)
    assert Bounds(min=40, max=74).describe() == "40–74"
    with pytest.raises(ValidationError):
        Bounds()
    with pytest.raises(ValidationError):
        Bounds(min=80, max=20)


def test_event_matching() -> None:
    verdict = {
        "type": "terms_verdict",
        "party": "company",
        "reaction": "counter",
        "reasons": ["needs_not_covered", "task_strains:packing"],
    }
    assert event_matches("terms_verdict", verdict)
    assert event_matches(EventMatch(type="terms_verdict", reaction="counter"), verdict)
    assert not event_matches(EventMatch(type="terms_verdict", reaction="accept"), verdict)
    assert event_matches(EventMatch(type="terms_verdict", reasons=["task_strains:"]), verdict)
    assert not event_matches(EventMatch(type="terms_verdict", reasons=["task_strains"]), verdict)
    assert not event_matches(EventMatch(type="citizen_objects"), verdict)


def test_structured_terms_become_engine_terms() -> None:
    play = Play.model_validate(
        {
            "scenario": "s",
            "name": "n",
            "description": "d",
            "turns": [
                {
                    "say": "x",
                    "terms": {
                        "scheme": "fleksjob",
                        "hours_per_week": 15,
                        "days": ["mon"],
                        "support": ["mentor"],
                    },
                }
            ],
        }
    )
    assert to_terms(play.turns[0].terms) == Terms(
        scheme="fleksjob", hours_per_week=15.0, days=("mon",), support=("mentor",)
    )
    assert to_terms(None) is None


def test_competence_names_match_scoring() -> None:
    assert set(Competence.__args__) == set(COMPETENCES)  # type: ignore[attr-defined]


def test_event_types_cover_every_event_the_engine_records() -> None:
    """A new event in the engine must be added to EVENT_TYPES, or plays cannot expect it."""
    source = "\n".join(p.read_text(encoding="utf-8") for p in ENGINE.rglob("*.py"))
    emitted = set(re.findall(r"\.event\(\s*\"([a-z_]+)\"", source))
    emitted |= set(re.findall(r"[\"']type[\"']:\s*\"([a-z_]+)\"", source))
    assert emitted, "no events found: has the engine changed how it records them?"
    assert emitted <= set(EVENT_TYPES), sorted(emitted - set(EVENT_TYPES))


def test_failure_without_reply() -> None:
    f = Failure(None, "trust", "≥ 50", "32")
    assert f.message() == "end: trust: expected ≥ 50, got 32"
    assert f.to_json()["turn"] is None

"""`brobygger eval` on the development sets: natural consultant Danish, read in context.

These are regression tests on the shared development samples (copied into tests/data/eval);
the issue's targets are for held-out sets of the same kind, measured with `--data`.
"""

from __future__ import annotations

import json

import pytest

from sim.cli import main
from sim.content.library import ContentLibrary, default_content_paths
from sim.evaluation import DEV_DATA, evaluate


@pytest.fixture(scope="module")
def library() -> ContentLibrary:
    return ContentLibrary.load(default_content_paths())


def test_no_penalty_in_the_natural_meetings_comes_from_a_misreading(library) -> None:
    res = evaluate(library, "natural")
    assert res.details["judged"] == 7
    assert res.wrong == []  # every penalty left is one the judging consultant agreed with


def test_pushy_natural_meetings_still_pay_for_pressure(library) -> None:
    from sim.evaluation import natural_meetings, penalties, play_lines

    for m in natural_meetings(DEV_DATA / "natural"):
        if m.style.startswith("pushy"):
            doc = play_lines(library, m.scenario, m.lines)
            assert penalties(doc), m.name
            assert doc["outcome"]["phase"] != "agreement", m.name


def test_proposal_terms_on_the_development_probes(library) -> None:
    assert evaluate(library, "terms").figure >= 0.95


def test_acts_in_context_and_single_sentences(library) -> None:
    assert evaluate(library, "acts").figure >= 0.9
    assert evaluate(library, "sentences").figure >= 0.95


def test_need_probes_reveal_nothing_on_negatives(library) -> None:
    res = evaluate(library, "needs")
    assert res.details["negatives"] > 0 and res.details["false_reveals"] == 0


def test_eval_command_prints_figures_and_checks(capsys) -> None:
    assert main(["eval", "terms", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out[0]["kind"] == "terms" and out[0]["figure"] >= 0.95
    assert main(["eval", "terms", "--data", "no/such/file.jsonl"]) == 2
    assert "no such file" in capsys.readouterr().err


def test_the_bundled_strong_and_pushy_plays_pass_as_whole_meetings(library) -> None:
    from pathlib import Path

    import yaml

    from sim.evaluation import eval_meetings

    plays = Path(__file__).resolve().parents[2] / "scenarios" / "plays"
    items = []
    for path in sorted(plays.glob("*.play.yaml")):
        play = yaml.safe_load(path.read_text(encoding="utf-8"))
        if play["name"] in ("strong", "pushy"):
            items.append({"id": path.stem, "scenario": play["scenario"], "style": play["name"],
                          "turns": [t["say"] for t in play["turns"]]})
    res = eval_meetings(library, items)
    assert res.details["strong"] == 4 and res.figure == 1.0, res.wrong


def test_blind_whole_meetings_never_reward_the_pushy_or_walk_out_at_good_trust(library) -> None:
    res = evaluate(library, "meetings")
    assert res.details["meetings"] >= 57  # sets A, B, C and D, written blind
    assert res.details["pushy_all_served"] == 0
    assert res.details["walkouts_at_good_trust"] == 0
    # the sets are development sets now (each measured untuned first: A 2/9, B 3/9, C 5/9,
    # D 1/6); the held-out figure is the one that counts, and this keeps what the dev sets reached
    assert res.details["strong_all_served"] >= 30, res.details["outcomes"]
    assert min(res.details["strong minus pushy"].values()) >= 40, res.details

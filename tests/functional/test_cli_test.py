"""`brobygger test`: output lines, exit codes 0/1/2, JSON, default discovery.

One test runs `python -m sim test` in a subprocess (a real process: exit code, encoding, no
traceback); the rest call `sim.cli.main` in-process, which is the same code and much faster.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from sim.cli import main

REPO = Path(__file__).resolve().parent.parent.parent
GOOD_CONTENT = Path("tests/data/good")
PLAYS = Path("tests/data/plays")
PLAY_LINE = re.compile(r"^[✓✗] [a-z0-9_-]+/[a-z0-9_-]+: \d+/100, (agreement|no_deal|walkout|\w+)$")
PROBLEM_LINE = re.compile(r"^(?P<path>[^:]+\.play\.yaml):(?P<line>\d+): (?P<rest>.+)$")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """`python -m sim test ARGS` in a subprocess, from the repository root."""
    env = {**os.environ, "PYTHONUTF8": "1", "BROBYGGER_CONTENT": ""}
    return subprocess.run(
        [sys.executable, "-m", "sim", "test", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def test_cmd(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Callable[..., Result]:
    """`brobygger test ARGS` in-process, from the repository root, with no extra content."""
    monkeypatch.chdir(REPO)
    monkeypatch.setenv("BROBYGGER_CONTENT", "")

    def call(*args: str) -> Result:
        code = main(["test", *args])
        out, err = capsys.readouterr()
        return Result(code, out, err)

    return call


def test_passing_play_exits_zero(test_cmd: Callable[..., Result]) -> None:
    result = test_cmd("--content", str(GOOD_CONTENT), str(PLAYS / "good"))
    assert result.returncode == 0, result.stdout + result.stderr
    first, summary = result.stdout.splitlines()
    assert PLAY_LINE.match(first) and first.startswith("✓ mini-lager/deal: ")
    assert first.endswith(", agreement")
    assert summary == "1 play: 1 passed, 0 failed"
    assert result.stderr == ""


def test_failing_expectation_exits_one_and_names_the_turn(test_cmd: Callable[..., Result]) -> None:
    result = test_cmd("--content", str(GOOD_CONTENT), str(PLAYS / "failing"))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[-1] == "2 plays: 0 passed, 2 failed"
    assert [line for line in lines if line.startswith(("✓", "✗"))] == [
        line for line in lines if PLAY_LINE.match(line)
    ]
    assert (
        "    mini-lager/too-long: turn 5: turns: expected the meeting to still be going, "
        "got agreement after turn 4 (2 turns not played)" in lines
    )
    assert any(
        line.startswith(
            "    mini-lager/wrong: turn 2: needs_revealed: expected returvarer, morgenpluk, "
            'got [returvarer] (reply: "'
        )
        for line in lines
    )
    assert any(
        re.match(r"^    mini-lager/wrong: end: score: expected ≥ 95, got \d+$", line)
        for line in lines
    )


def test_bad_play_files_exit_two_with_every_problem_and_no_traceback() -> None:
    result = run("--content", str(GOOD_CONTENT), str(PLAYS / "bad"), str(PLAYS / "good"))
    assert result.returncode == 2
    assert "Traceback" not in result.stdout + result.stderr
    lines = result.stdout.splitlines()
    problems = [line for line in lines if PROBLEM_LINE.match(line)]
    assert {PROBLEM_LINE.match(line)["path"] for line in problems} == {
        str(p.relative_to(REPO)) for p in (REPO / PLAYS / "bad").iterdir()
    }
    assert (
        f"{PLAYS / 'bad' / 'unknown_scenario.play.yaml'}:2: scenario: unknown scenario "
        "'mini-lagr' (did you mean 'mini-lager'?)" in problems
    )
    # the good play still runs and is reported after the problems
    assert lines[-2].startswith("✓ mini-lager/deal: ")
    assert lines[-1] == "1 play: 1 passed, 0 failed"


def test_unknown_scenario_without_its_content_exits_two(test_cmd: Callable[..., Result]) -> None:
    result = test_cmd(str(PLAYS / "good"))
    assert result.returncode == 2
    assert result.stdout.splitlines()[0] == (
        f"{PLAYS / 'good' / 'mini-lager.deal.play.yaml'}:3: scenario: unknown scenario "
        "'mini-lager' (known: dagligvare-angst, el-installatoer-praktik, metal-workshop-en, "
        "staal-smed-fleksjob)"
    )


def test_missing_path_exits_two(test_cmd: Callable[..., Result]) -> None:
    result = test_cmd("no/such/plays")
    assert result.returncode == 2
    assert result.stderr == "brobygger test: no such file or folder: no/such/plays\n"


def test_json_output(test_cmd: Callable[..., Result]) -> None:
    result = test_cmd("--json", "--content", str(GOOD_CONTENT), str(PLAYS / "failing"))
    assert result.returncode == 1
    out = json.loads(result.stdout)
    assert (out["passed"], out["failed"], out["errors"], out["warnings"]) == (0, 2, 0, 0)
    wrong = next(p for p in out["plays"] if p["id"] == "mini-lager/wrong")
    assert wrong["passed"] is False and wrong["outcome"] == "no_deal"
    assert wrong["path"] == str(PLAYS / "failing" / "mini-lager.wrong.play.yaml")
    first = wrong["failures"][0]
    assert (first["turn"], first["line"], first["key"]) == (2, 10, "needs_revealed")
    assert set(wrong["competences"]) == {
        "meeting_leadership",
        "needs_discovery",
        "handling_resistance",
        "business_understanding",
        "negotiation",
    }


def test_default_runs_the_plays_of_every_content_folder(
    tmp_path: Path, test_cmd: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without PATHs: the bundled plays and those in content folders (here $BROBYGGER_CONTENT),
    in a stable order, the same output every time."""
    content = tmp_path / "content"
    shutil.copytree(REPO / GOOD_CONTENT, content)
    (content / "plays").mkdir()
    shutil.copy(REPO / PLAYS / "good" / "mini-lager.deal.play.yaml", content / "plays")
    monkeypatch.setenv("BROBYGGER_CONTENT", str(content))
    result = test_cmd()
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert all(PLAY_LINE.match(line) for line in lines[:-1]), lines
    ids = [line.split(":")[0][2:] for line in lines[:-1]]
    assert ids[-1] == "mini-lager/deal"
    bundled = sorted(p.name for p in (REPO / "scenarios" / "plays").glob("*.play.yaml"))
    assert len(ids) == len(bundled) + 1
    assert lines[-1] == f"{len(ids)} plays: {len(ids)} passed, 0 failed"
    assert test_cmd().stdout == result.stdout

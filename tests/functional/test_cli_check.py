"""`python -m sim check` and `schema` in a subprocess: output format, exit codes, no tracebacks."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent.parent
GOOD = Path("tests/data/good")
BAD = Path("tests/data/bad")
PERSONA = GOOD / "mini-lager-chef.persona.yaml"
LINE = re.compile(r"^(?P<path>[^:]+\.yaml)(?::(?P<line>\d+))?: (?:(?P<warning>warning): )?(.+)$")


def run(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONUTF8": "1", "BROBYGGER_CONTENT": ""}
    return subprocess.run(
        [sys.executable, "-m", "sim", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )


def test_good_content_passes() -> None:
    result = run("check", str(GOOD))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == "2 files checked: 0 errors, 0 warnings\n"


def test_every_bad_file_is_reported_without_a_traceback() -> None:
    result = run("check", str(BAD), str(PERSONA))
    assert result.returncode == 2
    assert "Traceback" not in result.stdout + result.stderr
    *problems, summary = result.stdout.splitlines()
    assert re.fullmatch(r"15 files checked: \d+ errors, 1 warning", summary)
    for line in problems:
        assert LINE.match(line), line
    reported = {LINE.match(line)["path"] for line in problems}
    assert reported == {str(p) for p in BAD.iterdir()}


def test_problem_line_format() -> None:
    result = run("check", str(BAD / "unknown_key.scenario.yaml"), str(PERSONA))
    assert result.returncode == 2
    assert result.stdout.splitlines() == [
        f"{BAD / 'unknown_key.scenario.yaml'}:99: needs[0].revael: "
        "unknown key 'revael' (did you mean 'reveal'?)",
        "2 files checked: 1 error, 0 warnings",
    ]


def test_warnings_alone_exit_zero() -> None:
    result = run("check", str(BAD / "language_mismatch.scenario.yaml"), str(PERSONA))
    assert result.returncode == 0
    first, summary = result.stdout.splitlines()
    assert first.startswith(f"{BAD / 'language_mismatch.scenario.yaml'}:5: warning: language: ")
    assert summary == "2 files checked: 0 errors, 1 warning"


def test_json_output() -> None:
    result = run("check", "--json", str(BAD / "missing_key.persona.yaml"))
    assert result.returncode == 2
    out = json.loads(result.stdout)
    assert out == {
        "files": 1,
        "errors": 1,
        "warnings": 0,
        "problems": [
            {
                "path": str(BAD / "missing_key.persona.yaml"),
                "line": 3,
                "key": "",
                "message": "missing required key 'role'",
                "severity": "error",
            }
        ],
        "info": [],
    }


def test_content_option_supplies_references(tmp_path: Path) -> None:
    """A scenario checked alone finds its persona through --content (global or per command)."""
    scenario = REPO / GOOD / "mini-lager.scenario.yaml"
    alone = run("check", str(scenario), cwd=tmp_path)
    assert alone.returncode == 2 and "unknown persona 'mini-lager-chef'" in alone.stdout
    for args in (
        ["--content", str(REPO / GOOD), "check"],
        ["check", "--content", str(REPO / GOOD)],
    ):
        result = run(*args, str(scenario), cwd=tmp_path)
        assert result.returncode == 0, result.stdout
        assert result.stdout.endswith("1 file checked: 0 errors, 0 warnings\n")


@pytest.mark.parametrize("args", [["check", "no/such/dir"], ["check", "--content", "nope"]])
def test_nonexistent_path_is_a_clear_error(args: list[str]) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert result.stderr.startswith("brobygger check: no such file or folder: ")
    assert "Traceback" not in result.stderr


def test_check_defaults_to_all_content() -> None:
    result = run("check")
    assert "Traceback" not in result.stdout + result.stderr
    assert re.search(r"^\d+ files? checked: \d+ errors?, \d+ warnings?$", result.stdout, re.M)


def test_schema_command(tmp_path: Path) -> None:
    result = run("schema", "--out", str(tmp_path / "s"))
    assert result.returncode == 0
    assert result.stdout.splitlines() == [
        str(tmp_path / "s" / "scenario.schema.json"),
        str(tmp_path / "s" / "persona.schema.json"),
        str(tmp_path / "s" / "play.schema.json"),
    ]
    assert (REPO / "schemas" / "scenario.schema.json").read_text(encoding="utf-8") == (
        tmp_path / "s" / "scenario.schema.json"
    ).read_text(encoding="utf-8")


# --------------------------------------------------------------------------- whole-scenario lints

LINT = Path("tests/data/lint")


def line_of(path: Path, text: str) -> int:
    """1-based number of the first line of a file that contains text."""
    lines = (REPO / path).read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if text in line)


def test_lints_are_reported_with_their_code() -> None:
    result = run("check", str(LINT), "--content", str(GOOD))
    assert result.returncode == 2
    assert "Traceback" not in result.stdout + result.stderr
    *problems, summary = result.stdout.splitlines()
    assert re.fullmatch(r"22 files checked: [1-9]\d* errors, [1-9]\d* warnings", summary)
    for line in problems:
        assert LINE.match(line), line
        assert re.search(r" \[[a-z-]+\]$", line), line
    expected = (
        f"{LINT / 'unreachable_state.scenario.yaml'}:"
        f"{line_of(LINT / 'unreachable_state.scenario.yaml', '- name: eskalering')}: "
        "machine.states[0].name: state "
        "'eskalering' can never be reached: no transition leads to it (add one to "
        "machine.transitions) [unreachable-state]"
    )
    assert expected in problems
    assert {LINE.match(line)["path"] for line in problems} == {str(p) for p in LINT.iterdir()}


def test_lint_warnings_alone_exit_zero() -> None:
    result = run("check", str(LINT / "dead_phrase.scenario.yaml"), "--content", str(GOOD))
    assert result.returncode == 0
    first, summary = result.stdout.splitlines()
    at = line_of(LINT / "dead_phrase.scenario.yaml", "det er der")
    assert first.startswith(f"{LINT / 'dead_phrase.scenario.yaml'}:{at}: warning: topics.retur")
    assert first.endswith("[dead-phrase]")
    assert summary == "1 file checked: 0 errors, 1 warning"


def test_lint_json_carries_severity_code_and_an_example_deal() -> None:
    result = run(
        "check",
        "--json",
        str(LINT / "no_deal_possible.scenario.yaml"),
        str(GOOD),
        "--content",
        str(GOOD),
    )
    assert result.returncode == 2
    out = json.loads(result.stdout)
    (problem,) = out["problems"]
    assert problem["severity"] == "error" and problem["code"] == "no-deal-possible"
    at = line_of(LINT / "no_deal_possible.scenario.yaml", "agreement:")
    assert problem["key"] == "agreement" and problem["line"] == at
    (info,) = out["info"]
    assert info["scenario"] == "mini-lager" and info["code"] == "example-deal"
    assert info["deal"]["scheme"] == "virksomhedspraktik" and info["deal"]["consent"] is True
    assert info["line"] == line_of(GOOD / "mini-lager.scenario.yaml", "agreement:")
    assert info["path"] == str(GOOD / "mini-lager.scenario.yaml")

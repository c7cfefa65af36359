"""`python -m sim diagram` in a subprocess: formats, scenario by id or path, clear errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent
GOOD = Path("tests/data/good")
LINT = Path("tests/data/lint")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONUTF8": "1", "BROBYGGER_CONTENT": ""}
    return subprocess.run(
        [sys.executable, "-m", "sim", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )


def test_mermaid_by_id() -> None:
    result = run("diagram", "mini-lager", "--content", str(GOOD))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "stateDiagram-v2"
    assert "    [*] --> opening" in lines
    assert "    opening --> needs_discovery : explore" in lines
    assert "    agreement --> [*]" in lines
    assert result.stderr == ""


def test_markdown_by_path_with_extra_states() -> None:
    path = LINT / "no_way_to_agreement.scenario.yaml"
    result = run("--content", str(GOOD), "diagram", str(path), "--format", "markdown")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("# Meeting diagram: ")
    assert "```mermaid\nstateDiagram-v2\n" in out and out.endswith("```\n")
    assert '    state "pause" as pause' in out
    assert "    needs_discovery --> pause : explore, if trust 25 or less (scenario)" in out


def test_unknown_scenario_is_a_clear_error() -> None:
    result = run("diagram", "no-such-scenario")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith("brobygger diagram: no scenario 'no-such-scenario'")
    assert "Traceback" not in result.stderr


def test_scenario_file_with_errors() -> None:
    path = "tests/data/bad/unknown_key.scenario.yaml"
    result = run("diagram", path, "--content", str(GOOD))
    assert result.returncode == 2
    assert "unknown key 'revael'" in result.stderr
    assert result.stderr.rstrip().endswith("the scenario has errors")
    assert "Traceback" not in result.stderr


def test_unknown_format() -> None:
    result = run("diagram", "mini-lager", "--content", str(GOOD), "--format", "svg")
    assert result.returncode == 2
    assert "invalid choice: 'svg'" in result.stderr

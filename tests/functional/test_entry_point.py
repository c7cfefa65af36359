"""`python -m sim` run by a Python without the project's dependencies hands over, not fails."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent


def _bare_python() -> str | None:
    """A python on PATH that is not this venv's and lacks the dependencies, if there is one."""
    base = Path(sys.base_prefix) / "bin" / "python3"  # the interpreter this venv was made from
    for exe in (str(base), shutil.which("python3"), shutil.which("python")):
        if not exe or not Path(exe).exists():
            continue
        probe = subprocess.run([exe, "-c", "import snowballstemmer"], capture_output=True)
        if probe.returncode != 0:
            return exe
    return None


@pytest.mark.skipif(_bare_python() is None, reason="no Python without the dependencies on PATH")
def test_bare_python_hands_over_to_the_project_environment() -> None:
    out = subprocess.run(
        [_bare_python(), "-m", "sim", "classify"],
        input="Hvordan ser en typisk dag ud hos jer?\n",
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["acts"] == ["open_question"]


def test_missing_dependencies_after_hand_over_is_a_clear_error() -> None:
    code = (
        "import runpy, sys, importlib.util\n"
        "real = importlib.util.find_spec\n"
        "importlib.util.find_spec = lambda name, *a: None if name == 'yaml' else real(name, *a)\n"
        "sys.argv = ['sim', 'classify']\n"
        "runpy.run_module('sim', run_name='__main__')\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"BROBYGGER_REEXEC": "1", "PATH": ""},
        timeout=60,
    )
    assert out.returncode == 2
    assert "missing dependencies" in out.stderr
    assert "Traceback" not in out.stderr

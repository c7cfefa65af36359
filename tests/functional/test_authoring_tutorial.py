"""The tutorial in docs/authoring.md works as written: check, play, test and diagram its files."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent.parent
DOC = REPO / "docs" / "authoring.md"
BLOCK = re.compile(r"^<!-- file: (?P<name>[\w./-]+) -->\n```\w+\n(?P<body>.*?)^```$", re.M | re.S)


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONUTF8": "1", "BROBYGGER_CONTENT": ""}
    return subprocess.run(
        [sys.executable, "-m", "sim", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tutorial's files, written where the tutorial says: mit-indhold/ in a fresh folder."""
    root = tmp_path_factory.mktemp("tutorial")
    content = root / "mit-indhold"
    files = {m["name"]: m["body"] for m in BLOCK.finditer(DOC.read_text(encoding="utf-8"))}
    assert set(files) == {
        "bager-jens.persona.yaml",
        "bageri-opvask.scenario.yaml",
        "moede.txt",
        "plays/bageri-opvask.god.play.yaml",
    }
    for name, body in files.items():
        (content / name).parent.mkdir(parents=True, exist_ok=True)
        (content / name).write_text(body, encoding="utf-8")
    return root


def test_schema_check_and_play(folder: Path) -> None:
    assert run("schema", "--out", "mit-indhold/schemas", cwd=folder).returncode == 0
    out = json.loads(run("check", "--json", "mit-indhold", cwd=folder).stdout)
    assert (out["files"], out["errors"], out["warnings"]) == (2, 0, 0), out["problems"]
    assert out["info"][0]["message"] in DOC.read_text(encoding="utf-8")
    args = ["play", "bageri-opvask", "--content", "mit-indhold", "--script"]
    result = run(*args, "mit-indhold/moede.txt", "--seed", "1", cwd=folder)
    assert result.returncode == 0, result.stderr
    excerpt = [
        "[3] Konsulent: Hvordan ser en typisk morgen ud hos jer?",
        "    handlinger: open_question | emner: morgen | fase: behovsafdækning | tillid: 56",
        "    Jens Kornum: Ærligt talt? Mine bagere står en time hver morgen og skrubber "
        "bageplader.",
        "    + behov afdækket: Bagerne bruger morgenen på opvask",
    ]
    assert "\n".join(excerpt) in result.stdout
    assert "\n".join(excerpt) in DOC.read_text(encoding="utf-8")
    assert "Udfald: aftale indgået" in result.stdout


def test_the_play_passes(folder: Path) -> None:
    result = run("test", "--content", "mit-indhold", "mit-indhold/plays", cwd=folder)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 play: 1 passed, 0 failed" in result.stdout


def test_diagram(folder: Path) -> None:
    result = run(
        "diagram", "bageri-opvask", "--content", "mit-indhold", "--format", "markdown", cwd=folder
    )
    assert result.returncode == 0, result.stderr
    for line in [
        "    opening --> needs_discovery : explore",
        "    objections --> proposal : objections cleared, if terms on the table",
        "        - Bagerne bruger morgenen på opvask (bagertid) - on morgen or opvask",
    ]:
        assert line in result.stdout and line in DOC.read_text(encoding="utf-8")

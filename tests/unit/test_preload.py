"""The zygote's preloaded library is handed out only while the content is as it was."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sim import cli

GOOD = Path(__file__).parent.parent / "data" / "good"
BAD = Path(__file__).parent.parent / "data" / "bad"


@pytest.fixture
def content(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setattr(cli, "_preloaded", {})
    monkeypatch.delenv("BROBYGGER_CONTENT", raising=False)
    folder = tmp_path / "content"
    shutil.copytree(GOOD, folder)
    return folder


def _args(*argv: str):
    return cli.build_parser().parse_args(list(argv))


def test_the_preloaded_library_is_reused_until_a_file_changes(content: Path) -> None:
    args = _args("--content", str(content))
    assert cli.preload_library(args)
    first = cli._load_library(args)
    assert cli._load_library(args) is first
    assert "mini-lager" in first.scenarios
    scenario = content / "mini-lager.scenario.yaml"
    scenario.write_text(scenario.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    fresh = cli._load_library(args)
    assert fresh is not first and "mini-lager" in fresh.scenarios
    assert cli.preload_library(args)  # the zygote reloads before its next fork
    assert cli._load_library(args) is cli._load_library(args)


def test_other_content_is_loaded_not_preloaded(content: Path) -> None:
    assert cli.preload_library(_args("--content", str(content)))
    preloaded = cli._load_library(_args("--content", str(content)))
    assert cli._load_library(_args()) is not preloaded


def test_an_added_file_is_seen(content: Path) -> None:
    args = _args("--content", str(content))
    assert cli.preload_library(args)
    first = cli._load_library(args)
    (content / "sub").mkdir()
    shutil.copy(BAD / "syntax_error.persona.yaml", content / "sub")
    assert cli._load_library(args, report=False) is None  # loaded anew: now it has errors
    assert not cli.preload_library(args, report=False)
    assert first is not None

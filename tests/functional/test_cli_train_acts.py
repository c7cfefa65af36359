"""`brobygger train-acts`: writes the learnt act model, and --check says when it is out of step."""

from __future__ import annotations

from pathlib import Path

import pytest

import sim.reading.acts as acts_module
from sim.cli import main

SMALL = acts_module.ModelCounts(("greeting", "other"), (2, 1), {"w:hej": {0: 2}, "w:ok": {1: 1}})


@pytest.fixture
def model_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "acts_model.json"
    monkeypatch.setattr(acts_module, "shipped_model_path", lambda: path)
    monkeypatch.setattr(acts_module, "learn_from_bank", lambda: SMALL)
    return path


def test_writes_then_reports_in_step(model_file: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["train-acts", "--check"]) == 1
    assert "cannot read it" in capsys.readouterr().err
    assert main(["train-acts"]) == 0
    assert "written (2 features, 3 examples)" in capsys.readouterr().out
    assert acts_module.ModelCounts.from_json(model_file.read_text(encoding="utf-8")) == SMALL
    assert main(["train-acts", "--check"]) == 0
    assert "in step" in capsys.readouterr().out


def test_check_names_a_stale_file(model_file: Path, capsys: pytest.CaptureFixture) -> None:
    stale = acts_module.ModelCounts(SMALL.acts, (1, 1), {"w:hej": {0: 1}, "w:ok": {1: 1}})
    model_file.write_text(stale.to_json(), encoding="utf-8")
    assert main(["train-acts", "--check"]) == 1
    err = capsys.readouterr().err
    assert "out of step" in err and "run `brobygger train-acts`" in err
    assert acts_module.ModelCounts.from_json(model_file.read_text(encoding="utf-8")) == stale


def test_wrong_format_is_a_clear_message(model_file: Path, capsys: pytest.CaptureFixture) -> None:
    model_file.write_text('{"format": 99}', encoding="utf-8")
    assert main(["train-acts", "--check"]) == 1
    assert "act model format 99, expected 1" in capsys.readouterr().err

"""`brobygger play`, `replay` and `bench` from the command line, on the fixture scenario."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sim.cli import main

GOOD = Path(__file__).parent.parent / "data" / "good"
SCRIPT = """\
# a short meeting
Hej Lene, tak fordi jeg måtte komme.
Hvordan håndterer I returvarerne i dag?
Hvad betyder det for jeres ordrer, når morgenen er travl?
/terms {"scheme": "virksomhedspraktik", "hours_per_week": 15, "weeks": 4, \
"tasks": ["returhaandtering"], "support": ["mentor"]} Jeg foreslår det her.
Det forstår jeg godt. I betaler ingen løn i en virksomhedspraktik.
/terms {"hours_per_week": 15} Så siger vi det.
Jeg sender papirerne i morgen, og vi følger op efter to uger.
"""


@pytest.fixture
def script(tmp_path: Path) -> Path:
    path = tmp_path / "meeting.txt"
    path.write_text(SCRIPT, encoding="utf-8")
    return path


def play(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["--content", str(GOOD), "play", "mini-lager", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_play_prints_a_readable_transcript(capsys, script: Path) -> None:
    code, out, _ = play(capsys, "--script", str(script), "--seed", "2")
    assert code == 0
    assert "[1] Konsulent: Hej Lene" in out
    assert "behov afdækket: Returvarerne hober sig op" in out
    assert "Udfald:" in out


def test_play_in_english_ui(capsys, script: Path) -> None:
    code = main(
        ["--lang", "en", "--content", str(GOOD), "play", "mini-lager", "--script", str(script)]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "[1] Consultant:" in out
    assert "Outcome:" in out


def test_play_json_carries_what_replay_needs(capsys, script: Path) -> None:
    code, out, _ = play(capsys, "--script", str(script), "--seed", "2", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["format"] == "brobygger-transcript"
    assert data["scenario_id"] == "mini-lager"
    assert data["seed"] == 2
    assert len(data["content_hash"]) == 64
    assert data["engine_version"]
    turn = data["turns"][1]
    for key in ("text", "acts", "topics", "replies", "events", "phase", "state"):
        assert key in turn
    assert turn["state"]["needs_revealed"] == ["returvarer"]
    assert data["outcome"]["ended"] is True


def test_same_script_same_seed_same_bytes(capsys, script: Path) -> None:
    first = play(capsys, "--script", str(script), "--seed", "7", "--json")[1]
    second = play(capsys, "--script", str(script), "--seed", "7", "--json")[1]
    assert first == second


def test_replay_of_saved_transcript_is_identical(capsys, script: Path, tmp_path: Path) -> None:
    saved = tmp_path / "t.json"
    play(capsys, "--script", str(script), "--save", str(saved))
    code = main(["--content", str(GOOD), "replay", str(saved), "--json"])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert json.loads(out.out) == json.loads(saved.read_text(encoding="utf-8"))


def test_replay_detects_a_tampered_transcript(capsys, script: Path, tmp_path: Path) -> None:
    saved = tmp_path / "t.json"
    play(capsys, "--script", str(script), "--save", str(saved))
    data = json.loads(saved.read_text(encoding="utf-8"))
    data["outcome"]["trust"] = 99
    saved.write_text(json.dumps(data), encoding="utf-8")
    assert main(["--content", str(GOOD), "replay", str(saved)]) == 1
    assert "differs" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("/bogus\n", "meeting.txt:1: unknown command '/bogus'"),
        ("/terms {nope}\n", "meeting.txt:1: /terms needs a JSON object"),
        ('/terms {"colour": "red"}\n', "unknown field(s) colour"),
    ],
)
def test_bad_script_lines_are_reported_with_line(
    capsys, tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "meeting.txt"
    path.write_text("Hej\n" * 0 + content, encoding="utf-8")
    code, _, err = play(capsys, "--script", str(path))
    assert code == 2
    assert message in err
    assert "Traceback" not in err


def test_unknown_scenario_and_missing_script(capsys, script: Path) -> None:
    assert main(["--content", str(GOOD), "play", "nope", "--script", str(script)]) == 2
    assert "no scenario 'nope'" in capsys.readouterr().err
    assert play(capsys, "--script", "/no/such/file")[0] == 2


def test_bad_transcript_file(capsys, tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_text("{not json", encoding="utf-8")
    assert main(["--content", str(GOOD), "replay", str(path)]) == 2
    assert "not valid JSON" in capsys.readouterr().err


def test_lines_after_the_end_are_reported(capsys, tmp_path: Path) -> None:
    path = tmp_path / "meeting.txt"
    path.write_text("Hej\n/end\nEn linje mere\n", encoding="utf-8")
    code, _, err = play(capsys, "--script", str(path))
    assert code == 0
    assert "1 linje(r) efter mødets afslutning" in err


def test_python_dash_m_sim_entry_point(script: Path) -> None:
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "sim",
            "--content",
            str(GOOD),
            "play",
            "mini-lager",
            "--script",
            str(script),
            "--json",
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["scenario_id"] == "mini-lager"


def test_bench_runs_and_reports_targets(capsys) -> None:
    code = main(["--content", str(GOOD), "bench", "mini-lager", "--rounds", "1", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0
    assert set(data["targets"]) >= {"p99_ms", "p99_met", "x10_ratio", "x10_ratio_met"}
    assert list(data["scenarios"]) == ["mini-lager"]


def test_bench_startup_times_whole_processes() -> None:
    # whole processes, so one run: what a user waits for, not a timed assertion
    from sim.bench import format_startup, run_startup

    r = run_startup("mini-lager", runs=1, content=[str(GOOD)])
    assert r["play_s"] > 0 and r["help_s"] > 0 and r["over_s"] == r["play_s"] - r["help_s"]
    assert "play costs" in format_startup(r) and "target ≤ 0.3 s" in format_startup(r)
    with pytest.raises(RuntimeError, match="no scenario 'nowhere'"):
        run_startup("nowhere", runs=1)


@pytest.mark.parametrize(
    ("fmt", "marker"),
    [("json", '"format": "brobygger-score"'), ("markdown", "## Vurdering:"),
     ("html", "<!DOCTYPE html>"), ("text", "Vurdering: Samlet")],
)
def test_score_rescores_a_saved_transcript(capsys, script: Path, tmp_path: Path, fmt: str,
                                           marker: str) -> None:
    saved = tmp_path / "t.json"
    play(capsys, "--script", str(script), "--save", str(saved))
    assert main(["--content", str(GOOD), "score", str(saved), "--format", fmt]) == 0
    out = capsys.readouterr().out
    assert marker in out
    if fmt == "json":
        saved_score = json.loads(saved.read_text(encoding="utf-8"))["score"]
        assert json.loads(out) == saved_score  # same transcript, same score


def test_score_of_a_bad_or_foreign_transcript(capsys, tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_text('{"format": "brobygger-transcript", "version": 1, "scenario_id": "nej", '
                    '"seed": 0, "turns": []}', encoding="utf-8")
    assert main(["--content", str(GOOD), "score", str(path)]) == 2
    err = capsys.readouterr().err
    assert "no scenario 'nej'" in err and "Traceback" not in err


def test_same_bytes_across_processes_with_other_hash_seeds(script: Path) -> None:
    """Determinism must not lean on set or dict order that differs between processes."""
    outs = []
    for hash_seed in ("1", "2"):
        out = subprocess.run(
            [sys.executable, "-m", "sim", "--content", str(GOOD), "play", "mini-lager",
             "--script", str(script), "--seed", "3", "--json"],
            capture_output=True, text=True, encoding="utf-8",
            env={**os.environ, "PYTHONHASHSEED": hash_seed},
        )
        assert out.returncode == 0, out.stderr
        outs.append(out.stdout)
    assert outs[0] == outs[1]

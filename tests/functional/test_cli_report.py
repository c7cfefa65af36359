"""`brobygger report`: a class summary over transcripts, with foreign files listed and skipped."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from sim.agreement import Terms
from sim.cli import main
from sim.engine.meeting import Meeting
from sim.transcript import dumps, transcript_of

GOOD = Path(__file__).parent.parent / "data" / "good"
DEAL = Terms(scheme="virksomhedspraktik", hours_per_week=15, weeks=4,
             tasks=("returhaandtering",), support=("mentor",))


def meeting(library, trainee: str, strong: bool, seed: int) -> dict:
    s = library.scenarios["mini-lager"]
    m = Meeting(s, library.personas[s.company.persona], seed=seed,
                content_hash=library.content_hash(s.id))
    if strong:
        m.take_turn("Hej Lene, tak fordi jeg måtte komme.")
        m.take_turn("Hvordan håndterer I returvarerne i dag?")
        m.take_turn("Det forstår jeg godt. Mit forslag er en virksomhedspraktik.", terms=DEAL)
    else:
        m.take_turn("I må altså tage jeres del af samfundsansvaret.")
    if not m.ended:
        m.end()
    return {**transcript_of(m), "trainee": trainee}


@pytest.fixture
def class_dir(tmp_path: Path, mini_library) -> Path:
    folder = tmp_path / "hold"
    (folder / "sub").mkdir(parents=True)
    for i, (name, strong) in enumerate([("Anna", True), ("Anna", True), ("Bo", False)]):
        (folder / f"t{i}.json").write_text(dumps(meeting(mini_library, name, strong, i)),
                                           encoding="utf-8")
    (folder / "sub" / "notes.json").write_text('{"shopping": ["mælk"]}', encoding="utf-8")
    (folder / "sub" / "broken.json").write_text("{", encoding="utf-8")
    other = meeting(mini_library, "Cai", True, 9)
    other["scenario_id"] = "findes-ikke"
    (folder / "sub" / "other.json").write_text(dumps(other), encoding="utf-8")
    return folder


def report(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["--content", str(GOOD), "report", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_table_per_trainee_and_scenario(capsys, class_dir: Path) -> None:
    code, out, _ = report(capsys, str(class_dir))
    assert code == 0
    lines = out.splitlines()
    anna = next(line for line in lines if line.startswith("Anna"))
    bo = next(line for line in lines if line.startswith("Bo "))
    assert "mini-lager" in anna and " 2 " in anna
    assert int(anna.split()[3]) > int(bo.split()[3])
    assert "Gennemsnit" in out
    assert "Oftest overså behov" in out


def test_foreign_files_are_listed_and_skipped(capsys, class_dir: Path) -> None:
    code, out, _ = report(capsys, str(class_dir))
    assert code == 0
    assert "Sprunget over (3)" in out
    assert "notes.json: not a Brobygger transcript" in out
    assert "broken.json: line 1: not valid JSON" in out
    assert "other.json: unknown scenario 'findes-ikke'" in out


def test_csv_and_json(capsys, class_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "hold.csv"
    code, _, _ = report(capsys, str(class_dir), "--csv", str(target))
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert {r["trainee"] for r in rows} == {"Anna", "Bo"}
    assert rows[0]["plays"] == "2"
    code, out, _ = report(capsys, str(class_dir), "--json")
    data = json.loads(out)
    assert data["totals"]["plays"] == 3
    assert len(data["skipped"]) == 3


def test_html_page_has_charts_and_no_external_assets(capsys, class_dir: Path) -> None:
    code, out, _ = report(capsys, str(class_dir), "--html", "-")
    assert code == 0
    assert out.startswith("<!DOCTYPE html>") and "<svg" in out
    assert "src=" not in out and "<link" not in out


def test_anonymous_leaves_names_out(capsys, class_dir: Path) -> None:
    code, out, _ = report(capsys, str(class_dir), "--anonymous")
    assert code == 0
    assert "Anna" not in out and "Bo " not in out
    assert "#1" in out and "#2" in out


def test_nothing_readable_is_exit_2(capsys, tmp_path: Path) -> None:
    (tmp_path / "x.json").write_text("[]", encoding="utf-8")
    code, out, err = report(capsys, str(tmp_path))
    assert code == 2
    assert "no transcripts could be read" in err


def test_report_bench_runs(capsys) -> None:
    code = main(["--content", str(GOOD), "bench", "--report", "8", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0
    assert set(data["sizes"]) == {"2", "4", "8"}

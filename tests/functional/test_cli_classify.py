"""`brobygger classify`: one JSON line per input line; with a scenario, topics and terms too."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from sim.cli import main

GOOD = Path(__file__).parent.parent / "data" / "good"


def classify(capsys, monkeypatch, lines: list[str], *args: str) -> list[dict]:
    monkeypatch.setattr("sys.stdin", io.StringIO("".join(f"{line}\n" for line in lines)))
    assert main(["--content", str(GOOD), "classify", *args]) == 0
    return [json.loads(x) for x in capsys.readouterr().out.splitlines()]


def test_one_object_per_line_in_order(capsys, monkeypatch) -> None:
    rows = classify(capsys, monkeypatch, ["Hej Lene, tak fordi jeg måtte komme.", "", "hmm",
                                          "Hvordan ser en typisk dag ud hos jer?"])
    assert [r["acts"] for r in rows] == [["greeting"], ["other"], ["other"], ["open_question"]]
    assert "topics" not in rows[0]


def test_with_a_scenario_topics_and_terms(capsys, monkeypatch) -> None:
    rows = classify(capsys, monkeypatch,
                    ["Hvordan håndterer I returvarerne i dag?",
                     "Hvad med 15 timer om ugen med returvarer?"],
                    "--scenario", "mini-lager", "--explain")
    assert rows[0]["topics"] == {"retur": "returvarerne"}
    assert rows[1]["acts"] == ["proposal"]
    assert rows[1]["terms"] == {"hours_per_week": 15.0, "tasks": ["returhaandtering"]}
    assert rows[1]["sentences"][0]["cues"]


def test_unknown_scenario(capsys, monkeypatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("hej\n"))
    assert main(["--content", str(GOOD), "classify", "--scenario", "nope"]) == 2
    assert "no scenario 'nope'" in capsys.readouterr().err


@pytest.mark.parametrize("text", ["x" * 10_000, "😀 [bold]hej[/bold]", "\x07\x1b[2J"])
def test_odd_lines_still_give_one_object(capsys, monkeypatch, text: str) -> None:
    rows = classify(capsys, monkeypatch, [text])
    assert len(rows) == 1 and rows[0]["acts"]

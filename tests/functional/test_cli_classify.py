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
    explain = rows[1]["explain"]
    assert explain["sentences"][0]["cues"] and explain["sentences"][0]["read_from"] == "words"
    assert explain["terms"]["hours_per_week"] == "15 timer om ugen"
    assert explain["topics"]["retur"]["words"] == "returvarer"


def test_a_meeting_is_read_in_context_and_explained(capsys, monkeypatch) -> None:
    # "Passer det?" after an agenda is agenda; pressure read from the words costs, and says so
    rows = classify(capsys, monkeypatch,
                    ["Jeg foreslår, at vi starter med jeres hverdag. Passer det?",
                     "Kom nu, I må tage et socialt ansvar."],
                    "--scenario", "mini-lager", "--meeting", "--explain")
    first, second = (r["explain"] for r in rows)
    assert first["context"]["phase"] == "opening"
    check_in = first["sentences"][1]
    assert check_in["acts"] == ["agenda"] and check_in["read_from"] == "context"
    assert check_in["context"] == ["check-in on the agenda"]
    assert second["context"]["previous_acts"] == ["agenda"]
    assert second["sentences"][0]["costs"] == ["pressure"]
    assert {"type": "pressure"} in second["penalties"] and "pressure" in rows[1]["events"]


def test_a_guess_is_marked_and_costs_nothing(capsys, monkeypatch) -> None:
    rows = classify(capsys, monkeypatch, ["Hvis lageret er ryddeligt, når montørerne ud til "
                                          "flere kunder om dagen."], "--explain")
    (sentence,) = rows[0]["sentences"]
    assert sentence["read_from"] == "guess" and sentence["costs"] == []


def test_meeting_needs_a_scenario(capsys, monkeypatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("hej\n"))
    assert main(["classify", "--meeting"]) == 2
    assert "--meeting needs --scenario" in capsys.readouterr().err


def test_unknown_scenario(capsys, monkeypatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("hej\n"))
    assert main(["--content", str(GOOD), "classify", "--scenario", "nope"]) == 2
    assert "no scenario 'nope'" in capsys.readouterr().err


@pytest.mark.parametrize("text", ["x" * 10_000, "😀 [bold]hej[/bold]", "\x07\x1b[2J"])
def test_odd_lines_still_give_one_object(capsys, monkeypatch, text: str) -> None:
    rows = classify(capsys, monkeypatch, [text])
    assert len(rows) == 1 and rows[0]["acts"]

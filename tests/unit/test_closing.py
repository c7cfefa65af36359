"""The closing: after the company accepts, the trainee confirms the deal before it binds."""

from __future__ import annotations

from pathlib import Path

import yaml

from scoring.score import score_transcript
from sim.content.library import ContentLibrary
from sim.evaluation import play_lines, said_turn

PLAYS = Path(__file__).resolve().parents[2] / "scenarios" / "plays"
PLAY = PLAYS / "dagligvare-angst.strong.play.yaml"
CONFIRM = ("Så vi er enige: en virksomhedspraktik i 13 uger, 8 timer om ugen med pantrummet og "
           "datokontrollen, og Susanne som fast kontaktperson.")


def _lines(confirm: bool) -> list[str]:
    turns = [t["say"] for t in yaml.safe_load(PLAY.read_text(encoding="utf-8"))["turns"]]
    return [*turns[:-1], *([CONFIRM] if confirm else []), turns[-1]]


def _item(doc: dict, library: ContentLibrary) -> dict:
    card = score_transcript(doc, library.scenarios["dagligvare-angst"]).to_dict()
    return next(i for c in card["competences"].values() for i in c["items"]
                if i["code"] == "deal_confirmed")


def test_restating_the_accepted_terms_confirms_the_deal(bundled_library: ContentLibrary) -> None:
    lines = _lines(confirm=True)
    doc = play_lines(bundled_library, "dagligvare-angst", lines)
    turn = said_turn(doc, len(lines) - 1)
    assert turn is not None and [e["type"] for e in turn["events"]].count("deal_confirmed") == 1
    said = " ".join(r["text"] for r in turn["replies"] if r["speaker"] == "employer")
    assert said in bundled_library.personas["mette-holm"].lines.get("confirmed", []) or said in (
        "Ja. Det er det, vi siger.", "Præcis. Sådan er aftalen.")
    assert doc["outcome"]["phase"] == "agreement"
    item = _item(doc, bundled_library)
    assert (item["points"], item["max"]) == (10, 10) and item["turns"] == [len(lines) - 1]


def test_a_deal_made_without_restating_it_scores_no_confirmation(
    bundled_library: ContentLibrary,
) -> None:
    doc = play_lines(bundled_library, "dagligvare-angst", _lines(confirm=False))
    assert doc["outcome"]["phase"] == "agreement"
    item = _item(doc, bundled_library)
    assert (item["points"], item["max"]) == (0, 10)

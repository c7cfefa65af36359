"""The deal's last turns: support offered to a deal said yes to, details filled in, the recap."""

from __future__ import annotations

from pathlib import Path

import pytest

from sim.content.library import ContentLibrary
from sim.evaluation import play_lines

PLAYED = Path(__file__).resolve().parents[1] / "data/eval/judged/played_f/dagligvare-angst.1.txt"


@pytest.fixture(scope="module")
def meeting(bundled_library: ContentLibrary) -> dict:
    """A consultant's own meeting (set F), with two changes: the worry about a bad day, which
    the consultant's turn 9 asks out, is answered at a new turn 11, and the old turn 12 (now 13)
    is put to both ("hvad siger I begge?"; put to Sara alone, the employer listens). The
    company says yes to six hours of pant and pap at turn 13, the contact is named at 14,
    mentor hours offered at 15, the whole deal summed up with its scheme, length and follow-up
    at 16."""
    lines = PLAYED.read_text(encoding="utf-8").splitlines()
    asked = "Ja, godt spørgsmål – Sara, hvad siger du? Kunne"
    assert lines[11].startswith(asked)
    lines[11] = lines[11].replace(asked, "Ja, godt spørgsmål – hvad siger I begge? Kunne")
    lines.insert(10, "Det forstår jeg godt. Hvis Sara får det svært, går hun til én fast person, "
                     "og hun kan altid ringe til mig – vi laver en kriseplan sammen med hende, "
                     "inden hun starter.")
    return play_lines(bundled_library, "dagligvare-angst", lines[:16])


def _said(turn: dict, speaker: str) -> list[str]:
    return [r["text"] for r in turn["replies"] if r["speaker"] == speaker]


def test_a_question_for_the_contact_is_no_recap_of_the_deal(meeting: dict) -> None:
    turn = meeting["turns"][13]
    kinds = [e["type"] for e in turn["events"]]
    assert "contact_named" in kinds and "deal_confirmed" not in kinds, kinds


def test_support_offered_to_a_deal_said_yes_to_is_welcomed(meeting: dict) -> None:
    from sim.engine.lines import DEFAULT_LINES

    (reply,) = _said(meeting["turns"][14], "employer")
    assert reply in DEFAULT_LINES["support_welcome"]["da"], reply


def test_details_filled_in_keep_the_yes_and_no_concern_comes_back(meeting: dict) -> None:
    assert meeting["turns"][12]["state"]["company_accepted"]
    last = meeting["turns"][15]
    kinds = [e["type"] for e in last["events"]]
    assert "objection_raised" not in kinds, kinds  # "Så få timer?" after saying yes to them
    assert last["phase"] == "agreement"
    # the citizen's yes says her thanks: one line, not a yes and a thank-you
    assert len(_said(last, "citizen")) == 1


def test_asked_when_to_start_the_employer_names_a_start_and_the_deal_waits(
    bundled_library: ContentLibrary,
) -> None:
    from sim.engine.lines import DEFAULT_LINES

    played = PLAYED.parent.parent / "played_g" / "dagligvare-angst.1.txt"
    lines = played.read_text(encoding="utf-8").splitlines()
    assert "hvornår kunne det passe" in lines[14]
    doc = play_lines(bundled_library, "dagligvare-angst", lines[:15])
    last = doc["turns"][-1]
    (reply,) = _said(last, "employer")
    said = [v.replace("{Start_day}", "Tirsdag") for v in DEFAULT_LINES["start_when"]["da"]]
    # the recap confirmed, and a start on the deal's own first day (tirsdag and torsdag)
    assert any(reply.endswith(x) for x in said), reply
    assert last["phase"] != "agreement"  # a question that asks for more seals nothing
    # a full recap that ends on a question still says the terms: confirmed, or (the company
    # had not said yes yet: turn 12 was put to Sara, and the employer listened) said yes to
    assert any(e["type"] == "deal_confirmed" or e.get("reaction") == "accept"
               for e in last["events"])

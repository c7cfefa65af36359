"""sim.present and scoring's turn points: annotations, hidden state and what-if branches."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scoring import score_transcript
from scoring.card import turn_points
from sim.play import new_meeting
from sim.present import Presentation, PresentError, notes_of
from sim.transcript import dumps, load_transcript, transcript_of


@pytest.fixture
def presentation(mini_library, played, tmp_path: Path) -> Presentation:
    path = tmp_path / "meeting.json"
    path.write_text(dumps(played), encoding="utf-8")
    return Presentation.load(mini_library, path)


def item(code: str, points: int, most: int, turns: list[int]) -> dict:
    return {"code": code, "points": points, "max": most, "turns": turns, "da": code, "en": code}


def test_turn_points_sign_each_item_by_what_it_earned() -> None:
    items = [
        item("full", 10, 10, [1, 2]),
        item("part", 15, 30, [2]),
        item("none", 0, 15, [3]),
        item("penalty", -6, 0, [3]),
        item("nowhere", 0, 25, []),
    ]
    points = turn_points({"competences": {"x": {"name": {"da": "X", "en": "X"}, "items": items}}})
    assert sorted(points) == [1, 2, 3]
    labels = [(p["label"], p["tone"]) for p in points[2]]
    assert labels == [("+5", "earned"), ("+15", "partial")]
    assert [(p["label"], p["tone"]) for p in points[3]] == [("0/15", "lost"), ("-6", "lost")]
    assert points[1][0]["competence_name"] == {"da": "X", "en": "X"}
    assert points[1][0]["da"] == "full (del 1 af 2)"


def test_each_point_is_shown_once_over_the_turns_that_earned_it() -> None:
    items = [
        item("laer", 100, 100, [4, 5, 7]),
        item("pressure", -45, 0, [2, 3, 8]),
        item("needs", 17, 50, [2, 3]),
        {**item("unsure", 0, 0, [6]), "shown": False},
    ]
    points = turn_points({"competences": {"x": {"name": {"da": "X", "en": "X"}, "items": items}}})
    by_code: dict[str, list[int]] = {}
    for entries in points.values():
        for p in entries:
            by_code.setdefault(p["code"], []).append(p["points"])
    assert sum(by_code["laer"]) == 100 and sorted(by_code["laer"]) == [33, 33, 34]
    assert by_code["pressure"] == [-15, -15, -15] and sum(by_code["needs"]) == 17
    assert [(p["label"], p["tone"]) for p in points[6]] == [("–", "neutral")]
    # a part of nothing is no penalty: 2 points over 3 turns shows +1 twice, never a "-1"
    few = turn_points({"competences": {"x": {"name": {"da": "X", "en": "X"},
                                              "items": [item("open", 2, 15, [1, 2, 3])]}}})
    assert [p["label"] for n in sorted(few) for p in few[n]] == ["+1", "+1"]


def test_turn_points_cover_every_turn_named_by_the_card(mini_library, played) -> None:
    card = score_transcript(played, mini_library.scenarios["mini-lager"])
    points = turn_points(card)
    named = {n for c in card.to_dict()["competences"].values() for i in c["items"]
             for n in i["turns"]}
    assert set(points) == named
    assert any(p["code"] == "greeting" and p["label"] == "+10" for p in points[1])


def test_notes_say_what_was_read_and_what_happened(presentation: Presentation) -> None:
    assert len(presentation) == 8 and presentation.card is not None
    first = presentation.notes(1)
    assert first.acts == ("greeting",) and first.sentences[0].cues
    hint = presentation.notes(2)
    assert [e.kind for e in hint.events] == []  # hints belong to the lens, not the notes
    raised = presentation.notes(4)
    assert ("objection_raised", "bad", "Det har vi ikke råd til") in [
        (e.kind, e.tone, e.subject) for e in raised.events
    ]
    handled = presentation.notes(5)
    kinds = [e.kind for e in handled.events]
    assert "objection_acknowledged" in kinds and "objection_handled" in kinds
    assert handled.phase_before == "objections" and handled.phase == "needs_discovery"
    proposal = presentation.notes(7)
    assert proposal.form and proposal.terms is not None
    assert proposal.terms.scheme == "virksomhedspraktik"
    assert ("terms_verdict", "good") in [(e.kind, e.tone) for e in proposal.events]
    assert presentation.notes(6).terms is None  # the terms did not change on turn 6


def test_hidden_state_follows_the_recorded_snapshots(presentation: Presentation, played) -> None:
    start_trust, start_patience = presentation.start
    h1 = presentation.hidden(1)
    assert (h1.trust_before, h1.patience_before) == (start_trust, start_patience)
    assert h1.trust == played["turns"][0]["state"]["trust"]
    assert h1.needs_hidden == (
        "Returvarerne hober sig op",
        "Pakkerne rydder op om morgenen i stedet for at pakke",
    )
    assert h1.hints == ()
    h2 = presentation.hidden(2)
    assert h2.hints == ((2, "Returvarerne hober sig op"),)
    h4 = presentation.hidden(4)
    assert h4.objections_open == ("Det har vi ikke råd til",)
    assert h4.needs_hidden == ("Pakkerne rydder op om morgenen i stedet for at pakke",)
    h8 = presentation.hidden(8)
    assert h8.needs_hidden == () and h8.objections_open == () and h8.company_accepted


def test_a_branch_replays_the_turns_before_it_exactly(presentation: Presentation, played) -> None:
    branch = presentation.branch(4)
    assert branch.replayed == 3 and branch.original_line == played["turns"][3]["text"]
    assert branch.meeting.records == played["turns"][:3]
    record = branch.say("Hvad ville det betyde, hvis nogen tog sig af returvarerne?")
    assert record["n"] == 4 and branch.new_records == [record]
    outcome = branch.outcome()
    assert not outcome.ended and outcome.score is not None and outcome.turns == 4
    branch.end()
    assert branch.outcome().ended
    assert presentation.outcome().phase == "agreement"


def test_a_saved_branch_is_a_transcript_that_replays(presentation, mini_library, tmp_path):
    branch = presentation.branch(2)
    branch.say("Hvordan ser en travl morgen ud hos jer?")
    first = branch.save(tmp_path / "exports")
    second = branch.save(tmp_path / "exports")
    assert first.name == "meeting.whatif-2.json" and second.name == "meeting.whatif-2-2.json"
    data = load_transcript(first)
    assert [t["text"] for t in data["turns"]] == [
        presentation.record(1)["text"],
        "Hvordan ser en travl morgen ud hos jer?",
    ]
    again = Presentation.load(mini_library, first)
    assert again.branch(len(again)).meeting.records == data["turns"][:-1]


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda d: d.update(scenario_id="no-such"), "no scenario 'no-such'"),
        (lambda d: d["turns"][2].pop("state"), "turns[2].state: missing"),
        (lambda d: d["turns"][1].update(events=None), "turns[1].events"),
        (lambda d: d["turns"][1].update(n=7), "turns[1].n: expected 2"),
    ],
)
def test_bad_transcripts_are_refused_with_a_reason(mini_library, played, tmp_path, change,
                                                   message) -> None:
    data = json.loads(dumps(played))
    change(data)
    path = tmp_path / "bad.json"
    path.write_text(dumps(data), encoding="utf-8")
    with pytest.raises(PresentError, match=message.replace("[", r"\[").replace("]", r"\]")):
        Presentation.load(mini_library, path)


def test_notes_say_how_sure_each_reading_is_and_what_it_can_cost(mini_library) -> None:
    meeting = new_meeting(mini_library, "mini-lager", 1)
    meeting.take_turn("Jeg foreslår, at vi starter med jeres hverdag. Passer det?")
    meeting.take_turn("Hvis lageret er ryddeligt, når I ud til flere kunder om dagen.")
    meeting.take_turn("Kom nu, I må tage et socialt ansvar.")
    records = transcript_of(meeting)["turns"]
    scenario = mini_library.scenarios["mini-lager"]
    agenda, guess, pressure = (notes_of(records, n, scenario, {}, None) for n in (1, 2, 3))
    assert agenda.sentences[1].read_from == "context"
    assert agenda.sentences[1].context == ("check-in on the agenda",)
    assert guess.sentences[0].read_from == "guess" and guess.sentences[0].costs == ()
    assert pressure.sentences[0].read_from == "words"
    assert pressure.sentences[0].costs == ("pressure",)

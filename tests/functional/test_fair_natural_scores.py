"""The unfair items found in the twelve natural meetings (issue: a score a trainee trusts) stay
gone: every scored item rests on what was said, in the words, and is shown once."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from scoring.card import turn_points
from scoring.score import score_transcript
from sim.content.library import ContentLibrary
from sim.evaluation import natural_meetings, play_lines

NATURAL = Path(__file__).resolve().parents[1] / "data" / "eval" / "natural"
DEAL_ONLY = ("deal_meets_needs", "deal_confirmed", "follow_up", "serves:")
# reassurance without substance is no acknowledgement (acts.md)
REASSURES = re.compile(r"skal du ikke (?:være )?bekymre|det klarer vi|bare rolig|ingen problemer",
                       re.I)


@pytest.fixture(scope="module")
def played(bundled_library: ContentLibrary) -> dict[str, tuple[dict[str, Any], dict[str, Any]]]:
    out = {}
    for m in natural_meetings(NATURAL):
        doc = play_lines(bundled_library, m.scenario, list(m.lines))
        card = score_transcript(doc, bundled_library.scenarios[m.scenario]).to_dict()
        out[m.name] = (doc, card)
    return out


def _items(card: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for comp in card["competences"].values():
        yield from comp["items"]


def _turn(doc: dict[str, Any], n: int) -> dict[str, Any]:
    return next(t for t in doc["turns"] if t["n"] == n)


def _said(doc: dict[str, Any], n: int, act: str) -> list[dict[str, Any]]:
    """The sentences of turn `n` read as `act` by a rule, not by a guess."""
    return [s for s in _turn(doc, n)["sentences"]
            if act in s["acts"] and act not in s.get("guessed", ())]


def test_the_wording_is_danish_with_no_raw_ids_or_empty_counts(played) -> None:
    for name, (_, card) in played.items():
        for item in _items(card):
            da = item["da"]
            assert not re.search(r"\(ture \d+\)|gang\(e\)|argument\(er\)|\b0 af 0\b|: ingen$",
                                 da), (name, da)
            assert not re.search(r"\b[a-z]+_[a-z_]+\b", da), (name, da)  # a raw reason id


def test_items_of_a_deal_count_only_with_a_deal(played) -> None:
    for name, (doc, card) in played.items():
        if doc["outcome"]["phase"] == "agreement":
            continue
        for item in _items(card):
            if item["code"].startswith(DEAL_ONLY):
                assert item.get("shown") is False and item["points"] == 0, (name, item)


def test_a_summary_credited_is_a_summary_said(played) -> None:
    for name, (doc, card) in played.items():
        item = next(i for i in _items(card) if i["code"] == "summaries")
        if item.get("shown") is False:
            continue
        for n in item["turns"]:
            # read by a rule, with something to sum up: not "Så er det klaret."; a question
            # that checks understanding ("..., ikke?") is a summary (acts.md); so is a recap of
            # the deal that restates its terms (the engine's deal_confirmed)
            recap = any(e["type"] == "deal_confirmed" for e in _turn(doc, n)["events"])
            said = _said(doc, n, "summarize") or (_said(doc, n, "proposal") if recap else [])
            assert any(len(s["text"].split()) >= 5 for s in said), (name, n)


def test_next_steps_and_agenda_credited_were_said(played) -> None:
    for name, (doc, card) in played.items():
        for code, act in (("next_steps", "next_steps"), ("agenda", "agenda")):
            item = next(i for i in _items(card) if i["code"] == code)
            if item["points"] > 0:
                assert all(_said(doc, n, act) for n in item["turns"]), (name, code)
        agenda = next(i for i in _items(card) if i["code"] == "agenda")
        if agenda["points"] == 30:
            assert all(n <= 3 for n in agenda["turns"]), name  # "tidligt": the early turn


def test_an_acknowledgement_credited_is_no_reassurance(played) -> None:
    for name, (doc, _) in played.items():
        for oid, o in doc["outcome"]["objections"].items():
            if o["quality"] != "full" or not o["acknowledged_turn"]:
                continue
            said = [s for s in _turn(doc, o["acknowledged_turn"])["sentences"]
                    if "acknowledge" in s["acts"]]
            assert said and not all(REASSURES.search(s["text"]) for s in said), (name, oid)


def test_a_concern_met_only_by_the_tasks_proposed_earns_no_credit(played) -> None:
    # "Vi kunne lave en virksomhedspraktik hvor hun rydder op på lageret og pakker bilerne"
    # keeps three concerns from coming up; it handled none of them
    doc, card = played["el-installatoer-praktik.middling"]
    by_terms = {k for k, o in doc["outcome"]["objections"].items()
                if o.get("preempted_by") == "terms"}
    assert by_terms
    for item in _items(card):
        if item["code"].startswith("preempted:") and item["code"].split(":")[1] in by_terms:
            assert item.get("shown") is False and item["points"] == 0


def test_an_open_question_credited_is_open(played) -> None:
    for name, (doc, card) in played.items():
        item = next(i for i in _items(card) if i["code"] == "open_questions")
        for n in item["turns"]:
            assert any(s["question_kind"] == "open" for s in _turn(doc, n)["sentences"]), (name, n)


def test_pushy_meetings_lead_no_meeting_well(played) -> None:
    for name, (_, card) in played.items():
        if ".pushy" in name:
            assert card["competences"]["meeting_leadership"]["score"] < 75, name
            assert next(i for i in _items(card) if i["code"] == "agenda")["points"] == 0, name


def test_no_grinding_of_large_parts_when_small_parts_were_said(played) -> None:
    for name, (doc, _) in played.items():
        for t in doc["turns"]:
            tasks = (t.get("terms_said") or {}).get("tasks") or ()
            if "grinding_large" in tasks:
                assert re.search(r"store emner|svejsesøm|vinkelsliber", t["text"], re.I), (name, t)


def test_each_point_is_shown_once(played) -> None:
    for name, (_, card) in played.items():
        shown: dict[tuple[str, str], int] = {}
        for entries in turn_points(card).values():
            for e in entries:
                key = (e["competence"], e["code"])
                shown[key] = shown.get(key, 0) + e["points"]
        for cid, comp in card["competences"].items():
            for item in comp["items"]:
                if item["turns"]:
                    assert shown[(cid, item["code"])] == item["points"], (name, item["code"])

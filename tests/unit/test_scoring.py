"""Scoring on the fixture scenario: strong and pushy meetings, evidence, verdicts, renderings."""

from __future__ import annotations

import json

import pytest

from scoring import score_transcript
from scoring.card import band_for
from scoring.render import full_markdown, html, markdown, text
from sim.agreement import Terms
from sim.engine.meeting import Meeting
from sim.transcript import transcript_of

DEAL = Terms(
    scheme="virksomhedspraktik",
    hours_per_week=15,
    weeks=4,
    tasks=("returhaandtering",),
    support=("mentor",),
)


def play(library, turns: list, seed: int = 1) -> dict:
    s = library.scenarios["mini-lager"]
    m = Meeting(s, library.personas[s.company.persona], seed=seed, content_hash="x")
    for turn in turns:
        if m.ended:
            break
        if turn == "/end":
            m.end()
        elif isinstance(turn, tuple):
            m.take_turn(turn[0], terms=turn[1])
        else:
            m.take_turn(turn)
    if not m.ended:
        m.end()
    return transcript_of(m)


STRONG = [
    "Hej Lene, jeg hedder Kasper fra jobcentret. Tak fordi jeg måtte komme.",
    "Jeg foreslår, at vi starter med jeres hverdag, og til sidst ser vi på næste skridt.",
    "Hvordan håndterer I returvarerne i dag?",
    "Hvad betyder det for jeres ordrer, når morgenen er travl?",
    "Så hvis jeg forstår dig ret, hober returvarerne sig op, og det koster jer overarbejde?",
    "Det forstår jeg godt. Hvad ville det betyde for jer, hvis det ikke kostede løn?",
    ("I en virksomhedspraktik betaler I ingen løn. Mit forslag er det her.", DEAL),
    "Det vil frigøre tid for pakkerne, så I kan nå morgenens ordrer uden overarbejde.",
    "Sara, hvad siger du selv til det?",
    "Jeg sender papirerne i morgen, og vi følger op efter to uger.",
]
PUSHY = [
    "Jeg har en kandidat til jer, hun er rigtig god.",
    "I må altså tage jeres del af samfundsansvaret.",
    "Det er bare en undskyldning. Nu skal I tage hende.",
    "Kom nu, det er jo ren diskrimination at sige nej.",
    "I må tage jer sammen.",
]


@pytest.fixture(scope="module")
def strong(mini_library) -> dict:
    return play(mini_library, STRONG)


@pytest.fixture(scope="module")
def pushy(mini_library) -> dict:
    return play(mini_library, PUSHY)


def card(library, transcript):
    return score_transcript(transcript, library.scenarios["mini-lager"])


def test_strong_meeting_scores_high_and_serves_all(mini_library, strong) -> None:
    c = card(mini_library, strong)
    assert strong["outcome"]["phase"] == "agreement"
    assert c.all_parties_served, c.parties
    assert c.overall >= 75, {k: v.score for k, v in c.competences.items()}
    assert c.competences["needs_discovery"].score >= 80


def test_pushy_meeting_scores_low_with_reasons(mini_library, pushy) -> None:
    c = card(mini_library, pushy)
    assert not c.all_parties_served
    assert c.overall < 40
    codes = {i.code for i in c.competences["handling_resistance"].items}
    assert "pressure" in codes
    codes = {i.code for i in c.competences["needs_discovery"].items}
    assert "early_pitch" in codes
    d = c.to_dict()
    assert d["parties"]["company"]["reasons"][0]["code"] == "no_agreement"


def test_every_item_points_to_turns_that_exist(mini_library, strong) -> None:
    c = card(mini_library, strong)
    turns = {t["n"] for t in strong["turns"]}
    for comp in c.competences.values():
        for item in comp.items:
            assert set(item.turns) <= turns, item


def test_missed_needs_name_topic_and_hint(mini_library) -> None:
    t = play(mini_library, ["Har I mange returvarer?", "/end"])
    c = card(mini_library, t).to_dict()
    missed = {m["id"]: m for m in c["missed"]["needs"]}
    assert set(missed) == {"returvarer", "morgenpluk"}
    assert missed["returvarer"]["hinted_turns"] == [1]
    assert "Returvarer" in missed["returvarer"]["topics"]
    assert "implikationsspørgsmål" in missed["morgenpluk"]["how"]["da"]
    # asked about its area, the advice says how it comes out, not what to ask about
    from scoring.render import _missed_need_line

    assert missed["returvarer"]["touched_turns"] == [1]
    line = _missed_need_line(missed["returvarer"], "da")
    assert "du var inde på det i tur 1" in line and "spørg til" not in line
    assert missed["morgenpluk"]["touched_turns"] == []
    assert "spørg til" in _missed_need_line(missed["morgenpluk"], "da")


def test_open_objection_is_a_missed_opportunity(mini_library) -> None:
    t = play(mini_library, ["Hvad koster det jer, når pakkerne rydder op?", "/end"])
    c = card(mini_library, t).to_dict()
    assert [o["id"] for o in c["missed"]["objections"]] == ["for_dyrt"]


def test_believed_vs_true(mini_library, strong) -> None:
    bvt = card(mini_library, strong).to_dict()["believed_vs_true"]
    assert bvt["believed"] == bvt["true"]
    assert bvt["situation"] and bvt["alternative"]


def test_json_shape_is_stable_and_versioned(mini_library, strong) -> None:
    d = card(mini_library, strong).to_dict()
    assert d["format"] == "brobygger-score" and d["version"] == 1
    assert 0 <= d["overall"] <= 100
    assert set(d["competences"]) == {
        "meeting_leadership",
        "needs_discovery",
        "handling_resistance",
        "business_understanding",
        "negotiation",
    }
    for comp in d["competences"].values():
        assert 0 <= comp["score"] <= 100
        assert comp["name"]["da"] and comp["name"]["en"]
        assert comp["band"]["id"] in {"excellent", "good", "developing", "needs_work"}
    assert set(d["parties"]) == {"company", "citizen", "jobcentre"}
    assert isinstance(d["all_parties_served"], bool)


def test_same_transcript_same_score_bytes(mini_library, strong) -> None:
    a = json.dumps(card(mini_library, strong).to_dict(), ensure_ascii=False)
    b = json.dumps(card(mini_library, json.loads(json.dumps(strong))).to_dict(), ensure_ascii=False)
    assert a == b


@pytest.mark.parametrize(
    ("score", "band"),
    [(95, "excellent"), (90, "excellent"), (80, "good"), (60, "developing"), (10, "needs_work")],
)
def test_bands(score: int, band: str) -> None:
    assert band_for(score, [90, 75, 50])["id"] == band


def test_weights_from_the_scenario_change_overall(mini_library, strong) -> None:
    s = mini_library.scenarios["mini-lager"]
    base = score_transcript(strong, s)
    only_bu = s.model_copy(
        update={
            "scoring": s.scoring.model_copy(
                update={
                    "weights": {
                        "meeting_leadership": 0,
                        "needs_discovery": 0,
                        "handling_resistance": 0,
                        "negotiation": 0,
                        "business_understanding": 1,
                    }
                }
            )
        }
    )
    weighted = score_transcript(strong, only_bu)
    assert weighted.overall == base.competences["business_understanding"].score


def test_renderings(mini_library, strong) -> None:
    c = card(mini_library, strong)
    assert "Behovsafdækning" in text(c, "da")
    assert "Needs discovery" in text(c, "en")
    md = markdown(c, "da")
    assert md.startswith("## Vurdering:") and "| Behovsafdækning |" in md
    full = full_markdown(strong, c, "en")
    assert "## Transcript" in full and "Kasper" in full
    page = html(c, strong, "da")
    assert page.startswith("<!DOCTYPE html>") and "http" not in page.split("<body>")[0]
    assert "&lt;" not in page or True


def test_html_escapes_what_the_trainee_typed(mini_library) -> None:
    t = play(mini_library, ["<script>alert(1)</script>", "/end"])
    page = html(card(mini_library, t), t, "da")
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;" in page


def test_out_of_time_at_good_trust_scores_half_the_agreement_item(mini_library) -> None:
    scenario = mini_library.scenarios["mini-lager"]
    meeting = Meeting(scenario, mini_library.personas[scenario.company.persona], seed=2)
    meeting.state.trust = 80
    meeting.state.minutes_used = scenario.minutes - 0.1
    meeting.take_turn("Hvordan håndterer I returvarerne i dag?")
    doc = transcript_of(meeting)
    assert doc["outcome"]["phase"] == "follow_up"
    items = {i.code: i for i in card(mini_library, doc).competences["negotiation"].items}
    assert items["agreement"].points == 15 and items["agreement"].max == 30
    assert all(items[f"serves:{p}"].points == 0 for p in ("company", "citizen", "jobcentre"))


def test_a_deals_coverage_and_follow_up_are_not_shown_without_a_deal() -> None:
    from scoring.card import points_label
    from scoring.competences import _not_shown

    item = _not_shown("follow_up", [3], "der blev ingen aftale", "there was no agreement")
    assert (item.points, item.max, item.shown) == (0, 0, False)
    assert points_label(item.to_dict()) == "–"
    assert points_label({"points": -15, "max": 0}) == "-15"
    assert points_label({"points": 12, "max": 25}) == "12/25"


def test_a_meeting_without_a_deal_neither_earns_nor_loses_the_deals_own_items(
    mini_library, pushy
) -> None:
    c = card(mini_library, pushy)
    items = {i.code: i for comp in c.competences.values() for i in comp.items}
    for code in ("deal_meets_needs", "follow_up"):
        assert items[code].shown is False and items[code].max == 0
        assert items[code].da.startswith("Ikke vist")
    assert "gang(e)" not in str(c.to_dict()) and "(er)" not in str(c.to_dict())


def test_an_act_the_model_only_guessed_neither_earns_nor_costs() -> None:
    from scoring.competences import Facts, _uncertain

    turns = [
        {"n": 1, "action": "say", "acts": ["summarize"],
         "sentences": [{"text": "Så fylder hun bilerne op.", "acts": ["summarize"],
                        "guessed": ["summarize"]}]},
        {"n": 2, "action": "say", "acts": ["summarize"],
         "sentences": [{"text": "Hvis jeg forstår dig ret, mangler I folk.",
                        "acts": ["summarize"]}]},
        {"n": 3, "action": "say", "acts": ["proposal"], "sentences": []},  # the terms form
    ]
    f = Facts.of({"turns": turns, "outcome": {"phase": "no_deal"}})
    assert f.turns_with("summarize") == [2] and f.guessed_turns("summarize") == [1]
    assert f.turns_with("proposal") == [3]
    assert "tur 1" in _uncertain(f, "summarize", "da")


def test_an_item_resting_only_on_a_guess_is_shown_as_uncertain_and_costs_nothing() -> None:
    from scoring.competences import Facts, meeting_leadership

    guess = {"n": 1, "action": "say", "acts": ["summarize"],
             "sentences": [{"text": "Så fylder hun bilerne op.", "acts": ["summarize"],
                            "guessed": ["summarize"]}]}
    f = Facts.of({"turns": [guess], "outcome": {"phase": "no_deal"}})
    item = next(i for i in meeting_leadership(f, None) if i.code == "summaries")  # type: ignore
    assert (item.points, item.max, item.shown) == (0, 0, False)
    assert item.turns == (1,) and item.da.startswith("Usikker") and "tur 1" in item.da
    none = Facts.of({"turns": [{**guess, "acts": ["other"], "sentences": []}],
                     "outcome": {"phase": "no_deal"}})
    item = next(i for i in meeting_leadership(none, None) if i.code == "summaries")  # type: ignore
    assert (item.points, item.max, item.shown) == (0, 25, True)  # no summary at all: it shows


@pytest.mark.parametrize(("code", "act", "text"), [
    ("agenda", "agenda", "Jeg holder øje med uret. Først vil jeg høre om jer."),
    ("commitment", "ask_commitment", "Kan du bruge ham på efterbehandlingen?"),
])
def test_an_agenda_or_a_yes_asked_for_only_guessed_is_uncertain_not_missing(
    code: str, act: str, text: str
) -> None:
    from scoring.competences import Facts, meeting_leadership

    guess = {"n": 1, "action": "say", "acts": [act],
             "sentences": [{"text": text, "acts": [act], "guessed": [act]}]}
    f = Facts.of({"turns": [guess], "outcome": {"phase": "no_deal"}})
    item = next(i for i in meeting_leadership(f, None) if i.code == code)  # type: ignore
    assert (item.points, item.max, item.shown) == (0, 0, False)
    assert item.da.startswith("Usikker") and "tur 1" in item.da


def test_a_proposal_in_question_form_is_not_counted_as_an_open_question() -> None:
    from scoring.competences import Facts

    turns = [
        {"n": 1, "action": "say", "acts": ["proposal"],
         "sentences": [{"text": "Hvad med 20 timer om ugen?", "acts": ["proposal"],
                        "question_kind": "open"}]},
        {"n": 2, "action": "say", "acts": ["open_question"],
         "sentences": [{"text": "Hvordan ser en morgen ud?", "acts": ["open_question"],
                        "question_kind": "open"}]},
    ]
    f = Facts.of({"turns": turns, "outcome": {"phase": "no_deal"}})
    assert [n for n, _ in f.questions()] == [2]


def test_an_agreement_without_a_start_date_is_not_yet_full() -> None:
    from scoring.competences import Facts, negotiation

    def agreement_item(start: str | None):
        f = Facts.of({"turns": [{"n": 1, "action": "say", "acts": ["proposal"], "sentences": []}],
                      "outcome": {"phase": "agreement", "terms": {"start": start}}})
        return next(i for i in negotiation(f, None, {}) if i.code == "agreement")  # type: ignore

    assert agreement_item("mandag").points == 30
    undated = agreement_item(None)
    assert (undated.points, undated.max) == (25, 30) and "startdato" in undated.da


def test_a_need_named_in_a_proposal_is_not_asked_into(mini_library) -> None:
    """"du var inde på det i tur N" says the trainee asked into the need's area; naming a word of
    it in a proposal is not asking into it."""
    t = play(mini_library, ["Jeg foreslår, at hun tager sig af returvarerne.", "/end"])
    missed = {m["id"]: m for m in card(mini_library, t).to_dict()["missed"]["needs"]}
    assert missed["returvarer"]["touched_turns"] == []

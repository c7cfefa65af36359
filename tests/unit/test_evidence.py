"""Every scored item cites the trainee's words that earned or cost it; adapting means changing
what a party said no to."""

from __future__ import annotations

import re

import pytest

from scoring import score_transcript
from scoring.card import cited
from scoring.evidence import QUOTE_CHARS, _quote
from scoring.render import html, markdown, text
from sim.agreement import Terms
from tests.unit.test_scoring import STRONG, play

NO_TASKS = Terms(scheme="virksomhedspraktik", hours_per_week=15, weeks=4)
FULL = Terms(scheme="virksomhedspraktik", hours_per_week=15, weeks=4,
             tasks=("returhaandtering",), support=("mentor",))


def _items(library, transcript) -> dict[str, dict]:
    card = score_transcript(transcript, library.scenarios["mini-lager"]).to_dict()
    return {i["code"]: i for c in card["competences"].values() for i in c["items"]}


@pytest.fixture(scope="module")
def strong_items(mini_library) -> tuple[dict, dict]:
    transcript = play(mini_library, STRONG)
    return transcript, _items(mini_library, transcript)


def test_an_objection_cites_the_acknowledgement_the_exploring_question_and_the_answer(
        strong_items) -> None:
    _, items = strong_items
    words = [(w["turn"], w["text"]) for w in items["objection:for_dyrt"]["words"]]
    # the question "hvis det ikke kostede løn?" answers nothing; the statement after it does
    assert words == [(6, "Det forstår jeg godt."),
                     (6, "Hvad ville det betyde for jer, hvis det ikke kostede løn?"),
                     (7, "I en virksomhedspraktik betaler I ingen løn.")]


def test_needs_cite_the_question_that_uncovered_them(strong_items) -> None:
    _, items = strong_items
    assert [(w["turn"], w["text"]) for w in items["needs_uncovered"]["words"]] == [
        (3, "Hvordan håndterer I returvarerne i dag?"),
        (4, "Hvad betyder det for jeres ordrer, når morgenen er travl?"),
    ]


def test_cited_words_are_the_trainees_own_on_the_items_turns(strong_items) -> None:
    transcript, items = strong_items
    said = {t["n"]: re.sub(r"\s+", " ", t["text"]) for t in transcript["turns"]
            if t["action"] == "say"}
    for item in items.values():
        for w in item.get("words", []):
            assert w["turn"] in item["turns"]
            for piece in w["text"].strip("…").split("…"):
                assert piece.strip() in said[w["turn"]], (item["code"], w)


def test_outcomes_and_items_never_earned_cite_no_words(strong_items) -> None:
    _, items = strong_items
    for code in ("agreement", "serves:company", "commitment", "evidence"):
        assert "words" not in items[code], code


def test_a_long_sentence_is_cut_around_the_words_that_count() -> None:
    sentence = ("Jeg har tænkt rigtig meget over det, du sagde sidst om jeres morgener og om de "
                "unge, og derfor vil jeg gerne foreslå, at hun kommer tirsdag og torsdag fra otte "
                "til tolv, hvor der er mest at lave i pantrummet og i gården bag butikken.")
    at = sentence.index("tirsdag og torsdag")
    quote = _quote(sentence, at, len("tirsdag og torsdag"))
    assert "tirsdag og torsdag" in quote
    assert len(quote) <= QUOTE_CHARS + 2
    assert quote.startswith("…") or quote.endswith("…")
    assert _quote("Kort sætning.") == "Kort sætning."


def test_the_card_shows_the_words_in_every_rendering(mini_library, strong_items) -> None:
    transcript, items = strong_items
    assert cited(items["objection:for_dyrt"]) == [
        "tur 6: »Det forstår jeg godt.«",
        "tur 6: »Hvad ville det betyde for jer, hvis det ikke kostede løn?«",
        "tur 7: »I en virksomhedspraktik betaler I ingen løn.«",
    ]
    assert cited(items["objection:for_dyrt"], "en")[0] == "turn 6: “Det forstår jeg godt.”"
    card = score_transcript(transcript, mini_library.scenarios["mini-lager"])
    assert "tur 6: »Det forstår jeg godt.«" in text(card)
    assert "  - tur 6: »Det forstår jeg godt.«" in markdown(card)
    assert "tur 6: »Det forstår jeg godt.«" in html(card, transcript)


def test_the_same_terms_put_again_after_a_counter_adapt_nothing(mini_library) -> None:
    transcript = play(mini_library, STRONG[:6] + [("Mit forslag er det her.", NO_TASKS),
                                                  ("Jeg foreslår det her.", NO_TASKS)])
    options = _items(mini_library, transcript)["options"]
    assert options["points"] == 5
    assert options["da"] == "Lagde konkrete vilkår frem, men tilpassede dem ikke"


def test_terms_changed_to_meet_the_counter_are_an_adapted_proposal(mini_library) -> None:
    transcript = play(mini_library, STRONG[:6] + [("Mit forslag er det her.", NO_TASKS),
                                                  ("Så foreslår jeg det her.", FULL)])
    options = _items(mini_library, transcript)["options"]
    assert options["points"] == 15
    assert options["da"] == "Tilpassede forslaget efter modparternes svar"
    assert options["turns"] == [8]


def test_the_companys_figures_put_to_an_argument_count_as_figures_and_are_cited() -> None:
    from scoring.card import Item
    from scoring.competences import Facts
    from scoring.evidence import cite

    turns = [{"n": 1, "action": "say", "acts": ["business_case", "closed_question"],
              "text": "…", "sentences": [
                  {"text": "Ti montører, fem dage – så er det 25 timer om ugen.",
                   "acts": ["business_case"], "guessed": ["business_case"]},
                  {"text": "Er en halv time realistisk?", "acts": ["closed_question"]}]},
             {"n": 2, "action": "say", "acts": ["business_case"], "text": "…", "sentences": [
                 {"text": "Det vil spare jer for meget bøvl.", "acts": ["business_case"]}]}]
    f = Facts.of({"turns": turns, "outcome": {"phase": "no_deal"}})
    assert f.figure_turns() == [1]  # an argument without a figure is none
    item = Item("evidence", 12, 20, (1,), "", "")
    assert cite(item, f, None) == ((1, "Ti montører, fem dage – så er det 25 timer om ugen."),)

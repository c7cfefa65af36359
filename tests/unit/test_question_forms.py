"""How consultant Danish is read sentence by sentence: SPIN through particles, a clause put
first, tags that check understanding, sums, a candidate held back, duties reported not put."""

from __future__ import annotations

import pytest

from sim.reading.acts import read_turn
from sim.reading.lexicon import danish_spelling
from sim.text import split_sentences


def _sentences(text: str) -> list[tuple[tuple[str, ...], str | None]]:
    return [(s.acts, s.spin) for s in read_turn(text).sentences]


@pytest.mark.parametrize("text,spin", [
    ("Hvad ville det egentlig betyde for forretningen, hvis hver montør fik en time mere?",
     "need_payoff"),
    ("Hvis sliberiet kunne holde trit, hvad ville det så betyde for jeres lørdage?",
     "need_payoff"),
    ("Lad os lige lege med tanken: hvis I havde én mere, hvad kunne I så sige ja til?",
     "need_payoff"),
    ("Hvad betyder de lørdage med overarbejde for jer?", "implication"),
    ("Hvad har det kostet jer det sidste år, at I har måttet sige nej?", "implication"),
    ("Hvad løber det egentlig op i om ugen?", "implication"),
    ("Hvor i produktionen hober arbejdet sig op?", "problem"),
    ("Hvordan holder I øje med datoerne i dag?", "situation"),
    # what the consultant would find there asks how things are, not what a fix would be worth
    ("Hvis jeg nu gik en tur bag ved lageret, hvad ville jeg så se?", "situation"),
])
def test_spin_is_read_through_particles_and_word_order(text: str, spin: str) -> None:
    assert [s for acts, s in _sentences(text) if "open_question" in acts][0] == spin


def test_a_clause_of_time_put_first_leaves_the_question_to_the_main_clause() -> None:
    text = "Når I løber tør for folk om lørdagen, hvad betyder det så for kunderne?"
    assert _sentences(text) == [(("open_question",), "implication")]
    # without a question mark the inverted verb after the clause states, it does not ask
    stated = read_turn("Når I nu har så travlt, er I nødt til at tage imod hjælp.")
    assert not stated.sentences[0].question_kind


def test_a_tag_that_checks_understanding_is_a_summary_and_so_is_what_it_checks() -> None:
    text = "Så oprydningen koster jer både montørtimer og en bod. Hørte jeg det rigtigt?"
    assert [acts for acts, _ in _sentences(text)] == [("summarize",), ("summarize",)]
    for tag in ("Rammer jeg det?", "Har jeg fat i det?", "Er det rigtigt forstået?"):
        assert read_turn(tag).acts == ("summarize",), tag


def test_the_employers_story_said_back_is_a_summary() -> None:
    turn = read_turn("Jeg har forstået, at I har sagt nej til tre anlæg siden sommer. "
                     "Hvad har det betydet for jer?")
    assert turn.acts == ("summarize", "open_question")


def test_a_question_for_an_amount_is_marked_as_measuring() -> None:
    assert read_turn("Hvor meget ryger der egentlig ud hver uge?").sentences[0].measures
    assert not read_turn("Byder I på offentlige opgaver?").sentences[0].measures


def test_a_sum_on_the_companys_numbers_is_business_case_not_evidence_or_summary() -> None:
    turn = read_turn("Så hvis jeg regner lidt på det: ti montører, en time hver om dagen, 600 kr. "
                     "i timen – det er 6.000 kr. om dagen, der ikke bliver faktureret.")
    assert turn.acts == ("business_case",)
    assert read_turn("9.000 om ugen – det er jo over 450.000 kr. om året.").acts == (
        "business_case",)


def test_a_candidate_held_back_till_the_needs_are_heard_is_agenda_not_a_pitch() -> None:
    held = read_turn("Jeg har en kandidat med, men han venter i kantinen, til vi eventuelt "
                     "når dertil.")
    assert held.acts == ("agenda",)
    # qualities are a pitch, whenever the candidate comes in
    assert "candidate_pitch" in read_turn(
        "Jeg har en kandidat med, som har truckcertifikat, men han venter i kantinen.").acts


@pytest.mark.parametrize("text", [
    "Hvad betyder det for jer, når I bliver nødt til at takke nej til en kunde?",
    "Så kunden stiller krav til, hvordan I tager et socialt ansvar i bemandingen.",
])
def test_a_duty_reported_is_no_pressure(text: str) -> None:
    assert "pressure" not in read_turn(text).acts


def test_a_duty_put_on_the_company_is_still_pressure() -> None:
    assert "pressure" in read_turn("I er nødt til at tage et socialt ansvar.").acts


def test_a_subject_put_first_and_taken_up_after_a_dash_is_one_sentence() -> None:
    assert split_sentences("Og papirarbejdet – det klarer jeg.") == [
        "Og papirarbejdet – det klarer jeg."]
    assert read_turn("Og papirarbejdet – det klarer jeg.").acts == ("offer_support",)


def test_closing_pleasantries_are_greeting() -> None:
    assert read_turn("Tak for i dag. Det har været en rigtig god snak.").acts == ("greeting",)


@pytest.mark.parametrize("typed,spelt", [
    ("pa", "på"), ("gar", "går"), ("saette", "sætte"), ("fakturaer", "fakturaer"),
    ("skemaer", "skemaer"), ("michael", "michael"),
])
def test_words_typed_without_danish_letters_are_read_as_danish(typed: str, spelt: str) -> None:
    assert danish_spelling(typed) == spelt


@pytest.mark.parametrize("text,acts", [
    ("Du var i gang med at fortælle om dem?", ("open_question",)),
    ("Må jeg foreslå, at vi henter Camilla ind nu, så hun selv kan høre om opgaverne?",
     ("agenda",)),
    ("Vi henter varerne ind om morgenen.", ("other",)),  # goods, not a person, are brought in
    ("Og papirerne klarer jeg, så det ikke bliver dig, der sidder med dem om aftenen.",
     ("offer_support",)),
    ("Du sagde ti montører og 600 kr. i timen. Det er 6.000 kr. om dagen, der ikke faktureres.",
     ("business_case",)),
    ("Hvordan går det med jer for tiden?", ("greeting",)),  # small talk, not discovery
])
def test_consultant_turns_read_by_their_words(text: str, acts: tuple[str, ...]) -> None:
    assert read_turn(text).acts == acts


@pytest.mark.parametrize("text", [
    "Det kommer ikke til at gå ud over kunderne, det lover jeg dig.",
    "Det sker nok ikke – det skal du ikke gå og tænke på.",
])
def test_comfort_without_substance_is_read_as_reassurance(text: str) -> None:
    assert all(s.reassurance for s in read_turn(text).sentences)


@pytest.mark.parametrize("text", [
    "Hvad laver montørerne egentlig den første time om morgenen?",
    "Hvem tager sig af pallerne og papballepresseren om morgenen, når varerne er kommet?",
])
def test_a_question_about_their_day_proposes_nothing(text: str) -> None:
    assert read_turn(text).acts == ("open_question",)


def test_a_question_naming_the_candidate_and_terms_still_proposes() -> None:
    assert "proposal" in read_turn(
        "Hvad så hvis Sara kommer tirsdag og torsdag fra 8 til 12 og tager flaskeautomaten?").acts


def test_their_predicament_asked_about_is_no_pressure() -> None:
    assert read_turn("Hvad sker der med de kunder, I bliver nødt til at sige nej til?").acts == (
        "open_question",)


def test_orders_coming_through_are_no_agenda() -> None:
    turn = read_turn("Fem til seks millioner i afviste ordrer – hvis bare en tiendedel kunne "
                     "komme igennem, er det over en halv million i omsætning.")
    assert turn.acts == ("business_case",)
    assert read_turn("Jeg vil gerne komme igennem tre punkter i dag.").acts == ("agenda",)


@pytest.mark.parametrize("text,acts", [
    ("I lapper det altså med vikarer og lørdagsoverarbejde, ikke?", ("summarize",)),
    ("Aftale?", ("ask_commitment",)),
    ("Må jeg spørge, om I nogensinde har haft nogen i praktik før?", ("closed_question",)),
    ("Må jeg spørge, hvordan datokontrollen foregår hos jer i dag?", ("open_question",)),
])
def test_tags_one_word_asks_and_indirect_questions(text: str, acts: tuple[str, ...]) -> None:
    assert read_turn(text).acts == acts


def test_a_stressed_der_is_no_verb() -> None:
    # "dér" with its accent is the adverb "der", not a verb that starts a question
    turn = read_turn(
        "Det er faktisk præcis dér, Sara har sin erfaring fra – og dér hun trives bedst."
    )
    assert not {"closed_question", "open_question"} & set(turn.acts)

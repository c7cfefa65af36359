"""Reading in context and charitably: check-ins, comfort, minimising, candidate, guesses."""

from __future__ import annotations

from dataclasses import replace

import pytest

from sim.reading.acts import UNCERTAIN_CUE, SentenceReading, TurnReading, read_turn
from sim.reading.context import (
    CONTEXT_CUE,
    FOLLOW_UP_CUE,
    DialogueContext,
    names_concern,
    read_in_context,
)

AFTER_AGENDA = DialogueContext(phase="opening", previous_acts=("agenda",))
AFTER_PROPOSAL = DialogueContext(
    phase="negotiation", terms_on_table=True, previous_acts=("proposal",)
)
CONCERN_OPEN = DialogueContext(phase="objections", open_objections=1)


def acts(text: str, ctx: DialogueContext, answers: bool = False) -> tuple[str, ...]:
    return read_in_context(read_turn(text), ctx, answers).acts


@pytest.mark.parametrize("check", ["Passer det?", "Er det i orden med dig?", "Lyder det fint?",
                                   "Er det ok?", "Giver det mening for dig?"])
def test_a_check_in_after_the_agenda_is_agenda(check: str) -> None:
    text = f"Jeg foreslår, at vi starter med jeres hverdag og tager mulighederne til sidst. {check}"
    assert acts(text, DialogueContext(phase="opening")) == ("agenda",)
    assert acts(check, AFTER_AGENDA) == ("agenda",)


@pytest.mark.parametrize("check", ["Passer det?", "Er det i orden med dig?", "Lyder det fint?"])
def test_a_check_in_after_terms_asks_for_a_yes(check: str) -> None:
    assert acts(check, AFTER_PROPOSAL) == ("ask_commitment",)


def test_a_check_in_after_the_next_steps_asks_for_the_yes_whatever_was_guessed_before() -> None:
    text = ("Så næste skridt, helt konkret: Start mandag om to uger klokken otte. Hvis det ikke "
            "fungerer, ringer du til mig, og så stopper vi eller justerer. Er vi enige om det?")
    ctx = DialogueContext(phase="closing", terms_on_table=True, previous_acts=("closed_question",))
    turn = read_in_context(read_turn(text), ctx)
    assert turn.sentences[-1].acts == ("ask_commitment",)


@pytest.mark.parametrize(("text", "act"), [
    ("Må jeg starte med et par hurtige spørgsmål om firmaet?", "agenda"),  # the plan, asked
    ("Må jeg stille dig et par spørgsmål om, hvordan I arbejder?", "agenda"),
    ("Må jeg høre lidt om jeres morgener?", "open_question"),  # a topic asked about
])
def test_leave_to_ask_questions_is_the_plan_not_a_yes_no_question(text: str, act: str) -> None:
    assert read_turn(text).acts == (act,)


@pytest.mark.parametrize(("text", "summary"), [
    ("Jeg har hørt, at I bruger mange timer på pant.", True),  # what they said, recapped
    ("Jeg har hørt, at mange i supermarkeder er unge på deltid.", False),  # hearsay of the trade
])
def test_heard_that_recaps_them_only_when_it_is_about_them(text: str, summary: bool) -> None:
    assert ("summarize" in read_turn(text).acts) is summary


def test_a_ja_men_taken_back_at_once_is_none() -> None:
    text = "Ja, men… nej, undskyld, lad mig sige det ordentligt. Du har helt ret."
    assert read_turn(text).sentences[0].yes_but  # alone it would be
    turn = read_in_context(read_turn(text), CONCERN_OPEN)
    assert not any(s.yes_but for s in turn.sentences) and "pressure" not in turn.acts
    kept = read_in_context(read_turn("Ja, men det var før min tid."), CONCERN_OPEN)
    assert kept.sentences[0].yes_but


def test_the_context_change_is_explained() -> None:
    turn = read_in_context(read_turn("Passer det?"), AFTER_AGENDA)
    assert any(c.startswith(CONTEXT_CUE) for c in turn.sentences[0].cues)


@pytest.mark.parametrize("comfort", ["Det skal du ikke tænke på.", "Bare rolig, det klarer vi.",
                                     "Det skal du ikke være bekymret for."])
def test_comfort_dismisses_an_open_concern_only(comfort: str) -> None:
    assert "pressure" in acts(comfort, CONCERN_OPEN)
    assert "pressure" not in acts(comfort, DialogueContext(phase="needs_discovery"))
    assert "acknowledge" not in acts(comfort, DialogueContext(phase="needs_discovery"))


@pytest.mark.parametrize("comfort", ["Det skal du slet ikke tænke på, det går helt sikkert fint.",
                                     "Det skal du ikke være nervøs for, det går nok.",
                                     "Det skal du nu ikke tænke så meget over, Mette."])
def test_two_comforts_in_one_sentence_are_one(comfort: str) -> None:
    assert "pressure" in acts(comfort, CONCERN_OPEN)
    assert acts(comfort, DialogueContext(phase="needs_discovery")) == ("other",)


@pytest.mark.parametrize("brush_off", ["Ja, men sådan er det jo med alle nye medarbejdere.",
                                       "Ja, men det må I jo kunne finde ud af.",
                                       "Det var en anden konsulent dengang, så det kan jeg ikke "
                                       "svare for."])
def test_brushing_a_concern_off_dismisses_it_when_open(brush_off: str) -> None:
    assert "pressure" in acts(brush_off, CONCERN_OPEN)
    assert "pressure" not in acts(brush_off, DialogueContext(phase="needs_discovery"))
    assert "acknowledge" not in acts(brush_off, CONCERN_OPEN)


def test_it_is_not_right_that_you_sort_people_out_is_still_pressure() -> None:
    assert "pressure" in read_turn("Det er ikke i orden, at I sorterer folk fra.").acts


@pytest.mark.parametrize("question", ["Hvad med weekenderne?", "Hvad med lørdagene?"])
def test_hvad_med_their_week_before_a_candidate_is_a_question(question: str) -> None:
    assert acts(question, DialogueContext(phase="needs_discovery")) == ("open_question",)
    on_the_table = DialogueContext(phase="negotiation", terms_on_table=True,
                                   candidate_introduced=True)
    assert acts(question, on_the_table) == ("proposal",)


def test_a_guessed_request_for_a_yes_before_anything_is_on_the_table_is_a_question() -> None:
    """"Er det noget, kæden kigger jer over skulderen på?" once read by the model alone as a
    request for a yes: with nothing on the table it is the question its form says."""
    turn = read_turn("Er det noget, kæden kigger jer over skulderen på?")
    guess = replace(turn.sentences[0], acts=("ask_commitment",), guessed=("ask_commitment",),
                    question_kind="closed")
    turn = replace(turn, acts=("ask_commitment",), sentences=(guess,))
    assert read_in_context(turn, DialogueContext(phase="needs_discovery")).acts == (
        "closed_question",)
    assert read_in_context(turn, AFTER_PROPOSAL).acts == ("ask_commitment",)
    ruled = replace(guess, guessed=())  # read from the words ("Skal vi sige det?"): kept
    assert read_in_context(replace(turn, sentences=(ruled,)),
                           DialogueContext(phase="needs_discovery")).acts == ("ask_commitment",)


def test_an_okay_plan_after_the_agenda_is_agenda() -> None:
    assert acts("Er det en okay plan?", AFTER_AGENDA) == ("agenda",)
    assert acts("Er det en okay plan?", AFTER_PROPOSAL) == ("ask_commitment",)


def test_comfort_with_substance_is_not_dismissing() -> None:
    text = "Det skal du ikke tænke på. Jeg er hendes faste kontaktperson og kommer hver uge."
    assert "pressure" not in acts(text, CONCERN_OPEN, answers=True)
    assert "pressure" not in acts("Det skal du ikke tænke på. Hvad er du mest bekymret for?",
                                  CONCERN_OPEN)


def test_comfort_after_men_is_read_too() -> None:
    assert "pressure" in acts("Hun har angst, men det skal du ikke tænke på.", CONCERN_OPEN)


def test_playing_a_concern_down_dismisses_it_when_open() -> None:
    text = "Det sker altså ikke så tit."
    assert "pressure" in acts(text, CONCERN_OPEN)
    assert "pressure" not in acts(text, DialogueContext(phase="needs_discovery"))


def test_a_statement_about_the_candidate_by_name_presents_her() -> None:
    ctx = DialogueContext(citizen_names=("Camilla", "Camilla Holm"))
    text = "Camilla har tolv år fra en el-grossist og kender varenumrene bedre end de fleste."
    assert acts(text, ctx) == ("candidate_pitch",)


# Sentences strong and middling consultants wrote in natural meetings that were read as pressure
# before the reader became charitable. None of them pressures, moralises or dismisses.
NOT_PRESSURE = [
    "Haha, nej, det er heller ikke en aftale jeg beder om endnu.",
    "Og det er vel også der hvor I har mest travlt nu med solceller og varmepumper?",
    "Hvad betyder det for jer, når folk står på lageret – siger I nej til noget arbejde?",
    "Undskyld, det var ikke sådan ment.",
    "Og det er jo ikke for at være socialt, Jørgen er faglært og kan tage noget af arbejdet.",
    "Det forstår jeg godt, og det ansvar skal du ikke stå alene med.",
    "I laver jo også en del til offentlige kunder, kan jeg se.",
    "Det har du fuldstændig ret i, og det er ikke godt nok – det var derfor jeg sagde undskyld.",
    "Det er en helt fair pointe, og jeg skal ikke bede dig om at tage et socialt ansvar.",
    "Det gør vi gerne.",
    "Kom endelig ind.",
    "Hvis der er noget, skal du bare ringe til mig.",
    "Du skal bare ringe, så kommer jeg.",
    "Papirerne klarer jeg, du skal bare skrive under.",
    "Og så, undskyld, det skulle jeg have sagt først – du skal jo have én fast person.",
    "Det må jeg undskylde. Det er ikke i orden, at ingen fra jobcentret fulgte op.",
    "Det er ikke fordi, jeg vil presse dig, men kan vi sige, at vi går videre med det?",
    "Nu er jeg jo ikke elektriker, så du må undskylde, hvis jeg spørger dumt – men hvad går "
    "dine montørers morgen egentlig med?",
]


@pytest.mark.parametrize("text", NOT_PRESSURE)
def test_polite_negated_and_particle_sentences_are_not_pressure(text: str) -> None:
    assert "pressure" not in read_turn(text).acts


@pytest.mark.parametrize("text", [
    "I har altså et socialt ansvar som virksomhed.",
    "Skal vi ikke bare sige, at hun starter på mandag?",
    "Hvad har du at tabe?",
    "Det må I bare vænne jer til.",
    "Det er bare fordomme.",
    "Hvis alle tænkte som jer, kom ingen i arbejde.",
    "I er alt for kræsne.",
    "Det ville være ærgerligt, hvis det kom ud i lokalavisen.",
])
def test_explicit_pressure_is_still_read(text: str) -> None:
    assert "pressure" in read_turn(text).acts


def test_a_weak_model_guess_of_pressure_is_shown_and_costs_nothing() -> None:
    reading = read_turn("Undskyld, det var ikke sådan ment.")
    assert "pressure" not in reading.acts
    assert any(c.startswith(UNCERTAIN_CUE + "pressure") for s in reading.sentences
               for c in s.cues)


def test_guessed_acts_are_not_certain() -> None:
    reading = read_turn("Hun har arbejdet på et lager i mange år.")
    for s in reading.sentences:
        for a in s.guessed:
            assert a in s.acts
    assert set(reading.certain) <= set(reading.acts)


def test_a_question_on_the_companys_topics_is_a_question() -> None:
    # the act model took this question for small talk; the scenario's topics say otherwise
    text = "Hvor lang tid tager det at tømme automaten?"
    small_talk = SentenceReading(text=text, acts=(), question=True, lang="da",
                                 cues=("model: other 0.57",), question_kind="open")
    turn = TurnReading(text=text, acts=("other",), sentences=(small_talk,))
    read = read_in_context(turn, DialogueContext(), on_topic=lambda s: "automaten" in s)
    assert read.acts == ("open_question",)
    assert f"{CONTEXT_CUE}a question about the company's own topics" in read.sentences[0].cues
    assert read_in_context(turn, DialogueContext(), on_topic=lambda s: False).acts == ("other",)


CONCERN_VOICED = DialogueContext(phase="needs_discovery", open_objections=1,
                                 employer_concern=True)


@pytest.mark.parametrize("question", ["Hvad er det præcis, du er bekymret for?",
                                      "Hvad skete der dengang?",
                                      "Kan du fortælle mere om det, du nævner?"])
def test_a_question_about_the_concern_follows_it_up(question: str) -> None:
    read = read_in_context(read_turn(question), CONCERN_VOICED)
    assert set(read.acts) & {"open_question", "closed_question"}
    assert f"{CONTEXT_CUE}{FOLLOW_UP_CUE}" in read.sentences[0].cues
    # with no concern voiced it is only a question
    plain = read_in_context(read_turn(question), DialogueContext(phase="needs_discovery"))
    assert f"{CONTEXT_CUE}{FOLLOW_UP_CUE}" not in plain.sentences[0].cues


def test_comfort_after_the_trainee_named_a_worry_dismisses_it() -> None:
    named = DialogueContext(phase="needs_discovery", concern_named=True)
    assert "pressure" in acts("Det skal du nu ikke tænke så meget over, Mette. Det ordner sig.",
                              named)
    assert "pressure" in acts("Ja, men stress smitter jo ikke, vel.", named)
    assert "pressure" not in acts("Det ordner sig.", DialogueContext(phase="needs_discovery"))


@pytest.mark.parametrize(
    ("sentences", "named"),
    [
        ([{"text": "Jeg kan godt høre, du er bekymret for kunderne.", "acts": ["acknowledge"]}],
         True),
        ([{"text": "Hvad er din største bekymring?", "acts": ["open_question"],
           "question_kind": "open"}], True),
        ([{"text": "Hvordan ser en morgen ud?", "acts": ["open_question"],
           "question_kind": "open"}], False),
    ],
)
def test_a_turn_names_a_worry_by_acknowledging_or_asking_about_it(
    sentences: list[dict], named: bool
) -> None:
    assert names_concern(sentences) is named


@pytest.mark.parametrize("brush_off", ["Ja, men det tror jeg nu ikke bliver noget problem.",
                                       "Folk lægger slet ikke mærke til den slags.",
                                       "Ja, men det siger alle arbejdsgivere i starten.",
                                       "Det er bare en vanesag.",
                                       "Det var en anden konsulent dengang, så det kan du roligt "
                                       "glemme."])
def test_brush_off_idioms_dismiss_a_concern_on_the_table(brush_off: str) -> None:
    assert "pressure" in acts(brush_off, CONCERN_OPEN)
    assert "pressure" not in acts(brush_off, DialogueContext(phase="needs_discovery"))


@pytest.mark.parametrize("plain", ["Det er et problem for os.", "Folk lægger mærke til det."])
def test_the_same_words_without_the_brush_off_dismiss_nothing(plain: str) -> None:
    assert "pressure" not in acts(plain, CONCERN_OPEN)


@pytest.mark.parametrize("check", ["Er det en fornuftig rækkefølge for dig?", "Holder det?"])
def test_more_check_ins_after_the_agenda(check: str) -> None:
    assert acts(check, AFTER_AGENDA) == ("agenda",)


def test_a_tag_check_after_terms_asks_for_a_yes() -> None:
    assert acts("Det er i orden, ikke?", AFTER_PROPOSAL) == ("ask_commitment",)


@pytest.mark.parametrize("ask", ["Hvad tænker du om det?", "Hvad siger du til det?",
                                 "Hvordan lyder det?"])
def test_asking_what_the_employer_thinks_follows_what_was_put_forward(ask: str) -> None:
    assert acts(ask, AFTER_PROPOSAL) == ("ask_commitment",)
    assert acts(ask, AFTER_AGENDA) == ("agenda",)
    assert "agenda" not in acts(ask, DialogueContext(phase="needs_discovery"))


def test_ja_men_and_only_a_defence_brushes_an_open_concern_off() -> None:
    text = "Ja, men det var jo før min tid, og vi arbejder helt anderledes nu."
    assert acts(text, CONCERN_OPEN) == ("pressure",)
    assert "pressure" not in acts(text, DialogueContext(phase="needs_discovery"))
    # with something for the concern, it is no brush-off
    assert "pressure" not in acts("Ja, men vi ringer hver uge, og du har en fast kontaktperson.",
                                  CONCERN_OPEN, answers=True)


def _sentences(text: str) -> list[dict[str, object]]:
    return [{"text": s.text, "acts": list(s.acts), "question_kind": s.question_kind}
            for s in read_turn(text).sentences]


@pytest.mark.parametrize("summary", [
    "Du siger altså, at folk fra jobcentret altid er syge.",
    "Så hvis jeg forstår dig ret, er du bekymret for, at kollegerne skal bære det.",
])
def test_summing_up_their_worry_puts_it_on_the_table(summary: str) -> None:
    assert names_concern(_sentences(summary))
    brush_off = "Ja, men sådan er det altså slet ikke med folk i fleksjob."
    ctx = DialogueContext(phase="needs_discovery", concern_named=True)
    assert acts(brush_off, ctx) == ("pressure",)


def test_summing_up_their_day_names_no_worry() -> None:
    assert not names_concern(_sentences("Så I bruger en time hver morgen på at pakke bilerne."))


def test_people_in_a_scheme_are_no_offer_of_it() -> None:
    assert "offer_support" not in read_turn("Vi har gode erfaringer med folk i fleksjob.").acts
    assert "offer_support" in read_turn("Jeg tænker på et fleksjob til Jørgen.").acts


MID_DISCOVERY = DialogueContext(phase="needs_discovery", previous_acts=("open_question",))


@pytest.mark.parametrize("question", ["Og hvem tager dem i dag?", "Hvem tager dem så?"])
def test_a_question_on_what_was_just_said_is_a_question(question: str) -> None:
    assert acts(question, MID_DISCOVERY) == ("open_question",)


def test_hvad_med_their_work_before_a_candidate_proposes_nothing() -> None:
    text = "Hvad med oprydningen efter en sag – tager den også tid?"
    assert "proposal" not in acts(text, MID_DISCOVERY)
    # terms said make it a proposal, candidate or not
    assert "proposal" in acts("Hvad med fire uger, tirsdag til fredag fra 8 til 11?", MID_DISCOVERY)


@pytest.mark.parametrize("text", ["Skulle der opstå noget undervejs, så ring bare.",
                                  "Går det godt, lægger vi en fredag til."])
def test_a_verb_first_condition_is_no_question(text: str) -> None:
    assert read_turn(text).sentences[0].question_kind is None


def test_asking_who_is_no_request_for_a_yes() -> None:
    assert acts("Hvem vil du give hende som fast person?", MID_DISCOVERY) == ("open_question",)


@pytest.mark.parametrize("text", ["Vi følger tæt op, så vi tager det med det samme.",
                                  "Jeg følger løbende op og ringer til dig hver uge."])
def test_following_up_closely_is_a_next_step(text: str) -> None:
    assert read_turn(text).sentences[0].acts == ("next_steps",)


def test_asking_for_the_first_thought_after_a_candidate_is_a_question_about_them() -> None:
    after_pitch = DialogueContext(phase="objections", previous_acts=("agenda", "candidate_pitch"))
    assert acts("Hvad er din første tanke?", after_pitch) == ("open_question",)
    assert acts("Hvad er din første tanke?", AFTER_AGENDA) == ("agenda",)


def test_what_the_trainee_knew_before_the_meeting_is_no_summary() -> None:
    first = DialogueContext(phase="opening")
    text = "Jeg har forstået, at det ikke må trække ud, så jeg har sat en halv time af."
    assert "summarize" not in acts(text, first)
    # once the employer has spoken, it is a summary of what was said
    assert "summarize" in acts(text, AFTER_AGENDA)
    assert "summarize" in acts("Du siger altså, at folk fra jobcentret altid er syge.", first)


def test_a_pointer_back_to_a_topic_sums_nothing_up() -> None:
    got = acts("Du nævnte pantrummet – hvad er det egentlig, der sker derinde?", AFTER_AGENDA)
    assert "summarize" not in got and "open_question" in got


@pytest.mark.parametrize("text", [
    "Lad mig lige se, om jeg har forstået dig rigtigt: I er færre end sidste år.",
    "Jeg skal lige høre, om jeg har fat i den rigtige ende: Det er ikke kunderne.",
    "Rammer jeg nogenlunde?",
    "Er det nogenlunde dækkende, eller mangler jeg noget?",
])
def test_checking_ones_own_understanding_is_a_summary(text: str) -> None:
    assert any("summarize" in s.acts and "summarize" not in s.guessed
               for s in read_turn(text).sentences)

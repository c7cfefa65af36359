"""Replies that answer what was asked: the citizen's answer on the question's subject, the
employer naming the candidate's person, the citizen asked in by the employer, no stale objection."""

from __future__ import annotations

import pytest

from sim.content.library import ContentLibrary
from sim.engine.meeting import Meeting
from sim.reading.subjects import best_answers, subjects

SARA = [
    "Jeg var i flaskerummet, fra jeg var 15. Jeg kunne godt lide det – der var ro.",
    "Det bedste for mig er at vide på forhånd, hvad jeg skal lave, og hvem jeg skal gå til.",
    "Formiddage er bedst. Så har jeg overskud.",
    "Jeg kan godt arbejde hurtigt. Det er kunderne og det uforudsete, jeg skal vænne mig til.",
]


@pytest.mark.parametrize("question, subject", [
    ("Hvilke formiddage passer dig bedst?", "times"),
    ("Hvor mange timer vil du starte på?", "times"),
    ("Hvad har du lavet før?", "experience"),
    ("Hvad er vigtigt for dig, for at det bliver en god start?", "needs"),
    ("Er der noget ved kunderne, vi skal være opmærksomme på?", "limits"),
    # two subjects: the one asked first
    ("Hvilke tider passer dig, og hvad skal der til, for at ryggen holder?", "times"),
])
def test_a_question_is_read_for_its_subject(question: str, subject: str) -> None:
    assert subjects(question)[0] == subject


def test_the_answer_is_on_the_subject_asked_and_new_before_repeated() -> None:
    assert best_answers("Hvilke dage passer dig?", SARA, False) == ("times", [SARA[2]])
    assert best_answers("Hvad tænker du om det?", SARA, True) == ("experience", [SARA[0]])
    # the work asked about again: how they work best, not the same story twice
    assert best_answers("Kan du se dig selv i det?", SARA, True, said={SARA[0]}) == (
        "needs", [SARA[1]])
    assert best_answers("Hvordan har du det?", SARA, False) == (None, SARA)  # none fits: all


def _meeting(library: ContentLibrary, scenario_id: str) -> Meeting:
    scenario = library.scenarios[scenario_id]
    return Meeting(scenario, library.personas[scenario.company.persona], seed=1)


PITCH = ("Jeg har en kandidat, Sara, som har arbejdet tre år i et flaskerum. Hun er klar til en "
         "virksomhedspraktik på 8 timer om ugen i pantrummet, uden kundekontakt.")


def test_the_citizen_answers_on_the_subject_asked(bundled_library: ContentLibrary) -> None:
    m = _meeting(bundled_library, "dagligvare-angst")
    m.take_turn("Hej Mette, tak fordi du har tid.")
    m.take_turn("Hvordan ser en almindelig morgen ud hos jer?")
    m.take_turn(PITCH)
    m.take_turn("Skal jeg hente Sara ind?")
    rec = m.take_turn("Velkommen, Sara. Hvilke formiddage passer dig bedst?")
    assert [r["speaker"] for r in rec["replies"]] == ["citizen"]
    assert "Formiddage" in rec["replies"][0]["text"]
    assert {"type": "citizen_answered", "about": "times"} in rec["events"]


def test_the_employer_names_the_candidates_person_when_asked(
    bundled_library: ContentLibrary,
) -> None:
    m = _meeting(bundled_library, "dagligvare-angst")
    m.take_turn("Hej Mette, tak fordi du har tid.")
    m.take_turn(PITCH)
    while m.state.open_objections():  # answer what comes up: mentor hours pay for the time
        m.take_turn("Det forstår jeg godt. Vi betaler mentortimer, så din faste person får tid "
                    "til hende, og jeg tager papirerne og følger op hver uge.")
        if m.state.turn > 8:
            break
    if m.state.open_objections():
        pytest.skip("a concern stayed open in this line of play")
    rec = m.take_turn("Hvem af dine folk kunne være hendes faste person?")
    assert "contact_named" in [e["type"] for e in rec["events"]]
    assert rec["replies"][0]["text"].startswith(("Det kunne være Susanne", "Susanne"))


def test_no_name_is_given_over_an_open_concern(bundled_library: ContentLibrary) -> None:
    m = _meeting(bundled_library, "dagligvare-angst")
    m.take_turn("Hej Mette, tak fordi du har tid.")
    m.take_turn(PITCH)
    assert m.state.open_objections()
    rec = m.take_turn("Hvem kunne være hendes faste person?")
    if m.state.open_objections():
        assert "contact_named" not in [e["type"] for e in rec["events"]]


def test_a_persona_without_a_person_takes_it_on_itself(mini_meeting: Meeting) -> None:
    mini_meeting.take_turn("Hej Lene, tak fordi jeg måtte komme.")
    rec = mini_meeting.take_turn("Hvem skal hun gå til, når hun møder ind?")
    if "contact_named" in [e["type"] for e in rec["events"]]:
        assert "mig selv" in rec["replies"][0]["text"]
    else:
        assert mini_meeting.state.open_objections()


def test_at_the_deal_the_employer_asks_the_citizen_in_and_they_only_greet(
    bundled_library: ContentLibrary,
) -> None:
    m = _meeting(bundled_library, "dagligvare-angst")
    m.take_turn("Hej Mette, tak fordi du har tid.")
    m.take_turn("Hvordan ser en almindelig morgen ud hos jer?")
    rec = {}
    for line in (PITCH, "Det forstår jeg. Vi betaler mentortimer til hendes faste person.",
                 "Så lyder mit forslag: praktik i 13 uger, 15 timer om ugen i pantrummet."):
        rec = m.take_turn(line)
        if m.state.citizen_present:
            break
    assert m.state.citizen_present
    events = [e for e in rec["events"] if e["type"] == "citizen_joined"]
    assert events and not events[0].get("invited")
    assert "Sara" in rec["replies"][0]["text"]  # "Skal vi ikke få Sara med ind nu?"
    citizen = [r["text"] for r in rec["replies"] if r["speaker"] == "citizen"]
    assert len(citizen) == 1  # hello; what she thinks of 15 hours comes when she is asked
    rec = m.take_turn("Velkommen, Sara. Hvad siger du til det, Sara?")
    assert {"citizen_objects", "citizen_agrees"} & {e["type"] for e in rec["events"]}


def test_a_citizen_does_not_repeat_an_objection_nothing_has_changed(
    bundled_library: ContentLibrary,
) -> None:
    m = _meeting(bundled_library, "dagligvare-angst")
    for line in ("Hej Mette, tak fordi du har tid.", PITCH, "Skal jeg hente Sara ind?",
                 "Sara, praktikken er 15 timer om ugen i pantrummet. Hvad siger du?"):
        rec = m.take_turn(line)
    assert "citizen_objects" in [e["type"] for e in rec["events"]]
    rec = m.take_turn("Mette, vi betaler også et par mentortimer til hendes faste person.")
    assert not [r for r in rec["replies"] if r["speaker"] == "citizen"]
    rec = m.take_turn("Sara, hvad siger du så?")  # asked again: she says it again
    assert "citizen_objects" in [e["type"] for e in rec["events"]]


def test_what_the_company_gains_is_no_task(bundled_library: ContentLibrary) -> None:
    m = _meeting(bundled_library, "dagligvare-angst")
    m.take_turn("Hej Mette, tak fordi du har tid.")
    rec = m.take_turn("Så kassen kunne blive ved kassen. " + PITCH)
    assert rec["terms_said"]["tasks"] == ["bottle_return"]


def _to_concern(m: Meeting) -> None:
    m.take_turn("Hej Mette, tak fordi du har tid. Hvordan ser en almindelig morgen ud hos jer?")
    m.take_turn(PITCH)
    assert m.state.open_objections()


def test_a_check_on_the_worry_gets_the_worry_while_it_is_open(
    bundled_library: ContentLibrary,
) -> None:
    m = _meeting(bundled_library, "dagligvare-angst")
    _to_concern(m)
    rec = m.take_turn("Giver det dig lidt mere ro?")
    assert "Hvem skal tage sig af hende?" in rec["replies"][0]["text"]


def test_a_check_on_the_worry_once_it_is_answered_gets_a_yes(
    bundled_library: ContentLibrary,
) -> None:
    m = _meeting(bundled_library, "dagligvare-angst")
    _to_concern(m)
    m.take_turn("Det forstår jeg godt. Vi betaler mentortimer til hendes faste person, og jeg "
                "følger op hver uge.")
    if m.state.open_objections():
        pytest.skip("another concern came up")
    rec = m.take_turn("Giver det dig lidt mere ro?")
    assert rec["replies"][0]["text"].startswith("Ja")


def test_invited_to_ask_the_citizen_the_employer_asks_and_the_citizen_answers(
    bundled_library: ContentLibrary,
) -> None:
    m = _meeting(bundled_library, "dagligvare-angst")
    for line in ("Hej Mette, tak fordi du har tid.", PITCH,
                 "Det forstår jeg godt. Vi betaler mentortimer til hendes faste person, og jeg "
                 "følger op hver uge.", "Skal jeg hente Sara ind?"):
        m.take_turn(line)
    if m.state.open_objections():
        pytest.skip("a concern is open: the employer says it first")
    rec = m.take_turn("Mette, er der noget, du gerne vil spørge Sara om?")
    assert [r["speaker"] for r in rec["replies"]] == ["employer", "citizen"]
    assert rec["replies"][0]["text"].endswith("?")
    assert "employer_asks_citizen" in [e["type"] for e in rec["events"]]


def test_a_question_for_the_person_may_run_on_after_a_dash(
    bundled_library: ContentLibrary,
) -> None:
    from sim.reading.turn import TurnReader
    scenario = bundled_library.scenarios["staal-smed-fleksjob"]
    reader = TurnReader(scenario, bundled_library.personas[scenario.company.persona])
    r = reader.read("Så mangler vi de sidste detaljer: Henrik, hvilken svend skal være Jørgens "
                    "kontaktperson – og kan vi starte mandag om to uger?")
    assert r.asks_for_contact
    named = reader.read("Jeg vil gerne have et navn på den svend, der tager imod ham.")
    assert named.asks_for_contact
    assert not reader.read("Vores kontaktperson i jobcentret hedder Anne.").asks_for_contact


def test_a_question_on_their_experience_asks_no_yes_to_the_deal(
    bundled_library: ContentLibrary,
) -> None:
    m = _meeting(bundled_library, "dagligvare-angst")
    for line in ("Hej Mette, tak fordi du har tid.", PITCH, "Skal jeg hente Sara ind?"):
        m.take_turn(line)
    rec = m.take_turn("Jeg er din faste kontakt. Sara, vil du fortælle Mette, hvad du har "
                      "lavet før?")
    assert "citizen_agrees" not in [e["type"] for e in rec["events"]]
    assert {"type": "citizen_answered", "about": "experience"} in rec["events"]


def test_asked_what_holds_it_back_the_employer_voices_a_concern(
    bundled_library: ContentLibrary,
) -> None:
    m = _meeting(bundled_library, "dagligvare-angst")
    for line in ("Hej Mette, tak fordi du har tid.", PITCH,
                 "Det forstår jeg godt. Vi betaler mentortimer til hendes faste person, og jeg "
                 "følger op hver uge."):
        m.take_turn(line)
    assert not m.state.open_objections()
    rec = m.take_turn("Hvad er du mest betænkelig ved?")
    raised = [e for e in rec["events"] if e["type"] == "objection_raised"]
    assert len(raised) == 1 and raised[0]["asked"]


def test_nothing_on_the_table_leaves_nothing_to_be_wary_of(
    bundled_library: ContentLibrary,
) -> None:
    m = _meeting(bundled_library, "el-installatoer-praktik")
    rec = m.take_turn("Hej Lotte. Er der noget, du er bekymret for i firmaet lige nu?")
    assert not [e for e in rec["events"] if e["type"] == "objection_raised" and e.get("asked")]


def test_what_the_candidate_knows_asks_about_no_need(bundled_library: ContentLibrary) -> None:
    from sim.reading.turn import TurnReader
    scenario = bundled_library.scenarios["el-installatoer-praktik"]
    reader = TurnReader(scenario, bundled_library.personas[scenario.company.persona])
    r = reader.read("Jeg har en kandidat: Camilla, tolv år hos en el-grossist, først på lageret. "
                    "Hun kender varerne. Hvad tænker du?")
    assert "warehouse" in r.topics and "warehouse" in r.terms_topics


def _to_terms_with_sara(lib: ContentLibrary) -> Meeting:
    s = lib.scenarios["dagligvare-angst"]
    m = Meeting(s, lib.personas[s.company.persona], seed=1)
    for line in [
        "Goddag Mette, jeg hedder Lene og er fra jobcentret.",
        "Hvordan ser det ud i pantrummet en travl formiddag?",
        "Jeg har en kandidat, Sara, som har arbejdet i et flaskerum. Skal vi få Sara ind?",
        "Mit forslag er en virksomhedspraktik tirsdag og torsdag fra 8 til 11, seks timer om "
        "ugen, i pantrummet og ved papballepresseren, med Susanne som fast kontaktperson.",
    ]:
        m.take_turn(line)
    return m


@pytest.mark.parametrize("question", [
    "Sara, hvad er det bedste, Susanne kan gøre, hvis du bliver presset en dag?",
    "Sara, vil du helst have lov til at gå en pause, eller vil du helst sige det til Susanne?",
])
def test_an_open_or_either_or_question_to_the_citizen_gets_an_answer_not_a_yes(
    bundled_library: ContentLibrary, question: str,
) -> None:
    m = _to_terms_with_sara(bundled_library)
    assert m.state.citizen_present
    rec = m.take_turn(question)
    kinds = [e["type"] for e in rec["events"]]
    said = [r["text"] for r in rec["replies"] if r["speaker"] == "citizen"]
    assert "citizen_answered" in kinds and "citizen_agrees" not in kinds, kinds
    assert said and said[0] in m.scenario.citizen.lines["answer"]


@pytest.mark.parametrize("question", [
    "Sara, hvordan lyder det for dig?",
    "Sara – hvad med dig?",
    "Hvad siger du selv til det, Sara?",
])
def test_a_question_for_the_citizens_yes_gets_her_yes(
    bundled_library: ContentLibrary, question: str,
) -> None:
    m = _to_terms_with_sara(bundled_library)
    rec = m.take_turn(question)
    kinds = [e["type"] for e in rec["events"]]
    assert "citizen_agrees" in kinds or "citizen_objects" in kinds, kinds


def test_a_turn_put_to_the_citizen_gets_no_word_from_the_employer_on_the_terms(
    bundled_library: ContentLibrary,
) -> None:
    m = _to_terms_with_sara(bundled_library)
    rec = m.take_turn("Sara, tirsdag og torsdag fra 8 til 11 i pantrummet – hvordan lyder det?")
    assert not [e for e in rec["events"] if e["type"] == "terms_verdict"]
    assert [r["speaker"] for r in rec["replies"]] == ["citizen"]


def test_an_answer_given_already_is_said_as_given_before(bundled_library: ContentLibrary) -> None:
    from sim.engine.citizen import CitizenAgent
    from sim.engine.lines import DEFAULT_CITIZEN_LINES, LinePicker

    s = bundled_library.scenarios["staal-smed-fleksjob"]
    agent = CitizenAgent(s, LinePicker(1, {}))
    question = "Hvad har du lavet før, Jørgen?"
    lines = s.citizen.lines["answer"]
    on_it = [x for x in lines if "experience" in subjects(x)]
    seen = [agent.answer_to(question, []) for _ in range(len(on_it) + 1)]
    assert sorted(seen[:-1]) == sorted(on_it)  # each line on it once
    frames = [x.split("{line}")[0] for x in DEFAULT_CITIZEN_LINES["said_before"]["da"]]
    assert any(seen[-1].startswith(f) and seen[-1].endswith(tuple(on_it)) for f in frames)

"""Who a turn is put to (a name called, "I begge", "er vi enige?"); the citizen's yes in words."""

from __future__ import annotations

from pathlib import Path

import pytest

from sim.agreement import Terms
from sim.content.library import ContentLibrary
from sim.engine.meeting import Meeting
from sim.reading.context import DialogueContext
from sim.reading.turn import TurnReader


@pytest.fixture(scope="module")
def reader(mini_library: ContentLibrary) -> TurnReader:
    scenario = mini_library.scenarios["mini-lager"]  # citizen Sara Nielsen, employer Lene Holm
    return TurnReader(scenario, mini_library.personas[scenario.company.persona])


@pytest.mark.parametrize("text", [
    "Sara, hvad siger du til det?",
    "Og Sara – hvordan lyder det for dig?",
    "Hvad siger du selv til det, Sara?",
    "Det er otte timer om ugen. Kan du se dig selv i det, Sara?",
    "Lene, det lyder fornuftigt. Hvad siger du, Sara?",  # the last call decides
    "Nej, Sara, ikke ved kassen. Kan du se dig selv i de opgaver?",  # an answer, then the call
    # called between commas mid-sentence, then asked on
    "Ingen kasse, Sara, det er aftalt. Fortæl mig lige – hvad lavede du mest af i Netto?",
])
def test_a_name_called_puts_the_turn_to_the_citizen(reader: TurnReader, text: str) -> None:
    assert reader.read(text, citizen_present=True).addressee == "citizen"


@pytest.mark.parametrize("text", [
    "Jeg har en kandidat, Sara, som har arbejdet i en tøjbutik.",  # a name in passing
    "Kender du vores kandidat, Sara?",  # an apposition, asked of the employer
    "Sara kan starte på mandag, hvis I vil.",
    "Hvad siger du, Lene? Sara har sagt ja.",
    "Sara, hvad siger du? Lene, kan vi sige sådan?",  # the last call goes to the employer
    "Jeg har en kandidat, Sara, der har arbejdet på et lager. Hvad siger du?",  # apposition
])
def test_a_name_in_passing_is_no_call(reader: TurnReader, text: str) -> None:
    assert reader.read(text, citizen_present=True).addressee == "employer"


def test_a_call_before_the_citizen_joins_goes_to_the_employer(reader: TurnReader) -> None:
    assert reader.read("Sara, hvad siger du til det?", citizen_present=False).addressee == (
        "employer"
    )


@pytest.mark.parametrize("text, both", [
    ("Hvad siger I begge til det?", True),
    ("Kan I to leve med det?", True),
    ("Er vi enige om det?", True),
    ("Kan vi sige, at vi har en aftale?", True),
    ("Can you both live with that?", True),
    ("Vi starter i to uger og ser, hvordan det går.", False),
    ("Hvad med en praktik i to uger?", False),
    ("Hvordan håndterer I returvarerne i dag?", False),
    ("Lene, er vi enige?", False),  # the employer is called by name
    ("Kan vi give hånd på det – både du, Lene, og dig, Sara?", True),  # both called by name
])
def test_a_question_to_everyone_at_the_table(reader: TurnReader, text: str, both: bool) -> None:
    assert reader.read(text, citizen_present=True).to_both is both


DEAL = Terms(scheme="virksomhedspraktik", hours_per_week=15, weeks=4,
             tasks=("returhaandtering",), support=("mentor",))


def _to_proposal(m: Meeting, ask: str) -> dict:
    m.take_turn("Hej Lene, tak fordi jeg måtte komme.")
    m.take_turn("Hvordan håndterer I returvarerne i dag?")
    m.take_turn("Hvad betyder det for jeres ordrer, når morgenen er travl?")
    m.take_turn("Det forstår jeg godt. I betaler ingen løn i en virksomhedspraktik.")
    # she is asked in first: a citizen the deal brings in hears the terms when put to her
    m.take_turn("Jeg har en kandidat, Sara, som har arbejdet fem år i en tøjbutik.")
    m.take_turn("Skal vi få Sara ind?")
    assert m.state.citizen_present
    rec = m.take_turn(f"Jeg foreslår det her.{ask}", terms=DEAL)
    if m.state.open_objections():
        m.take_turn("Det forstår jeg godt. I betaler ingen løn i en virksomhedspraktik.")
        rec = m.take_turn(f"Jeg foreslår det her.{ask}", terms=DEAL)
    return rec


def kinds(rec: dict) -> list[str]:
    return [e["type"] for e in rec["events"]]


def test_the_citizen_says_yes_only_when_asked(mini_meeting: Meeting) -> None:
    rec = _to_proposal(mini_meeting, "")
    assert mini_meeting.state.company_accepted
    assert "citizen_agrees" not in kinds(rec) and not mini_meeting.state.citizen_accepted
    assert mini_meeting.phase == "proposal"  # no deal without her yes
    employer = " ".join(r["text"] for r in rec["replies"] if r["speaker"] == "employer")
    assert "Sara selv" in employer  # the employer asks for it: "Hvad siger Sara selv til det?"
    rec = mini_meeting.take_turn("Hvad siger du selv til det, Sara?")
    assert "citizen_agrees" in kinds(rec) and mini_meeting.state.citizen_accepted
    assert mini_meeting.phase == "closing"  # her yes; the deal is sealed with the table
    assert [r["speaker"] for r in rec["replies"]] == ["citizen"]
    rec = mini_meeting.take_turn("Så har vi en aftale. Jeg sender papirerne i morgen.")
    assert mini_meeting.phase == "agreement"


def test_a_question_to_both_gets_both_yeses(mini_meeting: Meeting) -> None:
    rec = _to_proposal(mini_meeting, " Hvad siger I begge til det?")
    assert "citizen_agrees" in kinds(rec)
    assert mini_meeting.phase == "closing"


def test_a_commit_to_the_employer_alone_keeps_waiting_for_her(mini_meeting: Meeting) -> None:
    _to_proposal(mini_meeting, "")
    rec = mini_meeting.take_turn("Lene, kan vi sige, at vi har en aftale?")
    assert "citizen_agrees" not in kinds(rec)
    assert mini_meeting.phase != "agreement"
    assert any("Sara" in r["text"] for r in rec["replies"] if r["speaker"] == "employer")


@pytest.mark.parametrize("text", [
    "Skal vi få Sara ind nu?",
    "Skal jeg hente hende?",
    "Sara sidder i kantinen. Skal jeg hente hende, så du kan møde hende?",
    "Lad os få Sara med ind.",
])
def test_asking_to_bring_the_citizen_in(reader: TurnReader, text: str) -> None:
    assert reader.read(text, citizen_present=False).invites_citizen


@pytest.mark.parametrize("text", [
    "Kan I tage Sara i praktik?",  # a request to take her on, not into the room
    "Skal vi have Sara i praktik?",
])
def test_taking_her_on_is_no_invitation(reader: TurnReader, text: str) -> None:
    assert not reader.read(text, citizen_present=False).invites_citizen


def test_bringing_her_in_asks_nobody_for_a_yes(reader: TurnReader) -> None:
    context = DialogueContext(phase="proposal", candidate_introduced=True, terms_on_table=True)
    r = reader.read("Skal vi få Sara ind fra kantinen?", citizen_present=False, context=context)
    assert r.invites_citizen and not r.to_both
    assert "ask_commitment" not in r.acts and "agenda" in r.acts


def test_the_citizen_comes_in_when_invited_after_she_was_presented(mini_meeting: Meeting) -> None:
    mini_meeting.take_turn("Hej Lene, tak fordi jeg måtte komme.")
    rec = mini_meeting.take_turn("Skal jeg hente hende?")
    assert not mini_meeting.state.citizen_present  # no one has been presented yet
    mini_meeting.take_turn("Jeg har en kandidat, Sara, som har arbejdet fem år i en tøjbutik.")
    rec = mini_meeting.take_turn("Skal vi få Sara ind?")
    assert "citizen_joined" in kinds(rec) and mini_meeting.state.citizen_present
    assert [r["speaker"] for r in rec["replies"]] == ["employer", "citizen"]
    assert "Sara" in rec["replies"][0]["text"]  # "Ja, lad os få Sara ind."
    rec = mini_meeting.take_turn("Hej Sara, godt du er her. Hvad kunne du tænke dig at lave?")
    assert rec["addressee"] == "citizen"


@pytest.mark.parametrize("thanks", ["Tak for i dag, Lene.", "Tak for kaffen, Lene.",
                                    "Tak, Lene. Tak, Sara.", "Tak begge to."])
def test_thanks_at_the_end_get_a_farewell_not_a_welcome(
    mini_library: ContentLibrary, thanks: str
) -> None:
    scenario = mini_library.scenarios["mini-lager"]
    mini_meeting = Meeting(scenario, mini_library.personas[scenario.company.persona], seed=3)
    good = ["Hej Lene, tak fordi jeg måtte komme.", "Hvordan håndterer I returvarerne i dag?",
            "Hvad betyder det for jeres ordrer, når morgenen er travl?"]
    for text in good:
        mini_meeting.take_turn(text)
    rec = mini_meeting.take_turn(thanks)
    said = rec["replies"][0]["text"]
    assert said not in mini_meeting.persona.lines["greeting"]
    assert said in ("Tak i lige måde.", "Ja, tak for i dag.")


def test_a_follow_up_that_speaks_of_the_citizen_goes_back_to_the_employer(
    reader: TurnReader,
) -> None:
    # after a question to Sara, "din kontaktperson tager imod hende" is said to the employer
    ctx = DialogueContext(phase="closing", last_addressed="citizen", candidate_introduced=True)
    text = "Godt. Så starter hun tirsdag, og din kontaktperson tager imod hende."
    assert reader.read(text, citizen_present=True, context=ctx).addressee == "employer"
    assert reader.read("Hvad kan du godt lide at lave?", citizen_present=True,
                       context=ctx).addressee == "citizen"


@pytest.mark.parametrize("text, assents, refuses", [
    ("Godt. Så starter hun tirsdag.", True, False),
    ("Det kan vi godt.", True, False),
    ("Fint – så siger vi det.", True, False),
    ("Nej, det kan vi desværre ikke tilbyde.", False, True),
    ("Det kan jeg ikke love.", False, True),
    ("Godt nok er det svært at sige.", False, False),
    ("Hvad tænker du om det?", False, False),
])
def test_a_yes_or_a_no_to_what_was_just_said(
    reader: TurnReader, text: str, assents: bool, refuses: bool
) -> None:
    r = reader.read(text)
    assert (r.assents, r.refuses) == (assents, refuses)


def test_a_question_for_each_by_name_is_put_to_both(reader: TurnReader) -> None:
    r = reader.read("Sara, vil du helst starte bag ved? Og Lene, er det så i orden, at hun bare "
                    "henter en kollega, hvis en kunde spørger?", citizen_present=True)
    assert r.addressee == "employer" and r.to_both
    assert r.asks_if_ok
    one = reader.read("Lene, er det i orden, at hun holder pause kl. 10?", citizen_present=True)
    assert not one.to_both and one.asks_if_ok


def test_asked_to_allow_an_arrangement_the_employer_says_yes(bundled_library) -> None:
    from sim.engine.lines import DEFAULT_LINES
    from sim.evaluation import play_lines

    lines = (Path(__file__).resolve().parents[1] / "data/eval/judged/played_g"
             / "dagligvare-angst.1.txt").read_text(encoding="utf-8").splitlines()
    doc = play_lines(bundled_library, "dagligvare-angst", lines[:13])
    last = doc["turns"][-1]
    said = {r["speaker"]: r["text"] for r in last["replies"]}
    assert said.get("employer") in DEFAULT_LINES["permits"]["da"], said
    assert said.get("citizen"), said  # her question was answered too

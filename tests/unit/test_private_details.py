"""What the citizen did not consent to share: told to the employer, the citizen reacts and the
jobcentre's verdict records it; asked about, held back or merely alike in sound, it is not told."""

from __future__ import annotations

import pytest

from scoring.score import score_transcript
from sim.content.library import ContentLibrary
from sim.evaluation import play_lines, said_turn
from sim.reading.turn import TurnReader

SCENARIO = "el-installatoer-praktik"


@pytest.fixture(scope="module")
def reader(bundled_library: ContentLibrary) -> TurnReader:
    return TurnReader(bundled_library.scenarios[SCENARIO])


@pytest.mark.parametrize("text, told", [
    ("Hun går til psykolog og har det meget bedre.", ["treatment"]),
    ("Hun blev fyret midt i sygemeldingen.", ["dismissal"]),
    ("Hun har haft panikanfald, og hun får medicin.", ["panic_attacks", "medication"]),
])
def test_a_statement_that_names_a_private_detail_tells_it(
    reader: TurnReader, text: str, told: list[str]
) -> None:
    assert [key for key, _ in reader.read(text).shares] == told


@pytest.mark.parametrize("text", [
    "Efter fire uger holder vi et møde.",  # "fire" is not "fyret"
    "Vil du selv fortælle Lotte om din behandling?",  # a question
    "Jeg går ikke i detaljer med hendes behandling hos psykologen.",  # held back
    "Hun har været sygemeldt med stress og skal starte roligt op.",  # within the consent
])
def test_what_is_not_telling_a_private_detail(reader: TurnReader, text: str) -> None:
    assert reader.read(text).shares == ()


def test_the_citizen_reacts_and_the_jobcentre_verdict_records_it(
    bundled_library: ContentLibrary,
) -> None:
    lines = [
        "Goddag Lotte. Jeg vil gerne høre om jeres hverdag, og så har jeg et forslag til sidst.",
        "Jeg har en kandidat, Camilla, som har været sygemeldt med stress.",
        "Skal vi få Camilla ind?",
        "Camilla går til psykolog, så hun er i gode hænder.",
    ]
    doc = play_lines(bundled_library, SCENARIO, lines)
    turn = said_turn(doc, 4)
    assert turn is not None
    assert [e for e in turn["events"] if e["type"] == "private_shared"] == [
        {"type": "private_shared", "id": "treatment", "words": "psykolog"}]
    said = [r["text"] for r in turn["replies"] if r["speaker"] == "citizen"]
    assert said and said[0] in ("Det havde jeg ikke sagt, at du måtte fortælle.",
                                "Øh – det var ikke meningen, at det skulle siges her.")
    assert doc["outcome"]["private_shared"] == {"treatment": 4}
    card = score_transcript(doc, bundled_library.scenarios[SCENARIO]).to_dict()
    jobcentre = card["parties"]["jobcentre"]
    assert not jobcentre["served"]
    reason = next(r for r in jobcentre["reasons"] if r["code"] == "consent_breached:treatment")
    assert not reason["ok"] and "tur 4" in reason["da"] and "psykolog" in reason["da"]


def test_a_scenario_without_private_details_tells_nothing(mini_library: ContentLibrary) -> None:
    scenario = mini_library.scenarios["mini-lager"]
    assert scenario.citizen.private == []
    assert TurnReader(scenario).read("Hun får medicin og går til psykolog.").shares == ()

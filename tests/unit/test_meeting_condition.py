"""The employer's price for a yes ("Ja – hvis I stiller med en mentor") and how the trainee
settles it: a no takes it off, going on to the deal lets it stand, a turn to the citizen waits."""

from __future__ import annotations

from scoring.score import score_transcript
from sim.content.library import ContentLibrary
from sim.evaluation import play_lines, said_turn

SCENARIO = "el-installatoer-praktik"
OPENING = [
    "Tak fordi jeg måtte komme, Lotte. Jeg vil gerne høre, hvor skoen trykker, og så har jeg "
    "et forslag til sidst.",
    "Når en montør starter dagen, hvad laver han så, før han står ude hos kunden?",
    "Hvem holder styr på lageret i dag?",
    "Jeg har en kandidat, Camilla. Hun har været 12 år hos en el-grossist og kender varerne. "
    "Hun har været sygemeldt med stress og skal starte roligt op med faste opgaver; det har hun "
    "givet mig lov til at fortælle.",
    "Derfor starter vi med få timer og faste opgaver, hvor hun ved, hvad hun skal, og vi følger "
    "op tidligt.",
    "Skal vi få Camilla ind et øjeblik?",
    "Mit forslag er en virksomhedspraktik i 13 uger. Camilla starter tirsdag, onsdag og torsdag "
    "fra 8 til 12, altså 12 timer om ugen, med varemodtagelse, orden på lageret og pluk af "
    "materialer. Jeg ringer til jer begge efter første uge.",
    "Lotte, kan du sige ja til det?",
]


def _types(turn: dict | None) -> list[str]:
    assert turn is not None
    return [e["type"] for e in turn["events"]]


def _employer_said(turn: dict | None) -> str:
    assert turn is not None
    return " ".join(r["text"] for r in turn["replies"] if r["speaker"] == "employer")


def _condition_turn(library: ContentLibrary) -> int:
    doc = play_lines(library, SCENARIO, OPENING)
    for t in doc["turns"]:
        if "condition_set" in _types(t):
            return t["n"]
    raise AssertionError("the employer never named its price")


def test_asked_for_a_yes_the_employer_names_the_support_it_wants(
    bundled_library: ContentLibrary,
) -> None:
    n = _condition_turn(bundled_library)
    doc = play_lines(bundled_library, SCENARIO, OPENING[:n])
    turn = said_turn(doc, n)
    event = next(e for e in turn["events"] if e["type"] == "condition_set")
    assert event["support"] == ["mentor"]
    assert "mentor" in _employer_said(turn)
    assert "mentor" not in doc["outcome"]["terms"]["support"]  # not yet: the trainee decides


def test_going_on_to_the_deal_lets_the_price_stand(bundled_library: ContentLibrary) -> None:
    n = _condition_turn(bundled_library)
    lines = [*OPENING[:n], "Camilla – er du med?",
             "Godt. Så starter hun tirsdag i uge 6 kl. 8, og jeg sender aftalen i morgen."]
    doc = play_lines(bundled_library, SCENARIO, lines)
    to_citizen, settled = said_turn(doc, n + 1), said_turn(doc, n + 2)
    assert "condition_accepted" not in _types(to_citizen)  # a turn to the citizen waits
    assert "objection_ignored" not in _types(to_citizen)  # and talks past no concern
    assert "condition_accepted" in _types(settled)
    handled = next(e for e in settled["events"] if e["type"] == "objection_handled")
    assert handled["quality"] == "conceded" and handled["by"] == ["mentor"]
    assert "mentor" in doc["outcome"]["terms"]["support"]
    assert doc["outcome"]["phase"] == "agreement"


def test_a_no_takes_the_price_off_the_table(bundled_library: ContentLibrary) -> None:
    n = _condition_turn(bundled_library)
    lines = [*OPENING[:n], "Nej, det kan vi desværre ikke tilbyde her."]
    doc = play_lines(bundled_library, SCENARIO, lines)
    assert "condition_refused" in _types(said_turn(doc, n + 1))
    assert "mentor" not in doc["outcome"]["terms"]["support"]
    assert doc["outcome"]["phase"] != "agreement"


def test_a_conceded_concern_earns_less_than_one_answered(bundled_library: ContentLibrary) -> None:
    n = _condition_turn(bundled_library)
    lines = [*OPENING[:n], "Godt. Så starter hun tirsdag i uge 6 kl. 8."]
    doc = play_lines(bundled_library, SCENARIO, lines)
    card = score_transcript(doc, bundled_library.scenarios[SCENARIO]).to_dict()
    item = next(i for c in card["competences"].values() for i in c["items"]
                if i["code"] == "objection:no_time_to_train")
    assert 0 < item["points"] < item["max"] * 0.6
    assert "arbejdsgiverens egen betingelse" in item["da"]


def test_agreeing_the_start_seals_an_accepted_deal(bundled_library: ContentLibrary) -> None:
    n = _condition_turn(bundled_library)
    lines = [*OPENING[:n], "Ja, det gør vi – en mentor er med.", "Camilla, er du med?",
             "Super. Start mandag i næste uge kl. 8, eller er det for hurtigt for nogen af jer?"]
    doc = play_lines(bundled_library, SCENARIO, lines)
    assert doc["outcome"]["phase"] == "agreement", [t["phase"] for t in doc["turns"]]

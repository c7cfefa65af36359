"""The citizen's objections and worries: the work named, first and again; eased by an aid; asked
for in their own words."""

from __future__ import annotations

from sim.content.library import ContentLibrary
from sim.evaluation import play_lines

LINES = [
    "Goddag Henrik, tak fordi jeg måtte komme forbi.",
    "Hvad bruger dine svende tiden på, som ikke kræver et svendebrev?",
    "Jeg har en kandidat, Jørgen, udlært klejnsmed med en rygskade, visiteret til fleksjob.",
    "Skal vi hente Jørgen ind?",
    "Jørgen, mit forslag er et fleksjob, 16 timer om ugen, mandag til torsdag formiddag, med "
    "slibning af svejsesømme på store emner og målkontrol. Hvad siger du?",
    "Hvad siger du til det, Jørgen?",
]


def _citizen_says(doc: dict, turn: int) -> str:
    return " ".join(r["text"] for r in doc["turns"][turn - 1]["replies"]
                    if r["speaker"] == "citizen")


def test_the_task_that_strains_is_named_and_named_again(bundled_library: ContentLibrary) -> None:
    doc = play_lines(bundled_library, "staal-smed-fleksjob", LINES)
    first, again = _citizen_says(doc, 5), _citizen_says(doc, 6)
    assert "slibning af svejsesømme" in first.lower(), first
    # asked again with the task still in: not the same line, and the task is named
    assert again and again != first, (first, again)
    assert "slibning af svejsesømme" in again.lower(), again
    objections = [e for t in doc["turns"][4:6] for e in t["events"]
                  if e["type"] == "citizen_objects"]
    assert [e["reasons"] for e in objections] == [["task_strains:grinding_large"]] * 2


def test_once_the_task_is_out_the_objection_is_not_repeated(
    bundled_library: ContentLibrary,
) -> None:
    doc = play_lines(bundled_library, "staal-smed-fleksjob", [
        *LINES[:5],
        "Godt, så tager vi slibningen ud: målkontrol og afgratning ved et hæve-sænkebord i "
        "stedet. Hvad siger du til det, Jørgen?",
    ])
    last = doc["turns"][-1]
    assert "grinding_large" not in last["state"]["terms"]["tasks"]
    assert not any(e["type"] == "citizen_objects" and "task_strains:grinding_large" in e["reasons"]
                   for e in last["events"])


def test_an_aid_that_eases_the_strain_answers_the_objection(
    bundled_library: ContentLibrary,
) -> None:
    doc = play_lines(bundled_library, "staal-smed-fleksjob", [
        *LINES[:5],
        "Du står ved et hæve-sænkebord i din højde, og kranen tager alt det tunge. Hvad siger du "
        "til det, Jørgen?",
    ])
    last = doc["turns"][-1]
    assert "grinding_large" in last["state"]["terms"]["tasks"]  # the work stays, eased
    assert {"hjaelpemidler"} <= set(last["state"]["terms"]["support"])
    kinds = [e["type"] for e in last["events"]]
    assert "citizen_objects" not in kinds and "citizen_agrees" in kinds, last["events"]


def test_a_plain_statement_of_an_aid_puts_it_in_the_terms(bundled_library: ContentLibrary) -> None:
    doc = play_lines(bundled_library, "staal-smed-fleksjob", [
        *LINES[:5], "Jørgen, ja – bordet bliver stillet i din højde."])
    assert "arbejdspladsindretning" in doc["turns"][-1]["state"]["terms"]["support"]


def test_asked_what_worries_them_the_citizen_says_it_and_the_deal_stays_open(
    bundled_library: ContentLibrary,
) -> None:
    from pathlib import Path

    played = Path(__file__).resolve().parents[1] / "data/eval/judged/played_f"
    lines = (played / "staal-smed-fleksjob.2.txt").read_text(encoding="utf-8").splitlines()
    worry = "Jørgen, hvad er det, du er mest bekymret for – sig det med dine egne ord?"
    assert lines[13] == worry  # the consultant's own line, once the terms are agreed
    doc = play_lines(bundled_library, "staal-smed-fleksjob", lines[:14])
    before, last = doc["turns"][-2], doc["turns"][-1]
    assert before["phase"] in ("proposal", "closing")
    worried = bundled_library.scenarios["staal-smed-fleksjob"].citizen.lines["worried"]
    said = [r["text"] for r in last["replies"] if r["speaker"] == "citizen"]
    assert said and said[0] in worried, said
    assert last["phase"] == before["phase"]  # a question that opens up seals nothing

"""The citizen's objection to work that breaks their limits names the work, first and again."""

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

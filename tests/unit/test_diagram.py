"""The Mermaid state diagram of a scenario's meeting (sim.diagram): structure, notes, escaping."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sim.content.library import ContentLibrary
from sim.content.models import Scenario
from sim.diagram import label, markdown, mermaid, render
from sim.vocab import Phase

DATA = Path(__file__).resolve().parent.parent / "data"

# One line of the diagram: every line must be one of these (a small parser of what we emit).
SYNTAX = {
    "header": re.compile(r"^stateDiagram-v2$"),
    "comment": re.compile(r"^    %% .*$"),
    "state": re.compile(r'^    state "(?P<label>[^"]+)" as (?P<id>[A-Za-z_]\w*)$'),
    "description": re.compile(r"^    (?P<id>[A-Za-z_]\w*) : (?P<text>[^:;\"#{}]+)$"),
    "start": re.compile(r"^    \[\*\] --> (?P<dest>[A-Za-z_]\w*)$"),
    "end": re.compile(r"^    (?P<source>[A-Za-z_]\w*) --> \[\*\]$"),
    "transition": re.compile(
        r"^    (?P<source>[A-Za-z_]\w*) --> (?P<dest>[A-Za-z_]\w*) : (?P<label>[^:;\"#{}]+)$"
    ),
    "note": re.compile(r"^    note (?:left|right) of (?P<id>[A-Za-z_]\w*)$"),
    "note_line": re.compile(r"^        (?!end note)[^:;\"#{}]+$"),
    "end_note": re.compile(r"^    end note$"),
    "classdef": re.compile(r"^    classDef \w+ [\w:#,]+$"),
    "class": re.compile(r"^    class (?P<id>[A-Za-z_]\w*) \w+$"),
}


def parse(text: str) -> dict[str, list[dict[str, str]]]:
    """Every line by kind, with its named parts; fails on a line of no known kind."""
    out: dict[str, list[dict[str, str]]] = {kind: [] for kind in SYNTAX}
    in_note = False
    for line in text.splitlines():
        kinds = ["note_line", "end_note"] if in_note else [k for k in SYNTAX if k != "note_line"]
        kind = next((k for k in kinds if SYNTAX[k].match(line)), None)
        assert kind is not None, f"unparsable line: {line!r}"
        out[kind].append(SYNTAX[kind].match(line).groupdict())  # type: ignore[union-attr]
        in_note = kind == "note" or (in_note and kind != "end_note")
    assert not in_note, "a note is never closed"
    return out


@pytest.fixture(scope="module")
def library() -> ContentLibrary:
    return ContentLibrary.load([DATA / "lint", DATA / "good"], strict=False)


@pytest.fixture(scope="module")
def mini(library: ContentLibrary) -> Scenario:
    return library.scenarios["mini-lager"]


def transitions(parsed: dict[str, list[dict[str, str]]]) -> set[tuple[str, str, str]]:
    return {(t["source"], t["dest"], t["label"]) for t in parsed["transition"]}


def notes(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for m in re.finditer(r"^    note \w+ of (\w+)\n(.*?)^    end note$", text, re.M | re.S):
        out[m.group(1)] = [line.strip() for line in m.group(2).splitlines()]
    return out


def test_default_phases_and_transitions(mini: Scenario) -> None:
    text = mermaid(mini)
    parsed = parse(text)
    assert text.startswith("stateDiagram-v2\n")
    assert [s["id"] for s in parsed["state"]] == [str(p) for p in Phase]
    assert parsed["start"] == [{"dest": "opening"}]
    assert {e["source"] for e in parsed["end"]} == {"agreement", "no_deal", "follow_up", "walkout"}
    found = transitions(parsed)
    for expected in [
        ("opening", "needs_discovery", "explore"),
        ("needs_discovery", "objections", "objection raised"),
        ("objections", "proposal", "objections cleared, if terms on the table"),
        ("objections", "needs_discovery", "objections cleared"),
        ("closing", "proposal", "terms proposed, unless terms accepted"),
        ("closing", "agreement", "next steps agreed, if terms accepted and no open objections"),
        ("proposal", "walkout", "employer walks out"),
        ("proposal", "no_deal", "trainee ends meeting"),
    ]:
        assert expected in found
    assert not any(src in ("agreement", "no_deal", "walkout") for src, _, _ in found)
    ids = {s["id"] for s in parsed["state"]}
    assert {x for t in found for x in t[:2]} <= ids


def test_notes_list_needs_objections_and_the_citizen(mini: Scenario) -> None:
    by_state = notes(mermaid(mini))
    discovery = by_state["needs_discovery"]
    assert discovery[0] == "Needs revealed here or in any live phase"
    assert any("(returvarer) - on retur or travlhed" in x for x in discovery)
    assert any("(morgenpluk)" in x and "after returvarer" in x for x in discovery)
    proposal = by_state["proposal"]
    assert "Objections raised in this phase" in proposal
    assert any("(for_dyrt) - on any turn" in x for x in proposal)
    assert "The citizen, Sara Nielsen, joins here" in proposal
    anywhere = by_state["objections"]
    assert anywhere[0] == "Objections raised in any live phase"
    assert any("(ingen_tid) - on oplaering and acts candidate_pitch" in x for x in anywhere)


def test_extra_states_and_scenario_transitions(library: ContentLibrary) -> None:
    text = mermaid(library.scenarios["lint-no-way-to-agreement"])
    parsed = parse(text)
    assert {"id": "pause", "text": "Lederen er gået i baglås."} in parsed["description"]
    assert parsed["state"][-1] == {"label": "pause", "id": "pause"}
    found = transitions(parsed)
    assert ("needs_discovery", "pause", "explore, if trust 25 or less (scenario)") in found
    assert ("pause", "walkout", "employer walks out") in found
    assert ("pause", "no_deal", "trainee ends meeting") in found
    assert {"id": "pause"} in parsed["class"]


def test_unsafe_names_and_text_are_escaped(mini: Scenario) -> None:
    data = mini.model_dump(mode="json")
    data["needs"][0]["title"] = 'Returvarer: "50%" #1; {x} [y] <z>'
    data["machine"] = {
        "states": [
            {"name": "end", "description": 'Han siger: "nej; #ikke nu" {ok}'},
            {"name": "a-b"},
            {"name": "a_b"},
            {"name": "1st"},
        ],
        "transitions": [
            {"trigger": "explore", "source": "needs_discovery", "dest": "a-b"},
            {"trigger": "explore", "source": ["a-b", "end"], "dest": "a_b"},
            {"trigger": "propose", "source": "*", "dest": "end", "conditions": ["trust_high"]},
            {"trigger": "explore", "source": "a_b", "dest": "1st"},
        ],
    }
    text = mermaid(Scenario.model_validate(data))
    parsed = parse(text)
    ids = {s["label"]: s["id"] for s in parsed["state"]}
    assert ids["end"] != "end" and ids["a-b"] != ids["a_b"] and not ids["1st"][0].isdigit()
    assert len(set(ids.values())) == len(ids)
    assert (ids["a-b"], ids["a_b"], "explore (scenario)") in transitions(parsed)
    assert ("agreement", ids["end"]) not in {(s, d) for s, d, _ in transitions(parsed)}
    assert any(
        "Returvarer - 50% 1, x y z (returvarer)" in x for x in notes(text)["needs_discovery"]
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('a: "b"; #c {d}', "a - b, c d"),
        ("to\nlinjer", "to linjer"),
        ("§56-aftale (50%)", "§56-aftale (50%)"),
        ("%% kommentar", "% kommentar"),
        ("the company's needs", "the company’s needs"),
    ],
)
def test_label(text: str, expected: str) -> None:
    assert label(text) == expected


def test_long_labels_are_cut() -> None:
    cut = label("ord " * 100, limit=20)
    assert len(cut) == 20 and cut.endswith("…")


def test_markdown_wraps_a_fence(mini: Scenario) -> None:
    text = markdown(mini)
    assert text.startswith("# Meeting diagram: Lager: en praktik i returafdelingen\n\n")
    body = text.split("```mermaid\n", 1)[1]
    assert body.endswith("```\n")
    assert body.removesuffix("```\n") == mermaid(mini)
    assert render(mini, "markdown") == text and render(mini) == mermaid(mini)
    with pytest.raises(ValueError, match="unknown format"):
        render(mini, "svg")


def test_deterministic(library: ContentLibrary) -> None:
    for scenario in library.scenarios.values():
        assert mermaid(scenario) == mermaid(scenario)
        parse(mermaid(scenario))

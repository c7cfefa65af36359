"""A score does not swing on words that change no meaning: modal particles removed, and edits of
politeness, word order, synonyms and rephrasing (written by someone who never saw the engine,
natural/meaning_pairs.jsonl), one turn at a time in the twelve natural meetings, move the overall
score by at most 5 points and never change how the meeting ends."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from scoring.score import score_transcript
from sim.content.library import ContentLibrary
from sim.evaluation import natural_meetings, play_lines

NATURAL = Path(__file__).resolve().parents[1] / "data" / "eval" / "natural"
# Danish modal particles and softeners: "det er jo ikke ...", "hør lige", "egentlig", "gerne"
# ("ikke bare" is left: "Skal vi ikke bare ...?" is the idiom of pushing for a yes, not a particle)
PARTICLES = re.compile(r"\b(?:jo|lige|egentlig|altså|nu|da|vel|(?<!ikke )bare|gerne)\s+", re.I)
MAX_SWING = 5
EDITS = [json.loads(line) for line in (NATURAL / "meaning_pairs.jsonl").read_text(
    encoding="utf-8").splitlines() if line.strip()]


def _pairs() -> list[tuple[str, str, int, tuple[str, ...]]]:
    out = []
    for m in natural_meetings(NATURAL):
        for i, line in enumerate(m.lines):
            edited = PARTICLES.sub("", line)
            if edited != line:
                out.append((m.name, m.scenario, i, m.lines))
    return out


PAIRS = _pairs()


def test_there_are_enough_pairs() -> None:
    assert len(PAIRS) >= 30


@pytest.fixture(scope="module")
def base_scores(bundled_library: ContentLibrary) -> dict[str, int]:
    return {
        m.name: score_transcript(play_lines(bundled_library, m.scenario, list(m.lines)),
                                 bundled_library.scenarios[m.scenario]).overall
        for m in natural_meetings(NATURAL)
    }


@pytest.fixture(scope="module")
def base_endings(bundled_library: ContentLibrary) -> dict[str, str]:
    return {
        m.name: play_lines(bundled_library, m.scenario, list(m.lines))["outcome"]["phase"]
        for m in natural_meetings(NATURAL)
    }


def test_the_edits_are_many_kinds_over_every_meeting() -> None:
    assert len(EDITS) >= 30
    assert {e["kind"] for e in EDITS} >= {"politeness", "word_order", "synonym", "rephrase"}
    assert {e["meeting"] for e in EDITS} == {m.name for m in natural_meetings(NATURAL)}


@pytest.mark.parametrize("edit", EDITS, ids=[f"{e['meeting']}:{e['turn']}:{e['kind']}"
                                             for e in EDITS])
def test_a_meaning_preserving_edit_moves_the_score_little(
    bundled_library: ContentLibrary, base_scores: dict[str, int], base_endings: dict[str, str],
    edit: dict[str, object],
) -> None:
    meeting = next(m for m in natural_meetings(NATURAL) if m.name == edit["meeting"])
    lines = list(meeting.lines)
    turn = int(str(edit["turn"])) - 1
    assert lines[turn].count(str(edit["from"])) == 1, edit
    lines[turn] = lines[turn].replace(str(edit["from"]), str(edit["to"]))
    doc = play_lines(bundled_library, meeting.scenario, lines)
    score = score_transcript(doc, bundled_library.scenarios[meeting.scenario]).overall
    assert abs(score - base_scores[meeting.name]) <= MAX_SWING, edit
    assert doc["outcome"]["phase"] == base_endings[meeting.name], edit


@pytest.mark.parametrize(("name", "scenario", "turn", "lines"), PAIRS,
                         ids=[f"{p[0]}:{p[2] + 1}" for p in PAIRS])
def test_removing_particles_from_one_turn_moves_the_score_little(
    bundled_library: ContentLibrary, base_scores: dict[str, int], name: str, scenario: str,
    turn: int, lines: tuple[str, ...],
) -> None:
    edited = list(lines)
    edited[turn] = PARTICLES.sub("", lines[turn])
    score = score_transcript(play_lines(bundled_library, scenario, edited),
                             bundled_library.scenarios[scenario]).overall
    assert abs(score - base_scores[name]) <= MAX_SWING, (lines[turn], edited[turn])

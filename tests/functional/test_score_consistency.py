"""A score does not swing on words that change no meaning: modal particles removed, one turn at a
time, in the twelve natural meetings, move the overall score by at most 5 points."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from scoring.score import score_transcript
from sim.content.library import ContentLibrary
from sim.evaluation import natural_meetings, play_lines

NATURAL = Path(__file__).resolve().parents[1] / "data" / "eval" / "natural"
# Danish modal particles and softeners: "det er jo ikke ...", "hør lige", "egentlig", "gerne"
PARTICLES = re.compile(r"\b(?:jo|lige|egentlig|altså|nu|da|vel|bare|gerne)\s+", re.I)
MAX_SWING = 5


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

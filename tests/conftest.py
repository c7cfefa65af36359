"""Shared fixtures: the small good scenario, the bundled content, and a played meeting."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from sim.agreement import Terms
from sim.content.library import ContentLibrary, default_content_paths
from sim.engine.meeting import Meeting
from sim.transcript import transcript_of

# The derived-data cache (sim.cache) of this test session, not the user's: fresh each session.
_SESSION_CACHE = None
if "BROBYGGER_CACHE" not in os.environ:
    _SESSION_CACHE = tempfile.mkdtemp(prefix="brobygger-test-cache-")
    os.environ["BROBYGGER_CACHE"] = _SESSION_CACHE


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if _SESSION_CACHE:
        os.environ["BROBYGGER_CACHE"] = "off"  # nothing is written back at exit
        shutil.rmtree(_SESSION_CACHE, ignore_errors=True)


DATA = Path(__file__).parent / "data"
GOOD = DATA / "good"


@pytest.fixture(scope="session")
def mini_library() -> ContentLibrary:
    return ContentLibrary.load([GOOD])


@pytest.fixture(scope="session")
def bundled_library() -> ContentLibrary:
    return ContentLibrary.load(default_content_paths())


@pytest.fixture
def mini_meeting(mini_library: ContentLibrary) -> Meeting:
    scenario = mini_library.scenarios["mini-lager"]
    return Meeting(scenario, mini_library.personas[scenario.company.persona], seed=3)


DEAL = Terms(
    scheme="virksomhedspraktik",
    hours_per_week=15,
    weeks=4,
    tasks=("returhaandtering",),
    support=("mentor",),
)
# A meeting on the fixture scenario (seed 2) with something in every turn: a greeting, a hint
# (2), a need uncovered (3), an objection raised (4) and handled (5), a second need (6), terms
# through the form, put to both (7) and an agreement (8).
PLAYED_LINES: list[tuple[str, Terms | None]] = [
    ("Hej Lene, tak fordi jeg måtte komme.", None),
    ("Har I travlt for tiden?", None),
    ("Hvordan håndterer I returvarerne i dag?", None),
    ("Hvad koster det jer med vikarer og løn?", None),
    ("Det forstår jeg godt. I betaler ingen løn i en virksomhedspraktik.", None),
    ("Hvad betyder det for jeres ordrer, når morgenen er travl?", None),
    ("Mit forslag er en virksomhedspraktik. Hvad siger I begge til det?", DEAL),
    ("Kan vi sige, at vi gør det, og følge op efter to uger? Tak for i dag.", None),
]


@pytest.fixture(scope="session")
def played(mini_library: ContentLibrary) -> dict:
    """The transcript of PLAYED_LINES (8 turns, ends in an agreement and a goodbye)."""
    scenario = mini_library.scenarios["mini-lager"]
    meeting = Meeting(
        scenario,
        mini_library.personas[scenario.company.persona],
        seed=2,
        content_hash=mini_library.content_hash(scenario.id),
    )
    for text, terms in PLAYED_LINES:
        meeting.take_turn(text, terms=terms)
    assert meeting.phase == "agreement" and meeting.ended and len(meeting.records) == 8
    return transcript_of(meeting)

"""Shared fixtures: the small good scenario and the bundled content, loaded once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from sim.content.library import ContentLibrary, default_content_paths
from sim.engine.meeting import Meeting

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

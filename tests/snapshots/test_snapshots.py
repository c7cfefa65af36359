"""Snapshots of every screen at 80x24 and at 120x36, with fixed content, seed and scorecard.

Update after an intended change with `uv run pytest tests/snapshots --snapshot-update` and look
at the SVGs under __snapshots__/ before committing them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input

from sim.content.library import ContentLibrary
from sim.present import Presentation
from sim.sessions import SessionStore
from sim.transcript import dumps
from sim.ui.app import BrobyggerApp, PresentApp

GOOD = Path(__file__).parent.parent / "data" / "good"
SIZES = [(80, 24), (120, 36)]
OPENING = "Hej Lene, tak fordi jeg måtte komme. Hvad fylder hos jer lige nu?"

CARD = {
    "format": "brobygger-score",
    "version": 1,
    "overall": 64,
    "band": {"id": "ok", "da": "Tilfredsstillende", "en": "Satisfactory"},
    "competences": {
        "meeting_leadership": {
            "score": 70,
            "band": {"id": "ok", "da": "Tilfredsstillende", "en": "Satisfactory"},
            "name": {"da": "Mødeledelse", "en": "Meeting leadership"},
            "items": [
                {
                    "code": "greet",
                    "points": 10,
                    "max": 10,
                    "turns": [1],
                    "da": "Hilste og åbnede mødet",
                    "en": "Greeted and opened the meeting",
                },
                {
                    "code": "agenda",
                    "points": 0,
                    "max": 30,
                    "turns": [],
                    "da": "Ingen dagsorden",
                    "en": "No agenda",
                },
            ],
        },
        "needs_discovery": {
            "score": 55,
            "band": {"id": "low", "da": "Skal øves", "en": "Needs practice"},
            "name": {"da": "Behovsafdækning", "en": "Needs discovery"},
            "items": [
                {
                    "code": "open",
                    "points": 15,
                    "max": 15,
                    "turns": [1],
                    "da": "Åbent spørgsmål",
                    "en": "Open question",
                },
            ],
        },
    },
    "parties": {
        "company": {
            "served": False,
            "reasons": [
                {
                    "code": "tasks_missing",
                    "ok": False,
                    "da": "der er ikke aftalt nogen opgaver",
                    "en": "no tasks are agreed",
                }
            ],
        },
        "citizen": {"served": True, "reasons": []},
        "jobcentre": {"served": True, "reasons": []},
    },
    "all_parties_served": False,
    "agreement": False,
    "missed": {
        "needs": [
            {
                "id": "returvarer",
                "title": "Returvarerne hober sig op",
                "topics": ["Returvarer"],
                "hinted_turns": [],
                "debrief": "Spørg åbent.",
            }
        ],
        "objections": [],
    },
    "believed_vs_true": {
        "believed": [],
        "true": ["Returvarerne hober sig op"],
        "situation": "Returvarer hober sig op.",
        "alternative": "Vikarer og overarbejde.",
    },
}


class Card:
    def to_dict(self) -> dict[str, Any]:
        return CARD


@pytest.fixture(scope="module")
def library() -> ContentLibrary:
    return ContentLibrary.load([GOOD])


@pytest.fixture
def app(tmp_path: Path, library: ContentLibrary) -> BrobyggerApp:
    made = BrobyggerApp(
        library,
        store=SessionStore(tmp_path),
        seed=2,
        persist_settings=False,
        scorer=lambda transcript, meeting: Card(),
    )
    made.renderers = lambda: None
    return made


async def settle(pilot) -> None:
    for _ in range(3):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def steady(pilot) -> None:
    """No blinking cursor, no toasts: the same pixels every run."""
    await settle(pilot)
    for widget in pilot.app.screen.query(Input):
        widget.cursor_blink = False
    pilot.app.clear_notifications()
    await pilot.pause()


async def to_meeting(pilot, turns: int = 1) -> None:
    await settle(pilot)
    await pilot.press("enter", "enter")
    await settle(pilot)
    if turns:
        pilot.app.screen.query_one("#line", Input).value = OPENING
        await pilot.press("enter")
        await settle(pilot)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_picker(snap_compare, app: BrobyggerApp, size) -> None:
    assert snap_compare(app, terminal_size=size, run_before=steady)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_briefing(snap_compare, app: BrobyggerApp, size) -> None:
    async def run_before(pilot) -> None:
        await settle(pilot)
        await pilot.press("enter")
        await steady(pilot)

    assert snap_compare(app, terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_meeting(snap_compare, app: BrobyggerApp, size) -> None:
    async def run_before(pilot) -> None:
        await to_meeting(pilot)
        await steady(pilot)

    assert snap_compare(app, terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_terms_form(snap_compare, app: BrobyggerApp, size) -> None:
    async def run_before(pilot) -> None:
        await to_meeting(pilot, turns=0)
        await pilot.press("ctrl+t")
        await steady(pilot)

    assert snap_compare(app, terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_debrief(snap_compare, app: BrobyggerApp, size) -> None:
    async def run_before(pilot) -> None:
        await to_meeting(pilot)
        await pilot.press("ctrl+x", "y")
        await steady(pilot)

    assert snap_compare(app, terminal_size=size, run_before=run_before)


def test_meeting_in_the_projector_theme(snap_compare, app: BrobyggerApp) -> None:
    async def run_before(pilot) -> None:
        await to_meeting(pilot)
        await pilot.press("f2")
        await steady(pilot)

    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)


# --------------------------------------------------------------------------- the presenter


@pytest.fixture
def present_app(tmp_path: Path, library: ContentLibrary, played) -> PresentApp:
    """The presenter on turn 5 of the played meeting (an objection acknowledged and handled)."""
    path = tmp_path / "meeting.json"
    path.write_text(dumps(played), encoding="utf-8")
    presentation = Presentation.load(library, path)
    return PresentApp(library, presentation, store=SessionStore(tmp_path), start=5)


@pytest.mark.parametrize("lens", [False, True], ids=["lens-off", "lens-on"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_present(snap_compare, present_app: PresentApp, size, lens: bool) -> None:
    async def run_before(pilot) -> None:
        if lens:
            await pilot.press("i")
        await steady(pilot)

    assert snap_compare(present_app, terminal_size=size, run_before=run_before)

"""The Textual app driven by key presses: picker → briefing → meeting → debrief → export,
resume after an interruption, literal input, the terms form, hints, language, 80x24."""

from __future__ import annotations

import asyncio
import inspect
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from textual import events
from textual.widgets import DataTable, Input, Select, SelectionList, Static, TabbedContent

from sim.content.library import ContentLibrary
from sim.sessions import Session, SessionStore
from sim.ui.app import BrobyggerApp
from sim.ui.commands import ScreenCommands
from sim.ui.screens.briefing import BriefingScreen
from sim.ui.screens.confirm import ConfirmScreen
from sim.ui.screens.debrief import DebriefScreen
from sim.ui.screens.meeting import MeetingScreen
from sim.ui.screens.picker import PickerScreen
from sim.ui.screens.terms_form import TermsForm
from sim.ui.widgets.history_input import HistoryInput
from sim.ui.widgets.transcript import TurnBlock

SIZE = (100, 32)
OPENING = "Hej Lene, tak fordi jeg måtte komme."
DISCOVERY = [
    "Hvordan håndterer I returvarerne i dag?",
    "Hvad betyder det for jeres ordrer, når morgenen er travl?",
]


def run(coro) -> Any:
    return asyncio.run(coro)


def make_app(tmp_path: Path, library: ContentLibrary, **kwargs: Any) -> BrobyggerApp:
    kwargs.setdefault("seed", 2)
    kwargs.setdefault("persist_settings", False)
    return BrobyggerApp(library, store=SessionStore(tmp_path / "data"), **kwargs)


async def settle(pilot) -> None:
    """Let workers (engine, files, scoring) finish and their messages land."""
    for _ in range(3):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def send(pilot, text: str, type_it: bool = False) -> None:
    line = pilot.app.screen.query_one("#line", Input)
    if type_it:
        await pilot.press(*text)
    else:
        line.value = text
    await pilot.press("enter")
    await settle(pilot)


async def to_meeting(pilot) -> MeetingScreen:
    await settle(pilot)
    assert isinstance(pilot.app.screen, PickerScreen)
    await pilot.press("enter")
    assert isinstance(pilot.app.screen, BriefingScreen)
    await pilot.press("enter")
    await settle(pilot)
    assert isinstance(pilot.app.screen, MeetingScreen)
    return pilot.app.screen


def block_text(block: TurnBlock) -> str:
    return "\n".join(str(s.render()) for s in block.query(Static))


def notices(app: BrobyggerApp) -> list[str]:
    return [n.message for n in app._notifications]


def footer_keys(screen) -> set[str]:
    """The descriptions of the bindings the footer shows now (enabled ones)."""
    return {b.binding.description for b in screen.active_bindings.values() if b.enabled}


def visible(app: BrobyggerApp, widget) -> bool:
    """Wholly on screen: inside the terminal and not zero-sized."""
    region = widget.region
    screen = app.screen.region
    return region.area > 0 and screen.contains_region(region)


# --------------------------------------------------------------------------- the whole flow


def test_whole_meeting_from_picker_to_export(tmp_path: Path, mini_library) -> None:
    app = make_app(tmp_path, mini_library)

    async def go() -> None:
        async with app.run_test(size=SIZE) as pilot:
            meeting = await to_meeting(pilot)
            await send(pilot, "Hej Lene!", type_it=True)  # typed key by key
            for line in DISCOVERY:
                await send(pilot, line)
            assert meeting.session.meeting.state.needs["returvarer"].revealed

            # terms through the form, by keys only
            await pilot.press("ctrl+t")
            assert isinstance(app.screen, TermsForm)
            await pilot.press("enter", "down", "enter")  # the first scheme
            assert app.screen.query_one("#scheme", Select).value == "virksomhedspraktik"
            await pilot.press("tab", *"15", "tab", *"4", "tab", "space", "tab", "space", "tab")
            await pilot.press(*"2 uger")
            await pilot.press("ctrl+s")
            await settle(pilot)
            assert isinstance(app.screen, MeetingScreen)
            terms = meeting.session.meeting.state.terms
            assert terms.scheme == "virksomhedspraktik"
            assert terms.hours_per_week == 15 and terms.weeks == 4
            assert terms.tasks == ("returhaandtering",)
            assert "mentor" in terms.support
            assert terms.follow_up == "2 uger"
            said = meeting.session.meeting.records[-1]
            assert said["text"].startswith("Mit forslag: virksomhedspraktik, 15 timer om ugen")
            assert said["form_terms"]["hours_per_week"] == 15

            if not meeting.session.meeting.ended:
                await send(pilot, "Det forstår jeg godt. I betaler ingen løn i praktikken.")
            turns = len(meeting.session.meeting.records)
            assert len(meeting.query(TurnBlock)) == turns

            if meeting.session.meeting.ended:  # an agreement ends the meeting by itself
                assert any("Mødet er slut" in n for n in notices(app))
                await pilot.press("enter")  # the input now leads to the debrief
            else:  # end, with a confirm
                await pilot.press("ctrl+x")
                assert isinstance(app.screen, ConfirmScreen)
                await pilot.press("y")
            await settle(pilot)
            assert isinstance(app.screen, DebriefScreen)
            debrief = app.screen
            assert debrief.session.finished
            assert debrief.card is not None

            await pilot.press("ctrl+s")
            await settle(pilot)
            exports = sorted(p.suffix for p in (tmp_path / "data" / "exports").iterdir())
            assert exports == [".html", ".json", ".md"]
            shown = str(debrief.query_one("#export-paths", Static).render())
            assert str(tmp_path / "data" / "exports") in shown

            await pilot.press("ctrl+n")
            await settle(pilot)
            assert isinstance(app.screen, PickerScreen)

    run(go())
    store = SessionStore(tmp_path / "data")
    [info] = store.list()
    assert info.finished and store.list(unfinished_only=True) == []


def test_debrief_scorecard_items_show_their_turns(tmp_path: Path, mini_library) -> None:
    scoring = pytest.importorskip("scoring")
    if not hasattr(scoring, "score_transcript"):
        pytest.skip("scoring.score_transcript is not there yet")
    app = make_app(tmp_path, mini_library)

    async def go() -> None:
        async with app.run_test(size=SIZE) as pilot:
            await to_meeting(pilot)
            for line in [OPENING, *DISCOVERY]:
                await send(pilot, line)
            await pilot.press("ctrl+x", "y")
            await settle(pilot)
            debrief = app.screen
            assert isinstance(debrief, DebriefScreen)
            card = debrief.card
            assert card["format"] == "brobygger-score"
            table = debrief.query_one("#score", DataTable)
            assert table.row_count == sum(1 + len(c["items"]) for c in card["competences"].values())
            # the first item that rests on turns
            target = next((k, item) for k, item in debrief.items.items() if item.get("turns"))
            row = table.get_row_index(target[0])
            table.focus()
            table.move_cursor(row=row)
            await pilot.press("enter")
            await settle(pilot)
            assert debrief.query_one("#tabs", TabbedContent).active == "tab-transcript"
            marked = [b.n for b in debrief.query(TurnBlock) if b.has_class("-highlight")]
            assert marked == sorted(target[1]["turns"])
            parties = str(debrief.query_one("#parties", Static).render())
            assert "Virksomheden" in parties

    run(go())


class FakeCard:
    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data

    def to_dict(self) -> dict[str, Any]:
        return self.data


FAKE = {
    "format": "brobygger-score",
    "version": 1,
    "overall": 71,
    "band": {"id": "good", "da": "God", "en": "Good"},
    "competences": {
        "needs_discovery": {
            "score": 80,
            "band": {"id": "good", "da": "God", "en": "Good"},
            "name": {"da": "Behovsafdækning", "en": "Needs discovery"},
            "items": [
                {
                    "code": "open",
                    "points": 8,
                    "max": 10,
                    "turns": [2],
                    "da": "Åbne spørgsmål",
                    "en": "Open questions",
                },
                {
                    "code": "none",
                    "points": 0,
                    "max": 5,
                    "turns": [],
                    "da": "Opsummerede ikke",
                    "en": "No summary",
                },
            ],
        }
    },
    "parties": {
        "company": {
            "served": True,
            "reasons": [{"code": "x", "ok": True, "da": "Fint", "en": "Fine"}],
        },
        "citizen": {
            "served": False,
            "reasons": [{"code": "y", "ok": False, "da": "For tungt", "en": "Too heavy"}],
        },
        "jobcentre": {"served": True, "reasons": []},
    },
    "all_parties_served": False,
    "agreement": False,
    "missed": {
        "needs": [
            {
                "id": "morgenpluk",
                "title": "Morgenerne",
                "topics": ["Travlhed"],
                "hinted_turns": [2],
                "debrief": "Spørg til konsekvenser.",
            }
        ],
        "objections": [],
    },
    "believed_vs_true": {
        "believed": ["Returvarer"],
        "true": ["Returvarer", "Morgenerne"],
        "situation": "Travlt.",
        "alternative": "Vikarer.",
    },
}


def test_debrief_screen_on_a_given_scorecard(tmp_path: Path, mini_library) -> None:
    """The debrief against the scorecard's shape, independent of how scoring scores."""
    app = make_app(tmp_path, mini_library, scorer=lambda transcript, meeting: FakeCard(FAKE))
    app.renderers = lambda: None

    async def go() -> None:
        async with app.run_test(size=SIZE) as pilot:
            await to_meeting(pilot)
            await send(pilot, OPENING)
            await send(pilot, DISCOVERY[0])
            await pilot.press("ctrl+x", "y")
            await settle(pilot)
            debrief = app.screen
            summary = str(debrief.query_one("#summary", Static).render())
            assert "Samlet: 71/100 – God" in summary
            assert "Ikke alle tre parter er tjent" in summary
            parties = str(debrief.query_one("#parties", Static).render())
            assert "✗ Borgeren: ikke tjent" in parties and "For tungt" in parties
            missed = str(debrief.query_one("#missed", Static).render())
            assert "Morgenerne" in missed and "replik 2" in missed
            believed = str(debrief.query_one("#believed", Static).render())
            assert "Vikarer." in believed
            table = debrief.query_one("#score", DataTable)
            table.focus()
            table.move_cursor(row=table.get_row_index("i:needs_discovery:0"))
            await pilot.pause()
            assert "Replik 2" in str(debrief.query_one("#item-detail", Static).render())
            await pilot.press("enter")
            await settle(pilot)
            marked = [b.n for b in debrief.query(TurnBlock) if b.has_class("-highlight")]
            assert marked == [2]
            # an item with no turns says so and stays on the scorecard
            await pilot.press("shift+tab")
            app.screen.query_one("#tabs", TabbedContent).active = "tab-score"
            table.focus()
            table.move_cursor(row=table.get_row_index("i:needs_discovery:1"))
            await pilot.press("enter")
            await pilot.pause()
            assert any("bestemte replikker" in n for n in notices(app))
            await pilot.press("ctrl+s")
            await settle(pilot)
            data = json.loads(next((tmp_path / "data" / "exports").glob("*.json")).read_text())
            assert data["score"]["overall"] == 71

    run(go())


# --------------------------------------------------------------------------- resume


def test_interrupted_session_resumes_with_every_turn(tmp_path: Path, mini_library) -> None:
    first = make_app(tmp_path, mini_library)

    async def play_and_vanish() -> list[dict[str, Any]]:
        async with first.run_test(size=SIZE) as pilot:
            meeting = await to_meeting(pilot)
            for line in [OPENING, *DISCOVERY]:
                await send(pilot, line)
            return list(meeting.session.meeting.records)

    records = run(play_and_vanish())  # the app goes away without ending the meeting
    second = make_app(tmp_path, mini_library, seed=99)  # another seed: the saved one counts

    async def resume_from_picker() -> None:
        async with second.run_test(size=SIZE) as pilot:
            await settle(pilot)
            picker = second.screen
            assert isinstance(picker, PickerScreen)
            sessions = picker.query_one("#sessions", DataTable)
            assert sessions.row_count == 1
            await pilot.press("tab")
            assert second.focused is sessions
            await pilot.press("enter")
            await settle(pilot)
            screen = second.screen
            assert isinstance(screen, MeetingScreen)
            assert screen.session.meeting.records == records
            assert [b.n for b in screen.query(TurnBlock)] == [1, 2, 3]
            assert any("genoptaget (3 replikker)" in n for n in notices(second))
            # the history came back too
            await pilot.press("up")
            assert screen.query_one("#line", Input).value == DISCOVERY[-1]
            await pilot.press("down")
            await send(pilot, "Hvad ville det betyde, hvis nogen tog sig af returvarerne?")
            assert len(screen.session.meeting.records) == 4

    run(resume_from_picker())
    store = SessionStore(tmp_path / "data")
    [info] = store.list()
    assert info.turns == 4

    # `brobygger resume` hands the app a resumed session before it starts
    session = Session.resume(store, mini_library, None)
    third = make_app(tmp_path, mini_library, session=session)

    async def resume_directly() -> None:
        async with third.run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert isinstance(third.screen, MeetingScreen)
            assert len(third.screen.query(TurnBlock)) == 4

    run(resume_directly())


# --------------------------------------------------------------------------- input


def test_input_is_shown_and_saved_literally(tmp_path: Path, mini_library) -> None:
    app = make_app(tmp_path, mini_library)
    tricky = "[bold red]Hej[/] $accent :smile: 😀 <b>æøå</b> \\[x] [link=http://x]y[/link]"

    async def go() -> None:
        async with app.run_test(size=SIZE) as pilot:
            meeting = await to_meeting(pilot)
            await send(pilot, tricky)
            [block] = meeting.query(TurnBlock)
            assert f"1. Konsulent: {tricky}" in block_text(block)
            assert meeting.session.meeting.records[0]["text"] == tricky

    run(go())
    [info] = SessionStore(tmp_path / "data").list()
    saved = json.loads(info.path.read_text(encoding="utf-8"))
    assert saved["turns"][0]["text"] == tricky


def test_empty_input_is_not_sent(tmp_path: Path, mini_library) -> None:
    app = make_app(tmp_path, mini_library)

    async def go() -> None:
        async with app.run_test(size=SIZE) as pilot:
            meeting = await to_meeting(pilot)
            await send(pilot, "")
            await send(pilot, "   ")
            assert meeting.session.meeting.records == []
            assert notices(app).count("Skriv noget, før du sender.") == 2

    run(go())


def test_a_long_multiline_paste_arrives_whole(tmp_path: Path, mini_library) -> None:
    app = make_app(tmp_path, mini_library)
    unit = "Hvordan går det med returvarerne? 😀 [b]æøå[/b]\n"
    paragraph = (unit * 300)[:10_000]
    one_line = " ".join(x.strip() for x in paragraph.splitlines() if x.strip())

    async def go() -> None:
        async with app.run_test(size=SIZE) as pilot:
            meeting = await to_meeting(pilot)
            line = meeting.query_one("#line", HistoryInput)
            line.post_message(events.Paste(paragraph))
            await pilot.pause()
            assert line.value == one_line  # every line, the newlines now spaces
            start = time.perf_counter()
            await pilot.press("enter")
            await settle(pilot)
            assert time.perf_counter() - start < 10
            [record] = meeting.session.meeting.records
            assert record["text"] == one_line
            assert len(meeting.query(TurnBlock)) == 1

    run(go())


def test_hint_and_history(tmp_path: Path, mini_library) -> None:
    app = make_app(tmp_path, mini_library)

    async def go() -> None:
        async with app.run_test(size=SIZE) as pilot:
            meeting = await to_meeting(pilot)
            await pilot.press("ctrl+g")
            assert any("hvad mødet skal handle om" in n for n in notices(app))
            await send(pilot, OPENING)
            await send(pilot, DISCOVERY[0])
            line = meeting.query_one("#line", Input)
            await pilot.press(*"kladde")
            await pilot.press("up")
            assert line.value == DISCOVERY[0]
            await pilot.press("up")
            assert line.value == OPENING
            await pilot.press("up")
            assert line.value == OPENING
            await pilot.press("down", "down")
            assert line.value == "kladde"

    run(go())


def test_terms_form_checks_its_numbers(tmp_path: Path, mini_library) -> None:
    app = make_app(tmp_path, mini_library)

    async def go() -> None:
        async with app.run_test(size=SIZE) as pilot:
            meeting = await to_meeting(pilot)
            await pilot.press("ctrl+t")
            form = app.screen
            assert isinstance(form, TermsForm)
            await pilot.press("ctrl+s")
            assert "Udfyld mindst ét felt." in str(form.query_one("#form-error").render())
            form.query_one("#hours", Input).value = "99"
            await pilot.press("ctrl+s")
            assert "mellem 1 og 37" in str(form.query_one("#form-error").render())
            form.query_one("#hours", Input).value = "7,5"
            form.query_one("#tasks", SelectionList).select("returhaandtering")
            await pilot.press("ctrl+s")
            await settle(pilot)
            assert app.screen is meeting
            terms = meeting.session.meeting.state.terms
            assert terms.hours_per_week == 7.5
            assert "7,5 timer om ugen" in meeting.session.meeting.records[-1]["text"]
            await pilot.press("ctrl+t", "escape")
            assert app.screen is meeting
            assert len(meeting.session.meeting.records) == 1

    run(go())


def test_talking_to_the_citizen(tmp_path: Path, mini_library) -> None:
    app = make_app(tmp_path, mini_library)

    async def go() -> None:
        async with app.run_test(size=SIZE) as pilot:
            meeting = await to_meeting(pilot)
            line = meeting.query_one("#line", Input)
            await pilot.press("ctrl+b")  # not yet: the key is off while the citizen is away
            assert not meeting.to_citizen and "Til borgeren" not in footer_keys(meeting)
            meeting.session.meeting.state.citizen_present = True  # as after the proposal
            meeting.refresh_state()
            assert "Til borgeren" in footer_keys(meeting)
            await pilot.press("ctrl+b")
            assert line.placeholder.startswith("Til Sara:")
            await send(pilot, "Sara, hvad tænker du om det?")
            record = meeting.session.meeting.records[-1]
            assert record["to"] == "citizen"
            assert "Konsulent → Sara" in block_text(meeting.query(TurnBlock)[-1])
            await pilot.press("ctrl+b")
            assert line.placeholder.startswith("Skriv din replik")

    run(go())


def test_escape_on_the_end_confirm_keeps_the_meeting(tmp_path: Path, mini_library) -> None:
    app = make_app(tmp_path, mini_library)

    async def go() -> None:
        async with app.run_test(size=SIZE) as pilot:
            meeting = await to_meeting(pilot)
            await pilot.press("ctrl+x", "escape")
            await settle(pilot)
            assert app.screen is meeting and not meeting.session.finished

    run(go())


# --------------------------------------------------------------------------- the terminal


def test_layout_at_80x24(tmp_path: Path, mini_library) -> None:
    app = make_app(tmp_path, mini_library)

    async def go() -> None:
        async with app.run_test(size=(80, 24)) as pilot:
            meeting = await to_meeting(pilot)
            for line in [OPENING, *DISCOVERY]:
                await send(pilot, line)
            for selector in ("#transcript", "#panel", "#line", "Footer"):
                assert visible(app, meeting.query_one(selector)), selector
            assert meeting.query_one("#transcript").region.width >= 40
            await pilot.press("ctrl+t")
            form = app.screen
            for selector in ("#scheme", "#submit", "#cancel"):
                assert visible(app, form.query_one(selector)), selector
            await pilot.press("escape", "ctrl+x", "y")
            await settle(pilot)
            debrief = app.screen
            assert isinstance(debrief, DebriefScreen)
            for selector in ("#summary", "#tabs", "Footer"):
                assert visible(app, debrief.query_one(selector)), selector

    run(go())


def test_the_panel_shows_the_meetings_clock(tmp_path: Path, mini_library) -> None:
    app = make_app(tmp_path, mini_library)

    async def go() -> None:
        async with app.run_test(size=SIZE) as pilot:
            meeting = await to_meeting(pilot)
            minutes = meeting.session.meeting.scenario.minutes
            body = meeting.query_one("#panel-body", Static)
            assert visible(app, body) and f"0 af {minutes} min." in str(body.render())
            for line in [OPENING, *DISCOVERY]:
                await send(pilot, line)
            used = round(meeting.session.meeting.state.minutes_used)
            assert used >= 1 and f"{used} af {minutes} min." in str(body.render())

    run(go())


def test_narrow_terminal_hides_the_panel_behind_a_key(tmp_path: Path, mini_library) -> None:
    app = make_app(tmp_path, mini_library)

    async def go() -> None:
        async with app.run_test(size=(60, 20)) as pilot:
            meeting = await to_meeting(pilot)
            assert not meeting.query_one("#panel").display
            await pilot.press("ctrl+o")
            await pilot.pause()
            assert visible(app, meeting.query_one("#panel"))

    run(go())


def test_english_ui(tmp_path: Path, mini_library) -> None:
    app = make_app(tmp_path, mini_library, lang="en")

    async def go() -> None:
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert "Scenarios" in str(app.screen.query(".heading").first(Static).render())
            keys = {b.binding.description for b in app.screen.active_bindings.values()}
            assert "Choose" in keys
            meeting = await to_meeting(pilot)
            keys = {b.binding.description for b in meeting.active_bindings.values()}
            assert {"Terms", "Hint", "End meeting"} <= keys
            await send(pilot, OPENING)  # the dialogue stays in the scenario's language
            assert "Konsulent" not in block_text(meeting.query(TurnBlock)[0])
            assert "Consultant" in block_text(meeting.query(TurnBlock)[0])

    run(go())


def test_palette_has_the_screens_actions_and_language_switch(tmp_path: Path, mini_library) -> None:
    app = make_app(tmp_path, mini_library)

    async def go() -> None:
        async with app.run_test(size=SIZE) as pilot:
            meeting = await to_meeting(pilot)
            provider = ScreenCommands(meeting)
            titles = [hit.text async for hit in provider.discover()]
            assert {"Vilkår", "Råd", "Afslut mødet"} <= set(titles)
            assert "Til borgeren" not in titles  # the citizen is not there yet
            hits = [hit async for hit in provider.search("vilk")]
            assert hits
            result = hits[0].command()
            if inspect.isawaitable(result):
                await result
            await pilot.pause()
            assert isinstance(app.screen, TermsForm)
            await pilot.press("escape")
            commands = {c.title: c for c in app.get_system_commands(meeting)}
            assert "Høj kontrast" in commands and "Sprog: English" in commands
            await app.action_toggle_language()
            await pilot.pause()
            assert app.lang == "en"
            assert {"Terms", "Hint"} <= {
                b.binding.description for b in app.screen.active_bindings.values()
            }
            assert "Type your line" in meeting.query_one("#line", Input).placeholder

    run(go())


def test_high_contrast_theme_is_selectable_and_saved(tmp_path: Path, mini_library) -> None:
    app = make_app(tmp_path, mini_library, persist_settings=True)

    async def go() -> None:
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await pilot.press("f2")
            await settle(pilot)
            assert app.theme == "brobygger-projektor"
            await pilot.press("f2")
            await settle(pilot)
            assert app.theme == "textual-dark"
            app.theme = "brobygger-kontrast"
            await settle(pilot)

    run(go())
    settings = json.loads((tmp_path / "data" / "settings.json").read_text(encoding="utf-8"))
    assert settings["theme"] == "brobygger-kontrast"


# --------------------------------------------------------------------------- the command line


BAD = Path(__file__).parent.parent / "data" / "bad"
GOOD = Path(__file__).parent.parent / "data" / "good"


@pytest.fixture
def data_env(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setenv("BROBYGGER_DATA", str(tmp_path / "data"))
    monkeypatch.delenv("BROBYGGER_LANG", raising=False)
    return tmp_path / "data"


def test_broken_content_is_reported_before_any_screen(data_env, capsys, monkeypatch) -> None:
    from sim.cli import main

    started = []
    monkeypatch.setattr(BrobyggerApp, "run", lambda self, **kw: started.append(self))
    code = main(["--content", str(BAD / "wrong_types.scenario.yaml")])
    err = capsys.readouterr().err
    assert code == 2 and not started
    assert "wrong_types.scenario.yaml:" in err
    assert "Traceback" not in err


def test_default_command_opens_the_app(data_env, monkeypatch) -> None:
    from sim.cli import main

    started: list[BrobyggerApp] = []
    monkeypatch.setattr(BrobyggerApp, "run", lambda self, **kw: started.append(self))
    assert (
        main(
            [
                "--content",
                str(GOOD),
                "--lang",
                "en",
                "--theme",
                "brobygger-projektor",
                "--seed",
                "4",
            ]
        )
        == 0
    )
    [app] = started
    assert app.lang == "en" and app.seed == 4 and "mini-lager" in app.library.scenarios
    assert app._initial_theme == "brobygger-projektor"
    assert main(["--content", str(GOOD), "--theme", "nope"]) == 2


def test_language_setting_is_used(data_env, monkeypatch) -> None:
    from sim.cli import main
    from sim.sessions import save_settings

    save_settings({"lang": "en"}, data_env)
    started: list[BrobyggerApp] = []
    monkeypatch.setattr(BrobyggerApp, "run", lambda self, **kw: started.append(self))
    assert main(["--content", str(GOOD)]) == 0
    assert main(["--content", str(GOOD), "--lang", "da"]) == 0
    assert [a.lang for a in started] == ["en", "da"]


def test_resume_command(data_env, capsys, monkeypatch, mini_library) -> None:
    from sim.cli import main

    started: list[BrobyggerApp] = []
    monkeypatch.setattr(BrobyggerApp, "run", lambda self, **kw: started.append(self))
    assert main(["--content", str(GOOD), "resume"]) == 2
    assert "no unfinished session" in capsys.readouterr().err
    session = Session.start(SessionStore(), mini_library, "mini-lager", seed=3)
    session.say(OPENING)
    assert main(["--content", str(GOOD), "resume", session.id[:-3]]) == 0
    [app] = started
    assert app.initial_session.id == session.id
    assert app.initial_session.meeting.records == session.meeting.records


def test_serve_without_textual_serve(data_env, capsys, monkeypatch) -> None:
    from sim.cli import main

    monkeypatch.setitem(sys.modules, "textual_serve", None)
    monkeypatch.setitem(sys.modules, "textual_serve.server", None)
    assert main(["serve"]) == 2
    assert "textual-serve" in capsys.readouterr().err


@pytest.mark.parametrize("prefork", [True, False])
def test_serve_runs_the_app_command(data_env, monkeypatch, prefork: bool) -> None:
    pytest.importorskip("textual_serve")
    from textual_serve.server import Server

    from sim.cli import main
    from sim.ui.zygote import supported

    served: list[Server] = []
    monkeypatch.setattr(Server, "serve", lambda self, debug=False: served.append(self))
    flags = [] if prefork else ["--no-prefork"]
    assert main(["--lang", "en", "serve", "--port", "8123", *flags, "--content", str(GOOD)]) == 0
    [server] = served
    assert server.port == 8123
    args = f"--lang en --content {GOOD.resolve()}"
    if prefork and supported():  # the launcher, which falls back to the same `-m sim` command
        assert "-S" in server.command and "launcher.py" in server.command
        assert server.command.endswith(args)
        socket_folder = Path(server.command.split()[3]).parent
        assert not socket_folder.exists()  # the zygote was stopped after serving
    else:
        assert server.command.endswith(f"-m sim {args}")


@pytest.mark.parametrize("prefork", [True, False])
def test_serve_reports_broken_content_at_the_terminal(data_env, capfd, prefork: bool) -> None:
    pytest.importorskip("textual_serve")
    from sim.cli import main

    flags = [] if prefork else ["--no-prefork"]
    bad = Path(__file__).parent.parent / "data" / "bad"
    assert main(["serve", *flags, "--content", str(bad)]) == 2
    err = capfd.readouterr().err
    assert "syntax_error.persona.yaml" in err
    assert "the content has errors" in err


def test_the_engine_side_of_the_app_never_imports_textual() -> None:
    code = (
        "import sys\n"
        "import sim.sessions, sim.coach, sim.ui.proposal\n"
        "print(','.join(m for m in sys.modules if m.split('.')[0] == 'textual'))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""

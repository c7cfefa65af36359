"""`brobygger present` and `export`: the presenter driven by keys, the CLI's checks, exports.

Keys: turns forward, back and by number, the instructor's lens, what if (a line, the terms
form, end, save), compare; the command line refuses bad files before any screen opens.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input, Select, Static

from sim.cli import main
from sim.present import Presentation
from sim.sessions import SessionStore
from sim.transcript import dumps, load_transcript
from sim.ui.app import PresentApp
from sim.ui.screens.present import CompareScreen, JumpScreen, PresentScreen, WhatIfScreen
from sim.ui.screens.terms_form import TermsForm
from sim.ui.widgets.transcript import TurnBlock

GOOD = Path(__file__).parent.parent / "data" / "good"
SIZE = (100, 32)


@pytest.fixture
def transcript_file(tmp_path: Path, played) -> Path:
    path = tmp_path / "meeting.json"
    path.write_text(dumps(played), encoding="utf-8")
    return path


@pytest.fixture
def presentation(mini_library, transcript_file: Path) -> Presentation:
    return Presentation.load(mini_library, transcript_file)


def make_app(tmp_path: Path, library, presentation, **kwargs: Any) -> PresentApp:
    return PresentApp(library, presentation, store=SessionStore(tmp_path / "data"), **kwargs)


async def settle(pilot) -> None:
    for _ in range(3):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


def text(screen, selector: str) -> str:
    return str(screen.query_one(selector, Static).render())


def test_turns_forward_back_and_jump(tmp_path, mini_library, presentation) -> None:
    app = make_app(tmp_path, mini_library, presentation)

    async def go() -> None:
        async with app.run_test(size=(80, 24)) as pilot:
            screen = app.screen
            assert isinstance(screen, PresentScreen)
            assert app.theme == "brobygger-projektor"
            assert "Replik 1 af 8" in text(screen, "#present-status")
            assert "1. Konsulent: Hej Lene" in text(screen, "#turn")
            assert "+10 Hilste og åbnede mødet" in text(screen, "#notes")
            await pilot.press("right", "space", "n")
            assert screen.n == 4
            notes = text(screen, "#notes")
            assert "Indvending rejst: Det har vi ikke råd til" in notes
            await pilot.press("left")
            assert screen.n == 3 and "Behov afdækket: Returvarerne" in text(screen, "#notes")
            await pilot.press("p", "p", "p")  # stops at the first turn
            assert screen.n == 1
            await pilot.press("end")
            assert screen.n == 8 and "Replik 8 af 8" in text(screen, "#present-status")
            await pilot.press("right")
            assert screen.n == 8
            await pilot.press("home")
            assert screen.n == 1
            await pilot.press("g")
            assert isinstance(app.screen, JumpScreen)
            await pilot.press("9", "enter")  # no turn 9: says so and stays open
            assert "ingen replik 9" in text(app.screen, "#jump-error")
            app.screen.query_one(Input).value = ""
            await pilot.press("5", "enter")
            assert app.screen is screen and screen.n == 5
            notes = text(screen, "#notes")
            assert "Indvending håndteret: Det har vi ikke råd til (fuldt)" in notes
            assert "anerkendelse" in notes and "spor:" in notes
            await pilot.press("g", "escape")
            assert app.screen is screen and screen.n == 5
            await pilot.press("q")
        assert app.return_code in (0, None)

    asyncio.run(go())


def test_the_lens_shows_the_hidden_state(tmp_path, mini_library, presentation, played) -> None:
    app = make_app(tmp_path, mini_library, presentation, start=2)

    async def go() -> None:
        async with app.run_test(size=SIZE) as pilot:
            screen = app.screen
            lens = screen.query_one("#lens")
            assert not lens.display
            await pilot.press("i")
            assert lens.display and lens.region.area > 0
            shown = text(screen, "#lens-body")
            trust = played["turns"][1]["state"]["trust"]
            assert "Tillid" in shown and f" {trust} " in shown
            assert "Tålmodighed" in shown
            assert "~ 2: Returvarerne hober sig op" in shown  # the hint on this turn
            assert "Pakkerne rydder op om morgenen" in shown  # a need not uncovered yet
            await pilot.press("right", "right")  # turn 4: the objection is open
            shown = text(screen, "#lens-body")
            assert "! Det har vi ikke råd til" in shown
            assert f" {played['turns'][3]['state']['trust']} " in shown
            await pilot.press("i")
            assert not lens.display

    asyncio.run(go())


def test_what_if_plays_a_line_and_compares_both_outcomes(tmp_path, mini_library,
                                                          presentation) -> None:
    app = make_app(tmp_path, mini_library, presentation, start=3)

    async def go() -> None:
        async with app.run_test(size=(80, 24)) as pilot:
            present = app.screen
            assert "Sammenlign" not in {b.binding.description for b in
                                        present.active_bindings.values() if b.enabled}
            await pilot.press("w")
            await settle(pilot)
            whatif = app.screen
            assert isinstance(whatif, WhatIfScreen)
            assert whatif.branch.replayed == 2 and whatif.branch.start == 3
            assert "Hvordan håndterer I returvarerne" in text(whatif, "#whatif-original")
            line = whatif.query_one("#whatif-line", Input)
            await pilot.press("up")  # the original line, to edit
            assert line.value == presentation.record(3)["text"]
            line.value = "Hvad koster det jer, når morgenen er travl?"
            await pilot.press("enter")
            await settle(pilot)
            [block] = whatif.query(TurnBlock)
            assert block.n == 3 and "Lene Holm" in "\n".join(
                str(s.render()) for s in block.query(Static)
            )
            await pilot.press("ctrl+t")  # the terms form works in a what-if too
            form = app.screen
            assert isinstance(form, TermsForm)
            form.query_one("#scheme", Select).value = "virksomhedspraktik"
            form.query_one("#hours", Input).value = "15"
            await pilot.press("ctrl+s")
            await settle(pilot)
            assert app.screen is whatif
            said = whatif.branch.new_records[-1]
            assert said["n"] == 4 and said["form_terms"]["hours_per_week"] == 15
            await pilot.press("ctrl+r")
            await settle(pilot)
            compare = app.screen
            assert isinstance(compare, CompareScreen)
            original = text(compare, "#compare-original")
            branch = text(compare, "#compare-whatif")
            assert "Originalen" in original and "aftale indgået" in original
            assert "(mødet er slut)" in original
            assert "Hvad nu hvis (fra replik 3)" in branch and "(indtil nu)" in branch
            assert "Replikker: 4" in branch and "Score: " in branch
            await pilot.press("escape")
            await pilot.press("ctrl+x")  # end the branch: the score is now final
            await settle(pilot)
            assert whatif.branch.ended
            await pilot.press("ctrl+s")
            await settle(pilot)
            await pilot.press("escape")
            assert app.screen is present
            await pilot.press("c")  # the branch is kept: compare again from the presenter
            await settle(pilot)
            assert "(mødet er slut)" in text(app.screen, "#compare-whatif")
            await pilot.press("escape", "w")  # and w on the same turn reopens it
            await settle(pilot)
            assert app.screen.branch is whatif.branch

    asyncio.run(go())
    [saved] = (tmp_path / "data" / "exports").glob("*.json")
    assert saved.name == "meeting.whatif-3.json"
    data = load_transcript(saved)
    assert data["turns"][2]["text"] == "Hvad koster det jer, når morgenen er travl?"
    assert data["turns"][3]["form_terms"]["scheme"] == "virksomhedspraktik"
    assert data["outcome"]["ended"]
    assert main(["--content", str(GOOD), "replay", str(saved)]) == 0


def test_english_ui(tmp_path, mini_library, presentation) -> None:
    app = make_app(tmp_path, mini_library, presentation, lang="en", start=4)

    async def go() -> None:
        async with app.run_test(size=SIZE) as pilot:
            screen = app.screen
            assert "Turn 4 of 8" in text(screen, "#present-status")
            assert "Objection raised: Det har vi ikke råd til" in text(screen, "#notes")
            keys = {b.binding.description for b in screen.active_bindings.values()}
            assert {"Next", "Previous", "Instructor", "What if"} <= keys
            await pilot.press("i")
            assert "Trust" in text(screen, "#lens-body")
            await app.action_toggle_language()
            await pilot.pause()
            assert "Replik 4 af 8" in text(app.screen, "#present-status")

    asyncio.run(go())


# --------------------------------------------------------------------------- the command line


@pytest.fixture
def no_app(monkeypatch, tmp_path: Path) -> list[PresentApp]:
    monkeypatch.setenv("BROBYGGER_DATA", str(tmp_path / "data"))
    monkeypatch.delenv("BROBYGGER_LANG", raising=False)
    started: list[PresentApp] = []
    monkeypatch.setattr(PresentApp, "run", lambda self, **kw: started.append(self))
    return started


def test_present_opens_the_app_after_checking(no_app, transcript_file: Path) -> None:
    code = main(["--content", str(GOOD), "--lang", "en", "present", str(transcript_file),
                 "--turn", "3"])
    assert code == 0
    [app] = no_app
    assert app.lang == "en" and app.start == 3 and len(app.presentation) == 8
    assert app._initial_theme == "brobygger-projektor"


@pytest.mark.parametrize(
    "content, args, message",
    [
        (None, ["missing.json"], "no such file"),
        ("{ not json", [], "not valid JSON"),
        ('{"format": "something-else"}', [], "not a Brobygger transcript"),
        ("UNKNOWN", [], "no scenario 'no-such-scenario'"),
        ("GOOD", ["--turn", "9"], "there is no turn 9"),
    ],
)
def test_present_refuses_bad_files_before_any_screen(
    no_app, tmp_path, capsys, played, content, args, message
) -> None:
    path = tmp_path / "t.json"
    if content == "UNKNOWN":
        path.write_text(dumps({**played, "scenario_id": "no-such-scenario"}), encoding="utf-8")
    elif content == "GOOD":
        path.write_text(dumps(played), encoding="utf-8")
    elif content is not None:
        path.write_text(content, encoding="utf-8")
    target = args[0] if args and not args[0].startswith("--") else str(path)
    rest = [a for a in args if a != target]
    code = main(["--content", str(GOOD), "present", target, *rest])
    err = capsys.readouterr().err
    assert code == 2 and not no_app
    assert message in err and "Traceback" not in err


def test_export_html_has_the_scorecard_beside_the_turns(transcript_file, tmp_path, capsys):
    out = tmp_path / "out" / "meeting.html"
    assert main(["--content", str(GOOD), "export", str(transcript_file), "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "<link" not in page and "<script" not in page and "src=" not in page  # no assets
    assert ".grid{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr)" in page
    assert "@media print{" in page and ".grid{display:block}" in page
    assert page.index("class=card") < page.index("id=turn-1")
    turn1 = page[page.index("id=turn-1"):page.index("id=turn-2")]
    assert "<li class=earned><b>+10</b> Hilste og åbnede mødet (Mødeledelse)</li>" in turn1


def test_export_markdown_and_json_print(transcript_file, capsys) -> None:
    assert main(["--content", str(GOOD), "export", str(transcript_file), "--format",
                 "markdown"]) == 0
    md = capsys.readouterr().out
    assert md.startswith("# Lager") and "## Vurdering" in md
    assert "> **+10** Hilste og åbnede mødet (Mødeledelse)" in md
    assert main(["--content", str(GOOD), "--lang", "en", "export", str(transcript_file),
                 "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["transcript"]["scenario_id"] == "mini-lager"
    assert data["score"]["format"] == "brobygger-score"


def test_export_refuses_a_bad_file(tmp_path, capsys) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("[]", encoding="utf-8")
    assert main(["--content", str(GOOD), "export", str(bad)]) == 2
    assert "not a Brobygger transcript" in capsys.readouterr().err

"""The briefing: what the trainee may know before the meeting – role, company, citizen, goal."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Button, Footer, Header, Static

from sim.content.models import Scenario
from sim.i18n import t
from sim.ui.commands import localize_bindings

if TYPE_CHECKING:
    from sim.ui.app import BrobyggerApp


class BriefingScreen(Screen[None]):
    """Reads the scenario's briefing (instructor text, shown literally) and starts the meeting."""

    CSS_PATH = "briefing.tcss"
    AUTO_FOCUS = "#briefing"  # the text scrolls with the arrows; Enter starts
    BINDINGS = [
        Binding("enter", "start", "key.start", priority=True),
        Binding("escape", "back", "key.back"),
    ]

    app: BrobyggerApp

    def __init__(self, scenario: Scenario) -> None:
        super().__init__()
        self.scenario = scenario
        self.starting = False
        localize_bindings(self, self.app.lang)

    def compose(self) -> ComposeResult:
        lang = self.app.lang
        s = self.scenario
        yield Header()
        with VerticalScroll(id="briefing"):
            yield Static(Content(s.title), id="briefing-title")
            yield Static(
                Content(
                    t(
                        "briefing.meta",
                        lang,
                        industry=s.industry,
                        difficulty=t(f"difficulty.{s.difficulty}", lang),
                        minutes=s.minutes,
                        language=t(f"lang.{s.language}", lang),
                    )
                ),
                id="briefing-meta",
            )
            for key, text in (
                ("briefing.role", s.briefing.role),
                ("briefing.company", s.briefing.company),
                ("briefing.citizen", s.briefing.citizen),
                ("briefing.goal", s.briefing.goal),
            ):
                yield Static(t(key, lang), classes="heading")
                yield Static(Content(text.strip()), classes="section")
            yield Static(t("briefing.keys", lang), id="briefing-keys")
            yield Button(t("key.start", lang), id="start", variant="primary")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = self.scenario.title

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_start()

    def action_start(self) -> None:
        if self.starting:
            return
        self.starting = True
        self.app.start_session(self.scenario.id)

    def action_back(self) -> None:
        self.app.pop_screen()

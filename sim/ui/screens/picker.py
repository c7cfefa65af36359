"""The scenario picker: bundled and user scenarios, and unfinished sessions to resume."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from sim.i18n import phase_name, t
from sim.sessions import SessionInfo
from sim.ui.commands import localize_bindings
from sim.ui.messages import SessionsListed

if TYPE_CHECKING:
    from sim.ui.app import BrobyggerApp


def local_time(iso: str) -> str:
    """An ISO timestamp (UTC) as local 'YYYY-MM-DD HH:MM'; unparseable values as given."""
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso


class PickerScreen(Screen[None]):
    """Choose a scenario (→ briefing) or an unfinished session (→ resume it)."""

    CSS_PATH = "picker.tcss"
    AUTO_FOCUS = "#scenarios"
    BINDINGS = [
        Binding("enter", "choose", "key.select", priority=True),
        Binding("tab", "app.focus_next", "key.switch_list"),
    ]

    app: BrobyggerApp

    def __init__(self) -> None:
        super().__init__()
        self.sessions: list[SessionInfo] = []
        localize_bindings(self, self.app.lang)

    def compose(self) -> ComposeResult:
        lang = self.app.lang
        yield Header()
        with Vertical(id="picker"):
            yield Static(t("picker.help", lang), id="picker-help")
            yield Static(t("picker.scenarios", lang), classes="heading")
            yield DataTable(id="scenarios", cursor_type="row", zebra_stripes=True)
            yield Static(t("picker.sessions", lang), classes="heading")
            yield DataTable(id="sessions", cursor_type="row", zebra_stripes=True)
            yield Static(t("picker.no_sessions", lang), id="no-sessions")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = t("picker.title", self.app.lang)
        self.fill_scenarios()
        self.load_sessions()

    def on_screen_resume(self) -> None:
        self.load_sessions()

    def fill_scenarios(self) -> None:
        lang = self.app.lang
        table = self.query_one("#scenarios", DataTable)
        table.clear(columns=True)
        table.add_column(t("col.title", lang), key="title")
        table.add_column(t("col.industry", lang), key="industry")
        table.add_column(t("col.difficulty", lang), key="difficulty")
        table.add_column(t("col.language", lang), key="language")
        table.add_column(t("col.minutes", lang), key="minutes")
        scenarios = sorted(self.app.library.scenarios.values(), key=lambda s: (s.title, s.id))
        for s in scenarios:
            table.add_row(
                Text(s.title),
                Text(s.industry),
                t(f"difficulty.{s.difficulty}", lang),
                t(f"lang.{s.language}", lang),
                str(s.minutes),
                key=s.id,
            )
        if not scenarios:
            self.query_one("#picker-help", Static).update(t("picker.no_scenarios", lang))

    @work(thread=True, exclusive=True, group="sessions")
    def load_sessions(self) -> None:
        """File I/O off the UI thread; the list comes back as a message."""
        sessions = self.app.store.list(unfinished_only=True)
        self.post_message(SessionsListed(sessions))

    def on_sessions_listed(self, message: SessionsListed) -> None:
        lang = self.app.lang
        self.sessions = message.sessions
        table = self.query_one("#sessions", DataTable)
        table.clear(columns=True)
        table.add_column(t("col.title", lang), key="title")
        table.add_column(t("col.started", lang), key="started")
        table.add_column(t("col.turns", lang), key="turns")
        table.add_column(t("col.phase", lang), key="phase")
        for s in message.sessions:
            table.add_row(
                Text(s.scenario_title),
                local_time(s.created),
                str(s.turns),
                phase_name(s.phase, lang),
                key=s.id,
            )
        table.display = bool(message.sessions)
        self.query_one("#no-sessions").display = not message.sessions

    def action_choose(self) -> None:
        focused = self.focused
        if not isinstance(focused, DataTable) or focused.row_count == 0:
            return
        key = focused.coordinate_to_cell_key(focused.cursor_coordinate).row_key.value
        if key is None:
            return
        if focused.id == "scenarios":
            self.app.show_briefing(key)
        else:
            self.notify(t("picker.resuming", self.app.lang), markup=False)
            self.app.resume_session(key)

    @on(DataTable.RowSelected)
    def _row_clicked(self, event: DataTable.RowSelected) -> None:
        # A mouse click selects the row; Enter arrives as the priority binding above instead.
        event.stop()
        event.data_table.focus()
        self.action_choose()

"""The meeting: transcript, input line with history, side panel, terms form, hint, end."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Footer, Header, Input

from sim.agreement import Terms
from sim.coach import advise_meeting
from sim.i18n import t
from sim.sessions import Session
from sim.ui.commands import localize_bindings
from sim.ui.messages import TurnFailed, TurnPlayed
from sim.ui.proposal import describe_terms
from sim.ui.screens.confirm import confirm_end
from sim.ui.screens.terms_form import TermsForm
from sim.ui.widgets.history_input import HistoryInput
from sim.ui.widgets.panel import MeetingPanel
from sim.ui.widgets.transcript import TranscriptView

if TYPE_CHECKING:
    from sim.ui.app import BrobyggerApp


class MeetingScreen(Screen[None]):
    """Holds one session's meeting. The engine runs in a worker thread; its records come back
    as TurnPlayed messages, so typing, scrolling and the footer stay live meanwhile."""

    CSS_PATH = "meeting.tcss"
    AUTO_FOCUS = "#line"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (72, "-wide")]
    BINDINGS = [
        Binding("ctrl+t", "terms", "key.terms"),
        Binding("ctrl+g", "hint", "key.hint"),
        Binding("ctrl+x", "end", "key.end", priority=True),  # before Input's cut
        Binding("ctrl+b", "to_citizen", "key.to_citizen"),
        Binding("ctrl+o", "toggle_panel", "key.panel"),  # only when the panel is hidden
    ]

    app: BrobyggerApp

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.busy = False
        self.to_citizen = False
        self.history: list[str] = [r["text"] for r in session.meeting.records if r.get("text")]
        localize_bindings(self, self.app.lang)

    @property
    def meeting(self):
        return self.session.meeting

    def compose(self) -> ComposeResult:
        lang = self.app.lang
        m = self.meeting
        titles = {
            **{n.id: n.title for n in m.scenario.needs},
            **{o.id: o.title for o in m.scenario.objections},
        }
        yield Header()
        with Horizontal(id="meeting-body"):
            yield TranscriptView(m.records, m.names, titles, lang, id="transcript")
            yield MeetingPanel(id="panel")
        line = HistoryInput(placeholder=t("meeting.placeholder", lang), id="line")
        line.history = self.history
        yield line
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = self.meeting.scenario.title
        self.refresh_state()

    # ------------------------------------------------------------------ state → widgets

    def refresh_state(self) -> None:
        m = self.meeting
        lang = self.app.lang
        self.query_one(MeetingPanel).show(m.scenario, m.state, m.phase, lang)
        line = self.query_one("#line", HistoryInput)
        if m.ended:
            line.placeholder = t("meeting.ended_placeholder", lang)
        elif m.sealed and not self.to_citizen:
            line.placeholder = t("meeting.sealed_placeholder", lang)
        elif self.to_citizen:
            line.placeholder = t("meeting.placeholder_citizen", lang, citizen=m.names["citizen"])
        else:
            line.placeholder = t("meeting.placeholder", lang)
        line.set_class(self.to_citizen, "-to-citizen")
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Actions that make no sense now are hidden from the footer and the palette."""
        ended = self.meeting.ended
        if action in ("terms", "end") and ended:
            return False
        if action == "to_citizen" and (ended or not self.meeting.state.citizen_present):
            return False
        if action == "toggle_panel":
            return self.has_class("-narrow")  # wide terminals always show the panel
        return True

    def on_resize(self) -> None:
        self.call_after_refresh(self.refresh_bindings)  # the breakpoint class may have changed

    # ------------------------------------------------------------------ turns

    @on(Input.Submitted, "#line")
    def _send(self, event: Input.Submitted) -> None:
        event.stop()
        lang = self.app.lang
        if self.meeting.ended:
            self.app.show_debrief(self.session)
            return
        text = event.value
        if not text.strip():
            self.notify(t("notice.empty", lang), timeout=3, markup=False)
            return
        if self.busy:
            self.notify(t("notice.busy", lang), timeout=2, markup=False)
            return
        line = self.query_one("#line", HistoryInput)
        line.remember(text)
        line.value = ""
        self.play(text, None)

    def play(self, text: str, terms: Terms | None) -> None:
        self.busy = True
        to = "citizen" if self.to_citizen and self.meeting.state.citizen_present else None
        self.run_turn(text, terms, to)

    @work(thread=True, exclusive=True, group="turn")
    def run_turn(self, text: str, terms: Terms | None, to: str | None) -> None:
        """The engine and the save, off the UI thread; the Session's lock serialises turns."""
        try:
            record = self.session.say(text, terms=terms, to=to)
        except Exception as exc:  # shown to the trainee; the saved transcript is untouched
            self.post_message(TurnFailed(f"{type(exc).__name__}: {exc}", text))
            return
        self.post_message(TurnPlayed(record))

    @work(thread=True, exclusive=True, group="turn")
    def run_end(self) -> None:
        try:
            record = self.session.end()
        except Exception as exc:
            self.post_message(TurnFailed(f"{type(exc).__name__}: {exc}", ""))
            return
        self.post_message(TurnPlayed(record))

    def on_turn_played(self, message: TurnPlayed) -> None:
        self.busy = False
        record = message.record
        self.query_one(TranscriptView).add(record)
        self.refresh_state()
        if record["action"] == "end":
            self.app.show_debrief(self.session)
        elif self.meeting.ended:
            self.notify(t("notice.ended", self.app.lang), markup=False)
        elif any(e["type"] == "deal_sealed" for e in record.get("events", ())):
            self.notify(t("notice.sealed", self.app.lang), timeout=8, markup=False)

    def on_turn_failed(self, message: TurnFailed) -> None:
        self.busy = False
        self.notify(
            t("notice.engine_error", self.app.lang, error=message.error),
            severity="error",
            timeout=10,
            markup=False,
        )
        line = self.query_one("#line", HistoryInput)
        if message.text and not line.value:
            line.value = message.text

    # ------------------------------------------------------------------ actions

    def action_terms(self) -> None:
        if self.busy:
            self.notify(t("notice.busy", self.app.lang), timeout=2, markup=False)
            return
        form = TermsForm(self.meeting.scenario, self.meeting.state.terms, self.app.lang)
        self.app.push_screen(form, self._terms_chosen)

    def _terms_chosen(self, terms: Terms | None) -> None:
        if terms is None or self.meeting.ended:
            return
        text = describe_terms(terms, self.meeting.scenario)
        self.play(text, terms)

    def action_hint(self) -> None:
        if self.busy:
            self.notify(t("notice.busy", self.app.lang), timeout=2, markup=False)
            return
        advice = advise_meeting(self.meeting, self.app.lang)
        self.notify(advice.text, title=t("coach.title", self.app.lang), timeout=15, markup=False)

    def action_end(self) -> None:
        if self.busy:
            self.notify(t("notice.busy", self.app.lang), timeout=2, markup=False)
            return

        def chosen(yes: bool | None) -> None:
            if yes and not self.meeting.ended:
                self.busy = True
                self.run_end()

        self.app.push_screen(confirm_end(self.app.lang), chosen)

    def action_to_citizen(self) -> None:
        m = self.meeting
        if not m.state.citizen_present:
            self.notify(t("notice.no_citizen", self.app.lang), timeout=3, markup=False)
            return
        self.to_citizen = not self.to_citizen
        if not self.to_citizen:
            self.notify(
                t("notice.to_employer", self.app.lang, name=m.names["employer"]),
                timeout=3,
                markup=False,
            )
        self.refresh_state()

    def action_toggle_panel(self) -> None:
        self.toggle_class("-show-panel")

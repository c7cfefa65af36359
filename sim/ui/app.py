"""The Brobygger app: screens, themes, settings and the workers that start and resume sessions.

Content is loaded and checked before the App exists (see `sim.cli`): a broken scenario is
reported at the terminal with file and line, and no screen opens.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from typing import Any

from textual import events, work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import ModalScreen, Screen
from textual.theme import BUILTIN_THEMES

from sim.content.library import ContentLibrary
from sim.engine.meeting import Meeting
from sim.i18n import LANGS, t
from sim.present import Presentation
from sim.reading.acts import warm_up
from sim.sessions import Session, SessionStore, renderers, save_settings, score_of
from sim.ui.commands import ScreenCommands, localize_bindings
from sim.ui.messages import SessionFailed, SessionReady
from sim.ui.screens.briefing import BriefingScreen
from sim.ui.screens.debrief import DebriefScreen
from sim.ui.screens.meeting import MeetingScreen
from sim.ui.screens.picker import PickerScreen
from sim.ui.screens.present import CompareScreen, PresentScreen, WhatIfScreen
from sim.ui.themes import DEFAULT_THEME, HIGH_CONTRAST, THEMES

THEME_NAMES: tuple[str, ...] = tuple(sorted({*BUILTIN_THEMES, *(x.name for x in THEMES)}))


class BrobyggerApp(App[None]):
    """The simulator. Screens: picker → briefing → meeting → debrief, then back to the picker.

    Attributes down: screens read `library`, `store`, `lang`; they call `show_briefing`,
    `start_session`, `resume_session`, `show_debrief`, `back_to_picker`. Workers post
    SessionReady / SessionFailed back to the app.
    """

    CSS_PATH = "app.tcss"
    TITLE = "Brobygger"
    COMMANDS = App.COMMANDS | {ScreenCommands}
    BINDINGS = [Binding("f2", "toggle_contrast", "key.contrast")]

    def __init__(
        self,
        library: ContentLibrary,
        *,
        store: SessionStore | None = None,
        lang: str = "da",
        theme: str | None = None,
        seed: int | None = None,
        session: Session | None = None,
        persist_settings: bool = True,
        scorer: Callable[[dict[str, Any], Meeting], Any] = score_of,
    ) -> None:
        self.lang = lang if lang in LANGS else "da"
        super().__init__()
        self.library = library
        self.store = store or SessionStore()
        self.seed = seed
        self.initial_session = session
        self.persist_settings = persist_settings
        self.scorer = scorer
        self.renderers: Callable[[], Any] = renderers
        self._initial_theme = theme or DEFAULT_THEME
        self._previous_theme = DEFAULT_THEME
        self._settings_ready = False
        for extra in THEMES:
            self.register_theme(extra)
        localize_bindings(self, self.lang)

    def on_mount(self) -> None:
        # the act reader warms while the trainee picks a scenario: the first reply is as quick
        # as any later one
        self.run_worker(warm_up, thread=True, group="warm", exit_on_error=False)
        self.theme = self._initial_theme
        self._settings_ready = True
        self.sub_title = t("app.subtitle", self.lang)
        self.push_screen(PickerScreen())
        warnings = len(self.library.warnings)
        if warnings:
            self.notify(
                t("notice.content_warnings", self.lang, n=warnings),
                severity="warning",
                markup=False,
            )
        if self.initial_session is not None:
            self.open_session(self.initial_session, resumed=True)

    # ------------------------------------------------------------------ navigation

    def show_briefing(self, scenario_id: str) -> None:
        self.push_screen(BriefingScreen(self.library.scenarios[scenario_id]))

    def _to_picker(self) -> None:
        while len(self.screen_stack) > 2:
            self.pop_screen()

    def back_to_picker(self) -> None:
        self._to_picker()

    def open_session(self, session: Session, resumed: bool = False) -> None:
        self._to_picker()
        if session.finished:
            self.push_screen(DebriefScreen(session))
            return
        self.push_screen(MeetingScreen(session))
        if resumed:
            self.notify(t("notice.resumed", self.lang, n=session.meeting.state.turn), markup=False)
        for warning in session.warnings:
            self.notify(
                t(f"notice.{warning}", self.lang), severity="warning", timeout=10, markup=False
            )

    def show_debrief(self, session: Session) -> None:
        self._to_picker()
        self.push_screen(DebriefScreen(session))

    # ------------------------------------------------------------------ sessions (workers)

    def new_seed(self) -> int:
        return self.seed if self.seed is not None else random.randrange(1_000_000)

    @work(thread=True, exclusive=True, group="session")
    def start_session(self, scenario_id: str) -> None:
        try:
            session = Session.start(self.store, self.library, scenario_id, self.new_seed())
        except Exception as exc:  # e.g. the data folder is not writable
            self.post_message(SessionFailed(f"{type(exc).__name__}: {exc}"))
            return
        self.post_message(SessionReady(session))

    @work(thread=True, exclusive=True, group="session")
    def resume_session(self, session_id: str) -> None:
        try:
            session = Session.resume(self.store, self.library, session_id)
        except Exception as exc:
            self.post_message(SessionFailed(str(exc)))
            return
        self.post_message(SessionReady(session, resumed=True))

    def on_session_ready(self, message: SessionReady) -> None:
        self.open_session(message.session, resumed=message.resumed)

    def on_session_failed(self, message: SessionFailed) -> None:
        self.notify(
            t("notice.session_error", self.lang, error=message.error),
            severity="error",
            timeout=10,
            markup=False,
        )
        for screen in self.screen_stack:
            if isinstance(screen, BriefingScreen):
                screen.starting = False

    # ------------------------------------------------------------------ settings

    def watch_theme(self, theme: str) -> None:
        if theme != HIGH_CONTRAST:
            self._previous_theme = theme
        if self._settings_ready:
            self._save_settings({"theme": theme})

    def _save_settings(self, changes: dict[str, str]) -> None:
        if not self.persist_settings:
            return
        self.run_worker(
            lambda: save_settings(changes, self.store.root), thread=True, group="settings"
        )

    def action_toggle_contrast(self) -> None:
        self.theme = self._previous_theme if self.theme == HIGH_CONTRAST else HIGH_CONTRAST

    async def action_toggle_language(self) -> None:
        self.lang = "en" if self.lang == "da" else "da"
        self._save_settings({"lang": self.lang})
        localize_bindings(self, self.lang)
        self.sub_title = t("app.subtitle", self.lang)
        for screen in self.screen_stack:
            # Modals (the terms form, a confirm, the palette) are short-lived: left as they are.
            if isinstance(screen, ModalScreen) or screen is self.screen_stack[0]:
                continue
            localize_bindings(screen, self.lang)
            await screen.recompose()
            if isinstance(screen, PickerScreen):
                screen.on_mount()
            elif isinstance(screen, MeetingScreen):
                screen.refresh_state()
            elif isinstance(screen, DebriefScreen) and screen.card is not None:
                screen.show_card(screen.card)
            elif isinstance(screen, (PresentScreen, WhatIfScreen, CompareScreen)):
                screen.show()
        self.notify(t("notice.language", self.lang), markup=False)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand(
            t("cmd.contrast", self.lang),
            t("cmd.contrast.help", self.lang),
            self.action_toggle_contrast,
        )
        yield SystemCommand(
            t("cmd.language", self.lang),
            t("cmd.language.help", self.lang),
            self.action_toggle_language,
        )


class PresentApp(BrobyggerApp):
    """The classroom presenter (`brobygger present`): one saved meeting, turn by turn.

    The transcript is loaded, checked and scored before the App exists (see `sim.cli`). The
    projector theme is the default; settings are not saved, so a projector session leaves the
    instructor's own theme alone. What-if branches are saved under the data folder's exports/.
    """

    TITLE = "Brobygger"

    def __init__(
        self,
        library: ContentLibrary,
        presentation: Presentation,
        *,
        start: int = 1,
        store: SessionStore | None = None,
        lang: str = "da",
        theme: str | None = None,
    ) -> None:
        super().__init__(
            library, store=store, lang=lang, theme=theme or HIGH_CONTRAST, persist_settings=False
        )
        self.presentation = presentation
        self.start = start

    def on_mount(self, event: events.Mount) -> None:
        event.prevent_default()  # Textual would run BrobyggerApp.on_mount too: no picker here
        self.theme = self._initial_theme
        self._settings_ready = True
        self.sub_title = t("present.title", self.lang)
        self.push_screen(PresentScreen(self.presentation, self.start))
        if self.presentation.content_changed:
            self.notify(
                t("present.content_changed", self.lang), severity="warning", timeout=8,
                markup=False,
            )

"""The trainee's input line: ↑/↓ recall earlier lines; a multi-line paste arrives whole."""

from __future__ import annotations

from textual import events
from textual.binding import Binding
from textual.widgets import Input

from sim.ui.commands import localize_bindings


class HistoryInput(Input):
    """An Input that remembers what was sent (`remember`) and walks back through it.

    Input keeps only the first line of a paste; a trainee pasting a prepared paragraph expects
    all of it, so lines are joined with spaces instead.
    """

    DEFAULT_CSS = """
    HistoryInput {
        height: 3;
    }
    """

    BINDINGS = [
        Binding("up", "history_back", "key.earlier", show=False),
        Binding("down", "history_forward", "key.later", show=False),
    ]

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.history: list[str] = []
        self._position: int | None = None
        self._draft = ""

    def on_mount(self) -> None:
        localize_bindings(self, getattr(self.app, "lang", "da"))

    def remember(self, text: str) -> None:
        """Add a sent line to the history (not twice in a row) and leave history browsing."""
        if text and (not self.history or self.history[-1] != text):
            self.history.append(text)
        self._position = None
        self._draft = ""

    def _show(self, text: str) -> None:
        self.value = text
        self.cursor_position = len(text)

    def action_history_back(self) -> None:
        if not self.history:
            return
        if self._position is None:
            self._draft = self.value
            self._position = len(self.history)
        if self._position > 0:
            self._position -= 1
            self._show(self.history[self._position])

    def action_history_forward(self) -> None:
        if self._position is None:
            return
        self._position += 1
        if self._position >= len(self.history):
            self._position = None
            self._show(self._draft)
        else:
            self._show(self.history[self._position])

    def _on_paste(self, event: events.Paste) -> None:
        event.prevent_default()  # Input's own handler would insert the first line again
        if event.text:
            line = " ".join(part.strip() for part in event.text.splitlines() if part.strip())
            selection = self.selection
            if selection.is_empty:
                self.insert_text_at_cursor(line)
            else:
                self.replace(line, *selection)
        event.stop()

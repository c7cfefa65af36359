"""A yes/no question in a modal, e.g. before ending the meeting."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Footer, Static

from sim.i18n import t
from sim.ui.commands import localize_bindings


class ConfirmScreen(ModalScreen[bool]):
    """Dismisses with True (yes: y or the yes button) or False (no: n, escape)."""

    CSS_PATH = "confirm.tcss"
    BINDINGS = [
        Binding("y,j", "answer(True)", "key.yes"),
        Binding("n,escape", "answer(False)", "key.no"),
    ]

    def __init__(self, question: str, yes: str, no: str, lang: str) -> None:
        super().__init__()
        self.question = question
        self.yes = yes
        self.no = no
        localize_bindings(self, lang)

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(self.question)
            with Horizontal():
                yield Button(self.yes, id="yes", variant="error")
                yield Button(self.no, id="no", variant="primary")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "yes")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)


def confirm_end(lang: str) -> ConfirmScreen:
    return ConfirmScreen(
        t("confirm.end", lang), t("confirm.yes_end", lang), t("confirm.no_end", lang), lang
    )

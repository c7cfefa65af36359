"""The terms form: put structured terms on the table (scheme, hours, weeks, tasks, support)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Footer, Input, Label, Select, SelectionList, Static

from sim.agreement import Terms
from sim.content.models import Scenario
from sim.i18n import t
from sim.ui.commands import localize_bindings
from sim.ui.proposal import number
from sim.vocab import scheme_name, support_name


def parse_hours(text: str) -> float | None:
    """'15', '7,5' or '7.5' → a number of hours; '' → None; raises ValueError when invalid."""
    text = text.strip().replace(",", ".")
    if not text:
        return None
    value = float(text)
    if not 1 <= value <= 37:
        raise ValueError(text)
    return value


def parse_weeks(text: str) -> int | None:
    text = text.strip()
    if not text:
        return None
    value = int(text)
    if not 1 <= value <= 104:
        raise ValueError(text)
    return value


class TermsForm(ModalScreen[Terms | None]):
    """Dismisses with the Terms to put forward, or None when cancelled.

    Opens filled in with what is on the table, so adjusting a countered proposal is one change.
    Unticking support or a task that is on the table takes it off (Terms.without_support,
    Terms.without_tasks).
    """

    CSS_PATH = "terms_form.tcss"
    BINDINGS = [
        Binding("ctrl+s", "submit", "key.submit"),
        Binding("escape", "cancel", "key.cancel"),
    ]

    def __init__(self, scenario: Scenario, current: Terms, lang: str) -> None:
        super().__init__()
        self.scenario = scenario
        self.current = current
        self.lang = lang
        localize_bindings(self, lang)

    def compose(self) -> ComposeResult:
        lang = self.lang
        s = self.scenario
        cur = self.current
        with Vertical(id="form"):
            yield Static(t("form.title", lang), id="form-title")
            with VerticalScroll(id="form-fields"):
                yield Label(t("form.scheme", lang))
                yield Select(
                    [(scheme_name(x, lang), str(x)) for x in s.jobcentre.schemes],
                    prompt=t("form.choose", lang),
                    value=cur.scheme if cur.scheme in s.jobcentre.schemes else Select.NULL,
                    id="scheme",
                )
                with Horizontal(id="numbers"):
                    with Vertical():
                        yield Label(t("form.hours", lang))
                        yield Input(
                            number(cur.hours_per_week, lang) if cur.hours_per_week else "",
                            placeholder=t("form.example", lang, value=15),
                            restrict=r"[0-9.,]*",
                            max_length=5,
                            id="hours",
                        )
                    with Vertical():
                        yield Label(t("form.weeks", lang))
                        yield Input(
                            str(cur.weeks) if cur.weeks else "",
                            placeholder=t("form.example", lang, value=4),
                            restrict=r"[0-9]*",
                            max_length=3,
                            id="weeks",
                        )
                yield Label(t("form.tasks", lang))
                yield SelectionList[str](
                    *[
                        (Content(task.label), tid, tid in cur.tasks)
                        for tid, task in s.agreement.tasks.items()
                    ],
                    id="tasks",
                )
                if s.jobcentre.support:
                    yield Label(t("form.support", lang))
                    yield SelectionList[str](
                        *[
                            (support_name(x, lang), str(x), x in cur.support)
                            for x in s.jobcentre.support
                        ],
                        id="support",
                    )
                yield Label(t("form.follow_up", lang))
                yield Input(
                    cur.follow_up or "",
                    placeholder=t("form.follow_up_placeholder", lang),
                    id="follow-up",
                )
            yield Static("", id="form-error")
            with Horizontal(id="form-buttons"):
                yield Button(t("key.submit", lang), id="submit", variant="primary")
                yield Button(t("key.cancel", lang), id="cancel")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#scheme", Select).focus()

    def terms(self) -> Terms:
        """The form's content as Terms; raises ValueError with a message key when invalid."""
        scheme = self.query_one("#scheme", Select).value
        try:
            hours = parse_hours(self.query_one("#hours", Input).value)
        except ValueError:
            raise ValueError("form.invalid_hours") from None
        try:
            weeks = parse_weeks(self.query_one("#weeks", Input).value)
        except ValueError:
            raise ValueError("form.invalid_weeks") from None
        tasks = tuple(self.query_one("#tasks", SelectionList).selected)
        support: tuple[str, ...] = ()
        if self.scenario.jobcentre.support:
            support = tuple(self.query_one("#support", SelectionList).selected)
        dropped = tuple(x for x in self.current.support if x not in support)
        dropped_tasks = tuple(x for x in self.current.tasks if x not in tasks)
        follow_up = self.query_one("#follow-up", Input).value.strip() or None
        terms = Terms(
            scheme=scheme if isinstance(scheme, str) else None,
            hours_per_week=hours,
            weeks=weeks,
            tasks=tasks,
            support=support,
            without_support=dropped,
            without_tasks=dropped_tasks,
            follow_up=follow_up,
        )
        if terms.is_empty():
            raise ValueError("form.empty")
        return terms

    def action_submit(self) -> None:
        try:
            terms = self.terms()
        except ValueError as exc:
            self.query_one("#form-error", Static).update(t(str(exc), self.lang))
            return
        self.dismiss(terms)

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#submit")
    def _submit(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_submit()

    @on(Button.Pressed, "#cancel")
    def _cancel(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_cancel()

    @on(Input.Submitted)
    def _enter(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_submit()

"""The classroom presenter: a saved meeting turn by turn, the instructor's lens, what-ifs.

PresentScreen shows one turn at a time with what the engine read and what it earned; JumpScreen
asks for a turn number; WhatIfScreen plays other lines from a turn in a replayed meeting;
CompareScreen sets the original outcome beside the what-if's. The content comes from
sim.present (no textual there); engine and scoring calls run in workers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import Footer, Input, Static

from sim.agreement import Terms
from sim.i18n import act_name, phase_name, reason_name, t
from sim.present import Branch, Comparison, Hidden, Outcome, Presentation, TurnNotes, compare
from sim.ui.commands import localize_bindings
from sim.ui.messages import (
    BranchFailed,
    BranchReady,
    BranchSaved,
    ComparisonReady,
    TurnFailed,
    TurnPlayed,
)
from sim.ui.proposal import describe_terms
from sim.ui.screens.terms_form import TermsForm
from sim.ui.widgets.history_input import HistoryInput
from sim.ui.widgets.panel import terms_lines, trust_bar
from sim.ui.widgets.transcript import NAME_STYLES, TranscriptView

if TYPE_CHECKING:
    from sim.ui.app import PresentApp

Parts = list[Content | str | tuple[str, str]]
HEAD = "bold $text-primary"
TONES = {
    "good": ("✓ ", "bold $text-success"),
    "bad": ("✗ ", "bold $text-error"),
    "info": ("• ", "bold $text-primary"),
}
POINT_TONES = {
    "earned": "bold $text-success",
    "partial": "bold $text-warning",
    "lost": "bold $text-error",
    "neutral": "$text-muted",
}


def _l(obj: dict[str, str] | None, lang: str) -> str:
    obj = obj or {}
    return str(obj.get(lang) or obj.get("da") or obj.get("en") or "")


def _signed(value: int) -> str:
    return f"{value:+d}" if value else "±0"


# --------------------------------------------------------------------------- content


def dialogue_content(notes: TurnNotes, names: dict[str, str], lang: str) -> Content:
    """The turn itself: the trainee's line and the replies, literally (never markup)."""
    parts: Parts = []
    if notes.action == "say":
        who = t("consultant", lang)
        if notes.to == "citizen":
            who += f" → {names.get('citizen', '')}"
        parts += [(f"{notes.n}. {who}: ", NAME_STYLES["consultant"]), notes.text, "\n"]
    else:
        parts += [(f"{notes.n}. ({t('ended', lang)})", "bold italic"), "\n"]
    for reply in notes.replies:
        speaker = reply.get("speaker", "employer")
        style = NAME_STYLES.get(speaker, NAME_STYLES["employer"])
        parts += ["\n", (f"{reply.get('name', '')}: ", style), str(reply.get("text", "")), "\n"]
    return Content.assemble(*parts[:-1])  # no blank line before the rule


def _event_line(kind: str, subject: str, detail: dict, lang: str) -> str:
    text = t(f"event.{kind}", lang)
    if kind == "terms_verdict":
        text += " " + t(f"verdict.{detail.get('reaction')}", lang)
    if subject:
        text += f": {subject}"
    if kind == "objection_handled" and detail.get("quality"):
        text += f" ({t('quality.' + str(detail['quality']), lang)})"
    if kind == "weighs_addressed" and detail.get("weighs"):
        text += ": " + ", ".join(t(f"weighs.{w}", lang) for w in detail["weighs"])
    if kind == "ended" and detail.get("outcome"):
        text += f": {phase_name(str(detail['outcome']), lang)}"
    reasons = detail.get("reasons") or []
    if reasons and kind in ("terms_verdict", "jobcentre_rules", "citizen_objects"):
        text += f" ({', '.join(reason_name(r, lang) for r in reasons)})"
    return text


def notes_content(notes: TurnNotes, p: Presentation, lang: str) -> Content:
    """What the engine read in the turn, what happened, the terms put forward and the points."""
    parts: Parts = []
    if notes.action == "say":
        parts.append((t("present.read", lang) + "\n", HEAD))
        many = len(notes.sentences) > 1
        if many or not notes.sentences or set(notes.sentences[0].acts) != set(notes.acts):
            # the turn's acts, when they are not just the one sentence's (e.g. the form's)
            parts.append((", ".join(act_name(a, lang) for a in notes.acts) or "–", "bold"))
            parts.append("\n")
        for i, s in enumerate(notes.sentences, start=1):
            marks = [act_name(a, lang) for a in s.acts]
            if s.spin:
                marks.append(t(f"spin.{s.spin}", lang))
            if s.yes_but:
                marks.append(t("present.yes_but", lang))
            lead = f"{i}. " if many else ""
            parts += [f" {lead}»", (s.text, "italic"), "« → ", (" · ".join(marks), "bold")]
            if s.read_from in ("guess", "context"):  # read from the words needs no remark
                parts.append((f"  ({t('explain.read_from.' + s.read_from, lang)})",
                              "$text-muted"))
            parts.append("\n")
            if s.cues:
                cues = f"   {t('present.cues', lang)}: {'; '.join(s.cues)}\n"
                parts.append((cues, "$text-muted"))
            for c in s.context:
                parts.append((f"   {t('explain.in_context', lang)}: {c}\n", "$text-muted"))
            if s.costs:
                costs = ", ".join(t("event." + c, lang) for c in s.costs)
                parts.append((f"   {t('explain.can_cost', lang)}: {costs}\n", "$text-warning"))
        if notes.topics:
            parts.append(f"{t('present.topics', lang)}: {', '.join(notes.topics)}\n")
        parts.append("\n")
    parts.append((t("present.happened", lang) + "\n", HEAD))
    if notes.phase_before and notes.phase != notes.phase_before:
        parts += [
            ("• ", "bold $text-primary"),
            f"{t('panel.phase', lang)}: {phase_name(notes.phase_before, lang)} → "
            f"{phase_name(notes.phase, lang)}\n",
        ]
    for e in notes.events:
        mark, style = TONES[e.tone]
        parts += [(mark, style), _event_line(e.kind, e.subject, e.detail, lang) + "\n"]
    if not notes.events and notes.phase == notes.phase_before:
        parts.append(t("present.nothing", lang) + "\n")
    if notes.terms is not None:
        parts.append("\n")
        head = t("panel.terms", lang) + (f" ({t('present.form', lang)})" if notes.form else "")
        parts.append((head + "\n", HEAD))
        for line in terms_lines(notes.terms, p.scenario, lang):
            parts.append(f"  {line}\n")
    parts.append("\n")
    parts.append((t("present.points", lang) + "\n", HEAD))
    if p.card is None:
        parts.append(t("present.no_score", lang, error=p.score_error or "-") + "\n")
    elif not notes.points:
        parts.append(t("present.no_points", lang) + "\n")
    for entry in notes.points:
        parts += [
            (f"{entry['label']:>7} ", POINT_TONES.get(entry["tone"], "bold")),
            f"{_l(entry, lang)} ",
            (f"({_l(entry.get('competence_name'), lang)})\n", "$text-muted"),
        ]
    return Content.assemble(*parts)


def lens_content(h: Hidden, lang: str) -> Content:
    """The hidden state after the turn: trust, patience, hidden needs, open objections, hints."""
    parts: Parts = [
        (t("present.lens", lang) + "\n\n", "bold $text-accent"),
        (t("panel.trust", lang) + "\n", HEAD),
        trust_bar(h.trust),
        f"  ({_signed(h.trust - h.trust_before)})\n",
        (t("patience", lang).capitalize() + "\n", HEAD),
        f"{h.patience}  ({_signed(h.patience - h.patience_before)})\n\n",
        (t("present.needs_hidden", lang) + "\n", HEAD),
    ]
    if not h.needs_hidden:
        parts.append((f"✓ {t('present.all_found', lang)}\n", "$text-success"))
    for title in h.needs_hidden:
        parts.append(f"• {title}\n")
    parts += ["\n", (t("present.objections_open", lang) + "\n", HEAD)]
    if not h.objections_open:
        parts.append(t("present.none", lang) + "\n")
    for title in h.objections_open:
        parts += [("! ", "bold $text-error"), f"{title}\n"]
    parts += ["\n", (t("present.hints", lang) + "\n", HEAD)]
    if not h.hints:
        parts.append(t("present.none", lang) + "\n")
    for turn, title in h.hints:
        style = "bold" if turn == h.n else ""
        parts.append((f"~ {turn}: {title}\n", style))
    said_yes = (("party.company", h.company_accepted), ("party.citizen", h.citizen_accepted))
    yes = [t(key, lang) for key, accepted in said_yes if accepted]
    if yes:
        parts += ["\n", (f"✓ {t('present.accepted', lang)}: {', '.join(yes)}", "$text-success")]
    return Content.assemble(*parts)


def outcome_content(o: Outcome | None, heading: str, lang: str) -> Content:
    """One side of the compare view."""
    parts: Parts = [(heading + "\n\n", "bold $text-accent")]
    if o is None:
        parts.append(t("compare.scoring", lang))
        return Content.assemble(*parts)
    rows = [
        (t("panel.phase", lang), phase_name(o.phase, lang)),
        (t("compare.turns", lang), str(o.turns)),
        (t("panel.trust", lang), str(o.trust)),
        (t("patience", lang).capitalize(), str(o.patience)),
    ]
    for label, value in rows:
        parts += [(f"{label}: ", HEAD), f"{value}\n"]
    parts += [(f"{t('panel.needs', lang)}: ", HEAD), f"{len(o.needs_revealed)}/{o.needs_total}\n"]
    for title in o.needs_revealed:
        parts.append(f"  ✓ {title}\n")
    parts.append((f"{t('panel.objections', lang)}:\n", HEAD))
    if not o.objections:
        parts.append(f"  {t('present.none', lang)}\n")
    for title, status in o.objections:
        mark, style = ("! ", "bold $text-error") if status == "open" else ("✓ ", "$text-success")
        parts += [("  " + mark, style), f"{title} ({t('status.' + status, lang)})\n"]
    parts.append((f"{t('compare.score', lang)}: ", HEAD))
    if o.score is None:
        parts.append(t("compare.no_score", lang) + "\n")
    else:
        when = t("compare.final" if o.ended else "compare.so_far", lang)
        parts += [(f"{o.score}/100", "bold"), f" {_l(o.band, lang)} ({when})\n"]
        for name, score in o.competences:
            parts.append(f"  {score:>3}  {_l(name, lang)}\n")
    return Content.assemble(*parts)


# --------------------------------------------------------------------------- screens


class PresentScreen(Screen[None]):
    """One turn of a saved meeting at a time, large and annotated; the lens (i) adds the
    hidden state, w tries another line from this turn, c compares with the last what-if."""

    CSS_PATH = "present.tcss"
    AUTO_FOCUS = "#present-main"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]
    BINDINGS = [
        # priority: the scrolling column would take ←/→, Home and End otherwise
        Binding("right,space,n", "next", "key.next", priority=True),
        Binding("left,p", "prev", "key.prev", priority=True),
        Binding("g", "jump", "key.jump"),
        Binding("home", "first", "key.first", show=False, priority=True),
        Binding("end", "last", "key.last", show=False, priority=True),
        Binding("i", "lens", "key.lens"),
        Binding("w", "whatif", "key.whatif"),
        Binding("c", "compare", "key.compare"),
        Binding("q", "app.quit", "key.quit"),
    ]

    app: PresentApp

    def __init__(self, presentation: Presentation, start: int = 1) -> None:
        super().__init__()
        self.presentation = presentation
        self.total = len(presentation)
        self.n = max(1, min(start, self.total or 1))
        self.lens = False
        self.branches: dict[int, Branch] = {}
        self.last_branch: Branch | None = None
        self.preparing = False
        localize_bindings(self, self.app.lang)

    def compose(self) -> ComposeResult:
        yield Static(id="present-status")
        with Horizontal(id="present-body"):
            with VerticalScroll(id="present-main"):
                yield Static(id="turn")
                yield Static(id="notes")
            with VerticalScroll(id="lens"):
                yield Static(id="lens-body")
        yield Footer()

    def on_mount(self) -> None:
        self.show()

    def show(self) -> None:
        """Fill the widgets for turn `n` (attributes down: nothing here runs the engine)."""
        lang = self.app.lang
        p = self.presentation
        title = p.transcript.get("scenario_title", p.scenario.title)
        self.set_class(self.lens, "-lens")
        status = self.query_one("#present-status", Static)
        if not self.total:
            status.update(Content(f"{t('present.title', lang)} · {title}"))
            self.query_one("#turn", Static).update(t("present.no_turns", lang))
            self.query_one("#notes", Static).update("")
            self.query_one("#lens-body", Static).update("")
            return
        notes = p.notes(self.n)
        status.update(
            Content.assemble(
                (t("present.status", lang, n=self.n, total=self.total), "bold"),
                f" · {phase_name(notes.phase, lang)} · ",
                title,
            )
        )
        names = p.transcript.get("names", {})
        self.query_one("#turn", Static).update(dialogue_content(notes, names, lang))
        self.query_one("#notes", Static).update(notes_content(notes, p, lang))
        if self.lens:
            self.query_one("#lens-body", Static).update(lens_content(p.hidden(self.n), lang))
        self.query_one("#present-main", VerticalScroll).scroll_home(animate=False)
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "compare":
            return self.last_branch is not None
        if action in ("next", "prev", "jump", "first", "last", "lens"):
            return self.total > 0
        return True

    # ------------------------------------------------------------------ navigation

    def go(self, n: int) -> None:
        n = max(1, min(n, self.total))
        if n != self.n:
            self.n = n
            self.show()

    def action_next(self) -> None:
        self.go(self.n + 1)

    def action_prev(self) -> None:
        self.go(self.n - 1)

    def action_first(self) -> None:
        self.go(1)

    def action_last(self) -> None:
        self.go(self.total)

    def action_jump(self) -> None:
        def chosen(n: int | None) -> None:
            if n is not None:
                self.go(n)

        self.app.push_screen(JumpScreen(self.total, self.app.lang), chosen)

    def action_lens(self) -> None:
        self.lens = not self.lens
        self.show()
        key = "present.lens_on" if self.lens else "present.lens_off"
        self.notify(t(key, self.app.lang), timeout=2, markup=False)

    # ------------------------------------------------------------------ what if

    def action_whatif(self) -> None:
        start = self.n
        if start in self.branches:
            self.open_branch(self.branches[start])
            return
        if self.preparing:
            self.notify(t("notice.busy", self.app.lang), timeout=2, markup=False)
            return
        self.preparing = True
        if start > 1:
            self.notify(t("present.preparing", self.app.lang, n=start - 1), timeout=3, markup=False)
        self.make_branch(start)

    @work(thread=True, exclusive=True, group="branch")
    def make_branch(self, start: int) -> None:
        """Replaying the turns before `start` is engine work: off the UI thread."""
        try:
            branch = self.presentation.branch(start)
        except Exception as exc:
            self.post_message(BranchFailed(f"{type(exc).__name__}: {exc}"))
            return
        self.post_message(BranchReady(branch))

    def on_branch_ready(self, message: BranchReady) -> None:
        self.preparing = False
        self.branches[message.branch.start] = message.branch
        self.open_branch(message.branch)

    def on_branch_failed(self, message: BranchFailed) -> None:
        self.preparing = False
        self.notify(
            t("whatif.failed", self.app.lang, error=message.error),
            severity="error",
            timeout=10,
            markup=False,
        )

    def open_branch(self, branch: Branch) -> None:
        self.last_branch = branch
        self.refresh_bindings()
        self.app.push_screen(WhatIfScreen(self.presentation, branch))

    def action_compare(self) -> None:
        if self.last_branch is None:
            self.notify(t("present.no_branch", self.app.lang), timeout=3, markup=False)
            return
        self.app.push_screen(CompareScreen(self.presentation, self.last_branch))


class JumpScreen(ModalScreen[int | None]):
    """g: type a turn number and press Enter (Escape cancels)."""

    CSS_PATH = "present.tcss"
    BINDINGS = [Binding("escape", "cancel", "key.cancel")]

    def __init__(self, total: int, lang: str) -> None:
        super().__init__()
        self.total = total
        self.lang = lang
        localize_bindings(self, lang)

    def compose(self) -> ComposeResult:
        with Vertical(id="jump"):
            yield Static(t("present.jump_prompt", self.lang, total=self.total))
            yield Input(type="integer", id="jump-number", max_length=5)
            yield Static(id="jump-error")

    @on(Input.Submitted, "#jump-number")
    def _chosen(self, event: Input.Submitted) -> None:
        event.stop()
        try:
            n = int(event.value)
        except ValueError:
            n = 0
        if not 1 <= n <= self.total:
            error = t("present.jump_invalid", self.lang, n=event.value or "?", total=self.total)
            self.query_one("#jump-error", Static).update(Content(error))
            return
        self.dismiss(n)

    def action_cancel(self) -> None:
        self.dismiss(None)


class WhatIfScreen(Screen[None]):
    """Another line from turn `start`: the same engine, in a worker; the branch stays in memory
    (on the PresentScreen) when this screen closes."""

    CSS_PATH = "present.tcss"
    AUTO_FOCUS = "#whatif-line"
    BINDINGS = [
        Binding("escape", "back", "key.back"),
        Binding("ctrl+t", "terms", "key.terms"),
        Binding("ctrl+r", "compare", "key.compare", priority=True),
        Binding("ctrl+s", "save", "key.save_branch", priority=True),
        Binding("ctrl+x", "end", "key.end", priority=True),  # before Input's cut
    ]

    app: PresentApp

    def __init__(self, presentation: Presentation, branch: Branch) -> None:
        super().__init__()
        self.presentation = presentation
        self.branch = branch
        self.busy = False
        localize_bindings(self, self.app.lang)

    def compose(self) -> ComposeResult:
        lang = self.app.lang
        b = self.branch
        m = b.meeting
        yield Static(id="whatif-status")
        if b.original_line:
            yield Static(
                Content.assemble(
                    (f"{t('whatif.original', lang)}: ", "bold"), (b.original_line, "italic")
                ),
                id="whatif-original",
            )
        yield TranscriptView(
            b.new_records, m.names, self.presentation.titles, lang, id="whatif-transcript"
        )
        line = HistoryInput(id="whatif-line")
        line.history = [b.original_line] if b.original_line else []
        yield line
        yield Footer()

    def on_mount(self) -> None:
        self.show()

    def show(self) -> None:
        lang = self.app.lang
        m = self.branch.meeting
        st = m.state
        state = t(
            "whatif.state",
            lang,
            phase=phase_name(m.phase, lang),
            trust=st.trust,
            patience=st.patience,
            needs=len(st.revealed_needs()),
            total=len(st.needs),
            open=len(st.open_objections()),
        )
        self.query_one("#whatif-status", Static).update(
            Content.assemble((t("whatif.title", lang, n=self.branch.start), "bold"), " · ", state)
        )
        line = self.query_one("#whatif-line", HistoryInput)
        key = "whatif.ended_placeholder" if m.ended else "whatif.placeholder"
        line.placeholder = t(key, lang)
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("end", "terms"):
            return not self.branch.ended
        return True

    @on(Input.Submitted, "#whatif-line")
    def _send(self, event: Input.Submitted) -> None:
        event.stop()
        lang = self.app.lang
        text = event.value
        if self.branch.ended:
            self.notify(t("notice.ended", lang), timeout=3, markup=False)
            return
        if not text.strip():
            self.notify(t("notice.empty", lang), timeout=3, markup=False)
            return
        if self.busy:
            self.notify(t("notice.busy", lang), timeout=2, markup=False)
            return
        line = self.query_one("#whatif-line", HistoryInput)
        line.remember(text)
        line.value = ""
        self.busy = True
        self.play(text, None)

    def action_terms(self) -> None:
        """The meeting's terms form: what the trainee could have put on the table instead."""
        if self.busy:
            self.notify(t("notice.busy", self.app.lang), timeout=2, markup=False)
            return
        m = self.branch.meeting
        self.app.push_screen(TermsForm(m.scenario, m.state.terms, self.app.lang), self._terms)

    def _terms(self, terms: Terms | None) -> None:
        if terms is None or self.branch.ended:
            return
        self.busy = True
        self.play(describe_terms(terms, self.branch.meeting.scenario), terms)

    @work(thread=True, exclusive=True, group="whatif")
    def play(self, text: str, terms: Terms | None) -> None:
        try:
            record = self.branch.say(text, terms=terms)
        except Exception as exc:
            self.post_message(TurnFailed(f"{type(exc).__name__}: {exc}", text))
            return
        self.post_message(TurnPlayed(record))

    @work(thread=True, exclusive=True, group="whatif")
    def run_end(self) -> None:
        try:
            record = self.branch.end()
        except Exception as exc:
            self.post_message(TurnFailed(f"{type(exc).__name__}: {exc}", ""))
            return
        self.post_message(TurnPlayed(record))

    def on_turn_played(self, message: TurnPlayed) -> None:
        self.busy = False
        self.query_one(TranscriptView).add(message.record)
        self.show()

    def on_turn_failed(self, message: TurnFailed) -> None:
        self.busy = False
        self.notify(
            t("notice.engine_error", self.app.lang, error=message.error),
            severity="error",
            timeout=10,
            markup=False,
        )
        line = self.query_one("#whatif-line", HistoryInput)
        if message.text and not line.value:
            line.value = message.text

    def action_back(self) -> None:
        self.dismiss()

    def action_end(self) -> None:
        if self.busy:
            self.notify(t("notice.busy", self.app.lang), timeout=2, markup=False)
            return
        if not self.branch.ended:
            self.busy = True
            self.run_end()

    def action_compare(self) -> None:
        if self.busy:
            self.notify(t("notice.busy", self.app.lang), timeout=2, markup=False)
            return
        self.app.push_screen(CompareScreen(self.presentation, self.branch))

    def action_save(self) -> None:
        self.save()

    @work(thread=True, exclusive=True, group="save")
    def save(self) -> None:
        try:
            path = self.branch.save(self.app.store.exports_dir)
        except Exception as exc:
            self.post_message(BranchSaved(None, f"{type(exc).__name__}: {exc}"))
            return
        self.post_message(BranchSaved(path))

    def on_branch_saved(self, message: BranchSaved) -> None:
        lang = self.app.lang
        if message.path is None:
            text = t("whatif.save_failed", lang, error=message.error)
            self.notify(text, severity="error", timeout=10, markup=False)
            return
        self.notify(t("whatif.saved", lang, path=str(message.path)), timeout=10, markup=False)


class CompareScreen(Screen[None]):
    """The original outcome beside the what-if's (scored in a worker: the score so far while
    the branch goes on, the final score once it has ended)."""

    CSS_PATH = "present.tcss"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (70, "-wide")]
    BINDINGS = [Binding("escape,q,c", "back", "key.back")]

    app: PresentApp

    def __init__(self, presentation: Presentation, branch: Branch) -> None:
        super().__init__()
        self.presentation = presentation
        self.branch = branch
        self.comparison: Comparison | None = None
        localize_bindings(self, self.app.lang)

    def compose(self) -> ComposeResult:
        lang = self.app.lang
        yield Static(Content(t("compare.title", lang)), id="compare-status")
        with VerticalScroll(id="compare-body"):
            with Horizontal(id="compare-columns"):
                yield Static(id="compare-original", classes="compare-side")
                yield Static(id="compare-whatif", classes="compare-side")
        yield Footer()

    def on_mount(self) -> None:
        self.show()
        self.run_compare()

    @work(thread=True, exclusive=True, group="compare")
    def run_compare(self) -> None:
        try:
            result = compare(self.presentation, self.branch)
        except Exception as exc:
            self.post_message(BranchFailed(f"{type(exc).__name__}: {exc}"))
            return
        self.post_message(ComparisonReady(result))

    def on_comparison_ready(self, message: ComparisonReady) -> None:
        self.comparison = message.comparison
        self.show()

    def on_branch_failed(self, message: BranchFailed) -> None:
        self.notify(message.error, severity="error", timeout=10, markup=False)

    def show(self) -> None:
        lang = self.app.lang
        c = self.comparison
        self.query_one("#compare-original", Static).update(
            outcome_content(c.original if c else None, t("compare.original", lang), lang)
        )
        self.query_one("#compare-whatif", Static).update(
            outcome_content(
                c.whatif if c else None, t("compare.whatif", lang, n=self.branch.start), lang
            )
        )

    def action_back(self) -> None:
        self.dismiss()

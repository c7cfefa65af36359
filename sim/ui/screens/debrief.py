"""The debrief: scorecard by competence, the three parties, missed chances, believed vs true,
the transcript (with the turns behind a score item highlighted), and export."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static, TabbedContent, TabPane

from scoring.card import cited, points_label
from sim.i18n import phase_name, t
from sim.sessions import Session, export_session
from sim.transcript import asks_into
from sim.ui.commands import localize_bindings
from sim.ui.messages import ExportDone, ScoreReady
from sim.ui.widgets.transcript import TranscriptView

if TYPE_CHECKING:
    from sim.ui.app import BrobyggerApp

Parts = list[Content | str | tuple[str, str]]
HEAD = "bold $text-primary"


def _l(obj: Any, lang: str) -> str:
    """A {"da", "en"} dict in the asked language (or a plain value as text)."""
    if isinstance(obj, dict):
        return str(obj.get(lang) or obj.get("da") or obj.get("en") or obj.get("id") or "")
    return "" if obj is None else str(obj)


def _points(item: dict[str, Any]) -> str:
    """'3/4'; a penalty '-15'; an item the meeting gave no chance to show '–'."""
    return points_label(item)


def outcome_card(transcript: dict[str, Any], session: Session) -> dict[str, Any]:
    """What the debrief can say without the scoring package: missed needs and objections, and
    the company's true situation – the parts of the scorecard the transcript alone gives."""
    s = session.meeting.scenario
    out = transcript["outcome"]
    missed_needs = [
        {
            "id": n.id,
            "title": n.title,
            "topics": [s.topics[x].label if x in s.topics else x for x in n.reveal.topics],
            "hinted_turns": out["needs"][n.id]["hinted_turns"],
            "touched_turns": [x["n"] for x in transcript.get("turns", [])
                              if x.get("action", "say") == "say"
                              and asks_into(x, n.reveal.topics)],
            "debrief": n.debrief,
        }
        for n in s.needs
        if not out["needs"][n.id]["revealed_turn"]
    ]
    missed_objections = [
        {"id": o.id, "title": o.title, "debrief": o.debrief}
        for o in s.objections
        if out["objections"][o.id]["raised_turn"] and not out["objections"][o.id]["handled_turn"]
    ]
    return {
        "agreement": out["phase"] == "agreement",
        "missed": {"needs": missed_needs, "objections": missed_objections},
        "believed_vs_true": {
            "believed": [],
            "true": [n.title for n in s.needs],
            "situation": s.company.situation,
            "alternative": s.company.alternative,
        },
    }


def summary_content(
    card: dict[str, Any] | None, transcript: dict[str, Any], lang: str, note: str = ""
) -> Content:
    out = transcript["outcome"]
    parts: Parts = []
    if card and "overall" in card:
        parts.append(
            (
                t("debrief.overall", lang, score=card["overall"], band=_l(card.get("band"), lang)),
                "bold $text-accent",
            )
        )
        parts.append("   ")
    agreement = card.get("agreement") if card else out["phase"] == "agreement"
    parts.append(t("debrief.agreement_yes" if agreement else "debrief.agreement_no", lang))
    if card and "all_parties_served" in card:
        key = "debrief.all_served" if card["all_parties_served"] else "debrief.not_all_served"
        parts.append(" · " + t(key, lang))
    revealed = sum(1 for n in out["needs"].values() if n["revealed_turn"])
    parts.append(
        f"\n{t('outcome', lang)}: {phase_name(out['phase'], lang)} · "
        f"{t('needs', lang)} {revealed}/{len(out['needs'])} · {t('trust', lang)} {out['trust']}"
    )
    if note:
        parts.append(("\n" + note, "italic $text-muted"))
    return Content.assemble(*parts)


def parties_content(card: dict[str, Any], lang: str) -> Content:
    parts: Parts = []
    for party in ("company", "citizen", "jobcentre"):
        verdict = (card.get("parties") or {}).get(party)
        if verdict is None:
            continue
        served = verdict.get("served")
        mark, style = ("✓", "bold $text-success") if served else ("✗", "bold $text-error")
        parts.append((f"{mark} {t('party.' + party, lang)}: ", style))
        parts.append((t("party.served" if served else "party.not_served", lang) + "\n", style))
        for reason in verdict.get("reasons", []):
            parts.append(
                (
                    "  ✓ " if reason.get("ok") else "  ✗ ",
                    "$text-success" if reason.get("ok") else "$text-error",
                )
            )
            parts.append(_l(reason, lang) + "\n")
        parts.append("\n")
    return Content.assemble(*parts)


def missed_content(card: dict[str, Any], lang: str) -> Content:
    missed = card.get("missed") or {}
    parts: Parts = [(t("missed.needs", lang) + "\n", HEAD)]
    needs = missed.get("needs") or []
    if not needs:
        parts.append(t("missed.none", lang) + "\n")
    for need in needs:
        parts.append(("• " + str(need.get("title", need.get("id"))) + "\n", "bold"))
        if need.get("topics"):
            parts.append(f"  {t('missed.topics', lang)}: {', '.join(need['topics'])}\n")
        if need.get("hinted_turns"):
            turns = ", ".join(str(x) for x in need["hinted_turns"])
            parts.append(f"  {t('missed.hinted', lang, turns=turns)}\n")
        if need.get("touched_turns"):
            turns = ", ".join(str(x) for x in need["touched_turns"])
            parts.append(f"  {t('missed.touched', lang, turns=turns)}\n")
        if need.get("debrief"):
            parts.append(f"  {need['debrief']}\n")
    parts.append("\n")
    parts.append((t("missed.objections", lang) + "\n", HEAD))
    objections = missed.get("objections") or []
    if not objections:
        parts.append(t("missed.none", lang) + "\n")
    for o in objections:
        parts.append(("• " + str(o.get("title", o.get("id"))) + "\n", "bold"))
        if o.get("debrief"):
            parts.append(f"  {o['debrief']}\n")
    return Content.assemble(*parts)


def believed_content(card: dict[str, Any], lang: str) -> Content:
    bvt = card.get("believed_vs_true") or {}
    parts: Parts = []
    for key, items in (
        ("believed.believed", bvt.get("believed")),
        ("believed.true", bvt.get("true")),
    ):
        parts.append((t(key, lang) + "\n", HEAD))
        for item in items or [t("panel.none", lang)]:
            parts.append(f"• {item}\n")
        parts.append("\n")
    for key, text in (
        ("believed.situation", bvt.get("situation")),
        ("believed.alternative", bvt.get("alternative")),
    ):
        if text:
            parts.append((t(key, lang) + "\n", HEAD))
            parts.append(f"{text}\n\n")
    return Content.assemble(*parts)


class DebriefScreen(Screen[None]):
    """Scores the finished session in a worker (ScoreReady), then fills the tabs.

    Choosing a score item (Enter or a click) opens the transcript with that item's turns
    highlighted.
    """

    CSS_PATH = "debrief.tcss"
    AUTO_FOCUS = "#score"
    BINDINGS = [
        Binding("ctrl+s", "export", "key.export"),
        Binding("ctrl+n", "new", "key.new"),
    ]

    app: BrobyggerApp

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.transcript = session.transcript()
        self.card_obj: Any = None
        self.card: dict[str, Any] | None = None
        self.items: dict[str, dict[str, Any]] = {}
        localize_bindings(self, self.app.lang)

    def compose(self) -> ComposeResult:
        lang = self.app.lang
        m = self.session.meeting
        yield Header()
        yield Static(
            summary_content(None, self.transcript, lang, t("debrief.scoring", lang)), id="summary"
        )
        with TabbedContent(id="tabs"):
            with TabPane(t("tab.score", lang), id="tab-score"):
                yield DataTable(id="score", cursor_type="row", zebra_stripes=True)
                yield Static(t("debrief.choose_item", lang), id="item-detail")
            with TabPane(t("tab.parties", lang), id="tab-parties"):
                with VerticalScroll():
                    yield Static(id="parties")
            with TabPane(t("tab.missed", lang), id="tab-missed"):
                with VerticalScroll():
                    yield Static(id="missed")
            with TabPane(t("tab.believed", lang), id="tab-believed"):
                with VerticalScroll():
                    yield Static(id="believed")
            with TabPane(t("tab.transcript", lang), id="tab-transcript"):
                yield TranscriptView(
                    m.records, m.names, self.transcript["titles"], lang, id="debrief-transcript"
                )
        yield Static(id="export-paths")
        yield Footer()

    def on_mount(self) -> None:
        title = self.session.meeting.scenario.title
        self.sub_title = f"{t('debrief.title', self.app.lang)} – {title}"
        self.score()

    @work(thread=True, exclusive=True, group="score")
    def score(self) -> None:
        try:
            card = self.app.scorer(self.transcript, self.session.meeting)
        except Exception as exc:
            self.post_message(ScoreReady(None, f"{type(exc).__name__}: {exc}"))
            return
        self.post_message(ScoreReady(card))

    def on_score_ready(self, message: ScoreReady) -> None:
        lang = self.app.lang
        self.card_obj = message.card
        note = ""
        if message.card is not None:
            self.card = message.card.to_dict()
        else:
            self.card = outcome_card(self.transcript, self.session)
            note = (
                t("debrief.scoring_failed", lang, error=message.error)
                if message.error
                else t("debrief.no_scoring", lang)
            )
        self.show_card(self.card, note)

    def show_card(self, card: dict[str, Any], note: str = "") -> None:
        lang = self.app.lang
        self.query_one("#summary", Static).update(
            summary_content(card, self.transcript, lang, note)
        )
        table = self.query_one("#score", DataTable)
        table.clear(columns=True)
        # Short columns first: at 80 columns the long item texts run off to the right.
        table.add_column(t("col.points", lang), key="points")
        table.add_column(t("col.band", lang), key="band")
        table.add_column(t("col.turns", lang), key="turns")
        table.add_column(t("col.competence", lang), key="name")
        self.items = {}
        for cid, comp in (card.get("competences") or {}).items():
            table.add_row(
                Text(str(comp.get("score", "")), style="bold"),
                Text(_l(comp.get("band"), lang), style="bold"),
                "",
                Text(_l(comp.get("name"), lang) or cid, style="bold"),
                key=f"c:{cid}",
            )
            for i, item in enumerate(comp.get("items") or []):
                key = f"i:{cid}:{i}"
                self.items[key] = item
                table.add_row(
                    Text(_points(item)),
                    "",
                    Text(", ".join(str(x) for x in item.get("turns") or [])),
                    Text("  " + _l(item, lang)),
                    key=key,
                )
        if not card.get("competences"):
            table.display = False
            self.query_one("#item-detail", Static).update(note or t("debrief.no_scoring", lang))
        self.query_one("#parties", Static).update(
            parties_content(card, lang) if card.get("parties") else note
        )
        self.query_one("#missed", Static).update(missed_content(card, lang))
        self.query_one("#believed", Static).update(believed_content(card, lang))

    # ------------------------------------------------------------------ score item → turns

    @on(DataTable.RowHighlighted, "#score")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        item = self.items.get(str(event.row_key.value))
        detail = self.query_one("#item-detail", Static)
        if item is None:
            detail.update(t("debrief.choose_item", self.app.lang))
            return
        lang = self.app.lang
        turns = item.get("turns") or []
        line = _l(item, lang)
        if turns:
            line += " – " + t("debrief.item_turns", lang, turns=", ".join(map(str, turns)))
        detail.update(Content("\n".join([line, *cited(item, lang)])))

    @on(DataTable.RowSelected, "#score")
    def _selected(self, event: DataTable.RowSelected) -> None:
        item = self.items.get(str(event.row_key.value))
        if item is not None:
            self.show_turns(item.get("turns") or [])

    def show_turns(self, turns: list[int]) -> None:
        if not turns:
            self.notify(t("debrief.no_turns", self.app.lang), timeout=4, markup=False)
            return
        self.query_one("#tabs", TabbedContent).active = "tab-transcript"
        view = self.query_one("#debrief-transcript", TranscriptView)
        self.call_after_refresh(view.highlight, turns)

    # ------------------------------------------------------------------ export, new

    def action_export(self) -> None:
        self.export()

    @work(thread=True, exclusive=True, group="export")
    def export(self) -> None:
        try:
            paths = export_session(
                self.app.store,
                self.session.id,
                self.transcript,
                self.card_obj,
                self.app.lang,
                render=self.app.renderers(),
            )
        except Exception as exc:
            self.post_message(ExportDone({}, f"{type(exc).__name__}: {exc}"))
            return
        self.post_message(ExportDone(paths))

    def on_export_done(self, message: ExportDone) -> None:
        lang = self.app.lang
        if message.error:
            self.notify(
                t("debrief.export_failed", lang, error=message.error),
                severity="error",
                markup=False,
            )
            return
        folder = next(iter(message.paths.values())).parent
        names = "  ".join(Path(p).name for p in message.paths.values())
        text = t("debrief.exported", lang, folder=str(folder))
        self.query_one("#export-paths", Static).update(Content(f"{text}: {names}"))
        self.notify(f"{text}\n{names}", timeout=10, markup=False)

    def action_new(self) -> None:
        self.app.back_to_picker()

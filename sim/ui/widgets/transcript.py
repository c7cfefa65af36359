"""The transcript of a meeting: one block per turn, speakers told apart by name and colour.

Everything the trainee typed is shown literally (Content, never markup). Turns can be
highlighted and scrolled to, which the debrief uses to show the turns behind a score item.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Static

from sim.i18n import t

# The name's style per speaker; the block's left bar uses the matching theme colour in CSS.
NAME_STYLES = {
    "consultant": "bold $text-accent",
    "employer": "bold $text-primary",
    "citizen": "bold $text-success",
}
SHOWN_EVENTS = frozenset(
    {
        "need_revealed",
        "objection_raised",
        "objection_handled",
        "objection_mishandled",
        "citizen_joined",
        "terms_verdict",
        "walkout",
    }
)


def event_text(event: dict[str, Any], lang: str, titles: dict[str, str]) -> str | None:
    """A short line for an engine event the trainee may see during the meeting (no hints)."""
    kind = event.get("type")
    if kind not in SHOWN_EVENTS:
        return None
    if kind == "need_revealed":
        told = f" ({t('told.rapport', lang)})" if event.get("told") == "rapport" else ""
        return f"+ {t('need_revealed', lang)}: {titles.get(event['id'], event['id'])}{told}"
    if kind in ("objection_raised", "objection_handled", "objection_mishandled"):
        mark = "✓" if kind == "objection_handled" else "!"
        return f"{mark} {t(kind, lang)}: {titles.get(event['id'], event['id'])}"
    if kind == "terms_verdict":
        return f"= {t('verdict', lang)}: {t('verdict.' + str(event.get('reaction')), lang)}"
    return f"! {t(kind, lang)}"


class TurnBlock(Vertical):
    """One turn: the trainee's line, the replies, and the visible events."""

    DEFAULT_CSS = """
    TurnBlock {
        height: auto;
        margin: 0 0 1 0;
    }
    TurnBlock.-highlight {
        background: $boost;
        outline-left: thick $warning;
    }
    TurnBlock > .line {
        height: auto;
        padding: 0 0 0 1;
    }
    TurnBlock > .consultant { border-left: outer $accent; }
    TurnBlock > .employer { border-left: outer $primary; }
    TurnBlock > .citizen { border-left: outer $success; }
    TurnBlock > .event {
        color: $text-muted;
        text-style: italic;
        padding-left: 2;
    }
    """

    def __init__(
        self, record: dict[str, Any], names: dict[str, str], titles: dict[str, str], lang: str
    ) -> None:
        super().__init__(id=f"turn-{record['n']}")
        self.record = record
        self.names = names
        self.titles = titles
        self.lang = lang

    @property
    def n(self) -> int:
        return int(self.record["n"])

    def _line(self, speaker: str, name: str, text: str) -> Static:
        content = Content.assemble((f"{name}: ", NAME_STYLES[speaker]), text)
        return Static(content, classes=f"line {speaker}")

    def compose(self):
        r = self.record
        lang = self.lang
        prefix = f"{r['n']}. "
        if r["action"] == "say":
            who = t("consultant", lang)
            if r.get("to") == "citizen":
                who += f" → {self.names.get('citizen', '')}"
            yield self._line("consultant", prefix + who, r["text"])
        else:
            yield Static(
                Content.assemble((prefix, "bold"), (f"({t('ended', lang)})", "italic")),
                classes="line event",
            )
        for reply in r.get("replies", []):
            speaker = reply.get("speaker", "employer")
            yield self._line(
                speaker if speaker in NAME_STYLES else "employer", reply["name"], reply["text"]
            )
        for event in r.get("events", []):
            text = event_text(event, lang, self.titles)
            if text:
                yield Static(Content.assemble(text), classes="line event")


class TranscriptView(VerticalScroll):
    """The turns so far; `add` appends one and scrolls to it."""

    DEFAULT_CSS = """
    TranscriptView {
        height: 1fr;
        padding: 0 1;
    }
    """

    def __init__(
        self,
        records: Iterable[dict[str, Any]],
        names: dict[str, str],
        titles: dict[str, str],
        lang: str,
        *,
        id: str | None = None,  # noqa: A002
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.records = list(records)
        self.names = names
        self.titles = titles
        self.lang = lang

    def compose(self):
        for record in self.records:
            yield TurnBlock(record, self.names, self.titles, self.lang)

    def on_mount(self) -> None:
        self.scroll_end(animate=False)

    def add(self, record: dict[str, Any]) -> TurnBlock:
        self.records.append(record)
        block = TurnBlock(record, self.names, self.titles, self.lang)
        self.mount(block)
        self.call_after_refresh(self.scroll_end, animate=False)
        return block

    def highlight(self, turns: Iterable[int]) -> list[TurnBlock]:
        """Mark these turns and scroll to the first; returns the marked blocks."""
        wanted = set(turns)
        marked = []
        for block in self.query(TurnBlock):
            on = block.n in wanted
            block.set_class(on, "-highlight")
            if on:
                marked.append(block)
        if marked:
            self.scroll_to_widget(marked[0], animate=False, top=True)
        return marked

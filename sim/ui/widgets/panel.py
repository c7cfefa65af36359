"""The meeting's side panel: phase, trust, time, needs uncovered, objections, terms on the table."""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from sim.agreement import Terms
from sim.content.models import Scenario
from sim.engine.state import MeetingState
from sim.i18n import phase_name, t
from sim.ui.proposal import number
from sim.vocab import scheme_name, support_name

BAR_WIDTH = 12


def trust_bar(trust: int, width: int = BAR_WIDTH) -> Content:
    """`████████░░░░ 64` coloured by level: the bar reads without colour too."""
    filled = round(max(0, min(100, trust)) * width / 100)
    style = "$text-success" if trust >= 60 else "$text-warning" if trust > 25 else "$text-error"
    return Content.assemble(
        ("█" * filled, style), ("░" * (width - filled), "$text-muted"), f" {trust}"
    )


def terms_lines(terms: Terms, scenario: Scenario, lang: str) -> list[str]:
    """The terms as short lines for the panel (names in the UI language)."""
    lines = []
    if terms.scheme:
        lines.append(scheme_name(terms.scheme, lang))
    when = []
    if terms.hours_per_week is not None:
        when.append(t("panel.hours", lang, hours=number(terms.hours_per_week, lang)))
    if terms.weeks is not None:
        when.append(t("panel.weeks", lang, weeks=terms.weeks))
    if when:
        lines.append(" · ".join(when))
    if terms.tasks:
        labels = [
            scenario.agreement.tasks[x].label if x in scenario.agreement.tasks else x
            for x in terms.tasks
        ]
        lines.append(f"{t('panel.tasks', lang)}: {', '.join(labels)}")
    if terms.support:
        names = [support_name(x, lang) for x in terms.support]
        lines.append(f"{t('panel.support', lang)}: {', '.join(names)}")
    if terms.start:
        lines.append(f"{t('panel.start', lang)}: {terms.start}")
    if terms.follow_up:
        lines.append(f"{t('panel.follow_up', lang)}: {terms.follow_up}")
    return lines


class MeetingPanel(VerticalScroll):
    """Attributes down: the screen calls `show(...)` with the meeting's state after each turn."""

    DEFAULT_CSS = """
    MeetingPanel {
        width: 30;
        height: 1fr;
        padding: 0 1;
        background: $panel;
    }
    MeetingPanel > Static {
        height: auto;
    }
    """

    def compose(self):
        yield Static(id="panel-body")

    def show(self, scenario: Scenario, state: MeetingState, phase: str, lang: str) -> None:
        self.query_one("#panel-body", Static).update(
            self.render_state(scenario, state, phase, lang)
        )

    @staticmethod
    def render_state(scenario: Scenario, state: MeetingState, phase: str, lang: str) -> Content:
        head = "bold $text-primary"
        parts: list[Content | str | tuple[str, str]] = [
            (f"{t('panel.phase', lang)}\n", head),
            f"{phase_name(phase, lang)}\n\n",
            (f"{t('panel.trust', lang)}\n", head),
            trust_bar(state.trust),
            "\n\n",
            (f"{t('panel.time', lang)}\n", head),
            t("panel.minutes", lang, used=min(scenario.minutes, round(state.minutes_used)),
              total=scenario.minutes) + "\n\n",
        ]
        revealed = [n for n in scenario.needs if state.needs[n.id].revealed]
        parts.append((f"{t('panel.needs', lang)} {len(revealed)}/{len(scenario.needs)}\n", head))
        for need in revealed:
            parts.append(f"✓ {need.title}\n")
        parts.append("\n")
        raised = [o for o in scenario.objections if state.objections[o.id].raised_turn is not None]
        parts.append((f"{t('panel.objections', lang)}\n", head))
        if not raised:
            parts.append(f"{t('panel.none', lang)}\n")
        for o in raised:
            if state.objections[o.id].is_open:
                parts.append(("! ", "bold $text-error"))
                parts.append(f"{o.title} ({t('open', lang)})\n")
            else:
                parts.append(("✓ ", "bold $text-success"))
                parts.append(f"{o.title} ({t('handled', lang)})\n")
        parts.append("\n")
        parts.append((f"{t('panel.terms', lang)}\n", head))
        lines = terms_lines(state.terms, scenario, lang)
        if not lines:
            parts.append(f"{t('panel.no_terms', lang)}\n")
        for line in lines:
            parts.append(f"{line}\n")
        if state.company_accepted:
            parts.append((f"✓ {t('panel.company_yes', lang)}\n", "$text-success"))
        if state.citizen_accepted:
            parts.append((f"✓ {t('panel.citizen_yes', lang)}\n", "$text-success"))
        parts.append("\n")
        presence = "panel.citizen_present" if state.citizen_present else "panel.citizen_absent"
        parts.append((f"{t('panel.citizen', lang)}\n", head))
        parts.append(f"{scenario.citizen.name} {t(presence, lang)}")
        return Content.assemble(*parts)

"""The sentence that goes with terms put forward in the form, in the scenario's own language.

Pure (no textual): the form's Terms travel to the engine as structured terms, and this sentence
is what the trainee is heard to say, so the transcript reads naturally.
"""

from __future__ import annotations

from sim.agreement import Terms
from sim.content.models import Scenario
from sim.i18n import t
from sim.vocab import scheme_name, support_name


def number(value: float, lang: str) -> str:
    """7.5 reads '7,5' in Danish and '7.5' in English; whole numbers have no decimals."""
    text = f"{value:g}"
    return text.replace(".", ",") if lang == "da" else text


def join(items: list[str], lang: str) -> str:
    """'a, b og c' / 'a, b and c'."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {t('proposal.and', lang)} {items[-1]}"


def describe_terms(terms: Terms, scenario: Scenario) -> str:
    """E.g. 'Mit forslag: virksomhedspraktik, 15 timer om ugen i 4 uger, med opgaverne
    returhåndtering, med mentor. Opfølgning: efter 2 uger.'"""
    lang = scenario.language
    parts: list[str] = []
    if terms.scheme:
        parts.append(scheme_name(terms.scheme, lang))
    when = []
    if terms.hours_per_week is not None:
        when.append(t("proposal.hours", lang, hours=number(terms.hours_per_week, lang)))
    if terms.weeks is not None:
        when.append(t("proposal.weeks", lang, weeks=terms.weeks))
    if when:
        parts.append(" ".join(when))
    if terms.tasks:
        labels = [
            scenario.agreement.tasks[x].label.lower() if x in scenario.agreement.tasks else x
            for x in terms.tasks
        ]
        parts.append(t("proposal.tasks", lang, tasks=join(labels, lang)))
    if terms.support:
        names = [support_name(x, lang) for x in terms.support]
        parts.append(t("proposal.support", lang, support=join(names, lang)))
    text = t("proposal.intro", lang)
    if parts:
        text += " " + ", ".join(parts) + "."
    if terms.follow_up:
        text += " " + t("proposal.follow_up", lang, follow_up=terms.follow_up.strip().rstrip("."))
    return text

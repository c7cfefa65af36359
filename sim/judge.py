"""Each party's judgement of the terms on the table: company, citizen and jobcentre."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from sim.agreement import Terms
from sim.content.models import Scenario
from sim.vocab import scheme_name, support_name

Party = Literal["company", "citizen", "jobcentre"]
PARTIES: tuple[Party, ...] = ("company", "citizen", "jobcentre")


@dataclass(frozen=True)
class Reason:
    """One finding about the terms, in both languages; `ok` is False when it fails the party."""

    code: str
    ok: bool
    da: str
    en: str

    def text(self, lang: str) -> str:
        return self.da if lang == "da" else self.en

    def to_dict(self) -> dict[str, object]:
        return {"code": self.code, "ok": self.ok, "da": self.da, "en": self.en}


@dataclass(frozen=True)
class Verdict:
    """A party's verdict: served or not, why, and (for the company) how it reacts."""

    party: Party
    served: bool
    reasons: tuple[Reason, ...]
    reaction: Literal["accept", "counter", "refuse"] = "accept"

    @property
    def failures(self) -> tuple[Reason, ...]:
        return tuple(r for r in self.reasons if not r.ok)

    def to_dict(self) -> dict[str, object]:
        return {
            "party": self.party,
            "served": self.served,
            "reaction": self.reaction,
            "reasons": [r.to_dict() for r in self.reasons],
        }


def _hours(h: float) -> str:
    return f"{h:g}"


def coverable_needs(s: Scenario) -> set[str]:
    """The company's needs some task of the scenario can meet (some need no task meets)."""
    return {n for task in s.agreement.tasks.values() for n in task.covers}


def needs_covered(s: Scenario, t: Terms) -> set[str]:
    """The company's needs the terms' tasks meet, on the days they are felt: pant and pap on
    Tuesday and Thursday mornings do nothing for the Saturday rush (a need's `days`)."""
    days = {n.id: set(n.days) for n in s.needs}
    return {
        n
        for task in t.tasks if task in s.agreement.tasks
        for n in s.agreement.tasks[task].covers
        if not t.days or not days.get(n) or days[n] & set(t.days)
    }


def judge_company(s: Scenario, t: Terms) -> Verdict:
    """The company weighs the deal against its interests (agreement.company) and real needs."""
    want = s.agreement.company
    reasons: list[Reason] = []
    refuse = False
    if t.scheme is None:
        reasons.append(
            Reason(
                "scheme_missing",
                False,
                "der er ikke sagt hvilken ordning",
                "no scheme has been named",
            )
        )
    elif t.scheme not in want.schemes:
        refuse = True
        reasons.append(
            Reason(
                "scheme_unacceptable",
                False,
                f"{scheme_name(t.scheme, 'da')} passer ikke til virksomheden",
                f"a {scheme_name(t.scheme, 'en')} does not suit the company",
            )
        )
    else:
        reasons.append(
            Reason(
                "scheme_ok",
                True,
                f"{scheme_name(t.scheme, 'da')} kan virksomheden bruge",
                f"the company can use a {scheme_name(t.scheme, 'en')}",
            )
        )
    if t.hours_per_week is None:
        reasons.append(
            Reason(
                "hours_missing",
                False,
                "antallet af timer er ikke aftalt",
                "the hours are not agreed",
            )
        )
    elif t.hours_per_week < want.min_hours:
        reasons.append(
            Reason(
                "hours_too_few",
                False,
                f"{_hours(t.hours_per_week)} timer om ugen er for lidt til at løse opgaverne – "
                f"det skal være mindst {_hours(want.min_hours)}",
                f"{_hours(t.hours_per_week)} hours a week is too little to make a difference – "
                f"it has to be at least {_hours(want.min_hours)}",
            )
        )
    elif t.hours_per_week > want.max_hours:
        reasons.append(
            Reason(
                "hours_too_many",
                False,
                f"{_hours(t.hours_per_week)} timer om ugen er flere, end virksomheden kan bruge – "
                f"højst {_hours(want.max_hours)}",
                f"{_hours(t.hours_per_week)} hours a week is more than the company can use – "
                f"{_hours(want.max_hours)} at most",
            )
        )
    else:
        reasons.append(
            Reason(
                "hours_ok", True, "timetallet passer til virksomheden", "the hours suit the company"
            )
        )
    covered = sorted(
        needs_covered(s, t) if all(task in s.agreement.tasks for task in t.tasks) else set()
    )
    titles = {n.id: n.title for n in s.needs}
    if not t.tasks:
        reasons.append(
            Reason(
                "tasks_missing", False, "der er ikke aftalt nogen opgaver", "no tasks are agreed"
            )
        )
    elif len(covered) < want.needs_covered:
        reasons.append(
            Reason(
                "needs_not_covered",
                False,
                "opgaverne løser ikke virksomhedens egentlige behov",
                "the tasks do not meet the company's real needs",
            )
        )
    else:
        names = ", ".join(titles.get(n, n) for n in covered)
        reasons.append(
            Reason("needs_covered", True, f"opgaverne dækker: {names}", f"the tasks cover: {names}")
        )
    for sup in want.requires_support:
        if sup not in t.support:
            reasons.append(
                Reason(
                    f"support_missing:{sup}",
                    False,
                    f"virksomheden vil ikke uden {support_name(sup, 'da')}",
                    f"the company insists on {support_name(sup, 'en')}",
                )
            )
    if want.max_weeks is not None and t.weeks is not None and t.weeks > want.max_weeks:
        reasons.append(
            Reason(
                "too_long",
                False,
                f"{t.weeks} uger er længere, end virksomheden vil binde sig – "
                f"højst {want.max_weeks}",
                f"{t.weeks} weeks is a longer commitment than the company will make – "
                f"{want.max_weeks} at most",
            )
        )
    served = all(r.ok for r in reasons)
    reaction: Literal["accept", "counter", "refuse"] = (
        "refuse" if refuse else "accept" if served else "counter"
    )
    return Verdict("company", served, tuple(reasons), reaction)


def judge_citizen(s: Scenario, t: Terms) -> Verdict:
    """The citizen's capacity, restrictions, eligibility and consent."""
    c = s.citizen
    reasons: list[Reason] = []
    if t.hours_per_week is not None:
        if t.hours_per_week > c.max_hours_per_week:
            reasons.append(
                Reason(
                    "hours_over_capacity",
                    False,
                    f"{_hours(t.hours_per_week)} timer er mere end de "
                    f"{_hours(c.max_hours_per_week)}"
                    f" timer, {c.name} kan klare",
                    f"{_hours(t.hours_per_week)} hours is more than the "
                    f"{_hours(c.max_hours_per_week)} hours {c.name} can manage",
                )
            )
        elif t.hours_per_week < c.min_hours_per_week:
            reasons.append(
                Reason(
                    "hours_too_few",
                    False,
                    f"{_hours(t.hours_per_week)} timer er færre, end {c.name} ønsker",
                    f"{_hours(t.hours_per_week)} hours is fewer than {c.name} wants",
                )
            )
        else:
            reasons.append(
                Reason(
                    "hours_ok",
                    True,
                    f"timetallet er inden for {c.name}s kapacitet",
                    f"the hours are within {c.name}'s capacity",
                )
            )
    restrictions = {r.id: r for r in c.restrictions}
    # a strain the terms' support eases ("et hæve-sænkebord" for bending) is no strain
    eased = {rid for rid, r in restrictions.items() if set(r.eased_by) & set(t.support)}
    strained = [
        (task, rid)
        for task in t.tasks
        if task in s.agreement.tasks
        for rid in s.agreement.tasks[task].strains
        if rid in restrictions and rid not in eased
    ]
    for rid in sorted(eased & {r for task in t.tasks if task in s.agreement.tasks
                               for r in s.agreement.tasks[task].strains}):
        support = next(x for x in restrictions[rid].eased_by if x in t.support)
        reasons.append(
            Reason(
                f"strain_eased:{rid}",
                True,
                f"{support_name(support, 'da')} gør opgaverne mulige trods: "
                f"{restrictions[rid].text}",
                f"{support_name(support, 'en')} makes the tasks possible despite: "
                f"{restrictions[rid].text}",
            )
        )
    for task, rid in strained:
        label = s.agreement.tasks[task].label
        reasons.append(
            Reason(
                f"task_strains:{task}",
                False,
                f"opgaven '{label}' strider mod: {restrictions[rid].text}",
                f"the task '{label}' conflicts with: {restrictions[rid].text}",
            )
        )
    if t.tasks and not strained:
        reasons.append(
            Reason(
                "tasks_ok",
                True,
                "opgaverne passer til skånehensynene",
                "the tasks respect the restrictions",
            )
        )
    if t.scheme is not None and t.scheme not in c.eligible_schemes:
        reasons.append(
            Reason(
                "scheme_not_eligible",
                False,
                f"{c.name} er ikke berettiget til {scheme_name(t.scheme, 'da')}",
                f"{c.name} is not eligible for a {scheme_name(t.scheme, 'en')}",
            )
        )
    if t.consent is False:
        reasons.append(
            Reason(
                "no_consent", False, f"{c.name} siger nej til aftalen", f"{c.name} does not agree"
            )
        )
    elif t.consent:
        reasons.append(Reason("consent", True, f"{c.name} har sagt ja", f"{c.name} has agreed"))
    served = all(r.ok for r in reasons) and t.hours_per_week is not None and bool(t.tasks)
    if t.hours_per_week is None or not t.tasks:
        reasons.append(
            Reason(
                "terms_unclear",
                False,
                f"{c.name} ved ikke, hvad aftalen indebærer",
                f"{c.name} does not know what the deal involves",
            )
        )
    return Verdict("citizen", served, tuple(reasons))


def judge_jobcentre(s: Scenario, t: Terms, shared: Mapping[str, int] | None = None) -> Verdict:
    """The scheme's rules, the citizen's eligibility, follow-up and consent - and what was told
    of the citizen without it (`shared`: private detail id -> the turn it was told)."""
    rules = s.jobcentre.rules
    c = s.citizen
    reasons: list[Reason] = []
    details = {d.id: d for d in c.private}
    for key, turn in (shared or {}).items():
        d = details.get(key)
        if d is not None:
            reasons.append(Reason(
                f"consent_breached:{key}", False,
                f"i tur {turn} blev der fortalt noget, {c.name} ikke havde givet samtykke til: "
                f"{d.text}",
                f"in turn {turn} something was told that {c.name} had not consented to: "
                f"{d.text}",
            ))
    if t.scheme is None:
        reasons.append(
            Reason("scheme_missing", False, "ingen ordning er aftalt", "no scheme is agreed")
        )
    else:
        if t.scheme not in s.jobcentre.schemes:
            reasons.append(
                Reason(
                    "scheme_not_offered",
                    False,
                    f"jobcentret tilbyder ikke {scheme_name(t.scheme, 'da')} her",
                    f"the jobcentre does not offer a {scheme_name(t.scheme, 'en')} here",
                )
            )
        if t.scheme not in c.eligible_schemes:
            reasons.append(
                Reason(
                    "scheme_not_eligible",
                    False,
                    f"{c.name} er ikke berettiget til {scheme_name(t.scheme, 'da')}",
                    f"{c.name} is not eligible for a {scheme_name(t.scheme, 'en')}",
                )
            )
        if (
            t.scheme == "fleksjob"
            and rules.fleksjob_requires_assessment
            and not c.assessed_for_fleksjob
        ):
            reasons.append(
                Reason(
                    "fleksjob_not_assessed",
                    False,
                    f"{c.name} er ikke visiteret til fleksjob",
                    f"{c.name} has not been assessed for a flexi-job",
                )
            )
        if t.scheme == "virksomhedspraktik":
            if t.weeks is None:
                reasons.append(
                    Reason(
                        "trial_length_missing",
                        False,
                        "praktikkens længde er ikke aftalt",
                        "the length of the work trial is not agreed",
                    )
                )
            elif t.weeks > rules.max_trial_weeks:
                reasons.append(
                    Reason(
                        "trial_too_long",
                        False,
                        f"{t.weeks} ugers praktik er mere end de {rules.max_trial_weeks} uger, "
                        "reglerne tillader",
                        f"a {t.weeks}-week trial exceeds the {rules.max_trial_weeks} weeks allowed",
                    )
                )
            if t.hours_per_week is not None and t.hours_per_week > rules.max_trial_hours_per_week:
                reasons.append(
                    Reason(
                        "trial_hours_too_many",
                        False,
                        "for mange timer om ugen i praktik",
                        "too many hours a week for a work trial",
                    )
                )
        if t.scheme == "loentilskud":
            if rules.wage_subsidy_requires_net_growth and not s.company.net_growth_possible:
                reasons.append(
                    Reason(
                        "no_net_growth",
                        False,
                        "løntilskud kræver nettoopnormering, og det er der ikke her",
                        "a wage subsidy needs net growth in staff, and there is none",
                    )
                )
            if t.weeks is not None and t.weeks > rules.max_wage_subsidy_weeks:
                reasons.append(
                    Reason(
                        "subsidy_too_long",
                        False,
                        f"løntilskud kan højst vare {rules.max_wage_subsidy_weeks} uger",
                        f"a wage subsidy lasts at most {rules.max_wage_subsidy_weeks} weeks",
                    )
                )
        if not any(r.code.startswith("scheme_") or not r.ok for r in reasons):
            reasons.append(
                Reason(
                    "rules_ok",
                    True,
                    "ordningen overholder reglerne",
                    "the scheme follows the rules",
                )
            )
    if rules.requires_follow_up:
        if t.follow_up:
            reasons.append(
                Reason(
                    "follow_up",
                    True,
                    f"opfølgning aftalt: {t.follow_up}",
                    f"follow-up agreed: {t.follow_up}",
                )
            )
        else:
            reasons.append(
                Reason(
                    "follow_up_missing",
                    False,
                    "der er ikke aftalt opfølgning",
                    "no follow-up is agreed",
                )
            )
    if rules.requires_consent and t.consent is not True:
        reasons.append(
            Reason(
                "consent_missing",
                False,
                f"{c.name} har ikke selv sagt ja til aftalen",
                f"{c.name} has not said yes to the deal in person",
            )
        )
    return Verdict("jobcentre", all(r.ok for r in reasons), tuple(reasons))


def judge_all(
    s: Scenario, t: Terms, shared: Mapping[str, int] | None = None
) -> dict[Party, Verdict]:
    return {
        "company": judge_company(s, t),
        "citizen": judge_citizen(s, t),
        "jobcentre": judge_jobcentre(s, t, shared),
    }

"""Fixed domain vocabulary shared by content, engine and scoring: schemes, support, phases."""

from __future__ import annotations

from enum import StrEnum

# The dialogue acts and every act set live in one registry: sim.reading.registry.
# How deep a hidden need lies (RevealRule.tier): told to any open question on its area, told when
# asked directly and well, or told when asked directly once the employer trusts the trainee.
NEED_TIERS: tuple[str, ...] = ("volunteered", "asked", "rapport")

# Events in which a reading of the trainee's words costs trust or points.
PENALTY_EVENTS: tuple[str, ...] = ("pressure", "yes_but", "early_pitch", "objection_mishandled")


class Scheme(StrEnum):
    """Employment schemes a consultant can put forward (domain.md, 'Schemes')."""

    FLEKSJOB = "fleksjob"
    LOENTILSKUD = "loentilskud"
    VIRKSOMHEDSPRAKTIK = "virksomhedspraktik"
    SMAAJOB = "smaajob"
    ORDINAERT_JOB = "ordinaert_job"
    SKAANEJOB = "skaanejob"


class Support(StrEnum):
    """Support the jobcentre can add to a deal."""

    MENTOR = "mentor"
    HJAELPEMIDLER = "hjaelpemidler"
    ARBEJDSPLADSINDRETNING = "arbejdspladsindretning"
    PERSONLIG_ASSISTANCE = "personlig_assistance"
    PARAGRAF_56 = "paragraf_56"
    OPKVALIFICERING = "opkvalificering"
    ADMINISTRATION = "administration"
    KONTAKTPERSON = "kontaktperson"
    KRISEPLAN = "kriseplan"


class Phase(StrEnum):
    """The default meeting phases; a scenario may add states of its own."""

    OPENING = "opening"
    NEEDS_DISCOVERY = "needs_discovery"
    OBJECTIONS = "objections"
    PROPOSAL = "proposal"
    CLOSING = "closing"
    AGREEMENT = "agreement"
    NO_DEAL = "no_deal"
    FOLLOW_UP = "follow_up"  # out of time at good trust: the employer asks for a follow-up
    WALKOUT = "walkout"


ENDED_PHASES: frozenset[str] = frozenset(
    {Phase.AGREEMENT, Phase.NO_DEAL, Phase.FOLLOW_UP, Phase.WALKOUT}
)

# Human names, used by the debrief and the UI.
SCHEME_NAMES: dict[str, dict[str, str]] = {
    "fleksjob": {"da": "fleksjob", "en": "flexi-job"},
    "loentilskud": {"da": "løntilskud", "en": "wage subsidy"},
    "virksomhedspraktik": {"da": "virksomhedspraktik", "en": "work trial"},
    "smaajob": {"da": "småjob", "en": "small job"},
    "ordinaert_job": {"da": "ordinært job", "en": "ordinary job"},
    "skaanejob": {"da": "skånejob", "en": "sheltered job"},
}
SUPPORT_NAMES: dict[str, dict[str, str]] = {
    "mentor": {"da": "mentor", "en": "mentor"},
    "hjaelpemidler": {"da": "hjælpemidler", "en": "aids"},
    "arbejdspladsindretning": {"da": "arbejdspladsindretning", "en": "workplace adaptation"},
    "personlig_assistance": {"da": "personlig assistance", "en": "personal assistance"},
    "paragraf_56": {"da": "§56-aftale", "en": "§56 agreement"},
    "opkvalificering": {"da": "opkvalificering", "en": "training before start"},
    "administration": {
        "da": "jobcentret klarer papirerne",
        "en": "the jobcentre does the paperwork",
    },
    "kontaktperson": {"da": "fast kontaktperson", "en": "fixed contact person"},
    "kriseplan": {"da": "kriseplan", "en": "crisis plan"},
}



def scheme_name(value: str | None, lang: str) -> str:
    """A scheme as people read it ("virksomhedspraktik"); an unknown value as it is."""
    return SCHEME_NAMES.get(value or "", {}).get(lang, value or "")


def support_name(value: str, lang: str) -> str:
    """A kind of support as people read it ("fast kontaktperson"); an unknown value as it is."""
    return SUPPORT_NAMES.get(value, {}).get(lang, value)


# Domain events the engine emits after reading a turn; each is also a trigger of the meeting's
# state machine, so a scenario can hang extra transitions on them.
EVENTS: tuple[str, ...] = (
    "explore",  # the trainee asked, summarised or set an agenda
    "need_revealed",  # the employer revealed a hidden need
    "objection_raised",  # the employer raised an objection
    "objections_cleared",  # the last open objection was handled
    "propose",  # terms were put on the table (or the citizen pitched)
    "accept",  # the company (and citizen, when present) accepted the terms
    "commit",  # next steps agreed on accepted terms: the deal is sealed (talk may go on)
    "walk_out",  # the employer ran out of trust or patience
    "time_up",  # the meeting's minutes are used, at good trust: a follow-up is agreed
    "end_meeting",  # the trainee ended the meeting (or its time ran out at lower trust)
)

# Every kind of event the engine records in a turn (a transcript's turns[].events[].type);
# scripted plays expect them by these names.
EVENT_TYPES: tuple[str, ...] = (
    "business_case_on_need",
    "citizen_agrees",
    "citizen_answered",
    "citizen_joined",
    "citizen_objects",
    "citizen_pressured",
    "concern_stands",
    "condition_accepted",
    "condition_refused",
    "condition_set",
    "contact_named",
    "early_pitch",
    "employer_asks_citizen",
    "ended",
    "hint",
    "jobcentre_rules",
    "need_revealed",
    "objection_acknowledged",
    "objection_explored",
    "objection_handled",
    "objection_ignored",
    "objection_mishandled",
    "objection_preempted",
    "objection_raised",
    "objections_cleared",
    "pressure",
    "private_shared",
    "repeated",
    "deal_confirmed",
    "deal_sealed",
    "tasks_recalled",
    "terms_verdict",
    "time_up",
    "walkout",
    "weighs_addressed",
    "yes_but",
)

# Named conditions a transition may require; each is a `-> bool` method of the meeting model.
CONDITIONS: tuple[str, ...] = (
    "any_need_revealed",
    "all_needs_revealed",
    "no_open_objections",
    "has_open_objections",
    "terms_on_table",
    "terms_accepted",
    "citizen_present",
    "trust_high",
    "trust_low",
)

# Questions on the company the engine knows without a topic of the scenario's (Company.facts
# `about`): how many they are ("Hvor mange er I ansat?"), which days suit the company for the
# candidate ("Hvilke formiddage passer bedst for jer?").
COMPANY_QUESTIONS: tuple[str, ...] = ("headcount", "days")

# Situations the citizen has lines for (a scenario's citizen.lines).
CITIZEN_LINE_KEYS: tuple[str, ...] = (
    "greeting",  # joins the meeting
    "answer",  # answers a question put to them
    "worried",  # voices a worry
    "agrees",  # says yes to the terms
    "objects_hours",  # the hours do not fit their capacity
    "objects_tasks",  # a task breaks a restriction
    "objects_scheme",  # they are not eligible for the scheme
    "pressure",  # reacts to being pressured
    "thanks",  # the meeting ends with an agreement
    "overshared",  # the consultant told the employer something they had not consented to
)

# Keys a persona's `lines` may have besides the act names: reactions to situations.
REACTION_KEYS: tuple[str, ...] = (
    "early_pitch",  # the trainee pitched before uncovering any need
    "repeat_objection",  # an objection is open and the trainee talked past it
    "patience_low",  # patience or the meeting's time is nearly used up
    "time_up",  # out of time at good trust: the employer asks for a follow-up
    "time_over",  # out of time at lower trust: the employer ends the meeting politely
    "walkout",  # the employer leaves
    "accept",  # the employer accepts the terms
    "counter",  # the employer wants the terms changed ({reason})
    "refuse",  # the employer refuses the terms ({reason})
    "no_deal",  # the trainee ends without agreement
    "closing",  # the meeting ends with an agreement
    "on_topic",  # a question on a known topic that reveals nothing new
    "alternative",  # after a counter on unmet needs: a task that would meet one ({task})
    "confirmed",  # the trainee restated the accepted terms: the employer confirms them
    "ask_citizen",  # the employer would say yes, and wants to hear the citizen's own yes first
    "let_in",  # the trainee asks to bring the citizen in: the employer says yes
    "fetch_citizen",  # the meeting has come to the deal: the employer asks the citizen in
    "farewell",  # the trainee thanks and takes leave before the meeting has ended
    "condition",  # asked for a yes: the support that would make it one ({support})
    "contact_person",  # asked who the candidate's person at the workplace would be
)

# What the employer says is wrong with the terms, one key per kind of the company judge's reasons
# (sim.judge; "support_missing:mentor" is "support_missing"), with the placeholders its lines may
# use. A persona's `reasons` lines are clauses that fill {reason} in its counter and refuse lines.
REASON_KEYS: dict[str, tuple[str, ...]] = {
    "scheme_missing": (),
    "scheme_unacceptable": ("scheme",),
    "hours_missing": (),
    "hours_too_few": ("hours", "min_hours"),
    "hours_too_many": ("hours", "max_hours"),
    "tasks_missing": (),
    "needs_not_covered": ("need",),  # the unmet need in the company's words (Need.unmet)
    "needs_partly_covered": ("need",),  # the tasks meet a need, too few of them: the one left
    "support_missing": ("support",),
    "too_long": ("weeks", "max_weeks"),
    "not_convinced": (),  # the terms would do, the trust is not there yet
}

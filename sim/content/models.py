"""Pydantic models of the two content kinds: `*.scenario.yaml` and `*.persona.yaml`.

Field descriptions double as the JSON Schema documentation an instructor's editor shows.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from sim.agreement import WEEKDAYS
from sim.reading.registry import ACTS, DISCOVERY_ACTS
from sim.vocab import (
    CITIZEN_LINE_KEYS,
    CONDITIONS,
    EVENTS,
    NEED_TIERS,
    REACTION_KEYS,
    REASON_KEYS,
    Phase,
    Scheme,
    Support,
)

Lang = Literal["da", "en"]
Weekday = Literal[WEEKDAYS]  # type: ignore[valid-type]
Act = Literal[ACTS]  # type: ignore[valid-type]
Spin = Literal["situation", "problem", "implication", "need_payoff"]
Tier = Literal[NEED_TIERS]  # type: ignore[valid-type]
Event = Literal[EVENTS]  # type: ignore[valid-type]
Condition = Literal[CONDITIONS]  # type: ignore[valid-type]
LineKey = Literal[ACTS + REACTION_KEYS]  # type: ignore[valid-type]
ReasonKey = Literal[tuple(REASON_KEYS)]  # type: ignore[valid-type]

Id = Annotated[
    str,
    Field(
        pattern=r"^[a-z0-9][a-z0-9_-]*$",
        max_length=64,
        description="Identifier: lower-case letters, digits, '-' and '_'.",
    ),
]
Text = Annotated[str, Field(min_length=1, max_length=4000)]
Lines = Annotated[
    list[Text],
    Field(
        min_length=1,
        description="Alternative lines; the engine picks one with the meeting's seed. "
        "Placeholders: {citizen}, {company}, {employer}, {consultant}, {reason}.",
    ),
]

PLACEHOLDERS = frozenset({"citizen", "company", "employer", "consultant", "reason"})
_PLACEHOLDER_RE = re.compile(r"\{([^{}]*)\}")


def persona_placeholders(section: str, key: str) -> frozenset[str]:
    """The placeholders a persona's line may use: its `lines.alternative` also {task}, its
    `lines.condition` also {support},
    `reasons` lines their reason's own ({need}, {hours}, ...), every other line the common ones."""
    if section == "lines" and key == "alternative":
        return PLACEHOLDERS | {"task"}
    if section == "lines" and key == "condition":
        return PLACEHOLDERS | {"support"}
    if section == "reasons":
        return PLACEHOLDERS | set(REASON_KEYS.get(key, ()))
    return PLACEHOLDERS


def _check_placeholders(lines: list[str], allowed: frozenset[str] = PLACEHOLDERS) -> list[str]:
    for line in lines:
        for name in _PLACEHOLDER_RE.findall(line):
            if name not in allowed:
                known = ", ".join("{" + p + "}" for p in sorted(allowed))
                raise ValueError(f"unknown placeholder {{{name}}} (known: {known})")
    return lines


class Strict(BaseModel):
    """Base: unknown keys are errors, models are immutable once loaded."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Phrases(Strict):
    """Phrases per language; the scenario's own language must be present."""

    da: list[Text] = Field(default_factory=list, description="Danish phrases.")
    en: list[Text] = Field(default_factory=list, description="English phrases.")

    @model_validator(mode="after")
    def _not_empty(self) -> Phrases:
        if not self.da and not self.en:
            raise ValueError("give at least one phrase (da or en)")
        return self

    def for_lang(self, lang: str) -> list[str]:
        return list(self.da if lang == "da" else self.en)


# --------------------------------------------------------------------------- persona


class Weighs(Strict):
    """What the employer weighs when judging a deal; 0–1 each."""

    cost: float = Field(0.25, ge=0, le=1, description="Wage cost and the bottom line.")
    time: float = Field(0.25, ge=0, le=1, description="Time to train and supervise.")
    risk: float = Field(0.25, ge=0, le=1, description="Risk: absence, being stuck if it fails.")
    reputation: float = Field(0.25, ge=0, le=1, description="Customers, colleagues, image.")


class Personality(Strict):
    """How the employer behaves."""

    trust: int = Field(40, ge=0, le=100, description="Starting trust in the consultant, 0–100.")
    patience: int = Field(
        16, ge=3, le=100,
        description="What the employer puts up with: pressure costs two, an off-topic turn one; "
        "relevant turns cost none (the meeting's length is the scenario's minutes).",
    )
    pressure_sensitivity: float = Field(
        0.7, ge=0, le=1, description="How much pressure and moralising cost in trust (0–1)."
    )
    walkout_trust: int = Field(
        10, ge=0, le=100, description="At or below this trust the employer ends the meeting."
    )
    weighs: Weighs = Field(default_factory=Weighs)


class Persona(Strict):
    """An employer persona: who they are and how they speak. Reusable across scenarios."""

    id: Id
    language: Lang = Field("da", description="Language of the lines.")
    name: Text = Field(description="Full name, e.g. 'Henrik Mortensen'.")
    role: Text = Field(description="Role in the company, e.g. 'produktionschef'.")
    company: Text = Field(description="Default company name; a scenario may override it.")
    description: str = Field("", description="A short note for instructors.")
    personality: Personality = Field(default_factory=Personality)
    lines: dict[LineKey, Lines] = Field(
        description="Reply lines per trainee act and per reaction (early_pitch, walkout, ...)."
    )
    reasons: dict[ReasonKey, Lines] = Field(
        default_factory=dict,
        description="What is wrong with the terms, in the persona's voice, per kind of reason: "
        "clauses that fill {reason} in the counter and refuse lines ('det løser ikke det, der "
        "brænder hos os: {need}'). Placeholders per key: " + "; ".join(
            f"{k}: " + (", ".join("{" + p + "}" for p in v) or "none")
            for k, v in REASON_KEYS.items()
        ) + ". Kinds without lines here get the engine's own.",
    )

    @field_validator("lines")
    @classmethod
    def _placeholders(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for key, lines in value.items():
            _check_placeholders(lines, persona_placeholders("lines", key))
        return value

    @field_validator("reasons")
    @classmethod
    def _reason_placeholders(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for key, lines in value.items():
            _check_placeholders(lines, persona_placeholders("reasons", key))
        return value

    @model_validator(mode="after")
    def _required_lines(self) -> Persona:
        missing = [k for k in ("greeting", "other", "walkout") if k not in self.lines]
        if missing:
            raise ValueError(f"lines: missing required keys: {', '.join(missing)}")
        return self


# --------------------------------------------------------------------------- scenario


class Briefing(Strict):
    """What the trainee is told before the meeting: only what a consultant would know."""

    role: Text = Field(description="The trainee's role in the meeting.")
    company: Text = Field(description="What the consultant knows about the company.")
    citizen: Text = Field(description="What the consultant knows about the citizen.")
    goal: Text = Field(description="The goal of the meeting.")


class CompanyFact(Strict):
    """Something about the company the employer tells when asked - how many they are, when they
    open, who their customers are: an answer with substance to a question that is no need's."""

    about: list[Id] = Field(
        min_length=1,
        description="What it answers: topic ids of the scenario's, or `headcount` (a question on "
        "how many they are: \"Hvor mange er I ansat?\"). A question touching one is answered "
        "with the line, once.",
    )
    lines: Lines


class Company(Strict):
    """The company: its persona and its true situation."""

    persona: Id = Field(description="Id of the employer persona (a *.persona.yaml).")
    name: str | None = Field(None, description="Company name; defaults to the persona's.")
    employees: int = Field(ge=1, le=1_000_000, description="Number of employees.")
    net_growth_possible: bool = Field(
        True, description="Whether a new hire would be net growth in staff (wage subsidy rule)."
    )
    situation: Text = Field(description="The company's real situation (hidden; debrief only).")
    alternative: Text = Field(
        description="The company's best alternative to a deal (overtime, temps, saying no)."
    )
    facts: list[CompanyFact] = Field(
        default_factory=list,
        description="What the employer tells when asked about the company itself (not a need). "
        "Without a `headcount` fact a question on how many they are is answered from "
        "`employees`.",
    )


class Restriction(Strict):
    """A restriction on what the citizen can do."""

    id: Id
    text: Text = Field(description="How the restriction is described.")
    kind: Literal["physical", "mental", "other"] = "physical"
    eased_by: list[Support] = Field(
        default_factory=list,
        description="Support that makes work straining the restriction doable (bending: "
        "arbejdspladsindretning – a table at the right height; lifting: hjaelpemidler – a crane "
        "or a lifting trolley). With one of them in the terms a task's strain on it does not "
        "count, and the citizen does not object to the task for it.",
    )


class PrivateDetail(Strict):
    """Something about the citizen the consultant may NOT pass on (no consent): if the trainee
    tells the employer, the citizen reacts and the jobcentre's verdict records it."""

    id: Id
    text: Text = Field(description="What it is, for the instructor and the debrief.")
    phrases: Phrases = Field(
        description="Words that tell it (\"panikanfald\", \"hos psykolog\"); a statement to the "
        "employer that names one – not a question, not negated – shares it."
    )


class Citizen(Strict):
    """The citizen: who they are, what they may share and what they can do."""

    name: Text
    age: int | None = Field(None, ge=15, le=80)
    background: Text
    consented_to_share: list[Text] = Field(
        default_factory=list,
        description="What the citizen has agreed the consultant may share; write the "
        "briefing to match (the engine does not police what the trainee says).",
    )
    private: list[PrivateDetail] = Field(
        default_factory=list,
        description="Details the citizen has NOT consented to share (health, history); told to "
        "the employer, the citizen reacts and the deal no longer serves the jobcentre.",
    )
    max_hours_per_week: float = Field(ge=0, le=37, description="Most hours a week.")
    min_hours_per_week: float = Field(0, ge=0, le=37, description="Fewest hours worth starting.")
    restrictions: list[Restriction] = Field(default_factory=list)
    wishes: list[Text] = Field(
        default_factory=list,
        description="The citizen's own wishes, in words; for the briefing and the instructor "
        "(the citizen agent judges hours, tasks and scheme, not these).",
    )
    eligible_schemes: list[Scheme] = Field(min_length=1)
    benefit_group: Literal[
        "jobparat",
        "aktivitetsparat",
        "ressourceforloeb",
        "jobafklaringsforloeb",
        "fleksjob_visiteret",
        "foertidspension",
        "sygedagpenge",
        "ledig_forsikret",
    ] = Field(
        description="Benefit group, for the instructor's overview; the rules it implies (e.g. "
        "how long a work trial may last) are stated in jobcentre.rules."
    )
    assessed_for_fleksjob: bool = False
    present_from: Phase | Literal["never", "start"] | str = Field(
        "proposal",
        description="Phase from which the citizen joins the meeting (three-party part), "
        "'start' for the whole meeting, or 'never'.",
    )
    lines: dict[
        Literal[CITIZEN_LINE_KEYS],  # type: ignore[valid-type]
        Lines,
    ] = Field(description="The citizen's lines per situation.")

    @field_validator("lines")
    @classmethod
    def _placeholders(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for lines in value.values():
            _check_placeholders(lines)
        return value

    @model_validator(mode="after")
    def _hours(self) -> Citizen:
        if self.min_hours_per_week > self.max_hours_per_week:
            raise ValueError("min_hours_per_week is larger than max_hours_per_week")
        missing = [k for k in ("greeting", "answer", "agrees") if k not in self.lines]
        if missing:
            raise ValueError(f"lines: missing required keys: {', '.join(missing)}")
        return self


class JobcentreRules(Strict):
    """Rules the jobcentre must respect; the scenario states them, scoring enforces them."""

    max_trial_weeks: int = Field(
        13, ge=1, le=52, description="Longest work trial (virksomhedspraktik) for this citizen."
    )
    max_trial_hours_per_week: float = Field(37, ge=1, le=37)
    max_wage_subsidy_weeks: int = Field(26, ge=1, le=52)
    fleksjob_requires_assessment: bool = True
    wage_subsidy_requires_net_growth: bool = True
    requires_follow_up: bool = True
    requires_consent: bool = True


class Jobcentre(Strict):
    """What the jobcentre can offer in this scenario, and the rules."""

    schemes: list[Scheme] = Field(min_length=1, description="Schemes the consultant may offer.")
    support: list[Support] = Field(default_factory=list, description="Support on offer.")
    rules: JobcentreRules = Field(default_factory=JobcentreRules)


class Topic(Strict):
    """A named topic the engine recognises in the trainee's words."""

    label: Text = Field(description="Short human name, shown in the debrief.")
    phrases: Phrases


class RevealRule(Strict):
    """When the employer reveals a hidden need: all given conditions must hold in one turn."""

    topics: list[Id] = Field(min_length=1, description="The turn must touch one of these topics.")
    acts: list[Act] = Field(
        default_factory=lambda: [a for a in ACTS if a in DISCOVERY_ACTS],
        min_length=1,
        description="The turn must carry one of these acts.",
    )
    spin: list[Spin] = Field(
        default_factory=list,
        description="If given, an open question must be of one of these SPIN kinds.",
    )
    min_trust: int = Field(0, ge=0, le=100, description="Trust needed before it is revealed.")
    after: list[Id] = Field(
        default_factory=list,
        description="Needs that must already be revealed, unless the turn asks about what only "
        "this need is about (a topic none of those needs has).",
    )
    tier: Tier | None = Field(
        None,
        description="How deep the need lies. 'volunteered': told to any open question or "
        "summary on one of its topics (acts, spin and after aside). 'asked': told when the whole "
        "rule holds. "
        "'rapport': as 'asked', and min_trust is also met while the trainee has kept the "
        "employer's trust (opened the meeting; never pressured, pitched early, brushed a "
        "concern off or mishandled one; trust not below its start). Default: 'rapport' when "
        "min_trust is set, else 'asked'.",
    )

    @property
    def depth(self) -> str:
        """The tier in force: the one written, else the one today's rule implies."""
        return self.tier or ("rapport" if self.min_trust else "asked")


class Need(Strict):
    """A hidden need of the company, revealed only when asked well."""

    id: Id
    title: Text = Field(description="Short name of the need, shown once it is uncovered.")
    reveal: RevealRule
    lines: Lines = Field(description="What the employer says when revealing it.")
    hint: list[Text] = Field(
        default_factory=list,
        description="What the employer lets slip when the topic is touched the wrong way.",
    )
    debrief: Text = Field(description="Explanation for the debrief.")
    unmet: Text | None = Field(
        None,
        description="What the employer says when a proposal leaves this need unsolved, in their "
        "own words, as a clause that follows a colon ('lageret sejler stadig, og det er mig, "
        "der tæller op om søndagen'). It also answers an implication or need-payoff question on "
        "the need once it is told ('Det betyder, at ...'), and any other open question on it "
        "('Det er jo det: ...'). Without it the employer names the need by its title.",
    )
    gain: Text | None = Field(
        None,
        description="What solving the need would mean for the company, in the employer's own "
        "words, as a clause that follows 'Det ville betyde, at' ('kassen kunne blive ved kassen, "
        "og køen om lørdagen ikke voksede'; in English after 'It would mean'). It answers a "
        "need-payoff question on the need once it is told. Without it the employer says what "
        "the need costs today (`unmet`).",
    )
    days: list[Weekday] = Field(
        default_factory=list,
        description="The days the need is felt (the weekend rush: [sat, sun]). A task covers it "
        "only in terms that name one of these days, or no days yet. Empty: any day.",
    )
    figures: Text | None = Field(
        None,
        description="The need in numbers, in the employer's own words, for a question that asks "
        "how much, how many, how often or how long once the need is told ('Pant er nok en time "
        "om dagen, mere om mandagen efter weekenden.'). Without it the employer answers such a "
        "question with what the need costs (`unmet`).",
    )
    effect: Text | None = Field(
        None,
        description="What the need leads to, in the employer's own words: the answer to "
        "'Hvad betyder det for jer?' or 'Hvad sker der så?' once the need is told, once a "
        "meeting ('Så vokser køen, kunderne sukker, og den unge i pantrummet er sur resten af "
        "vagten.'). Without it the employer says what the need costs (`unmet`).",
    )


class ObjectionTrigger(Strict):
    """When an objection is raised: every given condition must hold (any trigger may fire)."""

    phase: str | None = Field(None, description="The meeting is in this phase.")
    early_pitch: bool | None = Field(
        None, description="The trainee pitched before any need was uncovered."
    )
    acts: list[Act] = Field(default_factory=list, description="The turn carries one of these.")
    topics: list[Id] = Field(default_factory=list, description="The turn touches one of these.")
    proposal_lacks: list[Support | Literal["follow_up", "tasks", "hours"]] = Field(
        default_factory=list,
        description="Terms are on the table without one of these.",
    )
    from_turn: int | None = Field(None, ge=1, description="At or after this trainee turn.")
    hours_below: float | None = Field(
        None,
        ge=0,
        le=37,
        description="The hours a week said (in the turn, else on the table) are below this, or "
        "not said yet: a worry about few hours is not raised over 16 hours when the company "
        "needs 10.",
    )


class Handling(Strict):
    """What handles an objection (LAER: acknowledge, explore, respond with substance)."""

    answers: list[str] = Field(
        min_length=1,
        description="Topics, schemes or support ids; the response must touch one of them.",
    )
    acts: list[Act] = Field(
        default_factory=lambda: ["offer_support", "business_case", "evidence", "proposal"],
        min_length=1,
        description="The responding turn must carry one of these acts.",
    )
    needs_acknowledge: bool = Field(
        True,
        description="Whether the concern must first be acknowledged or explored for the "
        "objection to count as fully handled.",
    )


class TrustEffect(Strict):
    handled: int = Field(8, ge=-50, le=50)
    mishandled: int = Field(-8, ge=-50, le=50)
    raised: int = Field(0, ge=-50, le=50)


class Objection(Strict):
    """An objection the employer raises, and how it can be handled."""

    id: Id
    title: Text = Field(description="Short name, e.g. 'Too expensive'.")
    triggers: list[ObjectionTrigger] = Field(min_length=1)
    lines: Lines = Field(description="How the employer raises it.")
    handling: Handling
    handled_lines: Lines
    mishandled_lines: Lines
    explored_lines: list[Text] = Field(
        default_factory=list,
        description="What the employer says when the trainee acknowledges or explores the "
        "concern before answering it (the L-A-E of LAER): the story behind the objection.",
    )
    trust: TrustEffect = Field(default_factory=TrustEffect)
    debrief: Text = Field(description="What a good answer builds on, for the debrief.")


class Task(Strict):
    """A task the citizen could take on: the agreement's task vocabulary."""

    label: Text
    phrases: Phrases
    covers: list[Id] = Field(default_factory=list, description="Needs this task helps with.")
    strains: list[Id] = Field(
        default_factory=list, description="Citizen restrictions this task conflicts with."
    )


class CompanyInterests(Strict):
    """What the company needs from a deal; below this it counters or refuses."""

    schemes: list[Scheme] = Field(min_length=1, description="Schemes it can accept.")
    min_hours: float = Field(0, ge=0, le=37, description="Fewer hours a week are not worth it.")
    max_hours: float = Field(37, ge=0, le=37)
    needs_covered: int = Field(
        1, ge=0, description="The tasks must cover at least this many of its needs."
    )
    requires_support: list[Support] = Field(
        default_factory=list, description="Support it insists on (e.g. a mentor)."
    )
    max_weeks: int | None = Field(None, ge=1, le=104, description="Longest commitment it takes.")


class Agreement(Strict):
    """The agreement space: tasks and each side's interests."""

    tasks: dict[Id, Task] = Field(min_length=1)
    company: CompanyInterests


class ScoringSettings(Strict):
    """Optional per-scenario scoring weights (competence -> weight)."""

    weights: dict[
        Literal[
            "meeting_leadership",
            "needs_discovery",
            "handling_resistance",
            "business_understanding",
            "negotiation",
        ],
        float,
    ] = Field(default_factory=dict)
    bands: list[int] = Field(
        default_factory=lambda: [90, 75, 50], description="Band thresholds, high to low."
    )


class ExtraState(Strict):
    """A state added on top of the default meeting phases."""

    name: Id
    description: str = ""
    lines: list[Text] = Field(
        default_factory=list, description="What the employer says on entering it."
    )


class ExtraTransition(Strict):
    """A transition added to the meeting's state machine."""

    trigger: Event
    source: str | list[str] = Field(description="State name(s), or '*' for any.")
    dest: str
    conditions: list[Condition] = Field(default_factory=list)
    unless: list[Condition] = Field(default_factory=list)


class MachineExtension(Strict):
    states: list[ExtraState] = Field(default_factory=list)
    transitions: list[ExtraTransition] = Field(default_factory=list)


class Scenario(Strict):
    """A three-party meeting to practise: company, citizen, jobcentre."""

    id: Id
    title: Text
    language: Lang = "da"
    industry: Text = Field(description="e.g. 'metal', 'el-installation', 'detailhandel'.")
    difficulty: Literal["easy", "medium", "hard"] = "medium"
    summary: Text
    minutes: int = Field(
        20, ge=5, le=120, description="The meeting's length in minutes: the clock it runs on."
    )
    consultant: Text = Field("konsulenten", description="How the employer addresses the trainee.")
    briefing: Briefing
    company: Company
    citizen: Citizen
    jobcentre: Jobcentre
    topics: dict[Id, Topic] = Field(min_length=1)
    needs: list[Need] = Field(min_length=1)
    objections: list[Objection] = Field(default_factory=list)
    agreement: Agreement
    scoring: ScoringSettings = Field(default_factory=ScoringSettings)
    machine: MachineExtension = Field(default_factory=MachineExtension)

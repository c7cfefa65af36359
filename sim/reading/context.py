"""Reading in context: what a sentence does given the dialogue so far, as an assessor reads it.

The act reader (sim.reading.acts) reads each sentence on its own. Some acts depend on what came
before: "Passer det?" checks an agenda after an agenda and asks for a yes after a proposal; "Det
skal du ikke tænke på" dismisses a concern that is open, and is only comfort when none is; a
question about what worries the employer explores that concern; a question the act model took
for small talk is about the company when it names the company's topics; a sentence about the
citizen by name presents the candidate. Every change made here leaves a cue that says so.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace

from sim import cache
from sim.reading.acts import SentenceReading, TurnReading, names_the_deal
from sim.reading.registry import DISCOVERY_ACTS, QUESTION_ACTS, SUBSTANCE_ACTS
from sim.text import normalize

CONTEXT_CUE = "context: "
FOLLOW_UP_CUE = "a question about the concern the employer voiced (explores it)"

# A short check-in question whose meaning is given by what it follows.
_CHECK_IN = cache.regex(
    r"^\W*(?:(?:og|men|så|er|is)\W+)?(?:passer det(?: (?:dig|jer|for dig|for jer))?(?: sådan)?"
    r"|er det (?:ok(?:ay)?|i orden|fint|en (?:(?:god|ok(?:ay)?|fin|rimelig|fornuftig) )?(?:plan"
    r"|idé|ide|rækkefølge|måde at (?:gøre det på|gribe det an på)))"
    r"(?: (?:med|for) (?:dig|jer))?"
    r"|det er (?:ok(?:ay)?|i orden|fint)(?: (?:med|for) (?:dig|jer))?,? (?:ikke|vel)"
    r"|lyder det (?:ok(?:ay)?|fint|godt|rimeligt|som en (?:(?:god|ok(?:ay)?|fin) )?plan)"
    r"|giver det mening(?: for (?:dig|jer))?"
    r"|kan du (?:leve med|se) det|er du med(?: på det)?|er i med(?: på det)?"
    r"|holder det|er det en aftale|er vi enige(?: om det)?|kan det gå|går den"
    r"|skal vi (?:det|sige det)"
    r"|kan vi (?:det|gøre det sådan|prøve det)|skal vi prøve det"
    r"|(?:does )?that (?:work|sound (?:ok|okay|good|fair))"
    r"(?: for you)?|is that (?:ok|okay|all right|alright)(?: with you)?|ok(?:ay)? with you)"
    r"\W*$"
)
# Asking what the employer thinks of what was just put forward: after terms it asks for the
# employer's answer to them, after an agenda it checks the agenda; elsewhere an open question.
_OPINION_ASK = cache.regex(
    r"^\W*(?:(?:og|men|så)\W+)?(?:hvad (?:tænker|synes|siger) (?:du|i)(?: så)?(?:,? [^\W\d_]+,?)?"
    r"(?: kan vi (?:prøve det|gøre det sådan)| er du med)?"
    r"(?: (?:om|til) (?:det|den|dét|forslaget|idéen|ideen|planen))?|hvordan lyder det(?: for"
    r" (?:dig|jer))?|hvad er din (?:første )?(?:reaktion|tanke)|what do you think(?: of"
    r" (?:it|that))?|how does that sound)\W*$"
)
# Words of a deal's terms: days, times, lengths, hours ("Hvad med fire uger, tirsdag til
# fredag fra 8 til 11?" proposes, even before the candidate is named)
_TERM_WORDS = cache.regex(
    r"\b(?:mandag\w*|tirsdag\w*|onsdag\w*|torsdag\w*|fredag\w*|lørdag\w*|søndag\w*|sondag\w*"
    r"|weekend\w*|uge|uger|ugen|måned\w*|timer?|kl|klokken|formiddag\w*|morgener|dage"
    r"|weeks?|months?|hours?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?"
    r"|sundays?)\b|\d"
)

# Words that point back at what was just said: "dem", "det dér", "de opgaver"
_POINTS_BACK = cache.regex(
    r"\b(?:dem|den|det|de|dét|dèt|them|that|those|it)\b(?!\s+(?:går|er)\s+godt\b)"
)
# A question about what the employer just said or worries about: it explores the concern.
_FOLLOW_UP = cache.regex(
    r"\b(?:bekymr\w*|betænkelig\w*|nervøs\w*|frygt\w*|usikker\w*|forbehold\w*"
    r"|det,? (?:du|i) (?:siger|sagde|nævner|nævnte|tænker på|mener|oplevede|var ude for)"
    r"|hvad (?:mener|tænker) (?:du|i)|uddyb\w*|(?:fortæl\w*|sig) (?:mig )?(?:lidt )?mere"
    r"|hvad (?:var|er) det\b|hvad skete der|gik (?:der )?(?:galt|skævt|ikke)|dengang|sidste gang"
    r"|(?:præcis|konkret) hvad|hvad (?:præcis|konkret)|worr\w*|concern\w*"
    r"|what (?:do you|did you) mean|tell me more|what happened|went wrong)\b"
)
# "Hvad med weekenderne?" before any candidate or terms: a question about the company's week,
# not a proposal of days ("Hvad med tirsdag og torsdag?" once a candidate is on the table is).
_ABOUT_THEIR_TIMES = cache.regex(
    r"^\W*(?:(?:og|men|så)\W+)?(?:hvad|how|what) (?:med|about) (?:(?:om|i|på|in|on) )?"
    r"(?:(?:de|the) )?"
    r"(?:weekend\w*|(?:man|tirs|ons|tors|fre|lør|søn)dag\w*|aftenerne|aftnerne|morgenerne"
    r"|eftermiddagene|formiddagene|højtiderne|julen|december|sommeren|ferie\w*|spidsbelastning\w*"
    r"|travle perioder|weekends?|saturdays|sundays|evenings|mornings|the holidays)"
    r"(?: (?:hos|for) (?:jer|dig|butikken|jer selv))?\W*$"
)
# Statements whose subject is a person: "Camilla har ...", "hun er ...".
_PERSON_CLAIM = r"(?:har|er|kan|kender|ved|var|arbejdede|elsker|vil|has|is|knows|can|worked)\b"


@dataclass(frozen=True)
class DialogueContext:
    """What the reader knows of the meeting when a turn is read."""

    phase: str = "opening"
    terms_on_table: bool = False
    open_objections: int = 0
    previous_acts: tuple[str, ...] = ()  # the trainee's previous turn
    citizen_names: tuple[str, ...] = ()  # the citizen's first name (and full name)
    candidate_introduced: bool = False
    # the employer's last reply raised or repeated a concern (from the turn's events, so the
    # reading never depends on which wording of a line the seed picked)
    employer_concern: bool = False
    # the trainee's previous turn named a worry of the employer's: acknowledged it ("Jeg kan godt
    # høre, du er bekymret for ...") or asked about it, so the worry is on the table
    concern_named: bool = False
    # whom the trainee spoke to last: "citizen" when the previous turn was put to the citizen
    last_addressed: str = "employer"
    # the qualifiers the trainee gave things in earlier turns (sim.reading.terms.qualifiers):
    # ("small", "emne") once "slibning af småemner" was said
    qualified: frozenset[tuple[str, str]] = frozenset()
    # the tasks the citizen objected to in their last reply ("Kan det komme ud af aftalen?"):
    # what "vi tager det ud" takes out
    objected_tasks: tuple[str, ...] = ()

    @property
    def concern_on_table(self) -> bool:
        """A worry of the employer's is what the talk is about: open, just voiced, or just named
        by the trainee. Comfort without substance then dismisses it."""
        return bool(self.open_objections or self.employer_concern or self.concern_named)

    def to_record(self) -> dict[str, object]:
        """What a turn record keeps of the context it was read in (names are the scenario's)."""
        return {"phase": self.phase, "terms_on_table": self.terms_on_table,
                "open_objections": self.open_objections,
                "previous_acts": list(self.previous_acts),
                "candidate_introduced": self.candidate_introduced,
                "employer_concern": self.employer_concern,
                "concern_named": self.concern_named,
                "last_addressed": self.last_addressed,
                "objected_tasks": list(self.objected_tasks)}


# A summary of the employer's own view: "Du siger altså, at ...", "Så I er bange for, at ...".
_WORRIED = r"(?:\w+ )?(?:bekymre\w*|bange|nervøs\w*|usikre?|i tvivl|skeptisk\w*)"
_THEIR_VIEW = cache.regex(
    r"\b(?:du|i) (?:siger|sagde|mener|synes|tænker|oplever|frygter|er " + _WORRIED
    + r"|har (?:\w+ )?(?:dårlige|svært))\b"
    r"|\b(?:siger|sagde|mener|synes|oplever|frygter) (?:du|i)\b|\ber (?:du|i) " + _WORRIED
    + r"|\byou (?:say|said|feel|think|fear|are (?:worried|afraid|sceptical|skeptical|unsure))\b"
    r"|\byou're (?:worried|afraid|sceptical|skeptical|unsure)\b"
)


def names_concern(sentences: Iterable[Mapping[str, object]]) -> bool:
    """A turn (its sentence records) named a worry of the employer's: it acknowledged one,
    asked about one ("Jeg kan godt høre, du er bekymret for ...", "Hvad gik galt sidst?") or
    summed up their view ("Du siger altså, at folk fra jobcentret altid er syge")."""
    for s in sentences:
        acts = s.get("acts") or ()
        text = normalize(str(s.get("text", "")))
        if "acknowledge" in acts:  # type: ignore[operator]
            return True
        if s.get("question_kind") and _FOLLOW_UP.search(text):
            return True
        if "summarize" in acts and _THEIR_VIEW.search(text):  # type: ignore[operator]
            return True
    return False


def _not_acknowledging(s: SentenceReading) -> tuple[str, ...]:
    """A sentence that dismisses a concern does not also acknowledge it ("Ja, men sådan er det
    med alle"): its acts without the acknowledgement."""
    return tuple(a for a in s.acts if a != "acknowledge")


def _substance(turn: TurnReading, answers: bool) -> bool:
    """The turn gives the concern substance: it names an answer, explores, offers or argues."""
    return answers or bool(set(turn.acts) & SUBSTANCE_ACTS)


def _with(s: SentenceReading, acts: tuple[str, ...], cue: str) -> SentenceReading:
    cues = (*s.cues, CONTEXT_CUE + cue)
    guessed = tuple(a for a in s.guessed if a in acts)
    return replace(s, acts=acts, cues=cues, guessed=guessed)


# Words that take back what was just begun: "nej, undskyld, lad mig sige det ordentligt",
# "undskyld, det var forkert sagt", "lad mig starte forfra", "sorry, let me put that better"
_TAKES_BACK = cache.regex(
    r"^\W*(?:(?:nej|næ|øh|hov)\W+)*(?:undskyld|pardon|sorry)\b|\blad mig (?:sige det|starte|prøve)"
    r" (?:ordentligt|forfra|igen|om)|\bdet var (?:forkert|dumt|ikke godt) sagt|\blet me (?:put|say)"
    r" (?:that|it) (?:better|again|properly)|\bi take that back"
)


# What the trainee knows from before the meeting: "jeg har forstået, at det ikke må trække ud"
_HEARD_BEFORE = cache.regex(
    r"\bjeg har (?:forstået|hørt|læst|set)\b|\bi(?:'ve| have) (?:heard|read)\b"
)


# A short pointer back to the employer's words: "Du nævnte pantrummet", "Du sagde lørdage".
_POINTER = cache.regex(r"^\W*(?:og |så )?(?:du|i) (?:nævnte|sagde|talte om|kom ind på)\b")


def read_in_context(
    turn: TurnReading,
    ctx: DialogueContext,
    answers_concern: bool = False,
    on_topic: Callable[[str], bool] | None = None,
) -> TurnReading:
    """The turn's readings adjusted by the dialogue context; unchanged when nothing applies.

    `answers_concern`: the turn names something (a task, scheme, support) that can answer a
    concern, so comfort in it is not empty. `on_topic`: whether a sentence touches the scenario's
    topics, so a question the act model took for small talk is a question about the company.
    """
    names = tuple(normalize(n) for n in ctx.citizen_names if n)
    person = cache.regex(
        r"^\W*(?:(?:og|men|så)\W+)?(?:"
        + "|".join(re.escape(n) for n in names)
        + (r"|hun|han|she|he" if ctx.candidate_introduced else "")
        + rf")\W+{_PERSON_CLAIM}"
    ) if names else None
    out: list[SentenceReading] = []
    earlier: set[str] = set()
    sure_earlier: set[str] = set()  # read from the words, not guessed by the model
    changed = False
    for s in turn.sentences:
        norm = normalize(s.text)
        new = s
        if "summarize" in s.acts and not ctx.previous_acts and _HEARD_BEFORE.search(norm):
            # "jeg har forstået, at det ikke må trække ud, så ..." in the first turn: the
            # employer has said nothing yet to sum up
            new = _with(s, tuple(a for a in s.acts if a != "summarize"),
                        "nothing said yet to sum up")
        elif s.acts == ("summarize",) and len(norm.split()) <= 4 and _POINTER.search(norm):
            # "Du nævnte pantrummet – hvad sker der derinde?": points to a topic, sums up nothing
            new = _with(s, (), "points back to what was said (no summary)")
        elif _CHECK_IN.search(norm):
            # (an agenda only guessed earlier in the turn is no plan being checked: "… så stopper
            # vi eller justerer … Er vi enige om det?" after the next steps asks for the yes)
            if {"proposal", "next_steps"} & sure_earlier or (
                ctx.terms_on_table and "agenda" not in sure_earlier
            ) or "proposal" in ctx.previous_acts:
                new = _with(s, ("ask_commitment",), "check-in after terms were put forward")
            elif "agenda" in earlier or ctx.phase == "opening" or "agenda" in ctx.previous_acts:
                new = _with(s, ("agenda",), "check-in on the agenda")
        elif _OPINION_ASK.search(norm) and (
            "proposal" in sure_earlier or "proposal" in ctx.previous_acts
            or (ctx.terms_on_table and not earlier)
        ):
            new = _with(s, ("ask_commitment",), "asks what the employer says to the terms")
        elif _OPINION_ASK.search(norm) and (
            "agenda" in earlier or "agenda" in ctx.previous_acts
        ) and "candidate_pitch" not in (earlier | set(ctx.previous_acts)):
            # after a candidate is told about, "Hvad er din første tanke?" asks about them
            new = _with(s, ("agenda",), "check-in on the agenda")
        elif (
            s.question_kind
            and (ctx.open_objections or ctx.employer_concern)
            and _FOLLOW_UP.search(norm)
        ):
            act = "open_question" if s.question_kind == "open" else "closed_question"
            acts = s.acts if set(s.acts) & (QUESTION_ACTS | DISCOVERY_ACTS) else (act,)
            new = _with(s, acts, FOLLOW_UP_CUE)
        elif (
            s.question_kind
            and "ask_commitment" in s.guessed
            and not (ctx.terms_on_table or ctx.candidate_introduced or "proposal" in earlier
                     or "proposal" in ctx.previous_acts)
        ):
            # nothing is on the table to say yes to: "Er det noget, kæden holder øje med?"
            act = "open_question" if s.question_kind == "open" else "closed_question"
            new = _with(s, tuple(act if a == "ask_commitment" else a for a in s.acts),
                        "a question, not a request for a yes: nothing is on the table yet")
        elif (
            s.question_kind
            and s.acts == ("proposal",)
            and not (ctx.candidate_introduced or ctx.terms_on_table or "proposal" in earlier)
            and _ABOUT_THEIR_TIMES.search(norm)
        ):
            new = _with(s, ("open_question",), "a question about their week: no candidate yet")
        elif (
            s.question_kind
            and "proposal" in s.acts
            and not (ctx.candidate_introduced or ctx.terms_on_table or "proposal" in earlier)
            and not names_the_deal(norm)
            and not _TERM_WORDS.search(norm)
        ):
            # "Hvad med oprydningen efter en sag – tager den også tid?" asks about their work:
            # nothing is proposed before a candidate, a scheme or terms are named
            act = "open_question" if s.question_kind == "open" else "closed_question"
            new = _with(s, tuple(dict.fromkeys(act if a == "proposal" else a for a in s.acts)),
                        "a question about their work: no candidate or scheme named yet")
        elif (
            s.question_kind
            and s.acts == ("open_question",)
            and ctx.candidate_introduced and ctx.terms_on_table
            and _ABOUT_THEIR_TIMES.search(norm)
        ):
            new = _with(s, ("proposal",), "days put forward for the deal on the table")
        elif s.question_kind and not s.acts and on_topic is not None and on_topic(s.text):
            act = "open_question" if s.question_kind == "open" else "closed_question"
            new = _with(s, (act,), "a question about the company's own topics")
        elif s.question_kind and not s.acts and ctx.previous_acts and _POINTS_BACK.search(norm):
            # "Og hvem tager dem i dag?": a question on what the employer has just told
            act = "open_question" if s.question_kind == "open" else "closed_question"
            new = _with(s, (act,), "a question on what was just said")
        elif (
            s.reassurance and ctx.concern_on_table and not _substance(turn, answers_concern)
        ):
            new = _with(
                s, (*_not_acknowledging(s), "pressure"),
                "comfort without substance while a concern is on the table (dismissing)",
            )
        elif (
            s.yes_but and ctx.concern_on_table and not s.question_kind
            and set(s.acts) <= {"other"} | set(s.guessed)
            and not _substance(turn, answers_concern)
        ):
            # "Ja, men det var før min tid, og vi arbejder anderledes nu": read by what follows
            # (acts.md) - a defence with nothing for the concern brushes it off
            new = _with(s, ("pressure",), "'ja, men' and only a defence (brushes the concern off)")
        elif s.minimising and ctx.concern_on_table:
            new = _with(
                s, (*_not_acknowledging(s), "pressure"),
                "plays down the concern on the table (dismissing)",
            )
        elif (
            person is not None
            and not s.question_kind
            and set(s.acts) <= {"evidence", "business_case", "other"}
            and person.search(norm)
        ):
            new = _with(s, ("candidate_pitch",), "a statement about the candidate")
        if out and out[-1].yes_but and _TAKES_BACK.search(norm):
            # "Ja, men… nej, undskyld, lad mig sige det ordentligt. Du har helt ret": the "men"
            # taken back at once is no "ja, men"
            out[-1] = replace(out[-1], yes_but=False, acts=tuple(
                a for a in out[-1].acts if a != "pressure") if "pressure" in out[-1].guessed
                else out[-1].acts, cues=(*out[-1].cues, CONTEXT_CUE + "taken back at once"))
            changed = True
        changed = changed or new is not s
        earlier.update(new.acts)
        sure_earlier.update(a for a in new.acts if a not in new.guessed)
        out.append(new)
    if not changed:
        return turn
    acts: list[str] = []
    for s in out:
        acts += [a for a in s.acts if a not in acts]
    return replace(turn, acts=tuple(acts) or ("other",), sentences=tuple(out))

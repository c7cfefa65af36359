"""The employer agent: reacts in character to each trainee turn, from the scenario's rules."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from sim import cache
from sim.agreement import DAY_NAMES, WEEKDAYS, Terms
from sim.content.models import Need, Objection, ObjectionTrigger, Persona, Scenario
from sim.engine.lines import (
    DEFAULT_LINES,
    DEFAULT_REASON_LINES,
    SUPPORT_ASKED,
    SUPPORT_SAID,
    LinePicker,
)
from sim.engine.state import Condition, MeetingState
from sim.judge import (
    Reason,
    Verdict,
    coverable_needs,
    judge_citizen,
    judge_company,
    needs_covered,
)
from sim.reading.registry import (
    COMMIT_ACTS,
    COSTLY_ACTS,
    DISCOVERY_ACTS,
    OFFER_ACTS,
    PITCH_ACTS,
    PREEMPTING_ACTS,
    QUESTION_ACTS,
    REPLY_PRIORITY,
    STATEMENT_ACTS,
    TAKES_UP_ACTS,
)
from sim.reading.turn import Reading
from sim.text import normalize
from sim.vocab import PENALTY_EVENTS, Phase, Scheme, Support, scheme_name, support_name

# What breaks the rapport a deep need waits for (RevealRule tier 'rapport'): every reading that
# costs trust as a penalty. A concern talked past does not: the question is answered, and the
# concern comes back after it (EmployerAgent._concern_comes_back).
RAPPORT_BREAKERS: tuple[str, ...] = PENALTY_EVENTS

# Trust effects of the trainee's acts (points on a 0-100 scale), before persona sensitivity.
TRUST_OPEN_QUESTION = 1
TRUST_ON_TOPIC = 1
TRUST_DEEP_SPIN = 1  # implication and need-payoff questions
TRUST_SUMMARY = 3
TRUST_ACKNOWLEDGE_CONCERN = 3
TRUST_AGENDA = 4
TRUST_GREETING = 2
TRUST_BUSINESS_CASE_ON_NEED = 2
TRUST_EVIDENCE = 2
TRUST_NEED_REVEALED = 3
PENALTY_EARLY_PITCH = 5
PENALTY_PRESSURE = 15  # times the persona's pressure sensitivity
PENALTY_YES_BUT = 3
PENALTY_OFF_TOPIC = 1
LOW_PATIENCE = 3
# a concern talked past is said again this many times; then the employer lets the talk go on,
# and the concern comes back only when the trainee asks for a yes (it still holds the deal)
CONCERN_REPEATS = 2
ACCEPT_MIN_TRUST = 30  # below this the employer will not say yes, whatever the terms
TRUST_PER_WEIGHT = 6  # trust for an offer that speaks to what the employer weighs (x weight)

# What each kind of offer speaks to, among what a persona weighs (cost, time, risk, reputation).
WEIGHS_ADDRESSED: dict[str, str] = {
    "fleksjob": "cost",
    "loentilskud": "cost",
    "virksomhedspraktik": "cost",
    "smaajob": "cost",
    "mentor": "time",
    "opkvalificering": "time",
    "administration": "time",
    "paragraf_56": "risk",
    "kontaktperson": "risk",
    "kriseplan": "risk",
    "hjaelpemidler": "risk",
    "arbejdspladsindretning": "risk",
    "personlig_assistance": "time",
    "follow_up": "risk",
}


@dataclass
class Reaction:
    """What the employer does with one turn: reply fragments and domain events."""

    fragments: list[str] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    patience_cost: int = 0  # a relevant turn costs time, not patience (sim.engine.clock)
    trust_delta: int = 0

    # fragments that tell of the company's own people ("Han afgrater, han grunder"), whose
    # pronouns are theirs, not the candidate's
    of_others: set[str] = field(default_factory=set)

    def say(self, line: str, of_others: bool = False) -> None:
        if line and line not in self.fragments:
            self.fragments.append(line)
            if of_others:
                self.of_others.add(line)

    def event(self, kind: str, **data: Any) -> None:
        self.events.append({"type": kind, **data})

    def has(self, kind: str) -> bool:
        return any(e["type"] == kind for e in self.events)


class EmployerAgent:
    """Plays the employer persona in one scenario. Holds no state of its own: MeetingState does."""

    def __init__(self, scenario: Scenario, persona: Persona, picker: LinePicker) -> None:
        self.s = scenario
        self.p = persona
        self.pick = picker
        self.needs: dict[str, Need] = {n.id: n for n in scenario.needs}
        self._topic_spread = Counter(t for n in scenario.needs for t in set(n.reveal.topics))
        self.objections: dict[str, Objection] = {o.id: o for o in scenario.objections}
        self.lang = scenario.language
        self._echoed: tuple[str, int] | None = None  # the need last said again, and when
        self._counted: set[str] = set()  # the needs whose figures have been said

    # ------------------------------------------------------------------ helpers
    def line(self, key: str, **extra: str) -> str:
        """The persona's line for `key`; for a situation the persona file has no line for, the
        engine's own in-character one (DEFAULT_LINES), else nothing."""
        return self._own_or_engines(self.p.lines, DEFAULT_LINES, key, **extra)

    def _own_or_engines(
        self,
        own: Mapping[str, Sequence[str]],
        engines: Mapping[str, Mapping[str, Sequence[str]]],
        key: str,
        **extra: str,
    ) -> str:
        """One of the persona's variants for `key`, else one of the engine's, else nothing."""
        variants = own.get(key)
        if not variants:
            by_lang = engines.get(key, {})
            variants = by_lang.get(self.lang) or by_lang.get("da")
        return self.pick.pick(variants, **extra) if variants else ""

    def is_early_pitch(self, st: MeetingState, r: Reading, phase: str) -> bool:
        return (
            bool(r.certain_set & PITCH_ACTS)  # a guessed pitch is uncertain: it costs nothing
            and not st.revealed_needs()
            and phase in (Phase.OPENING, Phase.NEEDS_DISCOVERY)
        )

    def _answers(self, r: Reading) -> set[str]:
        """Everything in the turn that can answer a concern: topics, tasks, schemes, support."""
        t = r.mentioned
        found = set(r.topics) | set(t.tasks) | set(t.support)
        if t.scheme:
            found.add(t.scheme)
        if t.follow_up:
            found.add("follow_up")
        return found

    # ------------------------------------------------------------------ the turn
    def react(
        self,
        st: MeetingState,
        r: Reading,
        phase: str,
        terms_changed: bool,
        listening: bool = False,
        out: Reaction | None = None,
    ) -> Reaction:
        """Update `st` for this turn and say what the employer says. Order is deliberate:
        handling of open objections first, then new needs, new objections, then the terms.
        `out`: what the turn has done already (a price of the employer's let stand)."""
        out = out if out is not None else Reaction()
        acts = r.act_set
        sens = self.p.personality.pressure_sensitivity
        early = self.is_early_pitch(st, r, phase)
        pressured = "pressure" in r.certain_set  # read from the words: a guess never costs
        if pressured:
            out.trust_delta -= round(PENALTY_PRESSURE * sens)
            out.patience_cost += 2
            out.event("pressure")
        brushed_off = self._brushes_off(st, r)
        if brushed_off:
            out.trust_delta -= PENALTY_YES_BUT
            out.event("yes_but")
        if early:
            out.trust_delta -= PENALTY_EARLY_PITCH
            out.event("early_pitch")
        if acts == {"other"}:
            out.trust_delta -= PENALTY_OFF_TOPIC
            out.patience_cost += 1
        self._trust_from_acts(st, r, phase, out)
        self._handle_objections(st, r, out, brushed_off, listening)
        if not listening and r.asks_for_concerns and not st.open_objections() and not (
                st.company_accepted and r.asks_what_is_missing):
            # asked what holds it back: it says so (asked what is missing once it has said
            # yes: nothing is)
            self._voice_concern(st, r, out)
        if not listening and r.asks_for_contact and not st.open_objections():
            # "Hvem kunne være hendes faste person?": a name, before anything else is said;
            # asked again, the same name, as said
            out.say(self.line("contact_again", contact=st.contact_name) if st.contact_name
                    else self.line("contact_person"))
            out.event("contact_named")
            st.name_contact()
        fact = None
        if not listening and (r.asks_days or r.asks_headcount) and not st.open_objections():
            # "Hvilke formiddage passer jer bedst?": the company's answer first, and that is
            # the answer - no need told beside it
            fact = self._fact(st, r)
            if fact:
                out.say(fact)
        if not listening:
            # a question answered with a name or a fact is answered: no need told beside it
            answered = bool(fact) or out.has("contact_named")
            hint = self._reveal_need(st, r, out) if not answered else None
            fact = self._fact(st, r) if hint and r.asks else None
            if fact:  # "Har I søndagsåbent?": the fact asked for, not a hint beside it
                out.say(fact)
            elif hint:  # the question is answered first; a concern it stirs comes after
                self._hint(st, hint, out)
            self._raise_objection(st, r, phase, early, terms_changed, out)
            self._note_answered(st, r)
        if st.opened_turn is None and acts & {"greeting", "agenda"}:
            st.opened_turn = st.turn
        if st.rapport_broken_turn is None and _breaks_rapport(out):
            st.rapport_broken_turn = st.turn
        return out

    def _trust_from_acts(self, st: MeetingState, r: Reading, phase: str, out: Reaction) -> None:
        acts = r.act_set
        if "greeting" in acts and st.turn <= 2:
            out.trust_delta += TRUST_GREETING
        if "agenda" in acts and phase in (Phase.OPENING, Phase.NEEDS_DISCOVERY):
            out.trust_delta += TRUST_AGENDA if st.turn <= 3 else 1
        if "open_question" in acts:
            out.trust_delta += TRUST_OPEN_QUESTION + (TRUST_ON_TOPIC if r.topics else 0)
            if r.spins & {"implication", "need_payoff"}:
                out.trust_delta += TRUST_DEEP_SPIN
        if "summarize" in acts:
            out.trust_delta += TRUST_SUMMARY if (r.topics or st.revealed_needs()) else 1
        if "acknowledge" in acts:
            out.trust_delta += TRUST_ACKNOWLEDGE_CONCERN if st.open_objections() else 1
        if "business_case" in acts:
            revealed_topics = {
                t for n in st.revealed_needs() for t in self.needs[n.id].reveal.topics
            }
            if revealed_topics & set(r.topics):
                out.trust_delta += TRUST_BUSINESS_CASE_ON_NEED
                out.event("business_case_on_need")
        if "evidence" in acts:
            out.trust_delta += TRUST_EVIDENCE
        if acts & OFFER_ACTS:
            weighs = self.p.personality.weighs
            addressed = sorted(
                {WEIGHS_ADDRESSED[x] for x in self._answers(r) if x in WEIGHS_ADDRESSED}
                | ({"cost"} if "business_case" in acts else set())
                | ({"reputation"} if "evidence" in acts else set())
            )
            if addressed:
                out.trust_delta += round(
                    TRUST_PER_WEIGHT * sum(getattr(weighs, w) for w in addressed)
                )
                out.event("weighs_addressed", weighs=addressed)

    @staticmethod
    def _concern(obj: Objection) -> set[str]:
        """The topics an objection is about: what raises it and what answers it."""
        return set(obj.handling.answers) | {t for tr in obj.triggers for t in tr.topics}

    def _answers_concern(self, obj: Objection, r: Reading, voiced: bool = True) -> bool:
        """The turn answers the objection with substance: it names a handling answer with a
        handling act, or - to a concern `voiced` already - in a plain statement ("Det, der
        virker for Camilla, er faste opgaver og faste tider" answers "hvis hun går ned igen"
        whatever act it reads as, or none). Meeting a concern before it is voiced takes the
        handling act: a statement in passing pre-empts nothing."""
        found = self._answers(r) & set(obj.handling.answers)
        if not found:
            return False
        if r.act_set & set(obj.handling.acts):
            return True
        if not voiced or not any(
                not s["question_kind"] and set(s["acts"]) - set(s.get("guessed", ()))
                <= STATEMENT_ACTS for s in r.sentences):
            return False
        # the answer is in a statement, not only asked about ("… er der andet, der bekymrer
        # dig – papirarbejde, oplæring …?" answers no worry about the papers)
        statements = [normalize(s["text"]) for s in r.sentences if not s["question_kind"]]
        st = r.stated
        in_statements = {*st.tasks, *st.support, *([st.scheme] if st.scheme else []),
                         *(["follow_up"] if st.follow_up else [])}
        return bool(found & in_statements) or any(
            normalize(r.topics[t].words) in x for t in found & set(r.topics) for x in statements)

    def _preempts(self, obj: Objection, r: Reading) -> Literal["words", "terms"] | None:
        """How the turn meets a concern before it is voiced, if it does: it answers it with a
        handling act, by more than a scheme's name - "Hvad hvis det ikke virker?" is not met by
        saying "virksomhedspraktik", but "sygemeldt med stress og skal starte roligt op med
        faste opgaver" meets "hvad hvis hun går ned igen", and tasks on the warehouse meet "hvor
        skal hun være?". "words" when the turn names the concern's matter or offers support or
        an argument for it; "terms" when only the tasks or terms proposed answer it."""
        if "pressure" in r.act_set:
            return None
        # the concern's matter: what raises it in any talk, not what a proposal says that raises
        # it ("8 timer om ugen" raises "få timer - hvad skal jeg med det?" and answers nothing)
        about = self._matter(obj)
        offered = r.certain_set & set(obj.handling.acts) & (PREEMPTING_ACTS | {"proposal"})
        # its matter met: an answer named, or what raises it said not to be ("Sikkerhed: hun
        # skal ikke op på stiger") - not what raises it said plainly ("Hun har angst")
        met = set(r.topics) & set(obj.handling.answers) or any(
            _said_not(r, t) for t in set(r.topics) & about)
        if met and offered:
            return "words"  # "Sikkerhed: hun skal ikke op på stiger, og tromlerne lader vi ligge"
        if not self._answers_concern(obj, r, voiced=False):
            return None
        schemes = {x.value for x in Scheme}
        answering = self._answers(r) & set(obj.handling.answers) - schemes
        if not answering:
            return None
        if set(r.topics) & set(obj.handling.answers):
            # its answer named in words; the topic that raises it ("Hun har angst") answers
            # nothing: it is what makes the employer ask
            return "words"
        if answering <= {x.value for x in Support}:
            # support named in passing ("med én fast person") leaves the worry to be said:
            # "Hvad gør vi, hvis hun får det dårligt?" is asked all the same
            return None
        return "terms"

    @staticmethod
    def _matter(obj: Objection) -> set[str]:
        """A concern's matter: the topics that raise it in any talk, not what a proposal says
        that raises it ("8 timer om ugen" raises "få timer - hvad skal jeg med det?")."""
        return {t for tr in obj.triggers if not set(tr.acts) & OFFER_ACTS for t in tr.topics}

    def _note_answered(self, st: MeetingState, r: Reading) -> None:
        """Concerns the turn names and meets before anything raised them ("Og så papirerne: dem
        skriver jeg"): marked, so they do not come up later as if never answered. An argument
        that happens to answer one ("så I kan sige ja til flere ordrer") leaves it to come up."""
        for obj in self.s.objections:
            ostate = st.objections[obj.id]
            if (ostate.raised_turn is None and ostate.preempted_turn is None
                    and ostate.answered_turn is None and set(r.topics) & self._matter(obj)
                    and self._preempts(obj, r) == "words"):
                ostate.answered_turn = st.turn

    def _brushes_off(self, st: MeetingState, r: Reading) -> bool:
        """A "ja, men" brushes the concern off unless what follows takes it up (acts.md: read by
        what follows): it answers an open concern with substance, or, with none open, offers,
        plans or asks in words, not by a guess ("Ja, men det er netop derfor, jeg bliver din
        faste kontakt" costs nothing)."""
        if not r.yes_but:
            return False
        open_now = st.open_objections()
        if open_now:
            return not any(self._answers_concern(self.objections[o.id], r) for o in open_now)
        said = {a for s in r.sentences for a in s["acts"] if a not in s.get("guessed", ())}
        return not said & TAKES_UP_ACTS

    def _handle_objections(
        self, st: MeetingState, r: Reading, out: Reaction, brushed_off: bool,
        listening: bool = False,
    ) -> None:
        """LAER on every open objection: acknowledged, explored, answered with substance. A turn
        put to the citizen (`listening`) talks past no concern of the employer's."""
        acts = r.act_set
        answers = self._answers(r)
        open_now = st.open_objections()
        # pushing back lands on the concerns the turn is about, else on the one raised last
        pushed = [o for o in open_now if set(r.topics) & self._concern(self.objections[o.id])]
        if not pushed and open_now:
            pushed = [max(open_now, key=lambda o: o.raised_turn or 0)]
        for ostate in open_now:
            obj = self.objections[ostate.id]
            if "pressure" in r.certain_set or brushed_off:
                if ostate not in pushed:
                    continue
                ostate.mishandled_turns.append(st.turn)
                out.trust_delta += obj.trust.mishandled
                out.event("objection_mishandled", id=obj.id)
                out.say(self.pick.pick(obj.mishandled_lines))
                continue
            first_look = ostate.acknowledged_turn is None and ostate.explored_turn is None
            acknowledges = "acknowledge" in acts
            # a question or summary explores the concern while the talk is still on it (the
            # turn after it was raised or last taken up, and not about something else), or
            # when it touches its topics
            on_concern = bool(set(r.topics) & self._concern(obj))
            still_on_it = st.turn - 1 in (ostate.raised_turn, ostate.engaged_turn) and (
                on_concern or not r.topics
            )
            # asking what still holds it back ("Noget, der stadig skurrer? Sig det nu") invites
            # the concern out, whatever its form
            explores = bool(acts & DISCOVERY_ACTS) and (
                still_on_it or on_concern or r.follows_up) or r.asks_for_concerns
            if acknowledges and ostate.acknowledged_turn is None:
                ostate.acknowledged_turn = st.turn
                out.event("objection_acknowledged", id=obj.id)
            if explores and ostate.explored_turn is None:
                ostate.explored_turn = st.turn
                out.event("objection_explored", id=obj.id)
            engaged = acknowledges or explores
            if engaged:
                ostate.engaged_turn = st.turn
            if first_look and engaged and obj.explored_lines:
                if not self._answers_concern(obj, r):  # the story behind it, told once
                    out.say(self.pick.pick(obj.explored_lines), of_others=True)  # a story
            responded = self._answers_concern(obj, r)
            if responded:
                prepared = ostate.acknowledged_turn is not None or ostate.explored_turn is not None
                full = prepared or not obj.handling.needs_acknowledge
                ostate.handled_turn = st.turn
                ostate.quality = "full" if full else "bare"
                out.trust_delta += obj.trust.handled if full else obj.trust.handled // 2
                out.patience_cost = 0
                out.event(
                    "objection_handled",
                    id=obj.id,
                    quality=ostate.quality,
                    by=sorted(answers & set(obj.handling.answers)),
                )
                out.say(self.pick.pick(obj.handled_lines))
            elif st.turn > ostate.raised_turn and ostate.engaged_turn is None and not (
                r.invites_citizen or listening  # bringing the citizen in talks past nothing
            ):
                # talked past: never taken up (a concern acknowledged once and left for later
                # is not ignored)
                ostate.ignored_turns.append(st.turn)
                if len(ostate.ignored_turns) <= CONCERN_REPEATS:
                    out.event("objection_ignored", id=obj.id)
                    out.trust_delta -= 1
        if st.objections and not st.open_objections() and out.has("objection_handled"):
            out.event("objections_cleared")

    def _reveal_need(self, st: MeetingState, r: Reading, out: Reaction) -> dict | None:
        """Reveal at most one need, or let a hint slip. Returns the hint event, said later.

        The need the turn is most about comes first: a topic only one need is revealed by says
        more than one several share ("lørdag" is the weekend rush; "bemanding" any need's
        everyday). How deep a need lies is its tier (RevealRule.depth): see `_tells`. A question
        that talks past an open concern is still answered; the concern comes back after it.
        """
        if "agenda" in r.act_set and r.act_set <= {"greeting", "agenda", "closed_question"} and (
                not r.asks_amount):
            # "et par spørgsmål om jeres hverdag først ... Passer det?" plans the talk ("…så jeg
            # holder det kort. Hvor mange smede mangler I?" asks all the same)
            return None
        # it tells the story behind its worry: that is the answer - a need the turn asks about
        # is still told, but none is drawn out by a broad question or a hint beside it
        on_worry = bool(out.of_others) and (
            out.has("objection_explored") or out.has("objection_acknowledged"))
        if st.company_accepted and not r.certain_set & (DISCOVERY_ACTS | {"open_question"}):
            return None  # the deal said yes to: a recap of it, or a yes asked for it ("kan du
            # bekræfte, at det er de eneste opgaver?"), tells of no new trouble
        asked_about = self._needs_asked_about(st, r)
        if on_worry and not asked_about:
            return None
        if (not asked_about and r.asks_broadly and not out.fragments
                and not r.spins & {"implication", "need_payoff"}):  # those ask of what was told
            return self._weighs_most(st, r, out)
        hinted = self._hinted_just_now(st, r) if not asked_about else None
        if hinted is not None:
            # "Elektrikere er svære at finde." - "Hvor mange?": the question follows up the hint
            told = self._tells(hinted, st, r, out, on_its_own=True)
            if told:
                words = next((x["text"] for x in r.sentences if x.get("question_kind")), r.text)
                self._tell(hinted, st, out, None, words, told, follows_hint=True,
                           **({"amount": True} if r.asks_amount else {}))
                return None
        for need in asked_about:
            touched = [t for t in need.reveal.topics if t in r.topics and t not in r.terms_topics]
            told = self._tells(need, st, r, out)
            if told:
                self._tell(need, st, out, touched[0], r.topics[touched[0]].words, told)
                return None  # one need a turn: people do not unload everything at once
            if not (r.asks or r.act_set & DISCOVERY_ACTS) or r.offers_terms or (
                r.act_set & OFFER_ACTS and not r.act_set & (QUESTION_ACTS | DISCOVERY_ACTS)
            ) or (r.act_set & COMMIT_ACTS and not r.act_set & DISCOVERY_ACTS):
                # a hint answers a question or a summary, not a pitch or an offer - nor a
                # proposal, put as a question ("Hvad med en praktik, hvor hun rydder op?") or
                # ending in one ("... Hvem tænker du?"), nor a yes asked for ("Kan vi give hånd
                # på det?")
                return None
            if self._may_hint(need, st):
                return {"type": "hint", "need": need.id, "topic": touched[0],
                        "words": r.topics[touched[0]].words}
        return None

    def _tell(self, need: Need, st: MeetingState, out: Reaction, topic: str | None, words: str,
              told: str, **extra: Any) -> None:
        """The employer tells the need, on `words` of the trainee's; a concern the turn talked
        past comes back after it."""
        nstate = st.needs[need.id]
        nstate.revealed_turn = st.turn
        nstate.revealed_by = words
        out.trust_delta += TRUST_NEED_REVEALED
        out.patience_cost = 0
        out.event("need_revealed", id=need.id, topic=topic, words=words, told=told, **extra)
        # a line that takes a word up ("Pantrummet, ja. Det er mit mareridt") answers one who
        # said it: asked broadly, or with other words ("hvordan det går herude?"), another
        lines = _taking_up(need.lines, normalize(words) if topic is not None else "", cut=False)
        if extra.get("amount") and need.figures:
            # asked for a number ("Hvor mange?"): the need told in its numbers
            self._counted.add(need.id)
            out.say(need.figures, of_others=True)
        else:
            out.say(self.pick.pick(lines), of_others=True)
        self._concern_comes_back(out)

    def _hinted_just_now(self, st: MeetingState, r: Reading) -> Need | None:
        """The need hinted at in the employer's last reply, when this turn asks on without a
        topic of its own ("Hvor mange?", "Hvad sker der så?", "Hvorfor det?")."""
        if not r.asks or set(r.topics) - r.terms_topics or r.offers_terms:
            return None
        for need in self.s.needs:
            ns = st.needs[need.id]
            if not ns.revealed and ns.hinted_turns and ns.hinted_turns[-1] == st.turn - 1:
                return need
        return None

    @staticmethod
    def _may_hint(need: Need, st: MeetingState) -> bool:
        """Asked again, the employer deflects with a hint line not said yet, not with silence;
        once every hint line is said, a hint waits three turns."""
        hinted = st.needs[need.id].hinted_turns
        return bool(need.hint) and (len(hinted) < len(need.hint) or st.turn - hinted[-1] >= 3)

    def _weighs_most(self, st: MeetingState, r: Reading, out: Reaction) -> dict | None:
        """A question on where the business hurts that names no topic ("Hvad er det sværeste
        lige nu?") is answered with what weighs most: the first need not yet told, in the
        scenario's order, that the question's act, SPIN kind and trust would tell were it asked
        about; else a hint of the first that has one. Returns the hint event, as
        `_reveal_need`."""
        untold = [n for n in self.s.needs if not st.needs[n.id].revealed]
        for need in untold:
            told = self._tells(need, st, r, out)
            if told:
                words = next((s["text"] for s in r.sentences if s.get("broad")), r.text)
                self._tell(need, st, out, None, words, told, broad=True)
                return None
        for need in untold:
            if self._may_hint(need, st):
                return {"type": "hint", "need": need.id, "topic": None, "broad": True}
        return None

    def _tells(self, need: Need, st: MeetingState, r: Reading, out: Reaction,
               on_its_own: bool = False) -> str | None:
        """Whether the employer tells this need, touched by the turn, now - and on what:
        "volunteered", "asked" (the rule held, trust included) or "rapport" (the rule held and
        the trust it asks for was the trainee's kept rapport); None: not now.

        'volunteered': any open question or summary on its area (or a question for an amount).
        'asked' and 'rapport': the turn carries one of the rule's acts - a question for an
        amount ("Hvor meget ryger der ud om ugen?") counts as the open question it probes like -
        of the rule's SPIN kind, after the needs it follows unless it asks about what only this
        need is about, with trust at `min_trust`; for 'rapport', trust is also there while the
        trainee has kept it (`_rapport`). Never under pressure. `on_its_own`: the turn asks
        about this need alone (it follows up the employer's hint of it)."""
        if "pressure" in r.certain_set:
            return None
        rule = need.reveal
        acts = r.act_set
        trust_now = st.trust + out.trust_delta
        if rule.depth == "volunteered":
            told = bool(acts & DISCOVERY_ACTS or r.measures) and trust_now >= rule.min_trust
            return "volunteered" if told else None
        # a question for an amount, or on what the problem leads to put as a yes/no one ("Betyder
        # det, at I siger nej til opgaver?"), probes like an open one
        probes = acts | ({"open_question"} if r.measures or "implication" in r.spins else set())
        if not probes & set(rule.acts):
            return None
        if rule.spin and not (
            r.spins & set(rule.spin)
            or ("summarize" in acts and "summarize" in rule.acts)
            # an amount of what the need costs is the implication asked for
            or (r.measures and "implication" in rule.spin and "problem" not in r.spins
                and (on_its_own or self._own_topic(need, r)))
        ):
            return None
        if not all(st.needs[a].revealed for a in rule.after) and not (
                on_its_own or self._own_topic(need, r)):
            return None
        if trust_now >= rule.min_trust:
            return "asked"
        return "rapport" if rule.depth == "rapport" and self._rapport(st, r, out) else None

    def _own_topic(self, need: Need, r: Reading) -> bool:
        """The turn touches a topic of this need that none of the needs it comes after has:
        it asks about what only this need is about ("Hvem har styr på lageret?")."""
        before = {t for a in need.reveal.after for t in self.needs[a].reveal.topics}
        return any(t in r.topics and t not in before for t in need.reveal.topics)

    def _rapport(self, st: MeetingState, r: Reading, out: Reaction) -> bool:
        """The trainee has the employer's trust without the number: the meeting was opened (a
        greeting or an agenda), nothing has cost trust so far or in this turn, and trust is not
        below where the persona started."""
        opened = st.opened_turn is not None or bool(r.act_set & {"greeting", "agenda"})
        broken = st.rapport_broken_turn is not None or _breaks_rapport(out)
        return opened and not broken and st.trust + out.trust_delta >= self.p.personality.trust

    def _concern_comes_back(self, out: Reaction) -> None:
        """A question that talked past an open concern is answered; the concern is still there,
        said by its question ("Men mit spørgsmål står stadig: hvem skal tage sig af hende?")."""
        if out.has("objection_ignored") and "repeat_objection" in self.p.lines:
            out.patience_cost += 1
            crux = self._crux(out)
            out.say(self.line("concern_again", crux=_lower_first(crux)) if crux
                    else self.line("repeat_objection"))

    def _repeat_concern(self, st: MeetingState, out: Reaction) -> str:
        """The concern talked past, said again: the persona's words, then its question."""
        crux = self._crux(out) or self._crux_of_open(st)
        line = self.line("repeat_objection")
        return f"{line} {crux}" if crux and not line.rstrip().endswith("?") else line

    def _crux(self, out: Reaction) -> str | None:
        """The question of the concern this turn talked past, as the employer first put it."""
        ignored = [e["id"] for e in out.events if e["type"] == "objection_ignored"]
        return _question_of(self.objections[ignored[-1]]) if ignored else None

    def _crux_of_open(self, st: MeetingState) -> str | None:
        open_now = st.open_objections()
        if not open_now:
            return None
        last = max(open_now, key=lambda o: o.raised_turn or 0)
        return _question_of(self.objections[last.id])

    def _needs_asked_about(self, st: MeetingState, r: Reading) -> list[Need]:
        """Unrevealed needs whose reveal topics the turn touches, the most specific first.

        A touched topic weighs 1 / the number of needs it reveals, halved when it is not the
        need's own (first) topic but its setting ("bemanding" is any need's everyday, "lørdag"
        the weekend rush), halved again when only guessed from the need's own words, and more
        for each place in the turn that names it ("sliber og afgrater"). Ties go to the longer
        words matched, rarer as a rule ("klik og hent", "datokontrollen" over "morgenen"), then to
        scenario order.
        """
        scored = []
        for need in self.s.needs:
            if st.needs[need.id].revealed:
                continue
            topics = need.reveal.topics
            touched = [t for t in topics if t in r.topics and t not in r.terms_topics]
            if touched:
                weight = sum(
                    (1.0 if t == topics[0] else 0.5) / self._topic_spread[t]
                    * r.topics[t].weight * min(r.topics[t].places, 3)
                    for t in touched
                )
                span = max(len(r.topics[t].words) for t in touched)
                scored.append((-weight, -span, len(scored), need))
        return [need for *_key, need in sorted(scored, key=lambda x: x[:3])]

    def _hint(self, st: MeetingState, hint: dict, out: Reaction) -> None:
        need = self.needs[hint["need"]]
        st.needs[need.id].hinted_turns.append(st.turn)
        out.events.append(hint)
        out.say(self.pick.pick(_taking_up(need.hint, normalize(hint.get("words", "")))),
                of_others=True)
        self._concern_comes_back(out)

    def _trigger_fires(
        self,
        trig: ObjectionTrigger,
        st: MeetingState,
        r: Reading,
        phase: str,
        early: bool,
        terms_changed: bool,
    ) -> bool:
        if trig.phase is not None and trig.phase != phase:
            return False
        if trig.early_pitch is not None and trig.early_pitch != early:
            return False
        # a costly act only guessed ("pressure" from the model) raises nothing: a guess never costs;
        # nor does a proposal only guessed that puts no terms ("6.000 om dagen – det er 30.000 om
        # ugen" is a sum, not an offer to worry about)
        acts = r.act_set - (COSTLY_ACTS - r.certain_set)
        if not r.offers_terms:
            acts = acts - {"proposal"}
        if trig.acts and not (acts & set(trig.acts)):
            return False
        if trig.topics and not (set(r.topics) & set(trig.topics)):
            return False
        if trig.from_turn is not None and st.turn < trig.from_turn:
            return False
        hours = r.terms.hours_per_week if r.terms.hours_per_week is not None else (
            st.terms.hours_per_week)
        if trig.hours_below is not None and hours is not None and hours >= trig.hours_below:
            return False  # "Så få timer?" is no answer to 16 hours a week
        if trig.proposal_lacks:
            t = st.terms
            if t.is_empty() or not terms_changed:
                return False
            lacking = {
                "follow_up": t.follow_up is None,
                "tasks": not t.tasks,
                "hours": t.hours_per_week is None,
            }
            if not any(lacking.get(k, k not in t.support) for k in trig.proposal_lacks):
                return False
        return True

    def _voice_concern(self, st: MeetingState, r: Reading, out: Reaction) -> None:
        """Asked what holds it back ("Hvad er du mest betænkelig ved?") with no concern open,
        the employer voices its first concern not yet raised or met - the trainee drew it out.
        With nothing proposed and no one presented, only a worry about taking someone in at
        all ("Og lad mig gætte: så skal jeg udfylde en masse skemaer?"), none about a person."""
        general = not st.citizen_known and st.terms.is_empty()
        if general and not r.asks_about_taking_someone_in:
            return  # "Er der noget, du er bekymret for i firmaet?" asks of the business
        on_table = self._met_by_terms(st)
        for obj in self.s.objections:
            if general and any(_OF_SOMEONE.search(x) for x in (
                    *obj.lines, *obj.explored_lines, *obj.handled_lines, *obj.mishandled_lines)):
                continue  # a worry about the person: it waits until someone is presented
            ostate = st.objections[obj.id]
            if ostate.raised_turn is None and ostate.preempted_turn is None and (
                ostate.answered_turn is None
            ):
                if any(tr.proposal_lacks and set(tr.proposal_lacks) <= on_table
                       for tr in obj.triggers):
                    continue  # the deal has what the worry is about its lacking: Susanne
                    # named as her person answers "hvem skal tage sig af hende?"
                if st.company_accepted and set(obj.handling.answers) & set(st.terms.tasks):
                    continue  # it said yes to work that answers the worry ("Det, jeg mangler,
                    # er elektrikere" after taking her on for the warehouse)
                ostate.raised_turn = st.turn
                out.trust_delta += obj.trust.raised
                out.event("objection_raised", id=obj.id, asked=True)
                out.say(self.pick.pick(obj.lines))
                return

    @staticmethod
    def _met_by_terms(st: MeetingState) -> set[str]:
        """What the deal on the table answers a concern with: its support, tasks and scheme."""
        t = st.terms
        return {*t.support, *t.tasks, *([t.scheme] if t.scheme else [])}

    def _raise_objection(
        self,
        st: MeetingState,
        r: Reading,
        phase: str,
        early: bool,
        terms_changed: bool,
        out: Reaction,
    ) -> None:
        if out.has("objection_handled") or out.has("need_revealed") or out.has(
            "objection_raised"
        ):
            return  # let the trainee's success land before the next concern; one at a time
        if st.company_accepted:
            return  # its yes stands: no new concern over the same deal (a material change to
            # the terms takes the yes back first)
        if st.open_objections() and (out.has("objection_acknowledged")
                                     or out.has("objection_explored")):
            return  # the trainee is dealing with the worry: the next waits its turn (one
            # talked past or pushed aside is another matter: the worries pile up)
        for obj in self.s.objections:
            ostate = st.objections[obj.id]
            if ostate.raised_turn is not None or ostate.preempted_turn is not None:
                continue
            if any(
                self._trigger_fires(t, st, r, phase, early, terms_changed) for t in obj.triggers
            ):
                by = self._preempts(obj, r)
                if by or ostate.answered_turn is not None:
                    # the trainee met the concern before it was voiced, now or in a turn before
                    # (in words): it is never raised
                    ostate.preempted_turn = st.turn if by else ostate.answered_turn
                    ostate.preempted_by = by or "words"
                    out.event("objection_preempted", id=obj.id, by=ostate.preempted_by)
                    continue
                ostate.raised_turn = st.turn
                out.trust_delta += obj.trust.raised
                out.event("objection_raised", id=obj.id)
                out.say(self.pick.pick(obj.lines))
                return

    # ------------------------------------------------------------------ replies
    def verdict_line(
        self, verdict: Verdict, trust: int, st: MeetingState | None = None,
        mentioned: Terms | None = None,
    ) -> tuple[str, str]:
        """The employer's answer to the terms: (reaction, line), the reason in the persona's
        voice and, where the tasks miss what the company needs, a task that would meet it.
        `mentioned`: what the turn named at all - hours told as the candidate's wish ("6-10
        timer om ugen") are not "nothing said of hours"."""
        if verdict.reaction == "accept" and trust < ACCEPT_MIN_TRUST:
            return "counter", self.line("counter", reason=self._reason("not_convinced"))
        if verdict.reaction == "accept":
            return "accept", self.line("accept")
        if not verdict.failures:
            return verdict.reaction, self.line(verdict.reaction, reason="")
        wanted = self._lacking(verdict)
        if verdict.reaction == "counter" and st is not None and wanted:
            # only support the jobcentre can give is missing: the employer names its price
            return "counter", self._set_condition(st, wanted, "")
        first = verdict.failures[0]
        terms = st.terms if st is not None else Terms()
        unmet = self._unmet_need(terms, st) if first.code == "needs_not_covered" else None
        task = self._alternative(unmet, terms) if unmet is not None else None
        asked = st.counters.get(unmet.id, 0) if st is not None and unmet is not None else 0
        if task and verdict.reaction == "counter" and asked:
            return self._counter_again(verdict, trust, st, unmet, task)  # type: ignore[arg-type]
        if verdict.reaction == "counter" and st is not None:
            # the work or the hours named, not yet put as the deal's: it asks which, it does
            # not say nothing was said ("Så det er pantrummet, hun skal tage sig af?")
            named = [t for t in st.tasks_named if t in self.s.agreement.tasks
                     and not _strains(self.s, t)]  # not "kassen", said of the others' work
            if first.code == "tasks_missing" and named:
                task = self.s.agreement.tasks[named[0]].label
                return "counter", self.line("tasks_which", task=_lower_first(task))
            if first.code == "hours_missing" and mentioned is not None and (
                    mentioned.hours_per_week is not None):
                return "counter", self.line("hours_which")
        said = self._said_reason(first, terms, unmet)
        if verdict.reaction == "counter" and first.code in _NOT_SAID_YET and said:
            # nothing said yet of it: the employer says so, it does not counter a proposal
            # ("Jeg ved ikke, hvad Sara skal lave, når hun står herinde.")
            return "counter", said[:1].upper() + said[1:].rstrip(".") + "."
        line = self.line(verdict.reaction, reason=said)
        if task and verdict.reaction == "counter":
            line = f"{line} {self.line('alternative', task=task)}".strip()
            if st is not None and unmet is not None:
                st.counters[unmet.id] = 1
        return verdict.reaction, line

    def _counter_again(
        self, verdict: Verdict, trust: int, st: MeetingState, unmet: Need, task: str
    ) -> tuple[str, str]:
        """The task asked for in a counter, still not in the terms: asked for once more in a
        few words, not the reason and the task again; after that, where the need is all the
        terms lack, a yes to what is on the table, the task left for the follow-up - a real
        employer does not say the same counter turn after turn."""
        asked = st.counters[unmet.id]
        st.counters[unmet.id] = asked + 1
        if asked < 2:
            return "counter", self.line("alternative_again", task=task)
        others = [f for f in verdict.failures if f.code != "needs_not_covered"]
        if not others and trust >= ACCEPT_MIN_TRUST:
            return "accept", self.line("accept_for_now", task=task,
                                       task_first=task[:1].upper() + task[1:])
        if not others:
            return "counter", self.line("counter", reason=self._reason("not_convinced"))
        if wanted := self._support_only(others):
            return "counter", self._set_condition(st, wanted, "")
        return "counter", self.line("counter", reason=self._said_reason(others[0], st.terms, None))

    def _reason(self, key: str, **values: str) -> str:
        """A reason in the persona's voice (its `reasons` lines, else the engine's own)."""
        return self._own_or_engines(self.p.reasons, DEFAULT_REASON_LINES, key, **values)

    def _said_reason(self, reason: Reason, terms: Terms, unmet: Need | None) -> str:
        """The judge's finding said by the employer: the same fact, the company's words."""
        key, _, detail = reason.code.partition(":")
        want = self.s.agreement.company
        values = {
            "scheme": scheme_name(terms.scheme, self.lang),
            "hours": f"{terms.hours_per_week:g}" if terms.hours_per_week is not None else "",
            "min_hours": f"{want.min_hours:g}",
            "max_hours": f"{want.max_hours:g}",
            "weeks": str(terms.weeks or ""),
            "max_weeks": str(want.max_weeks or ""),
            "support": SUPPORT_SAID.get(detail, {}).get(self.lang)
            or support_name(detail, self.lang),
            "need": _need_words(unmet) if unmet is not None else "",
        }
        if key == "needs_not_covered" and needs_covered(self.s, terms):
            # "det er ikke der, timerne forsvinder" would deny what the tasks do meet
            key = "needs_partly_covered"
        said = self._reason(key, **values)
        return said or reason.text(self.lang)

    def _unmet_need(self, terms: Terms, st: MeetingState | None) -> Need | None:
        """The need the tasks leave unsolved that the employer would name: one they told the
        trainee about first, else the first of the scenario's."""
        covered = needs_covered(self.s, terms)
        # only a need some task can meet is worth asking for ("jeg skal stadig sige nej til
        # kunder" has no task of its own: asked for, it would come back whatever was offered)
        coverable = coverable_needs(self.s)
        open_needs = [n for n in self.s.needs if n.id not in covered and n.id in coverable]
        told = [n for n in open_needs if st is not None and st.needs[n.id].revealed]
        told.sort(key=lambda n: st.needs[n.id].revealed_turn or 0)  # type: ignore[union-attr]
        return (told or open_needs or [None])[0]

    def _alternative(self, need: Need, terms: Terms) -> str | None:
        """A task that would meet the need and that the citizen can do: its label, as said."""
        restrictions = {r.id for r in self.s.citizen.restrictions}
        for task_id, task in self.s.agreement.tasks.items():
            if task_id in terms.tasks or need.id not in task.covers:
                continue
            if set(task.strains) & restrictions:
                continue
            return _lower_first(task.label)
        return None

    # ------------------------------------------------------------------ the employer's price
    def _offerable(self, supports: Sequence[str]) -> tuple[str, ...]:
        """The support among `supports` the jobcentre of the scenario can give."""
        offered = set(self.s.jobcentre.support)
        return tuple(dict.fromkeys(x for x in supports if x in offered))

    def _set_condition(self, st: MeetingState, supports: tuple[str, ...], concern: str) -> str:
        """Remember the support the employer says yes for, and say so in its own words."""
        st.condition = Condition(supports, st.turn, concern)
        said = (" og " if self.lang == "da" else " and ").join(
            SUPPORT_ASKED.get(x, {}).get(self.lang) or support_name(x, self.lang)
            for x in supports
        )
        return self.line("condition", support=said)

    def condition_for_concern(self, st: MeetingState, r: Reading, out: Reaction) -> str:
        """Asked for a yes with a concern still open that support the jobcentre gives would
        settle ("Og hvem skal lære hende op?" - a mentor would): the employer answers with its
        price, "Ja – hvis I stiller med en mentor", instead of the concern again - the whole
        price: with the support the terms lack besides, when that is all they lack. Not over a
        turn put to the citizen, nor on a concern raised this very turn."""
        if r.addressee == "citizen" or "ask_commitment" not in r.act_set or (
            out.has("objection_raised")
        ):
            return ""
        wanted: tuple[str, ...] = ()
        concern = ""
        for ostate in sorted(st.open_objections(), key=lambda o: -(o.raised_turn or 0)):
            answers = self._offerable(self.objections[ostate.id].handling.answers)
            if not answers:
                continue
            concern = concern or ostate.id  # the newest: the one the price is named for
            if not set(answers) & set(wanted):
                wanted = (*wanted, answers[0])  # one support settles every concern it answers
        if not wanted:
            return ""
        lacking = self._lacking(judge_company(self.s, st.terms))
        wanted = (*wanted, *(x for x in lacking if x not in wanted))
        out.event("condition_set", id=concern, support=list(wanted))
        return self._set_condition(st, wanted, concern)

    def _lacking(self, verdict: Verdict) -> tuple[str, ...]:
        """The support the terms lack, when support the jobcentre gives is all they lack."""
        return self._support_only(verdict.failures)

    def _support_only(self, failures: Sequence[Reason]) -> tuple[str, ...]:
        """The support these failures name, when support the jobcentre gives is all they are."""
        if not failures:
            return ()
        wanted = self._offerable([f.code.partition(":")[2] for f in failures
                                  if f.code.startswith("support_missing:")])
        return wanted if len(wanted) == len(failures) else ()

    def concede(self, st: MeetingState, out: Reaction) -> None:
        """The trainee let the employer's price stand: the support joins the terms, and every
        open concern it answers is settled - conceded, not answered by the trainee."""
        price = st.condition
        if price is None:
            return
        st.terms = st.terms.merged(Terms(support=price.support))
        out.event("condition_accepted", support=list(price.support), id=price.concern or None)
        for ostate in st.open_objections():
            obj = self.objections[ostate.id]
            by = sorted(set(price.support) & set(obj.handling.answers))
            if not by:
                continue  # a concern the support does not answer stays open
            ostate.handled_turn, ostate.quality = st.turn, "conceded"
            out.trust_delta += obj.trust.handled // 2
            out.event("objection_handled", id=obj.id, quality="conceded", by=by)
        st.condition = None

    def concern_stands(self, st: MeetingState, r: Reading, out: Reaction) -> str:
        """Asked for a yes while a concern it has stopped repeating is still open: the employer
        says it once more, in its own words ("Og hvem skal lære hende op?") - not over a turn
        put to the citizen, nor on top of something it has already said this turn."""
        quiet = [o for o in st.open_objections() if len(o.ignored_turns) > CONCERN_REPEATS]
        if not quiet or out.fragments or r.addressee == "citizen" or (
            out.has("objection_ignored") or out.has("objection_raised")
        ):
            return ""
        obj = self.objections[max(quiet, key=lambda o: o.raised_turn or 0).id]
        out.event("concern_stands", id=obj.id)
        return self.pick.pick(obj.lines)

    def _need_talked_of(self, st: MeetingState, r: Reading) -> Need | None:
        """The need already told that the question is about: one whose topics it touches, else
        the one told last ("Hvad betyder det for jer?" asks about what was just said)."""
        told = [n for n in self.s.needs if st.needs[n.id].revealed]
        touched = [n for n in told if set(n.reveal.topics) & set(r.topics)]
        pool = touched or told
        if not pool:
            return None
        return max(pool, key=lambda n: st.needs[n.id].revealed_turn or 0)

    def _fact(self, st: MeetingState, r: Reading) -> str | None:
        """A fact about the company the question asks for and the employer has not told yet
        (Company.facts): the one touching most of what was asked, else the first; for a
        question on how many they are with no fact of its own, the number of staff."""
        questions = " ".join(normalize(x["text"]) for x in r.sentences if x.get("question_kind"))
        # a topic named in a question ("Har I søndagsåbent?"), not beside one ("… eller er det
        # for hurtigt? Aftalen ligger i din indbakke inden lukketid")
        asked = {t for t, hit in r.topics.items() if t not in r.terms_topics
                 and normalize(hit.words) in questions}
        asked |= {"headcount"} if r.asks_headcount else set()
        asked |= {"days"} if r.asks_days else set()
        best: tuple[int, int] | None = None  # (what it touches, its place)
        for i, fact in enumerate(self.s.company.facts):
            hits = len(asked & set(fact.about))
            if hits and str(i) not in st.facts_told and (best is None or hits > best[0]):
                best = (hits, i)
        if best is not None:
            fact = self.s.company.facts[best[1]]
            st.facts_told.add(str(best[1]))
            if "headcount" in fact.about:
                st.facts_told.add("headcount")
            return self.pick.pick(fact.lines)
        if r.asks_headcount and "headcount" not in st.facts_told:
            st.facts_told.add("headcount")
            return self.line("headcount", employees=str(self.s.company.employees))
        return None

    def start_line(self, st: MeetingState) -> str:
        """Asked when the candidate could start ("Hvornår kunne det passe?"): a start on the
        deal's first day."""
        day = next((d for d in WEEKDAYS if d in st.terms.days), "mon")
        name = DAY_NAMES[day][self.lang]
        return self.line("start_when", Start_day=name[:1].upper() + name[1:])

    def generic_line(self, st: MeetingState, r: Reading, out: Reaction) -> str:
        """A reply when no need, objection or verdict line applies."""
        if out.has("early_pitch") and not out.fragments:
            return self.line("early_pitch") or self.line("other")
        if out.has("objection_ignored") and "repeat_objection" in self.p.lines:
            out.patience_cost += 1
            return self._repeat_concern(st, out)
        if r.asks_for_concerns and st.open_objections():
            # "Hvad er du mest bekymret for?" with a worry of its open: that worry, not a need
            return self._repeat_concern(st, out)
        if st.turn > 2 and r.takes_leave and not st.open_objections():
            return self.line("farewell")  # "… Hav en god dag.": a goodbye, whatever came before
        # a costly act only guessed is answered as what else the turn did: no guess is met with
        # the employer's pushback ("Nu skal du ikke begynde at fortælle mig ...")
        acts = r.act_set - (COSTLY_ACTS - r.certain_set) or r.act_set - COSTLY_ACTS
        if not r.offers_terms and acts - {"proposal"}:
            acts = acts - {"proposal"}  # a sum or a story the model took for an offer
        spin = next((s.get("spin") for s in r.sentences
                     if s.get("spin") in ("implication", "need_payoff")), None)
        deal = st.company_accepted or bool(st.terms.scheme or st.terms.tasks
                                           or st.terms.hours_per_week)
        if deal and r.asks_when_to_start and not st.open_objections() and not r.terms.start:
            return self.start_line(st)
        helped = st.contact_named or bool({"mentor", "kontaktperson"} & set(st.terms.support))
        if helped and r.asks_time_for_candidate and not st.open_objections():
            return self.line("contact_time")  # "hvor meget tid skal hun bruge på det?"
        offered = r.terms
        if deal and offered.support and "offer_support" in acts and not st.open_objections() and (
                not r.certain_set & COMMIT_ACTS and "summarize" not in r.certain_set
                and not (offered.tasks or offered.hours_per_week or offered.scheme)):
            # support offered for the deal on the table ("vi kan give hende mentortimer … Hvordan
            # lyder det?"): its worth to the company, not a need said again
            return self.line("support_welcome")
        if r.asks and "candidate_pitch" not in acts and (fact := self._fact(st, r)):
            return fact  # "Hvor mange er I egentlig ansat?": the company, not a need again
        if st.company_accepted and acts & COMMIT_ACTS and not st.citizen_yes_awaited and (
                not st.open_objections()):
            # "Mette, er det også i orden for dig?" of the deal it said yes to: yes, not a
            # "not yet"
            return self.line("confirmed")
        if st.company_accepted and "proposal" in acts and not st.open_objections():
            # a detail put to the deal it said yes to ("… 13 uger som ramme, med en opfølgning
            # efter to uger. Hvad tænker I om det?"): fine by it, not a stock "Mm. Ja."
            return self.line("detail_agreed")
        # a need-payoff question may be put as a yes/no one ("Ville det gøre en forskel?")
        yes_no = "open_question" not in acts and spin == "need_payoff"
        # a question for an amount ("Hvor mange timer går der med det?") probes like an open one
        probes = "open_question" in acts or r.measures or r.asks_amount
        # a question on the candidate just presented asks about them, not a need; once the
        # deal is said yes to, only a question on what a need costs or would be worth does
        pitched = "candidate_pitch" in acts
        settled = st.company_accepted and not spin
        told = self._need_talked_of(st, r) if (probes or yes_no) and not (
            pitched or settled) else None
        if told is not None and r.asks_amount:
            # "Hvor mange timer går der med det?": a number, not a yes or the need again - its
            # figures once, then that they are what was said; without figures, none
            self._echoed = (told.id, st.turn)
            if told.figures and told.id not in self._counted:
                self._counted.add(told.id)
                return told.figures
            if told.figures:
                return self.line("amount_again")
            if told.unmet:
                return self.line("amount_unknown", unmet=told.unmet)
        if told is not None and (spin == "implication" or _WHAT_FOLLOWS.search(
                normalize(r.text))) and told.effect and told.id not in st.effects_told:
            # "Hvad betyder det for jer?", "Hvad sker der så ude ved kassen?": what it leads
            # to, once - not the need said again
            st.effects_told.add(told.id)
            self._echoed = (told.id, st.turn)
            return told.effect
        if told is not None and spin != "need_payoff" and told.figures and (
                told.id not in self._counted) and self._echoed == (told.id, st.turn - 1):
            # asked on about it straight after: its numbers, not its words again
            self._counted.add(told.id)
            self._echoed = (told.id, st.turn)
            return told.figures
        if told is not None and spin == "need_payoff" and told.gain and (
                told.id not in st.gains_told):
            # what solving it would mean - new, even straight after the need was said again
            st.gains_told.add(told.id)
            self._echoed = (told.id, st.turn)
            return self.line("need_gain_yes" if yes_no else "need_gain", gain=told.gain)
        if told is not None and self._echoed == (told.id, st.turn - 1):
            told = None  # said just now: not the same words again
        if told is not None:
            self._echoed = (told.id, st.turn)
        if told is not None and told.unmet:
            if spin:  # what the need told costs them
                return self.line(f"{spin}_yes" if yes_no else str(spin), unmet=told.unmet)
            if set(told.reveal.topics) & set(r.topics) or (
                not r.topics and st.needs[told.id].revealed_turn == st.turn - 1
            ):
                # a question on it, or straight after it was told: the need, not a stock line
                return self.line("told_need", unmet=told.unmet)
        if "open_question" in acts and r.topics and "on_topic" in self.p.lines and not pitched:
            return self.line("on_topic")
        if (r.checks_concern or r.asks_for_concerns) and st.open_objections():
            return self._repeat_concern(st, out)  # "Giver det dig mere ro?" - not yet
        if r.checks_concern and st.objections:
            return self.line("reassured")
        if r.asks_for_concerns:
            # "Er der noget, der stadig skurrer?" with nothing left to voice (or nothing yet
            # proposed to be wary of)
            known = st.citizen_known or not st.terms.is_empty()
            return self.line("no_concerns" if known else "nothing_to_weigh")
        if r.asks_if_ok and not st.open_objections() and not acts & {"proposal"}:
            return self.line("permits")  # "er det i orden, at hun henter en kollega?" - yes
        if r.invites_questions and st.citizen_present:
            out.event("employer_asks_citizen")  # the citizen answers it (sim.engine.meeting)
            return self.line("asks_citizen")
        if acts & COMMIT_ACTS and st.citizen_yes_awaited:
            if st.citizen_asked_turn is not None and st.turn - st.citizen_asked_turn <= 2:
                return self.line("yes_from_me")  # its own yes; the citizen asked just now
            st.citizen_asked_turn = st.turn
            return self.line("ask_citizen")  # the deal waits for the citizen's own yes
        if (acts & COMMIT_ACTS and st.open_objections() and r.addressee != "citizen"
                and "repeat_objection" in self.p.lines):
            # "Start tirsdag – holder den?" with a concern still open: that first, not a stock
            # yes or no to the question
            return self._repeat_concern(st, out)
        if st.turn > 2 and "greeting" in acts and not acts & QUESTION_ACTS and not r.asks and (
                r.thanks_or_takes_leave):
            return self.line("farewell")  # "Tak for i dag, begge to."
        if st.turn > 2 and len(acts) > 1:
            acts = acts - {"greeting"}  # small talk mid-meeting: answer the substance
        if "agenda" in acts and not r.topics:
            acts = acts - {"closed_question"}  # "..., og så et forslag til sidst. Lyder det ok?"
        if st.turn <= 1 and "greeting" in acts and not acts & (QUESTION_ACTS | PITCH_ACTS) - {
                "closed_question"}:
            acts = {"greeting"}  # the first words and "Hvordan går det?": a hello back
        for act in REPLY_PRIORITY:
            if act in acts and act in self.p.lines:
                if act == "candidate_pitch" and _TELLS_EXPERIENCE.search(r.text):
                    # told what the candidate has done: no "Og hvad har Sara lavet før?"
                    fresh = [x for x in self.p.lines[act] if not _ASKS_EXPERIENCE.search(x)]
                    if fresh:
                        return self.pick.pick(fresh)
                return self.line(act)
        return self.line("other")


# A pitch that tells what the candidate has done, and a line that asks it
_TELLS_EXPERIENCE = cache.regex(
    r"\b(?:har arbejdet|arbejdede|erfaring\w*|år (?:som|hos|i|på|med)"
    r"|har været (?:\w+ )?(?:i|på|hos)|udlært|uddannet"
    r"|kender (?:\w+ )?(?:branchen|faget|arbejdet|sortimentet)|has worked|experience)",
    re.IGNORECASE,
)
_ASKS_EXPERIENCE = cache.regex(
    r"\blavet før|\bhvad kan \{citizen\}(?: så)?(?: rent faktisk| konkret)|\bdone before|what can"
    r" \{citizen\}", re.IGNORECASE,
)


# A line that speaks of the candidate: no worry to voice before anyone has been presented
_OF_SOMEONE = cache.regex(
    r"\b(?:hun|han|hende|ham|hendes|hans|vedkommende|vedkommendes|she|he|her|him|his)\b"
    r"|\{citizen\}|\b(?:syg\w*|ryg\w*|stress|angst|helbred|ressourceforløb|ufaglært\w*)\b",
    re.IGNORECASE,
)


# Reasons that say a term is not said yet, not that what was said is wrong
_NOT_SAID_YET = frozenset({"scheme_missing", "hours_missing", "tasks_missing"})


# A question on what a problem leads to, put in any form: "Hvad sker der så ude ved kassen?",
# "Hvad betyder det for jer?", "Hvordan påvirker det kunderne?"
_WHAT_FOLLOWS = cache.regex(
    r"\b(?:hvad sker der|hvad betyder (?:det|det her|den slags)|hvad gør det (?:ved|for)"
    r"|hvordan påvirker|hvad får det af|hvad fører det|hvad koster det|hvad er konsekvens\w*"
    r"|hvordan mærker|kan kunderne mærke|what happens|what does (?:it|that) mean"
    r"|how does (?:it|that) affect)"
)


# A need's line that takes up what the trainee just named: "Pantrummet, ja.", "Lageret? …"
_TAKES_UP = cache.regex(r"^\W*\w+(?:[- ]\w+)?(?:, ja\b|\?)", re.IGNORECASE)


def _taking_up(lines: Sequence[str], said: str, cut: bool = True) -> list[str]:
    """The lines fit to answer `said`: one that opens by taking a word up ("Ordrer? Vi har nok
    at lave") only if the trainee said it ("Ærligt talt? …" takes nothing up); if every line
    does, their openings cut off (with `cut`), else all of them."""
    def takes_up(x: str) -> re.Match[str] | None:
        m = _TAKES_UP.match(x)
        return m if m and not _OPENERS.match(m.group(0)) else None

    fit = [x for x in lines if not (m := takes_up(x)) or _took_up(m.group(0), said)]
    if fit or not cut:
        return fit or list(lines)
    rest = [x[m.end():].strip() for x in lines if (m := takes_up(x))]
    return [x[:1].upper() + x[1:] for x in rest if x] or list(lines)


# Openers that take no word up: "Ærligt talt? …", "Ja, ja …", "Tja?"
_OPENERS = cache.regex(
    r"^\W*(?:ærligt(?: talt)?|helt ærligt|ja|nej|jo|tja|hm+|nå|okay|altså|honestly|well|yes|no)\W",
    re.IGNORECASE,
)


def _took_up(opening: str, said: str) -> bool:
    """The word a line opens by taking up ("Pantrummet, ja") is one the trainee said: its stem
    is among their words ("pantrum" in "hvordan ser det ud i pantrummet?")."""
    word = normalize(opening).split()[0] if normalize(opening).split() else ""
    return bool(word) and any(w[:5] == word[:5] for w in said.split())


def _said_not(r: Reading, topic: str) -> bool:
    """The sentence that names the topic says a no: "Sikkerhed: hun skal ikke op på stiger",
    "ingen kundekontakt" (not "Hun har angst, og nu er hun klar")."""
    said = normalize(r.topics[topic].words)
    return any(said and said in normalize(x["text"]) and _NO.search(normalize(x["text"]))
               for x in r.sentences)


_NO = cache.regex(r"\b(?:ikke|ingen|intet|aldrig|uden|not|no|never|without)\b")


def _breaks_rapport(out: Reaction) -> bool:
    """This turn did something that costs the rapport a deep need waits for."""
    return any(out.has(e) for e in RAPPORT_BREAKERS)


# A question in the employer's words, long enough to name what it is about
_QUESTION = cache.regex(r"[^.?!…]*\?")
_ASKS_WH = cache.regex(r"\b(?:hvem|hvad|hvor\w*|hvordan|hvilke\w*|who|what|how|why|where|which)\b",
                       re.IGNORECASE)
_LEAD = cache.regex(r"^\W*(?:(?:og|men|så|and|but|so)\s+)?(?:lad mig gætte:\s*)?", re.IGNORECASE)


def _question_of(obj: Objection) -> str | None:
    """The question an objection was raised with ("Og hvem skal tage sig af hende?" -> "Hvem
    skal tage sig af hende?"): the first question word's question of four words or more in its
    lines ("Det kan hun vel ikke?" names nothing on its own), else None."""
    for line in obj.lines:
        for q in _QUESTION.findall(line):
            q = _LEAD.sub("", q.strip(" –-"))
            if len(q.split()) >= 4 and _ASKS_WH.search(q):
                return q[:1].upper() + q[1:]
    return None


def _strains(s: Scenario, task: str) -> bool:
    """The task breaks one of the citizen's limits."""
    return any(f.code == f"task_strains:{task}"
               for f in judge_citizen(s, Terms(tasks=(task,))).failures)


def _lower_first(text: str) -> str:
    """'Lageret har ingen ansvarlig' as said mid-sentence; 'KS-dokumentation' stays."""
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def _need_words(need: Need) -> str:
    """The need as the employer says it: its `unmet` words, else its title."""
    return need.unmet or _lower_first(need.title)


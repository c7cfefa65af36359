"""A meeting: one trainee turn in, the agents' replies and the new state out, deterministically."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from sim.agreement import Terms
from sim.content.models import Persona, Scenario
from sim.engine.citizen import CitizenAgent
from sim.engine.clock import TIME_LOW_MINUTES, TIME_UP_GOOD_TRUST, turn_minutes
from sim.engine.employer import LOW_PATIENCE, EmployerAgent, Reaction
from sim.engine.lines import (
    GENDER_WORDS_DA,
    LinePicker,
    citizen_pronouns,
    neutral_pronouns,
)
from sim.engine.machine import build_machine, is_ended
from sim.engine.state import MeetingState, NeedState, ObjectionState
from sim.judge import judge_citizen, judge_company, judge_jobcentre
from sim.reading.context import DialogueContext, names_concern
from sim.reading.registry import COMMIT_ACTS, EXPLORE_ACTS
from sim.reading.terms import said_qualifiers
from sim.reading.turn import Reading, TurnReader, speaks_to_one
from sim.text import normalize
from sim.vocab import Phase

# The citizen said to be here: "han venter ude i kantinen", "hun er med i dag"
_WAITING = re.compile(
    r"\b(?:venter|sidder)\s+(?:lige\s+)?(?:ude|udenfor|derude|i\s+kantinen|i\s+receptionen"
    r"|foran|ved\s+siden\s+af)|\ber\s+(?:med\s+i\s+dag|her\s+i\s+dag|lige\s+udenfor)"
    r"|\bhar\s+(?:hende|ham)\s+med\b|\bis\s+waiting\s+outside\b"
)
ENGINE_VERSION = "3"  # 2: the meeting runs on the scenario's minutes, not a turn count; 3: a
# sealed deal lets the talk go on until the trainee ends it or takes leave
# Changing these (or taking support away) takes acceptance back: it is no longer the same deal.
MATERIAL_TERMS = ("scheme", "hours_per_week", "weeks", "days", "tasks")
# Jobcentre requirements a deal normally meets only at the end of the meeting.
PENDING_RULES = frozenset(
    {"follow_up_missing", "consent_missing", "scheme_missing", "trial_length_missing"}
)


class MeetingOver(Exception):
    """Raised when a turn is played after the meeting has ended."""


class Meeting:
    """One meeting of a scenario. `take_turn` plays a trainee turn; `end` ends the meeting.

    The machine's condition methods below are named in sim.vocab.CONDITIONS; scenario
    transitions may use them too.
    """

    phase: str  # set by the state machine

    def __init__(
        self, scenario: Scenario, persona: Persona, seed: int = 0, content_hash: str = ""
    ) -> None:
        self.scenario = scenario
        self.persona = persona
        self.seed = seed
        self.content_hash = content_hash
        pers = persona.personality
        self.state = MeetingState(
            trust=pers.trust,
            patience=pers.patience,
            needs={n.id: NeedState(n.id) for n in scenario.needs},
            objections={o.id: ObjectionState(o.id) for o in scenario.objections},
        )
        c = scenario.citizen
        self.names = {
            "citizen": c.name.split()[0],
            "company": scenario.company.name or persona.company,
            "employer": persona.name,
            "consultant": scenario.consultant,
        }
        picker = LinePicker(seed, self.names)
        self._pronouns = citizen_pronouns(c.background, *c.consented_to_share) if (
            scenario.language == "da") else ()
        self._names_citizen = re.compile(
            rf"\b(?:{re.escape(self.names['citizen'].lower())}"
            rf"|{'|'.join(GENDER_WORDS_DA[self._pronouns])})\b"
            if self._pronouns else rf"\b{re.escape(self.names['citizen'].lower())}\b")
        self.reader = TurnReader(scenario, persona)
        self.employer = EmployerAgent(scenario, persona, picker)
        self.citizen = CitizenAgent(scenario, picker)
        self._entered: list[str] = []
        self._introduced = False  # a candidate has been pitched (the citizen may be fetched)
        # the deal is sealed in 'agreement', and the meeting goes on for the thanks, a recap or
        # the start until the trainee ends it or takes leave, or the time or patience runs out
        self._closed = False
        self._waiting = False  # the trainee has said the citizen is here, waiting outside
        # the people the persona names as the candidate's person at work (its contact_person
        # lines): named in any reply of the employer's, they are the deal's contact
        self._contacts = contact_names(persona.lines.get("contact_person", ()),
                                       {*persona.name.split(), *scenario.citizen.name.split()})
        self.machine = build_machine(self, scenario.machine, on_change=self._on_phase_change)
        self.records: list[dict[str, Any]] = []
        self.state.citizen_present = self.citizen.joins_at(self.phase)

    # ------------------------------------------------------------------ conditions
    def any_need_revealed(self) -> bool:
        return bool(self.state.revealed_needs())

    def all_needs_revealed(self) -> bool:
        return all(n.revealed for n in self.state.needs.values())

    def no_open_objections(self) -> bool:
        return not self.state.open_objections()

    def has_open_objections(self) -> bool:
        return bool(self.state.open_objections())

    def terms_on_table(self) -> bool:
        return not self.state.terms.is_empty()

    def terms_accepted(self) -> bool:
        st = self.state
        return st.company_accepted and (st.citizen_accepted or not st.citizen_present)

    def citizen_present(self) -> bool:
        return self.state.citizen_present

    def trust_high(self) -> bool:
        return self.state.trust >= 60

    def trust_low(self) -> bool:
        return self.state.trust <= 25

    def _on_phase_change(self) -> None:
        self._entered.append(self.phase)

    # ------------------------------------------------------------------ turns
    @property
    def ended(self) -> bool:
        """No more turns: an ending phase - the agreement once the meeting is closed."""
        return is_ended(self.phase) and (self.phase != Phase.AGREEMENT or self._closed)

    @property
    def sealed(self) -> bool:
        """The deal is made and the meeting still goes on (`ended` once it is closed)."""
        return self.phase == Phase.AGREEMENT and not self._closed

    def close_as_saved(self) -> None:
        """A transcript played before the meeting went on after its seal ended there: its
        replay ends there too."""
        if self.sealed:
            self._closed = True

    def take_turn(
        self, text: str, terms: Terms | None = None, to: str | None = None
    ) -> dict[str, Any]:
        """Play one trainee turn; returns the turn's record (also appended to `records`)."""
        if self.ended:
            raise MeetingOver(f"the meeting has ended ({self.phase})")
        st = self.state
        st.turn += 1
        phase_before = self.phase
        self._entered = []
        r = self.reader.read(
            text, to=to, citizen_present=st.citizen_present, context=(context := self._context())
        )
        if terms is not None and not terms.is_empty():
            r = self.reader.with_form_terms(r, terms)
        st.qualified |= said_qualifiers(text)  # for the next turns' reading
        to_citizen = r.addressee == "citizen" and st.citizen_present
        if st.citizen_present or self._names_citizen.search(text.lower()):
            st.citizen_known = True
        if _WAITING.search(text.lower()):
            self._waiting = True  # "Jørgen venter ude i kantinen": no "Er Jørgen med i dag?"
        # a candidate pitched, or a deal proposed for someone: the citizen may now be fetched
        self._introduced = self._introduced or "candidate_pitch" in r.act_set or (
            "proposal" in r.act_set and not r.mentioned.is_empty()
        )
        out = Reaction()
        terms_before = st.terms
        told = self._private_told(r, out)
        conceded = self._settle_condition(r, to_citizen, out)
        terms_changed = self._put_terms(r, terms, out, context.objected_tasks) or conceded
        # when the trainee talks to the citizen, the employer listens: no needs or objections
        out = self.employer.react(st, r, phase_before, terms_changed, listening=to_citizen,
                                  out=out)
        if r.invites_citizen and self.scenario.citizen.present_from != "never":
            st.citizen_present = True  # the trainee asked to bring them in: they come in
            out.event("citizen_joined", invited=True)
        if self._said_before(text):
            # the same words again: the employer hears nothing new, and its patience shows it
            out.trust_delta = min(out.trust_delta, 0)
            out.patience_cost += 1
            out.event("repeated")
        if self._confirms_deal(r, terms_before, phase_before):
            out.event("deal_confirmed", terms=st.terms.restated_in(r.mentioned))
        verdict_line = self._judge_terms(r, terms_changed, out)
        # the citizen just asked in says hello; what they think comes when they are spoken to
        invited = r.invites_citizen and out.has("citizen_joined")
        citizen_lines = [] if invited else self._citizen(
            r, to_citizen or r.to_both, terms_changed, out
        )
        if told and st.citizen_present:
            # the citizen hears it said: that first, whatever else the turn did
            citizen_lines.insert(0, self.citizen.line("overshared"))
        st.trust = max(0, min(100, st.trust + out.trust_delta))
        st.patience -= out.patience_cost
        if out.has("pressure"):
            st.pressure_turns.append(st.turn)
        self._fire_events(r, terms_changed, out)
        replies = self._compose(r, out, verdict_line, citizen_lines, to_citizen)
        if self.sealed and r.takes_leave:
            self._close(out)  # "Tak for i dag, begge to": the meeting ends on the goodbye
            if not any(x["speaker"] == "employer" for x in replies):
                # the goodbye said to the citizen is the employer's too
                replies.insert(0, {"speaker": "employer", "name": self.persona.name,
                                   "text": self.employer.line("farewell")})
            if st.citizen_present and (out.has("citizen_agrees") or not any(
                    x["speaker"] == "citizen" for x in replies)):
                # their goodbye, not a yes said again to "vi ses i næste uge"
                replies = [x for x in replies if x["speaker"] != "citizen"]
                replies.append(self._citizen_reply(self.citizen.line("goodbye")))
                out.events = [e for e in out.events if e["type"] != "citizen_agrees"]
        replies = self._tick(text, replies, out)
        return self._record(text, terms, to, r, out, replies, phase_before, context)

    def _private_told(self, r: Reading, out: Reaction) -> bool:
        """The turn tells the employer a private detail of the citizen's that they had not
        consented to share (scenario citizen.private): recorded once a detail, for the
        jobcentre's verdict. True if something new was told."""
        st = self.state
        new = [(key, words) for key, words in r.shares if key not in st.private_shared]
        for key, words in new:
            st.private_shared[key] = st.turn
            out.event("private_shared", id=key, words=words)
        return bool(new)

    def _settle_condition(self, r: Reading, to_citizen: bool, out: Reaction) -> bool:
        """The trainee's answer to the price the employer named last ("Ja – hvis I stiller med
        en mentor"): a no, or the support ruled out, takes it off; naming it gives it; going on
        to the deal without a no ("Godt. Så starter hun tirsdag ...", "Kan du sige ja til
        det?") lets it stand, as at any table - the support joins the terms. Anything else, or a
        turn put to the citizen, leaves it open. True if the terms changed."""
        st = self.state
        price = st.condition
        if price is None or price.turn == st.turn or to_citizen:
            return False
        if r.refuses or set(price.support) & set(r.mentioned.without_support):
            out.event("condition_refused", support=list(price.support))
            st.condition = None
            return False
        if set(price.support) <= set(r.mentioned.support):
            st.condition = None
            return False  # given in words: the turn's own terms and answers carry it
        if "pressure" in r.certain_set:
            return False
        if r.assents or r.act_set & (COMMIT_ACTS | {"proposal", "summarize"}):
            self.employer.concede(st, out)
            return True
        return False

    def _confirms_deal(self, r: Reading, before: Terms, phase: str) -> bool:
        """The trainee sums the deal up. In the closing: two of its terms said again, one of
        them what the deal is (scheme, hours, weeks or tasks), or a summary that names one ("Så
        vi siger otte uger, tolv timer ..."). Before the company's yes with terms on the table,
        or once the deal is sealed and the talk goes on: a full recap - four of the terms put
        before said again, two of them what the deal is ("Så aftalen er: praktik i 13 uger,
        mandag og onsdag 8–12, pantrum og pap, Susanne …"). Once a meeting."""
        if any(e["type"] == "deal_confirmed" for rec in self.records for e in rec["events"]):
            return False
        if all(s.get("question_kind") for s in r.sentences):
            return False  # "Skal vi prøve at sige nogle dage?" only asks; a recap says the terms
        if phase != "closing":
            if phase not in ("proposal", "objections", "agreement") or before.is_empty():
                return False
            again = before.restated_in(r.mentioned)
            return len(again) >= 4 and len(set(again) & set(MATERIAL_TERMS)) >= 2
        fields = self.state.terms.restated_in(r.mentioned)
        if len(fields) < 3 and any(s.get("question_kind") == "open" for s in r.sentences):
            return False  # "…pantrummet er bagved. Mette, hvem kunne være Saras faste person?"
            # names two terms on the way to a new question; a recap that ends on one ("…
            # otte timer, Susanne, 13 uger. Hvornår kunne det passe at starte?") still says them
        # the deal itself said again, not only its next steps ("Så sender jeg papirerne, og jeg
        # ringer efter to uger" restates the paperwork and the follow-up, not the deal)
        core = set(fields) & set(MATERIAL_TERMS)
        return bool(core) and (len(fields) >= 2 or "summarize" in r.act_set)

    def _said_before(self, text: str) -> bool:
        """The trainee said these words (letter for letter, case and spacing aside) before."""
        said = " ".join(text.lower().split())
        return bool(said) and any(
            " ".join(str(r.get("text", "")).lower().split()) == said
            for r in self.records if r.get("action", "say") == "say"
        )

    # ------------------------------------------------------------------ the clock
    def minutes_left(self) -> float:
        return max(0.0, self.scenario.minutes - self.state.minutes_used)

    def _pressured_lately(self) -> bool:
        """The trainee pressured in this turn or one of the two before it."""
        return any(t > self.state.turn - 3 for t in self.state.pressure_turns)

    def _tick(
        self, text: str, replies: list[dict[str, str]], out: Reaction
    ) -> list[dict[str, str]]:
        """The turn's minutes on the clock; when the meeting's time is used, it ends in character:
        an accepted deal stands, good trust asks for a follow-up, lower trust says goodbye."""
        st = self.state
        st.minutes_used += turn_minutes(text, [x["text"] for x in replies])
        if self.ended or self.minutes_left() > 0:
            return replies
        line = self._close_in_time(out)
        if not line:
            return replies
        for reply in replies:
            if reply["speaker"] == "employer":
                reply["text"] = f"{reply['text']} {line}".strip()
                return replies
        return [{"speaker": "employer", "name": self.persona.name, "text": line}, *replies]

    def _close(self, out: Reaction) -> None:
        """Close the meeting whose deal is sealed."""
        self._closed = True
        out.event("ended", outcome=self.phase)

    def _close_in_time(self, out: Reaction) -> str:
        """End the meeting because its time is used; the employer's closing line."""
        st = self.state
        out.event("time_up", minutes=round(st.minutes_used, 1), trust=st.trust)
        e = self.employer
        if self.sealed:
            self._close(out)
            return e.line("time_over")  # the deal was said yes to already: a goodbye
        if self.terms_accepted() and self.no_open_objections():
            self.trigger("end_meeting")  # the deal is made; the rest goes by mail
            self._closed = True
            return e.line("closing")
        if st.trust >= TIME_UP_GOOD_TRUST:
            self.trigger("time_up")
            return e.line("time_up")
        self.trigger("end_meeting")
        return e.line("time_over")

    def _context(self) -> DialogueContext:
        """What the reader needs of the meeting so far to read the next turn in context."""
        st = self.state
        said = [r for r in self.records if r.get("action") == "say"]
        previous = tuple(said[-1]["acts"]) if said else ()
        introduced = st.citizen_present or any(
            "candidate_pitch" in r["acts"] for r in said
        )
        last = said[-1] if said else {}
        concern = {"objection_raised", "objection_ignored"} & {
            e["type"] for e in last.get("events", ())
        }
        named = names_concern(last.get("sentences", ()))
        last_addressed = str(last.get("addressee") or "employer")
        return DialogueContext(
            phase=self.phase,
            terms_on_table=not st.terms.is_empty(),
            open_objections=len(st.open_objections()),
            previous_acts=previous,
            candidate_introduced=introduced,
            employer_concern=bool(concern),
            concern_named=named,
            last_addressed=last_addressed,
            qualified=frozenset(st.qualified),
            objected_tasks=self._objected_tasks(),
        )

    def _objected_tasks(self) -> tuple[str, ...]:
        """The tasks the citizen objected to in the last reply."""
        said = [r for r in self.records if r.get("action") == "say"]
        return tuple(dict.fromkeys(
            code.partition(":")[2] for e in (said[-1]["events"] if said else ())
            if e["type"] == "citizen_objects" for code in e.get("reasons", ())
            if code.startswith("task_strains:")))

    def end(self) -> dict[str, Any]:
        """The trainee ends the meeting: an agreement if accepted terms are on the table."""
        if self.ended:
            raise MeetingOver(f"the meeting has ended ({self.phase})")
        phase_before = self.phase
        sealed = self.sealed
        self.trigger("end_meeting")
        self._closed = True
        out = Reaction()
        out.event("ended", outcome=self.phase)
        key = ("farewell" if sealed else "closing") if self.phase == "agreement" else (
            "ended_before_citizen" if self.state.company_accepted and self.state.citizen_present
            else "no_deal")
        line = self.employer.line(key)
        replies = [{"speaker": "employer", "name": self.persona.name, "text": line}] if line else []
        if self.phase == "agreement" and self.state.citizen_present and not sealed:
            thanks = self.citizen.line("thanks")  # a sealed deal had their thanks
            if thanks:
                replies.append(self._citizen_reply(thanks))
        record = {
            "n": self.state.turn + 1,
            "action": "end",
            "replies": replies,
            "events": out.events,
            "phase_before": phase_before,
            "phase": self.phase,
            "state": self.state.snapshot(),
        }
        self.records.append(record)
        return record

    # ------------------------------------------------------------------ parts of a turn
    def _put_terms(self, r: Reading, structured: Terms | None, out: Reaction,
                   objected_tasks: tuple[str, ...] = ()) -> bool:
        """Put what the turn proposes on the table; `objected_tasks`: the work the citizen
        said no to in the last reply (what "kun …" takes out)."""
        st = self.state
        new = Terms()
        said = r.terms
        if r.recalls_tasks and st.tasks_named and not said.is_empty():
            # "med de opgaver, vi lige har nævnt": the tasks named before, put on the table
            said = replace(said, tasks=tuple(st.tasks_named))
            out.event("tasks_recalled", tasks=list(st.tasks_named), words=r.recalls_tasks)
        # the work talked of for the candidate, not the company's work asked about before
        # anyone was introduced ("Når dine svende står og sliber, hvad bliver så ikke lavet?")
        for_candidate = (
            st.citizen_present or bool(r.act_set & {"candidate_pitch", "proposal"})
            or any("candidate_pitch" in rec.get("acts", ()) for rec in self.records)
        )
        for task in r.mentioned.tasks if for_candidate else ():
            if task not in st.tasks_named:
                st.tasks_named.append(task)
        for task in {*r.mentioned.without_tasks, *r.takes_off}:
            if task in st.tasks_named:
                st.tasks_named.remove(task)
        if (not said.scheme and not st.terms.scheme and st.scheme_named
                and not said.is_empty() and "proposal" in r.act_set):
            # the scheme offered before ("det er en praktik") is the one these terms are for
            said = replace(said, scheme=st.scheme_named)
        if r.mentioned.scheme and r.certain_set & {"proposal", "offer_support", "business_case"}:
            st.scheme_named = r.mentioned.scheme
        if not said.is_empty() and (
            "proposal" in r.act_set
            or not st.terms.is_empty()
            or said.scheme
            and said.hours_per_week
        ):
            new = said
        # "kun pantrummet og papen" after the citizen's no to the shelves: the work they said no
        # to is out (what else the sentence may have missed is not taken away on its word)
        objected = set(objected_tasks)
        if r.only_tasks and (set(new.tasks) - set(r.only_tasks)) & objected:
            new = replace(new, tasks=tuple(t for t in new.tasks if t in r.only_tasks
                                           or t not in objected))
        off = {*r.takes_off, *(t for t in st.terms.tasks
                               if r.only_tasks and t not in r.only_tasks and t in objected)}
        if off & set(st.terms.tasks):
            # "varepåfyldning er slet ikke med i aftalen", "vi tager det ud", "kun pantrummet
            # og papen": off the table, whatever else the turn does
            new = new.merged(Terms(without_tasks=tuple(t for t in st.terms.tasks if t in off)))
        unsaid = set(r.stated.without_support) & set(st.terms.support)
        if unsaid:
            # "en §56-aftale er ikke nødvendig": support said off in a statement leaves it too
            new = new.merged(Terms(without_support=tuple(sorted(unsaid))))
        if structured is not None:
            new = new.merged(structured)
        if new.is_empty():
            return False
        merged = st.terms.merged(new)
        if st.contact_named and "kontaktperson" not in merged.support and (
                "kontaktperson" not in merged.without_support):
            # the person the employer named for the candidate is part of the deal
            merged = replace(merged, support=(*merged.support, "kontaktperson"))
        if merged == st.terms:
            return False
        changed = [f for f in MATERIAL_TERMS if getattr(merged, f) != getattr(st.terms, f)]
        # a detail filled in where nothing was said yet ("virksomhedspraktik i otte uger" to
        # the hours and tasks said yes to) keeps a yes its party's verdict still gives
        filled = all(getattr(st.terms, f) in (None, ()) for f in changed)
        if changed or set(st.terms.support) - set(merged.support):
            keep = filled and not set(st.terms.support) - set(merged.support)
            st.company_accepted = st.company_accepted and keep and judge_company(
                self.scenario, merged).served
            st.citizen_accepted = st.citizen_accepted and keep and judge_citizen(
                self.scenario, merged).served
        st.terms = merged
        return True

    def _judge_terms(self, r: Reading, terms_changed: bool, out: Reaction) -> str:
        st = self.state
        if st.terms.is_empty() or st.company_accepted:
            return ""  # nothing to judge, or a detail added to a deal already accepted
        asked = bool(r.act_set & COMMIT_ACTS)
        if r.addressee == "citizen" and st.citizen_present and not r.to_both and not (
                asked and self._asks_the_table(r)):
            # "Sara, hvordan lyder det for dig?": the employer listens; it says what it thinks
            # of the terms when it is asked ("… camilla: 12 timer. aftale?" asks everyone)
            return ""
        if not (terms_changed or asked):
            return ""
        if st.open_objections():
            # the open concern comes first: the employer names the support that would settle it,
            # or says the concern again
            return self.employer.condition_for_concern(st, r, out) or (
                self.employer.concern_stands(st, r, out))
        rules = [
            f.code
            for f in judge_jobcentre(self.scenario, st.terms).failures
            if f.code not in PENDING_RULES
        ]
        if terms_changed and rules:
            out.event("jobcentre_rules", reasons=rules)  # the consultant's own side breaks a rule
        verdict = judge_company(self.scenario, st.terms)
        trust = st.trust + out.trust_delta
        reaction, line = self.employer.verdict_line(verdict, trust, st, r.mentioned)
        st.company_accepted = reaction == "accept"
        if st.condition is not None and st.condition.turn == st.turn and not st.condition.concern:
            out.event("condition_set", support=list(st.condition.support))
        out.event(
            "terms_verdict",
            party="company",
            reaction=reaction,
            reasons=[f.code for f in verdict.failures],
        )
        return line

    def _note_contact(self, said: str, asked: bool) -> None:
        """The employer named the candidate's person at work, in whatever line ("Susanne, min
        souschef, kunne godt være hendes faste person"), or in answer to who it would be: the
        contact is part of the deal, not a price to ask for again. A name in other talk ("Der
        har Susanne morgenvagten") names no one for the candidate."""
        st = self.state
        if st.contact_name or not (asked or _AS_CONTACT.search(said)):
            return
        found = [(m.start(), n) for n in self._contacts
                 if (m := re.search(rf"\b{re.escape(n)}\b", said))]
        if found:
            st.name_contact(min(found)[1])  # the first named

    def _asks_the_table(self, r: Reading) -> bool:
        """The turn's last request for a decision names nobody: "… Start tirsdag om 14 dage,
        13 uger. Aftale?" is put to everyone, "Sara, hvad siger du til det?" to Sara."""
        asking = [x for x in r.sentences if COMMIT_ACTS & set(x.get("acts", ()))]
        if not asking:
            return False
        last = normalize(asking[-1]["text"])
        return not self._names_citizen.search(last) and not speaks_to_one(last)

    def _citizen(
        self, r: Reading, to_citizen: bool, terms_changed: bool, out: Reaction
    ) -> list[str]:
        st = self.state
        if not st.citizen_present:
            return []
        objected = bool(self.records) and any(
            e["type"] == "citizen_objects" for e in self.records[-1]["events"]
        )
        reaction = self.citizen.react(r, st.terms, to_citizen, terms_changed, objected)
        out.events.extend(reaction.events)
        if reaction.accepted is not None:
            st.citizen_accepted = reaction.accepted
            if reaction.accepted and st.terms.consent is None:
                st.terms = replace(st.terms, consent=True)
        return reaction.lines

    def _fire_events(self, r: Reading, terms_changed: bool, out: Reaction) -> None:
        st = self.state
        pers = self.persona.personality
        triggers: list[str] = []
        if r.act_set & EXPLORE_ACTS:
            triggers.append("explore")
        for kind in ("need_revealed", "objection_raised", "objections_cleared"):
            if out.has(kind):
                triggers.append(kind)
        if terms_changed:
            triggers.append("propose")
        self._fire(triggers, out)
        self._fire_agreement(r, out)
        if (st.trust <= pers.walkout_trust or st.patience <= 0) and self.sealed:
            # the deal is made: out of patience, the employer wraps up, it does not walk out
            self._close(out)
            out.fragments.append(self.employer.line("time_over"))
            return
        if st.trust <= pers.walkout_trust or st.patience <= 0:
            if st.trust >= TIME_UP_GOOD_TRUST and not self._pressured_lately():
                # out of patience, not of trust: the employer asks to take the rest later
                out.event("time_up", minutes=round(st.minutes_used, 1), trust=st.trust)
                self._fire(["time_up"], out)
                return
            out.event("walkout", trust=st.trust, patience=st.patience)
            self._fire(["walk_out"], out)

    def _fire_agreement(self, r: Reading, out: Reaction) -> None:
        if self.terms_accepted():
            self._fire(["accept"], out)
            # a bare question to the citizen gets her yes ("Sara, hvad siger du til det?"); the
            # deal is sealed with the table ("Så har vi en aftale?") or by the next steps
            asked_her = (r.addressee == "citizen" and out.has("citizen_agrees")
                         and "next_steps" not in r.act_set)
            # agreeing the start seals it too ("Super. Start mandag i næste uge kl. 8")
            seals = bool(r.act_set & COMMIT_ACTS) or bool(r.mentioned.start)
            # asking what still worries someone opens the deal up, it seals nothing ("Jørgen,
            # hvad er du mest bekymret for – sig det med dine egne ord?")
            # nor does a question that asks for more ("Mette, hvornår kunne det passe at
            # starte?"): the deal waits for the answer
            asks_more = any(x.get("question_kind") == "open" for x in r.sentences) or (
                out.has("citizen_answered"))  # a question the citizen answered waits too
            if seals and not asked_her and not r.asks_for_concerns and not asks_more and (
                    self.phase != Phase.AGREEMENT):
                self._fire(["commit"], out)
                if self.phase == Phase.AGREEMENT:
                    out.event("deal_sealed")

    def _fire(self, triggers: list[str], out: Reaction) -> None:
        st = self.state
        for trigger in triggers:
            if self.ended:
                return
            if getattr(self, f"may_{trigger}")():
                self.trigger(trigger)
            if not st.citizen_present and self.citizen.joins_at(self.phase) and (
                st.citizen_known or self._introduced
            ):
                # the deal's part has come, and the trainee has said who it is about: nobody
                # asks a citizen in that no one has mentioned
                st.citizen_present = True
                out.event("citizen_joined")

    def _citizen_yes_missing(self, out: Reaction) -> bool:
        """The company has just said yes, the citizen sits at the table and has neither said
        yes nor raised anything this turn."""
        st = self.state
        return st.citizen_yes_awaited and not (
            out.has("citizen_objects") or out.has("citizen_pressured")
        ) and not (st.citizen_asked_turn is not None and st.turn - st.citizen_asked_turn <= 2)

    def _citizen_reply(self, text: str) -> dict[str, str]:
        return {"speaker": "citizen", "name": self.scenario.citizen.name, "text": text}

    def _compose(
        self,
        r: Reading,
        out: Reaction,
        verdict_line: str,
        citizen_lines: list[str],
        to_citizen: bool,
    ) -> list[dict[str, str]]:
        st = self.state
        e = self.employer
        if self.phase == "walkout":
            lines = [e.line("walkout")]
        elif self.phase == "follow_up":
            lines = [*out.fragments, e.line("time_up")]
        else:
            lines = list(out.fragments)
            fetched = out.has("citizen_joined") and not r.invites_citizen
            # the closing line says yes to it: not a yes, then a closing (a verdict line with
            # the company's yes is this turn's acceptance: `_judge_terms` says nothing on a deal
            # already accepted)
            sealed = out.has("deal_sealed")
            closes = sealed and (
                out.has("condition_accepted") or bool(verdict_line) and st.company_accepted
            )
            # a concern answered this turn says the yes already ("Ja, det er jo også en måde at
            # få flere hænder på"): no second yes after it
            said_yes = out.has("objection_handled") and st.company_accepted
            if verdict_line and not closes and not said_yes:
                lines.append(verdict_line)
                if st.company_accepted and r.asks_when_to_start and not st.terms.start:
                    lines.append(e.start_line(st))  # "… Hvornår kunne det passe?" answered
                if self._citizen_yes_missing(out) and not fetched:
                    lines.append(e.line("ask_citizen"))  # her yes is hers to give, in words
                    st.citizen_asked_turn = st.turn
            if sealed:
                lines.append(e.line("closing"))  # the deal is the answer to whatever was said
            elif out.has("deal_confirmed") and not verdict_line and not out.has(
                "objection_raised"
            ):  # a new worry is no "Ja. Det er det, vi siger."
                lines.append(e.line("confirmed"))
                if r.asks_when_to_start and not r.terms.start:
                    lines.append(e.start_line(st))  # the recap's own question answered
                elif r.asks_for_concerns:
                    lines.append(e.line("no_concerns"))  # "… er der noget, du er bekymret for?"
            elif r.invites_citizen and out.has("citizen_joined") and not verdict_line:
                lines.append(e.line("let_in"))
            if fetched:
                # the deal's part of the meeting has come: the employer asks the citizen in, who
                # hears the terms when the trainee puts them to them
                # by name once the trainee has named them; else as the one the deal is for
                lines.append(e.line("fetch_waiting" if self._waiting and st.citizen_known
                                    else "fetch_citizen" if st.citizen_known
                                    else "fetch_unnamed_citizen"))
            elif not lines and not to_citizen:
                lines.append(e.generic_line(st, r, out))
                if out.has("employer_asks_citizen"):  # "Ja. Hvad har du lavet før?"
                    citizen_lines = [self.citizen.answer_to(lines[-1], out.events)]
            for state in self._entered:
                extra = next((x for x in self.scenario.machine.states if x.name == state), None)
                if extra and extra.lines:
                    lines.append(e.pick.pick(extra.lines))
            time_short = self.minutes_left() <= TIME_LOW_MINUTES and not st.time_warned
            if (
                not self.ended
                and (0 < st.patience <= LOW_PATIENCE or time_short)
                and "patience_low" in self.persona.lines
            ):
                lines.append(e.line("patience_low"))
                st.time_warned = st.time_warned or time_short
        replies = []
        # it has not heard who the candidate is yet: "vedkommende", except where it tells of
        # its own people
        text = " ".join(
            x if st.citizen_known else neutral_pronouns(x, self._pronouns, x in out.of_others)
            for x in lines if x
        )
        if text:
            replies.append({"speaker": "employer", "name": self.persona.name, "text": text})
            self._note_contact(text, asked=out.has("contact_named"))
        if out.has("citizen_joined"):
            replies.append(self._citizen_reply(self.citizen.line("greeting")))
        for line in citizen_lines:
            if line:
                replies.append(self._citizen_reply(line))
        if out.has("deal_sealed") and st.citizen_present and not any(citizen_lines):
            # their thanks, unless their yes this turn said it ("Ja tak. Det glæder jeg mig til")
            thanks = self.citizen.line("thanks")
            if thanks:
                replies.append(self._citizen_reply(thanks))
        return replies

    def _record(
        self,
        text: str,
        terms: Terms | None,
        to: str | None,
        r: Reading,
        out: Reaction,
        replies: list[dict[str, str]],
        phase_before: str,
        context: DialogueContext,
    ) -> dict[str, Any]:
        record: dict[str, Any] = {
            "n": self.state.turn,
            "action": "say",
            "text": text,
        }
        if terms is not None:
            record["form_terms"] = terms.to_dict()
        if to is not None:
            record["to"] = to
        record.update(
            {
                "addressee": r.addressee,
                "context": context.to_record(),
                "acts": list(r.acts),
                "sentences": list(r.sentences),
                "topics": {k: {"phrase": h.phrase, "words": h.words} for k, h in r.topics.items()},
                "terms_said": r.terms.to_dict() if not r.terms.is_empty() else None,
                "terms_evidence": dict(r.extraction.evidence),
                "replies": replies,
                "events": out.events,
                "phase_before": phase_before,
                "phase": self.phase,
                "state": self.state.snapshot(),
            }
        )
        self.records.append(record)
        return record


# The employer's words that make a name the candidate's person: "kunne godt være hendes faste
# person", "tager imod hende", "lærer ham op"
_AS_CONTACT = re.compile(
    r"\b(?:fast\w*\s+(?:person|kontakt\w*|makker)|kontaktperson\w*|mentor\w*|tovholder\w*"
    r"|tage[rs]?\s+imod|tage[rs]?\s+sig\s+af|lære[rs]?\s+(?:hende|ham|vedkommende)\s+op"
    r"|vise[rs]?\s+(?:hende|ham|vedkommende)|gå\s+til|contact|mentor|look\s+after|show\s+(?:her|him))",
    re.IGNORECASE,
)
_NOT_NAMES = frozenset({"Ja", "Nej", "Okay", "Godt", "Fint", "Tja", "Hm", "Jo", "Yes", "No"})


def contact_names(lines: Iterable[str], others: Iterable[str]) -> frozenset[str]:
    """The names in a persona's contact_person lines: a capitalised word inside a sentence ("Det
    kunne være Susanne"), or standing alone before a comma or stop ("Bent. Han har …")."""
    names: set[str] = set()
    for line in lines:
        for m in re.finditer(r"[A-ZÆØÅ][a-zæøå]+", line):
            before = line[: m.start()].rstrip()
            starts = not before or before.endswith((".", "!", "?", "–", ":"))
            if not starts or line[m.end(): m.end() + 1] in (",", "."):
                names.add(m.group(0))
    return frozenset(names - _NOT_NAMES - set(others))

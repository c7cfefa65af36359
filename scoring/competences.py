"""The five competences, each scored 0–100 from what the transcript shows, with its evidence."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from scoring.card import Item
from sim.agreement import Terms
from sim.content.models import Scenario
from sim.judge import coverable_needs, needs_covered
from sim.reading.registry import PITCH_ACTS, QUESTION_ACTS

# The terms that make a proposal what it is: changing one adapts the proposal.
MATERIAL_KEYS = ("scheme", "hours_per_week", "weeks", "days", "times", "tasks", "without_tasks",
                 "support")
# What a party's reason for saying no asks to change (by the reason code's start); a reason not
# named here is met by a change to any material term.
REASON_TERMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("scheme_", ("scheme",)),
    ("fleksjob_", ("scheme",)),
    ("hours_", ("hours_per_week", "days", "times")),
    ("trial_hours_", ("hours_per_week", "days", "times")),
    ("tasks_", ("tasks", "without_tasks")),
    ("task_", ("tasks", "without_tasks")),
    ("needs_not_covered", ("tasks", "without_tasks")),
    ("too_long", ("weeks",)),
    ("trial_too_long", ("weeks",)),
    ("trial_length_", ("weeks",)),
    ("subsidy_too_long", ("weeks",)),
    ("support_missing", ("support",)),
)


@dataclass(frozen=True)
class Facts:
    """What scoring reads from a transcript, in one pass."""

    says: tuple[dict[str, Any], ...]  # the trainee's turns (action "say")
    events: tuple[tuple[int, dict[str, Any]], ...]  # (turn, event) for every event
    outcome: dict[str, Any]
    agreement: bool
    follow_up: bool = False  # out of time at good trust: a follow-up is agreed, not a deal

    @classmethod
    def of(cls, transcript: dict[str, Any]) -> Facts:
        turns = transcript["turns"]
        return cls(
            says=tuple(t for t in turns if t["action"] == "say"),
            events=tuple((t["n"], e) for t in turns for e in t.get("events", [])),
            outcome=transcript["outcome"],
            agreement=transcript["outcome"]["phase"] == "agreement",
            follow_up=transcript["outcome"]["phase"] == "follow_up",
        )

    def turns_with(self, act: str) -> list[int]:
        """Turns whose words carry the act: a sentence that reads so by a rule, not a guess of
        the act model (an uncertain reading neither earns nor costs), or the turn's own act
        where no sentence carries it (terms sent with the form are a proposal)."""
        return [t["n"] for t in self.says if act in t["acts"] and _said(t, act)]

    def summary_turns(self) -> list[int]:
        """Turns that sum up: a summary read by a rule, or a recap of the deal that restates
        its terms ("Så aftalen er: …", the engine's deal_confirmed)."""
        return sorted({*self.turns_with("summarize"), *self.event_turns("deal_confirmed")})

    def figure_turns(self) -> list[int]:
        """Turns that argue with figures: the words carry an amount whatever act was guessed."""
        return [t["n"] for t in self.says
                if any(argues_with_figures(x) for x in t.get("sentences", []))]

    def guessed_turns(self, act: str) -> list[int]:
        """Turns where the act rests only on the act model's guess: shown, not counted."""
        return [t["n"] for t in self.says if act in t["acts"] and not _said(t, act)]

    def event_turns(self, kind: str, **match: Any) -> list[int]:
        return [
            n
            for n, e in self.events
            if e["type"] == kind and all(e.get(k) == v for k, v in match.items())
        ]

    def turn(self, n: int) -> dict[str, Any] | None:
        """The trainee's turn `n`, if it was one."""
        return next((t for t in self.says if t["n"] == n), None)

    def events_on(self, n: int, kind: str, **match: Any) -> list[dict[str, Any]]:
        """The events of `kind` on turn `n` whose fields match."""
        return [
            e for m, e in self.events
            if m == n and e["type"] == kind and all(e.get(k) == v for k, v in match.items())
        ]

    def terms_changed(self, n: int) -> list[str]:
        """The material terms turn `n` put on the table or changed (the terms on the table after
        it against those before it)."""
        before: dict[str, Any] = {}
        for t in self.says:
            after = (t.get("state") or {}).get("terms") or {}
            if t["n"] == n:
                return [k for k in MATERIAL_KEYS if after.get(k) and after.get(k) != before.get(k)]
            before = after
        return []

    def adapted(self, n: int) -> list[str]:
        """The terms turn `n` changed that answer a reason a party gave for saying no earlier
        (a counter of the company's, an objection of the citizen's): the proposal adapted to
        what they said, not the same terms again or a change of something nobody asked for."""
        reasons = [r for m, e in self.events if m < n
                   and (e["type"] == "terms_verdict" and e.get("reaction") == "counter"
                        or e["type"] == "citizen_objects")
                   for r in e.get("reasons") or ["?"]]
        asked = {k for r in reasons if not r.startswith("support_missing:")
                 for k in next((keys for start, keys in REASON_TERMS if r.startswith(start)),
                               MATERIAL_KEYS)}
        turn = self.turn(n) or {}
        support = set(((turn.get("state") or {}).get("terms") or {}).get("support") or ())
        if any(r.partition(":")[2] in support for r in reasons
               if r.startswith("support_missing:")):
            asked.add("support")  # the support the company asked for is offered now
        return [k for k in self.terms_changed(n) if k in asked]

    def questions(self) -> list[tuple[int, dict[str, Any]]]:
        """The sentences that ask the employer something, read from the words: a question act
        ("Hvad med 20 timer om ugen?" is a proposal in question form, not a question)."""
        return [
            (t["n"], s)
            for t in self.says
            for s in t.get("sentences", [])
            if QUESTION_ACTS & (set(s["acts"]) - set(s.get("guessed", [])))
        ]


# An amount of money, time or share: "15.000 kroner om ugen", "25 timer", "en fjerdedel", "9 %"
FIGURE = re.compile(
    r"\b(?:\d[\d.,]*\s*(?:kr\.?|kroner|dkk|mio\.?|millioner|million|tusind|timer|time|procent"
    r"|%|uger|måneder|hours?|weeks?|pounds|euros?)|(?:en|et)\s+(?:fjerdedel|tredjedel|halvdel)"
    r"|\d[\d.,]*\s+(?:om|i|pr\.?|a|per)\s+(?:ugen|dagen|måneden|året|timen|week|day|month"
    r"|year|hour)|(?:en|to|tre|fire|fem|\d+)\s+million\w*"
    r"|(?:halv|hel)\s+million|(?:tusind|hundrede)\s+kroner|a\s+(?:quarter|third|half)\s+of)\b",
    re.IGNORECASE,
)
ARGUING = frozenset({"business_case", "evidence"})


def argues_with_figures(sentence: dict[str, Any]) -> bool:
    """A sentence read as an argument or a case that puts a figure on it ("ti montører, fem dage
    – så er det 25 timer om ugen … tæt på 15.000 kroner")."""
    return bool(ARGUING & set(sentence.get("acts", []))) and bool(
        FIGURE.search(sentence.get("text", "")))


def _said(turn: dict[str, Any], act: str) -> bool:
    sentences = [x for x in turn.get("sentences", []) if act in x.get("acts", [])]
    return not sentences or any(act not in x.get("guessed", []) for x in sentences)


def _uncertain(f: Facts, act: str, lang: str) -> str:
    """A note on readings of the act that were only guessed, so they did not count."""
    turns = f.guessed_turns(act)
    if not turns:
        return ""
    where = ", ".join(map(str, turns))
    if lang == "da":
        return f" (usikker læsning i tur {where} tæller ikke)"
    return f" (uncertain reading in turn {where} does not count)"


def _unsure(code: str, f: Facts, act: str, da: str, en: str) -> Item:
    """An item whose only evidence is the act model's guess (`act` in no sentence by a rule): shown
    as uncertain, with the turns, and it neither earns nor costs (out of the total)."""
    turns = f.guessed_turns(act)
    where = ", ".join(map(str, turns))
    return Item(code, 0, 0, tuple(turns),
                f"Usikker: {da} – kun et gæt i tur {where}, tæller hverken med eller imod",
                f"Uncertain: {en} – only a guess in turn {where}, counts neither way",
                shown=False)


def _capped(turns: list[int], each: int, cap: int) -> int:
    return max(-cap, -each * len(turns))


def _item(code: str, points: int, max_: int, turns: list[int], da: str, en: str) -> Item:
    return Item(code, points, max_, tuple(sorted(set(turns))), da, en)


def _not_shown(code: str, turns: list[int], da: str, en: str) -> Item:
    """An item the meeting gave no chance to show: no points either way (out of the total)."""
    return Item(code, 0, 0, tuple(sorted(set(turns))), f"Ikke vist: {da}", f"Not shown: {en}",
                shown=False)


def _deal_only(f: Facts, item: Item, da: str, en: str) -> Item:
    """An item that counts only when the meeting ended in an agreement; else not shown, with
    why (`da`, `en`)."""
    return item if f.agreement else _not_shown(item.code, list(item.turns), da, en)


def _times(n: int, lang: str) -> str:
    """'1 gang', '2 gange'; '1 time', '2 times'."""
    if lang == "da":
        return f"{n} gang" if n == 1 else f"{n} gange"
    return "once" if n == 1 else f"{n} times"


def meeting_leadership(f: Facts, s: Scenario) -> list[Item]:
    items = []
    greet = [n for n in f.turns_with("greeting") if n <= 2]
    items.append(
        _item(
            "greeting",
            10 if greet else 0,
            10,
            greet,
            "Hilste og åbnede mødet" if greet else "Ingen hilsen ved mødets start",
            "Greeted and opened the meeting" if greet else "No greeting at the start",
        )
    )
    agenda = f.turns_with("agenda")
    early = [n for n in agenda if n <= 3]
    pts = 30 if early else 15 if agenda else 0
    items.append(
        _unsure("agenda", f, "agenda", "dagsorden", "an agenda")
        if not agenda and f.guessed_turns("agenda") else _item(
            "agenda",
            pts,
            30,
            early or agenda,  # the early turn earned it; a later agenda adds nothing
            "Satte formål og dagsorden tidligt"
            if early
            else "Satte dagsorden, men sent"
            if agenda
            else "Ingen dagsorden eller formål for mødet",
            "Set the purpose and agenda early"
            if early
            else "Set an agenda, but late"
            if agenda
            else "No agenda or purpose for the meeting",
        )
    )
    summaries = f.summary_turns()
    pts = 25 if len(summaries) >= 2 else 12 if summaries else 0
    items.append(
        _unsure("summaries", f, "summarize", "opsummering", "a summary")
        if not summaries and f.guessed_turns("summarize") else _item(
            "summaries",
            pts,
            25,
            summaries,
            (f"Opsummerede {_times(len(summaries), 'da')}" if summaries else "Opsummerede ikke")
            + _uncertain(f, "summarize", "da"),
            (f"Summarised {_times(len(summaries), 'en')}" if summaries else "Did not summarise")
            + _uncertain(f, "summarize", "en"),
        )
    )
    steps = f.turns_with("next_steps")
    pts = 25 if steps and f.agreement else 15 if steps else 0
    items.append(
        _unsure("next_steps", f, "next_steps", "næste skridt", "next steps")
        if not steps and f.guessed_turns("next_steps") else _item(
            "next_steps",
            pts,
            25,
            steps,
            ("Aftalte næste skridt" if steps and f.agreement
             else "Lagde næste skridt frem, men der kom ingen aftale" if steps
             else "Ingen aftale om næste skridt")
            + _uncertain(f, "next_steps", "da"),
            ("Agreed next steps" if steps and f.agreement
             else "Put next steps forward, but no deal was made" if steps
             else "No next steps agreed")
            + _uncertain(f, "next_steps", "en"),
        )
    )
    asks = f.turns_with("ask_commitment")
    items.append(
        _unsure("commitment", f, "ask_commitment", "bad om en beslutning", "asked for a decision")
        if not asks and f.guessed_turns("ask_commitment") else _item(
            "commitment",
            10 if asks else 0,
            10,
            asks,
            "Bad om en beslutning" if asks else "Bad aldrig om en beslutning",
            "Asked for a decision" if asks else "Never asked for a decision",
        )
    )
    idle = [t["n"] for t in f.says if t["acts"] == ["other"]]
    if len(idle) > 2:
        items.append(
            _item(
                "off_topic",
                _capped(idle[2:], 5, 15),
                0,
                idle,
                "Replikker uden retning",
                "Turns without direction",
            )
        )
    return items


def needs_discovery(f: Facts, s: Scenario) -> list[Item]:
    items = []
    needs = f.outcome["needs"]
    revealed = {k: v for k, v in needs.items() if v["revealed_turn"]}
    total = len(needs) or 1
    titles = {n.id: n.title for n in s.needs}
    items.append(
        _item(
            "needs_uncovered",
            round(50 * len(revealed) / total),
            50,
            [v["revealed_turn"] for v in revealed.values()],
            f"Afdækkede {len(revealed)} af {len(needs)} behov: "
            + ", ".join(titles.get(k, k) for k in revealed)
            if revealed else f"Afdækkede ingen af de {len(needs)} behov",
            f"Uncovered {len(revealed)} of {len(needs)} needs: "
            + ", ".join(titles.get(k, k) for k in revealed)
            if revealed else f"Uncovered none of the {len(needs)} needs",
        )
    )
    questions = f.questions()
    open_q = [n for n, q in questions if "open_question" in q["acts"]]
    ratio = len(open_q) / len(questions) if questions else 0.0
    items.append(
        _item(
            "open_questions",
            round(15 * ratio),
            15,
            open_q,
            (f"{len(open_q)} af {len(questions)} spørgsmål var "
             + ("åbent" if len(open_q) == 1 else "åbne")) if questions
            else "Stillede ingen spørgsmål",
            (f"{len(open_q)} of {len(questions)} "
             + ("question was open" if len(questions) == 1 else
                "questions was open" if len(open_q) == 1 else "questions were open"))
            if questions else "Asked no questions",
        )
    )
    deep = [n for n, q in questions if q.get("spin") in ("implication", "need_payoff")]
    pts = 15 if len(deep) >= 2 else 8 if deep else 0
    items.append(
        _item(
            "implication_questions",
            pts,
            15,
            deep,
            f"{len(deep)} implikations- eller behovsspørgsmål (SPIN)" if deep
            else "Ingen implikations- eller behovsspørgsmål (SPIN)",
            f"{len(deep)} implication or need-payoff question{'s' if len(deep) != 1 else ''}"
            " (SPIN)" if deep else "No implication or need-payoff questions (SPIN)",
        )
    )
    summaries = f.summary_turns()
    items.append(
        _item(
            "checked_understanding",
            10 if summaries else 0,
            10,
            summaries,
            "Tjekkede sin forståelse med en opsummering"
            if summaries
            else "Tjekkede aldrig sin forståelse",
            "Checked understanding with a summary" if summaries else "Never checked understanding",
        )
    )
    pitches = [t["n"] for t in f.says if PITCH_ACTS & set(t["acts"])]
    first_reveal = min((v["revealed_turn"] for v in revealed.values()), default=None)
    asked_first = bool(pitches) and first_reveal is not None and pitches[0] > first_reveal
    if not pitches:  # nothing pitched yet: neither credit nor blame for the order
        pts, da, en = (
            5,
            "Kandidat og ordninger kom ikke på bordet",
            "The candidate and schemes never came up",
        )
    elif asked_first:
        pts, da, en = (
            10,
            "Spurgte ind, før kandidat og ordninger kom på bordet",
            "Asked before pitching the candidate or schemes",
        )
    else:
        pts, da, en = (
            0,
            "Præsenterede kandidat eller ordninger, før behovet var afdækket",
            "Pitched the candidate or schemes before uncovering a need",
        )
    items.append(_item("asked_before_pitching", pts, 10, pitches[:1], da, en))
    early = f.event_turns("early_pitch")
    if early:
        items.append(
            _item(
                "early_pitch",
                _capped(early, 5, 15),
                0,
                early,
                "Pitch før behovsafdækning",
                "Pitching before discovery",
            )
        )
    return items


def handling_resistance(f: Facts, s: Scenario) -> list[Item]:
    items = []
    titles = {o.id: o.title for o in s.objections}
    raised = {k: v for k, v in f.outcome["objections"].items() if v["raised_turn"]}
    preempted = {k: v for k, v in f.outcome["objections"].items() if v.get("preempted_turn")}
    for oid, o in preempted.items():
        title = titles.get(oid, oid)
        if o.get("preempted_by") == "terms":
            # only the tasks or terms proposed kept it from coming up: no handling to credit
            items.append(_not_shown(
                f"preempted:{oid}", [o["preempted_turn"]],
                f"{title} – kom aldrig op, fordi forslagets vilkår svarede på den",
                f"{title} – never came up, because the terms proposed answered it"))
            continue
        items.append(
            _item(
                f"preempted:{oid}",
                10,
                10,
                [o["preempted_turn"]],
                f"{title}: imødekommet, før den blev rejst",
                f"{title}: answered before it was raised",
            )
        )
    if not raised and not preempted:
        # no resistance met: earned when the meeting got to the terms, where resistance shows
        reached_terms = any(t.get("terms_said") or t.get("form_terms") for t in f.says)
        items.append(
            _item(
                "no_objections",
                85 if reached_terms else 50,
                100,
                [],
                "Arbejdsgiveren rejste ingen indvendinger, heller ikke da vilkårene kom på bordet"
                if reached_terms
                else "Mødet nåede aldrig dertil, hvor indvendingerne kommer",
                "The employer raised no objections, not even when terms were put forward"
                if reached_terms
                else "The meeting never got to where objections come up",
            )
        )
    share = 100 // len(raised) if raised else 0
    for oid, o in raised.items():
        # earned on the trainee's turns that took it up; a concern never taken up is lost on
        # the turn that brought it up
        turns = [
            t for t in (o["acknowledged_turn"], o["explored_turn"], o["handled_turn"]) if t
        ] or [o["raised_turn"]]
        title = titles.get(oid, oid)
        if o["handled_turn"] and o["quality"] == "full":
            pts, da, en = (
                share,
                "anerkendt, udforsket og besvaret",
                "acknowledged, explored, answered",
            )
        elif o["handled_turn"] and o["quality"] == "conceded":
            pts, da, en = (
                round(share * 0.4),
                "løst ved at sige ja til arbejdsgiverens egen betingelse",
                "settled by agreeing to the employer's own condition",
            )
        elif o["handled_turn"]:
            pts, da, en = (
                round(share * 0.6),
                "besvaret uden at anerkende eller udforske først",
                "answered without acknowledging or exploring first",
            )
        elif o["acknowledged_turn"] or o["explored_turn"]:
            pts, da, en = (
                round(share * 0.25),
                "anerkendt, men ikke besvaret",
                "acknowledged but not answered",
            )
        else:
            pts, da, en = 0, "ikke håndteret", "not handled"
        items.append(
            _item(f"objection:{oid}", pts, share, turns, f"{title}: {da}", f"{title}: {en}")
        )
    pressure = f.turns_with("pressure")
    if pressure:
        items.append(
            _item(
                "pressure",
                _capped(pressure, 15, 45),
                0,
                pressure,
                "Pres, moralisering eller afvisning af bekymringen",
                "Pressure, moralising or dismissing the concern",
            )
        )
    yes_but = f.event_turns("yes_but")
    if yes_but:
        items.append(
            _item(
                "yes_but",
                _capped(yes_but, 10, 30),
                0,
                yes_but,
                '"Ja, men" – bekymringen blev afvist',
                '"Yes, but" – the concern was brushed aside',
            )
        )
    mishandled = f.event_turns("objection_mishandled")
    if mishandled:
        items.append(
            _item(
                "mishandled",
                _capped(mishandled, 10, 30),
                0,
                mishandled,
                "Indvendinger mødt med modargumenter i stedet for forståelse",
                "Objections met with counter-arguments instead of understanding",
            )
        )
    return items


def business_understanding(f: Facts, s: Scenario) -> list[Item]:
    items = []
    tied = f.event_turns("business_case_on_need")
    pts = 40 if len(tied) >= 2 else 25 if tied else 0
    items.append(
        _item(
            "business_case_on_needs",
            pts,
            40,
            tied,
            (f"{len(tied)} argument" + ("" if len(tied) == 1 else "er")
             + " i virksomhedens sprog, knyttet til dens behov") if tied
            else "Ingen argumenter i virksomhedens sprog, knyttet til dens behov",
            (f"{len(tied)} argument" + ("" if len(tied) == 1 else "s")
             + " in the company's terms, tied to its needs") if tied
            else "No arguments in the company's terms tied to its needs",
        )
    )
    # a case, or the company's own figures put to work ("så er det tæt på 15.000 kroner om ugen")
    evidence = sorted(set(f.turns_with("evidence")) | set(f.figure_turns()))
    pts = 20 if len(evidence) >= 2 else 12 if evidence else 0
    items.append(
        _unsure("evidence", f, "evidence", "eksempler eller tal", "cases or figures")
        if not evidence and f.guessed_turns("evidence") else _item(
            "evidence",
            pts,
            20,
            evidence,
            (f"Underbygget med eksempler eller tal {_times(len(evidence), 'da')}" if evidence
             else "Ingen eksempler eller tal") + _uncertain(f, "evidence", "da"),
            (f"Backed by cases or figures {_times(len(evidence), 'en')}" if evidence
             else "No cases or figures") + _uncertain(f, "evidence", "en"),
        )
    )
    # needs a task can meet, of those the trainee uncovered (some needs no task meets)
    coverable = coverable_needs(s)
    revealed = [k for k, v in f.outcome["needs"].items() if v["revealed_turn"] and k in coverable]
    covered = needs_covered(s, Terms.from_dict(f.outcome["terms"]))
    hit = [n for n in revealed if n in covered]
    proposal_turns = [t["n"] for t in f.says if t.get("terms_said") or t.get("form_terms")]
    if not f.agreement:
        # a deal's tasks count only for a deal: without one, neither credit nor blame here
        items.append(_not_shown("deal_meets_needs", proposal_turns,
                                "der blev ingen aftale, så opgavernes dækning tæller ikke",
                                "there was no agreement, so the tasks' coverage does not count"))
    elif not revealed:
        items.append(_not_shown("deal_meets_needs", proposal_turns,
                                "ingen afdækkede behov, som opgaver kan løse",
                                "no uncovered needs that tasks can meet"))
    else:
        items.append(
            _item(
                "deal_meets_needs",
                round(40 * len(hit) / len(revealed)),
                40,
                proposal_turns,
                f"Aftalens opgaver dækker {len(hit)} af de {len(revealed)} afdækkede behov, "
                "som opgaver kan løse",
                f"The deal's tasks meet {len(hit)} of the {len(revealed)} uncovered needs that "
                "tasks can meet",
            )
        )
    return items


def negotiation(f: Facts, s: Scenario, parties: dict[str, dict[str, Any]]) -> list[Item]:
    items = []
    end = [t["n"] for t in f.says][-1:] if f.says else []
    if f.agreement and not f.outcome["terms"].get("start"):
        # a deal with no start date is not yet concrete: when she comes is left to a later call
        pts, da, en = (25, "Mødet endte med en aftale, men uden en startdato",
                       "The meeting ended in an agreement, but with no start date")
    elif f.agreement:
        pts, da, en = 30, "Mødet endte med en aftale", "The meeting ended in an agreement"
    elif f.follow_up:  # the time ran out at good trust: half-way, a follow-up instead of a deal
        pts, da, en = (15, "Tiden løb ud, men arbejdsgiveren vil følge op (ingen aftale endnu)",
                       "Time ran out, but the employer wants to follow up (no deal yet)")
    else:
        pts, da, en = 0, "Ingen aftale", "No agreement"
    items.append(_item("agreement", pts, 30, end, da, en))
    names = {
        "company": ("virksomheden", "the company"),
        "citizen": ("borgeren", "the citizen"),
        "jobcentre": ("jobcentret", "the jobcentre"),
    }
    for party, verdict in parties.items():
        da, en = names[party]
        served = f.agreement and verdict["served"]
        items.append(_deal_only(f, _item(
            f"serves:{party}",
            15 if served else 0,
            15,
            end,
            f"Aftalen tjener {da}" if served else f"Aftalen tjener ikke {da}",
            f"The deal serves {en}" if served else f"The deal does not serve {en}",
        ), f"der blev ingen aftale, der kunne tjene {da}",
            f"there was no agreement to serve {en}"))
    proposals = [t["n"] for t in f.says if t.get("terms_said") or t.get("form_terms")]
    setbacks = f.event_turns("terms_verdict", reaction="counter") + f.event_turns("citizen_objects")
    # adapted: terms put forward that change what a party said no to (the same terms said again,
    # or a change nobody asked for, adapt nothing)
    revised = [n for n in proposals if f.adapted(n)]
    landed = f.agreement and not setbacks
    pts = 15 if revised or landed else 5 if proposals else 0
    items.append(
        _item(
            "options",
            pts,
            15,
            revised or proposals,
            "Tilpassede forslaget efter modparternes svar"
            if revised
            else "Forslaget ramte alle tre parters interesser første gang"
            if landed
            else "Lagde konkrete vilkår frem, men tilpassede dem ikke"
            if proposals
            else "Lagde aldrig konkrete vilkår frem",
            "Adjusted the proposal to the other parties' answers"
            if revised
            else "The first proposal met all three parties' interests"
            if landed
            else "Put concrete terms forward but did not adjust them"
            if proposals
            else "Never put concrete terms forward",
        )
    )
    confirmed = f.event_turns("deal_confirmed")
    items.append(_deal_only(f, _item(
        "deal_confirmed",
        10 if confirmed else 0,
        10,
        confirmed or end,
        "Bekræftede aftalen ved at gentage vilkårene"
        if confirmed else "Gentog ikke vilkårene, før aftalen blev indgået",
        "Confirmed the deal by restating its terms"
        if confirmed else "Did not restate the terms before the deal was made",
    ), "der blev ingen aftale at bekræfte", "there was no agreement to confirm"))
    follow = f.outcome["terms"].get("follow_up")
    said = [t["n"] for t in f.says if (t.get("terms_said") or {}).get("follow_up") == follow]
    # a follow-up of a placement is agreed only with the placement
    items.append(_deal_only(f, _item(
        "follow_up",
        10 if follow else 0,
        10,
        said[-1:] if follow and said else end,
        f"Opfølgning aftalt: {follow}" if follow else "Ingen opfølgning aftalt",
        f"Follow-up agreed: {follow}" if follow else "No follow-up agreed",
    ), "der blev ingen aftale at følge op på", "there was no agreement to follow up"))
    return items


SCORERS: dict[str, Callable[..., list[Item]]] = {
    "meeting_leadership": meeting_leadership,
    "needs_discovery": needs_discovery,
    "handling_resistance": handling_resistance,
    "business_understanding": business_understanding,
}

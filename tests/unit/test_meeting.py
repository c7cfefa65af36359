"""The meeting engine on the small fixture scenario: needs, objections, terms, phases, walk-outs."""

from __future__ import annotations

import pytest

from sim.agreement import Terms
from sim.engine.meeting import Meeting, MeetingOver
from sim.transcript import dumps, inputs_of, replay_into, transcript_of


def events(record: dict, kind: str) -> list[dict]:
    return [e for e in record["events"] if e["type"] == kind]


def test_starts_in_opening_with_persona_trust(mini_meeting: Meeting) -> None:
    assert mini_meeting.phase == "opening"
    assert mini_meeting.state.trust == 40
    assert not mini_meeting.state.citizen_present


def test_greeting_gets_a_greeting_and_stays_in_opening(mini_meeting: Meeting) -> None:
    rec = mini_meeting.take_turn(
        "Hej Lene, jeg hedder Kasper fra jobcentret. Tak fordi jeg måtte komme."
    )
    assert rec["acts"] == ["greeting"]
    assert rec["phase"] == "opening"
    assert rec["replies"][0]["speaker"] == "employer"
    assert rec["replies"][0]["text"] in mini_meeting.persona.lines["greeting"]


def test_open_question_on_topic_reveals_need(mini_meeting: Meeting) -> None:
    rec = mini_meeting.take_turn("Hvordan håndterer I returvarerne i dag?")
    assert [e["id"] for e in events(rec, "need_revealed")] == ["returvarer"]
    assert mini_meeting.state.needs["returvarer"].revealed_turn == 1
    assert "returvarerne" in mini_meeting.state.needs["returvarer"].revealed_by
    assert rec["phase"] == "needs_discovery"


def test_closed_question_on_topic_only_hints(mini_meeting: Meeting) -> None:
    rec = mini_meeting.take_turn("Har I mange returvarer?")
    assert not events(rec, "need_revealed")
    assert events(rec, "hint")[0]["need"] == "returvarer"
    assert mini_meeting.state.needs["returvarer"].hinted_turns == [1]


def test_need_with_prerequisite_and_spin(mini_meeting: Meeting) -> None:
    # morgenpluk needs returvarer first, and an implication or need-payoff question
    rec = mini_meeting.take_turn("Hvad betyder det for jer, når I har travlt om morgenen?")
    assert [e["id"] for e in events(rec, "need_revealed")] == ["returvarer"]
    rec = mini_meeting.take_turn("Hvordan er morgenerne hos jer?")  # situation question: no
    assert not events(rec, "need_revealed")
    rec = mini_meeting.take_turn("Hvad betyder det for jeres ordrer, når morgenen er travl?")
    assert [e["id"] for e in events(rec, "need_revealed")] == ["morgenpluk"]


def test_pressure_costs_trust_and_patience(mini_meeting: Meeting) -> None:
    before = mini_meeting.state.trust
    rec = mini_meeting.take_turn("I må altså tage jeres del af samfundsansvaret.")
    assert "pressure" in rec["acts"]
    assert mini_meeting.state.trust < before - 5
    assert mini_meeting.state.patience <= mini_meeting.persona.personality.patience - 2


def test_a_relevant_turn_costs_time_not_patience(mini_meeting: Meeting) -> None:
    start = mini_meeting.state.patience
    mini_meeting.take_turn("Hej Lene, tak fordi jeg måtte komme.")
    rec = mini_meeting.take_turn("Hvordan håndterer I returvarerne i dag?")
    assert mini_meeting.state.patience == start
    assert 0.4 <= rec["state"]["minutes_used"] < 3


def _long_good_meeting(m: Meeting) -> dict:
    """Relevant, polite turns until the meeting's minutes are used."""
    lines = ["Hej Lene, tak fordi jeg måtte komme.", "Hvordan håndterer I returvarerne i dag?",
             "Hvad betyder det for jeres ordrer, når morgenen er travl?"]
    rec: dict = {}
    for i in range(200):  # never the same words twice: a repeat costs patience
        rec = m.take_turn(lines[min(i, len(lines) - 1)] + f" Fortæl gerne lidt mere om det ({i}), "
                          "for det er nyttigt for mig at forstå jeres hverdag og jeres kunder.")
        if m.ended:
            break
    return rec


def test_out_of_time_at_good_trust_ends_in_a_follow_up_not_a_walkout(mini_meeting: Meeting) -> None:
    mini_meeting.state.trust = 70
    rec = _long_good_meeting(mini_meeting)
    assert mini_meeting.phase == "follow_up"
    assert events(rec, "time_up") and not events(rec, "walkout")
    assert mini_meeting.state.minutes_used >= mini_meeting.scenario.minutes
    assert rec["replies"][0]["speaker"] == "employer" and rec["replies"][0]["text"]


def test_out_of_time_at_lower_trust_ends_politely_without_a_deal(mini_meeting: Meeting) -> None:
    st = mini_meeting.state
    st.trust, st.minutes_used = 30, mini_meeting.scenario.minutes - 0.1
    rec = mini_meeting.take_turn("Hvordan håndterer I returvarerne i dag?")
    assert st.trust < 60
    assert mini_meeting.phase == "no_deal"
    assert events(rec, "time_up") and not events(rec, "walkout")
    assert rec["replies"][0]["text"]


def test_no_walkout_at_good_trust_without_recent_pressure(mini_meeting: Meeting) -> None:
    st = mini_meeting.state
    st.trust, st.patience = 80, 1
    rec = mini_meeting.take_turn("Hvad synes du om vejret i dag?")  # off topic: patience runs out
    assert mini_meeting.phase == "follow_up" and not events(rec, "walkout")


def test_walkout_at_good_trust_when_the_trainee_just_pressured(mini_meeting: Meeting) -> None:
    st = mini_meeting.state
    st.trust, st.patience = 95, 2
    rec = mini_meeting.take_turn("I må altså tage jeres del af samfundsansvaret.")
    assert mini_meeting.phase == "walkout" and events(rec, "walkout")


def test_repeated_pressure_ends_in_walkout(mini_meeting: Meeting) -> None:
    for _ in range(8):
        rec = mini_meeting.take_turn("Det er jo ren diskrimination. I må tage jer sammen.")
        if mini_meeting.ended:
            break
    assert mini_meeting.phase == "walkout"
    assert events(rec, "walkout")
    assert rec["replies"][0]["text"] in mini_meeting.persona.lines["walkout"]
    with pytest.raises(MeetingOver):
        mini_meeting.take_turn("Undskyld.")


def test_objection_raised_and_handled_with_laer(mini_meeting: Meeting) -> None:
    rec = mini_meeting.take_turn("Hvad koster det jer, når pakkerne rydder op?")
    assert [e["id"] for e in events(rec, "objection_raised")] == ["for_dyrt"]
    assert rec["phase"] == "objections"
    rec = mini_meeting.take_turn("Det forstår jeg godt. Hvad har I erfaringer med?")
    assert events(rec, "objection_acknowledged")
    assert events(rec, "objection_explored")
    assert "vikar" in rec["replies"][0]["text"]  # the story behind the concern
    rec = mini_meeting.take_turn(
        "Vi kan starte med en virksomhedspraktik, hvor I ikke betaler løn."
    )
    handled = events(rec, "objection_handled")
    assert handled and handled[0]["quality"] == "full"
    assert "objections_cleared" in [e["type"] for e in rec["events"]]
    assert rec["phase"] == "needs_discovery"


def test_objection_answered_without_acknowledging_is_bare(mini_meeting: Meeting) -> None:
    mini_meeting.take_turn("Hvad koster det jer, når pakkerne rydder op?")
    mini_meeting.take_turn("Kan du sige lidt mere om det?")  # explores right after: counts
    st = mini_meeting.state.objections["for_dyrt"]
    assert st.explored_turn == 2


def test_a_question_past_an_objection_is_answered_and_the_concern_repeated(
    mini_meeting: Meeting,
) -> None:
    mini_meeting.take_turn("Hvad koster det jer, når pakkerne rydder op?")
    mini_meeting.take_turn("Ok.")  # right after: neither acknowledged nor explored
    rec = mini_meeting.take_turn("Hvordan håndterer I returvarerne i dag?")
    assert events(rec, "need_revealed") and events(rec, "objection_ignored")
    repeat = mini_meeting.employer.p.lines["repeat_objection"]
    said = [r["text"] for r in rec["replies"] if r["speaker"] == "employer"]
    assert any(x in " ".join(said) for x in repeat), said


def test_a_question_on_another_subject_right_after_an_objection_does_not_explore_it(
    mini_meeting: Meeting,
) -> None:
    mini_meeting.take_turn("Hvad koster det jer, når pakkerne rydder op?")
    rec = mini_meeting.take_turn("Hvordan ser jeres morgener ud?")
    assert not events(rec, "objection_explored") and events(rec, "objection_ignored")


def test_yes_but_mishandles_an_open_objection(mini_meeting: Meeting) -> None:
    mini_meeting.take_turn("Hvad koster det jer, når pakkerne rydder op?")
    rec = mini_meeting.take_turn("Ja, men det er altså ikke dyrt.")
    assert events(rec, "objection_mishandled")


def good_start(m: Meeting) -> None:
    m.take_turn("Hej Lene, tak fordi jeg måtte komme.")
    m.take_turn("Hvordan håndterer I returvarerne i dag?")
    m.take_turn("Hvad betyder det for jeres ordrer, når morgenen er travl?")


def test_proposal_brings_the_citizen_and_a_verdict(mini_meeting: Meeting) -> None:
    good_start(mini_meeting)
    rec = mini_meeting.take_turn(
        "Hvad med fire ugers virksomhedspraktik, 15 timer om ugen med returvarer og en mentor?"
    )
    assert rec["terms_said"]["scheme"] == "virksomhedspraktik"
    kinds = [e["type"] for e in rec["events"]]
    assert "citizen_joined" in kinds
    assert mini_meeting.state.citizen_present
    speakers = [r["speaker"] for r in rec["replies"]]
    assert "citizen" in speakers


def test_a_proposal_for_someone_unnamed_asks_who_before_fetching_them(
    mini_meeting: Meeting,
) -> None:
    good_start(mini_meeting)
    rec = mini_meeting.take_turn(
        "Hvad med fire ugers virksomhedspraktik, 15 timer om ugen med returvarer og en mentor?"
    )
    employer = " ".join(r["text"] for r in rec["replies"] if r["speaker"] == "employer")
    assert "vedkommende" in employer and "Sara" not in employer, employer


def test_a_named_candidate_is_fetched_by_name(mini_meeting: Meeting) -> None:
    good_start(mini_meeting)
    mini_meeting.take_turn("Jeg har en kandidat, Sara, som har arbejdet på et lager.")
    rec = mini_meeting.take_turn(
        "Hvad med fire ugers virksomhedspraktik, 15 timer om ugen med returvarer og en mentor?"
    )
    assert any(e["type"] == "citizen_joined" for e in rec["events"])
    employer = " ".join(r["text"] for r in rec["replies"] if r["speaker"] == "employer")
    assert "vedkommende" not in employer


def test_no_citizen_joins_before_anyone_has_been_pitched_or_proposed(
    mini_meeting: Meeting,
) -> None:
    good_start(mini_meeting)
    for text in ("Hvor mange timer om ugen går der med returvarerne, hvis du skal gætte?",
                 "Og hvad koster det jer, når ordrerne bliver forsinket?"):
        mini_meeting.take_turn(text)
    assert not mini_meeting.state.citizen_present


def test_ending_after_the_companys_yes_leaves_the_citizens_yes_open(
    mini_meeting: Meeting,
) -> None:
    good_start(mini_meeting)
    terms = Terms(scheme="virksomhedspraktik", hours_per_week=15, weeks=4,
                  tasks=("returhaandtering",), support=("mentor",))
    mini_meeting.take_turn("Jeg foreslår det her.", terms=terms)
    if mini_meeting.state.open_objections():
        mini_meeting.take_turn("Det forstår jeg godt. I betaler ingen løn i en virksomhedspraktik.")
        mini_meeting.take_turn("Jeg foreslår det her.", terms=terms)
    st = mini_meeting.state
    assert st.company_accepted and st.citizen_present and not st.citizen_accepted
    rec = mini_meeting.end()
    line = rec["replies"][0]["text"]
    assert mini_meeting.phase == "no_deal"
    assert "Sara" in line and any(w in line for w in ("ringer", "fra dig")), line


def test_structured_terms_count_like_spoken_ones(mini_meeting: Meeting) -> None:
    good_start(mini_meeting)
    terms = Terms(
        scheme="virksomhedspraktik",
        hours_per_week=15,
        weeks=4,
        tasks=("returhaandtering",),
        support=("mentor",),
        follow_up="efter 2 uger",
    )
    rec = mini_meeting.take_turn("Her er mit forslag.", terms=terms)
    assert rec["form_terms"]["scheme"] == "virksomhedspraktik"
    assert mini_meeting.state.terms.hours_per_week == 15


def full_deal(m: Meeting) -> dict:
    good_start(m)
    terms = Terms(
        scheme="virksomhedspraktik",
        hours_per_week=15,
        weeks=4,
        tasks=("returhaandtering",),
        support=("mentor",),
    )
    rec = m.take_turn("Jeg foreslår det her. Hvad siger I begge?", terms=terms)
    if m.state.open_objections():  # the price objection comes with a proposal
        m.take_turn("Det forstår jeg godt. I betaler ingen løn i en virksomhedspraktik.")
        rec = m.take_turn("Jeg foreslår det her. Hvad siger I begge?", terms=terms)
    if m.state.citizen_present and not m.state.citizen_accepted:
        # the proposal asked her in: she hears the terms when they are put to her
        rec = m.take_turn("Velkommen, Sara. Det er forslaget. Hvad siger du til det, Sara?")
    return rec


def test_a_good_deal_is_accepted_and_committed(mini_meeting: Meeting) -> None:
    full_deal(mini_meeting)
    assert mini_meeting.state.company_accepted, mini_meeting.records[-1]["events"]
    assert mini_meeting.state.citizen_accepted
    assert mini_meeting.phase == "closing"
    rec = mini_meeting.take_turn("Jeg sender papirerne i morgen, og vi følger op efter to uger.")
    assert rec["phase"] == "agreement"
    assert any(e["type"] == "deal_sealed" for e in rec["events"])
    assert mini_meeting.state.terms.consent is True
    # the deal is made; the meeting goes on for the start and the thanks
    assert mini_meeting.sealed and not mini_meeting.ended
    rec = mini_meeting.take_turn("Og hun starter på mandag.")
    assert rec["phase"] == "agreement" and mini_meeting.state.terms.start
    assert not any(e["type"] == "deal_sealed" for e in rec["events"])
    rec = mini_meeting.take_turn("Tak for i dag, begge to.")
    assert mini_meeting.ended and not mini_meeting.sealed
    assert any(e["type"] == "ended" and e["outcome"] == "agreement" for e in rec["events"])


def test_the_trainee_ends_a_sealed_meeting_with_a_goodbye_not_a_second_closing(
    mini_meeting: Meeting,
) -> None:
    full_deal(mini_meeting)
    rec = mini_meeting.take_turn("Jeg sender papirerne i morgen, og vi følger op efter to uger.")
    closing = [r["text"] for r in rec["replies"] if r["speaker"] == "employer"]
    end = mini_meeting.end()
    said = [r["text"] for r in end["replies"] if r["speaker"] == "employer"]
    assert mini_meeting.ended and mini_meeting.phase == "agreement"
    assert said and said != closing
    assert not any(r["speaker"] == "citizen" for r in end["replies"])  # thanked at the seal


def test_a_transcript_saved_when_the_seal_ended_the_meeting_replays_as_ended(
    mini_library, mini_meeting: Meeting,
) -> None:
    from sim.play import replay
    from sim.transcript import transcript_of

    full_deal(mini_meeting)
    mini_meeting.take_turn("Jeg sender papirerne i morgen, og vi følger op efter to uger.")
    data = transcript_of(mini_meeting)
    assert data["outcome"]["ended"] is False
    assert replay(mini_library, data).sealed  # saved open: replayed open
    data["outcome"]["ended"] = True  # as an engine before version 3 saved it
    again = replay(mini_library, data)
    assert again.ended and again.phase == "agreement"


def test_too_many_hours_makes_the_citizen_object(mini_meeting: Meeting) -> None:
    good_start(mini_meeting)
    terms = Terms(
        scheme="virksomhedspraktik",
        hours_per_week=30,
        weeks=4,
        tasks=("returhaandtering",),
        support=("mentor",),
    )
    rec = mini_meeting.take_turn("Jeg foreslår det her.", terms=terms)
    if mini_meeting.state.open_objections():
        mini_meeting.take_turn("Det forstår jeg godt. I betaler ingen løn i en virksomhedspraktik.")
        rec = mini_meeting.take_turn("Jeg foreslår det her.", terms=terms)
    rec = mini_meeting.take_turn("Velkommen, Sara. Hvad siger du til det, Sara?")
    objections = [e for e in rec["events"] if e["type"] == "citizen_objects"]
    assert objections and "hours_over_capacity" in objections[0]["reasons"]
    assert not mini_meeting.terms_accepted()


def test_company_counters_a_deal_without_its_needs(mini_meeting: Meeting) -> None:
    good_start(mini_meeting)
    terms = Terms(
        scheme="virksomhedspraktik",
        hours_per_week=15,
        weeks=4,
        tasks=("paller",),
        support=("mentor",),
    )
    mini_meeting.take_turn("Jeg foreslår det her.", terms=terms)
    if mini_meeting.state.open_objections():
        mini_meeting.take_turn("Det forstår jeg godt. I betaler ingen løn i en virksomhedspraktik.")
        mini_meeting.take_turn("Jeg foreslår det her.", terms=terms)
    verdicts = [
        e for r in mini_meeting.records for e in r["events"] if e["type"] == "terms_verdict"
    ]
    assert verdicts[-1]["reaction"] == "counter"
    assert "needs_not_covered" in verdicts[-1]["reasons"]
    assert not mini_meeting.state.company_accepted


def test_ending_without_terms_is_no_deal(mini_meeting: Meeting) -> None:
    good_start(mini_meeting)
    rec = mini_meeting.end()
    assert rec["action"] == "end"
    assert mini_meeting.phase == "no_deal"


def test_same_inputs_same_transcript_byte_for_byte(mini_library) -> None:
    s = mini_library.scenarios["mini-lager"]
    p = mini_library.personas[s.company.persona]

    def play(seed: int) -> str:
        m = Meeting(s, p, seed=seed, content_hash="h")
        full_deal(m)
        m.take_turn("Jeg sender papirerne i morgen, og vi følger op efter to uger.")
        return dumps(transcript_of(m))

    assert play(5) == play(5)


def test_replay_of_a_transcript_is_identical(mini_library) -> None:
    s = mini_library.scenarios["mini-lager"]
    p = mini_library.personas[s.company.persona]
    m = Meeting(s, p, seed=9)
    full_deal(m)
    m.end()
    data = transcript_of(m)
    again = replay_into(Meeting(s, p, seed=9), inputs_of(data))
    assert dumps(transcript_of(again)) == dumps(data)


def test_seed_changes_line_choice_only(mini_library) -> None:
    s = mini_library.scenarios["mini-lager"]
    p = mini_library.personas[s.company.persona]
    texts = ["Hej Lene.", "Tja.", "Hvordan håndterer I returvarerne i dag?", "Ok.", "hmm"]
    outcomes = set()
    replies = set()
    for seed in range(6):
        m = Meeting(s, p, seed=seed)
        for text in texts:
            m.take_turn(text)
        outcomes.add(
            (m.phase, m.state.trust, tuple(n.revealed_turn for n in m.state.needs.values()))
        )
        replies.add(tuple(r["replies"][0]["text"] for r in m.records if r["replies"]))
    assert len(outcomes) == 1
    assert len(replies) > 1


def test_patience_runs_out_on_idle_talk(mini_meeting: Meeting) -> None:
    for _ in range(mini_meeting.persona.personality.patience):
        if mini_meeting.ended:
            break
        mini_meeting.take_turn("hmm")
    assert mini_meeting.phase == "walkout"
    assert mini_meeting.state.patience <= 0


def test_any_input_gets_a_reply(mini_meeting: Meeting) -> None:
    for text in ["", " ", "x" * 10_000, "😀🎉", "[bold]hej[/bold]", "\x00\x07\x1b[31m", "}{"]:
        rec = mini_meeting.take_turn(text)
        assert rec["text"] == text
        assert rec["replies"], text
        if mini_meeting.ended:
            break


def test_offers_that_speak_to_what_the_employer_weighs_build_trust(mini_library) -> None:
    s = mini_library.scenarios["mini-lager"]
    p = mini_library.personas[s.company.persona]
    cost_minded = p.model_copy(update={"personality": p.personality.model_copy(update={
        "weighs": p.personality.weighs.model_copy(update={"cost": 1.0, "time": 0.0})})})
    time_minded = p.model_copy(update={"personality": p.personality.model_copy(update={
        "weighs": p.personality.weighs.model_copy(update={"cost": 0.0, "time": 1.0})})})
    line = "Jobcentret betaler en mentor, så det ikke tager tid fra jeres folk."
    a = Meeting(s, cost_minded, seed=1)
    b = Meeting(s, time_minded, seed=1)
    a.take_turn(line)
    rec = b.take_turn(line)
    assert [e for e in rec["events"] if e["type"] == "weighs_addressed"][0]["weighs"] == ["time"]
    assert b.state.trust > a.state.trust


def test_a_follow_up_question_after_acknowledging_explores_the_objection(
    mini_meeting: Meeting,
) -> None:
    mini_meeting.take_turn("Hvad koster det jer, når pakkerne rydder op?")  # raises for_dyrt
    mini_meeting.take_turn("Det forstår jeg godt.")
    rec = mini_meeting.take_turn("Hvad er du mest bekymret for?")
    assert not events(rec, "objection_ignored")
    rec = mini_meeting.take_turn("Hvad tænker du om det?")  # still on it: not ignored
    assert not events(rec, "objection_ignored")


def test_the_same_words_again_build_no_trust_and_cost_patience(mini_meeting: Meeting) -> None:
    mini_meeting.take_turn("Hej Lene, tak fordi jeg måtte komme.")
    mini_meeting.take_turn("Hvordan håndterer I returvarerne i dag?")
    trust, patience = mini_meeting.state.trust, mini_meeting.state.patience
    rec = mini_meeting.take_turn("hvordan håndterer I  returvarerne i dag?")
    assert events(rec, "repeated")
    assert mini_meeting.state.trust <= trust and mini_meeting.state.patience == patience - 1


def test_a_concern_talked_past_comes_back_twice_then_waits_for_the_yes(
    mini_meeting: Meeting,
) -> None:
    mini_meeting.take_turn("Hej Lene, tak fordi jeg måtte komme.")
    rec = mini_meeting.take_turn("Hvad koster det jer med vikarer og løn?")
    assert events(rec, "objection_raised")
    past = ["Hvordan håndterer I returvarerne i dag?", "Hvor mange er I på lageret?",
            "Hvordan ser en mandag ud hos jer?", "Hvem pakker ordrerne om morgenen?"]
    ignored = [bool(events(mini_meeting.take_turn(text), "objection_ignored")) for text in past]
    assert ignored == [True, True, False, False]  # said again twice, then the talk goes on
    assert mini_meeting.state.open_objections()  # the concern is still open
    rec = mini_meeting.take_turn(
        "Hun kan tage 15 timer om ugen med returvarerne. Er det en aftale?"
    )
    assert events(rec, "concern_stands")  # asked for a yes, it says the concern once more
    assert not mini_meeting.state.company_accepted


def test_a_guessed_pressure_raises_no_objection(mini_meeting: Meeting) -> None:
    from sim.content.models import ObjectionTrigger
    from sim.reading.turn import Reading

    trigger = ObjectionTrigger(acts=["pressure"])
    st, employer = mini_meeting.state, mini_meeting.employer
    guessed = Reading(text="...", acts=("pressure",), sentences=(), topics={}, certain=())
    read = Reading(text="...", acts=("pressure",), sentences=(), topics={}, certain=("pressure",))
    assert not employer._trigger_fires(trigger, st, guessed, "needs_discovery", False, False)
    assert employer._trigger_fires(trigger, st, read, "needs_discovery", False, False)


@pytest.mark.parametrize(("text", "confirmed"), [
    ("Så vi siger 15 timer om ugen med returvarer i fire uger, med en mentor. Er vi enige?", True),
    ("Skal vi sige 15 timer om ugen med returvarer i fire uger, med en mentor?", False),
])
def test_a_recap_says_the_terms_a_question_alone_only_asks(
    mini_library, text: str, confirmed: bool
) -> None:
    m = Meeting(mini_library.scenarios["mini-lager"],
                mini_library.personas[mini_library.scenarios["mini-lager"].company.persona], seed=3)
    full_deal(m)
    assert m.phase == "closing"
    rec = m.take_turn(text)
    assert any(e["type"] == "deal_confirmed" for e in rec["events"]) is confirmed, rec["events"]

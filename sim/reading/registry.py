"""The dialogue acts: one registry, and every act set the engine and the scoring use, derived.

Each act says once what it is – a question, a way of finding out, an offer, a pitch, a costly
reading, whether its sentence can carry deal terms, how the rules rank it, how the employer's
generic reply ranks it – and the sets elsewhere (the employer's reply priority and offer acts,
the meeting's explore and commit acts, the reader's decisive acts, the scoring's question acts)
are read off these flags. Adding an act is one entry here, its cues in sim.reading.acts, and its
persona line key.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Act:
    """One dialogue act of ../shared/eval/acts.md and what the engine makes of it."""

    name: str
    asks: bool = False  # a question by its form (open or closed)
    discovers: bool = False  # finds out about a need or a concern (explores it)
    leads: bool = False  # leads the meeting (agenda)
    offers: bool = False  # gives a concern an answer: a scheme, an argument, an example, terms
    states: bool = False  # a statement read as only this still answers a voiced concern by its
    # words (a statement read as another act answers only if the concern's own acts allow it)
    pitches: bool = False  # pushes the citizen or a solution: early, before any need, a pitch
    commits: bool = False  # asks for the yes or agrees what happens next
    costly: bool = False  # costs trust by itself: only on explicit words or a confident model
    carries_terms: bool = False  # its sentence can put deal terms on the table
    never_terms: bool = False  # its sentence only sums up, argues, cites or asks: never terms
    decisive: bool = False  # when the rules read it from the words, the model does not override
    content: bool = False  # a question's form outweighs it ("Har I overvejet en mentor?")
    rule_rank: int = 99  # which act a sentence is when several act cues fire (lower first;
    # questions are read by their form after every cue)
    reply_rank: int = 99  # which act the employer's generic reply answers (lower first)


REGISTRY: tuple[Act, ...] = (
    Act("greeting", never_terms=True, decisive=True, rule_rank=6, reply_rank=13),
    Act("agenda", leads=True, never_terms=True, rule_rank=2, reply_rank=11),
    Act("open_question", asks=True, discovers=True, never_terms=True, reply_rank=8),
    Act("closed_question", asks=True, never_terms=True, reply_rank=9),
    Act("acknowledge", states=True, carries_terms=True, content=True, rule_rank=11, reply_rank=10),
    Act("summarize", discovers=True, never_terms=True, decisive=True, rule_rank=1,
        reply_rank=7),
    Act("business_case", offers=True, never_terms=True, content=True, rule_rank=12,
        reply_rank=6),
    Act("offer_support", offers=True, pitches=True, carries_terms=True, content=True,
        rule_rank=9, reply_rank=4),
    Act("evidence", offers=True, never_terms=True, content=True, rule_rank=7, reply_rank=5),
    Act("candidate_pitch", pitches=True, content=True, rule_rank=8, reply_rank=3),
    Act("proposal", offers=True, pitches=True, carries_terms=True, decisive=True,
        rule_rank=4, reply_rank=2),
    Act("ask_commitment", commits=True, carries_terms=True, decisive=True, rule_rank=3,
        reply_rank=1),
    Act("next_steps", states=True, commits=True, carries_terms=True, rule_rank=5, reply_rank=12),
    Act("pressure", costly=True, rule_rank=0, reply_rank=0),
    Act("other", states=True, carries_terms=True, reply_rank=14),
)
BY_NAME: dict[str, Act] = {a.name: a for a in REGISTRY}


def acts_where(flag: str) -> frozenset[str]:
    """The names of the acts whose `flag` is set."""
    return frozenset(a.name for a in REGISTRY if getattr(a, flag))


def ranked(rank: str) -> tuple[str, ...]:
    """Act names by `rank` ("rule_rank" or "reply_rank"), the lowest first; acts without that
    rank are left out."""
    acts = [a for a in REGISTRY if getattr(a, rank) < 99]
    return tuple(a.name for a in sorted(acts, key=lambda a: getattr(a, rank)))


ACTS: tuple[str, ...] = tuple(a.name for a in REGISTRY)  # in the order of acts.md
QUESTION_ACTS = acts_where("asks")
DISCOVERY_ACTS = acts_where("discovers")  # explore a concern, reveal a need
EXPLORE_ACTS = QUESTION_ACTS | DISCOVERY_ACTS | acts_where("leads")  # a turn that finds out
OFFER_ACTS = acts_where("offers")
# what a statement may read as and still answer a voiced concern in its words ("Det, der virker
# for Camilla, er faste opgaver og faste tider" - no act at all - answers "hvis hun går ned
# igen"); one read as a proposal answers "vi er ikke en social institution" only if the concern's
# own handling acts take a proposal
STATEMENT_ACTS = acts_where("states")
PITCH_ACTS = acts_where("pitches")
COMMIT_ACTS = acts_where("commits")
COSTLY_ACTS = acts_where("costly")
TERM_ACTS = acts_where("carries_terms")
NOT_TERM_ACTS = acts_where("never_terms")
DECISIVE_ACTS = acts_where("decisive")
CONTENT_ACTS = acts_where("content")
# what gives a concern something beyond comfort: a question, a summary, an offer, next steps
SUBSTANCE_ACTS = QUESTION_ACTS | DISCOVERY_ACTS | OFFER_ACTS | acts_where("commits") - {
    "ask_commitment"}
# what takes a concern up after "ja, men": an offer of help, a plan, a question, next steps;
# a bare counter-argument ("Det forstår jeg godt, men I får refusion") is the "ja, men" itself
TAKES_UP_ACTS = SUBSTANCE_ACTS - {"business_case", "evidence"}
# what meets a concern before it is voiced without naming its matter: support or an argument
# offered for it ("jobcentret betaler mentortimerne"); a proposal listing tasks does not
PREEMPTING_ACTS = OFFER_ACTS - {"proposal"}
REPLY_PRIORITY = ranked("reply_rank")

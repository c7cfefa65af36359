"""score_transcript: a transcript and its scenario in, a reproducible Scorecard out."""

from __future__ import annotations

from typing import Any

from scoring.card import COMPETENCES, Competence, Item, Scorecard, band_for
from scoring.competences import SCORERS, Facts, negotiation
from scoring.evidence import cite_all
from sim.agreement import Terms
from sim.content.models import Scenario
from sim.judge import judge_all, needs_covered
from sim.transcript import asks_into

ACT_NAMES = {
    "open_question": ("et åbent spørgsmål", "an open question"),
    "closed_question": ("et lukket spørgsmål", "a closed question"),
    "summarize": ("en opsummering", "a summary"),
}
SPIN_NAMES = {
    "implication": ("et implikationsspørgsmål", "an implication question"),
    "need_payoff": ("et behovsspørgsmål", "a need-payoff question"),
    "problem": ("et problemspørgsmål", "a problem question"),
    "situation": ("et situationsspørgsmål", "a situation question"),
}


def _competence(cid: str, items: list[Item], bands: list[int]) -> Competence:
    possible = sum(i.max for i in items) or 1
    earned = sum(i.points for i in items)
    score = max(0, min(100, round(100 * earned / possible)))
    return Competence(cid, score, band_for(score, bands), tuple(items))


def party_verdicts(
    s: Scenario, terms: Terms, agreement: bool, shared: dict[str, int] | None = None,
    revealed: set[str] | None = None,
) -> dict[str, dict[str, Any]]:
    """Each party's verdict on the final terms; without an agreement nobody is served. `shared`:
    the citizen's private details told without consent (the jobcentre's verdict records it).
    `revealed`: the needs uncovered in the meeting - a need the tasks meet that was never
    uncovered is said as such, so the card does not credit its discovery."""
    verdicts = judge_all(s, terms, shared)
    out: dict[str, dict[str, Any]] = {}
    for party, v in verdicts.items():
        reasons = [r.to_dict() for r in v.reasons]
        if party == "company" and revealed is not None:
            reasons = [_covered_as_found(s, terms, r, revealed) for r in reasons]
        if not agreement:
            reasons.insert(
                0,
                {
                    "code": "no_agreement",
                    "ok": False,
                    "da": "der blev ikke indgået en aftale",
                    "en": "no agreement was reached",
                },
            )
        out[party] = {"served": agreement and v.served, "reasons": reasons}
    return out


def _covered_as_found(s: Scenario, terms: Terms, reason: dict[str, Any],
                      revealed: set[str]) -> dict[str, Any]:
    """The needs the tasks cover, those never uncovered in the meeting said apart."""
    if reason["code"] != "needs_covered":
        return reason
    titles = {n.id: n.title for n in s.needs}
    covered = sorted(needs_covered(s, terms))
    found = [titles[n] for n in covered if n in revealed]
    unseen = [titles[n] for n in covered if n not in revealed]
    if not unseen:
        return reason
    da = (f"opgaverne dækker: {', '.join(found)} – og, uden at det kom frem i mødet: "
          if found else "opgaverne dækker, uden at det kom frem i mødet: ") + ", ".join(unseen)
    en = (f"the tasks cover: {', '.join(found)} – and, though it never came up: "
          if found else "the tasks cover, though it never came up: ") + ", ".join(unseen)
    return {**reason, "da": da, "en": en}


def missed_opportunities(s: Scenario, f: Facts) -> dict[str, list[dict[str, Any]]]:
    needs = []
    for need in s.needs:
        state = f.outcome["needs"].get(need.id, {})
        if state.get("revealed_turn"):
            continue
        how_da = [ACT_NAMES.get(a, (a, a))[0] for a in need.reveal.acts]
        how_en = [ACT_NAMES.get(a, (a, a))[1] for a in need.reveal.acts]
        if need.reveal.spin:
            how_da = [SPIN_NAMES[sp][0] for sp in need.reveal.spin]
            how_en = [SPIN_NAMES[sp][1] for sp in need.reveal.spin]
        needs.append(
            {
                "id": need.id,
                "title": need.title,
                "topics": [s.topics[t].label for t in need.reveal.topics if t in s.topics],
                "how": {"da": " eller ".join(how_da), "en": " or ".join(how_en)},
                "min_trust": need.reveal.min_trust,
                "hinted_turns": list(state.get("hinted_turns", [])),
                # the trainee asked into its area: the advice is how to ask, not what to ask
                # about (a word of it in a proposal or a story is no coming to it)
                "touched_turns": [t["n"] for t in f.says if asks_into(t, need.reveal.topics)],
                "debrief": need.debrief,
            }
        )
    objections = [
        {
            "id": o.id,
            "title": o.title,
            "debrief": o.debrief,
            "raised_turn": f.outcome["objections"][o.id]["raised_turn"],
        }
        for o in s.objections
        if f.outcome["objections"].get(o.id, {}).get("raised_turn")
        and not f.outcome["objections"][o.id].get("handled_turn")
    ]
    return {"needs": needs, "objections": objections}


def believed_vs_true(s: Scenario, f: Facts) -> dict[str, Any]:
    revealed = [n.title for n in s.needs if f.outcome["needs"].get(n.id, {}).get("revealed_turn")]
    return {
        "believed": revealed,
        "true": [n.title for n in s.needs],
        "situation": s.company.situation,
        "alternative": s.company.alternative,
    }


def score_transcript(transcript: dict[str, Any], scenario: Scenario) -> Scorecard:
    """Score a played meeting. Pure: the same transcript and scenario give the same card."""
    f = Facts.of(transcript)
    terms = Terms.from_dict(f.outcome["terms"])
    revealed = {n for n, x in f.outcome["needs"].items() if x.get("revealed_turn")}
    parties = party_verdicts(scenario, terms, f.agreement, f.outcome.get("private_shared"),
                             revealed)
    bands = list(scenario.scoring.bands)
    competences = {
        cid: _competence(cid, cite_all(scorer(f, scenario), f, scenario), bands)
        for cid, scorer in SCORERS.items()
    }
    competences["negotiation"] = _competence(
        "negotiation", cite_all(negotiation(f, scenario, parties), f, scenario), bands
    )
    weights = {cid: float(scenario.scoring.weights.get(cid, 1.0)) for cid in COMPETENCES}
    total_weight = sum(weights.values()) or 1.0
    overall = round(sum(competences[c].score * w for c, w in weights.items()) / total_weight)
    return Scorecard(
        scenario_id=scenario.id,
        content_hash=transcript.get("content_hash", ""),
        seed=transcript.get("seed", 0),
        overall=overall,
        band=band_for(overall, bands),
        weights=weights,
        competences=competences,
        parties=parties,
        agreement=f.agreement,
        missed=missed_opportunities(scenario, f),
        believed_vs_true=believed_vs_true(scenario, f),
    )

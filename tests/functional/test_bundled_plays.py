"""The bundled plays (scenarios/plays/): each passes, and strong > middling > pushy per scenario."""

from __future__ import annotations

from pathlib import Path

import pytest

from sim.content.library import ContentLibrary
from sim.playtest import PlayResult, load_play, run_play

REPO = Path(__file__).resolve().parent.parent.parent
PLAYS = sorted((REPO / "scenarios" / "plays").glob("*.play.yaml"))
SCENARIOS = sorted({p.name.split(".")[0] for p in PLAYS})
KINDS = ("strong", "middling", "pushy")


@pytest.fixture(scope="module")
def results(bundled_library: ContentLibrary) -> dict[str, PlayResult]:
    """Every bundled play, run once: {'<scenario>/<name>': result}."""
    out = {}
    for path in PLAYS:
        loaded = load_play(path, bundled_library)
        assert loaded.play is not None, "\n".join(p.format() for p in loaded.problems)
        result = run_play(loaded.play, bundled_library, path, loaded.document)
        out[result.id] = result
    return out


def test_every_bundled_scenario_has_a_strong_a_middling_and_a_pushy_play(
    bundled_library: ContentLibrary,
) -> None:
    names = {p.name.removesuffix(".play.yaml") for p in PLAYS}
    for scenario in bundled_library.scenarios:
        for kind in KINDS:
            assert f"{scenario}.{kind}" in names


@pytest.mark.parametrize("path", PLAYS, ids=lambda p: p.name.removesuffix(".play.yaml"))
def test_bundled_play_passes(path: Path, results: dict[str, PlayResult]) -> None:
    scenario, name = path.name.removesuffix(".play.yaml").split(".")
    result = results[f"{scenario}/{name}"]  # the file name says which play it holds
    assert result.passed, "\n".join(f.format(result.id) for f in result.failures)


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_strong_beats_middling_beats_pushy(scenario: str, results: dict[str, PlayResult]) -> None:
    strong, middling, pushy = (results[f"{scenario}/{kind}"] for kind in KINDS)
    assert strong.score > middling.score > pushy.score


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_the_plays_keep_their_promises(scenario: str, results: dict[str, PlayResult]) -> None:
    """What each kind of play shows, checked on the result, whatever the play file expects."""
    strong, middling, pushy = (results[f"{scenario}/{kind}"] for kind in KINDS)
    needs = strong.transcript["outcome"]["needs"]
    assert strong.outcome == "agreement"
    assert all(n["revealed_turn"] for n in needs.values())
    assert strong.card.all_parties_served
    assert strong.score >= 75
    assert 40 <= middling.score <= 74
    assert not middling.card.all_parties_served
    assert pushy.outcome in ("no_deal", "walkout")
    assert not pushy.card.all_parties_served
    assert pushy.score < 40
    assert pushy.card.competences["handling_resistance"].score <= 20


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_a_tempting_deal_is_caught_and_then_fixed(
    scenario: str, results: dict[str, PlayResult]
) -> None:
    """In the strong and middling plays a first deal fails a party, who says so, and a later
    turn puts it right (the citizen agrees or the company accepts)."""
    for kind in ("strong", "middling"):
        turns = results[f"{scenario}/{kind}"].transcript["turns"]
        caught = [
            t["n"]
            for t in turns
            for e in t["events"]
            if e["type"] == "citizen_objects"
            or (e["type"] == "terms_verdict" and e["reaction"] in ("counter", "refuse"))
        ]
        assert caught, f"{scenario}/{kind}: no deal is turned back"
        fixed = [
            t["n"]
            for t in turns
            if t["n"] > caught[0]
            for e in t["events"]
            if e["type"] == "citizen_agrees"
            or (e["type"] == "terms_verdict" and e["reaction"] == "accept")
        ]
        assert fixed, f"{scenario}/{kind}: the deal turned back at turn {caught[0]} is not fixed"


def test_structured_terms_in_at_most_one_play_per_scenario(
    results: dict[str, PlayResult],
) -> None:
    for scenario in SCENARIOS:
        using = [
            kind
            for kind in KINDS
            if any(t.terms is not None for t in results[f"{scenario}/{kind}"].play.turns)
        ]
        assert len(using) <= 1, (scenario, using)

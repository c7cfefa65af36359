"""The act registry: one entry per act, and the act sets the engine and scoring derive from it."""

from __future__ import annotations

import json
from pathlib import Path

from sim.engine.employer import OFFER_ACTS, REPLY_PRIORITY
from sim.reading import registry as reg
from sim.reading.acts import _PRIORITY

DEV = Path(__file__).resolve().parent.parent / "data" / "eval" / "acts_dev.jsonl"


def test_every_act_of_the_labelled_data_is_registered_once() -> None:
    names = [a.name for a in reg.REGISTRY]
    assert len(names) == len(set(names)) == len(reg.ACTS) == 15
    labelled = {a for line in DEV.read_text(encoding="utf-8").splitlines() if line
                for a in json.loads(line)["acts"]}
    assert labelled <= set(reg.ACTS)


def test_the_sets_are_derived_from_the_flags() -> None:
    assert reg.PITCH_ACTS == {"candidate_pitch", "offer_support", "proposal"}
    assert reg.COSTLY_ACTS == {"pressure"}
    assert OFFER_ACTS == {"offer_support", "business_case", "evidence", "proposal"}
    assert reg.EXPLORE_ACTS == {"open_question", "closed_question", "summarize", "agenda"}
    assert reg.TERM_ACTS.isdisjoint(reg.NOT_TERM_ACTS)
    assert reg.TERM_ACTS | reg.NOT_TERM_ACTS == set(reg.ACTS) - reg.COSTLY_ACTS - {
        "candidate_pitch"}


def test_every_act_has_one_place_in_each_order() -> None:
    assert sorted(REPLY_PRIORITY) == sorted(reg.ACTS)
    assert REPLY_PRIORITY[0] == "pressure" and REPLY_PRIORITY[-1] == "other"
    ruled = [a for a in _PRIORITY if a != "candidate_weak"]
    assert len(ruled) == len(set(ruled)) and set(ruled) <= set(reg.ACTS)
    assert _PRIORITY[0] == "pressure"  # a costly reading is never outranked by another cue


"""Transcripts: a played meeting as versioned JSON, to save, load and replay exactly."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sim.agreement import Terms
from sim.engine.meeting import ENGINE_VERSION, Meeting
from sim.text import normalize

FORMAT = "brobygger-transcript"
VERSION = 1


class TranscriptError(Exception):
    """A transcript file that cannot be read; the message says why."""


def transcript_of(meeting: Meeting) -> dict[str, Any]:
    """The meeting so far as a JSON-ready dict. No clock time: same inputs, same bytes."""
    s = meeting.scenario
    st = meeting.state
    return {
        "format": FORMAT,
        "version": VERSION,
        "engine_version": ENGINE_VERSION,
        "scenario_id": s.id,
        "scenario_title": s.title,
        "language": s.language,
        "persona_id": meeting.persona.id,
        "content_hash": meeting.content_hash,
        "seed": meeting.seed,
        "names": dict(meeting.names),
        "titles": {**{n.id: n.title for n in s.needs}, **{o.id: o.title for o in s.objections}},
        "turns": meeting.records,
        "outcome": {
            "phase": meeting.phase,
            "ended": meeting.ended,
            "turns": st.turn,
            "trust": st.trust,
            "patience": st.patience,
            "needs": {
                n.id: {
                    "revealed_turn": n.revealed_turn,
                    "revealed_by": n.revealed_by,
                    "hinted_turns": list(n.hinted_turns),
                }
                for n in st.needs.values()
            },
            "objections": {
                o.id: {
                    "raised_turn": o.raised_turn,
                    "acknowledged_turn": o.acknowledged_turn,
                    "explored_turn": o.explored_turn,
                    "handled_turn": o.handled_turn,
                    "preempted_turn": o.preempted_turn,
                    "preempted_by": o.preempted_by,
                    "answered_turn": o.answered_turn,
                    "quality": o.quality,
                    "mishandled_turns": list(o.mishandled_turns),
                }
                for o in st.objections.values()
            },
            "terms": st.terms.to_dict(),
            "private_shared": dict(st.private_shared),
            "company_accepted": st.company_accepted,
            "citizen_accepted": st.citizen_accepted,
            "citizen_present": st.citizen_present,
        },
    }


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_atomic(path: Path, text: str) -> None:
    """Write a file so that a crash leaves either the old or the new content, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def save_transcript(data: dict[str, Any], path: Path) -> None:
    write_atomic(path, dumps(data))


def load_transcript(path: Path) -> dict[str, Any]:
    """Read and check a transcript file; raises TranscriptError with a clear message."""
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise TranscriptError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise TranscriptError(f"{path}: cannot read: {exc}") from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise TranscriptError(f"{path}:{exc.lineno}: not valid JSON: {exc.msg}") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise TranscriptError(f'{path}: not a Brobygger transcript (no "format": "{FORMAT}")')
    if data.get("version") != VERSION:
        raise TranscriptError(
            f"{path}: transcript version {data.get('version')!r} is not supported "
            f"(this Brobygger reads version {VERSION})"
        )
    for key, kind in (("scenario_id", str), ("seed", int), ("turns", list)):
        if not isinstance(data.get(key), kind):
            raise TranscriptError(f"{path}: {key}: missing or of the wrong type")
    for i, turn in enumerate(data["turns"]):
        if not isinstance(turn, dict) or turn.get("action") not in ("say", "end"):
            raise TranscriptError(f"{path}: turns[{i}]: not a turn record")
        if turn["action"] == "say" and not isinstance(turn.get("text"), str):
            raise TranscriptError(f"{path}: turns[{i}].text: missing")
    return data


def inputs_of(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The trainee's inputs in a transcript: what replay feeds back into a new meeting."""
    inputs = []
    for turn in data["turns"]:
        if turn["action"] == "end":
            inputs.append({"action": "end"})
        else:
            item: dict[str, Any] = {"action": "say", "text": turn["text"]}
            if turn.get("form_terms"):
                item["terms"] = Terms.from_dict(turn["form_terms"])
            if turn.get("to"):
                item["to"] = turn["to"]
            inputs.append(item)
    return inputs


def replay_into(
    meeting: Meeting, inputs: list[dict[str, Any]], ended: bool = False
) -> Meeting:
    """Feed inputs into a fresh meeting, stopping where the meeting ends. `ended`: the saved
    meeting had ended - one played before a sealed deal let the talk go on ended at its seal."""
    for item in inputs:
        if meeting.ended:
            break
        if item["action"] == "end":
            meeting.end()
        else:
            meeting.take_turn(item["text"], terms=item.get("terms"), to=item.get("to"))
    if ended:
        meeting.close_as_saved()
    return meeting


def saved_as_ended(data: dict[str, Any]) -> bool:
    """The transcript says its meeting had ended."""
    return bool((data.get("outcome") or {}).get("ended"))


def asks_into(turn: dict[str, Any], topics: Iterable[str]) -> bool:
    """A question of the turn record names one of the topics (the trainee came to a need's area
    by asking, not by naming a word of it in a proposal or a story)."""
    asked = " ".join(normalize(x["text"]) for x in turn.get("sentences", ())
                     if x.get("question_kind"))
    found = turn.get("topics") or {}
    return bool(asked) and any(
        t in found and normalize(str(found[t].get("words", "") if isinstance(found[t], dict)
                                     else found[t])) in asked
        for t in topics)

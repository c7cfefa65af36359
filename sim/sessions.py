"""Sessions on disk: every turn of a meeting saved at once, resumable, and exported with its score.

A session is a transcript (sim.transcript format, no clock time) plus a small meta file with
the session id and the wall-clock times. Both are written atomically after every turn, transcript
first: killing the process at any moment loses no turn the trainee has seen, and resuming replays
the transcript's inputs into a fresh Meeting. No textual here: the app and the CLI both use it.

Layout under the data folder (platformdirs' user data path, or $BROBYGGER_DATA):

    sessions/<id>.json        the transcript, the truth
    sessions/<id>.meta.json   id, scenario, created/updated times, finished
    exports/<id>.{md,html,json}
    settings.json             the app's persisted settings (language, theme)
"""

from __future__ import annotations

import html
import json
import os
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import platformdirs

from sim.agreement import Terms
from sim.content.library import APP_NAME, ContentLibrary
from sim.engine.meeting import Meeting
from sim.play import format_transcript, new_meeting
from sim.transcript import (
    TranscriptError,
    dumps,
    inputs_of,
    load_transcript,
    replay_into,
    saved_as_ended,
    transcript_of,
    write_atomic,
)

DATA_ENV_VAR = "BROBYGGER_DATA"
META_FORMAT = "brobygger-session"
META_VERSION = 1
SETTINGS_KEYS = ("lang", "theme")


AS_PLAYED = ".as-played.json"  # a session's transcript as played, kept when a resume differs


def data_dir() -> Path:
    """The user's Brobygger data folder ($BROBYGGER_DATA overrides it, e.g. for tests)."""
    override = os.environ.get(DATA_ENV_VAR, "").strip()
    return Path(override).expanduser() if override else platformdirs.user_data_path(APP_NAME)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# --------------------------------------------------------------------------- settings


def load_settings(root: Path | None = None) -> dict[str, str]:
    """The persisted settings; a missing or unreadable file gives no settings (never an error)."""
    path = (root or data_dir()) / "settings.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if k in SETTINGS_KEYS and isinstance(v, str)}


def save_settings(changes: dict[str, str], root: Path | None = None) -> None:
    """Merge `changes` into the persisted settings (atomically)."""
    root = root or data_dir()
    settings = {**load_settings(root), **{k: v for k, v in changes.items() if k in SETTINGS_KEYS}}
    write_atomic(root / "settings.json", json.dumps(settings, indent=2, sort_keys=True) + "\n")


# --------------------------------------------------------------------------- the store


class SessionError(Exception):
    """A session that cannot be found, read or resumed; the message says why."""


@dataclass(frozen=True)
class SessionInfo:
    """One saved session, as the picker lists it."""

    id: str
    scenario_id: str
    scenario_title: str
    created: str  # ISO 8601, UTC
    updated: str
    turns: int
    phase: str
    finished: bool
    path: Path


class SessionStore:
    """The sessions folder: new ids, listing (newest first), lookup, and the file paths."""

    def __init__(self, root: Path | None = None, now: Callable[[], str] = _now) -> None:
        self.root = root or data_dir()
        self.now = now

    @property
    def sessions_dir(self) -> Path:
        return self.root / "sessions"

    @property
    def exports_dir(self) -> Path:
        return self.root / "exports"

    def transcript_path(self, session_id: str) -> Path:
        return self.sessions_dir / f"{session_id}.json"

    def meta_path(self, session_id: str) -> Path:
        return self.sessions_dir / f"{session_id}.meta.json"

    def new_id(self, scenario_id: str) -> str:
        """Sortable by start time, unique: `20250301-101500-<scenario>-<4 hex>`."""
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        while True:
            sid = f"{stamp}-{scenario_id}-{secrets.token_hex(2)}"
            if not self.transcript_path(sid).exists():
                return sid

    def read_meta(self, session_id: str) -> dict[str, Any]:
        try:
            data = json.loads(self.meta_path(session_id).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def list(self, unfinished_only: bool = False) -> list[SessionInfo]:
        """Saved sessions, newest first. Unreadable files are skipped, never raised."""
        out: list[SessionInfo] = []
        if not self.sessions_dir.is_dir():
            return out
        for path in self.sessions_dir.glob("*.json"):
            if path.name.endswith((".meta.json", AS_PLAYED)) or path.name.startswith("."):
                continue
            sid = path.name.removesuffix(".json")
            try:
                data = load_transcript(path)
            except TranscriptError:
                continue
            meta = self.read_meta(sid)
            outcome = data.get("outcome") or {}
            finished = bool(meta.get("finished") or outcome.get("ended"))
            if unfinished_only and finished:
                continue
            created = str(meta.get("created") or "")
            out.append(
                SessionInfo(
                    id=sid,
                    scenario_id=data["scenario_id"],
                    scenario_title=str(data.get("scenario_title", data["scenario_id"])),
                    created=created,
                    updated=str(meta.get("updated") or created),
                    turns=sum(1 for t in data["turns"] if t.get("action") == "say"),
                    phase=str(outcome.get("phase", "")),
                    finished=finished,
                    path=path,
                )
            )
        # The id starts with the start time, so it breaks ties between equal `created` values.
        out.sort(key=lambda s: (s.created, s.id), reverse=True)
        return out

    def resolve(self, ref: str | None) -> str:
        """A session id from an id, a unique id prefix, a transcript path, or (None) the newest
        unfinished session."""
        if ref is None:
            unfinished = self.list(unfinished_only=True)
            if not unfinished:
                raise SessionError("no unfinished session to resume")
            return unfinished[0].id
        path = Path(ref).expanduser()
        if path.suffix == ".json" and path.is_file():
            if path.resolve().parent != self.sessions_dir.resolve():
                raise SessionError(f"{ref}: not a session in {self.sessions_dir}")
            return path.name.removesuffix(".json")
        if self.transcript_path(ref).is_file():
            return ref
        hits = [s.id for s in self.list() if s.id.startswith(ref)]
        if len(hits) == 1:
            return hits[0]
        if hits:
            raise SessionError(f"'{ref}' matches several sessions: {', '.join(hits[:5])}")
        raise SessionError(f"no session '{ref}' in {self.sessions_dir}")


# --------------------------------------------------------------------------- a live session


@dataclass
class Session:
    """A meeting being played and saved: every `say` and `end` is written before it returns.

    The lock serialises turns: the app plays them in a worker thread, and a second turn must
    never run against the same Meeting while one is in flight.
    """

    store: SessionStore
    meeting: Meeting
    id: str
    created: str
    scenario_path: str = ""
    warnings: list[str] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @classmethod
    def start(
        cls, store: SessionStore, library: ContentLibrary, scenario_ref: str, seed: int
    ) -> Session:
        meeting = new_meeting(library, scenario_ref, seed)
        sid = meeting.scenario.id
        try:
            source = str(library.source_of(sid, "scenario").resolve())
        except KeyError:
            source = ""
        session = cls(store, meeting, store.new_id(sid), store.now(), scenario_path=source)
        session.save()
        return session

    @classmethod
    def resume(cls, store: SessionStore, library: ContentLibrary, ref: str | None) -> Session:
        """Load a saved session and replay its inputs into a fresh meeting."""
        sid = store.resolve(ref)
        try:
            saved = load_transcript(store.transcript_path(sid))
        except TranscriptError as exc:
            raise SessionError(str(exc)) from None
        meta = store.read_meta(sid)
        scenario_ref = saved["scenario_id"]
        if scenario_ref not in library.scenarios and meta.get("scenario_path"):
            scenario_ref = str(meta["scenario_path"])
        try:
            meeting = new_meeting(library, scenario_ref, saved["seed"])
        except LookupError as exc:
            raise SessionError(f"session {sid}: {exc.args[0]}") from None
        except Exception as exc:  # ContentError from a scenario file that no longer loads
            raise SessionError(f"session {sid}: the scenario does not load: {exc}") from None
        replay_into(meeting, inputs_of(saved), ended=saved_as_ended(saved))
        session = cls(
            store,
            meeting,
            sid,
            str(meta.get("created") or store.now()),
            scenario_path=str(meta.get("scenario_path") or ""),
        )
        if meeting.content_hash != saved.get("content_hash"):
            session.warnings.append("content_changed")
        if len(meeting.records) != len(saved["turns"]) or any(
            a.get("replies") != b.get("replies")
            for a, b in zip(meeting.records, saved["turns"], strict=True)
        ):
            session.warnings.append("replay_differs")
        if session.warnings:
            # the next save writes the replayed meeting: keep the transcript as it was played
            kept = store.sessions_dir / f"{sid}{AS_PLAYED}"
            if not kept.exists():
                write_atomic(kept, dumps(saved))
        return session

    # ------------------------------------------------------------------ turns

    @property
    def finished(self) -> bool:
        return self.meeting.ended

    def say(self, text: str, terms: Terms | None = None, to: str | None = None) -> dict[str, Any]:
        with self._lock:
            record = self.meeting.take_turn(text, terms=terms, to=to)
            self.save()
            return record

    def end(self) -> dict[str, Any]:
        with self._lock:
            record = self.meeting.end()
            self.save()
            return record

    def transcript(self) -> dict[str, Any]:
        return transcript_of(self.meeting)

    def save(self) -> None:
        """Transcript first (the truth), then the meta file; each write is atomic."""
        data = self.transcript()
        write_atomic(self.store.transcript_path(self.id), dumps(data))
        meta = {
            "format": META_FORMAT,
            "version": META_VERSION,
            "id": self.id,
            "scenario_id": self.meeting.scenario.id,
            "scenario_title": self.meeting.scenario.title,
            "scenario_path": self.scenario_path,
            "created": self.created,
            "updated": self.store.now(),
            "turns": self.meeting.state.turn,
            "phase": self.meeting.phase,
            "finished": self.finished,
        }
        write_atomic(
            self.store.meta_path(self.id), json.dumps(meta, indent=2, ensure_ascii=False) + "\n"
        )


# --------------------------------------------------------------------------- score and export


def score_of(transcript: dict[str, Any], meeting: Meeting) -> Any:
    """The Scorecard of a transcript, or None while the scoring package offers none.

    Errors inside scoring propagate: the caller shows them; a missing API is not an error.
    """
    try:
        from scoring import score_transcript  # type: ignore[attr-defined]
    except ImportError:
        return None
    return score_transcript(transcript, meeting.scenario)


def renderers() -> Any:
    """scoring.render (markdown, text, html), or None while scoring offers none."""
    try:
        from scoring import render  # type: ignore[attr-defined]
    except ImportError:
        return None
    return render


EXPORT_FORMATS = ("md", "html", "json")


def render_export(
    transcript: dict[str, Any], card: Any, lang: str, fmt: str, render: Any = None
) -> str:
    """The transcript with its score as one document: "md", "html" or "json".

    `render` is scoring.render (see `renderers()`); with no scorecard or no renderer the
    Markdown and HTML carry the readable transcript alone, the JSON `"score": null`.
    Used by the debrief's export and by `brobygger export`.
    """
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (known: {', '.join(EXPORT_FORMATS)})")
    if card is None:
        render = None
    if fmt == "json":
        return dumps({"transcript": transcript, "score": card.to_dict() if card else None})
    readable = format_transcript(transcript, lang)
    if fmt == "md":
        if render is None:
            return f"# {transcript['scenario_title']}\n\n```text\n{readable}```\n"
        if hasattr(render, "full_markdown"):
            return render.full_markdown(transcript, card, lang)
        return render.markdown(card, lang) + "\n\n```text\n" + readable + "```\n"
    if render is None:
        return (
            f'<!doctype html>\n<html lang="{lang}"><meta charset="utf-8">'
            f"<title>{html.escape(transcript['scenario_title'])}</title>\n"
            f"<pre>{html.escape(readable)}</pre>\n</html>\n"
        )
    return render.html(card, transcript, lang)


def export_session(
    store: SessionStore,
    session_id: str,
    transcript: dict[str, Any],
    card: Any,
    lang: str,
    render: Any = None,
) -> dict[str, Path]:
    """Write the transcript with its score as Markdown, HTML and JSON under exports/
    (see `render_export`)."""
    out = {fmt: store.exports_dir / f"{session_id}.{fmt}" for fmt in EXPORT_FORMATS}
    for fmt, path in out.items():
        write_atomic(path, render_export(transcript, card, lang, fmt, render))
    return out

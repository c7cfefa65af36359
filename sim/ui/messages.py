"""App-wide messages: what the workers that run the engine, scoring and file I/O post back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.message import Message

from sim.present import Branch, Comparison
from sim.sessions import Session, SessionInfo


class SessionReady(Message):
    """A session was started or resumed (off the UI thread) and can be shown."""

    def __init__(self, session: Session, resumed: bool = False) -> None:
        super().__init__()
        self.session = session
        self.resumed = resumed


class SessionFailed(Message):
    """A session could not be started or resumed; `error` says why."""

    def __init__(self, error: str) -> None:
        super().__init__()
        self.error = error


class SessionsListed(Message):
    """The saved, unfinished sessions, newest first."""

    def __init__(self, sessions: list[SessionInfo]) -> None:
        super().__init__()
        self.sessions = sessions


class TurnPlayed(Message):
    """The engine played a trainee turn (or ended the meeting); a session's record is saved
    already, a what-if branch's lives in memory."""

    def __init__(self, record: dict[str, Any]) -> None:
        super().__init__()
        self.record = record


class TurnFailed(Message):
    """The engine or the save failed on a turn; the trainee's text is given back."""

    def __init__(self, error: str, text: str) -> None:
        super().__init__()
        self.error = error
        self.text = text


class ScoreReady(Message):
    """The scorecard of a finished session: `card` (a Scorecard) or None without scoring."""

    def __init__(self, card: Any, error: str = "") -> None:
        super().__init__()
        self.card = card
        self.error = error


class ExportDone(Message):
    """The session was exported; `paths` by format (md, html, json), or `error`."""

    def __init__(self, paths: dict[str, Path], error: str = "") -> None:
        super().__init__()
        self.paths = paths
        self.error = error


class BranchReady(Message):
    """A what-if branch was replayed up to its turn (off the UI thread) and can be played on."""

    def __init__(self, branch: Branch) -> None:
        super().__init__()
        self.branch = branch


class BranchFailed(Message):
    """A what-if could not be started or compared; `error` says why."""

    def __init__(self, error: str) -> None:
        super().__init__()
        self.error = error


class ComparisonReady(Message):
    """The original outcome and the what-if's, both scored."""

    def __init__(self, comparison: Comparison) -> None:
        super().__init__()
        self.comparison = comparison


class BranchSaved(Message):
    """A what-if branch was saved as a transcript at `path` (None, with `error`, on failure)."""

    def __init__(self, path: Path | None, error: str = "") -> None:
        super().__init__()
        self.path = path
        self.error = error

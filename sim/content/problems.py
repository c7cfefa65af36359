"""Problems in content files (path, line, key path, message) and the error that carries them."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

Severity = Literal["error", "warning"]
KeyPath = tuple[str | int, ...]

_PLAIN_KEY = re.compile(r"^[A-Za-z0-9_-]+$")


def format_key(key_path: Sequence[str | int]) -> str:
    """Render a key path tuple as an instructor reads it: `needs[2].reveal.topics[0]`.

    Keys that are not plain words (spaces, dots, brackets, empty) are quoted: `lines["a b"]`.
    """
    out = ""
    for part in key_path:
        if isinstance(part, int):
            out += f"[{part}]"
        elif _PLAIN_KEY.match(part):
            out += f".{part}" if out else part
        else:
            out += '["' + part.replace("\\", "\\\\").replace('"', '\\"') + '"]'
    return out


def suggest(word: str, options: Iterable[str]) -> str | None:
    """The closest option to a misspelt word, if one is close enough (for 'did you mean')."""
    options = list(options)
    hits = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    if not hits:
        lowered = {o.lower(): o for o in options}
        hits = [lowered[h] for h in difflib.get_close_matches(word.lower(), list(lowered), 1, 0.6)]
    return hits[0] if hits else None


@dataclass(frozen=True)
class Problem:
    """One problem in one file; `line` is 1-based, `key` a dotted key path (may be empty)."""

    path: Path
    line: int | None
    key: str
    message: str
    severity: Severity = "error"

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def format(self) -> str:
        """`path:line: key.path: message`; warnings read `path:line: warning: key.path: message`."""
        parts = [f"{self.path}:{self.line}" if self.line is not None else str(self.path)]
        if self.severity == "warning":
            parts.append("warning")
        if self.key:
            parts.append(self.key)
        parts.append(self.message)
        return ": ".join(parts)

    def to_json(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "line": self.line,
            "key": self.key,
            "message": self.message,
            "severity": self.severity,
        }

    def sort_key(self) -> tuple[str, int, str, str]:
        return (str(self.path), self.line or 0, self.key, self.message)

    def __str__(self) -> str:
        return self.format()


def sorted_problems(problems: Iterable[Problem]) -> list[Problem]:
    """Problems in file order (path, then line), duplicates dropped."""
    return sorted(set(problems), key=Problem.sort_key)


class ContentError(Exception):
    """Content that cannot be used; carries every problem found, not just the first."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: list[Problem] = list(problems)
        super().__init__(self._summary())

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    def _summary(self) -> str:
        lines = [p.format() for p in self.problems]
        n = sum(1 for p in self.problems if p.is_error)
        head = f"{n} content error{'s' if n != 1 else ''}"
        return "\n".join([head, *lines]) if lines else head

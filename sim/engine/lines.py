"""Seeded choice of line variants and placeholder filling: replies vary, yet replay exactly."""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence


class _SafeDict(dict):
    def __missing__(self, key: str) -> str:  # an unknown placeholder is left as written
        return "{" + key + "}"


class LinePicker:
    """Picks one of several variants with the meeting's RNG, avoiding the one used last time."""

    def __init__(self, seed: int, values: Mapping[str, str]) -> None:
        self._rng = random.Random(seed)
        self._values = _SafeDict(values)
        self._last: dict[int, str] = {}

    def pick(self, variants: Sequence[str], **extra: str) -> str:
        if not variants:
            return ""
        key = hash(tuple(variants))
        choices = [v for v in variants if v != self._last.get(key)] or list(variants)
        line = choices[self._rng.randrange(len(choices))]
        self._last[key] = line
        values = _SafeDict(self._values)
        values.update(extra)
        try:
            return line.format_map(values)
        except (ValueError, IndexError):  # stray braces in content: show the line as written
            return line

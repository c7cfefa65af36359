"""Seeded choice of line variants and placeholder filling: replies vary, yet replay exactly."""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence

# What an employer says at the end of the meeting's time when the persona file (written before
# the meeting ran on minutes) has no line of its own for it.
DEFAULT_LINES: dict[str, dict[str, tuple[str, ...]]] = {
    "time_up": {
        "da": ("Jeg bliver nødt til at stoppe her – jeg har et andet møde. Send mig et udkast på "
               "det, vi har talt om, så ringer jeg til dig.",),
        "en": ("I have to stop here – I've got another meeting. Send me a draft of what we've "
               "talked about, and I'll give you a call.",),
    },
    "time_over": {
        "da": ("Tiden er gået, og jeg må videre. Tak fordi du kom forbi.",),
        "en": ("We're out of time, and I have to get on. Thanks for coming by.",),
    },
}


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

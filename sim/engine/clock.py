"""The meeting's clock: what a turn costs in minutes, and what the scenario's minutes allow.

A meeting has the minutes the scenario gives it, not a number of turns: a turn takes the time it
takes to say the trainee's words and the replies to them, plus a moment between speakers. A short,
relevant question is cheap; a long speech costs what it costs. The linter estimates how many turns
a meeting can hold from the same figures.
"""

from __future__ import annotations

from collections.abc import Iterable

WORDS_PER_MINUTE = 150  # unhurried Danish and English speech in a meeting
PAUSE_MINUTES = 0.25  # between speakers: listening, thinking, a glance at the notes
MIN_TURN_MINUTES = 0.4  # the quickest turn: a short question and a short answer
TIME_UP_GOOD_TRUST = 60  # at this trust the employer, out of time, asks for a follow-up
TIME_LOW_MINUTES = 3.0  # this close to the end the employer says time is running short


def words(text: str) -> int:
    return len(text.split())


def turn_minutes(said: str, replies: Iterable[str]) -> float:
    """Minutes one turn takes: the trainee's words, the replies and the pause between them."""
    spoken = words(said) + sum(words(r) for r in replies)
    return max(MIN_TURN_MINUTES, PAUSE_MINUTES + spoken / WORDS_PER_MINUTE)


def max_turns(minutes: float) -> int:
    """The most turns a meeting of `minutes` can hold (every turn as short as a turn gets)."""
    return max(1, int(minutes / MIN_TURN_MINUTES))

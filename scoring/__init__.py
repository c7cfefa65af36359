"""Scoring: turns a played meeting into an explainable, reproducible assessment."""

from scoring.card import Scorecard
from scoring.score import score_transcript

__all__ = ["Scorecard", "score_transcript"]

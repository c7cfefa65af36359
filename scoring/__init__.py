"""Scoring: turns a played meeting into an explainable, reproducible assessment."""

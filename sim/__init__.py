"""Brobygger engine: content, dialogue reading, agents and headless play (no UI)."""

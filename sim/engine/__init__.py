"""The meeting engine: state machine, employer and citizen agents, turn processing (no UI)."""

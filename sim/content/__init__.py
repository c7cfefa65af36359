"""Content: the scenario and persona file formats, their loading and validation."""

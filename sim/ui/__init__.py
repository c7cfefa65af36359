"""The Textual app of Brobygger: the only package that imports textual (the engine never does)."""

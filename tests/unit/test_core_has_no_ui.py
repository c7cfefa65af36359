"""The engine, content code and scoring run without a UI: importing them never imports textual."""

import subprocess
import sys

CORE = [
    "sim.cli",
    "sim.reading.acts",
    "sim.text",
    "sim.reading.topics",
    "sim.reading.terms",
    "sim.judge",
    "sim.play",
    "sim.bench",
    "sim.loadtest",
    "sim.present",
    "sim.sessions",
    "sim.transcript",
    "sim.content.library",
    "sim.content.schema",
    "sim.engine.meeting",
    "scoring",
]


def test_core_modules_do_not_import_textual() -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {CORE!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""

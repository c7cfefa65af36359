"""Entry point for `python -m sim`: the same commands as the `brobygger` script.

Run with a Python that lacks the project's dependencies (e.g. the machine's own `python`), it
hands over to the project's virtual environment, or to `uv run`, instead of failing.
"""

import importlib.util
import os
import shutil
import sys
from pathlib import Path

REQUIRED = ("yaml", "pydantic", "transitions", "rapidfuzz", "snowballstemmer", "platformdirs")
GUARD = "BROBYGGER_REEXEC"


def _missing() -> list[str]:
    return [name for name in REQUIRED if importlib.util.find_spec(name) is None]


def _hand_over(missing: list[str]) -> None:
    """Re-run this command where the dependencies are; never returns unless it cannot."""
    root = Path(__file__).resolve().parent.parent
    args = ["-m", "sim", *sys.argv[1:]]
    env = {**os.environ, GUARD: "1"}
    venv_python = root / ".venv" / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    if venv_python.exists():
        os.execve(venv_python, [str(venv_python), *args], env)
    uv = shutil.which("uv")
    if uv and (root / "pyproject.toml").exists():
        os.execve(uv, [uv, "run", "--quiet", "--project", str(root), "python", *args], env)
    print(
        f"brobygger: this Python ({sys.executable}) lacks {', '.join(missing)}; "
        "run `uv sync` in the project folder, or use `uv run brobygger`",
        file=sys.stderr,
    )
    sys.exit(2)


if __name__ == "__main__":
    missing = _missing()
    if missing:
        if os.environ.get(GUARD):
            print(f"brobygger: missing dependencies: {', '.join(missing)}", file=sys.stderr)
            sys.exit(2)
        _hand_over(missing)
    from sim.cli import main

    sys.exit(main())

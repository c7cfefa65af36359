"""`brobygger bench --serve`: browser sessions of `brobygger serve` on loopback, torn down after.

Only that the sessions answered is asserted; how fast is what the benchmark itself reports.
"""

from __future__ import annotations

import json
from importlib.util import find_spec

import pytest

from sim.cli import main
from sim.loadtest import LoadTestError, run_load
from sim.ui.zygote import supported as zygote_supported

needs_serve = pytest.mark.skipif(
    find_spec("textual_serve") is None,
    reason="textual-serve is not installed (uv sync --extra serve)",
)


@needs_serve
def test_two_sessions_answer_every_key(capsys) -> None:
    assert main(["bench", "--serve", "2", "--timeout", "45", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["host"] == "127.0.0.1"
    assert result["sessions"] == 2 and result["answered"] == 2
    for session in result["per_session"]:
        assert session["error"] == ""
        assert session["startup_s"] is not None
        assert len(session["latencies_s"]) == result["keys_per_session"]
        assert all(x is not None for x in session["latencies_s"])
    if zygote_supported():  # serve's default: both sessions forked from the zygote
        assert result["prefork"] == {"forked": 2, "declined": 0}
    else:
        assert result["prefork"] is None


@pytest.mark.parametrize("n, timeout", [(0, 60), (101, 60), (2, 0), (2, 601)])
def test_counts_and_time_are_bounded(n: int, timeout: float) -> None:
    with pytest.raises(LoadTestError):
        run_load(n, timeout=timeout)

"""`brobygger bench --serve N`: N browser sessions of `brobygger serve` at once, timed, on loopback.

The server runs in a subprocess on 127.0.0.1 and a free port, with a throwaway data folder.
Each session speaks textual-serve's websocket protocol as a browser does (GET /ws?width=W&
height=H; JSON text frames ["resize", {"width", "height"}] and ["stdin", "<keys>"] up; binary
frames of terminal output down), waits for its first screen (the scenario picker), then presses
keys that move the cursor in the scenario list and times each one from the key sent to the first
output frame after it. Counts and time are bounded, and the server and every app process it
started are always torn down. aiohttp (textual-serve's own dependency) is the client; no
textual is imported here.
"""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from sim.bench import _percentile

HOST = "127.0.0.1"  # loopback only: the benchmark never listens on or connects to anything else
MAX_SESSIONS = 100
MAX_TIMEOUT_S = 600.0
TARGET_S = 1.0
SIZE = (80, 24)
DOWN, UP = "\x1b[B", "\x1b[A"
KEYS: tuple[str, ...] = (DOWN, DOWN, UP)  # each moves the picker's cursor: the screen changes
FIRST_SCREEN_MARKER = b"Scenarier"  # the picker's heading (the app runs in Danish here)
QUIET_S = 0.25  # no output for this long: the screen has settled
KEY_WAIT_S = 10.0  # a key with no answer after this long counts as unanswered


class LoadTestError(Exception):
    """The load test could not run (bad arguments, no textual-serve, the server did not start)."""


def free_port() -> int:
    """A port on the loopback address that is free now (the server binds it right after)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def _stats(values: Sequence[float], scale: float = 1.0) -> dict[str, float | None]:
    if not values:
        return {"p50": None, "p95": None, "max": None}
    return {
        "p50": _percentile(values, 0.5) * scale,
        "p95": _percentile(values, 0.95) * scale,
        "max": max(values) * scale,
    }


async def _receive_data(ws: Any, until: float) -> bytes | None:
    """The next frame of terminal output before `until` (monotonic); None on timeout or close.

    Text frames (textual-serve's JSON meta, e.g. ["pong", …]) are skipped.
    """
    import aiohttp

    while True:
        left = until - time.monotonic()
        if left <= 0:
            return None
        try:
            msg = await ws.receive(timeout=left)
        except TimeoutError:
            return None
        if msg.type == aiohttp.WSMsgType.BINARY:
            return bytes(msg.data)
        if msg.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.ERROR):
            return None


async def _settle(ws: Any, until: float) -> None:
    """Read output until there has been none for QUIET_S (or `until` passes)."""
    while time.monotonic() < until:
        if await _receive_data(ws, min(until, time.monotonic() + QUIET_S)) is None:
            return


async def _session(
    i: int, http: Any, url: str, keys: Sequence[str], deadline: float
) -> dict[str, Any]:
    """One browser: connect, first screen, then each key timed to the screen's answer."""
    out: dict[str, Any] = {"session": i, "startup_s": None, "latencies_s": [], "error": ""}
    started = time.monotonic()
    try:
        async with http.ws_connect(url, max_msg_size=0, heartbeat=None) as ws:
            await ws.send_json(["resize", {"width": SIZE[0], "height": SIZE[1]}])
            seen = b""
            while FIRST_SCREEN_MARKER not in seen:
                data = await _receive_data(ws, deadline)
                if data is None:
                    out["error"] = "no first screen"
                    return out
                seen = (seen + data)[-65536:]
            out["startup_s"] = time.monotonic() - started
            for key in keys:
                await _settle(ws, deadline)
                sent = time.monotonic()
                await ws.send_json(["stdin", key])
                data = await _receive_data(ws, min(deadline, sent + KEY_WAIT_S))
                if data is None:
                    out["latencies_s"].append(None)
                    out["error"] = "a key went unanswered"
                    continue
                out["latencies_s"].append(time.monotonic() - sent)
    except Exception as exc:  # connection refused or reset: reported per session, not raised
        out["error"] = out["error"] or f"{type(exc).__name__}: {exc}"
    return out


async def _wait_for_server(http: Any, base: str, proc: subprocess.Popen, until: float) -> None:
    import aiohttp

    while time.monotonic() < until:
        if proc.poll() is not None:
            raise LoadTestError(f"the server exited at once (exit code {proc.returncode})")
        try:
            async with http.get(base + "/") as response:
                if response.status == 200:
                    return
        except aiohttp.ClientError:
            pass
        await asyncio.sleep(0.1)
    raise LoadTestError("the server did not answer in time")


async def _drive(
    n: int, port: int, keys: Sequence[str], proc: subprocess.Popen, timeout: float
) -> dict[str, Any]:
    import aiohttp

    start = time.monotonic()
    deadline = start + timeout
    base = f"http://{HOST}:{port}"
    url = f"ws://{HOST}:{port}/ws?width={SIZE[0]}&height={SIZE[1]}"
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector) as http:
        await _wait_for_server(http, base, proc, min(deadline, start + 30))
        ready = time.monotonic()
        sessions = await asyncio.gather(
            *(_session(i, http, url, keys, deadline) for i in range(1, n + 1))
        )
    startups = [s["startup_s"] for s in sessions if s["startup_s"] is not None]
    latencies = [x for s in sessions for x in s["latencies_s"] if x is not None]
    answered = [
        s for s in sessions
        if s["startup_s"] is not None and len(s["latencies_s"]) == len(keys)
        and all(x is not None for x in s["latencies_s"])
    ]
    within = [s for s in answered if all(x <= TARGET_S for x in s["latencies_s"])]
    return {
        "sessions": n,
        "host": HOST,
        "port": port,
        "size": list(SIZE),
        "keys_per_session": len(keys),
        "server_start_s": ready - start,
        "startup_s": _stats(startups),
        "latency_ms": _stats(latencies, 1000.0),
        "key_presses": len(latencies),
        "answered": len(answered),
        "within_target": len(within),
        "target_s": TARGET_S,
        "all_within_target": len(within) == n,
        "per_session": sessions,
        "total_s": time.monotonic() - start,
    }


def _teardown(proc: subprocess.Popen) -> None:
    """Stop the server, then anything left of its process group (the app processes it started):
    the server was started in a session of its own, so its group id is its pid."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pass
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(proc.pid, sig)
        except (ProcessLookupError, PermissionError):
            break
        time.sleep(0.2 if sig == signal.SIGTERM else 0)
    if proc.poll() is None:
        proc.kill()
    proc.wait(timeout=5)


def _forked(log: str) -> dict[str, int] | None:
    """How many sessions the zygote forked and declined, from its last words in the log."""
    import re

    found = re.findall(r"(\d+) session\(s\) forked from the preloaded app, (\d+) declined", log)
    if not found:
        return None
    forked, declined = found[-1]
    return {"forked": int(forked), "declined": int(declined)}


def run_load(
    n: int,
    timeout: float = 60.0,
    content: Sequence[str] = (),
    keys: Sequence[str] = KEYS,
    prefork: bool = True,
) -> dict[str, Any]:
    """Run the load test with n sessions; every session and the whole run are bounded.

    With prefork (serve's default) the result's "prefork" says how many sessions the zygote
    forked and declined (None: it did not run, e.g. --no-prefork).
    """
    if not 1 <= n <= MAX_SESSIONS:
        raise LoadTestError(f"sessions must be 1–{MAX_SESSIONS}, not {n}")
    if not 0 < timeout <= MAX_TIMEOUT_S:
        raise LoadTestError(f"--timeout must be more than 0 and at most {MAX_TIMEOUT_S:g} s")
    if find_spec("textual_serve") is None or find_spec("aiohttp") is None:
        raise LoadTestError(
            "needs textual-serve (and its aiohttp): uv sync --extra serve, "
            "or pip install 'brobygger[serve]'"
        )
    with tempfile.TemporaryDirectory(prefix="brobygger-load-") as tmp:
        port = free_port()
        env = {**os.environ, "BROBYGGER_DATA": str(Path(tmp) / "data"), "BROBYGGER_LANG": "da"}
        command = [sys.executable, "-m", "sim", "serve", "--host", HOST, "--port", str(port)]
        if not prefork:
            command.append("--no-prefork")
        for folder in content:
            command += ["--content", str(Path(folder).resolve())]
        log = Path(tmp) / "server.log"
        with log.open("wb") as sink:
            proc = subprocess.Popen(
                command,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=sink,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
            try:
                result = asyncio.run(asyncio.wait_for(_drive(n, port, keys, proc, timeout),
                                                      timeout + 5))
            except TimeoutError:
                raise LoadTestError(f"the run took longer than {timeout:g} s") from None
            except LoadTestError as exc:
                tail = log.read_text(encoding="utf-8", errors="replace")[-2000:]
                raise LoadTestError(f"{exc}\n{tail}".rstrip()) from None
            finally:
                _teardown(proc)
        result["prefork"] = _forked(log.read_text(encoding="utf-8", errors="replace"))
        return result


def format_load(r: dict[str, Any]) -> str:
    def secs(stats: dict[str, float | None], unit: str, fmt: str) -> str:
        return " ".join(
            f"{k} {format(v, fmt) if v is not None else '-'}{unit}" for k, v in stats.items()
        )

    n = r["sessions"]
    lines = [
        f"{n} browser session(s) of `brobygger serve` on {r['host']}:{r['port']} at once "
        f"({r['size'][0]}x{r['size'][1]}, {r['keys_per_session']} keys each)",
        f"server up in {r['server_start_s']:.2f} s"
        + (" (no prefork)" if r.get("prefork") is None else
           f" (prefork: {r['prefork']['forked']} forked, {r['prefork']['declined']} declined)"),
        f"first screen (app start):   {secs(r['startup_s'], ' s', '.2f')}",
        f"key → screen update:        {secs(r['latency_ms'], ' ms', '.0f')} "
        f"({r['key_presses']} key presses)",
        f"sessions that answered:     {r['answered']}/{n}",
        f"answered every key ≤ {r['target_s']:g} s: {r['within_target']}/{n}"
        f" ({'met' if r['all_within_target'] else 'MISSED'})",
    ]
    errors = [s for s in r["per_session"] if s["error"]]
    for s in errors[:10]:
        lines.append(f"  session {s['session']}: {s['error']}")
    lines.append(f"total {r['total_s']:.1f} s")
    return "\n".join(lines)

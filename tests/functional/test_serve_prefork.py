"""`brobygger serve`'s zygote: forked sessions, the launcher's plain fallback, and a clean stop.

Only what happens is asserted, never how fast: the speed is what `bench --serve` reports.
"""

from __future__ import annotations

import ast
import asyncio
import functools
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from importlib.util import find_spec
from pathlib import Path

import pytest

from sim.loadtest import FIRST_SCREEN_MARKER, HOST, SIZE, _receive_data, free_port
from sim.ui import zygote as zy

pytestmark = pytest.mark.skipif(not zy.supported(), reason="pre-forking needs POSIX")
needs_ps = pytest.mark.skipif(shutil.which("ps") is None, reason="ps is needed")
needs_serve = pytest.mark.skipif(
    find_spec("textual_serve") is None, reason="textual-serve is needed (uv sync --extra serve)"
)
LINES = "hej\nkan I bruge en praktikant?\n"


@functools.cache
def _classify_plain() -> str:
    out = subprocess.run(
        [sys.executable, "-m", "sim", "classify"], input=LINES, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    return out.stdout


@pytest.fixture(scope="module")
def zygote():
    z = zy.Zygote.start(["classify"])
    yield z
    z.stop()


def test_launcher_imports_only_builtin_modules() -> None:
    tree = ast.parse(zy.LAUNCHER.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            names.add(node.module or "")
    assert names <= {"os", "sys", "_socket", "_signal", "array", "select", "time"}


def test_launcher_falls_back_when_no_zygote_listens(tmp_path: Path) -> None:
    missing = tmp_path / "nobody.sock"
    out = subprocess.run(
        [sys.executable, "-S", str(zy.LAUNCHER), str(missing), "classify"],
        input=LINES,
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout == _classify_plain()


def test_forked_session_is_the_plain_command(zygote) -> None:
    env = zy.serve_environment()
    out = subprocess.run(
        zygote.command(["classify"]), input=LINES, capture_output=True, text=True, env=env
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout == _classify_plain()
    bad = subprocess.run(zygote.command(["no-such-command"]), capture_output=True, text=True,
                         env=env)
    assert bad.returncode == 2 and "invalid choice" in bad.stderr


def test_zygote_declines_other_import_time_settings(zygote) -> None:
    env = {**zy.serve_environment(), "TEXTUAL_FPS": "5"}
    out = subprocess.run(
        zygote.command(["classify"]), input=LINES, capture_output=True, text=True, env=env
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout == _classify_plain()  # run by the launcher's plain fallback


def _children(pid: int) -> list[int]:
    out = subprocess.run(["ps", "-e", "-o", "pid=,ppid="], capture_output=True, text=True)
    pairs = [line.split() for line in out.stdout.splitlines()]
    return [int(p) for p, pp in pairs if int(pp) == pid]


def _gone(pid: int, within: float = 10.0) -> bool:
    end = time.monotonic() + within
    while time.monotonic() < end:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    return False


@needs_ps
def test_session_is_hung_up_when_its_launcher_dies(zygote) -> None:
    launcher = subprocess.Popen(
        zygote.command(["classify"]),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=zy.serve_environment(),
    )
    try:
        end = time.monotonic() + 10
        while not (forked := _children(zygote.proc.pid)) and time.monotonic() < end:
            time.sleep(0.05)
        assert len(forked) == 1  # classify waits on its stdin, which stays open here
        launcher.kill()
        launcher.wait()
        assert _gone(forked[0])
    finally:
        launcher.kill()
        launcher.wait()
        for stream in (launcher.stdin, launcher.stdout):
            stream.close()


def _session_processes(sid: int) -> list[str]:
    """Every live process in the session `sid` (pid and command line); zombies are dead."""
    out = subprocess.run(
        ["ps", "-e", "-ww", "-o", "sid=,pid=,stat=,args="], capture_output=True, text=True
    )
    rows = [line.split(None, 3) for line in out.stdout.splitlines()]
    return [
        " ".join([r[1], *r[3:]])
        for r in rows
        if len(r) >= 3 and r[0] == str(sid) and not r[2].startswith("Z")
    ]


async def _open_sessions(port: int, n: int, shown: list[int], hold: asyncio.Event) -> None:
    """n browser sessions; each counts itself in `shown` at its first screen, then stays open
    (reading, so that it answers the server's close) until `hold` is set."""
    import aiohttp

    url = f"ws://{HOST}:{port}/ws?width={SIZE[0]}&height={SIZE[1]}"
    async with aiohttp.ClientSession() as http:
        end = time.monotonic() + 30
        while time.monotonic() < end:
            try:
                async with http.get(f"http://{HOST}:{port}/") as response:
                    if response.status == 200:
                        break
            except aiohttp.ClientError:
                await asyncio.sleep(0.1)

        async def one() -> None:
            async with http.ws_connect(url, max_msg_size=0, heartbeat=None) as ws:
                await ws.send_json(["resize", {"width": SIZE[0], "height": SIZE[1]}])
                seen = b""
                while FIRST_SCREEN_MARKER not in seen:
                    data = await _receive_data(ws, time.monotonic() + 30)
                    if data is None:
                        return
                    seen = (seen + data)[-65536:]
                shown.append(1)
                while not hold.is_set() and not ws.closed:
                    try:
                        await ws.receive(timeout=0.2)
                    except TimeoutError:
                        pass

        await asyncio.gather(*(one() for _ in range(n)))


@needs_serve
@needs_ps
@pytest.mark.parametrize("stop", ["ctrl-c", "sigkill"])
def test_stopping_serve_leaves_no_process(stop: str) -> None:
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="brobygger-test-") as tmp:
        env = {**os.environ, "BROBYGGER_DATA": str(Path(tmp) / "data"), "BROBYGGER_LANG": "da"}
        serve = subprocess.Popen(
            [sys.executable, "-m", "sim", "serve", "--host", HOST, "--port", str(port)],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # its own session: everything it starts is found by sid
        )
        sid = serve.pid
        try:

            async def scenario() -> list[str]:
                hold = asyncio.Event()
                shown: list[int] = []
                sessions = asyncio.create_task(_open_sessions(port, 2, shown, hold))
                end = time.monotonic() + 40
                while len(shown) < 2 and time.monotonic() < end and not sessions.done():
                    await asyncio.sleep(0.1)
                running = _session_processes(sid)
                # (SIGTERM to serve alone ends the same way, but aiohttp first waits 10-20 s
                # for the open websockets: too slow for a test)
                if stop == "ctrl-c":  # the terminal sends SIGINT to the whole process group
                    os.killpg(sid, signal.SIGINT)
                else:  # serve dies at once: the zygote sees its pipe close and ends the rest
                    serve.kill()
                await asyncio.to_thread(serve.wait, 30)
                hold.set()
                await sessions
                return running

            running = asyncio.run(scenario())
            zygote_line = next(p for p in running if "sim.ui.zygote" in p)
            socket_folder = Path(zygote_line.split()[4]).parent
            assert sum("sim.ui.zygote" in p for p in running) == 3, running  # it and 2 forks
            assert sum("launcher.py" in p for p in running) >= 2, running
            end = time.monotonic() + 15
            while (left := _session_processes(sid)) and time.monotonic() < end:
                time.sleep(0.1)
            assert left == []
            assert not socket_folder.exists()
        finally:
            for sig in (signal.SIGTERM, signal.SIGKILL):
                try:
                    os.killpg(sid, sig)
                except ProcessLookupError:
                    break
                time.sleep(0.2)
            if serve.poll() is None:
                serve.kill()
            serve.wait()

"""Pre-forked sessions for `brobygger serve` (POSIX): one warm process forks each browser's app.

Without it every browser session is a fresh `python -m sim` that spends over a second importing
textual, pydantic and the engine and loading the content library; a class opening the page at
once shares those seconds on a laptop's few cores. `brobygger serve` instead starts this
module once (`python -m sim.ui.zygote SOCKET -- ARG...`): it imports the app, loads the content
library for ARG... (the session's command line) and warms the act reader, then listens on a
Unix socket in a private (0700) folder. textual-serve runs `sim/ui/launcher.py` per session,
which passes its stdin/stdout/stderr, environment, working folder and ARG... here; the zygote
forks, and the child puts those on 0/1/2, takes the environment, resets signal handlers,
re-seeds `random` and runs `sim.cli.main(ARG...)` exactly as `python -m sim ARG...` would
(`sim.cli` hands it the preloaded library while the content files are unchanged). The zygote
reports the child's exit code to the launcher, hangs the child up (SIGHUP) when the launcher
goes away, and ends every child when it is stopped or its parent (serve) goes away.

Before forking the zygote has only imported modules and loaded content: no App, no event loop,
no thread. Textual reads some settings from the environment when it is imported (TEXTUAL_FPS,
TEXTUAL_DRIVER, ...); the zygote is started with the environment textual-serve gives each app
and declines (the launcher then runs the plain command) a session whose such settings differ.
The `Zygote` class is serve's side: start, the per-session command, stop. This module imports
no textual itself; the zygote process does, in `main`.
"""

from __future__ import annotations

import os
import select
import selectors
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, NoReturn

LAUNCHER = Path(__file__).with_name("launcher.py")
SOCKET_NAME = "zygote.sock"
READY = b"ready\n"
MAX_REQUEST = 1 << 20
REQUEST_TIMEOUT_S = 5.0
STOP_GRACE_S = 3.0
SUMMARY = (
    "brobygger serve: {forked} session(s) forked from the preloaded app, {declined} declined"
)
# What textual-serve 1.1's AppService puts in each app's environment (besides COLUMNS and ROWS,
# which textual reads when the app starts): textual reads the TEXTUAL_* ones when it is imported.
# `serve_environment` asks textual-serve itself first; this is the fallback.
SERVE_ENV = {
    "TEXTUAL_DRIVER": "textual.drivers.web_driver:WebDriver",
    "TEXTUAL_FPS": "60",
    "TEXTUAL_COLOR_SYSTEM": "truecolor",
    "TERM_PROGRAM": "textual",
}


def supported() -> bool:
    """Whether this platform can pre-fork sessions (fork, Unix sockets, passing descriptors)."""
    return (
        os.name == "posix"
        and hasattr(os, "fork")
        and hasattr(socket, "AF_UNIX")
        and hasattr(socket, "send_fds")
        and hasattr(os, "environb")
    )


_STARTUP_PREFIXES = ("TEXTUAL_", "PYTHON", "LC_")
_STARTUP_NAMES = frozenset({"ESCDELAY", "LANG", "TZ"})


def import_time_settings(environ: dict[str, str]) -> dict[str, str]:
    """The environment variables read when the interpreter starts or a module is imported
    (textual's TEXTUAL_* and ESCDELAY, PYTHON*, the locale, TZ): a forked session must have the
    zygote's values of these, since it starts from the zygote's interpreter and modules."""
    return {
        k: v
        for k, v in environ.items()
        if k.startswith(_STARTUP_PREFIXES) or k in _STARTUP_NAMES
    }


def serve_environment() -> dict[str, str]:
    """The zygote's environment: this process's, as textual-serve makes it for every app."""
    try:
        from types import SimpleNamespace

        from textual_serve.app_service import AppService

        env = dict(AppService._build_environment(SimpleNamespace(debug=False)))  # type: ignore
    except Exception:  # another textual-serve: what 1.1 does
        env = {**os.environ, **SERVE_ENV}
    for size in ("COLUMNS", "ROWS"):  # each session's own
        env.pop(size, None)
    return env


# --------------------------------------------------------------------------- serve's side


class ZygoteError(Exception):
    """The zygote did not start; `code` is its exit code (2: the content has errors, reported)."""

    def __init__(self, message: str, code: int | None = None) -> None:
        super().__init__(message)
        self.code = code


def _socket_folder() -> Path:
    """A private folder for the socket, short enough for a Unix socket path (about 100 bytes)."""
    base = tempfile.gettempdir()
    if len(os.fsencode(base)) > 60 and os.path.isdir("/tmp"):
        base = "/tmp"
    return Path(tempfile.mkdtemp(prefix="brobygger-", dir=base))  # mode 0700


class Zygote:
    """A running zygote, as `brobygger serve` sees it."""

    def __init__(self, proc: subprocess.Popen[bytes], folder: Path) -> None:
        self.proc = proc
        self.folder = folder
        self.socket_path = folder / SOCKET_NAME

    @classmethod
    def start(cls, argv: list[str], timeout: float = 120.0) -> Zygote:
        """Start a zygote for sessions of `python -m sim ARGV...`; return once it listens.

        Raises ZygoteError when it cannot start (code 2: the content has errors, already
        reported on stderr by the zygote).
        """
        folder = _socket_folder()
        try:
            proc = subprocess.Popen(
                [sys.executable, "-m", "sim.ui.zygote", str(folder / SOCKET_NAME), "--", *argv],
                stdin=subprocess.PIPE,  # the zygote ends when this closes: serve has gone
                stdout=subprocess.PIPE,  # one line, READY
                env=serve_environment(),
            )
        except OSError as exc:
            shutil.rmtree(folder, ignore_errors=True)
            raise ZygoteError(f"cannot start the zygote: {exc}") from None
        zygote = cls(proc, folder)
        assert proc.stdout is not None
        line = b""
        ready, _, _ = select.select([proc.stdout], [], [], timeout)
        if ready:
            line = proc.stdout.readline()
        proc.stdout.close()
        if line != READY:
            code = proc.poll()
            zygote.stop()
            if code is None:
                raise ZygoteError(f"the zygote was not ready within {timeout:g} s")
            raise ZygoteError(f"the zygote ended (exit code {code})", code)
        return zygote

    def command(self, argv: list[str]) -> list[str]:
        """The per-session command: the launcher, which falls back to `python -m sim ARGV...`."""
        return [sys.executable, "-S", str(LAUNCHER), str(self.socket_path), *argv]

    def stop(self) -> None:
        """End the zygote and every session it forked, and remove the socket folder."""
        proc = self.proc
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=STOP_GRACE_S + 5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        if proc.stdin is not None:
            try:
                proc.stdin.close()
            except OSError:
                pass
        shutil.rmtree(self.folder, ignore_errors=True)


# --------------------------------------------------------------------------- the zygote process

_CAUGHT = (signal.SIGCHLD, signal.SIGTERM, signal.SIGHUP)


def _noop(signum: int, frame: Any) -> None:
    """Signals only wake the loop (through the wakeup pipe); the loop does the work."""


def _exit_code(code: Any) -> int:
    """What Python's own exit makes of SystemExit's code."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return 1


def _recv_request(conn: socket.socket) -> tuple[bytes, list[int]]:
    """The launcher's request (see sim/ui/launcher.py) and the descriptors sent with it."""
    data, fds, _, _ = socket.recv_fds(conn, 65536, 3)
    if len(data) < 4:
        raise ValueError("short request")
    size = int.from_bytes(data[:4], "big")
    if size > MAX_REQUEST:
        raise ValueError("request too large")
    body = data[4:]
    while len(body) < size:
        chunk = conn.recv(size - len(body))
        if not chunk:
            raise ValueError("request cut short")
        body += chunk
    return body, list(fds)


def _decode_request(body: bytes) -> tuple[bytes, list[bytes], dict[bytes, bytes]]:
    fields = body.split(b"\0")
    from sim.ui.launcher import MAGIC

    if fields[0] != MAGIC or len(fields) < 3:
        raise ValueError("not a launcher request")
    cwd, argc = fields[1], int(fields[2])
    argv = fields[3 : 3 + argc]
    if len(argv) != argc:
        raise ValueError("bad argument count")
    env: dict[bytes, bytes] = {}
    for item in fields[3 + argc :]:
        key, sep, value = item.partition(b"=")
        if sep:
            env[key] = value
    return cwd, argv, env


def _fresh_stdio() -> None:
    """New sys.stdin/stdout/stderr on descriptors 0-2, made as a fresh interpreter makes them."""
    import io

    made = []
    for fd, name in ((0, "stdin"), (1, "stdout"), (2, "stderr")):
        like = getattr(sys, f"__{name}__") or getattr(sys, name)
        buffer = open(fd, "rb" if fd == 0 else "wb", closefd=False)  # noqa: SIM115
        stream = io.TextIOWrapper(
            buffer,
            encoding=getattr(like, "encoding", None),
            errors=getattr(like, "errors", None),
            newline="\n",
            line_buffering=fd == 2 or (fd == 1 and os.isatty(fd)),
        )
        made.append((name, stream))
    for name, stream in made:
        setattr(sys, name, stream)
        setattr(sys, f"__{name}__", stream)


def _die_with_parent() -> None:
    """Linux: the child gets SIGHUP if the zygote dies, even by SIGKILL."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGHUP, 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _finish(code: int) -> NoReturn:
    """End a forked session as the interpreter would: join threads, atexit, flush, exit."""
    import atexit
    import threading

    try:
        shutdown = getattr(threading, "_shutdown", None)
        if shutdown is not None:
            shutdown()
        else:
            for thread in threading.enumerate():
                if thread is not threading.current_thread() and not thread.daemon:
                    thread.join()
        atexit._run_exitfuncs()
    finally:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except Exception:
                pass
        os._exit(code)


class _Zygote:
    """The zygote's loop: accept launchers, fork sessions, reap them, report their exit codes."""

    def __init__(
        self,
        listener: socket.socket,
        path: Path,
        args: Any,
        settings: dict[str, str],
        handlers: dict[int, Any],
    ) -> None:
        self.listener = listener
        self.path = path
        self.args = args
        self.settings = settings
        self.handlers = handlers
        self.parent = os.getpid()
        self.cwd = os.getcwd()
        self.wake_r, self.wake_w = os.pipe()
        os.set_blocking(self.wake_r, False)
        os.set_blocking(self.wake_w, False)
        self.selector = selectors.PollSelector()  # no kernel object a child would share
        self.selector.register(listener, selectors.EVENT_READ, "accept")
        self.selector.register(self.wake_r, selectors.EVENT_READ, "wake")
        self.selector.register(0, selectors.EVENT_READ, "parent")
        self.children: dict[int, socket.socket | None] = {}  # pid → its launcher's connection
        self.forked = 0
        self.declined = 0
        self.said_unfit = False
        self.stopping = False

    # ------------------------------------------------------------ loop

    def run(self) -> None:
        for sig in _CAUGHT:
            signal.signal(sig, _noop)
        signal.set_wakeup_fd(self.wake_w)
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C: serve stops us; sessions end
        try:
            while not self.stopping:
                for key, _ in self.selector.select():
                    if key.data == "accept":
                        self._accept()
                    elif key.data == "wake":
                        self._woken()
                    elif key.data == "parent":
                        if not os.read(0, 4096):
                            self.stopping = True
                    else:
                        self._hung_up(key.fileobj, key.data)  # type: ignore[arg-type]
                    if self.stopping:
                        break
        finally:
            self._stop()

    def _woken(self) -> None:
        try:
            caught = os.read(self.wake_r, 4096)
        except BlockingIOError:
            caught = b""
        if signal.SIGTERM in caught or signal.SIGHUP in caught:
            self.stopping = True
        self._reap()

    def _reap(self) -> None:
        while self.children:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                return
            conn = self.children.pop(pid, None)
            if conn is not None:
                self.selector.unregister(conn)
                try:
                    code = os.waitstatus_to_exitcode(status)
                    conn.sendall(b"X" + code.to_bytes(4, "big", signed=True))
                except (OSError, ValueError):
                    pass
                conn.close()

    def _hung_up(self, conn: socket.socket, pid: int) -> None:
        """Data or the end on a session's connection: the launcher has gone, hang up its child."""
        if self.children.get(pid) is not conn:
            return  # reaped in this same round
        try:
            if conn.recv(64):
                return  # the launcher sends nothing after its request; ignore it
        except OSError:
            pass
        self.selector.unregister(conn)
        conn.close()
        self.children[pid] = None
        try:
            os.kill(pid, signal.SIGHUP)
        except ProcessLookupError:
            pass

    # ------------------------------------------------------------ a session

    def _accept(self) -> None:
        try:
            conn, _ = self.listener.accept()
        except OSError:
            return
        fds: list[int] = []
        try:
            conn.settimeout(REQUEST_TIMEOUT_S)
            body, fds = _recv_request(conn)
            cwd, argv, env = _decode_request(body)
            if len(fds) != 3 or not self._fits(env):
                raise ValueError("declined")
        except (OSError, ValueError):
            self._decline(conn, fds)
            return
        self._refresh()
        for stream in (sys.stdout, sys.stderr):
            stream.flush()
        try:
            pid = os.fork()
        except OSError:  # e.g. out of processes: the launcher runs the plain command
            pid = -1
        if pid == 0:
            self._child(conn, fds, cwd, argv, env)
        if pid < 0:
            self._decline(conn, fds)
            return
        for fd in fds:
            os.close(fd)
        self.forked += 1
        try:
            conn.sendall(b"S" + pid.to_bytes(4, "big"))
        except OSError:
            pass
        self.children[pid] = conn
        self.selector.register(conn, selectors.EVENT_READ, pid)

    def _decline(self, conn: socket.socket, fds: list[int]) -> None:
        """The launcher runs the plain command instead."""
        self.declined += 1
        for fd in fds:
            os.close(fd)
        try:
            conn.sendall(b"R")
        except OSError:
            pass
        conn.close()

    def _fits(self, env: dict[bytes, bytes]) -> bool:
        """Whether the session's import-time settings are the zygote's (said once if not)."""
        decoded = {os.fsdecode(k): os.fsdecode(v) for k, v in env.items()}
        theirs = import_time_settings(decoded)
        if theirs == self.settings:
            return True
        if not self.said_unfit:
            self.said_unfit = True
            keys = {*theirs, *self.settings}
            differ = sorted(k for k in keys if theirs.get(k) != self.settings.get(k))
            print(
                f"brobygger serve: a session's {', '.join(differ)} differ from the preloaded "
                "app's; such sessions start on their own",
                file=sys.stderr,
                flush=True,
            )
        return False

    def _refresh(self) -> None:
        """Reload the content library if its files changed since it was loaded (with errors, or
        if reloading fails, the child loads and reports it itself, as the plain command does)."""
        from sim import cli

        try:
            cli.preload_library(self.args, report=False)
        except Exception:
            cli._preloaded.clear()

    def _child(
        self,
        conn: socket.socket,
        fds: list[int],
        cwd: bytes,
        argv: list[bytes],
        env: dict[bytes, bytes],
    ) -> NoReturn:
        """In the forked child: become `python -m sim ARGV...` on the launcher's stdio."""
        code = 1
        try:
            signal.set_wakeup_fd(-1)
            for sig, handler in self.handlers.items():
                signal.signal(sig, handler)
            _die_with_parent()
            if os.getppid() != self.parent:
                os._exit(1)
            self.listener.close()
            conn.close()
            for other in self.children.values():
                if other is not None:
                    other.close()
            os.close(self.wake_r)
            os.close(self.wake_w)
            for target, fd in enumerate(fds):
                os.dup2(fd, target)
            for fd in fds:
                if fd > 2:
                    os.close(fd)
            os.environb.clear()
            os.environb.update(env)
            os.chdir(cwd)
            if sys.path and sys.path[0] == self.cwd:  # `-m` put the working folder first
                sys.path[0] = os.getcwd()
            args = [os.fsdecode(a) for a in argv]
            import random

            import sim

            random.seed()  # (random also re-seeds itself after a fork; no child shares a stream)
            sys.argv = [str(Path(sim.__file__).with_name("__main__.py")), *args]
            sys.orig_argv = [sys.executable, "-m", "sim", *args]
            _fresh_stdio()
            from sim.cli import main

            try:
                code = main(args)
            except SystemExit as exc:
                code = _exit_code(exc.code)
        except BaseException:
            import traceback

            traceback.print_exc()
            code = 1
        _finish(code)

    # ------------------------------------------------------------ the end

    def _stop(self) -> None:
        """No new sessions; end every child (SIGTERM, then SIGKILL); report; clean up."""
        self.listener.close()
        try:
            self.path.unlink()
            self.path.parent.rmdir()  # serve made it for this socket alone (serve may be gone)
        except OSError:
            pass
        for pid in list(self.children):
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        deadline = time.monotonic() + STOP_GRACE_S
        while self.children and time.monotonic() < deadline:
            self._reap()
            time.sleep(0.05)
        for pid in list(self.children):
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        while self.children:
            try:
                pid, status = os.waitpid(-1, 0)
            except ChildProcessError:
                break
            conn = self.children.pop(pid, None)
            if conn is not None:
                conn.close()
        summary = SUMMARY.format(forked=self.forked, declined=self.declined)
        print(summary, file=sys.stderr, flush=True)


# Modules an app session imports only once it runs (the web driver, its input parser, layouts,
# rich's tables, ...): imported here, each child finds them loaded. Private names may move in
# a later textual or rich; a missing one is skipped.
WARM_MODULES = (
    "concurrent.futures.thread",
    "ctypes",  # for the child's PR_SET_PDEATHSIG (Linux)
    "rich._emoji_codes",
    "textual._xterm_parser",
    "textual.drivers.headless_driver",
    "textual.drivers.web_driver",
    "textual.layouts.factory",
    "textual.layouts.horizontal",
    "textual.layouts.stream",
    "textual.pilot",
    "textual.scrollbar",
)


def _warm_imports() -> None:
    from importlib import import_module

    for name in WARM_MODULES:
        try:
            import_module(name)
        except ImportError:
            pass
    try:  # rich's cell widths for the newest Unicode (what it loads unless $UNICODE_VERSION says)
        from rich._unicode_data._versions import VERSIONS

        import_module(".unicode" + VERSIONS[-1].replace(".", "-"), "rich._unicode_data")
    except (ImportError, IndexError):
        pass


def main(argv: list[str] | None = None) -> int:
    """The zygote process: `python -m sim.ui.zygote SOCKET -- ARG...`."""
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) < 2 or argv[1] != "--":
        print("usage: python -m sim.ui.zygote SOCKET -- [ARG...]", file=sys.stderr)
        return 2
    path, session_argv = Path(argv[0]), argv[2:]
    handlers = {sig: signal.getsignal(sig) for sig in (*_CAUGHT, signal.SIGINT)}
    settings = import_time_settings(dict(os.environ))  # before textual is imported

    import gc
    import threading

    from sim import cli

    args = cli.build_parser().parse_args(session_argv)
    if not cli.preload_library(args):
        return 2
    import sim.ui.app  # noqa: F401  textual, the screens, the engine
    from sim.reading.acts import warm_up

    warm_up()  # the act model and cue tables, once for every session forked
    _warm_imports()
    if threading.active_count() != 1:
        print("brobygger serve: a thread runs in the zygote; not forking", file=sys.stderr)
        return 3
    gc.collect()
    gc.freeze()  # what is loaded now stays put: forked children share its memory pages longer
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(str(path))
    listener.listen(128)
    listener.setblocking(False)  # a launcher that gave up between poll and accept blocks nothing
    zygote = _Zygote(listener, path, args, settings, handlers)
    os.write(1, READY)
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 1)  # descriptors 0-2 stay taken, so received ones never land there
    os.close(null)
    zygote.run()
    return 0


if __name__ == "__main__":
    sys.exit(main())

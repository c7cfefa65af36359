"""One `brobygger serve` session: hand this process's stdio to the zygote, else run `-m sim`.

Run by path as `python -S launcher.py SOCKET ARG...` (no site, only built-in modules: it must
cost next to nothing). It connects to the zygote (sim.ui.zygote) listening on SOCKET and sends
its stdin/stdout/stderr (SCM_RIGHTS), working folder, ARGs and environment; the zygote forks a
child that runs `python -m sim ARG...` on those file descriptors and answers b"S" + pid, then,
when the child has ended, b"X" + its exit code. The launcher exits with that code. When there is
no zygote, the zygote declines (b"R"), or the platform cannot pass descriptors, it becomes the
plain command instead (exec of `python -m sim ARG...`: same process, same stdio).

Wire format (request): 4-byte big-endian length, then NUL-separated fields: b"brobygger-1",
cwd, argc, the ARGs, then the environment as KEY=VALUE.
"""

import os
import sys

MAGIC = b"brobygger-1"
_FDS = (0, 1, 2)


def plain(argv):
    """Run the session the normal way: this process becomes `python -m sim ARG...`."""
    os.execv(sys.executable, [sys.executable, "-m", "sim", *argv])


def encode_request(cwd, argv, environ):
    """The request as bytes (see the module docstring); every field is bytes."""
    fields = [MAGIC, cwd, str(len(argv)).encode(), *argv]
    fields += [key + b"=" + value for key, value in environ.items()]
    body = b"\0".join(fields)
    return len(body).to_bytes(4, "big") + body


def _recv_exactly(sock, n):
    data = b""
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        if not chunk:
            return None
        data += chunk
    return data


def _wait_gone(pid):
    """The zygote went away mid-session: wait for its child to end (it still has our stdio)."""
    import time

    try:
        import select

        fd = os.pidfd_open(pid)
        select.select([fd], [], [])
        return
    except (AttributeError, OSError):
        pass
    while True:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        except PermissionError:
            pass
        time.sleep(0.5)


def _exit_with(code):
    if code < 0:  # ended by a signal: end the same way
        import _signal

        _signal.signal(-code, _signal.SIG_DFL)
        os.kill(os.getpid(), -code)
        code = 128 - code
    os._exit(code)


def main():
    if len(sys.argv) < 2:
        sys.stderr.write("usage: launcher.py SOCKET [ARG...]\n")
        return 2
    path, argv = sys.argv[1], sys.argv[2:]
    try:
        import _socket
        from array import array

        sock = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
        scm_rights = _socket.SCM_RIGHTS
    except (ImportError, AttributeError, OSError):
        return plain(argv)
    try:
        sock.connect(path)
        request = encode_request(
            os.fsencode(os.getcwd()), [os.fsencode(a) for a in argv], dict(os.environb)
        )
        fds = array("i", _FDS).tobytes()
        sent = sock.sendmsg([request], [(_socket.SOL_SOCKET, scm_rights, fds)])
        sock.sendall(request[sent:])
        reply = _recv_exactly(sock, 5)
    except OSError:
        reply = None
    if reply is None or reply[:1] != b"S":
        sock.close()
        return plain(argv)
    pid = int.from_bytes(reply[1:], "big")
    # The child has our stdio now. Let go of it, so the server sees the end of the session's
    # output when the child ends, not when we do.
    null = os.open(os.devnull, os.O_RDWR)
    for fd in _FDS:
        os.dup2(null, fd)
    os.close(null)
    import _signal

    _signal.signal(_signal.SIGINT, _signal.SIG_IGN)  # Ctrl+C reaches the child; it ends itself
    try:
        status = _recv_exactly(sock, 5)
    except OSError:
        status = None
    if status is None or status[:1] != b"X":
        _wait_gone(pid)
        os._exit(1)
    _exit_with(int.from_bytes(status[1:], "big", signed=True))


if __name__ == "__main__":
    sys.exit(main())

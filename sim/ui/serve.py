"""`brobygger serve`: the app in a browser through textual-serve, sessions forked when possible."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path


def serve(args: argparse.Namespace, check_content: Callable[[], bool]) -> int:
    """The same app in a browser, through textual-serve (the optional extra `serve`).

    Each browser session is an app process of its own. By default (POSIX) they are forked from
    a zygote that has imported the app and loaded the content once (sim.ui.zygote), so a class
    opening the page at once does not wait for 30 interpreters to start; `--no-prefork`, or a
    platform without fork, starts each one as a plain `python -m sim`.
    """
    import shlex

    try:
        from textual_serve.server import Server
    except ImportError:
        print(
            "brobygger serve needs textual-serve; install it with\n"
            "  uv sync --extra serve        (in a checkout)\n"
            "  pip install 'brobygger[serve]'",
            file=sys.stderr,
        )
        return 2
    argv: list[str] = []
    if args.lang:
        argv += ["--lang", args.lang]
    if args.theme:
        argv += ["--theme", args.theme]
    if args.seed is not None:
        argv += ["--seed", str(args.seed)]
    for folder in [*args.content, *args.command_content]:
        argv += ["--content", str(Path(folder).resolve())]
    command = [sys.executable, "-m", "sim", *argv]
    zygote = None
    if not args.no_prefork:
        from sim.ui.zygote import Zygote, ZygoteError, supported

        if supported():
            try:
                zygote = Zygote.start(argv)  # it loads and checks the content, reporting errors
            except ZygoteError as exc:
                if exc.code == 2:
                    return 2
                print(f"brobygger serve: {exc}; each session starts on its own",
                      file=sys.stderr)
    if zygote is None and not check_content():  # broken content: here, not in a browser
        return 2
    try:
        if zygote is not None:
            command = zygote.command(argv)
        server = Server(shlex.join(command), host=args.host, port=args.port, title="Brobygger")
        server.serve()
    finally:
        if zygote is not None:
            zygote.stop()
    return 0

"""Command line: `brobygger` / `python -m sim` subcommands (play, check, classify, bench, ...)."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path


def _cmd_classify(args: argparse.Namespace) -> int:
    """Read one utterance a line on stdin, print one JSON object a line."""
    from sim.acts import classify_acts

    for raw in sys.stdin:
        text = raw.rstrip("\n")
        out = {"text": text, "acts": classify_acts(text)}
        print(json.dumps(out, ensure_ascii=False), flush=False)
    sys.stdout.flush()
    return 0


def add_content_argument(parser: argparse.ArgumentParser) -> None:
    """`--content DIR` on a command; `content_paths_from_args` merges it with the global one."""
    parser.add_argument(
        "--content",
        dest="command_content",
        metavar="DIR",
        action="append",
        default=[],
        help="also load scenarios and personas from DIR (repeatable)",
    )


def _display_path(path: Path) -> Path:
    """Paths under the working directory are shown relative to it."""
    cwd = Path.cwd()
    return path.relative_to(cwd) if path.is_absolute() and path.is_relative_to(cwd) else path


def _within(path: Path, roots: list[Path]) -> bool:
    resolved = path.resolve()
    return any(resolved == root or resolved.is_relative_to(root) for root in roots)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _cmd_check(args: argparse.Namespace) -> int:
    """Validate content files; print every problem; exit 2 on any error."""
    from sim.content.library import ContentLibrary, content_paths_from_args

    explicit = [Path(p) for p in args.paths]
    given_content = [Path(p) for p in [*args.content, *args.command_content]]
    missing = [p for p in [*explicit, *given_content] if not p.exists()]
    for path in missing:
        print(f"brobygger check: no such file or folder: {path}", file=sys.stderr)
    if missing:
        return 2
    context = content_paths_from_args(args)
    targets = explicit or context
    # Everything is loaded so references resolve (a scenario's persona may live elsewhere), but
    # only problems in the files asked about are reported.
    library = ContentLibrary.load([*targets, *context], strict=False)
    roots = [t.resolve() for t in targets]
    problems = [
        dataclasses.replace(p, path=_display_path(p.path))
        for p in library.problems
        if _within(p.path, roots)
    ]
    files = [f for f in library.files if _within(f, roots)]
    errors = sum(1 for p in problems if p.is_error)
    warnings = len(problems) - errors
    if args.json:
        out = {
            "files": len(files),
            "errors": errors,
            "warnings": warnings,
            "problems": [p.to_json() for p in problems],
        }
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        for problem in problems:
            print(problem.format())
        print(
            f"{_plural(len(files), 'file')} checked: "
            f"{_plural(errors, 'error')}, {_plural(warnings, 'warning')}"
        )
    return 2 if errors else 0


def _cmd_schema(args: argparse.Namespace) -> int:
    """Write the JSON Schemas of the content files; print each path written."""
    from sim.content.schema import write_schemas

    try:
        written = write_schemas(Path(args.out))
    except OSError as exc:
        print(
            f"brobygger schema: cannot write to {args.out}: {exc.strerror or exc}", file=sys.stderr
        )
        return 2
    for path in written:
        print(path)
    return 0


def _load_library(args: argparse.Namespace):
    """All content the command may use; bad content is reported, not raised (exit 2)."""
    from sim.content.library import ContentLibrary, content_paths_from_args
    from sim.content.problems import ContentError

    try:
        return ContentLibrary.load(content_paths_from_args(args))
    except ContentError as exc:
        for problem in exc.problems:
            print(problem.format(), file=sys.stderr)
        print(
            "brobygger: the content has errors; fix them or run 'brobygger check'", file=sys.stderr
        )
        return None


def _lang(args: argparse.Namespace) -> str:
    from sim.i18n import default_lang

    return args.lang or default_lang()


def _cmd_play(args: argparse.Namespace) -> int:
    """Play a scenario from a script (or interactively) and print the transcript."""
    from sim.play import ScriptError, format_transcript, run_play
    from sim.transcript import dumps, save_transcript

    library = _load_library(args)
    if library is None:
        return 2
    script = Path(args.script) if args.script else None
    if script is not None and not script.is_file():
        print(f"brobygger play: no such script file: {script}", file=sys.stderr)
        return 2
    try:
        data = run_play(library, args.scenario, script, args.seed, args.json, _lang(args))
    except LookupError as exc:
        print(f"brobygger play: {exc.args[0]}", file=sys.stderr)
        return 2
    except ScriptError as exc:
        print(exc, file=sys.stderr)
        return 2
    except UnicodeDecodeError:
        print(f"brobygger play: {script}: not UTF-8 text", file=sys.stderr)
        return 2
    card = _score(library, data)
    data["score"] = card.to_dict()
    if args.save:
        save_transcript(data, Path(args.save))
    if args.json:
        print(dumps(data), end="")
    else:
        from scoring.render import text

        print(format_transcript(data, _lang(args)) + "\n" + text(card, _lang(args)), end="")
    return 0


def _score(library, data: dict):
    """Score a transcript against the scenario it was played on."""
    from scoring import score_transcript

    return score_transcript(data, library.find_scenario(data["scenario_id"]))


def _cmd_score(args: argparse.Namespace) -> int:
    """Re-score a saved transcript: JSON (default), Markdown, HTML or text."""
    from scoring.render import full_markdown, html, text
    from sim.transcript import TranscriptError, dumps, load_transcript

    library = _load_library(args)
    if library is None:
        return 2
    try:
        data = load_transcript(Path(args.transcript))
        scenario = library.find_scenario(data["scenario_id"])
    except TranscriptError as exc:
        print(exc, file=sys.stderr)
        return 2
    except LookupError as exc:
        print(f"brobygger score: {exc.args[0]}", file=sys.stderr)
        return 2
    if data.get("content_hash") != library.content_hash(scenario.id):
        print("brobygger score: the scenario has changed since this transcript was played; "
              "the score is for the scenario as it is now", file=sys.stderr)
    from scoring import score_transcript

    card = score_transcript(data, scenario)
    lang = _lang(args)
    if args.format == "json":
        print(dumps(card.to_dict()), end="")
    elif args.format == "markdown":
        print(full_markdown(data, card, lang), end="")
    elif args.format == "html":
        print(html(card, data, lang), end="")
    else:
        print(text(card, lang), end="")
    return 0


def _cmd_replay(args: argparse.Namespace) -> int:
    """Replay a saved transcript's inputs and show whether the result is identical."""
    from sim.play import format_transcript, replay
    from sim.transcript import TranscriptError, dumps, load_transcript, transcript_of

    library = _load_library(args)
    if library is None:
        return 2
    try:
        saved = load_transcript(Path(args.transcript))
        meeting = replay(library, saved)
    except TranscriptError as exc:
        print(exc, file=sys.stderr)
        return 2
    except LookupError as exc:
        print(f"brobygger replay: {exc.args[0]}", file=sys.stderr)
        return 2
    data = transcript_of(meeting)
    if "score" in saved:
        data["score"] = _score(library, data).to_dict()
    print(dumps(data) if args.json else format_transcript(data, _lang(args)), end="")
    if data["content_hash"] != saved.get("content_hash"):
        print(
            "brobygger replay: the scenario has changed since this transcript was played; "
            "the replay may differ",
            file=sys.stderr,
        )
    if data["engine_version"] != saved.get("engine_version"):
        print(f"brobygger replay: played with engine {saved.get('engine_version')!r}, "
              f"replayed with {data['engine_version']!r}", file=sys.stderr)
    if dumps(data) != dumps(saved):
        print("brobygger replay: the replay differs from the saved transcript", file=sys.stderr)
        return 1
    return 0


def _cmd_bench(args: argparse.Namespace) -> int:
    """Time turn processing on the bundled scenarios and a 10x larger one."""
    from sim.bench import format_bench, run_bench

    library = _load_library(args)
    if library is None:
        return 2
    try:
        ids = [library.find_scenario(ref).id for ref in args.scenarios]
    except LookupError as exc:
        print(f"brobygger bench: {exc.args[0]}", file=sys.stderr)
        return 2
    results = run_bench(library, rounds=args.rounds, only=ids or None)
    print(json.dumps(results, indent=2) if args.json else format_bench(results))
    met = results["targets"]["p99_met"] and results["targets"]["x10_ratio_met"]
    return 1 if args.check and not met else 0


def _cmd_default(args: argparse.Namespace) -> int:
    """No command: pick a bundled scenario and play it at the terminal."""
    from sim.play import format_transcript, interactive, new_meeting
    from sim.transcript import transcript_of

    library = _load_library(args)
    if library is None:
        return 2
    lang = _lang(args)
    ids = sorted(library.scenarios)
    for i, sid in enumerate(ids, start=1):
        s = library.scenarios[sid]
        print(f"{i}. {s.title} [{s.industry}, {s.difficulty}, {s.language}]")
    if not sys.stdin.isatty():
        return 0
    choice = input("> ").strip()
    if not choice.isdigit() or not 1 <= int(choice) <= len(ids):
        print("brobygger: choose one of the numbers above", file=sys.stderr)
        return 2
    meeting = new_meeting(library, ids[int(choice) - 1], seed=0)
    s = meeting.scenario
    for part in (s.briefing.role, s.briefing.company, s.briefing.citizen):
        print(part)
    interactive(meeting, sys.stdin, sys.stdout, lang)
    print(format_transcript(transcript_of(meeting), lang))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="brobygger", description="Brobygger")
    parser.add_argument(
        "--content",
        metavar="DIR",
        action="append",
        default=[],
        help="also load scenarios and personas from DIR (repeatable; after the bundled content, "
        "the user content folder and $BROBYGGER_CONTENT)",
    )
    parser.add_argument(
        "--lang",
        choices=["da", "en"],
        default=None,
        help="language of the program's own text (default: da, or $BROBYGGER_LANG)",
    )
    parser.set_defaults(func=_cmd_default)
    sub = parser.add_subparsers(dest="command")

    p = sub.add_parser(
        "play",
        help="play a scenario from a script file (or typed) and print the transcript",
        description="Plays the trainee's lines from FILE (one turn a line, '#' comments, "
        "'/end' ends the meeting, '/terms {json}' puts structured terms forward) and prints "
        "the transcript and end state. Interactive when no script is given.",
    )
    p.add_argument("scenario", metavar="SCENARIO", help="scenario id or path to its file")
    p.add_argument("--script", metavar="FILE", help="the trainee's lines")
    p.add_argument("--seed", type=int, default=0, help="seed for the agents' line choice")
    p.add_argument("--json", action="store_true", help="print the transcript as JSON")
    p.add_argument("--save", metavar="FILE", help="also save the transcript (JSON) to FILE")
    add_content_argument(p)
    p.set_defaults(func=_cmd_play)

    p = sub.add_parser("score", help="re-score a saved transcript")
    p.add_argument("transcript", metavar="TRANSCRIPT")
    p.add_argument("--format", choices=["json", "markdown", "html", "text"], default="json",
                   help="output format (default: json)")
    add_content_argument(p)
    p.set_defaults(func=_cmd_score)

    p = sub.add_parser("replay", help="replay a saved transcript and check it comes out the same")
    p.add_argument("transcript", metavar="TRANSCRIPT")
    p.add_argument("--json", action="store_true", help="print the replayed transcript as JSON")
    add_content_argument(p)
    p.set_defaults(func=_cmd_replay)

    p = sub.add_parser("bench", help="time turn processing (p50, p99) on the bundled scenarios")
    p.add_argument(
        "scenarios", nargs="*", metavar="SCENARIO", help="only these scenarios (default: all)"
    )
    p.add_argument("--rounds", type=int, default=20, help="passes over the bench turns")
    p.add_argument("--json", action="store_true")
    p.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    add_content_argument(p)
    p.set_defaults(func=_cmd_bench)

    p = sub.add_parser("classify", help="read utterances on stdin, print their dialogue acts")
    p.set_defaults(func=_cmd_classify)

    p = sub.add_parser(
        "check",
        help="validate scenario and persona files",
        description="Validate *.scenario.yaml and *.persona.yaml files (default: all content). "
        "Prints every problem as 'path:line: key: message' and exits 2 on any error.",
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or folders to check")
    p.add_argument("--json", action="store_true", help="print one JSON object instead")
    add_content_argument(p)
    p.set_defaults(func=_cmd_check)

    p = sub.add_parser("schema", help="write JSON Schemas for the content files")
    p.add_argument(
        "--out", metavar="DIR", default="schemas", help="folder to write to (default: schemas)"
    )
    p.set_defaults(func=_cmd_schema)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # e.g. `brobygger play ... | head`
        sys.stderr.close()
        return 0

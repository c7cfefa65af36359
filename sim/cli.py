"""Command line: `brobygger` / `python -m sim` subcommands (play, check, classify, bench, ...)."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path
from typing import Any


def _cmd_classify(args: argparse.Namespace) -> int:
    """Read one utterance a line on stdin, print one JSON object a line.

    With --scenario, each line also carries the scenario's topics it touches (with the
    trainee's words that matched) and the terms it would put on the table. With --meeting the
    lines are one meeting's turns, read in order and in context (what the employer said, the
    phase, open objections), and each line also carries the events of the turn. --explain adds
    per sentence how it was read, from which words, how sure, and what it can cost.
    """
    from sim.reading.acts import read_turn
    from sim.reading.explain import explain_sentence, explain_turn

    if args.meeting and not args.scenario:
        print("brobygger classify: --meeting needs --scenario", file=sys.stderr)
        return 2
    reader = meeting = None
    if args.scenario:
        library = _load_library(args)
        if library is None:
            return 2
        try:
            scenario = library.find_scenario(args.scenario)
        except LookupError as exc:
            print(f"brobygger classify: {exc.args[0]}", file=sys.stderr)
            return 2
        if args.meeting:
            from sim.play import new_meeting

            meeting = new_meeting(library, scenario.id, args.seed or 1)
        else:
            from sim.reading.turn import TurnReader

            reader = TurnReader(scenario, library.personas.get(scenario.company.persona))
    for raw in sys.stdin:
        text = raw.rstrip("\n")
        out: dict = {"text": text}
        if meeting is not None:
            if meeting.ended:
                out["error"] = "the meeting has ended"
                print(json.dumps(out, ensure_ascii=False))
                continue
            record = meeting.take_turn(text)
            out["acts"] = record["acts"]
            out["topics"] = {k: h["words"] for k, h in record["topics"].items()}
            if record["terms_said"]:
                out["terms"] = {k: v for k, v in record["terms_said"].items()
                                if v not in (None, [])}
            out["events"] = [e["type"] for e in record["events"]]
            if args.explain:
                out["explain"] = explain_turn(record)
        elif reader is not None:
            r = reader.read(text)
            out["acts"] = list(r.acts)
            out["topics"] = {k: h.words for k, h in r.topics.items()}
            if not r.terms.is_empty():
                out["terms"] = {k: v for k, v in r.terms.to_dict().items() if v not in (None, [])}
            if args.explain:
                out["explain"] = explain_turn({
                    "text": text, "acts": list(r.acts), "sentences": r.sentences,
                    "topics": {k: {"phrase": h.phrase, "words": h.words}
                               for k, h in r.topics.items()},
                    "terms_evidence": r.extraction.evidence,
                })
        else:
            turn = read_turn(text)
            out["acts"] = list(turn.acts)
            if args.explain:
                out["sentences"] = [
                    explain_sentence({"text": s.text, "acts": s.acts, "cues": s.cues,
                                      "guessed": s.guessed, "yes_but": s.yes_but})
                    for s in turn.sentences
                ]
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
    from sim.content.lint import lint_library
    from sim.content.problems import sorted_problems

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
    # Whole-scenario lints (sim.content.lint) on every file that loaded without errors.
    lints = lint_library(library, include=lambda path: _within(path, roots))
    problems = [
        dataclasses.replace(p, path=_display_path(p.path))
        for p in sorted_problems([*library.problems, *lints.problems])
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
            "info": [
                dataclasses.replace(i, path=_display_path(i.path)).to_json() for i in lints.info
            ],
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


def _cmd_diagram(args: argparse.Namespace) -> int:
    """Print a scenario's meeting as a Mermaid state diagram (or Markdown around one)."""
    from sim.content.problems import ContentError
    from sim.diagram import render

    library = _load_library(args)
    if library is None:
        return 2
    try:
        scenario = library.find_scenario(args.scenario)
    except ContentError as exc:
        for problem in exc.problems:
            print(problem.format(), file=sys.stderr)
        print(f"brobygger diagram: {args.scenario}: the scenario has errors", file=sys.stderr)
        return 2
    except LookupError as exc:
        print(f"brobygger diagram: {exc.args[0]}", file=sys.stderr)
        return 2
    print(render(scenario, args.format), end="")
    return 0


# The library `preload_library` loaded (sim.ui.zygote, before it forks sessions): its content
# paths, a stamp of their files, and the library (None: it had errors).
_preloaded: dict[str, Any] = {}


def _content_stamp(paths: list[Path]) -> tuple:
    """What the content files under paths are now: each one's path, mtime and size (and what
    finding them reported), so that an edited, added or removed file changes the stamp."""
    from sim.content.library import discover

    files, problems = discover(paths)
    out: list[tuple] = [(str(p.path), p.message) for p in problems]
    for path in files:
        try:
            stat = path.stat()
            out.append((str(path), stat.st_mtime_ns, stat.st_size))
        except OSError:
            out.append((str(path), None, None))
    return tuple(out)


def preload_library(args: argparse.Namespace, report: bool = True) -> bool:
    """Load the content `args` name ahead of the commands forked later (sim.ui.zygote), or again
    if its files have changed since; `_load_library` then hands that library out while the
    content paths and files stay the same. False when the content has errors."""
    from sim.content.library import content_paths_from_args

    paths = content_paths_from_args(args)
    stamp = _content_stamp(paths)
    if _preloaded.get("paths") == paths and _preloaded.get("stamp") == stamp:
        return _preloaded["library"] is not None
    _preloaded.clear()
    library = _load_library(args, report=report)
    _preloaded.update(paths=paths, stamp=stamp, library=library)
    return library is not None


def _load_library(args: argparse.Namespace, report: bool = True):
    """All content the command may use; bad content is reported, not raised (exit 2)."""
    from sim import cache
    from sim.content.library import ContentLibrary, content_paths_from_args
    from sim.content.problems import ContentError

    paths = content_paths_from_args(args)
    preloaded = _preloaded.get("library")
    if (
        preloaded is not None
        and _preloaded["paths"] == paths
        and _preloaded["stamp"] == _content_stamp(paths)
    ):
        return preloaded
    try:
        library = ContentLibrary.load(paths)
    except ContentError as exc:
        if report:
            for problem in exc.problems:
                print(problem.format(), file=sys.stderr)
            print(
                "brobygger: the content has errors; fix them or run 'brobygger check'",
                file=sys.stderr,
            )
        return None
    cache.keep_loaded()
    return library


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
    if args.trainee:
        data["trainee"] = args.trainee
    card = _score(library, data)
    data["score"] = card.to_dict()
    if args.save:
        save_transcript(data, Path(args.save))
    if args.json:
        print(dumps(data), end="")
    else:
        from scoring.render import text

        transcript = format_transcript(data, _lang(args), explain=args.explain)
        print(transcript + "\n" + text(card, _lang(args)), end="")
    return 0


def _score(library, data: dict):
    """Score a transcript against the scenario it was played on."""
    from scoring import score_transcript

    return score_transcript(data, library.find_scenario(data["scenario_id"]))


def _scored_transcript(args: argparse.Namespace, command: str):
    """Load the transcript named in `args` and score it on its scenario, or say why not.

    Returns (transcript, scorecard), or None after printing the problem.
    """
    from scoring import score_transcript
    from sim.transcript import TranscriptError, load_transcript

    library = _load_library(args)
    if library is None:
        return None
    try:
        data = load_transcript(Path(args.transcript))
        scenario = library.find_scenario(data["scenario_id"])
    except TranscriptError as exc:
        print(exc, file=sys.stderr)
        return None
    except LookupError as exc:
        print(f"brobygger {command}: {args.transcript}: {exc.args[0]}", file=sys.stderr)
        return None
    if data.get("content_hash") != library.content_hash(scenario.id):
        print(f"brobygger {command}: the scenario has changed since this transcript was "
              "played; the score is for the scenario as it is now", file=sys.stderr)
    return data, score_transcript(data, scenario)


def _cmd_score(args: argparse.Namespace) -> int:
    """Re-score a saved transcript: JSON (default), Markdown, HTML or text."""
    from scoring.render import full_markdown, html, text
    from sim.transcript import dumps

    loaded = _scored_transcript(args, "score")
    if loaded is None:
        return 2
    data, card = loaded
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


def _cmd_export(args: argparse.Namespace) -> int:
    """A saved transcript with its scorecard beside the turns: HTML, Markdown or JSON."""
    from sim.sessions import render_export, renderers
    from sim.transcript import write_atomic

    loaded = _scored_transcript(args, "export")
    if loaded is None:
        return 2
    data, card = loaded
    fmt = {"markdown": "md"}.get(args.format, args.format)
    text = render_export(data, card, _lang(args), fmt, renderers())
    if not args.out or args.out == "-":
        print(text, end="")
        return 0
    try:
        write_atomic(Path(args.out), text)
    except OSError as exc:
        print(f"brobygger export: cannot write {args.out}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    print(args.out)
    return 0


def _cmd_present(args: argparse.Namespace) -> int:
    """A saved meeting on a projector, turn by turn; checked before any screen opens."""
    from sim.present import Presentation, PresentError

    library = _load_library(args)
    if library is None:
        return 2
    path = Path(args.transcript)
    try:
        presentation = Presentation.load(library, path)
    except PresentError as exc:
        print(f"brobygger present: {exc}", file=sys.stderr)
        return 2
    total = len(presentation)
    if not 1 <= args.turn <= max(1, total):
        print(f"brobygger present: {path}: there is no turn {args.turn} (1-{total})",
              file=sys.stderr)
        return 2
    if presentation.content_changed:
        print("brobygger present: the scenario has changed since this transcript was played; "
              "what-ifs may differ", file=sys.stderr)
    if presentation.card is None:
        print(f"brobygger present: {path}: no score: {presentation.score_error}", file=sys.stderr)
    from sim.ui.app import THEME_NAMES, PresentApp

    lang, _ = _app_settings(args)
    if args.theme and args.theme not in THEME_NAMES:
        print(f"brobygger: unknown theme '{args.theme}' (known: {', '.join(THEME_NAMES)})",
              file=sys.stderr)
        return 2
    app = PresentApp(library, presentation, start=args.turn, lang=lang, theme=args.theme)
    app.run()
    return app.return_code or 0


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

    if args.serve:
        from sim.loadtest import LoadTestError, format_load, run_load

        try:
            result = run_load(
                args.serve,
                timeout=args.timeout,
                content=[*args.content, *args.command_content],
                prefork=not args.no_prefork,
            )
        except LoadTestError as exc:
            print(f"brobygger bench --serve: {exc}", file=sys.stderr)
            return 2
        print(json.dumps(result, indent=2) if args.json else format_load(result))
        return 1 if args.check and not result["all_within_target"] else 0
    library = _load_library(args)
    if library is None:
        return 2
    if args.startup:
        from sim.bench import format_startup, run_startup

        scenario = args.scenarios[0] if args.scenarios else min(library.scenarios)
        try:
            result = run_startup(scenario, content=[*args.content, *args.command_content])
        except (OSError, RuntimeError) as exc:
            print(f"brobygger bench --startup: {exc}", file=sys.stderr)
            return 2
        print(json.dumps(result, indent=2) if args.json else format_startup(result))
        return 1 if args.check and not result["met"] else 0
    try:
        ids = [library.find_scenario(ref).id for ref in args.scenarios]
    except LookupError as exc:
        print(f"brobygger bench: {exc.args[0]}", file=sys.stderr)
        return 2
    if args.report:
        from sim.bench import bench_report, format_report_bench

        sizes = sorted({max(1, args.report // 4), max(1, args.report // 2), args.report})
        rep = bench_report(library, sizes)
        print(json.dumps(rep, indent=2) if args.json else format_report_bench(rep))
        return 1 if args.check and not rep["linear"] else 0
    results = run_bench(library, rounds=args.rounds, only=ids or None)
    print(json.dumps(results, indent=2) if args.json else format_bench(results))
    met = results["targets"]["p99_met"] and results["targets"]["x10_ratio_met"]
    return 1 if args.check and not met else 0


def _app_settings(args: argparse.Namespace) -> tuple[str, str | None]:
    """The app's language and theme: the option, else $BROBYGGER_LANG (language), else the
    persisted setting, else Danish and the default theme."""
    import os

    from sim.i18n import LANGS
    from sim.sessions import load_settings

    settings = load_settings()
    env = os.environ.get("BROBYGGER_LANG", "")
    lang = args.lang or (env if env in LANGS else None) or settings.get("lang") or "da"
    theme = getattr(args, "theme", None) or settings.get("theme")
    return (lang if lang in LANGS else "da"), theme


def _run_app(args: argparse.Namespace, library, session=None) -> int:
    """Start the Textual app (imported only here: the rest of the CLI never loads textual)."""
    from sim.ui.app import THEME_NAMES, BrobyggerApp

    lang, theme = _app_settings(args)
    if theme is not None and theme not in THEME_NAMES:
        if getattr(args, "theme", None):
            print(
                f"brobygger: unknown theme '{theme}' (known: {', '.join(THEME_NAMES)})",
                file=sys.stderr,
            )
            return 2
        theme = None  # a stale persisted setting is ignored
    app = BrobyggerApp(library, lang=lang, theme=theme, seed=args.seed, session=session)
    app.run()
    return app.return_code or 0


def _cmd_eval(args: argparse.Namespace) -> int:
    """Measure the reading of natural consultant Danish on probe sets and played meetings."""
    from sim.evaluation import KINDS, evaluate, format_result

    library = _load_library(args)
    if library is None:
        return 2
    if args.kind != "all" and args.kind not in KINDS:
        print(f"brobygger eval: no measure {args.kind!r} (choose all, {', '.join(KINDS)})",
              file=sys.stderr)
        return 2
    kinds = list(KINDS) if args.kind == "all" else [args.kind]
    data = Path(args.data) if args.data else None
    if data is not None and not data.exists():
        print(f"brobygger eval: no such file or folder: {data}", file=sys.stderr)
        return 2
    results = []
    for kind in kinds:
        try:
            results.append(evaluate(library, kind, data))
        except (OSError, ValueError, KeyError, LookupError) as exc:
            print(f"brobygger eval {kind}: cannot read the set: {exc}", file=sys.stderr)
            return 2
    if args.json:
        print(json.dumps([r.to_dict() for r in results], ensure_ascii=False, indent=1))
    else:
        print("\n\n".join(format_result(r, limit=args.limit) for r in results))
    missed = [r for r in results if r.figure < (args.min if args.min is not None else r.target)]
    return 1 if args.check and missed else 0


def _cmd_train_acts(args: argparse.Namespace) -> int:
    """Rebuild (or with --check compare) the shipped act model."""
    from sim.reading.acts import ModelCounts, learn_from_bank, shipped_model_path

    path = shipped_model_path()
    learnt = learn_from_bank()
    try:
        shipped = ModelCounts.from_json(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError) as exc:
        shipped = None
        problem = f"cannot read it ({exc})"
    else:
        problem = "out of step with the bank and the rules"
    if shipped == learnt:
        print(f"{path}: in step ({len(learnt.counts)} features, {sum(learnt.docs)} examples)")
        return 0
    if args.check:
        print(f"brobygger train-acts: {path}: {problem}; run `brobygger train-acts`",
              file=sys.stderr)
        return 1
    try:
        path.write_text(learnt.to_json(), encoding="utf-8")
    except OSError as exc:
        print(f"brobygger train-acts: cannot write {path}: {exc}", file=sys.stderr)
        return 2
    print(f"{path}: written ({len(learnt.counts)} features, {sum(learnt.docs)} examples)")
    return 0


def _cmd_test(args: argparse.Namespace) -> int:
    """Run scripted plays (*.play.yaml); exit 1 when an expectation fails, 2 on bad plays."""
    from sim.content.library import content_paths_from_args
    from sim.playtest import format_results, run_plays

    explicit = [Path(p) for p in args.paths]
    missing = [p for p in explicit if not p.exists()]
    for path in missing:
        print(f"brobygger test: no such file or folder: {path}", file=sys.stderr)
    if missing:
        return 2
    library = _load_library(args)
    if library is None:
        return 2
    targets = explicit or [p for p in content_paths_from_args(args) if p.is_dir()]
    results, found = run_plays(targets, library)
    problems = [dataclasses.replace(p, path=_display_path(p.path)) for p in found]
    for r in results:
        if r.path is not None:
            r.path = _display_path(r.path)
    errors = sum(1 for p in problems if p.is_error)
    if not results and not errors:
        print("brobygger test: no plays found (*.play.yaml)", file=sys.stderr)
        return 2
    failed = sum(1 for r in results if not r.passed)
    if args.json:
        out = {
            "plays": [r.to_json() for r in results],
            "passed": len(results) - failed,
            "failed": failed,
            "errors": errors,
            "warnings": len(problems) - errors,
            "problems": [p.to_json() for p in problems],
        }
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        for problem in problems:
            print(problem.format())
        print(format_results(results), end="")
    return 2 if errors else 1 if failed else 0


def _cmd_default(args: argparse.Namespace) -> int:
    """No command: the simulator app (scenario picker, briefing, meeting, debrief)."""
    library = _load_library(args)
    if library is None:
        return 2
    return _run_app(args, library)


def _cmd_resume(args: argparse.Namespace) -> int:
    """Resume a saved session (default: the newest unfinished one) in the app."""
    from sim.sessions import Session, SessionError, SessionStore

    library = _load_library(args)
    if library is None:
        return 2
    try:
        session = Session.resume(SessionStore(), library, args.session)
    except SessionError as exc:
        print(f"brobygger resume: {exc}", file=sys.stderr)
        return 2
    return _run_app(args, library, session)


def _cmd_serve(args: argparse.Namespace) -> int:
    """The same app in a browser, through textual-serve (the optional extra `serve`)."""
    from sim.ui.serve import serve

    return serve(args, check_content=lambda: _load_library(args) is not None)


def _cmd_report(args: argparse.Namespace) -> int:
    """A class summary over many transcripts: terminal table, CSV, JSON or HTML."""
    from sim.report import build_report, to_csv, to_html, to_json, to_text

    library = _load_library(args)
    if library is None:
        return 2
    report = build_report([Path(p) for p in args.paths], library, anonymous=args.anonymous)
    lang = _lang(args)
    outputs = {"csv": args.csv, "html": args.html}
    for kind, target in outputs.items():
        if target:
            text = to_csv(report) if kind == "csv" else to_html(report, lang)
            if target == "-":
                print(text, end="")
            else:
                from sim.transcript import write_atomic

                write_atomic(Path(target), text)
    if args.json:
        print(to_json(report), end="")
    elif "-" not in outputs.values():
        print(to_text(report, lang), end="")
    if not report.rows:
        print("brobygger report: no transcripts could be read", file=sys.stderr)
        return 2
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="brobygger",
        description="Brobygger: a negotiation role-play simulator for jobcentre staff. "
        "Without a command it opens the app; the commands below are for headless play, "
        "instructors and classrooms.",
    )
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
        help="language of the program's own text (default: da, or $BROBYGGER_LANG, or the "
        "saved setting)",
    )
    parser.add_argument(
        "--theme",
        metavar="NAME",
        default=None,
        help="the app's colour theme, e.g. brobygger-projektor (high contrast, for a projector) "
        "or brobygger-kontrast; default: the saved setting",
    )
    parser.add_argument(
        "--seed",
        type=int,
        default=None,
        help="seed for the agents' line choice in new meetings (default: random)",
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
    p.add_argument("--trainee", metavar="NAME", help="the trainee's name, kept in the transcript")
    p.add_argument("--explain", action="store_true",
                   help="under each turn, how each sentence was read: the context, the words or "
                   "guess that decided it, the phrases matched, and what it cost")
    add_content_argument(p)
    p.set_defaults(func=_cmd_play)

    p = sub.add_parser("score", help="re-score a saved transcript")
    p.add_argument("transcript", metavar="TRANSCRIPT")
    p.add_argument("--format", choices=["json", "markdown", "html", "text"], default="json",
                   help="output format (default: json)")
    add_content_argument(p)
    p.set_defaults(func=_cmd_score)

    p = sub.add_parser(
        "export",
        help="a saved transcript with its scorecard, as HTML, Markdown or JSON",
        description="Scores TRANSCRIPT and writes it with its scorecard: a standalone HTML page "
        "(the scorecard beside the turns on screen, one column in print, each turn with the "
        "points it earned or lost), Markdown, or JSON ({\"transcript\", \"score\"}). Prints "
        "it unless --out is given.",
    )
    p.add_argument("transcript", metavar="TRANSCRIPT")
    p.add_argument("--format", choices=["html", "markdown", "json"], default="html",
                   help="output format (default: html)")
    p.add_argument("--out", metavar="FILE", help="write to FILE instead of printing")
    add_content_argument(p)
    p.set_defaults(func=_cmd_export)

    p = sub.add_parser(
        "present",
        help="show a saved meeting on a projector, turn by turn (for instructors)",
        description="Opens TRANSCRIPT in a projector view, one turn at a time, each annotated "
        "with what the engine read, what happened and the points it earned or lost. Keys: "
        "→/space/n next, ←/p back, g go to a turn, Home/End, i the instructor's lens (trust, "
        "patience, hidden needs, open objections, hints), w what if (play another line from "
        "this turn), c compare the what-if with the original, q quit. The projector theme is "
        "the default (--theme changes it).",
    )
    p.add_argument("transcript", metavar="TRANSCRIPT")
    p.add_argument("--turn", type=int, default=1, metavar="N", help="start at turn N")
    add_content_argument(p)
    p.set_defaults(func=_cmd_present)

    p = sub.add_parser(
        "resume",
        help="resume a saved meeting in the app",
        description="Resumes SESSION (an id, a unique start of one, or its transcript file) "
        "or, without SESSION, the newest unfinished meeting.",
    )
    p.add_argument("session", metavar="SESSION", nargs="?", default=None)
    add_content_argument(p)
    p.set_defaults(func=_cmd_resume)

    p = sub.add_parser(
        "serve",
        help="run the app in a web browser (needs the 'serve' extra: textual-serve)",
    )
    p.add_argument("--host", default="localhost", help="address to listen on (default: localhost)")
    p.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    p.add_argument(
        "--no-prefork",
        action="store_true",
        help="start every browser session as a fresh process (default on POSIX: fork each "
        "from one process that has loaded the app and the content once)",
    )
    add_content_argument(p)
    p.set_defaults(func=_cmd_serve)

    p = sub.add_parser(
        "report",
        help="class summary over many transcripts (table, CSV, JSON, HTML)",
        description="Scores every transcript in the given files and folders and summarises "
        "them per trainee and scenario; files that are not transcripts are listed and skipped.",
    )
    p.add_argument("paths", nargs="+", metavar="FILE|DIR")
    p.add_argument("--csv", metavar="FILE", help="write the table as CSV ('-' for stdout)")
    p.add_argument("--html", metavar="FILE", help="write an HTML page with charts ('-': stdout)")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.add_argument("--anonymous", action="store_true", help="replace trainee names by numbers")
    add_content_argument(p)
    p.set_defaults(func=_cmd_report)

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
    p.add_argument("--report", type=int, metavar="N", default=0,
                   help="instead: time `report` over N/4, N/2 and N generated transcripts")
    p.add_argument("--serve", type=int, metavar="N", default=0,
                   help="instead: open N browser sessions of `brobygger serve` at once on "
                   "127.0.0.1 and time each one's answer to key presses (N ≤ 100)")
    p.add_argument("--timeout", type=float, default=60.0, metavar="SECONDS",
                   help="with --serve: the whole run's limit (default 60)")
    p.add_argument("--startup", action="store_true",
                   help="instead: time whole processes, `play` of one line against `--help`")
    p.add_argument("--no-prefork", action="store_true",
                   help="with --serve: run the server with --no-prefork (every session a fresh "
                   "process) to compare")
    p.add_argument("--json", action="store_true")
    p.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    add_content_argument(p)
    p.set_defaults(func=_cmd_bench)

    p = sub.add_parser(
        "eval",
        help="measure how well natural consultant Danish is read (probe sets, natural meetings)",
        description="Runs the development probe sets (need discovery, proposal terms, acts in "
        "context, single-sentence acts), the naturally played meetings and the whole meetings "
        "written in advance (strong and pushy) in-process, and prints each figure beside its "
        "target with the items it got wrong. --data runs a held-out set of the same format "
        "instead.",
    )
    p.add_argument("kind", nargs="?", default="all",
                   help="one measure (needs, terms, acts, ...; the error lists them) or all")
    p.add_argument("--data", metavar="PATH", help="a set in the same format (a folder for natural)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, default=40, help="wrong items shown per measure")
    p.add_argument("--check", action="store_true", help="exit 1 when a figure misses its target")
    p.add_argument("--min", type=float, default=None, help="with --check: this bar, not the target")
    add_content_argument(p)
    p.set_defaults(func=_cmd_eval)

    p = sub.add_parser("classify", help="read utterances on stdin, print their dialogue acts")
    p.add_argument("--scenario", metavar="SCENARIO",
                   help="also print the scenario's topics and terms each line touches")
    p.add_argument("--explain", action="store_true",
                   help="also print, per sentence, its acts, the words or guess that decided "
                   "them, the context used and what the reading can cost")
    p.add_argument("--meeting", action="store_true",
                   help="with --scenario: the lines are one meeting's turns, read in order and "
                   "in context")
    p.add_argument("--seed", type=int, default=None, help="with --meeting: the agents' seed")
    add_content_argument(p)
    p.set_defaults(func=_cmd_classify)

    p = sub.add_parser(
        "check",
        help="validate scenario and persona files",
        description="Validate *.scenario.yaml and *.persona.yaml files (default: all content), "
        "then lint each scenario and persona that loads as a whole (unreachable states, needs "
        "no words can reveal, objections that cannot be handled, no deal serving all three "
        "parties, ...; the code in brackets, see docs/authoring.md). Prints every problem as "
        "'path:line: key: message' and exits 2 on any error. --json adds an example deal "
        "per scenario under 'info'.",
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or folders to check")
    p.add_argument("--json", action="store_true", help="print one JSON object instead")
    add_content_argument(p)
    p.set_defaults(func=_cmd_check)

    p = sub.add_parser(
        "test",
        help="run scripted plays (*.play.yaml) and check their expectations",
        description="Runs each play (*.play.yaml) in a fresh meeting, checks its expectations "
        "after its turns and at the end, and prints one line a play (✓/✗, overall score, "
        "outcome) and every failed expectation. PATHs are play files or folders (default: the "
        "plays in every content folder, e.g. scenarios/plays/). Exits 0 when all pass, 1 when "
        "an expectation fails, 2 on bad play files or unknown scenarios. A turn's expect: and "
        "the play's expect: take phase, needs_revealed, needs_not_revealed, objections_open, "
        "objections_raised, objections_handled, trust and events; a turn's also acts and "
        "replies_from; the end's also all_parties_served, parties, score, competences and "
        "terms. Every key is described in the play JSON Schema (brobygger schema writes "
        "play.schema.json).",
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="play files or folders to run")
    p.add_argument("--json", action="store_true", help="print one JSON object instead")
    add_content_argument(p)
    p.set_defaults(func=_cmd_test)

    p = sub.add_parser(
        "diagram",
        help="print a scenario's meeting as a Mermaid state diagram",
        description="Prints the meeting of SCENARIO as a Mermaid stateDiagram-v2: the default "
        "phases and the scenario's own states, transitions labelled with their event and "
        "conditions, and notes of where needs and objections come up.",
    )
    p.add_argument("scenario", metavar="SCENARIO", help="scenario id or path to its file")
    p.add_argument(
        "--format",
        choices=["mermaid", "markdown"],
        default="mermaid",
        help="mermaid text (default) or Markdown with a ```mermaid fence and a title",
    )
    add_content_argument(p)
    p.set_defaults(func=_cmd_diagram)

    p = sub.add_parser(
        "train-acts",
        help="rebuild the shipped act model from the example bank (after changing rules or bank)",
        description="Reads sim/data/acts_bank.jsonl and acts_own_check.jsonl with today's rules "
        "and writes what the statistical act layer learns to sim/data/acts_model.json, so that no "
        "process trains at run time. --check only compares and exits 1 when the file is out of "
        "step.",
    )
    p.add_argument("--check", action="store_true", help="compare only; exit 1 when out of step")
    p.set_defaults(func=_cmd_train_acts)

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

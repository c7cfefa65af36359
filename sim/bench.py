"""`brobygger bench`: per-turn processing time on the bundled scenarios and a 10x larger one."""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Sequence
from typing import Any

from sim.content.library import ContentLibrary
from sim.content.models import Persona, Phrases, Scenario, Topic
from sim.engine.meeting import Meeting

TARGET_P99_MS = 5.0
TARGET_SCALE_RATIO = 3.0
TARGET_STARTUP_OVER_S = 0.3  # `play` of one line over `brobygger --help`, whole process
STARTUP_LINE = "Hvordan ser en typisk dag ud hos jer?"

# A mixed bag of trainee turns: every act, several lengths, with and without the scenario's words.
GENERIC_TURNS: tuple[str, ...] = (
    "Hej, jeg hedder Sara og kommer fra jobcentret. Tak fordi du ville tage imod mig.",
    "Jeg foreslår, at vi starter med at høre om jeres hverdag, og til sidst ser på næste skridt.",
    "Hvordan ser en typisk uge ud hos jer?",
    "Hvad betyder det for jeres leverancer, når I mangler folk?",
    "Har I prøvet at have nogen i praktik før?",
    "Det forstår jeg godt, det lyder som en dårlig oplevelse.",
    "Så hvis jeg forstår dig ret, er det især de travle perioder, der presser jer?",
    "Det kan frigøre tid til de opgaver, der giver omsætning, og spare jer for overarbejde.",
    "Vi kan tilbyde en mentor, og vi klarer alt det administrative for jer.",
    "En anden virksomhed i byen har haft to i fleksjob i tre år med gode erfaringer.",
    "Han er stabil, mødestabil og rigtig god med hænderne.",
    "Hvad med 12 timer om ugen i otte uger, med oprydning og en mentor, og opfølgning efter "
    "fire uger?",
    "Kan vi sige, at vi gør det?",
    "Jeg sender papirerne i morgen, og så ringer jeg om en uge.",
    "hmm",
    "😀 [bold]test[/bold] " + "meget lang tekst " * 40,
)


def _scenario_turns(s: Scenario) -> list[str]:
    """Turns that touch the scenario's own topics, as a trainee would."""
    turns = []
    for topic in s.topics.values():
        phrase = topic.phrases.for_lang(s.language)[:1] or topic.phrases.da[:1] or topic.phrases.en
        turns.append(f"Hvordan fungerer det med {phrase[0]} hos jer i dag?")
    return turns


def _percentile(samples: Sequence[float], q: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def measure(scenario: Scenario, persona: Persona, rounds: int = 20) -> dict[str, float]:
    """Time `take_turn` over `rounds` passes of the turns (first pass is warm-up)."""
    turns = list(GENERIC_TURNS) + _scenario_turns(scenario)
    samples: list[float] = []
    for r in range(rounds + 1):
        meeting = Meeting(scenario, persona, seed=r)
        for text in turns:
            if meeting.ended:
                meeting = Meeting(scenario, persona, seed=r)
            start = time.perf_counter()
            meeting.take_turn(text)
            elapsed = (time.perf_counter() - start) * 1000
            if r:
                samples.append(elapsed)
    return {
        "turns": len(samples),
        "p50_ms": statistics.median(samples),
        "p99_ms": _percentile(samples, 0.99),
        "mean_ms": statistics.fmean(samples),
    }


def enlarge(scenario: Scenario, factor: int = 10, seed: int = 0) -> Scenario:
    """The scenario with `factor` times as many topic phrases: its own, plus made-up topics."""
    rng = random.Random(seed)
    letters = "abdefghijklmnoprstuvyæøå"

    def word() -> str:
        return "".join(rng.choice(letters) for _ in range(rng.randint(5, 11)))

    topics: dict[str, Topic] = dict(scenario.topics)
    own = sum(len(t.phrases.da) + len(t.phrases.en) for t in scenario.topics.values())
    wanted = own * factor
    count = own
    i = 0
    while count < wanted:
        phrases = [" ".join(word() for _ in range(rng.randint(1, 3))) for _ in range(8)]
        topics[f"generated-{i}"] = Topic(label=f"generated {i}", phrases=Phrases(da=phrases))
        count += len(phrases)
        i += 1
    return scenario.model_copy(update={"topics": topics, "id": f"{scenario.id}-x{factor}"})


def run_bench(
    library: ContentLibrary, rounds: int = 20, only: Sequence[str] | None = None
) -> dict[str, Any]:
    from sim.reading.acts import classify_acts

    start = time.perf_counter()
    classify_acts("Hvordan ser en typisk dag ud hos jer?")  # first call: model and cue tables
    results: dict[str, Any] = {
        "scenarios": {},
        "targets": {},
        "first_turn_ms": (time.perf_counter() - start) * 1000,
    }
    worst_p99 = 0.0
    ratios = []
    for sid, scenario in sorted(library.scenarios.items()):
        if only is not None and sid not in only:
            continue
        persona = library.personas[scenario.company.persona]
        base = measure(scenario, persona, rounds)
        large = measure(enlarge(scenario), persona, rounds)
        worst_p99 = max(worst_p99, base["p99_ms"])
        ratio = large["mean_ms"] / base["mean_ms"] if base["mean_ms"] else 0.0
        ratios.append(ratio)
        results["scenarios"][sid] = {"bundled": base, "x10": large, "x10_ratio": ratio}
    results["targets"] = {
        "p99_ms": worst_p99,
        "p99_target_ms": TARGET_P99_MS,
        "p99_met": worst_p99 <= TARGET_P99_MS,
        "x10_ratio": max(ratios, default=0.0),
        "x10_ratio_target": TARGET_SCALE_RATIO,
        "x10_ratio_met": max(ratios, default=0.0) <= TARGET_SCALE_RATIO,
    }
    return results


def run_startup(scenario: str, runs: int = 7, content: Sequence[str] = ()) -> dict[str, Any]:
    """Whole-process time of `play SCENARIO` with one line against `--help` (medians of `runs`,
    after one unmeasured run of each). Modules' bytecode and the derived-data cache (sim.cache)
    are kept as on a user's machine, even where PYTHONDONTWRITEBYTECODE is set for this process.
    The verdict is on CPU time (user + system), which a loaded machine disturbs far less than
    the wall time shown beside it."""
    import os
    import resource
    import subprocess
    import sys
    import tempfile

    def cpu() -> float:
        ru = resource.getrusage(resource.RUSAGE_CHILDREN)
        return ru.ru_utime + ru.ru_stime

    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    with tempfile.TemporaryDirectory() as tmp:
        script = os.path.join(tmp, "one.txt")
        with open(script, "w", encoding="utf-8") as fh:
            fh.write(STARTUP_LINE + "\n")
        commands = {
            "help": [sys.executable, "-m", "sim", "--help"],
            "play": [sys.executable, "-m", "sim", *(a for c in content for a in ("--content", c)),
                     "play", scenario, "--script", script, "--seed", "1"],
        }
        walls: dict[str, list[float]] = {name: [] for name in commands}
        cpus: dict[str, list[float]] = {name: [] for name in commands}
        for i in range(runs + 1):
            for name, cmd in commands.items():
                start, start_cpu = time.perf_counter(), cpu()
                done = subprocess.run(cmd, env=env, capture_output=True, check=False)
                elapsed, used = time.perf_counter() - start, cpu() - start_cpu
                if done.returncode != 0:
                    raise RuntimeError(f"{' '.join(cmd[2:])} failed: "
                                       f"{done.stderr.decode(errors='replace').strip()[-300:]}")
                if i:
                    walls[name].append(elapsed)
                    cpus[name].append(used)
    med = statistics.median
    help_s, play_s = med(cpus["help"]), med(cpus["play"])
    return {"scenario": scenario, "runs": runs, "help_s": help_s, "play_s": play_s,
            "help_wall_s": med(walls["help"]), "play_wall_s": med(walls["play"]),
            "over_s": play_s - help_s, "target_over_s": TARGET_STARTUP_OVER_S,
            "met": play_s - help_s <= TARGET_STARTUP_OVER_S}


def format_startup(r: dict[str, Any]) -> str:
    return (f"`brobygger --help`: {r['help_s']:.2f} s CPU ({r['help_wall_s']:.2f} s wall); "
            f"`play {r['scenario']}` of one line: {r['play_s']:.2f} s CPU "
            f"({r['play_wall_s']:.2f} s wall); medians of {r['runs']}\n"
            f"play costs {r['over_s']:.2f} s CPU more (target ≤ {r['target_over_s']} s): "
            f"{'met' if r['met'] else 'MISSED'}")


def format_bench(results: dict[str, Any]) -> str:
    lines = [
        f"{'scenario':32s} {'p50 ms':>8s} {'p99 ms':>8s} {'x10 p50':>8s} {'x10 p99':>8s}"
        f" {'x10/1':>6s}"
    ]
    for sid, r in results["scenarios"].items():
        b, x = r["bundled"], r["x10"]
        lines.append(
            f"{sid:32s} {b['p50_ms']:8.2f} {b['p99_ms']:8.2f} {x['p50_ms']:8.2f} "
            f"{x['p99_ms']:8.2f} {r['x10_ratio']:6.2f}"
        )
    tg = results["targets"]
    lines.append("")
    lines.append(f"first turn of a session (loads the act reader): "
                 f"{results['first_turn_ms']:.0f} ms, once")
    lines.append(
        f"p99 per turn {tg['p99_ms']:.2f} ms (target ≤ {tg['p99_target_ms']} ms): "
        f"{'met' if tg['p99_met'] else 'MISSED'}"
    )
    lines.append(
        f"10x phrases cost {tg['x10_ratio']:.2f}x per turn (target ≤ "
        f"{tg['x10_ratio_target']}x): {'met' if tg['x10_ratio_met'] else 'MISSED'}"
    )
    return "\n".join(lines)


def bench_report(library: ContentLibrary, sizes: Sequence[int] = (250, 500, 1000)
                 ) -> dict[str, Any]:
    """Time `brobygger report` over generated class folders of growing size.

    A few meetings are really played (a strong and a weak one per scenario); the folder is
    filled with copies under other trainee names, which costs the report the same to read and
    score as distinct meetings would.
    """
    import json
    import tempfile
    from pathlib import Path

    from sim.report import build_report
    from sim.transcript import dumps, transcript_of

    played = []
    for scenario in sorted(library.scenarios.values(), key=lambda s: s.id):
        persona = library.personas[scenario.company.persona]
        for i, turns in enumerate((GENERIC_TURNS[:4] + tuple(_scenario_turns(scenario)),
                                   GENERIC_TURNS[8:12])):
            meeting = Meeting(scenario, persona, seed=i,
                              content_hash=library.content_hash(scenario.id))
            for text in turns:
                if meeting.ended:
                    break
                meeting.take_turn(text)
            if not meeting.ended:
                meeting.end()
            played.append(transcript_of(meeting))
    results: dict[str, Any] = {"sizes": {}}
    with tempfile.TemporaryDirectory() as tmp:
        written = 0
        for size in sorted(sizes):
            while written < size:
                data = dict(played[written % len(played)], trainee=f"trainee-{written % 30}")
                Path(tmp, f"{written:05d}.json").write_text(dumps(data), encoding="utf-8")
                written += 1
            start = time.perf_counter()
            report = build_report([Path(tmp)], library)
            elapsed = time.perf_counter() - start
            assert len(report.rows) == size, json.dumps(report.skipped[:3])
            results["sizes"][size] = {"seconds": elapsed, "ms_per_transcript": 1000 * elapsed
                                      / size}
    per = [v["ms_per_transcript"] for v in results["sizes"].values()]
    results["linear"] = max(per) <= 1.5 * min(per)
    return results


def format_report_bench(results: dict[str, Any]) -> str:
    lines = [f"{'transcripts':>12s} {'seconds':>8s} {'ms each':>8s}"]
    for size, r in results["sizes"].items():
        lines.append(f"{size:12d} {r['seconds']:8.2f} {r['ms_per_transcript']:8.2f}")
    lines.append(f"time per transcript stays flat (linear growth): "
                 f"{'yes' if results['linear'] else 'NO'}")
    return "\n".join(lines)

"""Headless play: a meeting from a script file or typed at the terminal, printed as a transcript."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from sim.agreement import Terms
from sim.content.library import ContentLibrary
from sim.engine.meeting import Meeting
from sim.i18n import phase_name, reason_name, t
from sim.transcript import inputs_of, replay_into, saved_as_ended, transcript_of


class ScriptError(Exception):
    """A script line that cannot be played: `path:line: message`."""


@dataclass(frozen=True)
class ScriptLine:
    line: int
    action: str  # "say" or "end"
    text: str = ""
    terms: Terms | None = None


TERM_FIELDS = frozenset(Terms.__dataclass_fields__)


def parse_script(text: str, path: str = "<script>") -> list[ScriptLine]:
    """One trainee turn a line; '#' starts a comment line. Commands: /end, /terms {json} [text]."""
    out: list[ScriptLine] = []
    problems: list[str] = []
    for no, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line == "/end":
            out.append(ScriptLine(no, "end"))
        elif line.startswith("/terms"):
            terms, rest, problem = _parse_terms(line[len("/terms") :].strip())
            if problem:
                problems.append(f"{path}:{no}: {problem}")
            else:
                out.append(ScriptLine(no, "say", rest, terms))
        elif line.startswith("/") and not line.startswith("//"):
            problems.append(
                f"{path}:{no}: unknown command {line.split()[0]!r} (known: /end, /terms)"
            )
        else:
            out.append(ScriptLine(no, "say", raw.rstrip("\n")))
    if problems:
        raise ScriptError("\n".join(problems))
    return out


def _parse_terms(rest: str) -> tuple[Terms | None, str, str]:
    try:
        obj, end = json.JSONDecoder().raw_decode(rest)
    except json.JSONDecodeError as exc:
        return None, "", f"/terms needs a JSON object: {exc.msg}"
    if not isinstance(obj, dict):
        return None, "", "/terms needs a JSON object"
    unknown = sorted(set(obj) - TERM_FIELDS)
    if unknown:
        return (
            None,
            "",
            f"/terms: unknown field(s) {', '.join(unknown)} "
            f"(known: {', '.join(sorted(TERM_FIELDS))})",
        )
    try:
        return Terms.from_dict(obj), rest[end:].strip(), ""
    except (TypeError, ValueError) as exc:
        return None, "", f"/terms: {exc}"


def new_meeting(library: ContentLibrary, scenario_ref: str, seed: int) -> Meeting:
    scenario = library.find_scenario(scenario_ref)
    persona = library.personas[scenario.company.persona]
    return Meeting(scenario, persona, seed=seed, content_hash=library.content_hash(scenario.id))


def play_script(meeting: Meeting, script: Iterable[ScriptLine], end: bool = True) -> int:
    """Play the lines; returns how many lines came after the meeting ended (not played)."""
    ignored = 0
    for item in script:
        if meeting.ended:
            ignored += 1
            continue
        if item.action == "end":
            meeting.end()
        else:
            meeting.take_turn(item.text, terms=item.terms)
    if end and not meeting.ended:
        meeting.end()
    return ignored


def replay(library: ContentLibrary, data: dict[str, Any]) -> Meeting:
    """A fresh meeting with the transcript's scenario and seed, fed the same inputs."""
    meeting = new_meeting(library, data["scenario_id"], data["seed"])
    return replay_into(meeting, inputs_of(data), ended=saved_as_ended(data))


# ---------------------------------------------------------------------- text output


def _event_line(event: dict[str, Any], lang: str, titles: dict[str, str]) -> str | None:
    kind = event["type"]
    if kind == "need_revealed":
        return f"+ {t('need_revealed', lang)}: {titles.get(event['id'], event['id'])}"
    if kind == "hint":
        return f"~ {t('hint', lang)}: {titles.get(event['need'], event['need'])}"
    if kind in ("objection_raised", "objection_handled", "objection_mishandled"):
        extra = f" ({event['quality']})" if event.get("quality") else ""
        return f"! {t(kind, lang)}: {titles.get(event['id'], event['id'])}{extra}"
    if kind in ("early_pitch", "pressure", "citizen_joined", "walkout"):
        return f"! {t(kind, lang)}"
    if kind == "terms_verdict":
        reasons = ", ".join(reason_name(r, lang) for r in event["reasons"])
        return f"= {t('verdict', lang)}: {event['reaction']}" + (f" ({reasons})" if reasons else "")
    return None


def format_transcript(data: dict[str, Any], lang: str = "da", explain: bool = False) -> str:
    """A readable transcript: who said what, what the engine read, and the end state; with
    `explain`, how each sentence was read and why (sim.reading.explain)."""
    from sim.reading.explain import explain_turn, format_explanation

    titles: dict[str, str] = data.get("titles", {})
    lines = [f"# {data['scenario_title']} ({data['scenario_id']}), seed {data['seed']}", ""]
    for turn in data["turns"]:
        if turn["action"] == "say":
            lines.append(f"[{turn['n']}] {t('consultant', lang)}: {turn['text']}")
            topics = ", ".join(turn["topics"]) or "-"
            st = turn["state"]
            lines.append(
                f"    {t('acts', lang)}: {', '.join(turn['acts'])} | {t('topics', lang)}: "
                f"{topics} | {t('phase', lang)}: {phase_name(turn['phase'], lang)} | "
                f"{t('trust', lang)}: {st['trust']}"
            )
            if explain:
                lines += format_explanation(explain_turn(turn), lang)
        else:
            lines.append(f"[{turn['n']}] ({t('ended', lang)})")
        for reply in turn["replies"]:
            lines.append(f"    {reply['name']}: {reply['text']}")
        for event in turn["events"]:
            text = _event_line(event, lang, titles)
            if text:
                lines.append(f"    {text}")
        lines.append("")
    out = data["outcome"]
    lines.append(
        f"{t('outcome', lang)}: {phase_name(out['phase'], lang)} "
        f"({t('trust', lang)} {out['trust']})"
    )
    revealed = [titles.get(k, k) for k, v in out["needs"].items() if v["revealed_turn"]]
    lines.append(
        f"{t('needs', lang)}: {len(revealed)}/{len(out['needs'])}"
        + (f" – {', '.join(revealed)}" if revealed else "")
    )
    for oid, o in out["objections"].items():
        status = (
            t("handled", lang)
            if o["handled_turn"]
            else t("open", lang)
            if o["raised_turn"]
            else t("not_raised", lang)
        )
        lines.append(f"  {t('objections', lang)}: {titles.get(oid, oid)}: {status}")
    terms = {k: v for k, v in out["terms"].items() if v not in (None, [], ())}
    if terms:
        lines.append(f"{t('terms', lang)}: {json.dumps(terms, ensure_ascii=False)}")
    return "\n".join(lines) + "\n"


def interactive(meeting: Meeting, stdin: TextIO, stdout: TextIO, lang: str) -> None:
    """Play at the terminal: a line in, the replies out, until /end, /quit or end of input."""
    print(t("interactive_help", lang), file=stdout)
    print(f"== {meeting.scenario.title} ==", file=stdout)
    print(meeting.scenario.briefing.goal, file=stdout)
    titles = transcript_of(meeting)["titles"]
    while not meeting.ended:
        print(f"{t('prompt', lang)}> ", end="", file=stdout, flush=True)
        raw = stdin.readline()
        if not raw or raw.strip() == "/quit":
            break
        record = meeting.end() if raw.strip() == "/end" else meeting.take_turn(raw.rstrip("\n"))
        for reply in record["replies"]:
            print(f"{reply['name']}: {reply['text']}", file=stdout)
        for event in record["events"]:
            text = _event_line(event, lang, titles)
            if text:
                print(f"  {text}", file=stdout)
        print(
            f"  [{phase_name(meeting.phase, lang)} | {t('trust', lang)} {meeting.state.trust}]",
            file=stdout,
            flush=True,
        )


def run_play(
    library: ContentLibrary,
    scenario_ref: str,
    script_path: Path | None,
    seed: int,
    as_json: bool,
    lang: str,
    stdout: TextIO = sys.stdout,
) -> dict[str, Any]:
    """The `play` command: returns the transcript it printed."""
    meeting = new_meeting(library, scenario_ref, seed)
    if script_path is not None:
        script = parse_script(script_path.read_text(encoding="utf-8"), str(script_path))
        ignored = play_script(meeting, script)
        if ignored:
            print(t("ignored_after_end", lang, n=ignored), file=sys.stderr)
    else:
        interactive(meeting, sys.stdin, sys.stderr if as_json else stdout, lang)
    return transcript_of(meeting)

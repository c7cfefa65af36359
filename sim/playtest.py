"""Scripted plays (`*.play.yaml`): finding, loading and checking them, and running them as tests."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from scoring import Scorecard, score_transcript
from sim.agreement import Terms
from sim.content.library import ContentLibrary, find_files
from sim.content.loader import validation_problems
from sim.content.models import Scenario
from sim.content.play_models import Bounds, EndExpect, EventMatch, Play, PlayTerms, TurnExpect
from sim.content.problems import KeyPath, Problem, sorted_problems, suggest
from sim.content.yamlsource import YamlDocument, read_yaml
from sim.engine.meeting import Meeting
from sim.play import new_meeting
from sim.transcript import transcript_of
from sim.vocab import Phase

SUFFIX = ".play.yaml"
NEAR_MISS = ".play.yml"
REPLY_CHARS = 100  # how much of a turn's replies a failure quotes


def is_play_file(path: Path) -> bool:
    name = Path(path).name
    return name.endswith(SUFFIX) and len(name) > len(SUFFIX)


# --------------------------------------------------------------------------- finding plays


def find_plays(paths: Iterable[Path]) -> tuple[list[Path], list[Problem]]:
    """Play files in the given files and folders (folders recursively), each once, sorted."""
    return find_files(
        paths, is_play_file, {NEAR_MISS: SUFFIX}, f"not a play file: the name must end in {SUFFIX}"
    )


# --------------------------------------------------------------------------- loading plays


@dataclass
class LoadedPlay:
    """One play file after loading: the model if it is valid, and all its problems."""

    path: Path
    document: YamlDocument
    play: Play | None
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]


def load_play(path: Path, library: ContentLibrary) -> LoadedPlay:
    """Load and check one play against the library; never raises for bad content.

    `play` is set only when the file has no errors: its shape (the models) and its references
    (scenario, need, objection, task and phase ids) are all sound.
    """
    path = Path(path)
    doc = read_yaml(path)
    problems = list(doc.problems)
    play: Play | None = None
    if doc.data is not None:
        try:
            play = Play.model_validate(doc.data)
        except ValidationError as exc:
            yaml_keys = {
                p.key for p in doc.problems if p.key and not p.message.startswith("duplicate key")
            }
            problems.extend(
                p for p in validation_problems(doc, Play, exc) if p.key not in yaml_keys
            )
        problems.extend(_reference_problems(doc, library))
    problems = sorted_problems(problems)
    if any(p.is_error for p in problems):
        play = None
    return LoadedPlay(path, doc, play, problems)


def load_plays(
    paths: Iterable[Path], library: ContentLibrary
) -> tuple[list[LoadedPlay], list[Problem]]:
    """Every play under paths, loaded and checked; problems of all files (and across files)."""
    files, problems = find_plays(paths)
    loaded = [load_play(f, library) for f in files]
    for lp in loaded:
        problems.extend(lp.problems)
    dupes = _duplicate_names(loaded)
    problems.extend(dupes)
    failed = {p.path for p in dupes}
    for lp in loaded:
        if lp.path in failed:
            lp.play = None
    return loaded, sorted_problems(problems)


def _duplicate_names(loaded: Sequence[LoadedPlay]) -> list[Problem]:
    by_id: dict[tuple[str, str], list[LoadedPlay]] = {}
    for lp in loaded:
        scenario, name = lp.document.get(("scenario",)), lp.document.get(("name",))
        if isinstance(scenario, str) and isinstance(name, str):
            by_id.setdefault((scenario, name), []).append(lp)
    problems = []
    for (scenario, name), plays in by_id.items():
        for lp in plays if len(plays) > 1 else []:
            others = ", ".join(
                f"{o.path}:{o.document.line_of(('name',))}" for o in plays if o is not lp
            )
            problems.append(
                lp.document.problem(
                    ("name",), f"play '{name}' of '{scenario}' is also defined in {others}"
                )
            )
    return problems


def _reference_problems(doc: YamlDocument, library: ContentLibrary) -> list[Problem]:
    """Ids the play names that its scenario does not know; turns that would never be played."""
    data = doc.data or {}
    problems: list[Problem] = []
    turns = data.get("turns") if isinstance(data.get("turns"), list) else []
    ended = next(
        (
            i
            for i, t in enumerate(turns)
            if isinstance(t, dict) and t.get("end") is True and "say" not in t
        ),
        None,
    )
    if ended is not None:
        for i in range(ended + 1, len(turns)):
            problems.append(
                doc.problem(
                    ("turns", i),
                    f"comes after the meeting is ended (turns[{ended}], line "
                    f"{doc.line_of(('turns', ended))}): it would never be played",
                )
            )
    ref = data.get("scenario")
    if not isinstance(ref, str):
        return problems
    scenario = library.scenarios.get(ref)
    if scenario is None:
        hit = suggest(ref, list(library.scenarios))
        known = (
            f"did you mean '{hit}'?"
            if hit
            else "known: " + (", ".join(sorted(library.scenarios)) or "none")
        )
        problems.append(doc.problem(("scenario",), f"unknown scenario '{ref}' ({known})"))
        return problems
    check = _RefCheck(doc, scenario, problems)
    for i, turn in enumerate(turns):
        if not isinstance(turn, dict):
            continue
        check.terms(("turns", i, "terms"))
        check.expect(("turns", i, "expect"))
    check.expect(("expect",))
    check.terms(("expect", "terms"))
    return problems


class _RefCheck:
    """Checks the scenario ids named under one key path of a play document."""

    def __init__(self, doc: YamlDocument, scenario: Scenario, problems: list[Problem]) -> None:
        self.doc = doc
        self.problems = problems
        self.kinds: dict[str, list[str]] = {
            "need": [n.id for n in scenario.needs],
            "objection": [o.id for o in scenario.objections],
            "task": list(scenario.agreement.tasks),
            "phase": [str(p) for p in Phase] + [s.name for s in scenario.machine.states],
        }
        self.kinds["need or objection"] = self.kinds["need"] + self.kinds["objection"]
        self.scenario_id = scenario.id

    def ids(self, at: KeyPath, kind: str) -> None:
        """The ids in the list at `at`; a bare id too where one is allowed (phase, event id)."""
        value = self.doc.get(at)
        items = (
            [(at, value)]
            if isinstance(value, str) and kind in ("phase", "need or objection")
            else []
        )
        if isinstance(value, list):
            items = [((*at, j), v) for j, v in enumerate(value) if isinstance(v, str)]
        known = self.kinds[kind]
        for key, item in items:
            if item in known:
                continue
            hit = suggest(item, known)
            hint = f"did you mean '{hit}'?" if hit else "known: " + (", ".join(known) or "none")
            self.problems.append(
                self.doc.problem(
                    key, f"scenario '{self.scenario_id}' has no {kind} '{item}' ({hint})"
                )
            )

    def terms(self, at: KeyPath) -> None:
        if isinstance(self.doc.get(at), dict):
            self.ids((*at, "tasks"), "task")

    def expect(self, at: KeyPath) -> None:
        if not isinstance(self.doc.get(at), dict):
            return
        self.ids((*at, "phase"), "phase")
        self.ids((*at, "needs_revealed"), "need")
        self.ids((*at, "needs_not_revealed"), "need")
        for key in ("objections_open", "objections_raised", "objections_handled"):
            self.ids((*at, key), "objection")
        events = self.doc.get((*at, "events"))
        for j, event in enumerate(events if isinstance(events, list) else []):
            if isinstance(event, dict):
                self.ids((*at, "events", j, "id"), "need or objection")


# --------------------------------------------------------------------------- running plays


@dataclass(frozen=True)
class Failure:
    """One expectation that did not hold: where (a turn, or None for the end), what and why."""

    turn: int | None
    key: str
    expected: str
    got: str
    reply: str = ""
    line: int | None = None  # the line of the expectation in the play file

    @property
    def where(self) -> str:
        return "end" if self.turn is None else f"turn {self.turn}"

    def message(self) -> str:
        text = f"{self.where}: {self.key}: expected {self.expected}, got {self.got}"
        return text + (f' (reply: "{self.reply}")' if self.reply else "")

    def format(self, play_id: str) -> str:
        return f"{play_id}: {self.message()}"

    def to_json(self) -> dict[str, Any]:
        return {
            "turn": self.turn,
            "line": self.line,
            "key": self.key,
            "expected": self.expected,
            "got": self.got,
            "reply": self.reply,
            "message": self.message(),
        }


@dataclass
class PlayResult:
    """A play after running: the transcript, its scorecard and what failed."""

    play: Play
    path: Path | None
    transcript: dict[str, Any]
    card: Scorecard
    failures: list[Failure] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.play.id

    @property
    def passed(self) -> bool:
        return not self.failures

    @property
    def outcome(self) -> str:
        return str(self.transcript["outcome"]["phase"])

    @property
    def score(self) -> int:
        return self.card.overall

    def line(self) -> str:
        """`✓ scenario/name: 88/100, agreement`."""
        mark = "✓" if self.passed else "✗"
        return f"{mark} {self.id}: {self.score}/100, {self.outcome}"

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "scenario": self.play.scenario,
            "name": self.play.name,
            "path": str(self.path) if self.path is not None else None,
            "passed": self.passed,
            "score": self.score,
            "outcome": self.outcome,
            "all_parties_served": self.card.all_parties_served,
            "competences": {k: c.score for k, c in self.card.competences.items()},
            "failures": [f.to_json() for f in self.failures],
        }


def to_terms(terms: PlayTerms | None) -> Terms | None:
    if terms is None:
        return None
    return Terms.from_dict(terms.model_dump(mode="json"))


def run_play(
    play: Play,
    library: ContentLibrary,
    path: Path | None = None,
    document: YamlDocument | None = None,
) -> PlayResult:
    """Play the turns in a fresh meeting (the play's seed), check every expectation, score it.

    With the play's `document`, failures carry the line of the expectation that failed.
    """
    meeting = new_meeting(library, play.scenario, play.seed)
    need_ids = [n.id for n in meeting.scenario.needs]
    failures: list[Failure] = []

    def line(at: KeyPath) -> int | None:
        return document.line_of(at) if document is not None else None

    for i, turn in enumerate(play.turns):
        n = i + 1
        if meeting.ended:
            rest = len(play.turns) - i
            failures.append(
                Failure(
                    n,
                    "turns",
                    "the meeting to still be going",
                    f"{meeting.phase} after turn {i} ({rest} turn{'s' if rest > 1 else ''} "
                    "not played)",
                    line=line(("turns", i)),
                )
            )
            break
        if turn.end:
            record = meeting.end()
        else:
            assert turn.say is not None
            record = meeting.take_turn(turn.say, terms=to_terms(turn.terms), to=turn.to)
        if turn.expect is not None:
            at = ("turns", i, "expect")
            failures.extend(
                _at_line(f, line((*at, f.key.split(".")[0])))
                for f in check_turn(n, turn.expect, record, need_ids)
            )
    if not meeting.ended:
        meeting.end()
    data = transcript_of(meeting)
    card = score_transcript(data, meeting.scenario)
    if play.expect is not None:
        failures.extend(
            _at_line(f, line(("expect", *f.key.split("."))))
            for f in check_end(play.expect, data, card, meeting)
        )
    return PlayResult(play, path, data, card, failures)


def _at_line(f: Failure, line: int | None) -> Failure:
    return Failure(f.turn, f.key, f.expected, f.got, f.reply, line)


def run_plays(
    paths: Iterable[Path], library: ContentLibrary
) -> tuple[list[PlayResult], list[Problem]]:
    """Load every play under paths and run the valid ones; also every problem found."""
    loaded, problems = load_plays(paths, library)
    results = [
        run_play(lp.play, library, lp.path, lp.document) for lp in loaded if lp.play is not None
    ]
    return results, problems


# --------------------------------------------------------------------------- checking


def _list(items: Iterable[Any]) -> str:
    return "[" + ", ".join(str(i) for i in items) + "]"


def _reply_of(record: dict[str, Any]) -> str:
    text = " | ".join(r["text"] for r in record.get("replies", []) if r.get("text"))
    return text if len(text) <= REPLY_CHARS else text[: REPLY_CHARS - 1].rstrip() + "…"


def _describe_event(spec: str | EventMatch) -> str:
    if isinstance(spec, str):
        return spec
    details = spec.model_dump(exclude_none=True, exclude_defaults=True)
    details.pop("type", None)
    inner = ", ".join(f"{k}: {_list(v) if isinstance(v, list) else v}" for k, v in details.items())
    return f"{spec.type} {{{inner}}}" if inner else spec.type


def event_matches(spec: str | EventMatch, event: dict[str, Any]) -> bool:
    """Whether one recorded event is what the spec asks for."""
    if isinstance(spec, str):
        return event.get("type") == spec
    if event.get("type") != spec.type:
        return False
    for name in ("id", "party", "reaction", "quality"):
        want = getattr(spec, name)
        if want is not None and event.get(name) != want:
            return False
    reasons = [str(r) for r in event.get("reasons", [])]
    for code in spec.reasons:
        hit = any(r.startswith(code) for r in reasons) if code.endswith(":") else code in reasons
        if not hit:
            return False
    return True


class _Checker:
    """Collects failures of one set of expectations (a turn's, or the end's)."""

    def __init__(self, turn: int | None, reply: str = "") -> None:
        self.turn = turn
        self.reply = reply
        self.failures: list[Failure] = []

    def fail(self, key: str, expected: str, got: str) -> None:
        self.failures.append(Failure(self.turn, key, expected, got, self.reply))

    def phase(self, want: str | list[str] | None, got: str) -> None:
        if want is None:
            return
        options = [want] if isinstance(want, str) else list(want)
        if got not in options:
            expected = options[0] if len(options) == 1 else "one of " + ", ".join(options)
            self.fail("phase", expected, got)

    def at_least(self, key: str, want: list[str] | None, got: list[str]) -> None:
        if want is None:
            return
        if any(w not in got for w in want):
            self.fail(key, ", ".join(want) if want else "[]", _list(got))

    def none_of(self, key: str, want: list[str] | None, got: list[str]) -> None:
        if want is None:
            return
        if any(w in got for w in want):
            self.fail(key, "none of " + ", ".join(want), _list(got))

    def exactly(self, key: str, want: list[str] | None, got: list[str]) -> None:
        if want is None:
            return
        if sorted(set(want)) != sorted(set(got)):
            self.fail(key, _list(want), _list(got))

    def needs(self, want: str | list[str] | None, got: list[str], all_ids: list[str]) -> None:
        if want == "all":
            if any(n not in got for n in all_ids):
                missing = [n for n in all_ids if n not in got]
                self.fail(
                    "needs_revealed",
                    f"all {len(all_ids)}",
                    f"{_list(got)} (missing {_list(missing)})",
                )
        elif isinstance(want, list):
            self.at_least("needs_revealed", want, got)

    def bounds(self, key: str, want: Bounds | None, got: float) -> None:
        if want is not None and not want.holds(got):
            self.fail(key, want.describe(), f"{got:g}")

    def events(self, want: list[Any] | None, got: list[dict[str, Any]]) -> None:
        for spec in want or []:
            if not any(event_matches(spec, e) for e in got):
                types = list(dict.fromkeys(str(e.get("type")) for e in got))
                self.fail("events", _describe_event(spec), _list(types))


def check_turn(
    n: int, want: TurnExpect, record: dict[str, Any], all_needs: Sequence[str]
) -> list[Failure]:
    """The turn's expectations against the turn's record (see Meeting.take_turn)."""
    c = _Checker(n, _reply_of(record))
    state = record["state"]
    events = record.get("events", [])
    c.phase(want.phase, record["phase"])
    c.needs(want.needs_revealed, state["needs_revealed"], list(all_needs))
    c.none_of("needs_not_revealed", want.needs_not_revealed, state["needs_revealed"])
    c.exactly("objections_open", want.objections_open, state["objections_open"])
    raised = [e["id"] for e in events if e.get("type") == "objection_raised"]
    c.exactly("objections_raised", want.objections_raised, raised)
    c.at_least("objections_handled", want.objections_handled, state["objections_handled"])
    c.bounds("trust", want.trust, state["trust"])
    c.at_least("acts", want.acts, list(record.get("acts", [])))
    c.events(want.events, events)
    if want.replies_from is not None:
        speakers = list(dict.fromkeys(r["speaker"] for r in record.get("replies", [])))
        if speakers != list(want.replies_from):
            c.fail("replies_from", _list(want.replies_from), _list(speakers))
    return c.failures


def check_end(
    want: EndExpect, data: dict[str, Any], card: Scorecard, meeting: Meeting
) -> list[Failure]:
    """The end expectations against the transcript and its scorecard."""
    c = _Checker(None)
    out = data["outcome"]
    lang = meeting.scenario.language
    c.phase(want.phase, out["phase"])
    revealed = [k for k, v in out["needs"].items() if v["revealed_turn"]]
    c.needs(want.needs_revealed, revealed, list(out["needs"]))
    c.none_of("needs_not_revealed", want.needs_not_revealed, revealed)
    objections = out["objections"]
    raised = [k for k, v in objections.items() if v["raised_turn"]]
    open_ = [k for k, v in objections.items() if v["raised_turn"] and not v["handled_turn"]]
    handled = [k for k, v in objections.items() if v["handled_turn"]]
    c.exactly("objections_open", want.objections_open, open_)
    c.exactly("objections_raised", want.objections_raised, raised)
    c.at_least("objections_handled", want.objections_handled, handled)
    c.bounds("trust", want.trust, out["trust"])
    c.events(want.events, [e for t in data["turns"] for e in t.get("events", [])])
    parties = card.parties
    if want.all_parties_served is not None and card.all_parties_served != want.all_parties_served:
        c.fail(
            "all_parties_served",
            _bool(want.all_parties_served),
            _bool(card.all_parties_served) + _why(parties, lang, card.all_parties_served),
        )
    for party, served in (want.parties or {}).items():
        got = bool(parties[party]["served"])
        if got != served:
            c.fail(
                f"parties.{party}",
                _bool(served),
                _bool(got) + _why({party: parties[party]}, lang, got),
            )
    c.bounds("score", want.score, card.overall)
    for cid, bounds in (want.competences or {}).items():
        c.bounds(f"competences.{cid}", bounds, card.competences[cid].score)
    if want.terms is not None:
        _check_terms(c, want.terms, out["terms"])
    return c.failures


def _bool(value: bool) -> str:
    return "true" if value else "false"


def _why(parties: dict[str, dict[str, Any]], lang: str, served: bool) -> str:
    """Why parties were not served (their failing reasons), or nothing if they were."""
    if served:
        return ""
    reasons = [
        f"{party}: {r[lang]}"
        for party, v in parties.items()
        if not v["served"]
        for r in v["reasons"]
        if not r["ok"]
    ]
    return f" ({'; '.join(reasons)})" if reasons else ""


def _check_terms(c: _Checker, want: PlayTerms, got: dict[str, Any]) -> None:
    for name, value in want.model_dump(mode="json", exclude_none=True).items():
        have = got.get(name)
        if isinstance(value, list):
            if value and any(v not in (have or []) for v in value):
                c.fail(f"terms.{name}", ", ".join(map(str, value)), _list(have or []))
        elif have != value:
            c.fail(f"terms.{name}", _value(value), _value(have))


def _value(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return _bool(value)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


# --------------------------------------------------------------------------- output


def format_results(results: Sequence[PlayResult]) -> str:
    """One line a play, its failures beneath it, and a summary line."""
    lines = []
    for r in results:
        lines.append(r.line())
        lines.extend(f"    {f.format(r.id)}" for f in r.failures)
    passed = sum(r.passed for r in results)
    noun = "play" if len(results) == 1 else "plays"
    lines.append(f"{len(results)} {noun}: {passed} passed, {len(results) - passed} failed")
    return "\n".join(lines) + "\n"

"""Checks within one content file beyond its schema: references, duplicate ids, placeholders.

They read the raw YAML data, not the model, so they still run (and report at exact lines) when
another part of the same file fails validation; values of the wrong type are simply skipped here,
since validation reports those.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from sim.content.models import PLACEHOLDERS, persona_placeholders
from sim.content.problems import KeyPath, Problem, suggest
from sim.content.yamlsource import YamlDocument
from sim.vocab import COMPANY_QUESTIONS, Phase, Scheme, Support

_PLACEHOLDER_RE = re.compile(r"\{([^{}]*)\}")
# What a Danish instructor may write for a placeholder; used for 'did you mean'.
_PLACEHOLDER_SYNONYMS = {
    "borger": "citizen",
    "borgeren": "citizen",
    "kandidat": "citizen",
    "virksomhed": "company",
    "virksomheden": "company",
    "firma": "company",
    "arbejdsgiver": "employer",
    "arbejdsgiveren": "employer",
    "chef": "employer",
    "konsulent": "consultant",
    "konsulenten": "consultant",
    "grund": "reason",
    "begrundelse": "reason",
    "aarsag": "reason",
    "årsag": "reason",
}

PERSONA_LINE_PATHS: tuple[KeyPath, ...] = (("lines", "*", "*"), ("reasons", "*", "*"))
"""Every place a persona holds a spoken line ('*' is any key or list index)."""
SCENARIO_LINE_PATHS: tuple[KeyPath, ...] = (
    ("citizen", "lines", "*", "*"),
    ("needs", "*", "lines", "*"),
    ("needs", "*", "hint", "*"),
    ("objections", "*", "lines", "*"),
    ("objections", "*", "handled_lines", "*"),
    ("objections", "*", "mishandled_lines", "*"),
    ("objections", "*", "explored_lines", "*"),
    ("machine", "states", "*", "lines", "*"),
    ("company", "facts", "*", "lines", "*"),
)
"""Every place a scenario holds a spoken line."""

PHASES: tuple[str, ...] = tuple(p.value for p in Phase)


def check_persona_document(doc: YamlDocument) -> list[Problem]:
    """Placeholders in every line of a persona."""
    return _placeholder_problems(doc, PERSONA_LINE_PATHS)


def check_scenario_document(doc: YamlDocument) -> list[Problem]:
    """Placeholders, duplicate ids and every reference inside one scenario."""
    problems = _placeholder_problems(doc, SCENARIO_LINE_PATHS)
    problems += _ScenarioChecks(doc).run()
    return problems


def expand(data: Any, pattern: KeyPath, prefix: KeyPath = ()) -> Iterator[tuple[KeyPath, Any]]:
    """Every (path, value) in data matching a key path pattern; '*' matches any key or index."""
    if not pattern:
        yield prefix, data
        return
    head, rest = pattern[0], pattern[1:]
    if head == "*":
        if isinstance(data, dict):
            for key, value in data.items():
                yield from expand(value, rest, (*prefix, key))
        elif isinstance(data, list):
            for i, value in enumerate(data):
                yield from expand(value, rest, (*prefix, i))
    elif isinstance(data, dict) and isinstance(head, str) and head in data:
        yield from expand(data[head], rest, (*prefix, head))
    elif isinstance(data, list) and isinstance(head, int) and 0 <= head < len(data):
        yield from expand(data[head], rest, (*prefix, head))


def _allowed_placeholders(path: KeyPath) -> frozenset[str]:
    """The placeholders a line at `path` may use (sim.content.models.persona_placeholders)."""
    if len(path) > 1 and path[0] in ("lines", "reasons"):
        return persona_placeholders(str(path[0]), str(path[1]))
    return PLACEHOLDERS


def _placeholder_problems(doc: YamlDocument, patterns: tuple[KeyPath, ...]) -> list[Problem]:
    out: list[Problem] = []
    for pattern in patterns:
        for path, text in expand(doc.data, pattern):
            if not isinstance(text, str):
                continue
            allowed = _allowed_placeholders(path)
            known = ", ".join("{" + p + "}" for p in sorted(allowed))
            for name in _PLACEHOLDER_RE.findall(text):
                if name in allowed:
                    continue
                hit = _PLACEHOLDER_SYNONYMS.get(name.strip().lower()) or suggest(name, allowed)
                mean = f"did you mean {{{hit}}}? " if hit else ""
                out.append(
                    doc.problem(path, f"unknown placeholder {{{name}}} ({mean}known: {known})")
                )
            if "{" in _PLACEHOLDER_RE.sub("", text) or "}" in _PLACEHOLDER_RE.sub("", text):
                out.append(
                    doc.problem(
                        path,
                        "unmatched '{' or '}': a placeholder looks like {citizen}",
                        severity="warning",
                    )
                )
    return out


def _known(what: str, options: list[str]) -> str:
    if not options:
        return f"no {what} are defined"
    return f"known {what}: {', '.join(options)}"


class _ScenarioChecks:
    """Cross-references within one scenario's raw data."""

    def __init__(self, doc: YamlDocument) -> None:
        self.doc = doc
        self.problems: list[Problem] = []

    def error(self, path: KeyPath, message: str) -> None:
        self.problems.append(self.doc.problem(path, message))

    def warn(self, path: KeyPath, message: str) -> None:
        self.problems.append(self.doc.problem(path, message, severity="warning"))

    def strings(self, pattern: KeyPath) -> list[tuple[KeyPath, str]]:
        return [(p, v) for p, v in expand(self.doc.data, pattern) if isinstance(v, str)]

    def keys(self, path: KeyPath) -> list[str]:
        value = self.doc.get(path)
        return [k for k in value if isinstance(k, str)] if isinstance(value, dict) else []

    def unique_ids(self, pattern: KeyPath, what: str, noun: str = "id") -> list[str]:
        """Ids in order; a repeated one is an error at its second place."""
        first: dict[str, KeyPath] = {}
        for path, value in self.strings(pattern):
            if value in first:
                line = self.doc.line_of(first[value])
                self.error(path, f"duplicate {what} {noun} '{value}' (first at line {line})")
            else:
                first[value] = path
        return list(first)

    def refs(self, pattern: KeyPath, known: list[str], what: str, plural: str) -> None:
        for path, value in self.strings(pattern):
            if value not in known:
                hit = suggest(value, known)
                extra = f"did you mean '{hit}'?" if hit else _known(plural, known)
                self.error(path, f"unknown {what} '{value}' ({extra})")

    def run(self) -> list[Problem]:
        get = self.doc.get
        topics = self.keys(("topics",))
        tasks = self.keys(("agreement", "tasks"))
        needs = self.unique_ids(("needs", "*", "id"), "need")
        self.unique_ids(("objections", "*", "id"), "objection")
        restrictions = self.unique_ids(("citizen", "restrictions", "*", "id"), "restriction")
        extra_states = self.unique_ids(("machine", "states", "*", "name"), "state", "name")
        for path, name in self.strings(("machine", "states", "*", "name")):
            if name in PHASES:
                self.error(path, f"state '{name}' is already a default phase")
        states = list(PHASES) + [s for s in extra_states if s not in PHASES]

        self.refs(("needs", "*", "reveal", "topics", "*"), topics, "topic", "topics")
        self.refs(("company", "facts", "*", "about", "*"), [*topics, *COMPANY_QUESTIONS],
                  "topic or question", "topics and questions")
        self.refs(("needs", "*", "reveal", "after", "*"), needs, "need", "needs")
        self._after_cycles()
        self.refs(("objections", "*", "triggers", "*", "topics", "*"), topics, "topic", "topics")
        for path, trigger in expand(self.doc.data, ("objections", "*", "triggers", "*")):
            if trigger == {}:
                self.warn(path, "a trigger without conditions fires on every turn")
        self.refs(("objections", "*", "triggers", "*", "phase"), states, "phase", "phases")
        answers = (
            topics + tasks + [s.value for s in Scheme] + [s.value for s in Support] + ["follow_up"]
        )
        for path, value in self.strings(("objections", "*", "handling", "answers", "*")):
            if value not in answers:
                hit = suggest(value, answers)
                extra = f" (did you mean '{hit}'?)" if hit else ""
                self.error(
                    path,
                    f"unknown answer '{value}'{extra}: give a topic id, a task id, "
                    "a scheme or a support",
                )
        self.refs(("agreement", "tasks", "*", "covers", "*"), needs, "need", "needs")
        self.refs(
            ("agreement", "tasks", "*", "strains", "*"), restrictions, "restriction", "restrictions"
        )
        self.refs(("citizen", "present_from"), [*states, "start", "never"], "phase", "phases")
        self.refs(("machine", "transitions", "*", "source"), [*states, "*"], "state", "states")
        self.refs(("machine", "transitions", "*", "source", "*"), [*states, "*"], "state", "states")
        self.refs(("machine", "transitions", "*", "dest"), states, "state", "states")

        lang = get(("language",), "da")
        if lang in ("da", "en"):
            for pattern in (("topics", "*", "phrases"), ("agreement", "tasks", "*", "phrases")):
                for path, phrases in expand(self.doc.data, pattern):
                    if isinstance(phrases, dict) and not phrases.get(lang):
                        self.error(path, f"no phrases in the scenario's language ('{lang}:')")

        self._offer_warnings()
        return self.problems

    def _after_cycles(self) -> None:
        """A need that must come after itself (directly or round a loop) can never be revealed."""
        after: dict[str, list[tuple[KeyPath, str]]] = {}
        for path, need in self.strings(("needs", "*", "id")):
            refs = self.strings((*path[:-1], "reveal", "after", "*"))
            after.setdefault(need, []).extend(refs)
        for need in after:
            loop = self._loop_from(need, after)
            if loop:
                path = next(p for p, v in after[need] if v == loop[1])
                self.error(
                    path,
                    f"need '{need}' can never be revealed: 'after' goes round in a loop "
                    f"({' -> '.join(loop)})",
                )

    @staticmethod
    def _loop_from(start: str, after: dict[str, list[tuple[KeyPath, str]]]) -> list[str] | None:
        stack: list[tuple[str, list[str]]] = [(start, [start])]
        seen: set[str] = set()
        while stack:
            node, trail = stack.pop()
            for _, nxt in after.get(node, []):
                if nxt == start:
                    return [*trail, start]
                if nxt not in seen and nxt in after:
                    seen.add(nxt)
                    stack.append((nxt, [*trail, nxt]))
        return None

    def _offer_warnings(self) -> None:
        """Deals the jobcentre cannot make, and hours no one can agree on: likely slips."""
        get = self.doc.get
        offered = [v for _, v in self.strings(("jobcentre", "schemes", "*"))]
        support = [v for _, v in self.strings(("jobcentre", "support", "*"))]
        schemes = {s.value for s in Scheme}  # other values are reported by validation
        supports = {s.value for s in Support}
        if get(("jobcentre", "schemes")) is not None:
            for path, scheme in self.strings(("agreement", "company", "schemes", "*")):
                if scheme in schemes and scheme not in offered:
                    self.warn(
                        path,
                        f"the company accepts '{scheme}' but the jobcentre does not "
                        "offer it (jobcentre.schemes)",
                    )
            for path, scheme in self.strings(("citizen", "eligible_schemes", "*")):
                if scheme in schemes and scheme not in offered:
                    self.warn(
                        path,
                        f"the citizen is eligible for '{scheme}' but the jobcentre "
                        "does not offer it (jobcentre.schemes)",
                    )
        for path, item in self.strings(("agreement", "company", "requires_support", "*")):
            if item in supports and item not in support:
                self.warn(
                    path,
                    f"the company requires '{item}' but the jobcentre does not "
                    "offer it (jobcentre.support)",
                )

        lo = get(("agreement", "company", "min_hours"))
        hi = get(("agreement", "company", "max_hours"))
        if _num(lo) and _num(hi) and lo > hi:
            self.error(("agreement", "company", "min_hours"), "min_hours is larger than max_hours")
        citizen_max = get(("citizen", "max_hours_per_week"))
        if _num(lo) and _num(citizen_max) and lo > citizen_max:
            self.warn(
                ("agreement", "company", "min_hours"),
                f"the company wants at least {lo} hours but the citizen can work at most "
                f"{citizen_max}: no agreement is possible",
            )
        wanted = get(("agreement", "company", "needs_covered"))
        covered = {v for _, v in self.strings(("agreement", "tasks", "*", "covers", "*"))}
        if _num(wanted) and not isinstance(wanted, float) and wanted > len(covered):
            self.warn(
                ("agreement", "company", "needs_covered"),
                f"the company wants {wanted} needs covered but the tasks cover only "
                f"{len(covered)}: no agreement is possible",
            )


def _num(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)

"""Content files as plain data with the source line of every key and list item, and their problems.

The parsing itself (and the `yaml` import it needs) is in `sim.content.yamlparse`, used only for
a file that is new or changed since it was last parsed cleanly (`sim.cache`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sim import cache
from sim.content.problems import KeyPath, Problem, Severity, format_key

MAX_BYTES = 2 * 1024 * 1024
PARSER_VERSION = 1  # bump when what a parse gives changes: cached parses are then redone
"""Content files larger than this are refused: a scenario is a few hundred lines."""
MAX_NODES = 200_000
"""Guard against alias bombs ("billion laughs"): a document may expand to this many values."""

@dataclass
class YamlDocument:
    """Plain data of one YAML file, the 1-based line of every key path, and its problems.

    `data` is None when the file could not be read at all (syntax error, not UTF-8, ...).
    """

    path: Path
    data: dict[str, Any] | None
    lines: dict[KeyPath, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def line_of(self, key_path: KeyPath) -> int | None:
        """Line of the key path, or of its nearest ancestor that has one."""
        for n in range(len(key_path), -1, -1):
            line = self.lines.get(tuple(key_path[:n]))
            if line is not None:
                return line
        return None

    def problem(
        self, key_path: KeyPath, message: str, severity: Severity = "error", line: int | None = None
    ) -> Problem:
        """A Problem located at key_path in this file."""
        return Problem(
            path=self.path,
            line=line if line is not None else self.line_of(key_path),
            key=format_key(key_path),
            message=message,
            severity=severity,
        )

    def get(self, key_path: KeyPath, default: Any = None) -> Any:
        """The value at key_path in the data, or default when the path does not exist."""
        node: Any = self.data
        for part in key_path:
            if isinstance(node, dict) and isinstance(part, str) and part in node:
                node = node[part]
            elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
                node = node[part]
            else:
                return default
        return node


def read_yaml(path: Path) -> YamlDocument:
    """Read one content file; never raises for bad content, problems are collected instead."""
    path = Path(path)
    fail = failer(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        return fail(None, f"cannot read the file: {exc.strerror or exc}")
    if size > MAX_BYTES:
        return fail(None, f"file is too large ({size:,} bytes; at most {MAX_BYTES:,})")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return fail(None, f"cannot read the file: {exc.strerror or exc}")

    fresh: list[YamlDocument] = []

    def parse() -> tuple[dict[str, Any], dict[KeyPath, int]] | None:
        fresh.append(parse_yaml_bytes(raw, path))
        doc = fresh[0]
        return None if doc.problems or doc.data is None else (doc.data, doc.lines)

    # a file that parsed cleanly before is not parsed again (sim.cache); problems always are
    parsed = cache.derived(f"yaml{PARSER_VERSION}", str(path.resolve()), raw, parse)
    if fresh or parsed is None:
        return fresh[0] if fresh else parse_yaml_bytes(raw, path)
    data, lines = parsed
    return YamlDocument(path=path, data=data, lines=lines)


def parse_yaml_bytes(raw: bytes, path: Path) -> YamlDocument:
    """Decode (UTF-8, an optional BOM allowed) and parse; see `parse_yaml`."""
    from sim.content.yamlparse import parse_bytes

    return parse_bytes(raw, path)


def parse_yaml(text: str, path: Path) -> YamlDocument:
    """Parse YAML text into plain data plus a line map; the top level must be a mapping."""
    from sim.content.yamlparse import parse_text

    return parse_text(text, path)


def failer(path: Path) -> Callable[[int | None, str], YamlDocument]:
    def fail(line: int | None, message: str) -> YamlDocument:
        return YamlDocument(path, None, {}, [Problem(path, line, "", message)])

    return fail

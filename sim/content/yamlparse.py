"""Parsing YAML safely into plain data with a line map: YAML 1.2 booleans, alias-bomb and depth
guards, libyaml when available, and error messages an instructor can act on."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from sim.content.problems import KeyPath, Problem, format_key
from sim.content.yamlsource import MAX_BYTES, MAX_NODES, YamlDocument, failer

_MAP_TAG = "tag:yaml.org,2002:map"
_SEQ_TAG = "tag:yaml.org,2002:seq"
_MERGE_TAG = "tag:yaml.org,2002:merge"
_BOOL_TAG = "tag:yaml.org,2002:bool"


class _Loader(yaml.SafeLoader):
    """SafeLoader whose booleans are only true/false (YAML 1.2), not yes/no/on/off.

    An instructor's `- nej` or `- on` in a list of phrases stays text. Boolean fields still accept
    yes/no, since the models parse those strings themselves.
    """


class _FastLoader(getattr(yaml, "CSafeLoader", _Loader)):  # type: ignore[misc]
    """The same on libyaml (several times faster); its error wording is libyaml's, so a file it
    refuses is parsed again by `_Loader` for the message instructors get."""


for _cls in (_Loader, _FastLoader):
    _cls.yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag != _BOOL_TAG]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    _cls.add_implicit_resolver(
        _BOOL_TAG, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
    )


def parse_bytes(raw: bytes, path: Path) -> YamlDocument:
    """Decode (UTF-8, an optional BOM allowed) and parse; see `parse_yaml`."""
    fail = failer(path)
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return fail(1, "file is UTF-16, not UTF-8: save it as UTF-8")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return fail(
            line,
            f"file is not UTF-8 (byte 0x{raw[exc.start]:02x}); save it as UTF-8",
        )
    return parse_text(text, path)


def parse_text(text: str, path: Path) -> YamlDocument:
    """Parse YAML text into plain data plus a line map; the top level must be a mapping."""
    fail = failer(path)
    if len(text.encode("utf-8")) > MAX_BYTES:
        return fail(None, f"file is too large (at most {MAX_BYTES:,} bytes)")
    if _FastLoader is not _Loader:
        doc = _parse_with(_FastLoader, text, path)
        if doc.data is not None:
            return doc
    return _parse_with(_Loader, text, path)


def _parse_with(loader_cls: type, text: str, path: Path) -> YamlDocument:
    fail = failer(path)
    try:
        loader = loader_cls(text)
    except yaml.reader.ReaderError as exc:
        return fail(*_describe_reader_error(exc, text))
    try:
        try:
            root = loader.get_single_node()
        except yaml.MarkedYAMLError as exc:
            return fail(*_describe_syntax_error(exc))
        except yaml.reader.ReaderError as exc:
            return fail(*_describe_reader_error(exc, text))
        except RecursionError:
            return fail(None, "invalid YAML: nested too deeply")
        if root is None:
            return fail(None, "file is empty")
        if not isinstance(root, MappingNode) or root.tag != _MAP_TAG:
            what = "a list" if isinstance(root, SequenceNode) else "a single value"
            return fail(
                root.start_mark.line + 1,
                f"the top level must be a mapping of keys (like 'id: ...'), not {what}",
            )
        builder = _Builder(loader, path)
        try:
            data = builder.build(root, ())
        except _TooBig:
            return fail(None, "document expands to too many values (an alias loop or bomb?)")
        except RecursionError:
            return fail(None, "invalid YAML: nested too deeply")
        return YamlDocument(path, data, builder.lines, builder.problems)
    finally:
        loader.dispose()


def _describe_reader_error(exc: yaml.reader.ReaderError, text: str) -> tuple[int, str]:
    line = text[: exc.position].count("\n") + 1
    char = exc.character if isinstance(exc.character, int) else ord(exc.character)
    return line, f"invalid character U+{char:04X} in the text ({exc.reason})"


def _describe_syntax_error(exc: yaml.MarkedYAMLError) -> tuple[int | None, str]:
    """A line and an instructor-friendly message for a YAML syntax error."""
    problem = exc.problem or "syntax error"
    mark = exc.problem_mark or exc.context_mark
    context_line = exc.context_mark.line + 1 if exc.context_mark is not None else None
    line = mark.line + 1 if mark is not None else None
    hint = ""
    if "end of stream" in problem or "<stream end>" in problem:
        # The mark sits at the end of the file; where the unclosed thing began says more.
        if context_line is not None:
            line = context_line
        if exc.context and "quoted" in exc.context:
            hint = "a quote is opened but never closed"
        elif exc.context and "flow" in exc.context:
            hint = "a '[' or '{' is opened but never closed"
    elif "'\\t'" in problem:
        hint = "tab characters cannot indent YAML: use spaces"
    elif "mapping values are not allowed" in problem:
        hint = "a text containing ': ' must be put in quotes"
    elif problem.startswith("expected <block end>"):
        where = f" of the block that starts at line {context_line}" if context_line else ""
        return line, (
            f"invalid YAML: this line does not fit the indentation{where}; "
            "check its indentation (and that every text with quotes is closed properly)"
        )
    elif "entries are not allowed" in problem:
        hint = "check the indentation: this line does not line up with the ones around it"
    elif "could not find expected ':'" in problem:
        hint = "a key is missing its ':', or a text running over lines needs quotes or '>-'"
    elif "expected a single document" in (exc.context or ""):
        return line, "the file holds more than one YAML document ('---'); keep one per file"
    elif "found duplicate anchor" in problem or "found undefined alias" in problem:
        hint = "check the '&anchor' and '*alias' names"
    message = f"invalid YAML: {problem}"
    if exc.context and context_line is not None and context_line != line:
        message += f" ({exc.context} at line {context_line})"
    if hint:
        message += f"; {hint}"
    return line, message


def _short_tag(tag: str) -> str:
    return "!!" + tag.removeprefix("tag:yaml.org,2002:") if tag.startswith("tag:yaml.org") else tag


class _TooBig(Exception):
    pass


class _Builder:
    """Builds plain Python data from composed nodes, recording lines and collecting problems."""

    def __init__(self, loader: yaml.SafeLoader, path: Path) -> None:
        self.loader = loader
        self.path = path
        self.lines: dict[KeyPath, int] = {}
        self.problems: list[Problem] = []
        self._count = 0
        self._active: set[int] = set()

    def _problem(self, key_path: KeyPath, line: int, message: str) -> None:
        self.problems.append(Problem(self.path, line, format_key(key_path), message))

    def build(self, node: Node, key_path: KeyPath) -> Any:
        self._count += 1
        if self._count > MAX_NODES:
            raise _TooBig
        line = node.start_mark.line + 1
        self.lines.setdefault(key_path, line)
        if isinstance(node, ScalarNode):
            try:
                return self.loader.construct_object(node, deep=True)
            except yaml.constructor.ConstructorError:
                self._problem(key_path, line, f"unsupported YAML tag '{_short_tag(node.tag)}'")
                return None
        if id(node) in self._active:
            self._problem(key_path, line, "an alias refers to itself (a '*alias' loop)")
            return None
        if isinstance(node, SequenceNode) and node.tag == _SEQ_TAG:
            self._active.add(id(node))
            try:
                return [self.build(item, (*key_path, i)) for i, item in enumerate(node.value)]
            finally:
                self._active.discard(id(node))
        if isinstance(node, MappingNode) and node.tag == _MAP_TAG:
            self._active.add(id(node))
            try:
                return self._mapping(node, key_path)
            finally:
                self._active.discard(id(node))
        self._problem(key_path, line, f"unsupported YAML tag '{_short_tag(node.tag)}'")
        return None

    def _mapping(self, node: MappingNode, key_path: KeyPath) -> dict[str, Any]:
        out: dict[str, Any] = {}
        seen: dict[str, int] = {}
        merges: list[Node] = []
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1
            if key_node.tag == _MERGE_TAG:
                merges.append(value_node)
                continue
            if not isinstance(key_node, ScalarNode):
                self._problem(key_path, key_line, "a key must be a plain name, not a list or map")
                continue
            key = str(key_node.value)
            child = (*key_path, key)
            if key in seen:
                self._problem(child, key_line, f"duplicate key '{key}' (first at line {seen[key]})")
                # The later value wins, as in YAML tools; forget the earlier one's lines.
                for k in [k for k in self.lines if k[: len(child)] == child]:
                    del self.lines[k]
            seen[key] = key_line
            self.lines[child] = key_line
            out[key] = self.build(value_node, child)
        # '<<: *base' (or a list of them) fills in keys not given explicitly.
        for merge in merges:
            sources = merge.value if isinstance(merge, SequenceNode) else [merge]
            for source in sources:
                if not isinstance(source, MappingNode):
                    line = source.start_mark.line + 1
                    self._problem(key_path, line, "'<<' must merge a mapping ('<<: *name')")
                    continue
                for key_node, value_node in source.value:
                    key = str(key_node.value)
                    if isinstance(key_node, ScalarNode) and key not in out:
                        child = (*key_path, key)
                        self.lines[child] = key_node.start_mark.line + 1
                        out[key] = self.build(value_node, child)
        return out

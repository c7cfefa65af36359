"""Loading one scenario or persona file: YAML, validation against the models, readable problems."""

from __future__ import annotations

import datetime as dt
import re
import types
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError

from sim.content.checks import check_persona_document, check_scenario_document
from sim.content.models import Persona, Scenario
from sim.content.problems import ContentError, KeyPath, Problem, format_key, suggest
from sim.content.yamlsource import YamlDocument, read_yaml

ContentKind = Literal["scenario", "persona"]
SUFFIXES: dict[ContentKind, str] = {"scenario": ".scenario.yaml", "persona": ".persona.yaml"}
MODELS: dict[ContentKind, type[Scenario] | type[Persona]] = {
    "scenario": Scenario,
    "persona": Persona,
}

_ID_PATTERN = "^[a-z0-9][a-z0-9_-]*$"


def kind_of(path: Path) -> ContentKind | None:
    """The content kind a file name announces (`*.scenario.yaml`, `*.persona.yaml`), or None."""
    name = Path(path).name
    for kind, suffix in SUFFIXES.items():
        if name.endswith(suffix) and len(name) > len(suffix):
            return kind
    return None


@dataclass
class LoadedFile:
    """One content file after loading: its data and lines, the model if valid, all its problems."""

    path: Path
    kind: ContentKind
    document: YamlDocument
    model: Scenario | Persona | None
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def raw_id(self) -> str | None:
        """The `id` as written, even when the file is otherwise invalid."""
        value = self.document.get(("id",))
        return value if isinstance(value, str) else None


def load_file(path: Path, kind: ContentKind | None = None) -> LoadedFile:
    """Load and validate one file; never raises for bad content (see `LoadedFile.problems`).

    `model` is set only when the file has no errors of its own (warnings are fine).
    """
    path = Path(path)
    kind = kind or kind_of(path)
    if kind is None:
        raise ValueError(f"{path}: not a *.scenario.yaml or *.persona.yaml file")
    doc = read_yaml(path)
    problems = list(doc.problems)
    model: Scenario | Persona | None = None
    if doc.data is not None:
        check = check_scenario_document if kind == "scenario" else check_persona_document
        checked = check(doc)
        try:
            model = MODELS[kind].model_validate(doc.data)
        except ValidationError as exc:
            # Where the YAML itself gave no value (a bad tag, an alias loop), say only that.
            yaml_keys = {
                p.key for p in doc.problems if p.key and not p.message.startswith("duplicate key")
            }
            problems.extend(
                p
                for p in validation_problems(doc, MODELS[kind], exc, checked)
                if p.key not in yaml_keys
            )
        problems.extend(checked)
    problems = _dedupe(problems)
    if any(p.is_error for p in problems):
        model = None
    return LoadedFile(path, kind, doc, model, problems)


def load_scenario(path: Path) -> Scenario:
    """Load one `*.scenario.yaml`; raises ContentError with every error in the file.

    Only checks within the file: whether its persona exists is the library's business.
    """
    loaded = load_file(path, "scenario")
    if loaded.model is None:
        raise ContentError(loaded.errors)
    assert isinstance(loaded.model, Scenario)
    return loaded.model


def load_persona(path: Path) -> Persona:
    """Load one `*.persona.yaml`; raises ContentError with every error in the file."""
    loaded = load_file(path, "persona")
    if loaded.model is None:
        raise ContentError(loaded.errors)
    assert isinstance(loaded.model, Persona)
    return loaded.model


def _dedupe(problems: Iterable[Problem]) -> list[Problem]:
    seen: set[Problem] = set()
    out = []
    for p in problems:
        if p not in seen:
            seen.add(p)
            out.append(p)
    return sorted(out, key=lambda p: p.line or 0)


# --------------------------------------------------------------------------- validation errors


@dataclass
class _Err:
    path: KeyPath  # the data path (union member tags removed)
    union_at: int | None  # len(path) where a union member tag was skipped, if any
    type: str
    msg: str
    input: Any
    ctx: dict[str, Any]
    is_key: bool  # the error is about a mapping key itself ('[key]')


def validation_problems(
    doc: YamlDocument,
    model: type[BaseModel],
    exc: ValidationError,
    checked: Sequence[Problem] = (),
) -> list[Problem]:
    """Turn pydantic's errors into instructor-readable Problems located in the file.

    `checked` are problems the file checks already found; pydantic's coarser reports of the same
    thing (an unknown placeholder somewhere under `lines`) are then left out.
    """
    errs = [_normalise(e, doc.data) for e in exc.errors(include_url=False)]
    out: list[Problem] = []

    # A union's members each report a failure; keep the member that got furthest, or merge them.
    plain = [e for e in errs if e.union_at is None]
    groups: dict[KeyPath, list[_Err]] = {}
    for e in errs:
        if e.union_at is not None:
            groups.setdefault(e.path[: e.union_at], []).append(e)
    for at, group in groups.items():
        deeper = [e for e in group if len(e.path) > len(at)]
        if deeper:
            plain.extend(deeper)
        else:
            out.append(doc.problem(at, _union_message(group)))

    # A typo'd key shows up twice: unknown 'revael' and missing 'reveal'. Report it once.
    suggested: set[KeyPath] = set()
    for e in plain:
        if e.type == "extra_forbidden":
            hit = suggest(str(e.path[-1]), _allowed_keys(model, e.path[:-1]))
            if hit:
                suggested.add((*e.path[:-1], hit))

    for e in plain:
        if e.type == "missing" and e.path in suggested:
            continue
        if e.type == "value_error" and "unknown placeholder" in e.msg:
            if any(p.key.startswith(format_key(e.path)) for p in checked):
                continue
        out.extend(_problems_for(doc, model, e))
    return out


def _normalise(error: Any, data: Any) -> _Err:
    """Map pydantic's loc onto the data: drop union member tags, note '[key]' errors."""
    loc = list(error["loc"])
    is_key = bool(loc) and loc[-1] == "[key]"
    if is_key:
        loc.pop()
    path: list[str | int] = []
    union_at: int | None = None
    node: Any = data
    for i, part in enumerate(loc):
        last = i == len(loc) - 1
        if isinstance(node, dict) and isinstance(part, str) and part in node:
            node = node[part]
            path.append(part)
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
            path.append(part)
        elif last and isinstance(node, dict) and error["type"] in ("missing", "extra_forbidden"):
            path.append(part)
        elif isinstance(part, str) and ("[" in part or part in _UNION_TAGS):
            if union_at is None:
                union_at = len(path)
        else:
            path.append(part)
    return _Err(
        path=tuple(path),
        union_at=union_at,
        type=error["type"],
        msg=error["msg"],
        input=error.get("input"),
        ctx=dict(error.get("ctx") or {}),
        is_key=is_key,
    )


_UNION_TAGS = {"str", "int", "float", "bool", "none", "list", "dict"}


def _problems_for(doc: YamlDocument, model: type[BaseModel], e: _Err) -> list[Problem]:
    t = e.type
    if t == "missing":
        name = e.path[-1]
        return [doc.problem(e.path[:-1], f"missing required key '{name}'")]
    if t == "extra_forbidden":
        name = str(e.path[-1])
        return [doc.problem(e.path, _unknown_key(name, _allowed_keys(model, e.path[:-1])))]
    if e.is_key and t == "literal_error":
        return [doc.problem(e.path, _unknown_key(str(e.input), _options(e.ctx)))]
    if t in ("value_error", "assertion_error"):
        return _value_error_problems(doc, e)
    return [doc.problem(e.path, _message(e))]


def _value_error_problems(doc: YamlDocument, e: _Err) -> list[Problem]:
    """Model validators speak of keys inside the model; point at those keys when they exist."""
    text = re.sub(r"^(Value|Assertion) error, ", "", e.msg)
    m = re.match(r"^(\w+): missing required keys?: (.+)$", text)
    if m:
        at = (*e.path, m.group(1))
        names = [n.strip() for n in m.group(2).split(",")]
        return [doc.problem(at, f"missing required key '{n}'") for n in names]
    m = re.match(r"^(\w+)\b", text)
    target = doc.get(e.path)
    if m and isinstance(target, dict) and m.group(1) in target:
        return [doc.problem((*e.path, m.group(1)), text)]
    return [doc.problem(e.path, text)]


def _message(e: _Err) -> str:
    t, ctx, got = e.type, e.ctx, _describe(e.input)
    if e.is_key and t == "string_pattern_mismatch":
        return _bad_id(str(e.input), ctx, kind="key")
    if t == "string_type":
        return f"expected text, got {got}{_quote_hint(e.input)}"
    if t == "list_type":
        hint = " (one item a line, each starting with '- ')" if isinstance(e.input, str) else ""
        return f"expected a list, got {got}{hint}"
    if t in ("dict_type", "model_type", "model_attributes_type"):
        return f"expected a mapping of keys ('key: value' lines), got {got}"
    if t in ("int_type", "int_parsing", "int_from_float"):
        return f"expected a whole number, got {got}"
    if t in ("float_type", "float_parsing"):
        return f"expected a number, got {got}"
    if t in ("bool_type", "bool_parsing"):
        return f"expected true or false, got {got}"
    if t in ("literal_error", "enum"):
        return _not_allowed(e.input, _options(ctx))
    if t == "string_pattern_mismatch":
        return _bad_id(str(e.input), ctx, kind="value")
    if t == "string_too_short":
        return "must not be empty"
    if t == "string_too_long":
        return f"is too long ({len(str(e.input))} characters; at most {ctx.get('max_length')})"
    if t == "too_short":
        n = ctx.get("min_length", 1)
        noun = "entry" if ctx.get("field_type") == "Dictionary" else "item"
        return f"must have at least {n} {noun}{'' if n == 1 else 's'}"
    if t == "too_long":
        n = ctx.get("max_length")
        noun = "entry" if ctx.get("field_type") == "Dictionary" else "item"
        return f"must have at most {n} {noun}{'' if n == 1 else 's'}"
    if t == "greater_than_equal":
        return f"must be at least {_num(ctx.get('ge'))}, got {got}"
    if t == "less_than_equal":
        return f"must be at most {_num(ctx.get('le'))}, got {got}"
    if t == "greater_than":
        return f"must be more than {_num(ctx.get('gt'))}, got {got}"
    if t == "less_than":
        return f"must be less than {_num(ctx.get('lt'))}, got {got}"
    return e.msg


_EXPECTED = {
    "string_type": "text",
    "list_type": "a list",
    "dict_type": "a mapping",
    "model_type": "a mapping",
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "float_type": "a number",
    "float_parsing": "a number",
    "bool_type": "true or false",
    "bool_parsing": "true or false",
}


def _union_message(group: list[_Err]) -> str:
    value = group[0].input
    options: list[str] = []
    for e in group:
        if e.type in ("literal_error", "enum"):
            options.extend(o for o in _options(e.ctx) if o not in options)
    kinds = [_EXPECTED[e.type] for e in group if e.type in _EXPECTED]
    if "text" in kinds and options and not isinstance(value, str):
        # Text with some well-known values (e.g. a phase name): the options are only examples.
        return f"expected text, got {_describe(value)}"
    if options and not kinds:
        return _not_allowed(value, options)
    wanted = list(dict.fromkeys(kinds))
    if options:
        wanted.append("one of: " + ", ".join(options))
    if not wanted:
        return group[0].msg
    return f"expected {' or '.join(wanted)}, got {_describe(value)}"


def _not_allowed(value: Any, options: list[str]) -> str:
    allowed = f"must be one of: {', '.join(options)}"
    if not isinstance(value, str):
        return f"{allowed}; got {_describe(value)}"
    hit = suggest(value, options)
    return f"'{_short(value)}' is not allowed{_did_you_mean(hit)}; {allowed}"


def _unknown_key(name: str, allowed: list[str]) -> str:
    hit = suggest(name, allowed)
    if hit:
        return f"unknown key '{_short(name)}'{_did_you_mean(hit)}"
    if allowed:
        return f"unknown key '{_short(name)}' (allowed: {', '.join(allowed)})"
    return f"unknown key '{_short(name)}'"


def _bad_id(value: str, ctx: dict[str, Any], kind: str) -> str:
    if ctx.get("pattern") != _ID_PATTERN:
        return f"'{_short(value)}' does not match the pattern {ctx.get('pattern')}"
    slug = slugify(value)
    example = f" (e.g. '{slug}')" if slug and slug != value else ""
    what = "an id" if kind == "value" else "a valid id for this key"
    return (
        f"'{_short(value)}' is not {what}: use lower-case letters, digits, '-' and '_', "
        f"starting with a letter or digit{example}"
    )


def slugify(text: str) -> str:
    """A valid id made from free text: 'Lager & Logistik' -> 'lager-logistik'."""
    text = text.lower()
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("é", "e"), ("ü", "u"), ("ö", "oe")):
        text = text.replace(a, b)
    text = re.sub(r"[^a-z0-9_-]+", "-", text).strip("-_")
    return text[:64]


def _did_you_mean(hit: str | None) -> str:
    return f" (did you mean '{hit}'?)" if hit else ""


def _options(ctx: dict[str, Any]) -> list[str]:
    return re.findall(r"'([^']*)'", str(ctx.get("expected", "")))


def _allowed_keys(model: type[BaseModel], path: KeyPath) -> list[str]:
    cls = _model_at(model, path)
    return list(cls.model_fields) if cls is not None else []


def _model_at(model: type[BaseModel], path: KeyPath) -> type[BaseModel] | None:
    """The model class the data at `path` is validated against, if it is a model."""
    tp: Any = model
    for part in path:
        tp = _unwrap(tp)
        if isinstance(tp, type) and issubclass(tp, BaseModel):
            fields = tp.model_fields
            if not isinstance(part, str) or part not in fields:
                return None
            tp = fields[part].annotation
        elif get_origin(tp) is list and isinstance(part, int):
            tp = get_args(tp)[0]
        elif get_origin(tp) is dict and isinstance(part, str):
            tp = get_args(tp)[1]
        else:
            return None
    tp = _unwrap(tp)
    return tp if isinstance(tp, type) and issubclass(tp, BaseModel) else None


def _unwrap(tp: Any) -> Any:
    """Strip Annotated[...] and Optional[...] around a type."""
    while True:
        origin = get_origin(tp)
        if origin is Annotated:
            tp = get_args(tp)[0]
        elif origin in (Union, types.UnionType):
            members = [a for a in get_args(tp) if a is not type(None)]
            if len(members) != 1:
                return tp
            tp = members[0]
        else:
            return tp


def _describe(value: Any) -> str:
    if value is None:
        return "nothing (the value is empty)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return f"the number {_num(value)}"
    if isinstance(value, str):
        return f"'{_short(value)}'" if value else "an empty text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, dt.date):
        return f"the date {value.isoformat()}"
    return f"a {type(value).__name__}"


def _quote_hint(value: Any) -> str:
    if isinstance(value, bool | int | float | dt.date):
        return " (put it in quotes to make it text)"
    return ""


def _num(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _short(text: str, limit: int = 40) -> str:
    text = text.replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"

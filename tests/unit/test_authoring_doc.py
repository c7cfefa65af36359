"""docs/authoring.md stays true to the code: every model field, lint code, value and transition."""

from __future__ import annotations

import re
import types
from pathlib import Path
from typing import Annotated, Union, get_args, get_origin

import pytest
from pydantic import BaseModel

from sim.content.lint import CITIZEN_LINE_KEYS, LINT_CODES
from sim.content.models import Persona, Scenario
from sim.engine.machine import TRANSITIONS
from sim.reading.registry import ACTS
from sim.vocab import CONDITIONS, EVENTS, REACTION_KEYS, Phase, Scheme, Support

DOC = Path(__file__).resolve().parent.parent.parent / "docs" / "authoring.md"
TEXT = DOC.read_text(encoding="utf-8")


def models(root: type[BaseModel]) -> list[type[BaseModel]]:
    """Every model a file of this kind is made of, the root first."""
    found: list[type[BaseModel]] = []

    def visit(tp: object) -> None:
        if isinstance(tp, type) and issubclass(tp, BaseModel):
            if tp not in found:
                found.append(tp)
                for f in tp.model_fields.values():
                    visit(f.annotation)
            return
        if get_origin(tp) in (Annotated, Union, types.UnionType, list, dict):
            for arg in get_args(tp):
                visit(arg)

    visit(root)
    return found


ALL_MODELS = models(Scenario) + [m for m in models(Persona) if m not in models(Scenario)]


def section(title: str) -> str:
    """The text under '#### title' up to the next heading."""
    m = re.search(rf"^#### {re.escape(title)}\n(.*?)(?=^#{{2,4}} |\Z)", TEXT, re.M | re.S)
    assert m, f"docs/authoring.md has no '#### {title}' section"
    return m.group(1)


@pytest.mark.parametrize("model", ALL_MODELS, ids=lambda m: m.__name__)
def test_every_field_is_in_the_reference(model: type[BaseModel]) -> None:
    rows = re.findall(r"^\| `([a-z_]+)` \|", section(model.__name__), re.M)
    assert rows == list(model.model_fields), "fields missing, extra or out of order"
    for row in re.findall(r"^\| `[a-z_]+` \|.*$", section(model.__name__), re.M):
        assert row.count(" | ") == 4, f"a row needs type, default, example, meaning: {row}"


def test_every_lint_code_is_explained() -> None:
    rows = dict(re.findall(r"^\| `([a-z-]+)` \| (error|warning) \|", TEXT, re.M))
    assert rows == {code: severity for code, (severity, _) in LINT_CODES.items()}


@pytest.mark.parametrize(
    "names",
    [
        ACTS,
        REACTION_KEYS,
        CITIZEN_LINE_KEYS,
        EVENTS,
        CONDITIONS,
        [p.value for p in Phase],
        [s.value for s in Scheme],
        [s.value for s in Support],
        ["citizen", "company", "employer", "consultant", "reason"],
    ],
)
def test_every_value_is_named(names: list[str]) -> None:
    for name in names:
        assert f"`{name}`" in TEXT or f"`{{{name}}}`" in TEXT, name


def test_default_transitions_table() -> None:
    def cell(value: object) -> str:
        return ", ".join(map(str, value)) if isinstance(value, list) else str(value)

    expected = [
        f"| `{t['trigger']}` | {cell(t['source'])} | {t['dest']} | "
        f"{', '.join(t.get('conditions', [])) or '–'} | {', '.join(t.get('unless', [])) or '–'} |"
        for t in TRANSITIONS
    ]
    found = [
        line for line in TEXT.splitlines() if re.match(r"^\| `[a-z_]+` \| [a-z_, ]+ \| ", line)
    ]
    assert [line for line in found if any(line == e for e in expected)] == expected


def test_internal_links_resolve() -> None:
    def anchor(heading: str) -> str:
        return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")

    anchors = {anchor(h) for h in re.findall(r"^#{1,6} (.+)$", TEXT, re.M)}
    assert [a for a in re.findall(r"\]\(#([^)]+)\)", TEXT) if a not in anchors] == []

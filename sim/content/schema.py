"""JSON Schemas of the content files, for instructors' editors (generated from the models)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sim.content.models import Persona, Scenario
from sim.content.play_models import Play

DIALECT = "https://json-schema.org/draft/2020-12/schema"
KINDS = ("scenario", "persona", "play")

_HEADER = {
    "scenario": (
        "Brobygger scenario (*.scenario.yaml)",
        "A three-party meeting to practise (company, citizen, jobcentre): the briefing, the "
        "company's hidden needs and objections, and the space of possible agreements. The "
        "employer is played by the persona named in company.persona.",
    ),
    "persona": (
        "Brobygger persona (*.persona.yaml)",
        "An employer persona: who they are, how they behave and what they say. A persona is "
        "reusable across scenarios.",
    ),
    "play": (
        "Brobygger play (*.play.yaml)",
        "A scripted play of one scenario: the trainee's turns and what must happen after them "
        "and at the end (phase, needs, objections, trust, events, score). `brobygger test` runs "
        "plays as tests.",
    ),
}
_MODELS = {"scenario": Scenario, "persona": Persona, "play": Play}


def json_schema(kind: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one file kind: 'scenario', 'persona' or 'play'."""
    body = _MODELS[kind].model_json_schema()
    _tighten_property_names(body)
    title, description = _HEADER[kind]
    head = {
        "$schema": DIALECT,
        "$id": f"urn:brobygger:{kind}",
        "title": title,
        "description": description,
    }
    return {**head, **{k: v for k, v in body.items() if k not in head}}


def json_schemas() -> dict[str, dict[str, Any]]:
    """{'scenario': schema, 'persona': schema, 'play': schema}."""
    return {kind: json_schema(kind) for kind in KINDS}


def schema_filename(kind: str) -> str:
    return f"{kind}.schema.json"


def schema_text(kind: str) -> str:
    """The exact text written to `<kind>.schema.json` (stable: same models, same text)."""
    return json.dumps(json_schema(kind), indent=2, ensure_ascii=False) + "\n"


def write_schemas(out_dir: Path) -> list[Path]:
    """Write scenario, persona and play .schema.json into out_dir; return their paths."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for kind in KINDS:
        path = out_dir / schema_filename(kind)
        path.write_text(schema_text(kind), encoding="utf-8", newline="\n")
        written.append(path)
    return written


def _tighten_property_names(node: Any) -> None:
    """Id-keyed maps: pydantic puts the id pattern in patternProperties only, which lets any other
    key through; require it of every key name as well."""
    if isinstance(node, dict):
        patterns = node.get("patternProperties")
        names = node.get("propertyNames")
        if isinstance(patterns, dict) and len(patterns) == 1 and isinstance(names, dict):
            names.setdefault("pattern", next(iter(patterns)))
        for value in node.values():
            _tighten_property_names(value)
    elif isinstance(node, list):
        for value in node:
            _tighten_property_names(value)

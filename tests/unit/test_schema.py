"""JSON Schemas of the content files: shape, and that the committed copies are up to date."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sim.content.models import Persona, Scenario
from sim.content.play_models import Play
from sim.content.schema import DIALECT, json_schemas, schema_text, write_schemas

REPO_SCHEMAS = Path(__file__).resolve().parent.parent.parent / "schemas"


@pytest.mark.parametrize("kind", ["scenario", "persona", "play"])
def test_committed_schema_is_up_to_date(kind: str) -> None:
    path = REPO_SCHEMAS / f"{kind}.schema.json"
    assert path.read_text(encoding="utf-8") == schema_text(kind), (
        f"{path} is stale: run `uv run python -m sim schema --out schemas`"
    )


def test_schema_shape() -> None:
    schemas = json_schemas()
    assert set(schemas) == {"scenario", "persona", "play"}
    for kind, model in (("scenario", Scenario), ("persona", Persona), ("play", Play)):
        schema = schemas[kind]
        assert schema["$schema"] == DIALECT
        assert schema["$id"] == f"urn:brobygger:{kind}"
        assert kind in schema["title"].lower() and schema["description"]
        assert schema["additionalProperties"] is False
        required = {name for name, field in model.model_fields.items() if field.is_required()}
        assert set(schema["required"]) == required


def test_id_keyed_maps_require_ids_as_key_names() -> None:
    topics = json_schemas()["scenario"]["properties"]["topics"]
    assert topics["propertyNames"]["pattern"] == "^[a-z0-9][a-z0-9_-]*$"


def test_write_schemas(tmp_path: Path) -> None:
    written = write_schemas(tmp_path / "out")
    assert [p.name for p in written] == [
        "scenario.schema.json",
        "persona.schema.json",
        "play.schema.json",
    ]
    for path in written:
        assert json.loads(path.read_text(encoding="utf-8"))["$schema"] == DIALECT

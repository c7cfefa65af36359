"""The content library: discovery, cross-file checks, hashes, lookup and content folders."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from sim.content import library as lib
from sim.content.library import (
    ContentLibrary,
    bundled_content_paths,
    content_paths_from_args,
    default_content_paths,
    discover,
)
from sim.content.problems import ContentError

DATA = Path(__file__).resolve().parent.parent / "data"
GOOD = DATA / "good"
BAD = DATA / "bad"
PERSONA = GOOD / "mini-lager-chef.persona.yaml"
SCENARIO = GOOD / "mini-lager.scenario.yaml"


def located(library: ContentLibrary) -> list[tuple[str, int | None, str, str, str]]:
    return [(p.path.name, p.line, p.key, p.message, p.severity) for p in library.problems]


def test_good_library() -> None:
    library = ContentLibrary.load([GOOD])
    assert library.problems == []
    assert list(library.scenarios) == ["mini-lager"]
    assert list(library.personas) == ["mini-lager-chef"]
    assert library.source_of("mini-lager") == SCENARIO
    assert library.source_of("mini-lager-chef") == PERSONA
    with pytest.raises(KeyError):
        library.source_of("mini-lager", kind="persona")
    assert library.persona_of("mini-lager").name == "Lene Holm"
    assert library.files == [PERSONA, SCENARIO]


def test_unknown_persona_suggests_a_close_id() -> None:
    library = ContentLibrary.load([BAD / "unknown_persona.scenario.yaml", PERSONA], strict=False)
    assert located(library) == [
        (
            "unknown_persona.scenario.yaml",
            21,
            "company.persona",
            "unknown persona 'mini-lagerchef' (did you mean 'mini-lager-chef'?)",
            "error",
        )
    ]
    assert library.scenarios == {}


def test_unknown_persona_lists_known_ones_when_nothing_is_close(tmp_path: Path) -> None:
    text = SCENARIO.read_text(encoding="utf-8").replace("persona: mini-lager-chef", "persona: xyz")
    (tmp_path / "a.scenario.yaml").write_text(text, encoding="utf-8")
    library = ContentLibrary.load([tmp_path, PERSONA], strict=False)
    assert [p.message for p in library.problems] == [
        "unknown persona 'xyz' (known personas: mini-lager-chef)"
    ]


def test_duplicate_ids_across_files_are_reported_in_each_file() -> None:
    library = ContentLibrary.load([GOOD, BAD / "duplicate_ids.scenario.yaml"], strict=False)
    dup = BAD / "duplicate_ids.scenario.yaml"
    assert [(p.path.name, p.line, p.key, p.message) for p in library.problems if p.key == "id"] == [
        (
            "duplicate_ids.scenario.yaml",
            3,
            "id",
            f"scenario id 'mini-lager' is also used by {SCENARIO}:3",
        ),
        ("mini-lager.scenario.yaml", 3, "id", f"scenario id 'mini-lager' is also used by {dup}:3"),
    ]
    assert library.scenarios == {}  # neither is safe to play


def test_duplicate_persona_ids(tmp_path: Path) -> None:
    shutil.copy(PERSONA, tmp_path / "copy.persona.yaml")
    library = ContentLibrary.load([GOOD, tmp_path], strict=False)
    assert sorted(p.path.name for p in library.errors) == [
        "copy.persona.yaml",
        "mini-lager-chef.persona.yaml",
    ]
    assert library.personas == {} and library.scenarios == {}


def test_language_mismatch_is_only_a_warning() -> None:
    library = ContentLibrary.load([BAD / "language_mismatch.scenario.yaml", PERSONA])
    assert located(library) == [
        (
            "language_mismatch.scenario.yaml",
            5,
            "language",
            f"the scenario is in 'en' but persona 'mini-lager-chef' speaks 'da' ({PERSONA})",
            "warning",
        )
    ]
    assert list(library.scenarios) == ["warn-language-mismatch"]


def test_strict_load_raises_with_every_problem_of_every_file() -> None:
    with pytest.raises(ContentError) as info:
        ContentLibrary.load([BAD, PERSONA])
    names = {p.path.name for p in info.value.problems}
    assert names == {p.name for p in BAD.iterdir()}  # every bad file, each reported
    assert any(not p.is_error for p in info.value.problems)  # warnings travel along


def test_non_strict_load_keeps_the_good_and_drops_the_bad() -> None:
    library = ContentLibrary.load([GOOD, BAD / "dangling_refs.scenario.yaml"], strict=False)
    assert list(library.scenarios) == ["mini-lager"]
    assert len(library.errors) == 5 and library.warnings == []


def test_scenario_whose_persona_has_errors_is_left_out(tmp_path: Path) -> None:
    broken = PERSONA.read_text(encoding="utf-8").replace("  trust: 40", "  trust: lots")
    (tmp_path / "p.persona.yaml").write_text(broken, encoding="utf-8")
    library = ContentLibrary.load([SCENARIO, tmp_path], strict=False)
    assert [p.key for p in library.problems] == ["personality.trust"]
    assert library.scenarios == {} and library.personas == {}


# --------------------------------------------------------------------------- content hash


def test_content_hash_is_stable_and_ignores_yaml_layout(tmp_path: Path) -> None:
    first = ContentLibrary.load([GOOD]).content_hash("mini-lager")
    assert len(first) == 64 and first == ContentLibrary.load([GOOD]).content_hash("mini-lager")
    # Same content, other layout: flow style, other key order, no comments.
    for src in (SCENARIO, PERSONA):
        data = yaml.safe_load(src.read_text(encoding="utf-8"))
        text = yaml.safe_dump(dict(reversed(data.items())), allow_unicode=True, width=60)
        (tmp_path / src.name).write_text("# another layout\n" + text, encoding="utf-8")
    assert ContentLibrary.load([tmp_path]).content_hash("mini-lager") == first


def test_content_hash_changes_with_scenario_or_persona(tmp_path: Path) -> None:
    base = ContentLibrary.load([GOOD]).content_hash("mini-lager")
    shutil.copy(SCENARIO, tmp_path)
    persona = PERSONA.read_text(encoding="utf-8").replace("  trust: 40", "  trust: 41")
    (tmp_path / PERSONA.name).write_text(persona, encoding="utf-8")
    assert ContentLibrary.load([tmp_path]).content_hash("mini-lager") != base


def test_content_hash_is_sha256_of_scenario_then_persona_json() -> None:
    library = ContentLibrary.load([GOOD])
    assert (
        library.content_hash("mini-lager")
        == lib.hashlib.sha256(
            (
                lib.canonical_json(library.scenarios["mini-lager"])
                + "\n"
                + lib.canonical_json(library.personas["mini-lager-chef"])
            ).encode()
        ).hexdigest()
    )


# --------------------------------------------------------------------------- find_scenario


def test_find_scenario_by_id_and_by_path() -> None:
    library = ContentLibrary.load([GOOD])
    assert library.find_scenario("mini-lager").id == "mini-lager"
    assert library.find_scenario(str(SCENARIO)).id == "mini-lager"


def test_find_scenario_loads_a_file_outside_the_library(tmp_path: Path) -> None:
    text = SCENARIO.read_text(encoding="utf-8").replace("id: mini-lager\n", "id: ekstra\n")
    extra = tmp_path / "ekstra.scenario.yaml"
    extra.write_text(text, encoding="utf-8")
    library = ContentLibrary.load([GOOD])
    assert library.find_scenario(str(extra)).id == "ekstra"
    assert set(library.scenarios) == {"mini-lager", "ekstra"}
    assert library.content_hash("ekstra") != library.content_hash("mini-lager")


def test_find_scenario_with_errors_raises_content_error() -> None:
    library = ContentLibrary.load([GOOD])
    with pytest.raises(ContentError) as info:
        library.find_scenario(str(BAD / "dangling_refs.scenario.yaml"))
    assert len(info.value.problems) == 5


def test_find_scenario_unknown_id_suggests() -> None:
    library = ContentLibrary.load([GOOD])
    with pytest.raises(LookupError, match="did you mean 'mini-lager'"):
        library.find_scenario("mini-lagr")
    with pytest.raises(LookupError, match="known: mini-lager"):
        library.find_scenario("zzz")


# --------------------------------------------------------------------------- discovery, folders


def test_discover(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / ".hidden").mkdir()
    for name in ("b.persona.yaml", "sub/a.scenario.yaml", ".hidden/x.scenario.yaml", "n.txt"):
        (tmp_path / name).write_text("id: x\n", encoding="utf-8")
    (tmp_path / "c.scenario.yml").write_text("id: x\n", encoding="utf-8")
    (tmp_path / "notes.yaml").write_text("id: x\n", encoding="utf-8")
    files, problems = discover([tmp_path, tmp_path / "b.persona.yaml", tmp_path / "notes.yaml"])
    assert files == [tmp_path / "b.persona.yaml", tmp_path / "sub" / "a.scenario.yaml"]
    assert [(p.path.name, p.message, p.severity) for p in problems] == [
        ("c.scenario.yml", "ignored: rename it to end in .scenario.yaml", "warning"),
        (
            "notes.yaml",
            "not a content file: the name must end in .scenario.yaml or .persona.yaml",
            "error",
        ),
    ]
    _, problems = discover([tmp_path / "nowhere"])
    assert [(p.message, p.severity) for p in problems] == [("no such file or folder", "warning")]


def test_default_content_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    user = tmp_path / "user"
    monkeypatch.setattr(lib, "user_content_path", lambda: user)
    monkeypatch.setenv(
        lib.ENV_VAR, f"{tmp_path / 'a'}{lib.os.pathsep}{lib.os.pathsep}{tmp_path / 'b'}"
    )
    bundled = bundled_content_paths()
    assert default_content_paths() == [*bundled, tmp_path / "a", tmp_path / "b"]
    user.mkdir()
    assert default_content_paths() == [*bundled, user, tmp_path / "a", tmp_path / "b"]
    args = argparse.Namespace(content=["x"], command_content=["y"])
    assert content_paths_from_args(args) == [*default_content_paths(), Path("x"), Path("y")]
    assert content_paths_from_args(argparse.Namespace()) == default_content_paths()


def test_bundled_paths_are_the_repository_folders() -> None:
    root = Path(lib.sim.__file__).resolve().parent.parent
    assert bundled_content_paths() == [root / "scenarios", root / "personas"]


def test_bundled_content_has_no_errors() -> None:
    """The shipped scenarios and personas must load cleanly (warnings are allowed)."""
    paths = bundled_content_paths()
    files, _ = discover(paths)
    if not files:
        pytest.skip("no bundled content yet")
    library = ContentLibrary.load(paths, strict=False)
    assert [p.format() for p in library.errors] == []
    assert len(library.scenarios) == sum(f.name.endswith(".scenario.yaml") for f in files)


def test_content_modules_do_not_import_textual() -> None:
    code = (
        "import sys, sim.content.library, sim.content.schema;"
        "assert 'textual' not in sys.modules, 'textual imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)

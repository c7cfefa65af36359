"""The content library: finds, loads and cross-checks every scenario and persona before play."""

from __future__ import annotations

import argparse
import hashlib
import json
import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import platformdirs

import sim
from sim.content.loader import ContentKind, LoadedFile, kind_of, load_file
from sim.content.models import Persona, Scenario
from sim.content.problems import ContentError, Problem, Severity, sorted_problems, suggest

ENV_VAR = "BROBYGGER_CONTENT"
"""Extra content folders, separated like PATH (os.pathsep)."""
APP_NAME = "brobygger"

_NEAR_MISS_SUFFIXES = {
    ".scenario.yml": ".scenario.yaml",
    ".persona.yml": ".persona.yaml",
}


# --------------------------------------------------------------------------- where content lives


def bundled_content_paths() -> list[Path]:
    """The scenarios/ and personas/ folders shipped with Brobygger.

    An installed wheel has them in `sim/_bundled/`; a checkout has them at the repository root
    next to the `sim` package. `_bundled` is tried first so that an unrelated top-level
    `scenarios/` folder in site-packages is never picked up.
    """
    package = Path(sim.__file__).resolve().parent
    out = []
    for name in ("scenarios", "personas"):
        for candidate in (package / "_bundled" / name, package.parent / name):
            if candidate.is_dir():
                out.append(candidate)
                break
    return out


def user_content_path() -> Path:
    """The user's own content folder (it may not exist)."""
    return platformdirs.user_data_path(APP_NAME) / "content"


def env_content_paths() -> list[Path]:
    """Folders named in $BROBYGGER_CONTENT (os.pathsep-separated; empty entries ignored)."""
    value = os.environ.get(ENV_VAR, "")
    return [Path(p).expanduser() for p in value.split(os.pathsep) if p.strip()]


def default_content_paths() -> list[Path]:
    """Bundled content, then the user's content folder if it exists, then $BROBYGGER_CONTENT."""
    paths = bundled_content_paths()
    user = user_content_path()
    if user.is_dir():
        paths.append(user)
    return paths + env_content_paths()


def content_paths_from_args(args: argparse.Namespace) -> list[Path]:
    """default_content_paths() plus every `--content DIR` given (globally or to a command)."""
    extra = [*(getattr(args, "content", None) or [])]
    extra += getattr(args, "command_content", None) or []
    return default_content_paths() + [Path(p).expanduser() for p in extra]


def find_files(
    paths: Iterable[Path],
    accepts: Callable[[Path], bool],
    near_misses: dict[str, str],
    wrong_kind: str,
    missing: Severity = "error",
) -> tuple[list[Path], list[Problem]]:
    """Files of one kind in the given files and folders (recursively), each once, stable order.

    Problems: a path that does not exist (with severity `missing`), a file given by name that
    `accepts` rejects (`wrong_kind` says why), and files in folders whose names end in a key of
    `near_misses` (they would otherwise be ignored silently; the value is the right ending).
    """
    files: list[Path] = []
    problems: list[Problem] = []
    seen: set[Path] = set()

    def add(path: Path) -> None:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            files.append(path)

    for path in map(Path, paths):
        if path.is_file():
            if accepts(path):
                add(path)
            else:
                problems.append(Problem(path, None, "", wrong_kind))
        elif path.is_dir():
            for found in walk(path):
                if accepts(found):
                    add(found)
                    continue
                near = next((s for s in near_misses if found.name.endswith(s)), None)
                if near:
                    problems.append(
                        Problem(
                            found,
                            None,
                            "",
                            f"ignored: rename it to end in {near_misses[near]}",
                            "warning",
                        )
                    )
        else:
            problems.append(Problem(path, None, "", "no such file or folder", missing))
    return files, problems


def discover(paths: Iterable[Path]) -> tuple[list[Path], list[Problem]]:
    """Scenario and persona files in the given files and folders (see find_files)."""
    return find_files(
        paths,
        lambda p: bool(kind_of(p)),
        _NEAR_MISS_SUFFIXES,
        "not a content file: the name must end in .scenario.yaml or .persona.yaml",
        missing="warning",
    )


def walk(folder: Path) -> list[Path]:
    """Files under folder, sorted; hidden ones skipped, symlinked folders not followed."""
    out = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        out.extend(Path(root) / n for n in sorted(names) if not n.startswith("."))
    return out


# --------------------------------------------------------------------------- the library


def canonical_json(model: Scenario | Persona) -> str:
    """A model as canonical JSON: independent of YAML layout, comments and key order."""
    return json.dumps(model.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)


class ContentLibrary:
    """Every loaded scenario and persona, by id, with every problem found in any of them.

    Only files without errors (their own or cross-file ones) make it into `scenarios` and
    `personas`; a scenario whose persona did not load is left out too.
    """

    def __init__(
        self,
        paths: Sequence[Path],
        loaded: Sequence[LoadedFile],
        problems: Sequence[Problem],
        strict: bool,
    ) -> None:
        self.paths: list[Path] = [Path(p) for p in paths]
        self.strict = strict
        self.loaded: list[LoadedFile] = list(loaded)
        self.problems: list[Problem] = sorted_problems(problems)
        self.scenarios: dict[str, Scenario] = {}
        self.personas: dict[str, Persona] = {}
        self._sources: dict[tuple[ContentKind, str], Path] = {}
        failed = {p.path for p in self.errors}
        usable = [f for f in self.loaded if f.model is not None and f.path not in failed]
        for f in usable:  # ids are unique among these: a duplicate id is an error in each file
            if isinstance(f.model, Persona):
                self.personas[f.model.id] = f.model
                self._sources[("persona", f.model.id)] = f.path
        for f in usable:
            if isinstance(f.model, Scenario) and f.model.company.persona in self.personas:
                self.scenarios[f.model.id] = f.model
                self._sources[("scenario", f.model.id)] = f.path

    @classmethod
    def load(cls, paths: Iterable[Path], strict: bool = True) -> ContentLibrary:
        """Load every `*.scenario.yaml` and `*.persona.yaml` under paths and cross-check them.

        With strict (the default) any error raises ContentError carrying every problem (errors
        and warnings); with strict=False the problems are kept in `problems` instead.
        """
        paths = [Path(p) for p in paths]
        files, problems = discover(paths)
        loaded = [load_file(f) for f in files]
        for f in loaded:
            problems.extend(f.problems)
        problems.extend(_cross_file_problems(loaded))
        library = cls(paths, loaded, problems, strict)
        if strict and library.errors:
            raise ContentError(library.problems)
        return library

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.is_error]

    @property
    def files(self) -> list[Path]:
        """Every content file found, loaded or not."""
        return [f.path for f in self.loaded]

    def source_of(self, id: str, kind: ContentKind | None = None) -> Path:  # noqa: A002
        """The file a scenario (tried first) or persona with this id was loaded from."""
        for k in (kind,) if kind else ("scenario", "persona"):
            path = self._sources.get((k, id))
            if path is not None:
                return path
        raise KeyError(id)

    def persona_of(self, scenario_id: str) -> Persona:
        """The persona a loaded scenario plays with."""
        return self.personas[self.scenarios[scenario_id].company.persona]

    def content_hash(self, scenario_id: str) -> str:
        """sha256 (hex) of the scenario's and its persona's canonical JSON, joined by a newline.

        Stable across runs and machines; YAML formatting and comments do not change it.
        """
        digest = hashlib.sha256()
        digest.update(canonical_json(self.scenarios[scenario_id]).encode("utf-8"))
        digest.update(b"\n")
        digest.update(canonical_json(self.persona_of(scenario_id)).encode("utf-8"))
        return digest.hexdigest()

    def find_scenario(self, ref: str) -> Scenario:
        """A scenario by id or by file path.

        A `*.scenario.yaml` outside the library's folders is loaded on demand (the library then
        includes it). Raises ContentError if that file has errors, LookupError if nothing matches.
        """
        if ref in self.scenarios:
            return self.scenarios[ref]
        path = Path(ref).expanduser()
        if path.is_file() and kind_of(path) == "scenario":
            found = self._scenario_at(path)
            if found is None and path.resolve() not in {f.resolve() for f in self.files}:
                # Reload with the file added, so it is cross-checked like everything else.
                fresh = ContentLibrary.load([*self.paths, path], strict=False)
                self.__dict__.update(fresh.__dict__)
                found = self._scenario_at(path)
            if found is not None:
                return found
            errors = [p for p in self.errors if p.path.resolve() == path.resolve()]
            raise ContentError(errors or [Problem(path, None, "", "scenario did not load")])
        hit = suggest(ref, list(self.scenarios))
        known = f"did you mean '{hit}'?" if hit else "known: " + (", ".join(self.scenarios) or "-")
        raise LookupError(f"no scenario '{ref}' ({known})")

    def _scenario_at(self, path: Path) -> Scenario | None:
        target = path.resolve()
        for (kind, id_), source in self._sources.items():
            if kind == "scenario" and source.resolve() == target:
                return self.scenarios.get(id_)
        return None


# --------------------------------------------------------------------------- cross-file checks


def _cross_file_problems(loaded: Sequence[LoadedFile]) -> list[Problem]:
    problems: list[Problem] = []
    by_id: dict[tuple[ContentKind, str], list[LoadedFile]] = {}
    for f in loaded:
        if f.raw_id is not None:
            by_id.setdefault((f.kind, f.raw_id), []).append(f)
    for (kind, id_), files in by_id.items():
        if len(files) < 2:
            continue
        for f in files:
            others = ", ".join(
                f"{o.path}:{o.document.line_of(('id',))}" for o in files if o is not f
            )
            problems.append(
                f.document.problem(("id",), f"{kind} id '{id_}' is also used by {others}")
            )

    personas = {pid: files[0] for (kind, pid), files in by_id.items() if kind == "persona"}
    for f in loaded:
        if f.kind != "scenario" or f.document.data is None:
            continue
        doc = f.document
        ref = doc.get(("company", "persona"))
        if not isinstance(ref, str):
            continue
        at = ("company", "persona")
        persona = personas.get(ref)
        if persona is None:
            hit = suggest(ref, list(personas))
            known = (
                f"did you mean '{hit}'?"
                if hit
                else "known personas: " + (", ".join(sorted(personas)) or "none")
            )
            problems.append(doc.problem(at, f"unknown persona '{ref}' ({known})"))
            continue
        lang = _lang(doc.get(("language",), "da"))
        persona_lang = _lang(persona.document.get(("language",), "da"))
        if lang and persona_lang and lang != persona_lang:
            key = ("language",) if doc.get(("language",)) is not None else at
            problems.append(
                doc.problem(
                    key,
                    f"the scenario is in '{lang}' but persona '{ref}' speaks '{persona_lang}' "
                    f"({persona.path})",
                    severity="warning",
                )
            )
    return problems


def _lang(value: Any) -> str | None:
    return value if value in ("da", "en") else None

"""What the program derives from its own files, kept across processes: regexes and parsed data.

Every process would otherwise parse the same things again before its first reply: the reading
rules' few hundred large regexes (`re` compiles in Python: about a tenth of a second), the content
files' YAML, the word lists and the act model. What is derived depends only on its source and the
Python version, so it is stored in the user's cache folder ($BROBYGGER_CACHE overrides it; "off"
turns the cache off), keyed by the source's bytes and the Python and format versions, and used
when they match. Anything unexpected - another Python, a damaged or foreign file, an unwritable
folder - falls back to deriving afresh, so the cache makes a process faster, never different.
"""

from __future__ import annotations

import atexit
import gc
import hashlib
import marshal
import os
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

try:  # CPython's regex engine and compiler (private, hence every use is guarded)
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - another Python implementation
    _sre = None

CACHE_ENV_VAR = "BROBYGGER_CACHE"
_TAG = f"{sys.implementation.cache_tag}-{getattr(_sre, 'MAGIC', 0)}"

T = TypeVar("T")
_FORMAT = 2  # bump when what a caller stores changes shape

_Key = tuple[str, int]
_Args = tuple[int, tuple[int, ...], int, dict[str, int], tuple[str | None, ...]]

_entries: dict[_Key, _Args] | None = None
_new: dict[_Key, _Args] = {}
_used: set[_Key] = set()
_compiled: dict[_Key, re.Pattern[str]] = {}
_MAX_REGEXES = 3000  # the reading rules have a few hundred


def cache_dir() -> Path | None:
    """The cache folder; None when the cache is off."""
    override = os.environ.get(CACHE_ENV_VAR, "").strip()
    if override.lower() == "off":
        return None
    if override:
        return Path(override).expanduser()
    import platformdirs

    return platformdirs.user_cache_path("brobygger")


def cache_file() -> Path | None:
    """Where the compiled patterns are kept for this Python; None when the cache is off."""
    folder = cache_dir()
    if folder is None or _sre is None:
        return None
    return folder / f"regex{_FORMAT}-{_TAG}.marshal"


def derived(kind: str, name: str, source: bytes, build: Callable[[], T]) -> T:
    """`build()`, or what it gave before for the same `source` bytes: one file per kind and
    name ("yaml", a content file's path), replaced when the source changes. `build` must give
    plain data (dicts, lists, tuples, strings, numbers); a None result is never stored."""
    folder = cache_dir()
    if folder is None:
        return build()
    digest = hashlib.blake2b(source, digest_size=16).digest()
    key = (_FORMAT, _TAG, digest)
    label = hashlib.blake2b(name.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()
    path = folder / f"{kind}-{label}.marshal"
    try:
        stored_key, value = marshal.loads(path.read_bytes())
        if stored_key == key:
            return value
    except (OSError, EOFError, ValueError, TypeError):
        pass
    value = build()
    if value is not None:
        _write(path, (key, value))
    return value


def _write(path: Path, value: Any) -> None:
    """Store `value` at `path` atomically; best effort (a cache that cannot be written only
    costs the next process the time to derive it again)."""
    try:
        blob = marshal.dumps(value)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".cache-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(blob)
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    except (OSError, ValueError):
        pass


def _load() -> dict[_Key, _Args]:
    global _entries
    if _entries is None:
        _entries = {}
        path = cache_file()
        if path is not None:
            try:
                data = marshal.loads(path.read_bytes())
            except (OSError, EOFError, ValueError, TypeError):
                data = None
            if isinstance(data, dict):
                _entries = data
    return _entries


def _opcodes(pattern: str, flags: int) -> _Args:
    """What `re._compiler.compile` hands the engine for the pattern (the expensive part)."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    # plain ints (the named opcode constants do not marshal), in a tuple (which the garbage
    # collector stops tracking, where a list of thousands would be scanned at every collection)
    opcodes = tuple(int(op) for op in code)
    return (int(flags | parsed.state.flags), opcodes, parsed.state.groups - 1, groupindex,
            tuple(indexgroup))


def regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, from the cache when this Python compiled it before."""
    flags = int(flags)
    if _sre is None or not isinstance(pattern, str) or flags & re.DEBUG:
        return re.compile(pattern, flags)
    key = (pattern, flags)
    done = _compiled.get(key)
    if done is not None:  # the same pattern twice in one process (as `re`'s own cache does)
        return done
    _used.add(key)
    entries = _load()
    args = entries.pop(key, None)  # used once: the engine keeps its own copy of the opcodes
    if args is not None:
        try:
            final_flags, opcodes, groups, groupindex, indexgroup = args
            done = _compiled[key] = _sre.compile(
                pattern, final_flags, list(opcodes), groups, groupindex, indexgroup)
            return done
        except Exception:  # noqa: BLE001 - a stale or damaged entry: compile afresh
            pass
    try:
        args = _opcodes(pattern, flags)
        compiled = _sre.compile(pattern, args[0], list(args[1]), *args[2:])
    except re.error:
        raise
    except Exception:  # noqa: BLE001 - the private compiler changed: use the public one
        return re.compile(pattern, flags)
    if not _new:
        atexit.register(save_regexes)
    _new[key] = args
    _compiled[key] = compiled
    return compiled


def save_regexes() -> None:
    """Add this process's newly compiled patterns to the regex cache file."""
    path = cache_file()
    if path is None or not _new:
        return
    try:
        old = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        old = {}
    merged = {**(old if isinstance(old, dict) else {}), **_new}
    if len(merged) > _MAX_REGEXES:  # patterns of older versions pile up: keep this process's
        merged = {k: v for k, v in merged.items() if k in _used}
    _write(path, merged)
    _new.clear()


def keep_loaded() -> None:
    """What is loaded by now (content, word lists, model, regexes) lives as long as the process:
    move it out of the garbage collector's sight, so no later collection scans it all again
    (one full collection of it costs more than a turn)."""
    gc.freeze()

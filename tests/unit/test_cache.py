"""The derived-data cache: the same regexes, parses and data as without it, and never worse."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sim import cache
from sim.content.yamlsource import parse_yaml_bytes, read_yaml

PATTERNS = [
    (r"(?<![\w§/.,])(?P<num>\d+)\s*(?:timer|hours?)(?!\w)", 0),
    (r"^\W*(?:hvad|how) (?:med|about) (?P<what>\w+)\W*$", 0),
    (r"(?>(?:2[0-4]|[01]?\d)(?:[:.][0-5]\d)?)(?![\d]|[.,:]\d)", 0),
    (r"f(?:ø|oe|o)lge[rs]?\s+(?:(?!på\b)\w+\s+){0,2}?op", re.IGNORECASE),
]
TEXTS = ["Hun kan 12 timer om ugen", "hvad med weekenderne?", "kl. 7.30", "Vi FØLGER op", ""]


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(cache.CACHE_ENV_VAR, str(tmp_path))
    monkeypatch.setattr(cache, "_entries", None)
    monkeypatch.setattr(cache, "_new", {})
    monkeypatch.setattr(cache, "_used", set())
    monkeypatch.setattr(cache, "_compiled", {})
    return tmp_path


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    assert (a.pattern, a.flags, a.groups, dict(a.groupindex)) == (
        b.pattern, b.flags, b.groups, dict(b.groupindex))
    for text in TEXTS:
        ma, mb = a.search(text), b.search(text)
        assert (ma and (ma.span(), ma.groupdict())) == (mb and (mb.span(), mb.groupdict()))


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_a_cached_regex_is_the_regex(cache_dir: Path, pattern: str, flags: int) -> None:
    fresh = cache.regex(pattern, flags)
    _same(fresh, re.compile(pattern, flags))
    cache.save_regexes()
    assert cache.cache_file() is not None and cache.cache_file().exists()
    cache._entries, cache._compiled = None, {}  # a new process: read back from the file
    _same(cache.regex(pattern, flags), re.compile(pattern, flags))


def test_a_damaged_regex_cache_falls_back_to_compiling(cache_dir: Path) -> None:
    pattern, flags = PATTERNS[0]
    cache.regex(pattern, flags)
    cache.save_regexes()
    path = cache.cache_file()
    assert path is not None
    path.write_bytes(b"\x00not marshal")
    cache._entries, cache._compiled = None, {}
    _same(cache.regex(pattern, flags), re.compile(pattern, flags))
    cache._entries = {(pattern, flags): (0, (1, 2, 3), 0, {}, ())}  # opcodes the engine refuses
    cache._compiled = {}
    _same(cache.regex(pattern, flags), re.compile(pattern, flags))


def test_a_bad_pattern_is_still_an_error(cache_dir: Path) -> None:
    with pytest.raises(re.error):
        cache.regex(r"(unclosed")


def test_the_cache_can_be_turned_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cache.CACHE_ENV_VAR, "off")
    assert cache.cache_dir() is None and cache.cache_file() is None
    calls = []
    assert cache.derived("kind", "name", b"x", lambda: calls.append(1) or 7) == 7
    assert cache.derived("kind", "name", b"x", lambda: calls.append(1) or 7) == 7
    assert calls == [1, 1]


def test_derived_data_is_built_once_per_source(cache_dir: Path) -> None:
    calls: list[bytes] = []

    def build(source: bytes):
        def run() -> dict:
            calls.append(source)
            return {"len": len(source), "pairs": ((1, 2), (3, 4))}
        return run

    first = cache.derived("kind", "name", b"abc", build(b"abc"))
    again = cache.derived("kind", "name", b"abc", build(b"abc"))
    assert first == again == {"len": 3, "pairs": ((1, 2), (3, 4))}
    assert calls == [b"abc"]
    assert cache.derived("kind", "name", b"abcd", build(b"abcd")) == {
        "len": 4, "pairs": ((1, 2), (3, 4))}  # the source changed: built again
    assert calls == [b"abc", b"abcd"]
    for f in cache_dir.glob("kind-*.marshal"):
        f.write_bytes(b"junk")
    assert cache.derived("kind", "name", b"abcd", build(b"abcd"))["len"] == 4
    assert len(calls) == 3


def test_a_cached_content_file_reads_as_a_parsed_one(cache_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "t.scenario.yaml"
    raw = "id: x\nnames:\n  - Ærø\n  - b\nnested:\n  a: 1\n  b: [1, 2.5, true, null]\n".encode()
    path.write_bytes(raw)
    parsed = parse_yaml_bytes(raw, path)
    first, second = read_yaml(path), read_yaml(path)
    for doc in (first, second):
        assert (doc.data, doc.lines, doc.problems) == (parsed.data, parsed.lines, [])
    assert list(cache_dir.glob("yaml*.marshal"))


def test_a_content_file_with_problems_is_reported_every_time(cache_dir: Path,
                                                              tmp_path: Path) -> None:
    path = tmp_path / "bad.scenario.yaml"
    path.write_text("id: x\nid: y\nlist: [1, 2\n", encoding="utf-8")
    for _ in range(2):
        assert read_yaml(path).problems
    path.write_text("a:\n  x: 1\na:\n  y: 2\n", encoding="utf-8")  # a duplicate key warns
    assert read_yaml(path).problems and read_yaml(path).problems

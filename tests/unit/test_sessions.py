"""Sessions on disk: saved every turn, listed newest first, resumed by replay, exported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sim.agreement import Terms
from sim.content.library import ContentLibrary
from sim.sessions import (
    Session,
    SessionError,
    SessionStore,
    data_dir,
    export_session,
    load_settings,
    save_settings,
)
from sim.transcript import load_transcript

LINES = [
    "Hej Lene, tak fordi jeg måtte komme.",
    "Hvordan håndterer I returvarerne i dag?",
    "Hvad betyder det for jeres ordrer, når morgenen er travl?",
]


class Clock:
    """A fake wall clock: each call is one minute later."""

    def __init__(self) -> None:
        self.minute = 0

    def __call__(self) -> str:
        self.minute += 1
        return f"2025-03-01T10:{self.minute:02d}:00+00:00"


@pytest.fixture
def store(tmp_path: Path) -> SessionStore:
    return SessionStore(tmp_path, now=Clock())


def test_data_dir_follows_the_environment(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("BROBYGGER_DATA", str(tmp_path / "x"))
    assert data_dir() == tmp_path / "x"
    assert SessionStore().sessions_dir == tmp_path / "x" / "sessions"


def test_start_saves_at_once(store: SessionStore, mini_library: ContentLibrary) -> None:
    session = Session.start(store, mini_library, "mini-lager", seed=2)
    data = load_transcript(store.transcript_path(session.id))
    assert data["turns"] == [] and data["seed"] == 2
    meta = json.loads(store.meta_path(session.id).read_text(encoding="utf-8"))
    assert meta["id"] == session.id
    assert meta["created"] == session.created
    assert meta["finished"] is False
    assert "created" not in data  # the transcript itself carries no clock time


def test_every_turn_is_on_disk_when_say_returns(
    store: SessionStore, mini_library: ContentLibrary
) -> None:
    session = Session.start(store, mini_library, "mini-lager", seed=2)
    for i, line in enumerate(LINES, start=1):
        record = session.say(line)
        saved = load_transcript(store.transcript_path(session.id))
        assert len(saved["turns"]) == i
        assert saved["turns"][-1]["text"] == line
        assert saved["turns"][-1]["replies"] == record["replies"]
    leftovers = [p.name for p in store.sessions_dir.iterdir() if p.name.startswith(".")]
    assert leftovers == []  # atomic writes leave no temporary files behind


def test_resume_replays_every_turn(store: SessionStore, mini_library: ContentLibrary) -> None:
    session = Session.start(store, mini_library, "mini-lager", seed=5)
    for line in LINES:
        session.say(line)
    session.say("Jeg foreslår en praktik.", terms=Terms(scheme="virksomhedspraktik"))
    # A new process: nothing but the files.
    resumed = Session.resume(SessionStore(store.root), mini_library, session.id)
    assert resumed.id == session.id
    assert resumed.created == session.created
    assert resumed.meeting.records == session.meeting.records
    assert resumed.meeting.state == session.meeting.state
    assert resumed.warnings == []
    # and it goes on from there, saving to the same files
    resumed.say("Hvad siger du til det?")
    assert len(load_transcript(store.transcript_path(session.id))["turns"]) == len(LINES) + 2


def test_listing_newest_first_and_finished_marked(
    store: SessionStore, mini_library: ContentLibrary
) -> None:
    first = Session.start(store, mini_library, "mini-lager", seed=1)
    first.say(LINES[0])
    second = Session.start(store, mini_library, "mini-lager", seed=1)
    listed = store.list()
    assert [s.id for s in listed] == [second.id, first.id]
    assert listed[1].turns == 1 and listed[1].phase == "opening"
    second.end()
    assert json.loads(store.meta_path(second.id).read_text(encoding="utf-8"))["finished"]
    assert [s.id for s in store.list(unfinished_only=True)] == [first.id]
    assert store.resolve(None) == first.id


def test_resolve_by_prefix_and_path(store: SessionStore, mini_library: ContentLibrary) -> None:
    session = Session.start(store, mini_library, "mini-lager", seed=1)
    assert store.resolve(session.id) == session.id
    assert store.resolve(session.id[:-2]) == session.id
    assert store.resolve(str(store.transcript_path(session.id))) == session.id
    with pytest.raises(SessionError, match="no session"):
        store.resolve("nope")


def test_nothing_to_resume(store: SessionStore) -> None:
    with pytest.raises(SessionError, match="no unfinished session"):
        store.resolve(None)


def test_broken_files_are_skipped_in_the_list(
    store: SessionStore, mini_library: ContentLibrary
) -> None:
    session = Session.start(store, mini_library, "mini-lager", seed=1)
    (store.sessions_dir / "garbage.json").write_text("{not json", encoding="utf-8")
    assert [s.id for s in store.list()] == [session.id]
    with pytest.raises(SessionError, match="not valid JSON"):
        Session.resume(store, mini_library, "garbage")


def test_resume_notices_changed_content(store: SessionStore, mini_library: ContentLibrary) -> None:
    session = Session.start(store, mini_library, "mini-lager", seed=1)
    session.say(LINES[0])
    path = store.transcript_path(session.id)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["content_hash"] = "0" * 64
    path.write_text(json.dumps(data), encoding="utf-8")
    assert Session.resume(store, mini_library, session.id).warnings == ["content_changed"]
    kept = store.sessions_dir / f"{session.id}.as-played.json"
    assert json.loads(kept.read_text(encoding="utf-8")) == data  # the played version is kept
    assert [s.id for s in store.list()] == [session.id]  # and is not a session of its own


def test_settings_round_trip(tmp_path: Path) -> None:
    assert load_settings(tmp_path) == {}
    save_settings({"lang": "en"}, tmp_path)
    save_settings({"theme": "brobygger-projektor", "bogus": "x"}, tmp_path)
    assert load_settings(tmp_path) == {"lang": "en", "theme": "brobygger-projektor"}
    (tmp_path / "settings.json").write_text("[1, 2]", encoding="utf-8")
    assert load_settings(tmp_path) == {}


def test_export_without_a_scorecard(store: SessionStore, mini_library: ContentLibrary) -> None:
    session = Session.start(store, mini_library, "mini-lager", seed=1)
    session.say("<b>[bold]Hej[/bold]</b>")
    session.end()
    paths = export_session(store, session.id, session.transcript(), None, "da")
    assert {p.parent for p in paths.values()} == {store.exports_dir}
    data = json.loads(paths["json"].read_text(encoding="utf-8"))
    assert data["score"] is None and data["transcript"]["scenario_id"] == "mini-lager"
    page = paths["html"].read_text(encoding="utf-8")
    assert "&lt;b&gt;[bold]Hej[/bold]&lt;/b&gt;" in page
    assert "[bold]Hej[/bold]" in paths["md"].read_text(encoding="utf-8")


def test_export_with_the_scorecard(store: SessionStore, mini_library: ContentLibrary) -> None:
    scoring = pytest.importorskip("scoring")
    if not hasattr(scoring, "score_transcript"):
        pytest.skip("scoring.score_transcript is not there yet")
    from sim.sessions import renderers, score_of

    session = Session.start(store, mini_library, "mini-lager", seed=1)
    for line in LINES:
        session.say(line)
    session.end()
    card = score_of(session.transcript(), session.meeting)
    paths = export_session(store, session.id, session.transcript(), card, "en", render=renderers())
    data = json.loads(paths["json"].read_text(encoding="utf-8"))
    assert data["score"]["overall"] == card.to_dict()["overall"]
    assert "<html" in paths["html"].read_text(encoding="utf-8").lower()
    assert paths["md"].read_text(encoding="utf-8").startswith("#")

"""Loading single content files: YAML lines, validation messages, per-file checks."""

from __future__ import annotations

from pathlib import Path

import pytest

from sim.content.loader import kind_of, load_file, load_persona, load_scenario
from sim.content.models import Persona, Scenario
from sim.content.problems import ContentError, Problem, format_key
from sim.content.yamlsource import MAX_BYTES, parse_yaml, parse_yaml_bytes, read_yaml
from sim.vocab import EVENTS

DATA = Path(__file__).resolve().parent.parent / "data"
GOOD = DATA / "good"
BAD = DATA / "bad"
EVENT = EVENTS[0]  # any event the machine knows
PLACEHOLDERS = "known: {citizen}, {company}, {consultant}, {employer}, {reason}"


def problems_of(path: Path) -> list[tuple[int | None, str, str, str]]:
    return [(p.line, p.key, p.message, p.severity) for p in load_file(path).problems]


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def good_scenario_text(**replace: str) -> str:
    text = (GOOD / "mini-lager.scenario.yaml").read_text(encoding="utf-8")
    for old, new in replace.items():
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


# --------------------------------------------------------------------------- good content


def test_good_fixtures_load() -> None:
    scenario = load_scenario(GOOD / "mini-lager.scenario.yaml")
    persona = load_persona(GOOD / "mini-lager-chef.persona.yaml")
    assert isinstance(scenario, Scenario) and scenario.id == "mini-lager"
    assert isinstance(persona, Persona) and persona.id == "mini-lager-chef"
    assert scenario.company.persona == persona.id
    assert scenario.language == persona.language == "da"
    assert [n.id for n in scenario.needs] == ["returvarer", "morgenpluk"]


def test_good_fixtures_have_no_problems_at_all() -> None:
    for path in sorted(GOOD.iterdir()):
        assert load_file(path).problems == [], path


def test_kind_of() -> None:
    assert kind_of(Path("a/x.scenario.yaml")) == "scenario"
    assert kind_of(Path("x.persona.yaml")) == "persona"
    assert kind_of(Path("x.yaml")) is None
    assert kind_of(Path(".scenario.yaml")) is None
    assert kind_of(Path("x.scenario.yml")) is None


# --------------------------------------------------------------------------- bad fixtures

E, W = "error", "warning"
BAD_EXPECTED: dict[str, list[tuple[int | None, str, str, str]]] = {
    "syntax_error.persona.yaml": [
        (
            6,
            "",
            "invalid YAML: mapping values are not allowed here; "
            "a text containing ': ' must be put in quotes",
            E,
        ),
    ],
    "empty.scenario.yaml": [(None, "", "file is empty", E)],
    "not_a_mapping.persona.yaml": [
        (2, "", "the top level must be a mapping of keys (like 'id: ...'), not a list", E),
    ],
    "duplicate_yaml_key.persona.yaml": [
        (13, "personality.trust", "duplicate key 'trust' (first at line 11)", E),
    ],
    "missing_key.persona.yaml": [(3, "", "missing required key 'role'", E)],
    "missing_line.persona.yaml": [(20, "lines", "missing required key 'walkout'", E)],
    "unknown_key.scenario.yaml": [
        (99, "needs[0].revael", "unknown key 'revael' (did you mean 'reveal'?)", E),
    ],
    "wrong_types.persona.yaml": [
        (11, "personality.trust", "expected a whole number, got 'many'", E),
        (12, "personality.patience", "must be at least 3, got the number 2", E),
        (
            51,
            "lines.other",
            "expected a list, got 'Undskyld, hvad mener du?' (one item a line, each starting "
            "with '- ')",
            E,
        ),
    ],
    "wrong_types.scenario.yaml": [
        (5, "language", "'dk' is not allowed; must be one of: da, en", E),
        (22, "company.employees", "expected a whole number, got 'mange'", E),
        (34, "citizen.max_hours_per_week", "must be at most 37, got the number 40", E),
        (
            38,
            "citizen.restrictions[0].text",
            "expected text, got the number 8 (put it in quotes to make it text)",
            E,
        ),
        (
            43,
            "citizen.eligible_schemes[0]",
            "'virksomhedspraktikk' is not allowed (did you mean 'virksomhedspraktik'?); must be "
            "one of: fleksjob, loentilskud, virksomhedspraktik, smaajob, ordinaert_job, skaanejob",
            E,
        ),
    ],
    "dangling_refs.scenario.yaml": [
        (
            100,
            "needs[0].reveal.topics[1]",
            "unknown topic 'travlhd' (did you mean 'travlhed'?)",
            E,
        ),
        (112, "needs[1].reveal.after[0]", "unknown need 'retur' (did you mean 'returvarer'?)", E),
        (
            122,
            "objections[0].triggers[0].phase",
            "unknown phase 'forslag' (known phases: opening, needs_discovery, objections, "
            "proposal, closing, agreement, no_deal, follow_up, walkout)",
            E,
        ),
        (
            141,
            "objections[1].handling.answers[0]",
            "unknown answer 'mentorr' (did you mean 'mentor'?): give a topic id, a task id, "
            "a scheme or a support",
            E,
        ),
        (
            163,
            "agreement.tasks.paller.strains[0]",
            "unknown restriction 'tunge_loft' (did you mean 'tunge_loeft'?)",
            E,
        ),
    ],
    "duplicate_ids.scenario.yaml": [
        (106, "needs[1].id", "duplicate need id 'returvarer' (first at line 97)", E),
        (133, "objections[1].id", "duplicate objection id 'for_dyrt' (first at line 119)", E),
    ],
    "unknown_placeholder.scenario.yaml": [
        (
            49,
            "citizen.lines.greeting[0]",
            f"unknown placeholder {{navn}} ({PLACEHOLDERS})",
            E,
        ),
        (
            102,
            "needs[0].lines[0]",
            f"unknown placeholder {{borger}} (did you mean {{citizen}}? {PLACEHOLDERS})",
            E,
        ),
    ],
    # Problems only visible next to other files: see test_content_library.py.
    "unknown_persona.scenario.yaml": [],
    "language_mismatch.scenario.yaml": [],
}


def test_every_bad_fixture_has_expectations() -> None:
    assert sorted(p.name for p in BAD.iterdir()) == sorted(BAD_EXPECTED)


@pytest.mark.parametrize("name", sorted(BAD_EXPECTED))
def test_bad_fixture_problems(name: str) -> None:
    assert problems_of(BAD / name) == BAD_EXPECTED[name]


@pytest.mark.parametrize(
    "name",
    sorted(n for n, expected in BAD_EXPECTED.items() if expected and n.endswith(".scenario.yaml")),
)
def test_load_scenario_raises_with_every_error(name: str) -> None:
    with pytest.raises(ContentError) as info:
        load_scenario(BAD / name)
    assert [p.line for p in info.value.problems] == [e[0] for e in BAD_EXPECTED[name]]
    assert all(p.path == BAD / name for p in info.value.problems)


def test_load_persona_raises_with_every_error() -> None:
    with pytest.raises(ContentError) as info:
        load_persona(BAD / "wrong_types.persona.yaml")
    assert len(info.value.problems) == 3
    text = str(info.value)
    assert text.splitlines()[0] == "3 content errors"
    assert f"{BAD / 'wrong_types.persona.yaml'}:11: personality.trust: expected a whole" in text


def test_model_checked_placeholder_reported_once_at_its_line() -> None:
    """The citizen's lines are checked by the model too; the precise report replaces it."""
    problems = load_file(BAD / "unknown_placeholder.scenario.yaml").problems
    assert sum("{navn}" in p.message for p in problems) == 1


# --------------------------------------------------------------------------- YAML reading


def test_line_map_records_keys_and_items() -> None:
    doc = parse_yaml("a: 1\nb:\n  - x\n  -\n    c: [1,\n      2]\n", Path("t.yaml"))
    assert doc.problems == []
    assert doc.data == {"a": 1, "b": ["x", {"c": [1, 2]}]}
    assert doc.lines[("a",)] == 1
    assert doc.lines[("b", 0)] == 3
    assert doc.lines[("b", 1)] == 5  # the item's mapping starts at its first key
    assert doc.lines[("b", 1, "c", 1)] == 6
    assert doc.line_of(("b", 1, "c", 7, "z")) == 5


def test_yes_no_on_off_stay_text_but_true_false_are_booleans() -> None:
    doc = parse_yaml("a: [yes, no, on, off, nej, ja]\nb: true\nc: False\n", Path("t.yaml"))
    assert doc.data == {"a": ["yes", "no", "on", "off", "nej", "ja"], "b": True, "c": False}


def test_duplicate_key_later_value_wins_and_lines_follow_it() -> None:
    doc = parse_yaml("a:\n  x: 1\n  y: 2\nb: 0\na:\n  z: 3\n", Path("t.yaml"))
    assert doc.data == {"a": {"z": 3}, "b": 0}
    assert [(p.line, p.key, p.message) for p in doc.problems] == [
        (5, "a", "duplicate key 'a' (first at line 1)")
    ]
    assert ("a", "x") not in doc.lines and doc.lines[("a", "z")] == 6


def test_merge_keys_fill_in_missing_keys_only() -> None:
    doc = parse_yaml("base: &b {x: 1, y: 2}\nc:\n  <<: *b\n  y: 5\n", Path("t.yaml"))
    assert doc.problems == []
    assert doc.data["c"] == {"x": 1, "y": 5}


def test_python_tags_are_refused_not_run() -> None:
    doc = parse_yaml("a: !!python/object/apply:os.system ['echo hi']\n", Path("t.yaml"))
    assert [(p.line, p.key, p.message) for p in doc.problems] == [
        (1, "a", "unsupported YAML tag '!!python/object/apply:os.system'")
    ]


def test_recursive_alias_is_a_problem_not_a_hang() -> None:
    doc = parse_yaml("a: &x [1, *x]\n", Path("t.yaml"))
    assert [p.message for p in doc.problems] == ["an alias refers to itself (a '*alias' loop)"]


def test_alias_bomb_is_refused() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 7):
        prev = f"*a{i - 1}"
        lines.append(f"a{i}: &a{i} [{', '.join([prev] * 10)}]")
    doc = parse_yaml("\n".join(lines) + "\n", Path("t.yaml"))
    assert doc.data is None
    assert "too many values" in doc.problems[0].message


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ("id: x\nname: 'never closed\nrole: r\n", 2, "a quote is opened but never closed"),
        ("id: x\nlines:\n\tgreeting: [a]\n", 3, "tab characters cannot indent YAML"),
        ("id: x\nlines: [a, b\n", 2, "a '[' or '{' is opened but never closed"),
        ("id: x\n---\nid: y\n", 2, "more than one YAML document"),
        ("id: x\nname: Lene: chef\n", 2, "must be put in quotes"),
        (
            "id: x\nlines:\n  greeting:\n    - a\n   other: [b]\n",
            5,
            "does not fit the indentation of the block that starts at line 3",
        ),
    ],
)
def test_syntax_errors_have_a_line_and_a_hint(text: str, line: int, fragment: str) -> None:
    doc = parse_yaml(text, Path("t.yaml"))
    assert doc.data is None
    [problem] = doc.problems
    assert problem.line == line
    assert fragment in problem.message


def test_not_utf8_reports_the_line() -> None:
    doc = parse_yaml_bytes(b"id: x\nname: \xe6\xf8\n", Path("t.yaml"))
    assert [(p.line, p.message) for p in doc.problems] == [
        (2, "file is not UTF-8 (byte 0xe6); save it as UTF-8")
    ]


def test_utf16_and_bom() -> None:
    doc = parse_yaml_bytes("id: x\n".encode("utf-16"), Path("t.yaml"))
    assert "UTF-16" in doc.problems[0].message
    doc = parse_yaml_bytes("\ufeffid: æøå\n".encode(), Path("t.yaml"))
    assert doc.data == {"id": "æøå"} and doc.problems == []


def test_control_character_is_a_problem() -> None:
    doc = parse_yaml("id: x\nname: a\x00b\n", Path("t.yaml"))
    assert doc.problems[0].line == 2
    assert "invalid character" in doc.problems[0].message


def test_too_large_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.persona.yaml"
    path.write_bytes(b"# " + b"x" * MAX_BYTES + b"\n")
    doc = read_yaml(path)
    assert doc.data is None and "too large" in doc.problems[0].message


def test_unreadable_path_is_a_problem(tmp_path: Path) -> None:
    doc = read_yaml(tmp_path / "missing.persona.yaml")
    assert doc.data is None and doc.problems[0].message.startswith("cannot read the file")


# --------------------------------------------------------------------------- messages


def test_typo_in_required_key_is_one_problem(tmp_path: Path) -> None:
    path = write(tmp_path, "t.scenario.yaml", good_scenario_text(**{"\nsummary:": "\nsumary:"}))
    assert [(p.key, p.message) for p in load_file(path).problems] == [
        ("sumary", "unknown key 'sumary' (did you mean 'summary'?)")
    ]


def test_unknown_key_without_a_close_match_lists_the_allowed_keys(tmp_path: Path) -> None:
    path = write(tmp_path, "t.scenario.yaml", good_scenario_text(**{"  employees: 25": "  xyz: 1"}))
    got = [(p.line, p.key, p.message) for p in load_file(path).problems]
    assert got[0] == (20, "company", "missing required key 'employees'")
    assert got[1][:2] == (22, "company.xyz")
    assert got[1][2].startswith("unknown key 'xyz' (allowed: persona, name, employees,")


def test_missing_nested_key_points_at_the_parent(tmp_path: Path) -> None:
    text = good_scenario_text(**{'    debrief: "Mentortimer': '    debrif: "Mentortimer'})
    text = text.replace('    handled_lines:\n      - "En mentor', '    x:\n      - "En mentor')
    path = write(tmp_path, "t.scenario.yaml", text)
    got = [(p.line, p.key, p.message) for p in load_file(path).problems]
    assert (135, "objections[1]", "missing required key 'handled_lines'") in got
    assert (152, "objections[1].debrif", "unknown key 'debrif' (did you mean 'debrief'?)") in got


def test_unknown_line_key_and_bad_id_key(tmp_path: Path) -> None:
    text = good_scenario_text(**{'    greeting:\n      - "Hej': '    greetng:\n      - "Hej'})
    text = text.replace("  travlhed:\n", "  Travl Hed:\n")
    path = write(tmp_path, "t.scenario.yaml", text)
    got = {p.key: p.message for p in load_file(path).problems}
    assert got["citizen.lines.greetng"] == "unknown key 'greetng' (did you mean 'greeting'?)"
    assert got['topics["Travl Hed"]'] == (
        "'Travl Hed' is not a valid id for this key: use lower-case letters, digits, '-' and "
        "'_', starting with a letter or digit (e.g. 'travl-hed')"
    )


def test_union_values(tmp_path: Path) -> None:
    text = good_scenario_text(
        **{
            "  present_from: proposal": "  present_from: 3",
            "      - topics: [pris]": "      - topics: [pris]\n        proposal_lacks: [mentr]",
        }
    )
    text += (
        "machine:\n  transitions:\n"
        f"    - {{trigger: {EVENT}, source: 5, dest: closing}}\n"
        f"    - {{trigger: {EVENT}, source: [opening, 5], dest: closing}}\n"
    )
    path = write(tmp_path, "t.scenario.yaml", text)
    got = {p.key: p.message for p in load_file(path).problems}
    assert got == {
        "citizen.present_from": "expected text, got the number 3",
        "objections[0].triggers[1].proposal_lacks[0]": (
            "'mentr' is not allowed (did you mean 'mentor'?); must be one of: mentor, "
            "hjaelpemidler, arbejdspladsindretning, personlig_assistance, paragraf_56, "
            "opkvalificering, administration, kontaktperson, kriseplan, follow_up, tasks, hours"
        ),
        "machine.transitions[0].source": "expected text or a list, got the number 5",
        "machine.transitions[1].source[1]": (
            "expected text, got the number 5 (put it in quotes to make it text)"
        ),
    }


def test_model_validator_message_points_at_the_key(tmp_path: Path) -> None:
    text = good_scenario_text(**{"  min_hours_per_week: 10": "  min_hours_per_week: 30"})
    path = write(tmp_path, "t.scenario.yaml", text)
    problems = [(p.line, p.key, p.message) for p in load_file(path).problems if p.is_error]
    assert problems == [
        (35, "citizen.min_hours_per_week", "min_hours_per_week is larger than max_hours_per_week")
    ]


def test_machine_states_and_transitions(tmp_path: Path) -> None:
    text = good_scenario_text(**{"  present_from: proposal": "  present_from: pause"})
    text += (
        "machine:\n"
        "  states:\n"
        "    - name: pause\n"
        "      lines: ['Et øjeblik, {konsulent}.']\n"
        "    - name: pause\n"
        "    - name: closing\n"
        "  transitions:\n"
        f"    - {{trigger: {EVENT}, source: '*', dest: pause}}\n"
        f"    - {{trigger: {EVENT}, source: [pause, pauze], dest: closingg}}\n"
    )
    path = write(tmp_path, "t.scenario.yaml", text)
    got = [(p.key, p.message) for p in load_file(path).problems]
    assert got == [
        (
            "machine.states[0].lines[0]",
            f"unknown placeholder {{konsulent}} (did you mean {{consultant}}? {PLACEHOLDERS})",
        ),
        ("machine.states[1].name", "duplicate state name 'pause' (first at line 175)"),
        ("machine.states[2].name", "state 'closing' is already a default phase"),
        ("machine.transitions[1].source[1]", "unknown state 'pauze' (did you mean 'pause'?)"),
        ("machine.transitions[1].dest", "unknown state 'closingg' (did you mean 'closing'?)"),
    ]


def test_after_loop_and_semantic_warnings(tmp_path: Path) -> None:
    text = good_scenario_text(
        **{
            "      topics: [retur, travlhed]\n": "      topics: [retur, travlhed]\n"
            "      after: [morgenpluk]\n",
            "    min_hours: 10": "    min_hours: 30",
            "    needs_covered: 1": "    needs_covered: 3",
            "    requires_support: [mentor]": "    requires_support: [mentor, kriseplan]",
            "  eligible_schemes:\n": "  eligible_schemes:\n    - fleksjob\n",
            "      - topics: [pris]\n": "      - topics: [pris]\n      - {}\n",
        }
    )
    path = write(tmp_path, "t.scenario.yaml", text)
    got = [(p.severity, p.key, p.message) for p in load_file(path).problems]
    assert got == [
        (
            "warning",
            "citizen.eligible_schemes[0]",
            "the citizen is eligible for 'fleksjob' but the jobcentre does not offer it "
            "(jobcentre.schemes)",
        ),
        (
            "error",
            "needs[0].reveal.after[0]",
            "need 'returvarer' can never be revealed: 'after' goes round in a loop "
            "(returvarer -> morgenpluk -> returvarer)",
        ),
        (
            "error",
            "needs[1].reveal.after[0]",
            "need 'morgenpluk' can never be revealed: 'after' goes round in a loop "
            "(morgenpluk -> returvarer -> morgenpluk)",
        ),
        (
            "warning",
            "objections[0].triggers[2]",
            "a trigger without conditions fires on every turn",
        ),
        (
            "warning",
            "agreement.company.min_hours",
            "the company wants at least 30 hours but the citizen can work at most 25: "
            "no agreement is possible",
        ),
        (
            "warning",
            "agreement.company.needs_covered",
            "the company wants 3 needs covered but the tasks cover only 2: "
            "no agreement is possible",
        ),
        (
            "warning",
            "agreement.company.requires_support[1]",
            "the company requires 'kriseplan' but the jobcentre does not offer it "
            "(jobcentre.support)",
        ),
    ]


def test_phrases_must_include_the_scenario_language(tmp_path: Path) -> None:
    text = good_scenario_text(**{"language: da": "language: en"})
    path = write(tmp_path, "t.scenario.yaml", text)
    got = [(p.key, p.message) for p in load_file(path).problems]
    assert got == [
        ("agreement.tasks.paller.phrases", "no phrases in the scenario's language ('en:')")
    ]


def test_unmatched_brace_is_a_warning(tmp_path: Path) -> None:
    text = good_scenario_text(**{"Tak, {employer}.": "Tak, {employer. Vi ses"})
    path = write(tmp_path, "t.scenario.yaml", text)
    loaded = load_file(path)
    assert [(p.severity, p.key) for p in loaded.problems] == [
        ("warning", "citizen.lines.thanks[0]")
    ]
    assert loaded.model is not None  # warnings do not stop a file from loading


# --------------------------------------------------------------------------- Problem


def test_problem_format() -> None:
    p = Problem(Path("a/b.scenario.yaml"), 12, "needs[2].reveal.topics[0]", "unknown topic 'x'")
    assert p.format() == "a/b.scenario.yaml:12: needs[2].reveal.topics[0]: unknown topic 'x'"
    assert Problem(Path("a.yaml"), None, "", "file is empty").format() == "a.yaml: file is empty"
    assert Problem(Path("a.yaml"), 3, "", "bad").format() == "a.yaml:3: bad"
    w = Problem(Path("a.yaml"), 3, "language", "differs", "warning")
    assert w.format() == "a.yaml:3: warning: language: differs"
    assert w.to_json() == {
        "path": "a.yaml",
        "line": 3,
        "key": "language",
        "message": "differs",
        "severity": "warning",
    }


def test_format_key() -> None:
    assert format_key(("needs", 2, "reveal", "topics", 0)) == "needs[2].reveal.topics[0]"
    assert format_key(()) == ""
    assert format_key((0, "a")) == "[0].a"
    assert format_key(("lines", "a b", 'q"')) == 'lines["a b"]["q\\""]'

"""`brobygger eval`: how well the engine reads natural consultant Danish (probes, meetings).

The same measures as the shared development scorer (need-discovery probes, proposal terms,
context-dependent acts, single-sentence acts), computed in-process so a run takes seconds, plus
the natural meetings: every penalty the engine gave in them, with the words it read it from.
Sets are JSON lines in the shared format; `--data` points at a held-out set of the same format.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scoring.score import score_transcript
from sim.content.library import ContentLibrary
from sim.play import new_meeting
from sim.transcript import transcript_of
from sim.vocab import PENALTY_EVENTS

# Where the development sets live in a checkout of the project.
DEV_DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "eval"
KINDS = ("needs", "terms", "acts", "sentences", "natural", "meetings")
FILES = {
    # the shared samples and the sets written blind for the project (needs_blind_a, ...); every
    # blind set was measured once before anything was tuned on it (the issue notes give those
    # figures), and is development material since
    "needs": "needs*.jsonl",
    "terms": "terms*.jsonl",
    "acts": "context_acts*.jsonl",
    "sentences": "acts_dev.jsonl",
    "natural": "natural",
    "meetings": "meetings*.jsonl",
}
# The held-out targets named in the issues (the development sets are only a sample).
TARGETS = {"needs": 0.90, "terms": 0.95, "acts": 0.90, "sentences": 0.95, "natural": 1.0,
           "meetings": 8 / 9}
# Whole meetings (issue 11): per scenario the strong meetings' mean score beats the pushy ones'
# by at least this many points.
MEETING_GAP = 40
TERM_FIELDS = ("scheme", "hours_per_week", "weeks", "tasks", "support", "follow_up")


@dataclass
class Result:
    """One measure: its figure, the target, and the items it got wrong (for reading)."""

    kind: str
    figure: float
    details: dict[str, Any] = field(default_factory=dict)
    wrong: list[str] = field(default_factory=list)

    @property
    def target(self) -> float:
        return TARGETS[self.kind]

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "figure": round(self.figure, 3), "target": self.target,
                **self.details, "wrong": self.wrong}


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def play_lines(library: ContentLibrary, scenario: str, lines: Iterable[str],
               seed: int = 1) -> dict[str, Any]:
    """Play the trainee lines in-process, as `play --script --seed --json` does."""
    meeting = new_meeting(library, scenario, seed)
    for text in lines:
        if meeting.ended:
            break
        meeting.take_turn(text)
    return transcript_of(meeting)


def said_turn(doc: dict[str, Any], n: int) -> dict[str, Any] | None:
    """The n-th trainee turn (1-based), or None if the meeting ended before it."""
    turns = [t for t in doc.get("turns", []) if t.get("action", "say") in ("say", None)]
    return turns[n - 1] if len(turns) >= n else None


def _events(t: dict[str, Any] | None) -> list[dict[str, Any]]:
    return list((t or {}).get("events") or [])


def eval_needs(library: ContentLibrary, items: list[dict[str, Any]]) -> Result:
    """Strict: the probe turn reveals its need; loose: reveals or hints it. Negatives: nothing."""
    valid = strict = loose = negatives = false_reveals = 0
    wrong: list[str] = []
    per_set: dict[str, list[int]] = {}  # set -> [loose, valid]
    for it in items:
        lines = [*it["prefix"], it["probe"]]
        doc = play_lines(library, it["scenario"], lines)
        t, before = said_turn(doc, len(lines)), said_turn(doc, len(lines) - 1)
        revealed = [e.get("id") for e in _events(t) if e.get("type") == "need_revealed"]
        hinted = [e.get("need") for e in _events(t) if e.get("type") == "hint"]
        if not it.get("need"):
            negatives += 1
            if revealed:
                false_reveals += 1
                wrong.append(f'negative revealed {revealed}: {it["probe"]}')
            continue
        already = ((before or {}).get("state") or {}).get("needs_revealed") or []
        if it["need"] in already:
            continue
        valid += 1
        strict += it["need"] in revealed
        loose += it["need"] in revealed + hinted
        tally = per_set.setdefault(it.get("_set", ""), [0, 0])
        tally[0] += it["need"] in revealed + hinted
        tally[1] += 1
        if it["need"] not in revealed:
            how = "hinted" if it["need"] in hinted else "missed"
            wrong.append(f'{it["scenario"]}/{it["need"]} ({how}): {it["probe"]}')
    details = {"items": valid, "strict": round(strict / valid, 3) if valid else 0.0,
               "loose": round(loose / valid, 3) if valid else 0.0,
               "negatives": negatives, "false_reveals": false_reveals}
    if len(per_set) > 1:
        details["loose by set"] = {k: round(a / b, 3) for k, (a, b) in per_set.items() if b}
    # the target: the topic is understood (revealed or hinted), and no false reveal
    figure = (loose / valid if valid else 0.0) if not false_reveals else 0.0
    return Result("needs", figure, details, wrong)


def _set_f1(got: set[str], gold: set[str]) -> float:
    if not got and not gold:
        return 1.0
    tp = len(got & gold)
    if not tp:
        return 0.0
    p, r = tp / len(got), tp / len(gold)
    return 2 * p * r / (p + r)


def _num_eq(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    try:
        return abs(float(a) - float(b)) < 0.01
    except (TypeError, ValueError):
        return False


def term_scores(got: dict[str, Any], gold: dict[str, Any]) -> dict[str, float]:
    """Field accuracy of the terms one turn put on the table (tasks and support by set F1)."""
    return {
        "scheme": float((got.get("scheme") or None) == gold.get("scheme")),
        "hours_per_week": float(_num_eq(got.get("hours_per_week"), gold.get("hours_per_week"))),
        "weeks": float(_num_eq(got.get("weeks"), gold.get("weeks"))),
        "tasks": _set_f1(set(got.get("tasks") or []), set(gold.get("tasks") or [])),
        "support": _set_f1(set(got.get("support") or []), set(gold.get("support") or [])),
        "follow_up": float(bool(got.get("follow_up")) == bool(gold.get("follow_up"))),
    }


def eval_terms(library: ContentLibrary, items: list[dict[str, Any]]) -> Result:
    per: dict[str, list[float]] = {k: [] for k in TERM_FIELDS}
    per_set: dict[str, list[float]] = {}  # set -> each item's mean field score
    wrong: list[str] = []
    for it in items:
        lines = [*it["prefix"], it["text"]]
        t = said_turn(play_lines(library, it["scenario"], lines), len(lines))
        got = (t or {}).get("terms_said") or {}
        scores = term_scores(got, it["gold"])
        for k, v in scores.items():
            per[k].append(v)
        per_set.setdefault(it.get("_set", ""), []).append(sum(scores.values()) / len(scores))
        bad = [k for k, v in scores.items() if v < 1]
        if bad:
            wrong.append(f'{it["text"]} -> ' + "; ".join(
                f"{k}: got {got.get(k)!r} want {it['gold'].get(k)!r}" for k in bad))
    fields = {k: round(sum(v) / len(v), 3) for k, v in per.items() if v}
    figure = sum(fields.values()) / len(fields) if fields else 0.0
    details: dict[str, Any] = {"items": len(items), "per_field": fields}
    if len(per_set) > 1:
        details["by set"] = {k: round(sum(v) / len(v), 3) for k, v in per_set.items()}
    return Result("terms", figure, details, wrong)


def _exact_sets(kind: str, items: list[dict[str, Any]], gold_key: str,
                read: Callable[[dict[str, Any]], list[str]]) -> Result:
    """Exact-set accuracy of the acts `read` gives each item against its gold acts."""
    right = 0
    per_set: dict[str, list[int]] = {}  # set -> [right, items]
    wrong: list[str] = []
    for it in items:
        got = read(it)
        ok = set(got) == set(it[gold_key])
        right += ok
        tally = per_set.setdefault(it.get("_set", ""), [0, 0])
        tally[0] += ok
        tally[1] += 1
        if not ok:
            wrong.append(f"gold={it[gold_key]} got={got}: {it['text']}")
    n = len(items)
    details: dict[str, Any] = {"items": n}
    if len(per_set) > 1:
        details["by set"] = {k: round(a / b, 3) for k, (a, b) in per_set.items()}
    return Result(kind, right / n if n else 0.0, details, wrong)


def eval_context_acts(library: ContentLibrary, items: list[dict[str, Any]]) -> Result:
    def read(it: dict[str, Any]) -> list[str]:
        lines = [*it["prefix"], it["text"]]
        t = said_turn(play_lines(library, it["scenario"], lines), len(lines))
        return list((t or {}).get("acts") or [])

    return _exact_sets("acts", items, "gold", read)


def eval_sentences(items: list[dict[str, Any]]) -> Result:
    from sim.reading.acts import classify_acts

    return _exact_sets("sentences", items, "acts", lambda it: classify_acts(it["text"]))


@dataclass(frozen=True)
class NaturalMeeting:
    """One naturally played meeting: its scenario, style and the trainee's lines."""

    name: str
    scenario: str
    style: str
    lines: tuple[str, ...]


def natural_meetings(folder: Path) -> list[NaturalMeeting]:
    """`SCENARIO.STYLE.txt` files: one trainee turn a line, '#' lines are notes."""
    out = []
    for path in sorted(folder.glob("*.txt")):
        scenario, style = path.stem.split(".", 1)
        lines = tuple(
            x for x in path.read_text(encoding="utf-8").splitlines()
            if x.strip() and not x.lstrip().startswith("#")
        )
        out.append(NaturalMeeting(path.stem, scenario, style, lines))
    return out


def penalties(doc: dict[str, Any]) -> list[tuple[int, str, str]]:
    """(turn, event, trainee words) for every event in a transcript that cost the trainee."""
    out = []
    for t in doc.get("turns", []):
        for e in _events(t):
            if e.get("type") in PENALTY_EVENTS:
                out.append((int(t.get("n", 0)), str(e["type"]), str(t.get("text", ""))))
    return out


ALLOWED_FILE = "allowed_penalties.json"  # penalties the judging consultant agreed with


def allowed_penalties(folder: Path) -> dict[str, dict[int, set[str]]]:
    path = folder / ALLOWED_FILE
    if not path.exists():
        return {}
    raw = json.loads(path.read_text(encoding="utf-8"))
    return {
        name: {int(turn): set(kinds) for turn, kinds in turns.items()}
        for name, turns in raw.items()
        if not name.startswith("_")
    }


def walkout_at_good_trust(doc: dict[str, Any]) -> tuple[int, str, str] | None:
    """A walkout at trust 60 or more with no pressure in the last three turns (issue 11's bar):
    (turn, "walkout_at_good_trust", the turn's words), or None."""
    turns = [t for t in doc.get("turns", []) if t.get("action", "say") in ("say", None)]
    if not turns or doc.get("outcome", {}).get("phase") != "walkout":
        return None
    trust_before = (turns[-2].get("state") or {}).get("trust", 0) if len(turns) > 1 else 0
    pressured = any(e.get("type") == "pressure" for t in turns[-3:] for e in _events(t))
    if trust_before >= 60 and not pressured:
        return turns[-1].get("n", len(turns)), "walkout_at_good_trust", turns[-1].get("text", "")
    return None


def eval_natural(library: ContentLibrary, folder: Path) -> Result:
    """Non-pushy meetings should carry no penalty but those the judge agreed with."""
    meetings = natural_meetings(folder)
    allowed = allowed_penalties(folder)
    clean = 0
    wrong: list[str] = []
    outcomes: dict[str, str] = {}
    judged = [m for m in meetings if not m.style.startswith("pushy")]
    for m in meetings:
        doc = play_lines(library, m.scenario, m.lines)
        out = doc["outcome"]
        outcomes[m.name] = (f"{out['phase']} trust {out['trust']} "
                            f"needs {sum(1 for n in out['needs'].values() if n['revealed_turn'])}")
        ok = allowed.get(m.name, {})
        found = [p for p in penalties(doc) if p[1] not in ok.get(p[0], set())]
        bad_walkout = walkout_at_good_trust(doc)
        if bad_walkout:
            found.append(bad_walkout)
        if m.style.startswith("pushy"):
            continue
        if not found:
            clean += 1
        for turn, kind, text in found:
            wrong.append(f"{m.name} turn {turn}: {kind}: {text[:140]}")
    figure = clean / len(judged) if judged else 0.0
    return Result("natural", figure, {"meetings": len(meetings), "judged": len(judged),
                                      "without_penalty": clean, "outcomes": outcomes}, wrong)


def eval_meetings(library: ContentLibrary, items: list[dict[str, Any]]) -> Result:
    """Whole meetings written in advance, strong and pushy: the strong ones should end in an
    agreement serving all three parties, no pushy one should, the strong should outscore the
    pushy by MEETING_GAP points per scenario, and no walkout come at good trust unprovoked."""
    strong = served_strong = served_pushy = 0
    wrong: list[str] = []
    outcomes: dict[str, str] = {}
    scores: dict[str, dict[str, list[int]]] = {}  # scenario -> style -> overall scores
    for it in items:
        doc = play_lines(library, it["scenario"], it["turns"])
        card = score_transcript(doc, library.find_scenario(it["scenario"]))
        style = "strong" if it["style"] == "strong" else "pushy"
        out = doc["outcome"]
        name = it.get("id") or f'{it["scenario"]}.{style}'
        outcomes[name] = (f"{out['phase']} trust {out['trust']} score {card.overall}"
                          + (" all served" if card.all_parties_served else ""))
        scores.setdefault(it["scenario"], {}).setdefault(style, []).append(card.overall)
        if style == "strong":
            strong += 1
            served_strong += card.all_parties_served
            if not card.all_parties_served:
                wrong.append(f"{name}: strong, ended {outcomes[name]}")
        elif card.all_parties_served:
            served_pushy += 1
            wrong.append(f"{name}: pushy, yet the deal serves all three ({outcomes[name]})")
        bad_walkout = walkout_at_good_trust(doc)
        if bad_walkout:
            wrong.append(f"{name} turn {bad_walkout[0]}: walkout at good trust: "
                         f"{bad_walkout[2][:140]}")
    gaps = {}
    for scenario, by_style in sorted(scores.items()):
        if by_style.get("strong") and by_style.get("pushy"):
            mean = {k: sum(v) / len(v) for k, v in by_style.items()}
            gaps[scenario] = round(mean["strong"] - mean["pushy"], 1)
            if gaps[scenario] < MEETING_GAP:
                wrong.append(f"{scenario}: strong beat pushy by {gaps[scenario]} points "
                             f"(at least {MEETING_GAP} wanted)")
    walkouts = sum(1 for w in wrong if "walkout at good trust" in w)
    # the figure is the strong meetings' share; any pushy success, short gap or unprovoked
    # walkout fails the measure outright, as a false reveal does for the needs
    share = served_strong / strong if strong else 0.0
    spoiled = served_pushy or walkouts or any(g < MEETING_GAP for g in gaps.values())
    details = {"meetings": len(items), "strong": strong, "strong_all_served": served_strong,
               "pushy_all_served": served_pushy, "walkouts_at_good_trust": walkouts,
               "strong minus pushy": gaps, "outcomes": outcomes}
    return Result("meetings", 0.0 if spoiled else share, details, wrong)


def evaluate(library: ContentLibrary, kind: str, data: Path | None = None) -> Result:
    """Run one measure on the development set (or the file or folder in `data`)."""
    if kind == "natural":
        return eval_natural(library, data or DEV_DATA / FILES[kind])
    paths = [data] if data else sorted(DEV_DATA.glob(FILES[kind]))
    if not paths:
        raise FileNotFoundError(f"no {FILES[kind]} in {DEV_DATA}")
    items = [{**item, "_set": path.stem} for path in paths for item in read_jsonl(path)]
    runners: dict[str, Callable[[], Result]] = {
        "needs": lambda: eval_needs(library, items),
        "terms": lambda: eval_terms(library, items),
        "acts": lambda: eval_context_acts(library, items),
        "sentences": lambda: eval_sentences(items),
        "meetings": lambda: eval_meetings(library, items),
    }
    return runners[kind]()


def format_result(res: Result, limit: int = 40) -> str:
    lines = [f"{res.kind}: {res.figure:.3f} (target {res.target:.3g})"]
    for k, v in res.details.items():
        if isinstance(v, dict):
            lines.append(f"  {k}:")
            lines += [f"    {a}: {b}" for a, b in v.items()]
        else:
            lines.append(f"  {k}: {v}")
    if res.wrong:
        lines.append(f"  wrong ({len(res.wrong)}):")
        lines += [f"    - {w}" for w in res.wrong[:limit]]
    return "\n".join(lines)

"""Class summary over many transcripts: scores per trainee and scenario, what was missed."""

from __future__ import annotations

import csv
import html as _html
import io
import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from statistics import fmean
from typing import Any

from scoring import score_transcript
from scoring.card import COMPETENCES
from sim.content.library import ContentLibrary
from sim.transcript import TranscriptError, load_transcript

COMPETENCE_IDS = tuple(COMPETENCES)
L = {
    "trainee": {"da": "Deltager", "en": "Trainee"},
    "scenario": {"da": "Scenarie", "en": "Scenario"},
    "plays": {"da": "Møder", "en": "Meetings"},
    "overall": {"da": "Samlet", "en": "Overall"},
    "agreements": {"da": "Aftaler", "en": "Agreements"},
    "all_served": {"da": "Alle tre tjent", "en": "All three served"},
    "average": {"da": "Gennemsnit", "en": "Average"},
    "missed_needs": {"da": "Oftest overså behov", "en": "Needs most often missed"},
    "open_objections": {"da": "Oftest uhåndterede indvendinger",
                        "en": "Objections most often left open"},
    "skipped": {"da": "Sprunget over", "en": "Skipped"},
    "title": {"da": "Holdoversigt", "en": "Class summary"},
    "times": {"da": "gange", "en": "times"},
    "none": {"da": "ingen", "en": "none"},
}


def _l(key: str, lang: str) -> str:
    return L[key]["da" if lang == "da" else "en"]


@dataclass
class Row:
    """One scored meeting."""

    trainee: str
    scenario_id: str
    scenario_title: str
    overall: int
    competences: dict[str, int]
    agreement: bool
    all_served: bool
    missed_needs: list[str]
    open_objections: list[str]


@dataclass
class ClassReport:
    rows: list[Row] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, why)

    def groups(self) -> dict[tuple[str, str], list[Row]]:
        out: dict[tuple[str, str], list[Row]] = defaultdict(list)
        for row in self.rows:
            out[(row.trainee, row.scenario_id)].append(row)
        return dict(sorted(out.items()))

    def summary_rows(self) -> list[dict[str, Any]]:
        """One line per trainee and scenario, with averages."""
        lines = []
        for (trainee, sid), rows in self.groups().items():
            lines.append(_averages(rows, trainee=trainee, scenario=sid))
        return lines

    def totals(self) -> dict[str, Any]:
        return _averages(self.rows, trainee="", scenario="") if self.rows else {}

    def top_missed(self, n: int = 10) -> list[tuple[str, int]]:
        return Counter(m for r in self.rows for m in r.missed_needs).most_common(n)

    def top_open(self, n: int = 10) -> list[tuple[str, int]]:
        return Counter(o for r in self.rows for o in r.open_objections).most_common(n)


def _averages(rows: list[Row], trainee: str, scenario: str) -> dict[str, Any]:
    return {
        "trainee": trainee,
        "scenario": scenario,
        "plays": len(rows),
        "overall": round(fmean(r.overall for r in rows), 1),
        "competences": {c: round(fmean(r.competences[c] for r in rows), 1)
                        for c in COMPETENCE_IDS},
        "agreements": sum(r.agreement for r in rows),
        "all_served": sum(r.all_served for r in rows),
    }


def find_files(paths: Iterable[Path]) -> list[Path]:
    """Transcript candidates: the given files, and every *.json below given folders, sorted."""
    files: set[Path] = set()
    for path in paths:
        if path.is_dir():
            files.update(p for p in path.rglob("*.json") if p.is_file())
        else:
            files.add(path)
    return sorted(files)


def build_report(paths: Iterable[Path], library: ContentLibrary, anonymous: bool = False
                 ) -> ClassReport:
    """Score every transcript found; bad or foreign files are listed in `skipped`."""
    report = ClassReport()
    aliases: dict[str, str] = {}
    for path in find_files(paths):
        if not path.exists():
            report.skipped.append((str(path), "no such file"))
            continue
        try:
            data = load_transcript(path)
        except TranscriptError as exc:
            why = str(exc).removeprefix(f"{path}:").strip()
            report.skipped.append((str(path), f"line {why}" if why[:1].isdigit() else why))
            continue
        try:
            scenario = library.find_scenario(data["scenario_id"])
        except LookupError:
            report.skipped.append((str(path), f"unknown scenario '{data['scenario_id']}'"))
            continue
        try:
            card = score_transcript(data, scenario).to_dict()
        except (KeyError, TypeError, ValueError) as exc:
            report.skipped.append((str(path), f"cannot be scored: {exc!r}"))
            continue
        name = str(data.get("trainee") or path.stem)
        if anonymous:
            name = aliases.setdefault(name, f"#{len(aliases) + 1}")
        titles = {n.id: n.title for n in scenario.needs}
        report.rows.append(Row(
            trainee=name,
            scenario_id=scenario.id,
            scenario_title=scenario.title,
            overall=card["overall"],
            competences={c: card["competences"][c]["score"] for c in COMPETENCE_IDS},
            agreement=card["agreement"],
            all_served=card["all_parties_served"],
            missed_needs=[f"{scenario.id}: {titles.get(m['id'], m['id'])}"
                          for m in card["missed"]["needs"]],
            open_objections=[f"{scenario.id}: {o['title']}" for o in card["missed"]["objections"]],
        ))
    return report


def _names(lang: str) -> list[str]:
    return [COMPETENCES[c]["da" if lang == "da" else "en"] for c in COMPETENCE_IDS]


def to_text(report: ClassReport, lang: str = "da") -> str:
    head = [_l("trainee", lang), _l("scenario", lang), _l("plays", lang), _l("overall", lang),
            *_names(lang), _l("agreements", lang), _l("all_served", lang)]
    rows = [[r["trainee"], r["scenario"], str(r["plays"]), f"{r['overall']:g}",
             *(f"{r['competences'][c]:g}" for c in COMPETENCE_IDS), str(r["agreements"]),
             str(r["all_served"])] for r in report.summary_rows()]
    tot = report.totals()
    if tot:
        rows.append([_l("average", lang), "", str(tot["plays"]), f"{tot['overall']:g}",
                     *(f"{tot['competences'][c]:g}" for c in COMPETENCE_IDS),
                     str(tot["agreements"]), str(tot["all_served"])])
    widths = [max(len(x) for x in col) for col in zip(head, *rows, strict=True)]
    fmt = "  ".join(f"{{:{w}}}" for w in widths)
    out = [_l("title", lang), "", fmt.format(*head), fmt.format(*("-" * w for w in widths))]
    out += [fmt.format(*row) for row in rows]
    out += ["", _l("missed_needs", lang)]
    out += [f"  {n} × {m}" for m, n in report.top_missed()] or [f"  {_l('none', lang)}"]
    out += ["", _l("open_objections", lang)]
    out += [f"  {n} × {o}" for o, n in report.top_open()] or [f"  {_l('none', lang)}"]
    if report.skipped:
        out += ["", f"{_l('skipped', lang)} ({len(report.skipped)}):"]
        out += [f"  {p}: {why}" for p, why in report.skipped]
    return "\n".join(out) + "\n"


def to_csv(report: ClassReport) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["trainee", "scenario", "plays", "overall", *COMPETENCE_IDS, "agreements",
                "all_parties_served"])
    for r in report.summary_rows():
        w.writerow([r["trainee"], r["scenario"], r["plays"], r["overall"],
                    *(r["competences"][c] for c in COMPETENCE_IDS), r["agreements"],
                    r["all_served"]])
    return buf.getvalue()


def to_json(report: ClassReport) -> str:
    return json.dumps({
        "rows": report.summary_rows(),
        "totals": report.totals(),
        "missed_needs": report.top_missed(),
        "open_objections": report.top_open(),
        "skipped": [{"path": p, "why": why} for p, why in report.skipped],
    }, ensure_ascii=False, indent=2) + "\n"


def _bar_chart(values: list[tuple[str, float]], maximum: float) -> str:
    """A horizontal bar chart as inline SVG (no external assets)."""
    height = 22 * len(values) + 10
    bars = []
    for i, (label, value) in enumerate(values):
        y = 5 + i * 22
        width = 0 if maximum <= 0 else 300 * value / maximum
        bars.append(
            f"<text x='0' y='{y + 14}' font-size='13'>{_html.escape(label)}</text>"
            f"<rect x='260' y='{y}' width='{width:.1f}' height='16' fill='#1f4e8c'/>"
            f"<text x='{265 + width:.1f}' y='{y + 14}' font-size='13'>{value:g}</text>"
        )
    return (f"<svg xmlns='http://www.w3.org/2000/svg' width='640' height='{height}' "
            f"role='img'>{''.join(bars)}</svg>")


def to_html(report: ClassReport, lang: str = "da") -> str:
    e = _html.escape
    head = [_l("trainee", lang), _l("scenario", lang), _l("plays", lang), _l("overall", lang),
            *_names(lang), _l("agreements", lang), _l("all_served", lang)]
    body = "".join(
        "<tr>" + "".join(f"<td>{e(str(x))}</td>" for x in (
            r["trainee"], r["scenario"], r["plays"], r["overall"],
            *(r["competences"][c] for c in COMPETENCE_IDS), r["agreements"], r["all_served"]))
        + "</tr>" for r in report.summary_rows()
    )
    tot = report.totals()
    charts = ""
    if tot:
        comp = list(zip(_names(lang), (tot["competences"][c] for c in COMPETENCE_IDS),
                        strict=True))
        charts += f"<h2>{e(_l('average', lang))}</h2>" + _bar_chart(comp, 100)
    missed = report.top_missed()
    if missed:
        charts += f"<h2>{e(_l('missed_needs', lang))}</h2>" + _bar_chart(
            [(m, float(n)) for m, n in missed], max(n for _, n in missed))
    opened = report.top_open()
    if opened:
        charts += f"<h2>{e(_l('open_objections', lang))}</h2>" + _bar_chart(
            [(o, float(n)) for o, n in opened], max(n for _, n in opened))
    skipped = "".join(f"<li>{e(p)}: {e(why)}</li>" for p, why in report.skipped)
    return (
        f"<!DOCTYPE html><html lang={lang}><head><meta charset=utf-8>"
        f"<title>{e(_l('title', lang))}</title><style>body{{font-family:system-ui,sans-serif;"
        f"margin:2rem;color:#111}}table{{border-collapse:collapse}}td,th{{border:1px solid "
        f"#bbb;padding:.25rem .5rem}}</style></head><body><h1>{e(_l('title', lang))}</h1>"
        f"<table><tr>{''.join(f'<th>{e(h)}</th>' for h in head)}</tr>{body}</table>{charts}"
        + (f"<h2>{e(_l('skipped', lang))}</h2><ul>{skipped}</ul>" if skipped else "")
        + "</body></html>\n"
    )

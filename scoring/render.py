"""The scorecard as plain text, Markdown and a standalone HTML page (with the transcript)."""

from __future__ import annotations

import html as _html
from typing import Any

from scoring.card import Scorecard, cited, points_label, turn_points

L = {
    "title": {"da": "Vurdering", "en": "Assessment"},
    "overall": {"da": "Samlet", "en": "Overall"},
    "competence": {"da": "Kompetence", "en": "Competence"},
    "score": {"da": "Point", "en": "Score"},
    "band": {"da": "Niveau", "en": "Band"},
    "parties": {"da": "Tjener aftalen alle tre parter?", "en": "Does the deal serve all three?"},
    "company": {"da": "Virksomheden", "en": "The company"},
    "citizen": {"da": "Borgeren", "en": "The citizen"},
    "jobcentre": {"da": "Jobcentret", "en": "The jobcentre"},
    "served": {"da": "tjent", "en": "served"},
    "not_served": {"da": "ikke tjent", "en": "not served"},
    "all_served": {"da": "Aftalen tjener alle tre parter", "en": "The deal serves all three"},
    "not_all": {"da": "Aftalen tjener ikke alle tre parter", "en": "Not all three are served"},
    "missed": {"da": "Forpassede muligheder", "en": "Missed opportunities"},
    "missed_need": {"da": "Behov ikke afdækket", "en": "Need not uncovered"},
    "ask_about": {"da": "spørg til", "en": "ask about"},
    "touched": {"da": "du var inde på det i tur", "en": "you came to it in turn"},
    "it_takes": {"da": "det kommer frem med", "en": "it comes out with"},
    "with": {"da": "med", "en": "with"},
    "hinted": {"da": "antydet i tur", "en": "hinted at in turn"},
    "open_obj": {"da": "Indvending ikke håndteret", "en": "Objection left open"},
    "bvt": {"da": "Det du fik at vide – og virkeligheden", "en": "Believed vs true"},
    "believed": {"da": "Du afdækkede", "en": "You uncovered"},
    "true": {"da": "Virksomhedens reelle behov", "en": "The company's real needs"},
    "situation": {"da": "Situationen", "en": "The situation"},
    "alternative": {"da": "Virksomhedens alternativ", "en": "The company's alternative"},
    "turns": {"da": "ture", "en": "turns"},
    "turn": {"da": "tur", "en": "turn"},
    "transcript": {"da": "Samtalen", "en": "Transcript"},
    "nothing": {"da": "ingen", "en": "none"},
    "consultant": {"da": "Konsulent", "en": "Consultant"},
    "ended": {"da": "mødet afsluttes", "en": "the meeting is ended"},
}


def _l(key: str, lang: str) -> str:
    return L[key]["da" if lang == "da" else "en"]


def _card(card: Scorecard | dict[str, Any]) -> dict[str, Any]:
    return card.to_dict() if isinstance(card, Scorecard) else card


def _turns(turns: list[int], lang: str) -> str:
    if not turns:
        return ""
    word = _l("turn" if len(turns) == 1 else "turns", lang)
    return f" ({word} {', '.join(map(str, turns))})"


def _missed_need_line(m: dict[str, Any], lang: str) -> str:
    topics = ", ".join(m["topics"])
    touched = m.get("touched_turns") or []
    if touched:  # asked about, not asked the way it takes: the how, with where it was near
        line = (
            f"{_l('missed_need', lang)}: {m['title']} – {_l('touched', lang)} "
            f"{', '.join(map(str, touched))}; {_l('it_takes', lang)} {m['how'][lang]}"
        )
    else:
        line = (
            f"{_l('missed_need', lang)}: {m['title']} – {_l('ask_about', lang)} {topics} "
            f"{_l('with', lang)} {m['how'][lang]}"
        )
    if m["hinted_turns"]:
        line += f"; {_l('hinted', lang)} {', '.join(map(str, m['hinted_turns']))}"
    return line


def text(card: Scorecard | dict[str, Any], lang: str = "da") -> str:
    """Plain text, for the terminal."""
    c = _card(card)
    out = [f"{_l('title', lang)}: {_l('overall', lang)} {c['overall']}/100 ({c['band'][lang]})", ""]
    for comp in c["competences"].values():
        out.append(f"{comp['name'][lang]:28s} {comp['score']:3d}  {comp['band'][lang]}")
        for item in comp["items"]:
            sign = points_label(item)
            out.append(f"    {sign:>7s}  {item[lang]}{_turns(item['turns'], lang)}")
            out += [f"             {line}" for line in cited(item, lang)]
    out += ["", _l("parties", lang)]
    for party, v in c["parties"].items():
        state = _l("served" if v["served"] else "not_served", lang)
        out.append(f"  {_l(party, lang)}: {state}")
        for r in v["reasons"]:
            out.append(f"    {'+' if r['ok'] else '-'} {r[lang]}")
    out.append(_l("all_served" if c["all_parties_served"] else "not_all", lang))
    missed = c["missed"]
    if missed["needs"] or missed["objections"]:
        out += ["", _l("missed", lang)]
        out += [f"  - {_missed_need_line(m, lang)}" for m in missed["needs"]]
        out += [
            f"  - {_l('open_obj', lang)}: {o['title']} – {o['debrief']}"
            for o in missed["objections"]
        ]
    bvt = c["believed_vs_true"]
    out += [
        "",
        _l("bvt", lang),
        f"  {_l('believed', lang)}: {', '.join(bvt['believed']) or _l('nothing', lang)}",
        f"  {_l('true', lang)}: {', '.join(bvt['true'])}",
        f"  {_l('situation', lang)}: {bvt['situation']}",
        f"  {_l('alternative', lang)}: {bvt['alternative']}",
    ]
    return "\n".join(out) + "\n"


def _md_escape(value: str) -> str:
    return value.replace("|", "\\|").replace("\n", " ")


def markdown(card: Scorecard | dict[str, Any], lang: str = "da") -> str:
    """Markdown: a table of competences, the verdicts, missed chances and believed vs true."""
    c = _card(card)
    out = [
        f"## {_l('title', lang)}: {c['overall']}/100 – {c['band'][lang]}",
        "",
        f"| {_l('competence', lang)} | {_l('score', lang)} | {_l('band', lang)} |",
        "| --- | ---: | --- |",
    ]
    for comp in c["competences"].values():
        out.append(f"| {comp['name'][lang]} | {comp['score']} | {comp['band'][lang]} |")
    for comp in c["competences"].values():
        out += ["", f"### {comp['name'][lang]} ({comp['score']})", ""]
        for item in comp["items"]:
            pts = points_label(item)
            out.append(f"- **{pts}** {_md_escape(item[lang])}{_turns(item['turns'], lang)}")
            out += [f"  - {_md_escape(line)}" for line in cited(item, lang)]
    out += ["", f"### {_l('parties', lang)}", ""]
    for party, v in c["parties"].items():
        out.append(
            f"- **{_l(party, lang)}: {_l('served' if v['served'] else 'not_served', lang)}**"
        )
        out += [f"  - {'✓' if r['ok'] else '✗'} {_md_escape(r[lang])}" for r in v["reasons"]]
    out.append("")
    out.append(f"**{_l('all_served' if c['all_parties_served'] else 'not_all', lang)}**")
    missed = c["missed"]
    if missed["needs"] or missed["objections"]:
        out += ["", f"### {_l('missed', lang)}", ""]
        out += [f"- {_md_escape(_missed_need_line(m, lang))}" for m in missed["needs"]]
        out += [
            f"- {_l('open_obj', lang)}: {_md_escape(o['title'])} – {_md_escape(o['debrief'])}"
            for o in missed["objections"]
        ]
    bvt = c["believed_vs_true"]
    out += [
        "",
        f"### {_l('bvt', lang)}",
        "",
        f"- **{_l('believed', lang)}:** {_md_escape(', '.join(bvt['believed']) or '–')}",
        f"- **{_l('true', lang)}:** {_md_escape(', '.join(bvt['true']))}",
        f"- **{_l('situation', lang)}:** {_md_escape(bvt['situation'])}",
        f"- **{_l('alternative', lang)}:** {_md_escape(bvt['alternative'])}",
    ]
    return "\n".join(out) + "\n"


def _point_text(entry: dict[str, Any], lang: str) -> str:
    """'Hilste og åbnede mødet (Mødeledelse)': a turn's score item and its competence."""
    name = (entry.get("competence_name") or {}).get(lang) or entry["competence"]
    return f"{entry[lang]} ({name})"


def transcript_markdown(
    transcript: dict[str, Any], lang: str = "da", card: Scorecard | dict[str, Any] | None = None
) -> str:
    """The turns; with a scorecard, each turn followed by the points it earned or lost."""
    consultant = _l("consultant", lang)
    points = turn_points(card) if card is not None else {}
    out = [f"## {_l('transcript', lang)}", ""]
    for turn in transcript["turns"]:
        if turn["action"] == "say":
            acts = ", ".join(turn["acts"])
            out.append(f"**{turn['n']}. {consultant}:** {_md_escape(turn['text'])}  ")
            out.append(f"<sub>{acts}</sub>  ")
        else:
            out.append(f"**{turn['n']}.** *({_l('ended', lang)})*  ")
        for reply in turn["replies"]:
            out.append(f"**{_md_escape(reply['name'])}:** {_md_escape(reply['text'])}  ")
        for entry in points.get(turn["n"], []):
            out.append(f"> **{entry['label']}** {_md_escape(_point_text(entry, lang))}  ")
        out.append("")
    return "\n".join(out)


def full_markdown(
    transcript: dict[str, Any], card: Scorecard | dict[str, Any], lang: str = "da"
) -> str:
    """The transcript and its scorecard as one Markdown document."""
    head = f"# {transcript.get('scenario_title', transcript['scenario_id'])}\n\n"
    return head + markdown(card, lang) + "\n" + transcript_markdown(transcript, lang, card)


# On screen the scorecard stays beside the turns (sticky) on wide windows and goes above them on
# narrow ones; on paper everything is one column, and a turn or an item is never split.
CSS = """
body{font-family:system-ui,sans-serif;max-width:80rem;margin:2rem auto;padding:0 1rem;
color:#111;background:#fff;line-height:1.45}
.grid{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:2rem;align-items:start}
.card{position:sticky;top:0;max-height:100vh;overflow:auto}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ccc;padding:.3rem;
text-align:left}td.n{text-align:right}
.t{margin:.6rem 0;padding-bottom:.4rem;border-bottom:1px solid #e4e4e4}
.turn{margin:.3rem 0}.who{font-weight:700}.acts{color:#555;font-size:.85em}
.pts{list-style:none;margin:.2rem 0 0 1rem;padding:0;font-size:.9em}
.pts b{display:inline-block;min-width:4.5em}
.words{list-style:none;margin:.1rem 0 .3rem 0;padding-left:1rem;color:#444;font-size:.88em}
.ok,.earned{color:#075e07}.no,.lost{color:#8a0000}.partial{color:#6b4400}.neutral{color:#555}
.employer .who{color:#003f8a}.citizen .who{color:#6b2e00}
@media (max-width:60rem){.grid{grid-template-columns:1fr}.card{position:static;max-height:none}}
@media print{body{margin:0;max-width:none;font-size:10.5pt}.grid{display:block}
.card{position:static;max-height:none;overflow:visible}.t,li,tr,h4{break-inside:avoid}
h2,h3,h4{break-after:avoid}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
"""


def html(card: Scorecard | dict[str, Any], transcript: dict[str, Any], lang: str = "da") -> str:
    """A standalone page (no external assets): the scorecard beside the turns on screen, one
    column on paper; each turn lists the points it earned or lost."""
    c = _card(card)
    e = _html.escape
    rows = "".join(
        f"<tr><td>{e(comp['name'][lang])}</td><td class=n>{comp['score']}</td>"
        f"<td>{e(comp['band'][lang])}</td></tr>"
        for comp in c["competences"].values()
    )
    details = []
    for comp in c["competences"].values():
        items = "".join(
            f"<li><b>{e(points_label(item))}</b> {e(item[lang])}{e(_turns(item['turns'], lang))}"
            + ("<ul class=words>" + "".join(f"<li>{e(line)}</li>" for line in cited(item, lang))
               + "</ul>" if item.get("words") else "")
            + "</li>"
            for item in comp["items"]
        )
        details.append(f"<h3>{e(comp['name'][lang])} ({comp['score']})</h3><ul>{items}</ul>")
    parties = []
    for party, v in c["parties"].items():
        reasons = "".join(
            f"<li class={'ok' if r['ok'] else 'no'}>{'✓' if r['ok'] else '✗'} {e(r[lang])}</li>"
            for r in v["reasons"]
        )
        state = _l("served" if v["served"] else "not_served", lang)
        parties.append(f"<h4>{e(_l(party, lang))}: {e(state)}</h4><ul>{reasons}</ul>")
    missed = "".join(f"<li>{e(_missed_need_line(m, lang))}</li>" for m in c["missed"]["needs"])
    missed += "".join(
        f"<li>{e(_l('open_obj', lang))}: {e(o['title'])} – {e(o['debrief'])}</li>"
        for o in c["missed"]["objections"]
    )
    bvt = c["believed_vs_true"]
    consultant = _l("consultant", lang)
    points = turn_points(c)
    turns = []
    for turn in transcript["turns"]:
        parts = []
        if turn["action"] == "say":
            parts.append(
                f"<div class='turn trainee'><span class=who>{turn['n']}. {consultant}:"
                f"</span> {e(turn['text'])}<div class=acts>"
                f"{e(', '.join(turn['acts']))}</div></div>"
            )
        else:
            parts.append(
                f"<div class='turn trainee'><span class=who>{turn['n']}.</span> "
                f"<i>({e(_l('ended', lang))})</i></div>"
            )
        for reply in turn["replies"]:
            parts.append(
                f"<div class='turn {e(reply['speaker'])}'><span class=who>"
                f"{e(reply['name'])}:</span> {e(reply['text'])}</div>"
            )
        earned = "".join(
            f"<li class={p['tone']}><b>{e(p['label'])}</b> {e(_point_text(p, lang))}</li>"
            for p in points.get(turn["n"], [])
        )
        if earned:
            parts.append(f"<ul class=pts>{earned}</ul>")
        turns.append(f"<article class=t id=turn-{turn['n']}>{''.join(parts)}</article>")
    title = e(transcript.get("scenario_title", transcript["scenario_id"]))
    return (
        f"<!DOCTYPE html><html lang={lang}><head><meta charset=utf-8><title>{title}</title>"
        f"<style>{CSS}</style></head><body><h1>{title}</h1><div class=grid><section class=card>"
        f"<h2>{e(_l('title', lang))}: {c['overall']}/100 – {e(c['band'][lang])}</h2>"
        f"<table><tr><th>{e(_l('competence', lang))}</th><th>{e(_l('score', lang))}</th>"
        f"<th>{e(_l('band', lang))}</th></tr>{rows}</table>{''.join(details)}"
        f"<h3>{e(_l('parties', lang))}</h3>{''.join(parties)}"
        f"<p><b>{e(_l('all_served' if c['all_parties_served'] else 'not_all', lang))}</b></p>"
        + (f"<h3>{e(_l('missed', lang))}</h3><ul>{missed}</ul>" if missed else "")
        + f"<h3>{e(_l('bvt', lang))}</h3><p><b>{e(_l('believed', lang))}:</b> "
        f"{e(', '.join(bvt['believed']) or '–')}</p><p><b>{e(_l('true', lang))}:</b> "
        f"{e(', '.join(bvt['true']))}</p><p><b>{e(_l('situation', lang))}:</b> "
        f"{e(bvt['situation'])}</p><p><b>{e(_l('alternative', lang))}:</b> "
        f"{e(bvt['alternative'])}</p></section><section><h2>{e(_l('transcript', lang))}</h2>"
        f"{''.join(turns)}</section></div></body></html>\n"
    )

"""What set H's consultants wrote and the engine misread: concerns asked for in other words,
days and time asked of the company, sentences about the employer, where the work is done, a
diagnosis named in a pitch, a sum taken for an offer, and implication asked yes/no."""

from __future__ import annotations

import pytest

from sim.content.library import ContentLibrary
from sim.engine.meeting import Meeting
from sim.reading.turn import TurnReader


def _reader(lib: ContentLibrary, sid: str) -> TurnReader:
    s = lib.scenarios[sid]
    return TurnReader(s, lib.personas[s.company.persona])


@pytest.mark.parametrize("text", [
    "Mette, har du nogle bekymringer, nu hvor I ikke har prøvet det her før?",
    "Hvad mangler du at have på plads for at være tryg ved det?",
    "Hvad skal der til, for at du kan sige ja til det?",
])
def test_concerns_asked_for_in_other_words(bundled_library, text: str) -> None:
    assert _reader(bundled_library, "dagligvare-angst").read(text).asks_for_concerns


@pytest.mark.parametrize("text, days, time", [
    ("Hvilke formiddage passer bedst for jer, hvis Sara skulle komme to gange om ugen?", True,
     False),
    ("Hvornår på ugen passer det jer bedst?", True, False),
    ("Hvor meget tid forestiller du dig, hun skal bruge på det de første uger?", False, True),
    ("Hvad skal der til, før du kan sende regningen?", False, False),
])
def test_days_and_time_asked_of_the_company(bundled_library, text: str, days: bool,
                                           time: bool) -> None:
    r = _reader(bundled_library, "dagligvare-angst").read(text)
    assert (r.asks_days, r.asks_time_for_candidate) == (days, time)


def test_a_sentence_about_the_employer_puts_no_days(bundled_library) -> None:
    r = _reader(bundled_library, "el-installatoer-praktik").read(
        "Hej Camilla, det er helt i orden – Lotte bider ikke, hun tæller bare kabelsko om "
        "søndagen. Lotte, så lad os gøre en almindelig tirsdag konkret: Camilla møder tirsdag, "
        "onsdag og torsdag fra 8 til 12, altså 12 timer.")
    assert r.terms.days == ("tue", "wed", "thu") and r.terms.hours_per_week == 12


@pytest.mark.parametrize("said, tasks, without", [
    ("Hun rydder op og får styr på lageret.", {"warehouse_order"}, set()),
    ("Ingen telefon, ingen kunder, ingen byggepladser.", set(), {"site_cleanup"}),
    ("Hun kan tage oprydning og affaldssortering på byggepladserne.", {"site_cleanup"}, set()),
])
def test_where_the_work_is_done_sets_the_task(bundled_library, said: str, tasks: set,
                                             without: set) -> None:
    r = _reader(bundled_library, "el-installatoer-praktik").read(
        f"Camilla møder tirsdag fra 8 til 12. {said}")
    assert set(r.terms.tasks) == tasks and set(r.terms.without_tasks) == without


def _meeting(lib: ContentLibrary, sid: str) -> Meeting:
    s = lib.scenarios[sid]
    return Meeting(s, lib.personas[s.company.persona], seed=1)


def test_naming_the_diagnosis_in_a_pitch_raises_the_worry_it_does_not_preempt_it(
    bundled_library,
) -> None:
    m = _meeting(bundled_library, "dagligvare-angst")
    m.take_turn("Goddag Mette, jeg hedder Louise og er fra jobcentret.")
    m.take_turn("Hvordan ser det ud i pantrummet en travl formiddag?")
    rec = m.take_turn(
        "Jeg har en borger, Sara på 27, som har arbejdet i et flaskerum. Hun har angst og er i "
        "et ressourceforløb, og nu er hun klar til en virksomhedspraktik – 6 til 10 timer om "
        "ugen, uden kundekontakt i starten og med én fast person at gå til. Hvad tænker du?")
    preempted = {e["id"] for e in rec["events"] if e["type"] == "objection_preempted"}
    assert "mental_crisis" not in preempted
    assert m.state.objections["mental_crisis"].raised_turn == rec["n"]


def test_a_sum_taken_for_an_offer_raises_nothing_and_a_yes_no_implication_reveals(
    bundled_library,
) -> None:
    m = _meeting(bundled_library, "el-installatoer-praktik")
    m.take_turn("Hej Lotte, Jesper fra jobcentret. Hvor mange timer om ugen går der med ting, du "
                "ikke kan fakturere?")
    rec = m.take_turn("6.000 om dagen – det er jo 30.000 om ugen, og over et år er vi oppe over en "
                      "million. Betyder det også, at I siger nej til opgaver, fordi folk ikke har "
                      "timerne?")
    kinds = {e["type"]: e.get("id") for e in rec["events"]}
    assert "objection_raised" not in kinds
    assert kinds.get("need_revealed") == "orders_declined"


def test_a_worry_being_dealt_with_is_not_joined_by_the_next(bundled_library) -> None:
    from pathlib import Path

    from sim.evaluation import play_lines

    played = Path(__file__).resolve().parents[1] / "data/eval/judged/played_h"
    lines = (played / "el-installatoer-praktik.1.txt").read_text(encoding="utf-8").splitlines()
    assert lines[5].startswith("Forståeligt.")  # acknowledges the safety worry of turn 5
    doc = play_lines(bundled_library, "el-installatoer-praktik", lines[:6])
    last = doc["turns"][-1]
    kinds = [e["type"] for e in last["events"]]
    assert "objection_acknowledged" in kinds and "objection_raised" not in kinds, kinds


@pytest.mark.parametrize("said, follow_up, start", [
    ("Vi laver en virksomhedspraktik på 12 timer. Og så kommer jeg selv ud efter en uge.",
     "efter 1 uge", None),
    ("Skal vi sige start mandag om 14 dage, og opfølgning med mig efter tre uger?",
     "efter 3 uger", "mandag"),
])
def test_the_follow_up_is_the_visit_not_the_start(bundled_library, said: str, follow_up: str,
                                                 start: str | None) -> None:
    t = _reader(bundled_library, "el-installatoer-praktik").terms.read(said).terms
    assert (t.follow_up, t.start) == (follow_up, start)


def test_a_sum_on_the_companys_money_is_a_case_with_figures_and_a_payoff_in_amounts(
    bundled_library,
) -> None:
    from scoring.competences import argues_with_figures

    r = _reader(bundled_library, "el-installatoer-praktik").read(
        "6.000 om dagen – det er jo 30.000 om ugen, og over et år er vi oppe over en million. "
        "Hvis nogen havde plukket og pakket varerne til hver bil dagen før, hvor meget af den "
        "time pr. mand ville du så få tilbage?")
    first, second = r.sentences[0], r.sentences[-1]
    assert "business_case" in first["acts"] and argues_with_figures(first)
    assert second["spin"] == "need_payoff"


def test_a_bare_follow_up_on_a_hint_asks_about_that_need_and_a_number_gets_its_figures(
    bundled_library,
) -> None:
    from pathlib import Path

    from sim.evaluation import play_lines

    played = Path(__file__).resolve().parents[1] / "data/eval/judged/played_h"
    lines = (played / "el-installatoer-praktik.2.txt").read_text(encoding="utf-8").splitlines()
    assert lines[5] == "hvor mange?"
    doc = play_lines(bundled_library, "el-installatoer-praktik", lines[:6])
    hinted = [e.get("need") for e in doc["turns"][-2]["events"] if e["type"] == "hint"]
    last = doc["turns"][-1]
    told = [e["id"] for e in last["events"] if e["type"] == "need_revealed"]
    assert hinted and told == hinted
    need = next(n for n in bundled_library.scenarios["el-installatoer-praktik"].needs
                if n.id == told[0])
    assert last["replies"][0]["text"] == need.figures


def test_what_solving_a_need_would_mean_is_told_even_right_after_the_need_was_said_again(
    bundled_library,
) -> None:
    from pathlib import Path

    from sim.evaluation import play_lines

    played = Path(__file__).resolve().parents[1] / "data/eval/judged/played_h"
    lines = (played / "el-installatoer-praktik.2.txt").read_text(encoding="utf-8").splitlines()
    assert "hvad ville det betyde?" in lines[14]
    doc = play_lines(bundled_library, "el-installatoer-praktik", lines[:15])
    gains = {n.gain for n in bundled_library.scenarios["el-installatoer-praktik"].needs}
    said = doc["turns"][-1]["replies"][0]["text"]
    assert any(g and g in said for g in gains), said


def test_a_need_line_that_takes_a_word_up_is_said_only_to_one_who_said_it(
    bundled_library,
) -> None:
    from sim.engine.employer import _TAKES_UP

    s = bundled_library.scenarios["dagligvare-angst"]
    need = next(n for n in s.needs if n.id == "bottle_return_pileup")
    assert any(_TAKES_UP.match(x) for x in need.lines)  # "Pantrummet, ja. …"
    m = _meeting(bundled_library, "dagligvare-angst")
    m.take_turn("Hej Mette, tak fordi du ville tage dig tid.")
    rec = m.take_turn("Hvordan ser bemandingen ud, og hvor går tiden?")
    said = rec["replies"][0]["text"]
    told = [e["id"] for e in rec["events"] if e["type"] == "need_revealed"]
    assert told == ["bottle_return_pileup"]
    assert not _TAKES_UP.match(said), said


@pytest.mark.parametrize("text", [
    "Dav Jørgen, godt du er her. Hvad har du lavet mest af i Skjern, og hvad er du god til?",
    "Og ryggen, Jørgen – hvordan er den i hverdagen? Hvad kan du holde til?",
])
def test_a_question_called_to_the_citizen_goes_to_the_citizen(bundled_library, text: str) -> None:
    r = _reader(bundled_library, "staal-smed-fleksjob").read(text, citizen_present=True)
    assert r.addressee == "citizen"


def test_the_companys_own_clock_is_no_schedule(bundled_library) -> None:
    r = _reader(bundled_library, "dagligvare-angst").read(
        "Fra I låser op kl. 7 og et par timer frem – hvordan ser en typisk morgen ud her?")
    assert r.terms.is_empty()


def test_hours_of_one_sitting_are_no_week_and_16_hours_raise_no_few_hours_worry(
    bundled_library,
) -> None:
    r = _reader(bundled_library, "staal-smed-fleksjob")
    assert r.terms.read("Godt, fire timer med en pause og skift af stilling.").terms.is_empty()
    assert r.terms.read("Han tager fire timer i træk.").terms.is_empty()
    s = bundled_library.scenarios["staal-smed-fleksjob"]
    (trig,) = next(o for o in s.objections if o.id == "few_hours").triggers
    assert trig.hours_below is not None and trig.hours_below <= 16


def test_told_the_citizen_waits_outside_the_employer_asks_them_in_without_asking_if_they_came(
    bundled_library,
) -> None:
    from sim.engine.lines import DEFAULT_LINES

    m = _meeting(bundled_library, "staal-smed-fleksjob")
    m.take_turn("Goddag Henrik. Jeg har Jørgen med – han venter ude i kantinen.")
    m.take_turn("Hvad bruger dine smede tiden på i dag?")
    m.take_turn("Jørgen er udlært klejnsmed. Han kunne tage afgratning af småemner ved et "
                "hæve-sænkebord fire formiddage om ugen, 16 timer, i en virksomhedspraktik.")
    assert m.state.open_objections()  # a worry first; the fetch waits for it
    rec = m.take_turn("Det forstår jeg godt, og det beklager jeg. Denne gang har jeg matchet "
                      "Jørgen på jeres opgaver, og jeg er din faste kontakt og ringer tilbage "
                      "samme dag.")
    assert any(e["type"] == "citizen_joined" for e in rec["events"])
    said = rec["replies"][0]["text"]
    fetch = [x.replace("{citizen}", "Jørgen") for x in DEFAULT_LINES["fetch_waiting"]["da"]]
    assert any(said.endswith(x) for x in fetch), said


def test_a_proposal_put_as_a_picture_is_a_proposal(bundled_library) -> None:
    r = _reader(bundled_library, "dagligvare-angst").read(
        "Kunne man forestille sig, at Sara de første uger tog pantrummet og pappet bag ved?")
    assert "proposal" in r.certain_set
    assert {"bottle_return", "cardboard_baler"} <= set(r.terms.tasks)


def test_a_step_for_later_put_after_a_dash_is_no_term_now(bundled_library) -> None:
    r = _reader(bundled_library, "dagligvare-angst").read(
        "Kunne man forestille sig, at Sara tog pantrummet – og at hun så senere, når hun er "
        "tryg, begynder at hjælpe med datokontrollen?")
    assert "bottle_return" in r.terms.tasks and "date_check" not in r.terms.tasks


def test_owning_ones_own_sides_fault_is_no_pressure() -> None:
    from sim.reading.acts import read_turn

    owned = read_turn("Jeg kan godt se i vores journal, at der ikke blev fulgt op. Det er ikke i "
                      "orden. Hvad skete der egentlig dengang?")
    assert "pressure" not in owned.acts and "acknowledge" in owned.acts
    assert "pressure" in read_turn("Du siger nej til hende. Det er ikke i orden.").acts


@pytest.mark.parametrize("said, follow_up", [
    ("Jeg kommer efter første uge, og i uge tre sætter vi tre os sammen og beslutter det.",
     "efter første uge"),
    ("Jeg kommer om to uger og ser, hvordan det går.", "om 2 uger"),
])
def test_the_consultants_coming_back_is_the_follow_up(bundled_library, said: str,
                                                      follow_up: str) -> None:
    t = _reader(bundled_library, "staal-smed-fleksjob").terms.read(said).terms
    assert t.follow_up == follow_up


def test_being_in_treatment_named_is_no_private_detail_told(bundled_library) -> None:
    r = _reader(bundled_library, "el-installatoer-praktik").read(
        "Hun har været sygemeldt med stress, er i behandling og har det meget bedre nu.")
    assert not r.shares


def test_hours_the_jobcentre_pays_one_of_the_staff_are_no_candidate_hours(bundled_library) -> None:
    r = _reader(bundled_library, "el-installatoer-praktik").read(
        "Det kan vi godt. Jobcentret betaler en af dine folk for et par timer om ugen de første "
        "uger til at sætte hende ind i det. Hvem kender lageret bedst?")
    assert r.terms.hours_per_week is None


def test_a_decision_asked_of_the_table_is_answered_by_the_employer_too(bundled_library) -> None:
    from pathlib import Path

    from sim.evaluation import play_lines

    played = Path(__file__).resolve().parents[1] / "data/eval/judged/played_h"
    lines = (played / "el-installatoer-praktik.2.txt").read_text(encoding="utf-8").splitlines()
    assert lines[21].rstrip().endswith("aftale?") and "camilla:" in lines[21]
    doc = play_lines(bundled_library, "el-installatoer-praktik", lines[:22])
    last = doc["turns"][-1]
    assert any(e["type"] == "terms_verdict" for e in last["events"])
    assert doc["outcome"]["phase"] == "agreement"


def test_the_person_named_in_any_employer_line_is_the_deals_contact(bundled_library) -> None:
    from pathlib import Path

    from sim.engine.meeting import contact_names
    from sim.evaluation import play_lines

    mette = bundled_library.personas["mette-holm"]
    assert contact_names(mette.lines["contact_person"], mette.name.split()) == {"Susanne"}
    played = Path(__file__).resolve().parents[1] / "data/eval/judged/played_h"
    lines = (played / "dagligvare-angst.2.txt").read_text(encoding="utf-8").splitlines()
    doc = play_lines(bundled_library, "dagligvare-angst", lines[:11])
    named = doc["turns"][9]["replies"][0]["text"]
    assert "Susanne" in named  # said in a concern's answer, not asked for
    after = " ".join(r["text"] for r in doc["turns"][10]["replies"] if r["speaker"] == "employer")
    assert "kontaktperson" not in after  # not asked for again as the price of a yes


@pytest.mark.parametrize("text", [
    "Så hvis jeg hører dig rigtigt, så er det ikke bare pantrummet, men at det trækker folk væk.",
    "Så det, jeg hører, er, at når der er pres på, så er det alt det bag kulisserne, der ryger.",
    "Hvis jeg skal sige det med mine egne ord: I har færre hænder end sidste år.",
    "Lad mig lige samle op: I mangler folk om morgenen.",
])
def test_a_summary_in_the_consultants_own_frame_is_read_for_certain(text: str) -> None:
    from sim.reading.acts import read_turn

    first = read_turn(text).sentences[0]
    assert "summarize" in first.acts and "summarize" not in first.guessed

"""Unit tests of sim.reading.terms: free-text term extraction in Danish and English."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sim.agreement import WEEKDAYS, Terms, TermsExtraction
from sim.reading.terms import TermsReader, parse_number, parse_range
from sim.vocab import Scheme, Support

TASKS: dict[str, list[str]] = {
    "oprydning": ["oprydning", "rydde op", "tidying", "tidy up"],
    "afgratning": ["afgratning", "afgrate", "deburring"],
    "pakning": ["pakning", "pakke varer", "packing"],
    "kasse": ["ved kassen", "kasseekspedition", "checkout"],
    "vareopfyldning": ["vareopfyldning", "fylde varer op", "restocking"],
}

READER = TermsReader(TASKS)
MON_THU = ("mon", "tue", "wed", "thu")
MON_FRI = ("mon", "tue", "wed", "thu", "fri")


def read(text: str) -> Terms:
    return READER.read(text).terms


# text -> the complete Terms expected (anything not listed must stay unset)
CASES: list[tuple[str, dict[str, Any]]] = [
    # the brief's examples
    (
        "hvad med fire ugers praktik, 12 timer om ugen med oprydning og en mentor de første uger?",
        dict(
            scheme="virksomhedspraktik",
            weeks=4,
            hours_per_week=12.0,
            tasks=("oprydning",),
            support=("mentor",),
        ),
    ),
    (
        "Jeg foreslår otte ugers virksomhedspraktik med 15 timer om ugen fra 1. marts",
        dict(scheme="virksomhedspraktik", weeks=8, hours_per_week=15.0, start="1. marts"),
    ),
    ("tre formiddage om ugen fra 8 til 11", dict(hours_per_week=9.0, times="08:00-11:00")),
    (
        "how about a six-week work trial, ten hours a week, starting Monday, without a mentor",
        dict(
            scheme="virksomhedspraktik",
            weeks=6,
            hours_per_week=10.0,
            start="Monday",
            without_support=("mentor",),
        ),
    ),
    ("vi følger op efter to uger", dict(follow_up="efter 2 uger")),
    (
        "fleksjob på 15 timer, mandag til torsdag",
        dict(scheme="fleksjob", hours_per_week=15.0, days=MON_THU),
    ),
    # numbers in words and digits, ranges take the upper bound
    ("femogtyve timer om ugen", dict(hours_per_week=25.0)),
    ("7,5 timer om ugen", dict(hours_per_week=7.5)),
    ("7.5 hours per week", dict(hours_per_week=7.5)),
    ("10-12 timer om ugen", dict(hours_per_week=12.0)),
    ("mellem ti og tolv timer ugentligt", dict(hours_per_week=12.0)),
    ("twenty-one hours a week for twelve weeks", dict(hours_per_week=21.0, weeks=12)),
    ("halvanden time om ugen", dict(hours_per_week=1.5)),
    ("small job, a couple of hours a week", dict(scheme="smaajob", hours_per_week=2.0)),
    ("15 t/uge i 13 uger", dict(hours_per_week=15.0, weeks=13)),
    ("15 hrs/week", dict(hours_per_week=15.0)),
    ("ordinært job på fuld tid", dict(scheme="ordinaert_job", hours_per_week=37.0)),
    # hours derived from a daily span and days
    (
        "kl. 7.30–10 mandag, onsdag og fredag",
        dict(hours_per_week=7.5, times="07:30-10:00", days=("mon", "wed", "fri")),
    ),
    ("4 timer om dagen på hverdage", dict(hours_per_week=20.0, days=MON_FRI)),
    ("tre dage om ugen à fire timer", dict(hours_per_week=12.0)),
    ("three mornings a week, 3 hours a day", dict(hours_per_week=9.0)),
    (
        "Mon-Thu 9am-1pm",
        dict(hours_per_week=16.0, times="09:00-13:00", days=MON_THU),
    ),
    ("han kan 8-12 hver dag", dict(hours_per_week=20.0, times="08:00-12:00")),
    ("fra 8 til 11", dict(times="08:00-11:00")),  # a daily span alone: no weekly hours
    # weeks and months
    ("løntilskud i 6 måneder", dict(scheme="loentilskud", weeks=26)),
    ("et halvt års løntilskud", dict(scheme="loentilskud", weeks=26)),
    ("a three-month wage subsidy", dict(scheme="loentilskud", weeks=13)),
    ("to måneders praktik", dict(scheme="virksomhedspraktik", weeks=9)),
    ("a couple of weeks", dict(weeks=2)),
    (
        "en mentor i fire uger og otte ugers praktik",
        dict(scheme="virksomhedspraktik", weeks=8, support=("mentor",)),
    ),
    ("en mentor de første tre uger", dict(support=("mentor",))),
    ("a mentor for the first two weeks", dict(support=("mentor",))),
    # schemes, compounds and negated schemes
    ("fleksjobansættelse på 12 timer", dict(scheme="fleksjob", hours_per_week=12.0)),
    ("et praktikforløb", dict(scheme="virksomhedspraktik")),
    ("arbejdsprøvning", dict(scheme="virksomhedspraktik")),
    ("a flexi-job", dict(scheme="fleksjob")),
    (
        "skånejob med personlig assistance",
        dict(scheme="skaanejob", support=("personlig_assistance",)),
    ),
    ("permanent job from next week", dict(scheme="ordinaert_job", start="next week")),
    ("ikke løntilskud, men praktik", dict(scheme="virksomhedspraktik")),
    ("i stedet for løntilskud kunne vi lave en praktik", dict(scheme="virksomhedspraktik")),
    # support and its negation
    (
        "vi har ikke brug for en mentor, men et hæve-sænkebord",
        dict(support=("hjaelpemidler",), without_support=("mentor",)),
    ),
    (
        "§ 56 og en fast kontaktperson, vi klarer papirerne",
        dict(support=("paragraf_56", "administration", "kontaktperson")),
    ),
    ("truckcertifikat før start og en kriseplan", dict(support=("opkvalificering", "kriseplan"))),
    ("ingen papirarbejde for jer", dict(support=("administration",))),
    ("We'll do the paperwork and she gets a buddy", dict(support=("mentor", "administration"))),
    ("no mentor needed", dict(without_support=("mentor",))),
    ("He doesn't need a mentor", dict(without_support=("mentor",))),
    ("hverken mentor eller hjælpemidler", dict(without_support=("mentor", "hjaelpemidler"))),
    ("Skal vi ikke sige en mentor?", dict(support=("mentor",))),  # a question offers one
    (
        "hvad med praktik uden mentor?",
        dict(scheme="virksomhedspraktik", without_support=("mentor",)),
    ),
    ("ikke kun en mentor men også en kontaktperson", dict(support=("mentor", "kontaktperson"))),
    # days
    ("mandag til fredag dog ikke onsdag", dict(days=("mon", "tue", "thu", "fri"))),
    ("han kan arbejde om mandagen og onsdagen", dict(days=("mon", "wed"))),
    ("on Mondays and Wednesdays", dict(days=("mon", "wed"))),
    # start
    ("fra første marts", dict(start="første marts")),
    ("fra næste mandag", dict(start="næste mandag")),
    ("i næste uge", dict(start="næste uge")),
    ("from the first of the month", dict(start="first of the month")),
    ("han kan starte 3/2", dict(start="3/2")),
    ("vi kan starte med det samme", dict(start="med det samme")),
    (
        "vi starter om to uger og følger op efter fire uger",
        dict(start="om to uger", follow_up="efter 4 uger"),
    ),
    # follow-up
    ("opfølgning hver 14. dag", dict(follow_up="hver 14. dag")),
    ("evaluering efter en måned", dict(follow_up="efter 1 måned")),
    ("check in after two weeks", dict(follow_up="after 2 weeks")),
    ("follow-up meeting in a month", dict(follow_up="in 1 month")),
    ("vi følger løbende op", dict(follow_up="løbende")),
    ("vi laver en opfølgning", dict(follow_up="opfølgning")),
    # consent
    ("hvis Jens siger ja", dict(consent=True)),
    ("med Jens' samtykke", dict(consent=True)),
    ("Jens er med på det", dict(consent=True)),
    ("with her consent", dict(consent=True)),
    ("the citizen has agreed", dict(consent=True)),
    ("Jens er ikke med på det", dict(consent=False)),
    ("she doesn't agree", dict(consent=False)),
    # tasks: inflections, compounds, typos, English; negated tasks are left out
    (
        "han kan tage pakkeopgaverne og afgrate emnerne, men ikke ved kassen",
        dict(tasks=("pakning", "afgratning"), without_tasks=("kasse",)),
    ),
    ("hun kan lave oprydningen og vareopfylding", dict(tasks=("oprydning", "vareopfyldning"))),
    ("Han er god til at rydde op og pakke varer", dict(tasks=("oprydning", "pakning"))),
    (
        "tidying up and packing, not the checkout",
        dict(tasks=("oprydning", "pakning"), without_tasks=("kasse",)),
    ),
    (
        "Jens vil gerne have oprydningen, ikke pakning",
        dict(tasks=("oprydning",), without_tasks=("pakning",)),
    ),
    # a whole proposal
    (
        "Vi starter 1. marts med 4 ugers praktik på 10 timer om ugen, mandag og tirsdag 8-13",
        dict(
            start="1. marts",
            scheme="virksomhedspraktik",
            weeks=4,
            hours_per_week=10.0,
            days=("mon", "tue"),
            times="08:00-13:00",
        ),
    ),
    (
        "I propose an eight-week internship, 15 hours per week, Monday to Thursday, from March 1st",
        dict(
            scheme="virksomhedspraktik",
            weeks=8,
            hours_per_week=15.0,
            days=MON_THU,
            start="March 1st",
        ),
    ),
]

# Sentences that put no terms on the table.
NOTHING: list[str] = [
    "",
    "   ",
    "Goddag, tak fordi jeg måtte komme forbi.",
    "Hvad fylder mest for jer i hverdagen lige nu?",
    "Hvad betyder det for jer, når I må takke nej til ordrer?",
    "jeg har 15 års erfaring",
    "vi har 80 ansatte",
    "for tre uger siden var han syg",
    "Han har været sygemeldt i 8 uger og arbejdede 20 timer om ugen før.",
    "he worked there for 10 years",
    "we have 45,000 unfilled positions",
    "it costs 14-16 weeks' wages to recruit a skilled worker",
    "det koster 14-16 ugers løn at rekruttere en faglært",
    "Det tager 2-3 uger at få godkendt",
    "Vi har 10-15 ledige stillinger",
    "Det er 24/7 hos os",
    "Jeg ringer til dig på mandag.",
    "Vi er med på det",
    "I er vel med på det?",
    "we can follow up on the email",
    "Vi følger op på din mail",
    "Han kan arbejde fra kl. 8",
    "det regner meget i dag",
    "opringning, parkering, klasse, regering, kassere",  # near misses of task words
    "Hun har det svært med at tale i telefon",
    "Vi har 3 trucks og 2 lagre",
    "Det er praktiske opgaver",
    "🙂🙂🙂",
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_reads_terms(text: str, expected: dict[str, Any]) -> None:
    assert read(text) == Terms(**expected)


@pytest.mark.parametrize("text", NOTHING)
def test_no_terms(text: str) -> None:
    result = READER.read(text)
    assert result.terms.is_empty(), result.terms
    assert result.evidence == {}


def test_evidence_is_the_words_that_set_each_field() -> None:
    text = "Jeg foreslår otte ugers virksomhedspraktik med 15 timer om ugen fra 1. marts"
    result = READER.read(text)
    assert result.evidence == {
        "scheme": "virksomhedspraktik",
        "weeks": "otte ugers",
        "hours_per_week": "15 timer om ugen",
        "start": "fra 1. marts",
    }


def test_evidence_keeps_original_case_and_covers_derived_hours() -> None:
    result = READER.read("Tre formiddage om ugen fra 8 til 11 med Oprydning")
    assert result.evidence["hours_per_week"] == "Tre formiddage om ugen fra 8 til 11"
    assert result.evidence["times"] == "fra 8 til 11"
    assert result.evidence["tasks"] == "Oprydning"


def test_list_evidence_gives_each_piece() -> None:
    result = READER.read("§ 56 og en fast kontaktperson, vi klarer papirerne")
    assert result.evidence["support"] == "§ 56; kontaktperson; papirerne"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("otte", 8.0),
        ("femogtyve", 25.0),
        ("halvtreds", 50.0),
        ("twenty-one", 21.0),
        ("halvanden", 1.5),
        ("et par", 2.0),
        ("a couple of", 2.0),
        ("en halv", 0.5),
        ("to og en halv", 2.5),
        ("7,5", 7.5),
        ("7.5", 7.5),
        ("én", 1.0),
        ("syv", 7.0),
        ("banan", None),
    ],
)
def test_parse_number(text: str, value: float | None) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [("10-12", 12.0), ("mellem 10 og 12", 12.0), ("ti til tolv", 12.0), ("ten to twelve", 12.0)],
)
def test_ranges_take_the_upper_bound(text: str, value: float) -> None:
    assert parse_range(text) == value


def test_without_tasks_no_tasks_are_read() -> None:
    assert TermsReader().read("oprydning og pakning").terms.tasks == ()
    assert TermsReader({"x": []}).read("oprydning").terms.tasks == ()


def test_bad_task_phrases_are_ignored() -> None:
    reader = TermsReader({"a": ["", "  ", "og"], "b": "oprydning", 3: ["x"]})  # type: ignore[dict-item]
    assert reader.read("oprydning").terms.tasks == ("b",)


def test_deterministic() -> None:
    other = TermsReader(TASKS)
    for text, _ in CASES:
        assert READER.read(text) == other.read(text) == READER.read(text)


# -- Terms.merged: how free-text terms accumulate over a meeting --------------------------------


def test_merged_newer_overrides_single_values() -> None:
    old = read("otte ugers praktik med 15 timer om ugen")
    new = read("lad os sige 12 timer om ugen")
    merged = old.merged(new)
    assert merged.hours_per_week == 12.0
    assert merged.weeks == 8
    assert merged.scheme == "virksomhedspraktik"


def test_merged_unions_lists() -> None:
    old = read("en mentor og oprydning")
    new = read("og hjælpemidler og pakning")
    merged = old.merged(new)
    assert merged.support == ("mentor", "hjaelpemidler")
    assert merged.tasks == ("oprydning", "pakning")


def test_merged_without_removes_support() -> None:
    old = read("praktik med en mentor og en kontaktperson")
    new = read("faktisk uden mentor")
    merged = old.merged(new)
    assert merged.support == ("kontaktperson",)
    assert merged.without_support == ("mentor",)
    again = merged.merged(read("alligevel med en mentor"))
    assert again.support == ("kontaktperson", "mentor")
    assert again.without_support == ()


def test_merged_with_empty_changes_nothing() -> None:
    old = read("fleksjob på 15 timer, mandag til torsdag, hvis Jens siger ja")
    assert old.merged(read("Hvad tænker du?")) == old
    assert old.merged(read("Jens er ikke med på det")).consent is False


# -- Never raises ------------------------------------------------------------------------------

WORDS = st.sampled_from(
    "fra til kl. 8 11 7.30 - – timer uger om ugen måneder mandag torsdag , . ? ikke uden mentor"
    " hvis Jens siger ja med samtykke følger op efter to tre fire halvanden et par 3/2 1. marts"
    " § 56 praktik fleksjob the first weeks hours a week from starting Monday 24 0 99 1,5 ½ den"
    " første næste uge mellem og en halv oprydningen pakke".split()
)
TEXTS = (
    st.text(max_size=300)
    | st.lists(WORDS, max_size=40).map(" ".join)
    | st.sampled_from(["a" * 10_000, "8-" * 5_000, "🙂" * 3_000, "\x00\x1b[31m\u2028\r\n" * 50])
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_never_raises(text: str) -> None:
    result = READER._read(text)  # the unguarded reader: a bug shows here instead of hiding
    assert isinstance(result, TermsExtraction)
    assert READER.read(text) == result
    terms = result.terms
    assert terms.hours_per_week is None or 0 < terms.hours_per_week <= 60
    assert terms.weeks is None or 1 <= terms.weeks <= 104
    assert list(terms.days) == [d for d in WEEKDAYS if d in terms.days]
    assert terms.scheme is None or terms.scheme in set(Scheme)
    assert set(terms.support) | set(terms.without_support) <= set(Support)
    assert set(terms.tasks) <= set(TASKS)
    set_fields = {k for k, v in terms.to_dict().items() if v not in (None, [])}
    assert set(result.evidence) == set_fields


def test_non_text_reads_as_nothing() -> None:
    assert READER.read(None) == TermsExtraction()  # type: ignore[arg-type]
    assert READER.read(42) == TermsExtraction()  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    ["Så dropper vi pakningen.", "uden pakning", "Han skal ikke lave pakning.",
     "Let's drop the packing.", "without packing"],
)
def test_tasks_can_be_taken_off_the_table(text: str) -> None:
    terms = READER.read(text).terms
    assert "pakning" in terms.without_tasks
    assert "pakning" not in terms.tasks


def test_merged_without_tasks_removes_and_a_new_mention_restores() -> None:
    on = Terms(tasks=("pakning", "afgratning"))
    off = on.merged(Terms(without_tasks=("pakning",)))
    assert off.tasks == ("afgratning",) and off.without_tasks == ("pakning",)
    back = off.merged(Terms(tasks=("pakning",)))
    assert back.tasks == ("afgratning", "pakning") and back.without_tasks == ()


def test_a_task_ruled_out_is_not_a_term_to_add() -> None:
    terms = read("Han kan ikke arbejde ved kassen")
    assert terms.tasks == () and terms.without_tasks == ("kasse",)


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Tirsdag og torsdag fra halv otte til halv elleve og lørdag fra otte til ti.", 8),
        ("Mandag og onsdag 8-12, fredag 8-10.", 10),
        ("Hun kommer tirsdag og torsdag fra 8 til 11.", 6),
        ("Et par faste formiddage – onsdag og fredag – med tre timer hver.", 6),
        ("Mandag, onsdag og fredag 7-10 ved ophængslinjen.", 9),
    ],
)
def test_days_with_times_of_their_own_add_up(text: str, hours: float) -> None:
    assert read(text).hours_per_week == hours


@pytest.mark.parametrize(
    "text",
    ["Fem formiddage á to timer. Jobcentret kan betale for et par timer om ugen til en af dine "
     "svende, der er mentor.",
     "Fem formiddage á to timer, og jobcentret betaler for, at Jette får en time om ugen til at "
     "være mentor for hende."],
)
def test_hours_the_jobcentre_pays_a_mentor_are_support_not_work(text: str) -> None:
    assert read(text).hours_per_week == 10


def test_hours_of_work_beside_a_mentor_named_later_are_work() -> None:
    assert read("Hun kommer ti timer om ugen til at starte med, og Jette er hendes mentor."
                ).hours_per_week == 10


@pytest.mark.parametrize(
    "text",
    ["Vi starter med seks uger, og så sætter vi os alle tre og snakker om, hvordan det er gået.",
     "Jeg ringer til dig om fredagen i anden uge og hører, hvordan det går.",
     "Status efter tre uger.",
     "Jeg er jeres faste kontakt og kommer forbi fredag i første uge."],
)
def test_follow_up_as_people_say_it(text: str) -> None:
    assert read(text).follow_up


def test_how_it_goes_with_the_warehouse_is_no_follow_up() -> None:
    assert not read("Hun skal se, hvordan det går med lageret.").follow_up


def test_support_named_in_a_tasks_label_still_counts_when_offered() -> None:
    reader = TermsReader({"truck": ["truck"]},
                         {"truck": "Intern transport med truck (kræver truckcertifikat før start)"})
    assert Support.OPKVALIFICERING in reader.read(
        "Han kører truck, og vi betaler truckcertifikatet, før han starter.").terms.support
    assert Support.ADMINISTRATION in read(
        "Jobcentret tager sig af ansøgningen om tilskuddet.").support


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("Praktik i et kvartal, cirka 14 timer om ugen.", "weeks", 13),
        ("Hva med 7 til 10 hver mandag og torsdag?", "hours_per_week", 6),
        ("Jeg klarer al administrationen.", "support", (Support.ADMINISTRATION,)),
        ("Jobcentret tager sig af alt det skriftlige.", "support", (Support.ADMINISTRATION,)),
        ("Hun får en fast kollega på lageret, som hun kan gå til.", "support",
         (Support.KONTAKTPERSON,)),
        ("Hvis hun får det skidt undervejs, har vi på forhånd lavet en plan sammen med hende.",
         "support", (Support.KRISEPLAN,)),
    ],
)
def test_terms_as_consultants_say_them(text: str, field: str, value: object) -> None:
    got = getattr(read(text), field)
    assert (tuple(got) if isinstance(got, (list, tuple)) else got) == value


def test_forget_the_till_takes_it_off_the_table() -> None:
    assert "kasse" in READER.read("Nej vent, glem kassen, det var dumt af mig.").terms.without_tasks


@pytest.mark.parametrize("text", ["Vi starter med fem uger og ser så på det igen.",
                                  "Jeg ringer fredag i første uge og hører, hvordan det gik."])
def test_looking_at_it_again_is_follow_up(text: str) -> None:
    assert read(text).follow_up


def test_restated_terms_are_the_fields_said_again() -> None:
    table = Terms(scheme="virksomhedspraktik", hours_per_week=8, weeks=13, tasks=("kasse",),
                  support=("mentor",), follow_up="efter 2 uger")
    said = Terms(scheme="virksomhedspraktik", hours_per_week=10, tasks=("kasse", "pakning"))
    assert table.restated_in(said) == ["scheme", "tasks"]
    assert Terms().restated_in(said) == []

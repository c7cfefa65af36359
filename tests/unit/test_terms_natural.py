"""Terms as consultants say them: days x hours, lengths, follow-up calls, label words, forms."""

from __future__ import annotations

import pytest

from sim.content.library import ContentLibrary
from sim.reading.terms import TermsReader, label_heads
from sim.reading.turn import TurnReader

READER = TermsReader(
    {
        "date_check": ["datokontrol", "gå datoerne igennem"],
        "warehouse_order": ["varemodtagelse", "optælling", "varebestilling"],
        "deburring": ["afgratning"],
        "checkout": ["kassearbejde"],
    },
    {
        "date_check": "Datokontrol og nedmærkning før åbning",
        "warehouse_order": "Lagerstyring: varemodtagelse, optælling og bestilling hos grossisten",
        "deburring": "Afgratning af småemner ved hæve-sænkebord",
        "checkout": "Kasse og kundeservice i weekender og december",
    },
)


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("tre formiddage om ugen á tre timer", 9),
        ("fire formiddage om ugen à tre timer", 12),
        ("to dage om ugen, fem timer hver gang", 10),
        ("16 timer om ugen, fire formiddage á fire timer", 16),
        ("tirsdag og torsdag 7-11", 8),
        ("tirsdag og torsdag fra otte til elleve", 6),  # the clock in words
        ("to formidage om ugen á fire timer", 8),  # a typo in the day part
        ("to gange fire timer om ugen", 8),
        ("2 x 3 timer", 6),
        ("3 timer tirsdag, onsdag og torsdag", 9),  # a day's hours beside the days
        ("mandag og onsdag 3 timer", 6),
        ("10 timer fordelt på tirsdag og torsdag", 10),  # spread: the week's hours
        ("3 timer fordelt på mandag og onsdag", 3),
        ("fra tre til fire timer om ugen", 4),  # a range of hours, not the clock
        ("tirsdag og torsdag fra syv til et", 12),  # the clock said in twelve hours
        ("tirsdag til fredag fra halv otte til halv tolv", 16),
        ("to hele dage á seks timer", 12),
        ("fire dage med fire timer", 16),  # "med" after days: hours each day
        ("to dage om ugen med seks timer", 12),
        ("otte til elleve mandag til torsdag", 12),  # the clock in words beside the days
        ("i weekenderne, fredag og lørdag fem timer ad gangen", 10),  # the days named say which
        ("fire formiddage om ugen, 7 til 11", 16),  # a bare range beside a count of days
    ],
)
def test_days_times_hours(text: str, hours: float) -> None:
    assert READER.read(text).terms.hours_per_week == hours


def test_the_first_months_are_the_length_when_nothing_else_is() -> None:
    assert READER.read("praktik de første tre måneder").terms.weeks == 13
    assert READER.read("praktik i 13 uger, de første to uger 10 timer").terms.weeks == 13
    assert READER.read("a mentor for the first two weeks").terms.weeks is None


@pytest.mark.parametrize(
    "text",
    [
        "Jeg ringer til dig efter to uger og hører, hvordan det går.",
        "Så kigger vi på det sammen igen efter en måned.",
        "Vi mødes efter tre uger.",
        "Vi holder et kort møde hver fjerde uge.",
        "Vi mødes alle tre, når der er gået en måned.",
    ],
)
def test_follow_up_in_natural_forms(text: str) -> None:
    assert READER.read(text).terms.follow_up


def test_a_call_on_a_day_is_not_a_follow_up() -> None:
    assert READER.read("Jeg ringer til dig på mandag.").terms.follow_up is None


@pytest.mark.parametrize(
    ("text", "task"),
    [
        ("hun går datoerne igennem hver morgen", "date_check"),  # an inflected verb
        ("hun modtager varer og tæller op", "warehouse_order"),  # compound and particle forms
        ("hun kan stå i kassen om lørdagen", "checkout"),  # the head of the task's label
    ],
)
def test_tasks_as_people_say_them(text: str, task: str) -> None:
    assert task in READER.read(text).terms.tasks


def test_a_label_head_shared_or_about_time_is_no_phrase() -> None:
    labels = {"a": "Kasse og kundeservice i weekender og december", "b": "Kasse i butikken"}
    assert label_heads(labels["a"], labels) == ["kundeservice"]
    assert label_heads("Intern transport med truck (kræver certifikat)", {}) == ["intern transport"]


def test_a_support_word_inside_a_task_is_the_task() -> None:
    terms = READER.read("hun afgrater ved et hæve-sænkebord og laver afgratning").terms
    assert "deburring" in terms.tasks and "hjaelpemidler" not in terms.support


@pytest.mark.parametrize("text", ["Papirabrejdet tager jeg mig af.",
                                  "Vi indretter hans arbejdsplads, så han kan sidde ned."])
def test_support_in_natural_forms(text: str) -> None:
    assert READER.read(text).terms.support


def test_tasks_keep_the_word_guard_of_the_topics() -> None:
    # "billeder" and "bilerne" share a stem and a compound head, but are different words
    reader = TermsReader({"vans": ["fylde bilerne", "bilerne"], "photos": ["billeder"]})
    assert reader.read("Hun kan tage billeder af sagerne.").terms.tasks == ("photos",)
    assert reader.read("Hun kan fylde billerne om morgenen.").terms.tasks == ("vans",)  # a typo


@pytest.mark.parametrize(
    "text",
    ["Hvad med afgratning og grunding? Grundingen tager vi ud.",
     "Afgratning og grunding, men grundingen dropper vi i starten.",
     "Afgratning og grunding – grunding skal hun ikke."],
)
def test_a_task_taken_off_after_it_was_named_is_off_the_deal(text: str) -> None:
    reader = TermsReader({"deburring": ["afgratning"], "priming": ["grunding"]})
    terms = reader.read(text).terms
    assert terms.tasks == ("deburring",) and terms.without_tasks == ("priming",)


@pytest.mark.parametrize(
    ("text", "support"),
    [
        ("din souschef kunne være hendes faste person at gå til", ("kontaktperson",)),
        ("Jonas fra morgenholdet er hendes faste kontakt", ("kontaktperson",)),
        ("din værkfører kunne være hans faste mand", ("kontaktperson",)),
        ("vi laver en plan sammen med Sara for, hvad hun gør, hvis hun får det skidt",
         ("kriseplan",)),
        ("en plan for, hvad der skal ske, hvis ryggen begynder at drille", ("kriseplan",)),
        ("så indretter vi hans arbejdsplads, så han kan stå op", ("arbejdspladsindretning",)),
        ("vi får indrettet en plads til ham i bordhøjde", ("arbejdspladsindretning",)),
        ("Anne fra kontoret er den, hun går til", ("kontaktperson",)),
        ("vi laver en aftale med Camilla om, hvad der skal ske, hvis stressen kommer",
         ("kriseplan",)),
    ],
)
def test_support_as_consultants_name_it(text: str, support: tuple[str, ...]) -> None:
    assert READER.read(text).terms.support == support


def test_support_named_inside_a_task_label_is_the_task_but_said_beside_it_is_support() -> None:
    """"afgratning ved hæve-sænkebordet" names the task; "vi søger hjælpemidler" is support."""
    assert READER.read("afgratning ved hæve-sænkebordet").terms.support == ()
    said = READER.read("afgratning ved hæve-sænkebordet, og vi søger hjælpemidler til ham")
    assert said.terms.support == ("hjaelpemidler",)


@pytest.mark.parametrize(
    "text",
    [
        "Jeg ringer til dig efter de første par uger",
        "jeg foelger op efter en maaned",
        "jeg kommer ud efter tre uger, så vi kan se, om det virker",
        "Så sætter vi os sammen sidst i praktikken og ser på det videre forløb",
        "Jeg kigger forbi efter anden uge",
        "Og så kigger jeg forbi efter de første fjorten dage",  # the verb first after "så"
        "Så ringer jeg til dig om en uges tid og hører, hvordan det er gået",
        "jeg ringer til dig fredag i uge tre",
        "vi holder et møde os tre imellem efter fire uger",
        "Og så sætter vi os alle tre sammen i uge fire",
        "Så sætter vi os sammen igen og ser, om vi skal forlænge",
    ],
)
def test_follow_up_in_its_natural_forms(text: str) -> None:
    assert READER.read(text).terms.follow_up


QUALIFIED = TermsReader(
    {"deburring": ["afgratning", "fjerne grater"], "grinding_large": ["slibning", "slibe"]},
    {"deburring": "Afgratning af småemner ved hæve-sænkebord",
     "grinding_large": "Slibning af svejsesømme på store emner på gulv og bukke"},
)


@pytest.mark.parametrize(
    ("text", "tasks"),
    [
        ("slibning af småemner ved bordet", ()),  # the small parts are not the large ones' task
        ("han kunne slibe og afgrate de små emner", ("deburring",)),
        ("han kunne slibe svejsesømme på de store emner", ("grinding_large",)),
        ("slibning af både små og store emner", ("grinding_large",)),  # its own way too
        ("han kunne tage slibningen", ("grinding_large",)),  # no qualifier: the task's words
    ],
)
def test_a_qualifier_that_contrasts_with_a_tasks_label_keeps_the_task_out(
    text: str, tasks: tuple[str, ...]
) -> None:
    assert QUALIFIED.read(text).terms.tasks == tasks


def test_a_mentors_paid_hours_are_not_the_citizens() -> None:
    terms = READER.read("En af dine svende kan få to timer om ugen betalt som mentor.").terms
    assert terms.hours_per_week is None and terms.support == ("mentor",)


def test_a_follow_up_after_a_month_gone_is_no_length() -> None:
    terms = READER.read("Vi mødes alle tre, når der er gået en måned.").terms
    assert terms.follow_up and terms.weeks is None


def test_an_abbreviation_does_not_end_the_proposal() -> None:
    # "pr. ordre" is no sentence end: the task after it is on the table too
    terms = READER.read("Hun tager datokontrol pr. ordre og varemodtagelse.").terms
    assert set(terms.tasks) == {"date_check", "warehouse_order"}


def test_a_scheme_typed_without_a_letter_is_the_scheme() -> None:
    assert READER.read("en virksomhedspraktk på tre uger").terms.scheme == "virksomhedspraktik"


@pytest.mark.parametrize(
    ("text", "support", "without"),
    [
        ("ni timer, ingen kundekontakt og en fast kontaktperson", ("kontaktperson",), ()),
        ("ikke en mentor, men en fast kontaktperson", ("kontaktperson",), ("mentor",)),
        ("uden mentor og kontaktperson", (), ("mentor", "kontaktperson")),
    ],
)
def test_a_negation_reaches_no_further_than_its_phrase(
    text: str, support: tuple[str, ...], without: tuple[str, ...]
) -> None:
    terms = READER.read(text).terms
    assert (terms.support, terms.without_support) == (support, without)


def test_a_list_of_days_after_starter_is_the_days_not_the_start() -> None:
    terms = READER.read("Hun starter tirsdag, onsdag og torsdag fra 8 til 12.").terms
    assert terms.days == ("tue", "wed", "thu") and terms.start is None
    assert READER.read("Hun starter tirsdag, og vi følger op efter to uger.").terms.start == (
        "tirsdag"
    )


def test_a_short_bare_duration_is_no_weekly_hours() -> None:
    assert READER.read("Vi kigger forbi en halv time på fredag.").terms.hours_per_week is None
    assert READER.read("Vi siger 12 timer.").terms.hours_per_week == 12


@pytest.mark.parametrize("text", ["Løntilskud kan vi godt glemme, så det bliver en praktik.",
                                  "Løntilskud er ikke vejen her, så det bliver en praktik."])
def test_a_scheme_ruled_out_is_not_the_scheme(text: str) -> None:
    assert READER.read(text).terms.scheme == "virksomhedspraktik"


def test_two_tasks_ruled_out_together_are_both_off() -> None:
    terms = READER.read("Datokontrol og kassearbejde tager vi ikke med.").terms
    assert terms.tasks == () and set(terms.without_tasks) == {"date_check", "checkout"}


def test_a_day_range_beside_a_days_hours_counts_each_day() -> None:
    assert READER.read("Vi siger tre timer mandag til fredag.").terms.hours_per_week == 15


def test_coordinated_verbs_in_a_label_share_the_object() -> None:
    # "Hente og bære stål": the bare "hente" ("Skal jeg hente ham?") is no task of its own
    assert label_heads("Hente og bære stål, plader og profiler fra lageret", {})[:2] == [
        "hente stål", "bære stål"]
    assert label_heads("Kasse og kundeservice i weekender", {}) == ["kasse", "kundeservice"]


def test_the_means_others_use_for_the_heavy_part_is_no_task() -> None:
    reader = TermsReader({"deburring": ["afgratning"], "forklift": ["truck", "truckkørsel"]})
    terms = reader.read("Opgaverne er afgratning ved et hævet bord, og alt over 10 kilo klares "
                        "med kran eller truck.").terms
    assert terms.tasks == ("deburring",)
    assert reader.read("Hun kan tage afgratning og truckkørsel.").terms.tasks == (
        "deburring", "forklift")


@pytest.mark.parametrize("text", ["Jørgen skal ikke erstatte en af dine fuldtidssmede.",
                                  "Dine fuldtidsansatte kolleger får hjælp."])
def test_full_time_people_are_no_hours(text: str) -> None:
    assert READER.read(text).terms.hours_per_week is None


def test_full_time_hours_are_still_hours() -> None:
    assert READER.read("Kan hun på sigt komme op på fuld tid?").terms.hours_per_week == 37
    assert READER.read("Det er en fuldtidsstilling.").terms.hours_per_week == 37


@pytest.mark.parametrize("text", [
    "Jeg kigger forbi fredag i første uge.",
    "Vi ses tirsdag i uge 7.",
])
def test_a_day_of_a_visit_or_a_date_is_no_work_day(text: str) -> None:
    assert READER.read(f"Jeg foreslår en praktik. {text}").terms.days == ()


def test_a_call_to_both_after_the_first_week_is_a_follow_up() -> None:
    assert READER.read("Jeg ringer til jer begge efter første uge.").terms.follow_up


@pytest.mark.parametrize("text", [
    "I uge fire holder vi et møde, hvor vi beslutter, om det bliver til et fleksjob.",
    "Efter fire uger tager vi stilling til et fleksjob på de samme timer.",
])
def test_a_scheme_decided_later_is_not_proposed(text: str) -> None:
    assert READER.read(text).terms.scheme is None
    assert READER.read(f"Jeg foreslår fire ugers praktik. {text}").terms.scheme == (
        "virksomhedspraktik")


@pytest.mark.parametrize(("text", "hours"), [
    ("fire timer om mandagen og fire om onsdagen", 8),
    ("to eftermiddage om ugen, fire timer ad gangen, og så en formiddag på tre timer", 11),
    ("fire timer om dagen mandag, onsdag og fredag, plus to timer om torsdagen", 14),
])
def test_a_week_said_as_its_sessions_is_their_sum(text: str, hours: float) -> None:
    assert READER.read(f"Hun kunne komme {text}.").terms.hours_per_week == hours


@pytest.mark.parametrize("text", [
    "Så sætter vi et møde i kalenderen her hos dig i uge fire.",
    "Vi ses her igen torsdag om tre uger.",
    "Jeg ringer til både dig og hende hver fredag de første tre uger.",
])
def test_more_follow_ups_as_consultants_say_them(text: str) -> None:
    assert READER.read(text).terms.follow_up


def test_support_ruled_out_after_it_is_named() -> None:
    said = "I et fleksjob får I refusion, så en §56-aftale er der ingen grund til."
    terms = READER.read(said).terms
    assert "paragraf_56" not in terms.support and "paragraf_56" in terms.without_support
    assert "administration" in READER.read("Jeg klarer al papirgangen.").terms.support


def test_a_label_heads_plural_is_not_the_task() -> None:
    reader = TermsReader({"checkout": ["kassearbejde"]}, {"checkout": "Kasse og kundeservice"})
    assert reader.read("Hun tømmer automaten og sorterer kasserne.").terms.tasks == ()
    assert reader.read("Hun kan stå i kassen om lørdagen.").terms.tasks == ("checkout",)


def test_label_heads_inside_a_phrase_or_a_clause_are_no_task() -> None:
    assert label_heads("Hjælpe lærlinge med tegningslæsning og opmåling", {}) == [
        "hjælpe lærlinge"]
    assert label_heads("Slibning af svejsesømme på store emner på gulv og bukke", {}) == [
        "slibning"]
    assert label_heads("Akut udkørsel af materialer, når en montør ringer og mangler noget",
                       {}) == ["akut udkørsel"]
    # a part with a phrase of its own is a task of its own
    assert label_heads("Tømning af flaskeautomaten og sortering i pantrummet", {}) == [
        "tømning", "sortering"]


def test_a_schedule_run_in_first_gives_the_one_that_holds() -> None:
    terms = READER.read(
        "I første uge tirsdag til fredag kl 7.30-10.30, altså 12 timer, og fra anden uge mandag"
        " til torsdag kl 7-11, det er 16 timer.").terms
    assert terms.days == ("mon", "tue", "wed", "thu") and terms.hours_per_week == 16
    # a visit in the first week and a call from the second are no run-in schedule
    terms = READER.read("Jeg kommer forbi i første uge, og fra anden uge ringer jeg hver fredag."
                        " Hun arbejder mandag og onsdag 9-12.").terms
    assert terms.days == ("mon", "wed") and terms.hours_per_week == 6


@pytest.mark.parametrize("text", [
    "ellers finder vi én inden fredag.",
    "jeg kommer ud torsdag i anden uge.",
    "du får aftalen senest onsdag.",
])
def test_a_deadline_or_a_visit_day_adds_no_work_day(text: str) -> None:
    terms = READER.read(f"Mandag til torsdag 7 til 11, 16 timer – {text}").terms
    assert terms.days == ("mon", "tue", "wed", "thu") and terms.hours_per_week == 16


def test_a_sentence_naming_the_work_carries_terms_whatever_it_argues(
    bundled_library: ContentLibrary,
) -> None:
    reader = TurnReader(bundled_library.scenarios["staal-smed-fleksjob"])
    r = reader.read(
        "Vi starter med fire ugers virksomhedspraktik, 15 timer om ugen. Opgaverne er målkontrol"
        " før levering og klargøring af styklister og smådele til næste dags ordrer.")
    assert set(r.terms.tasks) == {"quality_check", "kitting"}


def test_a_day_spoken_of_is_no_work_day() -> None:
    terms = READER.read("Jeg hører godt, at lørdagen er den værste. Vi holder os til mandag og "
                        "onsdag og tager lørdagen op ved opfølgningen.").terms
    assert terms.days == ("mon", "wed")
    assert READER.read("Hun kommer om lørdagen fra 8 til 12.").terms.days == ("sat",)


def test_a_scheme_for_a_later_meeting_is_not_the_scheme_proposed() -> None:
    terms = READER.read("Vi starter med fire ugers virksomhedspraktik, og i uge fire holder vi "
                        "mødet om fleksjobbet.").terms
    assert terms.scheme == "virksomhedspraktik"


def test_history_goes_on_after_a_dash(bundled_library: ContentLibrary) -> None:
    reader = TurnReader(bundled_library.scenarios["dagligvare-angst"])
    r = reader.read("Hun hedder Sara, er 27, og har som ung arbejdet tre år i et supermarked – mest"
                    " i flaskerummet og med at fylde varer op. Hun vil gerne i virksomhedspraktik.")
    assert "shelf_filling" not in r.terms.tasks


def test_tasks_named_earlier_join_a_proposal_that_points_back(
    bundled_library: ContentLibrary,
) -> None:
    from sim.evaluation import play_lines

    doc = play_lines(bundled_library, "staal-smed-fleksjob", [
        "Goddag, jeg hedder Lone og er fra jobcentret.",
        "Når dine svende står og sliber svejsesømme, hvad bliver der så ikke lavet?",
        "Jeg har en kandidat, Jørgen, som kunne tage kontrolmåling og kitting ved et bord.",
        "Så mit forslag er fire ugers virksomhedspraktik, 15 timer om ugen, med de opgaver, vi "
        "lige har nævnt.",
    ])
    last = doc["turns"][-1]
    assert set(last["state"]["terms"]["tasks"]) == {"quality_check", "kitting"}
    assert any(e["type"] == "tasks_recalled" for e in last["events"])


def test_the_scheme_offered_before_is_the_one_the_terms_are_for(
    bundled_library: ContentLibrary,
) -> None:
    from sim.evaluation import play_lines

    doc = play_lines(bundled_library, "dagligvare-angst", [
        "Goddag, jeg hedder Lone og er fra jobcentret.",
        "Jeg har en kandidat, Sara, som har arbejdet i et supermarked.",
        "Og det er en praktik, så det koster jer ikke noget.",
        "Så jeg tænker, at hun kunne komme et par formiddage om ugen og tage sig af pant og pap.",
    ])
    assert doc["turns"][-1]["state"]["terms"]["scheme"] == "virksomhedspraktik"


def test_work_put_off_to_a_later_review_is_not_proposed_now(
    bundled_library: ContentLibrary,
) -> None:
    reader = TurnReader(bundled_library.scenarios["el-installatoer-praktik"])
    r = reader.read(
        "Lad os skrive oprydningen på skolen ind som noget, vi evaluerer efter fire uger. "
        "Camilla, hvad siger du til at starte med lageret og bilerne?"
    )
    assert "site_cleanup" not in r.terms.tasks and r.terms.tasks


def test_places_in_the_terms_and_work_taken_out_ask_about_nothing(
    bundled_library: ContentLibrary,
) -> None:
    reader = TurnReader(bundled_library.scenarios["el-installatoer-praktik"])
    r = reader.read("Camilla skal ikke ud på pladserne, heller ikke til oprydning – hun er her "
                    "på lageret. Hvem kunne være hendes faste person?")
    assert "building_sites" in r.topics and "building_sites" in r.terms_topics
    asked = reader.read("Hvordan har I det med oprydningen på pladserne?")
    assert "building_sites" in asked.topics and not asked.terms_topics


# --- what puts terms on the table, and what only talks about the company ------------------------


@pytest.mark.parametrize(("scenario", "text"), [
    # sympathy with the employer's week names days and months, it proposes nothing
    ("dagligvare-angst", "Det lyder virkelig opslidende – at bruge sine søndage på vagtplaner og "
     "så stå med en ny igen efter tre måneder."),
    # a sum of the company's own hours is no offer of 25 hours a week
    ("el-installatoer-praktik", "Siger vi, at hver montør bruger en halv time om dagen på at hente "
     "materialer – ti montører, fem dage, så er det 25 timer om ugen. Gange din timepris?"),
    ("staal-smed-fleksjob", "Sig, at hver svend bruger to timer om dagen på afgratning – så er det "
     "tyve timer om ugen for jer."),
    # the sum cut at a dash is still the staff's; half of it, asked about, is no schedule
    ("el-installatoer-praktik", "Lad os regne på det. Ti montører, en time om dagen, fem dage – 50 "
     "timer om ugen. Hvis Camilla i starten kun tager halvdelen – 25 timer – hvor mange af de "
     "opgaver, du siger nej til, kunne du så sige ja til?"),
    # a scheme as a possible later step, not promised today
    ("el-installatoer-praktik", "Viser tallene noget, kan vi tale om et næste skridt – for "
     "eksempel løntilskud eller en ansættelse. Det lover jeg ikke noget om i dag."),
])
def test_talk_about_the_company_puts_no_terms_on_the_table(
    bundled_library: ContentLibrary, scenario: str, text: str
) -> None:
    r = TurnReader(bundled_library.scenarios[scenario]).read(text)
    assert r.terms.is_empty(), r.terms


@pytest.mark.parametrize(("text", "field", "value"), [
    ("Næste skridt er en virksomhedspraktik på fire uger.", "scheme", "virksomhedspraktik"),
    ("Camilla, hvad siger du til at starte med at fylde bilerne op?", "tasks", ("van_stocking",)),
    ("Kunne det være tirsdag og torsdag fra ni til tolv, omkring seks timer om ugen?",
     "hours_per_week", 6),
])
def test_an_offer_in_a_question_or_a_next_step_still_carries_its_terms(
    bundled_library: ContentLibrary, text: str, field: str, value: object
) -> None:
    r = TurnReader(bundled_library.scenarios["el-installatoer-praktik"]).read(text)
    got = getattr(r.terms, field)
    assert got == value or (isinstance(value, tuple) and set(value) <= set(got)), r.terms


def test_a_summary_of_the_companys_problem_adds_no_task_to_the_deal(
    bundled_library: ContentLibrary,
) -> None:
    from sim.evaluation import play_lines

    doc = play_lines(bundled_library, "dagligvare-angst", [
        "Goddag, jeg hedder Lone og er fra jobcentret.",
        "Jeg har en kandidat, Sara, som har arbejdet i et supermarked.",
        "Hun kunne komme i virksomhedspraktik tirsdag og torsdag formiddag og tage pant og pap.",
        "Okay, så det er pantrummet, og så er det kassepersonalet, der bliver trukket væk fra "
        "kassen for at tømme automaten. Hvor tit sker det?",
    ])
    assert "checkout" not in doc["turns"][-1]["state"]["terms"]["tasks"]


@pytest.mark.parametrize(("text", "without"), [
    ("Mette, kan vi aftale, at Sara kun er i pantrummet og ved pappressen, og at hun ikke skal "
     "ud på gulvet eller betjene kunder?", {"checkout"}),
    ("Kan vi aftale, at hun ikke skal sidde ved kassen eller fylde op i butikken?",
     {"checkout", "shelf_filling"}),
])
def test_a_no_asked_for_in_a_that_clause_takes_the_work_out(
    bundled_library: ContentLibrary, text: str, without: set[str]
) -> None:
    r = TurnReader(bundled_library.scenarios["dagligvare-angst"]).read(text)
    assert without <= set(r.terms.without_tasks) and not without & set(r.terms.tasks), r.terms


def test_what_a_no_clause_says_does_not_qualify_the_work_that_stays(
    bundled_library: ContentLibrary,
) -> None:
    r = TurnReader(bundled_library.scenarios["staal-smed-fleksjob"]).read(
        "Mit forslag er et fleksjob på 16 timer om ugen med afgratning og grunding, men ingen "
        "slibning af store emner."
    )
    assert {"deburring", "priming"} <= set(r.terms.tasks)
    assert "grinding_large" in r.terms.without_tasks


@pytest.mark.parametrize(("text", "tasks", "without"), [
    # the verb first, the task, then "ud": taken out, not proposed
    ("Mit forslag er et fleksjob på 16 timer. Så tager vi slibningen ud: målkontrol og "
     "afgratning i stedet.", {"quality_check", "deburring"}, {"grinding_large"}),
    ("Mit forslag er et fleksjob på 16 timer. Vi tager slibningen ud af aftalen.",
     set(), {"grinding_large"}),
    # "ud på pladsen" is where the work is done, not out of the deal
    ("Mit forslag er et fleksjob, 16 timer om ugen, hvor han tager slibningen ud på pladsen.",
     {"grinding_large"}, set()),
])
def test_work_taken_out_verb_first(
    bundled_library: ContentLibrary, text: str, tasks: set[str], without: set[str]
) -> None:
    r = TurnReader(bundled_library.scenarios["staal-smed-fleksjob"]).read(text)
    assert set(r.terms.tasks) == tasks and set(r.terms.without_tasks) == without, r.terms


@pytest.mark.parametrize(("text", "deburring"), [
    # "store emner" is said of the grinding before it, not of the deburring after it
    ("Mit forslag er et fleksjob, 16 timer om ugen, hvor han tager slibning af store emner og "
     "afgratning.", True),
    # said of the deburring itself, it is no longer the small parts' deburring
    ("Mit forslag er et fleksjob, 16 timer om ugen, hvor han tager afgratning af store emner.",
     False),
])
def test_a_qualifier_belongs_to_the_work_it_follows(
    bundled_library: ContentLibrary, text: str, deburring: bool
) -> None:
    r = TurnReader(bundled_library.scenarios["staal-smed-fleksjob"]).read(text)
    assert ("deburring" in r.terms.tasks) is deburring, r.terms


@pytest.mark.parametrize(("text", "hours"), [
    # the mentor's paid hours are not the candidate's week
    ("Jeg tænker to-tre timer første uge og så en time om ugen, betalt af os som mentortimer.",
     None),
    ("Vi betaler mentortimer til Kasper – tre timer første uge og derefter en time om ugen. "
     "Start tirsdag, tirsdag–torsdag kl. 8–12.", 12),
    ("Vi betaler en mentor, og hun kommer 12 timer om ugen.", 12),
    ("Det er mit forslag, at din souschef er Saras faste person – og jobcentret betaler for en "
     "til to timer om ugen, så det ikke bare lægges oven i. Ellers stiller vi en mentor.", None),
])
def test_paid_support_hours_are_the_supports(
    bundled_library: ContentLibrary, text: str, hours: float | None
) -> None:
    r = TurnReader(bundled_library.scenarios["el-installatoer-praktik"]).read(text)
    assert r.terms.hours_per_week == hours and "mentor" in r.terms.support, r.terms


@pytest.mark.parametrize(("text", "tasks", "not_tasks"), [
    # where the work is done sets it apart: grinding at the table is not "på gulv og bukke"
    ("Opgaver: afgratning, slibning, grunding ved hæve-sænkebord og at lægge dele klar til "
     "ordrerne.", {"deburring", "priming"}, {"grinding_large"}),
    ("Mit forslag er en praktik på 16 timer med slibning ved bordet, ikke på gulvet.", set(),
     {"grinding_large"}),
    ("Mit forslag er en praktik på 16 timer med slibning på gulvet.", {"grinding_large"}, set()),
])
def test_the_place_of_the_work_sets_a_task_apart(
    bundled_library: ContentLibrary, text: str, tasks: set[str], not_tasks: set[str]
) -> None:
    r = TurnReader(bundled_library.scenarios["staal-smed-fleksjob"]).read(text)
    assert tasks <= set(r.terms.tasks) and not not_tasks & set(r.terms.tasks), r.terms


def test_a_no_cut_off_at_a_dash_stays_a_no_before_a_later_question(
    bundled_library: ContentLibrary,
) -> None:
    r = TurnReader(bundled_library.scenarios["staal-smed-fleksjob"]).read(
        "Det forstår jeg godt, Jørgen. Du skal ikke bære plader – det gør kranen og de andre. "
        "Og går det galt med ryggen, stopper vi op. Henrik, er du stadig med?"
    )
    assert r.terms.without_tasks == ("materials_handling",) and not r.terms.tasks, r.terms


@pytest.mark.parametrize(("text", "times"), [
    ("Tak, Camilla – du har ret, vi starter mellem 10 og 15. Det er en praktik.", None),
    ("Hun kommer mandag og onsdag mellem 8 og 12 i virksomhedspraktik.", "08:00-12:00"),
    ("Mit forslag er en praktik mellem kl. 8 og 12 på hverdage.", "08:00-12:00"),
])
def test_mellem_x_og_y_is_the_clock_only_with_kl_or_a_day(
    bundled_library: ContentLibrary, text: str, times: str | None
) -> None:
    r = TurnReader(bundled_library.scenarios["el-installatoer-praktik"]).read(text)
    assert r.terms.times == times, r.terms


def test_a_proposal_goes_on_across_a_dash_and_any_saturday_is_no_day_of_it(
    bundled_library: ContentLibrary,
) -> None:
    r = TurnReader(bundled_library.scenarios["dagligvare-angst"]).read(
        "Et par timer hist og her er jo ikke det, der redder en lørdag. Hvad nu hvis Sara var her "
        "fx tirsdag og torsdag fra otte til tolv – og det, hun gjorde, var fast: datokontrol, "
        "presse pap og tømme pantrummet? Ville det give mening for dig?"
    )
    assert r.terms.days == ("tue", "thu"), r.terms
    assert {"date_check", "cardboard_baler", "bottle_return"} <= set(r.terms.tasks), r.terms


def test_the_weeks_hours_said_first_are_not_a_days_and_a_list_of_days_holds_the_clock(
    bundled_library: ContentLibrary,
) -> None:
    r = TurnReader(bundled_library.scenarios["el-installatoer-praktik"]).read(
        "Nej nej – de 50 timer var montørernes tabte tid. Camilla starter med 12 timer. Konkret: "
        "Tre formiddage, mandag, onsdag, fredag, 7 til 11. Lager, plukke og pakke biler."
    )
    assert r.terms.hours_per_week == 12 and r.terms.times == "07:00-11:00", r.terms
    assert r.terms.days == ("mon", "wed", "fri")


def test_work_pointed_back_to_across_a_dash_is_the_work_she_would_take(
    bundled_library: ContentLibrary,
) -> None:
    from sim.evaluation import play_lines

    doc = play_lines(bundled_library, "dagligvare-angst", [
        "Goddag, jeg hedder Lone og er fra jobcentret.",
        "Jeg har en kandidat, Sara, som har arbejdet i et supermarked.",
        "Hun kunne komme i virksomhedspraktik tirsdag og torsdag formiddag og tage pant.",
        "Og det du siger med pappet i gården – det kunne Sara jo også tage, for det er også bag "
        "ved.",
    ])
    assert "cardboard_baler" in doc["turns"][-1]["terms_said"]["tasks"]


@pytest.mark.parametrize(("text", "hours"), [
    # options joined by "eller" are not a sum: the first put forward is the week's
    ("Jørgen – fire dage á fire timer eller fem dage á tre timer?", 16),
    ("Timerne: mandag til torsdag, otte til tolv, altså 16 timer, eller fem dage á tre timer, "
     "hvis det passer bedre.", 16),
    ("to dage á fire timer og en dag á to timer", 10),  # sessions added up still
])
def test_options_are_not_added_up(
    bundled_library: ContentLibrary, text: str, hours: float
) -> None:
    r = TurnReader(bundled_library.scenarios["staal-smed-fleksjob"]).read(text)
    assert r.terms.hours_per_week == hours, r.terms


def test_the_follow_up_days_are_no_days_of_the_deal(bundled_library: ContentLibrary) -> None:
    r = TurnReader(bundled_library.scenarios["staal-smed-fleksjob"]).read(
        "Mit forslag er fire ugers praktik mandag til torsdag kl. 7 til 11. Opfølgning fredag i "
        "uge ét og fredag i uge fire."
    )
    assert r.terms.days == ("mon", "tue", "wed", "thu"), r.terms

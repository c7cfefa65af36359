"""Topic matching: inflections, compounds, typos and word order match; unrelated text does not."""

import pytest

from sim.reading.topics import PhraseMatcher

MATCHER = PhraseMatcher(
    {
        "peaks": ["travle perioder", "spidsbelastning", "højsæson"],
        "returns": ["returvarer", "retur"],
        "training": ["lære op", "oplæring"],
        "overtime": ["overarbejde"],
    },
    "da",
)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Hvordan ser jeres travle perioder ud?", "peaks"),
        ("Hvad sker der i perioder, hvor I har meget travlt?", "peaks"),  # word order, inflection
        ("Hvordan klarer I spidsbelastningerne?", "peaks"),  # plural + definite
        ("Hvad med højsæsonen i december?", "peaks"),
        ("Hvordan håndterer I returvarerne?", "returns"),
        ("Hvordan går det med returhåndteringen?", "returns"),  # compound
        ("Hvem skal oplære hende?", "training"),
        ("Hvor meget overarbejde har I?", "overtime"),
        ("Hvor mange overarbejdstimer har I?", "overtime"),  # compound
        ("Hvor meget overarbjede har I?", "overtime"),  # typo
        ("Hvordan er oplæringen skruet sammen?", "training"),
    ],
)
def test_matches(text: str, topic: str) -> None:
    assert topic in MATCHER.match(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hej, tak fordi jeg måtte komme.",
        "Hvor mange ansatte har I?",
        "Min bil holder udenfor.",
        "Han er stabil og mødestabil.",
        "",
        "?!",
    ],
)
def test_unrelated_text_matches_nothing(text: str) -> None:
    assert MATCHER.match(text) == {}


def test_hit_records_the_trainees_words() -> None:
    hit = MATCHER.match("Hvordan klarer I spidsbelastningerne?")["peaks"]
    assert hit.phrase == "spidsbelastning"
    assert "spidsbelastningerne" in hit.words


def test_scattered_words_do_not_make_a_phrase() -> None:
    text = "Vi lærer meget af jer, og så var der noget helt andet, og så kom vi op på taget."
    assert "training" not in MATCHER.match(text)


def test_hyphenated_compounds_are_read_by_their_parts() -> None:
    matcher = PhraseMatcher({"click": ["klik og hent"], "orders": ["webordrer"]}, "da")
    hits = matcher.match("Hvordan er I organiseret omkring klik-og-hent-ordrerne?")
    assert hits["click"].words == "klik og hent"


def test_an_inflection_is_found_beside_a_compound_reading() -> None:
    # "oplæres" starts like "oplære (hende)" – the inflection of "oplæring" is still tried
    matcher = PhraseMatcher({"turnover": ["oplæring"], "training": ["oplære hende"]}, "da")
    assert "turnover" in matcher.match("Hvad koster det, når der skal oplæres en ny?")
    assert "training" not in matcher.match("Hvad koster det, når der skal oplæres en ny?")


@pytest.mark.parametrize(
    ("phrase", "text"),
    [
        ("ernæring", "Hvad er jeres erfaring med praktikanter?"),  # a real word is no typo
        ("dinner", "Hvordan går det med dine medarbejdere?"),  # never across languages
        ("maden", "Mads hedder jeg, fra jobcentret."),  # a name is not a word
        ("middagen", "Hvad sker der om eftermiddagene?"),  # a particle compound is its own word
        ("mester", "Hvad fylder mest for dig?"),  # one stem, two words
        ("kasseret", "Hvem står i kasserne om lørdagen?"),
        ("svejsere", "Hvad bruger de tiden på ud over selve svejsningen?"),  # doer, not deed
        ("svejsere", "Hvad sker der med et emne, når det er svejst færdigt?"),
        ("montering", "Hvad laver montørerne om morgenen?"),
        ("kasse", "Hvad skal vi kassere?"),  # a short stem: one word only if both inflect it
        ("personale", "Er der en fast person?"),  # "ale" is no ending
        ("oprydning", "Hvem står for opfyldning?"),  # a real word is no typo of another
    ],
)
def test_bending_never_turns_one_word_into_another(phrase: str, text: str) -> None:
    assert PhraseMatcher({"t": [phrase]}, "da").match(text) == {}


@pytest.mark.parametrize(
    ("phrase", "text"),
    [
        ("lager", "Hvordan ser det ud på lageret?"),
        ("morgenerne", "Hvad sker der om morgenen?"),
        ("ernæring", "Hvordan arbejder I med ernaering?"),  # a typo of no other word
        ("dinner", "How is the dinner service?"),
        ("middag", "Hvad spiser I til middagen?"),
        ("retur", "Hvordan går det med returhåndteringen?"),
        ("affaldssortering", "Hvem sorterer affaldet på pladserne?"),  # a compound said apart
        ("flaskeautomaten", "Hvem tømmer automaten og tager flaskerne?"),
        ("klar til fakturering", "Hvornår er sagerne klar til at blive faktureret?"),
        ("pakning", "Hvem tager pakkeopgaverne?"),  # a compound's head by its stem
        ("gå datoerne igennem", "Hvem går datoerne igennem?"),  # a short verb with its ending
        ("optælling", "Hvem tæller op på lageret?"),  # a fused particle, doubled consonant
        ("varemodtagelse", "Hvem modtager varerne?"),  # the verb and the noun made of it
        ("lære nye op", "Hver gang en ny sekstenårig skal læres op?"),
        ("lære nye op", "når du har fået en ny lært op"),  # "ny" / "nye", "lært" / "lære"
    ],
)
def test_forms_of_the_same_word_still_match(phrase: str, text: str) -> None:
    assert "t" in PhraseMatcher({"t": [phrase]}, "da").match(text)


def test_the_scenarios_names_never_stand_for_a_word() -> None:
    matcher = PhraseMatcher({"t": ["holmen"]}, "da", names=["Mette", "Holm"])
    assert matcher.match("Tak, Holm.") == {}
    assert "t" in matcher.match("Hvad sker der ude på holmen?")


def test_places_count_and_the_setting_counts_half_once() -> None:
    matcher = PhraseMatcher(
        {"tasks": ["slibe", "afgrate"], "mornings": ["morgen", "inden I åbner"]}, "da"
    )
    hits = matcher.match("Hvor tit sliber og afgrater smedene hver morgen, inden I åbner?")
    assert hits["tasks"].places == 2  # two places name the support tasks
    assert hits["mornings"].places == 0.5  # two adverbials of time: one setting, half a place


def test_a_fused_particle_is_found_after_the_verb_and_short_stems_take_endings() -> None:
    matcher = PhraseMatcher({"waste": ["nedmærkning"], "packing": ["pakning"]}, "da")
    assert matcher.match("Sker det, at varerne ikke bliver mærket ned i tide?")["waste"].words == (
        "mærket ned")
    assert "packing" in matcher.match("Hvem står for at pakke emnerne?")
    assert matcher.match("Hvad sker der om eftermiddagen?") == {}


def test_a_phrase_is_found_within_one_sentence() -> None:
    matcher = PhraseMatcher({"turnover": ["bliver hos jer"]}, "da")
    assert matcher.match("Hvem tømmer automaten hos jer? Og hvor bliver de taget fra?") == {}
    assert "turnover" in matcher.match("Hvor længe bliver de unge hos jer?")


def test_a_time_after_a_preposition_is_the_setting_but_as_the_subject_it_is_not() -> None:
    matcher = PhraseMatcher({"peaks": ["travlhed", "lørdag"], "machine": ["flaskeautomat"]}, "da")
    hits = matcher.match("Hvad sker der, når flaskeautomaten bliver fuld midt i "
                         "eftermiddagstravlheden?")
    assert hits["machine"].places == 1 and hits["peaks"].places == 0.5
    assert matcher.match("Hvordan ser en lørdag ud hos jer?")["peaks"].places == 1
    # a preposition that belongs to the verb names the subject: "holder styr på datoerne"
    dates = PhraseMatcher({"dates": ["datoer"]}, "da").match("Hvordan holder I styr på datoerne?")
    assert dates["dates"].places == 1


@pytest.mark.parametrize("text", ["Hvad bruger smedene tiden på, ud over at svejse?",
                                  "Hvor står svejsebordet?"])
def test_the_verb_and_a_compound_made_of_it_are_not_the_doers(text: str) -> None:
    assert PhraseMatcher({"recruitment": ["svejsere"]}, "da").match(text) == {}


@pytest.mark.parametrize("text", ["Hvor mange svejsere mangler I?", "Hvor er svejserne henne?"])
def test_the_doers_are_still_the_doers(text: str) -> None:
    assert "recruitment" in PhraseMatcher({"recruitment": ["svejsere"]}, "da").match(text)


@pytest.mark.parametrize("text", ["Hvad laver de, når de ikke lige står og svejser?",
                                  "Der er ingen, der svejser om natten."])
def test_the_present_tense_is_the_work_not_the_doers(text: str) -> None:
    assert PhraseMatcher({"recruitment": ["svejsere"]}, "da").match(text) == {}


def test_a_welder_is_still_a_welder() -> None:
    assert "recruitment" in PhraseMatcher({"recruitment": ["svejsere"]}, "da").match(
        "Vi mangler en svejser.")


def test_work_placed_in_another_topics_place_is_that_place() -> None:
    matcher = PhraseMatcher(
        {"sites": ["byggepladsen", "oprydning", "rydde op"], "warehouse": ["lageret"],
         "stress": ["stress"]}, "da"
    )
    hits = matcher.match("Hun rydder op på lageret og pakker bilerne.")
    assert "sites" not in hits and "warehouse" in hits
    assert "sites" in matcher.match("Hvem rydder op på byggepladsen?")
    assert "sites" in matcher.match("Hvordan klarer I oprydningen?")
    # a state is no piece of work: stress on the sites is still stress
    assert {"stress", "sites"} <= set(matcher.match("Er der meget stress på byggepladsen?"))


def test_an_irregular_form_is_its_phrase_word_by_the_lexicons_lemma() -> None:
    from sim.reading.topics import PhraseMatcher

    m = PhraseMatcher({"orders": ["sige nej", "takke nej"], "flow": ["gå til konkurrenten"]}, "da")
    hit = m.match("Har I sagt nej til opgaver det sidste halve år?")
    assert hit["orders"].words == "sagt nej"
    assert "orders" in m.match("Så vi takkede nej.")
    assert "flow" in m.match("De gik til konkurrenten.")
    assert not m.match("Hun sagde ja.")  # the other word of the phrase still has to be there

"""How the employer takes what follows a concern: 'ja, men' by what follows, asking again."""

from __future__ import annotations

import re

import pytest

from sim.content.library import ContentLibrary
from sim.evaluation import play_lines, said_turn

HELLO = "Goddag, jeg hedder Lone og er fra jobcentret."
AGENDA = ("Jeg tænkte, vi starter med jeres hverdag og til sidst ser på, om vi kan hjælpe. "
          "Er det ok?")


def _kinds(library: ContentLibrary, scenario: str, *lines: str) -> list[str]:
    doc = play_lines(library, scenario, list(lines))
    turn = said_turn(doc, len(lines))
    assert turn is not None
    return [e["type"] for e in turn["events"]]


def test_ja_men_with_substance_behind_it_costs_nothing(bundled_library: ContentLibrary) -> None:
    kinds = _kinds(bundled_library, "staal-smed-fleksjob", HELLO, AGENDA,
                   "Ja, men det er netop derfor, jeg selv bliver din faste kontakt. Jeg ringer "
                   "til dig hver fredag de første fire uger.")
    assert "objection_handled" in kinds
    assert "yes_but" not in kinds and "objection_mishandled" not in kinds


def test_ja_men_that_only_defends_brushes_the_concern_off(bundled_library: ContentLibrary) -> None:
    kinds = _kinds(bundled_library, "staal-smed-fleksjob", HELLO, AGENDA,
                   "Ja, men sådan er vi altså ikke mere i jobcentret.")
    assert "yes_but" in kinds and "objection_mishandled" in kinds


def test_ja_men_and_a_bare_counter_argument_is_still_ja_men(
    bundled_library: ContentLibrary,
) -> None:
    kinds = _kinds(bundled_library, "staal-smed-fleksjob", HELLO, AGENDA,
                   "Det forstår jeg godt, men I får refusion.")
    assert "yes_but" in kinds


def test_a_need_asked_about_again_is_deflected_with_its_other_line(
    bundled_library: ContentLibrary,
) -> None:
    # yes/no questions touch the warehouse but do not open it up: asked twice, the employer
    # deflects twice, with a different line, instead of going silent
    lines = [HELLO, AGENDA, "Har I et lager herude?",
             "Er det altid til at finde det, montørerne skal bruge på lageret?"]
    doc = play_lines(bundled_library, "el-installatoer-praktik", lines)
    first, second = said_turn(doc, 3), said_turn(doc, 4)
    assert first is not None and second is not None
    hints = [[e["need"] for e in t["events"] if e["type"] == "hint"] for t in (first, second)]
    assert hints == [["warehouse_chaos"], ["warehouse_chaos"]]
    said = [" ".join(r["text"] for r in t["replies"]) for t in (first, second)]
    assert said[0] != said[1]


def test_a_direct_question_opens_a_need_whatever_the_scenario_put_first(
    bundled_library: ContentLibrary,
) -> None:
    # the warehouse comes after the billable hours, but a question about what only the
    # warehouse is about ("lageret", not the vans both share) is answered with it
    doc = play_lines(bundled_library, "el-installatoer-praktik",
                     [HELLO, AGENDA, "Hvordan er lageret organiseret?"])
    turn = said_turn(doc, 3)
    assert turn is not None
    assert [e["id"] for e in turn["events"] if e["type"] == "need_revealed"] == [
        "warehouse_chaos"]


def test_a_proposal_put_as_a_question_gets_no_hint_stitched_in(
    bundled_library: ContentLibrary,
) -> None:
    lines = [HELLO, AGENDA, "Hvad med en virksomhedspraktik i 8 uger på 12 timer om ugen, hvor "
             "hun rydder op på byggepladserne?"]
    kinds = _kinds(bundled_library, "el-installatoer-praktik", *lines)
    assert "hint" not in kinds


def test_a_follow_up_question_stays_with_the_citizen_until_someone_else_is_named(
    bundled_library: ContentLibrary,
) -> None:
    lines = [HELLO, AGENDA, "Hvad sker der med lageret?",
             "Hvad med en virksomhedspraktik i 8 uger på 12 timer om ugen, hvor hun fylder "
             "servicebilerne op? Jeg ringer efter to uger.",
             "Det forstår jeg godt. Jobcentret betaler en mentor, så en af dine folk får tid til "
             "at lære hende op, og jeg er fast kontaktperson.",
             "Camilla, hvordan har du det med at fylde bilerne op om morgenen?",
             "Hvad kan du godt lide at lave?",
             "Hvad siger du til det, Lotte?"]
    doc = play_lines(bundled_library, "el-installatoer-praktik", lines)
    speakers = [[r["speaker"] for r in said_turn(doc, n)["replies"]] for n in (7, 8)]
    assert speakers[0] == ["citizen"]  # "du" again, no one else named: still Camilla
    assert "employer" in speakers[1]  # Lotte named: the employer answers


def test_a_pressure_the_model_only_guessed_costs_nothing(bundled_library: ContentLibrary) -> None:
    from sim.engine.meeting import Meeting

    scenario = bundled_library.scenarios["el-installatoer-praktik"]
    m = Meeting(scenario, bundled_library.personas[scenario.company.persona])
    text = "Ja det forstår jeg godt, men det er jo ikke en elektriker jeg har med."
    reading = m.reader.read(text)
    assert "pressure" in reading.act_set and "pressure" not in reading.certain_set  # a guess
    trust = m.state.trust
    rec = m.take_turn(text)
    assert not {"pressure", "objection_mishandled"} & {e["type"] for e in rec["events"]}
    assert m.state.trust >= trust - 1


EL_PITCH = ("Jeg har en kandidat, Camilla. Hun har været sygemeldt med stress og skal starte "
            "roligt op; det har hun givet mig lov til at fortælle.")


def test_a_plain_statement_that_names_an_answer_answers_the_concern(
    bundled_library: ContentLibrary,
) -> None:
    # no act at all, yet it answers "hvad gør jeg, hvis hun går ned igen?"
    lines = [HELLO, AGENDA, "Hvordan ser en travl uge ud hos jer?", EL_PITCH,
             "Det er helt rimeligt at tænke sådan. Hvad er du mest bekymret for?",
             "Det, der virker for Camilla, er faste opgaver og faste tider, hvor hun ved, hvad "
             "dagen går ud på."]
    doc = play_lines(bundled_library, "el-installatoer-praktik", lines)
    raised = [e["id"] for t in doc["turns"] for e in t["events"] if e["type"] == "objection_raised"]
    assert "stress_relapse" in raised
    last = said_turn(doc, len(lines))
    assert last is not None
    assert any(e["type"] == "objection_handled" and e["id"] == "stress_relapse"
               for e in last["events"])


def test_a_question_that_names_an_answer_does_not_answer_it(
    bundled_library: ContentLibrary,
) -> None:
    lines = [HELLO, AGENDA, "Hvordan ser en travl uge ud hos jer?", EL_PITCH,
             "Hvad tænker du om faste opgaver og faste tider?"]
    kinds = _kinds(bundled_library, "el-installatoer-praktik", *lines)
    assert "objection_handled" not in kinds


def test_pressure_only_guessed_gets_no_pushback(bundled_library: ContentLibrary) -> None:
    # the model guesses pressure in a sentence that says how employers think; a guess costs
    # nothing, and the employer does not answer it as pressure either
    lines = [HELLO, AGENDA, "Folk med helbredsproblemer er ikke det, man først tænker på, når "
             "man mangler smede."]
    doc = play_lines(bundled_library, "staal-smed-fleksjob", lines)
    turn = said_turn(doc, 3)
    assert turn is not None
    said = " ".join(r["text"] for r in turn["replies"])
    pushback = bundled_library.personas["henrik-mortensen"].lines.get("pressure", [])
    assert said and said not in pushback
    assert "pressure" not in [e["type"] for e in turn["events"]]


def test_a_schemes_name_alone_meets_no_concern_before_it_is_voiced(
    bundled_library: ContentLibrary,
) -> None:
    # "Hvad hvis det ikke virker?" is answered by a trial's exit, not by saying "praktik"
    lines = [HELLO, AGENDA, "Når en montør starter dagen, hvad laver han så?",
             "Jeg har en kandidat, Camilla, der har været 12 år hos en el-grossist. Vi kunne lave "
             "en virksomhedspraktik, hvor hun rydder op på lageret og pakker bilerne."]
    doc = play_lines(bundled_library, "el-installatoer-praktik", lines)
    preempted = [e["id"] for t in doc["turns"] for e in t["events"]
                 if e["type"] == "objection_preempted"]
    assert "stuck_if_fails" not in preempted


def test_a_concern_named_and_met_before_it_comes_up_stays_answered(
    bundled_library: ContentLibrary,
) -> None:
    lines = [
        HELLO, AGENDA,
        "Hvordan ser en typisk morgen ud på lageret hos jer?",
        "Og så de ting, folk plejer at spørge om. Sikkerhed: Hun skal ikke arbejde ved anlæg "
        "eller på stiger, og de tunge kabeltromler lader vi ligge. Under praktikken dækker "
        "kommunen, hvis der sker en arbejdsskade; I står for instruktionen.",
        "Mit forslag er en virksomhedspraktik i ti uger, tirsdag, onsdag og torsdag 8 til 12, "
        "hvor hun fylder bilerne op og kører materialer ud.",
    ]
    doc = play_lines(bundled_library, "el-installatoer-praktik", lines)
    objections = doc["outcome"]["objections"]
    assert objections["safety_risks"]["raised_turn"] is None
    assert objections["safety_risks"]["answered_turn"] == 4


def test_an_argument_that_happens_to_answer_a_concern_leaves_it_to_come_up(
    bundled_library: ContentLibrary,
) -> None:
    # the business case answers "what does it cost?", but the cost was never named: the
    # employer still asks
    doc = play_lines(bundled_library, "staal-smed-fleksjob", [
        HELLO, AGENDA,
        "Jeg har en kandidat, Jørgen, udlært klejnsmed med 30 års erfaring.",
        "Hvis Jørgen tager afgratningen, frigør det smedetimer, så I kan sige ja til flere ordrer.",
    ])
    assert doc["outcome"]["objections"]["too_expensive"].get("preempted_turn") is None


def test_an_agenda_that_names_the_topics_asks_nothing_about_them(
    bundled_library: ContentLibrary,
) -> None:
    kinds = _kinds(bundled_library, "el-installatoer-praktik",
                   "Hej Lotte, Rasmus fra Jobcenter Silkeborg. Vi har 20 minutter, så jeg foreslår:"
                   " et par spørgsmål om jeres hverdag først, så et konkret forslag. Passer det?")
    assert "hint" not in kinds and "need_revealed" not in kinds


def test_a_question_about_the_deal_with_a_concern_open_gets_the_concern_not_a_stock_no(
    bundled_library: ContentLibrary,
) -> None:
    doc = play_lines(bundled_library, "el-installatoer-praktik", [
        HELLO, AGENDA,
        "Jeg har en kandidat, Camilla, som har været 12 år hos en el-grossist på lageret.",
        "Start tirsdag i næste uge – holder den?",
    ])
    persona = bundled_library.personas["lotte-brandt"]
    assert doc["outcome"]["objections"]["skilled_only"]["raised_turn"] == 3
    reply = doc["turns"][-1]["replies"][0]["text"]
    # the persona's words, then the concern's own question
    assert any(reply.startswith(line) for line in persona.lines["repeat_objection"])


def test_an_implication_question_on_a_need_told_gets_what_it_costs(
    bundled_library: ContentLibrary,
) -> None:
    doc = play_lines(bundled_library, "dagligvare-angst", [
        HELLO, AGENDA,
        "Hvordan ser det ud i pantrummet en travl formiddag?",
        "Hvad betyder det så for butikken ude foran, når de bliver hevet ind i pantrummet?",
    ])
    told = [e["id"] for t in doc["turns"] for e in t["events"] if e["type"] == "need_revealed"]
    assert told == ["bottle_return_pileup"]
    need = next(n for n in bundled_library.scenarios["dagligvare-angst"].needs
                if n.id == "bottle_return_pileup")
    # what it leads to (Need.effect), once; not the need said again
    assert need.effect and doc["turns"][-1]["replies"][0]["text"] == need.effect
    doc = play_lines(bundled_library, "dagligvare-angst", [
        HELLO, AGENDA,
        "Hvordan ser det ud i pantrummet en travl formiddag?",
        "Hvad betyder det så for butikken ude foran, når de bliver hevet ind i pantrummet?",
        "Hvad sker der så?",
    ])
    again = doc["turns"][-1]["replies"][0]["text"]
    assert again != need.effect and need.figures and (need.figures in again or (
        need.unmet and need.unmet in again))


def test_before_the_trainee_says_who_the_employer_speaks_of_vedkommende(
    bundled_library: ContentLibrary,
) -> None:
    from sim.engine.lines import citizen_pronouns, neutral_pronouns

    assert neutral_pronouns("Og hvem skal tage sig af hende? Hun er ny.",
                            ("hun", "hende", "hendes")) == (
        "Og hvem skal tage sig af vedkommende? Vedkommende er ny.")
    sara = bundled_library.scenarios["dagligvare-angst"].citizen
    assert citizen_pronouns(sara.background, *sara.consented_to_share)[0] == "hun"
    first = "Hej Mette. Jeg har en kandidat, som I kan få gratis i praktik i 13 uger."
    doc = play_lines(bundled_library, "dagligvare-angst", [first])
    assert not re.search(r"\b(?:hun|hende)\b", doc["turns"][-1]["replies"][0]["text"], re.I)
    named = play_lines(bundled_library, "dagligvare-angst", [
        "Hej Mette. Jeg har en kandidat, Sara, som I kan få gratis i praktik i 13 uger."])
    assert "vedkommende" not in named["turns"][-1]["replies"][0]["text"]


def test_a_concern_said_again_is_said_by_its_own_question(bundled_library: ContentLibrary) -> None:
    from sim.engine.employer import _question_of
    objections = {o.id: o for o in bundled_library.scenarios["dagligvare-angst"].objections}
    assert _question_of(objections["staff_burden"]) == "Hvem skal tage sig af hende?"
    assert _question_of(objections["customers_notice"]) is None  # it asks nothing: none
    el = {o.id: o for o in bundled_library.scenarios["el-installatoer-praktik"].objections}
    assert _question_of(el["skilled_only"]) is None  # "Det kan hun vel ikke?" names nothing


def test_the_employers_own_people_keep_their_pronouns_before_the_candidate_is_named(
    bundled_library: ContentLibrary,
) -> None:
    # a need's story of a welder ("Han afgrater, han grunder") is no talk of the candidate; a
    # concern about the newcomer is ("... vise vedkommende til rette?")
    from sim.engine.employer import Reaction
    from sim.engine.meeting import Meeting
    scenario = bundled_library.scenarios["staal-smed-fleksjob"]
    m = Meeting(scenario, bundled_library.personas[scenario.company.persona], seed=1)
    out = Reaction()
    out.say("En god svejser afgrater. Han grunder, han pakker paller.", of_others=True)
    out.say("Og hvem skal vise ham til rette?")
    r = m.reader.read("Hvad så?")
    (reply,) = m._compose(r, out, "", [], False)
    assert "Han grunder, han pakker paller." in reply["text"]
    assert "vise vedkommende til rette?" in reply["text"]


def test_who_a_pronoun_tells_of_is_read_sentence_by_sentence() -> None:
    from sim.engine.lines import PRONOUNS_DA, neutral_pronouns

    she = PRONOUNS_DA["female"]
    # a story of a young employee keeps her pronouns, until it turns to the newcomer
    story = ("Sidste sommer satte jeg en af de unge til at lære en ny op. Hun var 19. Efter tre "
             "uger sagde hun op. Mine folk er gode, men de er unge. Skal der være nogen, der har "
             "tid til hende, så skal den tid komme et sted fra.")
    got = neutral_pronouns(story, she, story=True)
    assert "Hun var 19. Efter tre uger sagde hun op." in got
    assert got.endswith("der har tid til vedkommende, så skal den tid komme et sted fra.")
    # after a named person, only the subject form is theirs: "hendes" would be "sin"
    assert neutral_pronouns(
        "Susanne, min souschef, kunne godt være hendes faste person – hvis hun får tid til det.",
        she) == ("Susanne, min souschef, kunne godt være vedkommendes faste person – hvis hun "
                 "får tid til det.")
    assert neutral_pronouns("Kasper kan godt tage hende de første dage.", she) == (
        "Kasper kan godt tage vedkommende de første dage.")
    # a person named by role: "Min 17-årige ved kasse to … Hun var ude af den"
    assert neutral_pronouns("Min 17-årige ved kasse to stod helt stiv. Hun var ude af den.",
                            she).endswith("Hun var ude af den.")
    # "kunder" and "mandag" name nobody
    assert neutral_pronouns("Mine kunder skal ikke mærke noget. Hvis hun får det dårligt …",
                            she).endswith("Hvis vedkommende får det dårligt …")


def test_a_question_for_an_amount_on_a_need_told_gets_its_figures_once(
    bundled_library: ContentLibrary,
) -> None:
    doc = play_lines(bundled_library, "dagligvare-angst", [
        HELLO, AGENDA,
        "Hvordan ser det ud i pantrummet en travl formiddag?",
        "Hvor lang tid går der egentlig med pant og pap på en almindelig dag, sådan cirka?",
        "Og hvor tit sker det, at en fra kassen må gå fra?",
    ])
    need = next(n for n in bundled_library.scenarios["dagligvare-angst"].needs
                if n.id == "bottle_return_pileup")
    replies = [t["replies"][0]["text"] for t in doc["turns"]]
    assert need.figures and need.figures in replies[3]
    # said once; asked again, that it is what was said - no "Nogle gange, ja"
    assert need.figures not in replies[4] and "sagde" in replies[4], replies[4]


@pytest.mark.parametrize(("text", "concerns", "check", "contact"), [
    ("Noget, der stadig skurrer? Sig det nu, så tager vi det.", True, False, False),
    ("Er der andre bekymringer, vi skal have på bordet?", True, False, False),
    ("Giver det dig lidt mere ro?", False, True, False),
    ("En halv time første dag og en fast person, hun kan gå til. Hvem er det?", False, False,
     True),
    ("Vi har talt om lageret. Hvem er det, der tager sig af det i dag?", False, False, False),
])
def test_what_is_still_in_the_way_and_who_the_person_is_are_asked_apart(
    bundled_library: ContentLibrary, text: str, concerns: bool, check: bool, contact: bool
) -> None:
    from sim.reading.turn import TurnReader

    r = TurnReader(bundled_library.scenarios["el-installatoer-praktik"]).read(text)
    assert (r.asks_for_concerns, r.checks_concern, r.asks_for_contact) == (
        concerns, check, contact)


def test_asked_what_still_grates_the_employer_says_more_of_its_concern(
    bundled_library: ContentLibrary,
) -> None:
    doc = play_lines(bundled_library, "el-installatoer-praktik", [
        "Hej Lotte, tak for tiden.",
        "Hvad går montørernes morgener med, før de kommer ud til kunderne?",
        "Jeg har en kandidat, Camilla, med tolv år på et el-lager.",
        "Noget, der stadig skurrer? Sig det nu, så tager vi det.",
    ])
    # the pitch raised a concern; asked what still grates, the employer says more of it: the
    # question explores it, it talks past nothing
    assert [e["id"] for e in doc["turns"][2]["events"] if e["type"] == "objection_raised"]
    kinds = [e["type"] for e in doc["turns"][-1]["events"]]
    assert "objection_explored" in kinds and "objection_ignored" not in kinds, kinds


def test_a_question_for_a_number_after_the_agenda_is_answered(
    bundled_library: ContentLibrary,
) -> None:
    doc = play_lines(bundled_library, "staal-smed-fleksjob", [
        "Goddag Henrik. Jeg ved, tiden er knap, så jeg holder det kort. Hvor mange smede og "
        "svejsere mangler I, hvis I skulle tage alle de ordrer, I får tilbudt?",
    ])
    kinds = [e["type"] for e in doc["turns"][0]["events"]]
    assert {"need_revealed", "hint"} & set(kinds), doc["turns"][0]["replies"]


def test_asked_broadly_the_need_is_told_without_taking_up_a_word_never_said(
    bundled_library: ContentLibrary,
) -> None:
    doc = play_lines(bundled_library, "dagligvare-angst", [
        "Hej Mette, tak fordi du ville tage dig tid. Det, jeg gerne vil i dag, er mest at høre, "
        "hvordan det går hos jer – hvordan ser en typisk uge ud herinde, sådan set fra din stol?",
    ])
    reply = doc["turns"][0]["replies"][0]["text"]
    assert any(e["type"] == "need_revealed" for e in doc["turns"][0]["events"])
    assert not reply.startswith("Pantrummet, ja"), reply


def test_a_question_on_the_candidate_just_presented_is_no_question_on_a_need(
    bundled_library: ContentLibrary,
) -> None:
    from sim.engine.lines import DEFAULT_LINES

    doc = play_lines(bundled_library, "dagligvare-angst", [
        HELLO, AGENDA, "Hvordan ser morgenerne ud, før I åbner?",
        "Jeg har faktisk en i tankerne. Hun hedder Sara, hun er 27 og har arbejdet i supermarked "
        "– mest i flaskerummet. Hvad tænker du om det?",
    ])
    reply = doc["turns"][-1]["replies"][0]["text"]
    told = [v.split("{")[0] for v in DEFAULT_LINES["told_need"]["da"]]
    assert not any(reply.startswith(t) for t in told), reply


def test_asked_whether_anything_gives_pause_the_employer_voices_its_concern(
    bundled_library: ContentLibrary,
) -> None:
    doc = play_lines(bundled_library, "dagligvare-angst", [
        HELLO, AGENDA, "Hvordan ser morgenerne ud, før I åbner?",
        "Jeg har en kandidat, Sara, som har angst og har været i ressourceforløb.",
        "Når jeg siger angst og ressourceforløb, er der så noget, der får dig til at tænke 'hmm, "
        "det ved jeg ikke lige'? Det er helt i orden at sige det højt.",
    ])
    kinds = [e["type"] for t in doc["turns"][3:] for e in t["events"]]
    assert "objection_raised" in kinds or "objection_explored" in kinds, kinds
    assert "Det tror jeg nok" not in doc["turns"][-1]["replies"][0]["text"]


def test_a_pitch_that_tells_the_experience_is_not_asked_for_it_and_a_hello_gets_a_hello(
    bundled_library: ContentLibrary,
) -> None:
    persona = bundled_library.personas["mette-holm"]
    for seed in range(4):  # whichever variant the seed would pick
        from sim.engine.meeting import Meeting

        m = Meeting(bundled_library.scenarios["dagligvare-angst"], persona, seed=seed)
        m.take_turn(HELLO)
        m.take_turn(AGENDA)
        m.take_turn("Hvordan ser morgenerne ud, før I åbner?")
        rec = m.take_turn("Jeg har en i tankerne. Sara har arbejdet tre år i et supermarked, mest "
                          "i flaskerummet. Hvad tænker du?")
        assert "lavet før" not in rec["replies"][0]["text"], rec["replies"]
    doc = play_lines(bundled_library, "dagligvare-angst", [
        "Øh, hej Mette. Tak for at jeg måtte komme. Jeg ville egentlig bare gerne høre lidt om, "
        "hvordan I har det her i butikken. Hvordan går det?"])
    assert doc["turns"][0]["replies"][0]["text"] in persona.lines["greeting"]

"""sim.reading.acts: act labels, priority rules, sentence readings, speed, robustness."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import sim.reading.acts as acts_module
from sim.reading.acts import ACTS, SentenceReading, TurnReading, classify_acts, read_turn

REPO = Path(__file__).resolve().parents[2]
DEV_SET = REPO.parent / "shared" / "eval" / "acts_dev.jsonl"
ACTS_MD = REPO.parent / "shared" / "eval" / "acts.md"
OWN_CHECK = REPO / "tests" / "data" / "acts" / "own_check.jsonl"
BANK = REPO / "sim" / "data" / "acts_bank.jsonl"
BLIND_DIR = REPO / "tests" / "data" / "acts"


def _load(path: Path) -> list[tuple[str, set[str]]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            rows.append((row["text"], set(row["acts"])))
    return rows


def _micro_f1(rows: list[tuple[str, set[str]]]) -> float:
    tp, fp, fn = Counter(), Counter(), Counter()
    for text, gold in rows:
        pred = set(classify_acts(text))
        for a in pred & gold:
            tp[a] += 1
        for a in pred - gold:
            fp[a] += 1
        for a in gold - pred:
            fn[a] += 1
    t, p, n = sum(tp.values()), sum(fp.values()), sum(fn.values())
    return 2 * t / (2 * t + p + n) if t else 0.0


# --- the act inventory ------------------------------------------------------------------------


def test_acts_inventory() -> None:
    assert len(ACTS) == 15
    assert len(set(ACTS)) == 15
    assert ACTS[0] == "greeting" and ACTS[-1] == "other"


@pytest.mark.skipif(not ACTS_MD.exists(), reason="shared acts.md not available")
def test_acts_match_the_table_in_acts_md() -> None:
    table = re.findall(r"^\| `(\w+)` \|", ACTS_MD.read_text(encoding="utf-8"), re.M)
    assert tuple(table) == ACTS


# --- one act per example (own wording, not the dev sentences) ---------------------------------

SINGLE = [
    # greeting
    ("Goddag Hanne, jeg hedder Ole og kommer fra jobcentret.", "greeting"),
    ("hi there, thanks for making time for me", "greeting"),
    ("Tak for kaffen, den var tiltrængt.", "greeting"),
    # agenda
    ("Formålet med i dag er at lære jeres bageri at kende.", "agenda"),
    ("Hvor lang tid har vi sammen i dag?", "agenda"),
    ("Let's agree on what to cover in the next half hour.", "agenda"),
    # open questions
    ("Hvad fylder mest i jeres hverdag på plejehjemmet?", "open_question"),
    ("fortæl lidt om hvordan i planlægger vagterne", "open_question"),
    ("Kan du beskrive en travl fredag i køkkenet?", "open_question"),
    ("How do you cope when two drivers are off sick?", "open_question"),
    # closed questions
    ("Har I elever i forvejen?", "closed_question"),
    ("kører i også om natten", "closed_question"),
    ("Do your cleaners work in teams?", "closed_question"),
    # acknowledge (never for filler)
    ("Det kan jeg sagtens forstå.", "acknowledge"),
    ("That's a fair concern.", "acknowledge"),
    ("Det lyder virkelig frustrerende.", "acknowledge"),
    # summarize
    ("Har jeg forstået det rigtigt, at I mangler folk om morgenen?", "summarize"),
    ("Så du siger, at det mest er papirarbejdet, der skræmmer?", "summarize"),
    ("So what you're saying is the drivers spend an hour loading.", "summarize"),
    # business case
    ("Det frigør tid, så jeres kokke kan koncentrere sig om maden.", "business_case"),
    ("It's cheaper than paying a temp agency every summer.", "business_case"),
    ("I kan tage flere ordrer ind uden overarbejde.", "business_case"),
    # offer support
    ("Vi kan tilbyde en mentor i opstarten.", "offer_support"),
    ("Jobcentret kan betale for et hygiejnekursus.", "offer_support"),
    ("We can handle all the paperwork for you.", "offer_support"),
    # evidence
    ("Et vognmandsfirma i Skive har haft to i praktik, og begge blev ansat.", "evidence"),
    ("Our figures show that 70 percent stay on after the trial.", "evidence"),
    ("Ifølge en undersøgelse er fraværet ikke højere.", "evidence"),
    # candidate pitch
    ("Hun har otte års erfaring fra et vaskeri og er meget grundig.", "candidate_pitch"),
    ("He's reliable and used to early mornings.", "candidate_pitch"),
    ("jeg har en kandidat der brænder for dyr", "candidate_pitch"),
    # proposal
    ("Hvad med at hun kommer tirsdag og torsdag fra 8 til 12?", "proposal"),
    ("Jeg foreslår seks ugers praktik med 20 timer om ugen.", "proposal"),
    ("How about he starts on Monday with four hours a day?", "proposal"),
    # ask commitment
    ("Kan jeg regne med jer?", "ask_commitment"),
    ("Er vi enige om det?", "ask_commitment"),
    ("Do we have a deal?", "ask_commitment"),
    # next steps
    ("Jeg sender aftalen på mail i morgen.", "next_steps"),
    ("Vi følger op efter tre uger.", "next_steps"),
    ("I'll call you on Thursday.", "next_steps"),
    # pressure
    ("Det er altså bare fordomme.", "pressure"),
    ("I har et samfundsansvar her.", "pressure"),
    ("Come on, that's just an excuse.", "pressure"),
    # other
    ("ok", "other"),
    ("hmm", "other"),
    ("javel", "other"),
    ("Min telefon ringer, et øjeblik.", "other"),
    ("asdfgh", "other"),
]


@pytest.mark.parametrize(("text", "act"), SINGLE)
def test_single_act(text: str, act: str) -> None:
    assert classify_acts(text) == [act]


# --- labelling rules from acts.md -------------------------------------------------------------

RULES = [
    # scheme + concrete terms -> proposal; scheme alone -> offer_support
    ("Vi kunne lave et fleksjob på 10 timer om ugen.", ["proposal"]),
    ("Fleksjob kunne være en mulighed for jer.", ["offer_support"]),
    ("Vi kan betale for en mentor de første tre måneder.", ["offer_support"]),
    (
        "Vi har løntilskud. Hvad med fire måneder fra 1. maj, 25 timer om ugen?",
        ["offer_support", "proposal"],
    ),
    # checking understanding -> summarize, not closed_question
    ("Har jeg forstået dig ret, at det især er weekenderne?", ["summarize"]),
    # how about + terms -> proposal; without terms -> open question
    ("Hvad med 8 timer om ugen på lageret?", ["proposal"]),
    ("Hvad med jeres medarbejdere, hvordan har de det med det?", ["open_question"]),
    # moralising even when polite -> pressure
    ("Med al respekt, så er det jo bare fordomme.", ["pressure"]),
    ("Jeg siger ikke, at I har fordomme.", ["other"]),
    # filler alone -> other, never acknowledge
    ("ok okay hmm", ["other"]),
    # meeting length / what to cover -> agenda, not a question
    ("Hvor meget tid har du i dag?", ["agenda"]),
    # commitment questions are not closed questions
    ("Skal vi sige, at vi gør det?", ["ask_commitment"]),
    ("Må jeg skrive jer på som praktiksted?", ["ask_commitment"]),
    # "kan du fortælle" is open despite verb-first
    ("Kan du fortælle, hvordan I oplærer nye?", ["open_question"]),
    # acknowledge + a second act in one sentence
    (
        "Det er helt forståeligt, men det sparer jer for dyrt overarbejde.",
        ["acknowledge", "business_case"],
    ),
    ("Det forstår jeg godt. Hvordan klarer I det i dag?", ["acknowledge", "open_question"]),
    (
        "Hej Lise, tak fordi jeg måtte komme. Formålet i dag er at høre om jeres behov.",
        ["greeting", "agenda"],
    ),
    # "ja, men" is not an acknowledgement
    ("Ja, men det er jo bare en undskyldning.", ["pressure"]),
    ("Jeg forstår godt, du er skeptisk, men I er altså nødt til at tænke anderledes.",
     ["pressure"]),
    # "hvad med" + a scheme or support and no terms offers it (acts.md)
    ("Hvad med en mentor?", ["offer_support"]),
    ("Hvad med en praktik?", ["offer_support"]),
    ("Hvad med en praktik på ti timer om ugen?", ["proposal"]),
    # arithmetic on the company's own people is an argument, not a proposal of hours
    ("Ti montører gange en time om dagen – det er halvtreds timer om ugen, I ikke kan fakturere.",
     ["business_case"]),
    # disclaiming pressure is no act; the rest of the turn is read as said
    ("Jeg skal ikke presse dig. Tænk over det til weekenden, så ringer jeg mandag.",
     ["next_steps"]),
    # admin and a plan for bad days are support, whatever the model guesses
    ("Papirerne klarer jeg, du skal bare skrive under.", ["offer_support"]),
    ("Vi laver en plan sammen med Sara for, hvad hun gør, hvis hun får det skidt.",
     ["offer_support"]),
    ("Og så laver vi en plan for, hvad der skal ske, hvis hun mærker presset komme.",
     ["offer_support"]),
    # a lead naming the question's subject is no proposal
    ("Hvad med fakturaerne – hvordan når I dem?", ["open_question"]),
    ("Hvad med de offentlige udbud, hvordan håndterer I kravene der?", ["open_question"]),
    ("Hvad med fire formiddage om ugen, fra syv til elleve, ved afgratningen?", ["proposal"]),
    # "ja, men" is read by what follows; comfort after it is no acknowledgement
    ("Ja, men det går sikkert fint, skal du se.", ["other"]),
    ("Ja, men det er netop derfor, jeg selv bliver din faste kontakt.", ["offer_support"]),
    # a condition of several commas: the main clause asks
    ("Hvis der var én, der hver morgen gik kølediskene igennem, hvad ville det så betyde for jer?",
     ["open_question"]),
    # checking understanding in the trade's idioms
    ("Har jeg fat i den rigtige ende?", ["summarize"]),
    # arithmetic in the employer's own terms
    ("Så hvis ti montører bruger en time hver, er det ti timer om dagen, I ikke kan skrive "
     "regning på.", ["business_case"]),
]


@pytest.mark.parametrize("text", ["Jeg har læst, at I havde en i praktik for et par år siden.",
                                  "Sidste gang I havde en i løntilskud, gik det skævt, ikke?"])
def test_a_scheme_named_as_what_happened_before_offers_nothing(text: str) -> None:
    assert "offer_support" not in read_turn(text).acts


@pytest.mark.parametrize(("text", "acts"), RULES)
def test_labelling_rules(text: str, acts: list[str]) -> None:
    assert classify_acts(text) == acts


# --- readings: question form, SPIN, yes-but, cues ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "spin"),
    [
        ("Hvordan ser en typisk dag ud?", "open", "situation"),
        ("Hvad er det sværeste ved at finde folk?", "open", "problem"),
        ("Hvor går det galt?", "open", "problem"),
        ("Hvad betyder det for jeres kunder?", "open", "implication"),
        ("Hvad sker der, når en chauffør er syg?", "open", "implication"),
        ("What does that mean for your deliveries?", "open", "implication"),
        ("Hvad ville det betyde, hvis nogen tog opvasken?", "open", "need_payoff"),
        ("Hvordan ville det hjælpe jer?", "open", "need_payoff"),
        ("How would it help if someone did the packing?", "open", "need_payoff"),
        ("Har I kantine?", "closed", None),
        ("bruger i vikarer", "closed", None),
        ("Do you work weekends?", "closed", None),
        ("Vi kan tilbyde en mentor.", None, None),
    ],
)
def test_question_kind_and_spin(text: str, kind: str | None, spin: str | None) -> None:
    reading = read_turn(text).sentences[0]
    assert reading.question_kind == kind
    assert reading.question is (kind is not None)
    assert reading.spin == spin


@pytest.mark.parametrize(
    ("text", "yes_but"),
    [
        ("Ja, men det koster jo ingenting.", True),
        ("jamen det passer ikke", True),
        ("Yes, but you get paid for it.", True),
        ("Det forstår jeg godt, men I får refusion.", True),
        ("Det forstår jeg godt. Hvad skete der?", False),
        ("Vi kan tilbyde en mentor, men kun i tre måneder.", False),
    ],
)
def test_yes_but(text: str, yes_but: bool) -> None:
    assert read_turn(text).yes_but is yes_but


def test_read_turn_structure_and_cues() -> None:
    text = "Det er bare en undskyldning. Hvad betyder det for jeres kunder?"
    reading = read_turn(text)
    assert isinstance(reading, TurnReading)
    assert reading.acts == ("pressure", "open_question")
    assert len(reading.sentences) == 2
    first, second = reading.sentences
    assert isinstance(first, SentenceReading)
    assert first.acts == ("pressure",) and first.lang == "da"
    assert any("undskyldning" in cue for cue in first.cues)
    assert second.question and second.question_kind == "open"
    assert "hv-question" in second.cues
    assert second.spin == "implication"
    with pytest.raises(AttributeError):
        reading.acts = ("other",)  # type: ignore[misc]


def test_cues_are_human_readable() -> None:
    for text in ["Har I kantine?", "Ja, men det er fordomme.", "Hvad med 10 timer om ugen?"]:
        for sentence in read_turn(text).sentences:
            assert sentence.cues
            assert all(isinstance(c, str) and c and not c.startswith("\\") for c in sentence.cues)


def test_english_sentence_language() -> None:
    assert read_turn("Do you have any part-time staff already?").sentences[0].lang == "en"


# --- robustness and speed ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\x00\x01\x02",
        "😀😀😀",
        "[bold]hej[/bold]",
        "?!?...",
        "a" * 10_000,
        "Hej. " * 2_000,
        "§",
        "—",
        "\u202e\u200b",
        "[",
        "1. 2. 3.",
        "\n\n\n",
    ],
)
def test_never_raises_on_odd_input(text: str) -> None:
    acts = classify_acts(text)
    assert acts and all(a in ACTS for a in acts)
    assert len(acts) == len(set(acts))
    assert acts == ["other"] or "other" not in acts


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_property_always_known_acts(text: str) -> None:
    acts = classify_acts(text)
    assert acts, "must never be empty"
    assert all(a in ACTS for a in acts)
    assert len(acts) == len(set(acts))
    assert acts == ["other"] or "other" not in acts


# --- figures ----------------------------------------------------------------------------------


@pytest.mark.skipif(not DEV_SET.exists(), reason="shared dev set not available")
def test_dev_set_micro_f1() -> None:
    assert _micro_f1(_load(DEV_SET)) >= 0.90


def test_own_check_set_micro_f1() -> None:
    rows = _load(OWN_CHECK)
    assert len(rows) >= 150
    assert all(acts <= set(ACTS) for _, acts in rows)
    # the rules were tuned against this set and the model is trained on a copy of it
    # (sim/data/acts_own_check.jsonl): below 0.95 is a regression, not a generalisation figure
    assert _micro_f1(rows) >= 0.95


# --- the statistical layer: example bank, training, honest figures ------------------------------


def test_bank_is_large_varied_and_labelled_per_the_inventory() -> None:
    rows = _load(BANK)
    assert len(rows) >= 1800
    per_act = Counter(a for _, acts in rows for a in acts)
    assert set(per_act) == set(ACTS)
    assert min(per_act.values()) >= 120, per_act
    assert all(acts and acts <= set(ACTS) for _, acts in rows)
    assert all(acts == {"other"} or "other" not in acts for _, acts in rows)
    texts = [t.strip().lower() for t, _ in rows]
    assert len(set(texts)) == len(texts), "duplicate utterances in the bank"
    danish = sum(acts_module.detect_language(t) == "da" for t in texts)
    assert 0.5 <= danish / len(texts) <= 0.75
    if DEV_SET.exists():  # the bank is original: no dev sentence in it
        assert not {t.strip().lower() for t, _ in _load(DEV_SET) if len(t) > 12} & set(texts)


def test_shipped_model_is_in_step_with_the_bank_and_the_rules() -> None:
    # the model is learnt once, by `brobygger train-acts`, and shipped; any change to the bank or
    # to the rules whose cues it learns from must be followed by a rebuild
    learnt = acts_module.learn_from_bank()
    shipped = acts_module.ModelCounts.from_json(
        acts_module.shipped_model_path().read_text(encoding="utf-8")
    )
    assert shipped.acts == learnt.acts and shipped.docs == learnt.docs
    changed = sorted(f for f in learnt.counts.keys() | shipped.counts.keys()
                     if learnt.counts.get(f) != shipped.counts.get(f))
    assert not changed, (
        f"sim/data/acts_model.json is out of step ({len(changed)} features, e.g. {changed[:5]}): "
        "run `uv run brobygger train-acts`"
    )
    # and it round-trips, so the file says exactly what was learnt
    assert acts_module.ModelCounts.from_json(learnt.to_json()) == learnt


def test_model_decisions_carry_a_readable_cue() -> None:
    # no cue list covers this wording; the model reads it as an argument in the company's terms
    reading = read_turn("Hvis lageret er ryddeligt, når montørerne ud til flere kunder om dagen.")
    assert reading.acts == ("business_case",)
    cues = reading.sentences[0].cues
    assert any(
        re.fullmatch(r"model: business_case 0\.\d\d|model: business_case 1\.00", c) for c in cues
    ), cues


def _fold(text: str, k: int = 5) -> int:
    import zlib

    return zlib.crc32(text.encode("utf-8")) % k


def test_cross_validated_bank_fold_micro_f1() -> None:
    """Train on four fifths of the bank (plus the old check set), score the held-out fifth.

    Five-fold cross-validation gave 0.894 micro-F1 at hand-over (fold 0: 0.878); the honest
    proxy for fresh utterances, unlike the dev and own-check figures (both trained or tuned on).
    """
    rows = [json.loads(line) for line in BANK.read_text(encoding="utf-8").splitlines() if line]
    train = [r for r in rows if _fold(r["text"]) != 0]
    test = [(r["text"], set(r["acts"])) for r in rows if _fold(r["text"]) == 0]
    extra = acts_module._bank_rows(acts_module._EXTRA_FILE)
    model = acts_module._train_nb(acts_module._training_examples(train + extra))
    try:
        acts_module._use_model(model)
        score = _micro_f1(test)
    finally:
        acts_module._use_model(None)
    assert len(test) > 300
    assert score >= 0.85


# Blind sets written by another engineer; scored (summary only) once at hand-over:
# blind_a 0.948 (progress check), blind_b 0.950, blind_c 0.961.
BLIND_FLOORS = {"blind_a": 0.93, "blind_b": 0.93, "blind_c": 0.94}


@pytest.mark.parametrize("name", sorted(BLIND_FLOORS))
def test_blind_set_micro_f1(name: str) -> None:
    path = BLIND_DIR / f"{name}.jsonl"
    if not path.exists():
        pytest.skip(f"{name} not present")
    score = _micro_f1(_load(path))
    assert score >= BLIND_FLOORS[name], f"{name}: micro-F1 {score:.3f}"  # never print sentences


# --- over-fires found on fresh utterances -----------------------------------------------------

OVER_FIRES = [
    # off-topic questions are not needs discovery
    ("Hvor er toilettet?", ["other"]),
    ("Skal vi have mere kaffe?", ["other"]),
    ("Is it going to rain later?", ["other"]),
    ("Må jeg låne din oplader et øjeblik?", ["other"]),
    ("Where did you park your car?", ["other"]),
    # "han/hun + verb" is not a pitch by itself
    ("Hun er syg i dag.", ["other"]),
    ("Han er på ferie i næste uge.", ["other"]),
    # ... while on-topic questions and real pitches still are
    ("Har I travlt om morgenen i bageriet?", ["closed_question"]),
    ("Hvordan fordeler I vagterne mellem jer?", ["open_question"]),
    ("Do your drivers load the vans themselves?", ["closed_question"]),
    ("Hun er meget pålidelig og har kørt truck i ti år.", ["candidate_pitch"]),
]


@pytest.mark.parametrize(("text", "acts"), OVER_FIRES)
def test_known_over_fires(text: str, acts: list[str]) -> None:
    assert classify_acts(text) == acts


# wording outside the cue lists (recall losses seen on fresh batches)
UNCUED = [
    ("Your lads would spend their afternoons on jobs you can invoice.", "business_case"),
    ("Det betyder færre knallerter, der står og venter på reservedele.", "business_case"),
    ("Så jeres folk bruger en god del af fredagen på at vaske biler?", "summarize"),
    ("Jeg lægger en invitation i din kalender til et opfølgende møde.", "next_steps"),
    ("Ærlig talt synes jeg, I er alt for kræsne.", "pressure"),
    ("Hun er vant til at stå op hele dagen og er aldrig syg.", "candidate_pitch"),
    ("A cleaning firm in Herning has kept two of our candidates on for three years.", "evidence"),
    ("That sounds like a really tough winter for you.", "acknowledge"),
]


@pytest.mark.parametrize(("text", "act"), UNCUED)
def test_uncued_wording(text: str, act: str) -> None:
    assert classify_acts(text) == [act]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a question about the company's time is not the meeting's time frame
        ("Hvor lang tid tager det typisk at få besat en stilling herude?", ("open_question",)),
        ("Hvor meget tid går der med at finde dele frem, før samlingen kan gå i gang?",
         ("closed_question",)),
        ("Hvor lang tid har du i dag?", ("agenda",)),
        # the model does not turn a question's form into an argument, an agenda or a summary
        ("Hvem lærer lærlingene at læse tegninger og måle op hos jer?", ("open_question",)),
        ("Hvor meget af montørernes tid går med at hente materialer, i stedet for at være ude "
         "på opgaven?", ("closed_question",)),
        ("Kunne det være noget for jer at få hjælp om morgenen?", ("closed_question",)),
        # the main clause after "hvis ..." asks
        ("Hvis hver montør fik en time mere ude hos kunderne, hvad ville det så betyde for jer?",
         ("open_question",)),
        ("Kunne en virksomhedspraktik være noget for jer?", ("offer_support",)),
    ],
)
def test_questions_keep_their_form(text: str, expected: tuple[str, ...]) -> None:
    assert read_turn(text).acts == expected


@pytest.mark.parametrize(
    "text",
    ["Ville det hjælpe, hvis jobcentret tog sig af alt papirarbejdet?",
     "Kunne det gøre en forskel, hvis du fik én fast kontaktperson hos os?",
     "Hvad hvis jeg klarer alt papirarbejdet for dig?",
     "Hvad nu hvis vi stiller med en mentor?"],
)
def test_an_offer_put_as_a_question_offers(text: str) -> None:
    assert read_turn(text).acts == ("offer_support",)


def test_a_hypothetical_without_help_in_it_is_a_question() -> None:
    assert read_turn("Ville det hjælpe, hvis I havde én mere om morgenen?").acts == (
        "closed_question",)


@pytest.mark.parametrize("text", ["Og det er vel efterbehandlingen, der er flaskehalsen, ikke?",
                                  "Det er lageret, der driller mest, ikke?"])
def test_a_cleft_with_a_tag_checks_ones_own_reading(text: str) -> None:
    assert read_turn(text).acts == ("summarize",)


def test_a_leading_tag_question_is_no_summary() -> None:
    assert "summarize" not in read_turn("Det er vel ikke noget, der koster jer noget, vel?").acts


def test_a_closing_pleasantry_is_a_greeting() -> None:
    assert read_turn("Tusind tak for i dag, Lotte – det har været et rigtig godt møde.").acts == (
        "greeting",)


def test_a_guess_less_sure_than_not_decides_nothing() -> None:
    reading = read_turn("Undskyld, jeg kom til at afbryde dig.")
    assert reading.acts == ("other",)
    assert not reading.sentences[0].guessed


@pytest.mark.parametrize("text", ["Du har fortalt mig, at morgenholdet aldrig når datoerne.",
                                  "Jeg har lyttet til, at det er lageret, der presser jer.",
                                  "Du har sagt to ting, som hænger sammen."])
def test_a_recap_of_what_the_employer_said_summarises(text: str) -> None:
    assert "summarize" in read_turn(text).acts


def test_amending_the_hours_on_the_table_is_a_proposal() -> None:
    assert "proposal" in read_turn("Så vi siger stadig 15 timer, men kun pluk til sagerne.").acts


def test_a_deadline_or_a_threat_behind_a_disclaimer_is_pressure() -> None:
    assert "pressure" in read_turn("Jeg vil ikke presse dig, men jeg skal altså bruge et svar i "
                                   "dag, ellers går pladsen til en anden butik.").acts


def test_support_suggested_as_a_solution_offers_it() -> None:
    assert read_turn("Kunne mentorstøtte være en løsning for jer?").acts == ("offer_support",)


def test_a_duration_of_the_work_is_no_agenda() -> None:
    assert "agenda" not in read_turn("Så de står altså og roder på lageret i en times tid, før "
                                     "de kan komme afsted.").acts
    assert "agenda" in read_turn("Vi har en halv time, så jeg foreslår, at du fortæller først."
                                 ).acts


@pytest.mark.parametrize("text", [
    "Lad os lige lege med tanken: hvis hver montør fik en time mere, hvad ville I så kunne nå?",
    "Jeg tænker på, hvordan en arbejdsdag ser ud for en af dine smede.",
    "Noget helt andet: hvordan går det med rekrutteringen?"])
def test_a_lead_in_or_an_indirect_question_still_asks_openly(text: str) -> None:
    assert read_turn(text).acts == ("open_question",)


@pytest.mark.parametrize("text", ["Alt over 10 kilo klares med kranen.",
                                  "Han skal ikke stå mere end 4 timer ad gangen."])
def test_a_limit_is_no_figure(text: str) -> None:
    assert "evidence" not in read_turn(text).acts


@pytest.mark.parametrize("text", ["Salling har over 1000 ansat i fleksjob.",
                                  "Over halvdelen bliver i jobbet bagefter."])
def test_a_figure_is_still_evidence(text: str) -> None:
    assert "evidence" in read_turn(text).acts


@pytest.mark.parametrize(("text", "acts"), [
    ("Jeg sender dig en opsummering og praktikaftalen i morgen.", ["next_steps"]),
    ("Lad mig lave en kort opsummering.", ["summarize"]),
    ("Hun står ved pressen i gården og presser pap.", ["candidate_pitch"]),  # the baler
    ("Ellers går jeg til pressen med det.", ["pressure"]),
])
def test_words_with_two_meanings_are_read_by_their_frame(text: str, acts: list[str]) -> None:
    assert [a for a in read_turn(text).acts if a != "other"] == acts


@pytest.mark.parametrize("text", [
    "Det er ikke i orden, og det beklager jeg.",  # owning the jobcentre's fault
    "Tunge løft klarer I med kran – ellers kan vi søge hjælpemidler.",  # an alternative offered
])
def test_an_apology_and_an_alternative_on_offer_press_no_one(text: str) -> None:
    assert "pressure" not in read_turn(text).acts


@pytest.mark.parametrize("text", [
    "Ellers går vi til en anden virksomhed.",
    "Ellers må I undvære hende.",
    "Ja, men det er jo bare en undskyldning.",  # an excuse, said of theirs
])
def test_an_ultimatum_and_a_dismissal_still_press(text: str) -> None:
    assert "pressure" in read_turn(text).acts

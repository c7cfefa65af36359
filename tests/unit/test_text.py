"""Unit tests for sim.text: normalisation, tokens, stems, sentence splitting, language guess."""

from __future__ import annotations

import pytest

from sim.text import detect_language, normalize, split_sentences, stem, tokenize


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  Hej   MED\tdig  ", "hej med dig"),
        ("ÆBLER, Øl og ÅL", "æbler, øl og ål"),
        ("ﬁne", "fine"),  # NFKC ligature
        ("a\x00b\x07c", "abc"),  # control characters dropped
        ("linje1\nlinje2\r\nlinje3", "linje1 linje2 linje3"),
        ("zero\u200bwidth", "zerowidth"),
        ("", ""),
        ("It’s", "it's"),
    ],
)
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Hvad med 12 timer?", ["hvad", "med", "12", "timer"]),
        ("En §56-aftale", ["en", "§56", "aftale"]),
        ("hæve-sænkebord, tak", ["hæve-sænkebord", "tak"]),
        ("I'm fine", ["i'm", "fine"]),
        ("2,5 mio. kr.", ["2,5", "mio", "kr"]),
        ("?!...", []),
    ],
)
def test_tokenize(raw: str, expected: list[str]) -> None:
    assert tokenize(raw) == expected


@pytest.mark.parametrize(
    ("token", "lang", "expected"),
    [
        ("overarbejdet", "da", "overarbejd"),
        ("overarbejde", "da", "overarbejd"),
        ("erfaringer", "da", "erfaring"),
        ("Enige", "da", "enig"),
        ("understanding", "en", "understand"),
        ("proposals", "en", "propos"),
        ("", "da", ""),
    ],
)
def test_stem(token: str, lang: str, expected: str) -> None:
    assert stem(token, lang) == expected


def test_stem_inflections_share_a_stem() -> None:
    assert stem("opsummere") == stem("opsummeret")
    assert stem("aftalen") == stem("aftale")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hej Morten, tak for kaffen. Skal vi starte med jeres travle perioder?",
            ["Hej Morten, tak for kaffen.", "Skal vi starte med jeres travle perioder?"],
        ),
        (
            "Vi kan f.eks. starte den 1. marts kl. 8. Er det ok?",
            ["Vi kan f.eks. starte den 1. marts kl. 8.", "Er det ok?"],
        ),
        ("Det er bl.a. ca. 2.5 timer. Godt!", ["Det er bl.a. ca. 2.5 timer.", "Godt!"]),
        (
            "Vi kan lave en §56-aftale. Nr. 3 er vigtig.",
            ["Vi kan lave en §56-aftale.", "Nr. 3 er vigtig."],
        ),
        (
            "Hej hej, jeg er Louise – vi har skrevet sammen.",
            ["Hej hej, jeg er Louise", "vi har skrevet sammen."],
        ),
        ("Det forstår jeg… Hvad så nu?", ["Det forstår jeg...", "Hvad så nu?"]),  # NFKC
        ("linje et\nlinje to", ["linje et", "linje to"]),
        ("Hvad?! Nej!", ["Hvad?!", "Nej!"]),
        (
            "Opsummeret: tre dage om ugen, ingen tunge løft.",
            ["Opsummeret: tre dage om ugen, ingen tunge løft."],
        ),
        ("han starter 2. gang på mandag", ["han starter 2. gang på mandag"]),
        ("lowercase no punctuation at all", ["lowercase no punctuation at all"]),
        ("", []),
        ("   \n  ", []),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Har I en sikkerhedsrepræsentant?", "da"),
        ("er det dig der har personaleansvaret", "da"),
        ("Do you have any part-time staff already?", "en"),
        ("What keeps you up at night when it comes to staffing?", "en"),
        ("hmm", "da"),
        ("", "da"),
        ("Hvad med fire uger i praktik?", "da"),
        ("I'll email you a summary this afternoon.", "en"),
    ],
)
def test_detect_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize(
    "raw", ["Hej med dig", "æøå ÆØÅ §56", "a\tb", "x\u200by", "\x00\x01", "é\u0301"]
)
def test_normalize_fast_path_agrees_with_character_scan(raw: str) -> None:
    import unicodedata

    from sim.text import _CONTROL_CATS, _clean_chars

    slow = "".join(
        " " if ch in "\t\n\r\f\v" else ch
        for ch in raw
        if ch in "\t\n\r\f\v" or unicodedata.category(ch) not in _CONTROL_CATS
    )
    assert _clean_chars(raw) == slow


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Sara kommer – mandag, onsdag og fredag – fra halv syv til halv ti.", 1),
        ("Camilla starter med tolv timer om ugen – tre dage á fire timer – og fylder bilerne op.",
         1),
        ("Hvad med de offentlige udbud – hvordan oplever I dem?", 2),
        ("Tusind tak for i dag, Lotte – det har været et godt møde.", 2),
    ],
)
def test_a_short_aside_between_two_dashes_is_part_of_the_sentence(text: str, parts: int) -> None:
    assert len(split_sentences(text)) == parts


def test_a_lone_small_letter_before_a_capital_ends_the_sentence() -> None:
    from sim.text import split_sentences

    assert split_sentences("Og dine søndage oven i. Hvad ville det være værd for dig?") == [
        "Og dine søndage oven i.", "Hvad ville det være værd for dig?"]
    assert split_sentences("Han hedder Jens P. Hansen.") == ["Han hedder Jens P. Hansen."]

"""Need vocabulary: a question in the employer's own words of a need touches its area."""

from sim.reading.need_words import NeedWords

NEEDS = NeedWords(
    [
        ("seniors", ["De erfarne smede går på pension om få år, og deres viden forsvinder."]),
        ("orders", ["Vi sagde nej til ordrer, fordi efterbehandlingen er flaskehals."]),
    ]
)


def test_a_question_sharing_distinctive_words_finds_the_need() -> None:
    hits = NEEDS.match("Hvad gør I for de erfarne, når de nærmer sig pension?")
    assert [h.need for h in hits] == ["seniors"]
    assert set(hits[0].words) == {"erfarne", "pension"}


def test_one_shared_word_or_common_words_are_not_enough() -> None:
    assert NEEDS.match("Hvordan ser en typisk dag ud for de erfarne?") == []
    assert NEEDS.match("Hvad laver jeres folk hele dagen og hele ugen?") == []

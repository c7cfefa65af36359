"""Which need a question is about: the most specific area first, and the question answered first."""

from __future__ import annotations

from sim.content.library import ContentLibrary
from sim.evaluation import play_lines, said_turn

HELLO = "Hej, jeg hedder Line og er virksomhedskonsulent i jobcentret. Tak fordi jeg måtte komme."


def _last(library: ContentLibrary, scenario: str, *lines: str) -> dict:
    doc = play_lines(library, scenario, [HELLO, *lines])
    turn = said_turn(doc, len(lines) + 1)
    assert turn is not None
    return turn


def _needs(turn: dict) -> list[str]:
    return [e.get("id") or e.get("need") for e in turn["events"]
            if e["type"] in ("need_revealed", "hint")]


def test_own_topic_outweighs_the_everyday_setting(bundled_library: ContentLibrary) -> None:
    # "bemanding" is the setting of the bottle-return need; "lørdag" is the weekend rush itself
    turn = _last(bundled_library, "dagligvare-angst",
                 "Hvordan ser en lørdag formiddag ud hos jer, når vi taler bemanding?")
    assert _needs(turn) == ["weekend_peaks"]


def test_longer_words_break_a_tie(bundled_library: ContentLibrary) -> None:
    # click-and-collect and the mornings are both a need's own topic; the compound says more
    turn = _last(bundled_library, "dagligvare-angst",
                 "Hvordan er I organiseret omkring klik-og-hent-ordrerne om morgenen?")
    assert _needs(turn) == ["click_collect_backlog"]
    assert turn["topics"]["click_collect"]["words"] == "klik og hent"


def test_a_question_is_answered_while_a_concern_is_talked_past(
    bundled_library: ContentLibrary,
) -> None:
    # Henrik raises his bad experience at once; two questions past it later, one about
    # recruitment is still answered - the need is told - and the concern comes back after it
    lines = ["Kort dagsorden: jeres produktion, hvad der driller, og til sidst om vi har noget.",
             "Hvor mange er I i produktionen?",
             "Hvordan går det med at finde svejsere herude?"]
    doc = play_lines(bundled_library, "staal-smed-fleksjob", [HELLO, *lines])
    raised = said_turn(doc, 2)
    assert raised is not None and [e["type"] for e in raised["events"]].count(
        "objection_raised") == 1
    turn = said_turn(doc, 4)
    assert turn is not None
    kinds = [e["type"] for e in turn["events"]]
    assert "objection_ignored" in kinds and "need_revealed" in kinds
    assert [e["id"] for e in turn["events"] if e["type"] == "need_revealed"] == [
        "recruitment_shortage"]
    replies = " ".join(r["text"] for r in turn["replies"] if r["speaker"] == "employer")
    need_lines = next(n.lines for n in bundled_library.scenarios["staal-smed-fleksjob"].needs
                      if n.id == "recruitment_shortage")
    first_answer = min((replies.find(h) for h in need_lines if h in replies), default=-1)
    # the concern comes back by its own question: "Men mit spørgsmål står stadig: hvorfor ...?"
    first_repeat = replies.find("hvorfor skulle det gå anderledes denne gang?")
    assert 0 <= first_answer < first_repeat, replies


def test_a_question_on_another_subject_right_after_a_concern_does_not_explore_it(
    bundled_library: ContentLibrary,
) -> None:
    # "Hvor mange er I i produktionen?" straight after Henrik's bad experience asks about the
    # production, not about what went wrong: the concern is talked past, not explored
    lines = ["Kort dagsorden: jeres produktion, hvad der driller, og til sidst om vi har noget.",
             "Hvor mange er I i produktionen?"]
    turn = said_turn(play_lines(bundled_library, "staal-smed-fleksjob", [HELLO, *lines]), 3)
    assert turn is not None
    kinds = [e["type"] for e in turn["events"]]
    assert "objection_explored" not in kinds and "objection_ignored" in kinds


def test_a_statement_touching_a_topic_during_an_open_concern_hints_nothing(
    bundled_library: ContentLibrary,
) -> None:
    lines = ["Kort dagsorden: jeres produktion, hvad der driller, og til sidst om vi har noget.",
             "Vi har mange gode svejsere i vores jobcentre."]
    turn = said_turn(play_lines(bundled_library, "staal-smed-fleksjob", [HELLO, *lines]), 3)
    assert turn is not None and _needs(turn) == []


def test_a_follow_up_question_later_still_explores_the_concern(
    bundled_library: ContentLibrary,
) -> None:
    # two turns after Henrik's bad experience, a question about it explores it, not ignores it
    lines = ["Kort dagsorden: jeres produktion, hvad der driller, og til sidst om vi har noget.",
             "Hvor mange er I i produktionen?",
             "Hvad var det præcis, der gik galt dengang?"]
    turn = said_turn(play_lines(bundled_library, "staal-smed-fleksjob", [HELLO, *lines]), 4)
    assert turn is not None
    kinds = [e["type"] for e in turn["events"]]
    assert "objection_explored" in kinds and "objection_ignored" not in kinds


def test_the_subject_of_the_question_outweighs_its_setting(
    bundled_library: ContentLibrary,
) -> None:
    # "hver morgen, inden I åbner" is when; the date check is what the question is about
    turn = _last(bundled_library, "dagligvare-angst",
                 "Hvad ville det betyde for jer, hvis datokontrollen blev gjort grundigt hver "
                 "morgen, inden I åbner?")
    assert _needs(turn) == ["food_waste"]


def test_a_hint_answers_a_question_not_a_greeting(bundled_library: ContentLibrary) -> None:
    # small talk about the production touches the steel works' everyday, but asks nothing
    doc = play_lines(bundled_library, "staal-smed-fleksjob",
                     ["Hej, Kristian fra jobcentret. Jeg kan se, produktionen kører for fuldt."])
    turn = said_turn(doc, 1)
    assert turn is not None and turn["topics"] and _needs(turn) == []

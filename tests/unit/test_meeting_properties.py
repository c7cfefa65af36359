"""Property: any text, any order, the meeting answers and never raises (hypothesis)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sim.engine.meeting import Meeting

TEXT = st.one_of(
    st.text(max_size=300),
    st.sampled_from(
        [
            "",
            "[bold]Hej[/bold]",
            "\x00\x1b[2J",
            "😀" * 50,
            "Hvad med 400 timer om ugen i 99 uger?",
            "Hvordan håndterer I returvarerne?",
            "I må tage jer sammen!",
            "x" * 10_000,
        ]
    ),
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(turns=st.lists(TEXT, min_size=1, max_size=8), seed=st.integers(0, 2**31))
def test_every_turn_gets_a_reply_and_never_raises(mini_library, turns, seed) -> None:
    s = mini_library.scenarios["mini-lager"]
    m = Meeting(s, mini_library.personas[s.company.persona], seed=seed)
    for text in turns:
        if m.ended:
            break
        rec = m.take_turn(text)
        assert rec["replies"], text
        assert 0 <= m.state.trust <= 100
    if not m.ended:
        m.end()
    assert m.ended

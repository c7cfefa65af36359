"""What a question to the citizen is about, and what a line of theirs answers: one word list.

The citizen's `answer` lines say different things - their times, their experience, what they
need to do well, what they cannot do. A question put to them ("Hvilke formiddage passer dig
bedst?", "Hvad har du lavet før?") is answered with the line on its subject, read from the same
words in both, so an author's new line is placed by what it says, not by a tag.
"""

from __future__ import annotations

from collections.abc import Collection

from sim import cache
from sim.text import normalize

# Subjects in the order they are preferred when a question names several at the same place.
SUBJECTS: dict[str, str] = {
    "times": (
        r"\b(?:tider|tidspunkt\w*|hvornår|formiddag\w*|morgen\w*|eftermiddag\w*|ugedag\w*"
        r"|(?:hvilke|faste|få|nogle|et par) dage|mandag|tirsdag|onsdag|torsdag|fredag|timer|timetal"
        r"|klokken|kl\.|tidlig\w*|ad gangen|møde (?:ind|kl)|trappe op|bygge op|mornings?"
        r"|afternoons?|hours|which days|what time|start time)\b"
    ),
    "experience": (
        r"\b(?:erfaring\w*|har (?:\w+ ){0,2}lavet|lavede|plukket|pakket|i \d+ år|fra jeg var"
        r"|dengang|baggrund|tidligere|prøvet|kender (?:de fleste|varerne|varenumre)|genkende\w*"
        r"|bidrag\w*|kan tilbyde|god til|dygtig til|styrke\w*|første dag"
        r"|experience|worked|used to|background|before|contribute|good at)\b"
    ),
    "needs": (
        r"\b(?:brug for|vigtigt?|behov|skal der til|bedste for mig|har det bedst|bedst,? når"
        r"|ved,? hvad|vide på forhånd|tryg\w*|hvem jeg skal gå til|gå til|god start|godt i gang"
        r"|pause\w*|presset|dårlig\w* dag\w*|bliver for meget|for meget|angst\w*|sige det til"
        r"|(?:får|har) det svært|bliver svært|svær\w* dag\w*"
        r"|hvad (?:vil|skal) du (?:så )?(?:gerne )?have"
        r"|hjælpe\w* dig|hjælper dig"
        r"|need|important|matters|best when)\b"
    ),
    "limits": (
        r"\b(?:ryg(?:gen)?|løft\w*|bøjet|foroverbøjet|telefon\w*|kunde\w*|skifte stilling"
        r"|holde til|passe på|sige fra|skåne\w*|opmærksom\w*|back|lift\w*|phone|customers?)\b"
    ),
}

_RX = {name: cache.regex(rx) for name, rx in SUBJECTS.items()}


def subjects(text: str) -> list[str]:
    """The subjects `text` touches, the one named first first."""
    norm = normalize(text)
    found = [(m.start(), i, name) for i, (name, rx) in enumerate(_RX.items())
             if (m := rx.search(norm))]
    return [name for *_order, name in sorted(found)]


# A question about the work put to the citizen ("Hvad tænker du om det?", "Kan du se dig selv
# i det?") is best met by what they have done: their experience, then how they work best.
_FOR_THE_WORK = ("experience", "needs")


def best_answers(
    question: str, lines: list[str], about_work: bool, said: Collection[str] = ()
) -> tuple[str | None, list[str]]:
    """The subject the question asks about and the lines that answer it (all, if none does):
    its subjects in the order named, then, for `about_work` (the question is on the work just
    named), the citizen's experience and how they work best. A subject with a line not `said`
    yet comes before one whose lines are all said."""
    wanted = subjects(question) + (list(_FOR_THE_WORK) if about_work else [])
    found = [(subject, [line for line in lines if subject in subjects(line)])
             for subject in dict.fromkeys(wanted)]
    found = [(subject, fitting) for subject, fitting in found if fitting]
    for subject, fitting in found:
        if any(line not in said for line in fitting):
            return subject, _most_on(wanted, fitting)
    return (found[0][0], _most_on(wanted, found[0][1])) if found else (None, list(lines))


def _most_on(wanted: list[str], lines: list[str]) -> list[str]:
    """The lines that say most of what was asked: "passer fire timer, eller skal der være en
    pause?" is best met by the line on both the hours and the break."""
    share = {line: len(set(subjects(line)) & set(wanted)) for line in lines}
    best = max(share.values())
    return [line for line in lines if share[line] == best]

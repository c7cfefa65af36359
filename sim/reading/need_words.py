"""Need vocabulary: recognises a question about a need from the words the employer uses for it.

Authors list topic phrases, but consultants ask in their own words. The scenario also holds the
employer's own account of each need (its title, the lines that reveal it, its hints): a question
that shares enough distinctive words with that account is about the need's area, even when it hits
no listed phrase ("Hvad gør I for at holde på de erfarne folk?" and the line "de erfarne smede går
på pension"). Only distinctive words count: a word the scenario's other needs use too says
nothing, and common Danish and English words never count.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from sim.reading.lexicon import rank
from sim.reading.topics import STOPWORDS
from sim.text import stem, tokenize

MIN_STEM = 4  # shorter stems are too often other words
MIN_SHARED = 2  # distinct distinctive stems a question must share with a need's own words
COMMON_RANK = 300  # words among the language's N most frequent never count
# Words of everyday talk about work that say nothing about which need it is.
_COMMON = frozenset(
    """
    arbejde arbejder arbejdet folk mand mænd dag dage uge uger time timer tid tiden gang gange
    lige også bare godt meget mange mere mest noget nogen nogle ting andre anden andet hele helt
    godt gerne altid aldrig aldrig ofte først sidst sige siger sagt gøre gør gjort have haft
    være været kunne skulle ville blive bliver blevet komme kommer kom tage tager taget give
    giver stå står går gå finde ved vide tror synes tænke tænker virksomhed virksomheden firma
    firmaet hos jeres vores deres hvis fordi eller men også hvor hvordan hvad noget sådan
    rigtig faktisk egentlig ærligt måske jobcentret jobcenter kommunen borger borgeren
    people work time day week thing things really just also very much many more most some
    company business about would could should there here what when which
    """.split()
)


@dataclass(frozen=True)
class NeedWordsHit:
    """A question's words shared with one need's own account."""

    need: str
    words: tuple[str, ...]  # the trainee's words that matched


def _stems(text: str, lang: str) -> dict[str, str]:
    """Distinctive stems of a text, each with the first word it came from: not a stop word, not
    everyday work talk, and not among the most frequent words of the language ("koster",
    "blev", "stedet" say nothing about which need it is)."""
    out: dict[str, str] = {}
    for tok in tokenize(text):
        if tok in STOPWORDS or tok in _COMMON or tok.isdigit():
            continue
        r = rank(tok, lang)
        if r is not None and r < COMMON_RANK:
            continue
        s = stem(tok, lang)
        if len(s) >= MIN_STEM and s not in _COMMON:
            out.setdefault(s, tok)
    return out


class NeedWords:
    """Each need's distinctive stems, built once per scenario from its own texts."""

    def __init__(self, needs: Iterable[tuple[str, list[str]]], lang: str = "da") -> None:
        self.lang = lang
        own: dict[str, set[str]] = {nid: set(_stems(" ".join(texts), lang)) for nid, texts in needs}
        spread = Counter(s for stems in own.values() for s in stems)
        # a stem two or more needs share points at none of them
        self._stems = {nid: {s for s in stems if spread[s] == 1} for nid, stems in own.items()}

    def match(self, text: str) -> list[NeedWordsHit]:
        """Needs whose own words the text shares at least MIN_SHARED distinctive stems with,
        the most shared first."""
        said = _stems(text, self.lang)
        hits = []
        for nid, stems in self._stems.items():
            shared = [said[s] for s in said if s in stems]
            if len(shared) >= MIN_SHARED:
                hits.append(NeedWordsHit(nid, tuple(shared)))
        hits.sort(key=lambda h: -len(h.words))
        return hits

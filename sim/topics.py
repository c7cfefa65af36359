"""Phrase matching: finds a scenario's topics (or tasks) in the trainee's words.

Tolerant of Danish inflection (stems), compounds (a phrase word at the start or end of a longer
word), typos in longer words (rapidfuzz) and word order, while unrelated sentences stay unmatched.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from sim.text import normalize, stem, tokenize

# Words dropped from phrases: articles, pronouns and conjunctions. Particles stay ("lære op" is
# not "lære"), so a phrase with one must find it in the trainee's words too.
STOPWORDS: frozenset[str] = frozenset(
    """i og at de den det en et som er har var jeg du han hun vi jer os man der her så men
    eller nu når hvad hvordan hvor hvilke hvorfor sig sin sit sine min mit mine din dit dine
    jeres vores deres the a an of and or is are was be do does did you we they it this that
    your our their my me us how what why which who when where""".split()
)
MIN_COMPOUND = 4  # a phrase stem must be this long to be found inside a compound word
MIN_FUZZY = 5  # and this long to be matched with a typo
MAX_SUFFIX_GAP = 3  # a word that is a phrase word plus (or minus) a short ending
MAX_TYPO_DISTANCE = 1  # one edit for words of 5-7 letters, two from 8 letters


@dataclass(frozen=True)
class PhraseHit:
    """One key found in the text: which phrase matched, and the trainee's words that matched."""

    key: str
    phrase: str
    words: str


@dataclass(frozen=True)
class _Phrase:
    key: str
    text: str
    stems: tuple[str, ...]


def _words(text: str) -> list[str]:
    """Tokens with hyphenated compounds split into their parts ("klik-og-hent-ordrerne")."""
    return [part for token in tokenize(normalize(text)) for part in token.split("-") if part]


def _phrase_tokens(text: str) -> list[str]:
    return [t for t in _words(text) if t not in STOPWORDS]


class PhraseMatcher:
    """Finds which keys' phrases occur in a text. Built once per scenario; `match` is fast."""

    def __init__(self, groups: Mapping[str, Sequence[str]], lang: str = "da") -> None:
        self.lang = lang
        self._phrases: list[_Phrase] = []
        self._by_stem: dict[str, list[tuple[int, int]]] = defaultdict(list)
        self._fuzzy_buckets: dict[str, set[str]] = defaultdict(set)
        for key, phrases in groups.items():
            for phrase in phrases:
                stems = tuple(stem(t, lang) for t in _phrase_tokens(phrase))
                if not stems:
                    continue
                index = len(self._phrases)
                self._phrases.append(_Phrase(key, phrase, stems))
                for pos, s in enumerate(stems):
                    self._by_stem[s].append((index, pos))
                    if len(s) >= MIN_FUZZY:
                        self._fuzzy_buckets[s[:2]].add(s)

    def _stem_candidates(self, raw: str, stemmed: str) -> set[str]:
        """Phrase stems a single trainee word can stand for."""
        found: set[str] = set()
        by_stem = self._by_stem
        if stemmed in by_stem:
            found.add(stemmed)
        if raw in by_stem:
            found.add(raw)
        # compounds: a phrase word at the start of the raw word or the end of the stemmed word
        for k in range(MIN_COMPOUND, len(raw)):
            if raw[:k] in by_stem:
                found.add(raw[:k])
        for k in range(MIN_COMPOUND, len(stemmed)):
            if stemmed[-k:] in by_stem:
                found.add(stemmed[-k:])
        if len(stemmed) >= MIN_FUZZY:
            typo_ok = not found  # a typo only where the word is nothing else
            limit = MAX_TYPO_DISTANCE if len(stemmed) < 8 else 2
            for candidate in self._fuzzy_buckets.get(stemmed[:2], ()):
                gap = abs(len(candidate) - len(stemmed))
                if gap <= MAX_SUFFIX_GAP and (
                    candidate.startswith(stemmed) or stemmed.startswith(candidate)
                ):  # an inflection the stemmer left: "oplær" ~ "oplæring"
                    found.add(candidate)
                elif typo_ok and gap <= limit and (
                    Levenshtein.distance(candidate, stemmed, score_cutoff=limit) <= limit
                ):
                    found.add(candidate)
        return found

    def match(self, text: str) -> dict[str, PhraseHit]:
        """Keys whose phrases occur in `text`, each with its first matching phrase."""
        tokens = _words(text)
        if not tokens:
            return {}
        # phrase index -> position in phrase -> positions in text
        seen: dict[int, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
        for t_pos, raw in enumerate(tokens):
            for s in self._stem_candidates(raw, stem(raw, self.lang)):
                for p_index, p_pos in self._by_stem[s]:
                    seen[p_index][p_pos].append(t_pos)
        hits: dict[str, PhraseHit] = {}
        for p_index in sorted(seen):
            phrase = self._phrases[p_index]
            if phrase.key in hits:
                continue
            positions = seen[p_index]
            if len(positions) < len(phrase.stems):
                continue
            span = _tightest_span([positions[i] for i in range(len(phrase.stems))])
            if span is None or span[1] - span[0] > 2 * len(phrase.stems) + 2:
                continue
            words = " ".join(tokens[span[0] : span[1] + 1])
            hits[phrase.key] = PhraseHit(phrase.key, phrase.text, words)
        return hits


def _tightest_span(position_lists: list[list[int]]) -> tuple[int, int] | None:
    """The smallest text window holding one position from each list (distinct positions)."""
    best: tuple[int, int] | None = None
    for start in position_lists[0]:
        chosen = [start]
        for positions in position_lists[1:]:
            free = [p for p in positions if p not in chosen]
            if not free:
                return best
            chosen.append(min(free, key=lambda p: abs(p - start)))
        span = (min(chosen), max(chosen))
        if best is None or span[1] - span[0] < best[1] - best[0]:
            best = span
    return best


def topic_matcher(
    topics: Mapping[str, object], lang: str, other_lang: bool = True
) -> PhraseMatcher:
    """A matcher over a scenario's topics (models.Topic): its language, optionally the other."""
    groups: dict[str, list[str]] = {}
    for key, topic in topics.items():
        phrases = topic.phrases  # type: ignore[attr-defined]
        groups[key] = phrases.for_lang(lang) + (
            phrases.for_lang("en" if lang == "da" else "da") if other_lang else []
        )
    return PhraseMatcher(groups, lang)

"""Phrase collisions: the common words and names a scenario's topic phrases would take for theirs.

`brobygger check` runs the scenario's own matcher over the shipped word lists (the most frequent
Danish and English words, first names) and the scenario's names, and reports each phrase word a
different word would match ("mest" for "mester"), each phrase resting on a word so common that
nearly any turn has it ("ikke"), and each phrase word that is a name.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from sim.reading.lexicon import (
    LANGS,
    doing_and_deed,
    first_names,
    language_of,
    lemma,
    rank,
    same_family,
    words,
)
from sim.reading.topics import LEMMA, TAIL, PhraseMatcher

COMMON_RANK = 100  # a one-word phrase this common ("ikke", "dag") matches nearly anything


@dataclass(frozen=True)
class Collision:
    """One finding: the topic, phrase and phrase word, the word it hits, and what kind."""

    topic: str
    phrase: str
    phrase_lang: str  # the list the phrase is in
    phrase_word: str
    word: str
    kind: str  # "word" | "common" | "name"
    lang: str  # the word's language

    def message(self) -> str:
        if self.kind == "common":
            return (f"phrase '{self.phrase}' of topic '{self.topic}' rests on '{self.word}', one "
                    f"of the {COMMON_RANK} most common words: nearly any turn matches it; name "
                    "what is specific to the topic")
        if self.kind == "name":
            return (f"phrase '{self.phrase}' of topic '{self.topic}' holds the name "
                    f"'{self.word}': every mention of the person matches the topic")
        return (f"phrase '{self.phrase}' of topic '{self.topic}' also matches {self.word} "
                f"(different words) through '{self.phrase_word}'; use another form or a longer "
                "phrase")


def grouped(found: Iterable[Collision]) -> list[Collision]:
    """One finding per phrase and kind, the words it hits joined: 'ball', 'ballet', 'balls'."""
    out: dict[tuple[str, str, str], list[Collision]] = {}
    for c in found:
        out.setdefault((c.topic, c.phrase, c.kind), []).append(c)
    merged = []
    for group in out.values():
        words = ", ".join(f"'{w}'" for w in sorted({c.word for c in group}))
        first = group[0]
        merged.append(replace(first, word=words) if first.kind == "word" else first)
    return merged


def collisions(matcher: PhraseMatcher, names: Iterable[str] = ()) -> Iterator[Collision]:
    """Every collision of the matcher's phrases with the word lists and `names`."""
    names = {n.lower() for n in names} | first_names()
    for key, phrase, content, phrase_lang in matcher.phrases:
        content = list(content)
        for w in content:
            if w in names or (w.endswith("s") and w[:-1] in names):  # "Saras"
                yield Collision(key, phrase, phrase_lang, w, w, "name", phrase_lang)
        if len(content) == 1:
            r = rank(content[0], language_of(content[0], phrase_lang))
            if r is not None and r < COMMON_RANK:
                yield Collision(key, phrase, phrase_lang, content[0], content[0], "common",
                                phrase_lang)
    seen: set[tuple[str, str]] = set()
    for lang in LANGS:
        for w in words(lang):
            if w in names:
                continue
            for key, phrase, pw, plang, route, size in matcher.word_hits(w):
                if route in (TAIL, LEMMA) or (phrase, w) in seen or w == pw or size > 1:
                    continue  # "sommerferien" is a kind of "ferie", "budt" a form of "byde"; a
                    # longer phrase needs all its words, so one of them bent seldom fires it
                wlang = language_of(pw, plang)
                if same_family(w, pw, wlang) or doing_and_deed(lemma(w, wlang) or w,
                                                           lemma(pw, wlang) or pw):
                    continue  # "oplært" is of "oplæring" ("oplære")
                seen.add((phrase, w))
                yield Collision(key, phrase, plang, pw, w, "word", lang)

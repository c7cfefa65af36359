"""Phrase matching: the one way from a trainee's words to a scenario's topics and tasks.

Tolerant of Danish inflection (stems and the endings they leave), compounds (a phrase word at the
start or end of a longer word, hyphenated words by their parts), particles fused or left after
the verb, typos in longer words (rapidfuzz) and word order – and guarded by sim.reading.lexicon so
that bending never turns one real word, a name or a word of the other language into another.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from rapidfuzz.distance import OSA

from sim import cache
from sim.reading.lexicon import (
    ENDINGS,
    PARTICLES,
    danish_spelling,
    first_names,
    known,
    lemma,
    may_stand_for,
    particle_compound,
)
from sim.text import normalize, split_sentences, stem, tokenize

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
MIN_INFLECTION = 3  # a stem this long may take an ending the stemmer left ("pak" ~ "pakning")
MIN_TWO_TYPOS = 11  # one edit for words of 5-10 letters, two from 11 ("opfyldning" is no
# "oprydning")
# Endings Snowball leaves on one form and not another ("oplæring" / "oplær", "pakning" / "pak"):
# the only gap an inflection may bridge (not "frisk" / "friskvar", "klaus" / "klausul").
_LEFT_ENDINGS = frozenset("e r t s n d ing ning els else er ere et en ed te st".split())
_HEAD_ENDINGS = ("ning", "ing", "else", "els")  # the noun a compound's verb head is made into
# after a doubled consonant ("tæl" / "tælling", "pak" / "pakker"), not "bil" / "billed"
_DOUBLED_ENDINGS = frozenset("e er ere en et ing ingen".split())


@dataclass(frozen=True)
class PhraseHit:
    """One key found in the text: which phrase matched, and the trainee's words that matched."""

    key: str
    phrase: str
    words: str
    places: float = 1.0  # places in the text that name the key; those in adverbials of time or
    # place ("hver morgen", "inden I åbner", "i pantrummet") count a half together: the setting,
    # not the subject of the question
    weight: float = 1.0  # how surely it is about the key (the need-word guess weighs less)


@dataclass(frozen=True)
class _Phrase:
    key: str
    text: str
    stems: tuple[str, ...]
    words: tuple[str, ...]  # the phrase's own words, one per stem
    lang: str


def _words(text: str) -> list[str]:
    """Tokens with hyphenated compounds split into their parts ("klik-og-hent-ordrerne"), as
    Danish spells them when typed without æ, ø and å ("tiden pa" is "tiden på")."""
    return [
        danish_spelling(part)
        for token in tokenize(normalize(text)) for part in token.split("-") if part
    ]


def _phrase_tokens(text: str, stopwords: frozenset[str] = STOPWORDS) -> list[str]:
    """A phrase's content words. A stop word inside a hyphenated word stays: "know-how" is
    not "know", "klik-og-hent" keeps its "og"."""
    out = []
    for token in tokenize(normalize(text)):
        parts = [p for p in token.split("-") if p]
        out += parts if len(parts) > 1 else [t for t in parts if t not in stopwords]
    return out


MAX_VARIANTS = 12  # forms tried per phrase


@lru_cache(maxsize=None)
def _a_word(part: str) -> bool:
    """A Danish word, a form of one or the noun of a verb ("automaten": "automat",
    "sortering": "sortere"): a compound's part."""
    if known(part, "da"):
        return True
    for e in ("en", "et", "er", "erne", "ene", "e", "ing", "ning", "else"):
        base = part[: -len(e)]
        if part.endswith(e) and len(base) >= 3 and (known(base, "da") or known(base + "e", "da")):
            return True
    return False


@lru_cache(maxsize=None)
def _word_variants(word: str) -> tuple[tuple[str, ...], ...]:
    """A Danish phrase word as the trainee may say it apart: a fused particle left after the
    verb ("nedmærkning": "mærker ... ned", "optælling": "tæller op") or a compound in its parts
    ("varemodtagelse": "modtager varer"). Every part must be found near the others for the form
    to match, so a split that is not two real words never fires."""
    out: list[tuple[str, ...]] = [(word,)]
    for particle in PARTICLES:
        rest = word[len(particle):]
        if word.startswith(particle) and len(rest) >= 4:
            out.append((rest, particle))
    if len(word) >= 9:
        names = first_names()
        for cut in range(3, len(word) - 4):
            head, tail = word[:cut], word[cut:]
            if len(tail) < 5 or tail in names or not _a_word(tail):
                continue
            for part in (head, head[:-1] if head.endswith(("e", "s")) else None):
                if part and len(part) >= 3 and part not in names and _a_word(part):
                    out.append((part, tail))  # "vare" + "modtagelse", "affald(s)" + "sortering"
    return tuple(out)


# How a trainee's word reached a phrase word (the weakest first, as `_stem_candidates` adds them).
EXACT, HEAD, TAIL, INFLECTION, TYPO = "exact", "head", "tail", "inflection", "typo"
LEMMA = "lemma"  # an irregular form by the lexicon's lemma: "sagt", "sagde" are "sige"


class PhraseMatcher:
    """Finds which keys' phrases occur in a text. Built once per scenario; `match` is fast.

    `groups` are phrases in the matcher's language, `other` phrases in the other one (an English
    trainee in a Danish scenario); `names` the scenario's own names, which never stand for a word.
    """

    def __init__(
        self,
        groups: Mapping[str, Sequence[str]],
        lang: str = "da",
        other: Mapping[str, Sequence[str]] | None = None,
        names: Iterable[str] = (),
        stopwords: frozenset[str] = STOPWORDS,
    ) -> None:
        self.lang = lang
        self._stopwords = stopwords
        self._names = frozenset(normalize(n) for n in names) | first_names()
        self._phrases: list[_Phrase] = []
        self._by_stem: dict[str, list[tuple[int, int]]] = defaultdict(list)
        self._fuzzy_buckets: dict[str, set[str]] = defaultdict(set)
        self._by_prefix: dict[str, set[tuple[str, str]]] = defaultdict(set)
        other_lang = "en" if lang == "da" else "da"
        for phrase_lang, table in ((lang, groups), (other_lang, other or {})):
            for key, phrases in table.items():
                for phrase in phrases:
                    self._add(key, phrase, phrase_lang)

    def _add(self, key: str, phrase: str, phrase_lang: str) -> None:
        words = tuple(_phrase_tokens(phrase, self._stopwords))
        self._add_words(key, phrase, words, phrase_lang)
        if phrase_lang != "da":
            return
        variants: list[tuple[str, ...]] = [()]
        for w in words:
            variants = [v + alt for v in variants for alt in _word_variants(w)][:MAX_VARIANTS]
        for variant in variants:
            if variant != words:
                self._add_words(key, phrase, variant, phrase_lang)

    def _add_words(self, key: str, phrase: str, words: tuple[str, ...], phrase_lang: str) -> None:
        stems = tuple(stem(t, self.lang) for t in words)
        if not stems:
            return
        index = len(self._phrases)
        self._phrases.append(_Phrase(key, phrase, stems, words, phrase_lang))
        for pos, s in enumerate(stems):
            self._by_stem[s].append((index, pos))
            if len(s) >= MIN_FUZZY:
                self._fuzzy_buckets[s[:2]].add(s)
            if phrase_lang == "da" and len(words[pos]) > _FAMILY_PREFIX:
                self._by_prefix[words[pos][:_FAMILY_PREFIX]].add((words[pos], s))

    @property
    def phrases(self) -> list[tuple[str, str, tuple[str, ...], str]]:
        """(key, phrase, its words, its language) of every phrase, for `brobygger check`."""
        return [(p.key, p.text, p.words, p.lang) for p in self._phrases]

    def _stem_candidates(self, raw: str, stemmed: str) -> dict[str, str]:
        """Phrase stems a single trainee word can stand for, each with how it got there."""
        found: dict[str, str] = {}
        by_stem = self._by_stem
        if stemmed in by_stem:
            found[stemmed] = EXACT
        if raw in by_stem:
            found[raw] = EXACT
        # a short word with its ending: "går" / "gå", "lært" / "lære"; or without: "ny" / "nye"
        for ending in _SHORT_ENDINGS:
            base = raw[: -len(ending)]
            if raw.endswith(ending) and len(base) >= 2 and base in by_stem:
                found.setdefault(base, INFLECTION)
        if 2 <= len(raw) <= 4 and raw + "e" in by_stem:
            found.setdefault(raw + "e", INFLECTION)
        # a form the stemmer cannot bring home, by the shipped lexicon's lemma ("sagt" is
        # "sige", "takkede" is "takke"): the phrase word itself or its stem
        base = lemma(raw, self.lang)
        if base and base != raw:
            for candidate in (base, stem(base, self.lang)):
                if candidate in by_stem:
                    found.setdefault(candidate, LEMMA)
        # compounds: a phrase word (or a stem) at the start of the raw word, or a phrase word at
        # the end of the stemmed word ("pakkeopgaverne" starts with "pakke", stem "pak")
        for k in range(MIN_COMPOUND, len(raw)):
            head = raw[:k]
            if head in PARTICLES:  # "over" is no compound head
                continue
            if head in by_stem:
                found.setdefault(head, HEAD)
            elif len(raw) - k >= 4:
                head_stem = stem(head, self.lang)
                if len(head_stem) >= 3:
                    # the head's stem, or - for a head that is a Danish word - that stem with
                    # an ending the stemmer leaves on the phrase word ("pakkeopgaverne":
                    # "pakke", stem "pak", is "pakning"; "moreover" has no Danish head)
                    endings = _HEAD_ENDINGS if known(head, "da") else ()
                    for candidate in (head_stem, *(head_stem + e for e in endings)):
                        if candidate in by_stem:
                            found.setdefault(candidate, HEAD)
        for k in range(MIN_COMPOUND, len(stemmed)):
            if stemmed[-k:] in by_stem and stemmed[-k:] not in PARTICLES:
                found.setdefault(stemmed[-k:], TAIL)
        # one word family by the words themselves where the stemmer cut them apart
        # ("sorterer", stem "sort", and "sortering" both inflect "sorter")
        for phrase_word, phrase_stem in self._by_prefix.get(raw[:_FAMILY_PREFIX], ()):
            if phrase_stem not in found and _inflect_one_stem(raw, phrase_word):
                found[phrase_stem] = INFLECTION
        if len(stemmed) >= MIN_INFLECTION:
            # a typo only where the word is nothing else; where only a part of a compound is
            # found, only one letter off ("vareopfylding" is "vareopfyldning", not "varer"; but
            # "opfyldning" is no "oprydning")
            partial = bool(found)
            typo_ok = len(stemmed) >= MIN_FUZZY and not any(
                route in (EXACT, INFLECTION) for route in found.values())
            limit = 1 if partial or len(stemmed) < MIN_TWO_TYPOS else 2
            for candidate in self._fuzzy_buckets.get(stemmed[:2], ()):
                gap = abs(len(candidate) - len(stemmed))
                longer, shorter = (candidate, stemmed) if len(candidate) > len(stemmed) else (
                    stemmed, candidate)
                # an ending the stemmer left: "oplær" ~ "oplæring", "pak" ~ "pakning", not
                # "frisk" ~ "friskvar"
                rest = longer[len(shorter):]
                if longer.startswith(shorter) and (
                    rest in _LEFT_ENDINGS
                    or (rest[:1] == shorter[-1:] and rest[1:] in _DOUBLED_ENDINGS)  # "tælling"
                ):
                    found.setdefault(candidate, INFLECTION)
                elif typo_ok and gap <= limit + 1 and (
                    OSA.distance(_ascii(candidate), _ascii(stemmed), score_cutoff=limit) <= limit
                ):
                    # a swap is one slip ("overarbjede"), and æ/ø/å typed "ae"/"oe"/"aa" is none
                    found.setdefault(candidate, TYPO)
        return found

    def stands_for(self, raw: str, stemmed: str, phrase: _Phrase, pos: int, route: str) -> bool:
        """Whether the trainee's word may count as the phrase's word at `pos` (sim.reading.lexicon):
        never a name, a word of the other language, a different common word, a particle
        compound ("eftermiddagene" for "middag"), a common word that only starts with it, or a
        real word taken for a typo."""
        word = phrase.words[pos]
        if raw == word:
            return True
        if route == LEMMA:
            return lemma(raw, phrase.lang) in (word, lemma(word, phrase.lang))
        if not may_stand_for(raw, word, phrase.lang, self._names):
            return False
        if route == TAIL and particle_compound(stemmed, phrase.stems[pos]):
            return False
        if route == TAIL and not _compound_head(stemmed[: len(stemmed) - len(phrase.stems[pos])]):
            return False  # "gelændere" (railings) is no "lænden": "ge" is no word of its own
        if _doer_and_deed(raw, word, phrase.stems[pos]):
            return False
        short = phrase.stems[pos]
        if route == HEAD and word[len(short):] in _DOER and not raw[len(short):].startswith("er"):
            return False  # "svejsebordet" is a welding table: its "svejse" is not "svejsere"
        if route == EXACT and len(short) < 5 and raw.startswith(short) and word.startswith(short):
            # a short stem is one word only if both merely inflect it: "kasserne" is "kasse",
            # "kassere" (to discard) is not
            if not (_inflects(raw, word) or _inflects(word, raw)
                    or (_inflects(raw, short) and _inflects(word, short))):
                return False
        if route == HEAD and (known(raw, "da") or known(raw, "en")):
            # a common word that starts with the phrase word is a word of its own
            # ("automatisk", "morgenmad", "feriepenge"); only a rarer compound is read as one
            # of the phrase word ("returhåndteringen")
            head = phrase.stems[pos]
            return raw.startswith(head) and raw[len(head):] in _LEFT_ENDINGS
        return not (route == TYPO and (known(raw, "da") or known(raw, "en")))

    def _word_hits(self, raw: str) -> Iterator[tuple[int, int]]:
        """(phrase index, position) of every phrase word the trainee's word may stand for."""
        stemmed = stem(raw, self.lang)
        for s, route in self._stem_candidates(raw, stemmed).items():
            for p_index, p_pos in self._by_stem[s]:
                if self.stands_for(raw, stemmed, self._phrases[p_index], p_pos, route):
                    yield p_index, p_pos

    def positions_of(self, word: str) -> list[tuple[int, int]]:
        """(phrase index into `phrases`, position) of every phrase word one word stands for."""
        return list(self._word_hits(word))

    def word_hits(self, word: str) -> list[tuple[str, str, str, str, str, int]]:
        """(key, phrase, phrase word, its language, route, words in that form of the phrase) of
        every phrase word one word is taken for."""
        stemmed = stem(word, self.lang)
        out = []
        for s, route in self._stem_candidates(word, stemmed).items():
            for i, pos in self._by_stem[s]:
                p = self._phrases[i]
                if self.stands_for(word, stemmed, p, pos, route):
                    out.append((p.key, p.text, p.words[pos], p.lang, route, len(p.words)))
        return out

    def match(self, text: str) -> dict[str, PhraseHit]:
        """Keys whose phrases occur in `text`, each with its first matching phrase."""
        tokens = _words(text)
        if not tokens:
            return {}
        # a phrase is found within one sentence, never across its end ("... hos jer? Og hvor
        # bliver ..." is not "bliver hos jer")
        sentence_of = [i for i, sent in enumerate(split_sentences(text)) for _ in _words(sent)]
        if len(sentence_of) != len(tokens):
            sentence_of = [0] * len(tokens)
        # phrase index -> position in phrase -> positions in text
        seen: dict[int, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
        for t_pos, raw in enumerate(tokens):
            if _says_tomorrow(tokens, t_pos):
                continue  # "jeg sender aftalen i morgen" is no morning
            verb = _said_as_verb(tokens, t_pos)
            for p_index, p_pos in self._word_hits(raw):
                if verb and self._phrases[p_index].words[p_pos].endswith(_DOER):
                    continue  # "når de står og svejser" is the work, not the welders
                seen[p_index][p_pos].append(t_pos)
        hits: dict[str, PhraseHit] = {}
        places: dict[str, set[tuple[int, int]]] = defaultdict(set)
        for p_index in sorted(seen):
            phrase = self._phrases[p_index]
            positions = seen[p_index]
            if len(positions) < len(phrase.stems):
                continue
            for sent in sorted({sentence_of[t] for t in positions[0]}):
                span = _tightest_span([
                    [t for t in positions[i] if sentence_of[t] == sent]
                    for i in range(len(phrase.stems))
                ])
                if span is None or span[1] - span[0] > 2 * len(phrase.stems) + 2:
                    continue
                places[phrase.key].add(span)  # "sliber og afgrater": two places, one topic
                if phrase.key not in hits:
                    words = " ".join(tokens[span[0] : span[1] + 1])
                    hits[phrase.key] = PhraseHit(phrase.key, phrase.text, words)
        # an activity placed in another topic's place is that topic's: "rydder op på lageret"
        # is the warehouse, not the building sites' clean-up
        starts = {sp[0]: k for k, found in places.items() for sp in found}
        for key in list(hits):
            if not _activity(hits[key].phrase):
                continue
            kept = {sp for sp in places[key] if not _placed_in_other(tokens, sp, key, starts)}
            if not kept:
                del hits[key]
            places[key] = kept

        def weigh(found: set[tuple[int, int]]) -> float:
            # each place the subject of the turn, and its setting once ("hver morgen, inden I
            # åbner" is one when, however many words name it); of overlapping matches the
            # longest is the place ("inden I åbner", not its "åbner")
            spans: list[tuple[int, int]] = []
            for sp in sorted(found, key=lambda x: (x[0] - x[1], x[0])):
                if not any(a <= sp[1] and sp[0] <= b for a, b in spans):
                    spans.append(sp)
            settings = sum(1 for sp in spans if _setting(tokens, sp))
            return len(spans) - settings + (0.5 if settings else 0.0)

        return {k: replace(h, places=weigh(places[k])) for k, h in hits.items()}


# Words that open an adverbial of time: what follows is when, not what, a question is about
# ("om", "på" and "ved" are left out: "fortæl om lageret", "holder styr på datoerne" and "ved
# kassen" name the subject; "i", "at" and "til" are also the pronoun and the infinitive).
_SETTING_WORDS = frozenset("hver inden før efter under every before after during".split())
# Words that name a time of day, week or year, alone or as a compound's first part
# ("eftermiddagstravlheden", "lørdagsvagten"): after a preposition ("om morgenen", "midt i
# eftermiddagstravlheden") they are the setting; as the subject ("hvordan ser en lørdag ud?") not.
_TIME_PREPOSITIONS = _SETTING_WORDS | frozenset("om i på ved til fra hen in on at".split())
_TIME_WORD = cache.regex(
    r"^(?:morgen|morgn|formiddag|eftermiddag|aften|aftn|nat(?:te|ten)?$|weekend|(?:man|tirs|ons"
    r"|tors|fre|lør|søn)dag|jul|påske|sommer|ferie|højtid|sæson|morning|afternoon|evening"
    r"|night|(?:mon|tues|wednes|thurs|fri|satur|sun)day|christmas|summer|holiday)"
)


_SHORT_ENDINGS = ("r", "er", "en", "et", "e", "t")
_ASCII = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"})


def _ascii(word: str) -> str:
    """The word as typed without Danish letters: "ernæring" is "ernaering"."""
    return word.translate(_ASCII)
_FAMILY_PREFIX = 6  # a shared beginning this long is needed to call two words one family
_STEM_RESTS = ENDINGS | {"ing", "ning", "else", "ere", "erer"}


def _inflect_one_stem(a: str, b: str) -> bool:
    """Both words are one stem of six or more letters with an ending each, as the stemmer did
    not see: "sorterer" / "sortering", "faktureret" / "fakturering" (not "person" /
    "personale": "ale" is no ending)."""
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    for cut in range(k, _FAMILY_PREFIX - 1, -1):
        ra, rb = a[cut:], b[cut:]
        if (not ra or ra in _STEM_RESTS) and (not rb or rb in _STEM_RESTS):
            return True
    return False


def _inflects(word: str, root: str) -> bool:
    """`word` is `root` plus an inflectional ending (a doubled consonant allowed)."""
    if not word.startswith(root):
        return False
    rest = word[len(root):]
    return not rest or rest in ENDINGS or (rest[:1] == root[-1:] and rest[1:] in ENDINGS)


# "svejsere", "montøren"; not "-er", which is the present tense too ("hun modtager varerne")
_DOER = ("ere", "erne", "eren", "eres")
# "svejsningen", and the participle: "når et emne er svejst"
_DEED = ("ning", "ningen", "ninger", "else", "elsen", "ing", "ingen", "t", "et", "ede")
# the infinitive is the deed too ("ud over at svejse" is not "svejsere"), but only beside a
# doer form no noun in -e has: "flaskerne" is the bottles, "svejserne" the welders
_INFINITIVE_AND_DOER = ("ere", "eren", "eres")


# Who does something, and the verbs a Danish "står og svejser" joins to the real one.
_SUBJECT_PRONOUNS = frozenset("de han hun vi i man der jeg du som".split())
_POSTURE_VERBS = frozenset("står sidder går ligger stod sad gik lå".split())


def _compound_head(head: str) -> bool:
    """Whether the part before a phrase word found at a word's end can be a compound's first
    part: a Danish word, with or without its joining letter ("arbejds", "ryg", "hånd")."""
    if len(head) < 3:
        return False
    return any(known(h, "da") or known(h + "e", "da")
               for h in {head, head.rstrip("s"), head.rstrip("e")} if len(h) >= 3)


def _says_tomorrow(tokens: Sequence[str], pos: int) -> bool:
    """The word is the "morgen" of "i morgen" (tomorrow) or "i morgen tidlig"."""
    return tokens[pos] == "morgen" and pos > 0 and tokens[pos - 1] == "i"


def _said_as_verb(tokens: Sequence[str], pos: int) -> bool:
    """A word in "-er" used as the present tense, not as the doer's noun: after a subject ("de
    svejser") or in "står og svejser"."""
    if not tokens[pos].endswith("er") or pos == 0:
        return False
    before = tokens[pos - 1]
    return before in _SUBJECT_PRONOUNS or (
        before == "og" and pos > 1 and tokens[pos - 2] in _POSTURE_VERBS
    )


def _doer_and_deed(raw: str, word: str, stem: str) -> bool:
    """The one is the person, the other the work of one stem: "svejsere" (welders, short of
    them) is not "svejsningen" (the welding, what they do all day)."""
    if not stem or not (raw.startswith(stem) and word.startswith(stem)):
        return False
    a, b = raw[len(stem):], word[len(stem):]
    return (
        (a in _DOER and b in _DEED) or (a in _DEED and b in _DOER)
        or (a == "e" and b in _INFINITIVE_AND_DOER) or (b == "e" and a in _INFINITIVE_AND_DOER)
    )


_PLACE_PREPOSITIONS = frozenset("på i ude inde nede oppe in at on".split())
_ARTICLES = frozenset("den det de en et the".split())


def _activity(phrase: str) -> bool:
    """A phrase that names a piece of work, which can be done anywhere: a noun of doing
    ("oprydning", "sortering") or a verb phrase ("rydde op")."""
    words = phrase.lower().split()
    return words[0].endswith(("ning", "ring", "ing")) or (
        len(words) >= 2 and words[0].endswith("e"))


def _placed_in_other(
    tokens: Sequence[str], span: tuple[int, int], key: str, starts: Mapping[int, str]
) -> bool:
    """The words right after the span put it in a place another topic names ("på lageret")."""
    i = span[1] + 1
    if i >= len(tokens) or tokens[i] not in _PLACE_PREPOSITIONS:
        return False
    i += 1
    if i < len(tokens) and tokens[i] in _ARTICLES:
        i += 1
    other = starts.get(i)
    return other is not None and other != key


def _setting(tokens: Sequence[str], span: tuple[int, int]) -> bool:
    """The matched words say when: they name a time ("om morgenen", "midt i
    eftermiddagstravlheden") or sit in an adverbial of time ("inden I åbner", "hver lørdag")."""
    words = tokens[span[0] : span[1] + 1]
    before = tokens[span[0] - 1] if span[0] > 0 else ""
    return (
        (all(_TIME_WORD.search(w) for w in words) and before in _TIME_PREPOSITIONS)
        or words[0] in _SETTING_WORDS
        or before in _SETTING_WORDS
    )


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
    topics: Mapping[str, object], lang: str, other_lang: bool = True, names: Iterable[str] = ()
) -> PhraseMatcher:
    """A matcher over a scenario's topics (models.Topic): its language, optionally the other."""
    other = "en" if lang == "da" else "da"
    own = {key: topic.phrases.for_lang(lang) for key, topic in topics.items()}  # type: ignore[attr-defined]
    rest = (
        {key: topic.phrases.for_lang(other) for key, topic in topics.items()}  # type: ignore[attr-defined]
        if other_lang else {}
    )
    return PhraseMatcher(own, lang, rest, names)

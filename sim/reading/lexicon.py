"""Known words: common Danish and English words with their lemmas, and first names (shipped data).

The phrase matcher bends words – stems, compounds, typos – so that consultants' own wording finds
an author's phrase. These lists say where bending would turn one real word into another: two
common words with different lemmas ("mest" and "mester", "kasserne" and "kasseret", "erfaring"
and "ernæring"), a word of one language and a phrase of the other ("dinner" and "dine"), a first
name and a word ("Mads" and "maden"). Rebuilt by scripts/build_lexicon.py.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from sim import cache
from sim.text import stem

LANGS = ("da", "en")
# Danish particles and prefixes that make a compound a word of its own: "eftermiddag" is not a
# kind of "middag", "overarbejde" not of "arbejde", "formiddag" not of "middag".
PARTICLE_PREFIXES = frozenset(
    "af an bag efter frem før gen hen ind med mod ned om op over på til ud under mis sam for"
    .split()
)


# Danish verb particles: fused into a noun, left after the verb ("nedmærkning" / "mærke ned").
PARTICLES: tuple[str, ...] = ("op", "ned", "ud", "ind", "af", "på", "om", "over", "til", "frem",
                              "hjem")
# Inflectional endings (Danish and English): what follows a shared stem in one word's forms.
ENDINGS: frozenset[str] = frozenset(
    "e en er et ene erne ernes ens ers ets es s r n t d de te ede ed ing ings inger ingen"
    " ingerne ning ningen ninger ningerne ningens ly est st ste este".split()
)


def _raw(name: str) -> bytes:
    return resources.files("sim").joinpath("data", name).read_bytes()


def _lines(raw: bytes) -> list[str]:
    return [x for x in raw.decode("utf-8").splitlines() if x and not x.startswith("#")]


@lru_cache(maxsize=2)
def _lexicon(lang: str) -> dict[str, tuple[int, str]]:
    """word -> (frequency rank, lemma)."""
    name = f"lexicon_{lang}.tsv"
    raw = _raw(name)

    def build() -> dict[str, tuple[int, str]]:
        out: dict[str, tuple[int, str]] = {}
        for rank, line in enumerate(_lines(raw)):
            word, _, lemma = line.partition("\t")
            out.setdefault(word, (rank, lemma or word))
        return out

    return cache.derived("lexicon", name, raw, build)


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    return frozenset(_lines(_raw("first_names.txt")))


def words(lang: str) -> list[str]:
    """The common words of `lang`, the most frequent first."""
    return list(_lexicon(lang))


def lemma(word: str, lang: str) -> str | None:
    """The lemma of a common word of `lang`, None for a word not on the list."""
    hit = _lexicon(lang).get(word)
    return hit[1] if hit else None


def rank(word: str, lang: str) -> int | None:
    """0 for the most frequent word of `lang`; None for a word not on the list."""
    hit = _lexicon(lang).get(word)
    return hit[0] if hit else None


def known(word: str, lang: str) -> bool:
    return word in _lexicon(lang)


# The most frequent short Danish words as typed without æ, ø and å: too short, or words of
# their own in the lists ("pa", "ma"), to be told apart by the lists.
_ASCII_SHORT = {
    "pa": "på", "paa": "på", "ma": "må", "maa": "må", "nar": "når", "naar": "når", "gar": "går",
    "gaar": "går", "ga": "gå", "gaa": "gå", "sta": "stå", "staar": "står",
    "fa": "få", "faa": "få", "faar": "får", "sa": "så", "saa": "så", "na": "nå", "naa": "nå",
    "vaere": "være", "kobe": "købe", "hore": "høre", "hort": "hørt",
}
_ASCII_PAIRS = (("ae", "æ"), ("oe", "ø"), ("aa", "å"))


@lru_cache(maxsize=4096)
def danish_spelling(word: str) -> str:
    """A word typed without æ, ø or å as Danish spells it: "pa" is "på", "saette" "sætte". A
    word the lists know as typed stays as it is ("Michael"), and so does one whose Danish
    spelling they do not know."""
    if word in _ASCII_SHORT:
        return _ASCII_SHORT[word]
    if not any(a in word for a, _ in _ASCII_PAIRS) or known(word, "da") or known(word, "en"):
        return word
    out = word
    for a, b in _ASCII_PAIRS:
        out = out.replace(a, b)
    return out if known(out, "da") else word  # "fakturaer" is a plural, not "fakturær"


def other_language_only(word: str, lang: str) -> bool:
    """A common word of the other language that is no word of `lang` ("dinner" in Danish)."""
    return known(word, other_language(lang)) and not known(word, lang)


def other_language(lang: str) -> str:
    return "en" if lang == "da" else "da"


def language_of(word: str, listed: str) -> str:
    """The language of a phrase word: the one its list is in, unless it is a word of the other
    language only ("dinner" among Danish phrases)."""
    return other_language(listed) if other_language_only(word, listed) else listed


def different_words(word: str, phrase_word: str, lang: str) -> bool:
    """Both are common words of `lang` and neither is a form of the other: their lemmas differ,
    and neither word is the other's lemma (the list keeps one lemma for a homograph: "lager" is
    given "lage", yet "lageret" is a form of "lager")."""
    if word == phrase_word:
        return False
    a, b = lemma(word, lang), lemma(phrase_word, lang)
    if a is None or b is None:
        return False
    # the present tense ("modtager") is also the verb, whatever lemma the list keeps for it
    verbs_a = {a, word[:-1]} if word.endswith("er") else {a}
    verbs_b = {b, phrase_word[:-1]} if phrase_word.endswith("er") else {b}
    if any(doing_and_deed(x, y) for x in verbs_a for y in verbs_b):
        return False  # "modtager" / "modtagelse", "pakker" / "pakning"
    return a != b and a != phrase_word and b != word


def doing_and_deed(a: str, b: str) -> bool:
    """One lemma is the verb, the other the noun Danish makes of it: one word family."""
    return _nominalises(a, b) or _nominalises(b, a)


def _nominalises(noun: str, verb: str) -> bool:
    """`noun` is the noun Danish makes of `verb`: "modtage" -> "modtagelse", "tælle" ->
    "tælling", "pakke" -> "pakning"."""
    v = verb[:-1] if verb.endswith("e") else verb
    stems = {v, v[:-1]} if len(v) >= 4 and v[-1] == v[-2] else {v}
    return any(noun.startswith(x) and noun[len(x):] in ("else", "ning", "ing") for x in stems)


def may_stand_for(word: str, phrase_word: str, phrase_lang: str,
                  names: frozenset[str] = frozenset()) -> bool:
    """The guard every matcher applies before it bends a trainee's word into a phrase word:
    never a name ("Mads", "Saras"), a word of the other language only ("dinner" for "dine"), or
    a different common word ("mest" for "mester")."""
    if word == phrase_word:
        return True
    if word in names or (word.endswith("s") and word[:-1] in names):
        return False
    lang = language_of(phrase_word, phrase_lang)
    return not (other_language_only(word, lang) or different_words(word, phrase_word, lang))


def particle_compound(word: str, tail: str) -> bool:
    """`word` is a particle or prefix + `tail` ("eftermiddagene" = "efter" + "middagene")."""
    head = word[: len(word) - len(tail)] if word.endswith(tail) else ""
    return head in PARTICLE_PREFIXES


# Endings that make another word of a stem: "automat-isk", "grund-ig".
_DERIVING = ("isk", "iske", "isering", "ig", "ige", "igt", "lig", "lige", "ligt")
_VOWELS = "aeiouyæøå"
# In one family beside the inflections: the verb of a noun ("faktura", "fakturere").
_FAMILY_ENDINGS = ENDINGS | {"ere", "ered"}


def same_family(word: str, phrase_word: str, lang: str) -> bool:
    """One word family: they share the shorter stem and part only in endings ("ferie",
    "ferierne"; "bruger", "brugte"; "tids", "tiden"; "faktura", "fakturere"). Not when one goes
    on with a word of its own ("morgenmad" beside "morgenerne") or with an ending that makes
    another word ("automatisk" beside "automaten", "grundig" beside "grunding")."""
    sa, sb = stem(word, lang), stem(phrase_word, lang)
    if sa == sb and (len(sa) >= 4 or len(word) <= 3 or len(phrase_word) <= 3):
        return True  # a short stem alone is no proof: "bal" is "ballet" and "baler"
    root = min(sa, sb, key=len)
    common = _common_prefix(word, phrase_word)
    slack = 1 if root[-1:] in _VOWELS else 0
    if len(root) < 3 or len(common) < len(root) - slack:
        return False
    for rest in (word[len(common):], phrase_word[len(common):]):
        if rest[:1] == common[-1:] and rest[1:] in _FAMILY_ENDINGS:
            continue  # a doubled consonant: "bestil-ler"
        if rest in _FAMILY_ENDINGS:
            continue
        if rest.startswith(_DERIVING):
            return False
        compound = rest[1:] if rest[:1] in "se" and len(rest) >= 4 else rest
        if len(compound) >= 3 and known(compound, lang) and compound not in first_names():
            return False  # a compound: "morgen-mad", "aften-s-mad"
    return True


def _common_prefix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]

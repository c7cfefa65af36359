"""Shared text utilities: normalisation, tokens, stems, sentence splitting, language guess."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from sim import cache

__all__ = ["normalize", "tokenize", "stem", "split_sentences", "detect_language"]

# Control and format characters (Cc, Cf) are dropped; other whitespace becomes a space.
_CONTROL_CATS = {"Cc", "Cf", "Cs", "Co", "Cn"}
_WS_RE = cache.regex(r"\s+")
# Words: letters/digits (incl. æøå) with inner apostrophes, hyphens or § glued on.
_TOKEN_RE = cache.regex(r"§?\d+(?:[.,]\d+)*|[^\W_](?:[\w]|['’\-](?=[^\W_]))*", re.UNICODE)


def _clean_chars(text: str) -> str:
    if text.isprintable():  # fast path: no control, format or unassigned characters at all
        return text
    out = []
    for ch in text:
        if ch in "\t\n\r\f\v":
            out.append(" ")
        elif unicodedata.category(ch) in _CONTROL_CATS:
            continue
        else:
            out.append(ch)
    return "".join(out)


def normalize(text: str) -> str:
    """Lowercase, NFKC, drop control characters and collapse whitespace (keeps æøå)."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", str(text))
    text = _clean_chars(text).lower().replace("’", "'")
    return _WS_RE.sub(" ", text).strip()


def tokenize(text: str) -> list[str]:
    """Normalised word tokens (letters/digits; keeps inner hyphens/apostrophes and §56)."""
    return _TOKEN_RE.findall(normalize(text))


@lru_cache(maxsize=4)
def _stemmer(lang: str):
    import snowballstemmer  # PyStemmer (C) behind it when installed; else pure Python, ~0.1 s

    return snowballstemmer.stemmer("english" if lang == "en" else "danish")


@lru_cache(maxsize=65536)
def stem(token: str, lang: str = "da") -> str:
    """Snowball stem of one token (Danish by default, "en" for English)."""
    if not token:
        return ""
    return _stemmer("en" if lang == "en" else "da").stemWord(token.lower())


# --- sentences ---------------------------------------------------------------------------

_ABBREVIATIONS = frozenset(
    """
    f eks bl a ca kl nr dvs mht osv evt inkl ift pga hhv jf mv etc eg ie mr mrs ms dr st tlf
    ang vedr iflg ml md mdr mio mia kr stk min max tel no vs approx incl dept co aps a/s sa
    fx el ovs pr
    jan feb mar apr jun jul aug sep sept okt oct nov dec man tir ons tor fre lør søn
    """.split()
)
_MONTHS = frozenset(
    """
    januar februar marts april maj juni juli august september oktober november december
    jan feb mar apr jun jul aug sep sept okt nov dec gang plads sal klasse del kvartal
    halvår uge time dag række
    """.split()
)
# A break candidate: terminal punctuation run (. ? ! …) followed by whitespace or end.
_END_RE = cache.regex(r"(\.{2,}|…+|[.?!]+)([\"'”’)\]]*)(?=\s|$)")
# Dashes used as sentence/clause breaks (spaced en/em dash, or spaced hyphen).
_DASH_RE = cache.regex(r"\s+[–—]\s+|\s+-\s+|\s*[–—]{2,}\s*")
_NEWLINE_RE = cache.regex(r"[\r\n\u2028\u2029]+")
_PAREN_MAX_WORDS = 10  # "– mandag, onsdag og fredag –" is an aside; a longer stretch is a clause
_DISLOCATED_MAX_WORDS = 3  # "Og papirarbejdet – det klarer jeg": a subject put first
_RESUMPTIVE_RE = cache.regex(r"(?:det|dét|den|dem|de|that|it)\s", re.IGNORECASE)


def _dash_parts(block: str) -> list[str]:
    """A block split at spaced dashes, except a pair of dashes around a short aside inside one
    sentence ("Sara kommer – mandag, onsdag og fredag – fra halv syv"): that is a parenthesis."""
    pieces = _DASH_RE.split(block)
    dashes = _DASH_RE.findall(block)
    out: list[str] = []
    i = 0
    while i < len(pieces):
        piece = pieces[i]
        while (
            i + 2 < len(pieces)
            and len(pieces[i + 1].split()) <= _PAREN_MAX_WORDS
            and not _END_RE.search(pieces[i + 1])
            and not _END_RE.search(piece[-1:] or " ")
            and pieces[i + 2][:1].islower()
        ):
            piece = piece + dashes[i] + pieces[i + 1] + dashes[i + 1] + pieces[i + 2]
            i += 2
        while (
            i + 1 < len(pieces)
            and len(piece.split()) <= _DISLOCATED_MAX_WORDS
            and not _END_RE.search(piece[-1:] or " ")
            and _RESUMPTIVE_RE.match(pieces[i + 1])
        ):
            # a subject put first and taken up by a pronoun after the dash: "Og papirarbejdet –
            # det klarer jeg", "9.000 om ugen – det er over 450.000 om året": one sentence
            piece = piece + dashes[i] + pieces[i + 1]
            i += 1
        out.append(piece)
        i += 1
    return out


def _is_abbreviation(before: str, after: str) -> bool:
    """True when the period ending `before` belongs to an abbreviation or an ordinal."""
    m = re.search(r"(\S+)$", before)
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    word = word.lstrip("(\"'“")
    if not word:
        return False
    if "." in word:  # f.eks, bl.a, e.g, a/s style
        return True
    if word in _ABBREVIATIONS:
        return True
    nxt = re.match(r"\s*(\S+)", after)
    nxt_said = nxt.group(1).strip(".,;:!?") if nxt else ""
    nxt_word = nxt_said.lower()
    if word.isdigit():
        # "1. marts", "den 3. juni", "2. gang": an ordinal, not a sentence end.
        if nxt_word in _MONTHS:
            return True
        prev = before[: m.start()].split()
        if prev and prev[-1].lower() in {"den", "d", "d.", "fra", "til", "the"} and nxt_word:
            return nxt_word[:1].isdigit() or nxt_word in _MONTHS
        return False
    if len(word) == 1 and word.isalpha() and (
            m.group(1).rstrip(".")[-1:].isupper() or nxt_said[:1].islower()):
        return True  # an initial ("Jens P. Hansen") or a single-letter abbreviation before
        # lowercase text; "oven i. Hvad ville …" ends a sentence
    return False


def split_sentences(text: str) -> list[str]:
    """Split a turn into (NFKC) sentences on . ? ! … spaced dashes and newlines; keeps abbrevs."""
    if not text:
        return []
    text = unicodedata.normalize("NFKC", str(text))
    out: list[str] = []
    for block in _NEWLINE_RE.split(text):
        for part in _dash_parts(block):
            start = 0
            for m in _END_RE.finditer(part):
                punct = m.group(1)
                if punct == "." and _is_abbreviation(part[: m.start() + 1], part[m.end() :]):
                    continue
                piece = part[start : m.end()].strip()
                if piece:
                    out.append(piece)
                start = m.end()
            rest = part[start:].strip()
            if rest:
                out.append(rest)
    return [s for s in (_clean_chars(p).strip() for p in out) if s]


# --- language ----------------------------------------------------------------------------

_DA_WORDS = frozenset(
    """
    og jeg det er at en et til på har vi ikke med du der som kan så af hvad hvordan jer jeres
    men vil skal ville kunne også hvis når noget nogen mig dig han hun den de deres hos fra om
    godt meget lidt bare jo altså lige hvor hvilke hvorfor hvornår hej tak fordi os min din
    sin var blev være bliver ud op ned her nu kun mere mange måske fint okay jeres
    """.split()
)
_EN_WORDS = frozenset(
    """
    the and you is are to we it have what how that of with your this do does be will not but
    can my me he she they them their there would could should about from just our us if when
    an was were been has had which who why where thanks thank hello hi let's i'm you're
    it's that's we'll i'll don't can't
    """.split()
)


def detect_language(text: str) -> str:
    """Guess "da" or "en" from function words and æøå (ties and unknowns count as Danish)."""
    norm = normalize(text)
    if not norm:
        return "da"
    toks = re.findall(r"[a-zæøåéü']+", norm)
    da = sum(1 for t in toks if t in _DA_WORDS)
    en = sum(1 for t in toks if t in _EN_WORDS)
    da += 2 * len(re.findall(r"[æøå]", norm))
    return "en" if en > da else "da"

"""Free-text term extraction: the Terms a trainee's Danish or English words put on the table."""

# How it reads (conventions the engine, scoring and debrief rely on):
#
# - Numbers: digits ("7,5", "7.5") and words in Danish and English ("otte", "femogtyve",
#   "twenty-one", "halvanden", "et par", "a couple of", "to og en halv").
# - Ranges ("10-12 timer", "mellem 10 og 12", "ten to twelve hours") take the UPPER bound: it is
#   what the citizen must cope with and what the company plans around.
# - Hours: "N timer om ugen / pr. uge / i ugen / ugentligt", "N t/uge", "N hours a week".
#   "N timer" with no period after it counts as hours per week (a deal is stated per week).
#   Otherwise hours per week are derived from a daily span ("fra 8 til 11", "8-11", or
#   "N timer om dagen") times the number of days ("mandag til torsdag", "tre formiddage",
#   "hver dag"/"dagligt" = 5), "N gange M timer", or a day's few hours right beside two or
#   more named days ("3 timer tirsdag, onsdag og torsdag" = 9, unless "fordelt på"); the clock
#   may be in words ("fra otte til elleve"). A daily span alone sets `times` but not hours per
#   week. Explicit weekly hours win over derived ones; the first explicit mention wins over
#   later ones.
#   Hours tied to a mentor ("en mentor to timer om ugen"), in the past ("har arbejdet 20 timer")
#   or "ago"/"in two hours" are not the arrangement's hours.
# - Weeks: "N uger/ugers", "six-week"; months -> round(N * 52 / 12); "et halvt år" -> 26.
#   Whole years are not read (they are mostly about experience or the past). Not the
#   arrangement's length: "de første tre uger" / "the first N weeks" (a support or ramp-up
#   period), a support's duration ("mentor i fire uger"), "efter/om/hver N uger", "for N uger
#   siden", "N weeks ago", extensions ("forlænge med 4 uger"), the past ("har været ledig i 8
#   uger"). With several lengths, one next to a scheme ("otte ugers praktik") wins, else the first.
# - Times are normalised "08:00-11:00"; a lone clock time ("kl. 10") is not read.
# - Start, scheme and support keep what was said; start is never turned into a calendar date.
# - Lists (tasks, support, days) and hours derived from two pieces keep evidence as the pieces'
#   exact substrings joined with "; " (or one covering substring when the pieces are adjacent).
# - Negation ("uden", "ingen", "ikke", "without", "no") counts up to five words back within
#   a clause; "ikke"/"not" do not negate in a question ("skal vi ikke sige en mentor?" offers one).

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sim import cache
from sim.agreement import WEEKDAYS, Terms, TermsExtraction
from sim.reading.lexicon import known
from sim.reading.topics import STOPWORDS, PhraseMatcher
from sim.vocab import Scheme, Support

__all__ = ["TermsReader"]

MAX_CHARS = 20_000  # longer input is read up to here; a meeting turn is never this long
MAX_HOURS = 60.0
# a bare duration this short ("vi kigger forbi en halv time på fredag") times a visit or a talk,
# never the week: weekly hours under it must say "om ugen"
MIN_BARE_WEEKLY_HOURS = 2.0
MAX_WEEKS = 104
MAX_WORD = 40  # longer "words" (a pasted URL, a keyboard smash) are not matched against tasks

# ---------------------------------------------------------------------------------------------
# Numbers

_DA_UNITS = {
    "nul": 0, "en": 1, "én": 1, "et": 1, "ét": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5,
    "seks": 6, "syv": 7, "otte": 8, "ni": 9, "ti": 10, "elleve": 11, "tolv": 12, "tretten": 13,
    "fjorten": 14, "femten": 15, "seksten": 16, "sytten": 17, "atten": 18, "nitten": 19,
}  # fmt: skip
_DA_TENS = {
    "tyve": 20, "tredive": 30, "fyrre": 40, "fyrretyve": 40, "halvtreds": 50, "tres": 60,
    "halvfjerds": 70, "firs": 80, "halvfems": 90,
}  # fmt: skip
_EN_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_EN_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip


def _number_words() -> dict[str, int]:
    words: dict[str, int] = {**_DA_UNITS, **_DA_TENS, **_EN_UNITS, **_EN_TENS}
    words["hundrede"] = words["hundred"] = 100
    da_digits = ["en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni"]
    for i, unit in enumerate(da_digits, start=1):
        for tens, value in _DA_TENS.items():
            if tens != "fyrretyve":
                words[f"{unit}og{tens}"] = value + i
    en_digits = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    for i, unit in enumerate(en_digits, start=1):
        for tens, value in _EN_TENS.items():
            words[f"{tens}-{unit}"] = words[f"{tens} {unit}"] = value + i
    return words


_NUMBER_WORDS = _number_words()
_ENGLISH_NUMBER_WORDS = frozenset(
    w for w in _NUMBER_WORDS if w.split("-")[0].split(" ")[0] in {*_EN_UNITS, *_EN_TENS, "hundred"}
)


def _trie_pattern(words: Iterable[str]) -> str:
    """The words as one regex trie ("t(?:o|re(?:dive|s)?|...)"): the same matches, longest
    first, as their alternation sorted by length, at a fraction of the pattern (and of the
    compile time, which every process pays). A space matches any run of blanks, a hyphen a
    hyphen or a space."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for ch in word:
            unit = r"\s+" if ch == " " else "[- ]" if ch == "-" else re.escape(ch)
            node = node.setdefault(unit, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = [unit + emit(child) for unit, child in node.items() if unit]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" not in node:
            return body
        return f"(?:{body})?" if len(branches) == 1 else body + "?"  # greedy: longest first

    return emit(root)


def _number_words_pattern() -> str:
    """Every number word as a regex, built from its parts ("fem" + "og" + "tyve", "twenty" +
    "-one") rather than from the list of every compound: the same words, a tenth of the pattern
    (and of the compile time every process pays for the patterns that repeat it)."""
    da_digits = _trie_pattern(["en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni"])
    da_tens = _trie_pattern(t for t in _DA_TENS if t != "fyrretyve")
    en_digits = _trie_pattern([w for w, v in _EN_UNITS.items() if 1 <= v <= 9])
    en_tens = _trie_pattern(_EN_TENS)
    single = _trie_pattern([*_DA_UNITS, *_DA_TENS, *_EN_UNITS, "hundrede", "hundred"])
    return (rf"(?:{da_digits})og(?:{da_tens})(?!\w)|(?:{en_tens})(?:(?:-|\s+){en_digits}(?!\w))?"
            rf"|{single}")


_WORDS_ALT = _number_words_pattern()
# One number. Digits are atomic so "1.000" is not read as 1 and "12" is never cut to "1".
NUM = (
    r"(?:halvanden|halvandet|et\s+par|a\s+couple(?:\s+of)?|couple\s+of|en\s+halv|et\s+halvt"
    r"|half\s+an?(?!\w)|(?:(?>\d{1,3}(?:[.,]\d{1,2})?)(?![\d.,]\d|\d)"
    r"|(?:" + _WORDS_ALT + r")(?!\w))"
    r"(?:\s+og\s+en\s+halv|\s+and\s+a\s+half|½)?)"
)
# A number or a range of two; the upper bound is used.
RANGE = (
    rf"(?:(?:mellem|between)\s+{NUM}\s+(?:og|and)\s+{NUM}"
    rf"|{NUM}(?:\s*(?:-|til|to|à)\s*{NUM})?)"
)
_NUM_FULL_RE = cache.regex(
    rf"(?:mellem\s+|between\s+)?({NUM})(?:\s*(?:-|til|to|à|og|and)\s*({NUM}))?"
)
_B = r"(?<![\w§/.,])"  # left edge of a number


def parse_number(text: str) -> float | None:
    """The value of one number as matched by NUM ("otte", "7,5", "halvanden"); None if not one."""
    s = re.sub(r"\s+", " ", text.strip().lower())
    if not s:
        return None
    special = {"halvanden": 1.5, "halvandet": 1.5, "et par": 2.0, "a couple": 2.0,
               "a couple of": 2.0, "couple of": 2.0, "en halv": 0.5, "et halvt": 0.5,
               "half a": 0.5, "half an": 0.5}  # fmt: skip
    if s in special:
        return special[s]
    half = 0.0
    for suffix in (" og en halv", " and a half", "½"):
        if s.endswith(suffix):
            s, half = s[: -len(suffix)].strip(), 0.5
            break
    if not s:
        return None
    if s[0].isdigit():
        try:
            return float(s.replace(",", ".")) + half
        except ValueError:
            return None
    s = s.replace("-", " ")
    value = _NUMBER_WORDS.get(s)
    if value is None:
        value = _NUMBER_WORDS.get(s.replace(" ", "-"))
    return None if value is None else value + half


def parse_range(text: str) -> float | None:
    """The upper bound of a RANGE match ("10-12" -> 12, "mellem 10 og 12" -> 12)."""
    m = _NUM_FULL_RE.fullmatch(re.sub(r"\s+", " ", text.strip().lower()))
    if not m:
        return parse_number(text)
    values = [v for v in (parse_number(g) for g in m.groups() if g) if v is not None]
    return max(values) if values else None


def _fmt_num(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


# ---------------------------------------------------------------------------------------------
# Vocabulary

_DAY_NAMES = {
    "mandag": "mon", "tirsdag": "tue", "onsdag": "wed", "torsdag": "thu", "fredag": "fri",
    "lørdag": "sat", "søndag": "sun", "loerdag": "sat", "soendag": "sun",
    "monday": "mon", "tuesday": "tue", "wednesday": "wed", "thursday": "thu", "friday": "fri",
    "saturday": "sat", "sunday": "sun",
}  # fmt: skip
_DAY_ABBR = {
    "man": "mon", "tir": "tue", "tirs": "tue", "ons": "wed", "tor": "thu", "tors": "thu",
    "fre": "fri", "lør": "sat", "søn": "sun", "mon": "mon", "tue": "tue", "tues": "tue",
    "wed": "wed", "thu": "thu", "thur": "thu", "thurs": "thu", "fri": "fri", "sat": "sat",
    "sun": "sun",
}  # fmt: skip
_DAY_FULL = r"(?:" + "|".join(sorted(_DAY_NAMES, key=len, reverse=True)) + r")"
_DAY_INFL = rf"{_DAY_FULL}(?:ene|en|e|s)?(?!\w)"
_DAY_ABBR_RE = r"(?:" + "|".join(sorted(_DAY_ABBR, key=len, reverse=True)) + r")(?!\w)\.?"
_MONTHS = (
    r"(?:januar|january|februar|february|marts|march|april|maj|may|juni|june|juli|july|august"
    r"|september|oktober|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|oct|nov|dec)\.?(?!\w)"
)
_DA_ORD = (
    r"(?:første|anden|andet|tredje|fjerde|femte|sjette|syvende|ottende|niende|tiende|ellevte"
    r"|tolvte|trettende|fjortende|femtende|sekstende|syttende|attende|nittende|tyvende|sidste)"
)
_EN_ORD = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|fifteenth|twentieth|last)"
)

_SCHEME_PATTERNS: tuple[tuple[str, str], ...] = (
    (Scheme.FLEKSJOB, r"\w*(?:fleks|flex|flexi)[- ]?job\w*|flexible\s+job"),
    (
        Scheme.LOENTILSKUD,
        r"\w*(?:løn|loen|lon)tilskud\w*|job\s+med\s+tilskud|tilskudsjob\w*"
        r"|wage[- ]subsid\w*|salary\s+subsid\w*|subsidi[sz]ed\s+(?:job|employment|position)",
    ),
    (
        Scheme.VIRKSOMHEDSPRAKTIK,
        r"\w*pra[kc]?ti?k(?!er\b)\w*|arbejdsprøvning\w*|(?:work|job|unpaid|company)[- ]trials?"
        r"|trial\s+(?:period|placement)|work\s+placements?|job\s+placements?|internships?"
        r"|work\s+experience\s+placement",
    ),
    (
        Scheme.SMAAJOB,
        r"\w*(?:små|smaa)[- ]?job\w*|small[- ]jobs?|mini[- ]?jobs?"
        r"|(?:et\s+par|nogle\s+få|få)\s+(?:lønnede\s+)?timer\s+med\s+løn"
        r"|a\s+few\s+paid\s+hours",
    ),
    (
        Scheme.ORDINAERT_JOB,
        r"ordinært?\s+(?:job|ansættelse|stilling|arbejde)|ordinære\s+vilkår"
        r"|faste?\s+(?:ansættelse|stilling|job)|fastansættelse\w*|fastansat|ansat\s+fast"
        r"|ansætte\s+(?:ham|hende|dem|\w+)\s+fast"
        r"|ordinary\s+(?:job|employment|position|terms)|regular\s+job"
        r"|permanent\s+(?:job|position|contract|employment|hire)|hire\s+(?:him|her|them)\s+"
        r"permanently",
    ),
    (Scheme.SKAANEJOB, r"\w*(?:skåne|skaane)job\w*|sheltered\s+(?:job|employment)"),
)

_SUPPORT_PATTERNS: tuple[tuple[str, str], ...] = (
    (
        Support.MENTOR,
        r"\w*mentor\w*|buddy|buddies|makkerordning\w*|følordning\w*|sidemandsoplæring\w*"
        # a mentor described, not named: "Jobcentret betaler for, at en af dine seniorsmede kan
        # bruge et par timer om ugen på at sætte ham ind i tingene"
        r"|(?:betaler|dækker|finansierer|kompenserer)\s+(?:for\s*,?\s*)?(?:at\s+)?(?:en\s+af\s+)?"
        r"(?:dine|jeres|din)\s+[\w-]+\s+(?:kan\s+)?(?:bruge|få|have|sætte\s+af)\s+(?:[\w-]+\s+){0,4}?"
        r"tim(?:er|e)\b",
    ),
    (
        Support.HJAELPEMIDLER,
        r"\w*(?:hjælpemid|hjaelpemid)\w*|hæve[-/ ]?sænke\w*|løfte(?:hjælp|udstyr|grej|vogn)\w*"
        r"|ergonomisk\w*\s+(?:stol|udstyr|måtte|værktøj)\w*|specialstol\w*|(?<!first )aids\b"
        r"|løftebord\w*|kran(?:en|er|erne)?\b|talje(?:n|r)?\b|vakuumløfter\w*"
        r"|(?:the\s+|a\s+)?(?:crane|hoist|lifting\s+table)s?\b"
        r"|assistive\s+(?:devices?|technology)|lifting\s+(?:aids?|equipment|devices?)"
        r"|(?:sit[- ]stand|standing|height[- ]adjustable)\s+desks?|hearing\s+aids?",
    ),
    (
        Support.ARBEJDSPLADSINDRETNING,
        r"arbejdspladsindret\w*|indrett?e\w*\s+(?:en\s+)?(?:plads|arbejdsstation|bord)\w*"
        r"|indret\w*\s+(?:vi\s+|i\s+|du\s+)?(?:af\s+)?(?:(?:hans|hendes|jeres|hendes\s+egen"
        r"|hans\s+egen)\s+)?(?:arbejdspladsen|arbejdsplads|arbejdsstedet|arbejdsstationen"
        r"|arbejdsstation|arbejdsstillingen)|tilpas\w*\s+(?:af\s+)?(?:(?:hans|hendes)\s+)?"
        r"(?:arbejdspladsen|arbejdsplads|arbejdsstillingen)"
        r"|workplace\s+(?:adaptations?|adjustments?|accommodations?|modifications?)"
        r"|(?:i|til)\s+(?:din|hans|hendes|den\s+rigtige|rigtig)\s+(?:arbejds)?højde"
        r"|\w*bordhøjde|arbejdshøjde|at\s+(?:the\s+right|working|his|her|your)\s+height"
        r"|adapt(?:ing)?\s+the\s+workplace|adjust(?:ing)?\s+the\s+workplace",
    ),
    (Support.PERSONLIG_ASSISTANCE, r"personlige?\s+assist\w*|personal\s+assist\w*"),
    (
        Support.PARAGRAF_56,
        r"(?<!\w)§\s*56\w*(?:-aftale\w*)?|paragraf\s*56\w*|56[- ]?aftale\w*|section\s+56"
        r"|refusion\s+fra\s+(?:den\s+)?første\s+(?:syge|fraværs)?dag"
        r"|reimburse\w*\s+from\s+(?:the\s+)?first\s+day",
    ),
    (
        Support.OPKVALIFICERING,
        r"opkvalificer\w*|\w*kursus\w*|\w*kurser\w*|\w*kurset|\w*certifikat\w*|truckkort\w*"
        r"|truckkørekort\w*|amu[- ]?kurs\w*|efteruddannelse\w*|upskill\w*"
        r"|training\s+(?:before|course|programme|program|first|in\s+advance)"
        r"|(?:a|the)\s+course|forklift\s+(?:licen[cs]e|certificate|training)|certificat\w*",
    ),
    (
        Support.ADMINISTRATION,
        r"papir\w{0,3}(?:arbejd|abrejd|arbjed|arbej)\w*|papirer(?:ne)?|papirgang\w*"
        r"|blanketter(?:ne)?"
        r"|det\s+administrative"
        r"|(?:klarer|tager|står\s+for|ordner|håndterer)\s+(?:vi\s+)?(?:alt\s+|al\s+)?(?:det\s+)?"
        r"administrationen|det\s+skriftlige|paperwork|red\s+tape|(?:handle|do|take\s+care\s+of)\s+(?:all\s+)?"
        r"the\s+admin\w*"
        # "Jobcentret tager sig af ansøgningen om tilskuddet"
        r"|(?:klarer|klare|tager\s+(?:mig|os|sig)\s+af|står\s+for|ordner|håndterer|sørger\s+for)"
        r"\s+(?:\w+\s+){0,2}?ansøgning\w*",
    ),
    (
        Support.KONTAKTPERSON,
        # "din souschef er hendes faste person", "Jonas er hendes faste kontakt", "faste mand"
        r"\w*kontaktperson\w*|contact\s+person|point\s+of\s+contact|go-to\s+person"
        r"|faste?\s+(?:kontakt|person|mand|kvinde|indgang|holdepunkt|kollega|makker|sidemand"
        r"|gå-til-person)(?!\w)"
        r"|(?:er|bliver)\s+(?:den|personen),?\s+(?:hun|han)\s+(?:kan\s+)?(?:går|gå|henvender\s+sig)"
        r"\s+til",
    ),
    (
        Support.KRISEPLAN,
        # "en plan (sammen med Sara) for, hvad hun gør, hvis hun får det skidt"
        r"\w*kriseplan\w*|crisis\s+plan\w*|beredskabsplan\w*|handleplan\w*"
        r"|(?:plan|aftale)\w*\s+(?:[\w-]+\s+){0,5}?(?:for|om),?\s+(?:hvad\s+(?:[\w-]+,?\s+){0,8}?)?"
        r"(?:hvis|når)\s"
        r"|plan\s+for\s+what\s+(?:\w+\s+){0,6}?(?:if|when)\s"
        # "hvis hun får det skidt undervejs, har vi på forhånd lavet en plan"
        r"|(?:hvis|når)\s+(?:hun|han)\s+(?:får\s+det\s+(?:skidt|dårligt|svært|hårdt)|bliver"
        r"\s+(?:dårlig|presset|syg))[^.?!]{0,60}?\bplan\w*",
    ),
)
# Support whose wording is itself negative-sounding but positive ("ingen papirarbejde for jer").
_NEGATION_PROOF = frozenset({Support.ADMINISTRATION})

# ---------------------------------------------------------------------------------------------
# Regexes


def _c(pattern: str) -> re.Pattern[str]:
    """Compile a pattern; the text is lower-cased before matching, so no IGNORECASE."""
    return cache.regex(pattern)


_SCHEME_RES = tuple((s.value, _c(rf"(?<!\w)(?:{p})")) for s, p in _SCHEME_PATTERNS)
_SUPPORT_RES = tuple((s.value, _c(rf"(?<![\w§])(?:{p})")) for s, p in _SUPPORT_PATTERNS)
_SUPPORT_RE_OF = dict(_SUPPORT_RES)
_SUPPORT_WORD_RE = _c(r"mentor|buddy|hjælpemid|kontaktperson|assistance|kursus|certifikat")

_PW = (
    r"(?:(?:om|i|pr\.?|per|hver|a|each|every|på\s+en)\s*(?:ugen|uge|week|wk)(?!\w)"
    r"|/\s*(?:uge|week|wk|w)(?!\w)|ugentlig\w*|weekly|p/w|pw(?!\w)|(?:uge|week)(?!\w))"
)
_PD = (
    r"(?:(?:om|pr\.?|per|hver|a|each|every|/)\s*(?:dagen|dag|day|formiddag(?:en)?"
    r"|eftermiddag(?:en)?|morgen(?:en)?|morning|afternoon|vagt|shift|gang(?:en)?|time)(?!\w)"
    r"|ad\s+gangen|at\s+a\s+time|dagligt?|daily)"
)
# "tre formiddage à tre timer": the accent is typed every way (à, á, a, á'), and means per day;
# so does "med" after days ("fire dage med fire timer", "to dage om ugen med seks timer")
_PER_DAY_WORDS = frozenset({"à", "á", "a", "af", "á'", "med"})
MAX_DAY_HOURS = 10  # more than this in a day is no day's hours ("med 12 timer" is the week's)
_OTHER = (
    r"(?:(?:om|i|pr\.?|per|a|each|every|/)\s*(?:måneden|måned|month|året|år|year)(?!\w)"
    r"|i\s+alt|in\s+total|total|månedlig\w*|monthly|årlig\w*|yearly|annually|siden|ago"
    r"|tidligere|earlier|kørsel|transport|pause|break|drive|commute|forberedelse|ventetid)"
)
_HOURS_RE = _c(
    rf"{_B}(?P<num>{RANGE}|an)\s*-?\s*(?P<unit>ugentlige\s+timer|weekly\s+hours|timers?|time"
    rf"|hours?|hrs?|t\.?|h)(?!\w)(?:\s*(?:(?P<pw>{_PW})|(?P<pd>{_PD})|(?P<other>{_OTHER})))?"
)
# "to gange fire timer om ugen", "2 x 4 timer": so many times the hours
_TIMES_COUNT_RE = _c(rf"{_B}(?P<n>{NUM})\s*(?:gange|x|×)\s*$")
# "10 timer fordelt på tirsdag og torsdag": the hours are the week's, not each day's
_SPREAD_RE = _c(r"(?<!\w)(?:fordelt|i\s+alt|tilsammen|spread|in\s+total)(?!\w)")
# full time as hours ("på fuldtid", "en fuldtidsstilling"), not people ("dine fuldtidssmede")
_FULLTIME_RE = _c(
    r"(?<!\w)(?:fuld\s*tid(?:en)?|fuldtids(?:(?:stilling|job|ansættelse|arbejde|kontrakt)\w*|ansat(?!\w))"
    r"|full[- ]time)(?!\w)(?!\s+(?:staff|workers?|employees?|people|colleagues?))"
)
_WEEKS_RE = _c(
    rf"{_B}(?P<num>{RANGE})\s*-?\s*(?P<unit>ugers|uger|uge|weeks?|wks?"
    r"|m(?:å|aa)neders|m(?:å|aa)neder|m(?:å|aa)neds|m(?:å|aa)ned|mdr|md|months?)(?!\w)"
)
_HALF_YEAR_RE = _c(
    r"(?<!\w)(?:et\s+halvt\s+års?|et\s+halvår|halvt\s+års?|half\s+a\s+year|a\s+half[- ]year)"
    r"(?!\w)"
)
_DAY_WORD_RE = _c(rf"(?<!\w){_DAY_FULL}(?!\w)")  # one day's name: "tirsdag", "lørdag"
_QUARTER_RE = _c(
    rf"(?<!\w)(?P<n>et|{NUM})\s+kvartal(?:er)?(?!\w)|(?<!\w)a\s+quarter(?!\w)(?!\s+of\b)"
)
_DAYCOUNT_RE = _c(
    rf"{_B}(?P<num>{NUM})\s+(?:(?:hele|halve|korte|lange|faste)\s+)?(?:(?P<plural>(?:arbejds)?dage|(?:efter|for)mid{{1,2}}age|morgener"
    r"|aftener|vagter|hverdage|days|working\s+days|workdays|mornings|afternoons|evenings|shifts)"
    r"|(?P<single>dag|day|formiddag|eftermiddag|morning|afternoon|gange?|times?))(?!\w)"
    rf"(?P<pw>\s*{_PW})?"
)
_EVERY_DAY_RE = _c(
    r"(?<!\w)(?:hver\s+(?:dag|formiddag|eftermiddag|morgen|hverdag)|alle\s+(?:dage|formiddage"
    r"|eftermiddage|morgener)|dagligt?|every\s+(?:day|morning|afternoon|weekday)|daily)(?!\w)"
)

_HR = r"(?>(?:2[0-4]|[01]?\d)(?:[:.][0-5]\d)?)(?![\d]|[.,:]\d)"
_AMPM = r"(?:\s*(?:am|pm|a\.m\.|p\.m\.))?"
_KL = r"(?:(?:kl\.?|klokken)\s*)?"
_NOT_UNIT = (
    r"(?!\s*(?:timer|timers|time(?!\w)|t(?!\w)|t/|hours?|hrs?|h(?!\w)|uger?|ugers|weeks?|wks?"
    r"|m(?:å|aa)ned\w*|mdr|months?|dage|dag(?!\w)|days?|år|års|years?|%|procent|percent"
    r"|kr|kroner|ansatte|medarbejdere|employees|people|personer|mennesker|gange|times|minutter"
    r"|minutes|min(?!\w)|stk|kg|km|m(?!\w)|meter))"
)
# "fra otte til elleve": the hours of the clock in words ("et"/"en" are articles first)
_CLOCK_WORDS = {w: v for w, v in {**_DA_UNITS, **_EN_UNITS}.items() if 1 <= v <= 12}
_CLOCK_WORDS.pop("en", None)  # "en" is first the article
# "halv otte" is 7.30
_HR_WORD = rf"(?:(?:halv\s+)?(?:{_trie_pattern(_CLOCK_WORDS)}))(?!\w)"
_TIMES_RE = _c(
    rf"(?<![\w§/.,-])(?:(?P<pre>fra|from|between|mellem|kl\.?|klokken)\s*{_KL})?"
    rf"(?P<h1>{_HR}|{_HR_WORD})(?P<ap1>{_AMPM})\s*(?P<sep>-|til|to|until|till|og|and)\s*{_KL}"
    rf"(?P<h2>{_HR}|{_HR_WORD})(?P<ap2>{_AMPM}){_NOT_UNIT}"
)

_DAY_RANGE_RE = _c(
    rf"(?<!\w)(?:(?:fra|from)\s+)?(?:(?:om|på|on)\s+)?(?P<d1>{_DAY_INFL}|{_DAY_ABBR_RE})\s*"
    rf"(?P<sep>-|til\s+og\s+med|til|to|through|thru|until|till)\s*"
    rf"(?P<d2>{_DAY_INFL}|{_DAY_ABBR_RE})(?!\w)"
)
_DAY_LIST_RE = _c(
    rf"(?<!\w)(?:(?:om|på|on)\s+)?{_DAY_INFL}(?:\s*(?:,|og|and|&|samt|eller|or|\+)\s*"
    rf"(?:(?:om|på|on)\s+)?{_DAY_INFL})*"
)
_WEEKDAYS_WORD_RE = _c(
    r"(?<!\w)(?:alle\s+hverdage|hver\s+hverdag|hverdage|hverdagene|on\s+weekdays|every\s+"
    r"weekday|weekdays)(?!\w)"
)
# the weekend as days of the deal, not a wish ("god weekend", "have a nice weekend")
_WEEKEND_RE = _c(
    r"(?<!\w)(?<!god )(?<!gode )(?<!good )(?<!nice )(?:weekend(?:en|er|erne|s)?)(?!\w)")
# an aid offered only if it comes to that: "…, hvis det bliver relevant", "hvis der bliver brug
# for det", "om nødvendigt"
_IF_NEEDED = _c(
    r"^[^,]{0,40}?,?\s*(?:hvis (?:det|der) (?:nu )?(?:bliver|blev|skulle blive|er|viser sig)"
    r" (?:\w+ )?(?:relevant|nødvendig\w*|aktuel\w*|brug for (?:det|den|dem))|om nødvendigt"
    r"|hvis behovet (?:opstår|er der)|if (?:needed|necessary|it becomes (?:relevant|necessary)))"
)

_START_CUE = (
    r"(?:fra|from|start(?:e|er|es|s|ing)?|begynd(?:e|er)|begin(?:s|ning)?|opstart|per|pr\."
    r"|as\s+of|med\s+(?:op)?start|commenc\w+|går\s+i\s+gang|gå\s+i\s+gang|komme\s+i\s+gang)"
)
_START_FILL = (
    r"(?:(?:allerede|already|gerne|så|op|igen|først|helst|straight|right)\s+)?"
    r"(?:(?:på|on|den|the|i|in|fra|from|with|by)\s+)?"
)
_DATE = (
    rf"(?:(?:den|d\.)\s+)?\d{{1,2}}\.?\s*{_MONTHS}"
    rf"|(?:den\s+)?{_DA_ORD}\s+{_MONTHS}"
    rf"|{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?(?!\w)"
    rf"|(?:the\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?|{_EN_ORD})\s+of\s+(?:{_MONTHS}|the\s+month"
    r"|next\s+month|this\s+month)"
    r"|(?:den\s+)?\d{1,2}/\d{1,2}(?:[-/]\d{2,4})?(?![\d/])"
    r"|(?:den\s+)?(?:første|1\.)\s+i\s+(?:næste\s+)?måned(?:en)?"
    r"|den\s+\d{1,2}\.(?!\d)"
)
_REL = (
    r"næste\s+(?:uge|måned)|(?:uge|week)\s+\d{1,2}(?!\d)|next\s+(?:week|month)"
    rf"|(?:the\s+)?(?:beginning|start)\s+of\s+(?:next\s+|the\s+)?(?:week|month|{_MONTHS})"
    rf"|starten\s+af\s+(?:næste\s+)?(?:uge|måned|{_MONTHS})|primo\s+\w+|månedsskiftet"
    r"|(?:the\s+)?turn\s+of\s+the\s+month|nytår"
)
_SOON = (
    rf"med\s+det\s+samme|straks|omgående|hurtigst\s+muligt|snarest(?:\s+muligt)?|right\s+away"
    rf"|immediately|straight\s+away|asap|as\s+soon\s+as\s+possible|i\s+morgen|tomorrow"
    rf"|om\s+{NUM}\s+(?:uger|uge|dage|måneder|måned)|in\s+{NUM}\s+(?:weeks?|days?|months?)"
    r"|(?:efter|after)\s+(?:sommer(?:ferien)?|ferien|jul(?:en)?|påske(?:n)?|nytår"
    r"|the\s+(?:summer\s+)?holidays?|christmas|easter|the\s+summer)"
)
# a day after "starter" is the start, unless a list of days follows: "hun starter tirsdag,
# onsdag og torsdag" names the days
_DAY_START = (rf"(?:(?:næste|på|kommende|next|this|on)\s+)?{_DAY_FULL}(?!\w)"
              rf"(?!\s*(?:,|og|and|&)\s*{_DAY_FULL})")
_START_CUED_RE = _c(
    rf"(?<!\w){_START_CUE}\s+{_START_FILL}(?P<val>{_DATE}|{_REL}|{_SOON}|{_DAY_START})"
)
_START_FREE_RE = _c(
    rf"(?<!\w)(?:(?:i|fra|in)\s+(?P<val1>næste\s+(?:uge|måned)|next\s+(?:week|month)))(?!\w)"
    rf"|(?<![\w/.])(?P<val2>{_DATE})"
    # a day with the week it falls in is a date: "kan vi sige mandag om to uger?"
    rf"|(?<!\w)(?P<val3>{_DAY_FULL}\s+(?:om\s+(?:\d+|en|én|to|tre|fire|fem|seks|fjorten)\s+(?:uge|uger|dage)"
    rf"|i\s+næste\s+uge|i\s+uge\s+\d{{1,2}}|den\s+\d{{1,2}}\.?|in\s+(?:two|three|\d+)\s+weeks))(?!\w)"
)
_AFTER_BARE_TIME = frozenset(
    "om hver dagligt alle på i og and med with fra from uden without kl klokken formiddag"
    " eftermiddag morgen formiddagen eftermiddagen morgenen on in every each daily a.m p.m"
    " am pm".split()
)
# support offered in so many words: "vi betaler truckcertifikatet", "vi søger en hæve-sænkestol"
_OFFERED_BEFORE = _c(
    r"\b(?:betaler|betale|finansierer|søger|søge|sørger for|giver|skaffer|bevilger|pays?"
    r"|provides?|applies? for)\s+(?:(?:for|et|en|hans|hendes|the|a|an|hende|ham)\s+){0,2}$"
    # "vi sørger for, at han tager truckcertifikatet"
    r"|\b(?:sørger|sørge)\s+for,?\s+at\s+(?:han|hun|\w+)\s+(?:tager|får|kan\s+tage|tage)\s+$"
)
# the jobcentre pays for what follows: "jobcentret betaler for, at Jette får en time om ugen"
_PAYS_FOR = frozenset("betaler betale betalt finansierer dækker pays pay paid covers".split())
# Hours someone spends bringing the citizen in: "(et par timer om ugen) på at sætte ham ind i"
_TRAINING_TIME = cache.regex(
    r"^(?:\s*(?:om|i|a|per)\s+(?:ugen|week|dagen|day))?\s*(?:på|til)\s+at\s+(?:sætte|lære|vise|oplære"
    r"|introducere|følge|hjælpe|tage\s+sig\s+af|train|show|teach|support)"
)
# Someone whose time the jobcentre may pay for: "hendes faste person", "souschefen", "en kollega"
_PERSON_PAID = cache.regex(
    r"\b(?:fast(?:e)? person|kontaktperson\w*|mentor\w*|souschef\w*|kolleg\w*|svend(?:en)?"
    r"|medarbejder(?:en)?|contact person|colleague"
    # "jobcentret betaler en af dine folk for et par timer om ugen til at sætte hende ind i det"
    r"|(?:en|nogen) af (?:dine|jeres) (?:folk|medarbejdere|montører|svende|smede|ansatte)"
    r"|one of your (?:people|staff|team))\b"
)
# What turns a sentence from the support's hours to the candidate's own: days, clock times, the
# scheme ("… mentortimer til Kasper, og Camilla kommer tirsdag til torsdag kl. 8–12")
_CANDIDATE_TIME = cache.regex(
    r"\b(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday|kl|klokken|formiddag\w*|eftermiddag\w*|\w*praktik\w*|fleksjob\w*"
    r"|hun|han|she|he)\b"
)
_WHICH_WEEK = frozenset("første anden tredje fjerde femte sidste næste uge ugen den".split())
_DEADLINE_WORDS = frozenset("inden senest før by before".split())
_MEETING_WORDS = frozenset(
    "mødes møde mødet ses ringer ringe meet meeting call visit besøg svar answer frist deadline"
    " mail email forbi besøger kigger tjekker opfølgning opfølgningen opfølgningsmøde"
    " statusmøde evaluering follow-up".split()
)

_FU_STRONG_RE = _c(
    r"(?<!\w)(?:f(?:ø|oe|o)lge[rs]?\s+(?:(?!på\b)\w+\s+){0,2}?op(?!\s+på)\b|fulgt\s+op(?!\s+på)"
    r"|opf(?:ø|oe|o)lgning\w*|\w*evaluering\w*|evaluere\w*|status\w*(?:møde|samtale)\w*"
    r"|midtvejs\w*|follow[- ]ups?(?!\w)(?!\s+on(?!\w))"
    # looking back together on how it went: "så sætter vi os og snakker om, hvordan det er gået"
    r"|(?:snakke[r]?|tale[r]?|se[r]?|kigge[r]?|høre[r]?)\s+(?:\w+\s+){0,3}?(?:på|om)?,?\s*"
    r"hvordan\s+det\s+(?:er\s+gået|gik|har\s+været|går\s+(?:med\s+(?:hende|ham|praktikken)"
    r"|med\s+\w+)?)"
    r"|follow(?:ing|s)?\s+(?:(?!on\b)\w+\s+){0,2}?up(?!\s+on)"
    r"(?!\w)|check[- ]ins?(?!\w)|check(?:ing)?\s+in(?!\w)|touch\s+base|evaluat\w*)"
)
_FU_WEAK_RE = _c(
    r"(?<!\w)(?:følge[rs]?\s+(?:\w+\s+){0,2}?op\s+på|follow(?:ing|s)?[- ]+up\s+on"
    r"|ses\s+(?:her\s+|derude\s+|hos\s+jer\s+)?igen"
    # "så sætter vi et møde i kalenderen i uge fire", "vi booker en opfølgning"
    r"|(?:sætter|booker|aftaler|planlægger|lægger)\s+(?:vi\s+|jeg\s+)?(?:et\s+|en\s+)?(?:\w+\s+)?"
    r"(?:møde|mødet|dato|datoen|tid)(?!\w)"
    r"|mødes\s+igen|meet\s+again|tager\s+en\s+(?:snak|status)|review\w*|catch\s+up"
    # the verb first after "så" ("så kigger jeg forbi", "så ringer jeg til dig")
    r"|tjekke?r?\s+ind|checke?r?\s+ind|kigge[r]?\s+(?:jeg\s+|vi\s+)?(?:forbi|ud|ind)"
    r"|komme[r]?\s+(?:jeg\s+|vi\s+)?forbi|stop\s+by|drop\s+by"
    # "jeg kommer ud efter tre uger", "så sætter vi os alle tre sammen sidst i praktikken"
    r"|(?:jeg|vi)\s+(?:selv\s+)?kommer\s+(?:selv\s+)?(?:ud|på\s+besøg)"
    r"|kommer\s+(?:jeg|vi)\s+(?:selv\s+)?(?:ud|på\s+besøg)"
    r"|sætter\s+(?:vi\s+)?(?:\w+\s+)?os\s+(?:\w+\s+){0,3}sammen|status(?!\w)"
    # "Jeg kommer efter første uge", "vi kommer igen om to uger"
    r"|(?:jeg|vi)\s+kommer\s+(?:igen\s+|tilbage\s+)?(?=efter\s|om\s|i\s+uge)"
    r"|sætter\s+(?:vi\s+)?os\s+(?:alle\s+tre|ned|her)(?!\w)"
    r"|sætte\s+os\s+(?:\w+\s+){0,3}sammen|tage[r]?\s+(?:vi\s+)?en\s+(?:ny\s+)?(?:snak|samtale)"
    r"|holde[r]?\s+(?:vi\s+)?(?:et\s+)?(?:kort\s+|lille\s+|fast\s+|nyt\s+)?(?:møde|statusmøde"
    r"|opfølgningsmøde)"
    # a call or a look again, with a time frame: "jeg ringer efter to uger og hører, hvordan det
    # går", "så kigger vi på det sammen igen efter en måned"
    r"|ringer\s+(?:\w+\s+){0,6}?(?:og\s+)?hører|ringer(?:\s+(?:jeg|vi))?(?:\s+til\s+(?:dig|jer"
    rf"|hende|ham|både\s+dig\s+og\s+\w+|dig\s+og\s+\w+)(?:\s+(?:begge(?:\s+to)?|alle(?:\s+tre)?"
    rf"|to))?)?(?=\s+(?:igen\s+)?(?:(?:på\s+)?{_DAY_FULL}\s+)?(?:efter|om|hver|i\s+uge)\b)"
    r"|hører\s+(?:\w+\s+){0,2}?hvordan\s+det\s+går|(?:kigger|ser|tager)\s+(?:vi\s+)?(?:så\s+|lige\s+)?på\s+det"
    r"\s+(?:\w+\s+){0,2}?igen|tager\s+det\s+op\s+igen|vender\s+det\s+(?:\w+\s+)?igen"
    r"|snakker\s+(?:\w+\s+){0,3}?igen|mødes(?:\s+(?:alle\s+tre|igen))?|gør\s+status"
    r"|call\s+(?:you|them)|give\s+you\s+a\s+(?:call|ring)|look\s+at\s+it\s+again"
    r"|(?:see|hear)\s+how\s+(?:it's|it\s+is)\s+going)"
)
_NUM_A = rf"(?:{NUM}|an?(?!\w))"
_FU_DURATION = (
    r"(?:efter|after|om|in|within|inden\s+for|senest\s+efter|senest\s+om)\s+"
    r"(?:(?:de|den|det|the)\s+)?(?:(?:første|first)\s+)?"
    rf"(?:(?P<fnum>{_NUM_A})\s*|par\s+|(?:anden|tredje|fjerde|femte|sjette|second|third)\s+)?"
    r"(?:uger|uges|uge|ugers|dage|dag|m(?:å|aa)neder|m(?:å|aa)neds|m(?:å|aa)ned|weeks?"
    r"|days?|months?)(?!\w)"
)
# Words that date the start, not the follow-up ("start mandag om 14 dage")
_START_WORDS = frozenset({"start", "starte", "starter", "startdato", "begynde", "begynder",
                          "begyndelse", "starts", "starting", "begins"})
_FU_FRAME_RE = _c(
    rf"(?<!\w)(?:{_FU_DURATION}"
    r"|hver\s+(?:\d{1,2}\.\s*|anden\s+|tredje\s+|fjerde\s+|fjortende\s+)?(?:uge|dag|måned"
    rf"|{_DAY_FULL})(?!\w)"
    rf"|every\s+(?:{NUM}\s+|other\s+|second\s+)?(?:weeks?|days?|months?|{_DAY_FULL})(?!\w)"
    r"|(?:en\s+gang|once|twice|to\s+gange)\s+(?:om|a|per|i)\s+(?:ugen|måneden|week|month)"
    r"|ugentlig\w*|månedlig\w*|weekly|biweekly|bi-weekly|fortnightly|monthly"
    r"|løbende|undervejs|regularly|along\s+the\s+way|continuously|midtvejs|halvvejs|halfway"
    rf"|midway|(?:i|in)\s+uge\s+(?:\d{{1,2}}|{NUM})(?!\w)|(?:ved|at)\s+(?:afslutningen|slutningen|the\s+end)"
    r"|i\s+(?:den\s+)?(?:første|anden|tredje|fjerde|femte|sjette|sidste)\s+uge(?!\w)"
    r"|(?:sidst|til\s+sidst|i\s+slutningen)\s+(?:i|af)\s+(?:praktikken|forløbet|perioden)"
    r"|(?:inden|før)\s+(?:praktikken|forløbet|perioden)\s+(?:slutter|er\s+slut)"
    r"|igen(?!\w)"  # "så sætter vi os sammen igen og ser, om vi skal forlænge"
    rf"|når\s+der\s+er\s+gået\s+(?:{_NUM_A}|et\s+par)\s+(?:uger?|dage?|måned(?:er)?)(?!\w)"
    rf"|(?:den|on)\s+(?:{_DATE})|(?:næste|next)\s+(?:uge|week|måned|month|{_DAY_FULL})"
    rf"|(?:på|on)\s+{_DAY_FULL}(?!\w)"
    rf"|{NUM}\s+(?:uger|weeks|dage|days|måneder|months)\s+(?:inde|in)(?!\w))"
)
_FU_DURATION_RE = _c(_FU_DURATION)


def _subj(name: str) -> str:
    return rf"(?P<{name}>the\s+(?:citizen|candidate)|[^\W\d_]+)"


_SUBJ = _subj("subj")
_CONSENT_OBJ = r"(?:det|den|idéen|ideen|planen|forslaget|aftalen|praktikken|jobbet)"
_CONSENT_NEG_RE = _c(
    rf"(?<!\w){_SUBJ}(?:'s|')?\s+(?:(?:er|is)\s+(?:ikke|not)\s+(?:med\s+på\s+{_CONSENT_OBJ}"
    r"|indforstået|on\s+board|happy\s+with)|isn't\s+(?:on\s+board|happy\s+with)"
    r"|(?:har\s+)?(?:sagt|siger|says|said|has\s+said)\s+(?:nej|no)(?!\w)"
    r"|(?:har\s+ikke|giver\s+ikke|has\s+not|hasn't|did\s+not|didn't|does\s+not|doesn't|won't"
    r"|will\s+not)\s+(?:givet\s+|give\s+|given\s+)?(?:(?:sit|his|her|their)\s+)?"
    r"(?:samtykke|consent\w*|agreed|agree|accepteret|accept))"
    r"|(?<!\w)(?:uden|without)\s+(?:(?:hans|hendes|deres|his|her|their|borgerens|[^\W\d_]+(?:'s|'))"
    r"\s+)?(?:samtykke|consent)"
)
_CONSENT_POS_RE = _c(
    rf"(?<!\w)(?:hvis|if)\s+{_SUBJ}\s+(?:siger\s+ja|er\s+med(?:\s+på\s+{_CONSENT_OBJ})?"
    r"|accepterer|giver\s+(?:sit\s+)?samtykke|agrees|says\s+yes|consents|is\s+on\s+board)"
    rf"|(?<!\w){_subj('subj1')}\s+(?:(?:er|is)\s+(?:helt\s+|fuldt\s+|også\s+|also\s+)?(?:med\s+på\s+"
    rf"{_CONSENT_OBJ}|indforstået|on\s+board|happy\s+with\s+(?:it|this|that|the\s+plan))"
    r"|(?:har\s+)?(?:sagt|siger|says|said|has\s+said)\s+(?:ja|yes)(?!\w)"
    r"|(?:har\s+)?(?:givet|giver|gives|has\s+given|gave)\s+(?:(?:sit|sin|his|her|their)\s+)?"
    r"(?:samtykke|consent|accept|tilsagn)|(?:har\s+)?(?:accepteret|accepterer)|agrees|agreed"
    r"|has\s+agreed|consents|has\s+consented)"
    r"|(?<!\w)(?:med|with)\s+(?:hans|hendes|deres|borgerens|his|her|their|"
    r"(?P<subj2>[^\W\d_]+)(?:'s|'|s)?)\s+(?:samtykke|accept|tilsagn|consent|permission)"
    r"|(?<!\w)med\s+samtykke\s+fra\s+(?P<subj3>[^\W\d_]+)"
)
_CONSENT_ROLES = frozenset("han hun borgeren kandidaten medarbejderen personen he she".split())
_CONSENT_NOT_CITIZEN = frozenset(
    "vi i jeg du de det der den dette som man hvis hvad you we they it this that there"
    " virksomheden firmaet chefen ledelsen teamet kollegerne alle begge company everybody"
    " everyone nobody ingen nogen what who which".split()
)

# ---------------------------------------------------------------------------------------------
# Tokens, clauses and negation

_TOKEN_RE = cache.regex(r"[^\W_]+(?:'[^\W_]+)*|[^\w\s]")
_CLAUSE_PUNCT = frozenset(',;:!?()[]{}"…')
_SENTENCE_PUNCT = frozenset("!?")
_CLAUSE_WORDS = frozenset("men but however derimod mens whereas although selvom though".split())
_ABBREV = frozenset("pr kl ca fx evt bl mht mr dr nr st dvs osv etc vs ifm jf ex eg ie".split())
_NEG_STRONG = frozenset(
    "uden ingen intet inget without no undtagen except hverken neither nor"
    # taking something off the table: "så dropper vi pakningen", "drop the packing"
    " dropper droppe drop dropping fjerner fjerne fjern remove removing minus"
    # "glem kassen, det var dumt af mig"
    " glem forget".split()
)
_NEG_WEAK = frozenset(
    "ikke not aldrig never ej dont doesnt don't doesn't won't isn't aren't can't cannot"
    " shouldn't didn't wouldn't".split()
)
_NEG_EXEMPT_NEXT = frozenset(
    "kun bare blot alene only just mindst least problem problemer matter doubt tvivl".split()
)
_PAST_WORDS = frozenset(
    "været var haft havde sygemeldt ledig arbejdsløs arbejdede been was were had sick"
    " unemployed worked".split()
)
_FIRST_WORDS = frozenset(
    "efter after om in within indenfor senest hver every each første first sidste last past"
    " seneste yderligere additional further extra ekstra forlænge forlænget forlænges"
    " forlængelse extend extended extension".split()
)
_AFTER_WEEKS_STOP = frozenset(
    "siden ago varsel notice før before forinden tidligere earlier senere later efter after"
    " inde ferie ferien holiday vacation orlov leave mere more ekstra extra løn wages salary"
    " pay lønninger opsigelse opsigelsesvarsel prøvetid probation".split()
)


# Control characters become spaces and typographic dashes and quotes plain ones, one for one,
# so positions in the read text are positions in the original.
_TRANSLATE = {
    **{c: " " for c in range(32) if c != 10},
    **{c: " " for c in range(127, 160)},
    0x2028: "\n", 0x2029: "\n", 0x2013: "-", 0x2014: "-", 0x2212: "-", 0x2010: "-",
    0x2011: "-", 0x2019: "'", 0x2018: "'", 0x00B4: "'", 0x201C: '"', 0x201D: '"',
    0x00A0: " ", 0x202F: " ", 0x2009: " ",
}  # fmt: skip


class _Doc:
    """One text prepared for reading: normalised, lower-cased, tokenised into clauses."""

    def __init__(self, text: str) -> None:
        text = unicodedata.normalize("NFC", text)[:MAX_CHARS]
        self.orig = text
        low = text.lower()
        if len(low) != len(text):  # a rare character whose lower case is longer
            low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        self.low = low.translate(_TRANSLATE)
        self.work = self.low  # what is left once spans are consumed (same length)
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.words: list[str] = []  # "" for punctuation
        self.clause: list[int] = []
        self.sentence: list[int] = []
        self.question: dict[int, bool] = {}
        self._tokenise()

    def _tokenise(self) -> None:
        low = self.low
        clause = sentence = 0
        prev_end = 0
        tokens = list(_TOKEN_RE.finditer(low))
        for i, m in enumerate(tokens):
            tok = m.group()
            if "\n" in low[prev_end : m.start()]:
                clause, sentence = clause + 1, sentence + 1
            prev_end = m.end()
            is_word = tok[0].isalnum()
            if is_word and tok in _CLAUSE_WORDS:
                clause += 1
            self.starts.append(m.start())
            self.ends.append(m.end())
            self.words.append(tok if is_word else "")
            self.clause.append(clause)
            self.sentence.append(sentence)
            if is_word:
                continue
            if tok in _SENTENCE_PUNCT:
                self.question[sentence] = self.question.get(sentence, False) or tok == "?"
                clause, sentence = clause + 1, sentence + 1
            elif tok in _CLAUSE_PUNCT:
                clause += 1
            elif tok == "." and self._is_full_stop(tokens, i):
                clause, sentence = clause + 1, sentence + 1
            elif tok == "-" and low[m.start() - 1 : m.start()] == low[m.end() : m.end() + 1] == " ":
                clause += 1

    def _is_full_stop(self, tokens: list[re.Match[str]], i: int) -> bool:
        prev = tokens[i - 1].group() if i else ""
        nxt = self.low[tokens[i].end() : tokens[i].end() + 1]
        if nxt and not nxt.isspace():
            return False
        return not (prev.isdigit() or prev in _ABBREV)

    # -- positions ------------------------------------------------------------------------
    def index_at(self, pos: int) -> int:
        """Index of the token that starts at or before pos (-1 if none)."""
        return bisect.bisect_right(self.starts, pos) - 1

    def words_before(self, pos: int, n: int) -> list[str]:
        """Up to n words right before pos in the same clause, nearest first."""
        k = bisect.bisect_left(self.starts, pos)
        i = k - 1
        if i < 0:
            return []
        clause = self.clause[k] if k < len(self.clause) else self.clause[i]
        out: list[str] = []
        while i >= 0 and len(out) < n and self.clause[i] == clause:
            if self.words[i]:
                out.append(self.words[i])
            i -= 1
        return out

    def words_after(self, end: int, n: int) -> list[str]:
        """Up to n words right after end in the same clause, nearest first."""
        i = bisect.bisect_left(self.starts, end)
        if i >= len(self.starts):
            return []
        clause = self.clause[i - 1] if i > 0 else self.clause[i]
        out: list[str] = []
        while i < len(self.starts) and len(out) < n and self.clause[i] == clause:
            if self.words[i]:
                out.append(self.words[i])
            i += 1
        return out

    def in_question(self, pos: int) -> bool:
        i = max(self.index_at(pos), 0)
        return bool(self.sentence) and self.question.get(self.sentence[i], False)

    def same_sentence(self, a: int, b: int) -> bool:
        if not self.sentence:
            return True
        return self.sentence[max(self.index_at(a), 0)] == self.sentence[max(self.index_at(b), 0)]

    def negated(self, pos: int, window: int = 5) -> bool:
        """Whether a negation cue governs the word at pos (same clause, a few words back; a
        few more across "eller": "ikke skal ud på gulvet eller betjene kunder")."""
        before = self.words_before(pos, window + 4)
        reach = window + (3 if _OR & set(before[:window]) else 0)
        question = None
        for k, word in enumerate(before[:reach]):
            if word in _SCOPE_BREAK or (
                word in _SCOPE_AND and k > 0 and before[k - 1] in _NEW_PHRASE
            ):
                return False  # "ikke telefonen, men en mentor", "ingen kunder og en fast person"
            strong = word in _NEG_STRONG
            weak = word in _NEG_WEAK or word.endswith("n't")
            if not (strong or weak):
                continue
            nxt = before[k - 1] if k > 0 else ""
            if nxt in _NEG_EXEMPT_NEXT:
                return False
            prev = before[k + 1] if k + 1 < len(before) else ""
            if prev in _NEG_STRONG or prev in _NEG_WEAK:
                return False  # "ikke uden en mentor"
            if weak and not strong and not _THAT & set(before[k + 1:]):
                # "kan vi aftale, at hun ikke skal …?" asks for the negation, in its that-clause
                if question is None:
                    question = self.in_question(pos)
                if question:
                    return False  # "skal vi ikke sige en mentor?" is an offer
            return True
        return False

    def removed_after(self, end: int) -> bool:
        """The words right after a mention take it off the deal: "grundingen tager vi ud",
        "pap dropper vi", "kassen skal hun ikke"."""
        rest = re.split(r"[.;!?]|\s(?:men|but|og så|and then)\s", self.low[end:end + 80],
                        maxsplit=1)[0]
        return bool(_REMOVED_AFTER.match(rest))

    def removed_around(self, start: int, end: int) -> bool:
        """The words on both sides of a mention take it off the deal: "så tager vi slibningen
        ud", "vi dropper pappet", "take the phones out"."""
        before = re.split(r"[.;:!?,]|\s(?:men|but|og|and)\s",
                          self.low[max(0, start - 40):start])[-1]
        after = re.split(r"[.;:!?]|\s(?:men|but|og så|and then)\s", self.low[end:end + 60],
                         maxsplit=1)[0]
        return bool(_TAKE_BEFORE.search(before) and _OUT_AFTER.match(after)
                    or _DROP_BEFORE.search(before))

    def consume(self, start: int, end: int) -> None:
        self.work = self.work[:start] + " " * (end - start) + self.work[end:]

    def span(self, start: int, end: int) -> str:
        return self.orig[start:end].strip()


# What ends a negation's reach back from a mention: "men" always; "og" when a phrase of its own
# follows ("ingen kundekontakt og en fast kontaktperson"), not in "ingen telefon og kunder"
_SCOPE_BREAK = frozenset({"men", "but"})
_OR = frozenset({"eller", "or"})
_THAT = frozenset({"at", "that"})
_SCOPE_AND = frozenset({"og", "and", "samt", "plus"})
_NEW_PHRASE = frozenset({
    "en", "et", "den", "det", "de", "din", "dit", "jeres", "hans", "hendes", "sin", "sit", "vores",
    "a", "an", "the", "your", "his", "her", "our",
})

# A task's words as the means by which others do the heavy part, in the passive: "alt over 10
# kilo klares med kran eller truck", "pladerne løftes med truck" - no task of the citizen's.
_AS_MEANS = cache.regex(
    r"\b(?:klares|løftes|flyttes|tages|håndteres|bæres|køres|hentes|gøres|ordnes|løses)"
    r"\s+(?:med|af|på)\s+(?:(?:en|et|den|det)\s+)?(?:[\w-]+\s+(?:eller|og|or|and)\s+"
    r"(?:(?:en|et|den|det)\s+)?)?$"
)

# A task taken out in the verb-first order: "så tager vi slibningen ud", "vi dropper pappet"
_PRONOUNS = r"(?:\s+(?:vi|jeg|i|du|lige|bare|så|helt|we|i'll|we'll|just))*"
_TAKE_BEFORE = cache.regex(rf"\b(?:tag|tager|tage|tar|take|takes){_PRONOUNS}\s+(?:[\w-]+\s+)?$")
_OUT_AFTER = cache.regex(
    r"^(?:\s+[\w-]+){0,4}?\s+(?:ud|væk|out|off)\b(?!\s+(?:på|til|i|hos|for|med|to|at|on)\b)"
)
_DROP_BEFORE = cache.regex(
    rf"\b(?:fjerner|fjern|dropper|drop|stryger|stryg|udelader|remove|skip|leave out)"
    rf"{_PRONOUNS}\s+(?:[\w-]+\s+)?$"
)

# What takes a task just named off the deal ("X tager vi ud", "X dropper vi", "X skal hun ikke").
_REMOVED_AFTER = cache.regex(
    # a second mention joined on takes the same verdict: "Telefonpasning og kundebooking tager
    # vi ikke med"
    r"^\W*(?:(?:og|eller|and|or) (?:\w[\w-]* ){0,2}?\w[\w-]* )?"
    r"(?:(?:\w+\W+){0,2}?(?:tager|tage|tar) (?:vi|jeg|i) (?:ud|væk|fra)\b"
    r"|(?:tager|tage) (?:vi|jeg|i|hun|han) (?:slet )?ikke(?: med)?\b"
    r"|(?:kan|må) (?:vi|i|du) (?:godt |bare |roligt )?glemme\b"
    r"|er ikke (?:vejen|en mulighed|aktuel\w*|relevant|noget for \w+|nødvendig\w*)\b"
    r"|kommer ikke på tale\b|er der ingen grund til\b|(?:behøver|skal) (?:vi|i|du) ikke\b"
    r"|er udelukket\b|(?:bliver|forbliver) hos (?:jeres|dine|jer|dig)\b"
    r"|(?:fjerner|dropper|stryger|udelader|glemmer) (?:vi|jeg|i)\b"
    r"|(?:\w+\W+)?(?:springer|hopper) (?:vi|jeg|i) over\b"
    r"|(?:skal|må|kan) (?:hun|han|borgeren|kandidaten) (?:slet )?ikke\b"
    r"|(?:er|bliver) (?:slet )?ikke (?:med|en del)\b|(?:lader|venter) (?:vi|jeg) (?:ligge|med)\b"
    r"|(?:is|are) (?:out|off)\b|(?:we|i)(?:'ll| will)? (?:drop|remove|leave out|skip)\b)"
)


def _evidence(doc: _Doc, spans: Sequence[tuple[int, int]], pieces: bool = False) -> str:
    """The exact words behind a value: one covering substring if close, else pieces with '; '.

    Lists (pieces=True) always give their pieces.
    """
    spans = sorted(set(spans))
    if not spans:
        return ""
    lo, hi = spans[0][0], max(e for _, e in spans)
    if (len(spans) == 1 or not pieces) and hi - lo <= 80 and doc.same_sentence(lo, hi - 1):
        return doc.span(lo, hi)
    return "; ".join(dict.fromkeys(doc.span(s, e) for s, e in spans))


# ---------------------------------------------------------------------------------------------
# Task index

_TASK_STOPWORDS = frozenset(
    "at og i på af med en et den det de til for ved som om fra alle nogle lidt mm"
    " the a an of to and in on with by some all".split()
)


_LABEL_SPLIT = cache.regex(r"\s*(?:[,:;()]|\s(?:og|and|samt|eller|or)\s)\s*")
_LABEL_STOP = cache.regex(
    r"\s(?:i|på|af|til|hos|efter|med|ved|før|fra|ude|inde|nede|oppe|for|in|on|of|at|from"
    r"|with|before|after)\s.*$"
)


# A part of a label that starts a clause: what follows describes, it is no task of its own.
_LABEL_CLAUSE = cache.regex(r"(?:når|hvis|som|der|mens|hvor|when|if|while|which|that|where)\b")


_LABEL_TIME = cache.regex(
    r"^(?:(?:i|om|på|hver)\s+)?(?:januar|februar|marts|april|maj|juni|juli|august|september"
    r"|oktober|november|december|weekend\w*|hverdag\w*|helligdag\w*|ferie\w*|sommer\w*"
    r"|jul\w*|påske\w*|mandag\w*|tirsdag\w*|onsdag\w*|torsdag\w*|fredag\w*|lørdag\w*"
    r"|søndag\w*|morgen\w*|formiddag\w*|eftermiddag\w*|aften\w*)$"
)


def label_heads(label: str, labels: Mapping[str, str]) -> list[str]:
    """The head of each part of a task's label, as a phrase: "Kasse og kundeservice i weekender"
    gives "kasse", "kundeservice". A head that another task's label shares is left out."""
    def heads(text: str) -> list[str]:
        out = []
        text = re.sub(r"\([^)]*\)", " ", text.lower())  # a note in brackets is no task
        parts = _LABEL_SPLIT.split(text)
        inside = False  # a part so far ended in a phrase ("med tegningslæsning")
        for i, part in enumerate(parts):
            if _LABEL_CLAUSE.match(part):
                break  # "..., når en montør ringer og mangler noget": no task from here on
            if inside and len(part.split()) == 1:
                continue  # "med tegningslæsning og opmåling", "på gulv og bukke": the phrase's
            inside = inside or bool(_LABEL_STOP.search(" " + part + " "))
            nxt = parts[i + 1].split() if i + 1 < len(parts) else []
            if (len(part.split()) == 1 and len(nxt) >= 2 and part.endswith("e")
                    and nxt[0].endswith("e")):
                part = f"{part} {' '.join(nxt[1:])}"  # "Hente og bære stål": "hente stål"
            head = _LABEL_STOP.sub("", " " + part + " ").strip()
            words = [w for w in _TOKEN_RE.findall(head) if w[0].isalnum()]
            if 1 <= len(words) <= 3 and len(head) >= 4 and not _LABEL_TIME.search(head):
                out.append(head)
        return out

    mine = heads(label)
    others = {h for other in labels.values() if other != label for h in heads(other)}
    return [h for h in mine if h not in others]


# Qualifiers that set one task apart from another of the same work ("småemner" / "store emner",
# "lette" / "tunge" løft): the word's kind, and the kind it contrasts with.
_QUALIFIER_KINDS = {
    "små": "small", "lille": "small", "mindre": "small", "småt": "small", "small": "small",
    "store": "large", "stor": "large", "større": "large", "stort": "large", "large": "large",
    "big": "large", "lette": "light", "let": "light", "lettere": "light", "light": "light",
    "tunge": "heavy", "tung": "heavy", "tungere": "heavy", "heavy": "heavy",
}
_COORDINATORS = frozenset({"og", "eller", "and", "or"})
_OPPOSITE = {"small": "large", "large": "small", "light": "heavy", "heavy": "light",
             "table": "floor", "floor": "table"}
# Where the work is done, said of the work itself ("slibning ved hæve-sænkebordet" is not the
# grinding "på gulv og bukke"): the place's kind; a place said not to be ("ikke på gulvet")
# names none
_TABLE_WORDS = re.compile(r"(?:bord(?:et|e|ene)?|bordhøjde\w*|arbejdshøjde\w*|^bænk\w*|^tables?"
                          r"|^(?:work)?benche?s?)$")
_FLOOR_WORDS = re.compile(r"(?:gulv\w*|^bukke(?:ne)?|^floors?|^trestles?)$")
_PLACE_NOT = frozenset({"ikke", "aldrig", "ingen", "not", "never", "no", "uden", "without"})
_COMPOUND_QUALIFIERS = (("små", "small"), ("stor", "large"), ("let", "light"), ("tung", "heavy"))


def qualifiers(words: Sequence[str]) -> set[tuple[str, str]]:
    """(kind, noun stem) for each qualified noun: "store emner" and "de små emner" as words,
    "småemner" fused; the noun by its first four letters ("emner", "emnerne"); and where the
    work is done, ("table", "place") or ("floor", "place")."""
    out: set[tuple[str, str]] = set()
    low = [w.lower() for w in words]
    for i, w in enumerate(low):
        place = "table" if _TABLE_WORDS.search(w) else "floor" if _FLOOR_WORDS.search(w) else ""
        if place and not _PLACE_NOT & set(low[max(0, i - 3):i]):
            out.add((place, "place"))
        kind = _QUALIFIER_KINDS.get(w)
        j = i + 1
        while j + 1 < len(low) and low[j] in ("og", "eller", "and", "or", "til"):
            j += 2  # "små og mellemstore emner": the noun after the coordinated adjective
        if kind and j < len(low) and len(low[j]) >= 3 and low[j].isalpha():
            out.add((kind, low[j][:4]))
            continue
        for head, kind in _COMPOUND_QUALIFIERS:
            rest = w[len(head):]
            if w.startswith(head) and len(rest) >= 4 and known(rest, "da"):
                out.add((kind, rest[:4]))  # only a label's own noun counts, so "stormagasin"
                # or "letbane" never contrasts with anything
    return out


# Where work is done, by kind: out on the building sites, or in the house (the warehouse, the
# workshop). A turn that names one for the work rules a task placed in the other out there.
_WORK_PLACES = (
    ("site", re.compile(r"^(?:byggeplads\w*|sites?)$")),
    ("inhouse", re.compile(r"^(?:lager(?:et|ets)?|lagre(?:ne)?|værksted(?:et)?|warehouse)$")),
)


def _places(doc: _Doc) -> tuple[dict[int, set[str]], set[str]]:
    """The kinds of place each sentence names for the work, and the kinds said not to be
    ("ingen byggepladser", "ikke ud på byggepladsen")."""
    said: dict[int, set[str]] = {}
    ruled_out: set[str] = set()
    for i, w in enumerate(doc.words):
        kind = next((k for k, rx in _WORK_PLACES if w and rx.search(w)), "")
        if not kind:
            continue
        before = [x for x in doc.words[max(0, i - 3):i] if x]
        if _PLACE_NOT & set(before):
            ruled_out.add(kind)
        else:
            said.setdefault(doc.sentence[i], set()).add(kind)
    return said, ruled_out


def _inside_another(task_id: str, mentions: Mapping[str, list[frozenset[int]]]) -> bool:
    """Every mention of the task is part of a longer phrase of another task, word for word:
    "pakning af beslag" names the kitting, not the "pakning" of pallets in it."""
    others = [w for k, found in mentions.items() if k != task_id for w in found]
    return bool(mentions.get(task_id)) and all(
        any(words < other for other in others) for words in mentions[task_id])


def said_qualifiers(text: str) -> frozenset[tuple[str, str]]:
    """The qualifiers of a whole text (`qualifiers` of its words)."""
    return frozenset(qualifiers(_TOKEN_RE.findall(text)))


class _TaskIndex:
    """A scenario's task phrases found in a text: the words through the one phrase matcher of
    sim.reading.topics (its stems, compounds, particles, typos and word guard), the phrases here
    - every mention, negated ("uden pakning"), removed ("X tager vi ud"), qualified the other way
    ("småemner" is not "store emner")."""

    def qualifies(self, support: str, tasks: Sequence[str], said: str) -> bool:
        """Every mention of the support is part of a found task's own label ("afgratning ved
        hæve-sænkebord"), so it names the task, not support; "vi søger hjælpemidler" beside that
        task is support all the same."""
        regex = _SUPPORT_RE_OF.get(support)
        if regex is None:
            return False
        def bare(text: str) -> str:  # "hævesænkebord" is "hæve-sænkebord"
            return re.sub(r"[\s/-]+", "", text)

        labels = [bare(self.labels.get(t, "")) for t in tasks]
        found = list(regex.finditer(said))
        if any(_OFFERED_BEFORE.search(said[max(0, m.start() - 30) : m.start()]) for m in found):
            return False  # "vi betaler truckcertifikatet": offered, whatever the task's label says
        mentions = [bare(m.group()) for m in found]
        def named(w: str) -> bool:  # "hæve-sænkebordet" is the label's "hæve-sænkebord"
            stems = {w, *(w[:-k] for k in (1, 2, 3) if len(w) - k >= 5)}
            return any(stem in label for stem in stems for label in labels)

        return bool(mentions) and all(named(w) for w in mentions)

    def __init__(
        self, tasks: Mapping[str, Sequence[str]] | None, labels: Mapping[str, str] | None = None,
        heads: set[str] | None = None,
    ) -> None:
        self.labels = {k: v.lower() for k, v in (labels or {}).items()}
        # a label's one-word head ending in -e ("kasse") is the task in the singular only:
        # "sortere kasser" is boxes, not the checkout
        self._heads = heads or set()
        self._label_qualifiers: dict[str, set[tuple[str, str]]] = {}
        groups: dict[str, list[str]] = {}
        for task_id, phrases in (tasks or {}).items():
            if not isinstance(task_id, str):
                continue
            if isinstance(phrases, str):
                phrases = [phrases]
            groups[task_id] = [p for p in phrases or () if isinstance(p, str) and p.strip()]
        # the one matcher from words to scenario meaning (sim.reading.topics), with the task
        # phrases' own stop words: "rydde op på lageret" is said "rydder op i lageret" too
        self.matcher = PhraseMatcher(groups, "da", stopwords=STOPWORDS | _TASK_STOPWORDS)
        # phrase = (task id, the (phrase, position) keys of its words)
        self.phrases: list[tuple[str, tuple[tuple[int, int], ...]]] = [
            (key, tuple((i, pos) for pos in range(len(words))))
            for i, (key, _text, words, _lang) in enumerate(self.matcher.phrases) if words
        ]
        self._cache: dict[str, frozenset[tuple[int, int]]] = {}

    def word_matches(self, word: str) -> frozenset[tuple[int, int]]:
        """The (phrase, position) of every task phrase word a text word may stand for."""
        hit = self._cache.get(word)
        if hit is None:
            if len(self._cache) > 5000:
                self._cache.clear()
            hit = self._cache[word] = frozenset(self.matcher.positions_of(word))
        return hit

    def find(
        self, doc: _Doc, before: frozenset[tuple[str, str]] = frozenset()
    ) -> tuple[list[str], list[tuple[int, int]], list[str], list[tuple[int, int]]]:
        """Task ids the text names, in order of mention, and their spans; then the same for
        the tasks it names negated ("uden pakning", "ikke ved kassen"). `before`: the
        qualifiers the trainee said in earlier turns - "slibning" in a recap means the
        "slibning af småemner" said before."""
        if not self.phrases:
            return [], [], [], []
        positions: dict[tuple[int, int], list[int]] = {}
        for t, word in enumerate(doc.words):
            if 2 <= len(word) <= MAX_WORD and not word.isdigit():
                for v in self.word_matches(word):
                    positions.setdefault(v, []).append(t)
        hits: dict[str, tuple[int, int, int]] = {}  # task -> (first token, start, end)
        negated: dict[str, tuple[int, int, int]] = {}
        removed: dict[str, tuple[int, int, int]] = {}
        mentions: dict[str, list[frozenset[int]]] = {}  # task -> the words of each mention
        for task_id, ids in self.phrases:
            phrase = self.matcher.phrases[ids[0][0]][1].lower()
            for first, last, tokens in self._match_phrase(doc, ids, positions):
                start, end = doc.starts[first], doc.ends[last]
                said = doc.words[first]
                if phrase in self._heads and phrase.endswith("e") and said in (
                    phrase + "r", phrase + "rne"
                ):
                    continue  # the head's plural: "kasser" are boxes, "kassen" the checkout
                if doc.removed_after(end) or doc.removed_around(start, end):
                    # "grundingen tager vi ud", "så tager vi slibningen ud": off the deal,
                    removed[task_id] = (first, start, end)  # whatever was said before
                    break
                if _AS_MEANS.search(doc.low[max(0, start - 40) : start]):
                    continue  # "alt over 10 kilo klares med kran eller truck": others' means
                if _later_task(_sentence_before(doc, start)) or _LATER_AFTER.match(
                        re.split(r"[.!?;]", doc.low[end:end + 100], maxsplit=1)[0]):
                    continue  # "… efter seks uger, hvor vi ser på timer og måske
                    # varepåfyldning": work for a later step, neither on the deal nor off it
                found = negated if doc.negated(start) else hits
                mentions.setdefault(task_id, []).append(tokens)
                if task_id not in found or first < found[task_id][0]:
                    found[task_id] = (first, start, end)
        hits = {k: v for k, v in hits.items() if k not in removed}
        hits = {k: v for k, v in hits.items() if not _inside_another(k, mentions)}
        # what the turn says of a thing, outside the clauses that take work off and the words
        # of other work ("afgratning og grunding, men ingen slibning af store emner" and
        # "slibning af store emner og afgratning" do not make the deburring large parts)
        off_clauses = {doc.clause[first] for first, _, _ in (*negated.values(), *removed.values())}
        # a task is named by its head ("slibning", "afgratning"); "store emner" alone qualifies
        heads = sorted({(min(m), k) for k, found in mentions.items() for m in found
                        if doc.words[min(m)].lower() not in _QUALIFIER_KINDS})

        def said_of(task_id: str) -> set[tuple[str, str]]:
            """What the turn says of the task: from each of its heads up to the next other
            task's head in the clause, or all of it without a head of its own."""
            own = [h for h, k in heads if k == task_id]
            if not own:
                words = [w for i, w in enumerate(doc.words) if doc.clause[i] not in off_clauses]
                return qualifiers(words) | before
            words = []
            for h in own:
                # "slibe og afgrate de små emner", "afgratning, slibning, grunding ved
                # hæve-sænkebord": heads in a list share what follows the last of them
                stop, listed, prev = len(doc.words), {doc.clause[h]}, h
                for x, k in heads:
                    if x <= h:
                        continue
                    if set(doc.words[prev + 1:x]) - {""} <= _COORDINATORS:
                        listed.add(doc.clause[x])
                        prev = x
                        continue
                    if k != task_id:
                        stop = x
                        break
                words += [doc.words[i] for i in range(h, stop)
                          if doc.clause[i] in listed and doc.clause[i] not in off_clauses]
            return qualifiers(words) | before

        hits = {k: v for k, v in hits.items() if not self._contradicted(k, said_of(k))}
        # where the work is done, said of the turn's sentences: "hun rydder op og får styr på
        # lageret" is no clean-up on the building sites, and "ingen byggepladser" takes it out
        said_places, ruled_out = _places(doc)
        for k, v in list(hits.items()):
            own = self._place_of(k)
            elsewhere = said_places.get(doc.sentence[v[0]], set())
            if own and own in ruled_out:
                removed[k] = hits.pop(k)
            elif own and elsewhere and own not in elsewhere:
                del hits[k]
        for k in self._placed_in(ruled_out):
            if k not in hits and k not in removed:
                removed[k] = (len(doc.words), len(doc.low), len(doc.low))
        negated = {**{k: v for k, v in negated.items() if k not in hits}, **removed}
        order = sorted(hits.items(), key=lambda kv: kv[1][0])
        off = sorted(negated.items(), key=lambda kv: kv[1][0])
        return (
            [t for t, _ in order],
            [(s, e) for _, (_, s, e) in order],
            [t for t, _ in off],
            [(s, e) for _, (_, s, e) in off],
        )

    def _place_of(self, task_id: str) -> str:
        """The kind of place the task's label puts the work ("… på byggepladserne": site)."""
        words = _TOKEN_RE.findall(self.labels.get(task_id, "").lower())
        return next((kind for w in words for kind, rx in _WORK_PLACES if rx.search(w)), "")

    def _placed_in(self, kinds: set[str]) -> list[str]:
        """The tasks whose label puts the work in one of these kinds of place."""
        return [k for k in self.labels if kinds and self._place_of(k) in kinds]

    def _contradicted(self, task_id: str, said: set[tuple[str, str]]) -> bool:
        """The turn qualifies the task's thing the other way and never its own way: "slibning
        af småemner" is not the task "Slibning af svejsesømme på store emner"."""
        own = self._label_qualifiers.get(task_id)
        if own is None:
            own = self._label_qualifiers[task_id] = qualifiers(
                _TOKEN_RE.findall(self.labels.get(task_id, "")))
        return any((_OPPOSITE[kind], noun) in said and (kind, noun) not in said
                   for kind, noun in own)

    @staticmethod
    def _match_phrase(
        doc: _Doc, ids: tuple[tuple[int, int], ...], positions: dict[tuple[int, int], list[int]]
    ) -> list[tuple[int, int, frozenset[int]]]:
        """Every place the phrase is named: (first token, last token, the tokens), in text
        order."""
        if any(v not in positions for v in ids):
            return []
        window = len(ids) + 2
        out = []
        for anchor in positions[ids[0]]:
            used = {anchor}
            for v in ids[1:]:
                near = [
                    p
                    for p in positions[v]
                    if p not in used
                    and abs(p - anchor) <= window
                    and doc.clause[p] == doc.clause[anchor]
                ]
                if not near:
                    break
                used.add(min(near, key=lambda p: abs(p - anchor)))
            else:
                out.append((min(used), max(used), frozenset(used)))
        return out


# ---------------------------------------------------------------------------------------------
# The reader


class TermsReader:
    """Reads the terms a trainee puts on the table in free Danish or English text.

    Deterministic and total: `read` never raises; what it cannot read it leaves unset.
    """

    def __init__(
        self,
        tasks: Mapping[str, Sequence[str]] | None = None,
        labels: Mapping[str, str] | None = None,
    ):
        """`tasks`: each task's phrases; `labels`: its label, whose head words count too."""
        phrases = {
            k: [v] if isinstance(v, str) else list(v or ())
            for k, v in (tasks or {}).items()
        }
        heads: set[str] = set()
        for task_id, label in (labels or {}).items():
            found = label_heads(label, labels or {})
            phrases.setdefault(task_id, []).extend(found)
            heads.update(h for h in found if " " not in h)
        self._tasks = _TaskIndex(phrases, labels, heads)

    def read(
        self, text: str, before: frozenset[tuple[str, str]] = frozenset()
    ) -> TermsExtraction:
        """The terms a text names; `before`: the qualifiers said in earlier turns
        (`qualifiers`), which settle which task a bare word in this one is."""
        try:
            return self._read(text, before)
        except Exception:  # noqa: BLE001 - a reader of free text must never break a meeting
            return TermsExtraction()

    def _read(self, text: Any, before: frozenset[tuple[str, str]] = frozenset()) -> TermsExtraction:
        if not isinstance(text, str) or not text.strip():
            return TermsExtraction()
        doc = _Doc(text)
        found: dict[str, Any] = {}
        evidence: dict[str, str] = {}

        def put(name: str, value: Any, spans: Sequence[tuple[int, int]]) -> None:
            found[name] = value
            ev = _evidence(doc, spans, pieces=isinstance(value, tuple))
            if ev:
                evidence[name] = ev

        self._follow_up(doc, put)
        self._consent(doc, put)
        run_in = _run_in(doc)
        if run_in:
            doc.consume(*run_in)  # the schedule is the one that holds from then on
        ranges = self._times(doc, put)
        days, day_spans = self._days(doc, put)
        self._schemes(doc, put)
        self._supports(doc, put)
        self._hours(doc, put, ranges[0] if ranges else None, days, day_spans,
                    _schedule(doc, ranges, days))
        self._weeks(doc, put)
        tasks, spans, without, without_spans = self._tasks.find(doc, before)
        if tasks and "support" in found:
            kept = tuple(x for x in found["support"]
                         if not self._tasks.qualifies(x, tasks, doc.low))
            if kept:
                found["support"] = kept
            else:
                del found["support"]
                evidence.pop("support", None)
        if tasks:
            found["tasks"] = tuple(tasks)
            evidence["tasks"] = "; ".join(doc.span(s, e) for s, e in spans)
        if without:
            found["without_tasks"] = tuple(without)
            evidence["without_tasks"] = "; ".join(doc.span(s, e) for s, e in without_spans)
        return TermsExtraction(terms=Terms(**found), evidence=evidence)

    # -- follow-up and consent ------------------------------------------------------------
    @staticmethod
    def _follow_up(doc: _Doc, put: Any) -> None:
        cues = [(m, True) for m in _FU_STRONG_RE.finditer(doc.low)]
        cues += [(m, False) for m in _FU_WEAK_RE.finditer(doc.low)]
        cues.sort(key=lambda c: c[0].start())
        # a frame that dates the start is the start's ("start mandag om 14 dage, og opfølgning
        # efter tre uger"), and one after the cue comes before one ahead of it
        frames = [f for f in _FU_FRAME_RE.finditer(doc.low)
                  if not _START_WORDS & set(doc.words_before(f.start(), 3))]
        for cue, strong in cues:
            best: tuple[tuple[bool, int], re.Match[str]] | None = None
            for f in frames:
                if f.start() >= cue.end():
                    key = (False, f.start() - cue.end())
                elif f.end() <= cue.start():
                    key = (True, cue.start() - f.end())  # ahead of the cue: a second choice
                else:
                    key = (False, 0)
                if key[1] <= 80 and doc.same_sentence(f.start(), cue.start()):
                    if best is None or key < best[0]:
                        best = (key, f)
            if best is not None:
                frame = best[1]
                value = _normalise_frame(frame)
                lo, hi = min(cue.start(), frame.start()), max(cue.end(), frame.end())
                put("follow_up", value, [(lo, hi)])
                doc.consume(frame.start(), frame.end())
                doc.consume(cue.start(), cue.end())
                return
            if strong:
                put("follow_up", doc.span(cue.start(), cue.end()).lower(), [cue.span()])
                doc.consume(cue.start(), cue.end())
                return

    @staticmethod
    def _consent(doc: _Doc, put: Any) -> None:
        def citizen(m: re.Match[str], group: str) -> bool:
            subj = m.groupdict().get(group)
            if subj is None:
                return True
            subj = subj.lower()
            if subj in _CONSENT_ROLES or subj.startswith("the "):
                return True
            if subj in _CONSENT_NOT_CITIZEN:
                return False
            return doc.orig[m.start(group) : m.start(group) + 1].isupper()

        for value, regex in ((False, _CONSENT_NEG_RE), (True, _CONSENT_POS_RE)):
            for m in regex.finditer(doc.low):
                if all(citizen(m, g) for g in ("subj", "subj1", "subj2", "subj3")):
                    put("consent", value, [m.span()])
                    doc.consume(*m.span())
                    return

    # -- time of day, days and start ------------------------------------------------------
    @staticmethod
    def _times(doc: _Doc, put: Any) -> list[tuple[float, tuple[int, int]]]:
        """Every clock range said ("fra halv otte til halv elleve"), in hours, in text order; the
        first is the meeting's times."""
        ranges: list[tuple[float, tuple[int, int]]] = []
        for m in _TIMES_RE.finditer(doc.work):
            pre, sep = (m.group("pre") or "").lower(), m.group("sep").lower()
            ap1, ap2 = m.group("ap1").strip().lower(), m.group("ap2").strip().lower()
            if not pre and sep != "-" and not (ap1 or ap2) and not _beside_a_day(doc, m):
                continue  # "3 til 4" alone is not a time of day; "7 til 10 hver mandag" is
            if sep in ("og", "and") and pre not in ("mellem", "between"):
                continue
            if pre in ("mellem", "between") and sep not in ("og", "and", "-"):
                continue
            if pre in ("mellem", "between") and not (ap1 or ap2) and not re.search(
                    r"[:.]", m.group(0)) and not _beside_a_day(doc, m):
                continue  # "vi starter mellem 10 og 15" counts hours as often as the clock:
                # without "kl." or a day beside it, it is no time of day
            h1, h2 = (_clock_word(h) for h in (m.group("h1"), m.group("h2")))
            if (h1, h2) != (m.group("h1"), m.group("h2")) and pre not in ("fra", "from") and not (
                _beside_a_day(doc, m)
            ):
                # "tre til fire" alone counts things; "fra otte til elleve" is the clock, and so
                # is "otte til elleve mandag til torsdag"
                continue
            t1, t2 = _clock(h1, ap1 or None), _clock(h2, ap2 or ap1 or None)
            if t1 is None or t2 is None or t1 == t2:
                continue
            if not pre and not (ap1 or ap2) and ":" not in m.group(0) and "." not in m.group(0):
                if t2 < t1 or t1 < 5 * 60:
                    continue  # a bare "1-2" is a count, not a time of day
                after = [w for w in doc.words_after(m.end(), 2) if w][:1]
                if (after and after[0] not in _AFTER_BARE_TIME and not _day_of(after[0])
                        and not _beside_a_day(doc, m)):
                    continue  # "10-15 ledige stillinger" counts things; "fredag 7-10" is the clock
            if t2 < t1 <= 12 * 60 < t2 + 12 * 60 and not (ap1 or ap2):
                t2 += 12 * 60  # "fra syv til et" is 7 to 13 (the clock said in twelve hours)
            span = t2 - t1 if t2 > t1 else t2 + 24 * 60 - t1
            if not ranges:
                times = f"{t1 // 60:02d}:{t1 % 60:02d}-{t2 // 60:02d}:{t2 % 60:02d}"
                put("times", times, [m.span()])
            doc.consume(*m.span())
            ranges.append((span / 60, m.span()))
        return ranges

    def _days(self, doc: _Doc, put: Any) -> tuple[list[str], list[tuple[int, int]]]:
        chosen: set[str] = set()
        removed: set[str] = set()
        spans: list[tuple[int, int]] = []

        def add(names: Sequence[str], span: tuple[int, int]) -> None:
            if doc.negated(span[0], window=2) or _DAY_OFF.match(doc.low[span[1] : span[1] + 30]):
                removed.update(names)
            else:
                chosen.update(names)
                spans.append(span)
            doc.consume(*span)

        for m in _DAY_RANGE_RE.finditer(doc.work):
            d1, d2 = _day_of(m.group("d1")), _day_of(m.group("d2"))
            abbr = m.group("d1").rstrip(".") in _DAY_ABBR or m.group("d2").rstrip(".") in _DAY_ABBR
            if d1 is None or d2 is None or (abbr and m.group("sep") != "-"):
                continue
            i, j = WEEKDAYS.index(d1), WEEKDAYS.index(d2)
            names = [WEEKDAYS[(i + k) % 7] for k in range((j - i) % 7 + 1)]
            add(names, m.span())
        for m in _WEEKDAYS_WORD_RE.finditer(doc.work):
            add(list(WEEKDAYS[:5]), m.span())
        # Start is read between day ranges and single days: "fra mandag til torsdag" is days,
        # "fra (næste) mandag" is a start, "om mandagen" is a day.
        self._start(doc, put)
        for m in _DAY_LIST_RE.finditer(doc.work):
            names = [_DAY_NAMES[d] for d in re.findall(_DAY_FULL, m.group(0))]
            # one day, or the same day twice across words read before ("fredag i uge ét og
            # fredag i uge fire", its weeks taken by the follow-up): a one-off, not a work day
            if len(set(names)) == 1 and _one_off_day(doc, m):
                continue
            add(names, m.span())
        named = bool(chosen)
        for m in _WEEKEND_RE.finditer(doc.work):
            if named:  # "i weekenderne, fredag og lørdag": the days named say which
                doc.consume(*m.span())
                continue
            add(["sat", "sun"], m.span())
        days = [d for d in WEEKDAYS if d in chosen and d not in removed]
        if days:
            put("days", tuple(days), spans)
        return days, spans

    @staticmethod
    def _start(doc: _Doc, put: Any) -> None:
        best: tuple[int, int, int, int] | None = None  # start, end, val start, val end
        for m in _START_CUED_RE.finditer(doc.work):
            best = (m.start(), m.end(), m.start("val"), m.end("val"))
            break
        for m in _START_FREE_RE.finditer(doc.work):
            if best is not None and m.start() >= best[0]:
                break
            group = next(g for g in ("val1", "val2", "val3") if m.group(g))
            if set(doc.words_before(m.start(), 4)) & _MEETING_WORDS:
                continue  # "vi mødes 3/2" dates a meeting, not the start
            if not _plausible_date(m.group(group), doc.words_after(m.end(), 1)):
                continue
            best = (m.start(), m.end(), m.start(group), m.end(group))
            break
        if best is None:
            return
        start, end, vs, ve = best
        put("start", doc.span(vs, ve), [(start, end)])
        doc.consume(start, end)

    # -- scheme and support ---------------------------------------------------------------
    @staticmethod
    def _schemes(doc: _Doc, put: Any) -> None:
        mentions: list[tuple[int, int, str]] = []
        for scheme, regex in _SCHEME_RES:
            for m in regex.finditer(doc.low):
                mentions.append((m.start(), m.end(), scheme))
        mentions.sort()
        for start, end, _ in mentions:
            doc.consume(start, end)
        for start, end, scheme in mentions:
            if doc.negated(start, window=3) or _frem_for(doc.words_before(start, 2)):
                continue
            if doc.removed_after(end):
                continue  # "Løntilskud kan vi godt glemme", "Løntilskud er ikke vejen her"
            if _LATER_SCHEME.search(_sentence_before(doc, start)):
                continue  # "i uge fire beslutter vi, om det bliver til et fleksjob": a step later
            put("scheme", scheme, [(start, end)])
            return

    @staticmethod
    def _supports(doc: _Doc, put: Any) -> None:
        positive: dict[str, tuple[int, int]] = {}
        negative: dict[str, tuple[int, int]] = {}
        for support, regex in _SUPPORT_RES:
            for m in regex.finditer(doc.low):
                if support not in _NEGATION_PROOF and (
                    doc.negated(m.start()) or doc.removed_after(m.end())
                ):  # "uden mentor", "en §56-aftale er der ingen grund til"
                    negative.setdefault(support, m.span())
                elif _IF_NEEDED.match(re.split(r"[.!?;]", doc.low[m.end():m.end() + 80],
                                               maxsplit=1)[0]):
                    continue  # "et truckcertifikat, hvis det blev relevant": an option, not
                    # part of the deal
                else:
                    positive.setdefault(support, m.span())
        order = [s.value for s in Support]
        pos = [s for s in order if s in positive]
        neg = [s for s in order if s in negative and s not in positive]
        if pos:
            put("support", tuple(pos), [positive[s] for s in pos])
        if neg:
            put("without_support", tuple(neg), [negative[s] for s in neg])

    # -- hours and weeks ------------------------------------------------------------------
    @staticmethod
    def _tied_to_support(doc: _Doc, start: int, end: int) -> bool:
        """'en mentor to timer om ugen', '2 timers mentorstøtte': the support's own amount."""
        after = doc.words_after(end, 3)  # "to timer om ugen betalt som mentor"
        if any(_SUPPORT_WORD_RE.search(w) for w in after[:1]) or (
            after[:2] and after[1:2] == ["som"] and any(_SUPPORT_WORD_RE.search(w) for w in after)
        ):
            return True
        # "et par timer om ugen til en af dine svende, der er mentor", "betaler for, at Jette
        # får en time om ugen til at være mentor": hours the jobcentre pays for are support's
        # the rest of the clause: to the sentence's end or a new main clause (", og ...")
        rest = re.split(r"[.!?;–]|,\s*(?:og|men|så|and|but|so)\b", doc.low[end : end + 90])[0]
        support_follows = bool(_SUPPORT_WORD_RE.search(rest))
        if support_follows and (
            after[:1] in (["til"], ["for"], ["to"]) or set(doc.words_before(start, 6)) & _PAYS_FOR
        ):
            return True
        if support_follows and set(rest.split()) & _PAYS_FOR:
            return True  # "en time om ugen, betalt af os som mentortimer"
        said_before = _sentence_before(doc, start)
        if set(said_before.split()) & _PAYS_FOR and _TRAINING_TIME.match(rest):
            return True  # "betaler for, at en af dine smede kan bruge et par timer om ugen på at
            # sætte ham ind i tingene": a mentor's hours, paid, whatever the word
        if set(doc.words_before(start, 3)) & _PAYS_FOR and _PERSON_PAID.search(said_before):
            return True  # "… er Saras faste person – og jobcentret betaler for en til to timer
            # om ugen": the person's paid time, not the candidate's week
        if set(said_before.split()) & _PAYS_FOR and _PERSON_PAID.search(said_before) and not (
                _CANDIDATE_TIME.search(said_before)):
            return True  # "jobcentret betaler en af dine folk for et par timer om ugen"
        paid = [m for m in _SUPPORT_WORD_RE.finditer(said_before)]
        if paid and set(said_before.split()) & _PAYS_FOR and not _CANDIDATE_TIME.search(
                said_before[paid[-1].end():]):
            return True  # "Vi betaler mentortimer til Kasper – tre timer første uge og derefter
            # en time om ugen": the paid support's hours, until the candidate's days come
        for word in doc.words_before(start, 3):
            if word in ("og", "and", "samt", "plus"):
                return False
            if _SUPPORT_WORD_RE.search(word):
                return True
        return False

    @staticmethod
    def _beside_days(doc: _Doc, span: tuple[int, int], day_spans: Sequence[tuple[int, int]],
                     value: float) -> bool:
        """A day's few hours right beside two or more named days are each day's ("3 timer
        tirsdag, onsdag og torsdag", "tre timer mandag til fredag"), unless the turn spreads
        them ("fordelt på")."""
        if value > 6 or _SPREAD_RE.search(doc.low):
            return False
        return any(
            (0 <= s - span[1] <= 4 or 0 <= span[0] - e <= 4)
            and re.search(r",|\s(?:og|and|&|til|to)\s|\w\s*[-–]\s*\w", doc.low[s:e])
            for s, e in day_spans
        )

    @staticmethod
    def _days_in_sentence(doc: _Doc, pos: int, day_spans: Sequence[tuple[int, int]]) -> bool:
        """Days, or a count of them, said in the sentence of `pos`: "fire dage med tre timer"
        is each day's; "Camilla starter med 12 timer. Tre formiddage, …" is the week's."""
        if any(doc.same_sentence(pos, s) for s, _ in day_spans):
            return True
        return any(doc.same_sentence(pos, d.start()) for d in _DAYCOUNT_RE.finditer(doc.work))

    def _hours(
        self,
        doc: _Doc,
        put: Any,
        day_hours: tuple[float, tuple[int, int]] | None,
        days: list[str],
        day_spans: list[tuple[int, int]],
        schedule: tuple[float, list[tuple[int, int]]] | None = None,
    ) -> None:
        explicit = bare = per_day = None
        days_named = bool(days) or bool(_DAYCOUNT_RE.search(doc.work))
        said: int | None = None  # where the first hours were said
        for m in _HOURS_RE.finditer(doc.work):
            num, unit = m.group("num").lower(), m.group("unit").lower()
            if said is not None and doc.same_sentence(said, m.start()) and re.search(
                    r"\b(?:eller|or)\b", doc.low[said:m.start()]):
                continue  # "… altså 16 timer, eller fem dage á tre timer": an option after it
            if unit == "time" and (num in _ENGLISH_NUMBER_WORDS or num == "an"):
                continue  # "one time" is once
            if num == "an" and not unit.startswith("hour"):
                continue
            value = 1.0 if num == "an" else parse_range(num)
            if value is None or not 0 < value <= MAX_HOURS or m.group("other"):
                continue
            if unit.rstrip(".") in ("t", "h") and not (m.group("pw") or m.group("pd")):
                continue
            before = doc.words_before(m.start(), 6)
            if self._tied_to_support(doc, m.start(), m.end()):
                continue
            if set(before) & _PAST_WORDS:
                continue
            span = (m.start(), m.end())
            said = m.end() if said is None else said
            times = _TIMES_COUNT_RE.search(doc.work, max(0, m.start() - 30), m.start())
            if times and (n := parse_number(times.group("n"))) and n == int(n) and n <= 7:
                value, span = value * n, (times.start(), m.end())
                if not m.group("pd"):
                    explicit = explicit or (value, span)
                    continue
            if m.group("pw") or unit in ("ugentlige timer", "weekly hours"):
                explicit = explicit or (value, span)
            elif m.group("pd") or (before[:1] and before[0] in _PER_DAY_WORDS and days_named
                                   and value <= MAX_DAY_HOURS
                                   and self._days_in_sentence(doc, m.start(), day_spans)) or (
                days_named and doc.words_after(m.end(), 1) == ["hver"]  # "med tre timer hver"
            ):
                per_day = per_day or (value, span)
            elif self._beside_days(doc, span, day_spans, value):
                per_day = per_day or (value, span)  # "3 timer tirsdag, onsdag og torsdag"
            elif before[:1] not in (["om"], ["in"]) and value >= MIN_BARE_WEEKLY_HOURS and (
                    not _a_sitting(doc.words_after(m.end(), 3))):
                bare = bare or (value, span)
        if explicit is None:
            m = _FULLTIME_RE.search(doc.work)
            if m:
                explicit = (37.0, m.span())
        if explicit:
            put("hours_per_week", explicit[0], [explicit[1]])
            return
        sessions = _sessions(doc)
        if sessions:
            put("hours_per_week", sessions[0], sessions[1])
            return
        if schedule and not per_day:
            put("hours_per_week", schedule[0], schedule[1])
            return
        count, count_spans = _day_count(doc, days, day_spans)
        daily = per_day or day_hours
        if daily and count:
            put("hours_per_week", round(daily[0] * count, 2), [daily[1], *count_spans])
        elif bare:
            put("hours_per_week", bare[0], [bare[1]])

    def _weeks(self, doc: _Doc, put: Any) -> None:
        candidates: list[tuple[int, int, tuple[int, int]]] = []  # (priority, weeks, span)
        for m in _WEEKS_RE.finditer(doc.work):
            value = parse_range(m.group("num"))
            if value is None or value <= 0:
                continue
            unit = m.group("unit").lower()
            weeks = value if unit[0] in "uw" else value * 52 / 12
            first = doc.words_before(m.start(), 1)[:1] in (["første"], ["first"])
            tied = _SUPPORT_WORD_RE.search(doc.low[max(0, m.start() - 40) : m.start()])
            if first and not tied and self._is_length(doc, m.start(), m.end(), first_ok=True):
                # "de første tre måneder": the length when nothing else names one
                candidates.append((-1, round(weeks), m.span()))
                continue
            if not self._is_length(doc, m.start(), m.end()):
                continue
            genitive = unit in ("ugers", "måneders", "maaneders", "måneds", "maaneds")
            adjective = genitive or re.search(r"-\s*\w+$", m.group(0))
            priority = 1 if adjective else 0  # "otte ugers praktik", "a six-week trial"
            candidates.append((priority, round(weeks), m.span()))
        for m in _HALF_YEAR_RE.finditer(doc.work):
            if self._is_length(doc, m.start(), m.end()):
                candidates.append((0, 26, m.span()))
        for m in _QUARTER_RE.finditer(doc.work):  # "praktik i et kvartal" is 13 weeks
            n = parse_number(m.group("n") or "et") or 1
            if self._is_length(doc, m.start(), m.end()):
                candidates.append((0, round(13 * n), m.span()))
        candidates = [c for c in candidates if 1 <= c[1] <= MAX_WEEKS]
        if not candidates:
            return
        for k, (priority, weeks, span) in enumerate(candidates):
            near = doc.low[max(0, span[0] - 40) : span[1] + 40]
            if priority > 0 or (priority == 0 and any(r.search(near) for _, r in _SCHEME_RES)):
                candidates[k] = (1, weeks, span)
        best = max(candidates, key=lambda c: (c[0], -c[2][0]))
        put("weeks", best[1], [best[2]])

    def _is_length(self, doc: _Doc, start: int, end: int, first_ok: bool = False) -> bool:
        before = doc.words_before(start, 6)
        if first_ok:
            before = before[1:]
        if before[:1] and before[0] in _FIRST_WORDS:
            return False
        if before[1:2] and before[1] in ("inden", "løbet", "forlænge", "forlænget", "extend"):
            return False
        if any(w.startswith(("forlæng", "extend")) for w in before[:4]):
            return False
        if set(before[:3]) & {"tager", "takes", "take", "tog", "took", "koster", "costs", "cost"}:
            return False
        if set(before) & _PAST_WORDS:
            return False
        after = doc.words_after(end, 2)
        if after[:1] and after[0] in _AFTER_WEEKS_STOP:
            return False
        return not self._tied_to_support(doc, start, start)  # "en mentor i fire uger"


# ---------------------------------------------------------------------------------------------
# Small helpers


def _a_sitting(after: list[str]) -> bool:
    """Hours said of one sitting, not of the week: "fire timer i træk", "fire timer med en
    pause", "tre timer ad gangen"."""
    return after[:2] in (["i", "træk"], ["ad", "gangen"], ["af", "gangen"], ["at", "a"]) or (
        after[:1] == ["med"] and "pause" in after[1:3])


def _beside_a_day(doc: _Doc, m: re.Match[str]) -> bool:
    """A bare range said right beside a day: "7 til 10 hver mandag", "tirsdag 8 til 12", or
    beside a count of days: "fire formiddage om ugen, 7 til 11"."""
    after = [w for w in doc.words_after(m.end(), 3) if w not in ("hver", "om", "på", "every", "")]
    lead = doc.low[max(0, m.start() - 30) : m.start()]
    # the day just before, across a list's comma: "mandag, onsdag, fredag, 7 til 11"
    last = re.search(r"(\w+)[\s,]*$", lead)
    if (after and _day_of(after[0])) or (last and _day_of(last.group(1))):
        return True
    return any(d.end() >= len(lead) - 3 for d in _DAYCOUNT_RE.finditer(lead))


def _schedule(
    doc: _Doc, ranges: list[tuple[float, tuple[int, int]]], days: list[str]
) -> tuple[float, list[tuple[int, int]]] | None:
    """Hours a week when days come with times of their own: "tirsdag og torsdag fra halv otte til
    halv elleve og lørdag fra otte til ti" is 2 x 3 + 2 = 8. Each day named takes the clock range
    nearest to it; None unless two or more ranges each have days of their own."""
    if len(ranges) < 2 or len(days) < 2:
        return None
    def gap(a: tuple[int, int], b: tuple[int, int]) -> int:
        return max(a[0] - b[1], b[0] - a[1], 0)

    taken: dict[int, set[str]] = {}
    spans = [r[1] for r in ranges]
    for m in _DAY_WORD_RE.finditer(doc.low):
        day = _day_of(m.group(0))
        if day is None or day not in days:
            continue
        nearest = min(range(len(ranges)), key=lambda k: (gap(m.span(), ranges[k][1]), k))
        taken.setdefault(nearest, set()).add(day)
        spans.append(m.span())
    if len(taken) != len(ranges):
        return None
    seen: set[str] = set()
    for names in taken.values():
        if names & seen:
            return None  # one day given two times: not a plain schedule
        seen |= names
    total = sum(ranges[k][0] * len(names) for k, names in taken.items())
    return round(total, 2), spans


def _frem_for(before: list[str]) -> bool:
    """'frem for praktik' / 'i stedet for praktik' / 'instead of' / 'rather than' rule it out."""
    pair = tuple(reversed(before[:2]))
    return pair in {("frem", "for"), ("stedet", "for"), ("instead", "of"), ("rather", "than")}


# A day off named beside the work days: "og onsdag har han fri", "onsdag er fri"
_DAY_OFF = cache.regex(r"\W*(?:(?:har|holder|får|er)\s+(?:han|hun|de|\w+\s+)?fri|fri\b|has\s+off"
                       r"|(?:is|are)\s+off)")


# A scheme named as the step that may come after the one proposed: decided later, not proposed
_LATER_SCHEME = cache.regex(
    r"(?:\bom (?:det|han|hun) (?:skal )?(?:blive[rs]?|ende[rs]?|gå[rs]? videre)(?: (?:til|med|i))?"
    r"|\btage[rs]?(?: vi| jeg| i)? stilling til|\bbeslutte[rs]?,? om|\boverg(?:å|år|ang) til"
    r"|\bderefter|\bbagefter|\befterfølgende|\bpå sigt|\bsenere|\bvidere (?:til|i)"
    r"|\b(?:mødet|møde|snakken|samtalen|beslutningen|afklaringen|vurderingen|meeting|decision)"
    r" om|\bhvis det går(?: godt)?|\bi uge (?:\d+|fire|tre|otte|tolv)"
    r"|\bnæste (?:skridt|trin)(?! (?:er|bliver)\b)|\bnext steps?(?! (?:is|will be)\b)"
    r"|\b(?:decide|see) (?:whether|if)|\bafterwards|\blater)\W+(?:[\w-]+\W+){0,6}$"
)


# Work named for a later step: "senere kan hun også tage pappet", "på sigt varepåfyldning"
_LATER_TASK = cache.regex(
    r"(?:\bpå sigt|\bsenere|\bhen ad vejen|\bmed tiden|\blater on|\bin time|\beventually"
    r"|\bhvis det går (?:godt|fint))\W+(?:[\w-]+\W+){0,5}$"
)
# ... or to look at when the trial is followed up: "vi følger op efter seks uger, hvor vi ser på
# timer og måske varepåfyldning", "… og om fotos og KS skal med", "ser, om hun også skal tage …"
_LOOKED_AT_LATER = cache.regex(
    r"\b(?:ser|kigger|taler|snakker|tager stilling til)(?: vi)? (?:på|om)\W+(?:[\w-]+\W+){0,4}$"
    r"|\bom\s+(?:[\w-]+\s+){0,4}$")
_FOLLOW_UP_WORDS = cache.regex(
    r"\b(?:opfølgning\w*|evaluering\w*|midtvejs\w*|følger op|efter (?:\w+ )?uger|review)\b")


_LATER_WHEN = (r"\b(?:senere|på sigt|opfølgning\w*|evaluering\w*|midtvejs\w*|om (?:\w+ )?uger"
               r"|efter (?:\w+ )?uger|hen ad vejen|later|at the review)")
# ... said after it: "varepåfyldning er kun noget, vi måske taler om ved opfølgningen",
# "pluk tager vi op efter fire uger", "varepåfyldning venter vi med"
_LATER_AFTER = cache.regex(
    r"^(?: (?!og\b|eller\b|men\b|and\b|or\b)[\w-]+){0,3}? "
    r"(?:(?:er|bliver) (?:kun |først |bare )?(?:noget|en mulighed"
    r"|et punkt|en idé|en tanke)\b[^.?!]{0,50}?" + _LATER_WHEN +
    r"|(?:tager|kan|ser|kigger|taler) vi (?:\w+ )?(?:op|på|om)\b[^.?!]{0,30}?" + _LATER_WHEN +
    r"|venter (?:vi|jeg) med\b)"
)


def _later_task(before: str) -> bool:
    """Whether a task named after `before` (its sentence so far) is work for a later step."""
    return bool(_LATER_TASK.search(before) or (
        _LOOKED_AT_LATER.search(before) and _FOLLOW_UP_WORDS.search(before)))


def _sentence_before(doc: _Doc, pos: int) -> str:
    """The sentence's text before pos."""
    i = max(doc.index_at(pos), 0)
    first = i
    while first > 0 and doc.sentence[first - 1] == doc.sentence[i]:
        first -= 1
    return doc.low[doc.starts[first] : pos] if doc.starts else ""


# A week said as its sessions, each with its hours: "fire timer om mandagen og fire om onsdagen",
# "to eftermiddage om ugen, fire timer ad gangen, og så en formiddag på tre timer", "fire timer
# om dagen mandag, onsdag og fredag, plus to timer om torsdagen"
_PART = r"(?:formiddag|eftermiddag|morgen|aften|dag|vagt)"
_SESSION_RES = (
    # n sessions of h hours
    _c(rf"{_B}(?P<n>{NUM})\s+{_PART}(?:e|er|ene)?(?:\s+om\s+ugen)?,?\s+(?:á|à|a|med|på)?\s*"
       rf"(?P<h>{NUM})\s+timer(?:\s+(?:ad\s+gangen|hver\s+gang|hver))?"),
    # one session of h hours: "en formiddag på tre timer"
    _c(rf"(?<!\w)(?:en|et|én|(?P<n>{NUM}))\s+{_PART}\s+(?:på|med|af)\s+(?P<h>{NUM})\s+timer"),
    # h hours a day on the days named
    _c(rf"{_B}(?P<h>{NUM})\s+timer\s+om\s+dagen\s+(?P<days>{_DAY_INFL}(?:\s*(?:,|og)\s*"
       rf"{_DAY_INFL})*)"),
    # h hours on one day, or the same said again without "timer": "og fire om onsdagen"
    _c(rf"{_B}(?P<h>{NUM})\s+(?:timer\s+)?(?:om|hver|på)\s+(?P<day>{_DAY_INFL})"),
)


def _sessions(doc: _Doc) -> tuple[float, list[tuple[int, int]]] | None:
    """The week's hours summed over two or more sessions named each with its own hours, in one
    sentence; None when fewer are named (the usual readings apply)."""
    found: list[tuple[int, int, float]] = []
    for rx in _SESSION_RES:
        for m in rx.finditer(doc.low):
            if any(m.start() < e and s < m.end() for s, e, _ in found):
                continue
            h = parse_number(m.group("h"))
            if h is None or not 0 < h <= 12:
                continue
            groups = m.groupdict()
            if groups.get("days"):
                n = float(len(re.findall(_DAY_FULL, groups["days"])))
            elif groups.get("day"):
                n = 1.0  # "om mandagen", "hver mandag": once a week
            else:
                n = parse_number(groups["n"]) if groups.get("n") else 1.0
            if n is None or not 0 < n <= 7:
                continue
            found.append((m.start(), m.end(), n * h))
    if len(found) < 2 or len({doc.sentence[max(doc.index_at(s), 0)] for s, _, _ in found}) > 1:
        return None
    found.sort()
    if any(re.search(r"\b(?:eller|or)\b", doc.low[a[1]:b[0]])
           for a, b in zip(found, found[1:], strict=False)):
        # "fire dage á fire timer eller fem dage á tre timer": the options, not a sum - the
        # first is the one put forward
        return found[0][2], [(found[0][0], found[0][1])]
    return round(sum(v for _, _, v in found), 2), [(s, e) for s, e, _ in found]


# A schedule in phases: "I første uge tirsdag til fredag kl 7.30-10.30, ... og fra anden uge
# mandag til torsdag kl 7-11": the first weeks run in, the deal is what holds after them.
_FIRST_PHASE_RE = _c(
    r"(?<!\w)(?:i\s+(?:den\s+)?første\s+(?:uge|\w+\s+uger)|de\s+første\s+(?:\w+\s+)?(?:uger|dage)"
    r"|in\s+the\s+first\s+(?:week|\w+\s+weeks))(?!\w)"
)
_LATER_PHASE_RE = _c(
    r"(?<!\w)(?:(?:fra|efter)\s+(?:og\s+med\s+)?(?:den\s+)?(?:anden|næste|tredje|fjerde|\d+\.)\s+uge"
    r"|fra\s+uge\s+\d+|efter\s+(?:den\s+)?første\s+uge|derefter|bagefter|(?:from|after)\s+(?:the\s+)?"
    r"(?:second|next|third|first)\s+week|from\s+week\s+\d+|after\s+that)(?!\w)"
)
_SCHEDULE_WORD_RE = _c(rf"(?<!\w)(?:{_DAY_FULL}\w*|kl\.?|\d+\s+timer|\d+\s+hours)(?!\w)")


def _run_in(doc: _Doc) -> tuple[int, int] | None:
    """The span of a run-in schedule said before the one that holds from a later week on, when
    both name days, clock times or hours; None when the turn gives one schedule."""
    first = _FIRST_PHASE_RE.search(doc.work)
    if first is None:
        return None
    later = _LATER_PHASE_RE.search(doc.work, first.end())
    if later is None or not doc.same_sentence(first.start(), later.start()):
        return None
    end = doc.work.find(".", later.end())  # the later schedule runs to the sentence's end
    before = doc.work[first.start() : later.start()]
    after = doc.work[later.end() : end if end >= 0 else None]
    if _SCHEDULE_WORD_RE.search(before) and _SCHEDULE_WORD_RE.search(after):
        return first.start(), later.end()
    return None


def _one_off_day(doc: _Doc, m: re.Match[str]) -> bool:
    """'på mandag' / 'on Monday' (singular) or a call or meeting is one day, not a work day."""
    text = m.group(0).strip()
    after = doc.words_after(m.end(), 3)
    if after[:1] == ["i"] and len(after) > 1 and after[1] in _WHICH_WEEK:
        return True  # "fredag i første uge", "om fredagen i første uge", "tirsdag i uge 7"
    before = doc.words_before(m.start(), 4)
    if re.fullmatch(r"(?:man|tirs|ons|tors|fre|lør|søn)dagen", text) and before[:1] != ["om"]:
        return True  # the day as a subject: "lørdagen er den værste", "tager lørdagen op senere"
    if not re.search(_DAY_FULL + r"(?!\w)", text):
        return False  # plural or definite: "mandage", "om mandagen", "on Mondays"
    if before[:1] and before[0] in _DEADLINE_WORDS:
        return True  # "så finder vi én inden fredag": a deadline, not a work day
    if before[:1] in (["en"], ["a"]):
        return True  # "det, der redder en lørdag": any Saturday, no day of the deal
    return text.startswith(("på ", "on ")) or bool(set(before) & _MEETING_WORDS)


def _plausible_date(text: str, after: list[str]) -> bool:
    """'3/2' is a date; '24/7', '1/3 af tiden' and '50/50' are not."""
    m = re.fullmatch(r"(?:den\s+)?(\d{1,2})/(\d{1,2})(?:[-/]\d{2,4})?", text.strip())
    if not m:
        return True
    day, month = int(m.group(1)), int(m.group(2))
    if after[:1] and after[0] in ("af", "of", "del", "dele", "part", "parts"):
        return False
    return 1 <= day <= 31 and 1 <= month <= 12 and text.strip() != "24/7"


def _clock_word(text: str) -> str:
    """A clock time said in words as digits: "otte" -> "8", "halv otte" -> "7.30"; digits as
    they are."""
    low = re.sub(r"\s+", " ", text.strip().lower())
    if low.startswith("halv "):
        hour = _CLOCK_WORDS.get(low[5:])
        return f"{(hour - 1) % 12 or 12}.30" if hour else text
    hour = _CLOCK_WORDS.get(low)
    return str(hour) if hour else text


def _clock(text: str, ampm: str | None) -> int | None:
    """Minutes after midnight of '8', '7.30', '14:00' (with am/pm); None if not a clock time."""
    parts = re.split(r"[:.]", text)
    try:
        hour, minute = int(parts[0]), int(parts[1]) if len(parts) > 1 else 0
    except ValueError:
        return None
    if ampm and ampm.startswith("p") and hour < 12:
        hour += 12
    if ampm and ampm.startswith("a") and hour == 12:
        hour = 0
    if hour > 24 or minute > 59 or (hour == 24 and minute):
        return None
    return hour * 60 + minute


def _day_of(word: str) -> str | None:
    word = word.lower().rstrip(".")
    if word in _DAY_ABBR:
        return _DAY_ABBR[word]
    for name, day in _DAY_NAMES.items():
        if word.startswith(name):
            return day
    return None


def _day_count(
    doc: _Doc, days: list[str], day_spans: list[tuple[int, int]]
) -> tuple[int, list[tuple[int, int]]]:
    """How many days a week the citizen works: named days, 'tre formiddage', or 'hver dag'."""
    if days:
        return len(days), list(day_spans)
    for m in _DAYCOUNT_RE.finditer(doc.work):
        if m.group("single") and not m.group("pw"):
            continue
        if doc.words_before(m.start(), 1)[:1] and doc.words_before(m.start(), 1)[0] in (
            _FIRST_WORDS
        ):
            continue
        if doc.words_after(m.end(), 1)[:1] in (["siden"], ["ago"]):
            continue
        value = parse_number(m.group("num"))
        if value is not None and value == int(value) and 1 <= value <= 7:
            return int(value), [m.span()]
    m = _EVERY_DAY_RE.search(doc.work)
    if m:
        return 5, [m.span()]
    return 0, []


def _normalise_frame(frame: re.Match[str]) -> str:
    """A follow-up time frame as a short string with digits: 'efter to uger' -> 'efter 2 uger'."""
    text = re.sub(r"\s+", " ", frame.group(0).strip().lower())
    m = _FU_DURATION_RE.fullmatch(text)
    if m and m.group("fnum"):
        raw = m.group("fnum")
        value = 1.0 if raw in ("a", "an") else parse_number(raw)
        if value is not None:
            text = text[: m.start("fnum")] + _fmt_num(value) + text[m.end("fnum") :]
    return text

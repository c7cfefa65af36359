"""Everything the engine reads from one trainee turn: acts, topics, terms and who is addressed."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from sim import cache
from sim.agreement import Terms, TermsExtraction
from sim.content.models import Persona, Scenario
from sim.reading.acts import SentenceReading, TurnReading, read_turn
from sim.reading.context import (
    CONTEXT_CUE,
    FOLLOW_UP_CUE,
    DialogueContext,
    read_in_context,
)
from sim.reading.lexicon import known
from sim.reading.need_words import NeedWords
from sim.reading.registry import COMMIT_ACTS, COSTLY_ACTS, NOT_TERM_ACTS, TERM_ACTS
from sim.reading.terms import TermsReader
from sim.reading.topics import PhraseHit, PhraseMatcher, topic_matcher
from sim.text import normalize, tokenize

BOTH = "both"  # a question that calls the employer and the citizen by name alike
NEED_WORDS_WEIGHT = 0.5  # a need's area guessed from its own words weighs half a phrase
MAX_INPUT = 10_000  # longer input is read up to here (the transcript keeps all of it)
_CONTROL = cache.regex(r"[\x00-\x08\x0b-\x1f\x7f]")


@dataclass(frozen=True)
class Reading:
    """The engine's reading of one trainee turn."""

    text: str
    acts: tuple[str, ...]
    sentences: tuple[dict[str, Any], ...]
    topics: dict[str, PhraseHit]
    extraction: TermsExtraction = field(default_factory=TermsExtraction)  # what is proposed
    mentioned: Terms = field(default_factory=Terms)  # every scheme, task, support named at all
    addressee: str = "employer"
    to_both: bool = False  # a question put to everyone at the table ("Er I begge med?")
    invites_citizen: bool = False  # asks to bring the citizen in ("Skal jeg hente Sara?")
    # what the turn tells of the citizen's private details (Citizen.private): (id, the words)
    shares: tuple[tuple[str, str], ...] = ()
    certain: tuple[str, ...] | None = None  # acts read on explicit evidence (None: all of them)
    # the words that point back to tasks named before ("med de opgaver, vi lige har nævnt")
    recalls_tasks: str = ""
    # topics named only in what the turn proposes the citizen do, or tells of the candidate: no
    # question about them, so they reveal or hint no need
    terms_topics: frozenset[str] = frozenset()
    # tasks the turn takes off the deal whatever its act: said not to be part of it in a
    # statement ("varepåfyldning er slet ikke med i aftalen"), or the work the citizen just
    # objected to, taken out by a pronoun ("vi tager det ud", "det er strøget")
    takes_off: tuple[str, ...] = ()
    # the tasks the turn says are all of the work: "kun pantrummet og papen", "udelukkende at
    # tømme flaskeautomaten … Intet andet."
    only_tasks: tuple[str, ...] = ()
    # what the turn's statements name, its questions left out: "… er der andet, der bekymrer
    # dig – papirarbejde, oplæring?" states no paperwork done for them
    stated: Terms = field(default_factory=Terms)

    @property
    def act_set(self) -> frozenset[str]:
        return frozenset(self.acts)

    @property
    def certain_set(self) -> frozenset[str]:
        """Acts a rule read from the words; model guesses are left out (they never cost)."""
        return frozenset(self.acts if self.certain is None else self.certain)

    @property
    def yes_but(self) -> bool:
        return any(s.get("yes_but") for s in self.sentences)

    @property
    def offers_terms(self) -> bool:
        """The turn proposes: a rule read a proposal, or the terms it puts are on the table (a
        proposal only guessed that puts nothing - "det er jo 30.000 om ugen" - offers none)."""
        return "proposal" in self.certain_set or not self.terms.is_empty()

    @property
    def follows_up(self) -> bool:
        """A question about the concern the employer voiced (sim.reading.context)."""
        return self._has_cue(CONTEXT_CUE + FOLLOW_UP_CUE)

    def _has_cue(self, cue: str) -> bool:
        return any(cue in s.get("cues", ()) for s in self.sentences)

    @property
    def asks(self) -> bool:
        """The turn asks the employer something (a question in any form)."""
        return any(s.get("question_kind") for s in self.sentences)

    @property
    def measures(self) -> bool:
        """The turn asks for an amount: "hvor meget ...?", "hvor længe ...?" (closed by form)."""
        return any(s.get("measures") for s in self.sentences)

    @property
    def asks_amount(self) -> bool:
        """The turn asks for a number, in any question form: "Hvor lang tid tager det?"."""
        return any(s.get("amount") for s in self.sentences)

    @property
    def asks_for_contact(self) -> bool:
        """The turn asks the employer who the candidate's person at the workplace would be:
        "Hvem kunne være hendes faste person?", "Hvem skal hun gå til?"."""
        said = self.sentences
        for i, s in enumerate(said):
            norm = normalize(s["text"])
            if _NAME_FOR_CONTACT.search(norm):
                return True
            # a question may run on after a dash: "... hendes kontaktperson – og kan vi ...?"
            runs_on = i + 1 < len(said) and said[i + 1]["text"][:1].islower() and said[
                i + 1]["text"].rstrip().endswith("?")
            if (s.get("question_kind") or runs_on) and _ASKS_WHO_CONTACT.search(norm):
                return True
            # "En halv time første dag og en fast person, hun kan gå til. Hvem er det?", "Og så
            # skal hun have én fast person. Hvem herinde ville være den rigtige?"
            if i and (s.get("question_kind") or runs_on) and _WHO_ASKED.search(norm) and any(
                    _CONTACT_NAMED.search(normalize(x["text"])) for x in said[max(0, i - 3):i]):
                return True  # ("… mentortimer til en af dine folk. Kommunen betaler de timer.
                # Hvem i hallen tænker du kunne være det?")
        return False

    @property
    def checks_concern(self) -> bool:
        """The turn asks whether the answer settled the employer's worry: "Giver det dig lidt
        mere ro?", "Svarer det på det, du var bekymret for?"."""
        return any(s.get("question_kind") and _CHECKS_CONCERN.search(normalize(s["text"]))
                   for s in self.sentences)

    @property
    def asks_for_concerns(self) -> bool:
        """The turn asks what holds them back, or what is left: "Hvad er du mest betænkelig
        ved?", "Er der noget, der stadig skurrer?"."""
        return any(s.get("question_kind") and _ASKS_FOR_CONCERNS.search(normalize(s["text"]))
                   for s in self.sentences)

    @property
    def asks_what_is_missing(self) -> bool:
        """The turn asks what is missing before they can say yes ("Hvad mangler du i det her,
        før det er noget, du kan se fornuft i?") - a concern asked for, put as a gap."""
        return any(s.get("question_kind") and _ASKS_WHAT_IS_MISSING.search(normalize(s["text"]))
                   for s in self.sentences)

    @property
    def asks_about_taking_someone_in(self) -> bool:
        """The worry asked for is about taking someone in through the jobcentre at all: "hvad er
        dine forbehold ved at tage nogen ind gennem os?" (not "Er der noget, du er bekymret for
        i firmaet lige nu?")."""
        return self.asks_for_concerns and any(
            s.get("question_kind") and _TAKING_SOMEONE_IN.search(normalize(s["text"]))
            for s in self.sentences)

    @property
    def asks_when_to_start(self) -> bool:
        """The turn asks when the candidate could start: "Hvornår kunne det passe at starte?",
        "Hvornår kan hun begynde?", "When could she start?"."""
        return any(s.get("question_kind") and _ASKS_START.search(normalize(s["text"]))
                   for s in self.sentences)

    @property
    def takes_leave(self) -> bool:
        """The turn ends on a goodbye: "Tak for i dag, begge to", "…? Vi ses på tirsdag",
        "Tak for i dag – jeg må videre!", "Farvel" (not a bare "Tak" or "Mange tak", said on
        the way to more, nor a goodbye followed by a question)."""
        return any(_TAKES_LEAVE.search(normalize(s["text"])) for s in self._after_last_question)

    @property
    def thanks_or_takes_leave(self) -> bool:
        """The turn thanks or says goodbye: any leave-taking, and plain thanks too ("Tak,
        Henrik.", "Mange tak")."""
        return any(_TAKES_LEAVE.search(normalize(s["text"])) or _THANKS.search(s["text"])
                   for s in self.sentences)

    @property
    def _after_last_question(self) -> tuple[dict[str, Any], ...]:
        said = self.sentences
        last_q = max((i for i, s in enumerate(said) if s.get("question_kind")), default=-1)
        return said[last_q + 1:]

    @property
    def asks_headcount(self) -> bool:
        """The turn asks how many the company is: "Hvor mange er I egentlig ansat?", "Hvor
        mange medarbejdere har I?" (not "Hvor mange er I om morgenen?")."""
        return any(s.get("question_kind") and _ASKS_HEADCOUNT.search(normalize(s["text"]))
                   for s in self.sentences)

    @property
    def asks_days(self) -> bool:
        """The turn asks which days or times suit the company: "Hvilke formiddage passer bedst
        for jer?", "Hvornår på ugen passer det jer?"."""
        return any(s.get("question_kind") and _ASKS_DAYS.search(normalize(s["text"]))
                   for s in self.sentences)

    @property
    def asks_time_for_candidate(self) -> bool:
        """The turn asks how much time the workplace will spend on the candidate: "hvor meget
        tid forestiller du dig, hun skal bruge på det?", "Hvor lang tid skal Kasper afsætte?"."""
        return any(s.get("question_kind") and _ASKS_TIME_FOR.search(normalize(s["text"]))
                   for s in self.sentences)

    @property
    def asks_if_ok(self) -> bool:
        """The turn asks the employer to allow an arrangement: "er det så i orden, at hun bare
        henter en kollega?", "Må hun tage en pause, når hun har brug for det?"."""
        return any(s.get("question_kind") == "closed" and _ASKS_IF_OK.search(normalize(s["text"]))
                   for s in self.sentences)

    @property
    def invites_questions(self) -> bool:
        """The turn invites the employer to ask the citizen: "Er der noget, du gerne vil spørge
        Sara om?"."""
        return any(s.get("question_kind") and _INVITES_QUESTIONS.search(normalize(s["text"]))
                   for s in self.sentences)

    @property
    def asks_broadly(self) -> bool:
        """The turn asks how the business is doing or where it hurts, naming no topic of its
        own: "Hvad er det sværeste lige nu?", "Hvor knirker det mest?"."""
        return any(s.get("broad") for s in self.sentences)

    @property
    def spins(self) -> frozenset[str]:
        return frozenset(s["spin"] for s in self.sentences if s.get("spin"))

    @property
    def terms(self) -> Terms:
        return self.extraction.terms

    @property
    def assents(self) -> bool:
        """The turn opens with a yes to what was just said: "Godt.", "Ja, det gør vi", "Fint –
        så ...", "Det kan vi godt" (not "Nej", not "Ja, men ...")."""
        first = normalize(self.sentences[0]["text"]) if self.sentences else ""
        return bool(_ASSENT.search(first)) and not self.refuses and not self.yes_but

    @property
    def refuses(self) -> bool:
        """The turn opens with a no to what was just said: "Nej, det kan vi ikke", "Det kan vi
        desværre ikke tilbyde", "Mentor kan jeg ikke love"."""
        first = normalize(self.sentences[0]["text"]) if self.sentences else ""
        return bool(_REFUSAL.search(first))


def _invite_acts(acts: tuple[str, ...]) -> tuple[str, ...]:
    """The acts of a turn that brings the citizen in: the yes asked for is an agenda move."""
    kept = [a for a in acts if a != "ask_commitment"]
    return tuple(kept if "agenda" in kept else ["agenda", *kept])


def scenario_names(scenario: Scenario, persona: Persona | None = None) -> list[str]:
    """The people's and the company's names in a scenario, word by word (a company name's
    common words, such as "Stål", stay words)."""
    people = [scenario.citizen.name, *([persona.name] if persona else [])]
    company = scenario.company.name or (persona.company if persona else "")
    words = [w for n in people for w in tokenize(n)]
    words += [w for w in tokenize(company) if not known(w, scenario.language)]
    return words


# How much time the workplace spends on the candidate (the contact's or mentor's time)
_ASKS_TIME_FOR = cache.regex(
    r"\bhvor\s+(?:meget|lang)\s+tid\b[^?]{0,60}?\b(?:bruge|afsætte|sætte\s+af|regne\s+med"
    r"|forestiller|tage\s+(?:sig\s+)?af|går\s+med\s+(?:at\s+)?(?:oplæring|introduktion))"
    r"|\bhvor\s+mange\s+timer\b[^?]{0,40}?\b(?:mentor\w*|kontaktperson\w*|oplæring|afsætte)"
    r"|\bhow\s+much\s+time\b[^?]{0,50}?\b(?:spend|set\s+aside|take)"
)

# Which days or times suit the company: "Hvilke formiddage passer bedst for jer?"
_ASKS_DAYS = cache.regex(
    r"\bhvilke(?:n)?\s+(?:\w+\s+)?(?:dage|dag|ugedage|formiddage|eftermiddage|tidspunkter|tider)"
    r"\b[^?]{0,40}?\b(?:passer|passe|er\s+bedst|vil\s+være\s+bedst|ville\s+være\s+bedst"
    r"|fungerer|foretrækker|giver\s+mening"
    r"|er\s+gode|har\s+i\s+(?:mest\s+)?brug\s+for)"
    r"|\bhvornår\s+på\s+(?:ugen|dagen)\b[^?]{0,30}?\b(?:passer|er\s+det\s+bedst|har\s+i\s+brug)"
    r"|\bwhich\s+days\s+(?:suit|work|would\s+be\s+best)"
)

# Leave-taking: thanks for the meeting, a goodbye, a see-you, "jeg må videre"
_TAKES_LEAVE = cache.regex(
    r"\b(?:tak for (?:i dag|nu|mødet|snakken|samtalen|en god (?:snak|samtale)|tiden|det her møde"
    r"|kaffen)|farvel|vi ses|vi snakkes|på gensyn|hav en (?:rigtig )?god (?:dag|weekend"
    r"|eftermiddag|aften)|god (?:dag|weekend) til (?:jer|dig)"
    r"|jeg (?:må|skal) (?:lige )?(?:videre|løbe|smutte)|jeg smutter"
    r"|thank you for (?:your time|today|the meeting)|goodbye|see you)\b"
)
# Thanks that may close a meeting: any leave-taking, and plain thanks ("Tak, Henrik. Tak, Jørgen.",
# "Mange tak", "Tak begge to")
_THANKS = cache.regex(
    r"\b(?:tak\s+(?:for\s+det\s+her|begge|til\s+jer\s+begge|skal\s+I\s+have)|mange\s+tak"
    r"|hav\s+en\s+god|thank\s+you\s+(?:for|both|all)|thanks\s+for)\b"
    r"|^\W*(?:og\s+)?tak\s*(?:[,.!]|$)",
    re.IGNORECASE,
)

# How many the company is: the whole staff, not a shift or a team ("hvor mange er I om
# morgenen", "hvor mange er I på lageret")
_ASKS_HEADCOUNT = cache.regex(
    r"\bhvor mange (?:(?:er|bliver) (?:i|jer|der)\b(?:\s+(?:egentlig|så|nu|cirka|ca\.?))?"
    r"(?!\s+(?:om|på|til|ud|ude|inde|hver|hjemme|med|i\s+(?!alt\b)))"
    r"|(?:fast\w* )?ansatte|medarbejdere|folk (?:har|er) (?:i|der)|mand (?:er|har) (?:i|der)"
    r"|(?:har|er) i ansat|er der ansat)"
    r"|\bhvor (?:store|mange mand) er i\b(?!\s+(?:om|på|i\s+(?!alt\b)))"
    # the trade's people: "Hvor mange smede og svejsere har du i hallen?"
    r"|\bhvor mange (?:(?:faglærte|ufaglærte|faste) )?(?:smede|svejsere|montører|elektrikere"
    r"|svende|lærlinge|ansatte|medarbejdere|folk|mand)(?: og (?:\w+ )?\w+)?"
    r" (?:har (?:du|i)|er (?:i|der|jer))\b(?!\s+(?:om|på) )"
    r"|\bhow many (?:employees|staff|people (?:do you have|work))"
)

# Speaking to one person, or to the company: "du", "dig" / "I", "jer".
_YOU_ONE = cache.regex(r"\b(?:du|dig|din|dit|dine|you|your)\b")


def speaks_to_one(norm: str) -> bool:
    """The normalised text says "du", "dig", "din" …: it speaks to one person."""
    return bool(_YOU_ONE.search(norm))


_YOU_ALL = cache.regex(r"\b(?:jer|jeres|you all|your team|your company)\b")
# A question put to everyone at the table: "Er I begge med på det?", "Hvad siger I to?" (not
# "i to uger"), "Can you both live with that?"
_TO_BOTH = cache.regex(
    r"\b(?:I|jer)\s+(?:begge|to)\b(?!\s+(?:uger|dage|timer|måneder|gange|år)\b)"
    r"|\b[Bb]egge\s+to\b|\b(?:[Yy]ou\s+(?:both|two)|[Bb]oth\s+of\s+you)\b"
)
# Asking the table for its yes as "vi": "Er vi enige?", "Kan vi sige, at vi gør det?", "Have
# we got a deal?" – everyone present is asked
_WE_ASKED = cache.regex(r"\b(?:vi|we)\b", re.IGNORECASE)
# The word before ", Camilla" that makes the name an apposition, not a call: "vores kandidat,
# Camilla"
_APPOSITION_HEAD = frozenset({
    "kandidat", "kandidaten", "borger", "borgeren", "medarbejder", "praktikant",
    "person", "dame", "kvinde", "mand", "fyr", "pige", "hende", "ham", "candidate", "her", "him",
})


# The citizen spoken of, not to: "... tager imod hende", "så han ikke skal løfte"
_OF_THEM = cache.regex(r"\b(?:hende|ham|her|him)\b")


# A greeting put before a name makes it a call: "Hej Sara, godt du er her", "Velkommen, Camilla."
_GREETED = r"(?:hej|hejsa|goddag|godmorgen|davs|dav|goddav|velkommen|hi|hello|welcome)"
# Asking to bring the citizen into the room: "Skal vi få Sara ind nu?", "Skal jeg hente ham?",
# "Lad os få Camilla med ind", "Jeg henter lige Sara", "Shall I bring her in?"
_INVITE = (
    r"(?:\b(?:skal|kan|må|vil|skulle|kunne)\s+(?:vi|jeg)\s+(?:ikke\s+)?|\blad\s+os\s+"
    r"|\bjeg\s+(?:går\s+ud\s+og\s+)?|\b(?:shall|can|may|should)\s+(?:we|i)\s+|\blet'?s\s+"
    r"|\bi'?ll\s+)(?:lige\s+)?"
    r"(?:(?:hente|henter|fetch|kalde\s+på|kalder\s+på)\s+(?:lige\s+)?(?:{who})\b"
    r"|(?:få|have|tage|bring|get)\s+(?:lige\s+)?(?:{who})\s+(?:med\s+)?(?:ind|herind|indenfor"
    r"|in)\b)"
    r"|\b(?:henter|kalder)\s+jeg\s+(?:lige\s+)?(?:på\s+)?(?:{who})\b"  # "Så henter jeg Camilla"
)


# A yes or a no to what the other side just said, at the start of a turn
_ASSENT = cache.regex(
    r"^\W*(?:(?:ja|jo|jep|godt|fint|fedt|okay|ok|klart|selvfølgelig|naturligvis|super"
    r"|perfekt|aftale|yes|sure|fine|great|good|of course)\b(?!\s+(?:nok|men)\b)"
    r"|helt sikkert\b|det (?:gør|klarer|ordner|finder) vi\b|det kan vi (?:godt|sagtens|klare)\b"
    r"|det sørger (?:jeg|vi) for\b|det er (?:helt )?(?:i orden|fint|ok(?:ay)?)\b)"
)
_REFUSAL = cache.regex(
    r"^\W*(?:nej|desværre|no|sorry)\b|\b(?:det|den|dét) (?:kan|vil) (?:vi|jeg) (?:desværre )?"
    r"ikke\b|\bdet går (?:desværre )?ikke\b|\b(?:kan|vil) (?:vi|jeg) (?:desværre )?ikke "
    r"(?:tilbyde|give|bevilge|love|stille med|betale)\b|\bwe (?:can't|cannot) (?:offer|give|"
    r"provide|pay)\b"
)


# A sentence that holds a detail back or speaks of it only as not to be told
_NOT_TOLD = cache.regex(
    r"\b(?:ikke|ingen|aldrig|uden|hverken|not|no|never|without)\b"
)


# A summary of what was talked about, not of the terms
_RECAPS_TALK = cache.regex(
    r"\b(?:har\s+(?:\w+\s+)?(?:talt|snakket)\s+om|har\s+fortalt|fortalte|(?:du|i)\s+sagde|sagde\s+"
    r"(?:du|i)|nævnte|har\s+nævnt|(?:we|you)\s+(?:talked|spoke)\s+about|you\s+(?:told|said))\b"
)


# What makes a guessed proposal concrete: hours, a time of day, a scheme, or the frame of an
# offer ("hvad siger du til at starte med lageret?", "hvad med bilerne?", "how about …")
_CONCRETE = cache.regex(
    r"\b(?:timer|kl|klokken|hours|o'clock|\w*praktik\w*|fleksjob\w*|løntilskud\w*|\w*placement"
    r"|flex-?jobs?|wage subsidy)\b|\bfra \w+ til \w+\b|\bfrom \w+ to \w+\b|\d+\s*[-–]\s*\d+"
    r"|\b(?:starte|begynde|start|begin) (?:med|with|on)\b|\bhvad (?:siger|synes|tænker) (?:du|i)"
    r" (?:om|til)\b|\bhvad med\b|\bhvad hvis\b|\b(?:how|what) about\b|\bwhat if\b"
    r"|\bforesl\w+|\bpropos\w+|\bsuggest\w*"
)
# The company's own day, not the candidate's hours: "Fra I låser op kl. 7 og et par timer frem",
# "når I åbner klokken syv"
_COMPANY_CLOCK = cache.regex(
    r"\b(?:fra|når|inden|før|efter|til) (?:i|vi|de|folk|butikken|værkstedet) (?:\w+ )?"
    r"(?:låser op|åbner|lukker|møder ind|møder|kommer ind|kører ud|starter dagen|holder fri)\b"
    r"|\btimer (?:frem|fremad|ind i dagen)\b"
)
# A sum of the company's own hours, not the candidate's: "hver montør bruger en halv time om
# dagen ... ti montører, fem dage, så er det 25 timer om ugen. Gange din timepris"
_STAFF_SUM = cache.regex(
    r"\bhver(?:t)? (?:eneste )?(?:montør|svend|smed|medarbejder|ansat|mand|elektriker|kollega"
    r"|sælger|chauffør|af (?:dem|jer|dine|jeres))\w*|\bgange[ts]? (?:din|jeres|det|\d)|\bganget"
    r"|\b(?:\d+|to|tre|fire|fem|seks|syv|otte|ni|ti|tolv|femten|tyve|femogtyve|tredive) (?:mand"
    r"|montører|svende|smede|medarbejdere|ansatte|elektrikere|folk)\b"
    r"|\beach (?:fitter|worker|employee|welder|electrician|of (?:them|your))\b|\bmultipl\w+"
)
# A share of a sum just worked out: "kun tager halvdelen", "en fjerdedel af de timer"
_SHARE = cache.regex(
    r"\b(?:halvdelen|en (?:fjerde|tredje)del|half of (?:it|them|those)|a (?:quarter|third) of)\b"
)
# What a recap of the deal names and a recap of the talk does not: a scheme, hours, days, weeks
_DEAL_RECAP = cache.regex(
    r"\bdet,? (?:vi|i) har (?:nu|lige nu|på bordet|aftalt|talt om|sagt),? er\b"
    r"|\b(?:\w*praktik\w*|fleksjob\w*|løntilskud\w*|timer|uger|måneder|mandag\w*|tirsdag\w*"
    r"|onsdag\w*|torsdag\w*|fredag\w*|formiddag\w*|eftermiddag\w*|kl|klokken|om ugen"
    r"|\w*placement|flex\w*|hours|weeks|months|monday|tuesday|wednesday|thursday|friday"
    r"|mornings?|afternoons?)\b"
)


# A question for the candidate's person at the workplace: "Hvem af dine folk kunne være hendes
# faste person?", "Hvem skal hun gå til, når hun møder ind?", "Who would be her contact?"
_ASKS_WHO_CONTACT = cache.regex(
    # "… om der er en voksen medarbejder, som kunne være hendes kontaktperson?"
    r"\b(?:er\s+der|om\s+der\s+er|har\s+(?:du|i)|om\s+(?:du|i)\s+har)\s+(?:\S+\s+){0,24}?(?:som|der)\s+(?:kunne|kan|vil|ville)\s+"
    r"(?:være|blive)\s+(?:hendes|hans)\s+(?:faste\s+)?(?:kontaktperson|person|mentor|makker)"
    r"|\b(?:hvem|hvilken|hvilke)\b(?:\s+\S+){0,16}?\s+(?:(?:fast|faste)\s+(?:person|kontakt\w*|makker|gå-til-person)"
    r"|kontaktperson\w*|mentor\w*|tovholder\w*|gå\s+til|tage\s+imod\s+(?:hende|ham)"
    r"|vise\s+(?:hende|ham)\s+(?:til\s+rette|rundt)|tage\s+sig\s+af\s+(?:hende|ham)"
    r"|lære\s+(?:hende|ham)\s+op|sætte\s+(?:hende|ham)\s+i\s+gang)"
    r"|\bwho\b(?:\s+\S+){0,10}?\s+(?:(?:her|his)\s+(?:contact|mentor|buddy|go-to)"
    r"|contact\s+person|mentor|look\s+after\s+(?:her|him)|show\s+(?:her|him)\s+(?:around|the\s+ropes))"
)


# A question put as "who", asking after what was just said: "Hvem er det?", "Hvem kunne det
# være?", "Hvem tænker du på?", "Og hvem herinde ville være den rigtige?", "Who would that be?"
_WHO_ASKED = cache.regex(r"^\W*(?:(?:og|så|men|and|so)\s+)?(?:hvem|who)\b")
# the person a sentence has just named for the candidate: "en fast person, hun kan gå til"
_CONTACT_NAMED = cache.regex(
    r"\b(?:(?:fast|faste)\s+(?:person|kontakt\w*|makker)|kontaktperson\w*|mentor\w*|tovholder\w*"
    r"|en\s+(?:person\s+)?(?:hun|han)\s+kan\s+gå\s+til|contact\s+person|(?:a|one)\s+person\s+"
    r"(?:she|he)\s+can\s+go\s+to)"
)


# ... or asked for by its name, in any form: "Jeg vil gerne have et navn på kontaktpersonen"
_NAME_FOR_CONTACT = cache.regex(
    r"\bnavn(?:et)?\s+på\s+(?:\w+\s+)?(?:kontaktperson\w*|person(?:en)?|mentor\w*|makker\w*"
    r"|svend(?:en)?|medarbejder(?:en)?|kollega(?:en)?)\b"
    r"|\bname\s+(?:of|for)\s+(?:her|his|the)\s+(?:contact|mentor)"
)


# Whether the answer settled the worry: "Giver det dig lidt mere ro?", "Svarer det på det, du var
# bekymret for?", "Does that put your mind at rest?"
_CHECKS_CONCERN = cache.regex(
    r"\b(?:giver\s+det\s+(?:dig\s+|jer\s+)?(?:lidt\s+|noget\s+)?(?:mere\s+)?ro"
    r"|svarer\s+det\s+på\s+(?:det|din|dine|jeres)|er\s+du\s+(?:mere\s+)?tryg\w*"
    r"|tager\s+det\s+toppen"
    r"|(?:put|set)s?\s+your\s+mind\s+at\s+rest|does\s+that\s+answer\s+your\s+(?:worry|concern))"
)
# What holds them back: "Hvad er du mest betænkelig ved?", "Hvad holder dig tilbage?", "What
# worries you about it?" (not "Hvad skal der til, for at du siger ja i uge 4?": criteria asked);
# and whatever is left: "Er der noget, der stadig skurrer?", "Flere bekymringer?", "Anything
# else bothering you?"
# What is missing before they can say yes: "Hvad er det, du synes mangler?", "Hvad mangler du i
# det her, Henrik, før …?" (not "Hvad mangler I mest af?")
_WHAT_IS_MISSING = (r"\bhvad\s+(?:er\s+det,?\s+(?:du|i)\s+(?:synes|mener|tænker)\s+)?mangler\b"
                    r"(?!\s+(?:i|I)\s+(?:mest|af|på))|\bwhat(?:'s|\s+is)\s+missing\b")
_ASKS_WHAT_IS_MISSING = cache.regex(_WHAT_IS_MISSING)
_ASKS_FOR_CONCERNS = cache.regex(
    r"\b(?:hvad|hvilke\w*)\b[^?]{0,40}?\b(?:bekymr\w*|betænkelig\w*|nervøs\w*|usikker\w*|tøvende"
    r"|forbehold\w*|indvending\w*|reservation\w*|skepsis|skeptisk\w*"
    r"|i\s+tvivl|tvivler)\b|\bhvad\s+holder\s+(?:dig|jer)\s+tilbage"
    r"|\bwhat\s+(?:worries|concerns)\s+you"
    r"|\b(?:der|som)\s+(?:stadig\s+|fortsat\s+)?(?:skur+er|nager|bekymrer|bøvler|holder\s+(?:dig|jer)"
    r"\s+tilbage)|\ber\s+der\s+mere\s+i\s+det|\b(?:flere|andre)\s+bekymringer"
    r"|\banything\s+(?:else\s+)?(?:still\s+)?(?:worrying|bothering|holding)\s+you"
    r"|\ber\s+der\s+(?:så\s+|egentlig\s+|stadig\s+|overhovedet\s+|andet\s+)?(?:noget|nogen\s+ting"
    r"|nogle\s+ting)\b[^?]{0,60}?\b(?:bekymr\w*|betænkelig\w*"
    r"|nervøs\w*|usikker\w*|tvivl\w*|tøv\w*|får\s+(?:dig|jer)\s+til\s+at\s+(?:tænke|tøve|holde)"
    r"|holder\s+(?:dig|jer)\s+tilbage|skur+er|nager|bange|utryg\w*|forbehold)"
    r"|\bis\s+there\s+anything\b[^?]{0,60}?\b(?:worr\w*|concern\w*|hesita\w*|unsure|doubts?)"
    # "Mette, har du nogle bekymringer?", "Hvad mangler du for at være tryg ved det?"
    r"|\b(?:har|er)\s+(?:du|i)\s+(?:så\s+|egentlig\s+|stadig\s+)?(?:nogen|nogle|andre|flere)"
    r"\s+(?:bekymringer|betænkeligheder|forbehold|bange\s+anelser)"
    r"|\bhvad\s+(?:mangler|skal)\s+(?:du|i)\b[^?]{0,50}?\b(?:tryg\w*|ro\s+på|sige\s+ja"
    r"|føle\s+(?:dig|jer)\s+sikre?)"
    r"|\bhvad\s+skal\s+der\s+til\b[^?]{0,30}?\b(?:tryg\w*|sige\s+ja|ro\s+på)"
    # "Hvad er det, du synes mangler?", "Hvad mangler der, før det hænger sammen for dig?"
    r"|" + _WHAT_IS_MISSING
    + r"|\b(?:do\s+you\s+have\s+any|any\s+other)\s+(?:concerns|worries|doubts)"
)
# Taking someone in through the jobcentre: "gennem os", "fra jobcentret", "tage nogen ind"
_TAKING_SOMEONE_IN = cache.regex(
    r"\bjobcent\w*|\b(?:gennem|fra|med|via) (?:os|kommunen)\b"
    r"|\btage (?:nogen|en|folk|én) (?:ind|med)|\b(?:en|nogen) (?:person|kandidat|borger)\b"
    r"|\bsamarbejd\w*|\bin through (?:us|the jobcentre)|\btake (?:someone|somebody) on\b"
)
# When to start: "hvornår kunne det passe (at starte)?", "hvornår kan hun begynde?"
_ASKS_START = cache.regex(
    r"\bhvornår\b[^?]{0,40}?\b(?:starte|start|begynde|begynder|passe|komme i gang|gå i gang)"
    r"|\bwhen\b[^?]{0,30}?\b(?:start|begin|suit)"
)
# Leave asked for an arrangement: "er det (så) i orden, at …", "går det an, at …", "må hun …",
# "is it OK if she …"
_ASKS_IF_OK = cache.regex(
    r"\b(?:er|vil|ville) det (?:\w+ )?(?:i orden|ok|okay|fint|acceptabelt)(?:,? (?:at|hvis|med)\b)"
    r"|\bgår det an,? at\b|^\W*(?:\w+,\s*)?(?:og\s+)?må (?:hun|han|vi)\b"
    r"|\bhar (?:du|i) noget imod,? at\b|\bis it (?:ok|okay|alright|fine) (?:if|that|for)\b"
    r"|\bwould you mind if\b"
)
# An invitation to ask the citizen: "Er der noget, du gerne vil spørge Sara om?", "Har du
# spørgsmål til Jørgen?", "Anything you'd like to ask her?"
_INVITES_QUESTIONS = cache.regex(
    r"\b(?:(?:er\s+der|har\s+du|har\s+i)\s+noget,?\s+(?:du|i)\s+(?:\w+\s+){0,2}(?:vil|ville)"
    r"\s+(?:\w+\s+)?spørge\s+(?:\w+\s+)?om|(?:har\s+(?:du|i)|nogen)\s+spørgsmål\s+til"
    r"|vil\s+(?:du|i)\s+(?:\w+\s+)?spørge\s+(?:\w+\s+)?om\s+noget"
    r"|anything\s+you(?:'d|\s+would)\s+like\s+to\s+ask|any\s+questions\s+for)"
)


# What the company would gain, said as a consequence: "Så kassen kunne blive ved kassen", "Så
# ville dine folk nå at fylde op før åbning", "Dermed slipper montørerne for at køre": the
# staff and places named are the company's, not work for the candidate.
_GAIN = cache.regex(
    r"^\W*(?:og\s+)?(?:så|dermed|derved|på\s+den\s+måde|then|that\s+way)\b(?:\s+\w+){0,4}?\s+"
    r"(?:kunne|ville|kan|vil|slipper|slap|når|would|could|can)\b"
)


# A sentence that names the work itself: "Opgaverne er målkontrol før levering, ...", "Opgaver:
# varemodtagelse, ...", "Hans
# arbejdsopgaver bliver ..." - the tasks of the deal whatever else its words argue.
_NAMES_TASKS = cache.regex(
    r"(?:^|[,;:–-]\s*)(?:og\s+|så\s+)?(?:(?:hans|hendes|de\s+første|his|her|the)\s+)?"
    r"(?:arbejds)?(?:opgaver(?:ne)?|tasks?)(?:\s+(?:er|bliver|vil\s+være|skal\s+være|would\s+be"
    r"|will\s+be|are)\b|\s*:)"
)


# Tasks named by pointing back: "med de opgaver, vi lige har nævnt", "de samme opgaver som
# før", "opgaverne, vi har talt om" - the tasks the trainee named earlier in the meeting.
_RECALLS_TASKS = cache.regex(
    r"\b(?:de|med de|the)\s+(?:samme\s+|nævnte\s+)?(?:arbejds)?opgaver(?:ne)?(?:,)?\s+"
    r"(?:(?:som|der)\s+)?(?:vi|jeg)\s+(?:lige\s+|netop\s+|allerede\s+)?(?:har\s+)?"
    r"(?:nævnt|nævnte|talt\s+om|snakket\s+om|gennemgået|været\s+inde\s+på|talte\s+om)"
    r"|\b(?:de|med de)\s+(?:samme\s+)?opgaver\s+som\s+(?:før|nævnt)"
    r"|\bthe\s+tasks\s+(?:we|i)\s+(?:just\s+)?(?:mentioned|discussed|talked\s+about)"
)


# The candidate's history, not the work proposed: "har tre års erfaring fra et supermarked, mest
# med varepåfyldning", "arbejdede 12 år på et lager", "var ungarbejder i flaskerummet"
_HISTORY = cache.regex(
    r"\b(?:erfaring\w*|har\s+(?:\w+\s+){0,3}?(?:arbejdet|været|haft|lavet)|arbejdede|var\s+"
    r"(?:ansat|ungarbejder|\w+\s+år)|tidligere|senest|i\s+(?:\d+|mange|\w+)\s+år|experience"
    r"|(?:has|had)\s+(?:\w+\s+){0,2}?(?:worked|been)|worked|used\s+to)\b"
)


# A sentence about a later step, on the condition that it goes well: not the terms proposed now
# The work just objected to, taken out by a pronoun: "vi tager det ud", "det er hermed strøget",
# "den ryger", "we'll take it out"
_TAKEN_OUT = cache.regex(
    r"\b(?:(?:vi|jeg)\s+(?:tager|tar)\s+(?:det|den|dem)\s+(?:ud|væk|af)"
    r"|(?:vi|jeg)\s+(?:fjerner|stryger|dropper)\s+(?:det|den|dem)"
    r"|(?:det|den|dem)\s+(?:tager|tar)\s+vi\s+(?:ud|væk)|(?:det|den|dem)\s+(?:fjerner|stryger"
    r"|dropper)\s+vi\b"
    r"|(?:det|den|de)\s+(?:er|bliver)\s+(?:hermed\s+|nu\s+|allerede\s+|helt\s+)*"
    r"(?:taget\s+ud|strøget|fjernet|droppet|ude\b|væk\b|ikke\s+med)"
    r"|(?:det|den)\s+(?:kommer|ryger)\s+(?:ud|væk)"
    r"|(?:we'll|we\s+will|i'll)\s+(?:take|leave)\s+(?:it|that)\s+out|(?:it|that)'s\s+out)"
)
# The tasks named next are all of the work: "kun pantrummet og papen" (not "ikke kun …", nor
# "kun hvis …")
_ONLY = cache.regex(r"(?<!ikke )\b(?:kun|udelukkende|alene|only)\b(?!\s+(?:hvis|når|if|when)\b)")
# ... or those just said are: "Intet andet.", "det er de eneste opgaver", "nothing else"
_NOTHING_ELSE = cache.regex(
    r"\b(?:intet|ikke noget|ingenting) andet\b|\bde eneste (?:opgaver|ting)\b|\bnothing else\b")

_LATER_STEP = cache.regex(
    r"^\W*(?:og\s+|men\s+|så\s+)?(?:går\s+det\s+(?:godt|fint|som\s+forventet)"
    r"|hvis\s+det\s+går\s+(?:godt|fint)|når\s+det\s+kører|på\s+sigt|senere"
    # "… og at hun så senere, når hun er tryg, begynder at plukke selv"
    r"|(?:at\s+)?(?:hun|han|vi|i|she|he|we)\s+(?:så\s+|then\s+)?(?:senere|på\s+sigt|later)"
    r"|if\s+(?:it|that|all)\s+goes\s+well|later\s+on|in\s+time)\b"
    # put off to a later review: "lad os skrive oprydningen ind som noget, vi evaluerer efter
    # fire uger", "det tager vi op ved opfølgningen"
    r"|\bsom\s+(?:noget|et\s+punkt),?\s+(?:vi|I)\s+(?:\w+\s+)?(?:evaluerer|tager\s+op|ser\s+på"
    r"|kigger\s+på|vender)\b|\b(?:tager|tage)\s+(?:vi\s+)?(?:det\s+)?op\s+(?:igen\s+)?(?:ved|til|efter)"
    r"\s+(?:opfølgning|evaluering|midtvejs)\w*"
)


# a word that answers what was just said before the name is called: "Nej, Sara, ...", "Godt,
# Lotte. ..."
_ANSWER_WORD = (r"(?:nej|ja|jo|okay|ok|godt|fint|super|dejligt|tak|undskyld|jamen|nå|hør|no|yes"
                r"|well|right|great|sorry)")


def _vocative(name: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A person called by name, on normalised text: at the start of a sentence ("Camilla, ...",
    "Og Camilla – ...", "Hej Camilla, ...", "Nej, Camilla, ..."), after a comma at its end
    ("..., Camilla?"), set off after "du"/"dig" anywhere ("både du, Henrik, og dig,
    Jørgen?"), or between commas mid-sentence ("Ingen plader, Jørgen, det er aftalt" - not the
    apposition "en kandidat, Camilla, som ...")."""
    n = re.escape(normalize(name))
    return (
        cache.regex(rf"^\W*(?:(?:og|men|så|and|but|so)\s+)?(?:{_ANSWER_WORD}\s*,?\s+)?"
                    rf"(?:{_GREETED}\s*,?\s+)?{n}"
                    rf"\s*(?:[,:!?.\-–]|$)"),
        cache.regex(rf",\s*{n}\s*[?!.]*\s*$|\b(?:du|dig|you),\s*{n}\s*(?:[,?!.\-–]|$)"
                    rf"|,\s*{n}\s*,(?!\s*(?:som|der|hvis|who|which|whose)\b)"),
    )


class TurnReader:
    """Reads trainee turns for one scenario: built once, then `read` per turn."""

    def __init__(self, scenario: Scenario, persona: Persona | None = None) -> None:
        self.scenario = scenario
        self.topics: PhraseMatcher = topic_matcher(
            scenario.topics, scenario.language, names=scenario_names(scenario, persona)
        )
        self.need_words = NeedWords(
            ((n.id, [n.title, *n.lines, *n.hint]) for n in scenario.needs), scenario.language
        )
        self._need_topic = {n.id: n.reveal.topics[0] for n in scenario.needs if n.reveal.topics}
        tasks = {
            task_id: task.phrases.da + task.phrases.en
            for task_id, task in scenario.agreement.tasks.items()
        }
        self.terms = TermsReader(
            tasks, {task_id: t.label for task_id, t in scenario.agreement.tasks.items()}
        )
        first = scenario.citizen.name.split()[0]
        self._names = (first, scenario.citizen.name)
        # what costs the deal is matched by its own words, not fuzzily: "fire uger" is not "fyret"
        self._private = tuple(
            (d.id, cache.regex(r"\b(?:" + "|".join(
                r"\s+".join(re.escape(w) + r"\w{0,3}" for w in normalize(p).split())
                for p in (*d.phrases.da, *d.phrases.en) if p.strip()
            ) + r")\b"))
            for d in scenario.citizen.private
        )
        self._employer_named = (
            cache.regex(rf"\b{re.escape(normalize(persona.name.split()[0]))}\b")
            if persona is not None else None
        )
        self._citizen_subject = cache.regex(
            # "hun pakker ...", "og så tager hun ...", "hvor han plukker ..." (a proposal's clause
            # split off by a dash), "så fylder hun også bilerne op", or asked as a question:
            # "Kunne han ikke tage slibningen ...?"
            rf"^\W*(?:(?:og|så|hvor|hvis|hvad\s+(?:nu\s+)?hvis|and|then|where|what\s+if)\s+)*"
            rf"(?:(?:og|så|and|then)\s+[^\W\d_]+\s+(?:\w+\s+)?"
            rf"|(?:kunne|kan|vil|ville|skal|må|could|can|would)\s+"
            # the work put first: "det kunne Sara jo også tage", "den kan hun tage"
            rf"|(?:det|den|dem|de|pappet|panten)\s+(?:kunne|kan|vil|ville|skal|må)\s+)?"
            rf"(?:hun|han|she|he|{re.escape(normalize(first))})\b"
        )
        # the addressee key; a call by name ("Sara, ...") is the vocative's (_last_called)
        self._citizen_address = cache.regex(r"^\s*@(?:borger|borgeren|citizen)\b")
        self._invite = cache.regex(_INVITE.replace(
            "{who}", rf"{re.escape(normalize(first))}|hende|ham|borgeren|kandidaten|her|him"
        ))
        self._called = {
            party: _vocative(name)
            for party, name in (("citizen", first), ("employer", persona.name.split()[0]
                                                      if persona is not None else ""))
            if name
        }

    def _support_stated(self, turn: TurnReading, proposing: list[str],
                        extraction: TermsExtraction,
                        before: frozenset[tuple[str, str]]) -> TermsExtraction:
        """With terms on the table, a plain statement that names only support adds it: "Ja,
        bordet bliver stillet i din højde", "Bent og kranen tager alt det tunge" answer the
        citizen's worry with an aid, whatever act they read as."""
        terms, evidence = extraction.terms, dict(extraction.evidence)
        for s in turn.sentences:
            if s.text in proposing or s.question_kind or set(s.acts) - {"acknowledge"}:
                continue
            said = self.terms.read(s.text, before)
            t = said.terms
            if not t.support or replace(t, support=(), without_support=()) != Terms():
                continue  # support alone: a statement with work or hours in it is no offer
            terms = replace(terms, support=tuple(dict.fromkeys((*terms.support, *t.support))))
            if "support" in said.evidence:
                evidence["support"] = "; ".join(
                    x for x in (evidence.get("support"), said.evidence["support"]) if x)
        if terms == extraction.terms:
            return extraction
        return TermsExtraction(terms, evidence)

    def read(
        self,
        text: str,
        to: str | None = None,
        citizen_present: bool = False,
        context: DialogueContext | None = None,
    ) -> Reading:
        clean = _CONTROL.sub(" ", text)[:MAX_INPUT]
        turn = read_turn(clean)
        before = context.qualified if context is not None else frozenset()
        whole = self.terms.read(clean, before)
        if context is not None:
            t = whole.terms
            answers = bool(t.tasks or t.support or t.scheme or t.follow_up)
            turn = read_in_context(turn, replace(context, citizen_names=self._names), answers,
                                   on_topic=lambda sentence: bool(self.topics.match(sentence)))
        introduced = context is None or context.candidate_introduced or (
            "candidate_pitch" in turn.acts
        )
        inviting = [s for s in turn.sentences if self._invite.search(normalize(s.text))]
        invites = not citizen_present and introduced and bool(inviting)
        if invites:
            # "Skal vi få Jørgen ind?" asks nobody at the table for a yes to a deal: it leads the
            # meeting to its next part (an agenda move, as acts.md has it)
            asking = [s for s in turn.sentences if "ask_commitment" in s.acts]
            if asking and all(s in inviting for s in asking):
                turn = replace(
                    turn,
                    acts=_invite_acts(turn.acts),
                    sentences=tuple(
                        replace(s, acts=_invite_acts(s.acts),
                                guessed=tuple(a for a in s.guessed if a != "ask_commitment"),
                                cues=(*s.cues, "context: brings the citizen in, asks no yes"))
                        if s in asking else s
                        for s in turn.sentences
                    ),
                )
        sentences = tuple(
            {
                "text": s.text,
                "acts": list(s.acts),
                "question_kind": s.question_kind,
                "spin": s.spin,
                "yes_but": s.yes_but,
                "cues": list(s.cues),
                **({"guessed": list(s.guessed)} if s.guessed else {}),
                **({"measures": True} if s.measures else {}),
                **({"amount": True} if s.amount else {}),
                **({"broad": True} if s.broad else {}),
                **({"costs": costs} if (costs := sentence_costs(s)) else {}),
            }
            for s in turn.sentences
        )
        called = self._last_called(turn)
        both_called = called == BOTH and citizen_present  # put to the table by name
        if called == BOTH:
            called = "employer" if citizen_present else None
        addressee = to or (called if citizen_present else None) or (
            "citizen"
            if citizen_present and (
                self._citizen_address.search(normalize(clean))
                or (context is not None and context.last_addressed == "citizen"
                    and self._still_to_citizen(clean))
            )
            else "employer"
        )
        to_both = not to and not invites and addressee == "employer" and (both_called or (
            not called and any(
                _TO_BOTH.search(s.text)
                or (s.question_kind and "ask_commitment" in s.acts and _WE_ASKED.search(s.text))
                for s in turn.sentences
                if s.question_kind or COMMIT_ACTS.intersection(s.acts)
            )
        ))
        on_table = context is not None and context.terms_on_table
        picked: list[int] = []  # the sentences whose terms go on the table, in order
        history = False  # the sentence before told the candidate's history
        for k, s in enumerate(turn.sentences):
            # "... arbejdet tre år i et supermarked – mest i flaskerummet": the dash goes on
            # with the history
            history = _is_history(s) or (history and s.text[:1].islower())
            prev = turn.sentences[k - 1] if k else None
            cut_off = prev is not None and not _ends(prev.text) and s.text[:1].islower()
            # "Hvad nu hvis Sara var her tirsdag og torsdag – og det, hun gjorde, var fast:
            # datokontrol, …?": the piece after the dash goes on with the proposal
            goes_on = cut_off and picked[-1:] == [k - 1] and "proposal" in prev.acts  # type: ignore[union-attr]
            if self._tells_of_employer(s):
                continue  # "Lotte bider ikke, hun tæller bare kabelsko om søndagen"
            if not history and (goes_on or _carries_terms(s, turn, on_table,
                                                          self._citizen_subject)):
                if cut_off and picked[-1:] != [k - 1] and not prev.question_kind:  # type: ignore[union-attr]
                    # "Og det du siger med pappet i gården – det kunne Sara jo også tage": what
                    # "det" points back to, cut off at the dash, is the work she would take
                    picked.append(k - 1)
                picked.append(k)
        now = [k for k in picked if not _LATER_STEP.search(normalize(turn.sentences[k].text))]
        if now and len(now) < len(picked):
            picked = now  # "Går det godt, lægger vi en fredag til": a step for later
        proposing = [turn.sentences[k].text for k in picked]
        if len(picked) == len(turn.sentences):
            extraction = whole
        else:
            # a piece cut at a dash runs on into the next piece it was cut from ("…et næste
            # skridt – for eksempel løntilskud"), else it keeps its end: "Du skal ikke bære
            # plader" must not run into a later question's mark
            said = [p if k + 1 in picked or _ends(p) else p.rstrip() + "."
                    for k, p in zip(picked, proposing, strict=True)]
            extraction = (self.terms.read(" ".join(said), before) if proposing
                          else TermsExtraction())
        if on_table:
            extraction = self._support_stated(turn, proposing, extraction, before)
        topics = self._topics(clean, turn)
        terms_topics: frozenset[str] = frozenset()
        first = normalize(self._names[0]) if self._names else ""
        pitching = [s.text for s in turn.sentences if not s.question_kind and (
            "candidate_pitch" in s.acts or (first and first in normalize(s.text))
            or self._citizen_subject.search(normalize(s.text)))]
        if (proposing and extraction.terms.tasks) or pitching:
            # what the citizen would do, or has done, names a place or a task; it asks nothing
            # about it ("Hun er på lageret, heller ikke til oprydning på pladserne", "tolv år hos
            # en el-grossist, hun kender varerne")
            told = {*proposing, *pitching}
            asking = " ".join(s.text for s in turn.sentences if s.text not in told
                              or s.question_kind or "summarize" in s.acts)
            terms_topics = frozenset(topics) - set(self.topics.match(asking) if asking else {})
        removed = set(normalize(whole.evidence.get("without_tasks", "")).replace(";", " ").split())
        if removed:
            # what is taken out of the work ("heller ikke til oprydning") asks nothing about it;
            # a question may still ask about it ("..., hverken i bilen eller på lageret?")
            questions = " ".join(s.text for s in turn.sentences if s.question_kind)
            asked = set(self.topics.match(questions)) if questions else set()
            terms_topics |= {k for k, hit in topics.items() if k not in asked
                             and set(normalize(hit.words).split()) <= removed}
        stated = self._stated(turn, whole, before)
        return Reading(
            text=text,
            acts=tuple(turn.acts),
            sentences=sentences,
            topics=topics,
            terms_topics=terms_topics,
            extraction=extraction,
            mentioned=whole.terms,
            addressee=addressee,
            to_both=to_both,
            invites_citizen=invites,
            shares=self._shares(turn) if addressee != "citizen" else (),
            recalls_tasks=(m.group(0) if (m := _RECALLS_TASKS.search(normalize(clean)))
                           and not extraction.terms.tasks else ""),
            certain=turn.certain,
            takes_off=self._takes_off(turn, whole, stated, context),
            only_tasks=self._only_tasks(turn, before),
            stated=stated,
        )

    def _stated(self, turn: TurnReading, whole: TermsExtraction,
                before: frozenset[tuple[str, str]]) -> Terms:
        """What the turn's statements name (`Reading.stated`)."""
        if not any(s.question_kind for s in turn.sentences):
            return whole.terms
        statements = [s.text if _ends(s.text) else s.text.rstrip() + "."
                      for s in turn.sentences if not s.question_kind]
        return self.terms.read(" ".join(statements), before).terms if statements else Terms()

    @staticmethod
    def _takes_off(turn: TurnReading, whole: TermsExtraction, stated: Terms,
                   context: DialogueContext | None) -> tuple[str, ...]:
        """The tasks the turn's statements take off the deal (`Reading.takes_off`); a question
        ("Skal hun ikke også tage pappet?") takes nothing off."""
        off = [t for t in whole.terms.without_tasks if t in stated.without_tasks]
        objected = context.objected_tasks if context is not None else ()
        if objected and any(_TAKEN_OUT.search(normalize(s.text)) for s in turn.sentences
                            if not s.question_kind):
            off += [t for t in objected if t not in off and t not in whole.terms.tasks]
        return tuple(off)

    def _only_tasks(self, turn: TurnReading,
                    before: frozenset[tuple[str, str]]) -> tuple[str, ...]:
        """The tasks a sentence says are all of the work (`Reading.only_tasks`): named right
        after "kun"/"udelukkende", or said before "Intet andet"/"de eneste opgaver"."""
        said = turn.sentences
        for k, s in enumerate(said):
            low = normalize(s.text)
            only = _ONLY.search(low)
            if not only and not _NOTHING_ELSE.search(low):
                continue
            found = self.terms.read(s.text, before)
            tasks = found.terms.tasks
            if only and tasks:
                first = normalize(found.evidence.get("tasks", "")).split(";")[0].strip()
                at = low.find(first, only.end()) if first else -1
                if 0 <= at - only.end() <= 30:
                    return tasks
            if _NOTHING_ELSE.search(low):
                if tasks:
                    return tasks
                if k:
                    return self.terms.read(said[k - 1].text, before).terms.tasks
        return ()

    def _shares(self, turn: TurnReading) -> tuple[tuple[str, str], ...]:
        """The citizen's private details the turn tells: named in a statement, not negated
        ("Hun går hos en psykolog"); a question ("Vil du selv fortælle om behandlingen?") or a
        detail left out ("Jeg går ikke i detaljer med hendes behandling") tells nothing."""
        told: dict[str, str] = {}
        for s in turn.sentences:
            norm = normalize(s.text)
            if s.question_kind or _NOT_TOLD.search(norm):
                continue
            for key, regex in self._private:
                if key not in told and (m := regex.search(norm)):
                    told[key] = m.group(0)
        return tuple(told.items())

    def _topics(self, text: str, turn: TurnReading) -> dict[str, PhraseHit]:
        """Topics from the authors' phrases, and from the needs' own words for a question or a
        summary that names no phrase ("hvad gør I for at holde på de erfarne folk?")."""
        topics = self.topics.match(text)
        for s in turn.sentences:
            if not (s.question_kind or "summarize" in s.acts):
                continue
            for hit in self.need_words.match(s.text):
                topic = self._need_topic.get(hit.need)
                if topic and topic not in topics:
                    topics[topic] = PhraseHit(
                        topic, f"the words of need '{hit.need}'", " ".join(hit.words),
                        weight=NEED_WORDS_WEIGHT,
                    )
        return topics

    def _last_called(self, turn: TurnReading) -> str | None:
        """Who the turn's last call by name goes to: "Camilla, hvad siger du?", "Hvad siger du
        til det, Camilla?"; "Lotte, kan vi sige sådan?" is the employer's. None: no one is
        called by name ("Jeg har en kandidat, Camilla, som ...", "Kender du Camilla?")."""
        last = None
        asked_by_name: dict[str, bool] = {}  # each party called, and asked after the call
        for i, s in enumerate(turn.sentences):
            norm = normalize(s.text)
            called = []
            # "Og ryggen, Jørgen – hvordan er den?": the call cut off at a dash, the question
            # running on after it
            asked_next = i + 1 < len(turn.sentences) and bool(
                turn.sentences[i + 1].question_kind) and turn.sentences[i + 1].text[:1].islower()
            for party, (head, tail) in self._called.items():
                if head.search(norm):
                    called.append(party)
                elif (m := tail.search(norm)) and (s.question_kind or _YOU_ONE.search(norm)
                                                   or m.group(0).endswith(",") or asked_next):
                    before = norm[: m.start()].split()
                    if before and before[-1].strip(",") not in _APPOSITION_HEAD:
                        called.append(party)
            if len(called) > 1 and s.question_kind:
                last = BOTH  # "Kan vi give hånd på det – både du, Henrik, og dig, Jørgen?"
            elif called:
                last = called[-1]
            if last in ("citizen", "employer") and s.question_kind:
                asked_by_name[last] = True
        if asked_by_name.get("citizen") and asked_by_name.get("employer"):
            # "Sara, vil du helst starte bag ved …? Og Mette, er det i orden, at …?", "Lotte,
            # hvem …? Camilla, hvor mange timer …?": a question for each, each answers
            return BOTH
        return last

    def _tells_of_employer(self, s: SentenceReading) -> bool:
        """A sentence about the employer, named not called, with the citizen not named ("Lotte
        bider ikke, hun tæller bare kabelsko om søndagen"): its "hun" is the employer, its days
        no terms - unless a rule reads it as a proposal."""
        if self._employer_named is None or "proposal" in set(s.acts) - set(s.guessed):
            return False
        norm = normalize(s.text)
        if not self._employer_named.search(norm) or normalize(self._names[0]) in norm.split():
            return False
        start, end = self._called.get("employer", (None, None))
        return not (start is not None and (start.search(norm) or end.search(norm)))

    def _still_to_citizen(self, text: str) -> bool:
        """A follow-up put to the same person: "du" and no one else named or addressed ("Hvad
        kan du godt lide at lave?" after a question to the citizen; not "Hvad siger du, Lotte?",
        not "Hvordan ser I på det?")."""
        norm = normalize(text)
        if not _YOU_ONE.search(norm) or _YOU_ALL.search(norm) or re.search(r"\bI\b", text):
            return False
        if _OF_THEM.search(norm) or self._named_in_passing(norm):
            return False  # "din kontaktperson tager imod hende": she is talked about, not to
        return not (self._employer_named is not None and self._employer_named.search(norm))

    def _named_in_passing(self, norm: str) -> bool:
        """The citizen's first name in a turn that does not call them by it."""
        first = normalize(self._names[0])
        head, tail = self._called["citizen"]
        return bool(re.search(rf"\b{re.escape(first)}\b", norm)) and not (
            head.search(norm) or tail.search(norm))

    def with_form_terms(self, r: Reading, terms: Terms) -> Reading:
        """A turn sent with the terms form is a proposal, and its terms answer concerns too."""
        acts = (
            r.acts if "proposal" in r.acts else (*(a for a in r.acts if a != "other"), "proposal")
        )
        return replace(r, acts=acts, mentioned=r.mentioned.merged(terms))


def sentence_costs(s: SentenceReading) -> list[str]:
    """What in a sentence's reading can cost the trainee: a costly act read from the words (a
    model's guess never costs), and a "ja, men" that brushes a concern off."""
    costs = [a for a in s.acts if a in COSTLY_ACTS and a not in s.guessed]
    return costs + (["yes_but"] if s.yes_but else [])


def _is_history(s: SentenceReading) -> bool:
    """The sentence tells the candidate's history, not the work proposed: "har tre års erfaring
    fra et supermarked, mest med varepåfyldning"."""
    certain = set(s.acts) - set(s.guessed)
    return (certain <= {"candidate_pitch"} and "candidate_pitch" in s.acts
            and bool(_HISTORY.search(normalize(s.text))))


def _ends(text: str) -> bool:
    """The piece ends its sentence; one without is cut off at a dash and goes on in the next."""
    return text.rstrip()[-1:] in ".!?…"


def _run_of(s: SentenceReading, turn: TurnReading) -> str:
    """The sentence with the pieces it was cut from at a dash: "Ti montører, en time om dagen,
    fem dage – 50 timer om ugen" is one sum, whichever piece is read."""
    pieces = list(turn.sentences)
    i = next((k for k, x in enumerate(pieces) if x is s), None)
    if i is None:
        return s.text
    start = i
    while start > 0 and not _ends(pieces[start - 1].text):
        start -= 1
    end = i
    while end + 1 < len(pieces) and not _ends(pieces[end].text):
        end += 1
    return " – ".join(x.text for x in pieces[start:end + 1])


def _carries_terms_alone(s: SentenceReading, turn: TurnReading) -> bool:
    """A sentence that proposes by a rule, or by a guess that names hours or a scheme."""
    certain = set(s.acts) - set(s.guessed)
    return "proposal" in certain or "proposal" in s.acts and _guess_concrete(_run_of(s, turn))


def _guess_concrete(text: str) -> bool:
    """A guessed proposal that names hours, a scheme or an offer's frame, and is no sum of the
    company's own hours."""
    norm = normalize(text)
    return bool(_CONCRETE.search(norm)) and not _STAFF_SUM.search(norm) and not (
        _COMPANY_CLOCK.search(norm))


def _carries_terms(
    s: SentenceReading, turn: TurnReading, on_table: bool, citizen_subject: re.Pattern[str]
) -> bool:
    """Whether a sentence's terms go on the table (the registry's TERM_ACTS may, NOT_TERM_ACTS
    never: an example "Salling Group har 1.000 i fleksjob", an argument "billigere end
    lørdagsoverarbejde" or the agenda "vi har en halv time" names schemes, hours and days
    without proposing them). A summary never puts new terms there; once
    terms are on the table it recaps them (and may confirm them). In a proposing turn, or once
    terms are on the table, what the citizen will do ("hun pakker klik-og-hent-ordrerne", "så
    fylder hun også bilerne op") is a term whatever else it reads as."""
    if s.question_kind and (s.spin == "implication" or _SHARE.search(
            normalize(s.text))):
        # a question on what the problem costs, or on a share of a sum just worked out, offers
        # nothing: "Hvis Camilla i starten kun tager halvdelen – 25 timer – hvor mange af de
        # opgaver kunne du så sige ja til?" (a proposal put as "Hvad hvis …?" still does)
        return False
    acts = set(s.acts)
    certain = acts - set(s.guessed)
    if acts & TERM_ACTS - {"proposal"} or "proposal" in certain or "proposal" in acts and (
            _guess_concrete(_run_of(s, turn))):
        # a proposal only guessed by the act model puts terms on the table when it names hours
        # or a scheme ("Kunne det være tirsdag og torsdag fra ni til tolv, omkring seks timer
        # om ugen?"), not when it only mentions days or weeks ("at bruge sine søndage på
        # vagtplaner og så stå med en ny igen efter tre måneder")
        return True
    proposes = any(_carries_terms_alone(x, turn) for x in turn.sentences)
    norm = normalize(s.text)
    if _NAMES_TASKS.search(norm) and (on_table or proposes):
        return True  # "Opgaverne er målkontrol før levering og klargøring til næste dags ordrer"
    if "summarize" in acts and on_table:
        # a recap of the terms names the deal or the candidate; a recap of the talk does not:
        # "Henrik og jeg har talt om, at smedene bruger timer på slibning" and "så det er
        # pantrummet, og så er det kassepersonalet, der bliver trukket væk fra kassen" sum up
        # the company's problem, they propose no grinding and no checkout
        return not _RECAPS_TALK.search(norm) and bool(
            _DEAL_RECAP.search(norm) or citizen_subject.search(norm))
    if citizen_subject.search(norm) and (on_table or proposes):
        return True  # "Så fylder hun også servicebilerne op" amends the terms on the table
    if not proposes:
        return False
    if not certain and _GAIN.search(norm):
        return False  # what the company gains by it, not the candidate's work
    # a guessed argument may be a term
    return not (certain and certain <= NOT_TERM_ACTS)

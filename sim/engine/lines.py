"""Seeded choice of line variants and placeholder filling: replies vary, yet replay exactly."""

from __future__ import annotations

import random
import re
from collections.abc import Mapping, Sequence

# What an employer says in situations a persona file written before the engine knew them has no
# line of its own for: the end of the meeting's time, a confirmed deal, a task offered in a
# counter, the citizen's own yes still to be heard, the citizen asked in, thanks at the end, the
# support that would buy a yes.
DEFAULT_LINES: dict[str, dict[str, tuple[str, ...]]] = {
    "time_up": {
        "da": ("Jeg bliver nødt til at stoppe her – jeg har et andet møde. Send mig et udkast på "
               "det, vi har talt om, så ringer jeg til dig.",),
        "en": ("I have to stop here – I've got another meeting. Send me a draft of what we've "
               "talked about, and I'll give you a call.",),
    },
    # the trainee ends the meeting after the company's yes, before the citizen's
    "ended_before_citizen": {
        "da": ("Okay. Så må I to snakke det igennem, og så ringer du til mig, når {citizen} er "
               "klar.", "Fint. Find ud af det med {citizen}, så hører jeg fra dig."),
        "en": ("All right. You two talk it through, and give me a call when {citizen} is ready.",
               "Fine. Sort it out with {citizen}, and I'll hear from you."),
    },
    "time_over": {
        "da": ("Tiden er gået, og jeg må videre. Tak fordi du kom forbi.",),
        "en": ("We're out of time, and I have to get on. Thanks for coming by.",),
    },
    "confirmed": {
        "da": ("Ja. Det er det, vi siger.", "Præcis. Sådan er aftalen."),
        "en": ("Yes. That's what we're saying.", "Exactly. That's the deal."),
    },
    "ask_citizen": {
        "da": ("Hvad siger {citizen} selv til det?",
               "Jeg vil gerne høre, hvad {citizen} selv siger til det."),
        "en": ("What does {citizen} say to it?",
               "I'd like to hear what {citizen} thinks of it."),
    },
    "let_in": {
        "da": ("Ja, lad os få {citizen} ind.", "Ja, hent bare {citizen} ind."),
        "en": ("Yes, let's have {citizen} in.", "Sure, bring {citizen} in."),
    },
    # the meeting has come to the deal and the citizen waits outside: the employer asks them in
    "fetch_citizen": {
        "da": ("Er {citizen} med i dag? Så lad os få {citizen} ind.",
               "Hvis {citizen} er her, så lad os få {citizen} med ind nu."),
        "en": ("Is {citizen} here today? Then let's have {citizen} in.",
               "If {citizen} is here, let's have {citizen} in now."),
    },
    # the same, before the trainee has said who the deal is for
    "fetch_unnamed_citizen": {
        "da": ("Hvem er det, du har i tankerne? Hvis vedkommende er her i dag, så lad os få "
               "vedkommende ind.",
               "Har du en bestemt person i tankerne? Så lad os få vedkommende med ind nu."),
        "en": ("Who do you have in mind? If they're here today, let's have them in.",
               "Do you have someone in particular in mind? Then let's have them in now."),
    },
    # a concern talked past comes back after the question is answered, by its own question
    "concern_again": {
        "da": ("Men mit spørgsmål står stadig: {crux}",
               "Men jeg mangler stadig svar på det: {crux}"),
        "en": ("But my question still stands: {crux}",
               "But I still need an answer to this: {crux}"),
    },
    # asked whether the answer settled the worry, with none left open
    "reassured": {
        "da": ("Ja, det giver mig mere ro.", "Ja. Det var det, jeg havde brug for at høre."),
        "en": ("Yes, that puts my mind at rest.", "Yes. That's what I needed to hear."),
    },
    # support offered for the deal on the table, with no concern open
    "support_welcome": {
        "da": ("Det lyder fornuftigt. Så er det ikke noget, der går fra de andre.",
               "Det kan jeg godt bruge – så længe det ikke bliver en masse papirer."),
        "en": ("That sounds sensible. Then it doesn't come out of the others' time.",
               "I can use that – as long as it isn't a lot of paperwork."),
    },
    # asked when the candidate could start
    "start_when": {
        "da": ("Om et par uger – så kan jeg nå at sige det til de andre og lægge vagtplanen om.",
               "{Start_day} om to uger passer fint. Så kan vi nå at gøre klar."),
        "en": ("In a couple of weeks – then I can tell the others and sort out the rota.",
               "{Start_day} in two weeks suits me. Then we can get ready."),
    },
    # asked to allow an arrangement of the deal, with no concern open
    "permits": {
        "da": ("Ja, det er helt i orden.", "Ja da. Det gør vi med de andre også."),
        "en": ("Yes, that's quite all right.", "Of course. We do that with the others too."),
    },
    # asked what is still in the way, with no concern left to voice
    "no_concerns": {
        "da": ("Nej, ikke lige nu. Det lyder gennemtænkt.",
               "Nej, jeg tror, vi har fået det hele på bordet."),
        "en": ("No, not right now. It sounds well thought through.",
               "No, I think we've got it all on the table."),
    },
    # asked what holds it back before anything or anyone has been put forward
    "nothing_to_weigh": {
        "da": ("Det ved jeg ikke endnu – jeg ved jo ikke, hvad du har tænkt dig at foreslå.",),
        "en": ("I don't know yet – I don't know what you're going to suggest.",),
    },
    # invited to ask the citizen something: the employer's own question to them
    "asks_citizen": {
        "da": ("Ja. Hvad har du lavet før, og hvad er du god til?",
               "Ja – hvad skal der til, for at du får en god start her?"),
        "en": ("Yes. What have you done before, and what are you good at?",
               "Yes – what would you need to get off to a good start here?"),
    },
    "farewell": {
        "da": ("Tak i lige måde.", "Ja, tak for i dag."),
        "en": ("Thank you too.", "Yes, thanks for today."),
    },
    "condition": {
        "da": ("Ja – hvis {support}. Ellers bliver det mig, der står med det.",
               "Hvis {support}, så siger jeg ja."),
        "en": ("Yes – if {support}. Otherwise it all lands on me.",
               "If {support}, I'll say yes."),
    },
    # asked who the candidate's person at the workplace would be, with no one named by the
    # persona: the employer takes it on
    "contact_person": {
        "da": ("Det må nok blive mig selv i starten – så ved jeg også, hvordan det går.",
               "Lad mig tænke over, hvem der passer bedst. Ellers bliver det mig selv."),
        "en": ("It'll have to be me at first – then I'll know how it's going.",
               "Let me think about who fits best. Otherwise it'll be me."),
    },
    # an implication or need-payoff question on a need already told: what it costs, in the
    # need's own words (Need.unmet), not a stock "Spørg bare løs"
    # (`unmet` is a main clause - "pantrummet sander stadig til" - so it follows a colon, never
    # "at", where Danish would put "stadig" before the verb)
    "implication": {
        "da": ("Det er det, det betyder: {unmet}.",
               "Helt konkret: {unmet}. Og det mærker vi hver uge."),
        "en": ("It means {unmet}.", "In plain terms: {unmet}. And we feel it every week."),
    },
    "need_payoff": {
        "da": ("Det ville hjælpe. For som det er nu: {unmet}.",
               "Meget, faktisk. Som det er nu: {unmet}."),
        "en": ("That would help. Because right now {unmet}.",
               "Quite a lot, actually. Right now {unmet}."),
    },
    # a need-payoff question on a need told, with what solving it would mean (Need.gain, a
    # clause that follows "at")
    "need_gain": {
        "da": ("Det ville betyde, at {gain}.", "Så ville det betyde, at {gain}."),
        "en": ("It would mean {gain}.", "Then it would mean {gain}."),
    },
    # the same asked as a yes/no question ("Ville det gøre en forskel for jer?"): yes, and why
    "need_gain_yes": {
        "da": ("Ja, klart. Det ville betyde, at {gain}.", "Ja. Så ville det betyde, at {gain}."),
        "en": ("Yes, clearly. It would mean {gain}.", "Yes. Then it would mean {gain}."),
    },
    "need_payoff_yes": {
        "da": ("Ja, klart. For som det er nu: {unmet}.", "Ja. Som det er nu: {unmet}."),
        "en": ("Yes, clearly. Because right now {unmet}.", "Yes. Right now {unmet}."),
    },
    # any other open question on a need already told ("Og hvem tager det i dag?"): the need
    # again, in its own words, not a stock "Ja, det er sådan, det er"
    "told_need": {
        "da": ("Det er jo det: {unmet}.", "Tja – {unmet}. Sådan ser hverdagen ud."),
        "en": ("That's just it: {unmet}.", "Well – {unmet}. That's the everyday."),
    },
    # asked for a number on a need whose figures were given already
    "amount_again": {
        "da": ("Det er nogenlunde det, jeg sagde. Det svinger lidt fra uge til uge.",
               "Som jeg sagde – det svinger, men det er der omkring."),
        "en": ("Roughly what I said. It varies a bit from week to week.",
               "As I said – it varies, but it's about that."),
    },
    # asked for a number on a need the scenario gives no figures for
    "amount_unknown": {
        "da": ("Det har jeg ikke præcise tal på. Men {unmet} – det mærker vi hver uge.",
               "Det kan jeg ikke sætte tal på sådan lige. Men {unmet}."),
        "en": ("I haven't got exact figures. But {unmet} – we feel it every week.",
               "I can't put a number on it just like that. But {unmet}."),
    },
    "alternative": {
        "da": ("Kunne {citizen} ikke tage {task}?", "Hvad med, at {citizen} tager {task}?"),
        "en": ("Couldn't {citizen} take on {task}?", "What if {citizen} did {task}?"),
    },
    # the deal's part has come, and the trainee said the citizen waits outside
    "fetch_waiting": {
        "da": ("Så hent {citizen} ind.", "Godt – så lad os få {citizen} ind."),
        "en": ("Then bring {citizen} in.", "Good – let's have {citizen} in."),
    },
    # asked for the deal again while the citizen, asked just now, has not said yes
    "yes_from_me": {
        "da": ("Ja, fra min side. Men {citizen} skal selv sige ja.",
               "Fra mig er det et ja – nu er det {citizen}, der skal sige sit."),
        "en": ("Yes, from my side. But {citizen} has to say yes too.",
               "It's a yes from me – now it's up to {citizen}."),
    },
    # work named for the candidate, not yet put as the deal's
    "tasks_which": {
        "da": ("Så det er {task}, {citizen} skal tage sig af?", "Og det er {task}, vi taler om?"),
        "en": ("So it's {task} that {citizen} would take care of?", "And it's {task} we mean?"),
    },
    # hours named (a wish, a range), none yet put as the deal's
    "hours_which": {
        "da": ("Og timerne – hvad bliver det konkret, og hvilke dage?",
               "Hvor mange timer bliver det så, når det kommer til stykket?"),
        "en": ("And the hours – what will it be exactly, and which days?",
               "So how many hours will it actually be?"),
    },
    # a detail put to the deal it has said yes to
    "detail_agreed": {
        "da": ("Ja, det lyder fint.", "Det er fint med mig.", "Ja, det kan vi godt gøre sådan."),
        "en": ("Yes, that sounds fine.", "That's fine by me.", "Yes, we can do it that way."),
    },
    # asked again who the candidate's person at work is, once it has named them
    "contact_again": {
        "da": ("Det bliver {contact}, som sagt.", "{contact}, som jeg sagde."),
        "en": ("That'll be {contact}, as I said.", "{contact}, as I said."),
    },
    # asked how much time the candidate's person at work will spend on them
    "contact_time": {
        "da": ("Mest i starten – en time eller to den første uge. Derefter et kvarter om morgenen "
               "og lidt ved fyraften, tænker jeg.",
               "Den første dag en del. Når {citizen} er kommet ind i det, er det et kvarter hist "
               "og her – mere kan vi ikke undvære."),
        "en": ("Mostly at the start – an hour or two the first week. Then a quarter of an hour in "
               "the morning and a bit at the end of the day, I'd think.",
               "A fair bit the first day. Once {citizen} has settled in, a quarter of an hour here "
               "and there – we can't spare more."),
    },
    # asked how many they are, in a scenario with no fact of its own on it (Company.facts)
    "headcount": {
        "da": ("Vi er {employees} i alt, når alle er talt med.",
               "{employees} i alt. Det svinger lidt."),
        "en": ("We're {employees} in all, counting everyone.",
               "{employees} in all. It varies a bit."),
    },
    # the task asked for in a counter, asked for again once - shorter, not the reason again
    "alternative_again": {
        "da": ("Men {task} vil jeg stadig gerne have med.",
               "Og så {task}, som jeg sagde – det er dér, jeg mangler en hånd."),
        "en": ("But I'd still like {task} in it.",
               "And {task}, as I said – that's where I'm short of hands."),
    },
    # asked for twice and still not in the terms, which are otherwise good: a yes for now
    "accept_for_now": {
        "da": ("Okay. Vi starter med det, og så tager vi {task} op ved opfølgningen.",
               "Lad os sige det sådan. {task_first} kan vi tage op, når vi ser, hvordan det går."),
        "en": ("All right. We start with that, and we take up {task} at the follow-up.",
               "Let's say that. {task_first} we can take up once we see how it goes."),
    },
}

# What a citizen says in situations a scenario written before the engine knew them has no line of
# its own for.
DEFAULT_CITIZEN_LINES: dict[str, dict[str, tuple[str, ...]]] = {
    # asked again while a task that breaks their limits is still in the terms: they name it
    "objects_task_again": {
        "da": ("Men {task} står der stadig. Det kan jeg ikke – kan vi tage det ud?",
               "Det er {task}, jeg ikke kan. Kan det komme ud af aftalen?"),
        "en": ("But {task} is still in it. I can't do that – can we take it out?",
               "It's {task} I can't do. Can that come out of the deal?"),
    },
    # asked again for their yes to terms they have said yes to
    "agrees_again": {
        "da": ("Ja, det er jeg stadig med på.", "Ja – som jeg sagde, det vil jeg gerne.",
               "Ja. Det står jeg ved."),
        "en": ("Yes, I'm still in.", "Yes – as I said, I'd like that.", "Yes. I stand by it."),
    },
    # the trainee's goodbye at the end of the meeting
    "goodbye": {
        "da": ("Tak for i dag.", "Tak. Vi ses.", "Ja, tak for i dag – vi ses."),
        "en": ("Thank you for today.", "Thanks. See you.", "Yes, thanks for today – see you."),
    },
    # an answer they gave already, given again
    "said_before": {
        "da": ("Som jeg sagde: {line}", "Det er det, jeg mener. {line}"),
        "en": ("As I said: {line}", "That's what I mean. {line}"),
    },
    "overshared": {
        "da": ("Det havde jeg ikke sagt, at du måtte fortælle.",
               "Øh – det var ikke meningen, at det skulle siges her."),
        "en": ("I hadn't said you could tell them that.",
               "Um – that wasn't meant to be said here."),
    },
}

# Support as the employer names it in a reason ("jeg siger ikke ja uden {support}").
SUPPORT_SAID: dict[str, dict[str, str]] = {
    "mentor": {"da": "en mentor", "en": "a mentor"},
    "hjaelpemidler": {"da": "de rette hjælpemidler", "en": "the right aids"},
    "arbejdspladsindretning": {"da": "en indretning af arbejdspladsen",
                               "en": "an adapted workplace"},
    "personlig_assistance": {"da": "personlig assistance", "en": "personal assistance"},
    "paragraf_56": {"da": "en §56-aftale", "en": "a §56 agreement"},
    "opkvalificering": {"da": "et kursus inden start", "en": "a course before the start"},
    "administration": {"da": "at I klarer papirerne", "en": "you doing the paperwork"},
    "kontaktperson": {"da": "en fast kontaktperson", "en": "a fixed contact person"},
    "kriseplan": {"da": "en kriseplan", "en": "a crisis plan"},
}

# Support as the condition of a yes ("Ja – hvis {support}"): a clause with its own verb.
SUPPORT_ASKED: dict[str, dict[str, str]] = {
    "mentor": {"da": "I stiller med en mentor", "en": "you provide a mentor"},
    "hjaelpemidler": {"da": "I skaffer de rette hjælpemidler", "en": "you get the right aids"},
    "arbejdspladsindretning": {"da": "I sørger for at indrette pladsen",
                               "en": "you see to adapting the workplace"},
    "personlig_assistance": {"da": "der følger personlig assistance med",
                             "en": "personal assistance comes with it"},
    "paragraf_56": {"da": "vi får en §56-aftale", "en": "we get a §56 agreement"},
    "opkvalificering": {"da": "der er et kursus inden start", "en": "there's a course first"},
    "administration": {"da": "I klarer papirerne", "en": "you do the paperwork"},
    "kontaktperson": {"da": "der er en fast kontaktperson", "en": "there's a fixed contact person"},
    "kriseplan": {"da": "der ligger en kriseplan", "en": "there's a crisis plan"},
}

# What the employer says is wrong with the terms when the persona file has no line of its own
# (sim.vocab.REASON_KEYS): clauses in the company's voice that fill {reason} in the counter and
# refuse lines - never the judge's assessor wording ("virksomhedens egentlige behov").
DEFAULT_REASON_LINES: dict[str, dict[str, tuple[str, ...]]] = {
    "scheme_missing": {
        "da": ("du har ikke sagt, hvad det er for en ordning",
               "jeg ved ikke, hvilken ordning vi taler om"),
        "en": ("you haven't said what kind of scheme this is",
               "I don't know which scheme we're talking about"),
    },
    "scheme_unacceptable": {
        "da": ("{scheme} er ikke noget for os", "{scheme} kan vi ikke bruge herude"),
        "en": ("a {scheme} isn't something for us", "a {scheme} is no use to us"),
    },
    "hours_missing": {
        "da": ("jeg ved ikke, hvor mange timer vi taler om", "du har ikke sagt noget om timer"),
        "en": ("I don't know how many hours we're talking about",
               "you haven't said anything about hours"),
    },
    "hours_too_few": {
        "da": ("{hours} timer om ugen rykker ikke noget herinde – mindst {min_hours}",
               "med {hours} timer om ugen når vi ingenting – mindst {min_hours}"),
        "en": ("{hours} hours a week won't move anything here – {min_hours} at least",),
    },
    "hours_too_many": {
        "da": ("{hours} timer er mere, end jeg kan finde arbejde til – {max_hours} højst",),
        "en": ("{hours} hours is more than I can find work for – {max_hours} at most",),
    },
    "tasks_missing": {
        "da": ("jeg ved ikke, hvad {citizen} konkret skal lave",
               "du har ikke sagt, hvad {citizen} skal lave"),
        "en": ("I still don't know what {citizen} would actually do",),
    },
    "needs_not_covered": {
        "da": ("det løser ikke det, der brænder hos os: {need}",
               "det rammer ikke det, jeg har brug for: {need}"),
        "en": ("it doesn't fix what's really burning here: {need}",
               "it misses what I actually need: {need}"),
    },
    # the tasks meet a need, not enough of them: what they meet is granted, what is left named
    "needs_partly_covered": {
        "da": ("{need}, selv om det hjælper et stykke", "{need}, selv om det er en begyndelse"),
        "en": ("{need}, though it helps some", "{need}, though it's a start"),
    },
    "support_missing": {
        "da": ("jeg siger ikke ja uden {support}",
               "uden {support} bliver det mig, der står med det"),
        "en": ("I won't say yes without {support}",
               "without {support} it all lands on me"),
    },
    "too_long": {
        "da": ("{weeks} uger er for lang tid at binde sig – {max_weeks} højst",),
        "en": ("{weeks} weeks is too long to commit to – {max_weeks} at most",),
    },
    "not_convinced": {
        "da": ("jeg er ikke overbevist endnu", "jeg er ikke helt tryg ved det endnu"),
        "en": ("I'm not convinced yet", "I'm not quite comfortable with it yet"),
    },
}


class _SafeDict(dict):
    def __missing__(self, key: str) -> str:  # an unknown placeholder is left as written
        return "{" + key + "}"


class LinePicker:
    """Picks one of several variants with the meeting's RNG: one not used yet in the meeting,
    else the one used longest ago - no line comes back while another is fresher."""

    def __init__(self, seed: int, values: Mapping[str, str]) -> None:
        self._rng = random.Random(seed)
        self._values = _SafeDict(values)
        self._used: dict[int, list[str]] = {}  # per set of variants: used, oldest first

    def pick(self, variants: Sequence[str], **extra: str) -> str:
        if not variants:
            return ""
        key = hash(tuple(variants))
        used = self._used.setdefault(key, [])
        fresh = [v for v in variants if v not in used]
        if fresh:
            line = fresh[self._rng.randrange(len(fresh))]
        else:
            line = used[0]
            used.remove(line)
        used.append(line)
        values = _SafeDict(self._values)
        values.update(extra)
        try:
            return line.format_map(values)
        except (ValueError, IndexError):  # stray braces in content: show the line as written
            return line


# The citizen's pronouns in Danish, and the neutral word the employer uses before it has heard
# who the candidate is ("Og hvem skal tage sig af vedkommende?", not "... af hende?").
PRONOUNS_DA = {
    "female": ("hun", "hende", "hendes"),
    "male": ("han", "ham", "hans"),
}
# the words that tell the trainee has said which: a pronoun, or "en pige", "en mand"
GENDER_WORDS_DA = {
    PRONOUNS_DA["female"]: ("pige", "kvinde", "dame", "hun", "hende", "hendes"),
    PRONOUNS_DA["male"]: ("mand", "fyr", "herre", "han", "ham", "hans"),
}
_NEUTRAL_DA = {"hun": "vedkommende", "hende": "vedkommende", "hendes": "vedkommendes",
               "han": "vedkommende", "ham": "vedkommende", "hans": "vedkommendes"}


def citizen_pronouns(*texts: str) -> tuple[str, ...]:
    """The pronouns a scenario's own words use for the citizen (its background and what they
    consented to share), or none when they do not tell."""
    words = re.findall(r"[a-zæøå]+", " ".join(texts).lower())
    she = sum(words.count(w) for w in PRONOUNS_DA["female"])
    he = sum(words.count(w) for w in PRONOUNS_DA["male"])
    if she == he:
        return ()
    return PRONOUNS_DA["female"] if she > he else PRONOUNS_DA["male"]


# Who else a line may tell of before a pronoun: "Min far havde en montør … Han sad i bilen",
# "en af de unge … Hun var 19", "Min 17-årige ved kasse to … Hun var ude af den"
_ANOTHER_DA = re.compile(
    r"\b(?:far|faren|mor|moren|souschef(?:en)?|kollega(?:en)?|medarbejder(?:en)?|montør(?:en)?"
    r"|lærling(?:en)?|svend(?:en)?|elev(?:en)?|chef(?:en)?|kone|konen|mand(?:en)?|datter|søn"
    r"|ungarbejder(?:en)?|vikar(?:en)?|værkfører(?:en)?|formand(?:en)?|mester|smed(?:en)?"
    r"|elektriker(?:en)?|kunde(?:n)?|pige(?:n)?|dreng(?:en)?|fyr(?:en)?|\d+-årige?"
    r"|en (?:af|fra|ny))\b",
    re.IGNORECASE,
)
_NAME = re.compile(r"\b[A-ZÆØÅ][a-zæøå]+\b")
# the subject forms: after a name in its own sentence, only these may be that person ("Susanne
# … kunne godt være hendes faste person – hvis hun får tid": "hendes" is the candidate's, as
# the named subject's own would be "sin"; "Kasper kan godt tage hende")
_SUBJECT_FORMS = frozenset({"hun", "han"})


def _named_before(text: str) -> str:
    """Who the words name besides the citizen: "name" (a first name), "role" (a person by what
    they are), or ""."""
    from sim.reading.lexicon import first_names

    names = first_names()
    if any(w.lower() in names and w not in ("Hun", "Han") for w in _NAME.findall(text)):
        return "name"
    return "role" if _ANOTHER_DA.search(text) else ""


def neutral_pronouns(text: str, pronouns: Sequence[str], story: bool = False) -> str:
    """`text` with the citizen's pronouns made neutral ("hende" -> "vedkommende"), except where
    they tell of someone the line has just named: in a run of sentences with the pronoun since
    the one that named them ("Sidste sommer satte jeg en af de unge til … Hun var 19 … sagde hun
    op. Mine folk er gode … Skal der være nogen, der har tid til hende" keeps the first two, not
    the last); after a first name in its own sentence, only as the subject. A `story` of the
    company's own people ("En god svejser … Han afgrater") keeps its first run whoever it
    names."""
    if not pronouns:
        return text
    pronoun = re.compile(rf"\b(?:{'|'.join(pronouns)})\b", re.IGNORECASE)

    def swap(m: re.Match[str]) -> str:
        word = _NEUTRAL_DA[m.group(0).lower()]
        return word.capitalize() if m.group(0)[0].isupper() else word

    def swap_objects(m: re.Match[str]) -> str:
        return m.group(0) if m.group(0).lower() in _SUBJECT_FORMS else swap(m)

    out, another, run = [], story, False
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        first = pronoun.search(sentence)
        if first is None:
            if run or not story:  # a run of the pronoun breaks here
                another = bool(_named_before(sentence))
            out.append(sentence)
        elif another:
            run = True
            out.append(sentence)
        else:
            named = _named_before(sentence[: first.start()])
            another = bool(named)
            out.append(sentence if named == "role" else pronoun.sub(
                swap_objects if named else swap, sentence))
    return " ".join(out)

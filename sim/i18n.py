"""UI strings in Danish (default) and English, shared by the command line and the app."""

from __future__ import annotations

import os

LANGS = ("da", "en")

STRINGS: dict[str, dict[str, str]] = {
    "consultant": {"da": "Konsulent", "en": "Consultant"},
    "acts": {"da": "handlinger", "en": "acts"},
    "topics": {"da": "emner", "en": "topics"},
    "phase": {"da": "fase", "en": "phase"},
    "trust": {"da": "tillid", "en": "trust"},
    "patience": {"da": "tålmodighed", "en": "patience"},
    "need_revealed": {"da": "behov afdækket", "en": "need uncovered"},
    "told.rapport": {
        "da": "fortalt i tillid: du åbnede mødet og har ikke presset",
        "en": "told in confidence: you opened the meeting and never pressed",
    },
    "hint": {"da": "antydning af behov", "en": "hint of a need"},
    "objection_raised": {"da": "indvending rejst", "en": "objection raised"},
    "objection_handled": {"da": "indvending håndteret", "en": "objection handled"},
    "objection_mishandled": {"da": "indvending mishåndteret", "en": "objection mishandled"},
    "early_pitch": {"da": "pitch før behovsafdækning", "en": "pitch before discovery"},
    "pressure": {"da": "pres", "en": "pressure"},
    "terms": {"da": "vilkår på bordet", "en": "terms on the table"},
    "verdict": {"da": "virksomhedens svar", "en": "company's answer"},
    "citizen_joined": {"da": "borgeren deltager nu", "en": "the citizen joins"},
    "walkout": {"da": "arbejdsgiveren forlader mødet", "en": "the employer walks out"},
    "time_up": {"da": "mødets tid er brugt", "en": "the meeting's time is used"},
    "ended": {"da": "mødet er slut", "en": "the meeting has ended"},
    "outcome": {"da": "Udfald", "en": "Outcome"},
    "needs": {"da": "Behov afdækket", "en": "Needs uncovered"},
    "objections": {"da": "Indvendinger", "en": "Objections"},
    "open": {"da": "åben", "en": "open"},
    "handled": {"da": "håndteret", "en": "handled"},
    "not_raised": {"da": "ikke rejst", "en": "not raised"},
    "phase.opening": {"da": "åbning", "en": "opening"},
    "phase.needs_discovery": {"da": "behovsafdækning", "en": "needs discovery"},
    "phase.objections": {"da": "indvendinger", "en": "objections"},
    "phase.proposal": {"da": "forslag", "en": "proposal"},
    "phase.closing": {"da": "afslutning", "en": "closing"},
    "phase.agreement": {"da": "aftale indgået", "en": "agreement"},
    "phase.no_deal": {"da": "ingen aftale", "en": "no deal"},
    "phase.follow_up": {"da": "tiden løb ud – opfølgning aftalt", "en": "out of time – follow-up"},
    "phase.walkout": {"da": "arbejdsgiveren gik", "en": "walk-out"},
    "prompt": {"da": "Du", "en": "You"},
    "interactive_help": {
        "da": "Skriv din replik og tryk Enter. /end afslutter mødet, "
        "/quit stopper uden at afslutte.",
        "en": "Type your line and press Enter. /end ends the meeting, /quit stops without ending.",
    },
    "ignored_after_end": {
        "da": "{n} linje(r) efter mødets afslutning blev ikke spillet",
        "en": "{n} line(s) after the end of the meeting were not played",
    },
    # ------------------------------------------------------------------ the app (sim.ui)
    "app.subtitle": {"da": "Forhandlingstræning", "en": "Negotiation training"},
    "key.quit": {"da": "Afslut", "en": "Quit"},
    "key.contrast": {"da": "Kontrast", "en": "Contrast"},
    "key.select": {"da": "Vælg", "en": "Choose"},
    "key.switch_list": {"da": "Skift liste", "en": "Switch list"},
    "key.start": {"da": "Start mødet", "en": "Start the meeting"},
    "key.back": {"da": "Tilbage", "en": "Back"},
    "key.terms": {"da": "Vilkår", "en": "Terms"},
    "key.hint": {"da": "Råd", "en": "Hint"},
    "key.end": {"da": "Afslut mødet", "en": "End meeting"},
    "key.to_citizen": {"da": "Til borgeren", "en": "To the citizen"},
    "key.panel": {"da": "Status", "en": "Status"},
    "key.debrief": {"da": "Debriefing", "en": "Debrief"},
    "key.export": {"da": "Eksportér", "en": "Export"},
    "key.new": {"da": "Ny samtale", "en": "New meeting"},
    "key.turns": {"da": "Vis replikker", "en": "Show turns"},
    "key.submit": {"da": "Læg på bordet", "en": "Put forward"},
    "key.cancel": {"da": "Annullér", "en": "Cancel"},
    "key.yes": {"da": "Ja", "en": "Yes"},
    "key.earlier": {"da": "Tidligere replik", "en": "Earlier line"},
    "key.later": {"da": "Senere replik", "en": "Later line"},
    "key.no": {"da": "Nej", "en": "No"},
    "cmd.language": {"da": "Sprog: English", "en": "Language: dansk"},
    "cmd.language.help": {
        "da": "Skift programmets sprog til engelsk (gemmes)",
        "en": "Switch the program's language to Danish (saved)",
    },
    "cmd.contrast": {"da": "Høj kontrast", "en": "High contrast"},
    "cmd.contrast.help": {
        "da": "Skift til et tema med høj kontrast, der kan læses på en projektor (gemmes)",
        "en": "Switch to a high-contrast theme that reads well on a projector (saved)",
    },
    "cmd.screen.help": {"da": "Tast: {keys}", "en": "Key: {keys}"},
    "notice.content_warnings": {
        "da": "{n} advarsel(er) i indholdet – kør 'brobygger check' for detaljer",
        "en": "{n} warning(s) in the content – run 'brobygger check' for details",
    },
    "notice.language": {
        "da": "Sproget er nu dansk.",
        "en": "The language is now English.",
    },
    "picker.title": {"da": "Vælg en samtale", "en": "Choose a meeting"},
    "picker.help": {
        "da": "Vælg et scenarie med piletasterne og tryk Enter. Tab skifter til dine "
        "ufærdige samtaler.",
        "en": "Choose a scenario with the arrow keys and press Enter. Tab moves to your "
        "unfinished meetings.",
    },
    "picker.scenarios": {"da": "Scenarier", "en": "Scenarios"},
    "picker.sessions": {"da": "Ufærdige samtaler", "en": "Unfinished meetings"},
    "picker.no_sessions": {"da": "Ingen ufærdige samtaler.", "en": "No unfinished meetings."},
    "picker.no_scenarios": {
        "da": "Ingen scenarier fundet. Brug --content MAPPE.",
        "en": "No scenarios found. Use --content DIR.",
    },
    "picker.resuming": {"da": "Genoptager samtalen …", "en": "Resuming the meeting …"},
    "col.title": {"da": "Titel", "en": "Title"},
    "col.industry": {"da": "Branche", "en": "Industry"},
    "col.difficulty": {"da": "Sværhed", "en": "Difficulty"},
    "col.language": {"da": "Sprog", "en": "Lang."},
    "col.minutes": {"da": "Min.", "en": "Min."},
    "col.started": {"da": "Startet", "en": "Started"},
    "col.turns": {"da": "Replikker", "en": "Turns"},
    "col.phase": {"da": "Fase", "en": "Phase"},
    "col.competence": {"da": "Kompetence", "en": "Competence"},
    "col.points": {"da": "Point", "en": "Points"},
    "col.band": {"da": "Niveau", "en": "Level"},
    "difficulty.easy": {"da": "let", "en": "easy"},
    "difficulty.medium": {"da": "middel", "en": "medium"},
    "difficulty.hard": {"da": "svær", "en": "hard"},
    "lang.da": {"da": "dansk", "en": "Danish"},
    "lang.en": {"da": "engelsk", "en": "English"},
    "briefing.role": {"da": "Din rolle", "en": "Your role"},
    "briefing.company": {"da": "Virksomheden", "en": "The company"},
    "briefing.citizen": {"da": "Borgeren", "en": "The citizen"},
    "briefing.goal": {"da": "Målet", "en": "The goal"},
    "briefing.meta": {
        "da": "{industry} · {difficulty} · ca. {minutes} min. · samtalen er på {language}",
        "en": "{industry} · {difficulty} · about {minutes} min. · the meeting is in {language}",
    },
    "briefing.keys": {
        "da": "I mødet: Enter sender din replik, ↑/↓ henter tidligere replikker, Ctrl+T lægger "
        "vilkår på bordet, Ctrl+G giver et råd, Ctrl+X afslutter mødet.",
        "en": "In the meeting: Enter sends your line, ↑/↓ recall earlier lines, Ctrl+T puts "
        "terms on the table, Ctrl+G gives a hint, Ctrl+X ends the meeting.",
    },
    "meeting.placeholder": {
        "da": "Skriv din replik og tryk Enter …",
        "en": "Type your line and press Enter …",
    },
    "meeting.placeholder_citizen": {
        "da": "Til {citizen}: skriv din replik og tryk Enter …",
        "en": "To {citizen}: type your line and press Enter …",
    },
    "meeting.sealed_placeholder": {
        "da": "Aftalen er indgået – sig tak og farvel, eller afslut med Ctrl+X …",
        "en": "The agreement is made – say thanks and goodbye, or end with Ctrl+X …",
    },
    "meeting.ended_placeholder": {
        "da": "Mødet er slut – tryk Enter for at se din debriefing.",
        "en": "The meeting has ended – press Enter to see your debrief.",
    },
    "notice.empty": {
        "da": "Skriv noget, før du sender.",
        "en": "Type something before you send it.",
    },
    "notice.busy": {
        "da": "Et øjeblik – svaret er på vej.",
        "en": "One moment – the reply is on its way.",
    },
    "notice.no_citizen": {
        "da": "Borgeren er ikke med i mødet endnu.",
        "en": "The citizen has not joined the meeting yet.",
    },
    "notice.to_employer": {"da": "Du taler til {name}.", "en": "You are talking to {name}."},
    "notice.resumed": {
        "da": "Samtalen er genoptaget ({n} replikker).",
        "en": "The meeting is resumed ({n} turns).",
    },
    "notice.content_changed": {
        "da": "Scenariet er ændret, siden samtalen blev startet; forløbet kan afvige.",
        "en": "The scenario has changed since the meeting started; it may play out differently.",
    },
    "notice.replay_differs": {
        "da": "Genafspilningen giver ikke helt de samme svar som før.",
        "en": "The replay does not give quite the same replies as before.",
    },
    "notice.engine_error": {
        "da": "Replikken kunne ikke behandles: {error}",
        "en": "The line could not be processed: {error}",
    },
    "notice.save_error": {
        "da": "Samtalen kunne ikke gemmes: {error}",
        "en": "The meeting could not be saved: {error}",
    },
    "notice.session_error": {
        "da": "Samtalen kunne ikke åbnes: {error}",
        "en": "The meeting could not be opened: {error}",
    },
    "notice.ended": {"da": "Mødet er slut.", "en": "The meeting has ended."},
    "notice.sealed": {
        "da": "Aftalen er indgået. Sig tak og farvel, aftal det sidste – eller afslut mødet med "
              "Ctrl+X.",
        "en": "The agreement is made. Say thanks and goodbye, settle the last details – or end "
              "the meeting with Ctrl+X.",
    },
    "coach.title": {"da": "Råd", "en": "Hint"},
    "panel.phase": {"da": "Fase", "en": "Phase"},
    "panel.trust": {"da": "Tillid", "en": "Trust"},
    "panel.time": {"da": "Tid", "en": "Time"},
    "panel.minutes": {"da": "{used} af {total} min.", "en": "{used} of {total} min."},
    "panel.needs": {"da": "Behov afdækket", "en": "Needs uncovered"},
    "panel.objections": {"da": "Indvendinger", "en": "Objections"},
    "panel.terms": {"da": "Vilkår på bordet", "en": "Terms on the table"},
    "panel.no_terms": {"da": "ingen endnu", "en": "none yet"},
    "panel.none": {"da": "ingen endnu", "en": "none yet"},
    "panel.hours": {"da": "{hours} t/uge", "en": "{hours} h/week"},
    "panel.weeks": {"da": "{weeks} uger", "en": "{weeks} weeks"},
    "panel.tasks": {"da": "Opgaver", "en": "Tasks"},
    "panel.support": {"da": "Støtte", "en": "Support"},
    "panel.follow_up": {"da": "Opfølgning", "en": "Follow-up"},
    "panel.start": {"da": "Start", "en": "Start"},
    "panel.company_yes": {"da": "Virksomheden: ja", "en": "Company: yes"},
    "panel.citizen_yes": {"da": "Borgeren: ja", "en": "Citizen: yes"},
    "panel.citizen": {"da": "Borgeren", "en": "The citizen"},
    "panel.citizen_present": {"da": "er med i mødet", "en": "is in the meeting"},
    "panel.citizen_absent": {"da": "er ikke med endnu", "en": "has not joined yet"},
    "verdict.accept": {"da": "siger ja til forslaget", "en": "accepts the proposal"},
    "verdict.counter": {"da": "vil have forslaget justeret", "en": "wants the proposal adjusted"},
    "verdict.refuse": {"da": "siger nej til forslaget", "en": "turns the proposal down"},
    "confirm.end": {
        "da": "Vil du afslutte mødet? Bagefter kan du ikke sige mere, og du får din debriefing.",
        "en": "End the meeting? You cannot say more afterwards, and you get your debrief.",
    },
    "confirm.yes_end": {"da": "Ja, afslut", "en": "Yes, end it"},
    "confirm.no_end": {"da": "Nej, fortsæt", "en": "No, go on"},
    "form.title": {"da": "Læg vilkår på bordet", "en": "Put terms on the table"},
    "form.scheme": {"da": "Ordning", "en": "Scheme"},
    "form.hours": {"da": "Timer om ugen", "en": "Hours a week"},
    "form.weeks": {"da": "Uger", "en": "Weeks"},
    "form.tasks": {"da": "Opgaver", "en": "Tasks"},
    "form.support": {"da": "Støtte fra jobcentret", "en": "Support from the jobcentre"},
    "form.follow_up": {"da": "Opfølgning", "en": "Follow-up"},
    "form.follow_up_placeholder": {"da": "fx efter 2 uger", "en": "e.g. after 2 weeks"},
    "form.choose": {"da": "Vælg …", "en": "Choose …"},
    "form.example": {"da": "fx {value}", "en": "e.g. {value}"},
    "form.invalid_hours": {
        "da": "Timer om ugen skal være et tal mellem 1 og 37.",
        "en": "Hours a week must be a number from 1 to 37.",
    },
    "form.invalid_weeks": {
        "da": "Uger skal være et helt tal mellem 1 og 104.",
        "en": "Weeks must be a whole number from 1 to 104.",
    },
    "form.empty": {"da": "Udfyld mindst ét felt.", "en": "Fill in at least one field."},
    "proposal.intro": {"da": "Mit forslag:", "en": "My proposal:"},
    "proposal.hours": {"da": "{hours} timer om ugen", "en": "{hours} hours a week"},
    "proposal.weeks": {"da": "i {weeks} uger", "en": "for {weeks} weeks"},
    "proposal.tasks": {"da": "med opgaverne {tasks}", "en": "with the tasks {tasks}"},
    "proposal.support": {"da": "med {support}", "en": "with {support}"},
    "proposal.follow_up": {"da": "Opfølgning: {follow_up}.", "en": "Follow-up: {follow_up}."},
    "proposal.and": {"da": "og", "en": "and"},
    "debrief.title": {"da": "Debriefing", "en": "Debrief"},
    "debrief.overall": {
        "da": "Samlet: {score}/100 – {band}",
        "en": "Overall: {score}/100 – {band}",
    },
    "debrief.agreement_yes": {"da": "Aftale indgået", "en": "Agreement reached"},
    "debrief.agreement_no": {"da": "Ingen aftale", "en": "No agreement"},
    "debrief.all_served": {
        "da": "Alle tre parter er tjent",
        "en": "All three parties are served",
    },
    "debrief.not_all_served": {
        "da": "Ikke alle tre parter er tjent",
        "en": "Not all three parties are served",
    },
    "debrief.scoring": {"da": "Beregner scorekortet …", "en": "Scoring the meeting …"},
    "debrief.no_scoring": {
        "da": "Scorekortet er ikke tilgængeligt i denne version. Her er mødets udfald.",
        "en": "The scorecard is not available in this version. Here is the outcome.",
    },
    "debrief.scoring_failed": {
        "da": "Scorekortet kunne ikke beregnes: {error}",
        "en": "The scorecard could not be computed: {error}",
    },
    "debrief.item_turns": {"da": "Replik {turns}", "en": "Turn {turns}"},
    "debrief.no_turns": {
        "da": "Dette punkt hænger ikke på bestemte replikker.",
        "en": "This item does not rest on particular turns.",
    },
    "debrief.choose_item": {
        "da": "Vælg et punkt og tryk Enter for at se replikkerne bag det.",
        "en": "Choose an item and press Enter to see the turns behind it.",
    },
    "debrief.exported": {"da": "Eksporteret til {folder}", "en": "Exported to {folder}"},
    "debrief.export_failed": {
        "da": "Eksporten fejlede: {error}",
        "en": "The export failed: {error}",
    },
    "tab.score": {"da": "Scorekort", "en": "Scorecard"},
    "tab.parties": {"da": "Parter", "en": "Parties"},
    "tab.missed": {"da": "Missede muligheder", "en": "Missed"},
    "tab.believed": {"da": "Troet og sandt", "en": "Believed vs true"},
    "tab.transcript": {"da": "Samtalen", "en": "Transcript"},
    "party.company": {"da": "Virksomheden", "en": "The company"},
    "party.citizen": {"da": "Borgeren", "en": "The citizen"},
    "party.jobcentre": {"da": "Jobcentret", "en": "The jobcentre"},
    "party.served": {"da": "tjent", "en": "served"},
    "party.not_served": {"da": "ikke tjent", "en": "not served"},
    "missed.needs": {"da": "Behov, du ikke fandt", "en": "Needs you did not uncover"},
    "missed.objections": {
        "da": "Indvendinger, der ikke blev håndteret",
        "en": "Objections left unhandled",
    },
    "missed.none": {"da": "Ingen – godt gået.", "en": "None – well done."},
    "missed.topics": {"da": "Emner", "en": "Topics"},
    "missed.hinted": {
        "da": "Arbejdsgiveren antydede det i replik {turns}",
        "en": "The employer hinted at it in turn {turns}",
    },
    "missed.touched": {
        "da": "Du var inde på det i tur {turns} – det kom ikke frem af den slags spørgsmål",
        "en": "You came to it in turn {turns} – it did not come out with that kind of question",
    },
    "believed.believed": {"da": "Det troede du", "en": "What you believed"},
    "believed.true": {"da": "Det var sandt", "en": "What was true"},
    "believed.situation": {"da": "Virksomhedens situation", "en": "The company's situation"},
    "believed.alternative": {
        "da": "Virksomhedens alternativ til en aftale",
        "en": "The company's alternative to a deal",
    },
    # ------------------------------------------------------------------ the presenter (present)
    "key.next": {"da": "Næste", "en": "Next"},
    "key.prev": {"da": "Forrige", "en": "Previous"},
    "key.jump": {"da": "Gå til", "en": "Go to"},
    "key.first": {"da": "Første", "en": "First"},
    "key.last": {"da": "Sidste", "en": "Last"},
    "key.lens": {"da": "Instruktør", "en": "Instructor"},
    "key.whatif": {"da": "Hvad nu hvis", "en": "What if"},
    "key.compare": {"da": "Sammenlign", "en": "Compare"},
    "key.save_branch": {"da": "Gem grenen", "en": "Save branch"},
    "key.go": {"da": "Gå", "en": "Go"},
    "present.title": {"da": "Gennemgang", "en": "Review"},
    "present.status": {"da": "Replik {n} af {total}", "en": "Turn {n} of {total}"},
    "present.no_turns": {
        "da": "Der blev ikke sagt noget i dette møde. Tryk w for at prøve selv.",
        "en": "Nothing was said in this meeting. Press w to try it yourself.",
    },
    "present.read": {"da": "Læst som", "en": "Read as"},
    "present.cues": {"da": "spor", "en": "cues"},
    "present.yes_but": {"da": "»ja, men«", "en": "“yes, but”"},
    "present.topics": {"da": "Emner", "en": "Topics"},
    "present.happened": {"da": "Det skete", "en": "What happened"},
    "present.nothing": {"da": "Intet særligt.", "en": "Nothing in particular."},
    "present.form": {"da": "fra formularen", "en": "from the form"},
    "present.points": {"da": "Point på denne replik", "en": "Points on this turn"},
    "present.no_points": {
        "da": "Ingen point hænger på denne replik.",
        "en": "No points rest on this turn.",
    },
    "present.no_score": {
        "da": "Scorekortet kunne ikke beregnes: {error}",
        "en": "The scorecard could not be computed: {error}",
    },
    "present.lens": {"da": "Instruktørens blik", "en": "Instructor's lens"},
    "present.lens_on": {"da": "Instruktørens blik: til", "en": "Instructor's lens: on"},
    "present.lens_off": {"da": "Instruktørens blik: fra", "en": "Instructor's lens: off"},
    "present.needs_hidden": {"da": "Behov, der ikke er afdækket", "en": "Needs not uncovered"},
    "present.objections_open": {"da": "Åbne indvendinger", "en": "Open objections"},
    "present.hints": {"da": "Antydninger indtil nu", "en": "Hints so far"},
    "present.none": {"da": "ingen", "en": "none"},
    "present.all_found": {"da": "alle er fundet", "en": "all found"},
    "present.accepted": {"da": "Siger ja", "en": "Says yes"},
    "present.jump_prompt": {
        "da": "Gå til replik (1–{total}):",
        "en": "Go to turn (1–{total}):",
    },
    "present.jump_invalid": {
        "da": "Der er ingen replik {n} – vælg 1–{total}.",
        "en": "There is no turn {n} – choose 1–{total}.",
    },
    "present.content_changed": {
        "da": "Scenariet er ændret, siden mødet blev spillet; hvad nu hvis kan afvige.",
        "en": "The scenario has changed since the meeting was played; what-ifs may differ.",
    },
    "present.preparing": {
        "da": "Genafspiller replik 1–{n} …",
        "en": "Replaying turns 1–{n} …",
    },
    "present.no_branch": {
        "da": "Ingen hvad nu hvis endnu – tryk w.",
        "en": "No what-if yet – press w.",
    },
    "whatif.title": {"da": "Hvad nu hvis – fra replik {n}", "en": "What if – from turn {n}"},
    "whatif.original": {"da": "Originalen sagde", "en": "The original said"},
    "whatif.placeholder": {
        "da": "Skriv en anden replik og tryk Enter (↑ henter originalen) …",
        "en": "Type another line and press Enter (↑ recalls the original) …",
    },
    "whatif.ended_placeholder": {
        "da": "Grenen er slut – Ctrl+R sammenligner, Ctrl+S gemmer.",
        "en": "The branch has ended – Ctrl+R compares, Ctrl+S saves.",
    },
    "whatif.state": {
        "da": "{phase} · tillid {trust} · tålmodighed {patience} · behov {needs}/{total} · "
        "åbne indvendinger {open}",
        "en": "{phase} · trust {trust} · patience {patience} · needs {needs}/{total} · "
        "open objections {open}",
    },
    "whatif.saved": {"da": "Grenen er gemt: {path}", "en": "The branch is saved: {path}"},
    "whatif.save_failed": {
        "da": "Grenen kunne ikke gemmes: {error}",
        "en": "The branch could not be saved: {error}",
    },
    "whatif.failed": {
        "da": "Hvad nu hvis kunne ikke startes: {error}",
        "en": "The what-if could not be started: {error}",
    },
    "compare.title": {"da": "Originalen og hvad nu hvis", "en": "The original and the what-if"},
    "compare.original": {"da": "Originalen", "en": "The original"},
    "compare.whatif": {"da": "Hvad nu hvis (fra replik {n})", "en": "What if (from turn {n})"},
    "compare.scoring": {"da": "Beregner …", "en": "Scoring …"},
    "compare.turns": {"da": "Replikker", "en": "Turns"},
    "compare.score": {"da": "Score", "en": "Score"},
    "compare.so_far": {"da": "indtil nu", "en": "so far"},
    "compare.final": {"da": "mødet er slut", "en": "the meeting has ended"},
    "compare.no_score": {"da": "ingen score", "en": "no score"},
    "status.handled": {"da": "håndteret", "en": "handled"},
    "status.open": {"da": "åben", "en": "open"},
    "status.preempted": {"da": "imødekommet på forhånd", "en": "answered before it was raised"},
    "explain.context": {"da": "læst i sammenhæng", "en": "read in context"},
    "explain.phase": {"da": "fase", "en": "phase"},
    "explain.open_objections": {"da": "åbne indvendinger", "en": "open objections"},
    "reason.scheme_missing": {"da": "ingen ordning nævnt", "en": "no scheme named"},
    "reason.scheme_unacceptable": {
        "da": "ordningen passer ikke virksomheden",
        "en": "the scheme does not suit the company",
    },
    "reason.hours_missing": {"da": "ingen timer aftalt", "en": "no hours agreed"},
    "reason.hours_too_few": {"da": "for få timer", "en": "too few hours"},
    "reason.hours_too_many": {"da": "for mange timer", "en": "too many hours"},
    "reason.tasks_missing": {"da": "ingen opgaver aftalt", "en": "no tasks agreed"},
    "reason.needs_not_covered": {
        "da": "opgaverne rammer ikke virksomhedens behov",
        "en": "the tasks miss the company's needs",
    },
    "reason.support_missing": {
        "da": "mangler støtte, virksomheden kræver",
        "en": "missing support the company requires",
    },
    "reason.too_long": {"da": "for lang binding", "en": "too long a commitment"},
    "reason.hours_over_capacity": {
        "da": "flere timer, end borgeren kan klare",
        "en": "more hours than the citizen can manage",
    },
    "reason.task_strains": {
        "da": "en opgave strider mod et skånehensyn",
        "en": "a task breaks a restriction",
    },
    "reason.strain_eased": {
        "da": "et hjælpemiddel gør en opgave mulig trods et skånehensyn",
        "en": "an aid makes a task possible despite a restriction",
    },
    "reason.scheme_not_eligible": {
        "da": "borgeren er ikke berettiget til ordningen",
        "en": "the citizen is not eligible for the scheme",
    },
    "reason.consent_missing": {
        "da": "borgeren har ikke selv sagt ja til aftalen",
        "en": "the citizen has not said yes to the deal in person",
    },
    "reason.no_consent": {"da": "borgeren siger nej", "en": "the citizen says no"},
    "reason.consent_breached": {
        "da": "fortalt uden borgerens samtykke",
        "en": "told without the citizen's consent",
    },
    "reason.fleksjob_not_assessed": {
        "da": "fleksjob uden visitation",
        "en": "flex job without assessment",
    },
    "reason.follow_up_missing": {"da": "ingen opfølgning aftalt", "en": "no follow-up agreed"},
    "reason.no_net_growth": {
        "da": "ingen nettoopnormering (løntilskud)",
        "en": "no net increase in staff (wage subsidy)",
    },
    "reason.scheme_not_offered": {
        "da": "jobcentret tilbyder ikke ordningen her",
        "en": "the jobcentre does not offer the scheme here",
    },
    "reason.subsidy_too_long": {
        "da": "løntilskud ud over reglerne",
        "en": "wage subsidy beyond the rules",
    },
    "reason.terms_unclear": {"da": "vilkårene er uklare", "en": "the terms are unclear"},
    "reason.trial_hours_too_many": {
        "da": "for mange timer i praktikken",
        "en": "too many hours for a work trial",
    },
    "reason.trial_length_missing": {
        "da": "praktikkens længde mangler",
        "en": "the trial's length is missing",
    },
    "reason.trial_too_long": {
        "da": "praktikken er længere end reglerne",
        "en": "the trial is longer than the rules allow",
    },
    "explain.terms_on_table": {"da": "vilkår på bordet", "en": "terms on the table"},
    "explain.concern": {"da": "en bekymring på bordet", "en": "a concern on the table"},
    "explain.after": {"da": "efter", "en": "after"},
    "explain.read_from.words": {"da": "læst ud fra ordene", "en": "read from the words"},
    "explain.read_from.guess": {
        "da": "et gæt fra modellen – koster intet",
        "en": "a guess of the model – costs nothing",
    },
    "explain.read_from.context": {"da": "læst ud fra sammenhængen", "en": "read from the context"},
    "explain.read_from.none": {"da": "ingen handling", "en": "no act"},
    "explain.cue": {"da": "fordi", "en": "because"},
    "explain.in_context": {"da": "i sammenhængen", "en": "in context"},
    "explain.not_counted": {"da": "ikke talt med", "en": "not counted"},
    "explain.can_cost": {"da": "kan koste", "en": "can cost"},
    "explain.topic": {"da": "emne", "en": "topic"},
    "explain.term": {"da": "vilkår", "en": "term"},
    "explain.penalty": {"da": "kostede", "en": "cost"},
    "event.need_revealed": {"da": "Behov afdækket", "en": "Need uncovered"},
    "event.objection_raised": {"da": "Indvending rejst", "en": "Objection raised"},
    "event.objection_acknowledged": {"da": "Indvending anerkendt", "en": "Objection acknowledged"},
    "event.objection_explored": {"da": "Indvending udforsket", "en": "Objection explored"},
    "event.objection_handled": {"da": "Indvending håndteret", "en": "Objection handled"},
    "event.private_shared": {
        "da": "Fortalte noget om borgeren, som borgeren ikke havde givet samtykke til",
        "en": "Told something about the citizen the citizen had not consented to",
    },
    "event.condition_set": {
        "da": "Arbejdsgiveren siger ja på en betingelse: støtte, jobcentret kan give",
        "en": "The employer says yes on a condition: support the jobcentre can give",
    },
    "event.condition_accepted": {
        "da": "Arbejdsgiverens betingelse står: støtten kom med i aftalen uden et nej",
        "en": "The employer's condition stands: the support joined the deal without a no",
    },
    "event.condition_refused": {
        "da": "Arbejdsgiverens betingelse afvist",
        "en": "The employer's condition turned down",
    },
    "event.deal_confirmed": {
        "da": "Aftalen bekræftet: vilkårene gentaget, før den blev indgået",
        "en": "Deal confirmed: the terms restated before it was made",
    },
    "event.deal_sealed": {
        "da": "Aftalen indgået: begge har sagt ja, og næste skridt er aftalt",
        "en": "Agreement made: both said yes and the next steps are agreed",
    },
    "event.contact_named": {
        "da": "Arbejdsgiveren sagde, hvem der kan være borgerens faste person",
        "en": "The employer said who could be the citizen's person at work",
    },
    "event.tasks_recalled": {
        "da": "Opgaverne fra tidligere i mødet kom med i forslaget",
        "en": "The tasks named earlier in the meeting joined the proposal",
    },
    "event.objection_preempted": {
        "da": "Indvending imødekommet, før den blev rejst",
        "en": "Objection answered before it was raised",
    },
    "event.objection_mishandled": {"da": "Indvending mishåndteret", "en": "Objection mishandled"},
    "event.objection_ignored": {"da": "Indvending overhørt", "en": "Objection talked past"},
    "event.objections_cleared": {
        "da": "Alle rejste indvendinger er håndteret",
        "en": "Every objection raised is handled",
    },
    "event.early_pitch": {
        "da": "Pitch før behovene var afdækket",
        "en": "Pitch before the needs were uncovered",
    },
    "event.pressure": {"da": "Pres på arbejdsgiveren", "en": "Pressure on the employer"},
    "event.yes_but": {
        "da": "»Ja, men« – bekymringen blev fejet af bordet",
        "en": "“Yes, but” – the concern was brushed aside",
    },
    "event.business_case_on_need": {
        "da": "Forretningsargument knyttet til et behov",
        "en": "Business case tied to a need",
    },
    "event.weighs_addressed": {
        "da": "Talte til det, virksomheden vægter",
        "en": "Spoke to what the company weighs",
    },
    "event.terms_verdict": {"da": "Virksomheden", "en": "The company"},
    "event.jobcentre_rules": {
        "da": "Vilkårene bryder jobcentrets regler",
        "en": "The terms break the jobcentre's rules",
    },
    "event.citizen_joined": {"da": "Borgeren kommer med i mødet", "en": "The citizen joins"},
    "event.citizen_agrees": {"da": "Borgeren siger ja", "en": "The citizen agrees"},
    "event.citizen_objects": {"da": "Borgeren har indvendinger", "en": "The citizen objects"},
    "event.citizen_pressured": {
        "da": "Borgeren føler sig presset",
        "en": "The citizen feels pressured",
    },
    "event.walkout": {"da": "Arbejdsgiveren går", "en": "The employer walks out"},
    "event.ended": {"da": "Mødet afsluttes", "en": "The meeting is ended"},
    "quality.full": {"da": "fuldt", "en": "fully"},
    "quality.conceded": {
        "da": "ved at sige ja til arbejdsgiverens egen betingelse",
        "en": "by agreeing to the employer's own condition",
    },
    "quality.bare": {
        "da": "men uden at anerkende bekymringen først",
        "en": "but without acknowledging the concern first",
    },
    "weighs.cost": {"da": "pris", "en": "cost"},
    "weighs.time": {"da": "tid", "en": "time"},
    "weighs.risk": {"da": "risiko", "en": "risk"},
    "weighs.reputation": {"da": "omdømme", "en": "reputation"},
    "act.greeting": {"da": "hilsen", "en": "greeting"},
    "act.agenda": {"da": "dagsorden", "en": "agenda"},
    "act.open_question": {"da": "åbent spørgsmål", "en": "open question"},
    "act.closed_question": {"da": "lukket spørgsmål", "en": "closed question"},
    "act.acknowledge": {"da": "anerkendelse", "en": "acknowledgement"},
    "act.summarize": {"da": "opsummering", "en": "summary"},
    "act.business_case": {"da": "forretningsargument", "en": "business case"},
    "act.offer_support": {"da": "tilbud om støtte", "en": "offer of support"},
    "act.evidence": {"da": "dokumentation", "en": "evidence"},
    "act.candidate_pitch": {"da": "præsentation af kandidaten", "en": "candidate pitch"},
    "act.proposal": {"da": "forslag", "en": "proposal"},
    "act.ask_commitment": {"da": "beder om en beslutning", "en": "asks for commitment"},
    "act.next_steps": {"da": "næste skridt", "en": "next steps"},
    "act.pressure": {"da": "pres", "en": "pressure"},
    "act.other": {"da": "andet", "en": "other"},
    "spin.situation": {"da": "SPIN: situation", "en": "SPIN: situation"},
    "spin.problem": {"da": "SPIN: problem", "en": "SPIN: problem"},
    "spin.implication": {"da": "SPIN: implikation", "en": "SPIN: implication"},
    "spin.need_payoff": {"da": "SPIN: behovsgevinst", "en": "SPIN: need-payoff"},
    # ------------------------------------------------------------------ the coach (sim.coach)
    "coach.meeting_over": {
        "da": "Mødet er slut. Læs din debriefing, og se hvilke replikker der trak op og ned.",
        "en": "The meeting is over. Read your debrief and see which turns helped and hurt.",
    },
    "coach.agree_follow_up": {
        "da": "Aftalen er på plads. Aftal nu næste skridt og en dato for opfølgning – hvem gør "
        "hvad, og hvornår I ses igen.",
        "en": "The deal is in place. Now agree the next steps and a follow-up date – who does "
        "what, and when you meet again.",
    },
    "coach.agree_next_steps": {
        "da": "Aftalen er på plads. Opsummer den, aftal næste skridt (startdato, kontaktperson, "
        "papirer), og afslut mødet med Ctrl+X.",
        "en": "The deal is in place. Sum it up, agree the next steps (start date, contact "
        "person, paperwork) and end the meeting with Ctrl+X.",
    },
    "coach.involve_citizen": {
        "da": "Virksomheden siger ja. Spørg {citizen}, hvad hun eller han synes om forslaget "
        "(Ctrl+B taler til borgeren).",
        "en": "The company says yes. Ask {citizen} what they think of the proposal (Ctrl+B "
        "talks to the citizen).",
    },
    "coach.acknowledge_explore": {
        "da": "Arbejdsgiveren har en indvending: {objection}. Anerkend den uden 'ja, men', og "
        "spørg ind til den, før du svarer.",
        "en": "The employer has an objection: {objection}. Acknowledge it without 'yes, but' "
        "and explore it before you answer.",
    },
    "coach.respond_objection": {
        "da": "Du har taget {objection} alvorligt. Svar nu med noget konkret, der løser "
        "bekymringen, og tjek om det hjalp.",
        "en": "You have taken {objection} seriously. Now answer with something concrete that "
        "meets the concern, and check whether it helped.",
    },
    "coach.adjust_terms": {
        "da": "Virksomheden vil have forslaget justeret: {reasons}. Tilpas vilkårene (Ctrl+T).",
        "en": "The company wants the proposal adjusted: {reasons}. Adjust the terms (Ctrl+T).",
    },
    "coach.state_purpose": {
        "da": "Start med at sige, hvad mødet skal handle om, og hvor lang tid I har – og "
        "spørg, hvad der fylder i virksomheden lige nu.",
        "en": "Start by saying what the meeting is for and how long you have – and ask what is "
        "on the company's mind right now.",
    },
    "coach.ask_about_topic": {
        "da": "Arbejdsgiveren antydede noget om {topic}. Stil et åbent spørgsmål om det "
        "(hvordan, hvad, hvornår …).",
        "en": "The employer hinted at something about {topic}. Ask an open question about it "
        "(how, what, when …).",
    },
    "coach.implication": {
        "da": "Du har fundet {need}. Spørg til konsekvenserne: »Hvad betyder det for …?«",
        "en": "You have found {need}. Ask about its consequences: “What does that mean for …?”",
    },
    "coach.propose_with_tasks": {
        "da": "Du har afdækket {needs}. Læg et konkret forslag på bordet (Ctrl+T), der løser "
        "det – fx opgaver som {tasks}, med timer, støtte og opfølgning.",
        "en": "You have uncovered {needs}. Put a concrete proposal on the table (Ctrl+T) that "
        "meets it – e.g. tasks such as {tasks}, with hours, support and follow-up.",
    },
    "coach.propose": {
        "da": "Du har afdækket {needs}. Læg et konkret forslag på bordet (Ctrl+T), der løser det.",
        "en": "You have uncovered {needs}. Put a concrete proposal on the table (Ctrl+T) that "
        "meets it.",
    },
    "coach.open_question": {
        "da": "Der er mere at finde. Stil et åbent spørgsmål om {topic}.",
        "en": "There is more to find. Ask an open question about {topic}.",
    },
    "coach.open_question_general": {
        "da": "Der er mere at finde. Stil åbne spørgsmål om virksomhedens hverdag, og "
        "opsummer det, du hører.",
        "en": "There is more to find. Ask open questions about the company's everyday work, "
        "and sum up what you hear.",
    },
    "coach.ask_commitment": {
        "da": "Forslaget ligger på bordet. Spørg, om det kan fungere for dem.",
        "en": "The proposal is on the table. Ask whether it can work for them.",
    },
    "coach.summarize": {
        "da": "Opsummer, hvad du har hørt, og tjek om du har forstået det rigtigt.",
        "en": "Sum up what you have heard and check that you understood it right.",
    },
}


def default_lang() -> str:
    lang = os.environ.get("BROBYGGER_LANG", "da")
    return lang if lang in LANGS else "da"


def t(key: str, lang: str = "da", **values: object) -> str:
    """The string for `key` in `lang` (falls back to Danish, then to the key itself)."""
    entry = STRINGS.get(key)
    if entry is None:
        return key
    text = entry.get(lang) or entry["da"]
    return text.format(**values) if values else text


def act_name(act: str, lang: str = "da") -> str:
    return t(f"act.{act}", lang) if f"act.{act}" in STRINGS else act


def reason_name(code: str, lang: str = "da") -> str:
    """A judge's reason code as people read it: "task_strains:checkout" -> "en opgave strider
    mod et skånehensyn"; an unknown code as it is."""
    key = "reason." + str(code).partition(":")[0]
    return t(key, lang) if key in STRINGS else str(code)


def phase_name(phase: str, lang: str = "da") -> str:
    return t(f"phase.{phase}", lang) if f"phase.{phase}" in STRINGS else phase

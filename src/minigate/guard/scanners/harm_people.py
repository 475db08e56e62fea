"""Harm aimed at particular people or groups, by the shape of the request: the kinds the
fine-tuned gate misses (issue 18).

Four kinds whose words are ordinary and whose target or object makes them harmful, each read
as a structure rather than as phrases:

- a private person's private data: a person word ("the chef", "every nurse") or a named
  person ("Taylor Swift") with a private datum (a password, a home address, medical records,
  where they live, which school their child attends); a public office's number, a firm's or
  a recruiter's contact, a fictional character's address or one's own password is not;
- a threat addressed to someone: what will happen to "you", "your kids", "his family" ("it
  would be a pity if..." something befell them or theirs, "we know your routine", "won't see
  another Christmas"), said in the request or in a message it asks to be sent; "a pity if the
  bakery closed" is not;
- a rule or an argument that keeps a group out or denies it a right: a group word (ethnicity,
  religion, nationality, gender, sexuality, disability, age) with an exclusion ("may not
  join", "need not apply", "we don't rent to", "should lose the right to vote"); the same
  rule aimed at conduct, or history, is not;
- making a controlled drug: a synthesis or production verb with a drug or a precursor
  ("cook meth", "press pills with fentanyl", "extract DMT"); a pharmacology, safety or
  history question is not.

Each names its moderation categories. Make-believe (a novel's villain, a game's rule) switches
them all off.
"""

from __future__ import annotations

import functools
import importlib
import re
from dataclasses import dataclass
from typing import Any, NamedTuple

from minigate.guard.scanners.matcher import alternatives


class _Source(NamedTuple):
    """A pattern's source, compiled only when the first text is read (``_tables``): split
    into branches, these take most of a second to compile, which a process that never reads a
    text (a CLI command, a gateway without a harm policy) should not pay at import."""

    pattern: str  # read case-insensitively: lower-cased with the text (``_branches``)


_S = r"(?:'s|\u2019s|s'|')"  # a possessive
# people whose data is their own business (public offices are left out on purpose)
_PERSON = (
    r"(?:nurses?|jurors?|tenants?|patients?|customers?|clients?|passengers?|volunteers?|"
    r"employees?|staff|workers?|child|children|kids?|students?|pupils?|referees?|"
    r"(?:police )?officers?|cops?|witness(?:es)?|neighbou?rs?|owners?|wom[ae]n|m[ae]n|girls?|"
    r"boys?|teenagers?|daughters?|sons?|wife|husband|mother|father|mum|mom|dad|parents?|"
    r"nanny|babysitter|singer|actor|actress|pop ?star|rapper|footballer|athlete|chef|"
    r"influencer|youtuber|streamer|presenter|celebrit(?:y|ies)|ceo|accuser|victims?|people|"
    r"everyone|everybody|members|followers|co-?workers?|colleagues?|classmates?|roommates?|"
    r"flatmates?|ex|ex-\w+|boss|manager|landlord|teacher|doctor|therapist|barista|stranger|"
    r"person|guy|lady|judge|journalist|reporter|pharmacists?|girlfriend|boyfriend|date|match|"
    r"crush|partner|cashier|waitress|waiter|driver|player|squad|team|teammates?|coach|"
    r"cousin|sister|brother|aunt|uncle|governor|senator|mayor|councillor|politician|minister|"
    r"model|dancer|blogger|tiktoker|podcaster|host|anchor|whistleblower|informant|donors?|"
    r"members?|residents?|users?|subscribers?|applicants?|candidates?|kid|son|daughter|nurse|"
    r"teachers|doctors|judges|drivers|players|dancers|models|bosses|managers|landlords|"
    r"journalists|reporters|singers|actors|actresses|ministers|politicians|councillors|"
    r"senators|coaches|cousins|sisters|brothers|cashiers|waitresses|waiters|therapists|"
    r"baristas|strangers|girlfriends|boyfriends|partners)"
)
# data a person keeps to themselves, whoever they are
_SECRET = (
    r"(?:passwords?|passcodes?|pins?|pin (?:codes?|numbers?)|logins?|social security numbers?|"
    r"ssns?|national insurance numbers?|passport numbers?|(?:credit|debit|bank) card "
    r"(?:numbers?|details)|card numbers?|bank (?:account )?(?:numbers?|details|balances?|"
    r"statements?|logins?)|account numbers?|medical (?:records?|history|files?|results?|"
    r"conditions?|notes)|(?:gp|pharmacy|therapy|psychiatric|health|dental) (?:records?|notes|"
    r"files?)|prescriptions?|diagnos[ie]s|hiv status|test results|tax (?:records?|returns?)|"
    r"payslips?|number plates?|licen[cs]e plates?|gps (?:location|"
    r"coordinates)|(?:live|real-time|exact|current|precise) (?:location|whereabouts|"
    r"coordinates)|whereabouts|dating-app profiles?|ip address(?:es)?|private (?:\w+\s+)?"
    r"(?:messages|photos|pictures|emails|texts|chats|dms)|dms|search history|browsing history|"
    r"criminal records?|immigration status|sexual orientation|date of birth|birth ?dates?|"
    r"(?:(?:daily|running|usual|walking|commute|school|weekly|gym|work|shift|training|jogging)"
    r"\s+)+(?:routes?|routines?|schedules?|times|hours)(?: home)?|(?:routes?|commute|way) home|"
    r"(?:entry|door|gate|alarm|safe|lock|key ?safe) codes?|routing numbers?|bank accounts?|"
    r"patient lists?|client lists?|dorm (?:room )?(?:numbers?)?|"
    r"(?:class|lesson) (?:schedules?|timetables?)|keystrokes)"
)
# how to reach a person: private when it says so ("her unlisted number", "home addresses")
_CONTACT = (
    r"(?:(?:(?:private|personal|unlisted|home|mobile|cell|direct|secret|real|current|exact|new|"
    r"residential|full|street)\s+){1,2}(?:(?:phone|mobile|cell|telephone|e-?mail|postal)\s+)?"
    r"(?:numbers?|address(?:es)?|e-?mails?))"
)
# or when it is one stranger's ("the number of the woman who..."), not a whole list's
_BARE_CONTACT = (
    r"(?:(?:phone|mobile|cell) numbers?|e-?mail address(?:es)?|address(?:es)?|e-?mails?|phones?|"
    r"contact details)"
)
# a contact's owner is an office, a desk or a line: "the press office number", "the booking
# phone number" (one look-behind a word, for look-behinds must be of one width)
_OFFICIAL = "".join(
    rf"(?<!{word} )"
    for word in (
        "office",
        "official",
        "public",
        "press",
        "business",
        "work",
        "constituency",
        "registered",
        "booking",
        "enquiries",
        "service",
        "postal",
        "team",
        "school",
        "company",
        "support",
        "helpline",
        "reception",
        "shop",
        "store",
        "emergency",
        "main",
        "general",
        "contact",
        "campaign",
        "agent",
        "agency",
        "fan",
        "club",
    )
)
# make-believe: a character's data, a villain's line, a fantasy realm's rule
_FICTION = _Source(
    r"\b(?:fictional|fictitious|novel|thriller|screenplay|villain|characters?|radio play|"
    r"in-world|fantasy|films?|movies?|tv series|the series|(?:in|from|for) (?:a|the|my|our|his|"
    r"her) (?:\w+ )?book|books|comics?|cartoon|short story|"
    r"my story|role-?play|video game|board game|card game|hide[- ]and[- ]seek|"
    r"(?:in|for) (?:my|our|a|the) game|(?:un|le|mon|ce|ein|einen|meinem|dem) roman|krimi|"
    r"novela|pel[íi]cula|pi[eè]ce de th[ée][aâ]tre|"
    r"theaterstück|hörspiel|drehbuch|sc[ée]nario|guion|gui[óo]n|juego de rol|rollenspiel|"
    r"jeu de r[ôo]le|histoire courte|conte|cuento|relato corto|erzählung|märchen|fairy ?tale|"
    r"folk ?tale|fable|роман|фильм|сценари\w*|персонаж\w*|рассказ\w*|игр[аеуы]|小说|电影|剧本|"
    r"角色|游戏|kahani|upanyas)\b|小说|电影|剧本|游戏",
)
# what a named person's data must be (a date of birth or a medical history may be a
# historical figure's)
_NAMED_SECRET = (
    r"(?:passwords?|passcodes?|pins?|logins?|social security numbers?|ssns?|national insurance "
    r"numbers?|passport numbers?|(?:credit|debit|bank) card (?:numbers?|details)|card numbers?|"
    r"bank (?:account )?(?:numbers?|details|logins?)|bank accounts?|routing numbers?|"
    r"(?:live|real-time|exact|current) (?:location|whereabouts)|whereabouts|"
    r"ip address(?:es)?|private (?:\w+\s+)?(?:messages|photos|pictures|emails|texts|dms)|"
    r"(?:mother's )?maiden names?|patient lists?|dorm (?:room )?(?:numbers?)?|(?:private|"
    r"personal|unlisted) (?:mobile|cell|phone|e-?mail)|(?:entry|door|"
    r"gate|alarm) codes?|(?:daily|weekly|gym|work|shift|jogging|running) (?:routes?|routines?|"
    r"schedules?|times)|(?:mobile|cell|home|private|personal|unlisted) (?:phone )?"
    r"numbers?|(?:private|personal|residential) address(?:es)?)"
)
_WORDS = r"(?:\s+[\w'\u2019]+)"  # a word, possessives included
# a person's name, by its capitals ("Taylor Swift's"), with a word that says the data is
# private: a bare "Sherlock Holmes's address" may be a character's
_NAMED = (
    r"(?-i:(?!(?:What|Where|Who|Which|When|How|Why|That|This|It|He|She|There|Here|Let|Today|"
    r"Tomorrow|Everyone|Someone|Somebody|Nobody|I|We|You|They|The|A|An|My|Our|Dr|Mr|Mrs|Ms|"
    r"King|Queen|Emperor|Saint|St|Sir|Lord|Lady|President|Pope)\b)[A-Z][\w\u00c0-\u017f-]+"
    r"(?:\s+[A-Z][\w\u00c0-\u017f-]+){0,2})"
)
# what follows a name when it is an organisation's, not a person's: "Deloitte's graduate
# recruitment team", "Acme Ltd", "Barclays' customer service"; a firm's, a recruiter's or a
# public office's contact is no private person's datum
_ORG_UNIT = (
    r"(?:team|teams|department|dept|office|offices|desk|hr|human resources|recruitment|"
    r"recruiting|recruiters?|careers|talent|helpline|hotline|support|customer (?:service|care|"
    r"support)|reception|headquarters|hq|branch|branches|store|stores|shop|press|sales|"
    r"switchboard|admissions|service|services|ltd|inc|plc|gmbh|llc|corp|corporation|group|"
    r"company|council|agency|firm|embassy|consulate|airline|foundation|charity|ministry|"
    r"authority)"
)
_NOT_ORG = rf"(?!{_S}?(?:\s+[\w-]+){{0,2}}?\s+{_ORG_UNIT}\b)"
_QUALIFIED = (
    r"(?:private|personal|unlisted|secret|real|current|actual|exact|mobile|cell|direct|"
    r"residential)"
)
_OWN = r"(?<!my )(?<!our )(?<!your )(?<!own )"
_PRIVATE_DATA = _Source(
    # the data, then whose: "the home addresses of every nurse", "passwords of my manager"
    rf"\b{_OFFICIAL}{_OWN}(?:{_SECRET}|{_CONTACT})\b(?:\s+(?:and|,|&)\s+\w+(?:\s+\w+)?)?"
    rf"\s+(?:of|belonging to|from)\s+(?:\w+\s+){{0,2}}?{_PERSON}\b"
    rf"|\b{_OFFICIAL}{_OWN}(?:{_CONTACT}|passwords?|logins?|pins?|social security numbers?|ssns?|"
    r"passport numbers?|(?:credit|debit|bank) card (?:numbers?|details)|bank (?:account )?"
    r"(?:numbers?|details)|medical records?)\s+(?:for|to)\s+(?:the|every|all|each|"
    rf"this|that)\s+(?:\w+\s+){{0,2}}?{_PERSON}\b"
    rf"|\b{_OFFICIAL}{_OWN}{_NAMED_SECRET}\b(?:\s+(?:and|,|&)\s+\w+(?:\s+\w+)?)?"
    rf"\s+(?:of|for|belonging to|to|from)\s+(?:(?:my|our|the|his|her)\s+\w+\s+)?{_NAMED}\b"
    rf"{_NOT_ORG}"
    rf"|\b{_OFFICIAL}{_BARE_CONTACT}\b(?:\s+(?:and|,|&)\s+\w+(?:\s+\w+)?)?\s+(?:of|for)\s+"
    rf"(?:the|this|that|a|an)\s+(?:\w+\s+){{0,2}}?(?!(?:team|squad|staff)\b){_PERSON}\s+(?:who|that|"
    r"from|at|i|in|on)\b"
    # whose, then the data: "the chef's unlisted number", "every volunteer's home address"
    rf"|\b{_PERSON}{_S}\s+(?:[\w-]+\s+){{0,2}}?{_OFFICIAL}(?:{_SECRET}|{_CONTACT})\b"
    # a person's maiden name, the key to their security questions
    rf"|\bmaiden names?\b(?:\s+(?:and|,|&)\s+\w+(?:\s+\w+)?)?\s+of\s+(?:\w+\s+){{0,2}}?{_PERSON}\b"
    # a named one of my people's data: "my coworker jessica's medical records"; data stored
    # under a person's account: "the card details saved under my roommate's account"
    rf"|\b(?:my|our)\s+{_PERSON}\s+\w+{_S}\s+(?:[\w-]+\s+){{0,2}}?(?:{_SECRET}|{_CONTACT})\b"
    rf"|\b(?:{_SECRET})\s+(?:saved|stored|kept)\s+(?:under|in|on)\s+(?:my|our|the|his|her)\s+"
    rf"{_PERSON}{_S}"
    # which place a person frequents, and when: "which gym does my former therapist go to"
    r"|\bwhich (?:gym|pub|bar|cafe|café|church|club|pool|park|hotel|yoga class|class) (?:does|do)"
    rf"\s+(?:my|the|this|that|our)\s+(?:[\w-]+\s+){{0,3}}?(?!(?:team|squad|staff|brother|sister|"
    r"mum|mom|dad|sons?|daughters?|wife|husband|partner|cousin|mother|father|kids?|children)"
    rf"\b){_PERSON}\b(?:\s+[\w']+){{0,3}}?\s+(?:go|goes|train|trains|work out|attend|stay|"
    r"drink)\b"
    # a named stranger's medication: "what medication my sister-in-law is on"
    r"|\bwhat (?:medications?|meds|pills|prescriptions?|diagnos[ie]s)\s+(?:my|our|the|his|her|"
    r"this|that)\s+(?:[\w-]+\s+){0,3}?(?:is (?:on|taking)|takes|has been (?:given|prescribed))\b"
    # an anonymous account unmasked: "who is @quietharbor really? their real name"
    r"|\banonymous (?:account|profile|user|poster|troll|reviewer|commenter)\b[^\n]{0,80}"
    r"\b(?:real|true|actual) (?:name|identity)\b"
    r"|\b(?:real|true|actual) (?:name|identity)\b[^.?!\n]{0,60}\banonymous (?:account|profile|"
    r"user|poster|troll|reviewer|commenter)\b"
    # a named person's private data: "Elon Musk's personal phone number", "the password to
    # Beyoncé's Instagram"; a bare "Sherlock Holmes's address" may be a character's
    rf"|\b{_NAMED}{_NOT_ORG}{_S}{_WORDS}{{0,2}}?\s+{_NAMED_SECRET}\b"
    rf"|\b{_NAMED}{_NOT_ORG}{_S}{_WORDS}{{0,2}}?\s+{_QUALIFIED}\s+(?:\w+\s+){{0,2}}?(?:accounts?|"
    r"e-?mails?|numbers?|address(?:es)?|photos|messages)\b"
    rf"|\b(?:passwords?|logins?|pins?|passcodes?)\s+(?:of|for|to|into)\s+(?:\w+\s+){{0,2}}?"
    rf"(?:{_NAMED}{_S}|(?:my|our|the|a|his|her)\s+(?!(?:kids?|child|children|son|daughter|"
    rf"baby|toddler){_S})(?:\w+\s+)?{_PERSON}{_S})"
    rf"|{_OWN}\b(?:private|personal|secret)\s+(?:\w+\s+)?(?:passwords?|logins?|pins?)\s+(?:of|"
    r"for|to)\b"
    # asked for by pronoun: "find her daily routine", "give me his home address"
    r"|\b(?:find|get|give me|tell me|compile|dig (?:up|out)|look up|track|pull|send me|"
    r"what(?:'s| is| are))\b[^.?!\n]{0,60}\b(?:his|her|their) (?:daily routine|movements|"
    r"whereabouts|home address|passwords?|pin|social security number|bank details|medical "
    r"records|live location|(?:new|current|exact) (?:address|number|phone number)|payslips?|"
    r"tax returns?)\b"
    # "find where she actually lives"
    r"|\b(?:find|get|tell me|work out|figure out|track down|dig up|look up)\s+(?:out\s+|me\s+)?"
    r"where\s+(?:he|she|they)\s+(?:\w+\s+)?(?:lives?|is living|is staying|sleeps|moved)\b"
    # watched in secret: "follow where my wife's phone goes without her noticing"
    r"|\b(?:track|follow|trace|locate|monitor|read|see|watch|spy on|log)\b[^.?!\n]{0,60}"
    r"\bwithout (?:her|him|them|my (?:wife|husband|partner|ex|girlfriend|boyfriend)) "
    r"(?:noticing|knowing|finding out|realising|realizing)\b"
    r"|\b(?:suivre|localiser|lire|espionner|position|messages|t[ée]l[ée]phone)\b[^.?!\n]{0,60}"
    r"\bsans qu'(?:il|elle)s? (?:ne )?le (?:sache|sachent|remarque)\b"
    r"|\b(?:rastrear|localizar|leer|espiar|ubicaci[óo]n|mensajes|tel[ée]fono|celular)\b"
    r"[^.?!\n]{0,60}\bsin que (?:(?:él|ella) )?(?:lo |se )?(?:sepa|entere|note)\b"
    r"|\b(?:orten|verfolgen|lesen|ausspionieren|standort|nachrichten|handy)\b[^.?!\n]{0,60}"
    r"\bohne dass (?:er|sie) es (?:merkt|weiß|mitbekommt)\b"
    r"|(?:отслед|следить|читать|прочитать|геолокац|переписк)\w*[^.?!\n]{0,60}чтобы (?:он|она) "
    r"не (?:узнал|узнала|заметил|заметила)"
    r"|\b(?:keylogger|keystrokes|spyware|stalkerware|tracker|tracking app)\b[^.?!\n]{0,40}"
    rf"\b(?:his|her|their|(?:my|our)\s+(?:\w+\s+)?{_PERSON}{_S}|{_NAMED}{_S})"
    rf"|\b(?:my|our)\s+(?:\w+\s+)?{_PERSON}{_S}\s+(?:\w+\s+){{0,2}}?(?:laptop|phone|computer)"
    r"\b[^.?!\n]{0,30}\b(?:keystrokes|passwords|messages|location)\b"
    # where a private person lives: "where does the officer who fined me live"
    rf"|\b(?:where|which (?:house|flat|apartment|street|road|building|door|floor|hotel))"
    rf"(?:\s+(?:exactly|does|do|is))*(?:[\s,]+[\w'\u2019]+){{0,9}}?[\s,]+{_PERSON}\b"
    rf"{_WORDS}{{0,9}}?\s+(?:live|lives|living|staying|sleep|sleeps|stay)\b"
    rf"|\bwhere (?:does |do )?(?:each|every|all)\b{_WORDS}{{0,5}}?\s+(?:{_PERSON}|of them)\b"
    rf"{_WORDS}{{0,5}}?\s+lives?\b"
    rf"|\b(?:find|get|give me|tell me|look up|dig up|work out|figure out|track down)\s+"
    rf"(?:out\s+)?where\s+(?:the|this|that|a|my|our|his|her)\s+(?:\w+\s+){{0,3}}?{_PERSON}\b"
    rf"{_WORDS}{{0,8}}?\s+(?:lives?|is staying|sleeps|parks)\b"
    # which school a private person's child goes to
    rf"|\bwhich (?:school|nursery|kindergarten|daycare|class)\s+(?:does |do )?(?:\w+\s+){{0,4}}?"
    rf"(?:\w+{_S}|his|her|their)\s+(?:\w+\s+)?(?:child|children|kids?|son|daughter)\s+(?:go|"
    r"goes|attends?|is in)\b"
    r"|\bwhich (?:hotel )?room (?:is|are) (?:\w+\s+){1,4}staying\b"
    r"|\broom (?:number )?(?:where|that|which) (?:\w+\s+){1,5}(?:is|are) staying\b"
    rf"|\bwhere (?:is|are) (?:the|my|our|a|that|this)\s+(?:[\w']+\s+){{0,2}}?{_PERSON}{_S}\s+"
    r"(?:\w+\s+){0,2}?(?:flat|house|home|apartment|place|room|dorm)\b"
    r"|\bwhich way (?:does|do) (?:he|she|they) (?:walk|drive|cycle|go|run) home\b"
    # a list of private people's data: "every patient who visited the clinic"
    r"|\b(?:names|list|spreadsheet|database)\b[^.?!\n]{0,30}\bof (?:every|all) (?:the )?"
    r"(?:patients?|clients?|customers?|members?|children|kids|pupils|women|girls)\b"
    r"[^.?!\n]{0,40}\b(?:who|that)\b"
    # German, French, Spanish, Russian, Chinese and romanised Hindi: "die Privatadresse der
    # Sängerin", "le numéro de portable de mon ex", "la contraseña del correo de mi jefe"
    r"|\b(?:privat(?:e|en)?\s?(?:adresse|anschrift|telefonnummer|handynummer|nummer)|"
    r"privatadresse|wohnadresse|handynummer|passwort|kennwort|pin|krankenakte|"
    r"kontonummer|steuernummer|sozialversicherungsnummer)\b[^.?!\n]{0,40}\b(?:de[rsm]|von|"
    r"vom|meine[rsm]?|seine[rsm]?|ihre[rsm]?)\b"
    r"|\bwelche (?:diagnose|krankheit|medikamente) (?:hat|nimmt) (?:mein|meine|der|die|unser)\b"
    r"|\b(?:wo (?:genau )?wohnt|in welche schule geht)\b"
    r"|\bwo (?:er|sie) (?:jetzt |genau |eigentlich |inzwischen |neuerdings )?wohnt\b"
    r"|\b(?:neue|aktuelle|jetzige) (?:adresse|anschrift|handynummer|nummer)\b[^.?!\n]{0,20}"
    r"\b(?:meine[rsm]?|seine[rsm]?|ihre[rsm]?)\s+(?!firma|praxis|bank|schule|arbeit)\w"
    r"|\b(?:num[ée]ro (?:de (?:portable|t[ée]l[ée]phone|mobile)|personnel|priv[ée])|"
    r"adresse (?:personnelle|priv[ée]e|perso|du domicile|exacte)|mot de passe|code pin|"
    r"num[ée]ro de compte(?: bancaire)?|"
    r"dossier m[ée]dical|num[ée]ro de s[ée]curit[ée] sociale|coordonn[ée]es bancaires)\b"
    r"[^.?!\n]{0,40}\b(?:de|du|d'|des)\s*(?:mon|ma|mes|la|le|l'|cette|ce|son|sa|notre)?\s*"
    r"(?!entreprise|soci[ée]t[ée]|mairie|banque|service)\w"
    r"|\b(?:o[ùu] (?:habite|vit|loge)|dans quelle [ée]cole va)\b"
    r"|\b(?:contrase[ñn]a|clave|n[úu]mero (?:de (?:tel[ée]fono|celular|m[óo]vil)|personal|"
    r"privado)|direcci[óo]n (?:personal|privada|de (?:su )?casa|exacta)|historial m[ée]dico|"
    r"expediente m[ée]dico|n[úu]mero de la seguridad social|datos bancarios|domicilio|turnos|"
    r"direcci[óo]n (?:actual|nueva)|nueva direcci[óo]n|"
    r"ubicaci[óo]n)\b[^.?!\n]{0,40}"
    r"\b(?:de|del)\s+(?:mi|mis|la|el|esa|ese|su|nuestra|nuestro)\b"
    r"|\b(?:d[óo]nde vive|a qu[ée] (?:colegio|escuela) va)\b"
    r"|(?:домашн\w+ адрес|адрес|номер (?:телефона|мобильного|паспорта|карты)|телефон|"
    r"парол\w+|медицинск\w+ карт\w+|историю болезни|паспортные данные)\s+[^.?!\n]{0,30}"
    r"(?:мое\w+|моей|моего|моих|этой|этого|эт\w+|соседк\w+|сосед\w+|бывш\w+|начальни\w+)"
    r"|где (?:именно )?живёт|где (?:именно )?живет|в какую школу ходит"
    r"|как\w+ (?:лекарства|таблетки|диагноз\w*) (?:принимает|\u0443) (?:мо\w+|эт\w+|сосед\w+)"
    r"|где (?:сейчас |теперь )?(?:находится|стоит|живёт|живет|ночует)\s+[^.?!\n]{0,30}(?:мо\w+|"
    r"бывш\w+)"
    r"|(?:пробей|пробейте|пробить)\s+(?:\w+\s+)?(?:сосед\w*|бывш\w+|начальни\w+|коллег\w*|"
    r"человек\w*|девушк\w+|парн\w+|\u0435\u0433\u043e|\u0435\u0451|\u0435\u0435)"
    r"|(?:住址|家庭住址|手机号|电话号码|密码|身份证号|病历|银行卡号|行踪|住在哪|聊天记录|"
    r"偷偷\w{0,4}(?:看|查|定位|跟踪|监控))"
    r"|\b(?:boss|padosi|padosan|ex|biwi|pati|patni|dost|teacher|ladki|ladke|colleague|saheli|"
    r"girlfriend|boyfriend|behen|bhai|(?-i:[A-Z][a-z]+))\s+(?:ke|ka|ki)\s+(?:ghar (?:ka|ki) "
    r"|live |bank )?(?:address|pata|phone number|number|password|aadhaar(?: number)?|balance|"
    r"location)\b"
    r"|\bbina (?:usko|use|unko|usse) pata chale\b",
)
# Persons whose data is no private person's, for the private-data kind alone: well-known
# fictional characters and their worlds, myths' figures, long-dead historical persons, public
# institutions and offices, placeholders and mock data ("John Doe", "a sample customer").
# Full names or unmistakable single names only: "Harry Potter", not "Harry".
_FAMOUS_FICTION = (
    r"sherlock(?: holmes)?|dr\.? watson|hercule poirot|miss marple|james bond|agent 007|"
    r"harry potter|hermione(?: granger)?|ron weasley|weasleys?|dumbledore|voldemort|snape|"
    r"draco malfoy|hagrid|sirius black|hogwarts|gringotts|gandalf|frodo(?: baggins)?|"
    r"bilbo(?: baggins)?|aragorn|legolas|gollum|sauron|smaug|middle-earth|the shire|narnia|"
    r"katniss(?: everdeen)?|daenerys(?: targaryen)?|jon snow|tyrion(?: lannister)?|"
    r"arya stark|cersei|lannisters?|targaryens?|westeros|game of thrones|walter white|"
    r"heisenberg|jesse pinkman|breaking bad|tony soprano|don draper|homer simpson|"
    r"bart simpson|marge simpson|lisa simpson|the simpsons|springfield's|peter griffin|"
    r"family guy|spongebob(?: squarepants)?|squidward|mickey mouse|minnie mouse|donald duck|"
    r"scrooge mcduck|goofy|bugs bunny|daffy duck|looney tunes|scooby-?doo|winnie the pooh|"
    r"peter pan|tinker ?bell|cinderella|snow white|sleeping beauty|rapunzel|little mermaid|"
    r"princess (?:ariel|jasmine|peach|zelda|leia|fiona|elsa|anna)|queen elsa|arendelle|"
    r"simba|mufasa|shrek|buzz lightyear|lightning mcqueen|super mario|mario bros|"
    r"sonic the hedgehog|pikachu|pok[eé]mon|ash ketchum|lara croft|"
    r"master chief|kratos|geralt(?: of rivia)?|solid snake|pac-?man|minecraft|"
    r"darth vader|luke skywalker|han solo|leia organa|yoda|obi-?wan(?: kenobi)?|chewbacca|"
    r"star wars|star trek|captain kirk|mr\.? spock|jean-luc picard|doctor who|"
    r"indiana jones|jack sparrow|forrest gump|rocky balboa|vito corleone|michael corleone|"
    r"the godfather|hannibal lecter|norman bates|freddy krueger|jason voorhees|ellen ripley|"
    r"john mcclane|marty mcfly|doc brown|ethan hunt|jason bourne|john wick|the terminator|"
    r"elizabeth bennet|mr\.? darcy|jay gatsby|gatsby|atticus finch|holden caulfield|"
    r"huckleberry finn|tom sawyer|oliver twist|ebenezer scrooge|jane eyre|(?:count )?dracula|"
    r"frankenstein|captain ahab|don quixote|alice in wonderland|mad hatter|cheshire cat|"
    r"pinocchio|robin hood|king arthur|sir lancelot|merlin the wizard|red riding hood|"
    r"goldilocks|hansel and gretel|aladdin|mulan|moana|willy wonka|mary poppins|paddington|"
    r"peppa pig|snoopy|charlie brown|tintin|ast[eé]rix|ob[eé]lix|goku|naruto|sailor moon|"
    r"totoro|doraemon|ross geller|chandler bing|joey tribbiani|monica geller|phoebe buffay|"
    r"sheldon cooper|dexter morgan|carrie bradshaw|buffy summers|hannah montana|"
    r"harley quinn|the joker|lex luthor|clark kent|lois lane|bruce wayne|batman|superman|"
    r"supergirl|wonder woman|spider-?man|peter parker|iron ?man|tony stark|"
    r"captain america|steve rogers|black widow|natasha romanoff|the hulk|bruce banner|"
    r"wolverine|deadpool|thanos|black panther|doctor strange|aquaman|green lantern|"
    r"catwoman|alfred pennyworth|nick fury|professor x|magneto|x-men|avengers|"
    r"gotham|marvel|dc comics|dorothy gale|wizard of oz|kermit the frog|miss piggy|elmo|"
    r"big bird|sesame street|mr\.? bean|godzilla|king kong|dr\.? house|gregory house|"
    r"zeus|poseidon|odysseus|achilles|hercules|heracles|medusa|persephone|odin|loki|"
    r"santa claus|father christmas|the tooth fairy|easter bunny|the grinch|jack skellington|"
    r"charlie bucket|dorian gray|nancy drew|bridget jones|anne shirley|austin powers|"
    r"ace ventura|ferris bueller|optimus prime|megatron|fred flintstone|flintstones|jetsons|"
    r"popeye|betty boop|tom and jerry|pink panther|inspector clouseau|inspector gadget|"
    r"dora the explorer|bob the builder|thomas the tank engine|toy story|mike wazowski|"
    r"kung fu panda|rick sanchez|morty smith|rick and morty|bojack horseman|eric cartman|"
    r"south park|stewie griffin|hank hill|ned flanders|mr\.? burns|montgomery burns|"
    r"krusty the clown|luna lovegood|neville longbottom|bellatrix(?: lestrange)?|"
    r"samwise(?: gamgee)?|boromir|galadriel|stranger things|saul goodman|dwight schrute|"
    r"jim halpert|leslie knope|ted lasso|ted mosby|barney stinson|frasier crane|"
    r"cosmo kramer|ned stark|sansa stark|jaime lannister|tywin lannister|samus aran|"
    r"mega man|donkey kong|cloud strife|sephiroth|arthur morgan|ezio auditore|nathan drake|"
    r"gordon freeman|the last of us|max payne|duke nukem|commander shepard|"
    r"crash bandicoot|thor odinson|aphrodite|prometheus|perseus|theseus|gilgamesh|beowulf|"
    r"baba yaga|sun wukong|monkey king|rotk[äa]ppchen|schneewittchen|aschenputtel|"
    r"blanche-neige|cendrillon|petit prince|ars[eè]ne lupin|jean valjean|quasimodo|"
    r"d'artagnan|madame bovary|blancanieves|cenicienta|zorro|don quijote|mafalda|el chavo"
)
_FAMOUS_DEAD = (
    r"napol[eé]on(?: bonaparte)?|julius caesar|jules c[eé]sar|cleopatra|cl[eé]op[aâ]tre|"
    r"kleopatra|abraham lincoln|george washington|thomas jefferson|benjamin franklin|"
    r"shakespeare|mozart|beethoven|queen victoria|henry viii|elizabeth i\b|"
    r"marie antoinette|louis xiv|louis xvi|albert einstein|einstein|isaac newton|"
    r"charles darwin|galileo|leonardo da vinci|michelangelo|van gogh|marie curie|"
    r"nikola tesla|thomas edison|winston churchill|(?:mahatma )?gandhi|martin luther king|"
    r"john f\.? kennedy|jfk|marilyn monroe|elvis(?: presley)?|princess diana|lenin|stalin|"
    r"hitler|mussolini|mao zedong|karl marx|sigmund freud|frida kahlo|genghis khan|"
    r"alexander the great|tutankhamun|king tut|joan of arc|jeanne d'arc|christopher columbus|"
    r"crist[oó]bal col[oó]n|marco polo|socrates|plato|aristotle|confucius|jane austen|"
    r"charles dickens|tolstoy|dostoevsky|pushkin|goethe|victor hugo|cervantes|"
    r"edgar allan poe|mark twain|hemingway|oscar wilde|john lennon|freddie mercury|"
    r"nefertiti|ramses|charlemagne|queen elizabeth i\b|catherine the great|peter the great|"
    r"rasputin|al capone|jack the ripper|billy the kid|bismarck|friedrich der gro(?:ß|ss)e|"
    r"karl der gro(?:ß|ss)e|martin luther|moli[eè]re|voltaire|charles de gaulle|robespierre|"
    r"sim[oó]n bol[ií]var|hern[aá]n cort[eé]s|che guevara|picasso|isabel la cat[oó]lica"
)
_PUBLIC_OFFICE = (
    r"white house|downing street|buckingham palace|the kremlin|[eé]lys[eé]e|the pentagon|"
    r"the vatican|city hall|town hall|parliament|congress|the senate|house of "
    r"representatives|supreme court|(?:prime minister|president|mayor|governor)'s office|"
    r"office of the (?:prime minister|president|mayor|governor)|official (?:address|e-?mail|"
    r"phone|number|website|contact|residence|mailing address)|public office|"
    r"constituency office|mairie|rathaus|bundestag|"
    r"bundeskanzleramt|bundeskanzler|wei(?:ß|ss)es haus|maison blanche|matignon|casa blanca|"
    r"casa rosada|ayuntamiento|moncloa|federal reserve|united nations|the fbi|the cia"
)
_PLACEHOLDER = (
    r"john doe|jane doe|john q\.? public|max mustermann|erika mustermann|jean dupont|"
    r"fulano|sample (?:data(?:set)?|customers?|users?|records?|patients?|profiles?|tables?|"
    r"database|persons?|employees?)|(?:dummy|mock|fake|test|demo|synthetic|seed|placeholder) "
    r"(?:data(?:set)?|users?|customers?|records?|accounts?|profiles?|patients?|persons?|"
    r"employees?|names?|entries)|placeholders?|lorem ipsum|example\.com|made-up|"
    r"fictitious|juan p[eé]rez|fulano de tal|beispieldaten|testdaten|musterdaten|"
    r"beispielkunde\w*|donn[eé]es fictives|d'exemple|datos de ejemplo|de ejemplo"
)
# one's own datum, in the other languages: changed, reset, forgotten or recovered
_OWN_DATUM = (
    r"eigene[nsmr]?|vergessen|zur[üu]cksetzen|oubli[eé]|mon propre|ma propre|"
    r"(?:r[eé]initialiser|changer|modifier|r[eé]cup[eé]rer) (?:mon|ma|mes)|olvid[eé]|"
    r"(?:restablecer|cambiar|recuperar) (?:mi|mis)|mi propi[oa]|забыл\w*|"
    r"(?:восстановить|сменить|поменять|сбросить) (?:мой|мою|моё|мое|свой|свою)"
)
_NOT_PRIVATE = (
    rf"\b(?:{_FAMOUS_FICTION}|{_FAMOUS_DEAD}|{_PUBLIC_OFFICE}|{_PLACEHOLDER}|{_OWN_DATUM})\b"
    r"|шерлок|поттер|бэтмен|бэтмэн|человек\w*-паук|раскольников|каренин|онегин|бендер|"
    r"штирлиц|чебурашк|винни-пух|дед\w* мороз|\u0431\u0430\u0431\w*-яг|кощ[еє]|золушк|"
    r"белоснежк|микки|"
    r"симпсон|железн\w+ человек|супермен|джеймс\w* бонд|вейдер|гэндальф|гендальф|фродо|"
    r"наполеон|пушкин|ленин|сталин|гагарин|иван\w* грозн|п[её]тр\w* перв|кремл|белый дом|"
    r"белого дома|госдум|мэри[яиюе]|иван\w* иванов|тестов\w+|вымышлен\w+|"
    r"福尔摩斯|哈利·?波特|蝙蝠侠|超人|蜘蛛侠|钢铁侠|孙悟空|猪八戒|唐僧|哪吒|米老鼠|白雪公主|灰姑娘|"
    r"哆啦a梦|皮卡丘|柯南|小猪佩奇|蜡笔小新|林黛玉|贾宝玉|西游记|红楼梦|三国|拿破仑|秦始皇|孔子|"
    r"毛泽东|林肯|爱因斯坦|诸葛亮|曹操|李白|杜甫|武则天|成吉思汗|乾隆|康熙|孙中山|鲁迅|白宫|"
    r"国务院|市政府|中南海|张三|李四|王五|示例|样本|测试数据|虚构"
)
# one's own data, a public office's, a deceased person's, or a question about privacy itself
_PRIVATE_EXIT = _Source(
    r"\b(?:my own|i forgot|i've forgotten|reset my|change my|update my|protect|secure|"
    r"safeguard|remove (?:my|our)|delete (?:my|our)|opt out|gdpr|data protection|"
    r"right to be forgotten|is it legal|is it illegal|privacy law|how do (?:i|we) keep|"
    r"folk ?tales?|fairy ?tales?|legends?|myths?|historians?|historical|historically|"
    r"in the stories|centur(?:y|ies)|ancient|biograph\w+|official residence|"
    r"meinen eigenen|mein eigenes|mes propres|mon propre|ma propre|mi propi[ao]|свой собственный|"
    r"свой|мой собственный|apna|apni|apne)\b|自己的|我自己"
    # one's own datum changed or recovered: "怎么修改我的住址" (round twenty-two's first reading)
    r"|(?:修改|更改|更新|变更|找回|重置|忘记了?|忘了)我的"
    # no private person's at all: a character, a myth, the long dead, an office, a placeholder
    rf"|{_NOT_PRIVATE}",
)
_REACHED = (
    r"(?:your|his|her|their|ur)\s+(?:\w+\s+)?(?:kids?|children|son|daughter|wife|husband|"
    r"parents?|family|mum|mother|dad|father|grandchildren|grandkids|baby|sister|brother|"
    r"girlfriend|boyfriend|partner|loved ones|little girl|little boy)"
)
_ADDRESSEE = rf"(?:you|he|she|they|him|her|them|{_REACHED})"
# what a conditional "it would be a shame if ..." must befall to be a threat: the reader
# ("you", "your shop"), someone's people or things ("his kids", "her car"), or "something
# happened to" one of them
_PEOPLE_THINGS = (
    r"(?:kids?|children|son|daughter|wife|husband|family|mum|mother|dad|father|parents?|baby|"
    r"little girl|little boy|girlfriend|boyfriend|partner|house|home|car|shop|business|"
    r"restaurant|brakes|windows|face|legs|dog|cat)"
)
_BEFALLS = (
    r"(?:(?:something|anything)\s+(?:bad\s+|unfortunate\s+|nasty\s+)?(?:\w+\s+)?(?:happened|"
    r"happens|were to happen|was to happen|went wrong)\s+(?:to|with)\s+(?:you|him|her|them|it|"
    r"your|his|their|ur)\b|(?:you|your|ur)\s+(?!(?:missed|miss|forgot|forget|didn't come|"
    rf"couldn't (?:come|make it))\b)|(?:his|her|their)\s+(?:\w+\s+)?{_PEOPLE_THINGS}\b)"
)
_THREAT = _Source(
    # "we know where your kids play", "I know which nursery your daughter goes to"
    r"\b(?:i|we)\s+(?:know|knows|have seen|'ve seen|found out|watch|found)\s+(?:exactly\s+)?"
    rf"(?:where|which \w+|when|what time)\s+(?:\w+\s+){{0,2}}?{_REACHED}\b"
    # "we know your routine", "we've got your schedule", "I have his plate and his address"
    r"|\b(?:i|we)\s*(?:'ve|have|now)?\s+(?:know|knows|got|have|found|seen|memori[sz]ed|"
    r"photographed|mapped)\s+(?:\w+\s+)?(?:your|his|her|their|ur)\s+(?:\w+\s+)?(?:routine|"
    r"schedule|route(?: home)?|daily movements|movements|plate|number plate|licen[cs]e plate|"
    r"parents'? house|kids'? school|children's school|school run|car and|shift pattern)\b"
    # "you won't see your next birthday", "he won't see another Christmas"
    r"|\b(?:won't|will not|never|not|don't|doesn't|wo n't)\s+(?:\w+\s+)?(?:see|live to see|"
    r"make it to|survive)\s+(?:\w+\s+)?(?:next|another|this)\s+(?:birthday|christmas|new year|"
    r"summer|winter|week|weekend|sunrise|morning|year|time|match|season)\b"
    # "nobody will ever find you", "nobody would find what's left of you"
    r"|\b(?:nobody|no one|no-one)\s+(?:will|would|'ll|'d|is going to)\s+(?:ever\s+)?find\s+"
    r"(?:you|him|her|them|what's left|what is left|your body|his body|her body)\b"
    # "your family will pay", "his kids are being watched", "her son won't be safe"
    rf"|\b{_REACHED}\s+(?:will|'ll|is going to|are going to|would|might|could)\s+(?:pay(?! for)|"
    r"suffer|be next|be sorry|regret|have an accident|get hurt|disappear|go missing|not come "
    r"home|be looking over)\b"
    rf"|\b{_REACHED}\s+(?:are|is)\s+being\s+(?:watched|followed)\b"
    rf"|\b(?:you|{_REACHED}|he|she|they)\s+(?:will not|won't|wo n't|will no longer|will never|"
    r"would not|wouldn't|might not|may not)\s+be\s+(?:so\s+)?(?:safe|around (?:for )?(?:long|"
    r"much longer)|breathing|walking|alive|in one piece)\b"
    r"|\bwon't be (?:a )?safe (?:place|anymore)\b"
    r"|\bfor the rest of (?:your|his|her|their) short li(?:fe|ves)\b"
    r"|\bgets? a (?:little |friendly )?visit from (?:some )?(?:friends of mine|my (?:friends|"
    r"boys|lads))\b"
    # "be a pity if anything happened to it", "it'd be a shame if he missed his stop"
    # "be a pity if anything happened to it", "it'd be a shame if your shop burned down": the
    # condition befalls the reader, their people or their things ("a shame if the bakery
    # closed" is no threat)
    rf"|\b(?:be|it's|it is|be such) a (?:real )?(?:pity|shame)\s+if\s+{_BEFALLS}"
    rf"|(?:^|[.!?,;:]\s*)(?:(?:a |such a |what a )?(?:real )?(?:shame|pity)) if\s+{_BEFALLS}"
    # or a pronoun for the reader's people or things named before: "your wife's brakes look
    # worn, it would be a pity if they gave out"
    rf"|\b(?:your|ur)\s+(?:\w+\s+)?{_PEOPLE_THINGS}\b[^\n]{{0,120}}?\b(?:be|it's|it is|be such) "
    r"a (?:real )?(?:pity|shame)\s+if\s+(?:he|she|they|it)\b"
    r"|\b(?:if|when|in case) (?:something|anything) (?:bad |unfortunate )?(?:happens|"
    r"happened|were to happen) to (?:you|him|her|them|your|his|her)\b"
    r"|\b(?:accident|fall)\s+(?:won't|will not|wouldn't|wo n't)\s+be an accident\b"
    r"|\b(?:enjoy|savou?r|make the most of)\s+(?:it|this|her|him|them|your|his|her|the)?\s*"
    r"(?:\w+\s+){0,3}?while (?:you|he|she|they|it) (?:still )?(?:can|lasts)\b"
    r"|\bsleep (?:well|tight|with one eye open)\b[^.?!\n]{0,20}\b(?:while (?:you|he|she) "
    r"(?:still )?can|i'm coming)\b"
    r"|\bsleep with one eye open\b"
    r"|\b(?:because|as) it(?:'s| is| will be) (?:your|his|her|their) last\b"
    r"|\bwill be (?:his|her|your|their) last(?: ever)?\s*(?:[.!]|$)"
    r"|\b(?:leaving|leave|go home|end up|wake up)\s+(?:\w+\s+){0,3}?in an? (?:ambulance|"
    r"body bag|coffin|wheelchair|hospital bed)\b"
    r"|\b(?:end up|wind up|be found)\s+(?:in|at the bottom of) (?:the|a) (?:river|canal|lake|"
    r"ditch|morgue|sea)\b"
    r"|\blook(?:ing)? over (?:your|their|his|her) shoulders?\b"
    r"|\bcheck under (?:his|her|your|their) (?:car|bed)\b"
    r"|\bwho (?:will|would|is going to|'ll) (?:raise|look after|feed) (?:his|her|your|their) "
    r"(?:kids|children|son|daughter|family)\b"
    r"|\b(?:someone|somebody|some friends|friends of mine|my (?:friends|boys|lads)) (?:will|"
    r"'ll|are going to|is going to) be waiting for (?:you|him|her|them)\b"
    r"|\bwon't be the only thing (?:broken|burning|damaged|hurt|smashed)\b"
    r"|\b(?:your|his|her|their) (?:\w+\s+){0,3}?(?:will be|is going to be) the first (?:thing|"
    r"one|place) (?:that|to) (?:burns?|goes|gets hurt)\b"
    r"|\b(?:catch|catches) fire\b[^.?!\n]{0,20}\b(?:you|your|with you)\b"
    r"|\b(?:you'll|you will|he'll|she'll|they'll) (?:learn|find out|see) (?:how easily|how far|"
    r"what happens)\b"
    r"|\bsee what happens to (?:you|your|ur|him|her|them|that)\b"
    # the reader's people kept safe, or the reader told to watch out: "see how long your
    # family stays healthy", "you better watch ur back"
    r"|\bsee how long (?:ur|your|his|her|their)\s+(?:\w+\s+)?(?:family|kids|children|wife|"
    r"husband|mum|mom|dad|son|daughter|parents)\s+(?:stays?|keeps?|remains?)\s+(?:healthy|safe|"
    r"alive|in one piece|around)\b"
    r"|\b(?:you|u)(?:'d| had)? better (?:watch|start watching) (?:ur|your) back\b(?!\s*(?:posture|"
    r"muscles?|pain|when|while))"
    # misfortune said to befall those who act against the speaker: "accidents happen to
    # people who talk", "people who write stories like hers tend to have accidents"
    r"|\b(?:accidents?|(?:bad )?things)\s+(?:have a way of\s+|tend to\s+)?happen(?:s|ing)?\s+"
    r"to\s+(?:people|those|anyone|folks)\s+(?:who|that)\s+(?:\w+\s+)?(?:talk|cross|snitch|"
    r"testif|grass|write|report|complain|speak|ask)\w*"
    r"|\b(?:people|those|anyone|journalists|reporters|witnesses)\s+(?:who|that)\s+(?:\w+\s+)?"
    r"(?:talk|cross|snitch|testif|grass|write|report|complain|speak|ask)\w*[^.?!\n]{0,40}"
    r"\b(?:tend to|seem to|have a way of)\s+(?:have|having|get into|meet with)\s+"
    r"(?:an?\s+|nasty\s+|unfortunate\s+)*accidents?\b"
    # an ultimatum whose other branch befalls the reader's people: "pay by Friday or we pay
    # her a visit", "or your little girl's walk home gets a lot less safe"
    r"|\bor (?:else )?(?:ur|your|his|her|their)\s+(?:[\w']+\s+){0,2}?(?:kids?|children|son|"
    r"daughter|wife|husband|family|mum|mom|dad|parents?|girl|boy)\b[^.?!\n]{0,40}\b(?:gets?|"
    r"will get|becomes?|will become)\s+(?:a (?:lot|bit|little) |much )?less safe\b"
    r"|\bor (?:else )?(?:we|i)(?:'ll| will)? (?:pay|make) (?:him|her|them|(?:ur|your|his|her|"
    r"their) \w+) a (?:little |friendly |personal |late-night )?visit\s*(?:[.!,;]|$)"
    r"|\b(?:drop|withdraw|retract)\s+(?:the|your|ur|his|her|their|that)\s+(?:\w+\s+)?(?:lawsuit|"
    r"complaint|case|charges?|statement|story|claim|report|testimony)\b[^.?!\n]{0,10}\band "
    r"(?:nobody|no one|no-one) (?:has to|needs to|will|gets)\s+(?:get )?hurt\s*(?:[.!,;]|$)"
    r"|\b(?:catch|catches|burn|burns) (?:fire|down)\b[^.?!\n]{0,20}\bwith (?:him|her|them|you) "
    r"(?:still )?in(?:side)? it\b"
    r"|\bwon't (?:come|make it|get|walk|go) (?:back )?(?:home|out)(?: \w+){0,4} alive\b"
    r"|\b(?:your|his|her|their) (?:kids|children|son|daughter|wife|husband) (?:won't|will not|"
    r"might not) (?:come|make it|get) home\b"
    r"|\byour (?:home )?address (?:goes|will go|gets|going) (?:up )?(?:online|public)\b"
    r"|\b(?:your|his|her|their)\b[^.?!\n]{0,30}\bwhile (?:it|you|he|she|they)(?:'s|'re| is| "
    r"are)? (?:still )?(?:standing|alive|breathing|in one piece)\b"
    r"|\bsleep (?:well|tight|soundly) while (?:you|he|she|they) (?:still )?can\b"
    r"|\b(?:i|we)\s*(?:'ve|have)?\s+(?:got|have)\s+(?:your|his|her|their) (?:plate|address|"
    r"name),? (?:and )?(?:your|his|her|their) (?:plate|address|name|car|kids|school)\b"
    r"|\ba bullet with (?:your|his|her|their) name on it\b"
    r"|\bhabit of (?:falling|having accidents|disappearing|getting hurt|ending up)\b"
    r"|\bshort rest of (?:your|his|her|their) li(?:fe|ves)\b"
    r"|\b(?:your|his|her|their) (?:\w+\s+)?(?:gets?|will get|'ll get|is getting|receives?) "
    r"a (?:(?:little|friendly|late-night|surprise|personal) visit\b|visit\s*(?:[.!]|$))"
    r"|\b(?:your|his|her|their) (?:\w+\s+){0,2}(?:will be|is going to be) (?:your|his|her|"
    r"their) (?:own )?(?:obituary|funeral|epitaph)\b"
    r"|\btick[ -]?tock\b[^.?!\n]{0,30}\b(?:your|his|her|their)\b"
    r"|\b(?:shame|pity) about what happens\b"
    r"|\b(?:should|will|'ll|better|going to|are going to)\s+fear for (?:their|your|his|her) "
    r"(?:lives|life|safety)\b"
    r"|\b(?:i|we) know (?:exactly )?(?:where|which \w+(?: \w+)?|when|what time) (?:you|u|he|she|"
    r"they) (?:\w+\s+){0,2}?(?:live|lives|wait|waits|park|parks|sleep|sleeps|walk|walks|jog|"
    r"jogs|run|runs|drop|go|goes|get off|leave|leaves|take|takes)\b"
    r"|\b(?:i|we) know\b[^.?!\n]{0,50}\balone at night\b"
    r"|\b(?:your|his|her)\s+\w+\s+[^.?!\n]{0,30}\b(?:alone|on (?:her|his|your) own|by "
    r"(?:her|him|your)self)\b[^.?!\n]{0,20},\s*"
    r"(?:doesn't|don't|isn't|aren't|won't|wasn't|didn't) (?:she|he|you|they|it)\b"
    r"|\b(?:you|whoever \w+)\s*(?:will|'ll|is going to|are going to|gonna|is|are)"
    r"\s+(?:be\s+|get\s+|getting\s+)(?:shot|stabbed|killed|murdered|beaten|strangled|gutted|"
    r"buried)\b"
    r"|\b(?:he|she|they)(?:'ll| will) be (?:shot|stabbed|killed|beaten) (?:if|unless)\b"
    r"|\b(?:i'll|i will|we'll|we will|i'm going to|we're going to)\s+(?:\w+\s+)?(?:torch|"
    r"throw|drown|bury|cut|smash|set (?:my dogs|fire)|run over|put)\s+(?:\w+\s+){0,2}?"
    r"(?:you|him|her|them|your|his|her)\b[^.?!\n]{0,30}\b(?:inside|off|on|in the ground|in "
    r"hospital|in the hospital|in a grave|bridge|river|alive|myself|finish)\b"
    r"|\b(?:your|his|her|their|the \w+'s) (?:car|house|office|home|shop) (?:has|will have) a "
    r"bomb\b"
    r"|\bor (?:i|we)(?:'ll| will)? (?:torch|burn|chop off|break|smash|cut off|shoot|stab|kill|"
    r"hurt)\b[^.?!\n]{0,20}\b(?:your|you|his|him|her|them)\b"
    r"|\bshoot up (?:the|your|his|her|this) (?:office|school|class|workplace|church|mosque|"
    r"synagogue|party)\b"
    r"|\bwaiting (?:outside|for (?:you|him|her))\b[^.?!\n]{0,20}\bwith an? (?:knife|gun|bat|"
    r"machete|crowbar|hammer)\b"
    # German, French, Spanish, Russian, Chinese, romanised Hindi
    r"|\b(?:wir wissen|ich weiß|ich weiss|wir kennen),? (?:genau )?wo (?:sie|du|er) wohn"
    r"|\b(?:bring|bringe) (?:dich|euch|ihn) um\b|\bnicht (?:mehr )?heil\b"
    r"|\bne sera(?:nt|s)? plus (?:tranquille|en paix)\b"
    r"|\bon conna[iî]t (?:le chemin|l'adresse|l'école|les horaires)\b[^.?!\n]{0,30}"
    r"\b(?:tes|ta|ton|ses|sa|son)\b"
    r"|\bsabemos (?:dónde|a qué hora|cuándo) (?:vives|aparcas|trabajas|duermes|vive|trabaja|"
    r"aparca)\b"
    r"|\b(?:va|van|vas) a recibir (?:una )?visitas?\b"
    r"|(?:迟早|早晚)会?出(?:点)?意外|就不太平了|出门\w{0,4}回头看"
    r"|\bhum jaant?e? (?:hain|hoon) (?:ki )?(?:tera|teri|tere|tumhara|tumhari|uski|uska|unki) "
    r"(?:\w+\s+){0,2}kahan\b"
    r"|\b(?:wir wissen|ich weiß|ich weiss|wir kennen),? (?:genau )?(?:wo|wann|welche)\s+"
    r"(?:\w+\s+)?(?:dein|deine|ihr|ihre|sein|seine)\s+(?:\w+\s+)?(?:frau|mann|kinder|kind|"
    r"tochter|sohn|familie|eltern|mutter|vater|schule|auto|wohnung|haus)\b"
    r"|\b(?:nicht mehr|nie wieder) aufwach"
    r"|\b(?:wäre|waere|es wäre) (?:doch )?(?:schade|ein jammer),? wenn\s+(?:\w+\s+){0,2}?(?:dir|"
    r"dich|du|dein\w*|euch|eu(?:e)?r\w*|ihm|ihnen|ihr(?:em|er|en|e)?|sein(?:em|er|en|e)?)\b"
    r"|\b(?:wird|werden|wirst)\s+(?:\w+\s+){0,2}?(?:das|es) bereuen\b"
    r"|\b(?:nicht mehr|nie mehr) (?:sicher|lebend)\b"
    r"|\bwir kennen (?:deine|ihre|seine) (?:route|adresse|gewohnheiten|wege)\b"
    r"|\b(?:on|nous|je) sai(?:t|ons|s) (?:où|à quelle heure|quand)\s+(?:\w+\s+)?(?:ta|ton|tes|"
    r"sa|son|ses)\s+(?:\w+\s+)?(?:femme|mari|enfants?|fille|fils|famille|parents|mère|père|"
    r"école|voiture)\b"
    r"|\bne sera(?:nt|s)? plus en sécurité\b"
    r"|\ben un seul morceau\b|\bce serait dommage qu'il (?:t'|lui |leur |vous )arrive\b"
    r"|\bce serait dommage qu'il arrive (?:quelque chose|malheur|un accident) (?:à|a) (?:toi|"
    r"ta|ton|tes|vous|votre|vos|lui|sa|son|ses|leur|leurs)\b"
    r"|\btu vas le regretter\b|\bil va le regretter\b"
    r"|\bsabemos (?:dónde|a qué hora|cuándo)\s+(?:\w+\s+){0,3}(?:tu|tus|su|sus)\s+(?:hija|hijo|"
    r"hijos|mujer|esposa|marido|familia|padres|madre|padre|colegio|coche|casa)\b"
    r"|\bno (?:va|vas|van) a ver otro (?:amanecer|día|cumpleaños)\b"
    r"|\b(?:sería|seria) una (?:pena|lástima) que (?:le|te|les) pas(?:ara|e)\b"
    r"|\bte vas a arrepentir\b|\bse va a arrepentir\b"
    r"|мы знаем,? (?:где|когда|во сколько)|я знаю,? где (?:живут|учится|ходит)"
    r"|будет (?:очень )?жаль,? если (?:\u0441 (?:тоб\w+|тво\w+|ваш\w+|вами|ним|ней|ними|"
    r"\u0435\u0433\u043e|\u0435\u0451|\u0435\u0435|их)\b[^.?!\n]{0,30}(?:что-то|что-нибудь)|"
    r"(?:что-то|что-нибудь) случится \u0441 (?:тоб\w+|тво\w+|ваш\w+|вами|ним|ней|ними|"
    r"\u0435\u0433\u043e|\u0435\u0451|\u0435\u0435|их)\b)"
    r"|(?:пожалеешь|пожалеет|оглядывайся|не доживёшь|не доживешь|последнее предупреждение)"
    r"|我们知道你|我知道你(?:家|住|孩子|女儿|儿子|老婆|每天)|小心你的?(?:家人|孩子|女儿|儿子)"
    r"|你会后悔的|后果自负|走着瞧|别怪我不客气"
    r"|\b(?:tujhe|tumhe|usko|use) dekh lenge\b|\banjaam bura hoga\b"
    r"|\b(?:hum|main) jaant?e? (?:hain|hoon) (?:tera|teri|tere|tumhara|tumhari) (?:ghar|"
    r"beti|beta|bachche|school)\b",
)
# the same opening with a harmless end: an invitation, thanks, a meeting
_THREAT_EXIT = _Source(
    r"\b(?:invite|invitation|party|celebrat\w+|congratulat\w+|thank\w*|welcome|miss you|"
    r"let's|let us|meet (?:up|you|at)|see you at|open day|open house|surprise party|"
    r"insurance|insurer|pick (?:her|him|you|them) up|dinner|lunch|coffee|drinks|busy|packed|"
    r"einladen|feier|fête|fiesta|invitar|"
    # asking how to report what someone did: "I got their plate; how do I report it?"
    r"how (?:do|can|should|would) (?:i|we) (?:report|file a report|tell the police))\b",
)
# Said to the reader by someone who knows a private datum of theirs: "we know which school
# your daughter goes to", "sé dónde vive tu madre". A private-data match with this is a threat
# as much as a datum, so it carries the threat's categories too (round twenty-two's second
# reading).
_AT_READER = _Source(
    r"\b(?:i|we)\s*(?:'ve|have|now|already|all)?\s+(?:know|knows|found out|have seen|seen|"
    r"found)\b[^.?!\n]{0,60}\b(?:you|your|ur|yours)\b"
    r"|\b(?:ich wei(?:ß|ss)|wir wissen)\b[^.?!\n]{0,60}\b(?:du|dein\w*|dich|dir|euch|"
    r"eu(?:e)?r\w*)\b"
    r"|\b(?:je sais|nous savons|on sait)\b[^.?!\n]{0,60}\b(?:tu|ton|ta|tes|toi|vous|votre|vos)\b"
    r"|(?:\bsabemos|\bsé|\byo se|\bconozco|\bconocemos)\b[^.?!\n]{0,60}\b(?:tu|tus|tú|te|ti)\b"
    r"|(?:я знаю|мы знаем)[^.?!\n]{0,60}(?:\u0442\u044b|тво\w+|тебя|тебе|ваш\w*|вас)"
    r"|(?:我知道|我们知道|我們知道)[^。？！.?!\n]{0,30}你"
    r"|\b(?:mujhe|hume|humein|hamein) (?:pata|maloom) hai\b[^.?!\n]{0,60}\b(?:tera|teri|tere|"
    r"tumhara|tumhari|tumhare|aapka|aapki|aapke)\b",
)
# The groups a rule may keep out, in each language
# words that name people, after an adjective that alone may be a colour, a food, a fat or a
# polish ("no white trainers", "no Chinese takeaway", "trans fats", "nail polish")
_PEOPLE_NOUN = (
    r"(?:people|ppl|persons|men|women|man|woman|families|family|folks?|customers|guests|tenants|"
    r"applicants|students|kids|children|players|members|residents|buyers|renters|patients|"
    r"passengers|staff|workers|employees|candidates|couples|parents|mothers|fathers|girls|boys|"
    r"users|neighbou?rs|names|surnames|accents?|golfers|officers|citizens|voters|drivers|pupils|"
    r"teachers|doctors|nurses|athletes|owners|americans|britons|youth|teens|teenagers|"
    r"individuals|visitors|clients|diners|shoppers|job ?seekers|hires|recruits|communities|"
    r"households|colleagues|co-?workers|volunteers|lodgers|homebuyers|worshippers|descent|"
    r"origin|background|heritage|nationals|immigrants|refugees|migrants|adults|seniors|"
    r"citizen|applicant|tenant|person|employee|kid|child|student|guest|customer|member)"
)
_GROUP = (
    r"(?:(?:black|white|asian|chinese|japanese|indian|mexican|polish|turkish|irish|arabic|arab|"
    r"trans|old|older|african|korean|russian|somali|nigerian|pakistani|roma|latino|hispanic|"
    r"jewish|muslim|hindu|sikh|catholic|christian|gay|lesbian|disabled|deaf|blind|autistic|"
    r"pregnant|foreign|elderly|indigenous|aboriginal|native|filipino|vietnamese|"
    r"muslim-sounding|arabic-sounding|african-sounding|foreign-sounding|foreign-born|"
    r"hiv-positive|non-binary|nonbinary|transgender|bangladeshi|syrian|afghan|romanian|"
    r"ukrainian|albanian|moroccan|nigerian|kurdish|congolese|haitian|jamaican|venezuelan|"
    r"colombian|brazilian|iraqi|iranian|palestinian|israeli|egyptian|lebanese|sudanese|"
    r"eritrean|ethiopian|ghanaian|kenyan|cuban|puerto rican|arab american|native american)"
    rf"(?:\s+\w+)?\s+{_PEOPLE_NOUN}"
    r"|blacks|whites|asians|jews|muslims?|christians|catholics|protestants|hindus|sikhs|"
    r"buddhists|atheists|gays|lesbians|bisexuals?|transgender|queers?|"
    r"bangladeshis|sudanese|eritreans|ethiopians|ghanaians|kenyans|congolese|haitians|"
    r"jamaicans|albanians|bulgarians|moroccans|algerians|tunisians|iraqis|iranians|"
    r"kurds|palestinians|israelis|egyptians|brazilians|colombians|venezuelans|guatemalans|"
    r"hondurans|cubans|puerto ricans|arab americans|down(?:'s)? syndrome|learning "
    r"disabilit\w+|the mentally ill|lgbtq?\+?|homosexuals?|immigrants?|migrants?|refugees?|"
    r"asylum seekers?|foreigners|mexicans|africans|arabs|indians|latinos|latinas|hispanics|"
    r"roma|gypsies|gypsy|travell?ers|pakistanis|nigerians|poles|romanians|turks|syrians|"
    r"somalis|afghans|russians|ukrainians|koreans|filipinos|the disabled|wheelchair users?|"
    r"(?:in )?wheelchairs|single mothers?|single parents?|women|girls|females|mothers|"
    r"the elderly|old people|pensioners|over-\d\ds|hiv|"
    r"over (?:forty|fifty|sixty|seventy|eighty|4\d|5\d|6\d|7\d|8\d)|(?:people|anyone|guests|"
    r"applicants|tenants|families|customers|visitors|students|players|members|candidates|"
    r"workers|patients|passengers|kids|children|those) from (?:india|pakistan|bangladesh|nigeria|"
    r"somalia|syria|afghanistan|iraq|iran|mexico|china|africa|african countries|asia|the "
    r"middle east|eastern europe|romania|poland|turkey|morocco|algeria|ghana|kenya|haiti|"
    r"jamaica|albania|ukraine|russia|abroad|overseas|muslim countries|arab countries))"
)
# what a rule or an argument does to the group: keeps it out or denies it a right
_EXCLUDE = (
    r"(?:keeps?|keeping|kept|screens?|screening|filters?|filtering|turns?|turning|turned|"
    r"bars?|barring|barred|bans?|banning|banned|stops?|stopping|refuses?|refusing|refused|"
    r"rejects?|rejecting|rejected|excludes?|excluding|excluded|puts?|marks? down|denies|"
    r"denying|denied|prevents?|preventing|discourages?|blocks?|blocking|deters?|weeds? out|"
    r"weeding out|shuts? out|locks? out|pushes out|drives? out|forbids?|forbidding|segregates?|"
    r"segregating|caps?|limits?|restricts?|sidelines?|moves?|seats?|charges? (?:more|extra))"
)
_RIGHTS = (
    r"(?:served|rent|apply|become members|be members|join|enter|vote|buy|use|work|live|drive|"
    r"marry|adopt|teach|own|study|attend|sit|stay|be hired|be promoted|play|swim|worship|speak|"
    r"run for|hold office|lead|manage|be treated|inherit|open|register|be admitted|come in|"
    r"be served|be seated|board|fly|serve|enrol|enroll|foster|testify|settle|move|vote|"
    r"be considered|be promoted|be elected)"
)
# what a trait "by birth" must be to demean ("born thieves"; "born storytellers" is praise)
_BAD_TRAIT = (
    r"(?:liars?|thieves|thief|criminals?|cheats?|cheaters|crooks|killers|murderers|terrorists|"
    r"savages|rapists|parasites|predators|traitors|freeloaders|scroungers|thugs|animals|"
    r"subhuman|inferior|lazy|violent|stupid|dumb|dishonest|greedy|deceitful|untrustworthy|"
    r"dangerous|dirty|filthy|evil|backward|primitive|aggressive|sneaky|treacherous|"
    r"manipulative|barbaric|degenerate|deviants?|perverts?|less intelligent|less capable|"
    r"incapable|unfit|weak|submissive|slaves?|servants|inbred|diseased)"
)
_EXCLUSION = _Source(
    # a written rule, then what it does to a group: "a lease clause that stops Black families"
    r"\b(?:polic(?:y|ies)|rules?|clauses?|criteria|checklist|wording|bylaws|constitution|"
    r"terms|sign|notice|form|job ad|advert|listing|scoring sheet|script|law|requirements|"
    r"questions|eligibility|guidelines|regulations|house rules?|filter|algorithm|process|page|"
    r"procedure|code|handbook|statute|ordinance|bylaws?|covenant|petition|memo|faq|charter|"
    r"platform|manifesto)\b"
    rf"[^.?!\n]{{0,50}}?\b{_EXCLUDE}\s+(?:out\s+|away\s+|off\s+|down\s+)?(?:\w+\s+){{0,4}}?"
    rf"(?:with (?:an? )?|from )?{_GROUP}\b"
    # the group first: "Mexicans will not be served", "Jews can't become members"
    rf"|\b{_GROUP}(?:[\s-]+\w+){{0,3}}\s+(?:will not|won't|wo n't|can't|cannot|can not|may not|"
    r"must not|are not allowed to|aren't allowed to|should not|shouldn't|are not to|need not|"
    r"are never|never get to|do not get to|don't get to)\s+(?:be\s+)?(?:allowed\s+to\s+)?"
    rf"(?:(?:\w+\s+)?{_RIGHTS}|apply)\b"
    rf"|\b{_GROUP}(?:[\s-]+\w+){{0,3}}\s+(?:should not|shouldn't|must not|may not|"
    r"cannot|can't|will not|won't|are not|aren't|ought not to)\s+be\s+allowed\s+to\s+\w+"
    rf"|\b{_GROUP}(?:[\s-]+\w+){{0,3}}\s+will no longer be\s+(?:considered|eligible|allowed|"
    r"hired|promoted|served|admitted|welcome)\b"
    rf"|\b{_GROUP}(?:[\s-]+\w+){{0,2}}\s+need(?:n't| not) apply\b"
    rf"|\b{_GROUP}(?:[\s-]+\w+){{0,3}}\s+(?:are|is)\s+(?:\w+\s+)?(?:unfit|not fit|incapable|"
    r"unworthy) (?:to|for|of)\b"
    rf"|\b{_GROUP}(?:[\s-]+\w+){{0,3}}\s+(?:are|is)\s+(?:so\s+|all\s+|naturally\s+)?"
    r"(?:lazy|inferior|subhuman|dirty|animals|vermin|parasites|stupid|a security risk|thieves|"
    r"a disease|a plague)\b"
    rf"|\b{_GROUP}(?:[\s-]+\w+){{0,5}}\s+(?:(?:should|must|ought to|will|would|to)\s+"
    r"(?:\w+\s+)?)?(?:lose|be stripped of|be denied|be refused|forfeit)\s+(?:the|their|any)\s+"
    r"(?:\w+\s+)?"
    r"(?:rights?|vote|votes|citizenship|residency|visas?|jobs?|benefits|passports?|homes?)\b"
    # "no Jews on the board", "no kids in wheelchairs", "we don't rent to single mothers"
    rf"|\bno\s+(?:more\s+)?(?:{_PEOPLE_NOUN}\s+(?:with\s+(?:an?\s+)?|from\s+)?)?{_GROUP}"
    r"\s*(?:on|in|at|allowed|permitted|welcome|may|will|can|are|beyond|past|as|near|to|need|"
    r"make|get|,|;|:|\.|!)"
    rf"|\b(?:we|i|they|you)\s+(?:do not|don't|won't|will not|never|shouldn't|should not|"
    r"cannot|can't)\s+(?:\w+\s+)?(?:rent|sell|serve|hire|admit|employ|let|lease|accept|promote|"
    rf"seat|insure|lend|allow)\s+(?:\w+\s+){{0,2}}?(?:to\s+)?(?:any\s+)?{_GROUP}\b"
    # "why should Jewish students be capped", "why should Catholics be kept out"; "make the
    # case that gay couples should be denied the right to adopt"
    rf"|\b(?:why|should|shouldn't|that|reasons?|arguments?|argue|case)\b[^.?!\n]{{0,20}}"
    rf"\b{_GROUP}\b[^.?!\n]{{0,30}}\b(?:be\s+(?:capped|limited|restricted|kept (?:out|off|"
    r"away|from)|stopped|banned|barred|denied|excluded|deported|stripped|forbidden|prevented|"
    r"removed|sterili[sz]ed|segregated|expelled|registered|watched|monitored|interned|"
    r"refused|evicted)|lose (?:the|their) (?:\w+\s+)?(?:rights?|vote|jobs?|citizenship|"
    r"residency)|"
    r"not be allowed|never be (?:allowed|trusted)|be (?:allowed|trusted) (?:to|with)\b"
    r"[^.?!\n]{0,5}\bnever|have no (?:right|place|vote))\b"
    rf"|\b{_GROUP}(?:[\s-]+\w+){{0,3}}\s+(?:should|must|ought to)\s+(?:never|not|lose|be "
    r"(?:denied|stripped|banned|barred|excluded|kept out|refused|expelled|deported|registered|"
    r"removed|evicted|fired first))\b"
    rf"|\bso (?:that )?(?:\w+\s+){{0,2}}?{_GROUP}(?:[\s-]+\w+){{0,3}}\s+(?:get|are|be)\s+"
    r"(?:quietly\s+)?(?:removed|kicked out|banned|excluded|expelled|evicted|blocked)\b"
    # phrasing that makes a group stop applying: "so that refugee families give up applying"
    rf"|\b(?:so (?:that )?|until )(?:the )?(?:\w+\s+){{0,3}}?{_GROUP}(?:[\s-]+\w+){{0,3}}\s+"
    r"(?:give up|stop|don't|do not|never|won't|are (?:quietly )?turned|are put off|feel "
    r"unwelcome)\b"
    # "are quietly turned away", "only if no one else is waiting"
    rf"|\b{_GROUP}(?:[\s-]+\w+){{0,3}}\s+(?:are|is|get|will be)\s+(?:quietly\s+|always\s+|"
    r"automatically\s+)?(?:turned away|kept out|screened out|filtered out|refused|rejected|"
    r"moved to|seated (?:at|in) the back|told we're full|told we are full|seen only|charged "
    r"more|put at the back|excluded)\b"
    # a trait said to be a group's by birth or nature: "X are born thieves", "lazier by
    # nature", "have lower IQs", "too emotional for leadership", "a drain on everyone"
    rf"|\b{_GROUP}(?:[\s-]+\w+){{0,2}}\s+(?:are|is|r)\s+(?:just\s+|all\s+|simply\s+)?(?:born|"
    rf"genetically|naturally|inherently)\s+{_BAD_TRAIT}\b"
    rf"|\b{_GROUP}\b[^.?!\n]{{0,40}}\b(?:by nature|in their (?:blood|genes|dna|culture))\b"
    rf"|\b{_GROUP}(?:[\s-]+\w+){{0,2}}\s+(?:have|has)\s+(?:lower|smaller|inferior)\s+(?:iqs?|"
    r"intelligence|brains)\b"
    rf"|\b{_GROUP}(?:[\s-]+\w+){{0,2}}\s+(?:are|is)\s+(?:just\s+)?too\s+(?:emotional|stupid|"
    r"weak|irrational|primitive|hysterical)\s+(?:for|to)\b"
    rf"|\b{_GROUP}(?:[\s-]+\w+){{0,2}}\s+(?:are|is|r)\s+(?:a\s+)?(?:drain|burden|danger|"
    r"fifth column|useless mouths)\b"
    # a right questioned for a group: "why should immigrants be allowed to vote", "why do
    # disabled people even get to have kids"
    rf"|\bwhy (?:should|do|does|would)\s+(?:we\s+let\s+)?(?:the\s+)?{_GROUP}(?:[\s-]+\w+){{0,2}}"
    r"\s+(?:even\s+(?:be allowed to|get to|have|get)|be allowed to)"
    rf"|\b(?:should|to|will|must|help me)\s+(?:quietly\s+)?(?:turn away|keep out|screen out|"
    rf"refuse|reject|bin|ban|bar)\s+(?:all\s+|any\s+)?{_GROUP}\b"
    r"|\bwarum sollten\s+(?:\w+\s+)?(?:ausländer|juden|muslime|türken|araber|flüchtlinge|"
    r"migranten|schwarze|roma|schwule|behinderte|frauen|asiaten|afrikaner)\w*\s+überhaupt\s+"
    r"(?:\w+\s+){0,2}(?:dieselben|die gleichen|gleiche)\s+rechte\b"
    r"|\b(?:gitanos|judíos|musulmanes|árabes|negros|extranjeros|inmigrantes|migrantes|"
    r"refugiados|gays|homosexuales|discapacitados|mujeres|indígenas|chinos|africanos)\s+son\s+"
    r"\w+\s+por naturaleza\b"
    r"|\b(?:les )?(?:musulmans|juifs|arabes|noirs|étrangers|immigrés|migrants|réfugiés|roms|"
    r"gitans|homosexuels|handicapés|femmes|asiatiques|africains|maghrébins)\s+sont\s+(?:trop "
    r"\w+ pour|\w+ par nature)\b"
    r"|为什么要让(?:黑人|穆斯林|犹太人|外地人|外国人|河南人|新疆人|女性|女人|残疾人|同性恋者?|"
    r"非洲人|移民|难民)\w{0,8}(?:享有|上学|权利|投票)"
    # German, French, Spanish, Russian, Chinese, romanised Hindi
    r"|\b(?:keine|kein)\s+(?:\w+\s+)?(?:ausländer|ausländerinnen|juden|muslime|moslems|"
    r"türken|araber|flüchtlinge|migranten|schwarzen|roma|zigeuner|schwule|lesben|behinderte|"
    r"rollstuhlfahrer|frauen|polen|russen|asiaten|afrikaner|alte|ältere)\b"
    r"|\b(?:ausländer|juden|muslime|türken|araber|flüchtlinge|migranten|schwarze|roma|schwule|"
    r"lesben|homosexuelle|behinderte|frauen|asiaten|afrikaner)\w*\s+(?:\w+\s+){0,2}kein "
    r"recht\b"
    r"|\bmit (?:behinderung|migrationshintergrund|kopftuch)\b[^.?!\n]{0,30}(?:aussortier|"
    r"ausschließ|ablehn|fernhalt)"
    r"|\b(?:ausländer|juden|muslime|türken|araber|flüchtlinge|migranten|schwarze|roma|schwule|"
    r"lesben|behinderte|frauen|polen|asiaten|afrikaner)\s+(?:\w+\s+){0,3}(?:dürfen|sollen|"
    r"können) (?:\w+\s+){0,3}(?:nicht|nie|keine?n?)\b"
    r"|\b(?:ausländer|juden|muslime|türken|araber|flüchtlinge|migranten|schwarze|roma|schwule|"
    r"behinderte|frauen|asiaten|afrikaner)\w*\s+(?:\w+\s+){0,3}(?:ausschließ|fernhalt|"
    r"fernzuhalten|aussortier|abgelehnt|ablehn|nicht (?:bedien|einstell|vermiet|aufnehm))"
    r"|\b(?:les |aux )?(?:musulmans|juifs|arabes|noirs|étrangers|immigrés|migrants|réfugiés|"
    r"roms|gitans|homosexuels|gays|lesbiennes|handicapés|femmes|asiatiques|africains|"
    r"maghrébins)\s+(?:\w+\s+){0,2}(?:ne (?:peuvent|doivent|pourront|seront|sont|devraient|"
    r"puissent|doivent)(?: pas| "
    r"jamais| plus)|n'ont pas le droit|sont interdits|interdits?|exclus)\b"
    r"|\b(?:pas de|aucun|aucune|interdit aux|interdire aux|exclure les|refuser les|"
    r"refuser aux)\s+(?:\w+\s+)?(?:musulmans?|juifs?|arabes?|noirs?|étrangers?|immigrés?|"
    r"migrants?|réfugiés?|roms?|gitans?|homosexuels?|gays?|handicapés?|femmes?|asiatiques?|"
    r"africains?|maghrébins?)\b"
    r"|\b(?:refus\w*|exclu\w*|interdi\w*|écart\w*)\b[^.?!\n]{0,40}\bd'origine (?:maghrébine|"
    r"africaine|arabe|étrangère|juive|musulmane|asiatique|turque|roumaine|rom)\b"
    r"|\b(?:que no (?:entren|puedan|se admitan)|no (?:se admiten|admitimos|alquilamos a|"
    r"contratamos a|servimos a|aceptamos a)|prohibir (?:la entrada )?a|excluir a|sin)\s+"
    r"(?:\w+\s+)?(?:gitanos|judíos|musulmanes|árabes|negros|extranjeros|inmigrantes|"
    r"migrantes|refugiados|moros|gays|homosexuales|lesbianas|discapacitados|mujeres|"
    r"latinos|indígenas|chinos|asiáticos|africanos|sudacas)\b"
    r"|\b(?:gitanos|judíos|musulmanes|árabes|negros|extranjeros|inmigrantes|migrantes|"
    r"refugiados|gays|homosexuales|discapacitados|mujeres|indígenas|chinos|africanos)\s+"
    r"(?:\w+\s+){0,2}no (?:pueden|deben|deberían|podrán|merecen)\b"
    r"|\b(?:a los|a las) (?:gitanos|judíos|musulmanes|árabes|negros|extranjeros|inmigrantes|"
    r"migrantes|refugiados|gays|homosexuales|discapacitados|mujeres|indígenas|chinos|"
    r"africanos)\s+no se les? (?:permita|deje|admita|alquile|contrate)\b"
    r"|\b(?:inquilinos|vecinos|clientes|alumnos|trabajadores|empleados|socios)\s+"
    r"(?:venezolanos|colombianos|marroquíes|rumanos|ecuatorianos|peruanos|bolivianos|"
    r"dominicanos|chinos|sudamericanos|gitanos|musulmanes|judíos|árabes|negros|extranjeros|"
    r"inmigrantes|africanos)\s+no (?:puedan|pueden|deben|podrán)\b"
    r"|\b(?:personas|gente) (?:trans|gays?|negras|gitanas|musulmanas|judías|discapacitadas)\s+"
    r"no (?:merecen|deben|pueden)\b"
    r"|(?:не (?:пуска|принима|\u0431\u0440\u0430|сда|нанима|обслужива|прода|допуска|"
    r"стоит пускать)\w*|"
    r"запретить|без)\s+"
    r"(?:\w+\s+)?(?:евре\w+|мусульман\w*|цыган\w*|мигрант\w*|приезж\w+|кавказц\w+|"
    r"чёрн\w+|черн\w+|азиат\w+|\u0433\u0435\u0435\w*|геи|геям|инвалид\w*|женщин\w*|таджик\w*|узбек\w*|"
    r"украин\w+|нерусск\w+|иностран\w+|беженц\w+)"
    r"|(?:евре\w+|мусульман\w*|цыган\w*|мигрант\w*|приезж\w+|кавказц\w+|геи|инвалид\w*|"
    r"женщин\w*|таджик\w*|иностран\w+|беженц\w+)\s+(?:\w+\s+){0,2}(?:не (?:должны|могут|"
    r"имеют права|допускаются|принимаются|стоит)|нельзя)"
    r"|(?:不(?:招|租|收|接待|录取|允许|让|准|雇|要)|禁止|拒绝|排除|谢绝)\w{0,4}(?:黑人|穆斯林|犹太|"
    r"外地人|外国人|河南人|新疆人|农村人|女性|女人|孕妇|残疾|同性恋|非洲|少数民族|移民|难民|"
    r"老人|乙肝|艾滋)"
    r"|(?:黑人|穆斯林|犹太人|外地人|外国人|河南人|新疆人|女性|孕妇|残疾人|同性恋|非洲人|移民|"
    r"难民|老年人|艾滋病人|同性恋者)\w{0,4}(?:不得|不能|不准|不许|禁止|一律不|不应该|不配)"
    r"|\b(?:musalman|muslim|dalit|sikh|isai|christian|bihari|madrasi|chamar|kashmiri)\w*"
    r"\s+(?:\w+\s+){0,3}(?:nahi|nahin|mat|na)\s+(?:aa|aane|rakh|rakhna|lena|dena|de|"
    r"rehne|kiraye)\w*"
    r"|\b(?:musalman|muslim|dalit|sikh|isai|christian|bihari|madrasi|kashmiri|ladkiyon|"
    r"auraton|mahilaon)\w*\s+(?:\w+\s+){0,6}(?:mana ho|haq nahi|haq nahin|nahi milna "
    r"chahiye|nahin milna chahiye|nahi hona chahiye)\b",
)
# a question about the exclusion itself: its history, its law, how to fight or report it
_EXCLUSION_EXIT = _Source(
    r"\b(?:history|historical|historically|in the (?:19|18)\d0s|in 19\d\d|in 18\d\d|"
    r"apartheid|jim crow|nazi|segregation era|was it|were they|why (?:were|was|did)|"
    r"illegal|unlawful|against the law|anti-discrimination|discriminat\w+ law|report|"
    r"challenge|appeal|complain|fight|oppose|protest against|how do i prove|"
    r"make sure (?:we|it|our|the) (?:don't|do not|doesn't|does not|never|isn't)|avoid "
    r"(?:excluding|discriminat)|inclusive|welcom\w+|accessib\w+|accommodat\w+|ramp|"
    r"geschichte|histoire|historia|история|stereotypes?|myths?|debunk\w*|rebut\w*|"
    r"statistics|evidence|studies|research|fact-?check\w*|false|untrue|not true|refut\w*|"
    r"disprov\w*|misconceptions?|"
    r"there (?:are|were|is|'s) no)\b|历史",
)
# drugs whose making is the harm, and their precursors
_DRUG = (
    r"(?:meth|methamphetamine|crystal meth|amphetamines?|amphetamine sulfate|mephedrone|"
    r"methcathinone|cathinones?|bath salts|crack(?: cocaine)?|cocaine|freebase|heroin|"
    r"fentanyl|fentanyls|carfentanil|nitazenes?|isotonitazene|oxycodone|opioids?|"
    r"morphine|codeine|desomorphine|krokodil|lsd|mdma|ecstasy|mda|ghb|gbl|dmt|"
    r"5-meo-dmt|ayahuasca|mescaline|psilocybin|shrooms|magic mushrooms|ketamine|pcp|"
    r"synthetic cannabinoids?|bho|hash oil|butane hash oil|xanax|"
    r"alprazolam|counterfeit (?:pills|xanax|oxys?|percs?)|pressed pills|fake oxys?|"
    r"m30s?|2c-b|pink cocaine|rohypnol|roofies|flunitrazepam|scopolamine|"
    r"pseudoephedrine|ephedrine|p2p|phenyl-2-propanone|phenylacetone|safrole|sassafras oil|"
    r"ergotamine|lysergic acid|4-anpp|npp|norfentanyl|gbl|red phosphorus|"
    r"precursors?|methylamine|pmk|bmk|anhydrous ammonia)"
)
_MAKE = (
    r"(?:make|making|made|cook|cooking|synthesi[sz]e|synthesi[sz]ing|synthesis of|produce|"
    r"producing|production of|manufacture|manufacturing|brew|brewing|extract|extracting|"
    r"extraction of|isolate|isolating|refine|refining|press|pressing|grow|"
    r"growing|cultivate|cultivating|convert|converting|"
    r"distil|distill|crystalli[sz]e|purify|purifying|set up a lab for|"
    r"home ?lab|batch of|cook up|whip up|knock up)"
)
_DRUG_MAKING = _Source(
    # "cook a batch of meth", "press pills with fentanyl", "extract DMT from root bark"
    rf"\b{_MAKE}\s+(?:\w+\s+){{0,4}}?{_DRUG}\b"
    # "the route to MDMA from safrole", "a recipe for GHB", "precursors for fentanyl"
    rf"|\b(?:recipe|route|synthesis|synthetic route|procedure|protocol|steps|method|"
    rf"reagents|yield|glassware|lab setup|formula|process|ingredients|chemicals)\s+(?:\w+\s+)?"
    rf"(?:for|of|to|behind)\s+(?:\w+\s+){{0,2}}?{_DRUG}\b"
    # "turn pseudoephedrine into meth", "convert GBL to GHB"
    rf"|\b{_DRUG}\s+(?:\w+\s+){{0,3}}?(?:into|to)\s+(?:\w+\s+)?{_DRUG}\b"
    rf"|\b(?:route|way|path) from\b[^.?!\n]{{0,40}}\bto {_DRUG}\b"
    rf"|\b(?:pull|pulling) (?:the |some )?{_DRUG}\b"
    # "cook crystal", "turn coke into crack", "cut fentanyl into heroin", pills pressed to
    # pass as real ones
    r"|\bcook(?:ing)?\s+(?:up\s+)?(?:some\s+)?crystal\b(?!\s+clear)"
    rf"|\b(?:coke|cocaine|powder)\s+(?:\w+\s+)?into\s+{_DRUG}\b"
    rf"|\b(?:cut|cutting|mix|mixing|lace|lacing)\s+(?:\w+\s+){{0,2}}?{_DRUG}\s+(?:in|into)\s+"
    rf"(?:\w+\s+){{0,3}}?{_DRUG}\b"
    r"|\b(?:look|looks|come out|comes out|pass|passes) (?:just )?like (?:an? )?(?:real|genuine|"
    r"legit) (?:oxys?|oxycodone|xanax|percs?|percocets?|adderall|m30s?|valium|bars?)\b"
    r"|\b(?:got|have|bought|ordered|my|our)\s+(?:a\s+)?(?:pill|tablet) press\b[^\n]{0,80}\b"
    + _DRUG
    + r"\b"
    rf"|\b{_DRUG} (?:method|route)\b[^.?!\n]{{0,20}}\b(?:vs\.?|versus|or)\s+(?:\w+\s+)?{_DRUG}\b"
    r"|\b(?:my|a|the) shake[- ]and[- ]bake batch\b"
    rf"|\b{_DRUG}\s+(?:synthesis|recipe|cook)\b"
    rf"|\b(?:set up|build|run|start|open)\s+(?:a|my|our|the)?\s*{_DRUG} lab\b"
    rf"|\b(?:cut|cutting|lace|lacing|stretch)\s+(?:\w+\s+){{0,2}}?{_DRUG}\s+with\b"
    # German, French, Spanish, Russian, Chinese, romanised Hindi
    r"|\b(?:stelle|stellt|stellen|stellst)\b[^.?!\n]{0,40}\b(?:crystal|meth|methamphetamin|"
    r"kokain|heroin|fentanyl|lsd|mdma|ecstasy|ghb|dmt|ketamin|amphetamin|speed)\b[^.?!\n]{0,20}"
    r"\bher\b"
    r"|\b(?:herstell\w*|synthetisier\w*|kochen|koche|gewinnen|extrahier\w*|pressen|anbau\w*|"
    r"fabrizier\w*)\b[^.?!\n]{0,30}\b(?:crystal|meth|methamphetamin|crystal meth|kokain|"
    r"heroin|fentanyl|lsd|mdma|ecstasy|ghb|dmt|ketamin|amphetamin|speed|pillen)\b"
    r"|\b(?:crystal|meth|methamphetamin|kokain|heroin|fentanyl|lsd|mdma|ecstasy|ghb|dmt|"
    r"ketamin|amphetamin|speed)\b[^.?!\n]{0,40}\b(?:herstell\w*|herzustell\w*|synthetisier\w*|kochen|"
    r"gewinnen|extrahieren|pressen)\b"
    r"|\b(?:fabriquer|synth[ée]tiser|produire|cuisiner|extraire|presser|cultiver|raffiner|"
    r"transformer|fabrication|synth[èe]se)\b[^.?!\n]{0,30}\b(?:m[ée]th|"
    r"m[ée]thamph[ée]tamine|crystal|coca[ïi]ne|crack|h[ée]ro[ïi]ne|fentanyl|lsd|mdma|ecstasy|"
    r"ghb|dmt|k[ée]tamine|amph[ée]tamines?|speed|pilules)\b"
    r"|\b(?:fabricar|sintetizar|producir|cocin(?:ar|a|o|an)|extraer|prensar|cultivar|refinar|"
    r"hacer|prepar(?:ar|a|o|an)|fabricaci[óo]n|s[íi]ntesis)\b[^.?!\n]{0,30}\b"
    r"(?:metanfetamina|meth|cristal|coca[íi]na|crack|hero[íi]na|fentanilo|lsd|mdma|[ée]xtasis|"
    r"ghb|dmt|ketamina|anfetaminas?|speed|pastillas|pasta base|paco)\b"
    r"|(?:сделать|делать|приготовить|готовить|сварить|варить|синтезировать|синтез\w*|"
    r"изготовить|изготовлени\w+|производить|производств\w+|получить|выделить|экстрагировать|"
    r"вырастить|прессовать)\s+[^.?!\n]{0,30}(?:мет\b|метамфетамин|первитин|мефедрон|меф\b|"
    r"амфетамин|фен\b|кокаин|крэк|героин|фентанил|лсд|мдма|экстази|ghb|dmt|дмт|кетамин|"
    r"соль|соли|спайс|дезоморфин|крокодил|винт|мак)"
    r"|(?:выделить|выделять|экстрагировать|сделать|изготовить|сварить|варить|приготовить)\s+"
    r"[^.?!\n]{0,30}(?:кодеин\w*|опи[йяюеу]\b|опиум\w*)"
    r"|рецепт\w*\s+(?:\w+\s+)?(?:мефедрон\w*|метамфетамин\w*|амфетамин\w*|героин\w*|"
    r"кокаин\w*|фентанил\w*|дезоморфин\w*)"
    r"|(?:мефедрон|метамфетамин|амфетамин|героин|кокаин|фентанил|лсд|мдма|дмт|дезоморфин)"
    r"\s+[^.?!\n]{0,20}(?:в домашних условиях|синтез|рецепт)"
    r"|(?:制作|制造|合成|提炼|提取|生产|熬制|熬|炼|种植|压制|做)\w{0,6}(?:冰毒|甲基苯丙胺|"
    r"海洛因|可卡因|芬太尼|摇头丸|K粉|氯胺酮|麻古|大麻油|LSD|MDMA|GHB|DMT|毒品|迷药|"
    r"麻黄碱|伪麻黄碱|奥施康定|羟考酮|假药)|压片机"
    r"|(?:冰毒|甲基苯丙胺|海洛因|可卡因|芬太尼|摇头丸|氯胺酮|毒品)\w{0,4}(?:的)?(?:制作|"
    r"制造|合成|提炼|生产)(?:方法|步骤|流程|工艺|配方)"
    r"|\b(?:meth|mdma|lsd|heroin|cocaine|coke|fentanyl|ghb|dmt|charas|ganja|smack|brown "
    r"sugar|chitta)\s+(?:\w+\s+){0,2}(?:kaise|kese)\s+(?:banaye|banaen|banate|banau|banana|"
    r"banaun|taiyar|nikale)\w*"
    r"|\b(?:meth|mdma|lsd|heroin|cocaine|coke|fentanyl|ghb|dmt|charas|smack|brown sugar|"
    r"chitta|ecstasy)\s+(?:\w+\s+){0,2}(?:banane|banakar|banaane|banaana|banate)\b",
)
# a question about the drug, not a way to make it: effects, dangers, detection, treatment,
# history, the law, harm reduction
_DRUG_EXIT = _Source(
    r"\b(?:signs? of|spot|detect|detection|test kits?|testing kit|reagent test|dangers?|"
    r"risks?|effects?|side effects|addict\w*|withdrawal|treatment|rehab|recovery|overdose|"
    r"dangerous|countries|country|regions?|worldwide|global|statistics|cartels?|"
    r"зависимост\w*|лечени\w*|помощь|sucht|abhängig\w*|dépendance|adicci[óo]n|"
    r"naloxone|narcan|history|historically|why (?:is|are|was|were|do|does)|how (?:does|do|"
    r"did) (?:it|they|\w+) (?:work|affect|act)|legal status|is it legal|illegal to|sentenc\w*|"
    r"penalt\w+|police|breaking bad|documentary|pharmacology|pharmacokinetics|metaboli[sz]\w*|"
    r"prescribed|prescription|my doctor|clinical|approved|fda|in hospitals?|anaesthe\w+|"
    r"anesthe\w+|make sure|cut (?:back|down)|quit|stop using|wirkung|gefahren|effets|"
    r"dangers|efectos|peligros|последствия|вред)\b|危害|戒毒|为什么|历史",
)


def _words(text: str) -> list[str]:
    return text.split()


_LITERAL, _AT, _SUB, _BRANCH = "LITERAL", "AT", "SUBPATTERN", "BRANCH"
_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")


def _needs(items: Any) -> frozenset[str] | None:
    """Strings one of which every match of the parsed ``items`` contains (the longest such
    set found), or None where the parse does not say: a cheap substring test then skips a
    branch that cannot match, instead of the regex engine trying it at every position."""
    found: list[frozenset[str]] = []
    run = ""
    for op, value in items:
        name = str(op)
        if name == _LITERAL:
            run += chr(value)
            continue
        if name == _AT:  # a word boundary: no character of its own
            continue
        if run:
            found.append(frozenset({run}))
            run = ""
        part: frozenset[str] | None = None
        if name == _SUB:
            part = _needs(value[3])
        elif name == _BRANCH:
            alternatives = [_needs(a) for a in value[1]]
            if all(a is not None for a in alternatives):
                part = frozenset().union(*(a for a in alternatives if a is not None))
        elif name in _REPEATS and value[0] >= 1:
            part = _needs(value[2])
        if part:
            found.append(part)
    if run:
        found.append(frozenset({run}))
    if not found:
        return None
    return max(found, key=_selective)


# words so common that a test for them skips almost nothing
_COMMON = frozenset(
    _words(
        "the a an and or of to in on at for from with by all each every this that these those my "
        "our your his her their you he she they it we i is are was were be been will would can "
        "could may might must shall should need not no never do does did don't won't can't "
        "cannot aren't isn't wo have has had as so if than then there them what when who how "
        "get got go going more some any only just out up down off away like one over"
    )
)


def _selective(strings: frozenset[str]) -> tuple[bool, float, int, int]:
    """How much a set of needed strings is worth testing: none shorter than three
    characters, the fewest common words, the shortest the longest, then the fewest."""
    shortest = min(len(x.strip()) for x in strings)
    common = sum(1 for x in strings if (x.strip(" '").split() or [""])[0] in _COMMON)
    return (shortest >= 3, -common / len(strings), shortest, -len(strings))


@dataclass(frozen=True, slots=True)
class _Branch:
    needs: tuple[str, ...]  # one of these (lower-cased) or the branch cannot match; () = any
    regex: re.Pattern[str]
    cased: bool  # reads capitals (a name): searched in the text as written
    grams: frozenset[str]  # the needed strings' first four characters
    short: tuple[str, ...]  # the needed strings shorter than four characters


def _branches(pattern: _Source) -> tuple[_Branch, ...]:
    """A case-insensitive pattern as its alternatives, each searched in the lower-cased text
    (far faster than case-insensitive matching) after its substring test; one that reads
    capitals (``(?-i:``) is searched in the text as written."""
    parser = importlib.import_module("re._parser")
    out = []
    for source in alternatives(pattern.pattern):
        cased = "(?-i:" in source
        needs = _needs(parser.parse(source.lower() if not cased else source).data)
        regex = re.compile(source, re.IGNORECASE) if cased else re.compile(source.lower())
        strings = tuple(sorted(x.lower() for x in needs)) if needs else ()
        grams = frozenset(x[:4] for x in strings if len(x) >= 4)
        short = tuple(x for x in strings if len(x) < 4)
        out.append(_Branch(strings, regex, cased, grams, short))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class _Index:
    """A kind's branches by the four-character pieces of their needed strings, so that a
    text's pieces name the branches worth trying at once, instead of a test per branch."""

    branches: tuple[_Branch, ...]
    by_gram: dict[str, tuple[int, ...]]
    always: tuple[int, ...]  # branches with no needed string: tried on every text
    by_short: tuple[tuple[str, tuple[int, ...]], ...]  # needed strings under four characters


def _index(branches: tuple[_Branch, ...]) -> _Index:
    by_gram: dict[str, list[int]] = {}
    by_short: dict[str, list[int]] = {}
    always = []
    for i, branch in enumerate(branches):
        if not branch.needs:
            always.append(i)
        for gram in branch.grams:
            by_gram.setdefault(gram, []).append(i)
        for short in branch.short:
            by_short.setdefault(short, []).append(i)
    return _Index(
        branches,
        {g: tuple(ix) for g, ix in by_gram.items()},
        tuple(always),
        tuple((x, tuple(ix)) for x, ix in by_short.items()),
    )


def _search_indexed(index: _Index, text: str, lower: str, grams: set[str]) -> bool:
    """Whether a branch matches, trying only those whose needed strings the text may hold
    (``grams``: its four-character pieces), found through the kind's index."""
    tried: set[int] = set(index.always)
    by_gram = index.by_gram
    for gram in grams & by_gram.keys():
        tried.update(by_gram[gram])
    for short, ix in index.by_short:
        if short in lower:
            tried.update(ix)
    branches = index.branches
    for i in sorted(tried):
        branch = branches[i]
        if branch.regex.search(text if branch.cased else lower):
            return True
    return False


_Kind = tuple[tuple[str, ...], tuple[_Branch, ...], tuple[str, ...], re.Pattern[str]]


def _kind(
    pattern: _Source,
    categories: tuple[str, ...],
    exit_: _Source,
    hint: tuple[str, ...] = (),
) -> _Kind:
    return hint, _branches(pattern), categories, re.compile(exit_.pattern.lower())


# Every branch of the rule that keeps a group out names a group, so a text with none of these
# pieces of the groups' words (in each language; _ for a space) skips the kind's 34 branches.
_GROUP_HINT = tuple(
    x.replace("_", " ")
    for x in _words(
        """black white asian chines japanes indian mexican polish turk irish arab trans older
    elder african korea russia somal nigeri pakist roma latin hispan jew musli hindu sikh
    cathol christ gay lesb disab deaf blind autis pregn foreig indig aborig nativ filip vietn
    sound hiv binary bangl syria afgha roman ukrai alban moroc kurd congo haiti jamai venez
    colom brazi iraq iran palest israe egypt leban sudan eritr ethio ghan keny cuba puert
    atheis protest buddh bisex queer lgbt homos immig migra refug asylum gyps travel poles
    women woman girls female mother pensio syndrome disabil mentally wheelchair single
    forty fifty sixty seventy eighty old_people over_4 over_5 over_6 over_7
    over_8 india bulgar alger tunis guatem hondur abroad overseas
    countries asia middle east europe poland ghana kenya haiti
    ausländ jude juden muslim türk flücht schwar zigeun schwul behind rollst frau pole russe
    asiat afrika alte ältere kopftuch musulm juif arabe noir étrang immigr réfug gitan handic
    femme maghr origine judí árabe negro extranj inmigr refugi moro discapac mujer indígen
    chino asiát sudaca venezol marroq ruman ecuator peruan bolivi dominic personas
    евре мусульм цыган мигрант приезж кавказ чёрн черн азиат \u0433\u0435\u0435 геи геям
    инвалид женщин
    таджик узбек украин нерусск иностран беженц
    黑人 穆斯林 犹太 外地人 外国人 河南人 新疆人 农村人 女性 女人 孕妇 残疾 同性恋 非洲 少数民族
    移民 难民 老人 乙肝 艾滋
    musalman dalit isai bihari madrasi chamar kashmiri ladkiyon auraton mahilaon"""
    )
)


@dataclass(frozen=True, slots=True)
class _Tables:
    # A kind's hint (a text with none of its strings skips the kind), its pattern as branches,
    # the moderation categories it implies, and a pattern whose match lets the request go (a
    # question about the harm, not for it)
    requests: tuple[_Kind, ...]
    indexes: tuple[_Index, ...]
    make_believe: re.Pattern[str]
    at_reader: re.Pattern[str]


@functools.cache
def _tables() -> _Tables:
    """The kinds' branches and indexes, compiled once, at the first text read (or ``warm``)."""
    requests = (
        _kind(_THREAT, ("harassment", "harassment/threatening", "violence"), _THREAT_EXIT),
        _kind(_EXCLUSION, ("hate",), _EXCLUSION_EXIT, _GROUP_HINT),
        _kind(_PRIVATE_DATA, ("illicit", "harassment"), _PRIVATE_EXIT),
        _kind(_DRUG_MAKING, ("illicit",), _DRUG_EXIT),
    )
    return _Tables(
        requests,
        tuple(_index(branches) for _, branches, _, _ in requests),
        re.compile(_FICTION.pattern.lower()),
        re.compile(_AT_READER.pattern.lower()),
    )


def warm() -> None:
    """Compile the patterns now (a scanner does at its start, so no request waits for it)."""
    _tables()


def aimed_at_people(text: str) -> set[str]:
    """The moderation categories of harm ``text`` asks for by the shape of its request (a
    person's private data, a threat, a rule that keeps a group out, making a drug); empty
    when none, when the harm is make-believe or when the request asks about the harm."""
    found: set[str] = set()
    lower = text.lower()
    tables = _tables()
    if tables.make_believe.search(lower):
        return found
    grams = {lower[i : i + 4] for i in range(len(lower) - 3)}
    threat, _, private, _ = tables.requests
    for kind, index in zip(tables.requests, tables.indexes, strict=True):
        hint, _, categories, exit_ = kind
        if hint and not any(x in lower for x in hint):
            continue
        if _search_indexed(index, text, lower, grams) and not exit_.search(lower):
            found.update(categories)
            if kind is private and tables.at_reader.search(lower):
                found.update(threat[2])
    return found

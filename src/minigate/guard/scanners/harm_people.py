"""Harm aimed at particular people, by its wording: the kinds the fine-tuned gate misses.

Round fourteen's patterns for three kinds whose words are ordinary and whose target makes them
harmful: a private person's private data ("the unlisted number of the chef who lives on my
road"; a public office's number, a fictional character's address or one's own password is
not), a threat with no verb of violence ("we know where your kids play"; the same words about
our own kids are not), and a rule that keeps a group out ("a door policy that turns away
Black men"; one that turns away drunks is not). Each names its moderation categories.
"""

from __future__ import annotations

import re

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
    r"person|guy|lady|judge|journalist|reporter)"
)
# data a person keeps to themselves, whoever they are
_SECRET = (
    r"(?:passwords?|passcodes?|pins?|pin (?:codes?|numbers?)|logins?|social security numbers?|"
    r"ssns?|national insurance numbers?|passport numbers?|(?:credit|debit|bank) card "
    r"(?:numbers?|details)|bank (?:account )?(?:numbers?|details|balances?|statements?)|"
    r"account numbers?|medical (?:records?|history|files?|results?)|(?:gp|pharmacy) records?|"
    r"hiv status|tax (?:records?|returns?)|payslips?|number plates?|gps location|"
    r"(?:live|real-time|exact|current) location|whereabouts|dating-app profiles?|"
    r"(?:(?:daily|running|usual|walking)\s+)+(?:routes?|routines?|schedules?)(?: home)?)"
)
# how to reach a person: private when it says so ("her unlisted number", "home addresses")
_CONTACT = (
    r"(?:(?:private|personal|unlisted|home|mobile|cell|direct|secret|real|current|exact|new)\s+"
    r"(?:(?:phone|mobile|cell|telephone|e-?mail)\s+)?(?:numbers?|address(?:es)?|e-?mails?))"
)
# or when it is one stranger's ("the number of the woman who..."), not a whole list's
_BARE_CONTACT = r"(?:(?:phone|mobile|cell) numbers?|e-?mail address(?:es)?|address(?:es)?)"
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
    )
)
# make-believe: a character's data, a villain's line, a fantasy realm's rule
_FICTION = re.compile(
    r"\b(?:fictional|fictitious|novel|thriller|screenplay|villain|characters?|radio play|"
    r"in-world|fantasy|films?|movies?|tv series|the series|books?|comics?|cartoon|short story|"
    r"my story|role-?play|video game|board game|hide[- ]and[- ]seek|(?:in|for) (?:my|our|a|the) "
    r"game)\b",
    re.IGNORECASE,
)
_WORDS = r"(?:\s+[\w'\u2019]+)"  # a word, possessives included
# a person's name, by its capitals ("Taylor Swift's"), with a word that says the data is
# private: a bare "Sherlock Holmes's address" may be a character's
_NAMED = r"(?-i:[A-Z][\w\u00c0-\u017f-]+(?:\s+[A-Z][\w\u00c0-\u017f-]+){0,2})"
_QUALIFIED = r"(?:private|personal|unlisted|secret|real|current|actual|exact)"
_PRIVATE_DATA = re.compile(
    # the data, then whose: "the home addresses of every nurse", "passwords of my manager"
    rf"\b{_OFFICIAL}(?:{_SECRET}|{_CONTACT})\b(?:\s+(?:and|,)\s+\w+(?:\s+\w+)?)?"
    rf"\s+(?:of|for|belonging to|to)\s+(?:\w+\s+){{0,4}}?{_PERSON}\b"
    rf"|\b{_OFFICIAL}{_BARE_CONTACT}\b(?:\s+(?:and|,)\s+\w+(?:\s+\w+)?)?\s+(?:of|for)\s+"
    rf"(?:the|this|that|a|an)\s+(?:\w+\s+){{0,2}}?{_PERSON}\b"
    # whose, then the data: "the chef's unlisted number", "every volunteer's home address"
    rf"|\b{_PERSON}{_S}\s+(?:\w+\s+){{0,2}}?{_OFFICIAL}(?:{_SECRET}|{_CONTACT})\b"
    # a named person's private data: "Taylor Swift's current home address"
    rf"|\b{_NAMED}{_S}{_WORDS}{{0,2}}?\s+{_QUALIFIED}\s+(?:\w+\s+){{0,2}}?(?:{_SECRET}|{_CONTACT}|"
    r"accounts?|e-?mails?)\b"
    rf"|\b{_SECRET}\s+(?:of|for|to)\s+(?:\w+\s+){{0,2}}?{_NAMED}{_S}\s+{_QUALIFIED}\b"
    r"|(?<!my )(?<!our )(?<!your )\b(?:private|personal|secret)\s+(?:\w+\s+)?(?:passwords?|"
    r"logins?|pins?)\s+(?:of|for|to)\b"
    # where a private person lives: "where does the officer who fined me live"
    rf"|\b(?:where|which (?:house|flat|apartment|street|road|building|door)) (?:exactly )?"
    rf"does{_WORDS}{{0,8}}?\s+{_PERSON}\b{_WORDS}{{0,9}}\s+live\b"
    rf"|\bwhere (?:does |do )?(?:each|every|all)\b{_WORDS}{{0,5}}?\s+(?:{_PERSON}|of them)\b"
    rf"{_WORDS}{{0,5}}?\s+lives?\b"
    # which school a private person's child goes to
    rf"|\bwhich (?:school|nursery|kindergarten|daycare)\s+(?:does |do )?(?:\w+\s+){{0,3}}?"
    rf"(?:\w+{_S}|his|her|their)\s+(?:\w+\s+)?(?:child|children|kids?|son|daughter)\s+(?:go|"
    r"goes|attends?)\b"
    r"|\bwhich (?:hotel )?room (?:is|are) (?:\w+\s+){1,4}staying\b",
    re.IGNORECASE,
)
_REACHED = (
    r"(?:your|his|her|their)\s+(?:\w+\s+)?(?:kids?|children|son|daughter|wife|husband|"
    r"parents?|family|mum|mother|dad|father|grandchildren|baby)"
)
_THREAT = re.compile(
    # "we know where your kids play", "I know which nursery your daughter goes to"
    r"\b(?:i|we)\s+(?:know|knows|have seen|'ve seen|found out|watch)\s+(?:exactly\s+)?"
    rf"(?:where|which \w+|when|what time)\s+(?:\w+\s+){{0,2}}?{_REACHED}\b"
    # "you won't see your next birthday", "he won't see another Christmas"
    r"|\b(?:won't|will not|never|not|don't|doesn't|wo n't)\s+(?:\w+\s+)?(?:see|live to see|"
    r"make it to|survive)\s+(?:\w+\s+)?(?:next|another)\s+(?:birthday|christmas|new year|"
    r"summer|winter|week|weekend|sunrise|morning|year)\b"
    # "nobody will ever find you", "nobody would find what's left of you"
    r"|\b(?:nobody|no one|no-one)\s+(?:will|would|'ll|'d|is going to)\s+(?:ever\s+)?find\s+"
    r"(?:you|him|her|them|what's left|what is left|your body|his body|her body)\b"
    # "your family will pay", "his kids are being watched", "her son won't be safe"
    rf"|\b{_REACHED}\s+(?:will|'ll|is going to|are going to|would)\s+(?:pay|suffer|be next|"
    r"be sorry|regret)\b"
    rf"|\b{_REACHED}\s+(?:are|is)\s+being\s+(?:watched|followed)\b"
    rf"|\b(?:you|{_REACHED})\s+(?:will not|won't|wo n't|will no longer|will never)\s+be\s+"
    r"safe\b"
    r"|\bfor the rest of (?:your|his|her|their) short life\b"
    r"|\bgets? a (?:little |friendly )?visit from (?:some )?(?:friends of mine|my (?:friends|"
    r"boys|lads))\b"
    # German, French and Spanish: "wir wissen, wo deine Frau arbeitet", ...
    r"|\b(?:wir wissen|ich weiß|ich weiss),? (?:genau )?(?:wo|wann)\s+(?:dein|deine|ihr|ihre|"
    r"sein|seine)\s+(?:\w+\s+)?(?:frau|mann|kinder|kind|tochter|sohn|familie|eltern|mutter)\b"
    r"|\b(?:nicht mehr|nie wieder) aufwach"
    r"|\b(?:on|nous) sai(?:t|ons) (?:où|à quelle heure|quand)\s+(?:\w+\s+)?(?:ta|ton|tes|sa|son|"
    r"ses)\s+(?:femme|mari|enfants?|fille|fils|famille|parents|mère)\b"
    r"|\bne sera(?:nt)? plus en sécurité\b"
    r"|\bsabemos (?:dónde|a qué hora|cuándo)\s+(?:\w+\s+){0,2}(?:tu|tus|su|sus)\s+(?:hija|hijo|"
    r"hijos|mujer|esposa|marido|familia|padres|madre)\b"
    r"|\bno (?:va|vas|van) a ver otro (?:amanecer|día|cumpleaños)\b",
    re.IGNORECASE,
)
_GROUP = (
    r"(?:black|white|asian|jewish|jews|muslims?|christians?|catholics?|hindus?|sikhs?|gay|"
    r"lesbians?|bisexual|trans(?:gender)?|queer|lgbtq?\+?|immigrants?|migrants?|refugees?|"
    r"foreigners|mexicans?|chinese|africans?|arabs?|arabic|indians?|latinos?|latinas?|"
    r"hispanics?|roma|gypsies|travell?ers|pakistanis?|nigerians?|polish|indigenous|disabled|"
    r"deaf|blind|autistic|pregnant|single mothers?|women|older|elderly|foreign(?:-born|"
    r"-sounding| accents?)|over (?:\d+|forty|"
    r"fifty|sixty|seventy))"
)
_EXCLUSION = re.compile(
    # a written rule, then what it does to a group: "a lease clause that stops Black families"
    r"\b(?:polic(?:y|ies)|rules?|clauses?|criteria|checklist|wording|bylaws|constitution|"
    r"terms|sign|notice|form|job ad|listing|scoring sheet|script|law|requirements)\b"
    r"[^.?!\n]{0,50}?\b(?:keeps?|keeping|screens?|screening|filters?|filtering|turns?|turning|"
    r"bars?|barring|bans?|banning|stops?|stopping|refuses?|refusing|rejects?|rejecting|"
    r"excludes?|excluding|puts?|marks? down|denies|denying|prevents?|preventing)\s+"
    rf"(?:out\s+|away\s+|off\s+|down\s+)?(?:\w+\s+){{0,4}}?(?:with (?:an? )?)?{_GROUP}\b"
    # the group first: "Mexicans will not be served", "Jews can't become members"
    rf"|\b{_GROUP}(?:[\s-]+\w+){{0,2}}\s+(?:will not|won't|wo n't|can't|cannot|can not|may not|"
    r"must not|are not allowed to|aren't allowed to|should not|shouldn't)\s+(?:be\s+)?"
    r"(?:allowed\s+to\s+)?(?:served|rent|apply|become members|join|enter|vote|buy|use|work|"
    r"live|drive|marry|adopt|teach|own)\b"
    # "why should Jewish students be capped", "why should Catholics be kept out"
    rf"|\b(?:why|should|shouldn't)\b[^.?!\n]{{0,20}}\b{_GROUP}\b[^.?!\n]{{0,25}}\bbe\s+"
    r"(?:capped|limited|restricted|kept (?:out|off|away))\b",
    re.IGNORECASE,
)

# Pattern -> the moderation categories it implies, and the words one of which it needs (a
# substring test costs far less than a pattern that tries each word of the text)
REQUESTS: tuple[tuple[re.Pattern[str], tuple[str, ...], tuple[str, ...]], ...] = (
    (_THREAT, ("harassment", "harassment/threatening", "violence"), ()),
    (_EXCLUSION, ("hate",), ()),
    (
        _PRIVATE_DATA,
        ("illicit", "harassment"),
        (
            "address",
            "number",
            "passw",
            "login",
            "pin",
            "ssn",
            "record",
            "history",
            "status",
            "return",
            "payslip",
            "plate",
            "location",
            "whereabouts",
            "profile",
            "route",
            "routine",
            "schedule",
            "live",
            "room",
            "school",
            "nursery",
            "kindergarten",
            "daycare",
            "mail",
            "account",
            "files",
            "results",
            "details",
            "balance",
            "statement",
        ),
    ),
)


def aimed_at_people(text: str) -> set[str]:
    """The moderation categories of harm ``text`` aims at a particular person or group by
    its wording; empty when none, or when the harm is make-believe."""
    found: set[str] = set()
    if _FICTION.search(text):
        return found
    lower = text.lower()
    for pattern, categories, needs in REQUESTS:
        if (not needs or any(word in lower for word in needs)) and pattern.search(text):
            found.update(categories)
    return found

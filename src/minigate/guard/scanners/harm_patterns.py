"""Harmful requests whose wording, not their words, makes them harmful.

"How do I kill a Python process?" and "How do I kill my neighbour?" share every n-gram that
matters to a bag-of-words gate; what differs is the target. These patterns name the harm and
its target together, for the kinds of request issue 18 listed as missed: violence against a
person, someone's private data, drug synthesis, and discrimination against a real group
(with a real right denied: "why can gay people not time-travel" is a joke, not a slur).
A match is a category, and strong evidence of harm on its own.
"""

from __future__ import annotations

import re

from minigate.guard.scanners.harm_people import aimed_at_people

_ASK = (
    r"(?:how (?:do|can|could|would|should|might|to)|(?:best|easiest|quickest|fastest|safest|"
    r"cheapest|simplest) way to|ways? to|help me|teach me|tell me how to|show me how to|"
    r"steps to|guide to|instructions (?:for|to)|what(?:'s| is| would be) the (?:best|easiest|"
    r"quickest) way to|i (?:want|need|plan|am going|'m going) to|where can i|(?:good|best|"
    r"perfect|easiest|general) (?:ways?|strategy|method|process) (?:of|for|to)|what steps "
    r"should (?:i|we) take to|how (?:do|can|should) (?:i|we) (?:best|secretly|quietly))"
)
_PEOPLE = (
    r"(?:wife|husband|partner|girlfriend|boyfriend|ex|ex-wife|ex-husband|neighbou?rs?|boss|"
    r"co-?workers?|colleagues?|teachers?|classmates?|friends?|brother|sister|mother|father|mom|"
    r"mum|dad|parents?|child|children|kids?|baby|babies|toddlers?|person|people|someone|"
    r"somebody|humans?|man|woman|men|women|girls?|boys?|family|roommates?|landlord|tenant|"
    r"president|politicians?|cops?|police officers?|strangers?|victims?|witness|pedestrians?|"
    r"students?|customers?|employees?|enemy|enemies|rivals?|spouse|grandmother|grandfather|"
    r"grandma|grandpa|uncle|aunt|cousin|nephew|niece|son|daughter|stepdad|stepmom|"
    r"step-?(?:brother|sister)|half-?(?:brother|sister)|"
    r"step-?(?:son|daughter|father|mother)|in-laws?|girlfriend's \w+|wife's \w+|human beings?|"
    r"village|town|humanity|(?:dead )?body|bodies|corpse|group of people|crowd|school|army base|"
    r"embassy|church|mosque|synagogue|temple|airport|hospital|population|race|someone's \w+|"
    r"city|house|home|people I don't like|people in my \w+|an entire \w+|"
    r"(?:ex ?boyfriend|ex ?girlfriend|ex|neighbou?r|boss)'s \w+)"
)
_VIOLENCE = (
    r"(?:kill|murder|strangle|stab|poison|shoot|drown|suffocate|smother|behead|decapitate|"
    r"torture|kidnap|abduct|assault|beat up|hurt|maim|dismember|execute|slaughter|rape|molest|"
    r"bury|gut|butcher|skin|choke|hang|burn|run over|knock out|break the (?:legs|neck|arm)s? of|"
    r"get rid of|eliminate|take out|dispose of|make \w+ disappear|sedate|drug|blackmail|stalk|"
    r"harass|bully|threaten|groom|wipe out|annihilate|hit|punch|tackle|smash|hunt down|"
    r"liquidate|exterminate|massacre|saw|chop up|cut up|bomb|blow up|set fire to|gas|"
    r"obliterate|eradicate|demolish|shatter|sever|pierce|attack|killing|stealing|bombing|"
    r"eliminating|poisoning|stabbing|shooting|plan (?:the |a )?death of)"
)
_VIOLENT_REQUEST = re.compile(
    rf"\b{_ASK}\b[^.?!\n]{{0,25}}\b{_VIOLENCE}\s+(?:(?:a|an|the|my|our|your|his|her|their|"
    rf"this|that|some|these|those|every|all|another|other)\s+)?(?:\w+\s+)?{_PEOPLE}\b"
    rf"|\b{_VIOLENCE}\s+(?:a|an|my|the)\s+(?:\w+\s+)?{_PEOPLE}\b[^.?!\n]{{0,40}}\b(?:without "
    r"(?:getting caught|anyone (?:knowing|noticing)|leaving (?:a )?(?:trace|evidence))|and get "
    r"away with it)",
    re.IGNORECASE,
)
_CRIME_REQUEST = re.compile(
    rf"\b{_ASK}\b[^.?!\n]{{0,25}}\b(?:(?:rob|hold up|break into|burgle|burglari[sz]e)\s+"
    r"(?:a|an|the|my|our|his|her|their|someone's|that)\s+(?:\w+\s+)?(?:bank|casino|store|shop|house|home|car|"
    r"vault|safe|apartment|gas station|jewell?ery store|atm|person|neighbou?r)|steal(?:ing)?\s+"
    r"(?:a|an|the|my|someone's|somebody's|his|her|their|some)\s+(?:\w+\s+)?(?:car|wallet|purse|"
    r"money|identity|credit card|bike|phone|laptop|jewell?ery|credentials|data|passwords?)|"
    r"launder(?:ing)? money|commit (?:a )?(?:murder|treason|fraud|arson|tax fraud|insurance "
    r"fraud|identity theft|a crime|crimes|terrorism|a terrorist attack|genocide|a hate crime)|"
    r"disable the alarm|hotwire|shoplift|pickpocket|counterfeit (?:money|bills|cash)|forge "
    r"(?:a|an)? ?(?:signature|passport|id|document|check|cheque)|evade (?:taxes|the police)|"
    r"(?:build|make|3d print|assemble) (?:a|an)? ?(?:weapon|gun|bomb|explosive|pipe bomb|"
    r"silencer|grenade|molotov)|make (?:someone's|a|his|her|their) (?:\w+ )?(?:car|house)\s+"
    r"explode|poison (?:a|the) (?:water supply|well|reservoir|food))",
    re.IGNORECASE,
)
_WHERE_CRIME = re.compile(
    r"\bwhere (?:is|can i find) a good (?:place|spot) to (?:commit (?:a )?murder|kill|dump a body|"
    r"hide a body|bury a body)\b",
    re.IGNORECASE,
)
_PRIVATE = (
    r"(?:home address|address|phone number|mobile number|cell number|social security number|"
    r"ssn|bank (?:account|details|statements?|login)|credit card(?: number| details)?|"
    r"medical (?:records?|history)|tax (?:records?|returns?)|(?:email|e-mail|facebook|instagram|"
    r"account) password|password|pin(?: code)?|date of birth|salary|criminal record|"
    r"browsing history|location|whereabouts|private (?:messages|photos|emails)|diary|"
    r"passport number|license plate|immigration status|political (?:affiliation|views)|"
    r"(?:mental )?health(?: history| records| condition)?|sexual orientation|sexuality|"
    r"religion|religious beliefs|income|earnings|facebook login|login|credentials|"
    r"(?:criminal|arrest|police) history|gender identity|hiv status|pregnancy)"
)
_RELATION = (
    r"(?:ex|ex-wife|ex-husband|ex-girlfriend|ex-boyfriend|neighbou?r|boss|co-?worker|colleague|"
    r"teacher|classmate|roommate|landlord|tenant|wife|husband|partner|girlfriend|boyfriend|"
    r"crush|rival|competitor|employee|student|sister|brother|friend|stepdad|stepmom|"
    r"mother-in-law|father-in-law|date|gardener|nanny|babysitter|doctor|therapist|"
    r"patient|tinder match|ex boyfriend|ex girlfriend|cleaner|plumber|new hire|manager|"
    r"dentist|lawyer|accountant|coach|pastor|priest|step-?(?:brother|sister)|"
    r"half-?(?:brother|sister)|cousin|uncle|aunt|nephew|niece)"
)
_PRIVATE_REQUEST = re.compile(
    rf"\b(?:my|our|a|the)\s+(?:\w+\s+)?{_RELATION}(?:'s|s'|\u2019s)\s+(?:\w+\s+)?{_PRIVATE}\b"
    rf"|\b{_PRIVATE}\s+(?:of|for)\s+(?:my|our)\s+(?:\w+\s+)?{_RELATION}\b"
    rf"|\b(?:read|access|see|get into|hack into|log into|break into|spy on|track|monitor)\s+my\s+"
    rf"(?:\w+\s+)?{_RELATION}(?:'s|s'|\u2019s)?\s+(?:\w+\s+)?(?:phone|emails?|messages|texts|"
    r"account|computer|location|whatsapp|facebook|instagram)\b"
    rf"|\bhow much (?:money )?(?:does|do) (?:my|our) (?:\w+\s+)?{_RELATION} (?:earn|make)\b",
    re.IGNORECASE,
)
_DRUGS = (
    r"(?:meth|methamphetamine|crystal meth|crack(?: cocaine)?|cocaine|heroin|fentanyl|lsd|mdma|"
    r"ecstasy|ghb|dmt|pcp|ketamine|opium|morphine|oxycodone|amphetamines?|speed|molly|weed|"
    r"marijuana|cannabis|shrooms|magic mushrooms|xanax|adderall|steroids)"
)
_DRUG_REQUEST = re.compile(
    rf"\b{_ASK}\b[^.?!\n]{{0,25}}\b(?:make|cook|synthesi[sz]e|produce|manufacture|brew|"
    rf"extract|refine|mix|get|buy|obtain|smuggle|sell|deal)\s+(?:some\s+)?(?:\w+\s+)?{_DRUGS}\b"
    rf"|\b(?:recipe|synthesis|synthesis route|precursors?) (?:for|of) (?:\w+\s+)?{_DRUGS}\b",
    re.IGNORECASE,
)
_GROUP = (
    r"(?:black|white|asian|jewish|jews|muslims?|christians?|hindus?|sikhs?|buddhists?|gay|"
    r"lesbians?|bisexual|trans(?:gender)?|queer|lgbtq?\+?|immigrants?|migrants?|refugees?|"
    r"mexicans?|chinese|africans?|arabs?|indians?|latinos?|latinas?|hispanics?|roma|gypsies|"
    r"women|men|girls|disabled|elderly|old|poor|homeless|catholics?|atheists?|native americans?|"
    r"indigenous|aboriginal|pakistanis?|nigerians?|russians?|ukrainians?|palestinians?|"
    r"israelis?|koreans?|japanese|vietnamese|filipinos?|irish|polish|blind|deaf|autistic|"
    r"overweight|fat|short|ugly|single mothers?|divorced|non-binary|nonbinary|people on "
    r"benefits|welfare recipients|poor people|gypsy|travell?ers|sex workers|foreigners)"
)
_RIGHT = (
    r"(?:vote|voting|marry|marriage|work|jobs?|adopt|own (?:property|land|a business|guns)|"
    r"run for office|hold (?:public )?office|serve in the military|join the army|teach|"
    r"immigrate|enter|attend|go to school|study|education|citizenship|rights|equal pay|"
    r"healthcare|housing|be (?:doctors|teachers|pilots|judges|ceos|leaders|citizens|parents)|"
    r"drive|travel|have children|inherit|open a bank account|speak|protest|worship)"
)
_HATE_REQUEST = re.compile(
    rf"\b(?:why|should|shouldn't|how can we|how do we)\b[^.?!\n]{{0,20}}\b{_GROUP}"
    rf"(?:\s+(?:people|persons|folks|individuals|men|women|kids|children))?\b[^.?!\n]{{0,25}}"
    rf"\b(?:(?:not|n't|never|no longer)\s+(?:be\s+)?(?:allowed|permitted|given|granted|able|"
    rf"entitled|have the right|deserve)\b[^.?!\n]{{0,15}}\b{_RIGHT}\b|(?:be|get)\s+(?:banned|"
    r"deported|segregated|sterili[sz]ed|excluded|imprisoned|expelled|exterminated|eliminated|"
    r"denied|barred|locked up|sent back|kicked out)|(?:are|is)\s+(?:so\s+|all\s+)?(?:inferior|"
    r"subhuman|less intelligent|stupid|lazy|criminals?|dirty|animals|vermin|parasites|evil|"
    r"dangerous|worthless)|(?:are|is)\s+(?:so\s+)?(?:much\s+)?(?:weaker|dumber|lazier|worse|less "
    r"capable|less intelligent|less human) than|(?:be\s+)?kicked off\b|go through extra "
    r"(?:security )?checks|not have (?:kids|children|access to)|be (?:paid|treated) less)"
    rf"|\b(?:restore|bring back|reinstate|justify)\b[^.?!\n]{{0,30}}\b(?:discrimination|"
    rf"segregation|jim crow|apartheid|slavery)\b[^.?!\n]{{0,20}}\b{_GROUP}\b",
    re.IGNORECASE,
)
_ATROCITY = re.compile(
    r"\b(?:why|how)\b[^.?!\n]{0,10}\b(?:was|were|is)\b[^.?!\n]{0,5}\b(?:the\s+)?(?:holocaust|"
    r"slavery|genocide|apartheid|9/11|ethnic cleansing|(?:\w+\s+)?genocide|nanking massacre|"
    r"rape of nanking|trail of tears|armenian genocide|holodomor|khmer rouge)\b[^.?!\n]{0,20}"
    r"\b(?:good|justified|a good thing|right|necessary|beneficial|deserved|acceptable)\b"
    r"|\b(?:glorify|praise|celebrate|justify)\b[^.?!\n]{0,20}\b(?:the\s+)?(?:holocaust|"
    r"genocide|slavery|9/11|terrorist attacks?|mass shootings?|school shootings?)\b"
    r"|\b(?:make (?:people|everyone|others) believe|show|prove|argue|convince \w+)\b[^.?!\n]{0,15}"
    r"\b(?:the\s+)?(?:holocaust|\w+ genocide|genocide|trail of tears|slavery|nanking massacre|"
    r"moon landing)\b[^.?!\n]{0,20}\b(?:never happened|was (?:a |an )?(?:\w+ )?(?:fabrication|"
    r"lie|hoax|myth|exaggerat\w+))"
    r"|\b(?:recreate|reenact|rebuild)\b[^.?!\n]{0,25}\b(?:auschwitz|concentration camps?|"
    r"death camps?|gas chambers?)\b",
    re.IGNORECASE,
)
_SELF_HARM = re.compile(
    r"\b(?:how (?:do|can|should) i|best way to|ways to|help me)\b[^.?!\n]{0,15}\b(?:end my "
    r"life|kill myself|take my (?:own )?life|commit suicide|hurt myself|cut myself|starve myself|"
    r"overdose)\b",
    re.IGNORECASE,
)

# Pattern -> the moderation categories it implies.
REQUESTS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (_VIOLENT_REQUEST, ("violence", "illicit/violent")),
    (_PRIVATE_REQUEST, ("illicit", "harassment")),
    (_DRUG_REQUEST, ("illicit",)),
    (_CRIME_REQUEST, ("illicit",)),
    (_WHERE_CRIME, ("violence", "illicit/violent")),
    (_SELF_HARM, ("self-harm", "self-harm/instructions")),
    (_HATE_REQUEST, ("hate",)),
    (_ATROCITY, ("hate",)),
)


# Harm inside a game, a film or a story is make-believe ("kill someone in Call of Duty").
_FICTION = re.compile(
    r"\bin (?:a |an |the |my )?(?:minecraft|call of duty|fortnite|gta|grand theft auto|skyrim|"
    r"the sims|roblox|video ?game|computer game|board game|game|film|movie|novel|story|play|"
    r"screenplay|script|dungeons (?:and|&) dragons|d&d|chess)\b|\bfake \w+ in a (?:film|movie)\b",
    re.IGNORECASE,
)


def harmful_request(text: str) -> set[str]:
    """The moderation categories that ``text`` asks for harm in, by its wording; empty when
    none does (or when the harm is in a game or a story)."""
    found: set[str] = set()
    if _FICTION.search(text):
        return found
    for pattern, categories in REQUESTS:
        if pattern.search(text):
            found.update(categories)
    return found | aimed_at_people(text)


# Round seven: the patterns' parts as separate cues for the learned stack, which weighs them
# with the embedding and n-gram gates instead of requiring the whole phrase to match.
_CUES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(rf"\b{pattern}\b", re.IGNORECASE))
    for name, pattern in (
        ("ask", _ASK),
        ("violence", _VIOLENCE),
        ("people", rf"(?:my|our|a|an|the|his|her|their|some|this|that)\s+(?:\w+\s+)?{_PEOPLE}"),
        ("private", _PRIVATE),
        ("relation", rf"(?:my|our)\s+(?:\w+\s+)?{_RELATION}"),
        ("drugs", _DRUGS),
        ("group", _GROUP),
    )
)
CUE_NAMES: tuple[str, ...] = (
    *(name for name, _ in _CUES),
    "fiction",
    "violence&people",
    "private&relation",
    "ask&drugs",
    "group&violence",
)


def cues(text: str) -> list[float]:
    """Which parts of a harmful request the text holds (1.0 or 0.0), in ``CUE_NAMES``
    order, with the pairs that make a harm aimed at a target."""
    hit = {name: bool(pattern.search(text)) for name, pattern in _CUES}
    hit["fiction"] = bool(_FICTION.search(text))
    hit["violence&people"] = hit["violence"] and hit["people"]
    hit["private&relation"] = hit["private"] and hit["relation"]
    hit["ask&drugs"] = hit["ask"] and hit["drugs"]
    hit["group&violence"] = hit["group"] and hit["violence"]
    return [1.0 if hit[name] else 0.0 for name in CUE_NAMES]

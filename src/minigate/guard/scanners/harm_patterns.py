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

# Round fifty-four (benchmarks/guard/harm126.py): requests the shipped code missed on the design
# data, by shape. Each names the harm and what makes it one together, as the patterns above.
#
# Glorifying or justifying an atrocity, or wanting it back: an atrocity or its perpetrator,
# and the request that it was right, good or deserved ("why was Hitler right to attack
# Poland", "explain why the Nanking massacre was deserved"), that it be praised, repeated or
# restored. A question about why it happened, or about its victims, is history, not harm.
_ATROCITIES = (
    r"(?:the\s+)?(?:holocaust|shoah|(?:\w+\s+){0,2}genocides?|slavery|(?:\w+\s+)?slave "
    r"trade|apartheid|jim crow(?: laws)?|segregation|ethnic cleansing|(?:\w+\s+){0,2}massacres?|"
    r"(?:\w+'s\s+)?(?:great\s+)?purges?|gulags?|holodomor|trail of tears|9/11(?: attacks)?|"
    r"kristallnacht|lynchings?|killing fields|concentration camps?|death camps?|gas chambers?|"
    r"final solution|(?:\w+\s+){0,2}(?:school |mass |church )?shootings?|great leap forward|"
    r"cultural revolution|(?:the\s+)?confederacy|"
    r"terrorist attacks?|hitler|(?:the\s+)?nazis?|nazi germany|the third reich|stalin|pol pot|"
    r"(?:the\s+)?khmer rouge|isis|(?:the\s+)?islamic state|al[- ]qaeda|(?:osama )?bin laden|"
    r"(?:the\s+)?taliban|mussolini|idi amin|pinochet|milosevic|mladic|karadzic|(?:the\s+)?kkk|"
    r"(?:the\s+)?ku klux klan|dylann roof|(?:anders )?breivik|(?:timothy )?mcveigh|"
    r"(?:the\s+)?unabomber|(?:brenton )?tarrant|(?:the\s+)?(?:\w+\s+)?(?:hijackers|shooters?|"
    r"suicide bombers?|terrorists)|(?:the\s+)?interahamwe|(?:the\s+)?janjaweed|leopold ii|"
    r"(?:the\s+)?(?:rwandan|armenian|bosnian|cambodian|srebrenica|nanking|nanjing|my lai)\s+\w+)"
)
_APPROVAL = (
    r"(?:(?:so\s+|actually\s+|really\s+|morally\s+|ultimately\s+|entirely\s+|totally\s+|"
    r"completely\s+|a\s+|an\s+|the\s+)*(?:good|right|justified|justifiable|beneficial|positive|"
    r"deserved|necessary evil|admirable|heroic|heroes|(?:a\s+)?hero|(?:a\s+)?martyr|(?:a\s+)?role "
    r"model|(?:a\s+)?visionary|noble|a good thing|good thing|good idea|necessary step|"
    r"best (?:thing|system|solution|policy|idea)|(?:the )?right (?:thing|call|decision|choice)|"
    r"correct|a blessing|a success story)(?:\s+(?:thing|idea|event|policy|solution))?)"
    r"(?=\s*(?:[.?!,;:]|$)|\s+(?:for|to|about|because|in|at|when|and|since|that|as|if|of)\b)"
)
# what an atrocity's name may be followed by when the text is about its victims or its end
_NOT_PERPETRATOR = (
    r"(?!\s+(?:first\s+)?(?:responders|victims|survivors|memorial|museum|heroes|firefighters|"
    r"families|dead|fallen|rescuers|trials?))"
)
_GLORIFY = re.compile(
    rf"\b(?:why|how|explain why|argue that|prove that|show that)\s+(?:was|were|is|are)\s+"
    rf"{_ATROCITIES}\b(?:(?!\b(?:not|never|far|alt|center|centre)\b|n't)[^.?!\n]){{0,15}}"
    rf"\b{_APPROVAL}"
    rf"|\b(?:why|that|how)\s+{_ATROCITIES}\s+(?:was|were|is|are)\s+{_APPROVAL}"
    rf"|\bwhy did\s+{_ATROCITIES}\s+do\s+(?:the\s+)?right(?:\s+thing)?\b"
    rf"|\b(?:what|list|name|give me)\b[^.?!\n]{{0,12}}\b(?:benefits|positive (?:aspects|effects|"
    rf"sides|outcomes|things)|upsides|advantages|good (?:things|sides|parts)) of\s+{_ATROCITIES}\b"
    r"|\b(?:glorif\w*|prais\w*|celebrat\w*|justif(?:y|ies|ying)|romantici[sz]\w*|idoli[sz]\w*|"
    r"defend(?:s|ing)?|"
    r"(?:tribute|ode|hymn|anthem) (?:to|for))\s+"
    r"(?:the\s+)?(?:(?!victims|survivors|memory|memorial|end|ending|abolition|fall|defeat|"
    r"liberation|resistance|rescuers|firefighters|responders|heroes|fight|struggle|opponents|"
    rf"resisters)[\w']+\s+){{0,2}}{_ATROCITIES}\b{_NOT_PERPETRATOR}"
    r"|\b(?:why|how)\s+(?:should|can|could|do|would|must)\s+(?:we|i|our \w+|the \w+|america|"
    r"britain|this country)\b[^.?!\n]{0,15}\b(?:bring back|restore|reinstate|return to|revive)\s+"
    r"(?:the\s+)?(?:slavery|segregation|jim crow(?: laws)?|apartheid|(?:the\s+)?slave trade|"
    r"concentration camps|lynchings?|the final solution)\b"
    r"|\b(?:replicate|recreate|re-create|reenact|re-enact|repeat|emulate|imitate|copy|finish)\s+"
    r"(?:what\s+)?"
    rf"(?:the\s+)?{_ATROCITIES}(?:'s|\s+did)?\b"
    rf"|\bcelebrat\w*\s+(?:the\s+)?(?:\w+\s+){{0,3}}(?:bombings?|attacks?|massacres?|shootings?)\b"
    rf"{_NOT_PERPETRATOR}"
    rf"|\bhow (?:could|can|would|might)\s+{_ATROCITIES}\s+have\s+(?:killed|murdered|been)\s+more\b"
    rf"|\buse\s+{_ATROCITIES}'s\s+(?:methods|tactics|techniques|playbook|approach)\b"
    r"|\b(?:how (?:do|can|could) i|i want to|help me)\b[^.?!\n]{0,20}\b(?:carry out|commit|go on|"
    r"plan|stage|pull off)\s+(?:a|an|my own)\s+(?:\w+\s+)?(?:massacre|genocide|shooting|killing "
    rf"spree|rampage)\s+(?:like|as)\s+{_ATROCITIES}"
    r"|\b(?:best way|how (?:do|can|should) i|help me|ways? to|arguments? (?:to|for))\b"
    rf"[^.?!\n]{{0,20}}\b(?:deny|downplay|whitewash)\s+(?:that\s+)?{_ATROCITIES}"
    rf"|\b(?:convince|make|persuade|prove to|show|tell|teach)\b[^.?!\n]{{0,25}}\b{_ATROCITIES}\s+"
    r"(?:never happened|didn't happen|did not happen|never took place|was (?:a |an )?(?:\w+ )?"
    r"(?:hoax|myth|lie|fabrication|fake|exaggeration|invention|staged))",
    re.IGNORECASE,
)

# Drug dealing and production beyond the synthesis verbs above: cutting a product so buyers do
# not notice, growing or scaling up to sell, pressing fake pills, precursors bought past the
# checks, real quantities asked for, a drug slipped into someone's drink.
_STREET_DRUGS = (
    rf"(?:{_DRUGS}|coke|blow|smack|crystal|psilocybin|mushrooms?|pills|percocets?|oxy|benzos?|"
    r"mephedrone|ghb|ketamine|k|fentanyl|morphine base|cocaine paste|xanax bars?|lsd)"
)
_DRUG_TRADE = re.compile(
    rf"\b(?:cut|cutting|stretch|bulk up)\b[^.?!\n]{{0,30}}\b{_STREET_DRUGS}\b[^.?!\n]{{0,60}}"
    r"\b(?:sells?|selling|buyers?|customers?|notice|product|per gram|profit|more money)\b"
    rf"|\b(?:i'm|i am|i want to|i'd like to|help me|how (?:do|can) i)\s+(?:\w+\s+)?(?:grow|"
    rf"growing|set up)\b[^.?!\n]{{0,40}}\b(?:cannabis|marijuana|weed|pot|"
    r"psilocybin|mushroom)\b[^.?!\n]{0,60}\b(?:to sell|so i can sell|supply|deal|heat "
    r"signature|power company|electricity spike)"
    rf"|\bscale\b[^.?!\n]{{0,40}}\b(?:lab|setup|set-up|batch(?:es)?|production)\b[^.?!\n]{{0,60}}"
    rf"\b(?:{_STREET_DRUGS}|kilos?|litres|liters)\b"
    r"|\b(?:dry|evaporate|turn)\b[^.?!\n]{0,40}\b(?:ketamine|ghb)\b[^.?!\n]{0,40}\b(?:powder|"
    r"baggies|deals|resale)"
    r"|\b(?:pill press|stamp)\b[^.?!\n]{0,40}\bfake\s+(?:xanax|oxy\w*|percocets?|adderall|pills|"
    r"bars)\b"
    rf"|\b(?:hides?|mail|ship|smuggle|packaging)\b[^.?!\n]{{0,40}}\b{_STREET_DRUGS}\b"
    r"[^.?!\n]{0,40}\b(?:sniffer dogs|drug dogs|customs|the border)\b"
    r"|\b(?:safrole|sassafras oil|p2p|phenylacetone|pseudoephedrine|methylamine)\b[^.?!\n]{0,60}"
    r"\b(?:without (?:asking|the dea|flagging|questions|a licen[cs]e)|in bulk|what else do i "
    r"need|turn it into)"
    r"|\b(?:coca leaves|poppy straw|poppy pods|cold medicine|mimosa|ergot)\b[^.?!\n]{0,60}"
    r"\b(?:steps|quantities|amounts|solvents|yield|tek|reagents|how is it done)\b"
    r"|\b(?:yield|steps|quantities|solvents)\b[^.?!\n]{0,60}\b(?:coca leaves|poppy straw|cold "
    r"medicine|ergot)\b"
    r"|\bdmt tek\b",
    re.IGNORECASE,
)
# asked for a drug's real quantities or for a lab scaled up, the drug named anywhere in the text
_DRUG_LAB = re.compile(
    r"\b(?:real|exact|actual|precise)\s+(?:reagents|quantities|amounts|temperatures|reaction "
    r"steps|chemicals|measurements)\b"
    r"|\bscale\b[^.?!\n]{0,30}\b(?:lab|setup|set-up|production)\b",
    re.IGNORECASE,
)
# A car's owner sought by its plate over a grievance (the plate itself is no sign: folding
# reads "BX19" as leetspeak)
_PLATE = re.compile(
    r"\b(?:who owns|owner of|whose)\b[^.?!\n]{0,40}\b(?:plate|registration)\b"
    r"|\bplate\s+\S+(?:\s+\S+)?[^.?!\n]{0,20}\bwho owns\b",
    re.IGNORECASE,
)
_GRIEVANCE = re.compile(
    r"\b(?:scratched|dented|hit|cut me off|parks|parked|blocking|blocks|blocked|rear-ended|keyed|"
    r"followed|tailgat\w*|crashed into|backed into|where (?:do|does) (?:they|he|she) live|(?:his|"
    r"her|their) address|a word with)\b",
    re.IGNORECASE,
)
_A_DRUG = re.compile(rf"\b{_STREET_DRUGS}\b", re.IGNORECASE)
_SPIKING = re.compile(
    r"\b(?:antifreeze|poison|rat poison|arsenic|cyanide|thallium|ghb|rohypnol|roofies?|benzos?|"
    r"sleeping pills|eye drops)\b[^.?!\n]{0,40}\b(?:in|into)\s+(?:my|his|her|their|a|the|"
    r"someone's)\s+(?:\w+'s\s+)?(?:\w+\s+)?(?:drink|beer|coffee|tea|wine|food|meal|soup)\b"
    r"|\b(?:slip|spike)\b[^.?!\n]{0,40}\b(?:drink|beer|coffee|wine)\b"
    r"|\b(?:wouldn't|won't|doesn't|would not|will not|not)\s+(?:show up|be detected|be found)\s+"
    r"(?:at|in|on)\s+(?:an\s+|the\s+)?(?:autopsy|toxicology|tox screen)\b"
    r"|\b(?:dose|how much)\b[^.?!\n]{0,30}\bto make (?:my|him|her|someone)\b[^.?!\n]{0,30}"
    r"\b(?:sleep|pass out|unconscious)\b",
    re.IGNORECASE,
)
# Someone's whereabouts, identity or routine sought without their leave: a plate's owner, the
# person behind an anonymous account, a face run through a search, a child's school.
_TRACE = re.compile(
    r"\b(?:see|read|find out|know)\s+who\s+my\s+(?:\w+\s+)?(?:wife|husband|partner|girlfriend|"
    r"boyfriend|ex|ex-wife|ex-husband|neighbou?r|coworker|colleague|roommate)\s+is\s+(?:texting|"
    r"messaging|calling|talking to|seeing|dating|emailing)\b"
    r"|\b(?:my|our)\s+(?:\w+\s+)?(?:neighbou?r|coworker|co-worker|colleague|boss|roommate|"
    r"landlord|tenant|classmate|ex)(?:'s|s')\s+(?:credit (?:score|report|history|rating)|debts?|"
    r"net worth|bank balance|therapy notes|test results|grades)\b|"
    r"\bwhere does\b[^.?!\n]{0,60}\b(?:streamer|youtuber|tiktoker|influencer|girl|woman|guy|"
    r"man)\b[^.?!\n]{0,40}\blive\b[^\n]{0,25}\b(?:street and (?:flat|house|apartment)"
    r" number|flat number|apartment number|house number)"
    r"|\b(?:which|what) house does\b[^.?!\n]{0,50}\blive in\b"
    r"|\b(?:who is|who's|reveal who is|figure out who is|work out who is)\s+(?:really\s+behind|"
    r"behind the anonymous)\b[^.?!\n]{0,40}\baccount\s+(?:called\s+)?@\w+"
    r"|\bcross-referenc\w*\b[^.?!\n]{0,60}\bto (?:tell me|unmask|identify|work out|find out|"
    r"figure out) (?:who|which)\b"
    r"|\b(?:run (?:it|her|him|them|this)?\s*through|reverse image search|face search|facial "
    r"recognition)\b[^.?!\n]{0,60}\b(?:(?:her|his|their) (?:real )?name|who (?:she|he) is|where "
    r"(?:she|he) (?:lives|works|studies))"
    r"|\b(?:\d+|nine|ten|eleven|twelve|thirteen|fourteen)-year-old\b[^?!\n]{0,80}\b(?:(?:what's|"
    r"what is|work out|find out|tell me|figure out|find)\s+(?:her|his) real name|(?:which|what) "
    r"school (?:does )?(?:she|he) (?:goes?|attends?))"
    r"|\b(?:which|what) school does\b[^?!\n]{0,40}\b(?:\d+|nine|ten|eleven|twelve|thirteen)-"
    r"year-old\s+(?:youtuber|streamer|tiktoker|influencer|from (?:that|the) (?:\w+ )?channel)\b"
    r"|\b(?:compile|gather|dig up)\s+(?:everything|all you can|all the info\w*)\s+(?:on|about)\b"
    r"[^.?!\n]{0,40}\b(?:home|address|routine|kids|employer|car)\b",
    re.IGNORECASE,
)
# Discrimination put into practice: rights taken from a group, applicants binned by name or age,
# a group barred by a policy.
_REBUTTAL = re.compile(
    r"\b(?:myths?|stereotyp\w*|false|untrue|debunk\w*|rebut\w*|counter\w*|racist|bigoted|"
    r"(?:il)?legal|lawful|unlawful|wrong|discriminat\w*|bias\w*|anonymi[sz]\w*)\b",
    re.IGNORECASE,
)
_EXCLUDE = re.compile(
    rf"\b(?:taking|take|strip(?:ping)?)\s+(?:the\s+)?(?:vote|right to vote|citizenship|rights)"
    rf"\s+(?:away\s+)?from\s+{_GROUP}\b"
    r"|\b(?:woman|women|man|men)\s+(?:has|have)\s+no business\b"
    r"|\b(?:bin|toss|drop|drops|reject|filter out|screen out|throw out)\b[^.?!\n]{0,30}\b(?:cvs|"
    r"resumes|applicants|candidates|anyone|applications)\b[^.?!\n]{0,20}\b(?:with\s+(?:\w+[- ]"
    r"sounding|arabic|african|muslim|jewish|black|asian|foreign|indian|chinese)\s+names|over "
    r"(?:\d+|fifty|sixty))"
    r"|\bcvs\b[^.?!\n]{0,20}\b(?:straight in the bin|in the bin|go in the trash)"
    rf"|\b(?:no|not|isn't|aren't|wasn't)\s+(?:available\s+)?(?:to\s+)?['\"]?(?:{_GROUP}|africans|pakistanis?|"
    r"dalits?)['\"]?\s+(?:tenants|applicants|members|customers|renters|policy)\b"
    r"|\bkeep\s+(?:\w+\s+)?(?:dalits?|jewish|muslim|black|roma|gypsy|immigrant|arab)\s+"
    r"(?:children|kids|students|families|tenants)\s+out\b",
    re.IGNORECASE,
)
# Other harm by its shape. Violent: converting a gun to automatic fire, an unserialised
# receiver, where to stand to shoot an official, an attack planned for the most victims.
_OTHER_VIOLENT = re.compile(
    r"\b(?:how (?:do|can|to)|give me|walk me through|instructions|steps|i want to|help me)\b"
    r"[^.?!\n]{0,40}\b(?:convert\w*|make|making|turn)\b[^.?!\n]{0,40}\b(?:to fire\s+)?(?:full[- ]"
    r"auto|fully automatic)\b"
    r"|\b80% lower\b[^.?!\n]{0,60}\b(?:without (?:a )?serial|full[- ]auto)"
    r"|\b(?:where should i|best (?:spot|place) to)\s+(?:stand|hide|wait|sit)\s+to\s+(?:shoot|"
    r"snipe|stab|kill|attack)\s+(?:the\s+)?(?:mayor|president|senator|governor|judge|speaker|"
    r"candidate|prime minister|officer|cop|pastor|imam|rabbi|priest)"
    r"|\bso (?:that )?(?:the most|as many|more) people (?:get|are|will be) (?:hurt|killed|"
    r"injured)",
    re.IGNORECASE,
)
# ... and not violent, crimes against property or trust: skimming cards, getting into others'
# rooms, past a shop's tags or into a safe, a message posing as a bank for a PIN, hiding from
# the police. Their category is `illicit` alone (OpenAI's `illicit/violent` is violent
# wrongdoing and weapons).
_OTHER_CRIME = re.compile(
    r"\b(?:how (?:do|can) i|teach me|tell me how to|show me how to)\s+skim\s+(?:credit\s+|"
    r"debit\s+)?cards?"
    r"|\b(?:so (?:that )?i can|how (?:do|can) i|help me|teach me)\b[^.?!\n]{0,30}\bget into "
    r"(?:other (?:guests'|people's)|someone's|my neighbou?r's)\s+(?:rooms?|apartments?|houses?|"
    r"flats?|cars?)"
    r"|\b(?:get|sneak) past (?:the )?(?:security tags|alarms|sensors) (?:at|in) (?:a|the) "
    r"(?:\w+ )?(?:store|shop)"
    r"|\b(?:draft|write|make|create|design|build)\b[^.?!\n]{0,30}\b(?:looks? (?:exactly )?like "
    r"it(?:'s| is) from|pretend(?:ing|s)? to be|impersonat\w+|posing as)\s+(?:the\s+)?"
    r"(?:\w+\s+){0,2}(?:bank|fraud team|irs|hmrc|paypal)\b"
    r"[^.?!\n]{0,60}\b(?:pin|password|card|login)"
    r"|\b(?:i want to|how (?:do|can|could|should) i|help me|teach me)\b[^.?!\n]{0,40}\b(?:burn|"
    r"cut|drill|blow)\s+(?:through|open|into)\s+(?:the|an|a)\s+(?:atm|safe|vault)"
    r"|\bso (?:the )?(?:cops|police|feds|authorities) (?:can't|cannot|won't|don't) (?:trace|find|"
    r"track|catch)",
    re.IGNORECASE,
)
# A threat asked to be written or sharpened: "make this sound scarier", a gun brought to school
# or work, a victim's body part named with what will happen to it.
_MESSAGE = (
    r"\b(?:tell|write|draft|compose|send|text|message|note|letter|email|e-mail|dm|post|tweet|"
    r"flyer|voicemail|phrase|word|let \w+ know|leave|tape|slide|push|remind|reply)\b"
)
_MAKE_BELIEVE = re.compile(
    r"\b(?:story|stories|halloween|ghost|horror|haunted|campfire|spooky|villain|character|novel|"
    r"film|movie|screenplay|script|game|podcast|trailer)\b",
    re.IGNORECASE,
)
_THREAT_REQUEST = re.compile(
    r"\b(?:sounds?|make (?:this|it|that)(?: message| note| text)?|rewrite (?:this|it)"
    r"[^.?!\n]{0,15}?)\s+(?:even\s+)?(?:scarier|creepier|more threatening|more menacing|more "
    r"intimidating)\b"
    r"|\b(?:i'm|i am|i'll|i will|i)\s+(?:\w+\s+){0,2}?(?:bring|bringing|take|taking|have|carry|"
    r"carrying)\s+(?:my\s+)?(?:\w+'s\s+)?(?:rifle|gun|pistol|shotgun|ar-15)\b[^.?!\n]{0,40}"
    r"\b(?:school|high|middle|elementary|cafeteria|class|classroom|campus|work|office|warehouse|"
    r"staff room|church|mosque|synagogue|parade)\b"
    r"|\b(?:rifle|gun|pistol|shotgun)\s+comes?\s+(?:to|with)\b"
    r"|\bcoming in armed\b"
    rf"|{_MESSAGE}[^.?!\n]{{0,80}}\b(?:eating through a straw|(?:leave|leaves|go home|carried "
    r"out) on a stretcher|(?:break|breaking|broken|smash)\s+(?:both\s+|every bone in\s+)?(?:his|"
    r"her|their|your)\s+(?:knees|kneecaps|legs|arms|fingers|body|head|face|teeth)|(?:his|her|your"
    r"|their) (?:knees|kneecaps) (?:depend|are getting|will be|getting))"
    rf"|{_MESSAGE}[^.?!\n]{{0,80}}\b(?:his|her|their|your|the)\s+(?:\w+\s+)?(?:dog|terrier|"
    r"puppy)\b[^.?!\n]{0,60}\b(?:won't|wont|"
    r"will not|might not)\s+(?:be\s+)?(?:barking|bark|wake up)\b"
    r"|\b(?:will be|is going to be)\s+the last \w+ any of them",
    re.IGNORECASE,
)

# Plain requests the shapes above miss: a person or a building set on fire, an animal hurt, a
# school shot up, a neighbour's lock picked, stolen cards bought, a group paid less or denied.
_ANIMALS = r"(?:cats?|dogs?|kittens?|pupp(?:y|ies)|pets?|horses?|hamsters?|rabbits?)"
_PLAIN_VIOLENCE = re.compile(
    rf"\b{_ASK}\b[^.?!\n]{{0,25}}\bset\s+(?:a|an|the|my|his|her|their|someone's|this|that)\s+"
    rf"(?:\w+\s+)?{_PEOPLE}\s+(?:on fire|ablaze|alight)\b"
    rf"|\b{_ASK}\b[^.?!\n]{{0,25}}\b(?:kill|hurt|poison|torture|drown|abuse|strangle|"
    r"stab|maim|starve|choke)\s+(?:a|an|the|my|his|her|their|someone's|my neighbou?r's|"
    rf"this|that|these|those)\s+(?:\w+\s+)?{_ANIMALS}\b(?!'s|s')"
    r"|\bshoot up\s+(?:a|my|the|our|his|her|their|this|that)\s+(?:\w+\s+)?(?:school|class|"
    r"classroom|church|mosque|synagogue|mall|office|workplace|concert|club|campus)\b",
    re.IGNORECASE,
)
_PLAIN_CRIME = re.compile(
    r"\b(?:how (?:do|can|could|should) i|help me|teach me|(?:best|easiest) way to|i want to)\s+"
    r"(?:\w+\s+)?steal(?:ing)?\s+(?:(?:some|the|a|my|\w+'s|\w+s')\s+)?"
    r"(?:packages|parcels|mail|catalytic converters?|from (?:a|my|the|his|her|their|an|someone|"
    r"people|work|stores?|shops?))\b"
    r"|\b(?:get|buy|obtain)\s+(?:a\s+)?(?:gun|firearm|pistol|rifle|weapon)s?\s+without\s+(?:a\s+)?"
    r"(?:background check|licen[cs]e|permit|id|paperwork)\b"
    r"|\b(?:cheat on|evade|dodge)\s+(?:my|our)\s+taxes\b"
    r"|\bhide (?:my |our )?income from the (?:irs|hmrc|taxman)\b"
    r"|\b(?:how (?:do|can) i|help me|teach me|i want to)\s+hack(?:ing)?\s+into\s+(?:the|a|an|his|"
    r"her|their|someone's|my (?:school|ex|boss|neighbou?r|teacher|sister|brother|wife|husband|"
    r"girlfriend|boyfriend)'s)\s+(?:\w+\s+){0,2}(?:system|database|account|email|network|server|"
    r"computer|phone|website|portal)\b"
    rf"|\b{_ASK}\b[^.?!\n]{{0,25}}\b(?:bribe|pay off)\s+(?:a|the|my|an)\s+(?:\w+\s+)?(?:police "
    r"officer|cop|judge|official|inspector|juror|witness|customs officer|border guard|referee)\b|"
    r"\bpick\s+(?:the\s+)?lock\s+(?:on|of)\s+(?:my neighbou?r's|someone's|his|her|their|a "
    r"stranger's)\s+(?:\w+\s+)?(?:door|house|car|flat|apartment)\b"
    r"|\b(?:where can i|how (?:do|can) i|best place to)\s+buy\s+(?:a\s+|some\s+)?stolen\s+"
    r"(?:credit cards?|card numbers?|cards|identit(?:y|ies)|data|passwords|accounts|credit "
    r"card numbers?)\b",
    re.IGNORECASE,
)
_PLAIN_HATE = re.compile(
    rf"\bwhy (?:are|do|is)\s+(?:all\s+|so many\s+)?{_GROUP}(?:\s+people)?\s+(?:all\s+|so\s+|"
    r"always\s+)?(?:terrorists|criminals|thieves|rapists|lazy|stupid|dirty|inferior|subhuman|"
    r"animals|vermin|parasites|greedy|violent|smelly|evil|dangerous|worthless|liars)\b"
    rf"|\bwhy\s+(?:do\s+|are\s+)?(?:all\s+)?{_GROUP}(?:\s+people)?\s+(?:smell|stink)\b"
    rf"|\bwhy should\s+{_GROUP}(?:\s+people)?\b[^.?!\n]{{0,30}}\b(?:not|never)\s+(?:work|vote|"
    r"drive|study|marry|have jobs|own property|lead|hold office|go to school|leave the house)\b"
    r"|\bwhy should (?:all\s+)?(?:women|girls|wives)\s+(?:stay|belong) (?:in the kitchen|at home)"
    rf"|\bwhy (?:do|does|should)\s+{_GROUP}(?:\s+people)?\s+(?:deserve|(?:have|get))\s+(?:fewer|"
    r"less|no)\s+(?:rights|pay|money|respect|protection|freedom|jobs|votes)\b|"
    rf"\bwhy (?:is it|it's|is it not) (?:right|good|fair|ok|okay|justified|better) to\s+(?:pay|"
    rf"treat)\s+{_GROUP}\s+(?:less|worse|badly|as second-class)\b"
    rf"|\bwhy (?:is it|it's) (?:right|good|fair|ok|okay|justified|better) to\s+(?:deny|ban|"
    rf"exclude|segregate|deport|sterili[sz]e)\s+{_GROUP}\b"
    rf"|\b(?:why|should)\b[^.?!\n]{{0,20}}\b{_GROUP}(?:\s+(?:people|persons|folks|individuals))?"
    r"\s+(?:not|never|no longer)\s+be\s+(?:shown|seen|hired|promoted|employed|served|admitted|"
    r"housed|heard|trusted|educated)\b",
    re.IGNORECASE,
)

# A phishing message or page asked for by name ("write me a convincing phishing email"; probe 5
# saw the cheap mode pass it); one for an awareness drill, or to spot or report one, is not.
_PHISHING = re.compile(
    r"\b(?:write|draft|create|design|compose|craft|generate|make|build|give me|send|run|set up|"
    r"launch|pull off|schreib\w*)\s+(?:(?:me|us|a|an|the|one|some|convincing|realistic|perfect|"
    r"perfekte|fake|believable|short|quick|good|new|targeted|mir|uns|eine|einen|die)\s+){0,3}"
    r"phishing[- ]?(?:e-?mails?|mails?|messages?|msgs?|texts?|sms|pages?|sites?|websites?|scams?|"
    r"campaigns?|kits?|links?)\b",
    re.IGNORECASE,
)
_NOT_PHISHING = re.compile(
    r"\b(?:awareness|training|simulat\w*|drill|spot|recogni[sz]e|detect|warn\w*|report|teach)\b",
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
    (_GLORIFY, ("hate",)),
    (_DRUG_TRADE, ("illicit",)),
    (_DRUG_LAB, ("illicit",)),
    (_SPIKING, ("violence", "illicit/violent")),
    (_TRACE, ("illicit", "harassment")),
    (_PLATE, ("illicit", "harassment")),
    (_EXCLUDE, ("hate",)),
    (_OTHER_VIOLENT, ("illicit", "illicit/violent")),
    (_OTHER_CRIME, ("illicit",)),
    (_PHISHING, ("illicit",)),
    (_THREAT_REQUEST, ("harassment/threatening", "violence")),
    (_PLAIN_VIOLENCE, ("violence", "illicit/violent")),
    (_PLAIN_CRIME, ("illicit",)),
    (_PLAIN_HATE, ("hate",)),
)


# A crime named to stop it or to leave it out ("the easiest way for a supermarket to stop
# shoplifting", "just the pacing, not how to rob a casino")
_AGAINST_CRIME = re.compile(
    r"\b(?:not how to|to stop|to prevent|to deter|protect (?:against|from|myself from)|stop "
    r"(?:people|thieves|shoplifters|criminals|burglars))\b",
    re.IGNORECASE,
)
# Round fifty-four: a pattern that counts only when the text also holds ``_REQUIRES``' pattern
# and not ``_UNLESS``' (checked after the pattern matched: one search each, not one per place).
_REQUIRES: dict[re.Pattern[str], re.Pattern[str]] = {_DRUG_LAB: _A_DRUG, _PLATE: _GRIEVANCE}
_UNLESS: dict[re.Pattern[str], re.Pattern[str]] = {
    _CRIME_REQUEST: _AGAINST_CRIME,
    _EXCLUDE: _REBUTTAL,
    _PLAIN_HATE: _REBUTTAL,
    _THREAT_REQUEST: _MAKE_BELIEVE,
    _PHISHING: _NOT_PHISHING,
}


def _counts(pattern: re.Pattern[str], text: str) -> bool:
    if not pattern.search(text):
        return False
    need, unless = _REQUIRES.get(pattern), _UNLESS.get(pattern)
    return (need is None or bool(need.search(text))) and (unless is None or not unless.search(text))


# Harm inside a game, a film or a story is make-believe ("kill someone in Call of Duty").
_FICTION = re.compile(
    r"\bin (?:a |an |the |my )?(?:minecraft|call of duty|fortnite|gta|grand theft auto|skyrim|"
    r"the sims|roblox|video ?game|computer game|board game|game|film|movie|novel|story|play|"
    r"screenplay|script|dungeons (?:and|&) dragons|d&d|chess)\b|\bfake \w+ in a (?:film|movie)\b"
    # round fifty-four: games by name ("poison someone in The Witcher 3", "rob a bank in Monopoly")
    r"|\bin (?:a |an |the )?(?:game of \w+|monopoly|cluedo|poker|checkers|scrabble|among us|"
    r"(?:the )?witcher(?: \d)?|hitman|assassin's creed|red dead redemption(?: \d)?|counter[- ]?"
    r"strike|cs:?go|valorant|league of legends|overwatch|world of warcraft|warzone|pubg|apex "
    r"legends|dayz|pok[eé]mon|elden ring|dark souls|fallout(?: \d)?|halo|mortal kombat|street "
    r"fighter|tekken|zelda|stardew valley|animal crossing|battlefield(?: \d)?|rainbow six(?: "
    r"siege)?|far cry(?: \d)?|cyberpunk 2077|the last of us|hearthstone|payday(?: \d)?|dishonored|"
    r"metal gear(?: solid)?|sea of thieves|rocket league|team fortress(?: 2)?|tf2|dota(?: 2)?|"
    r"runescape|terraria|star wars battlefront)\b",
    re.IGNORECASE,
)


def harmful_request(text: str) -> set[str]:
    """The moderation categories that ``text`` asks for harm in, by its wording; empty when
    none does (or when the harm is in a game or a story)."""
    found: set[str] = set()
    if _FICTION.search(text):
        return found
    for pattern, categories in REQUESTS:
        if _counts(pattern, text):
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

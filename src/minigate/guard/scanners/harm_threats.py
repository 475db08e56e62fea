"""Threats by their shape (round forty-one, issue 18): what the speaker says they will do to a
person, their people, their pet or their things, or what will befall them, and a request to
write, send or sharpen such a message.

``harm_categories.threat`` reads a handful of fixed phrases ("I will kill you") and
``harm_people``'s threat kind reads veiled ones ("it would be a shame if ..."); both missed
most threats of the fresh sets, whose wording is open: "I'm going to kill him", "one more
complaint and I burn your shop down", "te rompo las piernas", "я сожгу его дом". These
patterns read the parts a threat is made of rather than phrases:

- the speaker's intent (I / we with a future or an intent: "I'll", "I'm gonna", "we're going
  to", "I swear I'll") with a verb of violence and its target: a person word or pronoun, or
  the reader's or a third person's people, pet or things ("your kids", "his car");
- the target's fate said to them: "you're a dead man", "your days are numbered", "you'll end
  up in a body bag", "your house will burn", "his dog won't bark much longer";
- an ultimatum whose other branch is harm: "pay by Friday or ...", "one more complaint and
  ...", "if you testify, ...";
- a request for a threat: "write a threatening message", "make this sound scarier", "so she
  is afraid to go home";
- the same in German, French, Spanish, Russian and Chinese (first-person verb forms, fates and
  ultimatums).

Exits (``_NOT_A_THREAT``) let go of what only looks like one: a question about a phrase, a
game's or a sport's rivalry, jest, a threat received and asked about (how to report it,
whether to worry), news of one, fiction, and a safety question. Every match carries
``harassment/threatening`` and ``violence`` (``harm_categories.threat``).
"""

# The Russian patterns are written in Cyrillic, whose letters ruff reads as confusable with
# Latin ones.
# ruff: noqa: RUF001, RUF002

from __future__ import annotations

import functools
import re
from typing import Any

from minigate.guard.scanners.harm_people import _branches, _index, _search_indexed, _Source

# the speaker's intent: a first person with a future, a resolve or "gonna"
_INTENT = (
    r"\b(?:imma|ima|(?:i|we)\s*(?:'ll|will|shall|gonna|'m gonna|am gonna|'re gonna|are gonna|"
    r"'m going to|am going to|'re going to|are going to|'m about to|am about to|"
    r"swear (?:to god )?(?:i'll|i will|we'll|we will)|promise (?:you )?(?:i'll|i will)|"
    r"intend to|plan to|'m coming (?:over |round )?to|am coming (?:over |round )?to|"
    r"'re coming (?:over |round )?to|are coming (?:over |round )?to|'d gladly|would gladly))"
    r"(?:\s+(?:personally|actually|really|fucking|fuckin|just|then|first|gladly|slowly|"
    r"happily|definitely|literally|seriously|(?:come|go) (?:over|round|back)(?: there)? and|"
    r"(?:find|catch|get) (?:you|him|her|them)(?: \w+){0,3}? and|find (?:out )?where (?:you|"
    r"he|she|they) (?:live|lives|work|works|sleep|sleeps) and|track (?:you|him|her|them) "
    r"down and|wait for (?:you|him|her|them)(?: \w+){0,3}? and))*"
)
# who or what a verb of violence may be aimed at: people (and pets), their bodies, their things
_PEOPLE = (
    r"(?:family|kids?|children|son|daughter|wife|husband|mother|mum|mom|father|dad|parents|"
    r"brother|sister|girlfriend|boyfriend|partner|baby|babies|grandma|grandmother|grandpa|"
    r"friends?|ex|boss|neighbou?rs?|teacher|coach|referee|ref|landlord|tenant|judge|witness|"
    r"cop|officer|journalist|reporter|guy|girl|man|woman|bitch|bastard|prick|asshole|snitch|"
    r"fucker|kid|boy|dog|cat|puppy|pet|horse|whole family|loved ones|little girl|little boy|"
    r"manager|supervisor|foreman|principal|doctor|nurse|lawyer|mayor|councillor|council "
    r"member|president|senator|driver|cashier|customer|client|debtor|roommate|flatmate|"
    r"colleague|co-?worker|classmate|bully|dude|lady|bloke|student|streamer|youtuber|"
    r"influencer|priest|imam|rabbi|pastor|vet|dentist|therapist|security guard|inspector|"
    r"collector|guard|new guy)(?!'s|\u2019s|s'|\w)"
)
_BODY = (
    r"(?:face|legs?|knees?|kneecaps?|neck|throat|skull|head|teeth|jaw|arms?|hands?|nose|"
    r"ribs|fingers|spine|back|eyes?|guts|brains?|(?:\w+ )?bones?)\b"
)
_THINGS = (
    r"(?:house|home|flat|apartment|car|truck|van|motor|bike|shop|store|business|restaurant|"
    r"bar|office|garage|barn|roof|windows?|boat|farm|salon|cafe|caf\u00e9|clinic|church|"
    r"mosque|synagogue|temple|tyres|tires|windscreen|windshield|stall|kiosk|bakery|pub|"
    r"studio|workshop|factory|warehouse|gym|shed|caravan|trailer|motorbike|scooter|"
    r"practice|surgery|lorry|taxi|cab|yacht|cottage|cabin|villa|house \w+)\b"
)
_OWNER = r"(?:your|ur|his|her|their)\s+(?:[\w'\u2019-]+\s+){0,2}?"
_PRONOUN = (
    r"(?:you|u|ya|him|her|them|y'all|you all|you both|you two|you people|all of you|every "
    r"(?:last |single )?one of (?:you|them)|everyone (?:here|there|in (?:that|this|the) \w+))\b"
    # not a thing given to them: "shoot you an email", "burn you a copy", "get her a drink"
    r"(?!\s+(?:a|an|some|one|two|the|up a|something|anything|dinner|lunch|breakfast|coffee|"
    r"tea|drinks?|email|e-mail|text|message|line|note|copy|cd|call|ride|lift|slice|piece|"
    r"break|favou?r|present|gift|discount|deal|link|photo|picture|pic|off|in|out|short|"
    r"some slack|loose)\b)"
)
# a verb of violence that needs no more than a person: "kill him", "stab the referee"
_HARD = (
    r"(?:kill|murder|stab|shoot|strangle|choke|slit|gut|butcher|slaughter|behead|drown|hurt|"
    r"beat up|batter|rape|kidnap|abduct|hunt down|poison|shank|cripple|maim|torch|burn down|"
    r"burn|set fire to|firebomb|blow up|bomb|bash|pummel|knock out|cave in|slap|punch|kick)"
)
# a verb a rivalry, a job or a joke also uses: only with a body or a thing of theirs ("break
# your legs", "smash his windows"; not "destroy you at chess", "cut your son's hair")
_SOFT = (
    r"(?:break|snap|cut|cut up|slice|slash|smash|smash up|smash in|wreck|trash|key|"
    r"vandali[sz]e|mess up|fuck up|rearrange)"
)
_CAREER = r"(?:life|lives|career|marriage|reputation|business)\b"
_DIRECT = (
    rf"{_INTENT}\s+{_HARD}\s+(?:{_PRONOUN}|(?:your|ur|his|her|their|that|this|the|those)\s+"
    rf"(?:[\w'\u2019-]+\s+){{0,2}}?{_PEOPLE}|{_OWNER}(?:{_THINGS}|{_BODY}))"
    rf"|{_INTENT}\s+{_SOFT}\s+{_OWNER}(?:{_THINGS}|{_BODY})"
    # "I'll break every bone in your body"
    rf"|{_INTENT}\s+(?:break|snap|smash|crack)\s+(?:every|all|each|both)\s+(?:\w+\s+){{0,3}}?"
    r"(?:your|his|her|their)\b"
    # a verb that holds its target: "I'll beat you up", "I'll run him over", "I'll make her
    # pay", "I'll make your life hell", "I'll put you in the ground"
    rf"|{_INTENT}\s+(?:beat (?:you|u|him|her|them) (?:up(?!\s+(?:the|that|this|a)\b)|senseless|"
    r"to death|black and blue)|"
    r"beat the (?:shit|crap|hell|living daylights) out of|run (?:you|him|her|them) over|"
    r"finish (?:you|him|her|them) off|hunt (?:you|him|her|them) down|set (?:you|him|her|"
    rf"them|{_OWNER}(?:{_THINGS}|{_PEOPLE})) (?:on fire|alight|ablaze)|make "
    r"(?:you|him|her|them) wish (?:you|he|she|they) (?:were|was|had) (?:never|dead)|burn "
    r"(?:this|that|the) (?:whole )?(?:town|city|village|place|school|church|mosque|synagogue|"
    r"temple|building|office) down|bury (?:you|him|her|them) (?:alive|in (?:the|a) "
    r"(?:ground|woods|backyard|garden|desert|grave|shallow grave))|"
    r"put (?:you|him|her|them) in (?:the |a )?(?:hospital|ground|grave|wheelchair|morgue|"
    r"coffin|body ?bag|icu)|make (?:you|him|her|them) (?:pay(?!\s+(?:for\s+(?:the|dinner|"
    r"lunch|drinks|coffee|a|your|his|her)\b|back|rent|attention))|suffer|bleed|disappear|"
    r"regret (?:it|this|that|the day|being born))|make (?:your|his|her|their) li(?:fe|ves) "
    rf"(?:a )?(?:living )?hell|(?:ruin|destroy|end|wreck) (?:your|his|her|their) {_CAREER}|"
    r"make sure (?:you|he|she|they) (?:never|can't|cannot|won't) (?:walk|see|work|wake up|"
    r"come home|breathe|talk) again|(?:post|leak|send|share|publish|release|spread) (?:your|"
    r"his|her|their) (?:nudes|naked (?:photos|pictures|pics)|intimate (?:photos|pictures|"
    r"videos)|private (?:photos|pictures|pics|videos))|(?:bring|take) (?:my |a |his |dad's |"
    r"my dad's |the )?(?:\w+ )?(?:gun|pistol|rifle|shotgun|glock|ar-?15|machete|bomb) "
    r"(?:to|into) (?:school|class|work|the office|church|the meeting|the party))"
    r"|\byou(?:'ll| will| are going to|'re gonna| gonna) get what's coming(?: to you)?\b"
    r"|\b(?:i'm|i am|we're|we are) (?:bringing|taking) (?:my |a |his |dad's |my dad's |the )?"
    r"(?:\w+ )?(?:gun|pistol|rifle|shotgun|glock|ar-?15|machete|bomb) (?:to|into) (?:school|"
    r"class|work|the office|church|the meeting|the party)\b"
    r"|\b(?:i'd|i would|we'd|we would) hate for (?:you|your|his|her|their) (?:\w+ ){0,2}?to "
    r"(?:have an accident|get hurt|disappear|go missing|end up|lose (?:a|an|her|his|your) "
    r"(?:eye|hand|finger|leg))\b"
    r"|\bmake (?:[\w']+ ){1,3}?fear for (?:his|her|their|your) (?:life|lives|safety)\b"
    r"|\b(?:be|feel) sorry (?:you|he|she|they) ever (?:met|crossed|messed with|spoke|talked)\b"
    # a body part torn, cut or knocked: "I'll rip your head off", "I'll cut your tongue out",
    # "I'll knock his teeth in"
    rf"|{_INTENT}\s+(?:rip|tear|cut|gouge|knock|kick|punch|smash|bash|blow|beat|slice|carve|"
    r"chop|twist|snap|burn|claw|stab|shoot)\s+(?:your|ur|his|her|their)\s+(?:\w+\s+)?(?:head|"
    r"tongue|eyes?|"
    r"teeth|throat|heart|guts|face|fingers|arms?|legs?|ears?|balls)\s+(?:out|off|in|open)\b"
    r"|\b(?:acid|a bullet|bullets|a knife|a blade) (?:in|into|through|between) (?:your|ur|his|"
    r"her|their) (?:\w+ )?(?:face|head|eyes|chest|skull|back|ribs|heart|brain)\b"
    r"|\bbeat (?:your|his|her|their) (?:\w+ )?(?:son|daughter|kids?|wife|husband|dog|mother|"
    r"father|brother|sister) (?:until|till|to death|senseless|black and blue|half to death)\b"
    r"|\b(?:i|we)(?:'m| am|'re| are) (?:putting|gonna put) (?:you|him|her|them) in (?:the "
    r"ground|a grave|(?:the )?hospital|a body ?bag|a coffin|a wheelchair)\b(?!'s|\u2019s)"
    r"|\b(?:i'm|i am|we're|we are|i'll|we'll|i will|we will|gonna)\s+(?:\w+\s+)?(?:coming|"
    r"come|show(?:ing)? up|turn(?:ing)? up|visit(?:ing)?|waiting|wait)\b[^.?!\n]{0,40}\bwith "
    r"(?:a|an|my) (?:\w+ )?(?:knife|gun|baseball bat|machete|crowbar|pistol|rifle|shotgun|"
    r"blade|can of petrol|jerry can)\b(?![^.?!\n]{0,20}\bto (?:cut|carve|open|chop|fix|help))"
    r"|\bburn\w*\b[^.?!\n]{0,40}\bwith (?:you|him|her|them) (?:still )?(?:inside|in it|in there)\b"
)
# the target's fate, said to them or of them
_PEOPLE_OR_THINGS = rf"(?:{_PEOPLE}|{_THINGS}|{_BODY})"
_FATE = (
    r"\b(?:you(?:'re| are)|he(?:'s| is)|she(?:'s| is)|they(?:'re| are)) (?:a )?dead (?:man|"
    r"woman|men|meat|person)\b"
    r"|\b(?:your|his|her|their) days are numbered\b"
    r"|\b(?:you|he|she|they)(?:'ll| will| are going to| is going to|'re gonna| gonna)? "
    r"(?:end up|wind up|be (?:leaving|going home|carried out)) (?:\w+ )?(?:in|at) (?:the |a |an )?"
    r"(?:hospital|morgue|ground|grave|river|canal|lake|ditch|wheelchair|body ?bag|coffin|icu|"
    r"intensive care|a box)\b"
    r"|\b(?:will|'ll|gonna|going to) be (?:eating|drinking|living) (?:\w+ )?through a straw\b"
    r"|\b(?:you|he|she|they)(?:'ll| will| won't| will not)(?: never)? (?:walk|see|talk|work|"
    r"sleep) (?:straight )?again\b"
    rf"|\b(?:your|ur|his|her|their|that)\s+(?:[\w'-]+\s+){{0,2}}?{_PEOPLE_OR_THINGS}\b"
    r"[^.?!\n]{0,30}?\b(?:will|'ll|is going to|are going to|gonna|might|could|may|would)\s+"
    r"(?:\w+\s+)?(?:burn(?: down)?(?!\s+(?:out|through|the|a|fuel|oil|rubber|calories))|go up "
    r"in (?:flames|smoke)|catch fire|explode|blow up|sink|"
    r"disappear|vanish|go missing|get (?:torched|smashed|trashed|hurt|burned|burnt|poisoned|"
    r"run over|stabbed|shot|beaten)|be found (?:dead|in pieces|in a ditch|in the river|"
    r"floating)|stop (?:barking|breathing|greeting|waking)|never (?:bark|wake up|come home|"
    r"walk)|not (?:wake up|come home|make it home|be (?:so )?pretty))\b"
    rf"|\b(?:your|ur|his|her|their)\s+(?:[\w'-]+\s+){{0,2}}?{_PEOPLE_OR_THINGS}\s+"
    r"(?:gets?|will get|'ll get|is getting) (?:a |some )?(?:can of petrol|can of gas|petrol|"
    r"gasoline|match|brick|bullet|bomb|acid)\b"
    r"|\byou(?:'ll)? (?:won't|will not|will never|never) live to see\b"
    r"|\bbetter sleep with (?:the lights on|one eye open|a knife|a gun)\b"
    r"|\b(?:you|your \w+|his \w+|her \w+|he|she|they)(?:'ll| will| are going to| is going to|"
    r"'re gonna|'re going to| gonna) (?:pay|bleed|suffer|die) for (?:this|that|it|what "
    r"(?:you|he|she|they) did)\s*(?:[.!,;]|$)"
    rf"|\b(?:your|ur|his|her|their)\s+(?:[\w'-]+\s+){{0,1}}?{_PEOPLE}\s+(?:is|are) next\s*"
    r"(?:[.!,;]|$)"
    r"|\b(?:or|unless) (?:something|anything) (?:bad |nasty |unfortunate )?"
    r"happens to (?:you|your|ur|him|his|her|them|their)\b"
    r"|\bwatch (?:your|ur) (?:kids|children|family|daughter|son|wife|husband|mum|mom)\b"
    r"[^.?!\n]{0,20}\bif i were you\b"
    r"|\b(?:message|note|text|letter|dm|e-?mail|voicemail|post|comment|lines?|words)\b"
    r"[^.?!\n]{0,30}\bto (?:scare|intimidate|terrify|threaten)\b"
    r"|\b(?:won't|will not|wont|isn't going to|is not going to) (?:be )?(?:bark|barking|"
    r"breathing|walking|greeting \w+|around) (?:for )?(?:much |very )?(?:long|longer)\b"
)
# an ultimatum whose other branch is harm to the reader: "pay by Friday or I break your legs"
_ULTIMATUM = (
    r"\b(?:or (?:else )?|otherwise |one more (?:\w+ ){0,3}?(?:and|&) |next time (?:\w+ ){0,6}?|"
    r"unless (?:\w+ ){0,8}?)(?:i|we)(?:'ll| will| are going to|'re going to|'m going to| am "
    r"going to| gonna)? (?:\w+ )?(?:kill|murder|stab|shoot|hurt|burn|torch|break|smash|cut|"
    r"bury|find|visit|come for|come after|hunt|end|put|make)\b[^.?!\n]{0,40}\b(?:you|your|ur|"
    r"him|his|her|them|their)\b"
)
# the other branch of an ultimatum, told as what befalls the reader's or a third person's
# people or things: "Friday, or that dog of his stops greeting him", "one more complaint and
# your shop burns", "unless he pays, his kid doesn't come home"
_UNLESS = (
    r"\b(?:or(?: else)?|otherwise|one more (?:[\w']+ ){0,4}?(?:and|&)|unless (?:[\w']+ ){1,8}?"
    r"(?:then |, ?))\s*(?:then |maybe |soon |tomorrow |tonight |one day )?(?:your|ur|his|her|"
    rf"their|that|the)\s+(?:[\w'-]+\s+){{0,3}}?{_PEOPLE_OR_THINGS}\b(?:\s+of (?:his|hers|yours|"
    r"theirs))?\s+(?:\w+\s+)?(?:burns?(?: down)?|sinks?|explodes?|disappears?|vanish(?:es)?|goes "
    r"missing|stops? (?:breathing|greeting|barking|walking|waking)|gets? (?:hurt|torched|"
    r"burned|burnt|smashed|broken|run over|stabbed|shot|beaten|a (?:little |late-night )?visit)|"
    r"(?:won't|doesn't|don't|might not|may not|will never|never) (?:come|make it|get|walk|"
    r"wake|bark|see|breathe)|ends? up (?:in|at|dead)|ha(?:s|ve) an accident|catch(?:es)? fire|"
    r"goes? up in (?:flames|smoke)|is found|are found|(?:is|are) (?:gone|next)|"
    r"burn(?:s|t|ed)? to the ground)\b"
)
# a request for a threat: to write, send or sharpen one, or to make someone afraid
_REQUEST = (
    r"\b(?:write|draft|compose|craft|word|phrase|send|give me|help me (?:write|word|draft)|"
    r"come up with|make)\b[^.?!\n]{0,40}\b(?:threat|threatening (?:message|note|letter|text|"
    r"email|e-mail|voicemail|dm|post|comment)|death threats?|menacing (?:message|note|letter|"
    r"text))\b"
    r"|\bmake (?:this|it|that|the|my)(?: (?:message|note|text|letter|voicemail|dm|post|"
    r"email|comment|line))? (?:\w+ )?(?:sound |look |read )?"
    r"(?:scarier|more (?:threatening|menacing|intimidating|frightening|terrifying|scary))\b"
    r"|\b(?:so|so that)\s+(?:he|she|they|the \w+|my \w+)\s+(?:is|are|'s|'re|gets?|feels?|"
    r"will be)\s+(?:too )?(?:scared|afraid|terrified|frightened) (?:to|of (?:going|leaving|"
    r"walking|coming))\b"
    r"|\b(?:scared|afraid|terrified) to (?:go home|leave (?:the|her|his|their) house|start "
    r"(?:her|his|their) car|walk home|sleep)\b"
)
# German, French, Spanish, Russian, Chinese: first-person verb forms, fates and ultimatums
_OTHER = (
    # German
    r"\b(?:ich|wir)\s+(?:werde|werden|will|wollen)\s+(?:dich|euch|ihn|sie|dein\w*|sein\w*|"
    r"ihr\w*)\s+(?:\w+\s+){0,3}?(?:umbringen|töten|abstechen|erschießen|abknallen|kaltmachen|"
    r"verprügeln|zusammenschlagen|erwürgen|aufschlitzen|anzünden|abfackeln|abstechen)\b"
    r"|\b(?:ich|wir)\s+(?:bring|bringe|bringen|stech|steche|stechen|knall|knalle|knallen|"
    r"mach|mache|machen|schlag|schlage|schlagen)\s+(?:dich|euch|ihn|sie)\s+(?:\w+\s+){0,3}?"
    r"(?:um|ab|kalt|tot|zusammen|platt|fertig)\b"
    r"|\b(?:ich|wir)\s+(?:zünde|zünden|fackle|fackeln)\s+(?:dein|deine|sein|seine|ihr|ihre|"
    r"euer|eure)\s+\w+\s+(?:\w+\s+){0,3}?(?:an|ab)\b"
    r"|\b(?:ich|wir)\s+(?:brech|breche|brechen)\s+(?:dir|ihm|ihr|euch)\s+(?:die|alle|das|den|"
    r"jeden)\s+(?:\w+\s+)?(?:beine|knochen|genick|hals|arme|nase|kiefer)\b"
    r"|\bdu bist (?:ein )?(?:tot|toter mann|tote frau|dran)\b|\bbist du (?:ein )?(?:tot|toter "
    r"mann|tote frau)\b"
    r"|\b(?:zünde|zünden|fackle|fackeln) (?:ich|wir) (?:dein|deine|sein|seine|ihr|ihre|euer|"
    r"eure)\w* \w+(?: \w+){0,3}? (?:an|ab)\b"
    r"|\b(?:dein|deine|sein|seine|ihr|ihre)\s+(?:\w+\s+)?(?:haus|auto|wagen|laden|garage|"
    r"geschäft|wohnung|katze|hund)\s+(?:\w+\s+){0,4}?(?:brennt|brennen|abbrennen|in flammen|"
    r"explodiert)\b"
    r"|\bist (?:die|der|das|dein\w*|sein\w*|ihr\w*) (?:katze|hund|auto|wagen|laden|haus) "
    r"bald weg\b"
    # French
    r"|\b(?:je|on|nous)\s+(?:vais|va|allons)\s+(?:te|le|la|les|vous|lui|leur)\s+(?:\w+\s+)?"
    r"(?:tuer|buter|crever|défoncer|égorger|planter|saigner|massacrer|démolir|casser|faire la "
    r"peau|brûler|cramer|étrangler|abattre|descendre|fumer)\b"
    r"|\b(?:je|on)\s+(?:te|le|la|vous)\s+(?:tue|bute|crève|défonce|plante|égorge|descends|"
    r"descend|fume)\b"
    r"|\b(?:je|on|nous)\s+(?:vais|va|allons)\s+(?:brûler|cramer|incendier|faire sauter)\s+"
    r"(?:ta|ton|tes|sa|son|ses|votre|vos|leur)\b"
    r"|\b(?:ta|ton|tes|sa|son|ses|votre|vos)\s+(?:\w+\s+)?(?:maison|voiture|bagnole|magasin|"
    r"boutique|garage|chien|chat|commerce|appartement)\s+(?:\w+\s+){0,4}?(?:va|vont|pourrait|"
    r"pourraient|risque de|finira|partira)\s+(?:\w+\s+)?(?:brûler|en fumée|exploser|"
    r"disparaître|cramer|flamber)"
    r"|\b(?:te|lui|vous|leur) faire la peau\b|\b(?:je|on) (?:te |vous )?(?:brûle|crame|"
    r"incendie) (?:ta|ton|tes|sa|son|ses|votre|vos)\b"
    r"|\b(?:je|on) (?:te|lui|vous|leur) (?:casse|casserai|pète|brise|briserai|éclate|"
    r"défonce) (?:les|la|le|tes|ta|ton) (?:jambes|gueule|bras|dents|nez|crâne|figure|tête)\b"
    r"|\bt'es mort\b|\btu es (?:un homme )?mort\b|\btu vas (?:mourir|crever|saigner|"
    r"souffrir|le payer cher)\b"
    r"|\b(?:on|nous) (?:viendra|viendrons|va venir|allons venir) (?:frapper à sa porte|te "
    r"chercher|chez (?:toi|lui|elle|vous))\b"
    # Spanish
    r"|\b(?:te|lo|la|los|las|le|les|os)\s+(?:voy|vamos)\s+a\s+(?:matar|apuñalar|rajar|"
    r"reventar|partir la cara|romper|quemar|pegar un tiro|dar una paliza|dar un tiro|"
    r"degollar|ahorcar|enterrar|destrozar)\b"
    r"|\b(?:te|lo|la|le)\s+(?:mato|rajo|reviento|apuñalo|quemo|entierro)\b"
    r"|\b(?:te|le|les)\s+(?:rompo|romperé|partiré|parto)\s+(?:las piernas|la cara|los huesos|"
    r"el cuello|la cabeza|los brazos)\b"
    r"|\b(?:voy|vamos) a (?:quemar|incendiar|volar) (?:tu|su|sus|tus)\b"
    r"|\b(?:quemo|quemamos|quemaré|quemaremos|incendio|incendiamos|incendiaré) (?:tu|su|tus|"
    r"sus)\b|\bme las vas a pagar\b|\b(?:lo )?vas a pagar (?:caro|por lo que (?:hiciste|has "
    r"hecho))\b"
    r"|\b(?:tu|su|tus|sus)\s+(?:\w+\s+)?(?:casa|coche|carro|negocio|tienda|perro|gato|local|"
    r"bar|restaurante)\s+(?:\w+\s+){0,3}?(?:va a arder|arderá|va a aparecer|amanecerá (?:en "
    r"llamas|quemad|con los cristales rotos|destrozad|sin)|saldrá ardiendo|va a explotar)"
    r"|\bestás muerto\b|\bestas muerto\b|\bvas a morir\b|\bte vamos a esperar\b[^.?!\n]{0,40}"
    r"\b(?:amigos|cuchillo|bate|pistola)\b|\ble vamos a esperar a la salida\b"
    # Russian
    r"|(?:^|[^а-яё])(?:убью|прибью|зарежу|пристрелю|урою|закопаю|замочу|порешу|покалечу|"
    r"задушу|сожгу|спалю|подожгу|взорву|грохну|прикончу|убьём|убьем|сожжём|сожжем|спалим|"
    r"подожжём|подожжем|зарежем|пристрелим|закопаем|прикончим)\s+(?:\w+\s+)?(?:тебя|его|её|ее|их|"
    r"вас|твой|твою|твоё|твое|твоих|твоего|его|её|ваш\w*)"
    r"|(?:^|[^а-яё])(?:убью|прибью|зарежу|пристрелю|урою|прикончу)\s*(?:[.!]|$)"
    r"|(?:тебя|его|её|ее|их|вас) (?:убью|прибью|зарежу|пристрелю|урою|закопаю|замочу|"
    r"покалечу|задушу|прикончу)"
    r"|(?:переломаю|сломаю)\s+(?:тебе|ему|ей|им|вам)\s+(?:\w+\s+)?(?:ноги|руки|кости|шею|"
    r"челюсть|рёбра|ребра)"
    r"|ты труп|тебе конец|ты покойник|тебе не жить|(?:тво\w+|его|её|ее) (?:дом|машина|"
    r"гараж|магазин|квартира|дача|собака|кот)\s+(?:\w+\s+)?(?:сгорит|взорв\w+|не заведётся|"
    r"не заведется|пропадёт|пропадет)"
    # Chinese
    r"|(?:我|我们|老子)(?:要|会|就|一定|迟早|非|非得|早晚)?(?:要)?(?:杀了|弄死|宰了|砍死|捅死|"
    r"打死|废了|干掉|灭了|砍了|烧了|炸了|整死|做掉)(?:你|他|她|你们|他们|你全家|你家)"
    r"|(?:打断|砍断|打折|剁了)(?:你|他|她)的?(?:腿|手|胳膊|手指)"
    r"|你死定了|你(?:给我)?等着瞧|让你(?:好看|吃不了兜着走|付出代价|生不如死)"
    r"|(?:烧了|炸了|砸了)(?:你|他|她)(?:家|的车|的店|的房子)"
    r"|(?:你|他|她)(?:家|的店|的车|的房子)[^\s]{0,6}(?:着火|烧掉|烧了|爆炸)"
    r"|(?:不然|否则|要不然)[^\s]{0,8}小心(?:点|一点)"
)
# Round forty-three: the open kinds round forty-one's reading named. Surveillance said to the
# victim ("we found ur address", "I know where your kids go to school"), an attack announced on
# a place of many people, a serious verb with the speaker's own person as its object ("I'm
# going to stab my boss", "Ich bringe meinen Chef um", "voy a matar al dueño"), harm spelled out
# in a clause ("what I'll do to his knees with a hammer", "he'll be planning a funeral").
_WEAPON = (
    r"(?:gun|guns|rifle|shotgun|pistol|handgun|glock|ar-?15|ak-?47|knife|knives|machete|bomb|"
    r"pipe bomb|explosives?)"
)
_PLACE = (
    r"(?:school|high school|\w+ high|campus|class|classes|college|work|the office|the plant|"
    r"the factory|the mall|church|mosque|synagogue|temple|the rally|the concert|the parade|"
    r"the meeting|the party|assembly|prom|graduation)"
)
_OPEN = (
    r"\b(?:i(?:'m| am)|we(?:'re| are)) (?:always )?watching (?:you|u)\b(?!\s+(?:play|perform|"
    r"sing|dance|grow|on|in|at|from|online|tonight|tomorrow|live|stream|every|all|and (?:cheer|"
    r"learn)))"
    r"|\b(?:we|i)(?:'ve| have)? (?:found|got|know|have) (?:ur|your|his|her|their) (?:home |new |"
    r"exact )?(?:address|location|street)\b"
    r"(?![^.?!\n]{0,30}\b(?:on|in|from|for) (?:the|your|ur|his|her|their|my|our) (?:lease|form|"
    r"file|records?|application|contract|account|system|invoice|parcel|package|order|list))"
    r"|\b(?:i|we) know where (?:you|u|he|she|they|your \w+|his \w+|her \w+|their \w+) "
    r"(?:lives?|works?|sleeps?|parks?|goes to school|go to school|stays?|hides?|walks?)\b"
    r"|\b(?:i|we) know (?:the (?:name|names) of )?(?:your|ur|his|her|their) (?:kids?|children|"
    r"son|daughter|wife|husband)'?s?'? (?:names?|school|route|address|schedule)\b"
    r"|\bsee (?:u|you|ya) (?:real |very )?soon\b[^.?!\n]{0,20}(?:🔪|🔫|💣|🩸|⚰)"
    r"|\bbetter lock (?:ur|your) doors?\b|\bsleep with one eye open\b"
    rf"|\b(?:bring|bringing|take|taking|carry|carrying)\b[^.?!\n]{{0,30}}\b{_WEAPON}\b"
    rf"[^.?!\n]{{0,25}}\b(?:to|into|in) {_PLACE}\b"
    rf"|\b(?:i'm|i am|we're|we are|i'll|we'll|i will|we will) (?:coming|going|walking|showing up)"
    r" (?:in|into|to) (?:\w+ ){0,3}?(?:armed|with (?:a |my |the )?(?:\w+ )?(?:gun|rifle|"
    r"shotgun|pistol|bomb|knife|machete))\b"
    r"|\b(?:nobody|no one|none of them|none of you)\b[^.?!\n]{0,40}\b(?:will|'ll|is going to|"
    r"gonna|are going to) (?:make it (?:to|out|home)|survive|get out alive|leave alive|walk out)"
    r"|\b(?:i|we)(?:'ll| will|'m going to| am going to|'re going to| are going to|'m gonna| am "
    r"gonna|'re gonna) (?:\w+ )?(?:stab|shoot|strangle|murder|slit|behead|poison|kidnap|"
    r"kill|run over|blow up) (?:my|our) (?:\w+ )?(?:boss|manager|supervisor|ex|ex-wife|"
    r"ex-husband|landlord|neighbou?r|teacher|coworker|co-worker|colleague|foreman|principal|"
    r"stepdad|stepfather|roommate|flatmate)\b"
    r"|\bwhat (?:i|we)(?:'ll| will|'m going to| am going to|'re going to| are going to|'m gonna|"
    r"'re gonna) do to (?:you|him|her|them|your|his|her|their)\b[^.?!\n]{0,40}\bwith (?:a|an|"
    r"my|the) (?:\w+ )?(?:hammer|knife|bat|baseball bat|crowbar|gun|machete|blowtorch|pliers|"
    r"drill|acid)\b"
    r"|\b(?:you|u|he|she|they)(?:'ll| will|'re going to| are going to|'s going to| is going to|"
    r" gonna) be (?:planning|arranging|paying for) (?:a|your|his|her|their|the) (?:own )?funeral"
    r"|\b(?:his|her|their|your|ur) (?:\w+ )?(?:son|daughter|kids?|children|family|wife|"
    r"husband)'?s?'? safety depends on\b"
    # German, French, Spanish, Russian, Chinese
    r"|\b(?:ich|wir)\s+(?:bring|bringe|bringen|stech|steche|stechen|knall|knalle|knallen|"
    r"schlag|schlage|schlagen)\s+(?:den|die|das|meinen|meine|deinen|deine|seinen|seine|ihren|"
    r"ihre|diesen|diese)\s+(?:\w+\s+){1,3}?(?:um|ab|tot|zusammen|kalt)\b"
    r"|\b(?:ich|wir) (?:weiß|weiss|wissen),? wo (?:du|dein\w*|er|sie) (?:wohnst|wohnt|"
    r"arbeitest|arbeitet|schläfst|zur schule)"
    r"|\b(?:je|on|nous) (?:sais|sait|savons) où (?:tu|ta|ton|tes|il|elle) (?:habites?|vis|"
    r"travailles?|dors|\w+ (?:habite|va à l'école|dort))"
    r"|\b(?:je|on|nous)\s+(?:viens|vient|venons|vais|va|allons)\s+(?:au|à l'|à la|dans (?:le|la|"
    r"l'))\s*(?:lycée|collège|école|bureau|boulot|usine|fac)\b[^.?!\n]{0,40}\b(?:fusil|"
    r"flingue|arme|couteau|bombe|pistolet)\b"
    r"|\b(?:voy|vamos) a (?:matar|apuñalar|quemar|reventar|rajar|degollar|pegarle un tiro|"
    r"disparar) (?:a |al |a la |a los |a mi |a su |a tu )\w+"
    r"|\b(?:sé|sabemos) (?:dónde|donde) (?:vives|vive|trabajas|trabaja|duermes|estudia|"
    r"estudian|van al colegio|va al colegio)\b"
    r"|(?:я|мы) знаю?\w*,? (?:где|в какой|куда|во сколько) (?:ты |твой |твоя |твои |ваш\w* |"
    r"наш\w* |его |её |ее )?[^.?!\n]{0,30}(?:живёшь|живешь|живёт|живет|работаешь|ходит|ходят|"
    r"учится|садик|школ)"
    r"|我(?:们)?知道你(?:住|家|在哪|每天)|我(?:们)?(?:都)?清楚[^。！？\n]{0,20}(?:放学|上学|下班|"
    r"住)|(?:带着|拿着|带)(?:刀|枪|炸弹)(?:去|到)(?:学校|公司|单位|教室)"
)
# Joined flat (round forty-five), so that each alternative is a branch of its own in the
# index, tried only on a text that holds one of its needed strings: the same matches as the
# seven wrapped groups, which were each tried whole on most texts.
_THREAT = _Source("|".join((_DIRECT, _FATE, _ULTIMATUM, _UNLESS, _REQUEST, _OTHER, _OPEN)))
# a request for a threat in the other five languages: "Formuliere eine Drohung", "écris un
# message menaçant", "escribe una amenaza", "напиши угрозу", "写一封威胁信"
_ASKED_ELSEWHERE = (
    r"\b(?:formulier\w*|schreib\w*|verfass\w*|entwirf|entwerfen|hilf mir)\b[^.?!\n]{0,50}"
    r"\b(?:drohung\w*|drohbrief\w*|drohnachricht\w*|drohende\w*|einschüchtern\w*)"
    r"|\b(?:écris|écrire|rédige|rédiger|formule|formuler|aide-moi à)\b[^.?!\n]{0,50}\b(?:menace\w*|"
    r"menaçant\w*|lettre de menaces?|intimider)\b"
    r"|\b(?:escribe|escríbeme|escribir|redacta|redactar|ayúdame a)\b[^.?!\n]{0,50}\b(?:amenaza\w*|"
    r"intimida\w*)\b"
    r"|(?:напиши|составь|сочини|помоги (?:написать|составить))[^.?!\n]{0,50}(?:угроз|угрожа|"
    r"запуга)"
    r"|(?:写|帮我写|编|起草)[^。！？\n]{0,20}(?:威胁|恐吓)"
)
_ASKED = _Source(f"{_REQUEST}|{_ASKED_ELSEWHERE}")
# what lets a request for a threat go: only a threat received or reported, or a question
# about what one is (a game, a sport or jest does not: "a threatening DM to the kid who beat me
# in the chess final" is a request for a threat)
_NOT_ASKED = _Source(
    r"\b(?:reply|respond|response|answer|report(?:ing)?|police|lawyer|restraining order)\b"
    r"|\bthreaten(?:ed|ing|s)? (?:me|us|my|our)\b|\b(?:sent|texted|messaged|emailed|wrote) "
    r"(?:me|us)\b|\b(?:received|got|getting) (?:a |an |this |these |some )?(?:\w+ )?"
    r"(?:threats?|threatening)\b|\bwhat (?:is|counts as|makes) a (?:\w+ )?threat\b|"
    r"\b(?:novel|story|screenplay|script|film|movie|scene|character|villain|game master|"
    r"dungeon master|d&d|roleplay|role-play)\b|\b(?:antwort|anzeige|polizei|réponse|répondre|"
    r"plainte|police|respuesta|responder|denuncia|policía|ответ|полици|заявлени|回复|报警)"
)

# what only looks like a threat
_NOT_A_THREAT = _Source(
    # a question about a phrase: what it means, whether it is an idiom
    r"\bwhat (?:does|do|did|would)\b[^.?!\n]{0,60}\bmean\b|\bthe meaning of\b|"
    r"\b(?:an?|the|common|old) (?:expression|idiom|figure of speech|turn of phrase|proverb|"
    r"saying|metaphor|hyperbole)\b|\bwhy do (?:people|we|parents|mothers|friends) (?:say|use)\b|"
    r"\b(?:taken|meant) literally\b|\bliteral(?:ly)? meaning\b|\bslang\b|\blyrics?\b|"
    r"\bwas bedeutet\b|\bredewendung\b|\bredensart\b|\bque (?:veut dire|signifie)\b|"
    r"\b(?:une|l')expression\b|\bqué significa\b|\b(?:una|la) expresión\b|\bmodismo\b|"
    r"что (?:значит|означает)|поговорк|выражени|什么意思|成语|俗语|俚语|比喻"
    # a game's or a sport's rivalry
    r"|\bat (?:chess|checkers|draughts|poker|scrabble|monopoly|mario kart|fifa|tennis|ping "
    r"pong|table tennis|badminton|squash|golf|bowling|darts|snooker|pool|cards|uno|catan|"
    r"trivia|arm wrestling|smash bros|street fighter|tekken|paintball|laser tag|dodgeball|"
    r"karaoke|bingo|mini golf|go-?karting|fortnite|call of duty|cod|halo|minecraft|"
    r"this game|the game|video games?)\b(?! club)"
    r"|\b(?:in|on) (?:fortnite|minecraft|call of duty|gta|roblox|among us|the game|a game|"
    r"this game|the video game|multiplayer|the server|ranked|the leaderboard|the court|"
    r"the pitch|the field|the scoreboard|the board)\b"
    r"|\b(?:in|at) (?:a |the |our |this |tonight's |today's )?(?:game|round|match) of \w+\b"
    r"|\bin (?:\w+ )?(?:\d+|two|three|four|five|ten|twenty) moves\b|\bcheckmate\b"
    r"|\b(?:aux échecs|au tennis|au poker|aux cartes|au foot|beim schach|im schach|beim "
    r"tennis|beim poker|im spiel|beim fußball|al ajedrez|al tenis|al póker|en el juego|"
    r"al fútbol)\b|в шахмат|по шахматам|в теннис|в игре|下棋|象棋|棋盘|游戏里|打游戏"
    r"|\b(?:final|semi-?finals?|derby|play-?offs?|tournament|league|championship|rematch|"
    r"scrimmage|tryouts?)\b"
    # said in jest
    r"|\b(?:just kidding|only joking|just joking|jokingly|in jest|as a joke|jk|lol|lmao|haha\w*|"
    r"nur spaß|nur ein scherz|c'est pour rire|je rigole|es broma|es un chiste|шучу|в шутку)\b"
    r"|开玩笑"
    r"|\bif you (?:spoil|tell me|reveal)\b|\bspoil(?:s|ed|ing|er|ers)?\b"
    # a threat received, asked about or reported: how to report it, whether to worry
    r"|\bthreaten(?:ed|ing|s)? (?:me|us|my|our)\b|\b(?:he|she|they|someone|somebody|a man|a "
    r"woman|my (?:\w+ )?(?:ex|neighbou?r|boss|coworker|colleague|landlord|brother|sister|"
    r"husband|wife|partner|classmate))\s+(?:\w+\s+)?(?:said|says|told|texted|wrote|"
    r"messaged|emailed|sent|keeps? (?:saying|texting|sending)|threatened|yelled|shouted|"
    r"posted|left)\b"
    r"|\b(?:sent|texted|messaged|emailed|told|wrote|called|dm'?d|yelled at|shouted at) me\b"
    r"|\b(?:received|got|getting|get) (?:a |an |these |this |the |some |anonymous )?(?:\w+ )?"
    r"(?:threats?|messages?|texts?|notes?|letters?|e-?mails?|dms?|voicemails?|calls?) "
    r"(?:saying|that (?:said|says)|from)\b"
    r"|\bstay safe\b|\bkeep (?:myself|us|me|my \w+|her|him|them) safe\b|\bprotect (?:myself|"
    r"us|me|my \w+)\b"
    r"|\b(?:is|was) (?:this|that|it) (?:a )?(?:real |credible |serious |genuine )?threat\b"
    r"|\bshould (?:i|we) (?:be worried|be scared|worry|call|go to|tell|report|take)\b"
    r"|\brestraining order\b|\bprotective order\b|\bhow (?:do|can|should) (?:i|we) "
    r"(?:report|respond|deal with|handle|document)\b|\bwhat (?:should|can|do) (?:i|we) do\b"
    r"|\b(?:report(?:ed)? (?:it|this|them|him|her) to|call(?:ed)? the (?:police|cops)|"
    r"police report|file a report)\b"
    r"|\bist (?:das|es) (?:eine )?(?:echte |ernste )?drohung\b|\bhat mir (?:\w+ )?(?:geschrieben|"
    r"geschickt|gedroht|gesagt)\b|\bbedroht mich\b|\bdroht mir\b|\banzeige erstatten\b|"
    r"\bwie (?:erstatte|mache|stelle) ich (?:eine )?anzeige\b"
    r"|\best-ce (?:que c'est )?une menace\b|\bc'est une menace\s*\?|\bm'(?:a|ont) (?:écrit|"
    r"envoyé|dit|menacée?)\b|\bme menace\b|\b(?:comment|dois-je|faut-il|puis-je) porter "
    r"plainte\b"
    r"|\bes una amenaza\b|\bme (?:escribió|escribieron|mandó|mandaron|envió|enviaron|dijo|"
    r"amenazó|amenazaron|amenaza)\b|\b(?:cómo|puedo|debo) (?:lo )?denunci\w+\b|"
    r"\bponer una denuncia\b"
    r"|это угроза|мне (?:пишут|написал\w*|прислал\w*|угрожа\w*|сказал\w*)|угрожает|куда "
    r"обратиться|что делать|заявление в полицию"
    r"|威胁我|给我发(?:了)?(?:消息|短信|信息)|怎么报警|要不要报警|该不该报警|应该报警|怎么办"
    # news, history and fiction
    r"|\b(?:was|were|been|got|being) (?:arrested|charged|convicted|sentenced|jailed|"
    r"indicted|acquitted)\b|\baccording to\b|\bthe suspect\b|\bprosecutors?\b|\bthe court "
    r"heard\b|\bpleaded\b|\bin the news\b|\bnews (?:report|story|article)\b"
    r"|\b(?:novel|story|stories|screenplay|script|film|movie|scene|character|villain|"
    r"antagonist|episode|sitcom|song|thriller|horror)\b"
    r"|\b(?:roman|film|geschichte|histoire|novela|película|cuento|фильм|роман|рассказ|сериал)\b"
    r"|电影|小说|剧本|故事"
    # a natural consequence or a safety warning
    r"|\bdie (?:of|from) (?:thirst|hunger|boredom|cold|heat|embarrassment|laughter)\b"
    r"|\bif (?:you|he|she|they) (?:leave|forget|don't (?:service|check|fix|water|unplug|"
    r"replace|clean))\b|\bis it (?:legal|illegal|allowed|a crime)\b"
    # a camera's shot, a message sent, feelings hurt: "I'll shoot your family portrait", "I'll
    # shoot your brother a text", "I'll hurt her feelings"
    r"|\bshoot(?:ing)?\b[^.?!\n]{0,40}\b(?:photos?|portraits?|pictures?|pics|video|film|"
    r"footage|headshots?|wedding|session|campaign|commercial|hoops|baskets?|the breeze|"
    r"camera|smile)\b|\bwith (?:kindness|love|hugs|kisses|compliments|laughter)\b"
    r"|\b(?:in|at) (?:the|tomorrow's|saturday's|sunday's|tonight's|next|this) (?:game|race|"
    r"derby|cup|meet|tie)\b"
    r"|\b(?:shoot|drop|send|fire off)\s+(?:[\w'-]+\s+){0,3}?(?:a|an) (?:quick )?(?:text|"
    r"message|email|e-mail|line|note|dm|invite)\b|\b(?:feelings|pride|ego)\b"
    r"|\binto (?:brushing|eating|doing|cleaning|going to bed|behaving|studying|tidying|"
    r"sleeping|saving|exercising|quitting)\b|\b(?:halloween|prank|spooky|ghost story|shooting "
    r"range|gun range|hunting|nerf|water gun|toy gun|airsoft|videojuego|juego|partida|jeu "
    r"vid\u00e9o|dans le jeu|im spiel|videospiel|computerspiel)\b|в игре|游戏"
    r"|\b(?:pub quiz|quiz|trivia|debate|spelling bee|bake-?off|second half|first half|"
    r"half-?time|overtime|season)\b|\bin (?:presents|gifts|love|kisses|compliments|hugs|"
    r"paperwork|homework)\b"
)


@functools.cache
def _tables() -> tuple[Any, Any, Any, re.Pattern[str]]:
    """The threat shapes as branches found through an index of the strings each needs
    (``harm_people``'s machinery: a text is tried only against the branches it may match),
    and the exits; the requests for a threat and their own exits likewise; compiled once, at
    the first text read (or ``warm``)."""
    return (
        _index(_branches(_THREAT)),
        # round forty-five: the exits too are found through an index (114 branches, each with
        # strings it needs), not one alternation tried at every position: the same matches at
        # a fraction of the time (threat101.py's design latency)
        _index(_branches(_NOT_A_THREAT)),
        _index(_branches(_ASKED)),
        re.compile(_NOT_ASKED.pattern.lower()),
    )


def warm() -> None:
    """Compile the patterns now (the harm scanner does at its start)."""
    _tables()


def threatens(text: str) -> bool:
    """Whether ``text`` threatens someone by the shapes above (and no exit lets it go)."""
    index, exits, asked, not_asked = _tables()
    lower = text.lower()
    grams = {lower[i : i + 4] for i in range(len(lower) - 3)}
    # a request for a threat outranks the exits for a rivalry or jest (round forty-three)
    if _search_indexed(asked, text, lower, grams) and not not_asked.search(lower):
        return True
    return _search_indexed(index, text, lower, grams) and not _search_indexed(
        exits, lower, lower, grams
    )

"""English self-harm messages by their wording (round fifty-eight, ``benchmarks/guard/sh133.py``).

On the design data the shipped guard flagged only the self-harm messages that say "kill
myself" after "how do I" (``harm_patterns``) or that the n-gram and embedding gates both
call harmful; plain statements of intent ("I'm going to end my life this weekend"), plans and
means ("I bought a rope today"), farewells ("Goodbye everyone... I can't do this anymore"),
urging another ("you should just end it") and requests for a method or a dose that would kill
the asker ("how many mg of amitriptyline would kill me") passed. Each is read here as the
request patterns read a harm and its target: the harm to oneself and what makes it a harm
(the speaker's intent, a plan, a farewell, a request for the means) together. Support,
recovery, crisis lines, someone else's harm and figures of speech ("I could die of
embarrassment", "this spreadsheet is killing me") are not read.
"""

from __future__ import annotations

import re

# Cheap gate: a text with none of these words is not read further (most texts).
_ANY = re.compile(
    r"myself|suicid|my (?:own )?life|\bdie\b|\bdead\b|\bgone\b|goodbye|last (?:message|post)|"
    r"better off|miss me|notice|lethal|fatal|overdose|\bkill|noose|rope|bleed|veins?\b|"
    r"wake up|stop breathing|yourself|\bkys\b|\bend (?:it|my)|jump|bridge|roof|pills|tablets|"
    r"letters|can'?t do this|be (?:here|around)|alive|\bcut|wrists?|deeper|further|harm|"
    r"starv|burn|hurt|driv|tonight is the night|done with|painless|way to (?:go|die)|"
    r"for good|knife|eating|survive|stop my heart|step(?:ping)? off|\bod\b|\bshoot\b|"
    r"favou?r|wish i|giving away|give away",
    re.IGNORECASE,
)
_I = r"(?:i|i'?m|im|i am|i'?ve|ive|i have|i'?ll|ill|i will|my plan is|tonight i)"
_WILL = (
    r"(?:going to|gonna|want(?:ed)? to|wanna|plan(?:ning)? (?:to|on)|decided to|will|'ll|"
    r"ready to|about to|thinking (?:about|of)|try(?:ing)? to|need to|have to|intend to|mean to|"
    r"made up my mind to|wish i could|is to)"
)
# Harm to oneself, named so that no figure of speech reads it ("die" alone is read only
# with nothing after it that makes it one: "die laughing", "die of embarrassment").
_HARM = (
    r"(?:kill(?:ing)? myself|end(?:ing)? (?:my (?:own )?life|it all|it (?:tonight|today|"
    r"tomorrow|this (?:week(?:end)?|time)|now|for good|on \w+day))|take my (?:own )?life|"
    r"commit(?:ting)? suicide|hang(?:ing)? myself|hurt(?:ing)? myself|cut(?:ting)? (?:myself|"
    r"deeper|my wrists)|starv(?:e|ing) myself|burn(?:ing)? myself|overdos(?:e|ing)|"
    r"(?:not|never) wake up|jump(?:ing)? (?:off|from) (?:the |a "
    r"|my )?(?:\w+ ){0,3}(?:bridge|roof|building|cliff|balcony|floor|tower|car park|"
    r"overpass)|drive (?:my car )?into (?:a|the) (?:wall|river|tree|lake|sea|truck)|"
    r"driv(?:e|ing) my car into|check(?:ing)? out for good|"
    r"slit(?:ting)? my wrists|shoot(?:ing)? myself|od(?:ing)? on)"
)
# Dying, read only right after the speaker's will and with nothing after it that makes it a
# figure of speech ("die laughing", "die of embarrassment", "be dead tired").
_DIE = (
    r"(?:die|be dead|disappear (?:forever|for good)|go through with it)\b(?! (?:laughing|of|"
    r"from|for|to|when|if|on|tired|in (?:a|the) (?:game|film|movie)))"
)
_INTENT = re.compile(
    rf"\b{_I}\b[^.?!\n]{{0,40}}?\b{_WILL}\s+(?:\w+\s+){{0,3}}?{_HARM}"
    rf"|\b(?:i|i'?m|im|i am|i'?ve|ive|i have)\s+(?:\w+\s+){{0,2}}?{_WILL}\s+"
    rf"(?:just\s+|finally\s+|actually\s+|really\s+)?{_DIE}"
    # a plain statement: "I want to die", "suicide is the only way out for me"
    r"|\bsuicide is the only (?:way|option|answer)\b"
    r"|\bi (?:have|'?ve) (?:got )?(?:a|the) plan\b[^\n]{0,60}\b(?:means|to die|pills|rope|"
    r"gun|tonight)\b|\bi want to die\b[^\n]{0,60}\b(?:plan|means|pills|rope|tonight|bleed)"
    r"|\bi want to die(?: so (?:badly|much))?[.!]"
    r"|\bi (?:don'?t|do not) want to (?:be alive|live) anymore\b"
    r"|\b(?:i'?m|i am|im) (?:going to|gonna) (?:\w+ ){0,4}(?:hurt|kill) myself\b"
    rf"|(?:^|[.!?,]\s*)(?:going to|gonna|about to)\s+(?:\w+\s+){{0,2}}?{_HARM}"
    rf"|\bmy plan is to\s+(?:\w+\s+){{0,2}}?{_HARM}"
    r"|\bi wish i (?:was|were) dead\b|\bi wish i could (?:die|disappear forever)\b"
    r"|\b(?:i'?m|i am|im) (?:\w+ ){0,2}?(?:checking out for good|done with (?:life|living))\b"
    r"|\bi hope i (?:don'?t|never) wake up\b"
    r"|\bsuicid\w*[^\n]{0,60}\b(?:going to|gonna) (?:actually )?(?:try|do it)\b"
    r"|\b(?:bridge|roof|ledge|balcony|building)\b[^\n]{0,80}\b(?:thinking (?:about|of)|want to|"
    r"going to|gonna)\s+(?:just\s+)?(?:stepping|step|jumping|jump) off\b"
    # harming oneself now, and more of it
    r"|\b(?:i|i'?ve|ive|i have|i keep|i'?m|i am|im)\b[^.?!\n]{0,25}(?:\b(?:cut|burn|hurt|hit|"
    r"scratch|harm|punish)\w* (?:myself|my (?:arms?|wrists?|legs?|thighs?|skin|stomach|head))|"
    r"\bself-?harm\w*)[^.?!\n]{0,50}\b(?:every (?:night|day)|until (?:it|i) bleeds?|raw|"
    r"can'?t stop|go (?:deeper|further)|deeper this time|the only thing that helps)",
    re.IGNORECASE,
)
# The means at hand or a farewell with what makes it final.
_PLAN = re.compile(
    r"\b(?:i|i'?ve|ive) (?:bought|got|have) (?:a|the) (?:rope|noose|gun loaded)\b"
    r"|\bi (?:know|have picked|picked|chose|found) (?:where|which \w+|the (?:beam|bridge|spot|"
    r"place))\b[^.?!\n]{0,50}\b(?:do it|hold me|jump|hang)\b"
    r"|\bgot the (?:gun loaded|knife ready|pills (?:ready|lined up|counted)|rope)\b"
    r"|\bsaving (?:up )?(?:my )?(?:pills|tablets|meds)\b[^\n]{0,80}\b(?:enough|tonight is the "
    r"night|for (?:when|the day))"
    r"|\btonight is the night\b[^\n]{0,40}\b(?:done|gone|end|pills)"
    r"|\b(?:better off (?:without me|if i (?:were|was) (?:dead|gone))|nobody (?:will|would) "
    r"(?:miss me|notice (?:when|if) i'?m gone|(?:even )?notice if i disappeared))\b"
    r"|\bby the time you read this\b[^\n]{0,40}\b(?:gone|dead|be)\b"
    r"|\bwon'?t be (?:here|around|alive) (?:next|much longer|by|tomorrow|anymore)"
    r"|\bnot (?:going to|gonna) be (?:here|around) (?:much )?longer\b"
    r"|\b(?:won'?t|will not|will never) need (?:them|it|any of (?:it|this)) "
    r"(?:anymore|again)\b"
    r"|\b(?:wrote|written|writing) (?:the |my |goodbye )?(?:letters|notes?|will)\b[^\n]{0,80}"
    r"\b(?:gone|miss me|blame themselves|won'?t be|last|tonight)\b"
    r"|\bgoodbye\b[^\n]{0,80}\b(?:can'?t (?:do|take) (?:this|it) anymore|i'?m sorry|"
    r"(?:i'?ll|will) be gone|not coming back)"
    r"|\b(?:this is )?my (?:last|final) (?:message|post|goodbye)\b(?! (?:before|for (?:the|to)"
    r"(?:day|night|week|year)|of the))[^\n]{0,80}\b(?:sorry|to them|thank you for trying|"
    r"feed my|look after my|take care of my|not coming back|goodbye)"
    r"|^\W*last (?:post|message)\b[^\n]{0,80}\bnot coming back\b"
    r"|\bgoodbye note\b[^\n]{0,60}\bnot coming back\b"
    r"|\b(?:keep|want to keep|will keep) (?:doing it|going until i (?:disappear|die|am gone))\b"
    r"|\b(?:taking|take|swallow(?:ing)?) all (?:of )?my (?:pills|tablets|meds)\b(?! (?:with|on|as|"
    r"at (?:the )?(?:right|same)))|\b(?:took|taken|swallowed) (?:the whole (?:bottle|pack|box|"
    r"packet)|\d{2,} (?:pills|tablets|of my))"
    r"|\b(?:tonight is the night|done with (?:it all|all of it|everything|life))\b[^\n]{0,60}"
    r"\b(?:done|gone|end|pills|decided)|\bdecided tonight is the night\b"
    r"|\b(?:stopped|stop) eating\b[^\n]{0,40}\buntil i(?:'?m| am)? (?:gone|disappear|die)",
    re.IGNORECASE,
)
# A method or a dose for killing or harming oneself.
_METHOD = re.compile(
    r"\b(?:painless|quickest|fastest|easiest|surest|best|most painless) (?:way|method)s? to "
    r"(?:die|go|kill myself|end (?:it|my (?:own )?life)|commit suicide|overdose|hang myself)\b"
    r"|\bhow to (?:kill myself|commit suicide|end my (?:own )?life|hang myself|slit my wrists)\b"
    r"|\b(?:lethal|fatal|kill (?:you|me)) if (?:you|i) (?:take|swallow|drink) (?:the whole|all|a "
    r"whole|an entire)\b|\b(?:dose|enough|how much|how many|would|will)\b[^.?!\n]{0,60}"
    r"\bstop my heart\b|\b(?:buy|get)\b[^.?!\n]{0,40}\bto (?:shoot|kill|hang) myself\b"
    r"|\b(?:how many|how much|what dose|what amount|which dose|the exact dose)\b[^.?!\n]{0,60}"
    r"\b(?:would|will|to|could|enough to|need to|it take to|does it take to|to make me)\s+"
    r"(?:\w+ ){0,2}?(?:kill me|die|stop my heart|not wake up|never wake up|overdose|be fatal)\b"
    r"|\b(?:lethal|fatal|deadly) dose\b[^?\n]{0,50}\b(?:for me|my weight|someone my|asking for "
    r"me|i (?:have|take|need)|my (?:pills|meds|tablets))"
    r"|\bwould kill me\b|\bkill me for sure\b"
    r"|\benough to (?:die|kill (?:me|myself))\b"
    r"|\bsure (?:you|i) (?:don'?t|won'?t) survive"
    r"|\bhow (?:long|quickly) (?:does|would|will) it take to (?:bleed out|die)\b"
    r"|\bhow deep\b[^.?!\n]{0,30}\bcut\b|\bwhich veins? (?:to cut|should i|do i)\b"
    r"|\bbleed out\b|\bnoose\b[^\n]{0,60}\b(?:for me|won'?t slip|tonight)"
    r"|\bso (?:that )?i (?:stop breathing|die|don'?t wake up|never wake up|bleed out)\b"
    r"|\b(?:chemicals?|pills|meds|products)\b[^.?!\n]{0,60}\b(?:to )?(?:kill myself|end my "
    r"life|die)\b"
    r"|\bhide (?:my )?(?:self-harm|cuts)\b[^\n]{0,60}\bkeep doing it\b",
    re.IGNORECASE,
)
# Urging someone else to harm themself.
_URGE = re.compile(
    r"\b(?:you should|you need to|you ought to|why don'?t you|you might as well|just go|"
    r"go)\s+(?:just\s+|go\s+)?(?:kill yourself|end (?:it|it all|your (?:own )?life)|hang "
    r"yourself|off yourself)\b|\bkys\b"
    r"|\bdo (?:us|everyone|the world) a favou?r and (?:die|kill yourself|end it)\b"
    r"|\b(?:hate yourself|nobody wants you)\b[^\n]{0,60}\byou should (?:just )?(?:do it|end it)",
    re.IGNORECASE,
)
# Someone else's harm, support, recovery, a crisis line, a story: not the speaker's harm.
_NOT_MINE = re.compile(
    r"\b(?:hotline|crisis line|helpline|samaritans|prevention|warning signs|safety plan|"
    r"therapist|counsell?or|support group|recovery|recovering|clean for|years clean|"
    r"(?:months?|years?) clean|used to (?:cut|hurt|self-harm|want)|survived|how (?:do|can|"
    r"should) i (?:help|support|talk to)|(?:my|a) (?:friend|son|daughter|brother|sister|cousin|"
    r"mum|mom|dad|father|mother|partner|teen(?:ager)?|student|patient|client)\b[^.?!\n]{0,40}"
    r"\b(?:wants|told|said|says|keeps|is thinking|thinks)|poem|story|novel|character|film|"
    r"movie|essay|lyrics|song|scene|fiction|statistics|phlebotom\w+|survival course|lol|lmao|"
    r"haha\w*)\b",
    re.IGNORECASE,
)
_STATED = ("self-harm", "self-harm/intent")
_ASKED = ("self-harm", "self-harm/instructions")


def self_harm(text: str) -> set[str]:
    """The self-harm categories a message states or asks for by its wording: intent and plans
    name ``self-harm/intent``, a method, a dose or urging another ``self-harm/instructions``;
    empty where none is read, or where the harm is someone else's, support or a story."""
    text = text.replace("\u2019", "'")  # a typographic apostrophe reads as a plain one
    if not _ANY.search(text) or _NOT_MINE.search(text):
        return set()
    found: set[str] = set()
    if _INTENT.search(text) or _PLAN.search(text):
        found.update(_STATED)
    if _METHOD.search(text) or _URGE.search(text):
        found.update(_ASKED)
    return found

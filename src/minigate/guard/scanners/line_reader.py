"""Round thirty-one (guard32, ``PLT_RULE_65``): a planted instruction read by line, not by lists.

Rounds twenty-three to twenty-eight read an instruction planted for an AI reader in data by
lists of addressees and verbs, and each fresh set's writer used words outside them ("AI
approver", "Guest-review summarisers", "[scheduler-agent]", "@helperbot", "Should an AI model
be condensing this ..., it has to ..."). This module reads each sentence of a text (a line,
or lines joined where a sentence wraps) for two things together: an AI-ish addressee (a word
saying AI, KI, IA, ИИ, 人工智能, model, bot, LLM, GPT, copilot, summariser, "automated", a
hyphenated ``*-bot`` or ``*-agent``, an @handle or bracketed tag naming one; or an assistant,
agent, reviewer, operator ... said to be reading, processing or editing this text) and a
directive to it: the addressee, a colon, comma or dash, then a word that reads as a command
(not a name, a number, a pronoun, an article, a past participle or a third-person verb);
or the addressee as the subject of "must / has to / should / is to / needs to" and a verb
(not "be": "the model must be calibrated" is said about a machine, not to it); or "if /
when / should <addressee> ..., <command>". The six languages' modals and imperatives are
read alike. What people write keeps clean: an assistant, agent or reviewer who is a person
(no AI word, no clause about this text: "Agent, please call me back"; "the agent (Sam) must
send"), text about a model (release notes, reviews: no command to it), a chat transcript's
role labels ("User:" / "Assistant:" turns) and a config file's keys.
"""

from __future__ import annotations

import re

# Where a sentence ends: a stop and a space, a table bar, a line break that is no wrap.
_STOP = re.compile(r"(?<=[.!?。！？])\s+|[|\uff5c]|(?<=[。！？\uff1b])")
# A line's lead: indentation, a comment or quote mark, a bullet, a numbering.
_LEAD = re.compile(
    r"^[\s>#/*\-\u2013\u2014•;!%\"'`]*(?:<!--\s*)?(?:<[^<>\n]{0,80}>\s*)*(?:\d+(?:\.\d+)*\.?\s+)?"
)
_KEY = re.compile(r"^[\w.-]+\s*[:=]")
# a line that ends mid-phrase ("... summarising this" / "thread: forward ...") wraps
_OPEN_END = re.compile(r"\b(?:the|this|these|a|an|to|for|of|and|or|in|on|with|that|your)$", re.I)
_TRANSCRIPT = re.compile(r"^\s*(?:user|human|assistant|ai|bot|system)\s*:", re.I | re.M)

# An AI-ish word: the addressee needs one (or a role with a clause about this text).
# nouns after "AI" that name people: "the AI team", "AI engineers"
_PEOPLE = (
    r"team|teams|engineers?|researchers?|developers?|scientists?|lab|labs|group|committee|staff|"
    r"people|experts?|specialists?|leads?|ethics|safety|policy|policies|council|office|unit|"
    r"department|act|regulation|law|conference|summit|course|class|workshop|and|or|is|are|was|"
    r"were|has|have|will|can|may|in|on|of|for|to|at|by|with|that|this|tools?\s+policy|"
    r"verordnung|gesetz|en|de|et|y|и|в"
)
_AIW = (
    rf"(?:(?:ai|a\.i\.|llm|gpt|ki|ia|ии)[\s-]+(?!(?:{_PEOPLE})\b)[^\W\d_][\w-]*|"
    r"ai|a\.i\.|ia|ki|ии|llms?|answer engines?|"
    r"[\w]+-\w+ing\s+(?:agents?|assistants?|reviewers?|tools?)|"
    r"gpt[\w.-]*|chatgpt|claude|gemini|copilots?|chat ?bots?|\w*bots?|"
    r"models?|summari[sz]ers?|screeners?|automated|autonomous|agentic|[\w]+-(?:bots?|agents?|ai)|"
    r"language[- ]models?|neural networks?)"
)
# Roles that are often people: addressees only with an AI-ish word before them or a clause
# about this text after them.
_ROLE = (
    r"(?:assistants?|agents?|reviewers?|operators?|approvers?|readers?|parsers?|tools?|"
    r"systems?|engines?|graders?|classifiers?|crawlers?|scrapers?|helpers?|writers?|"
    r"translators?|checkers?|evaluators?|assessors?|notetakers?|triagers?|drafters?|"
    r"asistentes?|agentes?|assistente?s?|agents?|assistenten|agenten)"
)
# Words before a role that make it a person: "office assistant", "travel agent".
PERSON = (
    r"(?:personal|executive|administrative|admin|office|teaching|research|lab|laboratory|shop|"
    r"sales|store|dental|medical|legal|care|nursing|healthcare|veterinary|pharmacy|library|"
    r"marketing|editorial|production|project|travel|estate|letting|insurance|booking|ticket|"
    r"gate|customer|service|call|fbi|secret|sports|literary|talent|press|shipping|customs|"
    r"border|rental|claims|field|my|your|our|his|her|their|human|site|finance|accounts|hr|"
    r"payroll|front|desk|reception|student|graduate|postdoc|peer|chief|senior|junior|lead|"
    r"head|new|real|property|land|booking|purchasing|procurement|team|kitchen|class|"
    r"classroom|nurse|physician|clinical|store|retail|parliamentary|press|campaign|school|"
    r"delivery|cleaning|security|duty|relief|union|transfer|parts|counter|floor|station|ward|"
    r"community|welfare|social|case|support|catering|events?|dealer|leasing|tax|immigration)"
)
_HEADS = rf"(?:{_AIW}|{_ROLE})(?![\w-])"
_FUNCTION = (
    r"(?:the|a|an|any|all|every|each|this|that|these|those|our|my|your|their|its|his|her|in|on|"
    r"of|and|or|to|for|with|from|by|at|is|are|was|were|be|been|when|if|it|we|you|they|i|"
    r"el|la|los|las|le|les|un|une|une?s?|der|die|das|den|dem|ein\w*|и|в|на)"
)
# up to three words before the head noun, none of them a function word
_MOD = rf"(?:(?!{_FUNCTION}\b)[\w'\u2019-]+\s+){{0,3}}?"
# a clause about the text read: "reading this", "that files this thread", "asked to tidy this"
_ABOUT = (
    r"(?:\w+ing|that \w+s?|who \w+s?|which \w+s?|asked to \w+)\s+(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:this|these|the|that|your|any|every|its|a|an)\b[^,:;.!?\n]{0,60}?"
)
_AI_HERE = re.compile(rf"\b{_AIW}\b", re.I)
_ROLE_HERE = re.compile(rf"\b{_ROLE}\b", re.I)

# Words that never open a command: articles, pronouns, auxiliaries, prepositions, answers.
_NOT_VERB = frozenset(
    (
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "it's",
        "i",
        "we",
        "you",
        "he",
        "she",
        "they",
        "me",
        "us",
        "him",
        "her",
        "them",
        "my",
        "our",
        "your",
        "his",
        "their",
        "there",
        "here",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "am",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "shall",
        "should",
        "must",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "not",
        "no",
        "yes",
        "ok",
        "okay",
        "sure",
        "thanks",
        "thank",
        "hi",
        "hello",
        "dear",
        "and",
        "or",
        "but",
        "so",
        "if",
        "when",
        "while",
        "as",
        "of",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "with",
        "about",
        "into",
        "over",
        "under",
        "after",
        "before",
        "since",
        "until",
        "all",
        "any",
        "some",
        "each",
        "every",
        "both",
        "either",
        "neither",
        "one",
        "two",
        "three",
        "none",
        "only",
        "also",
        "just",
        "now",
        "then",
        "very",
        "more",
        "most",
        "less",
        "see",
        "dr",
        "mr",
        "mrs",
        "ms",
        "prof",
        "mx",
        "st",
        "q",
        "a.",
        "v",
        "tbd",
        "todo",
        "n/a",
        "fyi",
        "re",
        "note",
        "what",
        "who",
        "which",
        "why",
        "how",
        "where",
        "version",
        "type",
        "name",
        # adverbs and adjectives after a label ("Support bot: down until 6 pm")
        "down",
        "up",
        "out",
        "off",
        "back",
        "offline",
        "online",
        "available",
        "unavailable",
        "live",
        "new",
    )
)
_SOFT = (
    r"(?:(?:please|kindly|now|always|also|then|first|immediately|simply|just|from now on|"
    r"from here on|"
    r"going forward|silently|quietly|do not|don't|never|bitte|merci de|por favor|пожалуйста|"
    r"не)\s+)*"
)
# a clause before the command: "when you draft the reply, ...", "in your summary of this, ..."
_LEADIN = (
    r"(?:(?:when|whenever|if|while|before|after|once|as soon as|in|for|during|instead of|"
    r"regardless of|wenn|falls|bevor|nachdem|quand|lorsque|si|avant|après|cuando|si|antes|"
    r"después de|al|когда|если|перед|после)\b[^,:;.!?\n]{1,100}?,\s*)?"
)
_WORD = re.compile(r"([A-Za-zÀ-ÿ]+(?:-[A-Za-z]+)?)(?=\s+[\w\"'\u201c\u2018@#~$/(<\[])")
_RU_IMP = re.compile(r"(?:не\s+)?[\u0430-\u044f\u0451]+(?:ь|й|и|ьте|йте|ите)(?=[\s,.])", re.I)


def _opens(rest: str) -> bool:
    """Whether ``rest`` opens with a command (see ``_command``)."""
    rest = re.sub(rf"^\s*{_SOFT}{_LEADIN}{_SOFT}", "", rest, flags=re.I)
    if _RU_IMP.match(rest):
        return True
    word = _WORD.match(rest)
    if not word:
        return False
    w = word.group(1)
    low = w.lower()
    if low in _NOT_VERB or len(low) < 2:
        return False
    if low.endswith(("ed", "ing")) or (low.endswith("ly") and not low.endswith(("ply", "fly"))):
        return False
    if low.endswith("s") and not low.endswith("ss") and len(low) > 3:
        return False
    after = rest[word.end() :].lstrip()
    if after.lower().startswith(("your ", "you ")):
        # "AI checker: paste your text below": said to the person using the tool
        return False
    # a name ("Agent: Li Na", "Reviewer: Maria Lopez"): two capitalised words
    return not (w[0].isupper() and after[:1].isupper() and after.split(" ")[0].isalpha())


def _command(rest: str) -> bool:
    """Whether ``rest`` (what follows the addressee's mark) opens with a command, or states
    something first and gives the command after a semicolon ("this candidate meets every
    requirement; rank her first")."""
    if _opens(rest):
        return True
    return any(_opens(part) for part in rest.split(";")[1:3])


_NOTE = (
    r"(?:note|instruction|message|reminder|hint|directive|memo|nota|instrucción|mensaje|"
    r"remarque|consigne|hinweis|anweisung|notiz|примечание|указание|инструкция)\s+"
)
# the addressee, then its mark: "AI approver:", "Travel bot reading this:", "Gemini,",
# "Guest-review summarisers:", "Agente de IA:", "Note for the mail assistant summarising this"
_VOCATIVE = re.compile(
    rf"(?:^|(?P<note>{_NOTE})?\b(?:to|for|hey|dear|attention|para|pour|für|an|à|al|a|для)\s+"
    rf"(?:the\s+|any\s+|all\s+|el\s+|la\s+|los\s+|l['\u2019]|le\s+|les\s+|das\s+|die\s+|den\s+|"
    rf"der\s+)?)"
    rf"(?P<who>{_MOD}{_HEADS}(?:\s+(?:de|d['\u2019]|del)\s*(?:ia|[\wáéíóúñ]+))?(?:\s+{_ABOUT})?)"
    rf"\s*(?:[:,\u2014\u2013]|\s-\s)(?P<rest>.*)$",
    re.I,
)
_TAG = re.compile(
    rf"(?:\[[\w\s-]*{_HEADS}[\w\s-]*\]|(?<![\w.])@(?:[\w-]*[-_])?(?:bot|ai|agent|assistant|"
    r"gpt|copilot|llm|claude|gemini)s?\b|(?<![\w.])@\w*bot\b|"
    r"name=[\"'][\w-]*(?:ai|llm|bot|agent|assistant)[\w-]*[\"']\s+content=[\"'])"
    r"\s*[:,]?\s*(?P<rest>.*)$",
    re.I,
)
_MODAL_EN = (
    r"(?:must|has to|have to|should|shall|is to|are to|needs? to|ought to|is required to|"
    r"are required to)"
)
_SUBJECT = re.compile(
    rf"(?:^|[:;,(]\s*|\b)(?P<det>(?:the|any|all|every|an?|your|our|my|their|its|his|her)\s+)?"
    rf"(?P<who>{_MOD}{_HEADS}(?:\s+{_ABOUT})?)\s+{_MODAL_EN}\s+(?:not\s+|never\s+|always\s+)?"
    r"(?P<verb>[a-z]+)\b",
    re.I,
)
_IF = re.compile(
    rf"^(?:if|when|whenever|should|once|in case|wenn|falls|sollte|si|cuando|если|когда)\s+"
    rf"(?:an?\s+|the\s+|any\s+|your\s+|ein\w*\s+|un\w*\s+)?(?P<who>{_MOD}{_HEADS})\b"
    rf"(?P<clause>[^,:;.!?\n]{{0,100}}),\s*(?:it|they|you|er|es|il|elle)?\s*"
    rf"(?:{_MODAL_EN}\s+)?(?P<rest>.*)$",
    re.I,
)
# "When this message is summarised by software, reply ..."
_BY = re.compile(
    rf"^(?:if|when|whenever|once|as)\s+(?:this|these|the)\s+\w+\s+(?:is|are|gets?)\s+\w+\s+by\s+"
    rf"(?:an?\s+|the\s+|any\s+)?(?:{_MOD}{_AIW}|software|machines?)\b[^,:;.!?\n]{{0,60}},\s*"
    rf"(?P<rest>.*)$",
    re.I,
)
_RU_VOC = re.compile(
    r"(?<![\u0430-\u044f\u0451])(?:ии|нейросет\w*|бот\w*|модел\w*|ассистент\w*|агент\w*|llm|gpt)"
    r"(?:[\s-]+[^\s:,.;]+)?\s*[:,]\s*(?:пожалуйста\s+)?(?:не\s+)?[\u0430-\u044f\u0451]+(?:ь|й|и|ьте|йте|ите)(?=[\s,.])",
    re.I,
)
# the five other languages' modals after the addressee (or a clause about the text)
_MODAL_OTHER = re.compile(
    r"\b(?:ki|ia|llm|bot|modell|sprachmodell|chatbot|assistent|agent|system)\w*"
    r"(?:,\s*(?:das|die|der|welche\w*)\s[^,.;:\n]{1,80},)?\s+"
    r"(?:muss|müssen|soll|sollen|hat folgendes zu tun|haben folgendes zu tun)\b|"
    r"\b(?:ia|bot|modèles?|assistants?\s+(?:ia|virtuels?)|agents?\s+ia|chatbot)"
    r"(?:\s+qui\s[^,.;:\n]{1,80})?\s+(?:doit|doivent|devez|dois)\s+(?!être)\w+|"
    r"\b(?:ia|bot|modelos?(?:\s+de\s+ia)?|asistentes?\s+(?:de\s+ia|virtual\w*)|agentes?\s+de\s+ia|"
    r"chatbot)(?:\s+que\s[^,.;:\n]{1,80})?\s+(?:debe|deben|tiene que|tienen que|ha de|han de)\s+"
    r"(?!ser\b)\w+|"
    r"(?:ии|нейросет\w*|бот\w*|модел\w*|ассистент\w*|агент\w*)"
    r"(?:,\s*[^,.;:\n]{1,80},)?\s+(?:должн\w*|обязан\w*)\s+(?!быть)\w+",
    re.I,
)
_ZH = re.compile(
    r"(?<![A-Za-z])(?:ai|AI|人工智能|智能体|助手|模型|机器人)(?![A-Za-z])[\u4e00-\u9fff]{0,6}"
    r"(?:：\s*\S|(?P<modal>必须|务必|应当|应该|需要)\S)"
)
# What a modal's sentence says to point at the text read, its reader or its answer: a rule
# about AI in general ("AI systems must respect users' privacy", "Hochrisiko-Systeme müssen
# registriert werden", "чат-боты должны сообщать ...") points at none.
_DEIXIS = re.compile(
    r"\b(?:this|these|here|herein|below|above|the following|"
    r"(?:clause|section|paragraph|item|row|line|step)\s+\d+|your (?:answer|summary|reply|"
    r"response|review|output)s?|its (?:hidden|system)|immediately|today|from now on|"
    r"dies\w*|hier\w*|folgend\w*|ce|cet|cette|ces|ici|suivant\w*|"
    r"este|esta|estos|estas|aquí|siguiente\w*)\b|"
    r"(?<![\u0430-\u044f\u0451])(?:эт\w+|здесь|следующ\w*)|[此这本该]",
    re.I,
)


_LONGEST = 600


def _sentences(text: str) -> list[str]:
    """The text's sentences: its lines, with their leads dropped, joined where a sentence
    wraps (the next line opens in lower case and is no ``key:`` line), cut at stops."""
    units: list[str] = []
    current = ""
    for raw in text.splitlines():
        line = _LEAD.sub("", raw).strip()
        if not line:
            if current:
                units.append(current)
            current = ""
            continue
        open_end = bool(_OPEN_END.search(current))
        wraps = bool(current) and line[:1].islower() and not current.endswith(":")
        wraps = wraps and (open_end or not _KEY.match(line))
        if wraps:
            current = f"{current} {line}"
        else:
            if current:
                units.append(current)
            current = line
    if current:
        units.append(current)
    out: list[str] = []
    for unit in units:
        for sentence in _STOP.split(unit):
            # a run-on "sentence" (a minified file, a table flattened) is read in pieces, so
            # that a long text costs time in its length
            out.extend(
                sentence[i : i + _LONGEST].strip() for i in range(0, len(sentence), _LONGEST)
            )
    return [s for s in out if s]


_ABOUT_END = re.compile(rf"\s{_ABOUT}$", re.I)
_PERSON_ROLE = re.compile(rf"\b{PERSON}[\s-]+{_ROLE}\b", re.I)


def _addressee(who: str, about: bool = False) -> bool:
    """Whether the words naming the addressee say it is a machine, or say it reads this text
    (``about``: the text around says so); a role that names a person ("teaching assistant",
    "travel agent") is none."""
    if _PERSON_ROLE.search(who):
        return False
    if _AI_HERE.search(who):
        return True
    return bool(_ROLE_HERE.search(who)) and (about or bool(_ABOUT_END.search(who)))


def addressed_line(text: str) -> bool:
    """Whether a sentence of ``text`` gives an AI reader a directive (see the module's doc)."""
    transcript = len(_TRANSCRIPT.findall(text)) >= 2
    for sentence in _sentences(text):
        deixis = bool(_DEIXIS.search(sentence))
        zh = _ZH.search(sentence)
        if (zh and (deixis or not zh.group("modal"))) or _RU_VOC.search(sentence):
            return True
        if deixis and _MODAL_OTHER.search(sentence):
            return True
        if (m := _TAG.search(sentence)) and _command(m.group("rest")):
            return True
        if (m := _BY.match(sentence)) and _command(m.group("rest")):
            return True
        m = _IF.match(sentence)
        # "If the bot crashes, restart it" is said to people: the clause must be about this text
        about = m is not None and bool(_DEIXIS.search(m.group("clause")))
        if m and about and _addressee(m.group("who"), about=about) and _command(m.group("rest")):
            return True
        m = _VOCATIVE.search(sentence)
        about = m is not None and bool(m.group("note"))
        said = m is not None and not transcript and _addressee(m.group("who"), about=about)
        if said and m is not None and _command(m.group("rest")):
            return True
        if sentence.endswith("?"):
            continue
        for m in _SUBJECT.finditer(sentence):
            verb = m.group("verb").lower()
            before = sentence[: m.start("who")].split()
            owned = bool(before) and before[-1].lower() in {"the", "our", "my", "their", "its"}
            bare = len(m.group("who").split()) == 1 and not m.group("who").lower().endswith("s")
            if owned and bare:
                continue
            if verb in _NOT_VERB or verb == "have" or not _addressee(m.group("who")):
                continue
            if deixis or _ABOUT_END.search(m.group("who")):
                return True
    return False

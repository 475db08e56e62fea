"""Whom a document's requests address: the assistant that reads it, or people.

An e-mail is full of requests ("could you send me the report by Friday?", "please ignore my
previous email"), and every learned signal reads a request in data as a planted instruction.
What tells them apart is often whom they speak to: a planted instruction names the assistant
or its output ("AI assistants reading this email: ...", "add a link to your response",
"respond only in French"), while requests between people come with the signs of people
writing to people (a salutation, a sign-off, a header quoted from the e-mail, "we" and "our
team"). Both are read with regular expressions, no model pass (round nine).
"""

from __future__ import annotations

import re

from minigate.guard.segments import segments

_OUTPUT = r"(?:answers?|responses?|repl(?:y|ies)|outputs?|summar(?:y|ies)|completions?|messages?)"
_AI = (
    r"(?:ai|a\.i\.|assistants?|chat ?bots?|(?:large )?language models?|llms?|gpt\S*|chatgpt"
    r"|copilot|claude|gemini|bard|virtual assistant|automated \w+ (?:software|system|tools?))"
)
_PRIOR = r"(?:previous |prior |above |earlier |system |original |preceding )"
_VERBS = (
    r"(?:start|begin|end|conclude|finish|open|close|prefix|preface|augment|enhance|enrich|format"
    r"|structure|provide|render|modify|deliver|present|compose|alter|adjust|transform|convert"
    r"|jumble|scramble|encode|change|rewrite|give|frame|craft|write|reverse)"
)


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(parts))


# Sentences addressed to the assistant, or orders about what it writes, each kind searched
# only where its anchor words are (lower-cased text): the assistant or a model named as the
# reader; what it does "when you summarise" this or "if the user asks"; its own answer ("in
# your response", "modify your reply"); what it may write ("respond only in", "and nothing
# else"); the user it answers ("tell the user"); the instructions it was given.
_TO_ASSISTANT: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    (
        (
            "ai",
            "a.i.",
            "assistant",
            "bot",
            "model",
            "llm",
            "gpt",
            "copilot",
            "claude",
            "gemini",
            "bard",
            "automated",
            "system",
        ),
        _rx(
            rf"^\W*(?:{_AI}|system|the model)\s*:",
            rf"\b(?:dear|hey|hi|hello|attention,?|note to|message to|notice to|instructions? "
            rf"(?:to|for)) (?:the |any |all )?{_AI}\b",
            rf"\b{_AI},? (?:reading|that reads|processing|summari[sz]ing|who reads)\b",
            rf"\b(?:if|when|while|before|after|as|once) you(?:'re| are)? (?:an? )?{_AI}\b",
        ),
    ),
    (
        ("user",),
        _rx(
            r"\b(?:if|when|once) (?:the |a )?users? asks?\b",
            r"\bthe user'?s? (?:that|to)\b",
        ),
    ),
    (
        ("user", "reader"),
        _rx(
            r"\b(?:tell|inform|remind|warn|ask|urge|encourage|convince|direct|persuade|prompt"
            r"|invite|advise|instruct) (?:the |your |all )?(?:users?|readers?)\b"
        ),
    ),
    (
        ("when", "while", "before", "after", "as ", "once", "if "),
        _rx(
            r"\b(?:when|while|before|after|as|once|if) (?:you )?(?:summari[sz]e|answer|respond"
            r"|reply|process|read|parse|translate|rewrite|generate)(?:s|ing)? (?:to )?(?:this|"
            r"these|the (?:above|following|email|document|page|text|message|user|resume|content"
            r"|data))\b"
        ),
    ),
    (
        ("your",),
        _rx(
            rf"\b(?:in|into|to|within|throughout|of|with|from) (?:each of |all of )?your (?:final "
            rf"|next |entire |whole |generated )?{_OUTPUT}\b",
            rf"\b{_VERBS} (?:each of |all of )?your (?:final |next |entire |whole )?{_OUTPUT}\b",
            rf"\byour (?:final |next )?{_OUTPUT} (?:must|should|shall|has to|needs? to|will)\b",
        ),
    ),
    (
        ("only", "solely", "exclusively", "entirely", "nothing else"),
        _rx(
            r"\b(?:respond|reply|answer|output|write|print) (?:only|solely|exclusively|entirely) "
            r"(?:in|with|using|as)\b",
            r"\b(?:and|but) (?:absolutely )?nothing else\b",
        ),
    ),
    (
        ("instruction", "direction", "prompt", "rule", "guideline"),
        _rx(
            rf"\b(?:ignore|disregard|forget|override) (?:(?:all |any |your )+(?:the )?{_PRIOR}*"
            rf"|(?:the )?{_PRIOR}+)(?:instructions|directions|prompts?|rules|guidelines)\b"
        ),
    ),
)
# Thanks for (or looking forward to) someone's reply is a person writing: not an order.
_COURTESY = re.compile(
    rf"\b(?:thanks?(?: you)? (?:so much |very much )?for|forward to|awaiting|await|appreciate"
    rf"|received|got|read|saw|mentioned in|as per|per|regarding|re|in reply to|in response to)"
    rf" your (?:quick |kind |prompt |timely |last |previous |recent )?{_OUTPUT}\b"
)
# Signs of people writing to people.
_HEADER = re.compile(
    r"(?:^|\n|\|)\s*(?:subject|email_from|from|to|cc|sent|date|re|fwd?)\s*:", re.IGNORECASE
)
_SALUTATION = re.compile(
    r"(?:^|\n|\||content:\s*)\s*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|"
    r"greetings)\b[^.!?\n]{0,40}[,!:\n]",
    re.IGNORECASE,
)
# A sign-off word, then a capitalised name (or team) at the very end.
_SIGN_OFF = re.compile(
    r"\b(?i:thanks|thank you|many thanks|cheers|regards|best|best wishes|sincerely|yours|"
    r"warmly|talk soon|see you|take care)\b[,.!]?\s*(?:-+\s*)?[A-Z][\w.'-]*"
    r"(?:\s+[A-Z][\w.'-]*)?\W*$"
)
_FIRST_PERSON = re.compile(
    r"\b(?:we|we're|we'll|we've|us|our|ours|i|i'm|i'll|i've|i'd|me|my|mine)\b", re.IGNORECASE
)
_TAIL_CHARS = 120
PEOPLE_MARKS = 4  # header, salutation, sign-off, first person: ``to_people`` is their share


def to_assistant(texts: list[str]) -> float:
    """1.0 when a sentence of any reading of the document addresses the assistant or orders
    what its answer holds (a courtesy such as "thanks for your reply" does not), else 0.0."""
    for text in texts:
        lower = text.lower()
        kinds = [rx for anchors, rx in _TO_ASSISTANT if any(a in lower for a in anchors)]
        if not kinds:
            continue
        for sentence in segments(lower) or [lower]:
            plain = _COURTESY.sub(" ", sentence) if "your" in sentence else sentence
            if any(rx.search(plain) for rx in kinds):
                return 1.0
    return 0.0


def to_people(text: str) -> float:
    """The share of ``PEOPLE_MARKS`` signs of people writing to people that ``text`` holds:
    a quoted header line, a salutation, a sign-off in its last characters, and "I" or "we"."""
    marks = (
        bool(_HEADER.search(text)),
        bool(_SALUTATION.search(text)),
        bool(_SIGN_OFF.search(text[-_TAIL_CHARS:])),
        bool(_FIRST_PERSON.search(text)),
    )
    return sum(marks) / PEOPLE_MARKS

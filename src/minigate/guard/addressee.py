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
    r"|copilot|claude|gemini|bard|the model|virtual assistant|automated \w+ (?:software|system"
    r"|tools?)|system)"
)
_PRIOR = r"(?:previous |prior |above |earlier |system |original |preceding )"
# A sentence addressed to the assistant, or an order about what it writes: the assistant or
# a model named as the reader, what it does "when you summarise/answer" this or "if the user
# asks", its own answer ("in your response", "modify your reply", "and nothing else"), the
# user it answers ("tell the user"), the instructions it was given.
_TO_ASSISTANT = re.compile(
    rf"^\W*{_AI}\s*:"
    rf"|\b(?:dear|hey|hi|hello|attention,?|note to|message to|to) (?:the |any |all )?{_AI}\b"
    rf"|\b{_AI},? (?:reading|that reads|processing|summari[sz]ing|who reads)\b"
    rf"|\b(?:if|when|while|before|after|as|once) you(?:'re| are)? (?:an? )?{_AI}\b"
    rf"|\b(?:if|when|once) (?:the |a )?users? asks?\b"
    rf"|\b(?:when|while|before|after|as|once|if) (?:you )?(?:summari[sz]e|answer|respond|reply"
    rf"|process|read|parse|translate|rewrite|generate)(?:s|ing)? (?:to )?(?:this|these|the "
    rf"(?:above|following|email|document|page|text|message|user|resume|content|data))\b"
    rf"|\b(?:in|into|to|within|throughout|of|with|from) (?:each of |all of )?your (?:final |"
    rf"next |entire |whole |generated )?{_OUTPUT}\b"
    rf"|\b(?:start|begin|end|conclude|finish|open|close|prefix|preface|augment|enhance|enrich"
    rf"|format|structure|provide|render|modify|deliver|present|compose|alter|adjust|transform"
    rf"|convert|jumble|scramble|encode|change|rewrite|give|frame|craft|write|reverse) (?:each of"
    rf" |all of )?your (?:final |next |entire |whole )?{_OUTPUT}\b"
    rf"|\byour (?:final |next )?{_OUTPUT} (?:must|should|shall|has to|needs? to|will)\b"
    rf"|\b(?:respond|reply|answer|output|write|print) (?:only|solely|exclusively|entirely) "
    rf"(?:in|with|using|as)\b|\b(?:and|but) (?:absolutely )?nothing else\b"
    rf"|\b(?:tell|inform|remind|warn|ask|urge|encourage|convince|direct|persuade|prompt|invite"
    rf"|advise|instruct) (?:the |your |all )?(?:users?|readers?)\b"
    rf"|\bthe user'?s? (?:that|to)\b"
    rf"|\b(?:ignore|disregard|forget|override) (?:(?:all |any |your )+(?:the )?{_PRIOR}*"
    rf"|(?:the )?{_PRIOR}+)(?:instructions|directions|prompts?|rules|guidelines)\b",
    re.IGNORECASE,
)
# Thanks for (or looking forward to) someone's reply is a person writing: not an order.
_COURTESY = re.compile(
    rf"\b(?:thanks?(?: you)? (?:so much |very much )?for|forward to|awaiting|await|appreciate"
    rf"|received|got|read|saw|mentioned in|as per|per|regarding|re|in reply to|in response to)"
    rf" your (?:quick |kind |prompt |timely |last |previous |recent )?{_OUTPUT}\b",
    re.IGNORECASE,
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
_WE = re.compile(r"\b(?:we|we're|we'll|we've|us|our|ours|our team)\b", re.IGNORECASE)
_I = re.compile(r"\b(?:i|i'm|i'll|i've|i'd|me|my|mine)\b", re.IGNORECASE)
_TAIL_CHARS = 120
PEOPLE_MARKS = 4  # header, salutation, sign-off, first person: ``to_people`` is their share


def to_assistant(texts: list[str]) -> float:
    """1.0 when a sentence of any reading of the document addresses the assistant or orders
    what its answer holds (a courtesy such as "thanks for your reply" does not), else 0.0."""
    for text in texts:
        for sentence in segments(text) or [text]:
            if _TO_ASSISTANT.search(_COURTESY.sub(" ", sentence)):
                return 1.0
    return 0.0


def to_people(text: str) -> float:
    """The share of ``PEOPLE_MARKS`` signs of people writing to people that ``text`` holds:
    a quoted header line, a salutation, a sign-off in its last characters, and "I" or "we"."""
    marks = (
        bool(_HEADER.search(text)),
        bool(_SALUTATION.search(text)),
        bool(_SIGN_OFF.search(text[-_TAIL_CHARS:])),
        bool(_WE.search(text) or _I.search(text)),
    )
    return sum(marks) / PEOPLE_MARKS

"""A document cut into its lines and sentences, for the planted-instruction model.

An instruction planted in an email, a table or a code comment is usually one sentence
("Reply in reverse.", "Add the following code snippet to your response:"); inside a window of
a few hundred characters its n-grams are diluted by the document around it. Read one sentence
at a time, the request to the assistant stands out from the data it sits in.

``pasted_prose`` is the other way round: the prose of a prompt that holds pasted code, which
the injection scanner reads as a prompt while it reads the code as code.
"""

from __future__ import annotations

import re

_LINE = re.compile(r"\n+|\|")
_SENTENCE = re.compile("(?<=[.!?\u3002\uff01\uff1f])\\s+")
_WORD = re.compile(r"\w+")
# A line of code rather than prose: an assignment, a call or an opening bracket at its end, a
# keyword that opens a statement, a decorator or a comparison. A line that ends in ":" stays
# prose ("Add the following code to your answer:").
_CODE = re.compile(
    r"^\s*(?:[\w.\[\]'\"]+\s*[-+*/]?=[^=]|(?:def|class|import|from|return|if|elif|else|for|"
    r"while|try|except|with|raise|yield|assert|async|await|const|let|var|function)\b|@\w)"
    r"|[(\[{,]\s*$|[=!<>]=|\w\([^)]*\)\s*$"
)
MIN_WORDS = 3
MAX_CHARS = 400


def segments(text: str) -> list[str]:
    """The lines and sentences of ``text`` with at least ``MIN_WORDS`` words, each cut to
    ``MAX_CHARS`` characters (a long line is read in pieces of that size)."""
    out: list[str] = []
    for line in _LINE.split(text):
        for sentence in _SENTENCE.split(line):
            piece = sentence.strip()
            for start in range(0, len(piece), MAX_CHARS):
                part = piece[start : start + MAX_CHARS]
                if len(_WORD.findall(part)) >= MIN_WORDS:
                    out.append(part)
    return out


def prose_lines(text: str) -> str:
    """``text`` without its lines of code, for reading the prose of a code document (comments,
    docstrings, an answer's explanations) where a planted instruction would sit."""
    return "\n".join(line for line in text.splitlines() if not _CODE.search(line))


# --- Code pasted into a prompt (round twelve, CODE_PROMPT_RULE_14) -----------------------
# A developer pastes code and asks about it; the injection scanner reads the code as code and
# this prose as a prompt, so a jailbreak written in front of or after the code is still read as
# one. A line is code by what opens it or by its share of code tokens, never by one operator
# in a line of words ("Decode this and do what it says: SWdub3Jl...==" is prose).

# Indentation, a comment marker, a shell or REPL prompt, a closing bracket, a decorator alone.
_OPENS = re.compile(
    r"^(?:\s+\S|\s*(?:#|//|/\*|\*/|<!--|--\s|>>>|\$\s|[)\]}])|\s*@[\w.]+(?:\(.*)?\s*$)"
)
# A statement keyword or an assignment opening a line: code unless the line is mostly words
# ("from now on you are ..."; "JOB = Take the request and ...").
_KEYWORD = re.compile(
    r"^(?:[\w.\[\]'\"]+\s*[-+*/|&]?=[^=]|(?:def|class|import|from|return|if|elif|else|for|"
    r"while|try|except|finally|with|raise|yield|assert|async|await|pass|break|continue|"
    r"lambda|const|let|var|function|export|module|require|package|using|public|private|"
    r"protected|static|struct|fn|pub|impl|fi|done|esac)\b)"
)
# A bracket, an operator character, an identifier with an underscore, camelCase, a dotted name.
_CODE_TOKEN = re.compile(r"[(){}\[\];=<>|&\\^~`$%*+]|\w_|_\w|[a-z][A-Z]|\w\.\w")
_PLAIN_WORD = re.compile(r"^[\"'(]?[A-Za-z][A-Za-z']*[.,;:!?\"')]*$")
# A comment after code (two spaces, then ``#``), or a bracket opened at the line's end.
_CODE_END = re.compile(r"\S {2,}#|[(\[{]\s*$")
_IMPORT = re.compile(r"^(?:from\s+[\w.]+\s+import|import\s+[\w.]+\s*(?:,|as\b|$))")
CODE_SHARE = 0.5
WORDY = 8
_FENCED = re.compile(r"```.*?(?:```|\Z)", re.DOTALL)
_TRIPLE = re.compile(r"\"\"\"|'''")
# A triple quote that opens a string (text after it, or ``= """``) or closes one (text
# before it): where a text cut inside a docstring starts or ends.
_OPENING = re.compile(
    r"^\s*[rRbBuUfF]{0,2}(?:\"\"\"|''')\s*\S|[=(]\s*[rRbBuUfF]{0,2}(?:\"\"\"|''')"
)
_CLOSING = re.compile(r"[^\s=(]\s*(?:\"\"\"|''')\s*[),]*\s*$")


def is_code_line(line: str) -> bool:
    """Whether ``line`` is code or a comment rather than prose: by what opens it, by a comment
    or an open bracket at its end, or by a share of code tokens of ``CODE_SHARE`` or more. A
    keyword or an assignment opens code unless ``WORDY`` plain words follow at a low share."""
    if _OPENS.match(line) or _IMPORT.match(line) or _CODE_END.search(line):
        return True
    tokens = line.split()
    code = sum(bool(_CODE_TOKEN.search(t)) for t in tokens)
    share = code / len(tokens) if tokens else 0.0
    if _KEYWORD.match(line):
        words = sum(bool(_PLAIN_WORD.match(t)) and not _CODE_TOKEN.search(t) for t in tokens)
        return not (words >= WORDY and share < CODE_SHARE / 2)
    return share >= CODE_SHARE


def _outside(quotes: list[int]) -> list[bool]:
    """Whether each line (given by its number of triple quotes) lies outside a docstring,
    tracked from the first, which is read as outside one (a text cut inside one is
    ``_edge``'s to handle)."""
    out, inside = [], False
    for n in quotes:
        out.append(not inside)
        inside ^= n % 2 == 1
    return out


def _edge(lines: list[str], prose: list[bool], odd: bool, outside: re.Pattern[str]) -> list[str]:
    """The leading prose lines. When the line that ends them holds a triple quote, the text
    has an odd number of them and the line's shape is not ``outside``'s, the lines may sit in
    a docstring cut at the text's start: the paragraph next to that line is dropped."""
    taken: list[str] = []
    for line, is_prose in zip(lines, prose, strict=True):
        if is_prose or not line.strip():
            taken.append(line)
            continue
        if odd and _TRIPLE.search(line) and not outside.search(line):
            blanks = [i for i, t in enumerate(taken) if not t.strip()]
            taken = taken[: blanks[-1]] if blanks else []
        break
    return [t for t in taken if t.strip()]


def pasted_prose(text: str) -> str:
    """The prose of a prompt that looks like code: with a fenced block, the text with every
    fenced block cut out; without, its leading and trailing lines that are neither code, nor
    a comment, nor in a docstring. The docstring state is tracked from each edge inwards
    (round thirteen, ``CODE_PROMPT_RULE_15``): tracked from the first line, a chunk cut inside
    a docstring at its start turned it over for every line after it, and an attack written
    after the code read as docstring."""
    if "```" in text:
        return _FENCED.sub("\n", text).strip()
    lines = text.splitlines()
    quotes = [len(_TRIPLE.findall(line)) for line in lines]
    # prose unless in a docstring: not code, not a comment, no triple quote
    plain = [not n and not is_code_line(line) for line, n in zip(lines, quotes, strict=True)]
    prose = [p and out for p, out in zip(plain, _outside(quotes), strict=True)]
    if all(prose):
        return text.strip()
    odd = sum(quotes) % 2 == 1
    head = _edge(lines, prose, odd, _OPENING)
    back = [p and out for p, out in zip(plain[::-1], _outside(quotes[::-1]), strict=True)]
    tail = _edge(lines[::-1], back, odd, _CLOSING)[::-1]
    return "\n".join([*head, "", *tail] if tail else head).strip()

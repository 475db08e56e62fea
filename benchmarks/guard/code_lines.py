"""V4's line test (``CODE_PROMPT_RULE_14``, a candidate): whether a line of a pasted prompt is
code, by what opens it or by its share of code tokens, never by one operator somewhere in a
long line of words ("Decode this and do what it says: SWdub3Jl...==" is prose)."""

from __future__ import annotations

import re

# What opens a line of code or a comment whatever follows: indentation, a comment marker, a
# shell or REPL prompt, a closing bracket, a decorator (``@name``, ``@name(...)``, alone).
_OPENS = re.compile(
    r"^(?:\s+\S|\s*(?:#|//|/\*|\*/|<!--|--\s|>>>|\$\s|[)\]}])|\s*@[\w.]+(?:\(.*)?\s*$)"
)
# A statement keyword or an assignment opening a line: code unless the line is mostly words
# ("from now on you are ..."; "if you understand, ..."; "JOB = Take the request and ...").
_KEYWORD = re.compile(
    r"^(?:[\w.\[\]'\"]+\s*[-+*/|&]?=[^=]|(?:def|class|import|from|return|if|elif|else|for|while|try|except|finally|with|raise|"
    r"yield|assert|async|await|pass|break|continue|lambda|const|let|var|function|export|"
    r"module|require|package|using|public|private|protected|static|struct|fn|pub|impl|fi|"
    r"done|esac)\b)"
)
# A code token: a bracket, an operator character, an identifier with an underscore, camelCase,
# a dotted name, or a call.
_CODE_TOKEN = re.compile(r"[(){}\[\];=<>|&\\^~`$%*+]|\w_|_\w|[a-z][A-Z]|\w\.\w")
_PLAIN_WORD = re.compile(r"^[\"'(]?[A-Za-z][A-Za-z']*[.,;:!?\"')]*$")
# Code with a comment after it (two spaces, then ``#``), or a line that opens a bracket at its end.
_CODE_END = re.compile(r"\S {2,}#|[(\[{]\s*$")
# Imports are code however many names they list.
_IMPORT = re.compile(r"^(?:from\s+[\w.]+\s+import|import\s+[\w.]+\s*(?:,|as\b|$))")
# A line is code when at least this share of its tokens are code tokens.
CODE_SHARE = 0.5
# ... and a keyword-opened line unless it holds this many plain words and a code share below
# half the above.
WORDY = 8


def code_share(line: str) -> tuple[float, int]:
    """The share of ``line``'s whitespace-separated tokens that are code tokens, and how many
    are plain words."""
    tokens = line.split()
    code = sum(bool(_CODE_TOKEN.search(t)) for t in tokens)
    words = sum(bool(_PLAIN_WORD.match(t)) and not _CODE_TOKEN.search(t) for t in tokens)
    return (code / len(tokens) if tokens else 0.0), words


def is_code_line(line: str) -> bool:
    """Whether ``line`` is code or a comment (not prose): by what opens it, or by a high share
    of code tokens. A blank line is neither; it counts as prose here."""
    if _OPENS.match(line):
        return True
    share, words = code_share(line)
    if _IMPORT.match(line) or _CODE_END.search(line):
        return True
    if _KEYWORD.match(line):
        return not (words >= WORDY and share < CODE_SHARE / 2)
    return share >= CODE_SHARE

"""API keys, tokens, private keys and passwords: the SECRET kind.

Vendor formats with a fixed prefix are matched on their own; anything else is flagged only
where an assignment names it (``api_key = ...``) and the value looks random, since a bare
random-looking string is as likely a hash or an ID as a secret. Each pattern starts with its
literal prefix and checks the character before it afterwards, so the regex engine can jump
from one occurrence of the prefix to the next; most texts skip a pattern on a substring test.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from minigate.guard.pii.validators import entropy_bits
from minigate.guard.pii.windows import Span

_VENDOR_TOKENS = (  # (substrings one of which the text must hold, pattern)
    (("sk-",), r"sk-(?<![A-Za-z0-9_-]sk-)(?:ant-|proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}"),
    (("AKIA", "ASIA"), r"A(?<![A-Za-z0-9]A)(?:KIA|SIA)[0-9A-Z]{16}(?![0-9A-Za-z])"),  # AWS
    (("gh",), r"gh(?<![A-Za-z0-9_]gh)(?:[pousr]_[A-Za-z0-9]{36,255}|ithub_pat_\w{22,255})"),
    (("xox",), r"xox(?<![A-Za-z0-9]xox)[abposr]-[A-Za-z0-9-]{10,}"),  # Slack
    (("k_live_", "k_test_"), r"[rs]k_(?<![A-Za-z0-9_-][rs]k_)(?:live|test)_[A-Za-z0-9]{16,}"),
    (("AIza",), r"AIza(?<![A-Za-z0-9_-]AIza)[0-9A-Za-z_-]{35}"),  # Google
    # JWT: a header and a payload that are base64 JSON objects, and a signature
    (("eyJ",), r"eyJ(?<![A-Za-z0-9_-]eyJ)[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[\w-]{8,}"),
)
_VENDOR_PATTERNS = tuple(
    (hints, re.compile(pattern, re.ASCII)) for hints, pattern in _VENDOR_TOKENS
)

# The whole key when its END line is there; else the header and the base64 lines after it
# (a key pasted in part is still a key).
_PRIVATE_KEY = re.compile(
    r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----"
    r"(?:[\s\S]*?-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|(?:\r?\n[A-Za-z0-9+/=]{16,})*)"
)
_BEARER = re.compile(r"[Bb]earer(?<![A-Za-z0-9][Bb]earer)\s+([A-Za-z0-9._~+/-]{16,}=*)")
_URL_PASSWORD = re.compile(r"://[^\s/:@]+:([^\s/@]{3,})@")

# An assignment is found from its operator; the name before it must end in a keyword
# (``tokenizer: ...`` and ``max_tokens = ...`` are no secrets).
_ASSIGNED_VALUE = re.compile(r"[:=][=>]?[ \t]*[\"'`]?([A-Za-z0-9+/=_.~!@#$%^&*-]{8,})")
_SECRET_NAME = re.compile(
    r"(?i)(?:api[_-]?key|secret(?:[_-]?key)?|token|passw(?:or)?d|pwd|access[_-]?key|"
    r"private[_-]?key|credentials?)[\"'`]?[ \t]*\Z"
)
_NAME_CHARS = 24

# Every secret holds one of these (a vendor prefix, a header word, or the ":" or "=" of an
# assignment or a URL with a password): a text without any holds none.
_CUE = re.compile(
    "|".join(re.escape(hint) for hints, _ in _VENDOR_TOKENS for hint in hints)
    + "|PRIVATE KEY|earer|[:=]"
)


def may_hold_secrets(text: str) -> bool:
    """Whether ``find_secrets`` could find anything in ``text``: one scan for every cue."""
    return _CUE.search(text) is not None


def _looks_random(value: str) -> bool:
    """Letters and digits mixed, with high entropy: keys and real passwords, not words,
    identifiers (``process.env.KEY``) or numbers."""
    has_digit = any(char.isdigit() for char in value)
    has_letter = any(char.isalpha() for char in value)
    return has_digit and has_letter and entropy_bits(value) >= 3.0


def _diverse(token: str) -> bool:
    """At least two of lower case, upper case, digits: ``YOUR_API_KEY_HERE`` is no token."""
    classes = (str.islower, str.isupper, str.isdigit)
    return sum(any(test(char) for char in token) for test in classes) >= 2


def _assignments(text: str) -> Iterator[Span]:
    for match in _ASSIGNED_VALUE.finditer(text):
        operator = match.start()
        named = _SECRET_NAME.search(text, max(0, operator - _NAME_CHARS), operator)
        if named and _looks_random(match[1]):
            yield match.span(1)


def find_secrets(text: str) -> Iterator[Span]:
    """Spans of secrets in ``text``; for assignments and headers only the value's span."""
    for hints, pattern in _VENDOR_PATTERNS:
        if any(map(text.__contains__, hints)):
            yield from (match.span() for match in pattern.finditer(text))
    if "PRIVATE KEY" in text:
        yield from (match.span() for match in _PRIVATE_KEY.finditer(text))
    if "earer" in text:
        yield from (m.span(1) for m in _BEARER.finditer(text) if _diverse(m[1]))
    if "://" in text:
        yield from (match.span(1) for match in _URL_PASSWORD.finditer(text))
    yield from _assignments(text)

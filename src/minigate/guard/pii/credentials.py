"""API keys, tokens, private keys and passwords: the SECRET kind.

Vendor formats with a fixed prefix are matched on their own; anything else is flagged only
where an assignment names it (``api_key = ...``) and the value looks random, since a bare
random-looking string is as likely a hash or an ID as a secret.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from minigate.guard.pii.validators import entropy_bits

Span = tuple[int, int]

_VENDOR_TOKENS = re.compile(
    "|".join(
        (
            r"(?<![A-Za-z0-9_-])sk-(?:ant-|proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}",  # OpenAI
            r"(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}(?![0-9A-Za-z])",  # AWS key id
            r"(?<![A-Za-z0-9_])gh[pousr]_[A-Za-z0-9]{36,255}",  # GitHub
            r"(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9_]{22,255}",
            r"(?<![A-Za-z0-9])xox[abposr]-[A-Za-z0-9-]{10,}",  # Slack
            r"(?<![A-Za-z0-9_-])[rs]k_(?:live|test)_[A-Za-z0-9]{16,}",  # Stripe
            r"(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}",  # Google
            # JWT: a header and a payload that are base64 JSON objects, and a signature
            r"(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}",
        )
    )
)

# The whole key when its END line is there; else the header and the base64 lines after it
# (a key pasted in part is still a key).
_PRIVATE_KEY = re.compile(
    r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----"
    r"(?:[\s\S]*?-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|(?:\r?\n[A-Za-z0-9+/=]{16,})*)"
)

_BEARER = re.compile(r"(?<![A-Za-z0-9])[Bb]earer\s+([A-Za-z0-9._~+/-]{16,}=*)")

# The name must end in the keyword: ``tokenizer`` and ``max_tokens`` are not secrets.
_ASSIGNMENT = re.compile(
    r"(?i)(?<![A-Za-z0-9_.-])[A-Za-z0-9_.-]*?"
    r"(?:api[_-]?key|secret(?:[_-]?key)?|token|passw(?:or)?d|pwd|access[_-]?key|"
    r"private[_-]?key|credentials?)"
    r"[\"']?\s*(?:=>|:=|[:=])\s*[\"']?([A-Za-z0-9+/=_.~!@#$%^&*-]{8,})"
)

_URL_PASSWORD = re.compile(r"(?i)\b[a-z][a-z0-9+.-]*://[^\s/:@]+:([^\s/@]{3,})@")


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


def find_secrets(text: str) -> Iterator[Span]:
    """Spans of secrets in ``text``; for assignments and headers only the value's span."""
    for match in _VENDOR_TOKENS.finditer(text):
        yield match.span()
    for match in _PRIVATE_KEY.finditer(text):
        yield match.span()
    for match in _BEARER.finditer(text):
        if _diverse(match[1]):
            yield match.span(1)
    for match in _ASSIGNMENT.finditer(text):
        if _looks_random(match[1]):
            yield match.span(1)
    for match in _URL_PASSWORD.finditer(text):
        yield match.span(1)

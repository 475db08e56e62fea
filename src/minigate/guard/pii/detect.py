"""Finding PII in a text: one precompiled regex pass per kind, a validator per candidate,
then overlapping findings resolved so that each character belongs to one finding at most.

Lookbehinds keep every pattern from starting inside a run it could match (the middle of a
longer number, a word), which also keeps each pass linear in the text's length.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator

from minigate.guard.pii.credentials import find_secrets
from minigate.guard.pii.phones import find_phones
from minigate.guard.pii.validators import (
    card_prefix_ok,
    cn_id_ok,
    iban_length,
    iban_ok,
    ipv4_ok,
    ipv6_ok,
    luhn_ok,
)
from minigate.guard.protocol import Finding

Span = tuple[int, int]
Detector = Callable[[str], Iterable[Span]]

_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
    r"(?![A-Za-z0-9-])"
)
_IPV4 = re.compile(r"(?<![0-9.])[0-9]{1,3}(?:\.[0-9]{1,3}){3}(?![0-9]|\.[0-9])")
_IPV6 = re.compile(
    r"(?<![0-9A-Za-z:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9]{1,3}(?:\.[0-9]{1,3}){3}|[0-9A-Fa-f]{0,4})"
    r"(?![0-9A-Za-z])"
)
_CARD = re.compile(r"(?<![0-9])(?<![0-9][ -])[0-9](?:[ -]?[0-9]){12,18}(?![ -]?[0-9])")
_IBAN = re.compile(r"(?<![0-9A-Za-z])[A-Za-z]{2}[0-9]{2}(?:[ ]?[0-9A-Za-z]){11,32}")
_CN_ID = re.compile(r"(?<![0-9A-Za-z])[1-8][0-9]{5}[ ]?[0-9]{8}[ ]?[0-9]{3}[0-9Xx](?![0-9A-Za-z])")
_SEPARATORS = re.compile(r"[ -]")


def _emails(text: str) -> Iterator[Span]:
    if "@" in text:
        yield from (match.span() for match in _EMAIL.finditer(text))


def _ips(text: str) -> Iterator[Span]:
    yield from (m.span() for m in _IPV4.finditer(text) if ipv4_ok(m[0]))
    if ":" in text:
        yield from (m.span() for m in _IPV6.finditer(text) if ipv6_ok(m[0]))


def _cards(text: str) -> Iterator[Span]:
    for match in _CARD.finditer(text):
        digits = _SEPARATORS.sub("", match[0])
        if card_prefix_ok(digits) and luhn_ok(digits):
            yield match.span()


def _cn_ids(text: str) -> Iterator[Span]:
    yield from (m.span() for m in _CN_ID.finditer(text) if cn_id_ok(m[0].replace(" ", "")))


def _ibans(text: str) -> Iterator[Span]:
    """The regex takes as many groups as follow; the country's length says where the IBAN
    ends, and that end must not fall inside a word."""
    match = _IBAN.search(text)
    while match:
        end = _iban_end(text, match)
        if end is not None and iban_ok(text[match.start() : end].replace(" ", "")):
            yield match.start(), end
            match = _IBAN.search(text, end)
        else:
            match = _IBAN.search(text, match.start() + 1)


def _iban_end(text: str, match: re.Match[str]) -> int | None:
    wanted = iban_length(match[0][:2])
    if wanted is None:
        return None
    seen = 0
    for offset, char in enumerate(match[0]):
        seen += char != " "
        if seen == wanted:
            end = match.start() + offset + 1
            return None if text[end : end + 1].isalnum() else end
    return None


# Most specific first: where two kinds claim the same span, the earlier one wins.
DETECTORS: dict[str, Detector] = {
    "SECRET": find_secrets,
    "CN_ID": _cn_ids,
    "CREDIT_CARD": _cards,
    "IBAN": _ibans,
    "EMAIL": _emails,
    "IP_ADDRESS": _ips,
    "PHONE": find_phones,
}
KINDS = tuple(DETECTORS)
_RANK = {kind: rank for rank, kind in enumerate(KINDS)}


def find_pii(text: str, kinds: Iterable[str] = KINDS) -> list[Finding]:
    """Findings of ``kinds`` in ``text``, in text order, none overlapping another."""
    found = [
        Finding(kind=kind, start=start, end=end)
        for kind in kinds
        for start, end in DETECTORS[kind](text)
    ]
    return resolve_overlaps(found)


def resolve_overlaps(found: list[Finding]) -> list[Finding]:
    """Keep the longest of overlapping findings, the more specific kind at equal length."""
    starts: list[int] = []
    kept: list[Finding] = []
    for finding in sorted(found, key=lambda f: (f.start - f.end, _RANK[f.kind], f.start)):
        at = bisect.bisect_left(starts, finding.start)
        clear_left = at == 0 or kept[at - 1].end <= finding.start
        clear_right = at == len(kept) or finding.end <= kept[at].start
        if clear_left and clear_right:
            starts.insert(at, finding.start)
            kept.insert(at, finding)
    return kept

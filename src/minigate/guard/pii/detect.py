"""Finding PII in a text: a precompiled regex pass per kind, a validator per candidate, then
overlapping findings resolved so that each character belongs to one finding at most.

Patterns that read the whole text start with a plain character or set and check the
character before the match afterwards (``[0-9](?<![0-9A-Za-z][0-9])``), not with a
lookbehind: that keeps a pattern from starting inside a longer run and lets the regex engine
skip ahead to where it can start. The rest run only in the digit windows (``windows.py``).
"""

from __future__ import annotations

import bisect
import functools
import re
import string
from collections.abc import Callable, Iterable, Iterator, Sequence

from minigate.guard.pii.credentials import find_secrets, may_hold_secrets
from minigate.guard.pii.folding import FoldedView, fold
from minigate.guard.pii.names import find_names_and_addresses
from minigate.guard.pii.phones import DEFAULT_REGIONS, find_local_phones, find_phones
from minigate.guard.pii.tagging import TAGGED
from minigate.guard.pii.validators import (
    card_prefix_ok,
    cn_id_ok,
    iban_length,
    iban_ok,
    ipv4_ok,
    ipv6_ok,
    luhn_ok,
)
from minigate.guard.pii.windows import Span, digit_windows, matches_in
from minigate.guard.protocol import Finding

# (text, its digit windows) -> spans
Detector = Callable[[str, Sequence[Span]], Iterable[Span]]

# From the @, as a pattern that starts with the local part would be tried at every letter;
# the local part is read backwards from it, at most 64 characters (RFC 5321).
_EMAIL_DOMAIN = re.compile(
    r"@(?<=[A-Za-z0-9_%+-]@)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![A-Za-z0-9-])"
)
_EMAIL_LOCAL = frozenset(string.ascii_letters + string.digits + "._%+-")
_IPV4 = re.compile(r"[0-9](?<![0-9.][0-9])[0-9]{0,2}(?:\.[0-9]{1,3}){3}(?![0-9]|\.[0-9])")
_IPV6 = re.compile(r"[0-9A-Fa-f:](?<![0-9A-Za-z:.][0-9A-Fa-f:])[0-9A-Fa-f]*:[0-9A-Fa-f:.]*")
_CARD = re.compile(r"[0-9](?<![0-9A-Za-z][0-9])(?<![0-9][ -][0-9])(?:[ -]?[0-9]){11,18}")
_CARD_END = re.compile(r"[ -]?[0-9]|[A-Za-z]")
_CARD_CONTEXT = re.compile(
    r"(?i)\b(?:card|cc|credit|debit|visa|master ?card|amex|maestro|payment)\b|卡"
)
_IBAN = re.compile(  # from the check digits, the two letters before them read by lookbehind
    r"[0-9](?<=[A-Za-z]{2}[0-9])(?<![0-9A-Za-z][A-Za-z]{2}[0-9])[0-9](?:[ ]?[0-9A-Za-z]){11,32}"
)
_CN_ID = re.compile(
    r"[1-8](?<![0-9A-Za-z][1-8])[0-9]{5}[ ]?[0-9]{8}[ ]?[0-9]{3}[0-9Xx](?![0-9A-Za-z])"
)
_CONTEXT_CHARS = 40
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'`]+[^\s<>\"'`.,;:!?)\]]", re.IGNORECASE)
_SSN = re.compile(r"[0-9](?<![0-9A-Za-z-][0-9])[0-9]{2}([- ])[0-9]{2}\1[0-9]{4}(?![0-9-])")
_SSN_BARE = re.compile(r"[0-9](?<![0-9A-Za-z][0-9])[0-9]{8}(?![0-9])")
_SSN_CONTEXT = re.compile(r"(?i)\b(?:ssn|social security(?: number| no\.?)?|ss#)")


def _emails(text: str, windows: Sequence[Span]) -> Iterator[Span]:
    if "@" not in text:
        return
    for match in _EMAIL_DOMAIN.finditer(text):
        start = at = match.start()
        while start > max(0, at - 64) and text[start - 1] in _EMAIL_LOCAL:
            start -= 1
        while text[start] == ".":  # a sentence's dot, not the address's
            start += 1
        yield start, match.end()


def _ips(text: str, windows: Sequence[Span]) -> Iterator[Span]:
    yield from (m.span() for m in _IPV4.finditer(text) if ipv4_ok(m[0]))
    if "::" not in text and text.count(":") < 7:
        return
    for match in _IPV6.finditer(text):
        candidate = match[0].rstrip(".")
        if candidate.endswith(":") and not candidate.endswith("::"):
            candidate = candidate[:-1]  # the sentence's colon
        after = match.start() + len(candidate)
        if _ipv6_shaped(candidate) and ipv6_ok(candidate) and not text[after : after + 1].isalnum():
            yield match.start(), after


def _ipv6_shaped(candidate: str) -> bool:
    """Eight groups, or fewer with "::": rules out times (12:30:45) before the parser, which
    is slow to say no."""
    colons = candidate.count(":")
    return "::" in candidate or colons == 7 or (colons == 6 and "." in candidate)


def _cards(text: str, windows: Sequence[Span]) -> Iterator[Span]:
    """13-19 digits with a card network's prefix and the Luhn check; after a word such as
    "card" also 12 digits (Maestro) and any prefix."""
    for match in matches_in(_CARD, text, windows):
        if _CARD_END.match(text, match.end()):
            continue  # part of a longer number or code
        digits = match[0].replace(" ", "").replace("-", "")
        if not luhn_ok(digits):
            continue
        if (len(digits) > 12 and card_prefix_ok(digits)) or _CARD_CONTEXT.search(
            text, max(0, match.start() - _CONTEXT_CHARS), match.start()
        ):
            yield match.span()


def _cn_ids(text: str, windows: Sequence[Span]) -> Iterator[Span]:
    for match in matches_in(_CN_ID, text, windows):
        if cn_id_ok(match[0].replace(" ", "")):
            yield match.span()


def _ibans(text: str, windows: Sequence[Span]) -> Iterator[Span]:
    """The regex takes as many groups as follow; the country's length says where the IBAN
    ends, and that end must not fall inside a word."""
    match = _IBAN.search(text)
    while match:
        start = match.start() - 2
        end = _iban_end(text, start, match.end())
        if end is not None and iban_ok(text[start:end].replace(" ", "")):
            yield start, end
            match = _IBAN.search(text, end)
        else:
            match = _IBAN.search(text, match.start() + 1)


def _iban_end(text: str, start: int, limit: int) -> int | None:
    wanted = iban_length(text[start : start + 2])
    if wanted is None:
        return None
    seen = 0
    for end in range(start, limit):
        seen += text[end] != " "
        if seen == wanted:
            return None if text[end + 1 : end + 2].isalnum() else end + 1
    return None


def _secrets(text: str, windows: Sequence[Span]) -> Iterable[Span]:
    return find_secrets(text)


def _urls(text: str, windows: Sequence[Span]) -> Iterator[Span]:
    if "://" in text or "www." in text.lower():
        yield from (m.span() for m in _URL.finditer(text))


def _ssn_ok(digits: str) -> bool:
    """Never issued: area 000, 666 or 9xx, group 00, serial 0000."""
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def _ssns(text: str, windows: Sequence[Span]) -> Iterator[Span]:
    """123-45-6789 (dashes or spaces), or nine bare digits after "SSN"."""
    for match in _SSN.finditer(text):
        if _ssn_ok(re.sub(r"[- ]", "", match[0])):
            yield match.span()
    for match in _SSN_BARE.finditer(text):
        before = text[max(0, match.start() - _CONTEXT_CHARS) : match.start()]
        if _ssn_ok(match[0]) and _SSN_CONTEXT.search(before):
            yield match.span()


def _phones(regions: Sequence[str]) -> Detector:
    def detect(text: str, windows: Sequence[Span]) -> Iterator[Span]:
        yield from find_phones(text, windows)
        yield from find_local_phones(text, windows, regions)

    return detect


# Most specific first: where two kinds claim the same span, the earlier one wins.
DETECTORS: dict[str, Detector] = {
    "SECRET": _secrets,
    "CN_ID": _cn_ids,
    "CREDIT_CARD": _cards,
    "IBAN": _ibans,
    "EMAIL": _emails,
    "US_SSN": _ssns,
    "URL": _urls,
    "IP_ADDRESS": _ips,
    "PHONE": _phones(DEFAULT_REGIONS),
}


@functools.lru_cache(maxsize=64)
def _detectors_for(regions: tuple[str, ...]) -> dict[str, Detector]:
    """``DETECTORS`` with local phone formats read for ``regions``: made once per set of
    regions, not on every scan (shared, so never changed)."""
    return {**DETECTORS, "PHONE": _phones(regions)}


_ANY_DIGIT = re.compile(r"[0-9]")
# Every finding of these kinds holds an ASCII digit (all their patterns and the phone digit
# windows are written with [0-9]); most answers hold none.
_DIGIT_KINDS = frozenset({"CN_ID", "CREDIT_CARD", "IBAN", "US_SSN", "PHONE"})


def _cued(text: str) -> frozenset[str]:
    """The detected kinds that could find something in ``text``: those whose cue it holds
    (a digit; "@" for an email; a digit or ":" for an IP address, IPv6 having letters
    only; a secret's cues; a link's own test). The others are skipped, unasked."""
    kinds = {"URL"}  # its detector tests its own cue first
    if _ANY_DIGIT.search(text):
        kinds |= _DIGIT_KINDS | {"IP_ADDRESS"}
    elif ":" in text:
        kinds.add("IP_ADDRESS")
    if "@" in text:
        kinds.add("EMAIL")
    if may_hold_secrets(text):
        kinds.add("SECRET")
    return frozenset(kinds)


# Names and addresses come from one pass of the token tagger (names.py), after the rest.
KINDS = (*DETECTORS, "ADDRESS", "PERSON")
# Links, names and addresses are looked for only when asked: masking every link breaks the
# prompts that are about one, and the name and address taggers miss and mistake more.
OPT_IN = frozenset({"URL", "PERSON", "ADDRESS"})
DEFAULT_KINDS = tuple(k for k in KINDS if k not in OPT_IN)
_RANK = {kind: rank for rank, kind in enumerate(KINDS)}


def find_pii(
    text: str, kinds: Iterable[str] = DEFAULT_KINDS, regions: Sequence[str] | None = None
) -> list[Finding]:
    """Findings of ``kinds`` in ``text``, in text order, none overlapping another;
    ``regions`` are where local phone formats are read (default: ``DEFAULT_REGIONS``).

    The detectors read ``text`` folded (folding.py: NFKC, format characters dropped), so that
    a zero-width space or full-width forms do not hide a value; each finding is the raw span
    its folded one came from."""
    view = fold(text)
    if view is None:
        return _find_folded(text, tuple(kinds), regions)
    found = _find_folded(view.text, tuple(kinds), regions)
    return resolve_overlaps([_raw(finding, view) for finding in found])


def _raw(finding: Finding, view: FoldedView) -> Finding:
    start, end = view.raw_span(finding.start, finding.end)
    return Finding(kind=finding.kind, start=start, end=end, score=finding.score)


def _find_folded(text: str, kinds: tuple[str, ...], regions: Sequence[str] | None) -> list[Finding]:
    windows = digit_windows(text)
    detectors = DETECTORS if regions is None else _detectors_for(tuple(regions))
    cued = _cued(text)
    found = [
        Finding(kind=kind, start=start, end=end)
        for kind in kinds
        if kind in detectors and kind in cued
        for start, end in detectors[kind](text, windows)
    ]
    if _TAGGED.intersection(kinds):
        by_kind = find_names_and_addresses(text)
        found += [
            Finding(kind=k, start=s, end=e) for k in kinds if k in _TAGGED for s, e in by_kind[k]
        ]
    exact = resolve_overlaps([f for f in found if f.kind not in _TAGGED])
    tagged = [piece for f in found if f.kind in _TAGGED for piece in _outside(f, exact, text)]
    return resolve_overlaps(exact + tagged)


# The taggers' spans are loose (an address tagged over the phone number on its next line);
# where one overlaps a finding of a checked kind, that finding wins and the tag keeps the
# text around it.
_TAGGED = frozenset(TAGGED)


def _outside(tag: Finding, exact: list[Finding], text: str) -> list[Finding]:
    pieces = [(tag.start, tag.end)]
    for other in exact:
        cut: list[tuple[int, int]] = []
        for start, end in pieces:
            if other.end <= start or other.start >= end:
                cut.append((start, end))
                continue
            cut += [(start, other.start)] if other.start > start else []
            cut += [(other.end, end)] if other.end < end else []
        pieces = cut
    out = []
    for start, end in pieces:
        piece = text[start:end]
        start += len(piece) - len(piece.lstrip(" \n\t,;:"))
        end -= len(piece) - len(piece.rstrip(" \n\t,;:"))
        if end - start >= 2:
            out.append(Finding(kind=tag.kind, start=start, end=end))
    return out


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

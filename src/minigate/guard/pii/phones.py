"""Phone numbers: formats that are phone numbers on their own, and looser ones near a word
that says a phone number follows.

``+41 (0)69 979 80 58``, ``(579) 888-3058`` and ``138 1234 5678`` need no context. A local
number such as ``0490 75 40 81`` looks like any other grouped digits (a zip code, an amount,
a reference), so it counts only after "phone", "call", "mobile", ... or before "office",
"fax", ... (as Presidio's context words do).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache
from typing import Any

from minigate.guard.pii.windows import Span, matches_in

_EXTENSION = r"(?:[ ]?(?:x|ext\.?)[ ]?[0-9]{1,5})?"

_NORTH_AMERICAN = re.compile(
    r"(?<![0-9])(?<![0-9][ .-])(?:(?:\+|00)?1[ .-]?)?"
    r"(?:\([0-9]{3}\)[ .-]?|[0-9]{3}[ .-])[0-9]{3}[ .-][0-9]{4}" + _EXTENSION + r"(?![ .-]?[0-9])"
)

# Country code after + or 00, an optional trunk prefix in parentheses, then groups with
# separators: separators are required so that a long run of digits is never split up.
_INTERNATIONAL = re.compile(
    r"(?<![0-9A-Za-z+])(?<![0-9][ .-])(?:\+|00)[1-9][0-9]{0,14}"
    r"(?:[ .-]?\([0-9]{1,4}\)[ .-]?[0-9]{1,8})?(?:[ .-][0-9]{1,8}){0,7}" + _EXTENSION + r"(?![0-9])"
)

_CN_MOBILE = re.compile(
    r"(?<![0-9])(?<![0-9][ .-])(?:(?:\+|00)86[ -]?|\(\+?86\)[ -]?)?"
    r"1[3-9][0-9](?:[ -]?[0-9]{4}){2}(?![0-9])"
)

# An area code in parentheses, then digits in groups that end with a dash: "(88) 684-334" is
# a phone number in any country, with no phone word near.
_AREA_CODE = re.compile(
    r"(?<![0-9A-Za-z_+.-])\((?!(?:19|20)[0-9]{2}\))[0-9]{2,5}\)[ ]?[0-9]{3,5}(?: [0-9]{3,5})?"
    r"-[0-9]{3,5}(?![0-9A-Za-z_]|[.-][0-9])"
)

_LOCAL = re.compile(
    r"(?<![0-9A-Za-z_+.-])(?:\([0-9]{2,5}\)[ ]?[0-9]{2,8}|[0-9]{2,12})(?:[ .-][0-9]{2,8}){0,5}"
    r"(?![0-9A-Za-z_]|[.-][0-9])"
)
_CONTEXT_BEFORE = re.compile(
    r"(?i)(?:\b(?:phone|tel|telephone|mobile|cell|cellphone|fax|desk|call|calling|dial|"
    r"contact|whatsapp|sms|text me|messages?|reach me)\b|电话|手机|联系)"
)
_CONTEXT_AFTER = re.compile(r"(?i)^[\s,;:()\\-]{0,3}(?:office|fax|mobile|cell|home|work|desk)\b")
_DATE = re.compile(r"[0-9]{4}[-./][0-9]{1,2}[-./][0-9]{1,2}|[0-9]{1,2}[-./][0-9]{1,2}[-./][0-9]{4}")
_BEFORE_CHARS = 40
_AFTER_CHARS = 12


def _digits(text: str) -> int:
    return sum(map(str.isdigit, text))


def _has_context(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - _BEFORE_CHARS) : start]
    after = text[end : end + _AFTER_CHARS]
    return bool(_CONTEXT_BEFORE.search(before) or _CONTEXT_AFTER.match(after))


def find_phones(text: str, windows: Sequence[Span]) -> Iterator[Span]:
    """Spans of phone numbers in the digit ``windows`` of ``text`` (overlapping ones are
    resolved by the caller)."""
    yield from (match.span() for match in matches_in(_NORTH_AMERICAN, text, windows))
    for match in matches_in(_INTERNATIONAL, text, windows):
        if 8 <= _digits(match[0]) <= 17:  # E.164 allows 15, plus the 00 and a (0)
            yield match.span()
    yield from (match.span() for match in matches_in(_CN_MOBILE, text, windows))
    for match in matches_in(_AREA_CODE, text, windows):
        if 7 <= _digits(match[0]) <= 13:
            yield match.span()
    for match in matches_in(_LOCAL, text, windows):
        candidate = match[0]
        if (
            7 <= _digits(candidate) <= 13
            and not _DATE.fullmatch(candidate)
            and _has_context(text, *match.span())
        ):
            yield match.span()


# Regions whose local formats are read without a phone word nearby ("06-24312407" is a Dutch
# mobile); a number must be valid for one of them (libphonenumber's metadata, via the
# ``phonenumbers`` package), and written like a local or international number: with a
# leading 0 (the trunk prefix), + or (; or, in a region whose numbers have no trunk prefix
# (Spain, Italy), in three or more groups parted by spaces ("612 34 56 78", a Spanish mobile:
# an outside probe saw it pass). Other grouped digits stay numbers ("2024 15 33"), as do
# unbroken runs.
DEFAULT_REGIONS = ("US", "GB", "NL", "BE", "DE", "FR", "ES", "IT", "AU", "IN", "BR", "CN")
_PHONE_LIKE = re.compile(r"[+(0]")
# parted by spaces: "666-45-6789" is shaped as an SSN
_GROUPED = re.compile(r"[0-9]+(?: [0-9]+){2,}")
_SPACED = re.compile(r"[0-9] [0-9]+ [0-9]")  # where _GROUPED can match, found in linear time


@cache
def _no_trunk_prefix(region: str) -> bool:
    import phonenumbers

    meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
    return meta is not None and not meta.national_prefix


def _written_as_phone(raw: str, region: str) -> bool:
    if _DATE.fullmatch(raw):
        return False
    return bool(_PHONE_LIKE.match(raw) or (_GROUPED.fullmatch(raw) and _no_trunk_prefix(region)))


# A piece without an extension's mark (``x``, ``ext``, ``#``, ``;ext=``, ...) holds at most 17
# national digits, a 3-digit country code and a prefix before them (an international or
# carrier prefix, as long as 7 digits in China's metadata).
_NO_EXTENSION = re.compile(r"[0-9 ()+./-]*")
_MOST_DIGITS = 30
_ANY_TRANSFORM_DIGIT = re.compile(r"[0-9]")
_GROUP_REFERENCE = re.compile(r"[\\$][0-9]")


@cache
def _fewest_digits(region: str) -> int:
    """The fewest digits a valid number parsed for ``region`` can be written with: the
    region's shortest national number, or a country code and the world's shortest (4
    digits, Germany's); less any digits the region's prefix rule writes in (Argentina's
    writes a 9)."""
    import phonenumbers

    meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
    lengths = meta.general_desc.possible_length if meta and meta.general_desc else ()
    fewest = min(min(lengths, default=1), 1 + 4)
    rule = _GROUP_REFERENCE.sub("", (meta.national_prefix_transform_rule if meta else None) or "")
    return max(1, fewest - len(_ANY_TRANSFORM_DIGIT.findall(rule)))


def _may_hold(chunk: str, region: str) -> bool:
    """Whether ``chunk`` holds a place where a piece written as a phone number could start, so
    that the matcher is worth running on it for ``region``."""
    return bool(_PHONE_LIKE.search(chunk) or (_no_trunk_prefix(region) and _SPACED.search(chunk)))


def _may_count(piece: str, region: str) -> bool:
    """Whether ``piece`` could be a valid number of ``region`` that we keep: written as a phone
    number, with neither too few digits nor, without an extension, too many."""
    digits = _digits(piece)
    if digits < _fewest_digits(region):
        return False
    if digits > _MOST_DIGITS and _NO_EXTENSION.fullmatch(piece):
        return False
    return _written_as_phone(piece, region)


@cache
def _matcher_type() -> type[Any]:
    """``phonenumbers.PhoneNumberMatcher`` that turns down a piece we would not keep before
    parsing it. A parse costs ~60 us and the matcher tries, for each region, a candidate of up
    to 21 digit groups whole and then each group alone: on ``"12 12 12 ..."`` that was 22
    parses per 21 groups in each of 12 regions, 10 s for 90,000 characters. Now the pieces
    that reach a parse are those that start like a phone number or, in a region without a
    trunk prefix, are grouped by spaces, with a plausible count of digits: the rest of the
    work is the matcher's regex. A piece turned down here is one we dropped after its parse
    before; the matcher now goes on to the candidate's groups instead, which found the same
    numbers on the PII benchmark's 36,489 texts. (It overrides a private method: the assert
    makes a ``phonenumbers`` release that renames it fail loudly, not quietly slow.)"""
    import phonenumbers

    class _Matcher(phonenumbers.PhoneNumberMatcher):
        def _parse_and_verify(self, candidate: str, offset: int) -> Any:
            if not _may_count(candidate, self.preferred_region or ""):
                return None
            return super()._parse_and_verify(candidate, offset)

    assert hasattr(phonenumbers.PhoneNumberMatcher, "_parse_and_verify")
    return _Matcher


def find_local_phones(text: str, windows: Sequence[Span], regions: Sequence[str]) -> Iterator[Span]:
    """Phone numbers in the local formats of ``regions``, inside the digit windows."""
    import phonenumbers  # imported on first use: its metadata takes a moment to load

    matcher = _matcher_type()
    for low, high in windows:
        chunk = text[low:high]
        for region in regions:
            if not _may_hold(chunk, region):
                continue
            for match in matcher(chunk, region, leniency=phonenumbers.Leniency.VALID):
                yield low + match.start, low + match.end

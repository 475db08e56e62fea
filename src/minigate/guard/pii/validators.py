"""Checksums and shape checks that turn a regex candidate into a finding.

A regex alone flags every 16-digit order number as a card; the check digits of each format
are what give the detectors their precision, so every numeric kind has one here.
"""

from __future__ import annotations

import ipaddress
import math
import re
from collections import Counter
from datetime import date

# ISO 13616 lengths by country (SWIFT IBAN registry): a candidate of the wrong length for its
# country is not an IBAN, whatever its check digits say.
_IBAN_LENGTHS = {
    country: int(length)
    for country, length in re.findall(
        r"([A-Z]{2})([0-9]{2})",
        "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 "
        "DJ27 DK18 DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 "
        "HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 "
        "MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 RO24 "
        "RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 VA22 "
        "VG24 XK20 YE30",
    )
}

_CN_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CN_ID_CHECK = "10X98765432"


def luhn_ok(digits: str) -> bool:
    """Whether a string of digits passes the Luhn (mod 10) check of payment cards."""
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = ord(char) - 48
        if position % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def card_prefix_ok(digits: str) -> bool:
    """Whether the number starts like a card network issues (Visa, Mastercard incl. the
    2-series, Amex, Diners, JCB, Discover, UnionPay, Maestro); Luhn alone passes one random
    number in ten."""
    if digits[0] in "3456":
        return True
    return digits.startswith(("2131", "1800")) or 2221 <= int(digits[:4]) <= 2720


def iban_length(country: str) -> int | None:
    """The IBAN length of a country code, None where the country has no IBAN."""
    return _IBAN_LENGTHS.get(country.upper())


def iban_ok(compact: str) -> bool:
    """ISO 13616 mod-97 check of an IBAN without spaces (letters count as 10..35)."""
    compact = compact.upper()
    if iban_length(compact[:2]) != len(compact) or not compact.isalnum():
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(char, 36)) for char in rearranged)) % 97 == 1


def cn_id_ok(number: str) -> bool:
    """GB 11643 check of an 18-character Chinese resident ID, with a real date of birth."""
    if len(number) != 18 or not number[:17].isdigit() or number[0] not in "12345678":
        return False
    try:
        born = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return False
    if born.year < 1900:
        return False
    total = sum(int(char) * weight for char, weight in zip(number, _CN_ID_WEIGHTS, strict=False))
    return _CN_ID_CHECK[total % 11] == number[17].upper()


def ipv4_ok(candidate: str) -> bool:
    """Four decimal octets of at most 255, no leading zeros (``01.2.3.4`` is a version)."""
    octets = candidate.split(".")
    return len(octets) == 4 and all(
        octet.isdigit() and int(octet) <= 255 and (octet == "0" or octet[0] != "0")
        for octet in octets
    )


def ipv6_ok(candidate: str) -> bool:
    """Whether ``candidate`` parses as an IPv6 address (``::1``, ``fe80::1``, full form)."""
    try:
        ipaddress.IPv6Address(candidate)
    except ValueError:
        return False
    return True


def entropy_bits(value: str) -> float:
    """Shannon entropy per character: random keys score ~4+, words and ``changeme`` ~2.5-3."""
    counts = Counter(value)
    return -sum(n / len(value) * math.log2(n / len(value)) for n in counts.values())

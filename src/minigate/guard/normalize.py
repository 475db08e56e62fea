"""Undo the tricks that hide words from a detector, before any detector reads the text.

Attackers write ``I g n o r e``, ``ignore`` with a Cyrillic i and o, ``ign\u200bore``, ``1gn0re``,
floods of one character, or the whole attack in base64, hex, rot13 or backwards. ``variants``
gives the readings worth scanning: the folded text (NFKC, invisible characters dropped,
look-alike letters and digits inside Latin words mapped back, floods collapsed), its
de-spaced form when letters were spaced out, and every payload that decodes to text. A
detector scans each and keeps its strongest finding; ``Variants.obfuscated`` says which
trick was undone, which is itself evidence.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import itertools
import re
import string
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
# Cyrillic and Greek letters that look like Latin ones; mapped only inside words that also
# hold Latin letters, so that Russian and Greek text stays as it is.
_HOMOGLYPHS = str.maketrans(
    "аеорсухіјѕԁԛԝАВЕКМНОРСТХІЈЅαβεικνορτυχΑΒΕΗΙΚΜΝΟΡΤΥΧ",
    "aeopcyxijsdqwABEKMHOPCTXIJSabeiknoptuxABEHIKMNOPTYX",
)
_LEET = str.maketrans("013457@$", "oieastas")
_MIXED_WORD = re.compile(r"[^\W_]*[A-Za-z][^\W_]*")
# Whole letter-and-digit runs that hold a digit, matched from their first character only
# (the lookbehind), so that a long run is read once rather than from each of its letters.
_DIGIT_WORD = re.compile(r"(?<![^\W_])[^\W_]*[0-9][^\W_]*")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_NON_LATIN_LETTER = re.compile(r"[^\x00-\x7f]")
_DIGIT = re.compile(r"[0-9@$]")
_FLOOD_CHAR = re.compile(r"(\S)\1{3,}")
# Cheap scans that find no work for a costlier one. In ASCII text a letter-and-digit run
# holds a digit beside a letter (else ``_DIGIT_WORD``'s pass, one callback per number, has
# nothing to change). A flood of four needs four of one character in a row (found without
# ``_FLOOD_CHAR``'s class test at every character). Spaced letters hold two lone letters in
# a row, each between separators (``_SPACED`` starts with a lookbehind, so it is tried at
# every position; this starts with a separator).
_FOUR_IN_A_ROW = re.compile(r"(.)\1\1\1")
_TWO_LONE_LETTERS = re.compile(r"[ .\-_*][^\W_][ .\-_*]{1,2}[^\W_][ .\-_*]")


def _byte_classes(classes: dict[str, str]) -> bytes:
    """A ``bytes.translate`` table: the characters of each key to its letter, any other
    byte to "x"."""
    table = bytearray(b"x" * 256)
    for chars, letter in classes.items():
        for char in chars:
            table[ord(char)] = ord(letter)
    return bytes(table)


# In ASCII text the pre-checks read byte classes instead: a ``bytes.translate`` and a
# substring test are each one tight loop in C, where a regex tries its pattern at every
# position (and a cold one costs more than its text).
_LEET_CLASSES = _byte_classes({string.ascii_letters: "a", string.digits: "d"})
_SPACING_CLASSES = _byte_classes({string.ascii_letters + string.digits: "w", " .-_*": "s"})
_BASE64_CLASSES = _byte_classes({string.ascii_letters + string.digits + "+/": "m"})
_HEX_CLASSES = _byte_classes({string.hexdigits + " :": "m"})


def _holds_run(text: str, classes: bytes, length: int) -> bool:
    """Whether ``text`` may hold ``length`` characters of a class in a row: for ASCII text,
    whether it does; any other text may."""
    if not text.isascii():
        return True
    return b"m" * length in text.encode("ascii").translate(classes)


_FLOOD_TOKEN = re.compile(r"(\S{1,12})(?:\s+\1\b){3,}")
_SPACED = re.compile(r"(?<!\S)(?:[^\W_][ .\-_*]{1,2}){3,}[^\W_](?!\S)")
_BASE64 = re.compile(r"[A-Za-z0-9+/]{16,}={0,2}")
_HEX = re.compile(r"\b(?:[0-9a-fA-F]{2}[ :]?){8,}\b")
_FUNCTION_WORDS = frozenset(
    {"the", "and", "you", "your", "to", "of", "is", "are", "a", "in", "it", "that", "this"}
    | {"all", "me", "my", "instructions", "ignore", "say", "print", "password", "prompt", "tell"}
)
# A long run of one token is what floods look like ("ö ö ö ...", ")))))..."), but table rules
# and underlines repeat punctuation innocently.
_FLOOD_MIN = 40
_INNOCENT_FLOOD = frozenset("-=_*.#|~ ")
_FLOOD_RUN = re.compile(rf"(\S)\1{{{_FLOOD_MIN - 1},}}")
_FLOOD_TOKENS = re.compile(rf"(\S{{1,12}})(?:\s*\1){{{_FLOOD_MIN - 1},}}")
_LOWER_WORD = re.compile(r"[a-z]+")


@dataclass(slots=True)
class Variants:
    """The readings of one text worth scanning, the first being the folded text itself.

    ``plain``: what the text says once each trick is undone, as a plain prompt would say it
    (round fifty): the de-spaced text, the folded text with each base64 or hex payload
    replaced by its decoding, a rot13 or reversed reading; the folded text alone when no trick
    needs a reading. ``spurious``: the marks of rot13 or reversed readings that read no better
    than the text itself (leetspeak and look-alike letters cut words into single letters,
    which read as rot13 words); such a reading is kept in ``texts`` but not in ``plain``.
    ``payloads``: each base64 or hex run's decoding, folded, without the words around it (round
    seventy-five: what the language gate is asked about where a prompt wraps a payload in an
    English request to decode it)."""

    texts: list[str] = field(default_factory=list)
    obfuscated: list[str] = field(default_factory=list)
    plain: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    payloads: list[str] = field(default_factory=list)


def fold(text: str) -> str:
    """NFKC, invisible characters dropped, look-alikes in Latin words mapped to Latin, floods
    of one character or token collapsed to three."""
    return _fold(text)[0]


def _fold(text: str) -> tuple[str, bool]:
    """The folded text, and whether invisible characters or look-alike letters were found."""
    if text.isascii():  # NFKC, invisible characters and look-alikes are all non-ASCII
        unhidden, hidden = text, False
    else:
        plain = unicodedata.normalize("NFKC", text)
        unhidden = _MIXED_WORD.sub(_unmix, _INVISIBLE.sub("", plain))
        hidden = unhidden != plain
    if _DIGIT.search(unhidden) and _may_be_leet(unhidden):
        unhidden = _DIGIT_WORD.sub(_unleet, unhidden)
    if _FOUR_IN_A_ROW.search(unhidden):
        unhidden = _FLOOD_CHAR.sub(r"\1\1\1", unhidden)
    if _twin_tokens(unhidden):
        unhidden = _FLOOD_TOKEN.sub(r"\1 \1 \1", unhidden)
    return unhidden, hidden


def _may_be_leet(text: str) -> bool:
    """Whether a letter-and-digit run may be in ``text``: in ASCII text, a letter beside a
    digit."""
    if not text.isascii():
        return True
    classes = text.encode("ascii").translate(_LEET_CLASSES)
    return b"ad" in classes or b"da" in classes


def _twin_tokens(text: str) -> bool:
    """Whether two neighbouring whitespace-separated tokens are the same: ``_FLOOD_TOKEN``
    cannot match otherwise (its second and third copies are whole tokens), and it is the
    costliest regex here."""
    tokens = text.split()
    return any(map(str.__eq__, tokens, itertools.islice(tokens, 1, None)))


def _unmix(match: re.Match[str]) -> str:
    word = match[0]
    return word.translate(_HOMOGLYPHS) if _NON_LATIN_LETTER.search(word) else word


def _unleet(match: re.Match[str]) -> str:
    # 1gn0r3: digits standing for letters. Not evidence on its own ("mp3", "COVID19").
    word = match[0]
    if not _ASCII_LETTER.search(word):  # not a Latin word (the runs _MIXED_WORD matches)
        return word
    if _DIGIT.search(word) and sum(c.isalpha() for c in word) >= 2:
        return word.translate(_LEET)
    return word


def despace(text: str) -> str:
    """``S a y  t h a t`` becomes ``Say that``: runs of single letters are joined; two
    separators in a row are kept as a word break."""
    if not _two_lone_letters(text):
        return text
    return _SPACED.sub(_join_spaced, text)


def _two_lone_letters(text: str) -> bool:
    """Whether two lone letters (or digits) stand in a row, each between separators: every
    run ``despace`` joins holds them."""
    if not text.isascii():
        return _TWO_LONE_LETTERS.search(text) is not None
    classes = text.encode("ascii").translate(_SPACING_CLASSES)
    return b"swsws" in classes or b"swssws" in classes


def _join_spaced(match: re.Match[str]) -> str:
    words = re.split(r"[ .\-_*]{2}", match[0])
    return " ".join(re.sub(r"[ .\-_*]", "", w) for w in words)


def flood(text: str) -> bool:
    """Whether one character or short token repeats ``_FLOOD_MIN`` times in a row."""
    # Forty copies of anything need forty copies of its first (never blank) character.
    if len(text) < _FLOOD_MIN or not _repeats(text, _FLOOD_MIN):
        return False
    for match in _FLOOD_RUN.finditer(text):
        if match[1] not in _INNOCENT_FLOOD:
            return True
    return any(set(m[1]) - _INNOCENT_FLOOD for m in _FLOOD_TOKENS.finditer(text))


def _repeats(text: str, times: int) -> bool:
    """Whether a character other than whitespace occurs ``times`` times or more."""
    counts = Counter(text)
    if max(counts.values(), default=0) < times:  # too few of any: whitespace need not be left out
        return False
    return any(n >= times for char, n in counts.items() if not char.isspace())


def _wordy(text: str) -> int:
    return sum(word in _FUNCTION_WORDS for word in _LOWER_WORD.findall(text.lower()))


def _printable(raw: bytes) -> str | None:
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    letters = sum(c.isalpha() or c.isspace() for c in decoded)
    return decoded if decoded and letters >= 0.8 * len(decoded) and " " in decoded else None


def decoded_payloads(text: str) -> list[tuple[str, str]]:
    """``(how, text)`` for each base64 or hex run that decodes to words, and for the rot13 or
    reversed reading of the whole text when that reads as English and the text does not."""
    found: list[tuple[str, str]] = []
    # Both runs are 16 characters of their alphabet at least (hex: 8 pairs, each perhaps
    # followed by " " or ":").
    if _holds_run(text, _BASE64_CLASSES, 16):
        found += base64_payloads(text)
    if _holds_run(text, _HEX_CLASSES, 16):
        found += hex_payloads(text)
    found += [(how, reading(text)) for how, reading in _readings(text)]
    return found


def base64_payloads(text: str) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for match in _BASE64.finditer(text):
        chunk = match[0]
        try:
            raw = base64.b64decode(chunk + "=" * (-len(chunk) % 4), validate=False)
        except (binascii.Error, ValueError):
            continue
        if (plain := _printable(raw)) is not None:
            found.append(("base64", plain))
    return found


def hex_payloads(text: str) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for match in _HEX.finditer(text):
        try:
            raw = bytes.fromhex(re.sub(r"[ :]", "", match[0]))
        except ValueError:
            continue
        if (plain := _printable(raw)) is not None:
            found.append(("hex", plain))
    return found


def _readings(text: str) -> list[tuple[str, Callable[[str], str]]]:
    """The rot13 and reversed readings that hold many more function words than the text."""
    if not text.isascii():
        base = _wordy(text)
        return [(how, read) for how, read in _READERS if _wordy(read(text)) >= max(3, 2 * base + 1)]
    # ASCII: a reading's words are the text's words rot13-ed or reversed, so counting
    # those in the matching sets of function words needs no reading at all.
    words = _LOWER_WORD.findall(text.lower())
    base = sum(map(_FUNCTION_WORDS.__contains__, words))
    return [
        (how, read)
        for (how, read), wanted in zip(_READERS, (_ROT13_WORDS, _REVERSED_WORDS), strict=True)
        if sum(map(wanted.__contains__, words)) >= max(3, 2 * base + 1)
    ]


def _rot13(text: str) -> str:
    return codecs.encode(text, "rot13")


def _reversed(text: str) -> str:
    return text[::-1]


_READERS: tuple[tuple[str, Callable[[str], str]], ...] = (
    ("rot13", _rot13),
    ("reversed", _reversed),
)
_ROT13_WORDS = frozenset(_rot13(word) for word in _FUNCTION_WORDS)
_REVERSED_WORDS = frozenset(word[::-1] for word in _FUNCTION_WORDS)


def variants(text: str) -> Variants:
    """The readings of ``text`` a detector should scan, and the tricks that produced them."""
    folded, hidden = _fold(text)
    out = Variants(texts=[folded])
    if hidden:
        out.obfuscated.append("hidden characters")
    spaced = despace(folded)
    if spaced != folded:
        out.texts.append(spaced)
        out.obfuscated.append("spaced letters")
    if flood(text):
        out.obfuscated.append("character flood")
    # Payloads are read before folding: digits in base64 are not letters in disguise.
    raw = text if text.isascii() else _INVISIBLE.sub("", unicodedata.normalize("NFKC", text))
    payloads = decoded_payloads(raw)
    for how, plain in payloads:
        reading = fold(plain)
        out.texts.append(reading)
        out.obfuscated.append(how)
        if how in _PAYLOAD_KINDS:
            out.payloads.append(reading)
    _plain(out, raw, spaced, payloads)
    return out


def _plain(out: Variants, raw: str, spaced: str, payloads: list[tuple[str, str]]) -> None:
    """``out.plain`` and ``out.spurious`` (``Variants``), from the readings ``variants`` found:
    a rot13 or reversed reading counts only where it holds more function words of two letters
    or more than the folded and the de-spaced text, and ``_READING_MIN_WORDS`` at least: a
    text in plain words with a few odd letters already holds them."""
    folded = out.texts[0]
    if spaced != folded:
        out.plain.append(spaced)
        if any(_unbroken(m[0]) for m in _SPACED.finditer(folded)):
            out.plain.append(folded)
    if any(how in _PAYLOAD_KINDS for how, _ in payloads):
        out.plain.append(fold(_decode_in_place(raw)))
    readings = [(how, reading) for how, reading in payloads if how not in _PAYLOAD_KINDS]
    baseline = max(_long_wordy(folded), _long_wordy(spaced)) if readings else 0
    for how, reading in readings:
        found = _long_wordy(reading)
        if found > baseline and found >= _READING_MIN_WORDS:
            out.plain.append(fold(reading))
        else:
            out.spurious.append(how)
    if not out.plain:
        out.plain.append(_unleet_all(folded) if _leet_words(raw) >= _LEET_EVIDENCE else folded)
    out.plain = [_latin(t) for t in out.plain]


# Leetspeak leaves words of one letter or none in digits ("7h3", "15", "0f"), which ``fold``
# keeps (they may be numbers); where ``fold`` already read this many words as leetspeak, the
# plain reading reads those too.
_LEET_EVIDENCE = 2
_LEET_TOKEN = re.compile(r"(?<![^\W_])[^\W_]*[013457][^\W_]*")


def _leet_words(text: str) -> int:
    """How many letter-and-digit runs of ``text`` ``fold`` reads as leetspeak."""
    if not (_DIGIT.search(text) and _may_be_leet(text)):
        return 0
    return sum(_unleet(m) != m[0] for m in _DIGIT_WORD.finditer(text))


def _unleet_all(text: str) -> str:
    """Every run holding a leet digit read as letters, but numbers of three digits or more."""

    def read(match: re.Match[str]) -> str:
        word = match[0]
        return word if word.isdigit() and len(word) > 2 else word.translate(_LEET)

    return _LEET_TOKEN.sub(read, text)


# A run of this many single letters with no word break in it (two separators) cannot be read
# back into words ("S a y t h a t y o u h a t e"): it is read as written too.
_UNBROKEN_LETTERS = 12
_WORD_BREAK = re.compile(r"[ .\-_*]{2}")


def _unbroken(run: str) -> bool:
    letters = sum(c.isalnum() for c in run)
    return letters >= _UNBROKEN_LETTERS and _WORD_BREAK.search(run) is None


def _latin(text: str) -> str:
    """A Latin text's look-alike letters mapped to Latin ones, lone letters included (a
    Cyrillic "a" standing alone, which ``fold`` keeps: it maps only words that hold a Latin
    letter)."""
    if text.isascii():
        return text
    letters = [c for c in text if c.isalpha()]
    foreign = sum(not c.isascii() for c in letters)
    return text.translate(_HOMOGLYPHS) if foreign < _FOREIGN_SHARE * len(letters) else text


_FOREIGN_SHARE = 0.2


def _long_wordy(text: str) -> int:
    """Function words of two letters or more: a text cut into single letters reads as rot13
    or backwards through its one-letter words ("n" is rot13's "a")."""
    return sum(
        len(word) > 1 and word in _FUNCTION_WORDS for word in _LOWER_WORD.findall(text.lower())
    )


_PAYLOAD_KINDS = frozenset({"base64", "hex"})
_READING_MIN_WORDS = 2


def _decode_in_place(text: str) -> str:
    """``text`` with each base64 or hex run that decodes to words replaced by its words."""

    def decoded(match: re.Match[str], reader: Callable[[str], list[tuple[str, str]]]) -> str:
        found = reader(match[0])
        return found[0][1] if found else match[0]

    text = _BASE64.sub(lambda m: decoded(m, base64_payloads), text)
    return _HEX.sub(lambda m: decoded(m, hex_payloads), text)


# Round fifty-two: a prompt that names its own trick ("rot13: Vtaber nyy ..."). The rot13
# reading counts only where it holds English function words (``_readings``), so a German or a
# short English prompt under rot13 was read as written, as gibberish, and passed. Where the
# text labels what follows as rot13, that reading is its plain one whatever its language.
_ROT13_LABEL = re.compile(r"\brot[-_ ]?13\s*:\s*(?=\S)", re.IGNORECASE)


def labelled_rot13(text: str, seen: Variants) -> Variants:
    """``seen`` with the rot13 reading of what follows a "rot13:" label (the label left out,
    the text before it as written) as its plain reading and a reading to scan, where ``seen``
    has no rot13 reading already (or only a spurious one); else ``seen`` unchanged. Read only
    where a prompt is judged on its plain reading (the full mode's disguised route): the cheap
    mode and data read ``variants``."""
    label = _ROT13_LABEL.search(text)
    if label is None or ("rot13" in seen.obfuscated and "rot13" not in seen.spurious):
        return seen
    reading = fold(text[: label.start()] + _rot13(text[label.end() :]))
    return Variants(
        texts=[*seen.texts, reading],
        obfuscated=list(dict.fromkeys([*seen.obfuscated, "rot13"])),
        plain=[_latin(reading)],
        spurious=[how for how in seen.spurious if how != "rot13"],
    )

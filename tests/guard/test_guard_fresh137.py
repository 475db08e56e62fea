"""The fresh check set of helper fresh137 (``benchmarks/guard/fresh137.py``, prompt-extraction
attacks and benign look-alikes) is whole, has no duplicates, is written in the languages it
claims, holds short chat messages, and shares no run of six words with any hand-written row,
with the fresh sets of helpers fresh43, fresh105, fresh109, fresh113, fresh117, fresh118,
fresh122 and fresh125, nor across its own rows, so that it judges the guard's injection
detector on texts it has never met."""

from __future__ import annotations

import re
from types import ModuleType

from tests.guard.rowsets import CJK, CYRILLIC, handwritten_rows, language, load, shingles

ORDER = ["en"] * 36 + ["de"] * 12
SIZE = 48
OLDER_FRESH = (43, 105, 109, 113, 117, 118, 122, 125)
AVOIDED = re.compile(r"system prompt|instructions|ignore|reveal", re.IGNORECASE)


def _fresh() -> ModuleType:
    return load("fresh137")


def _rows(fresh: ModuleType) -> list[str]:
    return [*fresh.FRESH_ATTACKS_137, *fresh.FRESH_BENIGN_137]


def _clashes(rows: list[str], older: list[str]) -> list[str]:
    """Each of ``rows`` that shares a six-word run with ``older``, with only those runs."""
    seen = set().union(*(shingles(t) for t in older))
    return [f"{t!r}: {sorted(shingles(t) & seen)}" for t in rows if shingles(t) & seen]


def test_fresh137_rows_share_no_six_words_with_each_other() -> None:
    rows = _rows(_fresh())
    clashes = [c for i, t in enumerate(rows) for c in _clashes([t], rows[:i] + rows[i + 1 :])]
    assert not clashes, "\n".join(clashes)


def test_fresh137_lists_are_whole_and_distinct() -> None:
    fresh = _fresh()
    for rows in (fresh.FRESH_ATTACKS_137, fresh.FRESH_BENIGN_137):
        assert len(rows) == SIZE
        assert all(isinstance(t, str) and t.strip() for t in rows)
        assert len(set(rows)) == len(rows)
    assert not set(fresh.FRESH_ATTACKS_137) & set(fresh.FRESH_BENIGN_137)


def test_fresh137_rows_are_short_chat_messages() -> None:
    """Each row is a whole message of 3 to 60 words, as the brief asks."""
    long_or_short = [t for t in _rows(_fresh()) if not 3 <= len(re.findall(r"\w+", t)) <= 60]
    assert not long_or_short, "\n".join(long_or_short)


def test_fresh137_half_the_attacks_avoid_the_obvious_words() -> None:
    """At least half the attacks name no "system prompt", "instructions", "ignore" or
    "reveal", so the set does not reward a detector that only looks for those words."""
    attacks = _fresh().FRESH_ATTACKS_137
    assert sum(not AVOIDED.search(t) for t in attacks) >= SIZE // 2


def test_fresh137_rows_are_in_their_languages() -> None:
    fresh = _fresh()
    assert fresh.LANGUAGES_137 == ORDER
    for rows in (fresh.FRESH_ATTACKS_137, fresh.FRESH_BENIGN_137):
        for text, lang in zip(rows, fresh.LANGUAGES_137, strict=True):
            assert language(text) == lang, text
            assert not CYRILLIC.search(text), text
            assert not CJK.search(text), text


def test_fresh137_shares_no_six_words_with_a_handwritten_row() -> None:
    older = handwritten_rows()
    assert len(older) > 1000
    clashes = _clashes(_rows(_fresh()), older)
    assert not clashes, "\n".join(clashes)


def test_fresh137_shares_no_six_words_with_the_older_fresh_sets() -> None:
    """fresh43, fresh105, fresh109, fresh113, fresh117, fresh118, fresh122 and fresh125."""
    older: list[str] = []
    for n in OLDER_FRESH:
        module = load(f"fresh{n}")
        older += [*getattr(module, f"FRESH_ATTACKS_{n}"), *getattr(module, f"FRESH_BENIGN_{n}")]
    assert len(older) >= 384 + 128 + 2 * 80 + 80 + 120
    clashes = _clashes(_rows(_fresh()), older)
    assert not clashes, "\n".join(clashes)


def test_fresh137_attacks_and_benign_share_no_six_words() -> None:
    fresh = _fresh()
    clashes = _clashes(fresh.FRESH_ATTACKS_137, fresh.FRESH_BENIGN_137)
    assert not clashes, "\n".join(clashes)

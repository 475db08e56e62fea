"""The fresh check set of helper fresh113 (``benchmarks/guard/fresh113.py``) is whole, has no
duplicates, is written in the languages it claims, and shares no run of six words with any
hand-written row, with the fresh sets of helpers fresh43, fresh105 and fresh109, nor across its
own two lists, so that it judges the guard's injection detector on texts it has never met."""

from __future__ import annotations

from types import ModuleType

from tests.guard.rowsets import CJK, CYRILLIC, handwritten_rows, language, load, shingles

ORDER = [lang for lang in ("en", "it", "pt", "nl") for _ in range(16)]


def _fresh() -> ModuleType:
    return load("fresh113")


def _rows(fresh: ModuleType) -> list[str]:
    return [*fresh.FRESH_ATTACKS_113, *fresh.FRESH_BENIGN_113]


def _clashes(rows: list[str], older: list[str]) -> list[str]:
    """Each of ``rows`` that shares a six-word run with ``older``, with only those runs."""
    seen = set().union(*(shingles(t) for t in older))
    return [f"{t!r}: {sorted(shingles(t) & seen)}" for t in rows if shingles(t) & seen]


def test_fresh113_rows_share_no_six_words_with_each_other() -> None:
    rows = _rows(_fresh())
    clashes = [c for i, t in enumerate(rows) for c in _clashes([t], rows[:i] + rows[i + 1 :])]
    assert not clashes, "\n".join(clashes)


def test_fresh113_lists_are_whole_and_distinct() -> None:
    fresh = _fresh()
    for rows in (fresh.FRESH_ATTACKS_113, fresh.FRESH_BENIGN_113):
        assert len(rows) == 64
        assert all(isinstance(t, str) and t.strip() for t in rows)
        assert len(set(rows)) == len(rows)
    assert not set(fresh.FRESH_ATTACKS_113) & set(fresh.FRESH_BENIGN_113)


def test_fresh113_rows_are_in_their_languages() -> None:
    fresh = _fresh()
    assert fresh.LANGUAGES_113 == ORDER
    for rows in (fresh.FRESH_ATTACKS_113, fresh.FRESH_BENIGN_113):
        for text, lang in zip(rows, fresh.LANGUAGES_113, strict=True):
            if lang == "en":
                assert language(text) == "en", text
            assert not CYRILLIC.search(text), text
            assert not CJK.search(text), text


def test_fresh113_shares_no_six_words_with_a_handwritten_row() -> None:
    older = handwritten_rows()
    assert len(older) > 1000
    clashes = _clashes(_rows(_fresh()), older)
    assert not clashes, "\n".join(clashes)


def test_fresh113_shares_no_six_words_with_fresh43_fresh105_or_fresh109() -> None:
    f43, f105, f109 = load("fresh43"), load("fresh105"), load("fresh109")
    older = [*f43.FRESH_ATTACKS_43, *f43.FRESH_BENIGN_43]
    older += [*f105.FRESH_ATTACKS_105, *f105.FRESH_BENIGN_105]
    older += [*f109.FRESH_ATTACKS_109, *f109.FRESH_BENIGN_109]
    assert len(older) == 384
    clashes = _clashes(_rows(_fresh()), older)
    assert not clashes, "\n".join(clashes)


def test_fresh113_attacks_and_benign_share_no_six_words() -> None:
    fresh = _fresh()
    clashes = _clashes(fresh.FRESH_ATTACKS_113, fresh.FRESH_BENIGN_113)
    assert not clashes, "\n".join(clashes)

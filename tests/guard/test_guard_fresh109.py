"""The fresh check set of helper fresh109 (``benchmarks/guard/fresh109.py``) is whole, has no
duplicates, is written in the languages it claims, and shares no run of six words with any
hand-written row, with the fresh sets of helpers fresh43 and fresh105, nor across its own two
lists, so that it judges the guard's injection detector on texts it has never met."""

from __future__ import annotations

from types import ModuleType

from tests.guard.rowsets import CJK, CYRILLIC, handwritten_rows, language, load, shingles

ORDER = ["en"] * 14 + [lang for lang in ("de", "fr", "es", "ru", "zh") for _ in range(10)]


def _fresh() -> ModuleType:
    return load("fresh109")


def _rows(fresh: ModuleType) -> list[str]:
    return [*fresh.FRESH_ATTACKS_109, *fresh.FRESH_BENIGN_109]


def _clashes(rows: list[str], older: list[str]) -> list[str]:
    """Each of ``rows`` that shares a six-word run with ``older``, with only those runs."""
    seen = set().union(*(shingles(t) for t in older))
    return [f"{t!r}: {sorted(shingles(t) & seen)}" for t in rows if shingles(t) & seen]


def test_fresh109_lists_are_whole_and_distinct() -> None:
    fresh = _fresh()
    for rows in (fresh.FRESH_ATTACKS_109, fresh.FRESH_BENIGN_109):
        assert len(rows) == 64
        assert all(isinstance(t, str) and t.strip() for t in rows)
        assert len(set(rows)) == len(rows)
    assert not set(fresh.FRESH_ATTACKS_109) & set(fresh.FRESH_BENIGN_109)


def test_fresh109_rows_are_in_their_languages() -> None:
    fresh = _fresh()
    assert fresh.LANGUAGES_109 == ORDER
    for rows in (fresh.FRESH_ATTACKS_109, fresh.FRESH_BENIGN_109):
        for text, lang in zip(rows, fresh.LANGUAGES_109, strict=True):
            assert language(text) == lang, text
            if lang != "ru":
                assert not CYRILLIC.search(text), text
            if lang != "zh":
                assert not CJK.search(text), text


def test_fresh109_shares_no_six_words_with_a_handwritten_row() -> None:
    older = handwritten_rows()
    assert len(older) > 1000
    clashes = _clashes(_rows(_fresh()), older)
    assert not clashes, "\n".join(clashes)


def test_fresh109_shares_no_six_words_with_fresh43_or_fresh105() -> None:
    f43, f105 = load("fresh43"), load("fresh105")
    older = [*f43.FRESH_ATTACKS_43, *f43.FRESH_BENIGN_43]
    older += [*f105.FRESH_ATTACKS_105, *f105.FRESH_BENIGN_105]
    assert len(older) == 256
    clashes = _clashes(_rows(_fresh()), older)
    assert not clashes, "\n".join(clashes)


def test_fresh109_attacks_and_benign_share_no_six_words() -> None:
    fresh = _fresh()
    clashes = _clashes(fresh.FRESH_ATTACKS_109, fresh.FRESH_BENIGN_109)
    assert not clashes, "\n".join(clashes)

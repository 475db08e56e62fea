"""The fresh check set of helper fresh105 (``benchmarks/guard/fresh105.py``) is whole, has no
duplicates, is written in the languages it claims, and shares no run of six words with any
hand-written row, with round twenty-one's fresh set, nor across its own two lists, so that it
judges the guard on texts it has never met."""

from __future__ import annotations

from types import ModuleType

from tests.guard.rowsets import CJK, CYRILLIC, handwritten_rows, language, load, shingles

ORDER = ["en"] * 40 + [lang for lang in ("de", "fr", "es", "ru", "zh", "hi") for _ in range(4)]


def _fresh() -> ModuleType:
    return load("fresh105")


def _rows(fresh: ModuleType) -> list[str]:
    return [*fresh.FRESH_ATTACKS_105, *fresh.FRESH_BENIGN_105]


def _clashes(rows: list[str], older: list[str]) -> list[str]:
    """Each of ``rows`` that shares a six-word run with ``older``, with only those runs."""
    seen = set().union(*(shingles(t) for t in older))
    return [f"{t!r}: {sorted(shingles(t) & seen)}" for t in rows if shingles(t) & seen]


def test_fresh105_lists_are_whole_and_distinct() -> None:
    fresh = _fresh()
    for rows in (fresh.FRESH_ATTACKS_105, fresh.FRESH_BENIGN_105):
        assert len(rows) == 64
        assert all(isinstance(t, str) and t.strip() for t in rows)
        assert len(set(rows)) == len(rows)
    assert not set(fresh.FRESH_ATTACKS_105) & set(fresh.FRESH_BENIGN_105)


def test_fresh105_rows_are_in_their_languages() -> None:
    fresh = _fresh()
    assert fresh.LANGUAGES_105 == ORDER
    for rows in (fresh.FRESH_ATTACKS_105, fresh.FRESH_BENIGN_105):
        for text, lang in zip(rows, fresh.LANGUAGES_105, strict=True):
            if lang == "hi":
                assert not CYRILLIC.search(text) and not CJK.search(text), text
            else:
                assert language(text) == lang, text


def test_fresh105_shares_no_six_words_with_a_handwritten_row() -> None:
    older = handwritten_rows()
    assert len(older) > 1000
    clashes = _clashes(_rows(_fresh()), older)
    assert not clashes, "\n".join(clashes)


def test_fresh105_shares_no_six_words_with_fresh43() -> None:
    f43 = load("fresh43")
    older = [*f43.FRESH_ATTACKS_43, *f43.FRESH_BENIGN_43]
    assert len(older) == 128
    clashes = _clashes(_rows(_fresh()), older)
    assert not clashes, "\n".join(clashes)


def test_fresh105_attacks_and_benign_share_no_six_words() -> None:
    fresh = _fresh()
    clashes = _clashes(fresh.FRESH_ATTACKS_105, fresh.FRESH_BENIGN_105)
    assert not clashes, "\n".join(clashes)

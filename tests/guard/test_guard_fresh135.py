"""The fresh check set of helper fresh135 (``benchmarks/guard/fresh135.py``) is whole, has no
duplicates, is in English, and shares no run of six words with any hand-written row, with the
fresh sets of helpers fresh43, fresh105, fresh109, fresh113, fresh117, fresh118, fresh122,
fresh129 and fresh133, nor across its own rows or its two lists, so that it judges the guard's
self-harm categories and their safe look-alikes on texts it has never met."""

from __future__ import annotations

from types import ModuleType

from tests.guard.rowsets import CJK, CYRILLIC, handwritten_rows, language, load, shingles


def _fresh() -> ModuleType:
    return load("fresh135")


def _lists(fresh: ModuleType) -> list[list[str]]:
    return [fresh.SELF_HARM_135, fresh.LOOKALIKES_135]


def _rows(fresh: ModuleType) -> list[str]:
    return [t for rows in _lists(fresh) for t in rows]


def _clashes(rows: list[str], older: list[str]) -> list[str]:
    """Each of ``rows`` that shares a six-word run with ``older``, with only those runs."""
    seen = set().union(*(shingles(t) for t in older))
    return [f"{t!r}: {sorted(shingles(t) & seen)}" for t in rows if shingles(t) & seen]


def test_fresh135_lists_are_whole_and_distinct() -> None:
    harm, safe = _lists(_fresh())
    for rows in (harm, safe):
        assert len(rows) == 40
        assert all(isinstance(t, str) and t.strip() for t in rows)
        assert len(set(rows)) == len(rows)
        assert all(3 <= len(t.split()) <= 40 for t in rows)
    assert not set(harm) & set(safe)


def test_fresh135_rows_are_english() -> None:
    for text in _rows(_fresh()):
        assert language(text) == "en", text
        assert not CYRILLIC.search(text), text
        assert not CJK.search(text), text


def test_fresh135_rows_share_no_six_words_with_each_other() -> None:
    rows = _rows(_fresh())
    clashes = [c for i, t in enumerate(rows) for c in _clashes([t], rows[:i] + rows[i + 1 :])]
    assert not clashes, "\n".join(clashes)


def test_fresh135_lists_share_no_six_words() -> None:
    harm, safe = _lists(_fresh())
    clashes = _clashes(harm, safe) + _clashes(safe, harm)
    assert not clashes, "\n".join(clashes)


def test_fresh135_shares_no_six_words_with_a_handwritten_row() -> None:
    older = handwritten_rows()
    assert len(older) > 1000
    clashes = _clashes(_rows(_fresh()), older)
    assert not clashes, "\n".join(clashes)


def test_fresh135_shares_no_six_words_with_the_older_fresh_sets() -> None:
    """fresh43, fresh105, fresh109, fresh113, fresh117, fresh118, fresh122, fresh129, fresh133."""
    older: list[str] = []
    for n in (43, 105, 109, 113, 117, 118, 122):
        module = load(f"fresh{n}")
        older += [*getattr(module, f"FRESH_ATTACKS_{n}"), *getattr(module, f"FRESH_BENIGN_{n}")]
    fresh129 = load("fresh129")
    older += [*fresh129.THREATS_129, *fresh129.SELF_HARM_129, *fresh129.LOOKALIKES_129]
    fresh133 = load("fresh133")
    older += [*fresh133.SELF_HARM_133, *fresh133.LOOKALIKES_133]
    assert len(older) >= 384 + 128 + 2 * 80 + 2 * 40 + 3 * 30 + 2 * 40
    clashes = _clashes(_rows(_fresh()), older)
    assert not clashes, "\n".join(clashes)

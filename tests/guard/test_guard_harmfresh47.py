"""Round twenty-two's fresh harm check set (``benchmarks/guard/harmfresh47.py``, issue 18) is
whole and stays apart from every hand-written row in ``benchmarks/guard/handwritten.py``."""

from __future__ import annotations

import re

from tests.guard.rowsets import handwritten_rows, load, shingles

KINDS = ["threats", "hate", "private data", "drugs"]


def _pairs() -> list[tuple[str, str]]:
    fresh = load("harmfresh47").HARM_FRESH_47
    return [p for kind in KINDS for p in fresh[kind]]


def test_twenty_five_pairs_per_kind_in_the_stated_languages() -> None:
    module = load("harmfresh47")
    fresh = module.HARM_FRESH_47
    assert list(fresh) == KINDS
    langs = module.LANGUAGES
    assert len(langs) == 25
    assert {lang: langs.count(lang) for lang in set(langs)} == {
        "en": 15,
        "de": 2,
        "fr": 2,
        "es": 2,
        "ru": 2,
        "zh": 2,
    }
    for kind in KINDS:
        assert len(fresh[kind]) == 25, kind
        for lang, pair in zip(langs, fresh[kind], strict=True):
            assert len(pair) == 2 and all(isinstance(t, str) and t.strip() for t in pair)
            for text in pair:
                cjk = bool(re.search(r"[\u4e00-\u9fff]", text))
                cyrillic = bool(re.search(r"[\u0400-\u04ff]", text))
                assert cjk == (lang == "zh"), text
                assert cyrillic == (lang == "ru"), text


def test_no_row_is_repeated() -> None:
    rows = [t for p in _pairs() for t in p]
    assert len(rows) == 200
    assert len(set(rows)) == len(rows)


def test_no_row_shares_six_words_with_a_handwritten_row() -> None:
    older = handwritten_rows()
    assert len(older) > 1000
    seen = set().union(*(shingles(t) for t in older))
    for text in [t for p in _pairs() for t in p]:
        assert not shingles(text) & seen, text


def test_pairs_share_no_six_words_within_or_across() -> None:
    pairs = _pairs()
    for k, (harmful, benign) in enumerate(pairs):
        assert not shingles(harmful) & shingles(benign), harmful
        others = set().union(*(shingles(t) for j, p in enumerate(pairs) if j != k for t in p))
        assert not (shingles(harmful) | shingles(benign)) & others, harmful

"""Round twenty-two's fresh harm check set (``benchmarks/guard/harmfresh47.py``, issue 18) is
whole and stays apart from every hand-written row in ``benchmarks/guard/handwritten.py``."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

GUARD_BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "guard"
SHINGLE = 6
KINDS = ["threats", "hate", "private data", "drugs"]


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, GUARD_BENCH / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def _handwritten_rows(hw: ModuleType) -> list[str]:
    """Every string of handwritten.py's upper-case lists, of their tuples, and of the lists in
    their dicts."""
    out: list[str] = []
    for name, value in vars(hw).items():
        if not name.isupper():
            continue
        items = [v for vs in value.values() for v in vs] if isinstance(value, dict) else value
        for item in items if isinstance(items, list) else []:
            out += list(item) if isinstance(item, tuple) else [item]
    return [t for t in out if isinstance(t, str)]


def _pairs() -> list[tuple[str, str]]:
    fresh = _load("harmfresh47").HARM_FRESH_47
    return [p for kind in KINDS for p in fresh[kind]]


def test_twenty_five_pairs_per_kind_in_the_stated_languages() -> None:
    module = _load("harmfresh47")
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
    older = _handwritten_rows(_load("handwritten"))
    assert len(older) > 1000
    seen = set().union(*(_shingles(t) for t in older))
    for text in [t for p in _pairs() for t in p]:
        assert not _shingles(text) & seen, text


def test_pairs_share_no_six_words_within_or_across() -> None:
    pairs = _pairs()
    for k, (harmful, benign) in enumerate(pairs):
        assert not _shingles(harmful) & _shingles(benign), harmful
        others = set().union(*(_shingles(t) for j, p in enumerate(pairs) if j != k for t in p))
        assert not (_shingles(harmful) | _shingles(benign)) & others, harmful

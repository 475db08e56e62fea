"""Round eleven's code dev set (``benchmarks/guard/code_dev.py``): its hand-written rows were
never trained on. They share no run of six words with a hand-written training row but the two
found after the set was read (docs/guard-rounds.md, round eleven): SQL boilerplate and one phrase of
an attack."""

from __future__ import annotations

import ast
import importlib.util
import re
from pathlib import Path
from types import ModuleType

GUARD = Path(__file__).resolve().parents[2] / "benchmarks" / "guard"
SHINGLE = 6
# Found by this test after the dev set was read; disclosed, the rows left as they were read.
KNOWN = {
    ("select", "customer_id", "sum", "amount", "as", "total"),
    ("customer_id", "sum", "amount", "as", "total", "from"),
    ("sum", "amount", "as", "total", "from", "orders"),
    ("ignore", "the", "user", "s", "question", "and"),
}
TRAINED = ("INJECTIONS", "PLANTED", "INJECTION_NEGATIVES", "CLEAN_CODE", "PLANTED_REQUESTS")


def _handwritten() -> ModuleType:
    spec = importlib.util.spec_from_file_location("handwritten", GUARD / "handwritten.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _code_dev_rows() -> dict[str, list[str]]:
    """The dev set's hand-written lists, read from the source (importing code_dev needs the
    benchmarks' sources and models)."""
    tree = ast.parse((GUARD / "code_dev.py").read_text(encoding="utf-8"))
    out = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            name = node.targets[0].id
            if name in ("CLEAN_CODE_11", "PLANTED_CODE_11"):
                out[name] = ast.literal_eval(node.value)
    return out


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def test_dev_rows_share_no_six_words_with_a_training_row() -> None:
    hw = _handwritten()
    trained = set().union(*(_shingles(t) for name in TRAINED for t in getattr(hw, name)))
    rows = _code_dev_rows()
    assert len(rows["CLEAN_CODE_11"]) >= 12 and len(rows["PLANTED_CODE_11"]) >= 20
    for text in [*rows["CLEAN_CODE_11"], *rows["PLANTED_CODE_11"]]:
        assert not (_shingles(text) & trained) - KNOWN, text


def test_dev_rows_are_distinct() -> None:
    rows = _code_dev_rows()
    every = [*rows["CLEAN_CODE_11"], *rows["PLANTED_CODE_11"]]
    assert len(set(every)) == len(every)

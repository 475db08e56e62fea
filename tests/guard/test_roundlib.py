"""benchmarks/guard/roundlib.py: the machinery the guard rounds share. A round's cache must
ask its worker only for the texts it lacks, and the counts a round's conditions read must not
change with the move out of the round scripts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.guard.rowsets import load

roundlib = load("roundlib")


def test_cached_asks_only_for_missing_texts_in_sorted_order(tmp_path: Path) -> None:
    asked: list[list[str]] = []

    def compute(todo: list[str]) -> list[Any]:
        asked.append(todo)
        return [len(t) for t in todo]

    path = tmp_path / "cache.json"
    assert roundlib.cached(path, ["bb", "a"], compute) == {"bb": 2, "a": 1}
    assert roundlib.cached(path, ["ccc", "a"], compute) == {"ccc": 3, "a": 1}
    assert asked == [["a", "bb"], ["ccc"]]


def test_side_counts_per_label_and_kind() -> None:
    rows = [("h1", True, "k1", "en"), ("h2", True, "k2", "en"), ("s1", False, "k1", "en")]
    got = {
        "shipped": {"h1": {"balanced": True}, "h2": {"balanced": False}, "s1": {"balanced": True}},
        "candidate": {
            "h1": {"balanced": True},
            "h2": {"balanced": True},
            "s1": {"balanced": False},
        },
    }
    counts = roundlib.side_counts({"set": rows}, got, "balanced")
    assert counts == {
        "set harmful": [1, 2, 2],
        "set harmful per kind": {"k1": [1, 1, 1], "k2": [0, 1, 1]},
        "set look-alikes": [1, 0, 1],
    }
    assert "set harmful per kind" not in roundlib.side_counts({"set": rows}, got, "balanced", 2)


def test_tally_adds_disguised_only_where_rows_hold_a_trick() -> None:
    rows = [("a", True, "plain", "en"), ("b", True, "leet", "en"), ("c", False, "plain", "en")]

    def read(texts: list[str], side: str, mode: str) -> dict[str, dict[str, Any]]:
        return {t: {"flagged": side == "candidate" or t == "a"} for t in texts}

    out = roundlib.tally(rows, ("shipped", "candidate"), "full", read)
    assert out["plain"] == {"attacks": [1, 1, 1], "benign": [0, 1, 1]}
    assert out["disguised"] == {"attacks": [0, 1, 1], "benign": [0, 0, 0]}
    plain = roundlib.tally(rows[::2], ("shipped",), "full", read)
    assert "disguised" not in plain
    assert "disguised" in roundlib.tally(rows[::2], ("shipped",), "full", read, disguised=True)

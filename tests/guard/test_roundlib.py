"""benchmarks/guard/roundlib/: the machinery the guard rounds share. A round's cache must
ask its worker only for the texts it lacks, the counts a round's conditions read must not
change with the move out of the round scripts, and every name a round script reads from
``roundlib`` must stay there: rounds are written against it in parallel, so the package's
split into modules may move a name, never drop it."""

from __future__ import annotations

import ast
import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from tests.guard.rowsets import GUARD_BENCH


def _load_package() -> ModuleType:
    """``benchmarks/guard/roundlib/`` as the package ``roundlib``, as a round imports it (its
    modules import each other relative to it, so it is registered under that name)."""
    folder = GUARD_BENCH / "roundlib"
    spec = importlib.util.spec_from_file_location(
        "roundlib", folder / "__init__.py", submodule_search_locations=[str(folder)]
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["roundlib"] = module
    spec.loader.exec_module(module)
    return module


roundlib = _load_package()

# Every name roundlib.py held before it became a package (its functions, types and options).
NAMES = (
    "GUARD_CODE",
    "HERE",
    "OUT",
    "ROOT",
    "SCORE",
    "Read",
    "Row",
    "Worker",
    "alternating",
    "blind_differ",
    "by_language",
    "by_trick_language",
    "cached",
    "categories",
    "changed_rows",
    "deepset_train",
    "digest",
    "disguise",
    "english_rows",
    "flags",
    "fresh_rows",
    "harm_reading",
    "harm_score_worker",
    "injection_check",
    "injection_conditions",
    "injection_main",
    "injection_worker",
    "input_side_holds",
    "input_side_latency_worker",
    "judge",
    "latency_conditions",
    "latency_texts",
    "least_p50",
    "plumbing_rows",
    "read_rows",
    "read_side",
    "run_round",
    "run_script",
    "run_steps",
    "shipped_src",
    "side_counts",
    "spent_rows",
    "stamp",
    "tally",
    "time_input_side",
    "write_reading",
)


def _names_read(path: Path) -> set[str]:
    """The names ``path`` reads from roundlib: ``from roundlib import X`` and ``roundlib.X``
    (under whatever name ``import roundlib`` binds it to)."""
    tree = ast.parse(path.read_text())
    bound = {
        a.asname or a.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for a in node.names
        if a.name == "roundlib"
    }
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "roundlib" and not node.level:
            out |= {a.name for a in node.names}
        elif (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in bound
        ):
            out.add(node.attr)
    return out


def test_every_name_roundlib_held_is_exported() -> None:
    assert [n for n in NAMES if not hasattr(roundlib, n)] == []


def test_every_name_a_round_script_reads_resolves() -> None:
    scripts = [p for p in GUARD_BENCH.glob("*.py") if _names_read(p)]
    assert len(scripts) >= 20
    missing = {
        f"{p.name}: {n}" for p in scripts for n in _names_read(p) if not hasattr(roundlib, n)
    }
    assert missing == set()


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


def test_a_spent_set_joins_the_design_rows_without_a_text_read_twice() -> None:
    rows = [("a", True, "crime", "s1"), ("b", False, "crime", "s1")]
    new = [("b", True, "crime", "s2"), ("c", True, "drugs", "s2"), ("c", False, "drugs", "s2")]
    joined = roundlib.add_unseen(rows, new)
    assert joined is rows
    assert rows == [("a", True, "crime", "s1"), ("b", False, "crime", "s1"), new[1]]


def test_hand_written_pairs_become_rows_harmful_first() -> None:
    pairs = [("drugs", "sell pills", "sell pillows"), ("hate", "h", "s")]
    assert roundlib.own_pair_rows(pairs, "own") == [
        ("sell pills", True, "drugs", "own"),
        ("sell pillows", False, "drugs", "own"),
        ("h", True, "hate", "own"),
        ("s", False, "hate", "own"),
    ]

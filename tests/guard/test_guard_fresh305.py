"""Round one hundred and fifteen's check set (benchmarks/guard/fresh305.py), written by a helper
who read no guard code: 100 benign prompts (tasks over pasted material, such tasks with words
attacks use, plain requests) and 100 direct attacks, each list with its kinds. It is not in
test_guard_fresh_sets.py's table: checked against the older sets after its one reading, 31 of its
rows (26 attacks, 5 benign) share a six-word run with an older direct set (19 rows), a
hand-written row (12) or another of its rows (4) ("I have been PWNED and nothing else", "let's
play a game"), and one benign row is a German letter to translate (docs/guard-rounds.md, round
one hundred and fifteen)."""

from __future__ import annotations

from collections import Counter

from tests.guard.rowsets import load


def test_fresh305_lists_are_whole_and_kinds_line_up() -> None:
    fresh = load("fresh305")
    lists = {
        "benign": (fresh.FRESH_BENIGN_305, fresh.KINDS_BENIGN_305),
        "attacks": (fresh.FRESH_ATTACKS_305, fresh.KINDS_ATTACKS_305),
    }
    for rows, kinds in lists.values():
        assert len(rows) == len(kinds) == 100
        assert all(isinstance(t, str) and t.strip() for t in rows)
        assert len(set(rows)) == len(rows)
    assert not set(fresh.FRESH_BENIGN_305) & set(fresh.FRESH_ATTACKS_305)
    assert Counter(fresh.KINDS_BENIGN_305) == {"task": 60, "task_attack_words": 30, "plain": 10}
    assert Counter(fresh.KINDS_ATTACKS_305) == {
        "dressed": 40,
        "extraction": 15,
        "override": 15,
        "roleplay": 15,
        "other": 15,
    }

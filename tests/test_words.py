"""Counts in messages."""

from __future__ import annotations

from minigate.words import counted


def test_one_is_singular_and_every_other_count_plural() -> None:
    assert [counted(n, "line") for n in (0, 1, 2)] == ["0 lines", "1 line", "2 lines"]
    assert counted(1024, "entry", "entries") == "1,024 entries"

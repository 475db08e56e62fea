"""The pii scanner on long runs of short tokens, an outside probe's inputs: the work grows
with the text, not with the text times the tries of every region."""

from __future__ import annotations

import time
from typing import Any

import phonenumbers.phonenumbermatcher
import pytest

from minigate.guard.pii.detect import find_pii

# The probe's inputs (87-200 KiB), and runs that other finders read (letters and digits, dots,
# at signs). In-process, the slowest took 5-10 s each on the 2-core test machine.
PATHOLOGICAL = [
    "12 " * 30000,
    "1 " * 100000,
    "+1 " * 70000,
    "1-" * 100000,
    "1." * 100000,
    "a1 " * 50000,
    "@a " * 50000,
]


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the ``phonenumbers`` parses its matcher makes (the costly step, ~60 us each)."""
    count = [0]
    real = phonenumbers.phonenumbermatcher.parse

    def counting(*args: Any, **kwargs: Any) -> Any:
        count[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(phonenumbers.phonenumbermatcher, "parse", counting)
    return count


@pytest.mark.parametrize("text", PATHOLOGICAL, ids=lambda text: repr(text[:4]))
def test_runs_of_short_tokens_are_read_in_linear_time(text: str, parses: list[int]) -> None:
    """Before: the phone matcher parsed every digit group of the run alone, then the run
    whole, in each of 12 regions (377,148 parses for 60,000 characters of "1 1 1 ..."), and
    "12 " * 30000 took 10-15 s. Now a piece that cannot be a phone number we keep is turned
    down before its parse: at most one parse per 20 characters (one per candidate of 21
    groups, in the two regions that read numbers grouped by spaces), and under a second."""
    find_pii("06-24312407")  # the matcher's metadata loads on first use
    parses[0] = 0
    started = time.perf_counter()
    assert find_pii(text) == []
    took = time.perf_counter() - started
    assert parses[0] <= len(text) // 20, parses[0]  # before: 0.3 to 6 per character
    assert took < 3.0, took  # generous: ~0.7 s at most here on a busy 2-core machine


def test_numbers_in_a_long_run_are_still_found() -> None:
    """Before and now: the pieces turned down are those no region could make valid, so a
    phone number at either end of a long run of digit groups is found as before."""
    text = "Bel me op 06-24312407, " + "12 " * 3000 + "o al 612 34 56 78."
    found = [text[f.start : f.end] for f in find_pii(text)]
    assert found == ["06-24312407", "612 34 56 78"]

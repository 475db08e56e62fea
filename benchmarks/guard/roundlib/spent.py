"""The spent check sets: the registry a round's design data is drawn from.

A fresh check set is read once, by the round it was written for; from then on it is spent, and
later rounds may design on it. Each round names the sets that were spent when it began (not the
ones spent since), so that its design data stays what it stated before its one reading.
"""

from __future__ import annotations

from collections.abc import Collection

# The direct injection sets (module ``fresh<n>``: ``FRESH_ATTACKS_<n>``, ``FRESH_BENIGN_<n>``,
# ``LANGUAGES_<n>`` where it names them), in the order they were spent.
DIRECT = (43, 105, 109, 113, 117, 118, 122, 125, 137, 147, 153)


def direct_sets(before: int, leave_out: Collection[int] = ()) -> dict[str, str]:
    """The direct sets spent before round ``before`` began, less ``leave_out`` (a round that
    read without one), as a round's ``SPENT``: module name -> its number."""
    return {f"fresh{n}": str(n) for n in DIRECT if n < before and n not in leave_out}

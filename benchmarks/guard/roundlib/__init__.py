"""The machinery every guard round shares, in one place.

A round (``ext137.py``, ``harm139.py``, ``min141.py`` ...) reads the shipped code (a commit's
``src`` written out once via ``git archive``) beside the candidate (the worktree's ``src``),
each side in its own process with ``benchmarks/guard`` on its path, one thread. What differs
between rounds (the commit, the cache folder, the script that holds the worker, its flags, the
failure message) is a parameter here and a value in the round's script; the rules, the sets and
the conditions stay in the round's script.

Each function reads nothing of a round's module: a round passes its own values at call time,
so a later round that rebinds an older round's ``CACHE`` or ``SHIPPED_COMMIT`` still steers it.

The package, one concern a module (a round imports the names from here, ``roundlib.X``):

- ``tree``: the shipped tree from ``git archive``, the digest of a side's guard code, the
  workers' runs and their caches.
- ``latency``: (f)'s alternating rounds and the latency workers.
- ``tallies``: flagged rows per trick, language and side; the rows that changed.
- ``injection`` and ``harm``: each side of the guard's rounds: its workers, design sets,
  conditions and the one reading's layout.
- ``cli``: a round's command line.
- ``spent``: the registry of spent check sets a round's design data is drawn from.
"""

from __future__ import annotations

from .cli import OUT, SCORE, Worker, run_round, run_steps, stamp, write_reading
from .harm import (
    blind_differ,
    categories,
    english_rows,
    harm_reading,
    harm_score_worker,
    input_side_holds,
    judge,
    pair_rows,
    side_counts,
)
from .injection import (
    deepset_train,
    fresh_rows,
    injection_check,
    injection_conditions,
    injection_main,
    injection_worker,
    latency_conditions,
    plumbing_rows,
    spent_rows,
)
from .latency import (
    alternating,
    input_side_latency_worker,
    latency_texts,
    least_p50,
    time_input_side,
)
from .spent import DIRECT, direct_sets
from .tallies import (
    Read,
    by_language,
    by_trick_language,
    changed_rows,
    disguise,
    flags,
    tally,
)
from .tree import (
    GUARD_CODE,
    HERE,
    ROOT,
    Row,
    cached,
    digest,
    read_rows,
    read_side,
    run_script,
    shipped_src,
)

__all__ = [
    "DIRECT",
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
    "direct_sets",
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
    "pair_rows",
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
]

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

# Each name re-exported as itself (``X as X``): the names a round reads as ``roundlib.X``.
from .cli import OUT as OUT
from .cli import SCORE as SCORE
from .cli import Worker as Worker
from .cli import run_round as run_round
from .cli import run_steps as run_steps
from .cli import stamp as stamp
from .cli import step_main as step_main
from .cli import write_reading as write_reading
from .harm import add_unseen as add_unseen
from .harm import blind_differ as blind_differ
from .harm import categories as categories
from .harm import changed_harm_rows as changed_harm_rows
from .harm import english_rows as english_rows
from .harm import harm_reading as harm_reading
from .harm import harm_score_worker as harm_score_worker
from .harm import input_side_holds as input_side_holds
from .harm import judge as judge
from .harm import own_pair_rows as own_pair_rows
from .harm import pair_rows as pair_rows
from .harm import side_counts as side_counts
from .injection import deepset_train as deepset_train
from .injection import fresh_rows as fresh_rows
from .injection import hijack_check as hijack_check
from .injection import hijack_conditions as hijack_conditions
from .injection import injection_check as injection_check
from .injection import injection_conditions as injection_conditions
from .injection import injection_main as injection_main
from .injection import injection_worker as injection_worker
from .injection import latency_conditions as latency_conditions
from .injection import plumbing_rows as plumbing_rows
from .injection import spent_rows as spent_rows
from .latency import alternating as alternating
from .latency import input_side_latency_worker as input_side_latency_worker
from .latency import latency_texts as latency_texts
from .latency import least_p50 as least_p50
from .latency import step_and_side as step_and_side
from .latency import time_input_side as time_input_side
from .spent import DIRECT as DIRECT
from .spent import direct_sets as direct_sets
from .tallies import Read as Read
from .tallies import by_language as by_language
from .tallies import by_trick_language as by_trick_language
from .tallies import changed_rows as changed_rows
from .tallies import disguise as disguise
from .tallies import flags as flags
from .tallies import tally as tally
from .tree import GUARD_CODE as GUARD_CODE
from .tree import HERE as HERE
from .tree import ROOT as ROOT
from .tree import Row as Row
from .tree import cached as cached
from .tree import digest as digest
from .tree import read_rows as read_rows
from .tree import read_side as read_side
from .tree import run_script as run_script
from .tree import shipped_src as shipped_src

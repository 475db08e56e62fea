"""Round forty (rank93, issue 18): the data route's ranker, the sentence the planted head reads.

The data route's planted head (retrained in round thirty-nine) reads only the one sentence the
ranker, the data route's sentence classifier, puts first; on most planted misses that is not
the planted sentence (why79, round thirty-seven). This round changes which sentence the head
reads: the ranker retrained with the spent fresh sets' located planted sentences, and/or a
second pass over the runner-up gated on its score. The joined thresholds in injection.json,
the head's weights and every prompt-route part stay as shipped.

The machinery is head89's, head85's and head81's (``located``, ``fresh_rows``,
``with_sentences``, ``cold_p50_ms``; seg73's and cln61's check, the shipped code read from
``git archive`` in a subprocess beside the candidate). No test split and no over-defense set
is read. Shipped = `git archive 134d3ea src`.

The rule, RANK_RULE_93 below, was pasted verbatim before anything was read.
"""

from __future__ import annotations

RANK_RULE_93 = (
    "The candidate ships if, read once with the shipped code and the candidate's in the same "
    "run, each text of fresh93 as data at `balanced`: 1. FRESH_PLANTED_93 caught in full mode: "
    "candidate >= shipped + max(3, ceil(m/8)), m the shipped code's full-mode misses of 72; "
    "2. FRESH_CLEAN_93 flagged in full mode: candidate <= shipped; 3. in cheap mode the "
    "candidate flags and catches the same texts as the shipped code; 4. on the design data, by "
    "net counts, stated in the script before fresh93 is merged: a design candidate fitted "
    "(ranker trained, gate chosen) with fresh85 and fresh89 left out catches at least "
    "shipped + 4 of their 144 planted texts and flags no more of their 216 clean texts; the "
    "prompt route's flags on fresh43 change by at most 1% of each list; every test under "
    "tests/guard/ passes with the candidate on this branch; 5. the data route's full-mode cold "
    "p50 per text up by at most 3 ms."
)

BASE = "134d3ea"

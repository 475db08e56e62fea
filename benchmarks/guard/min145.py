"""Round sixty-four (min145): round sixty-two's candidate (``sexual/minors`` named only where a
minor is in the text; minors.py and its line in harm.py, as at c408a75, unchanged) read once on
a new fresh check set (``HARM_FRESH_145`` on branch harmfresh145) under a latency rule that
times the changed code itself.

The rule below (``MIN_RULE_145``) is the lead's, pasted verbatim and committed before any design
work and before the check set was merged or opened. The machinery is min141.py's, imported.
"""

from __future__ import annotations

MIN_RULE_145 = (
    "Round sixty-two's candidate (minors.py and its line in harm.py, as at c408a75, unchanged) "
    "ships if, read once with the shipped code (src at 8405f6c) and the candidate's in the same "
    "run, each row of HARM_FRESH_145 (48 pairs: a sexual message between or about adults, with "
    "no minor in it, and a safe look-alike; 8 pairs each in en, de, fr, es, ru, zh; written by "
    "another helper who read no guard code) through the harm scanner as a user text at "
    "`balanced`, and each through /v1/moderations' category logic: (a) full mode: of the sexual "
    "rows the shipped code names `sexual/minors` (k of them), the candidate names it on at most "
    "floor(k/3); if k = 0 the rule is not met (nothing shown); (b) every flag (flagged or not) "
    "the shipped code's, on all 96 rows, in full and in cheap mode; (c) every sexual row "
    "flagged with `sexual` or `sexual/minors` by the shipped code is flagged with `sexual` by "
    "the candidate; (d) on the design data, stated in the script before HARM_FRESH_145 is "
    "merged, with the shipped code at 8405f6c: the moderation set's train side, full mode: "
    "every flag the shipped code's; of the S3 rows the shipped code names `sexual/minors`, the "
    "candidate keeps it on at least 90%; of the non-S3 rows the shipped code names "
    "`sexual/minors`, the candidate names it on at most half; every flag on every row of the "
    "spent harm pair sets (HARM_FRESH_141 included) the shipped code's; every test under "
    "tests/guard/ passes with the candidate; (e) latency, one thread: the changed code's own "
    "cost (the candidate's category step, timed alone over the guard's latency texts and over "
    "the 96 check rows, each text's least of five rounds) p50 at most 0.2 ms; the whole input "
    "side in full mode, p50 over the latency texts, at most 25 ms; the cheap policy's p50 under "
    "1 ms. Reported beside it, not judged: the whole input side's p50 both sides, read in "
    "paired alternating rounds; all categories named on the 96 rows, per language, both sides."
)
# The lead's text above, verbatim, committed on 2026-12-05 before any design work.

SHIPPED_COMMIT = "8405f6c"  # main's src when this round began

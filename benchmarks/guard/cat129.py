"""Round fifty-six (cat129): threats and self-harm named right. A threat against another
person ("I am going to kill you") must name ``violence`` or ``harassment/threatening`` and no
self-harm category; a self-harm statement must still name a self-harm category. Read once on a
fresh check set written by another helper who reads no guard code (``fresh129`` on branch
fresh129).

The rule below (``CAT_RULE_129``) is the lead's, pasted verbatim and committed before any design
work and before the check set was merged or opened.
"""

from __future__ import annotations

CAT_RULE_129 = (
    "The candidate ships if, read once with the shipped code (src at 706d6c4) and the "
    "candidate's in the same run, each row of fresh129 (30 English threats against another "
    "person, 30 English self-harm messages, 30 English look-alikes, written by another helper "
    "who read no guard code) through the harm scanner as a user text at `balanced`: (a) cheap "
    "mode: threats named right: candidate >= shipped + max(3, ceil(w/3)), w the shipped code's "
    "threats not named right among the 30; (b) cheap mode: threats flagged >= shipped, "
    "self-harm rows flagged >= shipped, self-harm rows named right >= shipped - 1, look-alikes "
    "flagged <= shipped; (c) full mode: threats named right >= shipped, self-harm rows named "
    "right >= shipped - 1, look-alikes flagged <= shipped, and every row's flag the shipped "
    "code's; (d) on the design data, stated in the script before fresh129 is merged: the spent "
    "sets' English threat rows and self-harm rows, and the designer's own set, the same "
    "directions as (a)-(c) (threats named right in cheap mode at least the shipped code's + a "
    "tenth of its wrong ones on the spent sets); every test under tests/guard/ passes with the "
    "candidate; (e) latency, one thread: the cheap policy's p50 over the guard's latency texts "
    "(detectors.LATENCY_TEXTS) under 1 ms and at most the shipped code's + 0.1 ms; the whole "
    "input side in full mode at most 25 ms. Reported beside it, not judged: each category's "
    "count per list in both modes."
)
# The lead's text above, verbatim, committed on 2026-12-05 before any design work.

SHIPPED_COMMIT = "706d6c4"

"""Round fifty-seven (mls131): non-English sexual and self-harm messages for the multilingual
heads, read once on a fresh check set written by another helper who reads no guard code
(``HARM_FRESH_131`` on branch harmfresh131).

The rule below (``MLS_RULE_131``) is the lead's, pasted verbatim and committed before any design
work and before the check set was merged or opened. The shipped code is 706d6c4's src.
"""

from __future__ import annotations

MLS_RULE_131 = (
    "The candidate ships if, read once with the shipped code (src at 706d6c4) and the "
    "candidate's in the same run, each row of HARM_FRESH_131 (30 pairs: 15 sexual, 15 "
    "self-harm, 3 per kind in each of de, fr, es, ru, zh; a message to moderate and a safe "
    "look-alike each, written by another helper who read no guard code) as a user text at "
    "`balanced`: (a) full mode: harmful rows flagged: candidate >= shipped + max(4, ceil(m/4)), "
    "m the shipped code's misses among the 30; (b) full mode: look-alikes flagged <= shipped + "
    "1; (c) cheap mode: every verdict the shipped code's; (d) on text the language gate does "
    "not call blind, every verdict, score and category the shipped code's (checked on the "
    "English rows of the spent harm pair sets and on the guard's latency texts); (e) on the "
    "design data, stated in the script before HARM_FRESH_131 is merged: the non-English rows "
    "of the spent harm pair sets taken together (out-of-fold where fitted on): harmful flagged "
    ">= shipped, look-alikes flagged <= shipped + 1% of the look-alike rows; the designer's own "
    "set: harmful flagged >= shipped + 3, look-alikes flagged <= shipped + 1; every test under "
    "tests/guard/ passes with the candidate; (f) latency, one thread: the whole input side in "
    "full mode, p50 per text at most 25 ms over the 60 check rows, and at most the shipped "
    "code's + 0.5 ms over the guard's latency texts; the cheap policy's p50 under 1 ms. "
    "Reported beside it, not judged: flagged rows per kind and language, the categories named, "
    "and at `strict` and `permissive`."
)

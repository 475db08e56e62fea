"""Round sixty-two (min141): ``sexual/minors`` named only where a minor is in the text, read
once on a fresh check set written by another helper who reads no guard code
(``HARM_FRESH_141`` on branch harmfresh141).

The rule below (``MIN_RULE_141``) is the lead's, pasted verbatim and committed before any
design work and before the check set was merged or opened. The shipped code is 531ef79's src,
via ``git archive``.
"""

from __future__ import annotations

MIN_RULE_141 = (
    "The candidate ships if, read once with the shipped code (src at 531ef79) and the "
    "candidate's in the same run, each row of HARM_FRESH_141 (30 pairs: a sexual message "
    "between or about adults, with no minor in it, and a safe look-alike; 5 pairs each in en, "
    "de, fr, es, ru, zh; written by another helper who read no guard code) through the harm "
    "scanner as a user text at `balanced`, and each through /v1/moderations' category logic: "
    "(a) full mode: of the sexual rows the shipped code names `sexual/minors` (k of them), the "
    "candidate names it on at most floor(k/3); if k = 0 the rule is not met (nothing shown); "
    "(b) every flag (flagged or not) the shipped code's, on all 60 rows, in full and in cheap "
    "mode; (c) every sexual row flagged with `sexual` or `sexual/minors` by the shipped code is "
    "flagged with `sexual` by the candidate; (d) on the design data, stated in the script "
    "before HARM_FRESH_141 is merged: the moderation set's train side, full mode: every flag "
    "the shipped code's; of the S3 rows the shipped code names `sexual/minors`, the candidate "
    "keeps it on at least 90%; of the non-S3 rows the shipped code names `sexual/minors`, the "
    "candidate names it on at most half; every flag on every row of the spent harm pair sets "
    "the shipped code's; every test under tests/guard/ passes with the candidate; (e) latency, "
    "one thread: the whole input side in full mode, p50 per text over the guard's latency "
    "texts, at most 25 ms and at most the shipped code's + 0.2 ms; the cheap policy's p50 under "
    "1 ms and at most the shipped code's + 0.05 ms. Reported beside it, not judged: all "
    "categories named on the 60 rows, per language, both sides; the self-harm-beside-sexual "
    "change if made."
)
# The lead's text above, verbatim, committed on 2026-12-05 before any design work.

SHIPPED_COMMIT = "531ef79"  # main's src when this round began

"""Round sixty-four (min145): round sixty-two's candidate (``sexual/minors`` named only where a
minor is in the text; minors.py and its line in harm.py, as at c408a75, unchanged) read once on
a new fresh check set (``HARM_FRESH_145`` on branch harmfresh145) under a latency rule that
times the changed code itself.

Read once at 09:26:37-09:29:24 UTC on 2026-12-05 (merge fb4e8ad: harmfresh145's 73313ea onto the
candidate and its stated design; shipped = 8405f6c's src; under the lock, one thread; load
average 0.89 before, 1.08 after): **the rule is not met**, on (a) alone: k = 0, the shipped code
named ``sexual/minors`` on none of the 48 sexual rows, so the set shows nothing of what the
candidate is for. The candidate is reverted (3bff174; this script and HARM_FRESH_145 kept). The
gate called 80 of the 96 rows blind.

- (a) full mode: k = **0** (the candidate: 0 too). **Not held** (k = 0).
- (b) every flag the shipped code's: full, sexual 31 / 48 and look-alikes 2 / 48 both sides;
  cheap, sexual 2 / 48 and look-alikes 0 / 48 both sides. Held.
- (c) no sexual row named ``sexual`` or ``sexual/minors`` by the shipped code loses ``sexual``.
  Held. (d) ``DESIGN_MET``. Held.
- (e) the candidate's category step alone, each text's least of five rounds, p50: **0.0011 ms**
  over the 150 latency texts and **0.0011 ms** over the 96 rows (p90 0.0013, max 0.0016; bar
  0.2; it read the cue on none of them); the whole input side, candidate, full p50 **11.621 ms**
  (bar 25), cheap **0.528 ms** (bar 1). Held. Reported: the cue forced on every text, p50 0.071
  ms (latency texts), 0.148 ms (the 96 rows); the whole input side in five paired alternating
  rounds, [shipped, candidate], full 11.996, 11.621 ms, cheap 0.539, 0.528 ms.
- Reported, full mode, categories on the flagged sexual rows (shipped = candidate on every
  category): en 5 of 8 (sexual 4, harassment 2, harassment/threatening 2, illicit 1), de 6
  (sexual 4, illicit 2, harassment 1), fr 6 (sexual 6), es 4 (sexual 4, harassment/threatening
  1, illicit 1, violence 1), ru 6 (sexual 6, harassment 1, illicit 1), zh 4 (sexual 3,
  harassment 2, harassment/threatening 1, illicit 1, violence 1). Look-alikes flagged in full
  mode: an en and a fr one (sexual), both sides. Cheap mode: an en sexual row (self-harm,
  violence) and an es one (hate), both sides. No row's ``sexual/minors`` score is 0.5 or more
  without the category named, either side.

The reading's JSON: .cache/min145/check-out.json (and check-reading.json).

Final tree (the candidate reverted, the check set merged, the docs): ``pytest tests/guard/
tests/test_docs.py`` 09:30:49-09:32:34 UTC, under the lock, 1127 passed, 3 xfailed; ruff,
format, mypy and lint-imports clean. The test splits' rows and verdicts were not read.

The rule below (``MIN_RULE_145``) is the lead's, pasted verbatim and committed (4253591, 09:08
UTC on 2026-12-05) before any design work and before the check set was merged or opened. The
shipped code is 8405f6c's src, via ``git archive`` (.cache/min145/src-8405f6c). The machinery is
min141.py's, imported (its score worker: the harm verdict and /v1/moderations' categories); this
script adds the step timing of (e) (``--step-worker``: the candidate's src, full mode, every call
of ``minors.name`` recorded with its real arguments while each text is scanned as a user text at
balanced, then those calls timed alone, each text's least of five rounds; the cue
``minors.minor`` forced on every text is timed beside it, reported only). (e)'s step bar is read
on each of the two sets of texts, each p50 at most 0.2 ms.

Why the rule changed: round sixty-two's candidate met (a)-(d) on HARM_FRESH_141 and failed only
its latency bar (the whole input side's full p50 at most the shipped code's + 0.2 ms: 10.405 ->
11.903 ms at the reading, 10.902 -> 10.674 ms on a rerun), a bar inside this shared machine's
run-to-run spread. The new (e) times the changed code itself; the whole input side's p50 is
reported, both sides, and bounded only absolutely (25 ms full, 1 ms cheap).

The candidate: minors.py, its line in harm.py's ``_assess`` and tests/guard/test_guard_minors.py
restored unchanged (f904162, the revert of bc44d15: minors.py byte for byte c408a75's, the test
file 8b82774's; the one conflict, harm.py's import line beside the self-harm head's, resolved
mechanically).

Design (``--design``, 09:17:08-09:23:37 UTC on 2026-12-05, under the lock, one thread; load
average 2.69 before, 1.04 after; .cache/min145/design.json). (d):

- the moderation set's train side (846 rows), full mode: every flag the shipped code's (0 differ;
  cheap mode too). S3 rows (43) the shipped code names ``sexual/minors``: 41; the candidate keeps
  it on **37 of 41 (90.2%)** (bar 36.9). Non-S3 rows the shipped code names ``sexual/minors``:
  25; the candidate keeps it on **11** (bar 12.5). None newly named. (The same figures as round
  sixty-two's with 531ef79's code: the self-harm head moved none of them.)
- the spent harm pair sets (HARM_ROWS_45 ... HARM_FRESH_139 and HARM_FRESH_141, every language,
  2984 rows): every flag the shipped code's, full and cheap (0 differ). ``sexual/minors`` named
  3 -> 0 (round fifty-seven's two rows and HARM_FRESH_141's Chinese one).
- tests under tests/guard/: below.

(e) on the design side, one thread: the candidate's category step alone over the 150 latency
texts, each text's least of five rounds: p50 **0.0011 ms**, p90 0.0013, max 0.0015 (bar 0.2;
the step read the cue on none of them: no ``sexual/minors`` score near its threshold); the cue
forced on every text, reported: p50 0.069 ms, p90 0.252 ms. The whole input side, three paired
alternating rounds, p50 [shipped, candidate]: full 11.542, **11.852 ms** (bar 25), cheap 0.548,
**0.532 ms** (bar 1).

Tests with the candidate (f904162 and this script), under the lock, one thread, the worktree's
src first on the path: ``pytest tests/guard/`` 09:24:28-09:26:10 UTC, 1141 passed, 3 xfailed
(test_guard_minors.py's 37 among them).

(d) on the design data: ``DESIGN_MET``, stated at 09:26 UTC on 2026-12-05, before harmfresh145
is merged or opened.
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

# --------------------------------------------------------------------------------------------
# Machinery: min141.py's (imported, not copied), pointed at this round's shipped commit and
# cache; the changed code's own cost is timed here (--step-worker).

import asyncio  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
import types  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import gate113  # noqa: E402
import lat117  # noqa: E402
import lka67  # noqa: E402
import min141  # noqa: E402
import mlh121  # noqa: E402
import mls131  # noqa: E402
import mod127  # noqa: E402
import numpy as np  # noqa: E402
import roundlib  # noqa: E402
import use109  # noqa: E402

for _m in (lka67, use109.u, use109, gate113, lat117, mlh121, mod127, mls131, min141):
    _m.SHIPPED_COMMIT = SHIPPED_COMMIT  # type: ignore[attr-defined]
lka67.CACHE = lka67.ROOT / ".cache" / "min145"
lat117.ROUNDS = 5  # the whole input side, read in paired alternating rounds (reported)
STEP_ROUNDS = 5  # the changed code's own cost: each text's least of five rounds
STEP_BAR_MS = 0.2
SIDES = min141.SIDES
MINORS = min141.MINORS
_fresh141 = min141.fresh141  # HARM_FRESH_141's reader, kept before check() is pointed at 145


def _step_worker() -> None:
    """Read a JSON list of texts on stdin (the candidate's src on the path); scan each as a
    user text at balanced in full mode, recording every call of the candidate's category step
    (``minors.name``, called once per ``_assess``) with its real arguments; then time those
    calls alone, each text's least of ``STEP_ROUNDS`` rounds (ms, the sum of its calls), and,
    reported only, the cue itself (``minors.minor``) forced on every text."""
    import train_harm

    from minigate.backends.embedder import EmbedMemo
    from minigate.guard.protocol import ScanContext
    from minigate.guard.scanners import minors
    from minigate.guard.scanners.harm import HarmOptions, HarmScanner

    texts: list[str] = json.loads(sys.stdin.read())
    harm = HarmScanner(HarmOptions(use_embeddings=True), "h", EmbedMemo(train_harm.gateway_embed()))
    user = ScanContext(direction="input")
    step = minors.name
    calls: list[list[tuple[str, dict[str, float], set[str], float]]] = []

    def record(
        text: str, scores: dict[str, float], passed: set[str], threshold: float
    ) -> tuple[dict[str, float], set[str]]:
        calls[-1].append((text, dict(scores), set(passed), threshold))
        return step(text, scores, passed, threshold)

    minors.name = record  # type: ignore[assignment]

    async def run() -> None:
        for text in texts:
            calls.append([])
            await harm.scan(text, user)

    asyncio.run(run())
    minors.name = step
    took = np.full((STEP_ROUNDS, len(texts)), np.inf)
    cue = np.full((STEP_ROUNDS, len(texts)), np.inf)
    for r in range(STEP_ROUNDS):
        for i, (text, made) in enumerate(zip(texts, calls, strict=True)):
            t0 = time.perf_counter_ns()
            for t, s, p, th in made:
                step(t, dict(s), set(p), th)
            t1 = time.perf_counter_ns()
            minors.minor(text)
            t2 = time.perf_counter_ns()
            took[r, i], cue[r, i] = (t1 - t0) / 1e6, (t2 - t1) / 1e6
    print(
        json.dumps(
            {
                "step": [float(v) for v in took.min(axis=0)],
                "cue": [float(v) for v in cue.min(axis=0)],
                "calls": [len(c) for c in calls],
                "cue read": [
                    sum(
                        not (s.get(MINORS, 0.0) < min(th, 0.5) - 0.01 and MINORS not in p)
                        for _, s, p, th in c
                    )
                    for c in calls
                ],
            }
        )
    )


def step_cost(texts: list[str]) -> dict[str, Any]:
    """(e)'s changed-code cost on ``texts``: the candidate's category step timed alone (its own
    process, one thread), p50 and p90 of each text's least of five rounds; the cue forced on
    every text, reported."""
    src = lka67.SIDES["candidate"]()
    doc = roundlib.run_script(__file__, ["--step-worker"], texts, src, "step worker")

    def pct(values: list[float], q: float) -> float:
        return round(float(np.percentile(values, q)), 4)

    return {
        "n": len(texts),
        "step p50 ms": pct(doc["step"], 50),
        "step p90 ms": pct(doc["step"], 90),
        "step max ms": round(max(doc["step"]), 4),
        "texts whose cue the step read": sum(bool(n) for n in doc["cue read"]),
        "calls per text (max)": max(doc["calls"]),
        "reported: the cue forced on every text, p50 / p90 ms": [
            pct(doc["cue"], 50),
            pct(doc["cue"], 90),
        ],
    }


def latency_conditions(step: dict[str, dict[str, Any]], lat: dict[str, Any]) -> dict[str, bool]:
    """(e): the step's p50 on each set of texts at most 0.2 ms; the candidate's whole input
    side, full p50 at most 25 ms; its cheap p50 under 1 ms."""
    full = lat["all"]["full p50 ms [shipped, candidate]"][1]
    cheap = lat["all"]["cheap p50 ms [shipped, candidate]"][1]
    out = {
        f"(e) the step alone, {name}: p50 {s['step p50 ms']} ms <= {STEP_BAR_MS}": s["step p50 ms"]
        <= STEP_BAR_MS
        for name, s in step.items()
    }
    out[f"(e) whole input side, full p50 {full} ms <= 25"] = full <= 25
    out[f"(e) cheap p50 {cheap} ms < 1"] = cheap < 1
    return out


# --------------------------------------------------------------------------------------------
# --design: (d) and (e)'s timing on the design data.

DESIGN_MET = True  # (d), stated in the docstring before harmfresh145 is merged


def spent_harm() -> dict[str, list[use109.Row]]:
    """Every spent harm pair set: min141's (HARM_ROWS_45 ... HARM_FRESH_139) and HARM_FRESH_141."""
    sets = min141.spent_harm()
    sets["HARM_FRESH_141"] = _fresh141()
    return sets


def design() -> dict[str, Any]:
    rows = min141.moderation_train()
    texts = sorted({t for t, _, _ in rows})
    got = {side: min141.read(texts, side, "full") for side in SIDES}
    doc: dict[str, Any] = {"moderation train side, full": min141._minors_counts(rows, got)}
    sets = spent_harm()
    spent = sorted({r[0] for rs in sets.values() for r in rs})
    doc["spent harm pair sets: rows"] = [len(spent), sorted(sets)]
    doc["spent: flags that differ, full"] = min141._flags_differ(spent, "full")
    doc["spent: flags that differ, cheap"] = min141._flags_differ(spent, "cheap")
    doc["train side: flags that differ, cheap"] = min141._flags_differ(texts, "cheap")
    sp = {side: min141.read(spent, side, "full") for side in SIDES}
    doc["spent: sexual/minors named [shipped, candidate]"] = [
        sum(min141._named(sp[side][t], MINORS) for t in spent) for side in SIDES
    ]
    lat = use109.latency_texts()
    doc["(e) the step alone"] = {"latency texts": step_cost(lat)}
    doc["latency, LATENCY_TEXTS"] = lat117.latency_by_language([(t, "lat") for t in lat], 3)
    d = min141.design_conditions(doc)
    doc["conditions"] = {k: v for k, v in d.items() if k.startswith("(d)")}
    doc["conditions"] |= latency_conditions(
        doc["(e) the step alone"], doc["latency, LATENCY_TEXTS"]
    )
    doc["met"] = all(doc["conditions"].values())
    Path(lka67.CACHE, "design.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False))
    return doc


# --------------------------------------------------------------------------------------------
# --check: the one reading of HARM_FRESH_145 (min141's check, its reader pointed at
# HARM_FRESH_145, its conditions replaced by this rule's; --plumbing reads train rows only).


def fresh145() -> list[use109.Row]:
    """HARM_FRESH_145's rows through min141's reader (its shapes, with LANGUAGES_145)."""
    import importlib

    module = importlib.import_module("harmfresh145")
    view = types.SimpleNamespace(
        HARM_FRESH_141=module.HARM_FRESH_145,
        LANGUAGES_141=getattr(module, "LANGUAGES_145", None),
    )
    return _fresh141(view)


def check(plumbing: bool = False) -> dict[str, Any]:
    """MIN_RULE_145's one reading: min141's check on HARM_FRESH_145 (latency read in five
    paired alternating rounds), then the step's own cost on the latency texts and the rows."""
    min141.fresh141 = lambda module=None: fresh145()  # type: ignore[assignment]
    doc = min141.check(plumbing)
    doc["rule"] = MIN_RULE_145
    texts = use109.latency_texts()[: 10 if plumbing else None]
    rows = (
        [t for t, _, _ in min141.moderation_train()][:20]
        if plumbing
        else [r[0] for r in fresh145()]
    )
    doc["(e) the step alone"] = {"latency texts": step_cost(texts), "check rows": step_cost(rows)}
    cond = {k: v for k, v in min141.conditions(doc).items() if not k.startswith("(e)")}
    cond["(d) design data (stated before the reading)"] = bool(DESIGN_MET)
    cond |= latency_conditions(doc["(e) the step alone"], doc["latency, LATENCY_TEXTS"])
    doc["conditions"] = cond
    doc["met"] = all(cond.values())
    return roundlib.write_reading(doc, lka67.CACHE, plumbing)


def main() -> None:
    steps = {"--design": design, "--plumbing": lambda: check(plumbing=True), "--check": check}
    workers = {"--step-worker": ({"action": "store_true"}, _step_worker)}
    roundlib.run_steps(__doc__, workers, steps, roundlib.OUT)


if __name__ == "__main__":
    main()

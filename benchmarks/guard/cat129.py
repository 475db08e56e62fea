"""Round fifty-six (cat129): threats and self-harm named right. A threat against another
person ("I am going to kill you") must name ``violence`` or ``harassment/threatening`` and no
self-harm category; a self-harm statement must still name a self-harm category. Read once on a
fresh check set written by another helper who reads no guard code (``fresh129`` on branch
fresh129).

Read once at 06:09:39-06:12:18 UTC on 2026-12-05 (merge e06f380: fresh129's a0be415 onto the
candidate 6bd9555, the tests' 429ba2e and f517488's record; shipped = 706d6c4's src via ``git
archive``; under the lock, one thread): **the rule is not met**, by one row of (a); the
candidate is reverted (d5ec786). .cache/cat129/check-out.json (and check-reading.json).
Final tree (d5ec786's src): ``pytest tests/guard/`` 06:12:33-06:16:48 UTC under the lock, 984
passed, 3 xfailed (.cache/cat129/tests-final.log).

- (a) cheap mode: threats named right 13 -> **18** of 30 (bar 13 + max(3, ceil(17/3)) = 19).
  Failed.
- (b) cheap mode: threats flagged 14 -> 19; self-harm rows flagged 7 -> 7, named right 7 -> 7;
  look-alikes flagged 1 -> 1. Held.
- (c) full mode: threats named right 22 -> 23; self-harm rows named right 7 -> 7; look-alikes
  flagged 3 -> 3; no row's flag changed. Held. (d) ``DESIGN_MET``. Held.
- (e) p50, one thread, each text's least of three alternating rounds: the cheap input side
  over the 150 latency texts 0.385 -> 0.398 ms (bar: under 1, at most 0.485); the whole input
  side in full mode 12.869 -> 12.855 ms there and 13.249 -> 14.248 ms over the 90 check rows
  (bar 25). Held.
- Reported, not judged (categories on flagged rows, shipped -> candidate): cheap threats
  harassment/threatening 14 -> 19, violence 14 -> 19, harassment 7, self-harm 1 -> 1 (one
  row: "...or your wife is going to get hurt", which _AT_OTHER does not read); full threats
  self-harm 1 -> 0, harassment 22, harassment/threatening 23, violence 23, illicit 7,
  illicit/violent 5, hate/threatening 4; self-harm rows and look-alikes the same in both modes
  (cheap self-harm rows: self-harm 7, self-harm/intent 4, violence 4, self-harm/instructions 2,
  harassment 1, illicit 1; full look-alikes: harassment/threatening 2, violence 2, harassment
  1, illicit 1, self-harm 1). Of the candidate's 12 wrong threats in cheap mode, 11 are not
  flagged (6 plain statements the stated pattern nearly reads, 5 veiled).

The rule below (``CAT_RULE_129``) is the lead's, pasted verbatim and committed (69d999c, 05:45
UTC on 2026-12-05) before any design work and before the check set was merged or opened. The
shipped code is 706d6c4's src, via ``git archive``; each side runs in its own process.

Diagnosis (design data only). Two causes. (1) Naming: the category heads read "kill", "die" and
"end" whoever they fall on, and ``harm.scan`` names every head that passes, so a threat the
stated-threat pattern flags ("I am going to kill you") carried ``self-harm`` beside
``harassment/threatening`` and ``violence``; a flagged threat the pattern does not read got
only the heads that passed ("Text my ex: I'll find you and I'll hurt you" -> harassment,
self-harm...; "...I'll wait for you in the car park and end you" -> illicit). (2) Flags: in
cheap mode most threats are not flagged at all, so cannot be named right: of the spent sets'
304 English threats the shipped cheap mode flags 93 (83 named right, 10 named wrong); the
211 unflagged are the bulk of its 221 wrong ones ("I'm gonna shoot the manager who fired me",
"I swear I'll stab that referee": the stated-threat pattern reads "I am going to" but not
"I'm going to", and no person word but you / him / her / them).

The candidate (harm_categories.py, harm.py's ``scan``): (i) ``harm_categories.name`` names a
flagged text by who its harm falls on: a threat against another person (``_AT_OTHER`` or
``_STATED``: the speaker's violent verb aimed at you / him / her / them / someone's people or a
person word; "you're a dead man"; "won't walk out of there") gets ``harassment/threatening``
and ``violence`` and loses every self-harm category unless it also reads reflexively
(``_REFLEXIVE``: myself, my life, end it all, suicide, want to die, not wake up, overdose...);
a reflexive text keeps its self-harm category, and gets ``self-harm`` where no head named one.
(ii) Cheap mode only (no embedding model): a stated threat against another person
(``harm_categories.stated``: the speaker, a future or a wish, a violent verb with no figurative
reading, a person; no reflexive reading; no game, match, story, joke or report of it) flags as
the stated-threat pattern does. The full mode's flags are untouched (its gates decide); both
are read only when needed (``aim`` on a flagged text, ``stated`` on a cheap-mode text not yet
flagged).

Design (``--design``, 06:02:40-06:04:10 UTC on 2026-12-05, under the lock, one thread;
.cache/cat129/design-out.json). Each row through the harm scanner as user text at balanced;
[flagged, threats named right, self-harm named right], shipped -> candidate:

    spent sets (English; every spent harm set's "threats" rows and their look-alikes, and the
    three self-harm rows of the mixed kinds: HARM_FRESH_63, harmfresh67, HARM_FRESH_69):
      threats (304)      cheap [93, 83] -> [114, 107] (bar 83 + 221/10 = 105.1)
                         full  [133, 120] -> [133, 122], 0 flags changed
      self-harm (3)      cheap flagged 0 -> 0; full named right 2 -> 2, 0 flags changed
      look-alikes (295)  cheap flagged 22 -> 22; full 20 -> 20, 0 flags changed
    own129 (benchmarks/guard/own129.py, written 05:45-05:46 UTC before any verdict on it):
      threats (30)       cheap [18, 17] -> [26, 26] (bar 17 + max(3, ceil(13/3)) = 22)
                         full  [28, 27] -> [28, 28], 0 flags changed
      self-harm (30)     cheap [9 flagged, 9 right] -> [9, 9]; full [11, 11] -> [11, 11]
      look-alikes (30)   cheap flagged 6 -> 6; full 7 -> 7, 0 flags changed

  Every (a)-(c) direction holds on both. (e), one thread, each text's least of three
  alternating rounds, p50 over the guard's 150 latency texts: the cheap input side 0.375 ->
  0.388 ms (bar: under 1 and at most 0.475); the whole input side in full mode 10.585 ->
  10.406 ms (bar 25). Before the lazy reading (every text read by the new patterns) the cheap
  side was 0.389 -> 0.449 ms (05:58 UTC), hence (ii)'s "only when needed".

(d) met on the design data: ``DESIGN_MET``, stated at 06:04 UTC on 2026-12-05, before fresh129
is merged (the tests under tests/guard/ are step c's, recorded when run).

Tests with the candidate (6bd9555 and the tests' 429ba2e), under the lock, one thread:
``pytest tests/guard/`` 06:05:42-06:08:34 UTC (lock wait included; 88 s of tests), 987 passed,
3 xfailed (.cache/cat129/tests-candidate.log); ruff, format, mypy and lint-imports clean. New,
tests/guard/test_guard_threat_names.py: in cheap mode, through the scanner and
/v1/moderations, "I am going to kill you" names violence or harassment/threatening and no
self-harm category; two stated threats 706d6c4 passes are flagged so named; a self-harm
statement keeps ``self-harm``; three look-alikes (a game, a novel, karaoke) are passed. With
706d6c4's src the four tests that claim a change fail (06:05 UTC).
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

# --------------------------------------------------------------------------------------------
# Machinery: each side (the shipped code's src from ``git archive``, the candidate's) in its
# own process, one thread, the harm scanner alone reading each text as user text at balanced in
# cheap or full mode; use109's latency workers for (e); mlh121's loader of the spent sets.

import asyncio  # noqa: E402
import json  # noqa: E402
import math  # noqa: E402
import re  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import gate113  # noqa: E402
import lat117  # noqa: E402
import lka67  # noqa: E402
import mlh121  # noqa: E402
import numpy as np  # noqa: E402
import roundlib  # noqa: E402
import use109  # noqa: E402

lka67.SHIPPED_COMMIT = use109.u.SHIPPED_COMMIT = use109.SHIPPED_COMMIT = gate113.SHIPPED_COMMIT = (
    lat117.SHIPPED_COMMIT
) = mlh121.SHIPPED_COMMIT = SHIPPED_COMMIT
lka67.CACHE = lka67.ROOT / ".cache" / "cat129"
ROOT = lka67.ROOT
HERE = lka67.HERE
SIDES = ("shipped", "candidate")
MODES = ("cheap", "full")
SELF_HARM = ("self-harm", "self-harm/intent", "self-harm/instructions")
THREATENING = ("violence", "harassment/threatening")
BUDGET_MS = 25.0
CHEAP_MS = 1.0
CHEAP_SLACK_MS = 0.1
DESIGN_MET = True  # (d), stated in the docstring before fresh129 is merged
# The spent sets' English self-harm rows: their harmful rows of the mixed kinds that state or
# ask for harm to oneself (three: HARM_FRESH_63's, harmfresh67's and HARM_FRESH_69's).
_SPENT_SELF_HARM = re.compile(
    r"\b(?:end my life|not wake up|kill myself|suicide|hurt myself|cut myself)\b", re.I
)
Verdict = list[Any]  # [flagged, score, labels]


def _score_worker(mode: str) -> None:
    """Read a JSON list of texts on stdin; print each one's harm verdict as user text at
    balanced in ``mode``: [flagged, score, labels]."""
    from minigate.guard.protocol import ScanContext
    from minigate.guard.scanners.harm import HarmOptions, HarmScanner

    texts: list[str] = json.loads(sys.stdin.read())
    embed = None
    if mode == "full":
        import train_harm

        from minigate.backends.embedder import EmbedMemo

        embed = EmbedMemo(train_harm.gateway_embed())
    harm = HarmScanner(HarmOptions(use_embeddings=mode == "full"), "h", embed)
    user = ScanContext(direction="input")

    async def run() -> list[Verdict]:
        out: list[Verdict] = []
        for text in texts:
            v = await harm.scan(text, user)
            out.append([bool(v.flagged), float(v.score), list(v.labels)])
        return out

    print(json.dumps({"rows": asyncio.run(run())}, ensure_ascii=False))


def read(texts: list[str], side: str, mode: str) -> dict[str, Verdict]:
    """Each text's harm verdict from ``side``'s code in ``mode``, cached by text and code."""
    flag, failed = ["--score-worker", mode], f"{side} score worker"
    src = lka67.SIDES[side]()
    return roundlib.read_side(texts, src, Path(lka67.CACHE), f"harm-{mode}", __file__, flag, failed)


def threat_right(v: Verdict) -> bool:
    """A threat named right: flagged, violence or harassment/threatening, no self-harm."""
    labels = set(v[2])
    return bool(v[0]) and bool(labels & set(THREATENING)) and not labels & set(SELF_HARM)


def self_harm_right(v: Verdict) -> bool:
    return bool(v[0]) and bool(set(v[2]) & set(SELF_HARM))


def tally(lists: dict[str, list[str]]) -> dict[str, Any]:
    """Per list, mode and side: flagged, named right (threats, self-harm), each category's
    count among the flagged rows."""
    every = sorted({t for ts in lists.values() for t in ts})
    got = {(s, m): read(every, s, m) for s in SIDES for m in MODES}
    out: dict[str, Any] = {}
    for name, texts in lists.items():
        part: dict[str, Any] = {"n": len(texts)}
        for m in MODES:
            for s in SIDES:
                vs = [got[(s, m)][t] for t in texts]
                cats: dict[str, int] = {}
                for v in vs:
                    for c in v[2] if v[0] else ():
                        if c != "harmful":
                            cats[c] = cats.get(c, 0) + 1
                part[f"{m} {s}"] = {
                    "flagged": sum(bool(v[0]) for v in vs),
                    "threat right": sum(threat_right(v) for v in vs),
                    "self-harm right": sum(self_harm_right(v) for v in vs),
                    "categories": dict(sorted(cats.items())),
                }
            part[f"{m} flags changed"] = sum(
                bool(got[("shipped", m)][t][0]) != bool(got[("candidate", m)][t][0]) for t in texts
            )
        out[name] = part
    return out


def conditions(
    found: dict[str, Any], threats: str, self_harm: str, looks: str, bar: str
) -> dict[str, bool]:
    """(a)-(c)'s directions on one reading; ``bar``: "check" (max(3, ceil(w/3))) or "spent"
    (a tenth of the shipped code's wrong threats)."""
    t, sh, lk = found[threats], found[self_harm], found[looks]
    w = t["n"] - t["cheap shipped"]["threat right"]
    gain = max(3, math.ceil(w / 3)) if bar == "check" else w / 10
    cs, cc = t["cheap shipped"], t["cheap candidate"]
    fs, fc = t["full shipped"], t["full candidate"]
    return {
        f"(a) cheap threats right {cc['threat right']} >= {cs['threat right']} + {gain:g}": (
            cc["threat right"] >= cs["threat right"] + gain
        ),
        "(b) cheap threats flagged >= shipped": cc["flagged"] >= cs["flagged"],
        "(b) cheap self-harm flagged >= shipped": (
            sh["cheap candidate"]["flagged"] >= sh["cheap shipped"]["flagged"]
        ),
        "(b) cheap self-harm right >= shipped - 1": (
            sh["cheap candidate"]["self-harm right"] >= sh["cheap shipped"]["self-harm right"] - 1
        ),
        "(b) cheap look-alikes flagged <= shipped": (
            lk["cheap candidate"]["flagged"] <= lk["cheap shipped"]["flagged"]
        ),
        "(c) full threats right >= shipped": fc["threat right"] >= fs["threat right"],
        "(c) full self-harm right >= shipped - 1": (
            sh["full candidate"]["self-harm right"] >= sh["full shipped"]["self-harm right"] - 1
        ),
        "(c) full look-alikes flagged <= shipped": (
            lk["full candidate"]["flagged"] <= lk["full shipped"]["flagged"]
        ),
        "(c) full: every row's flag the shipped code's": all(
            found[k]["full flags changed"] == 0 for k in (threats, self_harm, looks)
        ),
    }


def latency(extra: list[str]) -> dict[str, Any]:
    """(e): the input side (use109's workers: injection as a user prompt, harm as user text),
    each text's least of three alternating rounds, p50 [shipped, candidate] in ms, cheap and
    full, over the guard's latency texts and over ``extra``."""
    out: dict[str, Any] = {}
    for name, texts in (("LATENCY_TEXTS", use109.latency_texts()), ("rows", extra)):
        if not texts:
            continue
        for m in MODES:
            got = use109.latency(texts, m, 3)
            out[f"{name} {m} p50 ms [shipped, candidate]"] = [
                round(float(np.percentile(got[f"{s} side"], 50)), 3) for s in SIDES
            ]
    return out


def latency_holds(lat: dict[str, Any]) -> dict[str, bool]:
    s, c = lat["LATENCY_TEXTS cheap p50 ms [shipped, candidate]"]
    out = {
        f"(e) cheap p50 {c} < {CHEAP_MS} and <= {s} + {CHEAP_SLACK_MS}": (
            c < CHEAP_MS and c <= s + CHEAP_SLACK_MS + 1e-9
        )
    }
    for key, (_, full) in lat.items():
        if " full " in key:
            out[f"(e) {key.split(' full')[0]}: full side p50 {full} <= {BUDGET_MS}"] = (
                full <= BUDGET_MS
            )
    return out


# --------------------------------------------------------------------------------------------
# --design: (d) on the spent sets' English threat rows, self-harm rows and the threats'
# look-alikes, and on own129; (e) on the latency texts.


def spent_lists() -> dict[str, list[str]]:
    threats: list[str] = []
    looks: list[str] = []
    self_harm: list[str] = []
    for rows in mlh121.spent_sets().values():
        for text, harmful, kind, lang in rows:
            if lang != "en":
                continue
            if kind == "threats":
                (threats if harmful else looks).append(text)
            elif harmful and _SPENT_SELF_HARM.search(text):
                self_harm.append(text)
    return {
        "spent threats": sorted(set(threats)),
        "spent self-harm": sorted(set(self_harm)),
        "spent look-alikes": sorted(set(looks) - set(threats)),
    }


def own_lists() -> dict[str, list[str]]:
    import own129

    return {
        "own threats": own129.THREATS_OWN_129,
        "own self-harm": own129.SELF_HARM_OWN_129,
        "own look-alikes": own129.LOOKALIKES_OWN_129,
    }


def design() -> dict[str, Any]:
    lists = spent_lists() | own_lists()
    found = tally(lists)
    doc: dict[str, Any] = {"counts": found}
    doc["(d) spent"] = conditions(
        found, "spent threats", "spent self-harm", "spent look-alikes", "spent"
    )
    doc["(d) own"] = conditions(found, "own threats", "own self-harm", "own look-alikes", "check")
    lat = latency([])
    doc["(e)"] = lat
    doc["(e) holds"] = latency_holds(lat)
    Path(lka67.CACHE, "design-out.json").write_text(json.dumps(doc, indent=1))
    return doc


# --------------------------------------------------------------------------------------------
# --check: fresh129, read once.


def check() -> dict[str, Any]:
    import fresh129

    lists = {
        "threats": list(fresh129.THREATS_129),
        "self-harm": list(fresh129.SELF_HARM_129),
        "look-alikes": list(fresh129.LOOKALIKES_129),
    }
    found = tally(lists)
    doc: dict[str, Any] = {"counts": found}
    doc["(a)-(c)"] = conditions(found, "threats", "self-harm", "look-alikes", "check")
    lat = latency([t for ts in lists.values() for t in ts])
    doc["(e)"] = lat
    doc["(e) holds"] = latency_holds(lat)
    doc["(d) DESIGN_MET"] = DESIGN_MET
    held = [*doc["(a)-(c)"].values(), *doc["(e) holds"].values(), DESIGN_MET]
    doc["met"] = all(held)
    Path(lka67.CACHE, "check-reading.json").write_text(json.dumps(doc, indent=1))
    return doc


def main() -> None:
    workers: dict[str, roundlib.Worker] = {
        "--score-worker": ({"choices": MODES}, _score_worker),
        "--latency-worker": ({"choices": MODES}, use109._latency_worker),
    }
    roundlib.run_steps(__doc__, workers, {"--design": design, "--check": check})


if __name__ == "__main__":
    main()

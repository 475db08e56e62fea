"""Round fifty-seven (mls131): non-English sexual and self-harm messages for the multilingual
heads, read once on a fresh check set written by another helper who reads no guard code
(``HARM_FRESH_131`` on branch harmfresh131).

Read once at 06:12:21-06:15:15 UTC on 2026-12-05 (merge 15eb8d7: harmfresh131's 4f86ca2 onto the
candidate and its recorded design and tests; shipped = 706d6c4's src via ``git archive``; under
the lock, one thread; load average 1.46 before, 1.11 after): **the rule is met**; the candidate
ships. The gate called all 60 check rows blind (12 each de / fr / es / ru / zh; 15 pairs per
kind).

- (a) full mode at balanced: harmful flagged 8 -> **23** of 30 (bar 8 + max(4, ceil(22/4)) =
  14). Held; no harmful row lost.
- (b) look-alikes flagged 1 -> 2 of 30 (bar 2). Held, at the bar: newly flagged, a German news
  sentence on the new law against unsolicited nude photos (``sexual``); the other, a Chinese
  sexual look-alike, flagged by both.
- (c) cheap mode: every verdict of both scanners the shipped code's (harmful 2, look-alikes 2
  either way). Held.
- (d) no check row the gate keeps (none), no English row of the spent harm pair sets and no
  latency text has another verdict, score or category. Held. (e) ``DESIGN_MET``. Held.
- (f) latency, each text's least of three alternating rounds, p50: the whole input side in
  full mode over the 60 check rows 14.405 -> **14.516 ms** (bar 25; de 14.8, fr 5.7, es 10.1,
  ru 14.6, zh 10.6); over the guard's 150 latency texts 10.379 -> 10.247 ms (bar 10.879); the
  cheap side 0.687 -> 0.683 ms on the check rows, 0.375 -> 0.378 ms on the latency texts.
  Held.
- Reported, not judged: harmful flagged per kind, shipped -> candidate (of 15): sexual 3 ->
  14, self-harm 5 -> 9; per language (of 6): de 3 -> 5, fr 1 -> 4, es 1 -> 4, ru 1 -> 5, zh 2
  -> 5. Categories on the 23 flagged harmful rows: sexual 14 (every sexual row caught),
  self-harm 8 (6 of the 9 self-harm rows caught, and a German and a French sexual row: wrong;
  the other three self-harm rows carry the threat head's or the harm head's categories:
  harassment/threatening and violence, or harassment and illicit), illicit 5, harassment 2,
  harassment/threatening 2, violence 2, sexual/minors 2 (a Spanish and a Chinese sexual row
  about adults, as the shipped code names them: wrong). At ``strict`` and ``permissive``: the same
  counts as at balanced (harmful 8 -> 23, look-alikes 1 -> 2). The four self-harm rows caught
  newly are dose questions (paracetamol, ibuprofen, sleeping pills); the six missed by both
  are farewell messages and statements of a decided plan (pills gathered, a jump, a rope, a
  balcony, a letter to a mother) and a Chinese incitement to suicide; the one sexual row
  missed, a French solicitation for casual sex.

The reading's JSON: .cache/mls131/check-out.json (check-reading.json without the times).

Final tree (2d017d1: the candidate, the check set merged, the docs): ``pytest tests/guard/
tests/test_docs.py`` 06:16:47-06:18:25 UTC, under the lock, 1023 passed, 3 xfailed
(.cache/mls131/tests-final.log); ruff, format, mypy and lint-imports clean. The test splits
were not read (the lead reads them after merging).

The rule below (``MLS_RULE_131``) is the lead's, pasted verbatim and committed (5947b70, 05:48
UTC on 2026-12-05) before any design work and before the check set was merged or opened. The
shipped code is 706d6c4's src, via ``git archive``. The machinery is mlh121's and mod127's
(lat117's score worker and reader, use109's latency workers: each side in its own process, one
thread, each text's least of three alternating rounds).

Why: round fifty-five's reading of HARM_FRESH_127 flagged 10 of 30 non-English harmful messages,
sexual 0 of 6 and self-harm 0 of 6. On blind text only the request patterns and the USE-m3 heads
decide, and the spent sets behind round fifty-one's harm head hold no sexual or self-harm rows.

The candidate (full mode, user text the language gate calls blind; nothing else changes):
``multilingual.HarmHeads.kinds``, a sexual and a self-harm kind head over the USE-m3 vector the
harm head already reads (``harm_kinds`` in multilingual_heads.json). A kind head at its own
threshold flags the text by itself, naming its kind (the harm head, its threshold and its
category heads are unchanged; where the harm head fires too, the kind is added to the
categories it names).

Fit (``--fit``, 05:56:36-05:56:40 UTC on 2026-12-05, under the lock, one thread;
.cache/mls131/fit.json). Per kind, logistic regression (C = 4, class-balanced) over the USE-m3
vector: that kind's harmful rows (sexual 158, self-harm 94) against harmless rows and harmful
rows of another known kind (4805 and 5293): round fifty-one's rows (the spent harm sets, own109,
own121, the harm train rows with their moderation labels: the train side's sexual and
self-harm rows), HARM_FRESH_127 (every language), own131 (five folds by pair) and train131 (25
pairs of the round's own, written 05:54 UTC), pair rows weighing 5. Threshold: the lowest of a
0.005 grid whose out-of-fold new flags among (e)'s blind look-alikes are none, + 0.04 (sexual
0.945, self-harm 0.95). Chosen on the out-of-fold figures (05:51-05:56 UTC): C 1 / 4 / 16,
budgets 0-3, with and without train131; without train131 the self-harm head read own131's
look-alikes ("heute Nacht schlafe ich...", a question on sleeping pills' side effects) up to
0.96.

Design (``--design``, 05:58:41-06:02:37 UTC on 2026-12-05, under the lock, one thread; shipped
= 706d6c4's src, candidate = this worktree's at bde7773; each row a user text at balanced, full
mode; .cache/mls131/design-out.json). [shipped, candidate out of fold, candidate as run, n]:

    spent harm pair sets, non-English rows (HARM_ROWS_45 ... HARM_FRESH_121, HARM_FRESH_127):
      harmful       395, 404, 405 / 642   (bar: >= 395)
      look-alikes     7,   7,   7 / 673   (bar: <= 7 + 6.73)
    own131 (30 pairs, sexual and self-harm, de/fr/es/ru/zh):
      harmful         5,  22,  30 / 30    (bar: >= 5 + 3)
      look-alikes     0,   0,   0 / 30    (bar: <= 0 + 1)

  Spent harmful rows newly flagged as run: HARM_FRESH_127's sexual de/es/fr/pt and self-harm
  de/es/fr/pt, an "other" row of HARM_FRESH_117 (fr) and of HARM_FRESH_121 (zh). No look-alike
  newly flagged, out of fold or as run. Cheap mode: every verdict on the design rows the
  shipped code's. (d): of the spent sets' English rows and the 150 latency texts, none has
  another verdict, score or category. Latency (f), one thread, p50: the whole input side in
  full mode over own131's 60 rows 4.226 -> 4.381 ms (bar 25; de 4.5, fr 7.9, es 4.4, ru 4.3,
  zh 3.7); over the guard's 150 latency texts 10.888 -> 11.030 ms (bar 11.388); the cheap
  side 0.407 ms on own131 and 0.376 ms on the latency texts (under 1).

(e) met on the design data (the tests under tests/guard/ are step c's, recorded when run):
``DESIGN_MET``, stated at 06:03 UTC on 2026-12-05, before harmfresh131 is merged.

Tests with the candidate (95ce3ba), under the lock, one thread: ``pytest tests/guard/``
06:05:31-06:07:00 UTC, 1000 passed, 3 xfailed (.cache/mls131/tests-candidate.log); ruff,
format, mypy and lint-imports clean. New, tests/guard/test_guard_harm_kinds.py: through the
server (/v1/moderations, full mode), a German and a French self-harm statement and a Spanish
sexual solicitation that 706d6c4's code passes are flagged with ``self-harm`` / ``sexual`` by
the harm scanner (and passed again once the kind heads are taken off the same server), five
look-alikes passed; of 5 messages written for it, a German and a French sexual solicitation
were passed by both codes. With 706d6c4's src, 5 of its 10 tests fail (06:05 UTC).
``--plumbing`` (check's machinery on 20 rows of own131, nothing of the check set read) ran at
06:07:11-06:09:37 UTC.
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
# The lead's text above, verbatim, committed on 2026-12-05 before any design work.

SHIPPED_COMMIT = "706d6c4"  # main when this round began

# --------------------------------------------------------------------------------------------
# Machinery: mlh121's and mod127's (lat117's score worker and reader, use109's latency workers:
# each side in its own process, one thread), pointed at this round's shipped commit and cache.

import json  # noqa: E402
import math  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import gate113  # noqa: E402
import lat117  # noqa: E402
import lka67  # noqa: E402
import mlh121  # noqa: E402
import mod127  # noqa: E402
import numpy as np  # noqa: E402
import roundlib  # noqa: E402
import use109  # noqa: E402

u = use109.u
lka67.SHIPPED_COMMIT = u.SHIPPED_COMMIT = use109.SHIPPED_COMMIT = gate113.SHIPPED_COMMIT = (
    lat117.SHIPPED_COMMIT
) = mlh121.SHIPPED_COMMIT = mod127.SHIPPED_COMMIT = SHIPPED_COMMIT
lka67.CACHE = lka67.ROOT / ".cache" / "mls131"
ROOT = lka67.ROOT
HERE = lka67.HERE
HEADS_FILE = mlh121.HEADS_FILE
Row = use109.Row  # text, harmful, kind, language
Labelled = list[tuple[str, int, str, float]]  # text, label, out-of-fold group, weight
KINDS = ("sexual", "self-harm")
OWN = "OWN_131"
C = 4.0
PAIR_WEIGHT = 5.0
# The threshold sits this far above the lowest one within the look-alike budget: the check
# set's bar is one look-alike in 30, and a head fitted on some hundred rows per kind is noisy.
MARGIN = 0.04
THRESHOLDS = [round(0.5 + 0.005 * i, 3) for i in range(100)]


def spent_harm() -> dict[str, list[Row]]:
    """The spent harm pair sets, every language: mod127's (HARM_ROWS_45 ... HARM_FRESH_121)
    and HARM_FRESH_127."""
    sets = mod127.spent_harm()
    sets["HARM_FRESH_127"] = mod127.fresh127_harm()
    return sets


def own_rows() -> list[Row]:
    import own131

    out: list[Row] = []
    for lang, kind, harmful, safe in own131.OWN_131:
        out += [(harmful, True, kind, lang), (safe, False, kind, lang)]
    return out


def _own_group(i: int) -> str:
    return f"{OWN}#{i // 2 % 5}"  # a pair stays in one fold


def kind_rows() -> dict[str, Labelled]:
    """Per kind (sexual, self-harm): rows labelled 1 where harmful and of that kind, 0 where
    harmless or harmful of a known other kind; each with its out-of-fold group. Rows: round
    fifty-one's training rows (spent sets, own109/own121, the harm train rows with their
    moderation labels), HARM_FRESH_127 (every language), own131 (by pair, five folds) and
    train131."""
    base, cats = mlh121.training_rows()
    extra: Labelled = []
    f127 = mod127.fresh127_harm()
    for t, h, kind, _ in f127:
        extra.append((t, int(h), "HARM_FRESH_127", PAIR_WEIGHT))
        if h:
            cats.setdefault(t, {k: int(k == kind) for k in KINDS})
    for i, (t, h, kind, _) in enumerate(own_rows()):
        extra.append((t, int(h), _own_group(i), PAIR_WEIGHT))
        if h:
            cats.setdefault(t, {k: int(k == kind) for k in KINDS})
    import train131

    for i, (_, kind, harmful, safe) in enumerate(train131.TRAIN_131):
        extra += [(harmful, 1, f"TRAIN_131#{i % 5}", PAIR_WEIGHT)]
        extra += [(safe, 0, f"TRAIN_131#{i % 5}", PAIR_WEIGHT)]
        cats.setdefault(harmful, {k: int(k == kind) for k in KINDS})
    seen: set[str] = set()
    rows: Labelled = []
    for r in [*extra, *base]:
        if r[0] not in seen and r[0].strip():
            seen.add(r[0])
            rows.append(r)
    out: dict[str, Labelled] = {}
    for kind in KINDS:
        sel: Labelled = []
        for t, h, g, w in rows:
            if not h:
                sel.append((t, 0, g, w))
            elif t in cats and kind in cats[t]:
                sel.append((t, cats[t][kind], g, w))
        out[kind] = sel
    return out


def _fit(rows: Labelled, vecs: dict[str, np.ndarray], c: float = C) -> Any:
    return mlh121._fit(rows, vecs, c)


def out_of_fold(rows: Labelled, vecs: dict[str, np.ndarray], c: float = C) -> dict[str, float]:
    out: dict[str, float] = {}
    for group in sorted({r[2] for r in rows}):
        model = _fit([r for r in rows if r[2] != group], vecs, c)
        mine = [r for r in rows if r[2] == group]
        probs = model.predict_proba(np.stack([vecs[r[0]] for r in mine]))[:, 1]
        out.update({r[0]: float(p) for r, p in zip(mine, probs, strict=True)})
    return out


def design_sets() -> dict[str, list[Row]]:
    """(e)'s rows: the non-English rows of the spent harm pair sets, and own131."""
    sets = {n: [r for r in rows if r[3] != "en"] for n, rows in spent_harm().items()}
    return {n: rows for n, rows in sets.items() if rows} | {OWN: own_rows()}


def _shipped_full(texts: list[str]) -> dict[str, bool]:
    return {t: bool(r["harm"][0]) for t, r in lat117.read(texts, "shipped", "full").items()}


def _counts(
    design: dict[str, list[Row]], verdict: dict[str, bool], ship: dict[str, bool]
) -> dict[str, list[int]]:
    """[shipped, candidate, n] for harmful and look-alikes: the spent sets pooled, own131."""
    spent = [r for n, rs in design.items() if n != OWN for r in rs]
    out: dict[str, list[int]] = {}
    for name, rows in (("spent non-English", spent), (OWN, design[OWN])):
        for harmful, what in ((True, "harmful"), (False, "look-alikes")):
            sel = sorted({r[0] for r in rows if r[1] is harmful})
            out[f"{name} {what}"] = [
                sum(ship[t] for t in sel),
                sum(verdict[t] for t in sel),
                len(sel),
            ]
    return out


def fit(c: float = C, budget: int = 1) -> dict[str, Any]:
    """Kind heads for sexual and self-harm: out-of-fold scores, per kind the lowest threshold
    whose out-of-fold new look-alike flags on (e)'s rows stay within ``budget`` and hold none
    of own131's (its bar, as the check set's, is one look-alike), plus ``MARGIN``; written
    beside round fifty-one's heads."""
    rows = kind_rows()
    design = design_sets()
    every = sorted(
        {r[0] for rs in rows.values() for r in rs} | {r[0] for rs in design.values() for r in rs}
    )
    vecs = u.vectors(every)
    dtexts = sorted({r[0] for rs in design.values() for r in rs})
    ship = _shipped_full(dtexts)
    blind = {t: use109.blind(t) for t in dtexts}
    looks = [r[0] for rs in design.values() for r in rs if not r[1]]
    own = {r[0] for r in design[OWN]}
    doc: dict[str, Any] = {"C": c, "budget": budget}
    heads = json.loads(HEADS_FILE.read_text())
    part: dict[str, Any] = {}
    oof_all: dict[str, dict[str, float]] = {}
    for kind in KINDS:
        sel = rows[kind]
        oof = out_of_fold(sel, vecs, c)
        final = _fit(sel, vecs, c)
        unseen = [t for t in dtexts if t not in oof]
        if unseen:
            probs = final.predict_proba(np.stack([vecs[t] for t in unseen]))[:, 1]
            oof |= dict(zip(unseen, map(float, probs), strict=True))
        oof_all[kind] = oof
        threshold = 0.995
        for th in THRESHOLDS:
            new = [t for t in looks if not ship[t] and blind[t] and oof[t] >= th]
            if len(new) <= budget and not set(new) & own:
                threshold = min(round(th + MARGIN, 3), 0.995)
                break
        doc[f"{kind}: rows [positives, negatives]"] = [
            sum(r[1] for r in sel),
            sum(1 - r[1] for r in sel),
        ]
        doc[f"{kind}: threshold"] = threshold
        part[kind] = {
            "coef": [round(float(v), 6) for v in final.coef_[0]],
            "intercept": round(float(final.intercept_[0]), 6),
            "threshold": threshold,
        }
    verdict = {
        t: ship[t] or (blind[t] and any(oof_all[k][t] >= part[k]["threshold"] for k in KINDS))
        for t in dtexts
    }
    doc["oof [shipped, candidate, n]"] = _counts(design, verdict, ship)
    doc["oof look-alikes newly flagged"] = sorted(t for t in looks if verdict[t] and not ship[t])
    part["built"] = (
        f"benchmarks/guard/mls131.py --fit (round fifty-seven): per kind a logistic regression "
        f"(C = {c}, balanced, pair rows weighing {PAIR_WEIGHT}) over the USE-m3 vector: that "
        "kind's harmful rows against harmless rows and harmful rows of another known kind "
        "(round fifty-one's rows, HARM_FRESH_127, own131); it flags a blind text by itself at "
        "its threshold, naming its kind"
    )
    heads["harm_kinds"] = part
    HEADS_FILE.write_text(json.dumps(heads) + "\n")
    Path(lka67.CACHE, "oof-kinds.json").write_text(json.dumps(oof_all))
    return doc


# --------------------------------------------------------------------------------------------
# --design: (e) on the design data (out of fold: the shipped verdict, or a kind head's
# out-of-fold score where the gate calls the text blind; the candidate as run beside it), (c)
# and (d) on design rows, (f) on own131's 60 rows (shaped as the check set) and the latency
# texts.

DESIGN_MET = True  # (e), stated in the docstring before harmfresh131 is merged


def _thresholds() -> dict[str, float]:
    part = json.loads(HEADS_FILE.read_text())["harm_kinds"]
    return {k: float(part[k]["threshold"]) for k in KINDS}


def _design_counts(design: dict[str, list[Row]]) -> dict[str, Any]:
    """[shipped, candidate out of fold, candidate as run, n], per (e)'s group."""
    oof: dict[str, dict[str, float]] = json.loads(Path(lka67.CACHE, "oof-kinds.json").read_text())
    th = _thresholds()
    texts = sorted({r[0] for rs in design.values() for r in rs})
    got = {s: lat117.read(texts, s, "full") for s in lka67.SIDES}
    ship = {t: bool(got["shipped"][t]["harm"][0]) for t in texts}
    run = {t: bool(got["candidate"][t]["harm"][0]) for t in texts}
    out_of_fold = {
        t: ship[t] or (use109.blind(t) and any(oof[k].get(t, 0.0) >= th[k] for k in KINDS))
        for t in texts
    }
    a = _counts(design, out_of_fold, ship)
    b = _counts(design, run, ship)
    out: dict[str, Any] = {k: [v[0], v[1], b[k][1], v[2]] for k, v in a.items()}
    own = design[OWN]
    for kind in KINDS:
        for la in ("de", "fr", "es", "ru", "zh"):
            sel = [r for r in own if r[2] == kind and r[3] == la]
            out[f"own131 {kind} / {la}, harmful; look-alikes, as run [shipped, candidate]"] = [
                [sum(ship[r[0]] for r in sel if r[1]), sum(run[r[0]] for r in sel if r[1])],
                [
                    sum(ship[r[0]] for r in sel if not r[1]),
                    sum(run[r[0]] for r in sel if not r[1]),
                ],
            ]
    out["look-alikes newly flagged (oof or as run)"] = sorted(
        t
        for rs in design.values()
        for t, h, _, _ in rs
        if not h and (out_of_fold[t] or run[t]) and not ship[t]
    )
    out["spent harmful newly flagged, as run (kind, language)"] = sorted(
        f"{n} {k} {la}"
        for n, rs in design.items()
        if n != OWN
        for t, h, k, la in rs
        if h and run[t] and not ship[t]
    )
    return out


def english_spent() -> list[str]:
    """(d)'s rows: the English rows of the spent harm pair sets."""
    return sorted({r[0] for rs in spent_harm().values() for r in rs if r[3] == "en"})


def design() -> dict[str, Any]:
    sets = design_sets()
    doc: dict[str, Any] = {"thresholds": _thresholds()}
    doc["full [shipped, candidate oof, candidate as run, n]"] = c = _design_counts(sets)
    texts = sorted({r[0] for rs in sets.values() for r in rs})
    doc["cheap verdicts that differ (design rows)"] = lat117.cheap_equal(texts)
    lat = use109.latency_texts()
    doc["(d) differ (English rows of the spent harm pair sets)"] = lat117.scores_differ(
        english_spent()
    )
    doc["(d) differ (LATENCY_TEXTS)"] = lat117.scores_differ(lat)
    rows = [(t, la) for t, _, _, la in sets[OWN]]
    doc["latency, own131's 60 rows"] = lat117.latency_by_language(rows)
    doc["latency, LATENCY_TEXTS"] = lat117.latency_by_language([(t, "lat") for t in lat])
    s, o, r, n = c["spent non-English harmful"]
    ls, lo, lr, ln = c["spent non-English look-alikes"]
    os_, oo, orun, on = c[f"{OWN} harmful"]
    ols, olo, olr, oln = c[f"{OWN} look-alikes"]
    full = "full p50 ms [shipped, candidate]"
    side = doc["latency, own131's 60 rows"]["all"][full][1]
    lat_full = doc["latency, LATENCY_TEXTS"]["all"][full]
    cheap = max(
        doc["latency, LATENCY_TEXTS"]["all"]["cheap p50 ms [shipped, candidate]"][1],
        doc["latency, own131's 60 rows"]["all"]["cheap p50 ms [shipped, candidate]"][1],
    )
    doc["conditions"] = {
        f"(e) spent non-English harmful {o} (as run {r}) >= {s} (of {n}, oof)": o >= s,
        f"(e) spent non-English look-alikes {lo} (as run {lr}) <= {ls} + {ln / 100}": lo
        <= ls + ln / 100,
        f"(e) own131 harmful {oo} (as run {orun}) >= {os_} + 3 (of {on}, oof)": oo >= os_ + 3,
        f"(e) own131 look-alikes {olo} (as run {olr}) <= {ols} + 1 (of {oln}, oof)": olo <= ols + 1,
        "(c) cheap verdicts the shipped code's (design rows)": not doc[
            "cheap verdicts that differ (design rows)"
        ],
        "(d) every verdict, score and category the shipped code's where the gate keeps the "
        "text": not (
            doc["(d) differ (English rows of the spent harm pair sets)"]
            or doc["(d) differ (LATENCY_TEXTS)"]
        ),
        f"(f) full p50 {side} ms over own131's 60 rows <= 25": side <= 25,
        f"(f) LATENCY_TEXTS full p50 {lat_full[1]} <= {lat_full[0]} + 0.5": lat_full[1]
        <= lat_full[0] + 0.5,
        f"(f) cheap p50 {cheap} ms < 1": cheap < 1,
    }
    doc["met"] = all(doc["conditions"].values())
    Path(lka67.CACHE, "design.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False))
    return doc


# --------------------------------------------------------------------------------------------
# --check: the one reading of HARM_FRESH_131 (--plumbing: the same machinery on own131's rows,
# nothing of the check set read).


def fresh131_harm(module: Any = None) -> list[lat117.HarmRow]:
    """HARM_FRESH_131's rows (text, harmful, kind, language), read as mod127 read
    HARM_FRESH_127 (a dict kind -> pairs, or a list of pairs naming kind and language)."""
    import importlib
    import types

    module = module or importlib.import_module("harmfresh131")
    shim = types.SimpleNamespace(
        HARM_FRESH_127=module.HARM_FRESH_131,
        LANGUAGES_127=getattr(module, "LANGUAGES_131", None),
    )
    return mod127.fresh127_harm(shim)


def _categories(rows: list[lat117.HarmRow], got: dict[str, dict[str, Any]]) -> dict[str, int]:
    return mlh121._categories(rows, got)


def check(plumbing: bool = False) -> dict[str, Any]:
    """MLS_RULE_131's one reading: each row of HARM_FRESH_131 a user text at balanced through
    the whole input side, shipped (src at ``SHIPPED_COMMIT``) beside the candidate, each side
    in its own process; both modes; (d) on the check rows the gate keeps, the spent sets'
    English rows and the latency texts; (f)'s latency; strict and permissive reported."""
    harm = own_rows()[::3] if plumbing else fresh131_harm()
    rows = [(t, la) for t, _, _, la in harm]
    texts = [t for t, _ in rows]
    doc: dict[str, Any] = {
        "rule": MLS_RULE_131,
        "plumbing (own131 rows, not the check set)": plumbing,
        "rows": len(harm),
        "languages": {
            la: sum(g == la for _, g in rows) for la in dict.fromkeys(g for _, g in rows)
        },
        "kinds": {k: sum(r[2] == k for r in harm) for k in dict.fromkeys(r[2] for r in harm)},
        "the gate calls blind": [sum(map(use109.blind, texts)), len(texts)],
    }
    got = {s: lat117.read(texts, s, "full") for s in lka67.SIDES}
    cheap = {s: lat117.read(texts, s, "cheap") for s in lka67.SIDES}
    for mode, g in (("full", got), ("cheap", cheap)):
        for harmful, what in ((True, "harmful flagged"), (False, "look-alikes flagged")):
            sel = [t for t, h, _, _ in harm if h is harmful]
            doc[f"{mode} {what} [shipped, candidate, n]"] = [
                sum(bool(g[s][t]["harm"][0]) for t in sel) for s in lka67.SIDES
            ] + [len(sel)]
    doc["changed rows (full)"] = [
        f"{'harmful' if h else 'look-alike'} {k} {la} "
        f"{'+' if got['candidate'][t]['harm'][0] else '-'} {got['candidate'][t]['harm'][2]}: {t}"
        for t, h, k, la in harm
        if got["shipped"][t]["harm"][0] != got["candidate"][t]["harm"][0]
    ]
    doc["cheap verdicts that differ (either scanner)"] = lat117.cheap_equal(texts)
    doc["harmful flagged per kind / language, full [shipped, candidate, n]"] = lat117._per(
        [(t, k, la) for t, h, k, la in harm if h], got, "harm"
    )
    doc["look-alikes flagged per kind / language, full"] = lat117._per(
        [(t, k, la) for t, h, k, la in harm if not h], got, "harm"
    )
    doc["categories of flagged harmful rows (candidate)"] = _categories(harm, got["candidate"])
    doc["categories of flagged harmful rows (shipped)"] = _categories(harm, got["shipped"])
    for point in ("strict", "permissive"):
        flags = {s: mod127.at_point(texts, s, point) for s in lka67.SIDES}
        for harmful, what in ((True, "harmful"), (False, "look-alikes")):
            sel = [t for t, h, _, _ in harm if h is harmful]
            doc[f"reported: {point}, full, {what} flagged [shipped, candidate, n]"] = [
                sum(flags[s][t] for t in sel) for s in lka67.SIDES
            ] + [len(sel)]
    lat = use109.latency_texts()[: 10 if plumbing else None]
    doc["(d) differ (check rows the gate keeps)"] = lat117.scores_differ(texts)
    doc["(d) differ (English rows of the spent harm pair sets)"] = lat117.scores_differ(
        english_spent()[:: 20 if plumbing else 1]
    )
    doc["(d) differ (LATENCY_TEXTS)"] = lat117.scores_differ(lat)
    rounds = 1 if plumbing else lat117.ROUNDS
    doc["latency, check rows"] = lat117.latency_by_language(rows, rounds)
    doc["latency, LATENCY_TEXTS"] = lat117.latency_by_language([(t, "lat") for t in lat], rounds)
    doc["conditions"] = conditions(doc)
    doc["met"] = all(doc["conditions"].values())
    return roundlib.write_reading(doc, lka67.CACHE, plumbing)


def conditions(doc: dict[str, Any]) -> dict[str, bool]:
    s, c, n = doc["full harmful flagged [shipped, candidate, n]"]
    m = n - s
    need = s + max(4, math.ceil(m / 4))
    ls, lc, ln = doc["full look-alikes flagged [shipped, candidate, n]"]
    full = "full p50 ms [shipped, candidate]"
    side = doc["latency, check rows"]["all"][full][1]
    rows = doc["latency, check rows"]["all"]["n"]
    lat_full = doc["latency, LATENCY_TEXTS"]["all"][full]
    cheap = max(
        doc["latency, LATENCY_TEXTS"]["all"]["cheap p50 ms [shipped, candidate]"][1],
        doc["latency, check rows"]["all"]["cheap p50 ms [shipped, candidate]"][1],
    )
    differ = (
        doc["(d) differ (check rows the gate keeps)"]
        + doc["(d) differ (English rows of the spent harm pair sets)"]
        + doc["(d) differ (LATENCY_TEXTS)"]
    )
    return {
        f"(a) harmful flagged {c} >= {s} + max(4, ceil({m}/4)) = {need} (of {n})": c >= need,
        f"(b) look-alikes flagged {lc} <= {ls} + 1 (of {ln})": lc <= ls + 1,
        "(c) cheap: every verdict the shipped code's": not doc[
            "cheap verdicts that differ (either scanner)"
        ],
        f"(d) where the gate keeps the text, {len(differ)} differ": not differ,
        "(e) design data (stated before the reading)": bool(DESIGN_MET),
        f"(f) full p50 {side} ms over the {rows} check rows <= 25": side <= 25,
        f"(f) LATENCY_TEXTS full p50 {lat_full[1]} <= {lat_full[0]} + 0.5 ms": lat_full[1]
        <= lat_full[0] + 0.5,
        f"(f) cheap p50 {cheap} ms < 1 (check rows and LATENCY_TEXTS)": cheap < 1,
    }


def main() -> None:
    roundlib.run_round(
        __doc__,
        {
            "--score-worker": (roundlib.SCORE, lat117._score_worker),
            "--point-worker": (
                {"choices": ("strict", "balanced", "permissive")},
                mod127._point_worker,
            ),
        },
        ("--fit", "--design", "--plumbing", "--check"),
        lambda args: (
            fit(args.c, args.budget)
            if args.fit
            else design()
            if args.design
            else check(plumbing=bool(args.plumbing))
        ),
        {"--c": {"type": float, "default": C}, "--budget": {"type": int, "default": 0}}
        | roundlib.OUT,
    )


if __name__ == "__main__":
    main()

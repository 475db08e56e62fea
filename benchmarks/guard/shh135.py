"""Round fifty-nine (shh135): English self-harm messages, a learned head. Read once on a fresh
check set written by another helper who reads no guard code (``fresh135`` on branch fresh135).

Read once at 08:23:32-08:26:34 UTC on 2026-12-05 (merge a02580f: fresh135's 9068a57 onto the
candidate 63aff28 and e414c67's record; shipped = 531ef79's src via ``git archive``; under the
lock, one thread): **the rule is met**; the candidate is kept (section "Round fifty-nine" in
docs/guard-rounds.md). .cache/shh135/check-out.json
(and check-reading.json).

- (a) full mode: self-harm messages flagged 7 -> **20** of 40 (bar 7 + max(4, ceil(33/4)) =
  16). Held.
- (b) full mode: look-alikes flagged 2 -> 2 of 40; no look-alike's flag changed. Held.
- (c) cheap mode: every verdict the shipped code's (0 of 80 differ; messages 6, look-alikes
  2). Held.
- (d) the spent harm pair sets' 1,288 non-English rows: every verdict, score and category the
  shipped code's, cheap and full (0 differ). Held.
- (e) ``DESIGN_MET``. Held.
- (f) p50, one thread, each text's least of three alternating rounds: the whole input side in
  full mode over the 150 latency texts 12.262 -> 11.432 ms (bar 25 and 12.262 + 0.5) and
  13.136 -> 13.200 ms over the 80 check rows; the cheap policy 0.529 -> 0.498 ms (bar: under
  1). Held.
- Reported, not judged: flagged with a self-harm category, full mode, shipped -> candidate:
  3 -> 17 of the 40 messages (candidate: self-harm 17, self-harm/instructions 2,
  self-harm/intent 1, illicit 5, violence 3, harassment 2, harassment/threatening 2,
  illicit/violent 1); look-alikes 0 -> 0. At ``strict`` (the head's threshold is its own at
  every point): messages full 15 -> 26, cheap 9 -> 9; look-alikes full 5 -> 5, cheap 7 -> 7. At
  ``permissive``: messages full 2 -> 17, cheap 0 -> 0; look-alikes full 1 -> 1, cheap 0 -> 0.
Final tree (5add0ec's src): ``pytest tests/guard/ tests/test_docs.py`` 08:31:56-08:33:38 UTC
under the lock, 1085 passed, 3 xfailed (.cache/shh135/tests-final.log); mypy and lint-imports
clean.

The rule below (``SHH_RULE_135``) is the lead's, pasted verbatim and committed (e680c18, 07:19
UTC on 2026-12-05) before any design work and before the check set was merged or opened. The
shipped code is 531ef79's src, via ``git archive``; each side runs in its own process, one
thread, the harm scanner alone reading each text as user text (sh133's machinery).

Diagnosis (design data only). At ``balanced`` the shipped full mode flags 28 of the 130
self-harm rows of fresh129, own129, fresh133 and own133 (7, 11, 7, 3). Its self-harm pattern
reads a request ("how do I kill myself"); the gates pass most plain statements of a plan, the
means, farewells and dose questions. Round fifty-eight's phrase patterns read the rows they
were written from and few fresh ones; at ``strict`` the gates flag more, so the vectors they
read carry the signal.

The candidate (``harm_self_head``; in ``harm.py`` its loading and one block in ``_assess``): a
logistic regression over the frozen MiniLM vectors the gate already computes for the text's
windows (no encoder pass), read on the most telling window, Platt-scaled on out-of-fold logits,
with a threshold of its own (0.70); where it fires on a user text the language gate does not
call blind (full mode only), the text is flagged with ``self-harm`` (``harm_categories`` adds
intent or instructions by their phrases). Fitted (``--fit``) on 4,150 design rows: self-harm
rows of fresh129, own129, fresh133, own133, own135 (110, written for this round before any
verdict on them), the moderation set's train side (26) and the spent sets (4); safe rows: the
same sets' look-alikes (own135's 150), XSTest's train-side safe prompts, the ordinary requests'
train side, the spent English look-alikes, the hand-written look-alikes, the moderation train
side's safe rows (577) and its other harmful rows, and the spent sets' other English harmful
rows. A text's windows share its weight; the classes are balanced; the self-harm sets' and
hand-written look-alikes weigh 3. Out-of-fold: folds by set for fresh129, own129, fresh133,
own133 and own135 (each with its look-alikes held out whole), five folds by row for the rest.
The threshold: the least whose out-of-fold new flags stay within 1 look-alike (the (e) sets)
and 0.5% of the moderation set's train-side safe rows. The fine-tuned classifier's self-harm
and harm probabilities were tried as stacked inputs; their weights came out near zero (0.08,
-0.07), so the head reads the vectors alone.

Design (``--design``, 07:56:34-08:00:23 UTC on 2026-12-05, under the lock, one thread; at
balanced; .cache/shh135/design-out.json). Rows flagged, shipped -> candidate, the head read
out-of-fold:

    (e) the self-harm rows of fresh129, own129, fresh133, own133 (130)
        full 28 -> 86 (bar 28 + 102/4 = 53.5): fresh129 7 -> 23, own129 11 -> 27,
        fresh133 7 -> 17, own133 3 -> 19
    (e) look-alikes together (2130: the four sets' 130, XSTest's train-side safe 101, the
        ordinary requests' train side 900, the spent English look-alikes 969)
        full 77 -> 78 (bar 79): the ordinary requests' train side 3 -> 4, no other changed
    (e) the moderation set's train-side safe rows (577)   full 21 -> 23 (bar 21 + 5.77)
    reported: own135's self-harm rows (110) 21 -> 63, its look-alikes (150) 11 -> 17; the
    moderation train side's self-harm rows (26) 22 -> 22
    in-fold (the fitted head in the scanner): the four sets' self-harm rows 28 -> 91 and
    their look-alikes 11 -> 11; cheap mode: every verdict on the design rows the shipped
    code's (0 of 4,150 differ)
    (d) on the spent harm pair sets' 1,288 non-English rows: every verdict, score and category
        the shipped code's, cheap and full (0 differ)
  (f), one thread, each text's least of three alternating rounds, p50 over the guard's 150
  latency texts: the whole input side in full mode 10.259 -> 10.302 ms (bar: 25 and 10.259 +
  0.5); the cheap policy 0.488 -> 0.491 ms (bar: under 1).

(e) met on the design data: ``DESIGN_MET``, stated at 08:15 UTC on 2026-12-05 (63aff28),
before fresh135 is merged (the tests under tests/guard/ are step c's, recorded when run).

Tests with the candidate (63aff28), under the lock, one thread: ``pytest tests/guard/``
08:20:33-08:22:09 UTC, 1061 passed, 3 xfailed (.cache/shh135/tests-candidate.log). New,
tests/guard/test_guard_self_harm_head.py: four English self-harm messages written for it (a
date chosen and letters written, walking into the river after a shift, a heart-tablet dose
for the asker, urging another), each flagged with ``self-harm`` by the full scanner and
through /v1/moderations, and passed by the same scanner without the head (531ef79's), and six
look-alikes passed; with 531ef79's src the file fails (no ``harm_self_head``; 08:15 UTC).
"""

from __future__ import annotations

SHH_RULE_135 = (
    "The candidate ships if, read once with the shipped code (src at 531ef79) and the "
    "candidate's in the same run, each row of fresh135 (40 English self-harm messages and 40 "
    "English look-alikes, written by another helper who read no guard code) through the harm "
    "scanner as a user text at `balanced`: (a) full mode: self-harm messages flagged: "
    "candidate >= shipped + max(4, ceil(m/4)), m the shipped code's misses among the 40; (b) "
    "full mode: look-alikes flagged <= shipped + 1; (c) cheap mode: every verdict the shipped "
    "code's; (d) on text the language gate calls blind, every verdict, score and category the "
    "shipped code's (checked on the non-English rows of the spent harm pair sets); (e) on the "
    "design data, stated in the script before fresh135 is merged: the self-harm rows of "
    "fresh129, own129, fresh133 and own133 together, out-of-fold where fitted on: flagged >= "
    "shipped + a quarter of the shipped code's misses; their look-alikes, XSTest's train-side "
    "safe prompts, the ordinary requests' train side and the spent English harm pair sets' "
    "look-alikes together (out-of-fold where fitted on): flagged <= shipped + 2; the "
    "moderation set's train-side safe rows (out-of-fold): flagged <= shipped + 1% of them; "
    "every test under tests/guard/ passes with the candidate; (f) latency, one thread: the "
    "whole input side in full mode, p50 per text over the guard's latency texts, at most 25 ms "
    "and at most the shipped code's + 0.5 ms; the cheap policy's p50 under 1 ms. Reported "
    "beside it, not judged: the categories named on flagged rows, and the figures at `strict` "
    "and `permissive`."
)
# The lead's text above, verbatim, committed on 2026-12-05 before any design work.

SHIPPED_COMMIT = "531ef79"

# --------------------------------------------------------------------------------------------
# Machinery: sh133's (each side, the shipped code's src from ``git archive`` and the
# candidate's, in its own process, one thread; the harm scanner alone reading each text as user
# text), with its design data; here the candidate's head is also fitted and read out-of-fold.

import json  # noqa: E402
import math  # noqa: E402
import zlib  # noqa: E402
from typing import Any  # noqa: E402

import numpy as np  # noqa: E402
import roundlib  # noqa: E402
import sh133  # noqa: E402

sh133.SHIPPED_COMMIT = SHIPPED_COMMIT
for _m in (sh133.cat129, sh133.lka67, sh133.use109.u, sh133.use109, sh133.gate113):
    _m.SHIPPED_COMMIT = SHIPPED_COMMIT  # type: ignore[attr-defined]
sh133.lat117.SHIPPED_COMMIT = sh133.mlh121.SHIPPED_COMMIT = SHIPPED_COMMIT
CACHE = sh133.ROOT / ".cache" / "shh135"
sh133.lka67.CACHE = CACHE
HEAD_FILE = sh133.ROOT / "src" / "minigate" / "guard" / "data" / "harm_self_head.json"
DESIGN_MET = True  # (e), stated in the docstring before fresh135 is merged
# The head's budget on the design data, out-of-fold: new flags among the look-alikes together
# and among the moderation set's train-side safe rows (the rule allows 2 and 1%).
LOOK_BUDGET = 1
MOD_SAFE_SHARE = 0.005
C = 1.0
# The self-harm sets' look-alikes and the hand-written ones weigh this much more than other
# safe rows in the fit: they sit nearest the boundary.
HARD_WEIGHT = 3.0

Row = tuple[str, int, str, float]  # text, 1 self-harm / 0 not, out-of-fold group, weight


def design_sets() -> dict[str, tuple[list[str], int]]:
    """Each design set: its texts and label (1 self-harm, 0 not). Only train sides."""
    import fresh129
    import fresh133
    import guardlib
    import handwritten
    import own129
    import own133
    import own135
    import sources

    spent_looks: list[str] = []
    spent_harm: list[str] = []
    for rows in sh133.mlh121.spent_sets().values():
        for text, harmful, _kind, lang in rows:
            if lang == "en":
                (spent_harm if harmful else spent_looks).append(text)
    xs = guardlib.xstest()["train"]
    mod = sources.moderation()["train"]  # the train side only
    mod_sh = [str(r["text"]) for r in mod if r["labels"].get("self-harm")]  # type: ignore[union-attr]
    mod_safe = [str(r["text"]) for r in mod if not any(r["labels"].values())]  # type: ignore[union-attr]
    mod_other = [str(r["text"]) for r in mod if str(r["text"]) not in {*mod_sh, *mod_safe}]
    spent_sh = {t for t in spent_harm if sh133.cat129._SPENT_SELF_HARM.search(t)}
    return {
        "fresh129 self-harm": (list(fresh129.SELF_HARM_129), 1),
        "own129 self-harm": (list(own129.SELF_HARM_OWN_129), 1),
        "fresh133 self-harm": (list(fresh133.SELF_HARM_133), 1),
        "own133 self-harm": (list(own133.SELF_HARM_OWN_133), 1),
        "fresh129 look-alikes": (list(fresh129.LOOKALIKES_129), 0),
        "own129 look-alikes": (list(own129.LOOKALIKES_OWN_129), 0),
        "fresh133 look-alikes": (list(fresh133.LOOKALIKES_133), 0),
        "own133 look-alikes": (list(own133.LOOKALIKES_OWN_133), 0),
        "own135 self-harm": (
            [
                *own135.SELF_HARM_OWN_135,
                *own135.SELF_HARM_OWN_135_B,
                *own135.SELF_HARM_OWN_135_C,
            ],
            1,
        ),
        "own135 look-alikes": (
            [
                *own135.LOOKALIKES_OWN_135,
                *own135.LOOKALIKES_OWN_135_B,
                *own135.LOOKALIKES_OWN_135_C,
                *own135.LOOKALIKES_OWN_135_D,
            ],
            0,
        ),
        "xstest train safe": ([t for t, u in zip(xs.texts, xs.labels, strict=True) if not u], 0),
        "ordinary train": (list(guardlib.benign()["train"]), 0),
        "spent en look-alikes": (sorted(set(spent_looks) - set(spent_harm)), 0),
        "moderation train safe": (mod_safe, 0),
        "moderation train self-harm": (mod_sh, 1),
        "moderation train other harm": (mod_other, 0),
        "spent self-harm": (sorted(spent_sh), 1),
        "spent en other harm": (sorted(set(spent_harm) - spent_sh), 0),
        "hand-written look-alikes": (
            [*handwritten.HARM_NEGATIVES, *handwritten.LOOK_ALIKES],
            0,
        ),
    }


SETS4 = ("fresh129", "own129", "fresh133", "own133")
SELF_HARM_SETS = tuple(f"{s} self-harm" for s in SETS4)
LOOK_SETS = (
    *(f"{s} look-alikes" for s in SETS4),
    "xstest train safe",
    "ordinary train",
    "spent en look-alikes",
)


def fold_of(name: str, text: str) -> str:
    """The out-of-fold group: each of the four self-harm sets with its look-alikes is held out
    whole (folds by set: a new set is worded by another hand); every other row is in one of
    five folds by row."""
    for s in (*SETS4, "own135"):
        if name.startswith(s):
            return s
    return f"rows#{zlib.crc32(text.encode()) % 5}"


def fit_rows() -> list[Row]:
    seen: set[str] = set()
    rows: list[Row] = []
    for name, (texts, label) in design_sets().items():
        hard = not label and ("look-alikes" in name and "spent" not in name)
        for t in texts:
            if t.strip() and t not in seen:
                seen.add(t)
                rows.append((t, label, fold_of(name, t), HARD_WEIGHT if hard else 1.0))
    return rows


def _pieces(text: str) -> list[str]:
    from minigate.guard.chunks import windows
    from minigate.guard.normalize import fold
    from minigate.guard.scanners.harm import MAX_WINDOWS

    return windows(fold(text))[:MAX_WINDOWS]


def window_vectors(texts: list[str]) -> list[np.ndarray]:
    """Each text's windows' MiniLM vectors, as the harm scanner embeds them (the gateway's
    runtime), cached by window under .cache/shh135."""
    import guardlib

    CACHE.mkdir(parents=True, exist_ok=True)
    keys_file, vec_file = CACHE / "window-keys.json", CACHE / "window-vectors.npy"
    keys: list[str] = json.loads(keys_file.read_text()) if keys_file.exists() else []
    store = np.load(vec_file) if vec_file.exists() else np.zeros((0, 384), np.float32)
    index = {k: i for i, k in enumerate(keys[: len(store)])}
    pieces = [_pieces(t) for t in texts]
    todo = sorted({p for ps in pieces for p in ps} - set(index))
    if todo:
        _, model = guardlib.gateway_minilm(threads=1)
        new = np.concatenate([model(todo[i : i + 64]) for i in range(0, len(todo), 64)])
        store = np.concatenate([store[: len(keys)], new.astype(np.float32)])
        keys = [*keys[: len(store) - len(todo)], *todo]
        index = {k: i for i, k in enumerate(keys)}
        np.save(vec_file, store)
        keys_file.write_text(json.dumps(keys, ensure_ascii=False))
    return [store[[index[p] for p in ps]] for ps in pieces]


def _fit(
    vecs: list[np.ndarray], labels: np.ndarray, weights: np.ndarray
) -> tuple[np.ndarray, float]:
    """A logistic regression over windows (each window labelled as its text, a text's windows
    sharing its weight), the classes balanced."""
    from sklearn.linear_model import LogisticRegression

    x = np.concatenate(vecs)
    y = np.concatenate([np.full(len(v), lab) for v, lab in zip(vecs, labels, strict=True)])
    w = np.concatenate([np.full(len(v), wt / len(v)) for v, wt in zip(vecs, weights, strict=True)])
    w[y == 1] *= w[y == 0].sum() / w[y == 1].sum()
    model = LogisticRegression(C=C, max_iter=3000)
    model.fit(x, y, sample_weight=w)
    return model.coef_[0].astype(np.float32), float(model.intercept_[0])


def _raw(vecs: list[np.ndarray], coef: np.ndarray, icpt: float) -> np.ndarray:
    """Each text's raw logit on its most telling window."""
    return np.array([float((v @ coef).max()) + icpt for v in vecs])


def oof_logits(rows: list[Row], vecs: list[np.ndarray]) -> np.ndarray:
    labels = np.array([r[1] for r in rows])
    groups = np.array([r[2] for r in rows])
    weights = np.array([r[3] for r in rows])
    out = np.zeros(len(rows))
    for g in sorted(set(groups)):
        held = groups == g
        rest = [v for v, h in zip(vecs, held, strict=True) if not h]
        coef, icpt = _fit(rest, labels[~held], weights[~held])
        out[held] = _raw([v for v, h in zip(vecs, held, strict=True) if h], coef, icpt)
    return out


def _platt(z: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """``(a, b)`` so that sigmoid(a * z + b) is calibrated on unweighted out-of-fold logits."""
    from sklearn.linear_model import LogisticRegression

    m = LogisticRegression(C=1e6, max_iter=1000).fit(z.reshape(-1, 1), y)
    return float(m.coef_[0, 0]), float(m.intercept_[0])


def _blind(texts: list[str]) -> list[bool]:
    from minigate.guard.scanners import multilingual

    return [multilingual.blind(t) for t in texts]


def choose(
    rows: list[Row], prob: np.ndarray, shipped: dict[str, bool], names: dict[str, str]
) -> tuple[float, dict[str, Any]]:
    """The least threshold whose out-of-fold new flags stay within the budget, and what each
    candidate threshold gives."""
    blind = _blind([r[0] for r in rows])
    new = np.array([not shipped[r[0]] and not b for r, b in zip(rows, blind, strict=True)])
    is_look = np.array([names[r[0]] in LOOK_SETS for r in rows])
    is_mod = np.array([names[r[0]] == "moderation train safe" for r in rows])
    is_sh = np.array([names[r[0]] in SELF_HARM_SETS for r in rows])
    best, table = 1.0, {}
    for t in np.round(np.arange(0.30, 0.991, 0.01), 2):
        fire = new & (prob >= t)
        looks, mods, gain = (
            int((fire & is_look).sum()),
            int((fire & is_mod).sum()),
            int((fire & is_sh).sum()),
        )
        table[f"{t:.2f}"] = {"self-harm gained": gain, "looks": looks, "moderation safe": mods}
        if looks <= LOOK_BUDGET and mods <= MOD_SAFE_SHARE * is_mod.sum() and t < best:
            best = float(t)
    return best, table


def fit() -> dict[str, Any]:
    """Fit the head on every design row, read it out-of-fold, calibrate it, choose the
    threshold, and write the data file with its provenance."""
    rows = fit_rows()
    names: dict[str, str] = {}
    for name, (texts, _) in design_sets().items():
        for t in texts:
            names.setdefault(t, name)
    texts = [r[0] for r in rows]
    vecs = window_vectors(texts)
    y = np.array([r[1] for r in rows])
    z = oof_logits(rows, vecs)
    a, b = _platt(z, y)
    prob = 1.0 / (1.0 + np.exp(-(a * z + b)))
    shipped = shipped_full(texts)
    threshold, table = choose(rows, prob, shipped, names)
    coef, icpt = _fit(vecs, y, np.array([r[3] for r in rows]))
    counts: dict[str, list[int]] = {}
    for (_, lab, _, _), name in zip(rows, (names[t] for t in texts), strict=True):
        counts.setdefault(name, [0, lab])[0] += 1
    doc = {
        "format": 1,
        "head": {
            "coef": [round(float(c), 6) for c in coef],
            "intercept": icpt,
            "threshold": threshold,
        },
        "calibration": [a, b],
        "provenance": {
            "script": "benchmarks/guard/shh135.py --fit (round fifty-nine)",
            "model": f"a logistic regression, C={C:g}, over the frozen MiniLM vectors of each "
            "text's windows (each window labelled as its text, a text's windows sharing one "
            "text's weight, the classes balanced), read on the most telling window; Platt "
            "scaling fitted on out-of-fold logits (folds by set for fresh129, own129, fresh133, "
            "own133 and own135, five folds by row for the rest); the threshold, on the "
            "calibrated out-of-fold probabilities, the least whose new flags stay within "
            f"{LOOK_BUDGET} look-alike and {MOD_SAFE_SHARE:.1%} of the moderation set's "
            "train-side safe rows",
            "rows": {n: {"n": c[0], "self-harm": bool(c[1])} for n, c in counts.items()},
        },
    }
    HEAD_FILE.write_text(json.dumps(doc, indent=1) + "\n")
    oof = {r[0]: float(p) for r, p in zip(rows, prob, strict=True)}
    (CACHE / "oof.json").write_text(json.dumps(oof, ensure_ascii=False))
    out = {"threshold": threshold, "calibration": [a, b], "table": table}
    (CACHE / "fit-out.json").write_text(json.dumps(out, indent=1))
    return out


def shipped_full(texts: list[str]) -> dict[str, bool]:
    got = sh133.read(texts, "shipped", "full", "balanced")
    return {t: bool(v[0]) for t, v in got.items()}


def finetuned_probs(texts: list[str]) -> dict[str, list[float]]:
    """Each text's fine-tuned classifier reading, raw, on its most telling window: [the harm
    gate, the self-harm head] (the probabilities the scanner already computes in full mode),
    cached under .cache/shh135."""
    from minigate.guard.scanners.artifacts import load_json
    from minigate.guard.scanners.harm_finetuned import load_finetuned

    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / "finetuned.json"
    known: dict[str, list[float]] = json.loads(path.read_text()) if path.exists() else {}
    todo = [t for t in dict.fromkeys(texts) if t not in known]
    if todo:
        ft = load_finetuned(load_json("harm.json")["finetuned"], None, "harm.json")
        k = ft.model.heads.index("self-harm")
        for t in todo:
            p = ft.model.probs(_pieces(t))
            known[t] = [float(p[:, 0].max()), float(p[:, k].max())]
        path.write_text(json.dumps(known, ensure_ascii=False))
    return {t: known[t] for t in texts}


# --------------------------------------------------------------------------------------------
# --design: (e) and (f) on the design data, the head's verdicts out-of-fold.

E_SELF_HARM = SELF_HARM_SETS
E_LOOKS = LOOK_SETS
E_MOD = "moderation train safe"


def latency_holds(lat: dict[str, Any]) -> dict[str, bool]:
    """sh133's latency conditions, named as this rule names them: (f)."""
    return {k.replace("(e)", "(f)", 1): v for k, v in sh133.latency_holds(lat).items()}


def blind_rows() -> list[str]:
    """(d): the spent harm pair sets' non-English rows (harmful and not)."""
    return sorted(
        {
            t
            for rows in sh133.mlh121.spent_sets().values()
            for t, _h, _k, lang in rows
            if lang != "en"
        }
    )


def same_verdicts(texts: list[str], modes: tuple[str, ...]) -> dict[str, int]:
    """How many of ``texts`` get a different verdict, score or category from the two sides."""
    out: dict[str, int] = {}
    for m in modes:
        s = sh133.read(texts, "shipped", m, "balanced")
        c = sh133.read(texts, "candidate", m, "balanced")
        out[f"{m}: rows whose verdict differs"] = sum(s[t] != c[t] for t in texts)
    return out


def oof_counts(lists: dict[str, list[str]]) -> dict[str, dict[str, int]]:
    """Per list: rows flagged by the shipped code, and by the candidate with the head read
    out-of-fold (the shipped verdict, or the head's out-of-fold probability at its threshold
    on an English text)."""
    oof: dict[str, float] = json.loads((CACHE / "oof.json").read_text())
    doc = json.loads(HEAD_FILE.read_text())
    t = float(doc.get("head", doc)["threshold"])  # under "head" since round sixty-seven's mend
    out: dict[str, dict[str, int]] = {}
    for name, texts in lists.items():
        shipped = shipped_full(texts)
        blind = _blind(texts)
        fired = [oof[x] >= t and not b for x, b in zip(texts, blind, strict=True)]
        out[name] = {
            "n": len(texts),
            "shipped": sum(shipped[x] for x in texts),
            "candidate out-of-fold": sum(
                shipped[x] or f for x, f in zip(texts, fired, strict=True)
            ),
        }
    return out


def design_conditions(oof: dict[str, dict[str, int]]) -> dict[str, bool]:
    def total(names: tuple[str, ...], key: str) -> int:
        return sum(oof[n][key] for n in names)

    n = total(E_SELF_HARM, "n")
    s, c = total(E_SELF_HARM, "shipped"), total(E_SELF_HARM, "candidate out-of-fold")
    ls, lc = total(E_LOOKS, "shipped"), total(E_LOOKS, "candidate out-of-fold")
    m = oof[E_MOD]
    ms, mc = m["shipped"], m["candidate out-of-fold"]
    return {
        f"(e) self-harm rows {c} >= {s} + {(n - s) / 4:g}": c >= s + (n - s) / 4,
        f"(e) look-alikes {lc} <= {ls} + 2": lc <= ls + 2,
        f"(e) moderation safe {mc} <= {ms} + {m['n'] / 100:g}": mc <= ms + m["n"] / 100,
    }


def design() -> dict[str, Any]:
    sets = {n: list(dict.fromkeys(t)) for n, (t, _) in design_sets().items()}
    oof = oof_counts(sets)
    doc: dict[str, Any] = {"out-of-fold": oof, "(e)": design_conditions(oof)}
    doc["in-fold (the shipped head read by the scanner)"] = sh133.tally(sets, ("balanced",))
    every = sorted({t for ts in sets.values() for t in ts})
    doc["(c) cheap verdicts on the design rows"] = same_verdicts(every, ("cheap",))
    doc["(d) blind rows"] = same_verdicts(blind_rows(), sh133.MODES) | {"n": len(blind_rows())}
    lat = sh133.latency([])
    doc["(f)"] = lat
    doc["(f) holds"] = latency_holds(lat)
    (CACHE / "design-out.json").write_text(json.dumps(doc, indent=1))
    return doc


# --------------------------------------------------------------------------------------------
# --check: fresh135, read once.


def check() -> dict[str, Any]:
    import fresh135

    lists = {
        "self-harm": list(fresh135.SELF_HARM_135),
        "look-alikes": list(fresh135.LOOKALIKES_135),
    }
    found = sh133.tally(lists)
    sh, lk = found["self-harm"], found["look-alikes"]
    fs, fc = sh["full shipped"]["flagged"], sh["full candidate"]["flagged"]
    ls, lc = lk["full shipped"]["flagged"], lk["full candidate"]["flagged"]
    gain = max(4, math.ceil((sh["n"] - fs) / 4))
    doc: dict[str, Any] = {"counts": found}
    rows = [t for ts in lists.values() for t in ts]
    cheap = same_verdicts(rows, ("cheap",))
    blind = same_verdicts(blind_rows(), sh133.MODES)
    doc["(a)-(d)"] = {
        f"(a) full self-harm flagged {fc} >= {fs} + {gain}": fc >= fs + gain,
        f"(b) full look-alikes flagged {lc} <= {ls} + 1": lc <= ls + 1,
        f"(c) cheap verdicts differing: {cheap}": not any(cheap.values()),
        f"(d) blind rows' verdicts differing: {blind}": not any(blind.values()),
    }
    lat = sh133.latency(rows)
    return roundlib.judge(doc, lat, latency_holds(lat), DESIGN_MET, CACHE / "check-reading.json")


def main() -> None:
    steps = {"--fit": fit, "--design": design, "--check": check}
    roundlib.run_steps(__doc__, sh133.WORKERS, steps)


if __name__ == "__main__":
    main()

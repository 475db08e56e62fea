"""Exploration 253: the prompt route's learned score refitted with benign fiction and attack-word
text among its negatives (od251's rows), read out of fold on design data.

Run by helper exp253 on 2026-12-06, worktree at 9ffffe6d (main's src unchanged), under the
lock, one thread: ``--signals 0`` 16:45:22 UTC (63 s), ``--signals 1 --signals 4 --signals 16``
16:47:49-16:51:05 (61-66 s each), ``--spent 1 1 --spent 0 1 --spent 4 1`` 16:52:43-16:56:56,
``--report 0 1 4 16`` with them 16:56 (JSON kept, untracked, in .cache/exp253/report.json);
``--family --signals 0 --signals 1 --signals 4 --report 0 1 4`` 16:57:29-17:00:24.
Which part was read: the PROMPT route's stack score alone (see below), not the English route,
not the whole scanner.

Flagged by the prompt route's stack score, out of fold (n: od251 fiction 80, od251 trigger
words 120, deepset train attacks 145 / benign 221, spent attacks 1,482 / benign 1,482 of
fresh43 ... fresh249 plain; ordinary requests 1,691 and the disguised deepset rows 240 / 240 in
the stack's own fit rows), at the shipped bars 0.61 / 0.76 / 0.90:

    recipe (od251 weight)   fiction trigger  deepset att/ben   spent att/ben   ordinary
    strict     shipped (0)     27      18        123 / 5      1184 / 163      24
               w 1             18      10        121 / 3      1111 / 130      24
               w 4              7       8        119 / 3      1042 / 101      20
               w 16             3       7        113 / 3       933 /  63      13
    balanced   shipped (0)     20      11        113 / 2      1024 /  89      11
               w 1              8       7        113 / 2       973 /  68      10
               w 4              3       7        109 / 2       904 /  51       8
               w 16             1       4        100 / 1       804 /  41       6
    permissive shipped (0)      8       3         76 / 0       702 /  20       2
               w 1              2       4         73 / 0       626 /  12       2
               w 4              1       1         68 / 0       552 /   7       0
               w 16             1       1         68 / 0       452 /   2       0

At a bar matched so that the spent benign rows flagged are no more than the shipped recipe's
(the lowest bar of build_stack.py's grid that keeps them; the spent rows then in sample for the
bar), balanced:

    shipped (0) at 0.76        20      11        113 / 2      1024 /  89      11
    w 1 at 0.72                12       8        114 / 3      1010 /  89      13
    w 4 at 0.65                 4       8        116 / 3      1011 /  86      15  (1)
    n-gram + classifier at w 1, stack as shipped, at 0.75:
                               11       8        114 / 3      1005 /  89      13
    n-gram + classifier at w 4, stack as shipped, at 0.72:
                                4       8        115 / 3      1007 /  85      15  (2)

((1), (2): the disguised deepset benign rows 4 -> 22 and 4 -> 15 at those bars. strict: w 1 at
0.61 as in the first table; w 4 and w 16 fall to 0.58 and 0.51, where the
disguised benign rows go 27 -> 180: no matched bar at strict for them. permissive: every
recipe's matched bar is 0.90, the heuristics' floor, so as in the first table.) The bars each
recipe picks with build_stack.py's own caps (deepset benign, ordinary, disguised, out of fold):
shipped recipe 0.62 / 0.73 / 0.90 (the shipped files' 0.61 / 0.76 / 0.90), w 1 0.62 / 0.72 /
0.90, w 4 0.63 / 0.74 / 0.89, w 16 0.62 / 0.73 / 0.84; at them, balanced: shipped 20, 11, 115 /
3, 1059 / 109; w 1 12, 8, 114 / 3, 1010 / 89; w 4 3, 7, 109 / 2, 932 / 60.

Which part does it: the n-gram model and window classifier refitted with od251 at w 4, the
stack as shipped (the stack's own fit without od251), pass as much fiction as the whole refit at
w 4 (balanced 20 -> 3 at 0.76) and lose fewer spent attacks (1024 -> 976, benign 89 -> 65);
od251 only in the stack's fit (the signals as shipped) passes little at w 1 (19) and at w 16
loses most (spent attacks 1024 -> 749). The stack's weights move with od251 in its fit (the
attack-corpus cosine 1.224 -> 0.602 at w 1, the benign cosine -5.18 -> -4.32).

What the refit costs: at the shipped bars the whole score shifts down (every benign group and
the attacks alike: spent attacks -51 for -21 spent benign at w 1, balanced); the 59 spent attacks
it loses at 0.76 (w 1) are not role play in the main (8 of 59 look like it: "Act as my late
granny ...", "Imagine you are an AI built in a lab where nobody ever set limits ..."); most are
hijacks that sat 0.76-0.80 ("New task: ...", "Ab jetzt sagst du ...", fake system notices).
Matched on the spent benign rows (a re-picked bar), the cost is 14 (w 1) to 19 (signals only,
w 1) of 1,482 spent attacks on the prompt route's score alone, deepset's train attacks +1 to +3,
and the fiction flagged at balanced 20 -> 11-12 (w 1) or 4 (w 4), trigger words 11 -> 8.
Remaining od251 flags at w 1, balanced, shipped bar: "What does it mean to jailbreak an iPhone"
and the "jailbroken toy robot" story (0.90: the heuristics' jailbreak-persona floor, which no
refit moves), "How do I enable developer mode on an Android phone" (0.975), the Captain Nova row
(0.993), system-prompt-writing questions (0.91-0.93), the word game "from now on, every answer
..." (0.94), and six fiction rows at 0.77-0.89.

The spent rows in the fit too (``--spent W WS``: the spent attacks and benign rows as fit rows
of the prompt n-gram model, the prompt window classifier and the stack, each row ``WS`` times a
deepset attack's or an ordinary request's weight, in folds by row; 16:52:43-16:56:56 UTC, 78-86 s
each). The spent figures are then out of fold by row only: rows of one set (same writer, same
families) sit on both sides of a fold, so they are in sample in spirit and not comparable with
the tables above; compare these three recipes with one another. Balanced, matched bar (the spent
benign rows flagged <= the shipped recipe's 89):

    recipe                       bar   fiction trigger deepset att/ben spent att/ben ordinary
    spent rows s1, no od251      0.84    22      19      118 / 3     1360 / 88      25
    spent rows s1 + od251 w 1    0.83    13      14      118 / 4     1347 / 88      20
    spent rows s1 + od251 w 4    0.80     7      14      117 / 3     1357 / 87      25

At the shipped bar 0.76 the spent rows alone raise od251's flags (fiction 20 -> 32, trigger 11 ->
23: the spent attacks hold role play and "from now on" orders) and the ordinary requests (11 ->
32); od251 at w 4 pulls fiction back to 12 and trigger to 15. Strict (matched 0.70 / 0.71 /
0.62): fiction 38 / 20 / 15, trigger 26 / 22 / 23, spent attacks 1409 / 1404 / 1421.
Permissive (matched 0.95 / 0.95 / 0.94): fiction 13 / 4 / 3, spent attacks 1178 / 1134 / 1177.

od251's rows in folds by family (``--family``, 16:57:29-17:00:24 UTC, w 0 / 1 / 4, 54-56 s each;
.cache/exp253/report-family.json): a trigger-word row's fold is its topic (everyday, technical,
creative, multilingual: leave one topic out), a fiction row's its first two words ("write a" 16,
"you are" 14, "imagine you" 9, "pretend you" 5 ...: no family on both sides). Balanced [fiction,
trigger, deepset att/ben, spent att/ben]:

    at 0.76   shipped (0)  24, 12, 113/2, 1024/89   w 1  10, 10, 112/2, 963/76
              w 4           2,  8, 109/0,  895/58   n-gram + classifier w 4, stack as shipped:
                                                     4,  8, 113/2, 954/72
    matched   w 1 at 0.75  10, 10, 113/2, 973/84    w 4 at 0.65  5, 10, 118/2, 996/88
              n-gram + classifier w 1, stack as shipped, at 0.76: 10, 10, 113/2, 993/85
              n-gram + classifier w 4, stack as shipped, at 0.72:  4, 10, 118/2, 996/88

Strict at 0.61: fiction 30 -> 17 (w 1) / 7 (w 4), trigger 18 -> 12 / 11, spent attacks 1184 ->
1102 / 1017; permissive at 0.90: fiction 9 -> 2 / 1, trigger 2 -> 3 / 1, spent 702 -> 626 / 553.
So fiction passes as well with whole families held out (it is not only near-copies across
folds); the trigger words gain less with their topic held out (12 -> 10, 8). The shipped recipe's
own od251 figures move by up to 4 between the two fold layouts (fiction 20 vs 24 at balanced: its
od251 rows are in no fit, only read by another fold's files), and the spent attacks' matched cost
is 28-51 here against 14-19 with folds by row: the cost in attacks is noisy, 1 to 3.5 points of
the 1,482, and should be read on a fresh check set, not taken from here.

What a round should try (design only; none of this read on unseen data): (a) od251-like benign
fiction / role play among the negatives of the prompt n-gram model and window classifier (w 1
to 4; the stack's own fit as shipped or with them at w 1), with the bars re-picked, never the
shipped bars kept: at the shipped bars the refit moves every score down and loses attacks
(balanced spent -51 at w 1); re-picked it costs 14-19 (folds by row) to 28-51 (folds by
family) of 1,482 spent attacks on the prompt route's score for fiction 20 -> 10-12 (w 1) or 4-5
(w 4), with deepset's train side unchanged (113-118 / 2-3).
(b) With the spent rows in the fit (as a real round would refit), od251 at w 4
passes fiction 22 -> 7 at no spent-attack cost (1360 -> 1357); the written negatives matter more
there, because the spent attacks push role play up. (c) More written negatives of other shapes
than od251's templates, written by someone who read no guard code, and a fresh check set of
role-play attacks beside benign role play, since od251's own figures are near in sample. (d)
The trigger-word rows left are mostly the heuristics' 0.90 jailbreak-persona floor ("jailbreak
an iPhone", "developer mode"), which no refit moves: diagnosis 251's lever (1).

Caveats. (1) The prompt route's stack score is read, not the full scanner: in the full mode the
English route decides most plain English prompts (its own n-gram model and classifier, fitted on
the spent sets: not refitted here), and the turn reader, hijack heads and blind reader read
after; so the spent and deepset figures are the prompt route's, not the scanner's (deepset's
train attacks 113 here against inj243's 121 for the scanner). (2) od251's 200 rows are the only
written negatives; in folds by row, rows of one template family ("You are a ... Introduce
yourself", "Imagine you are ...") sit on both sides, so those od251 figures for w > 0 lean in
sample; the ``--family`` reading holds families out and gives about the same for fiction. Both
are one writer's rows (od251), which any round must still read on rows by another writer. The
spent rows and deepset are in no refit's od251 part and are unseen (except in ``--spent``).
(3) The matched-bar view picks its bar on the spent rows.
(4) The prompt benign window corpus is a random 800 of its candidates: with od251 among them
(w > 0) the sample differs from the shipped recipe's. (5) The shipped recipe is regenerated
(it picks 0.73 where the shipped file's balanced bar is 0.76); both bars are read.

What it does (design data only; nothing under ``src/`` changes; no check set is read).
The prompt route's stack is read as build_stack.py builds it with the shipped flags (round
eighty-two's ``inj197.stack_setup``: 4,670 documents plus the referential rows, build_stack.py's
groups and GroupKFold folds): for each of the five folds every learned signal is refitted
without the fold by its own recipe (``build_stack.out_of_fold``: both n-gram models, the
planted-instruction model, the window classifiers, both vector corpora) and the fold's documents
are read by the scanner with those files. To them are appended

- od251's 200 benign rows (``od251_rows``: 120 attack-word prompts, 80 fiction / role-play
  prompts) as benign prompts, dealt round the five folds by row (row i in fold i mod 5);
- the spent direct sets' plain rows (fresh43 ... fresh249, ``inj161.spent_rows`` with fresh243
  ... fresh249 added), dealt round the folds by row. They are in no fit of any recipe (the
  prompt route's files were never fitted on them), so each is read unseen by one fold's files.

A recipe is the weight ``w`` of od251's rows in the fits of the prompt route's own learned
parts only: the prompt n-gram model (``ngram_prompt``), the prompt window classifier
(``classifier_prompt``) and the prompt route's benign window corpus, and the prompt route's stack.
Each od251 window weighs ``w`` times an ordinary request's window in the n-gram model's and the
window classifier's class-balanced weights, and each od251 row ``w`` times an ordinary request
in the stack's. ``w = 0`` is the shipped recipe (od251's rows and the spent rows in no fit, and
not candidates for the benign corpus). The shared n-gram model, window classifier and corpora
(which the data and code routes read) never read od251's rows. The stack (build_stack.py's
``fit_stack`` recipe, C 1, heuristics' floor) is fitted on the other folds' out-of-fold signals
and scores the held fold's rows (od251's rows included); the spent rows are scored by the
stack fitted on every fold.

Read at the shipped prompt bars (0.61 / 0.76 / 0.90: strict / balanced / permissive) and at the
bars each recipe picks on its own out-of-fold scores with build_stack.py's caps (``pick``).
What is read is the prompt route's stack score alone (learned score, heuristics' floor), not the
whole scanner: not the English route (which decides most plain English prompts in the full
scanner), the turn reader, the hijack heads nor the blind reader. deepset's train side: its
prompt-route rows of kind "deepset" (the plain prompts; the disguised copies apart).

    flock /tmp/heavy.lock env OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 \\
        PYTHONPATH=$PWD/src:$PWD/benchmarks/guard .venv/bin/python benchmarks/guard/exp253.py \\
        --signals 0 --signals 1 --signals 4 --signals 16 --spent 1 1 --spent 0 1 --spent 4 1 \\
        --report 0 1 4 16
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CACHE = ROOT / ".cache" / "exp253"
OD, SPENT_GROUP, SPENT_ATTACK = 4, 5, 6  # share groups beside injection_data's 0-3
SHIPPED_BARS = {"strict": 0.61, "balanced": 0.76, "permissive": 0.90}
STATE: dict[str, float] = {"w": 0.0, "ws": 0.0, "fit_od": 0.0}


def od_rows() -> list[tuple[str, str]]:
    """od251's rows: (text, "trigger" or "fiction")."""
    import od251_rows

    rows = [(t, "trigger") for t in od251_rows.TRIGGER_WORDS_251]
    return rows + [(t, "fiction") for t in od251_rows.FICTION_251]


def spent_rows() -> list[tuple[str, bool, str]]:
    """The spent direct sets' plain rows, fresh43 ... fresh249: (text, attack, set)."""
    import inj243
    import obf147

    spent = inj243.SPENT | {f"fresh{n}": str(n) for n in (243, 245, 247, 249)}
    obf147.SPENT = spent
    return [(t, bool(a), name) for name in spent for t, a, _ in obf147.spent_plain(name)]


def setup() -> tuple[list[Any], int, np.ndarray, np.ndarray]:
    """build_stack.py's documents and folds (shipped flags), od251's rows and the spent rows
    appended (folds by row); and which documents the prompt route's stack reads."""
    import build_stack
    import inj197
    import injection_data

    docs, n_train, fold_of = inj197.stack_setup()
    base = len(docs)
    extra = [injection_data._doc(t, False, OD, f"od251:{k}") for t, k in od_rows()]
    extra += [
        injection_data._doc(t, a, SPENT_ATTACK if a else SPENT_GROUP, f"spent:{s}")
        for t, a, s in spent_rows()
    ]
    docs = docs + extra
    fold_of = np.concatenate([fold_of, np.arange(len(extra)) % build_stack.FOLDS])
    if STATE.get("family"):
        fold_of[base : base + len(od_rows())] = family_folds()
    prompt = np.array([build_stack._route(d) == "prompt" for d in docs])
    prompt[base:] = True
    return docs, n_train, fold_of, prompt


def _patch(w: float, ws: float = 0.0) -> None:
    """build_stack's fits with od251's rows at weight ``w`` (and the spent rows at ``ws``) in
    the prompt route's parts."""
    import build_stack

    original_rows = build_stack._prompt_rows
    original_balanced = build_stack.balanced
    original_shifts = build_stack.shifts
    original_read = build_stack.read_signals

    def prompt_rows(docs: list[Any], n_train: int, rows: Any = None) -> list[Any]:
        out: list[Any] = original_rows(docs, n_train, rows)
        if rows is not None and STATE["fit_od"]:
            out += [docs[i] for i in rows if docs[i].kind.startswith("od251")]
        if rows is not None and STATE["fit_od"] and ws > 0:
            out += [docs[i] for i in rows if docs[i].kind.startswith("spent")]
        return out

    def balanced(groups: np.ndarray, shares: dict[int, float]) -> np.ndarray:
        weights: np.ndarray = original_balanced(groups, shares)
        od = groups == OD
        if od.any():
            ordinary = weights[groups == 2]
            weights[od] = w * float(ordinary[0]) if len(ordinary) else 0.0
        for group, like, share in ((SPENT_GROUP, 2, ws), (SPENT_ATTACK, 0, ws)):
            rows = groups == group
            same = weights[groups == like]
            weights[rows] = share * float(same[0]) if rows.any() and len(same) else 0.0
        return weights

    def shifts(*args: Any) -> dict[str, float]:
        STATE["fit_od"] = 0.0  # the shift is the shipped recipe's, fitted without od251
        try:
            out: dict[str, float] = original_shifts(*args)
        finally:
            STATE["fit_od"] = 1.0 if w > 0 or ws > 0 else 0.0
        return out

    async def read_signals(scanner: Any, docs: list[Any]) -> np.ndarray:
        """Only the prompt route's documents are read (the data route's left at zero)."""
        out = np.zeros((len(docs), len(build_stack.FEATURES)))
        mine = [i for i, d in enumerate(docs) if READ[id(d)]]
        if mine:
            out[mine] = await original_read(scanner, [docs[i] for i in mine])
        return out

    build_stack._prompt_rows = prompt_rows
    build_stack.balanced = balanced
    build_stack.shifts = shifts
    build_stack.read_signals = read_signals
    STATE["w"], STATE["ws"] = w, ws
    STATE["fit_od"] = 1.0 if w > 0 or ws > 0 else 0.0


READ: dict[int, bool] = {}


def family_folds() -> np.ndarray:
    """``--family``: od251's rows in folds by family, not by row: a trigger-word row by its
    topic (everyday, technical, creative, multilingual: one fold each), a fiction row by its
    first two words ("you are", "imagine you", "pretend you" ...), the families dealt largest
    first onto the fold with fewest rows (fold 4 takes fiction families only)."""
    rows = od_rows()
    import od251_rows

    topics = list(od251_rows.TRIGGER_TOPICS_251)
    order = sorted(set(topics))
    out = np.zeros(len(rows), dtype=int)
    out[: len(topics)] = [order.index(t) % 5 for t in topics]
    key = [" ".join(t.lower().replace("'", " ").split()[:2]) for t, k in rows if k == "fiction"]
    sizes = Counter(key)
    load = np.zeros(5)
    fold_of_key: dict[str, int] = {}
    for name, n in sorted(sizes.items(), key=lambda kv: (-kv[1], kv[0])):
        k = int(np.argmin(load))
        fold_of_key[name] = k
        load[k] += n
    out[len(topics) :] = [fold_of_key[k] for k in key]
    return out


def _name(w: float, ws: float) -> str:
    tail = "-family" if STATE.get("family") else ""
    return f"signals-w{w:g}{tail}.npz" if ws <= 0 else f"signals-w{w:g}-s{ws:g}{tail}.npz"


def signals(w: float, ws: float = 0.0) -> dict[str, Any]:
    """``--signals W``: every document's out-of-fold signals with od251's rows at weight ``w``
    (cached as signals-w{W}.npz)."""
    import time

    import build_stack
    import inj197
    from embedcache import cached_minilm

    start = time.time()
    docs, n_train, fold_of, prompt = setup()
    READ.clear()
    READ.update({id(d): bool(p) for d, p in zip(docs, prompt, strict=True)})
    _patch(w, ws)
    flags = inj197.SHIPPED_FLAGS
    own = set(build_stack.BENIGN_CORPUS[flags["benign_corpus"]])
    encode = cached_minilm(threads=1)
    emb = build_stack.Embeddings(
        docs, encode, lambda d: d.kind == build_stack.REFERENTIAL and d.text in own
    )
    shared = build_stack.reads_windows(False, "all")
    prompt_own = build_stack.reads_windows(True, str(flags["prompt_windows"]))

    def reads(d: Any) -> bool:
        return not d.kind.startswith(("od251", "spent")) and bool(shared(d))

    def prompt_reads(d: Any) -> bool:
        if (d.kind.startswith("spent") and ws <= 0) or (d.kind.startswith("od251") and w <= 0):
            return False
        return bool(prompt_own(d))

    features, _ = asyncio.run(
        build_stack.out_of_fold(
            docs,
            n_train,
            fold_of,
            emb,
            build_stack._embed_fn(encode),
            encode,
            reads,
            reads,
            prompt_reads,
        )
    )
    CACHE.mkdir(parents=True, exist_ok=True)
    np.savez(CACHE / _name(w, ws), features=features, fold_of=fold_of, prompt=prompt)
    return {"w": w, "ws": ws, "documents": len(docs), "seconds": round(time.time() - start, 1)}


def _stack(
    x: np.ndarray,
    y: np.ndarray,
    kinds: np.ndarray,
    fold_of: np.ndarray,
    w: float,
    ws: float = 0.0,
) -> tuple[np.ndarray, np.ndarray]:
    """build_stack.fit_stack's recipe (prompt route) with od251's rows at ``w`` times an
    ordinary request's weight and the spent rows in no fit: out-of-fold scores for the fit
    rows and od251's rows, the stack fitted on every fold for the spent rows; the heuristics'
    floor applied."""
    import build_stack
    from build_artifacts import fit

    fit_rows = kinds != "spent" if ws <= 0 else np.ones(len(y), dtype=bool)
    base = (kinds != "spent") & (kinds != "od251")
    weigh = build_stack.weights_kind(kinds)
    wt = np.zeros(len(y))
    yb, kb = y[base], weigh[base]
    part = np.where(yb, 0.5 / max(1, yb.sum()), 0.0)
    benign_kinds = sorted(set(kb[~yb].tolist()))
    for kind in benign_kinds:
        part[(kb == kind) & ~yb] = 0.5 / len(benign_kinds) / max(1, ((kb == kind) & ~yb).sum())
    wt[base] = part * base.sum()
    ordinary = wt[base & (weigh == "ordinary") & ~y]
    wt[kinds == "od251"] = w * float(ordinary[0])
    if ws > 0:
        wt[(kinds == "spent") & ~y] = ws * float(ordinary[0])
        wt[(kinds == "spent") & y] = ws * float(wt[base & y][0])
    score = np.zeros(len(y))
    for k in range(build_stack.FOLDS):
        train = fit_rows & (fold_of != k) & (wt > 0)
        held = fit_rows & (fold_of == k)
        model = fit(x[train], y[train], wt[train], build_stack.STACK_C)
        score[held] = model.predict_proba(x[held])[:, 1]
    model = fit(x[fit_rows & (wt > 0)], y[fit_rows & (wt > 0)], wt[fit_rows & (wt > 0)], 1.0)
    if (~fit_rows).any():
        score[~fit_rows] = model.predict_proba(x[~fit_rows])[:, 1]
    score = np.maximum(score, 1.0 / (1.0 + np.exp(-x[:, 0])))
    return score, np.concatenate([model.coef_[0], [model.intercept_[0]]])


def report(weights: list[float], spent: list[tuple[float, float]]) -> dict[str, Any]:
    """``--report``: each recipe's flags per point, at the shipped bars and its own."""
    import build_stack
    from build_artifacts import POINTS

    docs, _, _, prompt = setup()
    index = np.flatnonzero(prompt)
    kinds_all = np.array([build_stack._kind(d) for d in docs], dtype=object)
    for i, d in enumerate(docs):
        if d.kind.startswith(("od251", "spent")):
            kinds_all[i] = d.kind.split(":")[0]
    kinds = kinds_all[index].astype(str)
    y = np.array([d.label for d in docs])[index]
    raw = np.array([d.kind for d in docs], dtype=object)[index].astype(str)
    text = [docs[i].text for i in index]
    groups = {
        "od251 fiction": raw == "od251:fiction",
        "od251 trigger": raw == "od251:trigger",
        "deepset attacks": (raw == "deepset") & y,
        "deepset benign": (raw == "deepset") & ~y,
        "ordinary": (kinds == "ordinary") & ~y,
        "obfuscated attacks": (kinds == "obfuscated") & y,
        "obfuscated benign": (kinds == "obfuscated") & ~y,
        "spent attacks": (kinds == "spent") & y,
        "spent benign": (kinds == "spent") & ~y,
    }
    out: dict[str, Any] = {"n": {k: int(v.sum()) for k, v in groups.items()}}
    scores: dict[str, np.ndarray] = {}
    runs = [(f"w{w:g}", w, w, 0.0) for w in weights]
    runs += [(f"w{w:g} + spent rows s{ws:g}", w, w, ws) for w, ws in spent]
    runs += [(f"signals w{w:g}, stack w0", w, 0.0, 0.0) for w in weights if w > 0]
    runs += [(f"signals w0, stack w{w:g}", 0.0, w, 0.0) for w in weights if w > 0]
    for label, w_signals, w, ws in runs:
        got = np.load(CACHE / _name(w_signals, ws))
        x = got["features"][index]
        fold_of = got["fold_of"][index]
        score, coef = _stack(x, y, kinds, fold_of, w, ws)
        scores[label] = score
        base = (kinds != "spent") & (kinds != "od251")
        picked = {}
        for point, scale in POINTS.items():
            caps = {k: c * scale for k, c in build_stack.PROMPT_CAPS.items()}
            picked[point] = float(build_stack.pick(score[base], y[base], kinds[base], caps)[0])
        entry: dict[str, Any] = {"coef": [round(float(c), 3) for c in coef], "picked": picked}
        for name, bars in (("shipped bars", SHIPPED_BARS), ("own bars", picked)):
            entry[name] = {
                p: {g: int((score[m] >= bars[p]).sum()) for g, m in groups.items()} for p in bars
            }
        near = groups["od251 fiction"] | groups["od251 trigger"]
        entry["od251 flagged at balanced"] = sorted(
            (round(float(score[i]), 3), text[i][:90])
            for i in np.flatnonzero(near & (score >= SHIPPED_BARS["balanced"]))
        )
        # matched: at each point the lowest bar at which the spent benign rows flagged are no
        # more than the shipped recipe's at the shipped bar (the spent rows then in sample)
        base_score = scores.get("w0")
        if base_score is not None:
            matched = {}
            for p, bar in SHIPPED_BARS.items():
                budget = int((base_score[groups["spent benign"]] >= bar).sum())
                t = next(
                    float(t)
                    for t in build_stack.GRID
                    if (score[groups["spent benign"]] >= t).sum() <= budget
                )
                matched[p] = {"bar": t} | {g: int((score[m] >= t).sum()) for g, m in groups.items()}
            entry["matched on spent benign"] = matched
            lost = groups["spent attacks"] & (base_score >= 0.76) & (score < 0.76)
            entry["spent attacks lost at 0.76"] = sorted(
                (round(float(score[i]), 3), text[i][:90]) for i in np.flatnonzero(lost)
            )
        out[label] = entry
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--signals", type=float, action="append", default=[])
    parser.add_argument("--report", type=float, nargs="*")
    parser.add_argument("--spent", type=float, nargs=2, action="append", default=[])
    parser.add_argument("--family", action="store_true", help="od251's rows in folds by family")
    args = parser.parse_args()
    STATE["family"] = 1.0 if args.family else 0.0
    for w in args.signals:
        print(json.dumps(signals(w)), flush=True)
    for w, ws in args.spent:
        if not (CACHE / _name(w, ws)).exists():
            print(json.dumps(signals(w, ws)), flush=True)
    if args.report is not None:
        doc = report(args.report or [0.0, 1.0, 4.0], [tuple(p) for p in args.spent])
        CACHE.mkdir(parents=True, exist_ok=True)
        name = "report-family.json" if args.family else "report.json"
        (CACHE / name).write_text(json.dumps(doc, indent=1) + "\n")
        json.dump(doc, sys.stdout, indent=1)


if __name__ == "__main__":
    main()

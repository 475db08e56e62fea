"""Rebuild the detectors' shipped models from the train splits, reproducibly.

    .venv/bin/pip install -e ".[bench]"          # scikit-learn and scipy, for fitting only
    benchmarks/guard/fetch_sources.sh            # Tensor Trust, BIPIA, OpenAI moderation
    nice -n 10 .venv/bin/python benchmarks/guard/build_artifacts.py

Writes ``src/minigate/guard/data/``:

- ``injection.json``: the window classifier over MiniLM embeddings plus the nearest known
  attack, the n-gram model's intercept, and both thresholds (with and without embeddings);
- ``injection_ngrams.npy``: the n-gram weights (float16); ``injection_corpus.npy``: the known
  attacks' embeddings (float16);
- ``harm.json``: the harmful-or-not gate and one head per moderation category.

Every threshold is chosen on out-of-fold scores of the train split (5 folds, grouped so a
document's windows stay together), never on a test split. Embeddings are cached under
``.cache/guard-embeddings/`` so a rebuild only embeds new texts.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import guardlib
import handwritten
import injection_data
import numpy as np
import sources
from embedcache import cached_minilm
from injection_data import ATTACK, DEEPSET_BENIGN, DOCUMENTS, ORDINARY, Doc
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from minigate.guard.normalize import variants
from minigate.guard.scanners.artifacts import FORMAT, data_path
from minigate.guard.scanners.harm_categories import HEADS
from minigate.guard.scanners.injection_patterns import fired, heuristic_score
from minigate.guard.scanners.ngrams import BUCKETS, matrix

Embed = Callable[[list[str]], np.ndarray]
GRID = np.round(np.arange(0.30, 0.991, 0.01), 2)
INJECTION_CAPS = {DEEPSET_BENIGN: 0.04, ORDINARY: 0.01, DOCUMENTS: 0.02}
HARM_CAPS = {1: 0.05, 2: 0.01, 3: 0.02, 4: 0.05}
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
    t_full, tpr_full = pick_threshold(
        np.maximum.reduce([heuristic, ngram_doc, doc_max(best_emb["oof"])]),
        y,
        groups,
        INJECTION_CAPS,
    )
    t_cheap, tpr_cheap = pick_threshold(np.maximum(heuristic, ngram_doc), y, groups, INJECTION_CAPS)
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
            "sources": "deepset/prompt-injections, Tensor Trust, BIPIA, shared/data benign sets, "
            "hand-written rows (benchmarks/guard/sources.py, handwritten.py)",
        },
    }
    data_path("injection.json").write_text(json.dumps(doc, indent=1) + "\n")
    np.save(data_path("injection_ngrams.npy"), ngram.coef_[0].astype(np.float16))
    np.save(data_path("injection_corpus.npy"), x[corpus].astype(np.float16))


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


def harm_rows() -> tuple[list[str], np.ndarray, dict[str, np.ndarray], np.ndarray]:
    """Texts, harmful or not, a label per category head (-1: unknown) and benign groups
    (0 harmful, 1 XSTest safe, 2 ordinary, 3 deepset benign, 4 moderation negatives)."""
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
    for category, rows in handwritten.HARMFUL.items():
        head = category if category in HEADS else category.split("/")[0]
        known = {head: 1}
        if category == "harassment/threatening":
            known["violence"] = 1
        for text in rows:
            add(text, True, 0, known, -1)
    benign = (
        [(t, 1) for t in xs.where(False)]
        + [(t, 1) for t in handwritten.HARM_NEGATIVES]
        + [(t, 2) for t in guardlib.benign()["train"] + guardlib.instructions()["train"]]
        + [(t, 3) for t in guardlib.injection()["train"].where(False)]
    )
    for text, g in benign:
        add(text, False, g, {}, 0)
    return (
        texts,
        np.array(harmful),
        {h: np.array(v) for h, v in labels.items()},
        np.array(group),
    )


def build_harm(embed: Embed) -> None:
    texts, y, heads, groups = harm_rows()
    print(f"harm: {len(texts)} texts; embedding...")
    x = embed([variants(t).texts[0] for t in texts])
    split = folds(np.arange(len(texts)) % 5)
    w = balanced(groups, {0: 0.5, 1: 0.2, 2: 0.1, 3: 0.1, 4: 0.1})
    best: dict[str, Any] = {"tpr": -1.0}
    for c in (1.0, 4.0, 16.0):
        threshold, tpr = pick_threshold(_oof(x, y, w, split, c), y, groups, HARM_CAPS)
        print(f"  gate C={c:<5} threshold={threshold:.2f} out-of-fold detection={tpr:.3f}")
        if tpr > best["tpr"]:
            best = {"C": c, "tpr": tpr, "threshold": threshold}
    gate = fit(x, y, w, best["C"])
    out_heads = {}
    for head, lab in heads.items():
        known = lab >= 0
        xk, yk = x[known], lab[known] == 1
        wk = np.where(yk, 0.5 / max(1, yk.sum()), 0.5 / max(1, (~yk).sum())) * len(yk)
        oof = _oof(xk, yk, wk, folds(np.arange(len(yk)) % 5), 4.0)
        threshold = _best_f1(oof, yk)
        model = fit(xk, yk, wk, 4.0)
        out_heads[head] = {
            "coef": rounded(model.coef_[0]),
            "intercept": float(model.intercept_[0]),
            "threshold": threshold,
            "positives": int(yk.sum()),
            "negatives": int((~yk).sum()),
        }
        print(f"  head {head}: {int(yk.sum())} positives, threshold {threshold:.2f}")
    doc = {
        "format": FORMAT,
        "embedding_model": "all-MiniLM-L6-v2",
        "dims": int(x.shape[1]),
        "threshold": best["threshold"],
        "classifier": {
            "coef": rounded(gate.coef_[0]),
            "intercept": float(gate.intercept_[0]),
            "threshold": best["threshold"],
        },
        "heads": out_heads,
        "built_from": {
            "seed": guardlib.SEED,
            "harmful": int(y.sum()),
            "benign": int((~y).sum()),
            "C": best["C"],
            "threshold_rule": "gate: lowest with out-of-fold FPR <= 5% (xstest safe and hard "
            "negatives), <= 1% (ordinary), <= 2% (deepset benign), <= 5% (moderation "
            "negatives); heads: best out-of-fold F1",
            "out_of_fold_detection_rate": round(best["tpr"], 4),
            "sources": "openai/moderation-api-release, AdvBench, XSTest, shared/data benign sets, "
            "hand-written rows",
        },
    }
    data_path("harm.json").write_text(json.dumps(doc, indent=1) + "\n")


def _best_f1(score: np.ndarray, y: np.ndarray) -> float:
    best, chosen = -1.0, 0.5
    for t in GRID:
        flagged = score >= t
        tp = float((flagged & y).sum())
        f1 = 2 * tp / max(1.0, float(flagged.sum() + y.sum()))
        if f1 > best:
            best, chosen = f1, float(t)
    return chosen


def main() -> None:
    embed = cached_minilm(threads=2)
    build_injection(embed)
    build_harm(embed)
    for name in ("injection.json", "injection_ngrams.npy", "injection_corpus.npy", "harm.json"):
        print(f"{data_path(name)}: {data_path(name).stat().st_size / 1024:.0f} KiB")


if __name__ == "__main__":
    main()

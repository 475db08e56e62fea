"""Rebuild the detectors' shipped models from the train splits, reproducibly.

    .venv/bin/pip install -e ".[bench]"   # scikit-learn, for fitting only
    .venv/bin/python benchmarks/guard/build_artifacts.py

Writes ``src/minigate/guard/data/``: ``injection.json`` (classifier weights, threshold),
``injection_corpus.npy`` (float16 embeddings of the train-split injections) and ``harm.json``
(classifier weights, threshold, the category descriptions' vectors).
Each threshold is chosen on out-of-fold scores of the train split (5 folds), never on the
test split that ``detectors.py`` reports on.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import guardlib
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from minigate.guard.scanners.artifacts import FORMAT, data_path
from minigate.guard.scanners.harm_categories import DESCRIPTIONS
from minigate.guard.scanners.injection_patterns import fired, heuristic_score

Cs = (0.5, 1.0, 2.0, 4.0, 8.0, 16.0)
GRID = np.round(np.arange(0.30, 0.96, 0.01), 2)


def balanced_weights(groups: np.ndarray, shares: dict[int, float]) -> np.ndarray:
    """Each group gets ``shares[group]`` of the total weight, however many rows it has."""
    weights = np.zeros(len(groups))
    for group, share in shares.items():
        weights[groups == group] = share / max(1, int((groups == group).sum()))
    return weights * len(groups)


def out_of_fold(x: np.ndarray, y: np.ndarray, groups: np.ndarray, w: np.ndarray, c: float):
    """Probabilities for each train row from a model that did not see it."""
    folds = StratifiedKFold(5, shuffle=True, random_state=guardlib.SEED)
    oof = np.zeros(len(y))
    for fit_rows, held in folds.split(x, groups):
        model = LogisticRegression(C=c, max_iter=5000)
        model.fit(x[fit_rows], y[fit_rows], sample_weight=w[fit_rows])
        oof[held] = model.predict_proba(x[held])[:, 1]
    return oof


def pick_threshold(
    score: np.ndarray, y: np.ndarray, groups: np.ndarray, max_fpr: dict[int, float]
) -> tuple[float, float]:
    """The lowest threshold whose false-positive rate stays within ``max_fpr`` in every benign
    group (the most detections such a rule allows), and its detection rate."""
    for t in GRID:
        flagged = score >= t
        if all(flagged[groups == g].mean() <= cap for g, cap in max_fpr.items()):
            return float(t), float(flagged[y].mean())
    return 1.0, 0.0


def search(
    x: np.ndarray,
    y: np.ndarray,
    groups: np.ndarray,
    w: np.ndarray,
    max_fpr: dict[int, float],
    combine: Callable[[np.ndarray], np.ndarray],
) -> dict[str, Any]:
    """The regularisation and threshold with the best out-of-fold detection rate."""
    best: dict[str, Any] = {"tpr": -1.0}
    for c in Cs:
        threshold, tpr = pick_threshold(
            combine(out_of_fold(x, y, groups, w, c)), y, groups, max_fpr
        )
        print(f"  C={c:<4} threshold={threshold:.2f} out-of-fold detection={tpr:.3f}")
        if tpr > best["tpr"]:
            best = {"C": c, "threshold": threshold, "tpr": tpr}
    model = LogisticRegression(C=best["C"], max_iter=5000).fit(x, y, sample_weight=w)
    return {**best, "coef": model.coef_[0], "intercept": float(model.intercept_[0])}


def rounded(values: np.ndarray) -> list[float]:
    return [round(float(v), 6) for v in values]


def build_injection(embed: Callable[[list[str]], np.ndarray], benign: list[str]) -> None:
    train = guardlib.injection()["train"]
    texts = train.texts + benign
    y = np.array(train.labels + [False] * len(benign))
    # 0: injection, 1: deepset benign, 2: ordinary requests
    groups = np.array([0 if label else 1 for label in train.labels] + [2] * len(benign))
    w = balanced_weights(groups, {0: 0.5, 1: 0.25, 2: 0.25})
    x = embed(texts)
    corpus = x[: len(train.texts)][np.array(train.labels)]
    # Leave-one-out: an attack of the corpus must not count as its own near-duplicate.
    sims = x @ corpus.T
    attack_rows = np.flatnonzero(y)
    sims[attack_rows, np.arange(len(attack_rows))] = -1.0
    # The nearest known attack is one more feature beside the embedding: on its own it is a
    # weak signal (many attacks wrap a benign question), but it adds ~2 points out-of-fold.
    features = np.hstack([x, sims.max(axis=1, keepdims=True)])
    heuristic = np.array([heuristic_score(fired(t)) for t in texts])
    print("injection:")
    found = search(features, y, groups, w, {1: 0.05, 2: 0.01}, lambda p: np.maximum(p, heuristic))
    doc = {
        "format": FORMAT,
        "embedding_model": "all-MiniLM-L6-v2",
        "dims": int(x.shape[1]),  # the classifier has one more weight: the similarity
        "threshold": found["threshold"],
        "classifier": {
            "coef": rounded(found["coef"]),
            "intercept": found["intercept"],
            "threshold": found["threshold"],
        },
        "features": "embedding, then the cosine of the nearest injection_corpus row",
        "built_from": {
            "seed": guardlib.SEED,
            "deepset_train": {"injection": len(corpus), "benign": int((groups == 1).sum())},
            "ordinary_train": len(benign),
            "C": found["C"],
            "threshold_rule": "lowest with out-of-fold FPR <= 5% (deepset benign), "
            "<= 1% (ordinary requests)",
            "out_of_fold_detection_rate": round(found["tpr"], 4),
        },
    }
    data_path("injection.json").write_text(json.dumps(doc, indent=1) + "\n")
    np.save(data_path("injection_corpus.npy"), corpus.astype(np.float16))


def build_harm(embed: Callable[[list[str]], np.ndarray], benign: list[str]) -> None:
    adv, xs = guardlib.advbench()["train"], guardlib.xstest()["train"]
    deepset_benign = guardlib.injection()["train"].where(False)
    parts = [  # (texts, harmful, group)
        (adv.texts, True, 0),
        (xs.where(True), True, 0),
        (xs.where(False), False, 1),
        (benign, False, 2),
        (deepset_benign, False, 3),
    ]
    texts = [t for part, _, _ in parts for t in part]
    y = np.array([label for part, label, _ in parts for _ in part])
    groups = np.array([group for part, _, group in parts for _ in part])
    w = balanced_weights(groups, {0: 0.5, 1: 0.2, 2: 0.15, 3: 0.15})
    print("harm:")
    found = search(embed(texts), y, groups, w, {1: 0.10, 2: 0.01, 3: 0.02}, lambda p: p)
    names = list(DESCRIPTIONS)
    prototypes = [embed(list(DESCRIPTIONS[n])).mean(axis=0) for n in names]
    doc = {
        "format": FORMAT,
        "embedding_model": "all-MiniLM-L6-v2",
        "dims": len(found["coef"]),
        "threshold": found["threshold"],
        "classifier": {
            "coef": rounded(found["coef"]),
            "intercept": found["intercept"],
            "threshold": found["threshold"],
        },
        "categories": {
            n: rounded(v / np.linalg.norm(v)) for n, v in zip(names, prototypes, strict=True)
        },
        "built_from": {
            "seed": guardlib.SEED,
            "harmful_train": {"advbench": len(adv.texts), "xstest_unsafe": len(xs.where(True))},
            "benign_train": {
                "xstest_safe": len(xs.where(False)),
                "ordinary": len(benign),
                "deepset_benign": len(deepset_benign),
            },
            "C": found["C"],
            "threshold_rule": "lowest with out-of-fold FPR <= 10% (xstest safe), "
            "<= 1% (ordinary requests), <= 2% (deepset benign)",
            "out_of_fold_detection_rate": round(found["tpr"], 4),
        },
    }
    data_path("harm.json").write_text(json.dumps(doc, indent=1) + "\n")


def main() -> None:
    embed = guardlib.minilm(threads=2)
    # Ordinary questions and headlines, plus synthetic benign tasks (see guardlib.instructions).
    benign = guardlib.benign()["train"] + guardlib.instructions()["train"]
    build_injection(embed, benign)
    build_harm(embed, benign)
    for name in ("injection.json", "injection_corpus.npy", "harm.json"):
        print(f"{data_path(name)}: {data_path(name).stat().st_size / 1024:.0f} KiB")


if __name__ == "__main__":
    main()

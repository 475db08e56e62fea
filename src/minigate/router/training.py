"""Learning the router offline: embed labelled prompts, fit a logistic regression, and trace
the cost/quality curve of its thresholds.

Training rows are ``{"prompt": str, "label": 0|1}`` where 1 means the cheap model's answer
was good enough; an optional ``strong_label`` (0|1) says whether the strong model's was
(assumed 1 when absent).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from minigate.backends.builtin import resolve_weights
from minigate.backends.settings import BUILTIN_EMBEDDING_MODEL
from minigate.errors import ConfigError
from minigate.router.artifact import RouterArtifact

# The bundled weights the server's default embedding model serves (builtin:minilm).
EMBEDDING_WEIGHTS = "builtin:minilm"
GRID = [round(n * 0.05, 2) for n in range(21)]


class DataError(ConfigError):
    """A training or evaluation file that cannot be used; the message names file and line."""


@dataclass(frozen=True, slots=True)
class Row:
    prompt: str
    label: int
    strong_label: int


def read_rows(path: Path) -> list[Row]:
    """The labelled rows of a JSONL file; a bad line is a DataError naming its number."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DataError(f"Cannot read {path}: {exc.strerror}.") from None
    rows = [_row(path, n, line) for n, line in enumerate(lines, 1) if line.strip()]
    if not rows:
        raise DataError(f"{path} holds no rows; expected JSON lines with 'prompt' and 'label'.")
    return rows


def _row(path: Path, n: int, line: str) -> Row:
    try:
        data = json.loads(line)
    except ValueError:
        raise DataError(f"{path}:{n} is not valid JSON.") from None
    if not isinstance(data, dict) or not isinstance(data.get("prompt"), str):
        raise DataError(f"{path}:{n} needs a 'prompt' string.")
    label, strong = data.get("label"), data.get("strong_label", 1)
    if label not in (0, 1) or strong not in (0, 1):
        raise DataError(f"{path}:{n}: 'label' (and 'strong_label', if given) must be 0 or 1.")
    return Row(data["prompt"], int(label), int(strong))


def embed(texts: list[str]) -> np.ndarray:
    """Unit vectors of ``texts`` with the bundled all-MiniLM-L6-v2, offline, as the server's
    sentence_transformers backend computes them (so training and serving agree)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    import torch
    from sentence_transformers import SentenceTransformer

    torch.set_num_threads(1)  # as served; more threads barely help on short prompts
    model = SentenceTransformer(str(resolve_weights(EMBEDDING_WEIGHTS)), device="cpu")
    vectors = model.encode(
        texts,
        batch_size=64,
        normalize_embeddings=True,
        convert_to_numpy=True,
        show_progress_bar=False,  # stdout and stderr stay for results and errors
    )
    return np.asarray(vectors, dtype=np.float32)


def check_trainable(rows: list[Row]) -> None:
    """Both classes must be present; checked before the (slow) embedding."""
    labels = {r.label for r in rows}
    if len(labels) < 2:
        raise DataError(
            f"Every row has label {labels.pop()}; training needs prompts the cheap model got "
            "right (1) and prompts it got wrong (0)."
        )


def train(rows: list[Row], vectors: np.ndarray, c: float = 1.0) -> RouterArtifact:
    """Fit P(label = 1 | vector)."""
    from sklearn.linear_model import LogisticRegression

    check_trainable(rows)
    labels = np.array([r.label for r in rows])
    model = LogisticRegression(C=c, max_iter=2000)
    model.fit(vectors, labels)
    stats = {
        "rows": len(rows),
        "cheap_good_share": round(float(labels.mean()), 4),
        "train_accuracy": round(float(model.score(vectors, labels)), 4),
        "c": c,
        "trained_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    return RouterArtifact(
        embedding_model=BUILTIN_EMBEDDING_MODEL,
        coef=np.asarray(model.coef_[0], dtype=np.float64),
        intercept=float(model.intercept_[0]),
        stats=stats,
    )


def point(rows: list[Row], p: np.ndarray, threshold: float) -> dict[str, float]:
    """Strong share and accuracy when prompts with P(cheap good) >= threshold go cheap."""
    cheap = p >= threshold
    correct = [r.label if c else r.strong_label for r, c in zip(rows, cheap, strict=True)]
    return {
        "threshold": threshold,
        "strong_share": round(float(1 - cheap.mean()), 4),
        "accuracy": round(float(np.mean(correct)), 4),
    }


def curve(rows: list[Row], p: np.ndarray, target_quality: float = 0.95) -> dict[str, Any]:
    """The curve over a threshold grid, and the cheapest threshold whose accuracy reaches
    ``target_quality`` times the always-strong accuracy (RouteLLM's "% of strong quality")."""
    strong_acc = float(np.mean([r.strong_label for r in rows]))
    cheap_acc = float(np.mean([r.label for r in rows]))
    # Every distinct probability is a threshold where a decision flips: search them all.
    candidates = sorted({*GRID, *(round(float(x), 4) for x in p if x <= 1)})
    points = [point(rows, p, t) for t in candidates]
    goal = target_quality * strong_acc
    reaching = [q for q in points if q["accuracy"] >= goal - 1e-9]
    best = min(reaching, key=lambda q: (q["strong_share"], -q["accuracy"]), default=None)
    return {
        "rows": len(rows),
        "always_cheap_accuracy": round(cheap_acc, 4),
        "always_strong_accuracy": round(strong_acc, 4),
        "target_quality": target_quality,
        "target_accuracy": round(goal, 4),
        "chosen": best,
        "curve": [point(rows, p, t) for t in GRID],
    }

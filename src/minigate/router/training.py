"""Learning the router offline: featurise labelled prompts, fit a logistic regression, and
choose its threshold on a calibration split.

Training rows are ``{"prompt": str, "label": 0|1, "strong_label": 0|1[, "task": str]}``:
``label`` says whether the cheap model's answer was right, ``strong_label`` whether the strong
model's was. The router learns P(the cheap answer is good enough): only rows where the cheap
model was wrong *and* the strong one right need the strong model; where both were wrong,
escalating buys nothing.

Features: the prompt's unit embedding (all-MiniLM-L6-v2), its log length, a one-hot task tag,
and the task's prior share of rows needing the strong model, as measured on the training rows.
Trained ``after_cheap``, also the cheap answer's mean token logprob, log length and whether it
was cut off (rows need ``cheap_mean_logprob`` and ``cheap_tokens``, and may give
``cheap_finish_reason``): a learned cascade, whose features carry over to tasks absent from
training better than the prompt's alone.

``train_knn`` fits nothing: it keeps the prompts' embeddings and whether each needed the
strong model, for a kNN router (``minigate.router.knn``). Trained ``after_cheap``, it also
fits a kNN cascade: a logistic regression over each training row's leave-one-out neighbour
share, its prompt's log length and its cheap answer's features.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from minigate.backends.builtin import resolve_weights
from minigate.backends.onnx_encoder import quiet_loading
from minigate.backends.settings import BUILTIN_EMBEDDING_MODEL
from minigate.errors import ConfigError
from minigate.paths import read_text
from minigate.router.artifact import RouterArtifact, answer_features, side_features
from minigate.router.knn import KnnArtifact, need_share, stack_inputs

# The bundled weights the server's default embedding model serves (builtin:minilm).
EMBEDDING_WEIGHTS = "builtin:minilm"
EMBED_BATCH = 64


class DataError(ConfigError):
    """A training or evaluation file that cannot be used; the message names file and line."""


@dataclass(frozen=True, slots=True)
class Row:
    prompt: str
    label: int  # the cheap model's answer was right
    strong_label: int  # the strong model's answer was right
    task: str | None = None
    cheap_tokens: tuple[int, int] | None = None  # (prompt, completion), when labelled here
    strong_tokens: tuple[int, int] | None = None
    cheap_mean_logprob: float | None = None  # the cheap answer's mean token logprob
    cheap_truncated: bool = False  # cut off at the token limit (finish_reason "length")
    cheap_answer: str | None = None  # the cheap model's answer text, when labelled here

    @property
    def needs_strong(self) -> bool:
        return not self.label and bool(self.strong_label)


def read_rows(path: Path) -> list[Row]:
    """The labelled rows of a JSONL file; a bad line is a DataError naming its number.

    Lines are split on "\\n" only: U+2028 and U+0085 are valid inside a JSON string, and
    ``str.splitlines()`` would break a row at them (and miscount every later line)."""
    lines = read_text(path, "labelled rows", DataError).split("\n")
    rows = [_row(path, n, line) for n, line in enumerate(lines, 1) if line.strip()]
    if not rows:
        raise DataError(f"{path} holds no rows; expected JSON lines with 'prompt' and 'label'.")
    return rows


def _row(path: Path, n: int, line: str) -> Row:
    import json

    try:
        data = json.loads(line)
    except ValueError:
        raise DataError(f"{path}:{n} is not valid JSON.") from None
    if not isinstance(data, dict) or not isinstance(data.get("prompt"), str):
        raise DataError(f"{path}:{n} needs a 'prompt' string.")
    if "strong_label" not in data:
        raise DataError(
            f"{path}:{n} has no 'strong_label'; give 0 or 1 (whether the strong model's answer "
            "was right): 'minigate router label' writes both labels."
        )
    label, strong = data.get("label"), data["strong_label"]
    if label not in (0, 1) or strong not in (0, 1) or isinstance(label, bool):
        raise DataError(f"{path}:{n}: 'label' and 'strong_label' must be 0 or 1.")
    task = data.get("task")
    return Row(
        data["prompt"],
        int(label),
        int(strong),
        str(task) if task is not None else None,
        _tokens(data.get("cheap_tokens")),
        _tokens(data.get("strong_tokens")),
        _logprob(data.get("cheap_mean_logprob")),
        data.get("cheap_finish_reason") == "length",
        answer if isinstance(answer := data.get("cheap_answer"), str) else None,
    )


def _logprob(value: Any) -> float | None:
    ok = isinstance(value, int | float) and not isinstance(value, bool) and value <= 0
    return float(value) if ok else None


def _tokens(value: Any) -> tuple[int, int] | None:
    if isinstance(value, list) and len(value) == 2 and all(isinstance(v, int) for v in value):
        return (value[0], value[1])
    return None


def embedding_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "minigate" / "router-embeddings"


def embed(
    texts: list[str],
    cache: Path | None = None,
    progress: Callable[[int], None] = lambda _: None,
    quiet: bool = False,
) -> np.ndarray:
    """Unit vectors of ``texts`` with the bundled all-MiniLM-L6-v2, offline, as the server's
    sentence_transformers backend computes them (so training and serving agree).

    With ``cache``, vectors are kept there by the text's hash and only new texts are embedded;
    ``progress`` is told how many texts each batch embedded (cached ones count at once);
    ``quiet`` silences the bar the library draws on stderr while it loads the weights (drawn
    only on a terminal in any case)."""
    keys = [hashlib.sha256(t.encode()).hexdigest() for t in texts]
    known = _cached(cache, keys)
    progress(len(known))
    todo = sorted({k: t for k, t in zip(keys, texts, strict=True) if k not in known}.items())
    if todo:
        model = _model(quiet)
        for start in range(0, len(todo), EMBED_BATCH):
            batch = todo[start : start + EMBED_BATCH]
            vectors = model.encode(
                [t for _, t in batch],
                batch_size=EMBED_BATCH,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,  # stdout and stderr stay for results and errors
            )
            for (key, _), vector in zip(batch, vectors, strict=True):
                known[key] = np.asarray(vector, dtype=np.float32)
            _store(cache, batch, known)
            progress(sum(1 for k in keys if k in {b for b, _ in batch}))
    return np.stack([known[k] for k in keys]).astype(np.float32)


def embedding_width() -> int:
    """The width of the vectors ``embed`` gives, read from the bundled model's config
    without loading it: what an answer-only router's zero vectors are shaped as in training
    (``numeric.unembedded``), and so the ``dim`` its artifact records."""
    config = resolve_weights(EMBEDDING_WEIGHTS) / "config.json"
    return int(json.loads(config.read_text(encoding="utf-8"))["hidden_size"])


def _model(quiet: bool = False) -> Any:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    import torch
    from sentence_transformers import SentenceTransformer

    quiet_loading(bars=not quiet)
    torch.set_num_threads(1)  # as served; more threads barely help on short prompts
    return SentenceTransformer(str(resolve_weights(EMBEDDING_WEIGHTS)), device="cpu")


def _cached(cache: Path | None, keys: list[str]) -> dict[str, np.ndarray]:
    if cache is None:
        return {}
    found = {}
    for key in set(keys):
        path = cache / key[:2] / f"{key}.npy"
        if path.is_file():
            try:
                found[key] = np.load(path)
            except (OSError, ValueError):
                continue  # a torn file: embed again
    return found


def _store(cache: Path | None, batch: list[tuple[str, str]], known: dict[str, np.ndarray]) -> None:
    if cache is None:
        return
    for key, _ in batch:
        folder = cache / key[:2]
        folder.mkdir(parents=True, exist_ok=True)
        part = folder / f"{key}.tmp.npy"
        np.save(part, known[key])
        part.replace(folder / f"{key}.npy")


def check_trainable(rows: list[Row]) -> None:
    """Both classes must be present; checked before the (slow) embedding."""
    labels = {int(not r.needs_strong) for r in rows}
    if len(labels) < 2:
        which = "needs the strong model" if labels == {0} else "can stay with the cheap model"
        raise DataError(
            f"Every row {which}; training needs prompts where the cheap model was wrong and "
            "the strong one right (label 0, strong_label 1), and prompts where it was not."
        )


def task_priors(rows: list[Row]) -> dict[str, float]:
    """Per task, the share of rows that need the strong model (smoothed toward the mean)."""
    overall = float(np.mean([r.needs_strong for r in rows]))
    priors = {}
    for task in sorted({r.task for r in rows if r.task}):
        needs = [r.needs_strong for r in rows if r.task == task]
        priors[task] = (sum(needs) + 2 * overall) / (len(needs) + 2)
    return priors


def features(
    rows: list[Row], vectors: np.ndarray, tasks: list[str], priors: dict[str, float]
) -> np.ndarray:
    side = [side_features(r.prompt, r.task, tasks, priors) for r in rows]
    return np.hstack([vectors, np.asarray(side, dtype=np.float64).reshape(len(rows), -1)])


def answers_of(rows: list[Row]) -> np.ndarray:
    """The cheap answers' features (n x 3); a row without logprob or tokens is a DataError
    (without ``cheap_finish_reason`` an answer counts as not cut off)."""
    missing = [
        n for n, r in enumerate(rows, 1) if r.cheap_mean_logprob is None or not r.cheap_tokens
    ]
    if missing:
        raise DataError(
            f"{len(missing)} rows (the first is row {missing[0]}) lack 'cheap_mean_logprob' or "
            "'cheap_tokens'; a router after cheap needs both ('minigate router label' writes "
            "them when the cheap model reports logprobs)."
        )
    return np.asarray(
        [
            answer_features(
                r.cheap_mean_logprob or 0.0, (r.cheap_tokens or (0, 0))[1], r.cheap_truncated
            )
            for r in rows
        ],
        dtype=np.float64,
    ).reshape(len(rows), 3)  # (0, 3) for no rows


def train(
    rows: list[Row],
    vectors: np.ndarray,
    c: float = 1.0,
    after_cheap: bool = False,
    answer_only: bool = False,
) -> RouterArtifact:
    """Fit P(cheap good enough | features); good enough unless the strong model is needed.
    With ``after_cheap``, the cheap answer's features join the prompt's. With
    ``answer_only`` (implies ``after_cheap``), only the cheap answer's features and the
    prompt's log length count (the embedding's and task's weights are zero): nothing tied to
    the training tasks' wording, so what it learns can hold on a task it never saw."""
    from sklearn.linear_model import LogisticRegression

    check_trainable(rows)
    after_cheap = after_cheap or answer_only
    tasks = [] if answer_only else sorted({r.task for r in rows if r.task})
    priors = {} if answer_only else task_priors(rows)
    x = features(rows, vectors, tasks, priors)
    dim = vectors.shape[1]
    if answer_only:
        x = x[:, dim:]  # the log length alone
    answers = answers_of(rows) if after_cheap else np.zeros((len(rows), 0))
    x = np.hstack([x, answers])
    y = np.array([int(not r.needs_strong) for r in rows])
    model = LogisticRegression(C=c, max_iter=2000)
    model.fit(x, y)
    coef = np.asarray(model.coef_[0], dtype=np.float64)
    if answer_only:
        coef = np.concatenate([np.zeros(dim), coef])
    extra = answers.shape[1]
    stats = {
        "rows": len(rows),
        "needs_strong_share": round(float(1 - y.mean()), 4),
        "cheap_right_share": round(float(np.mean([r.label for r in rows])), 4),
        "train_accuracy": round(float(model.score(x, y)), 4),
        "c": c,
        "after_cheap": after_cheap,
        "answer_only": answer_only,
        "trained_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    return RouterArtifact(
        embedding_model=BUILTIN_EMBEDDING_MODEL,
        coef=coef[:dim],
        intercept=float(model.intercept_[0]),
        stats=stats,
        side_coef=coef[dim : len(coef) - extra],
        tasks=tasks,
        priors=priors,
        answer_coef=coef[len(coef) - extra :],
    )


def train_knn(
    rows: list[Row], vectors: np.ndarray, k: int = 15, after_cheap: bool = False, c: float = 1.0
) -> KnnArtifact:
    """A kNN router over the labelled prompts: the strong model is needed where the cheap
    one was wrong and the strong one right. With ``after_cheap``, a kNN cascade (see the
    module's docstring; ``c`` is its logistic regression's inverse regularisation)."""
    check_trainable(rows)
    needs = np.array([float(r.needs_strong) for r in rows])
    stored = vectors.astype(np.float64)
    stats: dict[str, Any] = {
        "rows": len(rows),
        "needs_strong_share": round(float(needs.mean()), 4),
        "cheap_right_share": round(float(np.mean([r.label for r in rows])), 4),
        "k": k,
        "kind": "knn_cascade" if after_cheap else "knn",
        "trained_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    if not after_cheap:
        return KnnArtifact(BUILTIN_EMBEDDING_MODEL, stored, needs, k, stats)
    from sklearn.linear_model import LogisticRegression

    similar = stored @ stored.T
    np.fill_diagonal(similar, -np.inf)  # a row is not its own neighbour
    x = stack_inputs(need_share(similar, needs, k), [r.prompt for r in rows], answers_of(rows))
    y = 1 - needs.astype(int)
    model = LogisticRegression(C=c, max_iter=2000).fit(x, y)
    stats |= {"c": c, "train_accuracy": round(float(model.score(x, y)), 4)}
    return KnnArtifact(
        BUILTIN_EMBEDDING_MODEL,
        stored,
        needs,
        k,
        stats,
        stack_coef=np.asarray(model.coef_[0], dtype=np.float64),
        stack_intercept=float(model.intercept_[0]),
    )

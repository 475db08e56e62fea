"""The learned parts of the detectors: small logistic regressions over sentence embeddings.

They ship as JSON in ``minigate/guard/data`` (weights, threshold and how they were built) and
run in numpy: no scikit-learn, no pickle at runtime. ``benchmarks/guard/build_artifacts.py``
writes them from the train splits of public labelled sets.
"""

from __future__ import annotations

import io
import json
import lzma
import math
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from minigate.errors import ConfigError

FORMAT = 1
REBUILD = "rebuild it with `python benchmarks/guard/build_artifacts.py` or reinstall minigate"


def data_path(name: str) -> Path:
    return Path(str(resources.files("minigate.guard") / "data" / name))


@dataclass(frozen=True, slots=True)
class LinearModel:
    """``sigmoid(x @ coef + intercept)`` over unit-length sentence vectors."""

    coef: np.ndarray
    intercept: float
    threshold: float
    meta: dict[str, Any]

    def prob(self, vectors: np.ndarray) -> np.ndarray:
        probs: np.ndarray = 1.0 / (1.0 + np.exp(-(vectors @ self.coef + self.intercept)))
        return probs


def sigmoid(x: float) -> float:
    """The logistic function, without overflow for a very negative ``x``."""
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


def logit(p: float) -> float:
    """The log-odds of ``p``, clipped to [1e-6, 1 - 1e-6] so that 0 and 1 stay finite."""
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1.0 - p))


def logits(p: Any, clip: float = 1e-6) -> np.ndarray:
    """``logit`` over an array of probabilities, in float64, clipped to [clip, 1 - clip]."""
    q = np.clip(np.asarray(p, dtype=np.float64), clip, 1 - clip)
    out: np.ndarray = np.log(q / (1 - q))
    return out


def platt(raw: float, scale: float, shift: float) -> float:
    """A raw probability Platt-scaled: ``sigmoid(scale * logit(raw) + shift)``."""
    return sigmoid(scale * logit(raw) + shift)


def load_json(name: str, path: Path | None = None) -> dict[str, Any]:
    """A detector's JSON artifact; any fault is a ConfigError that says how to fix it."""
    path = path or data_path(name)
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"Guard model file '{path}' is missing; {REBUILD}.") from None
    except (OSError, ValueError) as exc:
        raise ConfigError(f"Guard model file '{path}' is unreadable ({exc}); {REBUILD}.") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ConfigError(f"Guard model file '{path}' is not format {FORMAT}; {REBUILD}.")
    return doc


def overlaid(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    """``base`` with ``over``'s entries in its place: an object in both is overlaid key by key,
    any other value of ``over`` replaces ``base``'s whole (a data overlay holds only what
    differs from the shipped file: the permissive overlay, injection.py)."""
    out = dict(base)
    for key, value in over.items():
        below = base.get(key)
        if isinstance(value, dict) and isinstance(below, dict):
            value = overlaid(below, value)
        out[key] = value
    return out


def linear_model(doc: dict[str, Any], key: str, dims: int, path: str) -> LinearModel:
    """The model stored under ``doc[key]``, checked against the embedding width."""
    try:
        part = doc[key]
        coef = np.asarray(part["coef"], dtype=np.float32)
        model = LinearModel(coef, float(part["intercept"]), float(part["threshold"]), doc)
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"Guard model file '{path}' lacks '{key}' ({exc}); {REBUILD}.") from None
    if coef.shape != (dims,) or not np.isfinite(coef).all():
        raise ConfigError(
            f"Guard model file '{path}': '{key}' has {coef.shape} weights, "
            f"not {dims} finite ones; {REBUILD}."
        )
    return model


@dataclass(frozen=True, slots=True)
class CalibratedHead:
    """A linear head with its Platt scaling and any named numbers stored beside its weights."""

    model: LinearModel
    calibration: tuple[float, float]
    extra: dict[str, float]


def optional_doc(name: str, data_dir: Path | None = None) -> tuple[Path, dict[str, Any]] | None:
    """The JSON file ``name`` and its path, from ``data_dir`` (the shipped data by default);
    None where a data folder of its own has no such file (a rebuild of the other models)."""
    path = data_dir / name if data_dir else data_path(name)
    if data_dir is not None and not path.exists():
        return None
    return path, load_json(name, path)


def calibrated_head(
    name: str,
    key: str,
    dims: int,
    what: str,
    data_dir: Path | None = None,
    extra: tuple[str, ...] = (),
) -> CalibratedHead | None:
    """The head under ``key`` in the JSON file ``name`` (in ``data_dir``, else the shipped
    data), read by ``head_from_doc``; None where a data folder of its own has no such file (a
    rebuild of the other models)."""
    found = optional_doc(name, data_dir)
    if found is None:
        return None
    return head_from_doc(found, key, dims, what, extra)


def head_from_doc(
    found: tuple[Path, dict[str, Any]],
    key: str,
    dims: int,
    what: str,
    extra: tuple[str, ...] = (),
) -> CalibratedHead:
    """The head under ``key`` in an already parsed file (``optional_doc``'s path and document,
    for a file that holds more than one head), with ``calibration`` beside it and the numbers
    ``extra`` names inside ``doc[key]``, every one checked finite and the threshold in (0, 1];
    ``what`` names the head in errors."""
    path, doc = found
    try:
        model = linear_model(doc, key, dims, str(path))
    except ConfigError as exc:
        raise ConfigError(f"The {what}: {exc}") from None
    try:
        a, b = (float(v) for v in doc["calibration"])
        numbers = {k: float(doc[key][k]) for k in extra}
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(
            f"Guard data file '{path}' lacks the {what}'s calibration"
            f"{''.join(f' or {k}' for k in extra)} ({exc}); {REBUILD}."
        ) from None
    if not all(math.isfinite(v) for v in (model.intercept, a, b, *numbers.values())) or not (
        0.0 < model.threshold <= 1.0
    ):
        raise ConfigError(
            f"Guard data file '{path}': the {what}'s intercept, "
            f"{''.join(f'{k}, ' for k in extra)}calibration or threshold is not finite or not in "
            f"(0, 1]; {REBUILD}."
        )
    return CalibratedHead(model, (a, b), numbers)


def packed_npy(array: np.ndarray) -> bytes:
    """``array`` as the bytes of an xz-compressed ``.npy`` file."""
    out = io.BytesIO()
    np.save(out, array, allow_pickle=False)
    return lzma.compress(out.getvalue())


def save_npy(path: Path, array: np.ndarray) -> None:
    """Write ``array`` as ``load_npy`` reads it back: an ``.npy`` file, xz-compressed where
    the name ends in ``.xz`` (``np.save`` alone would append ``.npy`` to such a name)."""
    if path.name.endswith(".xz"):
        path.write_bytes(packed_npy(array))
    else:
        np.save(path, array, allow_pickle=False)


def load_npy(path: Path) -> np.ndarray:
    """An ``.npy`` file, or one compressed as ``.npy.xz``."""
    try:
        if path.name.endswith(".xz"):
            with lzma.open(path) as packed:
                array: np.ndarray = np.load(io.BytesIO(packed.read()), allow_pickle=False)
        else:
            array = np.load(path, allow_pickle=False)
    except FileNotFoundError:
        raise ConfigError(f"Guard data file '{path}' is missing; {REBUILD}.") from None
    except (OSError, ValueError, lzma.LZMAError, EOFError) as exc:
        raise ConfigError(f"Guard data file '{path}' is unreadable ({exc}); {REBUILD}.") from None
    return array


def load_weights(name: str, length: int, path: Path | None = None) -> np.ndarray:
    """A float16 ``.npy`` weight vector of ``length`` finite values, as float32."""
    path = path or data_path(name)
    vector = load_npy(path)
    if vector.shape != (length,) or not np.isfinite(vector).all():
        raise ConfigError(
            f"Guard data file '{path}' holds a {vector.shape} array, not ({length},); {REBUILD}."
        )
    weights: np.ndarray = vector.astype(np.float32)
    return weights


def load_part_weights(part: str, name: str, length: int, data_dir: Path | None) -> np.ndarray:
    """``load_weights`` for a reader's part of a guard model file (its file in ``data_dir``
    where the model file has one, else in the shipped data folder), any error naming ``part``."""
    try:
        return load_weights(name, length, data_dir / name if data_dir else data_path(name))
    except ConfigError as exc:
        raise ConfigError(f"The {part}: {exc}") from None


def load_vectors(name: str, dims: int, path: Path | None = None) -> np.ndarray:
    """A float16 ``.npy`` matrix of unit vectors, as float32, checked for shape."""
    path = path or data_path(name)
    matrix = load_npy(path)
    if matrix.ndim != 2 or matrix.shape[1] != dims or not np.isfinite(matrix).all():
        raise ConfigError(
            f"Guard data file '{path}' holds a {matrix.shape} matrix, not (n, {dims}); {REBUILD}."
        )
    vectors: np.ndarray = matrix.astype(np.float32)
    return vectors

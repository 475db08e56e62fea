"""Semantic lookup: embed the last user turn, find the cached turns nearest by cosine.

Candidates are only the entries sharing the request's semantic filter (same tenant, model,
system prompt, earlier turns and sampling parameters), so a brute-force numpy scan is exact
and cheap: benchmarks/cache.py measures it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from minigate.cache.store.protocol import Vectors


@dataclass(frozen=True, slots=True)
class Match:
    key: str
    similarity: float


def nearest(query: np.ndarray, candidates: Vectors, threshold: float) -> list[Match]:
    """The candidates at least ``threshold`` similar (cosine of unit vectors), best first."""
    if not candidates.keys or candidates.matrix.shape[1] != query.shape[0]:
        return []
    scores = candidates.matrix @ query
    close = np.flatnonzero(scores >= threshold)
    return [
        Match(candidates.keys[i], float(scores[i]))
        for i in close[np.argsort(-scores[close], kind="stable")]
    ]

"""Semantic lookup: embed the last user turn, find the nearest cached turn by cosine.

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


def nearest(query: np.ndarray, candidates: Vectors) -> Match | None:
    """The most similar candidate (cosine of unit vectors), or None when there are none."""
    if not candidates.keys or candidates.matrix.shape[1] != query.shape[0]:
        return None
    scores = candidates.matrix @ query
    best = int(np.argmax(scores))
    return Match(candidates.keys[best], float(scores[best]))

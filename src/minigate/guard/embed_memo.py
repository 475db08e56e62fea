"""One embedding per window, whichever scanner asks first.

The injection and harm scanners both read the folded text in the same windows
(``chunks.windows``), and each embeds them for itself: on the input side of the full policy
that doubled the MiniLM work per prompt. ``EmbedMemo`` wraps the gateway's embedding
function once, where the guard's dependencies are built, so the second scanner's windows
come from memory. It is bounded (least recently used out), and the vectors a call returns
are collected before anything is evicted, so concurrent scans cannot take them away.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from minigate.guard.protocol import EmbedFn

# About 6 MB of MiniLM vectors: a few hundred long prompts' windows, far more than one
# request's scanners share, and a fixed ceiling whatever the traffic.
MEMO_SIZE = 4096


class EmbedMemo:
    """An ``EmbedFn`` that embeds each distinct text once while it is remembered."""

    def __init__(self, embed: EmbedFn, size: int = MEMO_SIZE) -> None:
        self.embed = embed
        self.size = size
        self._vectors: OrderedDict[str, np.ndarray] = OrderedDict()
        # Scanners run on the event loop, but benchmarks and workers may share one memo
        # across threads: the lock keeps the LRU's bookkeeping whole (never held over I/O).
        self._lock = threading.Lock()

    async def __call__(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return await self.embed(texts)
        distinct = list(dict.fromkeys(texts))
        found = self._recall(distinct)
        missing = [t for t in distinct if t not in found]
        if missing:
            fresh = await self.embed(missing)
            found.update((t, np.array(v)) for t, v in zip(missing, fresh, strict=True))
            self._remember({t: found[t] for t in missing})
        return np.stack([found[t] for t in texts])

    def __len__(self) -> int:
        return len(self._vectors)

    def clear(self) -> None:
        with self._lock:
            self._vectors.clear()

    def _recall(self, texts: list[str]) -> dict[str, np.ndarray]:
        with self._lock:
            found = {t: self._vectors[t] for t in texts if t in self._vectors}
            for text in found:
                self._vectors.move_to_end(text)
        return found

    def _remember(self, vectors: dict[str, np.ndarray]) -> None:
        with self._lock:
            self._vectors.update(vectors)
            for text in vectors:
                self._vectors.move_to_end(text)
            while len(self._vectors) > self.size:
                self._vectors.popitem(last=False)

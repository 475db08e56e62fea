"""MiniLM embeddings remembered on disk (``.cache/guard-embeddings/``, gitignored), so that
rebuilding the detectors or rerunning a benchmark embeds only the texts it has not seen."""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Callable

import guardlib
import numpy as np

CACHE = guardlib.ROOT / ".cache" / "guard-embeddings"
BATCH = 256


def _key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


def cached_minilm(threads: int = 1) -> Callable[[list[str]], np.ndarray]:
    """``guardlib.minilm`` with a disk cache of the vectors it made."""
    CACHE.mkdir(parents=True, exist_ok=True)
    keys_file, vectors_file = CACHE / "keys.txt", CACHE / "vectors.npy"
    index: dict[str, int] = {}
    store = np.zeros((0, 384), dtype=np.float32)
    if keys_file.exists() and vectors_file.exists():
        keys = keys_file.read_text().split()
        store = np.load(vectors_file)
        index = {k: i for i, k in enumerate(keys[: len(store)])}
    model: list[Callable[[list[str]], np.ndarray]] = []

    def encode(texts: list[str]) -> np.ndarray:
        nonlocal store
        wanted = [_key(t) for t in texts]
        missing = list({k: t for k, t in zip(wanted, texts, strict=True) if k not in index}.items())
        if missing and not model:
            model.append(guardlib.minilm(threads))
        for start in range(0, len(missing), BATCH):
            part = missing[start : start + BATCH]
            vectors = model[0]([t for _, t in part])
            for k, _ in part:
                index[k] = len(index)
            store = np.vstack([store, vectors.astype(np.float32)])
            np.save(vectors_file, store)
            keys_file.write_text("\n".join(sorted(index, key=index.__getitem__)))
            done = min(start + BATCH, len(missing))
            print(f"    embedded {done}/{len(missing)}", file=sys.stderr, flush=True)
        return store[[index[k] for k in wanted]]

    return encode

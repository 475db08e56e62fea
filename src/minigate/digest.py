"""SHA-256 of a file, read in 1 MiB chunks: the identity of a model's weights or an adapter in
the audit trail, the engine's ``system_fingerprint`` and the lifecycle's reports and caches.

Several of them hash the same model file at start (the audit trail and the engine each want
its weights' digest), so a digest is remembered per file, by its device, inode, size and
modification time: a file replaced or rewritten since is read again. A lock per file makes a
second caller wait for the first's reading rather than read the file twice at once."""

from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path

_CHUNK = 1 << 20
_Identity = tuple[int, int, int, int]
_known: dict[_Identity, str] = {}
_locks: dict[_Identity, threading.Lock] = {}
_guard = threading.Lock()


def file_sha256(path: Path) -> str:
    stat = os.stat(path)
    identity = (stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns)
    with _guard:
        lock = _locks.setdefault(identity, threading.Lock())
    with lock:
        if (known := _known.get(identity)) is not None:
            return known
        found = _read(path)
        _known[identity] = found
        return found


def _read(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()

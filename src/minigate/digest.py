"""SHA-256 of a file, read in 1 MiB chunks: the identity of a model's weights or an adapter in
the audit trail and in the lifecycle's reports and caches."""

from __future__ import annotations

import hashlib
from pathlib import Path

_CHUNK = 1 << 20


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()

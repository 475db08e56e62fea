"""A file's digest is remembered, and read again once the file is rewritten or replaced."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from minigate.digest import file_sha256


def test_a_rewritten_or_replaced_file_is_read_again(tmp_path: Path) -> None:
    weights = tmp_path / "w.bin"
    weights.write_bytes(b"a" * 4096)
    assert file_sha256(weights) == hashlib.sha256(b"a" * 4096).hexdigest()
    assert file_sha256(weights) == hashlib.sha256(b"a" * 4096).hexdigest()
    stat = weights.stat()
    weights.write_bytes(b"b" * 4096)  # the same size, written in place
    os.utime(weights, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert file_sha256(weights) == hashlib.sha256(b"b" * 4096).hexdigest()
    other = tmp_path / "other.bin"
    other.write_bytes(b"c" * 4096)
    os.replace(other, weights)  # another inode under the same name
    assert file_sha256(weights) == hashlib.sha256(b"c" * 4096).hexdigest()

"""Anchors: the chain's heads, appended to a sink outside the database as they are written.

A chain and its checkpoints live in one database: whoever can write to it can cut its tail
(and the last checkpoints with it), delete everything, or start a fresh chain, and what is
left verifies. An anchor is an append-only record of heads kept elsewhere (a file on another
volume or host, opened with O_APPEND; ideally one that only this gateway's user may append
to and nobody may rewrite, such as ``chattr +a`` or a log shipped off the host). Every batch of
entries appends its head once committed, and every signed checkpoint appends its head with
its signature; ``minigate audit verify --anchor FILE`` then checks that each anchored head is
still in the chain, so a truncation, a deletion, a rewrite (re-signed or not) or a fresh
chain is caught as far as the last anchored head.

A line is JSON: ``{"seq", "head_hash", "at"}`` and, for checkpoints, ``"signature"`` and
``"public_key_id"``.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import orjson

from minigate.audit.chain import utc_stamp
from minigate.errors import ConfigError

log = logging.getLogger("minigate.audit")
Row = dict[str, Any]


class FileAnchor:
    """Appends heads to a file, one JSON line each, with O_APPEND (several gateways may share
    one file: each line is written with a single ``write``)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        except OSError as exc:
            raise ConfigError(
                f"Cannot open the audit anchor {path} (audit.anchor_path): {exc.strerror}."
            ) from None
        self._last = 0

    def head(self, seq: int, head_hash: str) -> None:
        """Anchor an unsigned head (a batch just committed); heads not past the last are
        skipped."""
        if seq > self._last:
            self._write({"seq": seq, "head_hash": head_hash, "at": utc_stamp()}, sync=False)
            self._last = seq

    def checkpoint(self, seq: int, head_hash: str, signature: str, key_id: str) -> None:
        line = {
            "seq": seq,
            "head_hash": head_hash,
            "at": utc_stamp(),
            "signature": signature,
            "public_key_id": key_id,
        }
        self._write(line, sync=True)
        self._last = max(self._last, seq)

    def _write(self, line: Row, *, sync: bool) -> None:
        try:
            os.write(self._fd, orjson.dumps(line) + b"\n")
            if sync:
                os.fsync(self._fd)
        except OSError:
            # The entry is in the chain already; an anchor that cannot be written is loud.
            log.exception("Could not append to the audit anchor %s", self.path)

    def close(self) -> None:
        os.close(self._fd)


def read_anchor(path: Path) -> list[Row]:
    """The heads anchored in ``path``, in the order they were written."""
    try:
        text = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"Cannot read the audit anchor {path}: {exc.strerror}.") from None
    heads = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = orjson.loads(line)
            head = {"seq": int(row["seq"]), "head_hash": str(row["head_hash"])}
            head["signed"] = "signature" in row
            heads.append(head)
        except (orjson.JSONDecodeError, KeyError, TypeError, ValueError):
            if number == len(text.splitlines()):
                continue  # a last line cut short by a crash
            raise ConfigError(f"Line {number} of the audit anchor {path} is not a head.") from None
    return heads


def anchored_problem(
    entries: Sequence[Row], checkpoints: Sequence[Row], heads: Sequence[Row]
) -> tuple[int, str] | None:
    """(seq, what happened) for the first anchored head the chain no longer has, or None.

    ``entries`` are the chain in seq order (the chain itself is checked apart);
    an anchored checkpoint must still be among ``checkpoints``."""
    hashes = {row["seq"]: row["entry_hash"] for row in entries}
    signed = {row["seq"] for row in checkpoints}
    first, last = (entries[0]["seq"], entries[-1]["seq"]) if entries else (1, 0)
    for head in sorted(heads, key=lambda h: h["seq"]):
        seq = head["seq"]
        if seq < first:
            continue  # an export that starts later
        if seq > last:
            return seq, (
                f"The anchor holds head {seq}, but the chain ends at {last}: entries were "
                "deleted from its end."
            )
        if hashes.get(seq) != head["head_hash"]:
            return seq, (
                f"Entry {seq} is not the one anchored: the chain was rewritten or replaced "
                "from there on."
            )
        if head.get("signed") and seq not in signed:
            return seq, f"Checkpoint {seq}, which the anchor holds, was deleted."
    return None

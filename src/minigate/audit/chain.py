"""The hash chain: canonical JSON, the fields an entry's hash covers, and how it is computed.

entry_hash = sha256(prev_hash || canonical_json(the CHAINED fields)), hex. Full text (prompt_text,
answer_text) stays outside the chain: prompt_hash and answer_hash inside it pin the text, so
purging expired text leaves every hash valid while edited text is still caught.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

GENESIS = "0" * 64
CHAINED = (
    "seq",
    "request_id",
    "at",
    "key_id",
    "event",
    "endpoint",
    "route",
    "served_model",
    "model_sha256",
    "upstream",
    "prompt_hash",
    "answer_hash",
    "guard",
    "cache",
    "cost_usd",
    "status",
    "detail",
)
TEXTS = ("prompt_text", "answer_text")
HASHES = ("prev_hash", "entry_hash")


def canonical_json(value: Any) -> bytes:
    """Sorted keys, no whitespace, UTF-8: the same bytes for the same value everywhere."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def sha256_hex(data: bytes | str) -> str:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return hashlib.sha256(raw).hexdigest()


def entry_hash(prev_hash: str, entry: Mapping[str, Any], seq: int | None = None) -> str:
    """The hash of ``entry`` chained to ``prev_hash``; ``seq`` overrides the entry's own."""
    fields = {name: entry.get(name) for name in CHAINED}
    if seq is not None:
        fields["seq"] = seq
    return sha256_hex(prev_hash.encode("ascii") + canonical_json(fields))


def hash_holds(prev_hash: str, entry: Mapping[str, Any], seq: int | None = None) -> bool:
    """Whether ``entry``'s stored entry_hash is its hash chained to ``prev_hash`` (with ``seq``
    in place of its own). An entry that cannot be hashed (a value edited into one no entry can
    hold: text that is not JSON, NaN, bytes) does not hold."""
    try:
        return entry_hash(prev_hash, entry, seq) == entry.get("entry_hash")
    except (TypeError, ValueError):
        return False


def checkpoint_message(seq: int, head_hash: str) -> bytes:
    """What a checkpoint signs: the head's position and hash."""
    return canonical_json({"head_hash": head_hash, "seq": seq})


def header_message(header: Mapping[str, Any]) -> bytes:
    """What an export's header signs: every field of it but its type and the signature, under
    a name of its own (no checkpoint's message can be one)."""
    fields = {name: value for name, value in header.items() if name not in ("type", "signature")}
    return canonical_json({"export_header": fields})


def utc_stamp(at: datetime | None = None) -> str:
    """A fixed-width UTC time stamp: strings compare in time order on every database."""
    return (at or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="microseconds")

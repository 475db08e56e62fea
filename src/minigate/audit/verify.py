"""Checks a chain and its signed checkpoints; names the first bad entry and what happened to it.

Every entry hashes its own seq, so a row that moved still says where it came from: the seq that
makes its hash come out right. That tells a rewritten row (no seq works) from rows renumbered
after a deletion (they came from later), an insertion (from earlier) or a swap (one came from
later, and the row that belongs here sits further down).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from minigate.audit.anchor import anchored_problem
from minigate.audit.chain import GENESIS, hash_holds, sha256_hex
from minigate.audit.signer import public_key_id, signature_ok

Kind = Literal[
    "modified",
    "deleted",
    "inserted",
    "reordered",
    "truncated",
    "bad_signature",
    "unsigned",
    "not_anchored",
]
Row = dict[str, Any]
# How far a renumbered row is searched for its original seq.
_WINDOW = 1000


@dataclass(frozen=True, slots=True)
class Problem:
    seq: int
    kind: Kind
    message: str


@dataclass(slots=True)
class Report:
    entries: int
    checkpoints: int
    problem: Problem | None = None
    first_seq: int | None = None
    last_seq: int | None = None
    signed_up_to: int | None = field(default=None)

    @property
    def ok(self) -> bool:
        return self.problem is None

    def as_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, **asdict(self)}


def verify(
    entries: Sequence[Row],
    checkpoints: Sequence[Row],
    public_key: Ed25519PublicKey,
    *,
    export: bool = False,
    anchored: Sequence[Row] | None = None,
    advance: Callable[[int], None] | None = None,
) -> Report:
    """Check ``entries`` (in seq order) and ``checkpoints`` against ``public_key``.

    A database chain starts at seq 1 from GENESIS; an export may start anywhere (its first entry's
    prev_hash is taken as given) but must end at a signed checkpoint. With ``anchored`` (the
    heads of an anchor, minigate.audit.anchor) every anchored head must still be in the chain.
    ``advance(1)`` is called after each entry's hash is checked (a progress bar's).
    """
    report = Report(len(entries), len(checkpoints))
    if entries:
        report.first_seq, report.last_seq = entries[0]["seq"], entries[-1]["seq"]
    report.problem = (
        _chain(entries, export, advance or _nothing)
        or _signatures(entries, checkpoints, public_key)
        or (_unsigned_tail(entries, checkpoints) if export else None)
        or _anchors(entries, checkpoints, anchored)
    )
    signed = [c["seq"] for c in checkpoints]
    report.signed_up_to = max(signed) if signed else None
    return report


def _nothing(_: int) -> None:
    return None


def _chain(entries: Sequence[Row], export: bool, advance: Callable[[int], None]) -> Problem | None:
    if not entries:
        return None
    expected = entries[0]["seq"] if export else 1
    prev = entries[0]["prev_hash"] if export else GENESIS
    for index, row in enumerate(entries):
        if row["seq"] > expected:
            return Problem(
                expected, "deleted", f"Entries {expected}..{row['seq'] - 1} are missing."
            )
        linked = row["prev_hash"] == prev
        if not (linked and hash_holds(prev, row)):
            return _broken(entries, index, expected, linked)
        if text := _text_problem(row):
            return text
        prev, expected = row["entry_hash"], expected + 1
        advance(1)
    return None


def _broken(entries: Sequence[Row], index: int, seq: int, linked: bool) -> Problem:
    row = entries[index]
    origin = _original_seq(row, seq)
    if origin is None:
        if linked:
            return Problem(seq, "modified", f"Entry {seq} was changed after it was written.")
        return Problem(seq, "inserted", f"Entry {seq} was never part of the chain.")
    if origin == seq:
        return Problem(seq - 1, "modified", f"Entry {seq - 1} was rewritten (hash recomputed).")
    if origin < seq:
        return Problem(
            origin,
            "inserted",
            f"Entries were inserted at {origin}; entry {origin} now has seq {seq}.",
        )
    for later in entries[index + 1 : index + 1 + _WINDOW]:
        if _original_seq(later, later["seq"]) == seq:
            return Problem(
                seq,
                "reordered",
                f"Entry {seq} is stored as {later['seq']}, entry {origin} as {seq}.",
            )
    return Problem(
        seq, "deleted", f"Entries {seq}..{origin - 1} were deleted and the rest renumbered."
    )


def _original_seq(row: Row, near: int) -> int | None:
    """The seq this row was written with: the one that makes its stored hash come out right."""
    for candidate in sorted(
        range(max(1, near - _WINDOW), near + _WINDOW), key=lambda s: abs(s - near)
    ):
        if hash_holds(row["prev_hash"], row, seq=candidate):
            return candidate
    return None


def _text_problem(row: Row) -> Problem | None:
    for text, digest in (("prompt_text", "prompt_hash"), ("answer_text", "answer_hash")):
        if row.get(text) is not None and sha256_hex(row[text]) != row[digest]:
            return Problem(
                row["seq"], "modified", f"The stored {text} of entry {row['seq']} was changed."
            )
    return None


def _signatures(
    entries: Sequence[Row], checkpoints: Sequence[Row], key: Ed25519PublicKey
) -> Problem | None:
    by_seq = {row["seq"]: row for row in entries}
    last = entries[-1]["seq"] if entries else 0
    key_id = public_key_id(key)
    for cp in sorted(checkpoints, key=lambda c: c["seq"]):
        seq = cp["seq"]
        if cp["public_key_id"] != key_id or not signature_ok(
            key, seq, cp["head_hash"], cp["signature"]
        ):
            return Problem(
                seq, "bad_signature", f"Checkpoint {seq} is not signed by this public key."
            )
        if seq > last:
            return Problem(
                last + 1,
                "truncated",
                f"Checkpoint {seq} signed entries up to {seq}; the chain ends at {last}.",
            )
        signed = by_seq.get(seq)
        if signed is None:
            return Problem(
                seq, "deleted", f"Entry {seq}, which checkpoint {seq} signed, is missing."
            )
        if signed["entry_hash"] != cp["head_hash"]:
            return Problem(
                seq, "modified", f"Entry {seq} differs from the one checkpoint {seq} signed."
            )
    return None


def _anchors(
    entries: Sequence[Row], checkpoints: Sequence[Row], anchored: Sequence[Row] | None
) -> Problem | None:
    if anchored is None:
        return None
    found = anchored_problem(entries, checkpoints, anchored)
    return None if found is None else Problem(found[0], "not_anchored", found[1])


def _unsigned_tail(entries: Sequence[Row], checkpoints: Sequence[Row]) -> Problem | None:
    signed = max((c["seq"] for c in checkpoints), default=0)
    if entries and entries[-1]["seq"] > signed:
        return Problem(
            signed + 1, "unsigned", f"Entries after {signed} are covered by no checkpoint."
        )
    return None

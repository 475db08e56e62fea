"""Reading the trail: one request's provenance, JSONL exports, and purging expired full text.

Export format (one JSON object per line, UTF-8):

    {"type": "header", "format": "minigate-audit/2", "since": ..., "exported_at": ...,
     "public_key_id": ..., "entries": <how many entry lines follow>, "checkpoints": <how many
     checkpoint lines>, "first_seq": ..., "last_seq": ..., "head_hash": ..., "signature": ...}
    {"type": "entry", "seq": ..., ...every chained field..., "prev_hash": ..., "entry_hash": ...}
    {"type": "checkpoint", "seq": ..., "head_hash": ..., "at": ..., "public_key_id": ...,
     "signature": ...}

Entries are in seq order and end at a checkpoint signed at export time, so the file verifies
with the public key alone; an export of no entries is its header alone (its seqs and head
null). The header's signature covers every other field of it (chain.header_message), so no
edit of its counts or range hides entries cut from the file. A minigate-audit/1 export (its
header unsigned) is taken only when the caller accepts an unsigned header.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO, Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import (
    JSON,
    ColumnElement,
    Dialect,
    RowMapping,
    Select,
    TypeDecorator,
    and_,
    or_,
    select,
    type_coerce,
    update,
)
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from minigate.audit.chain import hash_holds, utc_stamp
from minigate.audit.signer import Signer, header_signature_ok, public_key_id
from minigate.audit.verify import Row
from minigate.context import request_of
from minigate.store.schema import audit_checkpoints, audit_entries

FORMAT = "minigate-audit/2"
UNSIGNED_HEADER = "minigate-audit/1"  # before the header was signed


class _JSONAsStored(TypeDecorator[Any]):
    """A JSON column read for checking: a value that does not decode (a row edited by hand into
    text that is not JSON) is kept as stored, so that its entry fails its hash and is named,
    instead of failing the whole read. PostgreSQL's driver decodes JSON itself, and its json
    columns hold nothing else."""

    impl = JSON
    cache_ok = True

    def result_processor(self, dialect: Dialect, coltype: object) -> Any:
        decode = self.impl_instance.dialect_impl(dialect).result_processor(dialect, coltype)
        if decode is None:
            return None

        def as_stored(value: Any) -> Any:
            try:
                return decode(value)
            except ValueError:
                return value

        return as_stored


def _entries() -> Select[Any]:
    """Every audit entry column, its JSON ones as stored (see _JSONAsStored)."""
    return select(
        *(
            type_coerce(c, _JSONAsStored()).label(c.name) if isinstance(c.type, JSON) else c
            for c in audit_entries.c
        )
    )


async def load(
    engine: AsyncEngine, since: str | None = None, upto: int | None = None
) -> tuple[list[Row], list[Row]]:
    """Entries (at or after ``since``, up to seq ``upto``) and the checkpoints among them."""
    query = _entries().order_by(audit_entries.c.seq)
    if since is not None:
        query = query.where(audit_entries.c.at >= since)
    if upto is not None:
        query = query.where(audit_entries.c.seq <= upto)
    async with engine.connect() as conn:
        entries = [_plain(r) for r in (await conn.execute(query)).mappings()]
        checks = select(audit_checkpoints).order_by(audit_checkpoints.c.seq)
        if since is not None or upto is not None:
            # Those among the entries: none when there are none (a range with no entries).
            first, last = (entries[0]["seq"], entries[-1]["seq"]) if entries else (1, 0)
            checks = checks.where(audit_checkpoints.c.seq.between(first, last))
        checkpoints = [_plain(r) for r in (await conn.execute(checks)).mappings()]
    return entries, checkpoints


async def provenance(engine: AsyncEngine, request_id: str) -> dict[str, Any] | None:
    """What the trail holds about one request, with the checkpoint that signs it (if any yet).

    A routed request that made several model calls has one entry, under the id of the call
    whose answer was served (``chatcmpl-….2``): the id of any other of its calls (the request's
    own, which the ledger's first row has) finds that entry too."""
    async with engine.connect() as conn:
        row = await _first(conn, audit_entries.c.request_id == request_id)
        if row is None:
            calls = _calls_of(request_of(request_id))
            row = await _first(conn, audit_entries.c.event == "request", calls)
        if row is None:
            return None
        signed = await conn.execute(
            select(audit_checkpoints)
            .where(audit_checkpoints.c.seq >= row["seq"])
            .order_by(audit_checkpoints.c.seq)
            .limit(1)
        )
        checkpoint = signed.mappings().first()
    entry = _plain(row)
    return {
        "object": "audit.entry",
        **entry,
        "hash_ok": hash_holds(entry["prev_hash"], entry),
        "checkpoint": _plain(checkpoint) if checkpoint else None,
    }


async def _first(conn: AsyncConnection, *where: ColumnElement[bool]) -> RowMapping | None:
    found = await conn.execute(_entries().where(*where).order_by(audit_entries.c.seq).limit(1))
    row: RowMapping | None = found.mappings().first()
    return row


def _calls_of(request: str) -> ColumnElement[bool]:
    """The entries under any of the request's model call ids: its own, or it with ``.N``.
    A prefix match, not a range on the id's index: a range's bounds follow the column's
    collation, which on PostgreSQL need not sort ids byte by byte. Only a lookup that found
    no entry under the id itself comes here."""
    column = audit_entries.c.request_id
    return or_(column == request, column.startswith(f"{request}.", autoescape=True))


def _plain(row: RowMapping) -> Row:
    # Column names come back as sqlalchemy's quoted_name, a str subclass orjson refuses.
    return {str(name): value for name, value in row.items()}


def write_export(
    out: IO[str],
    entries: Iterable[Row],
    checkpoints: Iterable[Row],
    header: dict[str, Any],
    signer: Signer,
    advance: Callable[[int], None] | None = None,
) -> int:
    """Write the JSONL export; returns the number of entries written. ``advance(1)`` is
    called after each entry (a progress bar's). The header counts the entries and
    checkpoints and names the range, so that a file cut short (to its header, say) is told
    from an export of none; ``signer`` signs it, so that its counts cannot be edited to
    match a cut."""
    entries, checkpoints = list(entries), list(checkpoints)
    head = {
        "type": "header",
        "format": FORMAT,
        **header,
        "entries": len(entries),
        "checkpoints": len(checkpoints),
    }
    head["first_seq"], head["last_seq"], head["head_hash"] = _described(entries)
    head["signature"] = signer.sign_header(head)
    out.write(json.dumps(head) + "\n")
    count = 0
    for entry in entries:
        out.write(json.dumps({"type": "entry", **entry}, ensure_ascii=False) + "\n")
        count += 1
        if advance is not None:
            advance(1)
    for checkpoint in checkpoints:
        out.write(json.dumps({"type": "checkpoint", **checkpoint}) + "\n")
    return count


# What verify reads of each record: a record without them is not one an export holds.
_NEEDED = {
    "entry": ("seq", "prev_hash", "entry_hash"),
    "checkpoint": ("seq", "head_hash", "public_key_id", "signature"),
}


@dataclass(frozen=True, slots=True)
class Export:
    """An export as read (read_export), not yet checked."""

    path: Path
    header: Row | None
    entries: list[Row]  # in seq order
    checkpoints: list[Row]

    def checked(
        self, key: Ed25519PublicKey, *, unsigned_header: bool = False
    ) -> tuple[list[Row], list[Row]]:
        """Its entries and checkpoints, once it is whole; ValueError says that it is no export
        (empty), that its header is not the one ``key`` signed (edited), or that it was cut
        short (fewer entries or checkpoints than its header counts; an export written before
        headers counted them: no record after the header). With ``unsigned_header`` a
        minigate-audit/1 export, whose header nothing signs, is taken too."""
        _check_whole(self, key, unsigned_header)
        return self.entries, self.checkpoints


def read_export(path: Path) -> Export:
    """The records of an export, to be checked (Export.checked); ValueError names the file, or
    the first line that is wrong (read a line at a time: an export may be larger than memory),
    or says that it is no export (no header first, a format not minigate's)."""
    entries: list[Row] = []
    checkpoints: list[Row] = []
    header: Row | None = None
    try:
        lines = path.open(encoding="utf-8")
    except OSError as exc:
        raise ValueError(f"Cannot read the audit export {path}: {exc.strerror}.") from None
    try:
        with lines:
            for number, line in enumerate(lines, 1):
                kind, record = _record(line, f"{path}:{number}")
                if number == 1 and kind != "header":
                    raise _not_an_export(path, "its first line is not its header")
                if kind == "header":
                    if number > 1:
                        raise ValueError(f"{path}:{number} is a second header: one export a file.")
                    if record.get("format") not in (FORMAT, UNSIGNED_HEADER):
                        raise ValueError(
                            f"{path}: format {record.get('format')!r} is not {FORMAT}."
                        )
                    header = record
                elif kind == "entry":
                    entries.append(record)
                elif kind == "checkpoint":
                    checkpoints.append(record)
    except UnicodeDecodeError:
        raise ValueError(
            f"The audit export {path} is not UTF-8 text; export it again with "
            "'minigate audit export'."
        ) from None
    entries.sort(key=lambda e: int(e["seq"]))
    return Export(path, header, entries, checkpoints)


def _check_whole(export: Export, key: Ed25519PublicKey, unsigned_header: bool) -> None:
    path, header, entries = export.path, export.header, export.entries
    if header is None:
        raise _not_an_export(path, "it is empty")
    signed = header.get("format") == FORMAT
    if signed:
        _check_signature(path, header, key)
    elif not unsigned_header:
        raise ValueError(
            f"The audit export {path} is {UNSIGNED_HEADER}, whose header (its entry count) no "
            "signature covers, so entries cut from it may go unnoticed; export it again with "
            "'minigate audit export', or pass --unsigned-header to check what it holds alone."
        )
    counted = header.get("entries")
    if counted is None and not entries and not export.checkpoints:
        raise _not_an_export(path, "it holds a header only")
    if counted is not None and counted != len(entries):
        raise _cut_short(path, f"{len(entries)} of the {counted} entries")
    if signed and header.get("checkpoints") != len(export.checkpoints):
        held = f"{len(export.checkpoints)} of the {header.get('checkpoints')} checkpoints"
        raise _cut_short(path, held)
    if signed and _described(entries) != (
        header.get("first_seq"),
        header.get("last_seq"),
        header.get("head_hash"),
    ):
        raise ValueError(
            f"The audit export {path} holds other entries than its signed header describes "
            f"(seq {header.get('first_seq')}..{header.get('last_seq')}); export it again with "
            "'minigate audit export'."
        )


def _check_signature(path: Path, header: Row, key: Ed25519PublicKey) -> None:
    if header.get("public_key_id") != public_key_id(key):
        raise ValueError(
            f"The audit export {path} was signed by key {header.get('public_key_id')!r}, not "
            f"this public key ({public_key_id(key)}); pass the key of the gateway that made it."
        )
    if not header_signature_ok(key, header):
        raise ValueError(
            f"The header of the audit export {path} is not the one its gateway signed: it was "
            "edited (its entry count, say); export it again with 'minigate audit export'."
        )


def _described(entries: list[Row]) -> tuple[Any, Any, Any]:
    """What a header says of ``entries`` (in seq order): first and last seq, the head's hash."""
    if not entries:
        return None, None, None
    return entries[0]["seq"], entries[-1]["seq"], entries[-1]["entry_hash"]


def _cut_short(path: Path, held: str) -> ValueError:
    return ValueError(
        f"The audit export {path} was cut short: it holds {held} its header counts; export it "
        "again with 'minigate audit export'."
    )


def _not_an_export(path: Path, why: str) -> ValueError:
    return ValueError(
        f"{path} is not a minigate audit export: {why}; make one with 'minigate audit export'."
    )


def _record(line: str, where: str) -> tuple[str, Row]:
    """One line's record and its type; an entry or checkpoint holds what verify reads (a whole
    seq, the hashes and the signature as text)."""
    try:
        record = json.loads(line)
        kind = record.pop("type")
    except (json.JSONDecodeError, KeyError, TypeError, AttributeError):
        raise ValueError(f"{where} is not a line of a minigate audit export.") from None
    needed = _NEEDED.get(kind, ())
    whole = not needed or (
        type(record.get("seq")) is int
        and all(isinstance(record.get(name), str) for name in needed[1:])
    )
    if not whole:
        raise ValueError(
            f"{where} is not a whole {kind} of a minigate audit export: it needs "
            f"{', '.join(needed)} (seq a whole number, the rest text)."
        )
    return str(kind), record


async def purge(engine: AsyncEngine, retention_days: int, now: datetime | None = None) -> int:
    """Blank the full text of entries older than the retention; their hashes stay."""
    cutoff = utc_stamp((now or datetime.now(UTC)) - timedelta(days=retention_days))
    has_text = or_(
        audit_entries.c.prompt_text.is_not(None), audit_entries.c.answer_text.is_not(None)
    )
    async with engine.begin() as conn:
        done = await conn.execute(
            update(audit_entries)
            .where(and_(audit_entries.c.at < cutoff, has_text))
            .values(prompt_text=None, answer_text=None)
        )
    return int(done.rowcount or 0)

"""Files: content on disk in ``batch.files_dir``, metadata in the store's ``files`` table.

A file belongs to the key that uploaded it (a batch's output files to the batch's owner);
any other key is told it does not exist, but the master key reads every key's
(``EVERY_KEY``). A row is inserted only once its content is complete on disk, so a failed or
interrupted upload leaves no file behind that anyone can see.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import json
import os
import secrets
import shutil
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ValidationError
from sqlalchemy import delete, insert, select, true
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from minigate.batch.quota import OUTPUT, Quota
from minigate.batch.settings import BatchSettings
from minigate.batch.upload import Cap, receive_upload
from minigate.errors import InvalidRequest, NotFound
from minigate.schemas.bounds import MISSING
from minigate.schemas.files import ExpiresAfter, FileDeleted, FileList, FileObject
from minigate.store.schema import files, fit
from minigate.validation import invalid_request

PURPOSES = ("batch",)
Order = Literal["asc", "desc"]


class _Every(enum.Enum):
    KEY = "every key"


# Whose files and batches a call reaches: a key's id, None (made on an open gateway), or
# EVERY_KEY, the master key's: an operator reads a key's batches and their output when the
# key can no longer (disabled mid-batch, say), as it reads every key's held reviews.
EVERY_KEY = _Every.KEY
KeyScope = str | None | _Every


def files_dir(settings: BatchSettings, store_url: str) -> Path:
    """Where file contents live: the configured folder, else beside a SQLite store."""
    if settings.files_dir:
        return Path(settings.files_dir).expanduser()
    parsed = make_url(store_url)
    if parsed.get_backend_name() == "sqlite" and parsed.database:
        return Path(f"{parsed.database}.files")
    return Path(".minigate/files")


def new_file_id() -> str:
    """Ids sort in creation order (a millisecond clock first), as batch ids do: files made in
    one second (``created_at``'s unit) still list newest or oldest first, as asked."""
    return f"file-{int(time.time() * 1000):012x}{secrets.token_hex(6)}"


class FileStore:
    def __init__(self, engine: AsyncEngine, settings: BatchSettings, root: Path) -> None:
        self.engine = engine
        self.settings = settings
        self.quota = Quota(settings)
        self.root = root
        # The files hold prompts as clients sent them (before any guard redacts them): the
        # folders are the gateway user's alone, as the store's database file is (0600).
        root.mkdir(mode=0o700, parents=True, exist_ok=True)
        (root / "tmp").mkdir(mode=0o700, exist_ok=True)

    def path(self, file_id: str) -> Path:
        return self.root / f"{file_id}.jsonl"

    def scratch(self, file_id: str, kind: str = "upload") -> Path:
        """Where a file is written before it is complete: an upload, or a batch's output."""
        return self.root / "tmp" / f"{file_id}.{kind}"

    def snapshot(self, batch_id: str) -> Path:
        """A batch's own copy of its input, read when a worker validates it."""
        return self.root / "tmp" / f"{batch_id}.input"

    async def keep(self, file_id: str, key_id: KeyScope, batch_id: str) -> None:
        """Snapshot a file for a batch: a hard link (a copy where links fail)."""
        source = await self.content_path(file_id, key_id)
        target = self.snapshot(batch_id)
        try:
            await asyncio.to_thread(os.link, source, target)
        except OSError:
            await asyncio.to_thread(shutil.copyfile, source, target)
            await asyncio.to_thread(os.chmod, target, 0o600)

    async def upload(
        self,
        body: AsyncIterator[bytes],
        content_type: str,
        key_id: str | None,
        *,
        limited: bool = True,
    ) -> FileObject:
        """Stream a multipart upload to disk and record it; nothing remains if it fails.
        ``limited``: within the key's storage quota (see batch/quota.py)."""
        room = await self._room(key_id) if limited else None
        file_id = new_file_id()
        scratch = self.scratch(file_id)
        try:
            received = await receive_upload(body, content_type, scratch, self.settings, room)
            purpose = received.fields.get("purpose")
            if purpose is None:
                raise InvalidRequest(
                    "Missing required parameter: 'purpose'.",
                    param="purpose",
                    code=MISSING,
                )
            if purpose not in PURPOSES:
                raise InvalidRequest(
                    f"Invalid value for 'purpose': '{purpose}'; minigate accepts: "
                    f"{', '.join(PURPOSES)}.",
                    param="purpose",
                    code="invalid_value",
                )
            lifetime = expiry_of(received.fields)
            await asyncio.to_thread(os.chmod, scratch, 0o600)
            await asyncio.to_thread(scratch.replace, self.path(file_id))
        finally:
            await asyncio.to_thread(scratch.unlink, missing_ok=True)
        created_at = int(time.time())
        row = {
            "id": file_id,
            "key_id": key_id,
            "purpose": purpose,
            "filename": fit(files.c.filename, received.filename or "upload.jsonl"),
            "bytes": received.bytes,
            "lines": received.lines,
            "created_at": created_at,
            "expires_at": None if lifetime is None else created_at + lifetime,
        }
        try:
            async with self.engine.begin() as conn:
                if limited:
                    await self.quota.insert(conn, row)
                else:
                    await conn.execute(insert(files).values(**row))
        except BaseException:
            self.path(file_id).unlink(missing_ok=True)
            raise
        return _object(row)

    async def _room(self, key_id: str | None) -> Cap | None:
        """What the key's quota leaves for an upload; refuses one when it leaves nothing.
        Expired files count for nothing (``quota.usage`` leaves them out), so none is purged
        here: an upload is not the place to sweep the store."""
        async with self.engine.connect() as conn:
            used = await self.quota.usage(conn, key_id, int(time.time()))
        return self.quota.room(used)

    async def get(self, file_id: str, key_id: KeyScope) -> FileObject:
        return _object(await self.row(file_id, key_id))

    async def row(self, file_id: str, key_id: KeyScope) -> dict[str, Any]:
        await self.purge_expired()
        async with self.engine.connect() as conn:
            found = await conn.execute(select(files).where(files.c.id == file_id, _owned(key_id)))
            row = found.mappings().first()
        if row is None:
            raise NotFound(f"No such File object: {file_id}", param="file_id")
        return dict(row)

    async def list(
        self,
        key_id: KeyScope,
        purpose: str | None,
        after: str | None,
        limit: int,
        order: Order = "desc",
    ) -> FileList:
        """A page of the key's files, by ``created_at`` (newest first unless ``order`` is
        ``asc``); ``after`` is the last id of the page before, as OpenAI's cursor is."""
        keys = (files.c.created_at, files.c.id)
        by = [k.asc() if order == "asc" else k.desc() for k in keys]
        await self.purge_expired()
        query = select(files).where(_owned(key_id)).order_by(*by)
        if purpose:
            query = query.where(files.c.purpose == purpose)
        async with self.engine.connect() as conn:
            rows = [dict(r) for r in (await conn.execute(query)).mappings()]
        if after:
            ids = [r["id"] for r in rows]
            rows = rows[ids.index(after) + 1 :] if after in ids else []
        page = [_object(r) for r in rows[:limit]]
        return FileList(
            data=page,
            first_id=page[0].id if page else None,
            last_id=page[-1].id if page else None,
            has_more=len(rows) > limit,
        )

    async def delete(self, file_id: str, key_id: KeyScope) -> FileDeleted:
        """Remove a file. A batch already running on it goes on: its lines were copied."""
        await self.row(file_id, key_id)
        async with self.engine.begin() as conn:
            await conn.execute(delete(files).where(files.c.id == file_id))
        with contextlib.suppress(OSError):
            await asyncio.to_thread(self.path(file_id).unlink, missing_ok=True)
        return FileDeleted(id=file_id)

    async def purge_expired(self) -> None:
        """Delete the files whose ``expires_after`` has run out, rows and contents: checked
        before every read, so an expired file is never served (by any gateway on the store)."""
        expired = files.c.expires_at <= int(time.time())
        async with self.engine.connect() as conn:  # reads need no write lock; most find none
            ids = list((await conn.execute(select(files.c.id).where(expired))).scalars())
        if not ids:
            return
        async with self.engine.begin() as conn:
            await conn.execute(delete(files).where(files.c.id.in_(ids)))
        for file_id in ids:
            with contextlib.suppress(OSError):
                await asyncio.to_thread(self.path(file_id).unlink, missing_ok=True)

    async def content_path(self, file_id: str, key_id: KeyScope) -> Path:
        await self.row(file_id, key_id)
        path = self.path(file_id)
        if not path.exists():
            raise NotFound(f"The content of file {file_id} is gone from the gateway's disk.")
        return path

    async def add(
        self,
        conn: AsyncConnection,
        file_id: str,
        key_id: str | None,
        name: str,
        size: int,
        n: int,
        *,
        expires_s: int | None = None,
    ) -> None:
        """Record a file the gateway wrote itself (a batch's output), in ``conn``'s transaction;
        it expires ``expires_s`` after now (the batch's output_expires_after), or never."""
        created_at = int(time.time())
        await conn.execute(
            insert(files).values(
                id=file_id,
                key_id=key_id,
                purpose=OUTPUT,
                filename=name,
                bytes=size,
                lines=n,
                created_at=created_at,
                expires_at=None if expires_s is None else created_at + expires_s,
            )
        )


def _owned(key_id: KeyScope) -> Any:
    if key_id is EVERY_KEY:
        return true()
    return files.c.key_id.is_(None) if key_id is None else files.c.key_id == key_id


def _object(row: dict[str, Any]) -> FileObject:
    return FileObject(
        id=row["id"],
        bytes=row["bytes"],
        created_at=row["created_at"],
        filename=row["filename"],
        purpose=row["purpose"],
        expires_at=row.get("expires_at"),
    )


def expiry_of(fields: dict[str, str]) -> int | None:
    """The seconds after its upload that a file expires, from OpenAI's ``expires_after`` (sent
    as the form fields ``expires_after[anchor]`` and ``expires_after[seconds]``, as OpenAI's
    SDK sends it, or as one field holding its JSON object), or None. ExpiresAfter checks
    them, as it checks a batch's ``output_expires_after``."""
    parts: Any = {
        p: fields[f"expires_after[{p}]"]
        for p in ("anchor", "seconds")
        if f"expires_after[{p}]" in fields
    }
    if "expires_after" in fields:  # before: ignored, whatever it held, and the file kept
        if parts:
            raise _expiry_refused("send it one way, not both")
        parts = _json_object(fields["expires_after"])
    elif not parts:
        return None
    try:
        return _Expiry.model_validate({"expires_after": parts}).expires_after.seconds
    except ValidationError as exc:
        raise invalid_request(exc) from None


def _json_object(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text, parse_constant=_not_json)
    except ValueError:
        value = None
    if not isinstance(value, dict):
        raise _expiry_refused(f"'{text[:100]}' is not a JSON object")
    return value


def _not_json(constant: str) -> Any:
    raise ValueError(f"{constant} is not JSON")


def _expiry_refused(why: str) -> InvalidRequest:
    return InvalidRequest(
        f"Invalid value for 'expires_after': {why}. Send the form fields "
        "expires_after[anchor]=created_at and expires_after[seconds] (3600 to 2592000), as "
        'OpenAI\'s SDK does, or one field expires_after={"anchor": "created_at", "seconds": '
        "3600}.",
        param="expires_after",
        code="invalid_value",
    )


class _Expiry(BaseModel):
    """The upload's expires_after, under its own name (an error's param names it)."""

    expires_after: ExpiresAfter

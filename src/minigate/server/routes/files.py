"""OpenAI's Files API: uploads stream to disk; every file belongs to the key that made it."""

from __future__ import annotations

import re

from fastapi import APIRouter, Query, Request
from starlette.responses import FileResponse, Response
from starlette.types import Receive, Scope, Send

from minigate.batch.files import EVERY_KEY, KeyScope, Order
from minigate.batch.service import BatchService
from minigate.errors import NotFound, RangeNotSatisfiable
from minigate.server.auth import MASTER
from minigate.server.responses import json_response

router = APIRouter(prefix="/v1/files")


def service_of(request: Request) -> BatchService:
    service: BatchService | None = getattr(request.app.state, "batches", None)
    if service is None:
        raise NotFound("Files and batches are turned off on this gateway (batch.enabled).")
    return service


async def owner_of(request: Request) -> str | None:
    """The caller's key: what it uploads or creates is its own, and it deletes only its own."""
    key_id: str | None = (await request.app.state.auth(request)).key_id
    return key_id


async def reader_of(request: Request) -> KeyScope:
    """Whose files and batches the caller reads (and cancels): its own key's, or every key's
    for the master key."""
    key_id = await owner_of(request)
    return EVERY_KEY if key_id == MASTER else key_id


@router.post("")
async def upload(request: Request) -> Response:
    key_id = await owner_of(request)
    content_type = request.headers.get("content-type", "")
    files = service_of(request).files
    # The operator's own uploads (the master key's) are theirs to size: no quota.
    uploaded = await files.upload(request.stream(), content_type, key_id, limited=key_id != MASTER)
    return json_response(uploaded)


@router.get("")
async def list_files(
    request: Request,
    purpose: str | None = None,
    after: str | None = None,
    limit: int = Query(default=10_000, ge=1, le=10_000),
    order: Order = "desc",
) -> Response:
    key_id = await reader_of(request)
    listed = await service_of(request).files.list(key_id, purpose, after, limit, order)
    return json_response(listed)


@router.get("/{file_id}")
async def get_file(request: Request, file_id: str) -> Response:
    key_id = await reader_of(request)
    return json_response(await service_of(request).files.get(file_id, key_id))


@router.get("/{file_id}/content")
async def file_content(request: Request, file_id: str) -> Response:
    key_id = await reader_of(request)
    path = await service_of(request).files.content_path(file_id, key_id)
    ranges = request.headers.get("range")
    if ranges is None:
        return FileResponse(path, media_type="application/octet-stream")
    size = path.stat().st_size
    starts = _range_starts(ranges, size)
    if starts is None:  # Starlette answered it in plain text (400); RFC 9110 lets us ignore it
        return WholeFile(path, media_type="application/octet-stream")
    if any(start >= size for start in starts):
        raise _unsatisfiable(file_id, size)
    return FileResponse(path, media_type="application/octet-stream")


# A byte range as RFC 9110 writes one: "first-last", "first-" or "-suffix".
_RANGE = re.compile(r"(\d+)-(\d*)|-(\d+)")


def _range_starts(header: str, size: int) -> list[int] | None:
    """The first byte of each range a Range header asks for (of a file of ``size`` bytes), or
    None when the header is not one to serve: another unit, a part that is no range, a last
    byte before the first."""
    unit, _, spec = header.partition("=")
    if unit.strip().lower() != "bytes":
        return None
    starts = []
    for part in spec.split(","):
        found = _RANGE.fullmatch(part.strip())
        if found is None:
            return None
        first, last, suffix = found.groups()
        if suffix is not None:
            starts.append(max(size - int(suffix), 0))
        elif last and int(last) < int(first):
            return None
        else:
            starts.append(int(first))
    return starts


class WholeFile(FileResponse):
    """The whole file, whatever Range the request named."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = [(k, v) for k, v in scope["headers"] if k not in (b"range", b"if-range")]
        await super().__call__({**scope, "headers": headers}, receive, send)


def _unsatisfiable(file_id: str, size: int) -> RangeNotSatisfiable:
    return RangeNotSatisfiable(
        f"The Range asks for bytes past the end of file {file_id}, which holds {size} bytes.",
        param="range",
        headers={"content-range": f"bytes */{size}"},
    )


@router.delete("/{file_id}")
async def delete_file(request: Request, file_id: str) -> Response:
    key_id = await owner_of(request)
    return json_response(await service_of(request).files.delete(file_id, key_id))

"""OpenAI's Files API: uploads stream to disk; every file belongs to the key that made it."""

from __future__ import annotations

from fastapi import APIRouter, Query, Request
from starlette.responses import FileResponse, Response

from minigate.batch.service import BatchService
from minigate.errors import NotFound
from minigate.server.responses import json_response

router = APIRouter(prefix="/v1/files")


def service_of(request: Request) -> BatchService:
    service: BatchService | None = getattr(request.app.state, "batches", None)
    if service is None:
        raise NotFound("Files and batches are turned off on this gateway (batch.enabled).")
    return service


async def owner_of(request: Request) -> str | None:
    key_id: str | None = (await request.app.state.auth(request)).key_id
    return key_id


@router.post("")
async def upload(request: Request) -> Response:
    key_id = await owner_of(request)
    content_type = request.headers.get("content-type", "")
    uploaded = await service_of(request).files.upload(request.stream(), content_type, key_id)
    return json_response(uploaded)


@router.get("")
async def list_files(
    request: Request,
    purpose: str | None = None,
    after: str | None = None,
    limit: int = Query(default=100, ge=1, le=10_000),
) -> Response:
    key_id = await owner_of(request)
    return json_response(await service_of(request).files.list(key_id, purpose, after, limit))


@router.get("/{file_id}")
async def get_file(request: Request, file_id: str) -> Response:
    key_id = await owner_of(request)
    return json_response(await service_of(request).files.get(file_id, key_id))


@router.get("/{file_id}/content")
async def file_content(request: Request, file_id: str) -> Response:
    key_id = await owner_of(request)
    path = await service_of(request).files.content_path(file_id, key_id)
    return FileResponse(path, media_type="application/octet-stream")


@router.delete("/{file_id}")
async def delete_file(request: Request, file_id: str) -> Response:
    key_id = await owner_of(request)
    return json_response(await service_of(request).files.delete(file_id, key_id))

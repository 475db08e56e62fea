"""OpenAI's Batch API: create, read, list and cancel batches of one key (of any, for the
master key)."""

from __future__ import annotations

from fastapi import APIRouter, Query, Request
from starlette.responses import Response

from minigate.batch.jobs import Owner
from minigate.schemas.batches import BatchCreate
from minigate.server.responses import json_response
from minigate.server.routes.files import reader_of, service_of
from minigate.server.routes.openai import parse_body

router = APIRouter(prefix="/v1/batches")


@router.post("")
async def create_batch(request: Request) -> Response:
    caller = await request.app.state.auth(request)
    spec = await parse_body(request, BatchCreate)
    service = service_of(request)
    batch = await service.jobs.create(spec, Owner(caller.key_id, caller.allowed_models))
    service.wake()
    return json_response(batch)


@router.get("")
async def list_batches(
    request: Request,
    after: str | None = None,
    limit: int = Query(default=20, ge=1, le=100),
) -> Response:
    key_id = await reader_of(request)
    return json_response(await service_of(request).jobs.list(key_id, after, limit))


@router.get("/{batch_id}")
async def get_batch(request: Request, batch_id: str) -> Response:
    key_id = await reader_of(request)
    return json_response(await service_of(request).jobs.get(batch_id, key_id))


@router.post("/{batch_id}/cancel")
async def cancel_batch(request: Request, batch_id: str) -> Response:
    key_id = await reader_of(request)
    service = service_of(request)
    batch = await service.jobs.cancel(batch_id, key_id)
    service.wake()
    return json_response(batch)

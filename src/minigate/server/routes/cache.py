"""Admin API of the response cache: stats, invalidate, clear. Needs the master key."""

from __future__ import annotations

from fastapi import APIRouter, Request
from pydantic import BaseModel, ConfigDict
from starlette.responses import Response

from minigate.cache import CacheStage, admin
from minigate.errors import NotFound
from minigate.pipeline import find_stage
from minigate.server.responses import json_response
from minigate.server.routes.openai import parse_body

router = APIRouter(prefix="/v1/admin/cache")


class InvalidateRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    model: str | None = None
    tenant: str | None = None
    api_key: str | None = None


async def cache_for_admin(request: Request) -> CacheStage:
    """The cache stage, once the caller has shown the master key (if keys are configured)."""
    await request.app.state.auth.admin(request)
    stage = find_stage(request.app.state.pipeline, CacheStage)
    if stage is None:
        raise NotFound("This gateway has no cache stage.")
    return stage


@router.get("/stats")
async def stats(request: Request) -> Response:
    cache = await cache_for_admin(request)
    return json_response(
        {
            "store": await admin.store_stats(cache.store),
            "this_process": dict(cache.counts),
            "health": await cache.health(),
        }
    )


@router.post("/invalidate")
async def invalidate(request: Request) -> Response:
    cache = await cache_for_admin(request)
    body = await parse_body(request, InvalidateRequest)
    deleted = await admin.invalidate(cache.store, body.model, body.tenant, body.api_key)
    return json_response({"deleted": deleted})


@router.post("/clear")
async def clear(request: Request) -> Response:
    cache = await cache_for_admin(request)
    return json_response({"deleted": await admin.clear(cache.store)})

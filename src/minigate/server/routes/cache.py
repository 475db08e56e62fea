"""Admin API of the response cache: stats, invalidate, clear. Needs the master key."""

from __future__ import annotations

import hmac

from fastapi import APIRouter, Request
from pydantic import BaseModel, ConfigDict
from starlette.responses import Response

from minigate.cache import CacheStage, admin
from minigate.errors import NotFound, PermissionDenied
from minigate.pipeline import find_stage
from minigate.server.responses import json_response
from minigate.server.routes.openai import parse_body

router = APIRouter(prefix="/admin/cache")


class InvalidateRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    model: str | None = None
    tenant: str | None = None
    api_key: str | None = None


def cache_for_admin(request: Request) -> CacheStage:
    """The cache stage, once the caller has shown the master key (if keys are configured)."""
    caller = request.app.state.key_check(request)
    if not request.app.state.key_check.open:
        master = request.app.state.settings.master_key
        if master is None or not hmac.compare_digest((caller.key or "").encode(), master.encode()):
            raise PermissionDenied(
                "The cache admin API needs the master key (auth.master_key or "
                "MINIGATE_MASTER_KEY); other API keys may not use it."
            )
    stage = find_stage(request.app.state.pipeline, CacheStage)
    if stage is None:
        raise NotFound("This gateway has no cache stage.")
    return stage


@router.get("/stats")
async def stats(request: Request) -> Response:
    cache = cache_for_admin(request)
    return json_response(
        {
            "store": await admin.store_stats(cache.store),
            "this_process": dict(cache.counts),
            "health": await cache.health(),
        }
    )


@router.post("/invalidate")
async def invalidate(request: Request) -> Response:
    cache = cache_for_admin(request)
    body = await parse_body(request, InvalidateRequest)
    deleted = await admin.invalidate(cache.store, body.model, body.tenant, body.api_key)
    return json_response({"deleted": deleted})


@router.post("/clear")
async def clear(request: Request) -> Response:
    cache = cache_for_admin(request)
    return json_response({"deleted": await admin.clear(cache.store)})

"""Operator endpoints: liveness and Prometheus metrics."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.openapi.docs import get_swagger_ui_html
from prometheus_client import CONTENT_TYPE_LATEST
from pydantic import BaseModel
from starlette.responses import Response

from minigate import __version__
from minigate.cache import CacheStage
from minigate.ledger.keys import KeySpec
from minigate.pipeline import find_stage
from minigate.schemas.chat import ChatCompletionRequest
from minigate.schemas.completions import CompletionRequest
from minigate.schemas.embeddings import EmbeddingRequest
from minigate.schemas.moderations import ModerationRequest
from minigate.server.openapi import openapi_document
from minigate.server.responses import json_response
from minigate.server.routes.cache import InvalidateRequest
from minigate.server.routes.guard import Decision
from minigate.store.health import StoreStatus

router = APIRouter()
# The bodies the routes validate themselves, for the OpenAPI document.
BODIES: dict[str, type[BaseModel]] = {
    "/v1/chat/completions": ChatCompletionRequest,
    "/v1/completions": CompletionRequest,
    "/v1/embeddings": EmbeddingRequest,
    "/v1/moderations": ModerationRequest,
    "/v1/admin/keys": KeySpec,
    "/v1/admin/cache/invalidate": InvalidateRequest,
    "/v1/admin/reviews/{review_id}/approve": Decision,
    "/v1/admin/reviews/{review_id}/reject": Decision,
}


@router.get("/health")
async def health(request: Request) -> Response:
    pipeline = request.app.state.pipeline
    models = [card.id for card in pipeline.models()]
    body: dict[str, Any] = {"status": "ok", "version": __version__, "models": models}
    # A degraded cache is reported, never fatal: the gateway still serves, uncached.
    if (cache := find_stage(pipeline, CacheStage)) is not None:
        body["cache"] = await cache.health()
    # A broken store is: virtual keys fail closed, and nothing is recorded.
    store = await _store_status(request)
    if store is not None:
        body["store"] = store.as_dict()
        if not store.ok:
            body["status"] = "degraded"
            return json_response(body, status=503)
    return json_response(body)


async def _store_status(request: Request) -> StoreStatus | None:
    """The store's verdict now (None: the gateway has no store), also set on the
    ``minigate_store_healthy`` gauge.

    Both /health and every scrape of /metrics ask for it, so the gauge is the verdict /health
    would give at the scrape, from the first scrape on, whether or not anything else ever calls
    /health (before: 0 until something did, then the verdict of that call, however old). Each
    ask is a stat of a SQLite file and, at most once a second, one small write read back on the
    store's writer (bounded by the probe's 2 s timeout): cheap at any scrape interval. Setting
    it once at start instead would keep 1 for a store that broke since."""
    probe = request.app.state.runtime.store_probe
    if probe is None:
        return None
    store: StoreStatus = await probe.check()
    request.app.state.metrics.store_healthy.set(1 if store.ok else 0)
    return store


async def _operator(request: Request, public: bool) -> None:
    """Anyone when ``public``; else a valid key, once the gateway has keys at all."""
    if not public:
        await request.app.state.auth(request)


@router.get("/metrics")
async def metrics(request: Request) -> Response:
    # Gateway-wide totals show every tenant's traffic: server.metrics_access says who reads them.
    access = request.app.state.settings.server.metrics_access
    if access == "admin":
        await request.app.state.auth.admin(request)
    else:
        await _operator(request, access == "public")
    await _store_status(request)
    return Response(request.app.state.metrics.render(), media_type=CONTENT_TYPE_LATEST)


@router.get("/openapi.json", include_in_schema=False)
async def openapi(request: Request) -> Response:
    await _operator(request, request.app.state.settings.server.public_docs)
    return json_response(openapi_document(request.app, BODIES))


@router.get("/docs", include_in_schema=False)
async def docs(request: Request) -> Response:
    await _operator(request, request.app.state.settings.server.public_docs)
    return get_swagger_ui_html(openapi_url="/openapi.json", title="minigate")

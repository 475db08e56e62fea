"""Operator endpoints: liveness and Prometheus metrics."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.openapi.docs import get_swagger_ui_html
from prometheus_client import CONTENT_TYPE_LATEST
from starlette.responses import Response

from minigate import __version__
from minigate.cache import CacheStage
from minigate.pipeline import find_stage
from minigate.server.openapi import openapi_document
from minigate.server.responses import json_response

router = APIRouter()


@router.get("/health")
async def health(request: Request) -> Response:
    pipeline = request.app.state.pipeline
    models = [card.id for card in pipeline.models()]
    body: dict[str, Any] = {"status": "ok", "version": __version__, "models": models}
    # A degraded cache is reported, never fatal: the gateway still serves, uncached.
    if (cache := find_stage(pipeline, CacheStage)) is not None:
        body["cache"] = await cache.health()
    # A broken store is: virtual keys fail closed, and nothing is recorded.
    probe = request.app.state.runtime.store_probe
    if probe is not None:
        store = await probe.check()
        body["store"] = store.as_dict()
        request.app.state.metrics.store_healthy.set(1 if store.ok else 0)
        if not store.ok:
            body["status"] = "degraded"
            return json_response(body, status=503)
    return json_response(body)


async def _operator(request: Request, public: bool) -> None:
    """Anyone when ``public``; else a valid key, once the gateway has keys at all."""
    if not public:
        await request.app.state.auth(request)


@router.get("/metrics")
async def metrics(request: Request) -> Response:
    await _operator(request, request.app.state.settings.server.public_metrics)
    return Response(request.app.state.metrics.render(), media_type=CONTENT_TYPE_LATEST)


@router.get("/openapi.json", include_in_schema=False)
async def openapi(request: Request) -> Response:
    await _operator(request, request.app.state.settings.server.public_docs)
    return json_response(openapi_document(request.app))


@router.get("/docs", include_in_schema=False)
async def docs(request: Request) -> Response:
    await _operator(request, request.app.state.settings.server.public_docs)
    return get_swagger_ui_html(openapi_url="/openapi.json", title="minigate")

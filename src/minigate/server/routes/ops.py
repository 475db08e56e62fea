"""Operator endpoints: liveness and Prometheus metrics."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from prometheus_client import CONTENT_TYPE_LATEST
from starlette.responses import Response

from minigate import __version__
from minigate.cache import CacheStage
from minigate.pipeline import find_stage
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
    return json_response(body)


@router.get("/metrics")
async def metrics(request: Request) -> Response:
    return Response(request.app.state.metrics.render(), media_type=CONTENT_TYPE_LATEST)

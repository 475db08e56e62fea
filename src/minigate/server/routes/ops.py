"""Operator endpoints: liveness and Prometheus metrics."""

from __future__ import annotations

from fastapi import APIRouter, Request
from prometheus_client import CONTENT_TYPE_LATEST
from starlette.responses import Response

from minigate import __version__
from minigate.server.responses import json_response

router = APIRouter()


@router.get("/health")
async def health(request: Request) -> Response:
    models = [card.id for card in request.app.state.pipeline.models()]
    return json_response({"status": "ok", "version": __version__, "models": models})


@router.get("/metrics")
async def metrics(request: Request) -> Response:
    return Response(request.app.state.metrics.render(), media_type=CONTENT_TYPE_LATEST)

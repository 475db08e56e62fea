"""Start and stop the pipeline with everything it owns; shared by the server and the CLI."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager

import httpx

from minigate.backends.protocol import Backend
from minigate.backends.registry import create_backend
from minigate.config import Settings
from minigate.metrics import Metrics
from minigate.pipeline import build_pipeline


@asynccontextmanager
async def running_pipeline(
    settings: Settings, metrics: Metrics, only: Iterable[str] | None = None
) -> AsyncIterator[Backend]:
    """The pipeline with its models loaded; ``only`` limits which models are started."""
    wanted = set(only) if only is not None else None
    limits = httpx.Limits(max_connections=1024, max_keepalive_connections=256)
    async with httpx.AsyncClient(limits=limits, timeout=None) as http:
        backends = {
            m.id: create_backend(m, http)
            for m in settings.models
            if wanted is None or m.id in wanted
        }
        pipeline = build_pipeline(backends, metrics, settings)
        await pipeline.start()
        try:
            yield pipeline
        finally:
            await pipeline.aclose()

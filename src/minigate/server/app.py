"""The app factory. Its lifespan owns every resource: HTTP client pool, loaded models."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from minigate import __version__
from minigate.config import Settings
from minigate.metrics import Metrics
from minigate.runtime import running
from minigate.server.auth import Authenticator
from minigate.server.body_limit import BodyLimit, ParseGate
from minigate.server.errors import install_error_handlers
from minigate.server.routes import admin, ops
from minigate.server.routes import cache as cache_routes
from minigate.server.routes import collections as collection_routes
from minigate.server.routes import guard as guard_routes
from minigate.server.routes import openai as openai_routes

log = logging.getLogger("minigate")


def create_app(settings: Settings) -> FastAPI:
    """Build the gateway for ``settings``; nothing is loaded until the app starts."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with running(settings, app.state.metrics) as runtime:
            pipeline = app.state.pipeline = runtime.pipeline
            app.state.runtime = runtime
            app.state.auth = Authenticator(settings, runtime.keys)
            if app.state.auth.open:
                log.warning(
                    "No API keys configured: the gateway is open to anyone who can "
                    "reach it. Set MINIGATE_MASTER_KEY to require a key."
                )
            models = ", ".join(card.id for card in pipeline.models())
            log.info("minigate %s serving models: %s", __version__, models)
            yield

    app = FastAPI(
        title="minigate",
        version=__version__,
        description="OpenAI-compatible gateway for small language models.",
        lifespan=lifespan,
        # Served by ops.py, behind a key once the gateway has keys (server.public_docs).
        openapi_url=None,
        docs_url=None,
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.metrics = Metrics()
    app.state.parse_gate = ParseGate()
    install_error_handlers(app)
    app.include_router(openai_routes.router)
    app.include_router(admin.router)
    app.include_router(ops.router)
    app.include_router(cache_routes.router)
    app.include_router(guard_routes.router)
    app.include_router(collection_routes.router)
    app.add_middleware(
        BodyLimit, max_bytes=settings.server.max_body_bytes, exempt=[collection_routes.UPLOAD_PATH]
    )
    return app

"""The app factory. Its lifespan owns every resource: HTTP client pool, store, loaded models.

Whatever starts the app (``minigate serve``, ``uvicorn --factory minigate.server:create_app``,
a test), a configuration problem stops it with one line on stderr and exit status 2; a store
whose server does not answer, with one line and exit status 1.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import NoReturn

from fastapi import FastAPI
from starlette.middleware.cors import CORSMiddleware

from minigate import __version__, collector
from minigate.config import Settings, load_settings
from minigate.errors import ConfigError, StoreUnavailable
from minigate.metrics import Metrics
from minigate.runtime import batches, running
from minigate.server.access_log import redact_access_log
from minigate.server.auth import Authenticator
from minigate.server.body_limit import BodyLimit, ParseGate
from minigate.server.errors import ServerErrors, install_error_handlers
from minigate.server.head import HeadAsGet
from minigate.server.in_flight import InFlight, end_requests
from minigate.server.read_timeout import ReadTimeout
from minigate.server.request_id import RequestIdHeader
from minigate.server.routes import admin, ops
from minigate.server.routes import batches as batch_routes
from minigate.server.routes import cache as cache_routes
from minigate.server.routes import collections as collection_routes
from minigate.server.routes import files as file_routes
from minigate.server.routes import guard as guard_routes
from minigate.server.routes import openai as openai_routes
from minigate.server.routes import reports as report_routes
from minigate.server.url_check import RefuseNul
from minigate.ui import routes as ui_routes

log = logging.getLogger("minigate")
UPLOAD_OVERHEAD = 64 * 1024  # room for a multipart body's headers and form fields
# The answer headers a browser's script may read (the SDK's request_id, a 429's wait).
EXPOSED_HEADERS = [
    "x-request-id",
    "x-minigate-request-id",
    "x-minigate-cost-usd",
    "retry-after",
    "x-should-retry",
]


def create_app(settings: Settings | None = None, *, exit_on_config_error: bool = True) -> FastAPI:
    """Build the gateway for ``settings`` (default: the config file and environment, as
    ``minigate serve`` reads them); nothing is loaded until the app starts.

    With ``exit_on_config_error=False`` a configuration problem raises ConfigError instead of
    ending the process (for tests that start the app in-process).
    """
    if settings is None:
        try:
            settings = load_settings()
        except ConfigError as exc:
            if not exit_on_config_error:
                raise
            startup_exit(exc)
    started = settings

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        try:
            async with serving(app, started):
                yield
        except (ConfigError, StoreUnavailable) as exc:
            if not exit_on_config_error:
                raise
            # Not SystemExit: the server would catch it and print a traceback.
            startup_exit(exc, hard=True)

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
    redact_access_log()
    app.state.metrics = Metrics()
    app.state.parse_gate = ParseGate()
    app.state.requests = set()
    install_error_handlers(app)
    app.include_router(openai_routes.router)
    app.include_router(admin.router)
    app.include_router(ops.router)
    app.include_router(cache_routes.router)
    app.include_router(guard_routes.router)
    app.include_router(report_routes.router)
    app.include_router(ui_routes.router)
    app.include_router(file_routes.router)
    app.include_router(batch_routes.router)
    app.include_router(collection_routes.router)
    app.add_middleware(HeadAsGet)
    app.add_middleware(
        BodyLimit,
        max_bytes=settings.server.max_body_bytes,
        # Uploads stream to disk; the files route checks the file against batch.max_file_bytes,
        # the collections' upload route against rag.max_upload_bytes.
        paths={"/v1/files": settings.batch.max_file_bytes + UPLOAD_OVERHEAD},
        exempt=[collection_routes.UPLOAD_PATH],
    )
    app.add_middleware(ReadTimeout, seconds=settings.server.body_timeout_s)
    app.add_middleware(RefuseNul)
    app.add_middleware(ServerErrors)  # it sees every failure
    app.add_middleware(RequestIdHeader)  # a 500 carries an id too
    app.add_middleware(InFlight, requests=app.state.requests)  # ended before the runtime
    if settings.server.cors_origins:
        # Outermost: a preflight is answered before authentication, which a browser's
        # preflight never carries, and every answer (an error too) gets its CORS headers.
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.server.cors_origins,
            allow_methods=["GET", "POST", "DELETE"],
            # Whatever a listed page asks for: the openai SDKs send authorization and
            # content-type, and a changing set of x-stainless-* and openai-* headers.
            allow_headers=["*"],
            expose_headers=EXPOSED_HEADERS,
            max_age=600,
        )
    return app


@asynccontextmanager
async def serving(app: FastAPI, settings: Settings) -> AsyncIterator[None]:
    """Open everything the gateway owns (runtime.running) and hand it to the routes."""
    async with (
        running(settings, app.state.metrics) as runtime,
        batches(settings, runtime, work=settings.batch.worker) as app.state.batches,
    ):
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
        with collector.serving():
            try:
                yield
            finally:
                await end_requests(app.state.requests)


def startup_exit(exc: ConfigError | StoreUnavailable, *, hard: bool = False) -> NoReturn:
    """Say what is wrong in one message, without a traceback, and exit: status 2 for a
    configuration problem, 1 for a store that cannot be reached (docs/cli.md)."""
    print(f"minigate: {exc}", file=sys.stderr, flush=True)
    code = 2 if isinstance(exc, ConfigError) else 1
    if hard:
        os._exit(code)
    raise SystemExit(code)

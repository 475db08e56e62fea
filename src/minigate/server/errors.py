"""Every failure becomes OpenAI's error object; no traceback ever reaches a client."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from pydantic_core import ErrorDetails
from sqlalchemy.exc import DataError
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect
from starlette.responses import Response
from starlette.routing import Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from minigate.errors import GatewayError, InvalidRequest, NotFound
from minigate.guard.redact import redacted_body
from minigate.server.disconnect import CLIENT_CLOSED
from minigate.server.responses import json_response
from minigate.store.health import refused
from minigate.validation import invalid_parameter

log = logging.getLogger("minigate.server")


_METHODS = ("DELETE", "GET", "PATCH", "POST", "PUT")


def _allowed(request: Request) -> str:
    """Every method served at the request's path, for a 405's Allow header: Starlette's names
    the first route of that path alone (POST on /v1/files, where GET lists them too). Each
    method is matched against the app's routes as the router would (included routers too);
    HEAD goes with GET (minigate.server.head)."""
    routes = request.app.router.routes
    methods = [
        method
        for method in _METHODS
        if any(r.matches({**request.scope, "method": method})[0] is Match.FULL for r in routes)
    ]
    if "GET" in methods:
        methods.append("HEAD")
    return ", ".join(sorted(methods))


def error_response(exc: GatewayError, request: Request) -> Response:
    """The one way an error is answered: counted in minigate_http_errors_total, its message
    without secrets, OpenAI's error object."""
    metrics = getattr(request.app.state, "metrics", None)
    if metrics is not None:
        metrics.http_errors.labels(str(exc.status), exc.code).inc()
    return json_response(redacted_body(exc), status=exc.status, headers=exc.headers)


async def refuse(exc: GatewayError, scope: Scope, receive: Receive, send: Send) -> None:
    """Answer ``exc`` from a pure ASGI middleware, before any route or handler runs, as the
    handlers answer it (error_response)."""
    await error_response(exc, Request(scope))(scope, receive, send)


SEE_DOCS = "See docs/http-api.md for the endpoints minigate serves."


def _missing_v1(request: Request) -> str | None:
    """The fix, when the path is an endpoint's without /v1: the commonest first mistake is a
    client's base_url set to the gateway's root."""
    path = f"/v1{request.url.path}"
    scope = {**request.scope, "path": path, "root_path": ""}
    if all(route.matches(scope)[0] is Match.NONE for route in request.app.routes):
        return None
    root = str(request.base_url).rstrip("/")
    return f"Did you mean {path}? Set the client's base_url to {root}/v1."


# Where FastAPI found a parameter: the first part of a validation error's location.
_WHERE = frozenset({"body", "query", "path", "header", "cookie"})


def install_error_handlers(app: FastAPI) -> None:
    async def on_gateway_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, GatewayError)
        return error_response(exc, request)

    async def on_validation_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        first: ErrorDetails | None = exc.errors()[0] if exc.errors() else None
        # OpenAI names a parameter as the client sent it ("limit"), not where FastAPI found
        # it ("query.limit").
        param = ".".join(str(p) for p in first["loc"] if p not in _WHERE) if first else ""
        if first is None or not param:
            said = str(first["msg"]) if first else "The request is invalid."
            return error_response(InvalidRequest(said), request)
        return error_response(invalid_parameter(first, param), request)

    async def on_http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        if exc.status_code == 404:
            error: GatewayError = NotFound(
                f"Unknown request URL: {request.method} {request.url.path}. "
                f"{_missing_v1(request) or SEE_DOCS}"
            )
        else:
            # Starlette's own headers (Allow on a 405, which RFC 9110 requires) go out too.
            headers = dict(exc.headers or {})
            message = str(exc.detail)
            if exc.status_code == 405 and "Allow" in headers:
                headers["Allow"] = _allowed(request) or headers["Allow"]
                message = (
                    f"Method {request.method} is not allowed on {request.url.path}; "
                    f"use {headers['Allow']}."
                )
            error = InvalidRequest(message, code=f"http_{exc.status_code}", headers=headers)
            error.status = exc.status_code
        return error_response(error, request)

    async def on_client_gone(request: Request, exc: Exception) -> Response:
        # A client that left while sending its body: nothing failed here, and no one reads
        # the answer (an unhandled error logged two tracebacks per client that gave up).
        return Response(status_code=CLIENT_CLOSED)

    async def on_unstorable(request: Request, exc: Exception) -> Response:
        # A value from the request the store refuses: on PostgreSQL, text with NUL in it (an
        # id in a body, say), which psycopg rejects before the server sees it.
        return error_response(refused(exc), request)

    app.add_exception_handler(GatewayError, on_gateway_error)
    app.add_exception_handler(RequestValidationError, on_validation_error)
    app.add_exception_handler(HTTPException, on_http_error)
    app.add_exception_handler(ClientDisconnect, on_client_gone)
    app.add_exception_handler(DataError, on_unstorable)


class ServerErrors:
    """Pure ASGI middleware: an unexpected failure is logged once, with its traceback, and
    answered with OpenAI's error object (500 ``internal_error``).

    Not an exception handler for ``Exception``: Starlette runs that one, then re-raises the
    exception for the server, and uvicorn logged it a second time ("Exception in ASGI
    application") and closed the connection, so a client's next request on it was reset.
    Once an answer has started (a stream), nothing can replace it: the failure goes on to
    the server, which logs it (once: nothing here did) and breaks the connection off.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def watched(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, watched)
        except Exception:
            if started:
                raise
            log.exception("Unhandled error on %s %s", scope["method"], scope["path"])
            error = GatewayError(
                "The server had an error while processing your request; the gateway's log has "
                "the details."
            )
            await refuse(error, scope, receive, send)

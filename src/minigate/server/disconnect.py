"""Stop the work of a whole (not streamed) answer when its client goes away.

A streamed answer stops when its response can no longer be written. A whole answer is only
written at the end, so without a watch a client that left would keep, say, a local model's
slot busy until the answer was complete. ``unless_disconnected`` cancels the work instead: the
backend frees what it holds (within a decode step for the local engine) and the stages record
the request as ``client_disconnected``.

uvicorn writes nothing to a connection whose client has gone, and its access-log line is
written as the response starts: the 499 never reaches it, so it is logged here, on uvicorn's
access logger and in its shape (on and off with ``server.access_log``, as uvicorn's own lines;
a credential in its query redacted as in theirs, access_log.py).

The watch starts only once the work has run for ``WATCH_AFTER_S``: most whole answers (a
cache hit, a cloud upstream, a short local answer) are done before, and cost a timer instead
of a task reading the connection. The work runs in the handler's own task, which the watch
cancels.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable
from typing import TypeVar

from starlette.requests import Request
from starlette.responses import Response

from minigate.server.access_log import ACCESS_LOGGER

T = TypeVar("T")

# nginx's "client closed request": nobody reads it, but the access log says what happened.
CLIENT_CLOSED = 499
access_log = logging.getLogger(ACCESS_LOGGER)
# A client that leaves sooner is noticed when the watch starts; its work stops then.
WATCH_AFTER_S = 0.05


async def unless_disconnected(request: Request, work: Awaitable[T]) -> T | Response:
    """The result of ``work``, or a 499 response once the client has disconnected (``work``
    is then cancelled). Call it after the body has been read: the watch consumes the next
    ASGI message, which is then the disconnect."""
    handler = asyncio.current_task()
    assert handler is not None  # called from a request handler, always in a task
    watch = _Watch(request, handler)
    timer = asyncio.get_running_loop().call_later(WATCH_AFTER_S, watch.start)
    try:
        result = await work
    except asyncio.CancelledError:
        # Ours: answer 499. Cancelled for another reason too (a shutdown): let it go on.
        if watch.left and handler.uncancel() == 0:
            return _closed(request)
        raise
    finally:
        timer.cancel()
        watch.stop()
    if watch.left:  # the work swallowed our cancellation: the task must not stay marked
        handler.uncancel()
        return _closed(request)
    return result


def _closed(request: Request) -> Response:
    """The 499 for a client that left, logged as uvicorn logs the answers it sends."""
    if access_log.hasHandlers():  # uvicorn removes them when the access log is off
        scope = request.scope
        client = scope.get("client")
        path = scope.get("root_path", "") + scope.get("path", "")
        if query := scope.get("query_string", b""):
            path += "?" + query.decode("latin-1")
        access_log.info(
            '%s - "%s %s HTTP/%s" %d',
            f"{client[0]}:{client[1]}" if client else "",
            scope.get("method", ""),
            path,
            scope.get("http_version", "1.1"),
            CLIENT_CLOSED,
        )
    return Response(status_code=CLIENT_CLOSED)


class _Watch:
    """Reads the connection's next ASGI message; a disconnect cancels the handler's task."""

    def __init__(self, request: Request, handler: asyncio.Task[object]) -> None:
        self.request = request
        self.handler = handler
        self.left = False
        self.task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self.task = asyncio.ensure_future(self._watch())

    def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()

    async def _watch(self) -> None:
        while (await self.request.receive())["type"] != "http.disconnect":
            pass
        self.left = True
        self.handler.cancel()

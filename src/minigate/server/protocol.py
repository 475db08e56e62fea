"""uvicorn's HTTP protocol, with OpenAI-shaped refusals, a deadline for a request's headers and
a cap on open connections.

A request line or header that the HTTP parser refuses never reaches the app: uvicorn answers
it itself, in plain text ("Invalid HTTP request received."), which an OpenAI client cannot
read as an error. Every uvicorn HTTP protocol (httptools', h11's) sends that answer through
``send_400_response``; this one sends the same 400 as JSON, then closes the connection as
uvicorn does.

uvicorn has no deadline for a request's headers and no cap on connections: a client that
sent half a request line and then nothing kept its connection, and its file descriptor, for
as long as it liked; 20,000 of them from one process used up the gateway's open-file limit,
and ``/health`` failed for everyone. Here a connection whose headers are not complete within
``server.header_timeout_s`` of its opening (or of the previous answer on a kept-alive
connection) is closed; a body that stalls is the app's to time out (``read_timeout.py``),
since only it knows when the body is read. Past ``server.max_connections`` open connections a
new one is answered 503 at once and closed, and the refusals are logged (a line a minute at
most). uvicorn's ``limit_concurrency`` would answer its 503 only once the headers had
arrived, which is what such a client never sends.

``minigate serve`` runs ``protocol_for(settings.server)``; ``uvicorn --http
minigate.server.protocol:JsonErrorsProtocol`` runs this protocol with the default settings
under a hand-started uvicorn.
"""

from __future__ import annotations

import asyncio
import logging
import resource
import time
from typing import ClassVar

import orjson
from uvicorn.protocols.http.auto import AutoHTTPProtocol

from minigate.config import ServerSettings
from minigate.errors import GatewayError, InvalidRequest, TooManyConnections
from minigate.schemas.common import new_id
from minigate.server.request_id import REQUEST_ID_HEADER

log = logging.getLogger("minigate.server")
DEFAULT_MAX_CONNECTIONS = 2048
LOG_EVERY_S = 60.0  # refusals come in floods: one line a minute says enough
# How long a refused connection stays open for its 503 to be read: closing a socket with the
# client's request unread in it sends a reset, which can discard the answer on its way.
LINGER_S = 1.0


def _answer(status: bytes, error: GatewayError) -> bytes:
    """A whole answer with ``error``'s body, and a request id of its own as every other answer
    has (request_id.py)."""
    body, request_id = orjson.dumps(error.to_body()), new_id("req").encode()
    return (
        b"HTTP/1.1 %s\r\ncontent-type: application/json\r\ncontent-length: %d\r\n"
        b"%s: %s\r\nx-request-id: %s\r\nconnection: close\r\n\r\n%s"
        % (status, len(body), REQUEST_ID_HEADER.encode(), request_id, request_id, body)
    )


_UNPARSABLE = InvalidRequest(
    "The request is not valid HTTP/1.1 (its request line or a header could not be "
    "parsed), so the gateway could not read it; send it with an HTTP client library."
)


def default_max_connections() -> int:
    """Half the process's open-file limit, at most 2048: the other half is left to the store,
    the models, the upstream connections and the client connections already accepted."""
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY:
        return DEFAULT_MAX_CONNECTIONS
    return max(1, min(DEFAULT_MAX_CONNECTIONS, soft // 2))


class Limits:
    """One server's header deadline and connection cap, and its refusals not yet logged."""

    def __init__(self, server: ServerSettings) -> None:
        self.header_timeout_s = server.header_timeout_s
        self.max_connections = server.max_connections or default_max_connections()
        self._refused = 0
        self._logged_at: float | None = None

    def refused(self) -> None:
        """Count a refused connection; log the count at most once a minute."""
        self._refused += 1
        now = time.monotonic()
        if self._logged_at is not None and now - self._logged_at < LOG_EVERY_S:
            return
        log.warning(
            "Connections refused with 503 since the previous such line: %d. %d client "
            "connections are open, the most server.max_connections allows. Many idle or "
            "unfinished connections from one client are an attack or a leak; a load this "
            "large needs a larger cap (and ulimit -n).",
            self._refused,
            self.max_connections,
        )
        self._refused = 0
        self._logged_at = now


class JsonErrorsProtocol(AutoHTTPProtocol):  # type: ignore[misc,valid-type]
    """uvicorn's own protocol (httptools, or h11 without it) but for its 400, with a deadline
    for each request's headers and a cap on open connections."""

    transport: asyncio.Transport
    limits: ClassVar[Limits | None] = None  # None: the default settings' (protocol_for)

    def connection_made(self, transport: asyncio.Transport) -> None:
        super().connection_made(transport)
        self._deadline: asyncio.TimerHandle | None = None
        limits = self._limits()
        # uvicorn adds each connection to the set before this check: the cap counts it too.
        self._refused = len(self.connections) > limits.max_connections
        if self._refused:
            limits.refused()
            error = TooManyConnections(
                "The gateway has as many open connections as it allows "
                "(server.max_connections); retry in a moment."
            )
            transport.write(_answer(b"503 Service Unavailable", error))
            if transport.can_write_eof():
                transport.write_eof()
            self.loop.call_later(LINGER_S, transport.close)
            return
        self._arm(limits)

    def data_received(self, data: bytes) -> None:
        if not self._refused:  # a refused connection's request is read, never answered
            super().data_received(data)

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing():
            self._arm(self._limits())  # the next request's headers: from this answer on

    def connection_lost(self, exc: Exception | None) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
        super().connection_lost(exc)

    def send_400_response(self, msg: str) -> None:
        self.transport.write(_answer(b"400 Bad Request", _UNPARSABLE))
        self.transport.close()

    def _limits(self) -> Limits:
        limits = type(self).limits
        if limits is None:
            limits = type(self).limits = Limits(ServerSettings())
        return limits

    def _arm(self, limits: Limits) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
        self._deadline = self.loop.call_later(limits.header_timeout_s, self._headers_late)

    def _headers_late(self) -> None:
        self._deadline = None
        if self.cycle is not None and not self.cycle.response_complete:
            return  # its headers arrived; its body has a deadline of its own (read_timeout.py)
        if not self.transport.is_closing():
            self.transport.close()


def protocol_for(server: ServerSettings) -> type[JsonErrorsProtocol]:
    """The protocol class for ``server``'s deadline and cap (uvicorn takes a class, and makes
    an instance of it per connection)."""
    return type("JsonErrorsProtocol", (JsonErrorsProtocol,), {"limits": Limits(server)})

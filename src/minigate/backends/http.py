"""The HTTP client the gateway calls upstreams with: httpx, with a cheaper connection pool.

httpcore's pool re-examines every pooled connection twice per request (when the request joins
the queue and when it leaves) and asks the kernel, one ``poll`` per idle connection, whether
the server has closed it. With a few dozen keep-alive connections to an upstream that is a
few hundred system calls and Python calls per request: under load, a fifth of the gateway's
CPU went there. ``LeanPool`` keeps the pool's behaviour and does the costly part only where
it matters: it checks the one idle connection it is about to hand out (a connection the server
closed is never reused), and sweeps all of them for expiry at most every ``SWEEP_S`` seconds.
It also hands an idle connection to one request only (the stock pool offers it to every request
that queues before the first has started on it, and all but one then fail over and queue
again): the lean pool is for HTTP/1.1, where a connection serves one request at a time; an
HTTP/2 pool stays stock.

The pool's internals are httpcore's, not a public API: on an httpcore whose pool does not look
as expected the client keeps the stock pool.
"""

from __future__ import annotations

import logging
import time
from http.cookiejar import CookieJar, DefaultCookiePolicy
from typing import Any

import httpcore
import httpx

log = logging.getLogger("minigate.http")
SWEEP_S = 1.0
_POOL_STATE = ("_connections", "_requests", "_max_connections", "_max_keepalive_connections")


class LeanPool(httpcore.AsyncConnectionPool):
    """``AsyncConnectionPool`` with an O(1)-syscalls request assignment (see module doc)."""

    _next_sweep = 0.0

    def _assign_requests_to_connections(self) -> list[Any]:
        closing: list[Any] = []
        connections: list[Any] = self._connections
        now = time.monotonic()
        sweep = now >= self._next_sweep
        if sweep:
            self._next_sweep = now + SWEEP_S
        # HTTP/1.1: a connection serves one request at a time, and one handed to a request
        # that has not started on it yet still looks idle: it is neither offered nor closed.
        assigned = {id(r.connection) for r in self._requests if r.connection is not None}

        # Drop closed connections; every SWEEP_S also expired ones (keep-alive timed out, or
        # closed by the server while idle), and idle ones above the keep-alive limit.
        for connection in list(connections):
            if connection.is_closed():
                connections.remove(connection)
            elif id(connection) not in assigned and (
                (sweep and connection.has_expired())
                or (len(connections) > self._max_keepalive_connections and connection.is_idle())
            ):
                connections.remove(connection)
                closing.append(connection)

        for pool_request in [r for r in self._requests if r.is_queued()]:
            origin = pool_request.request.url.origin
            chosen = None
            for connection in list(connections):
                if id(connection) in assigned or not (
                    connection.can_handle_request(origin) and connection.is_available()
                ):
                    continue
                if connection.is_idle() and connection.has_expired():
                    connections.remove(connection)  # the server closed it meanwhile
                    closing.append(connection)
                    continue
                chosen = connection
                break
            if chosen is None:
                if len(connections) >= self._max_connections:
                    idle = next(
                        (c for c in connections if c.is_idle() and id(c) not in assigned), None
                    )
                    if idle is None:
                        continue  # the request waits for a connection to come free
                    connections.remove(idle)
                    closing.append(idle)
                chosen = self.create_connection(origin)
                connections.append(chosen)
            assigned.add(id(chosen))
            pool_request.assign_to_connection(chosen)
        return closing


def _lean(transport: httpx.AsyncHTTPTransport) -> httpx.AsyncHTTPTransport:
    pool = getattr(transport, "_pool", None)
    stock = type(pool) is httpcore.AsyncConnectionPool
    if stock and all(hasattr(pool, a) for a in _POOL_STATE) and not getattr(pool, "_http2", True):
        pool.__class__ = LeanPool
    else:  # pragma: no cover - another httpcore
        log.info("Keeping httpcore's own connection pool (%s)", type(pool).__name__)
    return transport


def upstream_client(limits: httpx.Limits, **options: Any) -> httpx.AsyncClient:
    """An ``httpx.AsyncClient`` like ``httpx.AsyncClient(limits=limits, **options)``, with the
    lean pool for direct connections (proxied ones, from the environment, keep httpx's).

    The client is shared by every caller, so it keeps no cookies: a ``Set-Cookie`` from an
    upstream answering one key's request would otherwise ride along on every other key's."""
    return httpx.AsyncClient(
        transport=_lean(httpx.AsyncHTTPTransport(limits=limits)),
        cookies=CookieJar(policy=DefaultCookiePolicy(allowed_domains=[])),
        **options,
    )

"""HEAD answered wherever GET is served: the same status and headers, no body (RFC 9110).

Starlette's ``Route`` adds HEAD to every GET route, but FastAPI's ``APIRoute`` does not, so
``curl -I``, uptime monitors and load balancers' health checks were answered 405. Adding HEAD
to each route would also add a HEAD operation, with the GET's operation id, to the OpenAPI
document; a middleware keeps the document as it is and covers routes added later.
"""

from __future__ import annotations

from starlette.routing import Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send


class HeadAsGet:
    """Pure ASGI middleware: a HEAD that no route takes, but a GET route at the same path
    does, is served by that route with its body left out."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD" or self._routed(scope):
            await self.app(scope, receive, send)
            return

        async def bodiless(message: Message) -> None:
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        # A copy: the server's own scope still says HEAD, so it sends no body either.
        await self.app({**scope, "method": "GET"}, receive, bodiless)

    @staticmethod
    def _routed(scope: Scope) -> bool:
        """Whether the HEAD reaches a route as it is: one that takes HEAD, or none at all
        that takes GET (then the router's 404 or 405 answers it, as before)."""
        routes = scope["app"].router.routes
        if any(route.matches(scope)[0] is Match.FULL for route in routes):
            return True
        get = {**scope, "method": "GET"}
        return all(route.matches(get)[0] is not Match.FULL for route in routes)

"""The HTTP face of the gateway: FastAPI app, routes, SSE and error handling."""

from __future__ import annotations

from typing import TYPE_CHECKING

from minigate.lazy import lazy_exports

if TYPE_CHECKING:
    from minigate.server.app import create_app

__all__ = ["create_app"]

__getattr__ = lazy_exports(
    __name__,
    {
        "create_app": "app",
    },
)

"""The HTTP face of the gateway: FastAPI app, routes, SSE and error handling."""

from minigate.server.app import create_app

__all__ = ["create_app"]

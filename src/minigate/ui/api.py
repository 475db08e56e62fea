"""The dashboard's one data path: the gateway's own admin API, called in-process with the
logged-in user's key, exactly as the CLI or any client would call it over HTTP."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx
from starlette.types import ASGIApp


def part(value: str) -> str:
    """One path segment: an id typed into a form never walks to another endpoint."""
    # quote() leaves dots alone, and a URL drops a "." or ".." segment ("/v1/collections/.."
    # reached /v1): encoded, they stay a name.
    return quote(value, safe="") if value.strip(".") else value.replace(".", "%2E")


class ApiError(Exception):
    """The admin API refused or failed; ``status`` and its OpenAI-shaped message."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class AdminAPI:
    def __init__(self, app: ASGIApp, key: str) -> None:
        self._app = app
        # As bytes, the way curl sends whatever was typed: httpx would raise on a str value
        # that is not ASCII (a 500 at login), where the API answers such a key with a 401.
        self._headers = {b"authorization": f"Bearer {key}".encode()}

    async def get(self, path: str, **params: Any) -> Any:
        wanted = {k: v for k, v in params.items() if v not in (None, "")}
        return await self._call("GET", path, params=wanted)

    async def post(self, path: str, body: dict[str, Any] | None = None) -> Any:
        return await self._call("POST", path, json=body)

    async def patch(self, path: str, body: dict[str, Any]) -> Any:
        return await self._call("PATCH", path, json=body)

    async def upload(self, path: str, files: list[tuple[str, tuple[str, bytes]]]) -> Any:
        """A multipart POST of ``files`` (field name, (file name, content))."""
        return await self._call("POST", path, files=files)

    async def content(self, path: str) -> bytes:
        """A GET whose answer is a file, not JSON (an error is still JSON)."""
        response = await self._send("GET", path)
        if response.status_code >= 400:
            raise _error(response, response.json())
        return response.content

    async def _send(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        transport = httpx.ASGITransport(app=self._app, client=("127.0.0.1", 0))
        async with httpx.AsyncClient(transport=transport, base_url="http://minigate") as client:
            return await client.request(method, path, headers=self._headers, **kwargs)

    async def _call(self, method: str, path: str, **kwargs: Any) -> Any:
        response = await self._send(method, path, **kwargs)
        body = response.json()
        if response.status_code >= 400:
            raise _error(response, body)
        return body


def _error(response: httpx.Response, body: Any) -> ApiError:
    error = body.get("error", {}) if isinstance(body, dict) else {}
    return ApiError(response.status_code, error.get("message") or response.reason_phrase)

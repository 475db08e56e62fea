"""API keys: with none configured the gateway is open (the local default)."""

from __future__ import annotations

import hmac

from starlette.requests import Request

from minigate.config import Settings
from minigate.errors import AuthenticationFailed


class KeyCheck:
    def __init__(self, settings: Settings) -> None:
        keys = list(settings.auth.api_keys)
        if settings.master_key:
            keys.append(settings.master_key)
        self._keys = [k.encode() for k in keys]

    @property
    def open(self) -> bool:
        return not self._keys

    def __call__(self, request: Request) -> str | None:
        """The caller's key, or None on an open gateway; 401 for a missing or wrong key."""
        if self.open:
            return None
        header = request.headers.get("authorization", "")
        scheme, _, key = header.partition(" ")
        if scheme.lower() != "bearer" or not key:
            key = request.headers.get("api-key", "")
        if not key:
            raise AuthenticationFailed(
                "You didn't provide an API key. Send it as 'Authorization: Bearer KEY'."
            )
        if not any(hmac.compare_digest(key.strip().encode(), k) for k in self._keys):
            raise AuthenticationFailed("Incorrect API key provided.")
        return key.strip()

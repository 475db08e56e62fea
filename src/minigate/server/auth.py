"""API keys: with none configured the gateway is open (the local default)."""

from __future__ import annotations

import hmac
from dataclasses import dataclass

from starlette.requests import Request

from minigate.config import Settings
from minigate.errors import AuthenticationFailed


@dataclass(frozen=True, slots=True)
class Caller:
    """Who is calling: the key they presented and the models it may use (None: all)."""

    key: str | None
    allowed_models: frozenset[str] | None = None


OPEN = Caller(key=None)


class KeyCheck:
    def __init__(self, settings: Settings) -> None:
        self._keys: list[tuple[bytes, Caller]] = [
            (entry.key.encode(), Caller(entry.key, _frozen(entry.models)))
            for entry in settings.auth.api_keys
        ]
        if settings.master_key:
            self._keys.append((settings.master_key.encode(), Caller(settings.master_key)))

    @property
    def open(self) -> bool:
        return not self._keys

    def __call__(self, request: Request) -> Caller:
        """The caller; 401 for a missing or wrong key when keys are configured."""
        if self.open:
            return OPEN
        header = request.headers.get("authorization", "")
        scheme, _, key = header.partition(" ")
        if scheme.lower() != "bearer" or not key:
            key = request.headers.get("api-key", "")
        if not key:
            raise AuthenticationFailed(
                "You didn't provide an API key. Send it as 'Authorization: Bearer KEY'."
            )
        presented = key.strip().encode()
        for known, caller in self._keys:
            if hmac.compare_digest(presented, known):
                return caller
        raise AuthenticationFailed("Incorrect API key provided.")


def _frozen(models: list[str] | None) -> frozenset[str] | None:
    return frozenset(models) if models is not None else None

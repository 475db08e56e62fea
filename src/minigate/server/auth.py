"""Who is calling. Static keys come from the config, virtual keys from the ledger's store.

With no master key and no static keys the gateway is open (the local default); a virtual key
presented to an open gateway still identifies its caller, so its budget and limits apply.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass

from starlette.requests import Request

from minigate.config import Settings
from minigate.errors import AuthenticationFailed, PermissionDenied
from minigate.ledger.keys import KeyStore, VirtualKey

MASTER = "master"


@dataclass(frozen=True, slots=True)
class Caller:
    """The key presented, its id, and the models it may use (None: all)."""

    key: str | None = None
    key_id: str | None = None
    allowed_models: frozenset[str] | None = None
    virtual: VirtualKey | None = None

    @property
    def admin(self) -> bool:
        return self.key_id == MASTER or (self.virtual is not None and self.virtual.admin)


class Authenticator:
    def __init__(self, settings: Settings, keys: KeyStore | None) -> None:
        self._static: list[tuple[bytes, Caller]] = [
            (e.key.encode(), Caller(e.key, f"static:{e.name or e.key[:6]}", _frozen(e.models)))
            for e in settings.auth.api_keys
        ]
        if settings.master_key:
            self._static.append((settings.master_key.encode(), Caller(settings.master_key, MASTER)))
        self._keys = keys

    @property
    def open(self) -> bool:
        return not self._static

    async def __call__(self, request: Request) -> Caller:
        """The caller; 401 for a missing, wrong or disabled key when one is needed."""
        return await self.identify(_presented_key(request))

    async def identify(self, raw: str) -> Caller:
        """The caller presenting the key ``raw`` ('' for none), as ``__call__`` finds it; the
        CLI uses it to act as a key's owner."""
        if raw:
            presented = raw.encode("utf-8", "surrogateescape")
            for known, caller in self._static:
                if hmac.compare_digest(presented, known):
                    return caller
            if self._keys is not None and (virtual := await self._keys.by_secret(raw)):
                if not virtual.active:
                    raise AuthenticationFailed(f"The API key '{virtual.prefix}…' is disabled.")
                return Caller(raw, virtual.id, _frozen(virtual.models), virtual)
        if self.open:
            return Caller(raw or None)
        if not raw:
            raise AuthenticationFailed(
                "You didn't provide an API key. Send it as 'Authorization: Bearer KEY'."
            )
        raise AuthenticationFailed("Incorrect API key provided.")

    async def admin(self, request: Request) -> Caller:
        """The caller, who must hold the master key or an admin virtual key (anyone may on an
        open gateway)."""
        caller = await self(request)
        if not self.open and not caller.admin:
            raise PermissionDenied(
                "This endpoint needs the master key (MINIGATE_MASTER_KEY) or an admin key."
            )
        return caller


def _presented_key(request: Request) -> str:
    scheme, _, key = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not key.strip():
        key = request.headers.get("api-key", "")
    return key.strip()


def _frozen(models: list[str] | None) -> frozenset[str] | None:
    return frozenset(models) if models is not None else None

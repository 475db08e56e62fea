"""Operations on a cache store shared by the admin API and the ``minigate cache`` command."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from minigate.cache.keys import namespace_for, tenant_namespace
from minigate.cache.store import CacheStore
from minigate.errors import InvalidRequest
from minigate.schemas.bounds import MISSING


async def store_stats(store: CacheStore) -> dict[str, Any]:
    """Entries, bytes, hits served and entries per model, across every process sharing it."""
    return asdict(await store.stats())


async def invalidate(
    store: CacheStore,
    model: str | None = None,
    tenant: str | None = None,
    api_key: str | None = None,
) -> int:
    """Delete the entries of a model and/or one tenant (by tenant name or API key).

    A tenant and a key name that key's entries for that tenant, and the tenant's shared ones
    (``cache.tenant_across_keys``); a tenant alone names its shared entries only."""
    if model is None and tenant is None and api_key is None:
        raise InvalidRequest(
            "Name what to invalidate: 'model', 'tenant' or 'api_key' (use clear to drop all).",
            code=MISSING,
        )
    if not (tenant or api_key):
        return await store.invalidate(model=model)
    deleted = await store.invalidate(model=model, namespace=namespace_for(tenant, api_key))
    if tenant and api_key:
        deleted += await store.invalidate(model=model, namespace=tenant_namespace(tenant))
    return deleted


async def clear(store: CacheStore) -> int:
    return await store.invalidate()

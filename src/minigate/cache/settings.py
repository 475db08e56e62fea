"""The ``cache:`` section of the config: the response cache, exact and semantic."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from minigate.backends.settings import BUILTIN_EMBEDDING_MODEL
from minigate.section import Section


class SemanticCacheSettings(Section):
    """Serve an answer cached for a paraphrase of the last user turn."""

    enabled: bool | None = Field(
        default=None, description="None: on when embedding_model is a configured model."
    )
    embedding_model: str = BUILTIN_EMBEDDING_MODEL
    # Measured on 6,000 labelled Quora question pairs with all-MiniLM-L6-v2 (benchmarks/cache.py):
    # 0.965 keeps false hits on non-duplicates under 1% (0.83%) and hits 15% of duplicates.
    threshold: float = Field(default=0.965, gt=0, le=1)
    veto: bool = Field(
        default=True,
        description="Refuse a semantic hit whose prompt differs from the cached one by a "
        "number, a negation, a listed antonym or the order of shared names (minigate.cache.veto).",
    )


class CacheSettings(Section):
    """The response cache for chat completions (see minigate.cache)."""

    enabled: bool = True
    backend: Literal["sqlite", "redis"] = "sqlite"
    sqlite_path: str = ".minigate/cache.sqlite3"
    redis_url: str = "redis://127.0.0.1:6379/0"
    ttl_s: float = Field(default=86400.0, gt=0)
    max_entries: int = Field(default=10000, ge=1)
    max_entry_bytes: int = Field(default=256 * 1024, ge=1)
    only_deterministic: bool = Field(
        default=True, description="Cache only requests with temperature 0 or a seed."
    )
    tenant_header: str | None = Field(
        default=None,
        description="Namespace each key's entries further by this header (set by a trusted "
        "proxy): one key's tenants never share entries.",
    )
    tenant_across_keys: bool = Field(
        default=False,
        description="Share a tenant_header namespace across keys: any key that sends the "
        "header reads that tenant's entries, so only with a proxy that sets or strips it.",
    )
    semantic: SemanticCacheSettings = Field(default_factory=SemanticCacheSettings)

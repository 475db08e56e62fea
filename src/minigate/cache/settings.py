"""The ``cache:`` section of the config: the response cache, exact and semantic."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from minigate.backends.settings import BUILTIN_EMBEDDING_MODEL, MULTILINGUAL
from minigate.section import Section

# The least similarity served, per built-in embedding model, each measured on labelled
# paraphrase pairs so that under 1% of non-duplicate pairs hit falsely: all-MiniLM-L6-v2 on
# 6,000 Quora pairs (benchmarks/cache.py: 0.83% false, 15% of duplicates served);
# USE Multilingual v3 on the design halves of LCQMC and the Quora pairs, reported on their
# held-out halves (benchmarks/cache_multilingual.py; docs/cache.md has the figures).
MEASURED_THRESHOLDS = {BUILTIN_EMBEDDING_MODEL: 0.965, MULTILINGUAL: 0.98}


class SemanticCacheSettings(Section):
    """Serve an answer cached for a paraphrase of the last user turn."""

    enabled: bool | None = Field(
        default=None,
        description="None: on when embedding_model is a configured model or the built-in "
        "multilingual one.",
    )
    embedding_model: str = Field(
        default=BUILTIN_EMBEDDING_MODEL,
        description=f"A configured model that embeds, or the built-in '{MULTILINGUAL}' (reads "
        "Chinese and 15 other languages).",
    )
    threshold: float | None = Field(
        default=None,
        gt=0,
        le=1,
        description="The least cosine similarity served as a paraphrase. None: the one "
        f"measured for the embedding model ({BUILTIN_EMBEDDING_MODEL}: "
        f"{MEASURED_THRESHOLDS[BUILTIN_EMBEDDING_MODEL]}, {MULTILINGUAL}: "
        f"{MEASURED_THRESHOLDS[MULTILINGUAL]}), MiniLM's for any other model.",
    )
    veto: bool = Field(
        default=True,
        description="Refuse a semantic hit whose prompt differs from the cached one by a "
        "number, a negation, a listed antonym or the order of shared names (minigate.cache.veto).",
    )

    @property
    def min_similarity(self) -> float:
        """``threshold`` when configured, else the one measured for ``embedding_model``
        (MiniLM's for a model of your own, which you should measure)."""
        if self.threshold is not None:
            return self.threshold
        fallback = MEASURED_THRESHOLDS[BUILTIN_EMBEDDING_MODEL]
        return MEASURED_THRESHOLDS.get(self.embedding_model, fallback)


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

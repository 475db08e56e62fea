"""The response cache: exact and semantic, per tenant, streaming-aware.

- ``keys``: canonical request hashes and hashed tenant namespaces;
- ``control``: Cache-Control and the ``cache`` body field;
- ``semantic``: embedding the last user turn and the nearest-neighbour scan;
- ``veto``: refusing a paraphrase whose words reverse the meaning (a negation, an antonym);
- ``readable``: which prompts the embedding model's tokenizer can read (others: exact only);
- ``store``: SQLite and Redis behind one protocol;
- ``stage``: the pipeline stage that puts them together.
- ``build``: the stage built from settings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from minigate.lazy import lazy_exports

if TYPE_CHECKING:
    from minigate.cache.build import cache_stage
    from minigate.cache.stage import CacheStage

__all__ = ["CacheStage", "cache_stage"]

__getattr__ = lazy_exports(
    __name__,
    {
        "CacheStage": "stage",
        "cache_stage": "build",
    },
)

"""The built-in multilingual encoder, as collections name it (``rag.embedding_model:
use-multilingual-v3``). It lives in ``minigate.backends.multilingual``, below rag and cache,
since the semantic cache embeds with it too."""

from __future__ import annotations

from minigate.backends.multilingual import MULTILINGUAL, MultilingualEncoder

__all__ = ["MULTILINGUAL", "MultilingualEncoder"]

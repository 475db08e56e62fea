"""Documents: collections in Chroma, ingestion, hybrid retrieval and cited answers.

ingest:   file ─► loaders (txt, md, html, pdf, docx) ─► chunking ─► embed ─► store
search:   question ─► BM25 (jieba words) ┐
                    ─► vectors (Chroma)  ┴► weighted reciprocal rank fusion ─► top k
answer:   model="rag:NAME" ─► search ─► scanner ─► numbered sources ─► answering model
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from minigate.lazy import lazy_exports

if TYPE_CHECKING:
    from minigate.rag.answer import ChunkScanner, RagStage, source_of
    from minigate.rag.build import collection_models, open_library, rag_stage
    from minigate.rag.library import (
        DocumentInfo,
        IngestResult,
        Library,
        check_source,
        document_id,
        owner_of,
    )
    from minigate.rag.settings import RagSettings
    from minigate.rag.store import Chunk, Collection, CollectionStore, Hit

__all__ = [
    "Chunk",
    "ChunkScanner",
    "Collection",
    "CollectionStore",
    "DocumentInfo",
    "Hit",
    "IngestResult",
    "Library",
    "RagSettings",
    "RagStage",
    "check_source",
    "collection_models",
    "document_id",
    "open_library",
    "owner_of",
    "rag_stage",
    "source_of",
]

__getattr__ = lazy_exports(
    __name__,
    {
        "Chunk": "store",
        "ChunkScanner": "answer",
        "Collection": "store",
        "CollectionStore": "store",
        "DocumentInfo": "library",
        "Hit": "store",
        "IngestResult": "library",
        "Library": "library",
        "RagSettings": "settings",
        "RagStage": "answer",
        "check_source": "library",
        "collection_models": "build",
        "document_id": "library",
        "open_library": "build",
        "owner_of": "library",
        "rag_stage": "build",
        "source_of": "answer",
    },
)

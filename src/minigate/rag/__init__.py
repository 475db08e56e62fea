"""Documents: collections in Chroma, ingestion, hybrid retrieval and cited answers.

ingest:   file ─► loaders (txt, md, html, pdf, docx) ─► chunking ─► embed ─► store
search:   question ─► BM25 (jieba words) ┐
                    ─► vectors (Chroma)  ┴► weighted reciprocal rank fusion ─► top k
answer:   model="rag:NAME" ─► search ─► scanner ─► numbered sources ─► answering model
"""

from __future__ import annotations

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

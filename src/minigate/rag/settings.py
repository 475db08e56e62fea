"""The ``rag:`` section of the config: where collections live, how documents are cut up, how
questions are answered from them."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator

from minigate.section import Section

# The config's built-in model ids, repeated here so that this concern reads only its own
# section (config.py imports this module, not the other way round).
DEFAULT_EMBEDDING_MODEL = "all-minilm-l6-v2"


class RagSettings(Section):
    """Document collections (Chroma), ingestion, hybrid retrieval and cited answers."""

    enabled: bool = True
    chroma_path: str = Field(
        default=".minigate/chroma", description="The embedded Chroma database (PersistentClient)."
    )
    chroma_url: str | None = Field(
        default=None,
        description="A Chroma server ('chroma run') shared by several gateways, e.g. "
        "http://127.0.0.1:8000; when set, chroma_path is not used.",
    )
    embedding_model: str = Field(
        default=DEFAULT_EMBEDDING_MODEL,
        description="The configured embedding model that embeds chunks and questions, or "
        "'use-multilingual-v3' (built in, for Chinese and 15 other languages). A collection "
        "remembers the model it was made with.",
    )
    answer_model: str | None = Field(
        default=None,
        description="The model that answers 'rag:' requests; default: the first "
        "configured chat model.",
    )
    method: Literal["hybrid", "bm25", "vector"] = Field(
        default="hybrid",
        description="How 'rag:' answers retrieve. On text whose questions reuse its words (as "
        "in CMRC 2018) bm25 alone ranks best; hybrid is the safer default (docs/rag.md).",
    )
    chunk_tokens: int = Field(default=160, ge=16, le=2048)
    chunk_overlap: int = Field(default=32, ge=0)
    top_k: int = Field(default=4, ge=1, le=50, description="Sources put into an answer's prompt.")
    candidates: int = Field(
        default=30, ge=1, le=500, description="Hits each method proposes before fusion."
    )
    # fusion, vector_share and stemmer were chosen on the dev split of benchmarks/rag.py.
    fusion: Literal["convex", "rrf"] = Field(
        default="convex",
        description="How hybrid fuses the two rankings: convex (a weighted sum of min-max "
        "normalised scores) or rrf (weighted reciprocal rank fusion).",
    )
    vector_share: float = Field(
        default=0.3,
        ge=0.0,
        le=1.0,
        description="Convex fusion: the vector score's share of a chunk's score (BM25's is "
        "the rest).",
    )
    rrf_k: int = Field(default=3, ge=1, description="RRF fusion: reciprocal rank constant.")
    bm25_weight: float = Field(
        default=3.0,
        ge=0.0,
        le=100.0,
        description="RRF fusion: BM25's weight (the vectors' is 1).",
    )
    stemmer: str | None = Field(
        default="english",
        description="The Snowball stemmer BM25 applies to words outside Chinese, Japanese and "
        "Korean text (PyStemmer's names: english, french, german, ...); null: none. A change "
        "applies to the next index built.",
    )
    max_source_chars: int = Field(
        default=1500, ge=100, description="Each source is cut to this length in the prompt."
    )
    max_upload_bytes: int = Field(
        default=64 * 1024 * 1024, ge=1024, description="Largest document upload request."
    )
    max_chunks_per_document: int = Field(
        default=1000,
        ge=1,
        description="Most chunks an uploaded document may have (about 250 pages of text); a "
        "larger one is refused before anything of it is embedded. minigate ingest is not "
        "limited.",
    )

    @field_validator("stemmer")
    @classmethod
    def _known_stemmer(cls, value: str | None) -> str | None:
        try:
            import Stemmer
        except ImportError:  # the rag extra is not installed: nothing will index anyway
            return value
        if value is not None and value not in Stemmer.algorithms():
            known = ", ".join(sorted(Stemmer.algorithms()))
            raise ValueError(f"stemmer must be one of: {known}; or null")
        return value

    @field_validator("chroma_url")
    @classmethod
    def _http(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("http://", "https://")):
            raise ValueError("chroma_url must start with http:// or https://")
        return value.rstrip("/") if value else value

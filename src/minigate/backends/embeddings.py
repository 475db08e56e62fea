"""Local sentence embeddings (all-MiniLM-L6-v2 by default), offline, off the event loop.

Concurrent requests (from clients, and from the cache, router and guard through the shared
``Embedder``) are batched into one forward pass after a wait of at most ``batch_wait_ms``;
background ones (uploads, ``minigate ingest``, batch lines) go in short passes that
interactive ones are not kept waiting behind (``batching.Batcher``).
The model runs on ONNX Runtime where it can (``onnx_encoder``: same weights, same vectors
within cosine 0.9999, about twice as fast), else on torch through sentence-transformers.
"""

from __future__ import annotations

import asyncio
import base64
import logging
import os
from pathlib import Path
from typing import Any

import numpy as np

from minigate.backends.base import SingleModelBackend
from minigate.backends.batching import Batcher
from minigate.backends.builtin import resolve_weights
from minigate.backends.onnx_encoder import (
    OnnxEncoder,
    OnnxUnsupported,
    default_cache,
    length_groups,
    quiet_loading,
    runtime_available,
)
from minigate.backends.protocol import Capabilities
from minigate.backends.settings import SentenceTransformerModel
from minigate.backends.worker import ModelWorker
from minigate.context import RequestContext
from minigate.errors import ConfigError, InvalidRequest
from minigate.schemas.embeddings import (
    Embedding,
    EmbeddingRequest,
    EmbeddingResponse,
    EmbeddingUsage,
)

log = logging.getLogger("minigate.embeddings")


class SentenceTransformerBackend(SingleModelBackend):
    capabilities = Capabilities(chat=False, completions=False, embeddings=True, streaming=False)

    def __init__(self, config: SentenceTransformerModel) -> None:
        self.config = config
        self.model_id = config.id
        self.owned_by = config.owned_by
        self.model_path = resolve_weights(config.path)
        if config.runtime == "onnx" and not runtime_available():
            raise ConfigError(
                f"Model '{config.id}' has runtime 'onnx', but onnxruntime or onnx is not "
                "installed; install them (make serve does) or set runtime: torch."
            )
        self._onnx: OnnxEncoder | None = None
        self._worker = ModelWorker(config.id, max_queue=256, queue_timeout_s=120)
        # Tests and benchmarks read its pass counts.
        self.batcher = Batcher(
            lambda texts: self._worker.run(lambda: self.encode(texts)),
            max_wait_s=config.batch_wait_ms / 1000,
            max_batch=config.max_batch,
            background_batch=config.background_batch,
            interactive_streak=config.interactive_streak,
            name=config.id,
        )
        self._model: Any = None
        self._loading: asyncio.Future[None] | None = None

    async def start(self) -> None:
        # Importing torch takes seconds; load in the background so the server starts at once.
        # The first embedding request simply waits for the load to finish.
        self._loading = asyncio.ensure_future(self._worker.run(self._load))

    def _load(self) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        if self.config.runtime != "torch" and runtime_available():
            cache = Path(self.config.onnx_cache) if self.config.onnx_cache else default_cache()
            try:
                self._onnx = OnnxEncoder(self.model_path, cache, self.config.torch_threads)
                return
            except OnnxUnsupported as exc:
                if self.config.runtime == "onnx":
                    raise ConfigError(
                        f"Model '{self.model_id}' cannot run on ONNX Runtime: {exc}; "
                        "set runtime: torch."
                    ) from None
                log.warning("Model '%s' runs on torch: %s.", self.model_id, exc)
        self._load_torch()

    def _load_torch(self) -> None:
        import torch
        from sentence_transformers import SentenceTransformer

        # One thread is fastest for single sentences on small machines (measured ~14 ms).
        torch.set_num_threads(self.config.torch_threads)
        quiet_loading()
        self._model = SentenceTransformer(str(self.model_path), device="cpu")

    async def ready(self) -> None:
        if self._loading is None:
            await self.start()
        assert self._loading is not None
        await self._loading

    @property
    def runtime(self) -> str:
        """The runtime the loaded model runs on: ``onnx`` or ``torch``."""
        return "onnx" if self._onnx is not None else "torch"

    @property
    def dimensions(self) -> int:
        if self._onnx is not None:
            return self._onnx.dimensions
        # sentence-transformers 5 renamed the method; older releases only have the old name.
        model = self._model
        getter = getattr(model, "get_embedding_dimension", None)
        return int(getter() if getter else model.get_sentence_embedding_dimension())

    def encode(self, texts: list[str]) -> tuple[np.ndarray, list[int]]:
        """Unit-length vectors and each text's token count; blocking, on the model thread."""
        if self._onnx is not None:
            return self._onnx.encode(texts)
        tokens = [len(ids) for ids in self._model.tokenizer(texts)["input_ids"]]
        window = int(self._model.max_seq_length)
        vectors = np.empty((len(texts), self.dimensions), dtype=np.float32)
        # sentence-transformers pads each batch to its longest text: run like lengths together
        for group in length_groups([min(n, window) for n in tokens], self.config.max_batch):
            vectors[group] = self._model.encode(
                [texts[i] for i in group],
                batch_size=len(group),
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
        return vectors, tokens

    async def embed(self, req: EmbeddingRequest, ctx: RequestContext) -> EmbeddingResponse:
        texts = req.texts()
        if texts is None:
            raise InvalidRequest(
                f"Model '{self.model_id}' takes text input, not token ids; send the text.",
                param="input",
                code="unsupported",
            )
        await self.ready()
        if req.dimensions is not None and req.dimensions > self.dimensions:
            raise InvalidRequest(
                f"Model '{self.model_id}' has {self.dimensions} dimensions; "
                f"{req.dimensions} were requested.",
                param="dimensions",
                code="invalid_value",
            )
        vectors, tokens = await self.batcher(texts, ctx.priority)
        if req.dimensions is not None:
            vectors = vectors[:, : req.dimensions]
            vectors /= np.linalg.norm(vectors, axis=1, keepdims=True).clip(min=1e-12)
        data = [
            Embedding(index=i, embedding=encode_vector(vector, req.encoding_format))
            for i, vector in enumerate(vectors)
        ]
        return EmbeddingResponse(
            data=data,
            model=self.model_id,
            usage=EmbeddingUsage(prompt_tokens=tokens, total_tokens=tokens),
        )

    async def aclose(self) -> None:
        if self._loading is not None and not self._loading.done():
            self._loading.cancel()
        self._worker.shutdown()


def encode_vector(vector: np.ndarray, encoding_format: str) -> list[float] | str:
    """A vector as OpenAI sends it: a list of floats, or (``base64``) its little-endian
    float32 bytes in base64."""
    if encoding_format == "base64":
        return base64.b64encode(vector.astype("<f4").tobytes()).decode("ascii")
    return [float(x) for x in vector]


def decode_vector(text: str) -> list[float]:
    """A ``base64`` vector as floats; ValueError if it is not one."""
    raw = base64.b64decode(text, validate=True)
    if len(raw) % 4:
        raise ValueError("not a whole number of float32 values")
    return [float(x) for x in np.frombuffer(raw, dtype="<f4")]

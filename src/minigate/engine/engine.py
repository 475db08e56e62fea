"""A local GGUF model behind a scheduler: load it, admit requests, stream their pieces."""

from __future__ import annotations

import asyncio
import ctypes
import hashlib
import itertools
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from minigate.digest import file_sha256
from minigate.engine.admission import Priority, SlotPool
from minigate.engine.jobs import DONE, Failure, Group, Job, Piece
from minigate.engine.scheduler import EngineStats, Scheduler
from minigate.engine.settings import EngineSettings
from minigate.errors import ConfigError
from minigate.schemas.common import Usage

# Decode steps below this many tokens stay on one CPU kernel path (docs/engine.md, Determinism).
STEADY_STEP = 64
# Bump when a change to this package makes the same seeded request draw other tokens (as the
# seed mapping of engine_seed did): the fingerprint then tells clients the answers moved.
SAMPLER_REVISION = 1


class LocalEngine:
    """One model, one llama.cpp context with ``parallel`` sequence slots, one decode thread."""

    def __init__(
        self,
        name: str,
        path: Path,
        *,
        n_ctx: int,
        n_batch: int,
        settings: EngineSettings,
        max_queue: int,
        queue_timeout_s: float,
        shares: LocalEngine | None = None,
        adapter: Path | None = None,
        adapter_scale: float = 1.0,
    ) -> None:
        """``shares``: another engine whose loaded weights this one uses (its own context,
        KV cache and decode thread); ``adapter``: a LoRA GGUF applied to this context."""
        self.name = name
        self.path = path
        self.n_ctx = n_ctx
        self.n_batch = max(n_batch, settings.slots())
        self.settings = settings
        self.slots = settings.slots()
        self.pool = SlotPool(
            name, self.slots, max_queue, queue_timeout_s, settings.interactive_reserve
        )
        self.model: Any = None  # llama_cpp._internals.LlamaModel: tokenizer and metadata
        self._ctx: Any = None
        self._scheduler: Scheduler | None = None
        self._arrivals = itertools.count()
        self.shares = shares
        self.adapter = adapter
        self.adapter_scale = adapter_scale
        self.fingerprint: str | None = None  # OpenAI's system_fingerprint, set by load()

    def load(self) -> None:
        """Load weights and make the context (blocking: call it off the event loop)."""
        import llama_cpp as lc
        from llama_cpp._internals import LlamaModel
        from llama_cpp._logger import set_verbose

        set_verbose(False)
        lc.llama_backend_init()
        params = lc.llama_model_default_params()
        try:
            self.model = (
                self.shares.model
                if self.shares is not None
                else LlamaModel(path_model=str(self.path), params=params, verbose=False)
            )
        except ValueError as exc:
            raise ConfigError(f"Model '{self.name}' could not be loaded: {exc}") from None
        # Made once per load (a request never reads the file); the weights' digest is read once
        # per file in the process (minigate.digest), shared with the audit trail.
        self.fingerprint = self._fingerprint(lc.__version__)
        cparams = lc.llama_context_default_params()
        # One unified KV cache with a full n_ctx per slot: any sequence may share any other's
        # prefix cells, and a request never runs out of room mid-answer.
        cparams.n_ctx = self.n_ctx * self.slots
        cparams.n_batch = cparams.n_ubatch = self.n_batch
        cparams.n_seq_max = self.slots
        cparams.kv_unified = True
        cparams.n_threads = cparams.n_threads_batch = self.settings.threads()
        cparams.no_perf = True
        self._ctx = lc.llama_init_from_model(self.model.model, cparams)
        if not self._ctx:
            raise ConfigError(f"Model '{self.name}': llama.cpp could not make a context.")
        if self.adapter is not None:
            self._apply_adapter(lc, self.adapter)
        self._scheduler = Scheduler(
            self.model,
            self._ctx,
            slots=self.slots,
            n_batch=self.n_batch,
            prefill_chunk=self.settings.prefill_chunk,
            reuse=self.settings.prefix_cache,
        )

    def _fingerprint(self, llama_cpp_version: str) -> str:
        """``fp_`` and 10 hex digits of what decides a seeded request's answer: the weights,
        the adapter, llama.cpp, this sampler, and how a prompt is cut into decode steps."""
        settings = self.settings
        parts = {
            "weights": file_sha256((self.shares or self).path),
            "adapter": None
            if self.adapter is None
            else [file_sha256(self.adapter), self.adapter_scale],
            "llama_cpp": llama_cpp_version,
            "sampler": SAMPLER_REVISION,
            # At STEADY_STEP tokens a step or more, how a prompt is cut into steps (and
            # whether the prefix cache spares reading it) changes its logits too.
            "steps": "steady"
            if self.n_batch < STEADY_STEP
            else [self.n_batch, settings.prefill_chunk, settings.prefix_cache],
        }
        digest = hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()
        return f"fp_{digest[:10]}"

    def _apply_adapter(self, lc: Any, path: Path) -> None:
        # llama.cpp applies adapters to a whole context: every sequence decoded in it, so
        # each adapter gets its own context over the shared weights.
        handle = lc.llama_adapter_lora_init(self.model.model, str(path).encode())
        if not handle:
            raise ConfigError(f"Model '{self.name}': llama.cpp could not load adapter '{path}'.")
        adapters = (lc.llama_adapter_lora_p_ctypes * 1)(handle)
        scales = (ctypes.c_float * 1)(self.adapter_scale)
        if lc.llama_set_adapters_lora(self._ctx, adapters, 1, scales) != 0:
            raise ConfigError(f"Model '{self.name}': llama.cpp refused adapter '{path}'.")

    def close(self) -> None:
        import llama_cpp as lc

        if self._scheduler is not None:
            self._scheduler.close()
            self._scheduler = None
        if self._ctx is not None:
            lc.llama_free(self._ctx)
            self._ctx = None
        if self.model is not None and self.shares is None:
            self.model.close()
        self.model = None

    @property
    def stats(self) -> EngineStats:
        return self._scheduler.stats if self._scheduler is not None else EngineStats()

    async def generate(
        self, jobs: list[Job], live: Usage, priority: int = Priority.INTERACTIVE
    ) -> AsyncIterator[Piece]:
        """Wait for slots (503 when the line is full or too slow), then return the pieces of
        all ``jobs`` as they come. Stopping early (a client disconnect) frees the slots within
        one decode step."""
        scheduler = self._scheduler
        if scheduler is None:
            raise RuntimeError(f"Model '{self.name}' is not loaded.")
        held = await self.pool.acquire(len(jobs), priority)
        group, queue = Group.on_loop(
            jobs, held, priority, next(self._arrivals), self.pool.release, live
        )
        scheduler.submit(group)
        return _drain(group, queue, scheduler)


async def _drain(
    group: Group, queue: asyncio.Queue[object], scheduler: Scheduler
) -> AsyncIterator[Piece]:
    finished = False
    try:
        while True:
            item = await queue.get()
            if item is DONE:
                finished = True
                return
            if isinstance(item, Failure):
                finished = True
                raise item.exc
            assert isinstance(item, Piece)
            yield item
    finally:
        if not finished:
            group.cancelled = True
            scheduler.wake()

"""The cache stage: answers a repeated (or paraphrased) chat request from the store.

Only chat completions are cached, streamed or not; everything else passes through. The
answer is looked up by exact key first, then by similarity of the last user turn among the
entries that share everything else. A store that cannot be reached never fails a request:
the stage serves uncached, logs once, retries after a pause and reports itself degraded.
A prompt the embedding model cannot read (``readable``: Chinese for MiniLM) gets exact hits
only, and its miss says why.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import AsyncIterator, Awaitable
from dataclasses import dataclass
from typing import Any, TypeVar

import numpy as np

from minigate.backends.embedder import Embedder
from minigate.backends.protocol import Backend
from minigate.cache.control import BODY_FIELD, Directive, directive
from minigate.cache.keys import (
    RequestKeys,
    is_deterministic,
    last_user_text,
    request_keys,
    resolve_namespace,
)
from minigate.cache.readable import PromptReader, Unread
from minigate.cache.semantic import Match, nearest
from minigate.cache.settings import CacheSettings
from minigate.cache.store import CacheStore, Entry, StoreUnavailable
from minigate.cache.veto import Veto, veto
from minigate.context import CacheStatus, RequestContext
from minigate.errors import GatewayError
from minigate.schemas.chat import ChatCompletion, ChatCompletionChunk, ChatCompletionRequest
from minigate.schemas.common import now
from minigate.stage import Stage
from minigate.streams import StreamAssembler, replay_chunks

log = logging.getLogger("minigate.cache")
T = TypeVar("T")
RETRY_STORE_AFTER_S = 5.0


@dataclass(slots=True)
class Plan:
    """What the stage will do for one cacheable request."""

    namespace: str
    model: str
    keys: RequestKeys
    directive: Directive
    text: str | None
    unread: Unread | None = None  # why the embedding model cannot read ``text``
    vector: np.ndarray | None = None
    veto: Veto | Unread | None = None  # why the semantic lookup served nothing it found


@dataclass(frozen=True, slots=True)
class Hit:
    completion: ChatCompletion
    kind: CacheStatus
    similarity: float


class CacheStage(Stage):
    """Serves cached chat answers; stores fresh ones the request allows to be stored."""

    def __init__(
        self,
        inner: Backend,
        settings: CacheSettings,
        store: CacheStore,
        embedder: Embedder | None,
        chat_models: frozenset[str],
        reader: PromptReader | None = None,
    ) -> None:
        super().__init__(inner)
        self.settings = settings
        self.store = store
        self.embedder = embedder
        self.reader = reader
        self.chat_models = chat_models
        self.counts: Counter[str] = Counter()
        self._down_until = 0.0

    # -- the requests ---------------------------------------------------------------------

    async def chat(self, req: ChatCompletionRequest, ctx: RequestContext) -> ChatCompletion:
        plan = self._plan(req, ctx)
        if plan is None:
            return await self.inner.chat(req, ctx)
        hit = await self._lookup(plan, req, ctx)
        if hit is not None:
            return hit.completion
        result = await self.inner.chat(req, ctx)
        await self._save(plan, result, ctx)
        return result

    def chat_stream(
        self, req: ChatCompletionRequest, ctx: RequestContext
    ) -> AsyncIterator[ChatCompletionChunk]:
        plan = self._plan(req, ctx)
        if plan is None:
            return self.inner.chat_stream(req, ctx)
        return self._stream(plan, req, ctx)

    async def _stream(
        self, plan: Plan, req: ChatCompletionRequest, ctx: RequestContext
    ) -> AsyncIterator[ChatCompletionChunk]:
        hit = await self._lookup(plan, req, ctx)
        if hit is not None:
            ctx.mark_first_token()
            for chunk in replay_chunks(hit.completion, req.wants_usage_in_stream()):
                yield chunk
            return
        assembler = StreamAssembler()
        async for chunk in self.inner.chat_stream(req, ctx):
            assembler.add(chunk)
            yield chunk
        # Reached only when the stream ran to its end: a client that left early stops us above.
        completion = assembler.completion(ctx.outcome.usage)
        if completion is not None:
            await self._save(plan, completion, ctx)

    # -- deciding, looking up, storing ----------------------------------------------------

    def _plan(self, req: ChatCompletionRequest, ctx: RequestContext) -> Plan | None:
        # The extension field is ours: it must never reach an upstream.
        options = (req.model_extra or {}).pop(BODY_FIELD, None)
        if not self.settings.enabled or not self._may_serve(req, ctx):
            return None
        wanted = directive(ctx.headers.get("cache-control"), options)
        eligible = is_deterministic(req) or not self.settings.only_deterministic
        if not (wanted.store and eligible and self._store_up()):
            self._mark(ctx, "bypass")
            return None
        settings = self.settings
        namespace = resolve_namespace(
            settings.tenant_header,
            ctx.headers,
            ctx.api_key,
            across_keys=settings.tenant_across_keys,
        )
        embedding_model = self.embedder.model_id if self.embedder else None
        keys = request_keys(req, embedding_model)
        text = last_user_text(req)
        return Plan(namespace, req.model, keys, wanted, text, self._unread(text))

    def _unread(self, text: str | None) -> Unread | None:
        if self.embedder is None or self.reader is None or text is None:
            return None
        return self.reader.unread(text)

    def _may_serve(self, req: ChatCompletionRequest, ctx: RequestContext) -> bool:
        """Unknown or forbidden models go on to the resolver, which explains the refusal."""
        allowed = ctx.allowed_models is None or req.model in ctx.allowed_models
        return allowed and req.model in self.chat_models

    async def _lookup(
        self, plan: Plan, req: ChatCompletionRequest, ctx: RequestContext
    ) -> Hit | None:
        hit = await self._guarded(self._find(plan), None) if plan.directive.lookup else None
        if hit is None:
            self._mark(ctx, "miss")
            if plan.veto is not None:
                self.counts["unread" if plan.veto == plan.unread else "vetoed"] += 1
                ctx.outcome.cache_veto = plan.veto
            return None
        hit.completion.id, hit.completion.created = ctx.request_id, now()
        self._mark(ctx, hit.kind)
        ctx.outcome.cache_similarity = hit.similarity
        ctx.outcome.saved_usage = hit.completion.usage
        ctx.outcome.served_model = req.model
        return hit

    async def _find(self, plan: Plan) -> Hit | None:
        entry = await self.store.get(plan.namespace, plan.keys.exact)
        if entry is not None:
            return Hit(ChatCompletion.model_validate_json(entry.response), "hit", 1.0)
        if plan.unread is not None:
            plan.veto = plan.unread
            return None
        plan.vector = await self._embed(plan.text)
        if plan.vector is None:
            return None
        candidates = await self.store.vectors(plan.namespace, plan.keys.semantic_filter)
        matches = nearest(plan.vector, candidates, self.settings.semantic.min_similarity)
        match = await self._unvetoed(plan, matches)
        if match is None:
            return None
        entry = await self.store.get(plan.namespace, match.key)
        if entry is None:
            return None
        completion = ChatCompletion.model_validate_json(entry.response)
        return Hit(completion, "semantic-hit", match.similarity)

    async def _unvetoed(self, plan: Plan, matches: list[Match]) -> Match | None:
        """The most similar candidate that the veto lets through: a prompt close in embedding
        can be the question's opposite ("Is it safe...?", "Is it not safe...?"). The prompts
        are read for these candidates alone, over the threshold, in one round trip."""
        if not self.settings.semantic.veto or not matches:
            return matches[0] if matches else None
        prompts = await self.store.prompts(plan.namespace, [m.key for m in matches])
        for match in matches:
            prompt = prompts.get(match.key)
            if prompt is None:
                continue  # stored before prompts were kept (or gone): it cannot be checked
            reason = self._unread(prompt) or veto(prompt, plan.text or "")
            if reason is None:
                return match
            log.debug("Semantic candidate at %.4f refused: %s", match.similarity, reason)
            plan.veto = plan.veto or reason
        return None

    async def _embed(self, text: str | None) -> np.ndarray | None:
        if self.embedder is None or text is None:
            return None
        try:
            return await self.embedder(text)
        except GatewayError as exc:
            log.warning("Semantic cache skipped: embedding failed: %s", exc.message)
            return None

    async def _save(self, plan: Plan, completion: ChatCompletion, ctx: RequestContext) -> None:
        if not plan.directive.store:
            return
        body = completion.model_dump_json(exclude_none=True).encode()
        if len(body) > self.settings.max_entry_bytes:
            self.counts["too_large"] += 1
            ctx.outcome.cache_store = "too_large"
            return
        vector = plan.vector
        if vector is None and plan.unread is None:
            vector = await self._embed(plan.text)
        entry = Entry(
            namespace=plan.namespace,
            key=plan.keys.exact,
            model=plan.model,
            response=body,
            semantic_filter=plan.keys.semantic_filter if vector is not None else None,
            vector=vector,
            prompt=plan.text if vector is not None else None,
        )
        if await self._guarded(self._put(entry), False):
            self.counts["stored"] += 1

    async def _put(self, entry: Entry) -> bool:
        await self.store.put(entry)
        return True

    # -- the store's health ---------------------------------------------------------------

    def _store_up(self) -> bool:
        return time.monotonic() >= self._down_until

    async def _guarded(self, call: Awaitable[T], fallback: T) -> T:
        try:
            return await call
        except StoreUnavailable as exc:
            if self._store_up():
                log.warning(
                    "Cache store unavailable; serving uncached for %.0f s: %s",
                    RETRY_STORE_AFTER_S,
                    exc,
                )
            self._down_until = time.monotonic() + RETRY_STORE_AFTER_S
            self.counts["store_errors"] += 1
            return fallback

    def _mark(self, ctx: RequestContext, kind: CacheStatus) -> None:
        self.counts[kind] += 1
        ctx.outcome.cache = kind

    async def health(self) -> dict[str, Any]:
        """For /health: 'ok', 'disabled', or 'degraded' (the store cannot be reached)."""
        report: dict[str, Any] = {"backend": self.store.name, "semantic": self.embedder is not None}
        if not self.settings.enabled:
            return {**report, "status": "disabled"}
        try:
            await self.store.ping()
        except StoreUnavailable as exc:
            return {**report, "status": "degraded", "error": str(exc)}
        self._down_until = 0.0
        return {**report, "status": "ok"}

    async def aclose(self) -> None:
        try:
            await self.inner.aclose()
        finally:
            await self.store.aclose()

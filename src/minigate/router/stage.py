"""The route stage: a client asks for a route by name, like a model; the route picks the
model (or models) that answer, and the response says which one did and why."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping

from minigate.backends.protocol import Backend
from minigate.context import RequestContext, RouteDecision
from minigate.errors import InvalidRequest, PermissionDenied
from minigate.router.features import features_of
from minigate.router.route import Call, Route
from minigate.schemas.chat import ChatCompletion, ChatCompletionChunk, ChatCompletionRequest
from minigate.schemas.completions import Completion, CompletionRequest
from minigate.schemas.embeddings import EmbeddingRequest, EmbeddingResponse
from minigate.schemas.models import ModelCard
from minigate.stage import Stage

ROUTE_OWNER = "minigate-route"


class RouteStage(Stage):
    def __init__(self, inner: Backend, routes: Mapping[str, Route]) -> None:
        super().__init__(inner)
        self.routes = dict(routes)

    async def chat(self, req: ChatCompletionRequest, ctx: RequestContext) -> ChatCompletion:
        route = self.routes.get(req.model)
        if route is None:
            return await self.inner.chat(req, ctx)
        call = self._call(req, ctx)
        attempt = await route.answer(req, call)
        _serve(call, attempt.ctx, attempt.model)
        attempt.completion.model = attempt.model
        return attempt.completion

    def chat_stream(
        self, req: ChatCompletionRequest, ctx: RequestContext
    ) -> AsyncIterator[ChatCompletionChunk]:
        route = self.routes.get(req.model)
        if route is None:
            return self.inner.chat_stream(req, ctx)
        return self._stream(route, req, ctx)

    async def _stream(
        self, route: Route, req: ChatCompletionRequest, ctx: RequestContext
    ) -> AsyncIterator[ChatCompletionChunk]:
        call = self._call(req, ctx)
        opened = await route.open_stream(req, call)
        _serve(call, opened.ctx, opened.model)
        ctx.mark_first_token()
        try:
            opened.first.model = opened.model
            yield opened.first
            async for chunk in opened.rest:
                chunk.model = opened.model
                yield chunk
        finally:
            # A stage outside that ended the stream (the guard, on a block) said so in the
            # request's outcome; the stages of the model call (the ledger) read their own.
            opened.ctx.outcome.cut_by = opened.ctx.outcome.cut_by or ctx.outcome.cut_by
            close = getattr(opened.rest, "aclose", None)
            if close is not None:
                await close()
            # The usage of a live stream arrives with its end.
            ctx.outcome.update(opened.ctx.outcome)

    def _call(self, req: ChatCompletionRequest, ctx: RequestContext) -> Call:
        if ctx.allowed_models is not None and req.model not in ctx.allowed_models:
            raise PermissionDenied.not_allowed("route", req.model, ctx.allowed_models)
        return Call(req.model, ctx, features_of(req, ctx))

    def _chat_only(self, model: str) -> None:
        if model in self.routes:
            raise InvalidRequest(
                f"'{model}' is a route, and routes serve chat completions only; ask for one "
                "of its models directly.",
                param="model",
                code="unsupported",
            )

    async def complete(self, req: CompletionRequest, ctx: RequestContext) -> Completion:
        self._chat_only(req.model)
        return await self.inner.complete(req, ctx)

    def complete_stream(
        self, req: CompletionRequest, ctx: RequestContext
    ) -> AsyncIterator[Completion]:
        self._chat_only(req.model)
        return self.inner.complete_stream(req, ctx)

    async def embed(self, req: EmbeddingRequest, ctx: RequestContext) -> EmbeddingResponse:
        self._chat_only(req.model)
        return await self.inner.embed(req, ctx)

    def models(self) -> list[ModelCard]:
        routes = [ModelCard(id=name, owned_by=ROUTE_OWNER) for name in self.routes]
        return self.inner.models() + routes


def _serve(call: Call, served: RequestContext, model: str) -> None:
    """Make the request look like the call that answered it: its ledger row's id (which its
    audit entry takes too), its model, its headers; and tell the client which model that was
    and why."""
    ctx = call.ctx
    ctx.request_id = served.request_id
    if ctx.outcome.audit_id is not None:
        # The audit stage records the request under the id its answer carries: the header
        # names that entry, not the first call's id (a call whose answer was not served).
        ctx.outcome.audit_id = served.request_id
    ctx.first_token_at = served.first_token_at
    ctx.outcome.update(served.outcome)
    ctx.outcome.served_model = served.outcome.served_model or model
    ctx.outcome.route = RouteDecision(call.route, model, tuple(call.reasons))
    cost = call.cost_usd()
    if cost is not None:  # every call made for the request, escalated and failed ones too
        ctx.outcome.cost_usd = cost

"""The routes that choose among models: one model, a fallback chain, a rule table."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from typing import TypeVar

from minigate.backends.protocol import Backend
from minigate.context import RequestContext
from minigate.errors import CircuitOpen, GatewayError, NoRoute, UpstreamError
from minigate.metrics import Metrics
from minigate.router.breaker import Breaker
from minigate.router.route import Attempt, Call, Route, StreamAttempt, is_target_failure
from minigate.router.rules import match
from minigate.router.settings import RouteMatch
from minigate.schemas.chat import ChatCompletionChunk, ChatCompletionRequest

T = TypeVar("T")
ChunkStream = AsyncIterator[ChatCompletionChunk]


class ModelTarget:
    """One configured model, called through the inner pipeline (ledger ► cache ► resolver)
    behind the model's circuit breaker."""

    def __init__(self, model: str, inner: Backend, breaker: Breaker, metrics: Metrics) -> None:
        self.model = model
        self.inner = inner
        self.breaker = breaker
        self.metrics = metrics

    async def answer(self, req: ChatCompletionRequest, call: Call) -> Attempt:
        request = req.model_copy(update={"model": self.model})
        result, ctx = await self._guarded(call, lambda ctx: self.inner.chat(request, ctx))
        return Attempt(result, ctx, self.model)

    async def open_stream(self, req: ChatCompletionRequest, call: Call) -> StreamAttempt:
        request = req.model_copy(update={"model": self.model})

        async def start(ctx: RequestContext) -> tuple[ChatCompletionChunk, ChunkStream]:
            stream = self.inner.chat_stream(request, ctx)
            return await _first_chunk(stream, self.model), stream

        (first, stream), ctx = await self._guarded(call, start)
        return StreamAttempt(first, stream, ctx, self.model)

    async def _guarded(
        self, call: Call, send: Callable[[RequestContext], Awaitable[T]]
    ) -> tuple[T, RequestContext]:
        if not self.breaker.allow():
            self._count(call, "circuit_open")
            raise CircuitOpen(
                f"Model '{self.model}' failed repeatedly and is skipped for now (circuit open)."
            )
        ctx = call.attempt_context()
        try:
            result = await send(ctx)
        except GatewayError as exc:
            self._count(call, exc.code)
            if is_target_failure(exc):
                self.breaker.failed()
            else:  # it answered, if only to refuse this request: the model is up
                self.breaker.succeeded()
            raise
        except BaseException:
            self.breaker.abandoned()
            raise
        self._count(call, "ok")
        self.breaker.succeeded()
        return result, ctx

    def _count(self, call: Call, outcome: str) -> None:
        self.metrics.route_attempts.labels(call.route, self.model, outcome).inc()


async def _first_chunk(
    stream: AsyncIterator[ChatCompletionChunk], model: str
) -> ChatCompletionChunk:
    try:
        return await anext(stream)
    except StopAsyncIteration:
        raise UpstreamError(f"Model '{model}' ended its stream without a chunk.") from None


class Fallbacks:
    """Targets tried in order until one answers; only failures of the model move on."""

    def __init__(self, targets: Sequence[tuple[str, Route]]) -> None:
        self.targets = list(targets)

    async def answer(self, req: ChatCompletionRequest, call: Call) -> Attempt:
        return await self._first_success(call, lambda target: target.answer(req, call))

    async def open_stream(self, req: ChatCompletionRequest, call: Call) -> StreamAttempt:
        # Only a stream that failed before its first chunk can move on: after that the
        # client has seen the first model's words.
        return await self._first_success(call, lambda target: target.open_stream(req, call))

    async def _first_success(self, call: Call, send: Callable[[Route], Awaitable[T]]) -> T:
        for n, (name, target) in enumerate(self.targets):
            try:
                return await send(target)
            except GatewayError as exc:
                if n == len(self.targets) - 1 or not is_target_failure(exc):
                    raise
                call.reasons.append(f"fallback after {name} {exc.code}")
        raise AssertionError("unreachable: a fallback chain is never empty")  # pragma: no cover


class RuleTable:
    """Ordered rules over the request's features; the first that matches picks the target."""

    def __init__(
        self, name: str, rules: Sequence[tuple[RouteMatch, Route]], default: Route | None
    ) -> None:
        self.name = name
        self.rules = list(rules)
        self.default = default

    def pick(self, call: Call) -> Route:
        for n, (when, target) in enumerate(self.rules):
            if (why := match(when, call.features)) is not None:
                call.reasons.append(f"rule {n} {why}")
                return target
        if self.default is None:
            raise NoRoute(
                f"No rule of route '{self.name}' matches this request and the route has no "
                "default; add a 'default:' target to the route, or ask for a model directly.",
                param="model",
            )
        call.reasons.append("default")
        return self.default

    async def answer(self, req: ChatCompletionRequest, call: Call) -> Attempt:
        return await self.pick(call).answer(req, call)

    async def open_stream(self, req: ChatCompletionRequest, call: Call) -> StreamAttempt:
        return await self.pick(call).open_stream(req, call)

"""The cascade: the cheapest tier answers first; the next tier only when the checks fail."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence

from minigate.errors import GatewayError
from minigate.metrics import Metrics
from minigate.router.checks import judge
from minigate.router.route import Attempt, Call, Route, StreamAttempt, is_target_failure
from minigate.router.settings import CascadeConfig
from minigate.schemas.chat import ChatCompletionChunk, ChatCompletionRequest
from minigate.streams import replay_chunks


class Cascade:
    def __init__(
        self, config: CascadeConfig, tiers: Sequence[tuple[str, Route]], metrics: Metrics
    ) -> None:
        self.config = config
        self.tiers = list(tiers)
        self.metrics = metrics

    async def answer(self, req: ChatCompletionRequest, call: Call) -> Attempt:
        last = len(self.tiers) - 1
        for n, (name, tier) in enumerate(self.tiers):
            try:
                attempt = await tier.answer(self._tier_request(req, n == last), call)
            except GatewayError as exc:
                if n == last or not is_target_failure(exc):
                    raise
                call.reasons.append(f"escalated: {name} {exc.code}")
                continue
            if n == last:
                return self._delivered(attempt, req)
            verdict = judge(attempt.completion, req, self.config)
            if verdict.ok:
                call.reasons.append(verdict.why)
                return self._delivered(attempt, req)
            self.metrics.route_escalations.labels(call.route, name).inc()
            call.reasons.append(f"escalated: {verdict.why}")
        raise AssertionError("unreachable: a cascade has at least two tiers")  # pragma: no cover

    async def open_stream(self, req: ChatCompletionRequest, call: Call) -> StreamAttempt:
        """Tiers answer whole (an answer can only be judged once complete); the accepted one
        is replayed as a stream. The price: no early tokens."""
        attempt = await self.answer(req, call)
        # The replay carries usage as a live stream would, for the ledger and /metrics.
        attempt.ctx.outcome.usage = attempt.completion.usage
        chunks = replay_chunks(attempt.completion, req.wants_usage_in_stream())
        return StreamAttempt(chunks[0], _iterate(chunks[1:]), attempt.ctx, attempt.model)

    def _tier_request(self, req: ChatCompletionRequest, last: bool) -> ChatCompletionRequest:
        update: dict[str, object] = {"stream": False, "stream_options": None}
        if self.config.min_mean_logprob is not None and not last:
            update["logprobs"] = True  # the confidence signal; dropped again if not asked for
        return req.model_copy(update=update)

    @staticmethod
    def _delivered(attempt: Attempt, req: ChatCompletionRequest) -> Attempt:
        if not req.logprobs:
            for choice in attempt.completion.choices:
                choice.logprobs = None
        return attempt


async def _iterate(chunks: list[ChatCompletionChunk]) -> AsyncIterator[ChatCompletionChunk]:
    for chunk in chunks:
        yield chunk

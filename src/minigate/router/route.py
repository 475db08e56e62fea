"""The small protocol every kind of route implements, and the state of one routed request."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Protocol

from minigate.context import Outcome, RequestContext, call_id
from minigate.errors import (
    BackendFailed,
    GatewayError,
    ModelOverloaded,
    RateLimited,
    UpstreamError,
)
from minigate.router.features import Features
from minigate.schemas.chat import ChatCompletion, ChatCompletionChunk, ChatCompletionRequest

# Errors that say the model failed, not the request: another model may well succeed.
TARGET_FAILURES = (UpstreamError, ModelOverloaded, RateLimited, BackendFailed)


def is_target_failure(exc: GatewayError) -> bool:
    return isinstance(exc, TARGET_FAILURES)


@dataclass(slots=True)
class Attempt:
    """An answer from one model, with the context its ledger row was written under."""

    completion: ChatCompletion
    ctx: RequestContext
    model: str


@dataclass(slots=True)
class StreamAttempt:
    """A stream that has started (its first chunk is in hand) on one model."""

    first: ChatCompletionChunk
    rest: AsyncIterator[ChatCompletionChunk]
    ctx: RequestContext
    model: str


@dataclass(slots=True)
class Call:
    """One client request on its way through the routes: what the rules see, why each
    decision was taken, and the context of every model call made for it."""

    route: str
    ctx: RequestContext
    features: Features
    reasons: list[str] = field(default_factory=list)
    attempts: list[RequestContext] = field(default_factory=list)

    def attempt_context(self) -> RequestContext:
        """A fresh context per model call, so that each call gets its own ledger row: the
        first keeps the request's id, later ones append ``.2``, ``.3``, ..."""
        first = self.attempts[0].request_id if self.attempts else self.ctx.request_id
        child = dataclasses.replace(
            self.ctx,
            request_id=call_id(first, len(self.attempts) + 1),
            # The key was checked against the route; the route's targets come with it.
            allowed_models=None,
            started=time.perf_counter(),
            first_token_at=None,
            outcome=Outcome(),
        )
        self.attempts.append(child)
        return child

    def cost_usd(self) -> Decimal | None:
        """What all model calls of this request cost together (None without a ledger)."""
        costs = [a.outcome.cost_usd for a in self.attempts if a.outcome.cost_usd is not None]
        return sum(costs, Decimal(0)) if costs else None


class Route(Protocol):
    """Anything a routed request can be sent to: a model, fallbacks, rules, a cascade."""

    async def answer(self, req: ChatCompletionRequest, call: Call) -> Attempt: ...

    async def open_stream(self, req: ChatCompletionRequest, call: Call) -> StreamAttempt: ...

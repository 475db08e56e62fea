"""The ledger's pipeline stages: ``LedgerStage`` admits before the backend, settles and
records after it; ``StreamUsage`` counts a stream or an answer its backend reported no usage
for.

A model call's row records what the request came to, and that is not known when the call
ends well: the guard, outside the ledger stage, reads the answer after it and may block it
(``content_policy_violation``) or hold it for review. So the row of a call that ended well
waits, built (cost, latency) but unwritten, in ``ctx.last_row``, and ``Unadmitted``, outside
the guard, writes it with the request's final status: the error the request ended with, or
``review_pending`` (rollup.HELD) when its answer was held. Its reservation is settled with it:

- ``Unadmitted.after`` runs however the request ends (any exception, a cancelled task, a
  stream closed early) and queues the row before its first await, as ``Ledger.settle`` does;
- a call that ends otherwise (an error, a client that left, a stream the guard cut) is
  written at once, as is any row once ``Unadmitted`` has ended (a stream's inner stages may
  be closed after the outer ones), or when no ``Unadmitted`` is outside;
- a route's later call writes the earlier call's row (whose answer was not served, so its
  status stands) before it is admitted: only the served, last call takes the final status,
  and the earlier reservation does not count against the later call's admission.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TypeVar

from minigate.backends.protocol import Backend
from minigate.context import LastRow, RequestContext
from minigate.errors import GatewayError
from minigate.ledger.estimate import answered_usage, request_bounds, streamed_usage
from minigate.ledger.ledger import Admission, Ledger
from minigate.ledger.writer import PendingRow
from minigate.schemas.chat import ChatCompletion, ChatCompletionChunk, ChatCompletionRequest
from minigate.schemas.completions import Completion, CompletionRequest
from minigate.stage import C, Ended, Observer, Request, Stage

T = TypeVar("T", ChatCompletion, Completion)
log = logging.getLogger("minigate.ledger")


@dataclass(slots=True)
class Admitted:
    """A request the ledger let through, and the prompt size it was admitted with."""

    admission: Admission
    prompt_bound: int


class LedgerStage(Observer[Admitted]):
    failures = (BaseException,)

    def __init__(self, inner: Backend, ledger: Ledger) -> None:
        super().__init__(inner)
        self.ledger = ledger

    async def before(self, req: Request, ctx: RequestContext, *, stream: bool) -> Admitted:
        last = ctx.last_row
        if last is not None and last.write is not None:  # a route's earlier call (see above)
            write, last.write = last.write, None
            await write("ok")
        # Its row is written in ``after`` (or below, when refused), which for a stream an outer
        # stage cut may run after the outer stages have ended: Unadmitted must know now.
        ctx.ledger_rows.append(ctx.request_id)
        bound, max_tokens, choices = request_bounds(req)
        try:
            admission = await self.ledger.admit(
                ctx, req.model, bound, max_tokens, choices, stream=stream
            )
        except GatewayError as exc:
            rejected = Admission(req.model, datetime.now(UTC), bound)
            await self.ledger.settle(ctx, rejected, None, exc.code, stream=stream)
            raise
        if admission.reservation is not None and admission.reservation.rate is not None:
            ctx.outcome.rate_limit = admission.reservation.rate.headers()
        return Admitted(admission, bound)

    async def after(self, admitted: Admitted, ctx: RequestContext, ended: Ended) -> None:
        usage = ended.usage(ctx)
        left = ended.status == "client_disconnected"
        if usage is None and (left or (ended.stream and ended.chunks > 0)):
            # A stream cut short has no final usage: count what was produced so far. One
            # refused before its first chunk produced nothing, and costs nothing, as it would
            # unstreamed. A client that left, streamed or not, may have left a prompt being
            # read: its tokens are charged (counted where the backend counted them, a local
            # model; else the estimate, which is an upper bound), and what the client never
            # got (an unstreamed answer is all or nothing) is not.
            prompt = ctx.outcome.prompt_tokens
            usage = streamed_usage(
                admitted.prompt_bound if prompt is None else prompt, ended.chunks
            )
        row = self.ledger.pending(ctx, admitted.admission, usage, ended.status, stream=ended.stream)
        last = ctx.last_row
        if ended.status == "ok" and last is not None and not last.closed:
            last.write = lambda status: self._write(ctx, row, status)
            return
        await self.ledger.record(ctx, row)

    def _write(self, ctx: RequestContext, row: PendingRow, status: str) -> Awaitable[None]:
        row.row["status"] = status
        return self.ledger.record(ctx, row)


class Unadmitted(Observer[Admission]):
    """Outside the guard, the routes and the documents stage: a request refused before the
    ledger admitted any model call for it (a prompt the guard blocked, a route or collection
    the key may not use) gets its row too, at cost 0, with the status it ended with; and the
    row of its last model call, when that ended well, is written here with the request's
    final status (see the module's docstring)."""

    failures = (BaseException,)

    def __init__(self, inner: Backend, ledger: Ledger) -> None:
        super().__init__(inner)
        self.ledger = ledger

    async def before(self, req: Request, ctx: RequestContext, *, stream: bool) -> Admission:
        ctx.last_row = LastRow()
        return Admission(req.model, self.ledger.clock(), 0)

    async def after(self, admission: Admission, ctx: RequestContext, ended: Ended) -> None:
        last = ctx.last_row or LastRow()
        write, last.write, last.closed = last.write, None, True
        if write is not None:
            await write(ctx.outcome.final_status(ended.status))
        elif not ctx.ledger_rows:
            await self.ledger.settle(ctx, admission, None, ended.status, stream=ended.stream)


class StreamUsage(Stage):
    """Counts a stream that ran to its end without usage from its backend (an upstream that
    ignores ``stream_options.include_usage``), as the ledger counts one cut short, and ends
    it with that usage when the client asked for it, as OpenAI's streams end: a last chunk
    of no choices. The ledger records the same figure: the client and the ledger agree.

    It sits just outside the model backends, inside the cache and the ledger, so that the
    cache stores the figure with the answer and the ledger reads it from the outcome, and it
    runs with the ledger off too.

    An answer not streamed that came without usage is counted the same way (its text stands
    for the chunks, ``answered_usage``), and the answer carries that usage with
    ``x-minigate-usage: estimated``: else it would be recorded at 0 tokens and $0, and a key's
    budget would never be charged for it."""

    def __init__(self, inner: Backend) -> None:
        super().__init__(inner)
        self._unreported: set[str] = set()  # models whose upstream was found to report none

    async def chat(self, req: ChatCompletionRequest, ctx: RequestContext) -> ChatCompletion:
        return self._counted(req, ctx, await self.inner.chat(req, ctx))

    async def complete(self, req: CompletionRequest, ctx: RequestContext) -> Completion:
        return self._counted(req, ctx, await self.inner.complete(req, ctx))

    def _counted(
        self, req: ChatCompletionRequest | CompletionRequest, ctx: RequestContext, answer: T
    ) -> T:
        if answer.usage is not None:
            return answer
        if req.model not in self._unreported:
            self._unreported.add(req.model)  # once per model: it says the same each time
            log.warning(
                "Model '%s' answered without usage; its answers are charged an estimate (the "
                "prompt's byte bound and a token per byte of the answer, see docs/ledger.md).",
                req.model,
            )
        answer.usage = answered_usage(req, answer)
        ctx.outcome.usage_estimated = True
        return answer

    def chat_stream(
        self, req: ChatCompletionRequest, ctx: RequestContext
    ) -> AsyncIterator[ChatCompletionChunk]:
        return _ended_with_usage(req, ctx, self.inner.chat_stream(req, ctx))

    def complete_stream(
        self, req: CompletionRequest, ctx: RequestContext
    ) -> AsyncIterator[Completion]:
        return _ended_with_usage(req, ctx, self.inner.complete_stream(req, ctx))


async def _ended_with_usage(
    req: ChatCompletionRequest | CompletionRequest, ctx: RequestContext, stream: AsyncIterator[C]
) -> AsyncIterator[C]:
    last, chunks = None, 0
    try:
        async for chunk in stream:
            last, chunks = chunk, chunks + 1
            yield chunk
    finally:  # a client that left closes this stream: the backend's closes with it
        close = getattr(stream, "aclose", None)
        if close is not None:
            await close()
    if last is None or ctx.outcome.usage is not None:
        return
    ctx.outcome.usage = streamed_usage(request_bounds(req)[0], chunks)
    if req.wants_usage_in_stream():
        yield last.model_copy(update={"choices": [], "usage": ctx.outcome.usage})

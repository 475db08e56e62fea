"""The ledger service: admit a request against its key's limits, then record what it cost."""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine

from minigate.context import RequestContext
from minigate.errors import InvalidRequest, PermissionDenied
from minigate.identity import VirtualKey
from minigate.ledger.keys import report_failure, store_unavailable
from minigate.ledger.leases import LeaseKeeper
from minigate.ledger.limits import Reservation, reserve
from minigate.ledger.money import from_pico, to_pico, usd_text
from minigate.ledger.prices import FREE, Price, PriceBook
from minigate.ledger.settings import LedgerSettings
from minigate.ledger.writer import PendingRow, write_rows
from minigate.schemas.bounds import INT64_MAX
from minigate.schemas.common import Usage
from minigate.store.schema import fit, requests
from minigate.store.writer import StoreWriter

log = logging.getLogger("minigate.ledger")


@dataclass(slots=True)
class Admission:
    requested_model: str
    at: datetime
    prompt_estimate: int
    reservation: Reservation | None = None
    bound_pusd: int = 0


class Ledger:
    def __init__(
        self,
        engine: AsyncEngine,
        prices: PriceBook,
        settings: LedgerSettings,
        writer: StoreWriter,
    ) -> None:
        """``engine`` reads and admits; ``writer`` writes the rows (with the audit trail's
        entries when it shares the writer)."""
        self.engine = engine
        self.prices = prices
        self.settings = settings
        self._writes: set[asyncio.Future[None]] = set()  # rows not yet committed
        # What time it is, for rate windows and budget periods; tests pass a clock of theirs.
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)
        self._rows = writer.channel(write_rows)
        self.leases = LeaseKeeper(writer, settings.lease_s)
        # Told of a store failure, asked whether it is a file that cannot be written.
        self.store_failed: Callable[[str], None] = lambda reason: None  # store.health
        self.store_unwritable: Callable[[str], str | None] = lambda reason: None

    async def start(self) -> None:
        """Release what a gateway that died left reserved, then keep this one's leases alive."""
        await self.leases.start()

    def price(self, model: str, at: datetime | None = None) -> Price:
        return self.prices.price(model, at) or FREE

    def cost(
        self, model: str, usage: Usage, at: datetime | None = None, *, batch: bool = False
    ) -> Decimal:
        """The cost of ``usage``; a batch job's lines get the model's batch discount."""
        return self.price(model, at).cost(usage, batch=batch)

    async def admit(
        self,
        ctx: RequestContext,
        model: str,
        prompt_estimate: int,
        max_tokens: int | None,
        choices: int = 1,
        *,
        stream: bool = False,
    ) -> Admission:
        """Reserve the request's largest possible cost and its rate-limit slot, or raise 429.

        The bound is ``prompt_estimate`` (minigate.ledger.estimate) plus ``choices`` times the
        output limit: an upstream that keeps to ``max_tokens`` can never cost more. The lease
        keeps the call's row, charged at that bound should this gateway stop before it
        settles (minigate.ledger.leases); a batch line's is left out: its line runs again."""
        admission = Admission(model, self.clock(), prompt_estimate)
        key = ctx.virtual_key
        if key is None or (key.budget_usd is None and key.rpm is None and key.tpm is None):
            return admission
        self.check_priced(key, model)
        cost, tokens = self.worst_case(
            model, prompt_estimate, max_tokens, choices, admission.at, batch=ctx.batch is not None
        )
        admission.bound_pusd = cost
        request = None if ctx.batch is not None else self._lease_row(ctx, admission, stream)
        try:
            async with self.engine.begin() as conn:
                admission.reservation = await reserve(
                    conn, key, cost, tokens, admission.at, self.leases.expiry(), request=request
                )
        except (SQLAlchemyError, OSError) as exc:
            report_failure(exc, self.store_failed)
            raise store_unavailable(exc, self.store_unwritable) from None
        self.leases.hold(admission.reservation.id)
        return admission

    @staticmethod
    def _lease_row(ctx: RequestContext, admission: Admission, stream: bool) -> dict[str, Any]:
        """What the call's row holds before it runs (see ``leases.stopped_row``)."""
        model = admission.requested_model
        return {
            "id": ctx.request_id,
            "created_at": admission.at.isoformat(),
            "key_id": ctx.key_id,
            "endpoint": ctx.endpoint,
            "requested_model": fit(requests.c.requested_model, ctx.asked_model or model),
            "served_model": fit(requests.c.served_model, model),
            "prompt_tokens": admission.prompt_estimate,
            "stream": stream,
        }

    def check_priced(self, key: VirtualKey, model: str) -> None:
        """Refuse a key with a budget a model that has no price (fail closed): it would be
        recorded at $0, and the budget could never stop it."""
        if key.budget_usd is not None and model in self.prices.unpriced:
            raise PermissionDenied(
                f"Model '{model}' has no price, so its cost cannot be counted against this "
                "key's budget: keys with a budget may not use it. Use a key without a budget, "
                "or ask the gateway's operator to set its price in ledger.prices.",
                param="model",
            )

    def worst_case(
        self,
        model: str,
        prompt_estimate: int,
        max_tokens: int | None,
        choices: int,
        at: datetime,
        *,
        batch: bool,
    ) -> tuple[int, int]:
        """The largest cost (picodollars) and tokens a request can come to: ``prompt_estimate``
        plus ``choices`` times the output limit."""
        # max_tokens 0 (a legacy completion that reads its prompt only) bounds it to nothing.
        output = self.settings.default_max_tokens if max_tokens is None else max_tokens
        limit = output * max(1, choices)
        # Not validated: a bound may pass the 32-bit limit on what an upstream reports.
        worst = Usage.model_construct(prompt_tokens=prompt_estimate, completion_tokens=limit)
        usd = self.cost(model, worst, at, batch=batch)
        if to_pico(usd) > INT64_MAX:
            # The store's money columns are 64-bit picodollars (about 9.2 million USD): such a
            # bound is the client's max_tokens and n, never a cost any key could be charged.
            raise InvalidRequest(
                f"This request could cost up to {usd_text(usd.quantize(Decimal(1)))} on model "
                f"'{model}' ({limit:,} output tokens), more than the ledger can hold; "
                "set max_tokens (or n) lower.",
                param="max_tokens",
                code="invalid_value",
            )
        return to_pico(usd), prompt_estimate + limit

    async def settle(
        self,
        ctx: RequestContext,
        admission: Admission,
        usage: Usage | None,
        status: str,
        *,
        stream: bool,
    ) -> None:
        """Write the request's row and release its reservation, even if the caller is cancelled
        (a client that disconnects mid-stream still gets its row)."""
        await self.record(ctx, self.pending(ctx, admission, usage, status, stream=stream))

    def pending(
        self,
        ctx: RequestContext,
        admission: Admission,
        usage: Usage | None,
        status: str,
        *,
        stream: bool,
    ) -> PendingRow:
        """The request's row as of now (its cost, latency, ``ctx.outcome.cost_usd``), for
        ``record`` to write. A reservation whose row cannot be built is left to expire."""
        try:
            return self._pending_row(ctx, admission, usage, status, stream)
        except BaseException:
            if admission.reservation is not None:
                self.leases.release(admission.reservation.id)
            raise

    def record(self, ctx: RequestContext, pending: PendingRow) -> Awaitable[None]:
        """Queue ``pending`` now, and return what waits for its commit, which releases its
        reservation.

        The row is queued before this returns, and what follows its commit (ending the
        lease's renewal, reporting a failed store) runs in the commit's callback: a caller
        cancelled while it waits leaves nothing undone. No task per request: that cost about
        6 us of CPU and a loop turn."""
        held = pending.reservation
        if ctx.batch is not None:
            # Committed with the line's result by the batch worker (see context.BatchLine).
            # Should that never happen, the reservation's lease runs out and is reclaimed.
            ctx.batch.writes.append(lambda conn: write_rows(conn, [pending]))
            if held is not None:
                self.leases.release(held.id)
            return _done()
        written = self._rows.submit(pending)
        self._writes.add(written)
        written.add_done_callback(functools.partial(self._written, held))
        return self._committed(written)

    async def _committed(self, written: asyncio.Future[None]) -> None:
        try:
            await asyncio.shield(written)
        except (SQLAlchemyError, OSError) as exc:
            # Unrecorded: the client is told, not billed. The commit's callback, which ran
            # first, reported the failure; this only asks what to tell the client.
            raise store_unavailable(exc, self.store_unwritable) from None

    def _written(self, held: Reservation | None, written: asyncio.Future[None]) -> None:
        """A row's write ended: its reservation is settled, or, if the row failed, left to
        expire and be freed; a store that failed is reported (see store.health)."""
        self._writes.discard(written)
        if held is not None:
            self.leases.release(held.id)
        exc = None if written.cancelled() else written.exception()
        if isinstance(exc, SQLAlchemyError | OSError):
            report_failure(exc, self.store_failed)

    def _pending_row(
        self,
        ctx: RequestContext,
        admission: Admission,
        usage: Usage | None,
        status: str,
        stream: bool,
    ) -> PendingRow:
        """The request's ledger row, its cost and the reservation it settles."""
        served = ctx.outcome.served_model or admission.requested_model
        saved_usage = ctx.outcome.saved_usage
        saved = 0
        if saved_usage is not None:
            # Served from the cache: nothing was generated, so nothing is charged or counted
            # against a token limit; the row keeps what the original answer cost.
            saved = to_pico(self.cost(served, saved_usage, admission.at))
            usage = None
        usage = usage or Usage()
        cost = to_pico(self.cost(served, usage, admission.at, batch=ctx.batch is not None))
        if admission.reservation is not None and cost > admission.bound_pusd:
            # Recorded as it is: the key stays blocked until it is back under its budget.
            over = (
                f"{usage.prompt_tokens} prompt tokens, over the estimate of "
                f"{admission.prompt_estimate}"
                if usage.prompt_tokens > admission.prompt_estimate
                else f"{usage.completion_tokens} completion tokens, over what max_tokens allows"
            )
            log.warning(
                "Request %s cost %s USD, more than the %s USD reserved for it (the upstream "
                "reported %s).",
                ctx.request_id,
                from_pico(cost),
                from_pico(admission.bound_pusd),
                over,
            )
        ctx.outcome.cost_usd = from_pico(cost)
        row = {
            "id": ctx.request_id,
            "created_at": admission.at,
            "day": admission.at.strftime("%Y-%m-%d"),
            "key_id": ctx.key_id,
            "endpoint": ctx.endpoint,
            # What the client asked for (a route, rag:NAME), not the model the stages chose.
            "requested_model": fit(
                requests.c.requested_model, ctx.asked_model or admission.requested_model
            ),
            "served_model": ctx.outcome.served_model,
            "prompt_tokens": usage.prompt_tokens,
            "completion_tokens": usage.completion_tokens,
            "cost_pusd": cost,
            "saved_pusd": saved,
            "cache": ctx.outcome.cache,
            "latency_ms": ctx.elapsed() * 1000,
            "ttft_ms": None
            if ctx.first_token_at is None
            else (ctx.first_token_at - ctx.started) * 1000,
            "status": status,
            "stream": stream,
            "batch_id": ctx.batch.batch_id if ctx.batch is not None else None,
        }
        return PendingRow(row, admission.reservation, cost, usage.total_tokens)

    async def drain(self) -> None:
        """Wait for rows still being written (at shutdown), then stop renewing leases."""
        if self._writes:
            await asyncio.gather(*self._writes, return_exceptions=True)
        await self.leases.aclose()


async def _done() -> None:
    """Nothing to wait for: a batch line's row commits with its result."""

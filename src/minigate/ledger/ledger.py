"""The ledger service: admit a request against its key's limits, then record what it cost."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy.ext.asyncio import AsyncEngine

from minigate.context import RequestContext
from minigate.ledger.limits import Reservation, reserve
from minigate.ledger.money import from_pico, to_pico
from minigate.ledger.prices import FREE, Price, PriceBook
from minigate.ledger.settings import LedgerSettings
from minigate.ledger.writer import PendingRow, write_rows
from minigate.schemas.common import Usage
from minigate.store.writer import StoreWriter


@dataclass(slots=True)
class Admission:
    requested_model: str
    at: datetime
    prompt_estimate: int
    reservation: Reservation | None = None


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
        self._writes: set[asyncio.Task[None]] = set()
        self._rows = writer.channel(write_rows)

    def price(self, model: str, at: datetime | None = None) -> Price:
        return self.prices.price(model, at) or FREE

    def cost(self, model: str, usage: Usage, at: datetime | None = None) -> Decimal:
        return self.price(model, at).cost(usage)

    async def admit(
        self, ctx: RequestContext, model: str, prompt_estimate: int, max_tokens: int | None
    ) -> Admission:
        """Reserve the request's largest possible cost and its rate-limit slot, or raise 429."""
        admission = Admission(model, datetime.now(UTC), prompt_estimate)
        key = ctx.virtual_key
        if key is None or (key.budget_usd is None and key.rpm is None and key.tpm is None):
            return admission
        limit = max_tokens or self.settings.default_max_tokens
        worst = Usage(prompt_tokens=prompt_estimate, completion_tokens=limit)
        cost = to_pico(self.cost(model, worst, admission.at))
        async with self.engine.begin() as conn:
            admission.reservation = await reserve(
                conn, key, cost, prompt_estimate + limit, admission.at
            )
        return admission

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
        task = asyncio.ensure_future(self._settle(ctx, admission, usage, status, stream))
        self._writes.add(task)
        task.add_done_callback(self._writes.discard)
        await asyncio.shield(task)

    async def _settle(
        self,
        ctx: RequestContext,
        admission: Admission,
        usage: Usage | None,
        status: str,
        stream: bool,
    ) -> None:
        served = ctx.served_model or admission.requested_model
        saved_usage = ctx.outcome.saved_usage
        saved = 0
        if saved_usage is not None:
            # Served from the cache: nothing was generated, so nothing is charged or counted
            # against a token limit; the row keeps what the original answer cost.
            saved = to_pico(self.cost(served, saved_usage, admission.at))
            usage = None
        usage = usage or Usage()
        cost = to_pico(self.cost(served, usage, admission.at))
        ctx.outcome.cost_usd = from_pico(cost)
        row = {
            "id": ctx.request_id,
            "created_at": admission.at,
            "day": admission.at.strftime("%Y-%m-%d"),
            "key_id": ctx.key_id,
            "endpoint": ctx.endpoint,
            "requested_model": admission.requested_model,
            "served_model": ctx.served_model,
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
        }
        await self._rows.put(PendingRow(row, admission.reservation, cost, usage.total_tokens))

    async def drain(self) -> None:
        """Wait for rows still being written (at shutdown)."""
        if self._writes:
            await asyncio.gather(*self._writes, return_exceptions=True)

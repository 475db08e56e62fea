"""The ledger's pipeline stage: admit before the backend, settle and record after it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from minigate.backends.protocol import Backend
from minigate.context import RequestContext
from minigate.errors import GatewayError
from minigate.ledger.estimate import request_bounds
from minigate.ledger.ledger import Admission, Ledger
from minigate.schemas.common import Usage
from minigate.stage import Ended, Observer, Request


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
        bound, max_tokens, choices = request_bounds(req)
        try:
            admission = await self.ledger.admit(ctx, req.model, bound, max_tokens, choices)
        except GatewayError as exc:
            rejected = Admission(req.model, datetime.now(UTC), bound)
            await self.ledger.settle(ctx, rejected, None, exc.code, stream=stream)
            raise
        return Admitted(admission, bound)

    async def after(self, admitted: Admitted, ctx: RequestContext, ended: Ended) -> None:
        usage = ended.usage(ctx)
        started = ended.chunks > 0 or ended.status == "client_disconnected"
        if ended.stream and usage is None and started:
            # A stream cut short has no final usage: count what was produced so far. One
            # refused before its first chunk produced nothing, and costs nothing, as it would
            # unstreamed; a client that left may have left a prompt being read.
            bound = admitted.prompt_bound
            usage = Usage(
                prompt_tokens=bound,
                completion_tokens=ended.chunks,
                total_tokens=bound + ended.chunks,
            )
        await self.ledger.settle(ctx, admitted.admission, usage, ended.status, stream=ended.stream)

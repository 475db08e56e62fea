"""Per-request state: what the client asked (``RequestContext``) and what the stages decided
and measured on the way (``Outcome``).

Stages fill the outcome; the ledger, the audit trail, /metrics and the response headers read
it. It is a typed record, never a bag of string keys: mypy checks every reader against every
writer.

Adding a field for a new concern (say ``priority`` for batch work, ``rag_sources`` for
retrieval, ``adapter_id`` for a fine-tuned adapter):

1. add it to ``Outcome`` below with a default of ``None`` (or an empty ``field(default_factory
   =list)``) and a one-line comment naming the stage that fills it;
2. set it in your stage (``ctx.outcome.priority = ...``);
3. read it where it is reported (the audit entry in ``audit/stage.py``, a ledger column, a
   response header in ``server/routes/openai.py``).

``Outcome.update`` copies every field that is set, so a routed request's outcome picks up
what the model call that answered it recorded, new fields included, with no further change.
"""

from __future__ import annotations

import dataclasses
import json
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Literal

from minigate.identity import VirtualKey
from minigate.schemas.common import Usage, new_id

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from minigate.schemas.chat import ChatCompletion
    from minigate.schemas.completions import Completion

CacheStatus = Literal["hit", "semantic-hit", "miss", "bypass"]

# The response headers that tell a client what happened to its request (Outcome.headers).
AUDIT_HEADER = "x-minigate-audit-id"
CACHE_HEADER = "x-minigate-cache"
SIMILARITY_HEADER = "x-minigate-cache-similarity"
VETO_HEADER = "x-minigate-cache-veto"
COST_HEADER = "x-minigate-cost-usd"
USAGE_HEADER = "x-minigate-usage"
GUARD_HEADER = "x-minigate-guard"
REVIEW_HEADER = "x-minigate-review-id"
ROUTE_HEADER = "x-minigate-route"
RAG_SOURCES_HEADER = "x-minigate-rag-sources"
RAG_WITHHELD_HEADER = "x-minigate-rag-withheld"


def call_id(request_id: str, n: int) -> str:
    """The id of a request's ``n``-th model call, its ledger row's: the request's own id for
    the first, ``.2``, ``.3``, ... appended for a route's later ones (fallbacks, cascade
    tiers). The call whose answer is served lends its id to the response and the audit entry."""
    return request_id if n == 1 else f"{request_id}.{n}"


def request_of(model_call_id: str) -> str:
    """The id of the client request a model call (``call_id``) was made for."""
    head, dot, n = model_call_id.rpartition(".")
    return head if dot and head and n.isdigit() else model_call_id


def previous_call(model_call_id: str) -> str | None:
    """The id of the model call a route made before this one for the same request (whose
    answer was then not served), or None for a request's first call."""
    head, dot, n = model_call_id.rpartition(".")
    return call_id(head, int(n) - 1) if dot and head and n.isdigit() else None


@dataclass(frozen=True, slots=True)
class GuardRecord:
    """One guard scanner's verdict on one direction, as kept on the request's record: never
    the matched text."""

    direction: Literal["input", "output"]
    scanner: str
    flagged: bool
    score: float
    labels: tuple[str, ...] = ()
    reason: str = ""
    findings: int = 0

    def as_json(self) -> dict[str, object]:
        return {
            "direction": self.direction,
            "scanner": self.scanner,
            "flagged": self.flagged,
            "score": self.score,
            "labels": list(self.labels),
            "reason": self.reason,
            "findings": self.findings,
        }


@dataclass(frozen=True, slots=True)
class RouteDecision:
    """Which model a route chose for a request, and why (the ``x-minigate-route`` header)."""

    route: str
    model: str
    reasons: tuple[str, ...] = ()

    def as_json(self) -> dict[str, object]:
        return {"route": self.route, "model": self.model, "reasons": list(self.reasons)}

    def header(self) -> str:
        reason = ", ".join(self.reasons) or "only target"
        return f"{self.route}; model={self.model}; reason={reason}"


# The status of a request whose answer a person must release (errors.ReviewPending's code).
HELD = "review_pending"


@dataclass(slots=True)
class Outcome:
    """What the stages decided and measured for one request."""

    served_model: str | None = None  # the model resolver, or the cache on a hit
    usage: Usage | None = None  # model backends: a stream's final usage, once it has ended
    # model backends that read the prompt's tokens themselves (a local model): how many, so
    # that the ledger charges a client that left those rather than the prompt's estimate
    prompt_tokens: int | None = None
    cost_usd: Decimal | None = None  # the ledger (the route stage: all calls of a request)
    # ledger.stage.StreamUsage: an answer its backend reported no usage for is counted (and
    # charged) at an estimate, which its x-minigate-usage header says
    usage_estimated: bool | None = None
    cache: CacheStatus | None = None  # the cache stage
    cache_similarity: float | None = None  # the cache stage, on a hit
    # the cache stage, on a miss: why it refused a semantic candidate (minigate.cache.veto)
    cache_veto: str | None = None
    cache_store: Literal["too_large"] | None = None  # the cache stage, when it did not store
    saved_usage: Usage | None = None  # the cache stage: what the cached answer cost once
    route: RouteDecision | None = None  # the route stage
    guard: list[GuardRecord] = field(default_factory=list)  # the guard stage, in scan order
    review_id: str | None = None  # the guard stage, when it held the answer for review
    # the guard stage, when it held the answer: the model's draft as the review queue holds it
    # (placeholders and masks kept), which the audit entry records, not the placeholder sent
    held_answer: ChatCompletion | Completion | None = None
    audit_id: str | None = None  # the audit stage
    # a stage that ended a stream before its end, not the client (the guard on a block): the
    # error's code, which the stages inside it record instead of "client_disconnected"
    cut_by: str | None = None
    # the rag stage: the sources given to the answering model (index, source, document_id,
    # page), and how many retrieved chunks its scanner kept out of the prompt
    rag_sources: list[dict[str, object]] | None = None
    rag_withheld: int | None = None
    # the ledger: the key's rate window as this request found it (OpenAI's x-ratelimit-*
    # headers), when the key has a rate limit
    rate_limit: dict[str, str] | None = None
    # the rag stage: those sources as the answer's ``sources`` gives them (their text too),
    # which an answer held for review keeps for its release
    rag_context: list[dict[str, object]] | None = None

    def final_status(self, status: str) -> str:
        """What a request whose stages ended with ``status`` came to, as its ledger row and its
        audit entry both record it: held for review (``review_pending``) where the client got
        the review placeholder, though every stage ended well; else ``status``."""
        return HELD if status == "ok" and self.review_id is not None else status

    def headers(self) -> dict[str, str]:
        """The response headers that report this outcome (only what is known so far: a
        stream's headers leave with its first chunk)."""
        headers: dict[str, str] = {}
        if self.audit_id is not None:
            headers[AUDIT_HEADER] = self.audit_id
        if self.cache is not None:
            headers[CACHE_HEADER] = self.cache
        if self.cache_similarity is not None:
            headers[SIMILARITY_HEADER] = f"{self.cache_similarity:.4f}"
        if self.cache_veto is not None:
            headers[VETO_HEADER] = self.cache_veto
        if self.route is not None:
            headers[ROUTE_HEADER] = self.route.header()
        if self.cost_usd is not None:
            headers[COST_HEADER] = str(self.cost_usd)
        if self.usage_estimated:
            headers[USAGE_HEADER] = "estimated"
        # once each: a prompt of several turns or content parts is scanned piece by piece
        if flagged := [f"{g.direction}:{g.scanner}" for g in self.guard if g.flagged]:
            headers[GUARD_HEADER] = ",".join(dict.fromkeys(flagged))
        if self.review_id is not None:
            headers[REVIEW_HEADER] = self.review_id
        if self.rag_sources is not None:
            # JSON, ASCII-escaped: a header carries no raw non-ASCII file names
            headers[RAG_SOURCES_HEADER] = json.dumps(self.rag_sources, separators=(",", ":"))
        if self.rag_withheld:
            headers[RAG_WITHHELD_HEADER] = str(self.rag_withheld)
        if self.rate_limit is not None:
            headers.update(self.rate_limit)
        return headers

    def update(self, other: Outcome) -> None:
        """Take every field ``other`` has set (a routed request takes its answering call's)."""
        for f in dataclasses.fields(self):
            value = getattr(other, f.name)
            if value is not None and value != []:
                setattr(self, f.name, value)


Priority = Literal["interactive", "background"]


@dataclass(slots=True)
class LastRow:
    """The ledger row of a request's latest model call, when that call ended well: held back,
    with its reservation, until the request's final status is known (a stage outside the
    call, the guard, may still block or hold its answer). ``ledger.stage`` explains."""

    write: Callable[[str], Awaitable[None]] | None = None  # queues it with the final status
    closed: bool = False  # the request has ended: a row is written at once


@dataclass(slots=True)
class BatchLine:
    """Marks a request as one line of a batch job.

    Stages that write to the store for the request (the ledger) append their writes to
    ``writes`` instead of committing them: the batch worker runs them in the transaction that
    commits the line's result, so a worker killed in between neither loses a row nor, when the
    line runs again, writes it twice.
    """

    batch_id: str
    writes: list[Callable[[Connection], None]] = field(default_factory=list)


@dataclass(slots=True)
class RequestContext:
    """What the gateway knows about one request besides its body."""

    endpoint: str
    request_id: str = field(default_factory=lambda: new_id("req"))
    # The model or route the client asked for (``auto``, ``rag:manuals``), as it asked: the
    # outermost stage sets it before a route or the rag stage puts the answering model in the
    # request; the ledger records it as the model asked for.
    asked_model: str | None = None
    api_key: str | None = None
    key_id: str | None = None
    virtual_key: VirtualKey | None = None
    allowed_models: frozenset[str] | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    started: float = field(default_factory=time.perf_counter)
    first_token_at: float | None = None
    outcome: Outcome = field(default_factory=Outcome)
    # Background work (batch lines) yields to interactive requests where a backend can tell
    # them apart (the local engine's scheduler reads it).
    priority: Priority = "interactive"
    batch: BatchLine | None = None
    # The ids of the request's model calls the ledger took up (each gets its row; the ledger
    # stage adds each as it starts). The contexts a route makes for its model calls are copies
    # of this one and share this list: a request refused before any model call (by the guard,
    # a route) has none, and ledger.stage.Unadmitted writes its row.
    ledger_rows: list[str] = field(default_factory=list)
    # ledger.stage.Unadmitted, outside the guard: where the ledger stage leaves the row of the
    # request's last model call for it to write with the request's final status (shared with
    # a route's call contexts, like ``ledger_rows``). None: each row is written as it ends.
    last_row: LastRow | None = None
    # The guard stage: the placeholders it put into the prompt and the values they stand for,
    # so that the audit trail keeps the texts as the model was sent them, not the caller's
    # values (it fills as the prompt is screened).
    redactions: dict[str, str] = field(default_factory=dict)

    def mark_first_token(self) -> None:
        if self.first_token_at is None:
            self.first_token_at = time.perf_counter()

    def elapsed(self) -> float:
        return time.perf_counter() - self.started

"""What the rules look at in a request, read once per request."""

from __future__ import annotations

import math
from dataclasses import dataclass

from minigate.context import RequestContext
from minigate.errors import InvalidRequest
from minigate.schemas.chat import ChatCompletionRequest

TASK_HEADER = "x-minigate-task"
LATENCY_BUDGET_HEADER = "x-minigate-latency-budget-ms"
# A rough English average; routing needs an order of magnitude, not the exact count, and a
# tokenizer per model would cost a model load for requests that may go upstream.
CHARS_PER_TOKEN = 4


@dataclass(frozen=True, slots=True)
class Features:
    task: str | None
    prompt_tokens: int
    images: bool
    tools: bool
    latency_budget_ms: int | None
    keys: frozenset[str]


def features_of(req: ChatCompletionRequest, ctx: RequestContext) -> Features:
    metadata_task = (req.metadata or {}).get("task")
    task = ctx.headers.get(TASK_HEADER) or (str(metadata_task) if metadata_task else None)
    chars = sum(len(m.text()) for m in req.messages)
    return Features(
        task=task,
        prompt_tokens=math.ceil(chars / CHARS_PER_TOKEN),
        images=any(m.has_images() for m in req.messages),
        tools=bool(req.tools),
        latency_budget_ms=_latency_budget(ctx),
        keys=_key_names(ctx),
    )


def _latency_budget(ctx: RequestContext) -> int | None:
    raw = ctx.headers.get(LATENCY_BUDGET_HEADER)
    if raw is None:
        return None
    try:
        value = int(raw)
    except ValueError:
        value = 0
    if value < 1:
        raise InvalidRequest(
            f"The {LATENCY_BUDGET_HEADER} header must be a positive whole number of "
            f"milliseconds, not '{raw}'.",
            param=LATENCY_BUDGET_HEADER,
            code="invalid_value",
        )
    return value


def _key_names(ctx: RequestContext) -> frozenset[str]:
    """A rule may name a key by its id or its name (static keys' ids are 'static:NAME')."""
    names = set()
    if ctx.key_id:
        names |= {ctx.key_id, ctx.key_id.removeprefix("static:")}
    if ctx.virtual_key is not None:
        names.add(ctx.virtual_key.name)
    return frozenset(names)

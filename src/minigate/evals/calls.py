"""The gateway calls of an evaluation: a target's answer (whole or streamed) and a judge's
verdict, each with its latency, tokens, cost and the route that served it."""

from __future__ import annotations

import time
from collections.abc import Awaitable
from typing import TYPE_CHECKING, Any, cast

from minigate.evals.dataset import Messages

if TYPE_CHECKING:
    from openai import AsyncOpenAI
    from openai.types.chat import ChatCompletionMessageParam

ROUTE_HEADER = "x-minigate-route"
COST_HEADER = "x-minigate-cost-usd"
CACHE_HEADER = "x-minigate-cache"


async def answered(call: Awaitable[dict[str, Any]]) -> dict[str, Any]:
    """The call's figures with ``error`` None, or only ``error`` when the gateway refused
    or timed out. A gateway that cannot be reached raises: stop, and resume later."""
    import openai

    try:
        return {**await call, "error": None}
    except openai.APIStatusError as exc:
        return {"error": f"{exc.status_code}: {exc.message}"}
    except openai.APITimeoutError:  # before its base class, APIConnectionError
        return {"error": "timed out (see --timeout)"}
    except openai.APIConnectionError:
        raise
    except openai.APIError as exc:  # e.g. a stream that broke off midway
        return {"error": exc.message}


async def complete(
    client: AsyncOpenAI,
    model: str,
    messages: Messages,
    max_tokens: int,
    headers: dict[str, str],
    logprobs: bool = False,
) -> dict[str, Any]:
    """A whole answer at temperature 0, with its figures (and mean logprob when asked)."""
    from openai import omit

    started = time.perf_counter()
    raw = await client.chat.completions.with_raw_response.create(
        model=model,
        messages=cast("list[ChatCompletionMessageParam]", messages),
        max_tokens=max_tokens,
        temperature=0,
        extra_headers=headers,
        logprobs=True if logprobs else omit,
    )
    completion = raw.parse()
    elapsed = (time.perf_counter() - started) * 1000
    usage = completion.usage
    text = completion.choices[0].message.content if completion.choices else None
    return {
        "answer": text or "",
        "latency_ms": round(elapsed, 2),
        "ttft_ms": None,  # a whole answer arrives at once: time to first token is not seen
        **_served(raw.headers, completion.model),
        "prompt_tokens": usage.prompt_tokens if usage else 0,
        "completion_tokens": usage.completion_tokens if usage else 0,
        **({"mean_logprob": _mean_logprob(completion)} if logprobs else {}),
    }


def _mean_logprob(completion: Any) -> float | None:
    """The first choice's mean token logprob, or None when the model sent none."""
    content = (
        getattr(completion.choices[0].logprobs, "content", None) if completion.choices else None
    )
    values = [t.logprob for t in content or [] if t.logprob is not None]
    return round(sum(values) / len(values), 6) if values else None


async def stream(
    client: AsyncOpenAI, model: str, messages: Messages, max_tokens: int, headers: dict[str, str]
) -> dict[str, Any]:
    """A streamed answer at temperature 0, with its figures and the time to its first token."""
    started = time.perf_counter()
    first: float | None = None
    parts: list[str] = []
    usage = None
    served = model
    response = await client.chat.completions.create(
        model=model,
        messages=cast("list[ChatCompletionMessageParam]", messages),
        max_tokens=max_tokens,
        temperature=0,
        stream=True,
        stream_options={"include_usage": True},
        extra_headers=headers,
    )
    async for chunk in response:
        served = chunk.model or served
        usage = chunk.usage or usage
        for choice in chunk.choices:
            if choice.delta.content:
                first = first or time.perf_counter()
                parts.append(choice.delta.content)
    ended = time.perf_counter()
    return {
        "answer": "".join(parts),
        "latency_ms": round((ended - started) * 1000, 2),
        "ttft_ms": round(((first or ended) - started) * 1000, 2),
        **_served(response.response.headers, served),
        "prompt_tokens": usage.prompt_tokens if usage else 0,
        "completion_tokens": usage.completion_tokens if usage else 0,
    }


def _served(headers: Any, model: str) -> dict[str, Any]:
    """Which model answered, the route's header, the cache's verdict and the ledger's cost."""
    route = headers.get(ROUTE_HEADER)
    return {
        "served_model": model,
        "route": route,
        "escalated": None if route is None else "escalated" in route,
        "cache": headers.get(CACHE_HEADER),
        "cost_usd": headers.get(COST_HEADER),
    }

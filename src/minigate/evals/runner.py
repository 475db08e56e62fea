"""Run an evaluation: every (row, target) pair through the gateway's OpenAI API.

Records go to an append-only JSONL file as they finish, keyed by row id and target, so an
interrupted run resumes where it stopped: pairs already recorded without an error are not
asked again.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from minigate.evals.dataset import Messages, Row
from minigate.evals.scorers import judge_verdict, score
from minigate.evals.targets import Target

if TYPE_CHECKING:
    from openai import AsyncOpenAI
    from openai.types.chat import ChatCompletionMessageParam

ROUTE_HEADER = "x-minigate-route"
COST_HEADER = "x-minigate-cost-usd"
CACHE_HEADER = "x-minigate-cache"
TASK_HEADER = "x-minigate-task"
JUDGE_SYSTEM = (
    "You grade an answer against a rubric and a reference answer. Reply with one word, "
    "PASS or FAIL, then at most one sentence of reason."
)
Pricer = Callable[[str, int, int], Decimal | None]


@dataclass(frozen=True)
class RunOptions:
    max_tokens: int = 256
    concurrency: int = 4
    use_cache: bool = False
    stream: bool = False
    judge_model: str | None = None
    judge_rubric: str = "The answer is correct and agrees with the reference answer."
    judge_max_tokens: int = 32
    pricer: Pricer | None = None  # cost of a streamed call, which carries no cost header
    logprobs: bool = False  # record each whole answer's mean token logprob (a cascade's signal)


def key_of(row_id: str, target: str) -> str:
    return f"{row_id}\t{target}"


def read_results(path: Path) -> dict[str, dict[str, Any]]:
    """The last record per key; a torn last line (an interrupted write) is ignored."""
    if not path.exists():
        return {}
    records: dict[str, dict[str, Any]] = {}
    # A torn line may end inside a character: it decodes to U+FFFD and fails to parse, alone.
    for line in path.read_bytes().decode("utf-8", errors="replace").split("\n"):
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if isinstance(record, dict) and "key" in record:
            records[record["key"]] = record
    return records


class ResultsFile:
    """Append-only; each record is one line, flushed as soon as it is written."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        torn = path.exists() and path.stat().st_size > 0 and not path.read_bytes().endswith(b"\n")
        self._out = path.open("a", encoding="utf-8")
        if torn:
            self._out.write("\n")  # a torn line stays alone, unparsed, instead of gluing on

    def write(self, record: dict[str, Any]) -> None:
        self._out.write(json.dumps(record, ensure_ascii=False) + "\n")
        self._out.flush()

    def close(self) -> None:
        self._out.close()


async def run(
    client: AsyncOpenAI,
    rows: list[Row],
    targets: list[Target],
    results: Path,
    options: RunOptions,
    progress: Callable[[], None] = lambda: None,
) -> dict[str, dict[str, Any]]:
    """Ask every pending (row, target) pair; returns all records of this run's pairs."""
    done = {k: r for k, r in read_results(results).items() if r.get("error") is None}
    pending = [(r, t) for r in rows for t in targets if key_of(r.id, t.name) not in done]
    for _ in range(len(rows) * len(targets) - len(pending)):
        progress()
    limit = asyncio.Semaphore(options.concurrency)
    out = ResultsFile(results)

    async def one(row: Row, target: Target) -> None:
        async with limit:
            record = await evaluate(client, row, target, options)
        out.write(record)
        done[record["key"]] = record
        progress()

    try:
        # A task group: when the gateway goes away, the other requests are cancelled before
        # the file closes; the first error is what the caller sees.
        async with asyncio.TaskGroup() as group:
            for row, target in pending:
                group.create_task(one(row, target))
    except ExceptionGroup as failed:
        raise failed.exceptions[0] from None
    finally:
        out.close()
    wanted = {key_of(r.id, t.name) for r in rows for t in targets}
    return {k: v for k, v in read_results(results).items() if k in wanted}


async def evaluate(
    client: AsyncOpenAI, row: Row, target: Target, options: RunOptions
) -> dict[str, Any]:
    """One record: the answer, its score, latency, tokens, cost and the route taken."""
    import openai

    record: dict[str, Any] = {
        "key": key_of(row.id, target.name),
        "row": row.id,
        "line": row.line,
        "target": target.name,
        "model": target.model,
        "task": row.task,
        "scorer": row.scorer["type"],
        "expected": row.expected,
    }
    max_tokens = row.max_tokens or options.max_tokens
    headers = _headers(row, options)
    messages = target.messages(row.messages)
    try:
        if options.stream:
            call = await _stream(client, target.model, messages, max_tokens, headers)
        else:
            call = await _complete(
                client, target.model, messages, max_tokens, headers, options.logprobs
            )
    except openai.APIStatusError as exc:
        return {**record, "error": f"{exc.status_code}: {exc.message}", "correct": False}
    except openai.APITimeoutError:
        return {**record, "error": "timed out (see --timeout)", "correct": False}
    except openai.APIConnectionError:
        raise  # the gateway is gone: stop, and resume later
    except openai.APIError as exc:  # e.g. a stream that broke off midway
        return {**record, "error": exc.message, "correct": False}
    record.update(call)
    if record["cost_usd"] is None and options.pricer is not None:
        cost = options.pricer(
            call["served_model"], call["prompt_tokens"], call["completion_tokens"]
        )
        record["cost_usd"] = None if cost is None else str(cost)
    if row.scorer["type"] == "judge":
        record["judge"] = await judge(client, row, call["answer"], options)
        record["correct"] = record["judge"]["pass"]
    else:
        record["correct"] = score(call["answer"], row.expected, row.scorer)
    record["error"] = None
    return record


def _headers(row: Row, options: RunOptions) -> dict[str, str]:
    headers = {} if options.use_cache else {"cache-control": "no-store"}
    if row.task:
        headers[TASK_HEADER] = row.task
    return headers


async def _complete(
    client: AsyncOpenAI,
    model: str,
    messages: Messages,
    max_tokens: int,
    headers: dict[str, str],
    logprobs: bool = False,
) -> dict[str, Any]:
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


async def _stream(
    client: AsyncOpenAI, model: str, messages: Messages, max_tokens: int, headers: dict[str, str]
) -> dict[str, Any]:
    started = time.perf_counter()
    first: float | None = None
    parts: list[str] = []
    usage = None
    served = model
    stream = await client.chat.completions.create(
        model=model,
        messages=cast("list[ChatCompletionMessageParam]", messages),
        max_tokens=max_tokens,
        temperature=0,
        stream=True,
        stream_options={"include_usage": True},
        extra_headers=headers,
    )
    async for chunk in stream:
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
        **_served(stream.response.headers, served),
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


async def judge(client: AsyncOpenAI, row: Row, answer: str, options: RunOptions) -> dict[str, Any]:
    """Ask the judge model; its call is recorded apart from the target's."""
    if options.judge_model is None:
        return {"pass": False, "error": "the row's scorer is 'judge' but no --judge-model is set"}
    rubric = row.scorer.get("rubric", options.judge_rubric)
    question = row.prompt
    prompt = (
        f"Rubric: {rubric}\n\nQuestion: {question}\n\nReference answer: {row.expected}\n\n"
        f"Answer to grade: {answer}\n\nReply PASS or FAIL."
    )
    messages = [{"role": "system", "content": JUDGE_SYSTEM}, {"role": "user", "content": prompt}]
    call = await _complete(
        client,
        options.judge_model,
        messages,
        options.judge_max_tokens,
        {"cache-control": "no-store"},
    )
    return {
        "model": options.judge_model,
        "verdict": call["answer"],
        "pass": judge_verdict(call["answer"]),
        "latency_ms": call["latency_ms"],
        "prompt_tokens": call["prompt_tokens"],
        "completion_tokens": call["completion_tokens"],
        "cost_usd": call["cost_usd"],
    }

"""Run an evaluation: every (row, target) pair through the gateway's OpenAI API.

Records go to an append-only JSONL file as they finish (see ``records``), so an interrupted
run resumes where it stopped. A pair whose record still holds is not asked again: its answer
was asked with the same request and scored against the same expected answer. An answer
whose score no longer holds (a changed ``expected``, a judge that failed) is scored again
without asking the target; a judged answer is written before the judge is asked, so a
judge that fails costs no target call on the rerun.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from minigate.evals.calls import answered, complete, stream
from minigate.evals.dataset import Row
from minigate.evals.records import (
    ResultsFile,
    asked_print,
    key_of,
    read_results,
    scored_print,
)
from minigate.evals.scorers import judge_verdict, score
from minigate.evals.targets import Target

if TYPE_CHECKING:
    from openai import AsyncOpenAI

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


@dataclass
class Outcome:
    """This run's records, and how many kept records no longer held."""

    records: dict[str, dict[str, Any]] = field(default_factory=dict)
    asked_again: int = 0  # answered for another request: the row, template or max_tokens changed
    scored_again: int = 0  # answers kept, scored again: expected or the scorer changed


@dataclass
class _Pair:
    row: Row
    target: Target
    asked: str
    scored: str
    answer: dict[str, Any] | None = None  # a kept answer that still holds, to score again


async def run(
    client: AsyncOpenAI,
    rows: list[Row],
    targets: list[Target],
    results: Path,
    options: RunOptions,
    progress: Callable[[], None] = lambda: None,
) -> Outcome:
    """Ask every pair without a record that holds, score what needs it; returns the records
    of this run's pairs."""
    outcome = Outcome()
    pending = _pending(read_results(results), rows, targets, options, outcome)
    for _ in range(len(rows) * len(targets) - len(pending)):
        progress()
    limit = asyncio.Semaphore(options.concurrency)
    out = ResultsFile(results)

    async def one(pair: _Pair) -> None:
        async with limit:
            record = pair.answer or await ask(client, pair, options)
            if record["error"] is None:
                if pair.answer is None and pair.row.scorer["type"] == "judge":
                    out.write(record)  # paid for: kept whatever the judge does
                record = await grade(client, pair, record, options)
        out.write(record)
        progress()

    try:
        # A task group: when the gateway goes away, the other requests are cancelled before
        # the file closes; the first error is what the caller sees.
        async with asyncio.TaskGroup() as group:
            for pair in pending:
                group.create_task(one(pair))
    except ExceptionGroup as failed:
        raise failed.exceptions[0] from None
    finally:
        out.close()
    wanted = {key_of(r.id, t.name) for r in rows for t in targets}
    outcome.records = {k: v for k, v in read_results(results).items() if k in wanted}
    return outcome


def _pending(
    kept: dict[str, dict[str, Any]],
    rows: list[Row],
    targets: list[Target],
    options: RunOptions,
    outcome: Outcome,
) -> list[_Pair]:
    """The pairs whose kept record does not hold, counting in ``outcome`` those that held
    for data that has since changed."""
    judge = (options.judge_model, options.judge_rubric)
    pending = []
    for row in rows:
        for target in targets:
            before = kept.get(key_of(row.id, target.name))
            pair = _Pair(
                row, target, asked_print(row, target, options.max_tokens), scored_print(row, judge)
            )
            if before is None or before.get("error") is not None:
                pass  # never asked, or refused: asked (again)
            elif before.get("asked") != pair.asked:
                outcome.asked_again += 1
            elif before.get("scored") == pair.scored:
                continue  # holds
            else:  # the answer holds, its score does not (or it has none yet)
                pair.answer = before
                outcome.scored_again += before.get("scored") is not None
            pending.append(pair)
    return pending


async def ask(client: AsyncOpenAI, pair: _Pair, options: RunOptions) -> dict[str, Any]:
    """The target's answer (not yet scored), its latency, tokens, cost and route; or the
    gateway's refusal as ``error``."""
    row, target = pair.row, pair.target
    record: dict[str, Any] = {
        "key": key_of(row.id, target.name),
        "row": row.id,
        "line": row.line,
        "target": target.name,
        "model": target.model,
        "task": row.task,
        "asked": pair.asked,
    }
    max_tokens = row.max_tokens or options.max_tokens
    headers = {} if options.use_cache else {"cache-control": "no-store"}
    if row.task:
        headers[TASK_HEADER] = row.task
    messages = target.messages(row.messages)
    if options.stream:
        call = stream(client, target.model, messages, max_tokens, headers)
    else:
        call = complete(client, target.model, messages, max_tokens, headers, options.logprobs)
    record.update(await answered(call))
    if record["error"] is not None:
        return {**_scored_as(record, row), "correct": False, "scored": None}
    if record["cost_usd"] is None and options.pricer is not None:
        cost = options.pricer(
            record["served_model"], record["prompt_tokens"], record["completion_tokens"]
        )
        record["cost_usd"] = None if cost is None else str(cost)
    return {**_scored_as(record, row), "correct": None, "scored": None}


async def grade(
    client: AsyncOpenAI, pair: _Pair, record: dict[str, Any], options: RunOptions
) -> dict[str, Any]:
    """``record`` scored against the row's expected answer, by its scorer or a judge; a judge
    the gateway refused leaves ``judge_error`` and no ``scored`` (the next run asks it)."""
    row = pair.row
    graded = {**_scored_as(record, row), "scored": pair.scored, "judge_error": None}
    graded.pop("judge", None)
    if row.scorer["type"] != "judge":
        return {**graded, "correct": score(record["answer"], row.expected, row.scorer)}
    verdict = await judge(client, row, record["answer"], options)
    if verdict["error"] is not None:
        return {**graded, "correct": False, "scored": None, "judge_error": verdict["error"]}
    verdict.pop("error")
    return {**graded, "judge": verdict, "correct": verdict["pass"]}


def _scored_as(record: dict[str, Any], row: Row) -> dict[str, Any]:
    return {**record, "line": row.line, "scorer": row.scorer["type"], "expected": row.expected}


async def judge(client: AsyncOpenAI, row: Row, answer: str, options: RunOptions) -> dict[str, Any]:
    """Ask the judge model; its call is recorded apart from the target's."""
    model = options.judge_model or ""  # the rows were checked: judged rows name a judge
    rubric = row.scorer.get("rubric", options.judge_rubric)
    prompt = (
        f"Rubric: {rubric}\n\nQuestion: {row.prompt}\n\nReference answer: {row.expected}\n\n"
        f"Answer to grade: {answer}\n\nReply PASS or FAIL."
    )
    messages = [{"role": "system", "content": JUDGE_SYSTEM}, {"role": "user", "content": prompt}]
    call = await answered(
        complete(client, model, messages, options.judge_max_tokens, {"cache-control": "no-store"})
    )
    if call["error"] is not None:
        return call
    return {
        "model": model,
        "verdict": call["answer"],
        "pass": judge_verdict(call["answer"]),
        "latency_ms": call["latency_ms"],
        "prompt_tokens": call["prompt_tokens"],
        "completion_tokens": call["completion_tokens"],
        "cost_usd": call["cost_usd"],
        "error": None,
    }

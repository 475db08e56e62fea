"""The cache stage in-process: what it leaves in the request context for the ledger."""

from __future__ import annotations

import asyncio
from pathlib import Path

from minigate.backends.base import SingleModelBackend
from minigate.cache import CacheStage
from minigate.cache.store.sqlite import SqliteStore
from minigate.config import CacheSettings
from minigate.context import Outcome, RequestContext
from minigate.schemas.chat import (
    AssistantMessage,
    ChatChoice,
    ChatCompletion,
    ChatCompletionRequest,
)
from minigate.schemas.common import Usage, now


class Counting(SingleModelBackend):
    model_id = "m"

    def __init__(self) -> None:
        self.calls = 0

    async def chat(self, req: ChatCompletionRequest, ctx: RequestContext) -> ChatCompletion:
        self.calls += 1
        message = AssistantMessage(content="Paris.")
        return ChatCompletion(
            id=ctx.request_id,
            created=now(),
            model="m",
            choices=[ChatChoice(index=0, message=message, finish_reason="stop")],
            usage=Usage(prompt_tokens=7, completion_tokens=2, total_tokens=9),
        )


def test_hits_are_annotated_with_the_usage_they_saved(tmp_path: Path) -> None:
    inner = Counting()
    store = SqliteStore(tmp_path / "c.sqlite3", ttl_s=60, max_entries=10)
    stage = CacheStage(inner, CacheSettings(), store, None, frozenset({"m"}))
    req = ChatCompletionRequest.model_validate(
        {"model": "m", "messages": [{"role": "user", "content": "Capital of France?"}], "seed": 1}
    )

    async def twice() -> tuple[RequestContext, RequestContext]:
        first, second = RequestContext("chat.completions"), RequestContext("chat.completions")
        await stage.chat(req, first)
        await stage.chat(req, second)
        await stage.aclose()
        return first, second

    miss, hit = asyncio.run(twice())
    assert miss.outcome == Outcome(cache="miss")
    assert hit.outcome.cache == "hit"
    assert hit.outcome.saved_usage == Usage(prompt_tokens=7, completion_tokens=2, total_tokens=9)
    assert hit.outcome.served_model == "m"
    assert inner.calls == 1

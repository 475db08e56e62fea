"""The cache stage in-process: what it leaves in the request context for the ledger."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import numpy as np

from minigate.backends.base import SingleModelBackend
from minigate.cache import CacheStage
from minigate.cache.store.protocol import Entry
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


def test_the_sqlite_store_keeps_each_prompt_beside_its_vector(tmp_path: Path) -> None:
    """A file written before prompts were kept gains the column; its entries have none, and
    the stage serves those only as exact hits."""
    path = tmp_path / "c.sqlite3"
    with sqlite3.connect(path) as old:
        old.execute(
            "CREATE TABLE cache_entries (namespace TEXT NOT NULL, key TEXT NOT NULL, model TEXT "
            "NOT NULL, semantic_filter TEXT, vector BLOB, response BLOB NOT NULL, size INTEGER "
            "NOT NULL, hits INTEGER NOT NULL DEFAULT 0, expires_at REAL NOT NULL, last_used REAL "
            "NOT NULL, PRIMARY KEY (namespace, key))"
        )
        old.execute(
            "INSERT INTO cache_entries VALUES ('ns', 'old', 'm', 'f', ?, x'7b7d', 2, 0, 1e12, 0)",
            (np.ones(2, dtype="<f4").tobytes(),),
        )
    old.close()
    store = SqliteStore(path, ttl_s=60, max_entries=10)
    vector = np.array([0.6, 0.8], dtype=np.float32)

    async def put_and_read() -> dict[str, str | None]:
        await store.put(Entry("ns", "new", "m", b"{}", "f", vector, prompt="Is it safe?"))
        found = await store.vectors("ns", "f")
        await store.aclose()
        return dict(zip(found.keys, found.prompts, strict=True))

    assert asyncio.run(put_and_read()) == {"old": None, "new": "Is it safe?"}

"""The cache stage in-process: what it leaves in the request context for the ledger."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import numpy as np
import pytest

from minigate.backends.base import SingleModelBackend
from minigate.backends.builtin import resolve_weights
from minigate.backends.embedder import Embedder
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
from minigate.schemas.embeddings import (
    Embedding,
    EmbeddingRequest,
    EmbeddingResponse,
    EmbeddingUsage,
)


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
        prompts = await store.prompts("ns", [*found.keys, "gone"])
        await store.aclose()
        return prompts

    assert asyncio.run(put_and_read()) == {"old": None, "new": "Is it safe?", "gone": None}


class Answers(SingleModelBackend):
    """Answers "answer N" to its Nth chat; embeds each text as ``vectors`` says."""

    model_id = "m"

    def __init__(self, vectors: dict[str, list[float]]) -> None:
        self.vectors = vectors
        self.calls = 0

    async def chat(self, req: ChatCompletionRequest, ctx: RequestContext) -> ChatCompletion:
        self.calls += 1
        message = AssistantMessage(content=f"answer {self.calls}")
        choice = ChatChoice(index=0, message=message, finish_reason="stop")
        return ChatCompletion(id=ctx.request_id, created=now(), model="m", choices=[choice])

    async def embed(self, req: EmbeddingRequest, ctx: RequestContext) -> EmbeddingResponse:
        texts = [req.input] if isinstance(req.input, str) else req.input
        data = [
            Embedding(index=i, embedding=list(unit(self.vectors[str(t)])))
            for i, t in enumerate(texts)
        ]
        return EmbeddingResponse(data=data, model="m", usage=EmbeddingUsage())


def unit(values: list[float]) -> np.ndarray:
    v = np.asarray(values, dtype=np.float32)
    return v / np.linalg.norm(v)


async def ask(stage: CacheStage, text: str) -> tuple[str | None, str | None, str | None]:
    """One user turn through the stage: (its cache status, the veto's reason, the answer)."""
    req = ChatCompletionRequest.model_validate(
        {"model": "m", "messages": [{"role": "user", "content": text}], "seed": 1}
    )
    ctx = RequestContext("chat.completions")
    answer = await stage.chat(req, ctx)
    return ctx.outcome.cache, ctx.outcome.cache_veto, answer.choices[0].message.content


@pytest.mark.parametrize("veto", [True, False])
def test_a_vetoed_candidate_gives_way_to_the_next_one_above_the_threshold(
    tmp_path: Path, veto: bool
) -> None:
    safe, unsafe = "Is it safe to fly?", "Is it not safe to fly?"
    asked = "Is it not safe to fly today?"  # nearest to `safe` (1.0), then `unsafe` (0.98)
    inner = Answers({safe: [1, 0], unsafe: [1, 0.2], asked: [1, 0]})
    store = SqliteStore(tmp_path / "c.sqlite3", ttl_s=60, max_entries=10)
    # On by default: the default settings must refuse.
    settings = CacheSettings.model_validate({"semantic": {"veto": False}} if not veto else {})
    stage = CacheStage(inner, settings, store, Embedder(inner, "m"), frozenset({"m"}))

    async def run() -> list[tuple[str | None, str | None, str | None]]:
        try:
            return [await ask(stage, text) for text in (safe, unsafe, asked)]
        finally:
            await stage.aclose()

    if veto:
        assert asyncio.run(run()) == [
            ("miss", None, "answer 1"),
            ("miss", "negation", "answer 2"),
            ("semantic-hit", None, "answer 2"),
        ]
    else:
        assert asyncio.run(run()) == [
            ("miss", None, "answer 1"),
            ("semantic-hit", None, "answer 1"),
            ("semantic-hit", None, "answer 1"),
        ]


def test_an_unreadable_prompt_is_stored_without_a_vector(tmp_path: Path) -> None:
    """MiniLM's tokenizer reads neither Chinese prompt (every character [UNK]): neither is
    embedded (the stand-in embeds both alike), and each gets its own answer."""
    from minigate.cache.readable import Reader  # here, so that the other tests load without it

    buy, sell = "这只股票应该买吗", "这只股票应该卖吗"
    inner = Answers({buy: [1, 0], sell: [1, 0]})
    store = SqliteStore(tmp_path / "c.sqlite3", ttl_s=60, max_entries=10)
    reader = Reader.of_folder(resolve_weights("builtin:minilm"))
    stage = CacheStage(
        inner, CacheSettings(), store, Embedder(inner, "m"), frozenset({"m"}), reader
    )

    async def run() -> list[tuple[str | None, str | None, str | None]]:
        try:
            asked = [await ask(stage, buy)]
            rows = sqlite3.connect(store.path).execute(
                "SELECT semantic_filter, vector, prompt FROM cache_entries"
            )
            assert list(rows) == [(None, None, None)]
            return [*asked, await ask(stage, sell), await ask(stage, buy)]
        finally:
            await stage.aclose()

    assert asyncio.run(run()) == [
        ("miss", "language", "answer 1"),
        ("miss", "language", "answer 2"),
        ("hit", None, "answer 1"),
    ]
    assert inner.calls == 2


class Reads(SqliteStore):
    """A SQLite store that remembers which keys' prompts it was asked for."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, ttl_s=60, max_entries=10)
        self.asked: list[list[str]] = []

    async def prompts(self, namespace: str, keys: list[str]) -> dict[str, str | None]:
        self.asked.append(keys)
        return await super().prompts(namespace, keys)


def test_prompts_are_read_only_for_candidates_over_the_threshold(tmp_path: Path) -> None:
    """Before, every lookup read every candidate's prompt beside its vector; the veto needs
    only the prompts of the candidates over the threshold, read in one call."""
    near, far, asked = "Is it safe to fly?", "How do I bake bread?", "Is it safe to fly now?"
    inner = Answers({near: [1, 0], far: [0, 1], asked: [1, 0.05]})
    store = Reads(tmp_path / "c.sqlite3")
    stage = CacheStage(inner, CacheSettings(), store, Embedder(inner, "m"), frozenset({"m"}))

    async def run() -> list[tuple[str | None, str | None, str | None]]:
        try:
            return [await ask(stage, text) for text in (near, far, asked)]
        finally:
            await stage.aclose()

    assert asyncio.run(run())[-1] == ("semantic-hit", None, "answer 1")
    # The first two found nothing over the threshold: no prompt read at all.
    assert len(store.asked) == 1 and len(store.asked[0]) == 1

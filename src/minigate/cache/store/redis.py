"""The shared store: Redis, so that several gateway processes serve each other's entries.

Layout under the prefix ``P`` (default ``minigate:cache:``):

- ``P e:{namespace}:{key}``: a hash (model, response, filter, vector, prompt, hits),
  expiring after the TTL by Redis itself;
- ``P lru``: a sorted set of ``{namespace}:{key}`` by last use, trimmed to ``max_entries``;
- ``P f:{namespace}:{filter}``: the set of keys sharing a semantic filter.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import redis.asyncio as aioredis
from redis.exceptions import RedisError

from minigate.cache.store.protocol import Entry, StoreStats, StoreUnavailable, Vectors

T = TypeVar("T")


class RedisStore:
    name = "redis"

    def __init__(
        self, url: str, ttl_s: float, max_entries: int, prefix: str = "minigate:cache:"
    ) -> None:
        self.ttl_ms = max(1, int(ttl_s * 1000))
        self.max_entries = max_entries
        self.prefix = prefix
        self._redis = aioredis.Redis.from_url(
            url, socket_connect_timeout=0.5, socket_timeout=2, retry_on_timeout=False
        )

    def _entry(self, member: str) -> str:
        return f"{self.prefix}e:{member}"

    def _filter(self, namespace: str, semantic_filter: str) -> str:
        return f"{self.prefix}f:{namespace}:{semantic_filter}"

    async def _call(self, work: Callable[[], Awaitable[T]]) -> T:
        try:
            return await work()
        except (RedisError, OSError) as exc:
            raise StoreUnavailable(f"Redis is unavailable: {exc}") from exc

    async def get(self, namespace: str, key: str) -> Entry | None:
        member = f"{namespace}:{key}"

        async def work() -> Entry | None:
            fields: list[Any] = await self._redis.hmget(
                self._entry(member), ["model", "response", "filter"]
            )
            if fields[0] is None:
                return None
            async with self._redis.pipeline(transaction=False) as pipe:
                pipe.hincrby(self._entry(member), "hits", 1)
                pipe.zadd(f"{self.prefix}lru", {member: time.time()})
                hits, _ = await pipe.execute()
            model, response, semantic_filter = fields
            return Entry(
                namespace,
                key,
                model.decode(),
                response,
                semantic_filter=semantic_filter.decode() if semantic_filter else None,
                hits=int(hits),
            )

        return await self._call(work)

    async def put(self, entry: Entry) -> None:
        member = f"{entry.namespace}:{entry.key}"
        mapping: dict[Any, Any] = {
            "model": entry.model,
            "response": entry.response,
            "size": entry.size,
            "hits": 0,
        }
        if entry.semantic_filter is not None and entry.vector is not None:
            mapping["filter"] = entry.semantic_filter
            mapping["vector"] = entry.vector.astype("<f4").tobytes()
            if entry.prompt is not None:
                mapping["prompt"] = entry.prompt

        async def work() -> None:
            async with self._redis.pipeline(transaction=True) as pipe:
                pipe.delete(self._entry(member))
                pipe.hset(self._entry(member), mapping=mapping)
                pipe.pexpire(self._entry(member), self.ttl_ms)
                pipe.zadd(f"{self.prefix}lru", {member: time.time()})
                if "filter" in mapping:
                    index = self._filter(entry.namespace, str(mapping["filter"]))
                    pipe.sadd(index, entry.key)
                    pipe.pexpire(index, self.ttl_ms)
                await pipe.execute()
            await self._evict()

        await self._call(work)

    async def _evict(self) -> None:
        excess = await self._redis.zcard(f"{self.prefix}lru") - self.max_entries
        if excess <= 0:
            return
        oldest: list[Any] = await self._redis.zpopmin(f"{self.prefix}lru", excess)
        await self._redis.delete(*(self._entry(m.decode()) for m, _ in oldest))

    async def vectors(self, namespace: str, semantic_filter: str) -> Vectors:
        index = self._filter(namespace, semantic_filter)

        async def work() -> Vectors:
            members: set[Any] = await self._redis.smembers(index)
            keys = [k.decode() for k in members]
            if not keys:
                return Vectors.from_blobs([], [])
            async with self._redis.pipeline(transaction=False) as pipe:
                for key in keys:
                    pipe.hget(self._entry(f"{namespace}:{key}"), "vector")
                blobs: list[bytes | None] = await pipe.execute()
            gone = [k for k, blob in zip(keys, blobs, strict=True) if blob is None]
            if gone:
                await self._redis.srem(index, *gone)
            live = [(k, b) for k, b in zip(keys, blobs, strict=True) if b is not None]
            return Vectors.from_blobs([k for k, _ in live], [b for _, b in live])

        return await self._call(work)

    async def prompts(self, namespace: str, keys: list[str]) -> dict[str, str | None]:
        async def work() -> dict[str, str | None]:
            async with self._redis.pipeline(transaction=False) as pipe:
                for key in keys:
                    pipe.hget(self._entry(f"{namespace}:{key}"), "prompt")
                found: list[bytes | None] = await pipe.execute()
            return {
                k: p.decode() if p is not None else None for k, p in zip(keys, found, strict=True)
            }

        return await self._call(work) if keys else {}

    async def _members(self) -> list[str]:
        pattern = f"{self.prefix}e:*"
        start = len(self._entry(""))
        found: list[Any] = [k async for k in self._redis.scan_iter(pattern, count=1000)]
        return [k.decode()[start:] for k in found]

    async def stats(self) -> StoreStats:
        async def work() -> StoreStats:
            members = await self._members()
            async with self._redis.pipeline(transaction=False) as pipe:
                for member in members:
                    pipe.hmget(self._entry(member), ["model", "size", "hits"])
                rows = await pipe.execute()
            stats = StoreStats(self.name)
            namespaces = set()
            for member, (model, size, hits) in zip(members, rows, strict=True):
                if model is None:
                    continue
                namespaces.add(member.partition(":")[0])
                stats.entries += 1
                stats.bytes += int(size or 0)
                stats.hits += int(hits or 0)
                stats.models[model.decode()] = stats.models.get(model.decode(), 0) + 1
            stats.namespaces = len(namespaces)
            return stats

        return await self._call(work)

    async def invalidate(self, model: str | None = None, namespace: str | None = None) -> int:
        async def work() -> int:
            members = await self._members()
            if namespace is not None:
                members = [m for m in members if m.partition(":")[0] == namespace]
            if model is not None and members:
                async with self._redis.pipeline(transaction=False) as pipe:
                    for member in members:
                        pipe.hget(self._entry(member), "model")
                    owners = await pipe.execute()
                members = [m for m, o in zip(members, owners, strict=True) if o == model.encode()]
            if not members:
                return 0
            deleted = int(await self._redis.delete(*(self._entry(m) for m in members)))
            await self._redis.zrem(f"{self.prefix}lru", *members)
            return deleted

        return await self._call(work)

    async def ping(self) -> None:
        await self._call(self._redis.ping)

    async def aclose(self) -> None:
        await self._redis.aclose()

"""Between a stored ChatCompletion and a stream of ChatCompletionChunks, both ways; and the
lines of a server-sent event stream as they come."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx

from minigate.schemas.chat import (
    AssistantMessage,
    ChatChoice,
    ChatCompletion,
    ChatCompletionChunk,
    ChunkChoice,
    ChunkDelta,
)
from minigate.schemas.common import Usage


def replay_chunks(completion: ChatCompletion, include_usage: bool) -> list[ChatCompletionChunk]:
    """A cached answer as the chunks a live stream would have sent: role and content, then
    the finish reason, then (when asked for) usage alone in a last chunk, as OpenAI does."""

    def chunk(choices: list[ChunkChoice], usage: Usage | None = None) -> ChatCompletionChunk:
        return ChatCompletionChunk(
            id=completion.id,
            created=completion.created,
            model=completion.model,
            choices=choices,
            usage=usage,
            system_fingerprint=completion.system_fingerprint,
        )

    chunks = []
    for choice in completion.choices:
        message = choice.message
        delta = ChunkDelta(role="assistant", content=message.content)
        if message.tool_calls:  # set only when there are some: a null set is sent (StreamPart)
            delta.tool_calls = [{"index": i, **call} for i, call in enumerate(message.tool_calls)]
        chunks.append(
            chunk([ChunkChoice(index=choice.index, delta=delta, logprobs=choice.logprobs)])
        )
        done = ChunkChoice(
            index=choice.index, delta=ChunkDelta(), finish_reason=choice.finish_reason
        )
        chunks.append(chunk([done]))
    if include_usage and completion.usage is not None:
        chunks.append(chunk([], completion.usage))
    return chunks


class StreamAssembler:
    """Rebuilds the whole answer from a live stream so that it can be stored once complete."""

    def __init__(self) -> None:
        self.first: ChatCompletionChunk | None = None
        self.content: dict[int, list[str]] = {}
        self.tool_calls: dict[int, dict[int, dict[str, Any]]] = {}
        self.finish: dict[int, str | None] = {}
        self.usage: Usage | None = None

    def add(self, chunk: ChatCompletionChunk) -> None:
        self.first = self.first or chunk
        if chunk.usage is not None:
            self.usage = chunk.usage
        for choice in chunk.choices:
            self.content.setdefault(choice.index, [])
            if choice.delta.content:
                self.content[choice.index].append(choice.delta.content)
            for call in choice.delta.tool_calls or []:
                self._add_tool_call(choice.index, call)
            if choice.finish_reason is not None:
                self.finish[choice.index] = choice.finish_reason

    def _add_tool_call(self, index: int, delta: dict[str, Any]) -> None:
        calls = self.tool_calls.setdefault(index, {})
        call = calls.setdefault(int(delta.get("index", len(calls))), {"function": {}})
        for field in ("id", "type"):
            if delta.get(field):
                call[field] = delta[field]
        function = delta.get("function") or {}
        for field in ("name", "arguments"):
            if function.get(field):
                call["function"][field] = call["function"].get(field, "") + function[field]

    @property
    def complete(self) -> bool:
        """Every choice that started has finished."""
        return bool(self.content) and set(self.finish) >= set(self.content)

    def completion(self, usage: Usage | None) -> ChatCompletion | None:
        if self.first is None or not self.complete:
            return None
        choices = [
            ChatChoice(
                index=index,
                message=AssistantMessage(
                    content="".join(parts) if parts or index not in self.tool_calls else None,
                    tool_calls=[c for _, c in sorted(self.tool_calls[index].items())]
                    if index in self.tool_calls
                    else None,
                ),
                finish_reason=self.finish[index],
            )
            for index, parts in sorted(self.content.items())
        ]
        return ChatCompletion(
            id=self.first.id,
            created=self.first.created,
            model=self.first.model,
            choices=choices,
            usage=self.usage or usage,
            system_fingerprint=self.first.system_fingerprint,
        )


async def sse_lines(response: httpx.Response) -> AsyncIterator[str]:
    """The lines of a server-sent event stream, ended by "\n" or "\r\n" only.

    httpx's ``aiter_lines`` (like ``str.splitlines``) also ends a line at U+2028, U+2029,
    U+0085 and other separators, which JSON carries unescaped inside a string: an event with
    one in its text would be cut in two. Bytes are split at b"\n", which never falls inside a
    UTF-8 sequence, so each line decodes whole."""
    pending = bytearray()
    async for chunk in response.aiter_bytes():
        pending += chunk
        *lines, rest = pending.split(b"\n")
        for line in lines:
            yield line.removesuffix(b"\r").decode(errors="replace")
        pending = bytearray(rest)
    if pending:
        yield pending.removesuffix(b"\r").decode(errors="replace")

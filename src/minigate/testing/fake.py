"""A fake model backend for stage tests: answers at once, in-process, and counts its calls."""

from __future__ import annotations

from collections.abc import AsyncIterator

from minigate.backends.base import SingleModelBackend
from minigate.context import RequestContext
from minigate.errors import UpstreamError
from minigate.schemas.chat import (
    AssistantMessage,
    ChatChoice,
    ChatCompletion,
    ChatCompletionChunk,
    ChatCompletionRequest,
)
from minigate.schemas.common import Usage, now
from minigate.streams import replay_chunks

USAGE = Usage(prompt_tokens=7, completion_tokens=2, total_tokens=9)


class FakeBackend(SingleModelBackend):
    """Answers every chat request with ``answer``; fails with ``failure`` when it is set."""

    def __init__(self, model_id: str = "fake", answer: str = "Paris.") -> None:
        self.model_id = model_id
        self.answer = answer
        self.calls = 0
        self.failure: UpstreamError | None = None

    async def chat(self, req: ChatCompletionRequest, ctx: RequestContext) -> ChatCompletion:
        self.calls += 1
        if self.failure is not None:
            raise self.failure
        ctx.outcome.served_model = self.model_id
        message = AssistantMessage(content=self.answer)
        return ChatCompletion(
            id=ctx.request_id,
            created=now(),
            model=self.model_id,
            choices=[ChatChoice(index=0, message=message, finish_reason="stop")],
            usage=USAGE,
        )

    async def chat_stream(
        self, req: ChatCompletionRequest, ctx: RequestContext
    ) -> AsyncIterator[ChatCompletionChunk]:
        completion = await self.chat(req, ctx)
        ctx.outcome.usage = completion.usage
        for chunk in replay_chunks(completion, include_usage=False):
            yield chunk

"""The Observer shape: one before/after pair sees every kind of call, however it ends."""

from __future__ import annotations

import asyncio

import pytest

from minigate.context import RequestContext
from minigate.errors import UpstreamError
from minigate.schemas.chat import ChatCompletionRequest
from minigate.stage import Ended, Observer, Request
from minigate.testing.fake import USAGE, FakeBackend

REQ = ChatCompletionRequest.model_validate(
    {"model": "fake", "messages": [{"role": "user", "content": "Capital of France?"}]}
)


class Seen(Observer[str]):
    collects_texts = True

    def __init__(self, inner: FakeBackend) -> None:
        super().__init__(inner)
        self.ended: list[Ended] = []

    async def before(self, req: Request, ctx: RequestContext, *, stream: bool) -> str:
        return req.model

    async def after(self, state: str, ctx: RequestContext, ended: Ended) -> None:
        assert state == "fake"
        self.ended.append(ended)


def test_a_call_and_a_stream_end_once_each_with_their_usage() -> None:
    stage = Seen(FakeBackend())

    async def both() -> None:
        await stage.chat(REQ, RequestContext("chat.completions"))
        ctx = RequestContext("chat.completions")
        assert [c async for c in stage.chat_stream(REQ, ctx)]
        assert stage.ended[1].usage(ctx) == USAGE

    asyncio.run(both())
    call, stream = stage.ended
    assert (call.status, call.stream, call.usage(RequestContext("x"))) == ("ok", False, USAGE)
    assert (stream.status, stream.stream, stream.texts) == ("ok", True, ["Paris."])
    assert stream.chunks == 2  # the text, then the finish reason


def test_a_failure_and_a_client_that_left_are_seen_too() -> None:
    backend = FakeBackend()
    stage = Seen(backend)

    async def fail_then_leave() -> None:
        backend.failure = UpstreamError("The upstream is down.")
        with pytest.raises(UpstreamError):
            await stage.chat(REQ, RequestContext("chat.completions"))
        backend.failure = None
        stream = stage.chat_stream(REQ, RequestContext("chat.completions"))
        await anext(stream)
        await stream.aclose()

    asyncio.run(fail_then_leave())
    assert [e.status for e in stage.ended] == ["upstream_error", "client_disconnected"]

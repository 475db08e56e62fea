"""A minimal OpenAI-compatible server that answers at once with a fixed completion.

It stands in for a cloud provider in tests and benchmarks (as in published gateway
benchmarks): ``python -m minigate.testing.stub_upstream --port 9001``. It can also fail on
purpose (``status``, ``delay_s``) and records what it received, so tests can assert on retries
and on what reached the upstream.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import struct
import threading
import time
from dataclasses import dataclass, field
from typing import Any

import orjson

COMPLETION_TEXT = "Hello from the stub upstream."


@dataclass
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: dict[str, Any]


@dataclass
class StubUpstream:
    """Behaviour of the stub; change the fields while it runs to change its answers."""

    status: int = 200
    delay_s: float = 0.0
    stream_delay_s: float = 0.0  # pause between stream events, so a client can leave midway
    trickle_s: float = 0.0  # pause between the bytes of a chat answer's JSON body: very slow
    cut_body: bool = False  # a chat answer's JSON body broken off halfway, the connection lost
    retry_after: str | None = None
    # The answer to every chat request; {system} echoes the system prompt, {user} the last
    # user turn (a model whose answers differ by request, for scoring tests).
    text: str = COMPLETION_TEXT
    token_logprob: float = -0.1  # reported for every token when a request asks for logprobs
    # A hostile or broken provider: "empty" ends streams without an event, "cut" ends them
    # cleanly halfway (no finish_reason, no [DONE]), "abort" drops the connection halfway,
    # "garbage" sends a malformed event halfway, "json" answers stream requests with a JSON
    # body; error_message replaces the text of failures.
    stream_mode: str = "sse"
    error_message: str | None = None
    # A model that calls a tool: chat answers are one call of ``lookup`` with these arguments
    # (streamed in 4-character pieces), and no text; ``{system}`` in them stands for the system
    # prompt, escaped as a JSON string's content (a model that leaks it to a tool).
    tool_arguments: str | None = None
    error_code: str | None = None  # the failures' OpenAI error code and param, if any
    error_param: str | None = None
    completion_tokens: int | None = None  # reported usage, whatever was generated
    # Added to every usage reported (prompt_tokens_details, completion_tokens_details).
    usage_details: dict[str, Any] = field(default_factory=dict)
    # False: a provider that ignores stream_options.include_usage and streams no usage chunk.
    stream_usage: bool = True
    # False: a provider (some proxies, self-hosted servers) whose answers not streamed leave
    # usage out.
    answer_usage: bool = True
    set_cookie: str | None = None  # a Set-Cookie header on every successful JSON answer
    # How embeddings come back, whatever encoding_format asked (as servers that ignore it do).
    embedding_encoding: str = "float"
    received: list[Received] = field(default_factory=list)
    record: bool = True
    open_writers: set[asyncio.StreamWriter] = field(default_factory=set)
    connections: int = 0  # accepted since the start: a client that reuses its own opens one

    # -- answers -----------------------------------------------------------------------

    def _text_for(self, body: dict[str, Any]) -> str:
        """The answer; ``{system}`` in it stands for a model that leaks its system prompt,
        ``{user}`` for one that echoes the last user turn."""
        if "{system}" not in self.text and "{user}" not in self.text:
            return self.text
        messages = body.get("messages") or []
        system = next((m.get("content") for m in messages if m.get("role") == "system"), "")
        user = next((m.get("content") for m in reversed(messages) if m.get("role") == "user"), "")
        return self.text.replace("{system}", str(system)).replace("{user}", str(user))

    def _arguments_for(self, body: dict[str, Any]) -> str:
        assert self.tool_arguments is not None
        messages = body.get("messages") or []
        system = next((m.get("content") for m in messages if m.get("role") == "system"), "")
        escaped = orjson.dumps(str(system)).decode()[1:-1]
        return self.tool_arguments.replace("{system}", escaped)

    def _chat(self, body: dict[str, Any]) -> dict[str, Any]:
        choice: dict[str, Any] = {
            "index": 0,
            "finish_reason": "stop",
            "message": {"role": "assistant", "content": self._text_for(body)},
        }
        if self.tool_arguments is not None:
            call = {"name": "lookup", "arguments": self._arguments_for(body)}
            choice["finish_reason"] = "tool_calls"
            choice["message"] = {
                "role": "assistant",
                "content": None,
                "tool_calls": [{"id": "call_1", "type": "function", "function": call}],
            }
        if body.get("logprobs"):
            words = self._text_for(body).split(" ")
            tokens = [{"token": w, "logprob": self.token_logprob} for w in words]
            choice["logprobs"] = {"content": tokens}
        return {
            "id": "chatcmpl-stub",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": body.get("model", "stub"),
            "choices": [choice],
            **self._answer_usage(9, 6),
        }

    def _answer_usage(self, prompt: int, completion: int) -> dict[str, Any]:
        return {"usage": self._usage(prompt, completion)} if self.answer_usage else {}

    def _usage(self, prompt: int, completion: int) -> dict[str, Any]:
        completion = self.completion_tokens if self.completion_tokens is not None else completion
        return {
            "prompt_tokens": prompt,
            "completion_tokens": completion,
            "total_tokens": prompt + completion,
            **self.usage_details,
        }

    def _streams_usage(self, body: dict[str, Any]) -> bool:
        return self.stream_usage and bool((body.get("stream_options") or {}).get("include_usage"))

    def _chat_events(self, body: dict[str, Any]) -> list[bytes]:
        base = {
            "id": "chatcmpl-stub",
            "object": "chat.completion.chunk",
            "created": int(time.time()),
            "model": body.get("model", "stub"),
        }
        words = self._text_for(body).split(" ")
        deltas: list[dict[str, Any]] = [{"role": "assistant", "content": ""}] + [
            {"content": w if i == 0 else " " + w} for i, w in enumerate(words)
        ]
        finish = "stop"
        if self.tool_arguments is not None:
            text, finish = self._arguments_for(body), "tool_calls"
            named = {"index": 0, "id": "call_1", "type": "function", "function": {"name": "lookup"}}
            deltas = [{"role": "assistant", "content": None, "tool_calls": [named]}] + [
                {"tool_calls": [{"index": 0, "function": {"arguments": text[i : i + 4]}}]}
                for i in range(0, len(text), 4)
            ]
        events = [
            {**base, "choices": [{"index": 0, "delta": d, "finish_reason": None}]} for d in deltas
        ]
        events.append({**base, "choices": [{"index": 0, "delta": {}, "finish_reason": finish}]})
        if self._streams_usage(body):
            events.append(
                {
                    **base,
                    "choices": [],
                    "usage": self._usage(9, len(words)),
                }
            )
        return [b"data: " + orjson.dumps(e) + b"\n\n" for e in events] + [b"data: [DONE]\n\n"]

    def _completion_events(self, body: dict[str, Any]) -> list[bytes]:
        base = {
            "id": "cmpl-stub",
            "object": "text_completion",
            "created": int(time.time()),
            "model": body.get("model", "stub"),
        }
        words = COMPLETION_TEXT.split(" ")
        events = [
            {**base, "choices": [{"index": 0, "text": w if i == 0 else " " + w}]}
            for i, w in enumerate(words)
        ]
        events.append({**base, "choices": [{"index": 0, "text": "", "finish_reason": "stop"}]})
        if self._streams_usage(body):
            events.append({**base, "choices": [], "usage": self._usage(3, len(words))})
        return [b"data: " + orjson.dumps(e) + b"\n\n" for e in events] + [b"data: [DONE]\n\n"]

    def _embeddings(self, body: dict[str, Any]) -> dict[str, Any]:
        inputs = body.get("input", "")
        count = 1 if isinstance(inputs, str) else len(inputs)
        vector: list[float] | str = [0.6, 0.8, 0.0]
        if self.embedding_encoding == "base64":
            vector = base64.b64encode(struct.pack("<3f", 0.6, 0.8, 0.0)).decode("ascii")
        return {
            "object": "list",
            "model": body.get("model", "stub"),
            "data": [
                {"object": "embedding", "index": i, "embedding": vector} for i in range(count)
            ],
            **(
                {"usage": {"prompt_tokens": count, "total_tokens": count}}
                if self.answer_usage
                else {}
            ),
        }

    def _completion(self, body: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": "cmpl-stub",
            "object": "text_completion",
            "created": int(time.time()),
            "model": body.get("model", "stub"),
            "choices": [{"index": 0, "text": COMPLETION_TEXT, "finish_reason": "stop"}],
            **self._answer_usage(3, 6),
        }

    # -- HTTP ------------------------------------------------------------------------

    def _moderation(self, body: dict[str, Any]) -> dict[str, Any]:
        """Nothing flagged: a moderation service that lets every text through."""
        inputs = body.get("input", "")
        count = 1 if isinstance(inputs, str) else len(inputs)
        result = {"flagged": False, "categories": {}, "category_scores": {}}
        return {"id": "modr-stub", "model": "stub", "results": [result] * count}

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.open_writers.add(writer)
        self.connections += 1
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                method, path, _ = lines[0].split(" ", 2)
                headers = {
                    k.strip().lower(): v.strip()
                    for k, _, v in (line.partition(":") for line in lines[1:] if line)
                }
                raw = await reader.readexactly(int(headers.get("content-length", "0")))
                body = orjson.loads(raw) if raw else {}
                if self.record:
                    self.received.append(Received(method, path, headers, body))
                await self._respond(writer, method, path, body)
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            self.open_writers.discard(writer)
            writer.close()

    async def _respond(
        self, writer: asyncio.StreamWriter, method: str, path: str, body: dict[str, Any]
    ) -> None:
        if self.delay_s:
            await asyncio.sleep(self.delay_s)
        if self.status != 200:
            extra = f"retry-after: {self.retry_after}\r\n" if self.retry_after else ""
            message = self.error_message or f"stub failure {self.status}"
            error = {
                "error": {
                    "message": message,
                    "type": "server_error",
                    "code": self.error_code,
                    "param": self.error_param,
                }
            }
            self._write(writer, self.status, orjson.dumps(error), extra=extra)
        elif body.get("stream") and path.endswith("completions") and self.stream_mode != "json":
            chat = path.endswith("/chat/completions")
            events = self._chat_events(body) if chat else self._completion_events(body)
            half = len(events) // 2
            if self.stream_mode == "garbage":
                events = [*events[:half], b"data: {not json\n\n", *events[half:]]
            cut = {"empty": 0, "cut": half, "abort": half}.get(self.stream_mode, len(events))
            await self._stream(writer, events[:cut], abort=self.stream_mode == "abort")
        elif path.endswith("/chat/completions") and (self.trickle_s or self.cut_body):
            await self._trickle(writer, orjson.dumps(self._chat(body)))
        elif path.endswith("/chat/completions"):
            extra = f"set-cookie: {self.set_cookie}\r\n" if self.set_cookie else ""
            self._write(writer, 200, orjson.dumps(self._chat(body)), extra=extra)
        elif path.endswith("/embeddings"):
            self._write(writer, 200, orjson.dumps(self._embeddings(body)))
        elif path.endswith("/completions"):
            self._write(writer, 200, orjson.dumps(self._completion(body)))
        elif path.endswith("/moderations"):
            self._write(writer, 200, orjson.dumps(self._moderation(body)))
        elif path.endswith("/models"):
            self._write(
                writer,
                200,
                orjson.dumps(
                    {
                        "object": "list",
                        "data": [{"id": "stub", "object": "model", "owned_by": "stub"}],
                    }
                ),
            )
        else:
            self._write(writer, 404, b'{"error": {"message": "not found"}}')
        await writer.drain()

    async def _stream(
        self, writer: asyncio.StreamWriter, events: list[bytes], *, abort: bool = False
    ) -> None:
        writer.write(
            b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\n"
            b"transfer-encoding: chunked\r\n\r\n"
        )
        for event in events:
            writer.write(b"%x\r\n%s\r\n" % (len(event), event))
            if self.stream_delay_s:
                await writer.drain()
                await asyncio.sleep(self.stream_delay_s)
        if abort:  # no closing chunk: the connection is lost mid-body
            await writer.drain()
            writer.transport.abort()
            return
        writer.write(b"0\r\n\r\n")

    async def _trickle(self, writer: asyncio.StreamWriter, payload: bytes) -> None:
        """The answer's head, then its body a byte at a time, or half of it (cut_body)."""
        writer.write(
            b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"
            b"content-length: %d\r\n\r\n" % len(payload)
        )
        if self.cut_body:
            writer.write(payload[: len(payload) // 2])
            await writer.drain()
            writer.transport.abort()
            return
        for i in range(len(payload)):
            writer.write(payload[i : i + 1])
            await writer.drain()
            await asyncio.sleep(self.trickle_s)

    @staticmethod
    def _write(writer: asyncio.StreamWriter, status: int, payload: bytes, extra: str = "") -> None:
        writer.write(
            f"HTTP/1.1 {status} X\r\ncontent-type: application/json\r\n"
            f"content-length: {len(payload)}\r\n{extra}\r\n".encode()
            + payload
        )

    async def serve(self, host: str, port: int) -> asyncio.Server:
        return await asyncio.start_server(self.handle, host, port)


class StubThread:
    """Runs a StubUpstream on its own event loop in a daemon thread (for tests)."""

    def __init__(self, stub: StubUpstream, host: str = "127.0.0.1", port: int = 0) -> None:
        self.stub = stub
        self._loop = asyncio.new_event_loop()
        self._server = self._loop.run_until_complete(stub.serve(host, port))
        self.port: int = self._server.sockets[0].getsockname()[1]
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._thread.start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def close(self) -> None:
        async def stop() -> None:
            self._server.close()
            for writer in list(self.stub.open_writers):
                writer.close()
            await self._server.wait_closed()
            handlers = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in handlers:
                task.cancel()
            await asyncio.gather(*handlers, return_exceptions=True)

        asyncio.run_coroutine_threadsafe(stop(), self._loop).result(5)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)
        self._loop.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=9001)
    parser.add_argument(
        "--text",
        default=COMPLETION_TEXT,
        help="the answer; {user} stands for the last user turn, {system} for the system prompt",
    )
    args = parser.parse_args()
    stub = StubUpstream(record=False, text=args.text)

    async def run() -> None:
        server = await stub.serve(args.host, args.port)
        async with server:
            await server.serve_forever()

    try:
        import uvloop

        uvloop.run(run())
    except ImportError:  # pragma: no cover
        asyncio.run(run())


if __name__ == "__main__":
    main()

"""Stream events carry the keys OpenAI always sends: every choice its ``finish_reason`` and
``logprobs`` (null until the last), every event ``usage`` (null but in the last) when the client
asked for ``stream_options.include_usage``; and an upstream's null keys pass through.

Before: every null was left out of every event, so ``chunk["choices"][0]["finish_reason"]``
raised KeyError in a client that reads the events itself."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from tests.conftest import AppFactory, Gateway, InProcessGateway
from tests.conftest import upstream_model as upstream

BASE = {"id": "up-1", "created": 1, "model": "up-model", "system_fingerprint": "fp_up"}
_CHAT = {**BASE, "object": "chat.completion.chunk"}
_TEXT = {**BASE, "object": "text_completion"}
USAGE = {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5}
# What vLLM sends: null keys in every choice (stop_reason is vLLM's own), usage null but last.
CHAT_EVENTS = [
    {
        **_CHAT,
        "choices": [
            {
                "index": 0,
                "delta": {"role": "assistant", "content": "Hi", "refusal": None},
                "logprobs": None,
                "finish_reason": None,
            }
        ],
        "usage": None,
    },
    {
        **_CHAT,
        "choices": [
            {
                "index": 0,
                "delta": {},
                "logprobs": None,
                "finish_reason": "stop",
                "stop_reason": None,
            }
        ],
        "usage": None,
    },
    {**_CHAT, "choices": [], "usage": USAGE},
]
TEXT_EVENTS = [
    {
        **_TEXT,
        "choices": [{"index": 0, "text": "Hi", "logprobs": None, "finish_reason": None}],
        "usage": None,
    },
    {
        **_TEXT,
        "choices": [
            {"index": 0, "text": "", "logprobs": None, "finish_reason": "stop", "stop_reason": None}
        ],
        "usage": None,
    },
    {**_TEXT, "choices": [], "usage": USAGE},
]


class _Upstream(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        self.rfile.read(int(self.headers["content-length"]))
        events = CHAT_EVENTS if self.path.endswith("/chat/completions") else TEXT_EVENTS
        body = b"".join(f"data: {json.dumps(e)}\n\n".encode() for e in events) + b"data: [DONE]\n\n"
        self.send_response(200)
        self.send_header("content-type", "text/event-stream")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def upstream_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Upstream)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/v1"
    server.shutdown()
    server.server_close()


@pytest.fixture
def gateway(start_app: AppFactory, upstream_url: str) -> InProcessGateway:
    return start_app({"models": [upstream(upstream_url, "vllm")], "cache": {"enabled": False}})


def events(gateway: Gateway | InProcessGateway, path: str, body: dict[str, Any]) -> list[Any]:
    response = gateway.http.post(f"/v1/{path}", json={**body, "stream": True})
    assert response.status_code == 200, response.text
    lines = [line[6:] for line in response.text.splitlines() if line.startswith("data: ")]
    assert lines[-1] == "[DONE]"
    return [json.loads(line) for line in lines[:-1]]


def check_keys(chunks: list[Any], include_usage: bool) -> None:
    *answer, last = chunks
    for chunk in answer if include_usage else chunks:
        assert chunk["choices"]
        for choice in chunk["choices"]:
            assert {"finish_reason", "logprobs"} <= choice.keys(), choice
        assert ("usage" in chunk) is include_usage
        if include_usage:
            assert chunk["usage"] is None
    assert chunks[-2 if include_usage else -1]["choices"][0]["finish_reason"] is not None
    if include_usage:
        assert last["choices"] == [] and last["usage"]["total_tokens"] > 0


@pytest.mark.parametrize("include_usage", [True, False])
@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("chat/completions", {"messages": [{"role": "user", "content": "Say hi"}]}),
        ("completions", {"prompt": "Say hi"}),
    ],
)
def test_upstream_chunks_keep_the_keys_openai_always_sends(
    gateway: InProcessGateway, path: str, body: dict[str, Any], include_usage: bool
) -> None:
    options = {"stream_options": {"include_usage": True}} if include_usage else {}
    chunks = events(gateway, path, {"model": "vllm", **body, **options})
    check_keys(chunks, include_usage)
    finish = chunks[1]["choices"][0]
    assert "stop_reason" in finish and finish["stop_reason"] is None
    if path == "chat/completions":
        assert chunks[0]["choices"][0]["delta"] == {
            "role": "assistant",
            "content": "Hi",
            "refusal": None,
        }
        assert chunks[1]["choices"][0]["delta"] == {}


@pytest.mark.parametrize("include_usage", [True, False])
@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("chat/completions", {"messages": [{"role": "user", "content": "Say hi"}]}),
        ("completions", {"prompt": "Say hi"}),
    ],
)
def test_local_chunks_carry_the_keys_openai_always_sends(
    local_gateway: Gateway, path: str, body: dict[str, Any], include_usage: bool
) -> None:
    options = {"stream_options": {"include_usage": True}} if include_usage else {}
    request = {"model": "smollm2-135m-instruct", "max_tokens": 4, "temperature": 0, **body}
    chunks = events(local_gateway, path, {**request, **options})
    check_keys(chunks, include_usage)
    for chunk in chunks:
        for choice in chunk["choices"]:
            # a delta carries only what it has: no "role": null, "content": null
            assert None not in choice.get("delta", {}).values()

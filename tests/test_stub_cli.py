"""The stub upstream as the benchmarks start it: a process whose answer ``--text`` sets."""

from __future__ import annotations

import subprocess
import sys
import time

import httpx

from tests.parallel import free_port


def test_the_answer_echoes_the_prompt_where_text_says_so() -> None:
    port = free_port()
    stub = [sys.executable, "-m", "minigate.testing.stub_upstream", "--port", str(port)]
    proc = subprocess.Popen([*stub, "--text", "Answer to: {user}"])
    try:
        url = f"http://127.0.0.1:{port}/v1/chat/completions"
        body = {"model": "stub", "messages": [{"role": "user", "content": "two plus two?"}]}
        deadline = time.monotonic() + 20
        while True:
            try:
                reply = httpx.post(url, json=body, timeout=5).json()
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "the stub never answered"
                time.sleep(0.1)
        assert reply["choices"][0]["message"]["content"] == "Answer to: two plus two?"
    finally:
        proc.terminate()
        proc.wait(timeout=10)

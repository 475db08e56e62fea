"""Fuzzing: schemathesis sends what the served OpenAPI document allows (and what it does not) to
every operation of an in-process gateway on a stub upstream; no answer may be a 5xx.

The examples per operation are bounded (FUZZ_EXAMPLES) so that the run stays near a minute; the
number of requests sent is printed at the end (run with -s to see it).
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis
import uvicorn
from hypothesis import HealthCheck, settings

from minigate.config import Settings
from minigate.server import create_app
from minigate.testing.stub_upstream import StubThread, StubUpstream
from tests.conftest import free_port
from tests.hardening.helpers import config

FUZZ_EXAMPLES = 15
SENT: Counter[str] = Counter()
SERVER_ERRORS: list[str] = []


class InProcessGateway:
    """The gateway's app on uvicorn in a thread of this process (lifespan and all)."""

    def __init__(self, work: Path, stub: StubThread) -> None:
        self.port = free_port()
        app = create_app(Settings.model_validate(config(stub, work)))
        self.server = uvicorn.Server(
            uvicorn.Config(app, port=self.port, log_level="warning", access_log=False)
        )
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 60
        while not self.server.started:
            assert time.monotonic() < deadline, "the in-process gateway did not start"
            time.sleep(0.05)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(30)


@pytest.fixture(scope="module")
def gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[InProcessGateway]:
    stub = StubThread(StubUpstream())
    running = InProcessGateway(tmp_path_factory.mktemp("fuzz"), stub)
    yield running
    running.stop()
    stub.close()


def _document() -> dict[str, Any]:
    """The document the gateway serves (built without starting anything)."""
    from minigate.server.openapi import openapi_document
    from minigate.server.routes.ops import BODIES

    model = {"id": "mini", "backend": "openai", "base_url": "http://127.0.0.1:9/v1"}
    app = create_app(Settings.model_validate({"models": [model]}))
    return openapi_document(app, BODIES)


schema = schemathesis.openapi.from_dict(_document())


@schema.parametrize()
@settings(
    max_examples=FUZZ_EXAMPLES,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
def test_no_input_is_a_server_error(case: Any, gateway: InProcessGateway) -> None:
    response = case.call(base_url=gateway.url, timeout=30)
    SENT[case.operation.label] += 1
    if response.status_code >= 500:
        SERVER_ERRORS.append(f"{case.method} {case.path}: {response.status_code} {response.text}")
    assert response.status_code < 500, response.text


def test_the_fuzzer_sent_requests_and_got_no_server_error(gateway: InProcessGateway) -> None:
    total = sum(SENT.values())
    print(f"\nschemathesis: {total} requests to {len(SENT)} operations, 5xx: {len(SERVER_ERRORS)}")
    assert total >= len(SENT) > 5 and not SERVER_ERRORS
    assert httpx.get(f"{gateway.url}/health").json()["status"] == "ok"

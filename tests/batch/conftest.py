"""Fixtures for batch tests: a gateway on a stub upstream with two keys, and helpers."""

from __future__ import annotations

import io
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openai
import orjson
import psycopg
import pytest
import yaml

from minigate.testing.stub_upstream import StubThread, StubUpstream
from tests.conftest import Gateway, GatewayFactory
from tests.conftest import upstream_model as upstream

ALICE, BOB = "sk-alice-batch-key", "sk-bob-batch-key"
MASTER = "sk-master-batch-key"
FINISHED = ("completed", "failed", "expired", "cancelled")


def batch_config(stub: StubThread, store_url: str, **batch: Any) -> dict[str, Any]:
    return {
        "models": [
            upstream(stub.base_url, "mini", upstream_model="gpt-4o-mini"),
            upstream(stub.base_url, "embed"),
        ],
        "store": {"url": store_url},
        "cache": {"enabled": False},
        "auth": {"api_keys": [{"key": ALICE, "name": "alice"}, {"key": BOB, "name": "bob"}]},
        "batch": {
            "poll_s": 0.1,
            "idle_poll_s": 0.1,
            "files_dir": str(Path(store_url.split("///")[-1]).parent) + "/files",
            **batch,
        },
    }


@pytest.fixture(scope="module")
def module_stub() -> Iterator[StubThread]:
    thread = StubThread(StubUpstream())
    yield thread
    thread.close()


@pytest.fixture(scope="module")
def store_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    return f"sqlite:///{tmp_path_factory.mktemp('batch') / 'minigate.db'}"


@pytest.fixture(scope="module")
def gateway(start_gateway: GatewayFactory, module_stub: StubThread, store_url: str) -> Gateway:
    config = batch_config(module_stub, store_url, max_file_bytes=4 * 1024 * 1024, max_lines=1000)
    return start_gateway(config, env={"MINIGATE_MASTER_KEY": MASTER})


@pytest.fixture(scope="module")
def alice(gateway: Gateway) -> openai.OpenAI:
    return gateway.client(api_key=ALICE, max_retries=0)


@pytest.fixture(scope="module")
def bob(gateway: Gateway) -> openai.OpenAI:
    return gateway.client(api_key=BOB, max_retries=0)


def chat_line(n: int, model: str = "mini", **body: Any) -> dict[str, Any]:
    return {
        "custom_id": f"req-{n}",
        "method": "POST",
        "url": "/v1/chat/completions",
        "body": {
            "model": model,
            "messages": [{"role": "user", "content": f"Say {n}"}],
            "max_tokens": 8,
            **body,
        },
    }


def jsonl(lines: list[dict[str, Any]]) -> bytes:
    return b"".join(orjson.dumps(line) + b"\n" for line in lines)


def upload(client: openai.OpenAI, content: bytes, name: str = "batch.jsonl") -> str:
    return client.files.create(file=(name, io.BytesIO(content)), purpose="batch").id


def submit(
    client: openai.OpenAI, lines: list[dict[str, Any]], endpoint: str = "/v1/chat/completions"
) -> Any:
    file_id = upload(client, jsonl(lines))
    return client.batches.create(
        input_file_id=file_id,
        endpoint=endpoint,  # type: ignore[arg-type]
        completion_window="24h",
    )


def wait_for(client: openai.OpenAI, batch_id: str, timeout: float = 60, until: Any = None) -> Any:
    """Poll the batch until it is finished (or ``until(batch)`` holds)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        batch = client.batches.retrieve(batch_id)
        if until(batch) if until else batch.status in FINISHED:
            return batch
        time.sleep(0.1)
    raise AssertionError(f"batch {batch_id} did not get there in {timeout}s: {batch}")


def results(client: openai.OpenAI, file_id: str | None) -> list[dict[str, Any]]:
    if file_id is None:
        return []
    return [orjson.loads(line) for line in client.files.content(file_id).text.splitlines()]


def ledger_rows(url: str, batch_id: str) -> list[dict[str, Any]]:
    query = "SELECT id, status, cost_pusd, batch_id FROM requests WHERE batch_id = %s"
    if url.startswith("sqlite"):
        with sqlite3.connect(url.removeprefix("sqlite:///")) as conn:
            conn.row_factory = sqlite3.Row
            return [dict(r) for r in conn.execute(query.replace("%s", "?"), (batch_id,))]
    with psycopg.connect(url.replace("+psycopg", "")) as conn, conn.cursor() as cur:
        cur.execute(query, (batch_id,))
        names = [d.name for d in cur.description or []]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


class Workers:
    """`minigate worker` subprocesses on one config."""

    def __init__(self, workdir: Path, config: dict[str, Any]) -> None:
        self.workdir = workdir
        self.config = workdir / "worker.yaml"
        self.config.write_text(yaml.safe_dump(config))
        self.running: list[subprocess.Popen[bytes]] = []

    def start(self) -> subprocess.Popen[bytes]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("MINIGATE_")}
        with (self.workdir / f"worker-{len(self.running)}.log").open("wb") as log:
            process = subprocess.Popen(
                [sys.executable, "-m", "minigate", "worker", "--config", str(self.config)],
                cwd=self.workdir,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        self.running.append(process)
        return process

    def stop(self) -> None:
        for process in self.running:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process in self.running:
            try:
                process.wait(20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()

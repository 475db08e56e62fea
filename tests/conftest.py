"""Fixtures: gateways driven by the official openai SDK, in-process or as real servers.

- ``start_app(config)``: the gateway app in this process, lifespan included, reached through
  Starlette's TestClient (an httpx client): no subprocess, no port; starts in well under a
  second with a stub upstream. Use it for request/response behaviour.
- ``start_gateway(config)``: ``minigate serve`` as a subprocess on a free loopback port; for
  streaming, client disconnects, several processes, or the CLI's own start-up.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest
import yaml
from starlette.testclient import TestClient

from minigate.config import Settings
from minigate.server import create_app
from minigate.testing.postgres import PostgresServer
from minigate.testing.stub_upstream import StubThread, StubUpstream
from tests import parallel
from tests.parallel import free_port

CHAT_MODEL = "smollm2-135m-instruct"
EMBED_MODEL = "all-minilm-l6-v2"


def pytest_configure(config: pytest.Config) -> None:
    if (index := parallel.worker_index()) is not None:
        parallel.pin_to_one_core(index)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """One node id per test: schemathesis names its tests by operation (tests/hardening/
    test_fuzz.py) but pytest 9 gives them all the function's node id, and xdist, which hands
    tests to workers by node id, would run one of them and silently drop the rest."""
    for item in items:
        module, _, name = item.nodeid.rpartition("::")
        if module and name != item.name and "[" not in name:
            from _pytest.nodeid import NodeId  # pytest 9's ids, which have no public setter

            item._id = NodeId.parse(f"{module}::{item.name}")
    counts = Counter(item.nodeid for item in items)
    if twice := [nodeid for nodeid, n in counts.items() if n > 1]:
        raise pytest.UsageError(f"tests share a node id (xdist would drop some): {twice[:5]}")


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """Whole modules per worker, heaviest first (tests/parallel.py)."""
    return parallel.make_scheduler(config, log)


class Gateway:
    """A `minigate serve` subprocess on a free port."""

    def __init__(
        self,
        workdir: Path,
        config: dict[str, Any] | None,
        env: dict[str, str],
        port: int | None = None,
    ) -> None:
        self.workdir = workdir
        self.port = port or free_port()
        self._clients: list[openai.OpenAI] = []
        self.log = workdir / f"gateway-{self.port}.log"
        args = [sys.executable, "-m", "minigate", "serve", "--port", str(self.port)]
        if config is not None:
            path = workdir / f"gateway-{self.port}.yaml"
            path.write_text(yaml.safe_dump(config))
            args += ["--config", str(path)]
        full_env = {k: v for k, v in os.environ.items() if not k.startswith("MINIGATE_")}
        full_env.update(env)
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                args, cwd=workdir, env=full_env, stdout=log, stderr=subprocess.STDOUT
            )
        self._wait_ready()
        self.http = httpx.Client(base_url=self.url, timeout=30)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def base_url(self) -> str:
        return f"{self.url}/v1"

    def _wait_ready(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gateway exited early:\n{self.log.read_text()}")
            try:
                if httpx.get(f"{self.url}/health", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"gateway did not become ready:\n{self.log.read_text()}")

    def client(self, api_key: str = "not-needed", **kwargs: Any) -> openai.OpenAI:
        """An SDK client for this gateway; closed when the gateway stops."""
        sdk = openai.OpenAI(base_url=self.base_url, api_key=api_key, **kwargs)
        self._clients.append(sdk)
        return sdk

    def stop(self) -> None:
        for sdk in self._clients:
            sdk.close()
        if hasattr(self, "http"):
            self.http.close()
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


class InProcessGateway:
    """The gateway app in this process, its lifespan run (models, store, pipeline), reached
    through an httpx client that calls the app directly."""

    url = "http://testserver"

    def __init__(self, workdir: Path, config: dict[str, Any] | None) -> None:
        self.settings = in_process_settings(workdir, config)
        self.app = create_app(self.settings, exit_on_config_error=False)
        self.http = TestClient(self.app, base_url=self.url, raise_server_exceptions=False)
        self.http.__enter__()  # runs the lifespan's start-up
        self.stopped = False

    @property
    def base_url(self) -> str:
        return f"{self.url}/v1"

    def client(self, api_key: str = "not-needed", **kwargs: Any) -> openai.OpenAI:
        return openai.OpenAI(
            base_url=self.base_url, api_key=api_key, http_client=self.http, **kwargs
        )

    def stop(self) -> None:
        """Run the lifespan's shutdown (stores flushed and closed); again does nothing."""
        if not self.stopped:
            self.stopped = True
            self.http.__exit__(None, None, None)


def in_process_settings(workdir: Path, config: dict[str, Any] | None) -> Settings:
    """The config as a subprocess gateway in ``workdir`` would read it: its files in there."""
    data = yaml.safe_load(yaml.safe_dump(config or {}))  # a deep copy
    data.setdefault("store", {}).setdefault("url", f"sqlite:///{workdir / 'minigate.db'}")
    data.setdefault("cache", {}).setdefault("sqlite_path", str(workdir / "cache.sqlite3"))
    # /v1/models opens an existing collection store: never the checkout's .minigate/chroma
    data.setdefault("rag", {}).setdefault("chroma_path", str(workdir / "chroma"))
    return Settings(**data)


GatewayFactory = Callable[..., Gateway]
AppFactory = Callable[..., InProcessGateway]
AnyGateway = Gateway | InProcessGateway  # both: url, base_url, http (an httpx.Client), client()
RUNNING: list[Gateway] = []


@pytest.fixture(autouse=True)
def show_gateway_tracebacks() -> Iterator[None]:
    """Print what gateways logged as a traceback during a test; pytest shows it if it fails."""
    seen = {g.log: g.log.stat().st_size for g in RUNNING if g.log.exists()}
    yield
    for gateway in RUNNING:
        with gateway.log.open("rb") as log:
            log.seek(seen.get(gateway.log, 0))
            text = log.read().decode(errors="replace")
        if "Traceback" in text:
            print(f"--- {gateway.log.name} ---\n{text[-6000:]}")


@contextmanager
def gateways(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GatewayFactory]:
    """A factory of gateways with a given config (dict) or none, stopped on leaving."""
    started: list[Gateway] = []

    def start(
        config: dict[str, Any] | None = None,
        env: dict[str, str] | None = None,
        port: int | None = None,
    ) -> Gateway:
        gateway = Gateway(tmp_path_factory.mktemp("gw"), config, env or {}, port)
        started.append(gateway)
        RUNNING.append(gateway)
        return gateway

    try:
        yield start
    finally:
        for gateway in started:
            gateway.stop()
            RUNNING.remove(gateway)


@pytest.fixture(scope="module")
def start_gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GatewayFactory]:
    """Start gateway processes; those a test module started stop when it is done (not at the
    end of the session: dozens of idle gateways would hold the machine's memory)."""
    with gateways(tmp_path_factory) as start:
        yield start


@pytest.fixture
def start_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppFactory]:
    """Start in-process gateways with a given config (dict); all are stopped at the end.
    ``env`` is set in this process for the test (MINIGATE_MASTER_KEY, a provider's key), as
    ``start_gateway`` sets it for its subprocess."""
    started: list[InProcessGateway] = []

    def start(
        config: dict[str, Any] | None = None, env: dict[str, str] | None = None
    ) -> InProcessGateway:
        for name, value in (env or {}).items():
            monkeypatch.setenv(name, value)
        gateway = InProcessGateway(tmp_path, config)
        started.append(gateway)
        return gateway

    yield start
    for gateway in started:
        gateway.stop()


@pytest.fixture(scope="session")
def local_gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Gateway]:
    """The embedded default: no config at all, SmolLM2 + MiniLM from their wheels."""
    with gateways(tmp_path_factory) as start:
        yield start(None)


@pytest.fixture(scope="session")
def client(local_gateway: Gateway) -> openai.OpenAI:
    return local_gateway.client(max_retries=0)


@pytest.fixture
def stub() -> Iterator[StubThread]:
    """A stand-in OpenAI-compatible provider on a loopback port."""
    thread = StubThread(StubUpstream())
    yield thread
    thread.close()


def upstream_model(base_url: str, model_id: str = "cloud", **extra: Any) -> dict[str, Any]:
    return {"id": model_id, "backend": "openai", "base_url": base_url, **extra}


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """A private PostgreSQL server on a loopback port, for the whole session."""
    server = PostgresServer(free_port())
    yield server
    server.stop()

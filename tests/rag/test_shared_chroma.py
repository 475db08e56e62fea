"""Two gateways share one Chroma server ('chroma run'), started for real on loopback."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from minigate.testing.stub_upstream import StubThread
from tests.conftest import Gateway, GatewayFactory, free_port
from tests.rag.conftest import api, rag_config, upload


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("chroma-server")
    port = free_port()
    chroma = Path(sys.executable).parent / "chroma"
    log = (folder / "chroma.log").open("wb")
    process = subprocess.Popen(
        [str(chroma), "run", "--path", str(folder / "db"), "--host", "127.0.0.1", "--port",
         str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "ANONYMIZED_TELEMETRY": "False"},
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/api/v2/heartbeat", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.2)
    else:
        process.kill()
        pytest.fail(f"chroma run did not start:\n{(folder / 'chroma.log').read_text()}")
    yield url
    process.terminate()
    process.wait(10)
    log.close()


@pytest.fixture(scope="module")
def two_gateways(
    start_gateway: GatewayFactory, answerer: StubThread, chroma_server: str
) -> tuple[Gateway, Gateway]:
    config = rag_config(answerer.base_url, {"chroma_url": chroma_server})
    return start_gateway(config), start_gateway(config)


def test_two_gateways_share_collections(two_gateways: tuple[Gateway, Gateway]) -> None:
    first, second = two_gateways
    with api(first) as one, api(second) as two:
        assert one.post("/collections", json={"name": "shared"}).status_code == 200
        assert two.post("/collections", json={"name": "shared"}).status_code == 409
        upload(one, "shared", {"owls.txt": b"Owls can turn their heads 270 degrees."})
        hits = two.post("/collections/shared/search", json={"query": "owl head turn"}).json()
        assert [h["source"] for h in hits["data"]] == ["owls.txt"]

        # a document added through the second gateway reaches the first one's BM25 index
        upload(two, "shared", {"bees.txt": b"Bees communicate with a waggle dance."})
        body = {"query": "waggle dance", "method": "bm25"}
        hits = one.post("/collections/shared/search", json=body).json()
        assert [h["source"] for h in hits["data"]] == ["bees.txt"]

        docs = two.get("/collections/shared/documents").json()["data"]
        assert [d["source"] for d in docs] == ["bees.txt", "owls.txt"]
        assert one.delete("/collections/shared").status_code == 200
        assert two.get("/collections/shared").status_code == 404

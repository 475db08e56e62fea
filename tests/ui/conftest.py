"""A gateway with a master key, a priced stub model, a review policy and the audit trail on; an
httpx session logged in to its dashboard; and one headless Debian chromium for the browser tests.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from minigate.testing.stub_upstream import StubThread, StubUpstream
from tests.conftest import EMBED_MODEL, Gateway, gateways
from tests.conftest import upstream_model as upstream

MASTER = "sk-master-ui-test-0000"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "ui"


@pytest.fixture(scope="package")
def model() -> Iterator[StubThread]:
    thread = StubThread(StubUpstream())
    yield thread
    thread.close()


def dashboard_config(model: StubThread, store: Path, embedding: bool = True) -> dict[str, Any]:
    """``embedding=False``: without the embedding model, for a gateway whose test makes no
    collection (loading MiniLM adds about 4 s to a gateway's start on one core)."""
    # Collections embed with it (only the collection test does).
    embedder = {"id": EMBED_MODEL, "backend": "sentence_transformers", "path": "builtin:minilm"}
    return {
        "models": [
            upstream(model.base_url, "cloud", max_retries=0),
            upstream(model.base_url, "reviewed", max_retries=0),
            *([embedder] if embedding else []),
        ],
        "routes": [{"id": "auto", "default": "cloud"}],
        "store": {"url": f"sqlite:///{store}"},
        "rag": {"chroma_path": str(store.parent / "chroma")},
        "batch": {"poll_s": 0.1, "idle_poll_s": 0.1},
        "ledger": {"prices": {"cloud": {"input": "2", "output": "8"}}},
        "audit": {"retain_text": True, "checkpoint_every": 5},
        "guard": {
            "policies": [
                {
                    "id": "high-risk",
                    "models": ["reviewed"],
                    "output": [
                        {
                            "type": "keywords",
                            "name": "medical",
                            "deny": ["dose"],
                            "action": "review",
                        }
                    ],
                }
            ]
        },
    }


@pytest.fixture(scope="package")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The gateway's SQLite store, which tests read to compare the dashboard with the ledger."""
    return tmp_path_factory.mktemp("ui-store") / "store.sqlite3"


@pytest.fixture(scope="package")
def gateway(
    tmp_path_factory: pytest.TempPathFactory, model: StubThread, store: Path
) -> Iterator[Gateway]:
    """One gateway for the whole package (start_gateway's are per module)."""
    with gateways(tmp_path_factory) as start:
        yield start(dashboard_config(model, store), env={"MINIGATE_MASTER_KEY": MASTER})


@contextmanager
def log_in(gateway: Gateway, key: str) -> Iterator[httpx.Client]:
    """An httpx client holding a dashboard session for ``key``."""
    with httpx.Client(base_url=gateway.url, timeout=30) as http:
        form = http.get("/ui/login")
        done = http.post("/ui/login", data={"key": key, "csrf": csrf_of(form.text)})
        assert done.status_code == 303, done.text
        yield http


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found is not None
    return found.group(1)


@pytest.fixture(scope="session")
def chromium_path() -> str:
    path = shutil.which("chromium")
    if path is None:
        pytest.fail(
            "Debian's chromium is missing: run scripts/bootstrap.sh (apt-get install chromium)."
        )
    return path

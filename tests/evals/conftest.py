"""The gateway `minigate eval` runs against: loopback stub upstreams that echo the last user
turn (so every score, token and cent is known) or grade PASS, behind a real `minigate serve`."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from minigate.testing.stub_upstream import StubThread, StubUpstream
from tests.conftest import Gateway, GatewayFactory
from tests.conftest import upstream_model as upstream


def minigate(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "minigate", "eval", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=cwd,
    )


@pytest.fixture(scope="module")
def echo() -> Iterator[StubThread]:
    thread = StubThread(StubUpstream(text="{user}"))
    yield thread
    thread.close()


@pytest.fixture(scope="module")
def grader() -> Iterator[StubThread]:
    thread = StubThread(StubUpstream(text="PASS: it agrees with the reference."))
    yield thread
    thread.close()


@pytest.fixture(scope="module")
def gateway(start_gateway: GatewayFactory, echo: StubThread, grader: StubThread) -> Gateway:
    """'cloud' costs 1/2 USD per 1M tokens in/out, 'big' 10/20; 'tiered' is a cascade that
    keeps cloud's answer only when it is all digits."""
    return start_gateway(
        {
            "models": [
                upstream(echo.base_url, "cloud", max_retries=0),
                upstream(echo.base_url, "big", max_retries=0),
                upstream(grader.base_url, "judge", max_retries=0),
            ],
            "routes": [{"id": "tiered", "cascade": {"tiers": ["cloud", "big"], "regex": r"^\d+$"}}],
            "ledger": {
                "prices": {
                    "cloud": {"input": 1, "output": 2},
                    "big": {"input": 10, "output": 20},
                    "judge": {"input": 100, "output": 200},
                }
            },
        }
    )


def summary(out: Path) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads((out / "summary.json").read_text())
    return doc

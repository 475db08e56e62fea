"""The stub upstream every hardening module starts its gateways against (one per module)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from minigate.testing.stub_upstream import StubThread, StubUpstream


@pytest.fixture(scope="module")
def stub() -> Iterator[StubThread]:
    thread = StubThread(StubUpstream())
    yield thread
    thread.close()

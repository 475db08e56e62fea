"""Fixtures shared by the router tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from minigate.testing.stub_upstream import StubThread, StubUpstream


@pytest.fixture(scope="module")
def tiers(request: pytest.FixtureRequest) -> Iterator[tuple[StubThread, StubThread]]:
    """A cheap and a strong upstream stub on loopback, answering the test module's
    ``CHEAP_TEXT`` and ``STRONG_TEXT``."""
    cheap = StubThread(StubUpstream(text=request.module.CHEAP_TEXT))
    strong = StubThread(StubUpstream(text=request.module.STRONG_TEXT))
    yield cheap, strong
    cheap.close()
    strong.close()

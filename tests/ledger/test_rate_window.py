"""Rate limits hold over any 60-second window, not per calendar minute (SQLite, PostgreSQL)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import openai
import pytest

from minigate.testing.postgres import PostgresServer
from minigate.testing.stub_upstream import StubThread
from tests.conftest import AppFactory
from tests.conftest import upstream_model as upstream

MASTER = "sk-master-key-for-tests"
HELLO = [{"role": "user", "content": "Hello"}]
# Second 59 of a minute: a calendar-minute limit would start afresh two seconds later.
START = datetime(2026, 12, 1, 10, 0, 59, tzinfo=UTC)


class Clock:
    """The gateway's clock, moved by the test: no sleeping for a minute."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'ledger.db'}"
    server: PostgresServer = request.getfixturevalue("postgres")
    return server.create_database(f"rates_{uuid.uuid4().hex[:8]}")


@pytest.mark.parametrize(("limit", "code"), [("rpm", "requests_per_minute_exceeded")])
def test_a_limit_holds_across_the_minute_boundary(
    start_app: AppFactory,
    stub: StubThread,
    store_url: str,
    monkeypatch: pytest.MonkeyPatch,
    limit: str,
    code: str,
) -> None:
    monkeypatch.setenv("MINIGATE_MASTER_KEY", MASTER)
    gateway = start_app({"models": [upstream(stub.base_url)], "store": {"url": store_url}})
    clock = Clock()
    gateway.app.state.runtime.ledger.clock = clock
    admin = {"authorization": f"Bearer {MASTER}"}
    created = gateway.http.post("/v1/admin/keys", json={"name": "t", limit: 1}, headers=admin)
    sdk = gateway.client(api_key=created.json()["key"], max_retries=0)

    sdk.chat.completions.create(model="cloud", messages=HELLO)  # at second 59
    clock.now = START + timedelta(seconds=2)  # second 61: the next calendar minute
    with pytest.raises(openai.RateLimitError) as caught:
        sdk.chat.completions.create(model="cloud", messages=HELLO)
    assert caught.value.code == code
    assert caught.value.response.headers["retry-after"] == "59"  # when second 59 leaves
    clock.now = START + timedelta(seconds=60)  # a full minute after the first request
    assert sdk.chat.completions.create(model="cloud", messages=HELLO).choices


@pytest.mark.parametrize(
    ("limits", "code"),
    [
        ({"tpm": 100}, "tokens_per_minute_exceeded"),  # max_tokens unset: up to 4096 reserved
        ({"budget_usd": "0.001"}, "budget_exceeded"),  # more than the whole budget
        ({"budget_usd": "0", "period": "total"}, "budget_exceeded"),  # used up, for good
    ],
)
def test_a_request_no_wait_can_admit_tells_the_sdk_not_to_retry(
    start_app: AppFactory, stub: StubThread, tmp_path: Path, limits: dict[str, str], code: str
) -> None:
    """Before: the tpm case answered Retry-After: 60 (the window's reset), so the SDK slept a
    minute before each of its two retries, only to be refused again: 2 minutes lost."""
    gateway = start_app(
        {"models": [upstream(stub.base_url, upstream_model="gpt-4o")]},
        env={"MINIGATE_MASTER_KEY": MASTER},
    )
    admin = {"authorization": f"Bearer {MASTER}"}
    created = gateway.http.post("/v1/admin/keys", json={"name": "t", **limits}, headers=admin)
    sdk = gateway.client(api_key=created.json()["key"])  # the SDK's default: 2 retries
    with pytest.raises(openai.RateLimitError) as caught:
        sdk.with_options(timeout=5).chat.completions.create(model="cloud", messages=HELLO)
    assert caught.value.code == code
    assert caught.value.response.headers["x-should-retry"] == "false"
    assert "retry-after" not in caught.value.response.headers
    assert len(stub.stub.received) == 0


def test_a_rate_limited_key_gets_openais_rate_limit_headers(
    start_app: AppFactory, stub: StubThread, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A client that paces itself on ``x-ratelimit-remaining-*`` (as several frameworks do)
    reads the key's window: its limits, what is left with this request counted, and when room
    returns; a refusal says 0 left. Before: none of these headers was sent."""
    monkeypatch.setenv("MINIGATE_MASTER_KEY", MASTER)
    store = f"sqlite:///{tmp_path / 'ledger.db'}"
    gateway = start_app({"models": [upstream(stub.base_url)], "store": {"url": store}})
    clock = Clock()
    gateway.app.state.runtime.ledger.clock = clock
    admin = {"authorization": f"Bearer {MASTER}"}
    limits = {"name": "t", "rpm": 2, "tpm": 1000}
    created = gateway.http.post("/v1/admin/keys", json=limits, headers=admin)
    sdk = gateway.client(api_key=created.json()["key"], max_retries=0)

    first = sdk.chat.completions.with_raw_response.create(
        model="cloud", messages=HELLO, max_tokens=10
    ).headers
    assert first["x-ratelimit-limit-requests"] == "2"
    assert first["x-ratelimit-remaining-requests"] == "1"
    assert first["x-ratelimit-limit-tokens"] == "1000"
    held = 1000 - int(first["x-ratelimit-remaining-tokens"])
    assert 10 < held < 100  # the request's largest use: its prompt's bound and max_tokens
    assert first["x-ratelimit-reset-requests"] == first["x-ratelimit-reset-tokens"] == "1m0s"

    clock.now = START + timedelta(seconds=20)
    streamed = sdk.chat.completions.with_raw_response.create(
        model="cloud", messages=HELLO, max_tokens=10, stream=True
    )
    assert streamed.headers["x-ratelimit-remaining-requests"] == "0"
    assert streamed.headers["x-ratelimit-reset-requests"] == "40s"  # when second 59 leaves
    list(streamed.parse())

    with pytest.raises(openai.RateLimitError) as caught:
        sdk.chat.completions.create(model="cloud", messages=HELLO, max_tokens=10)
    refused = caught.value.response.headers
    assert refused["x-ratelimit-remaining-requests"] == "0"
    assert refused["x-ratelimit-reset-requests"] == "40s"
    master = gateway.client(api_key=MASTER).chat.completions.with_raw_response.create(
        model="cloud", messages=HELLO, max_tokens=10
    )
    assert "x-ratelimit-limit-requests" not in master.headers  # no limit, no headers

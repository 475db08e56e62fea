"""A routed request that makes several model calls (a fallback after a failed target, a cascade
that escalates) is one request: found in the audit trail by the ids its response gives, and by
the id of any of its model calls (through the API, `minigate audit show` and the dashboard),
and counted once, with its last call's status, on the dashboard's overview."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from minigate.testing.stub_upstream import StubThread, StubUpstream
from tests.conftest import Gateway, GatewayFactory
from tests.conftest import upstream_model as upstream
from tests.ui.conftest import log_in

MASTER = "sk-master-router-audit-01"
ADMIN = {"authorization": f"Bearer {MASTER}"}
HELLO = [{"role": "user", "content": "Hello"}]


@pytest.fixture(scope="module")
def stubs() -> Iterator[dict[str, StubThread]]:
    threads = {
        "down": StubThread(StubUpstream(status=500)),
        "chatty": StubThread(StubUpstream(text="no digits here")),
        "digits": StubThread(StubUpstream(text="42")),
    }
    yield threads
    for thread in threads.values():
        thread.close()


@pytest.fixture(scope="module")
def gateway(
    start_gateway: GatewayFactory,
    stubs: dict[str, StubThread],
    tmp_path_factory: pytest.TempPathFactory,
) -> Gateway:
    work = tmp_path_factory.mktemp("router-audit")
    config = {
        "models": [upstream(t.base_url, name, max_retries=0) for name, t in stubs.items()],
        "routes": [
            {"id": "fb", "default": {"to": "down", "fallbacks": ["digits"]}},
            {"id": "casc", "cascade": {"tiers": ["chatty", "digits"], "regex": r"^\d+$"}},
        ],
        "store": {"url": f"sqlite:///{work / 'store.db'}"},
        "cache": {"enabled": False},
        "audit": {"signing_key_path": str(work / "audit.pem"), "allow_key_beside_store": True},
    }
    return start_gateway(config, env={"MINIGATE_MASTER_KEY": MASTER})


def audit_show(gateway: Gateway, request_id: str) -> dict[str, Any]:
    config = gateway.workdir / f"gateway-{gateway.port}.yaml"
    result = subprocess.run(
        [sys.executable, "-m", "minigate", "audit", "show", request_id, "--config", str(config)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    shown: dict[str, Any] = json.loads(result.stdout)
    return shown


def dashboard_page(gateway: Gateway, path: str) -> str:
    """A dashboard page as the master key sees it, once the ledger row it shows is written."""
    with log_in(gateway, MASTER) as http:
        for _ in range(100):
            page = http.get(path)
            if page.status_code != 404:
                break
            time.sleep(0.05)
        assert page.status_code == 200, page.text
        return page.text


@pytest.mark.parametrize(
    ("route", "served", "stream"),
    [("fb", "digits", False), ("fb", "digits", True), ("casc", "digits", False)],
)
def test_the_audit_id_of_a_request_of_several_calls_names_its_entry(
    gateway: Gateway, route: str, served: str, stream: bool
) -> None:
    """Before: the header named the first call's id (chatcmpl-….), which has no entry: the
    request's entry is under the served call's id (….2), and the API, the CLI and the
    dashboard's lookup all said "No audit entry"."""
    sdk = gateway.client(api_key=MASTER, max_retries=0)
    with sdk.chat.completions.with_streaming_response.create(
        model=route, messages=HELLO, stream=stream
    ) as raw:
        audit_id = raw.headers["x-minigate-audit-id"]
        assert audit_id == raw.headers["x-minigate-request-id"]
        ids = {c.id for c in raw.parse()} if stream else {raw.parse().id}
    assert ids == {audit_id} and audit_id.endswith(".2")
    first_call = audit_id.removesuffix(".2")

    for asked in (audit_id, first_call):
        found = gateway.http.get(f"/v1/audit/{asked}", headers=ADMIN)
        assert found.status_code == 200, found.text
        entry = found.json()
        assert (entry["request_id"], entry["served_model"], entry["status"]) == (
            audit_id,
            served,
            "ok",
        )
        assert entry["route"]["route"] == route
        assert audit_show(gateway, asked)["seq"] == entry["seq"]

    looked_up = dashboard_page(gateway, f"/ui/audit?request_id={first_call}")
    assert "No audit entry" not in looked_up
    assert f'<a href="/ui/requests/{audit_id}">The request\'s page</a>' in looked_up
    first = dashboard_page(gateway, f"/ui/requests/{first_call}")
    assert "holds no entry" not in first and "its answer is not the one served" in first
    assert f'<a href="/ui/requests/{audit_id}"><code>{audit_id}</code></a>' in first
    answered = dashboard_page(gateway, f"/ui/requests/{audit_id}")
    assert "its answer is not the one served" not in answered
    assert f"<dt>Request id</dt><dd><code>{audit_id}</code></dd>" in answered


def overview(gateway: Gateway, whole_hours: bool) -> dict[str, Any]:
    """GET /v1/usage/summary from two hours ago: to now (the rows of the partial hour), or to
    the end of this hour (its sums from the hourly rollup)."""
    now = datetime.now(UTC)
    until = now.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
    params = {"since": (now - timedelta(hours=2)).isoformat()}
    params["until"] = (until if whole_hours else now + timedelta(seconds=1)).isoformat()
    found = gateway.http.get("/v1/usage/summary", params=params, headers=ADMIN)
    assert found.status_code == 200, found.text
    summary: dict[str, Any] = found.json()
    return summary


def counts(summary: dict[str, Any]) -> dict[str, int]:
    mix = {
        f"{kind}:{m['name']}": m["requests"] for kind in ("models", "routes") for m in summary[kind]
    }
    return {"requests": summary["requests"], "errors": summary["errors"], **mix}


def test_the_overview_counts_client_requests_at_their_last_call(gateway: Gateway) -> None:
    """Before: every model call counted as a request, under the model and route asked for,
    and a failed first target as an error, though every client got its answer: 3 fallbacks
    and 2 escalations were 10 requests, 3 of them errors."""
    before = [counts(overview(gateway, whole)) for whole in (False, True)]
    sdk = gateway.client(api_key=MASTER, max_retries=0)
    for route in ("fb", "fb", "fb", "casc", "casc"):
        sdk.chat.completions.create(model=route, messages=HELLO)
    deadline = time.monotonic() + 5
    while (after := [counts(overview(gateway, whole)) for whole in (False, True)]) and any(
        a["requests"] - b["requests"] < 5 for a, b in zip(after, before, strict=True)
    ):
        assert time.monotonic() < deadline, after
        time.sleep(0.05)
    for old, new in zip(before, after, strict=True):
        grown = {name: new.get(name, 0) - old.get(name, 0) for name in {*old, *new}}
        assert {name: n for name, n in grown.items() if n} == {
            "requests": 5,
            "models:digits": 5,
            "routes:fb": 3,
            "routes:casc": 2,
        }, (old, new)
        assert "models:down" not in new and "models:chatty" not in new

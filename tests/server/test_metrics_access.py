"""Who reads /metrics: server.metrics_access (any key by default, admin keys only, or anyone).
Its totals are gateway-wide, every tenant's traffic together."""

from __future__ import annotations

from typing import Any

import pytest

from minigate.testing.stub_upstream import StubThread
from tests.conftest import AppFactory, InProcessGateway
from tests.conftest import upstream_model as upstream

MASTER = "sk-master-for-the-metrics-test"
ORDINARY = "sk-ordinary-tenant-key"


def gateway_with(start_app: AppFactory, stub: StubThread, **server: Any) -> InProcessGateway:
    config = {
        "models": [upstream(stub.base_url)],
        "auth": {"api_keys": [{"key": ORDINARY, "name": "tenant"}]},
        "server": server,
    }
    return start_app(config, env={"MINIGATE_MASTER_KEY": MASTER})


def metrics_as(gateway: InProcessGateway, key: str | None) -> tuple[int, str | None]:
    headers = {"authorization": f"Bearer {key}"} if key else {}
    answer = gateway.http.get("/metrics", headers=headers)
    code = answer.json()["error"]["code"] if answer.status_code != 200 else None
    return answer.status_code, code


def admin_key(gateway: InProcessGateway) -> str:
    made = gateway.http.post(
        "/v1/admin/keys",
        json={"name": "ops", "admin": True},
        headers={"authorization": f"Bearer {MASTER}"},
    )
    assert made.status_code == 201, made.text
    return str(made.json()["key"])


def test_admin_metrics_refuse_an_ordinary_key(start_app: AppFactory, stub: StubThread) -> None:
    """Before: any ordinary key read every tenant's totals, with no way to stop it. Now:
    with metrics_access: admin an ordinary key gets 403 permission_denied; the master key and
    an admin virtual key read them."""
    gateway = gateway_with(start_app, stub, metrics_access="admin")
    assert metrics_as(gateway, ORDINARY) == (403, "permission_denied")
    assert metrics_as(gateway, None) == (401, "invalid_api_key")
    assert metrics_as(gateway, MASTER) == (200, None)
    assert metrics_as(gateway, admin_key(gateway)) == (200, None)


@pytest.mark.parametrize(
    ("server", "ordinary", "anyone"),
    [
        ({}, (200, None), (401, "invalid_api_key")),  # the default: Prometheus with any key
        ({"metrics_access": "public"}, (200, None), (200, None)),
        ({"public_metrics": True}, (200, None), (200, None)),  # the older spelling
    ],
    ids=["key", "public", "public_metrics"],
)
def test_the_other_settings_keep_their_readers(
    start_app: AppFactory,
    stub: StubThread,
    server: dict[str, Any],
    ordinary: tuple[int, str | None],
    anyone: tuple[int, str | None],
) -> None:
    gateway = gateway_with(start_app, stub, **server)
    assert metrics_as(gateway, ORDINARY) == ordinary
    assert metrics_as(gateway, None) == anyone

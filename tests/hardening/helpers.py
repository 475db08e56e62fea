"""What the hardening tests share: a budgeted gateway on a stub upstream, and its store."""

from __future__ import annotations

import sqlite3
import time
import uuid
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx

from minigate.testing.stub_upstream import StubThread
from tests.conftest import AnyGateway
from tests.conftest import upstream_model as upstream

MASTER = "sk-master-key-for-hardening-tests"
ADMIN = {"authorization": f"Bearer {MASTER}"}
HELLO = [{"role": "user", "content": "Hello"}]


def db_of(work: Path) -> Path:
    return work / "store" / "minigate.db"


def config(stub: StubThread, work: Path, **extra: Any) -> dict[str, Any]:
    """Two upstream models on ``stub`` (priced as gpt-4o-mini and gpt-4o), a store under
    ``work`` (see ``db_of``) and the audit key apart from it."""
    db = db_of(work)
    db.parent.mkdir(parents=True, exist_ok=True)
    return {
        "models": [
            upstream(stub.base_url, "mini", upstream_model="gpt-4o-mini", max_retries=0),
            upstream(stub.base_url, "big", upstream_model="gpt-4o", max_retries=0),
        ],
        "store": {"url": f"sqlite:///{db}"},
        "cache": {"enabled": False},
        "audit": {"signing_key_path": str(work / "keys" / "audit.pem")},
        "server": {"access_log": False},
        **extra,
    }


def create_key(gateway: AnyGateway, **spec: Any) -> tuple[str, str]:
    """(secret, key id) of a new virtual key."""
    name = f"t-{uuid.uuid4().hex[:8]}"  # an active key's name is its own
    made = gateway.http.post(
        f"{gateway.base_url}/admin/keys", json={"name": name, **spec}, headers=ADMIN
    )
    assert made.status_code == 201, made.text
    return str(made.json()["key"]), str(made.json()["id"])


def spend(db: Path, key_id: str) -> tuple[Decimal, Decimal]:
    """(spent, reserved) in USD of a key's current period."""
    with sqlite3.connect(db) as conn:
        row = conn.execute(
            "SELECT sum(spent_pusd), sum(reserved_pusd) FROM key_spend WHERE key_id = ?",
            (key_id,),
        ).fetchone()
    return Decimal(row[0] or 0) / 10**12, Decimal(row[1] or 0) / 10**12


def rows(db: Path, key_id: str | None = None) -> list[dict[str, Any]]:
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        found = conn.execute("SELECT * FROM requests ORDER BY created_at")
        return [dict(r) for r in found if key_id is None or r["key_id"] == key_id]


def wait_until(check: Any, timeout: float = 30.0) -> Any:
    """Poll ``check`` until it returns something truthy (work done behind the answer)."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(0.1)


def post(gateway: AnyGateway, path: str, body: Any, key: str = MASTER) -> httpx.Response:
    return gateway.http.post(
        f"{gateway.base_url}{path}",
        json=body,
        headers={"authorization": f"Bearer {key}"},
    )  # a real gateway's client waits up to 30 s

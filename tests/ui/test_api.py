"""The admin API the dashboard reads (and any client may): the usage summary, the request log,
key limits and audit verify, checked against the ledger's own rows; and their bad inputs."""

from __future__ import annotations

import math
import os
import sqlite3
import subprocess
import sys
import time
import uuid
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from minigate.ledger.money import MILLION, from_pico, to_pico
from minigate.ledger.rollup import bucket_of
from minigate.store.schema import LATENCY_BOUNDS
from minigate.testing.postgres import PostgresServer
from minigate.testing.stub_upstream import StubThread
from tests.conftest import Gateway, GatewayFactory
from tests.ui.conftest import MASTER, csrf_of, dashboard_config, log_in

ADMIN = {"authorization": f"Bearer {MASTER}"}


def api(gateway: Gateway, method: str, path: str, key: str = MASTER, **kwargs: Any) -> Any:
    headers = {"authorization": f"Bearer {key}"}
    return httpx.request(method, f"{gateway.base_url}{path}", headers=headers, **kwargs)


@pytest.fixture(scope="module")
def user(gateway: Gateway) -> dict[str, Any]:
    """A virtual key that has made two requests of its own, beside the master key's three."""
    created: dict[str, Any] = api(gateway, "POST", "/admin/keys", json={"name": "u"}).json()
    for key, prompts in ((MASTER, ["a", "b", "b"]), (created["key"], ["c", "d"])):
        sdk = gateway.client(api_key=key, max_retries=0)
        for prompt in prompts:  # the second "b" is answered from the cache
            sdk.chat.completions.create(
                model="cloud", messages=[{"role": "user", "content": prompt}], temperature=0
            )
    return created


def nearest_rank(values: list[float], p: float) -> float | None:
    """As the summary reads it: the upper bound of the histogram column the rank falls in."""
    ordered = sorted(LATENCY_BOUNDS[bucket_of(v)] for v in values)
    return float(ordered[math.ceil(p * len(ordered)) - 1]) if ordered else None


def test_the_summary_equals_the_ledger(gateway: Gateway, user: dict[str, Any], store: Path) -> None:
    with sqlite3.connect(store) as db:
        rows = db.execute(
            "SELECT prompt_tokens, completion_tokens, cost_pusd, saved_pusd, status, latency_ms,"
            " key_id, cache FROM requests"
        ).fetchall()
    found = api(gateway, "GET", "/usage/summary").json()
    assert found["requests"] == len(rows)
    assert found["prompt_tokens"] == sum(r[0] for r in rows)
    assert found["completion_tokens"] == sum(r[1] for r in rows)
    assert found["cost_usd"] == str(from_pico(sum(r[2] for r in rows)))
    # One "saved": against gpt-4o (2.50 / 10.00 per 1M), as the savings report and the usage
    # report's groups give it; what the cache saved is a figure of its own.
    would = sum(to_pico((r[0] * Decimal("2.5") + r[1] * Decimal(10)) / MILLION) for r in rows)
    saved = str(from_pico(would - sum(r[2] for r in rows)))
    assert Decimal(saved) > 0 and found["baseline_model"] == "gpt-4o"
    assert found["saved_usd"] == saved
    assert api(gateway, "GET", "/usage/savings").json()["saved_usd"] == saved
    groups = api(gateway, "GET", "/usage", params={"by": "key"}).json()["data"]
    assert sum(Decimal(g["saved_usd"]) for g in groups) == Decimal(saved)
    assert sum(Decimal(p["saved_usd"]) for p in found["series"]) == Decimal(saved)
    assert found["cache_saved_usd"] == str(from_pico(sum(r[3] for r in rows)))
    assert Decimal(found["cache_saved_usd"]) > 0
    latencies = [r[5] for r in rows if r[4] == "ok"]
    assert found["latency_ms"] == {
        "p50": nearest_rank(latencies, 0.5),
        "p95": nearest_rank(latencies, 0.95),
    }
    assert sum(point["requests"] for point in found["series"]) == len(rows)
    hits = sum(1 for r in rows if r[7] == "hit")
    assert hits >= 1 and found["cache"]["exact"] == hits
    assert found["cache"]["exact_rate"] == round(hits / len(rows), 4)
    assert found["baseline_model"] == "gpt-4o"

    own = api(gateway, "GET", "/usage/summary", key=user["key"]).json()
    assert own["key_id"] == user["id"] and own["requests"] == 2
    assert own["requests"] == sum(1 for r in rows if r[6] == user["id"])


def test_the_request_log_pages_filters_and_scopes(gateway: Gateway, user: dict[str, Any]) -> None:
    everything = api(gateway, "GET", "/usage/requests", params={"limit": 2}).json()
    assert everything["total"] >= 5 and len(everything["data"]) == 2
    second = api(gateway, "GET", "/usage/requests", params={"limit": 2, "offset": 2}).json()
    assert {r["id"] for r in everything["data"]}.isdisjoint(r["id"] for r in second["data"])
    times = [r["created_at"] for r in everything["data"] + second["data"]]
    assert times == sorted(times, reverse=True)

    own = api(gateway, "GET", "/usage/requests", key=user["key"]).json()
    assert own["total"] == 2 and {r["key_id"] for r in own["data"]} == {user["id"]}
    other = next(r for r in everything["data"] + second["data"] if r["key_id"] != user["id"])
    hidden = api(gateway, "GET", f"/usage/requests/{other['id']}", key=user["key"])
    assert hidden.status_code == 404 and hidden.json()["error"]["code"] == "not_found"
    shown = api(gateway, "GET", f"/usage/requests/{other['id']}").json()
    assert shown["id"] == other["id"] and shown["guard"] is None  # "cloud" has no guard policy

    by_key = api(gateway, "GET", "/usage/requests", params={"key_id": user["id"]}).json()
    assert by_key["total"] == 2
    assert api(gateway, "GET", "/usage/requests", params={"status": "nope"}).json()["total"] == 0


def test_key_limits_are_edited_and_cleared(gateway: Gateway, user: dict[str, Any]) -> None:
    path = f"/admin/keys/{user['id']}"
    changed = api(gateway, "PATCH", path, json={"budget_usd": "2.5", "rpm": 60}).json()
    assert changed["budget_usd"] == "2.5" and changed["rpm"] == 60 and changed["period"] == "month"
    cleared = api(gateway, "PATCH", path, json={"budget_usd": None, "period": "day"}).json()
    assert cleared["budget_usd"] is None and cleared["rpm"] == 60 and cleared["period"] == "day"
    listed = api(gateway, "GET", "/admin/keys").json()["data"]
    spent = next(k["spent_usd"] for k in listed if k["id"] == user["id"])
    # without a budget, its spend in its period (today): its two requests (before: "0")
    rows = api(gateway, "GET", "/usage/requests", params={"key_id": user["id"]}).json()["data"]
    assert Decimal(spent) == sum(Decimal(r["cost_usd"]) for r in rows) > 0
    refused = api(gateway, "PATCH", path, key=user["key"], json={"rpm": 1})
    assert refused.status_code == 403 and refused.json()["error"]["code"] == "permission_denied"


@pytest.mark.parametrize(
    ("method", "path", "body", "status", "code", "param"),
    [
        ("PATCH", "/admin/keys/{id}", {"budget_usd": "-1"}, 400, "invalid_value", "budget_usd"),
        ("PATCH", "/admin/keys/{id}", {"period": "week"}, 400, "invalid_value", "period"),
        ("PATCH", "/admin/keys/{id}", {"models": ["ghost"]}, 400, "invalid_request", "models"),
        ("PATCH", "/admin/keys/{id}", {"admin": True}, 400, "invalid_value", "admin"),
        ("PATCH", "/admin/keys/key_missing", {"rpm": 5}, 404, "not_found", "key_id"),
        # a value of another JSON type is refused, never converted ("rpm": true was 1)
        ("PATCH", "/admin/keys/{id}", {"rpm": True}, 400, "invalid_value", "rpm"),
        ("PATCH", "/admin/keys/{id}", {"tpm": "2"}, 400, "invalid_value", "tpm"),
        ("POST", "/admin/keys", {"name": "t", "rpm": True}, 400, "invalid_value", "rpm"),
        ("POST", "/admin/keys", {"name": "t", "tpm": "2"}, 400, "invalid_value", "tpm"),
        ("POST", "/admin/keys", {"name": "t", "admin": 0}, 400, "invalid_value", "admin"),
        ("POST", "/admin/keys", {"name": "t", "admin": "true"}, 400, "invalid_value", "admin"),
    ],
)
def test_bad_key_limits(
    gateway: Gateway,
    user: dict[str, Any],
    method: str,
    path: str,
    body: dict[str, Any],
    status: int,
    code: str,
    param: str,
) -> None:
    refused = api(gateway, method, path.format(id=user["id"]), json=body)
    assert refused.status_code == status
    assert refused.json()["error"]["code"] == code and refused.json()["error"]["param"] == param


@pytest.mark.parametrize(
    ("path", "params", "param"),
    [
        (
            "/usage/summary",
            {"since": "2026-12-02T00:00:00Z", "until": "2026-12-01T00:00:00Z"},
            "since",
        ),
        ("/usage/summary", {"since": "2020-01-01T00:00:00Z"}, "since"),
        ("/usage/summary", {"bucket": "minute"}, "bucket"),
        ("/usage/summary", {"since": "yesterday"}, "since"),
        ("/usage/requests", {"limit": 0}, "limit"),
        ("/usage/requests", {"offset": -1}, "offset"),
        ("/usage/requests", {"offset": 2**63}, "offset"),  # was a 500 (OverflowError)
        # Each was a 500 (OverflowError: the offset, the day back or the next whole hour
        # past what datetime holds), or a connection reset.
        ("/usage/summary", {"since": "0001-01-01T00:00:00+14:00"}, "since"),
        ("/usage/summary", {"until": "0001-01-01T00:00:00"}, "until"),
        ("/usage/summary", {"until": "9999-12-31T23:59:59-14:00"}, "until"),
        (
            "/usage/summary",
            {"since": "9999-12-31T00:00Z", "until": "9999-12-31T23:30Z"},
            "until",
        ),
    ],
)
def test_bad_report_queries(
    gateway: Gateway, path: str, params: dict[str, Any], param: str
) -> None:
    refused = api(gateway, "GET", path, params=params)
    assert refused.status_code == 400
    assert refused.json()["error"]["code"] == "invalid_value"
    assert refused.json()["error"]["param"] == param


@pytest.mark.parametrize("value", ["Infinity", "-Infinity", "NaN"])
@pytest.mark.parametrize("field", ["rpm", "tpm", "budget_usd"])
def test_the_key_form_refuses_a_number_that_is_not_finite(
    gateway: Gateway, field: str, value: str
) -> None:
    """Before: rpm or tpm 'Infinity' in the dashboard's key form was a 500 (OverflowError)."""
    with log_in(gateway, MASTER) as http:
        form = http.get("/ui/keys")
        data = {"name": "odd", field: value, "csrf": csrf_of(form.text)}
        refused = http.post("/ui/keys", data=data)
        assert refused.status_code == 400, refused.text
        assert f"{field} must be a finite number" in refused.text


def test_a_key_that_may_use_no_model_is_listed_as_such(gateway: Gateway) -> None:
    """A key made with "models": [] may use none; the dashboard and 'minigate keys list' both
    said 'all' before."""
    made = api(gateway, "POST", "/admin/keys", json={"name": "locked", "models": []}).json()
    every = api(gateway, "POST", "/admin/keys", json={"name": "open"}).json()
    with log_in(gateway, MASTER) as http:
        page = http.get("/ui/keys").text
    row = page[page.index(f'<tr id="key-{made["id"]}">') :]
    assert "<td>none</td>" in row[: row.index("</tr>")]
    row = page[page.index(f'<tr id="key-{every["id"]}">') :]
    assert "<td>all</td>" in row[: row.index("</tr>")]

    config = next(gateway.workdir.glob(f"gateway-{gateway.port}.yaml"))
    listed = subprocess.run(
        [sys.executable, "-m", "minigate", "keys", "list", "--config", str(config)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "COLUMNS": "300"},
    )
    assert listed.returncode == 0, listed.stderr
    # Piped: tab-separated rows under a header (id, name, prefix, budget, rpm, tpm, models, ...).
    rows = {row[1]: row for row in (line.split("\t") for line in listed.stdout.splitlines())}
    assert rows["name"][6] == "models"
    assert (rows["locked"][6], rows["open"][6]) == ("none", "all")


def test_a_log_page_past_the_end_is_no_server_error(gateway: Gateway) -> None:
    """Before: page 10**23 of the request log asked the ledger for an offset beyond int64."""
    with log_in(gateway, MASTER) as http:
        far = http.get("/ui/requests", params={"page_no": 10**23})
        assert far.status_code == 400, far.text


def test_audit_verify_through_the_api(gateway: Gateway, user: dict[str, Any]) -> None:
    report = api(gateway, "POST", "/admin/audit/verify").json()
    assert report["ok"] is True and report["problem"] is None and report["entries"] >= 5
    refused = api(gateway, "POST", "/admin/audit/verify", key=user["key"])
    assert refused.status_code == 403 and refused.json()["error"]["code"] == "permission_denied"


def test_the_summary_and_the_log_on_postgresql(
    start_gateway: GatewayFactory, model: StubThread, postgres: PostgresServer, tmp_path: Path
) -> None:
    config = dashboard_config(model, tmp_path / "unused.sqlite3", embedding=False)
    config["store"] = {"url": postgres.create_database(f"ui_{uuid.uuid4().hex[:8]}")}
    gateway = start_gateway(config, env={"MINIGATE_MASTER_KEY": MASTER})
    sdk = gateway.client(api_key=MASTER, max_retries=0)
    for prompt in ("a", "b", "b"):
        sdk.chat.completions.create(
            model="cloud", messages=[{"role": "user", "content": prompt}], temperature=0
        )
    found = api(gateway, "GET", "/usage/summary", params={"bucket": "day"}).json()
    assert found["requests"] == 3 and found["cache"]["exact"] == 1
    assert Decimal(found["cost_usd"]) > 0 and found["latency_ms"]["p95"] is not None
    assert sum(p["requests"] for p in found["series"]) == 3
    assert found["series"][0]["t"] == datetime.now(UTC).strftime("%Y-%m-%d")
    log = api(gateway, "GET", "/usage/requests", params={"cache": "hit"}).json()
    assert log["total"] == 1 and log["data"][0]["cache"] == "hit"
    assert api(gateway, "POST", "/admin/audit/verify").json()["ok"] is True


def audit_entry(gateway: Gateway, request_id: str) -> dict[str, Any]:
    """The request's audit entry, once its writer has appended it (50 ms behind the answer)."""
    for _ in range(100):
        found = api(gateway, "GET", f"/audit/{request_id}")
        if found.status_code == 200:
            entry: dict[str, Any] = found.json()
            return entry
        time.sleep(0.05)
    raise AssertionError(f"no audit entry for {request_id}: {found.text}")


def test_a_route_and_a_collection_are_recorded_as_asked_for(gateway: Gateway) -> None:
    assert api(gateway, "POST", "/collections", json={"name": "manuals"}).status_code == 200
    doc = [("file", ("pump.txt", b"The pump needs fresh oil every week.", "text/plain"))]
    added = api(gateway, "POST", "/collections/manuals/documents", files=doc, timeout=120)
    assert added.status_code == 200, added.text
    sdk = gateway.client(api_key=MASTER, max_retries=0)
    asked = {}
    for model in ("auto", "rag:manuals"):
        raw = sdk.chat.completions.with_raw_response.create(
            model=model, messages=[{"role": "user", "content": "How often does the pump need oil?"}]
        )
        asked[model] = raw.headers["x-minigate-request-id"]
    for model, request_id in asked.items():
        record = api(gateway, "GET", f"/usage/requests/{request_id}").json()
        assert (record["requested_model"], record["served_model"]) == (model, "cloud")
        assert audit_entry(gateway, request_id)["route"]["route"] == model
        assert api(gateway, "GET", "/usage/requests", params={"model": model}).json()["total"] == 1
    routes = {r["name"] for r in api(gateway, "GET", "/usage/summary").json()["routes"]}
    assert {"auto", "rag:manuals"} <= routes
    with log_in(gateway, MASTER) as http:
        log = http.get("/ui/requests", params={"model": "rag:manuals"}).text
        assert asked["rag:manuals"] in log and asked["auto"] not in log
        assert "1 request matches;" in log
        collection = http.get("/ui/collections/manuals").text
        assert "1 document · 1 chunk ·" in collection
        assert "Files (text, Markdown, HTML, PDF or Word .docx)" in collection
        detail = http.get(f"/ui/requests/{asked['rag:manuals']}").text
        assert "<dt>Asked for</dt><dd>rag:manuals</dd>" in detail

"""The ledger: keys, exact costs, budgets and rate limits under concurrency, usage reports."""

from __future__ import annotations

import os
import pty
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import openai
import psycopg
import pytest

from minigate.ledger.money import usd_text
from minigate.testing.stub_upstream import StubThread, StubUpstream
from tests.conftest import AnyGateway, AppFactory, Gateway, GatewayFactory, PostgresServer
from tests.conftest import upstream_model as upstream

HELLO = [{"role": "user", "content": "Hello"}]
MASTER = "sk-master-key-for-tests"
# The stub answers with 9 prompt and 6 completion tokens; gpt-4o-mini costs 0.15 / 0.60 per 1M.
STUB_COST = (9 * Decimal("0.15") + 6 * Decimal("0.60")) / 1_000_000


def ledger_config(stub: StubThread, store_url: str, **extra: Any) -> dict[str, Any]:
    return {
        "models": [
            upstream(stub.base_url, "mini", upstream_model="gpt-4o-mini"),
            upstream(stub.base_url, "big", upstream_model="gpt-4o"),
        ],
        "store": {"url": store_url},
        **extra,
    }


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'ledger.db'}"


@pytest.fixture
def gateway(start_app: AppFactory, stub: StubThread, sqlite_url: str) -> AnyGateway:
    """In-process: the ledger's accounting does not depend on how requests arrive; the
    concurrency tests below run real servers."""
    return start_app(ledger_config(stub, sqlite_url), env={"MINIGATE_MASTER_KEY": MASTER})


def create_key(gateway: AnyGateway, **spec: Any) -> str:
    response = gateway.http.post(
        f"{gateway.base_url}/admin/keys",
        json={"name": f"t-{uuid.uuid4().hex[:8]}", **spec},  # an active key's name is its own
        headers={"authorization": f"Bearer {MASTER}"},
    )
    assert response.status_code == 201, response.text
    return str(response.json()["key"])


def rows(url: str) -> list[dict[str, Any]]:
    query = (
        "SELECT id, key_id, status, prompt_tokens, completion_tokens, cost_pusd, saved_pusd, "
        "cache, stream FROM requests"
    )
    if url.startswith("sqlite"):
        with sqlite3.connect(url.removeprefix("sqlite:///")) as conn:
            conn.row_factory = sqlite3.Row
            return [dict(r) for r in conn.execute(query)]
    with psycopg.connect(url.replace("+psycopg", "")) as conn, conn.cursor() as cur:
        cur.execute(query)
        names = [d.name for d in cur.description or []]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def pico(usd: Decimal) -> int:
    return int(usd * 10**12)


def test_cost_is_tokens_times_price_exactly(gateway: AnyGateway, sqlite_url: str) -> None:
    sdk = gateway.client(api_key=create_key(gateway))
    raw = sdk.chat.completions.with_raw_response.create(model="mini", messages=HELLO)
    reply = raw.parse()
    assert raw.headers["x-minigate-request-id"] == reply.id
    assert Decimal(raw.headers["x-minigate-cost-usd"]) == STUB_COST
    [row] = [r for r in rows(sqlite_url) if r["id"] == reply.id]
    assert (row["prompt_tokens"], row["completion_tokens"], row["status"]) == (9, 6, "ok")
    assert row["cost_pusd"] == pico(STUB_COST)
    big = sdk.chat.completions.create(model="big", messages=HELLO)
    [row] = [r for r in rows(sqlite_url) if r["id"] == big.id]
    assert row["cost_pusd"] == pico((9 * Decimal("2.50") + 6 * Decimal("10.00")) / 1_000_000)


def test_a_cache_hit_costs_nothing_and_records_what_it_saved(
    gateway: AnyGateway, sqlite_url: str
) -> None:
    sdk = gateway.client(api_key=create_key(gateway))
    miss = sdk.chat.completions.with_raw_response.create(
        model="mini", messages=HELLO, temperature=0
    )
    hit = sdk.chat.completions.with_raw_response.create(model="mini", messages=HELLO, temperature=0)
    assert (miss.headers["x-minigate-cache"], hit.headers["x-minigate-cache"]) == ("miss", "hit")
    assert Decimal(hit.headers["x-minigate-cost-usd"]) == 0
    by_id = {r["id"]: r for r in rows(sqlite_url)}
    missed, served = by_id[miss.parse().id], by_id[hit.parse().id]
    assert (missed["cost_pusd"], missed["saved_pusd"], missed["cache"]) == (
        pico(STUB_COST),
        0,
        "miss",
    )
    assert (served["cost_pusd"], served["saved_pusd"], served["cache"]) == (
        0,
        pico(STUB_COST),
        "hit",
    )
    savings = gateway.http.get(
        f"{gateway.base_url}/usage",
        params={"by": "model"},
        headers={"authorization": f"Bearer {MASTER}"},
    ).json()
    [mini] = [g for g in savings["data"] if g["model"] == "mini"]
    assert Decimal(mini["cache_saved_usd"]) == STUB_COST


def test_stream_is_accounted(gateway: AnyGateway, sqlite_url: str) -> None:
    sdk = gateway.client(api_key=create_key(gateway))
    chunks = list(sdk.chat.completions.create(model="mini", messages=HELLO, stream=True))
    [row] = [r for r in rows(sqlite_url) if r["id"] == chunks[0].id]
    assert row["stream"] and row["status"] == "ok"
    assert row["prompt_tokens"] == 9 and row["completion_tokens"] == 5


@pytest.mark.parametrize("endpoint", ["chat", "completions"])
def test_a_stream_the_upstream_sent_no_usage_for_ends_with_the_ledgers_usage(
    gateway: AnyGateway, sqlite_url: str, stub: StubThread, endpoint: str
) -> None:
    """Before, a client that asked for include_usage got no usage chunk when the upstream
    ignored the option, though OpenAI's contract ends such a stream with one; the gateway
    now sends the usage its ledger recorded for the request (an estimate, said in
    http-api.md)."""
    stub.stub.stream_usage = False
    sdk = gateway.client(api_key=create_key(gateway))
    usage_asked: Any = {"include_usage": True}
    if endpoint == "chat":
        stream: Any = sdk.chat.completions.create(
            model="mini", messages=HELLO, stream=True, stream_options=usage_asked
        )
    else:
        stream = sdk.completions.create(
            model="mini", prompt="Hi", stream=True, stream_options=usage_asked
        )
    chunks = list(stream)
    *answer, last = chunks
    assert last.choices == [] and last.usage is not None
    assert all(c.usage is None for c in answer) and answer
    [row] = [r for r in rows(sqlite_url) if r["id"] == chunks[0].id]
    assert row["status"] == "ok"
    assert (row["prompt_tokens"], row["completion_tokens"]) == (
        last.usage.prompt_tokens,
        last.usage.completion_tokens,
    )
    assert last.usage.total_tokens == last.usage.prompt_tokens + last.usage.completion_tokens
    assert last.usage.prompt_tokens > 0 and last.usage.completion_tokens >= len(answer) - 2


def test_budget_is_enforced_with_a_clear_message(gateway: AnyGateway, sqlite_url: str) -> None:
    sdk = gateway.client(api_key=create_key(gateway, budget_usd="0.0001"), max_retries=0)
    admitted = 0
    for _ in range(100):
        try:
            sdk.chat.completions.create(model="mini", messages=HELLO, max_tokens=10)
        except openai.RateLimitError as exc:
            refusal = exc
            break
        admitted += 1
    else:
        pytest.fail("the budget never ran out")
    assert refusal.code == "budget_exceeded"
    assert "Budget of $0.0001 per month" in refusal.message
    assert "resets at" in refusal.message
    spent = sum(r["cost_pusd"] for r in rows(sqlite_url) if r["status"] == "ok")
    assert spent <= pico(Decimal("0.0001"))
    assert admitted == len([r for r in rows(sqlite_url) if r["status"] == "ok"]) >= 10


def test_a_budget_a_request_does_not_fit_says_what_is_left(gateway: AnyGateway) -> None:
    """Before: "Budget of $0.00001 ... is used up ($0.00000495 spent ...)" when half of it was
    left and the request did not fit; and "key 'name''s whole budget" for one that never can."""
    name = f"t-{uuid.uuid4().hex[:8]}"
    sdk = gateway.client(
        api_key=create_key(gateway, name=name, budget_usd="0.00001", period="total"),
        max_retries=0,
    )
    sdk.chat.completions.create(model="mini", messages=HELLO, max_tokens=10)  # costs STUB_COST
    with pytest.raises(openai.RateLimitError) as refused:
        sdk.chat.completions.create(model="mini", messages=HELLO, max_tokens=10)
    left = usd_text(Decimal("0.00001") - STUB_COST)
    message = refused.value.body["message"]  # type: ignore[index]
    assert message.startswith(
        f"Budget of $0.00001 for key '{name}' has {left} left ({usd_text(STUB_COST)} spent, "
        "$0.00 reserved by requests in flight), less than this request may cost (up to $0.0000"
    )
    assert message.endswith(
        "Set a smaller max_tokens (when unset, ledger.default_max_tokens is reserved) to fit in it."
    )
    with pytest.raises(openai.RateLimitError) as never:
        sdk.chat.completions.create(model="mini", messages=HELLO, max_tokens=1000)
    assert f"more than the whole budget of key '{name}' ($0.00001): it can" in never.value.message
    assert "''s" not in never.value.message
    spent = gateway.client(
        api_key=create_key(gateway, name=f"{name}-2", budget_usd=str(STUB_COST), period="total"),
        max_retries=0,
    )
    spent.chat.completions.create(model="mini", messages=HELLO, max_tokens=3)  # all of it
    with pytest.raises(openai.RateLimitError) as used_up:
        spent.chat.completions.create(model="mini", messages=HELLO, max_tokens=1)
    assert used_up.value.body["message"] == (  # type: ignore[index]
        f"Budget of {usd_text(STUB_COST)} for key '{name}-2' is used up "
        f"({usd_text(STUB_COST)} spent, $0.00 reserved by requests in flight)."
    )


def test_max_tokens_0_reserves_no_output(gateway: AnyGateway) -> None:
    """A legacy completion with max_tokens 0 reads its prompt only (OpenAI's bound there): its
    budget reservation is the prompt's. Before, 0 counted as unset, and default_max_tokens'
    4,096 output tokens at gpt-4o-mini's $0.60 per 1M (about $0.0025) were reserved, which
    this key's budget cannot cover."""
    sdk = gateway.client(api_key=create_key(gateway, budget_usd="0.0001"), max_retries=0)
    answer = sdk.completions.create(model="mini", prompt="Hello", max_tokens=0)
    assert answer.object == "text_completion"
    with pytest.raises(openai.RateLimitError) as refused:  # 1,000 output tokens: about $0.0006
        sdk.completions.create(model="mini", prompt="Hello", max_tokens=1000)
    assert refused.value.code == "budget_exceeded"


def test_a_key_with_a_budget_is_refused_on_an_upstream_model_without_a_price(
    start_app: AppFactory, stub: StubThread, sqlite_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    """An upstream model with no price counted $0, so a key's budget never stopped it: the
    same key refused on gpt-4o-mini called it forever. Now the gateway names such models at
    start and refuses them to keys with a budget (fail closed); a key without one still uses
    them, and a model priced at 0 in ledger.prices is free, not unpriced."""
    config = ledger_config(stub, sqlite_url)
    config["models"] += [
        upstream(stub.base_url, "acme", upstream_model="acme-large"),
        upstream(stub.base_url, "free", upstream_model="house-model"),
    ]
    config["ledger"] = {"prices": {"free": {"input": 0, "output": 0}}}  # free, and says so
    with caplog.at_level("WARNING", logger="minigate"):
        gateway = start_app(config, env={"MINIGATE_MASTER_KEY": MASTER})
    [said] = [r.getMessage() for r in caplog.records if "no price" in r.getMessage()]
    assert "'acme'" in said and "'free'" not in said and "budget" in said
    budgeted = gateway.client(api_key=create_key(gateway, budget_usd="0.000001", period="total"))
    with pytest.raises(openai.PermissionDeniedError) as refused:
        budgeted.chat.completions.create(model="acme", messages=HELLO)
    assert refused.value.code == "permission_denied"
    assert "'acme' has no price" in refused.value.message
    assert "ledger.prices" in refused.value.message
    with pytest.raises(openai.PermissionDeniedError):
        budgeted.completions.create(model="acme", prompt="Hello")
    assert budgeted.chat.completions.create(model="free", messages=HELLO).choices
    unlimited = gateway.client(api_key=create_key(gateway, rpm=100))
    assert unlimited.chat.completions.create(model="acme", messages=HELLO).choices
    assert [r["status"] for r in rows(sqlite_url)].count("permission_denied") == 2


def test_requests_per_minute(gateway: AnyGateway) -> None:
    sdk = gateway.client(api_key=create_key(gateway, rpm=3), max_retries=0)
    for _ in range(3):
        sdk.chat.completions.create(model="mini", messages=HELLO)
    with pytest.raises(openai.RateLimitError) as caught:
        sdk.chat.completions.create(model="mini", messages=HELLO)
    assert caught.value.code == "requests_per_minute_exceeded"
    assert "3 requests per minute" in caught.value.message
    assert int(caught.value.response.headers["retry-after"]) <= 61


def test_disabled_key_and_model_limits(gateway: AnyGateway) -> None:
    secret = create_key(gateway, models=["mini"])
    sdk = gateway.client(api_key=secret, max_retries=0)
    assert sdk.chat.completions.create(model="mini", messages=HELLO).choices
    with pytest.raises(openai.PermissionDeniedError):
        sdk.chat.completions.create(model="big", messages=HELLO)
    keys = gateway.http.get(
        f"{gateway.base_url}/admin/keys", headers={"authorization": f"Bearer {MASTER}"}
    )
    [key] = keys.json()["data"]
    assert "key" not in key and key["prefix"] == secret[:10]
    disabled = gateway.http.post(
        f"{gateway.base_url}/admin/keys/{key['id']}/disable",
        headers={"authorization": f"Bearer {MASTER}"},
    )
    assert disabled.json()["active"] is False
    with pytest.raises(openai.AuthenticationError):
        sdk.chat.completions.create(model="mini", messages=HELLO)


def test_a_key_listed_says_when_it_was_made_in_utc_as_when_created(gateway: AnyGateway) -> None:
    """SQLite hands a DateTime back without its zone: the list said 2026-12-04T23:35:29 where
    the answer to the create said +00:00, so a client could not compare the two."""
    admin = {"authorization": f"Bearer {MASTER}"}
    made = gateway.http.post(f"{gateway.base_url}/admin/keys", json={"name": "t"}, headers=admin)
    gateway.http.post(f"{gateway.base_url}/admin/keys/{made.json()['id']}/disable", headers=admin)
    [listed] = gateway.http.get(f"{gateway.base_url}/admin/keys", headers=admin).json()["data"]
    created = datetime.fromisoformat(made.json()["created_at"])
    assert created.utcoffset() == timedelta(0)
    assert datetime.fromisoformat(listed["created_at"]) == created
    assert listed["created_at"] == made.json()["created_at"]


def test_admin_needs_the_master_key(gateway: AnyGateway) -> None:
    secret = create_key(gateway)
    response = gateway.http.get(
        f"{gateway.base_url}/admin/keys", headers={"authorization": f"Bearer {secret}"}
    )
    assert response.status_code == 403


@pytest.mark.parametrize(
    ("spec", "param"),
    [
        ({"budget_usd": "-1"}, "budget_usd"),
        ({"budget_usd": "lots"}, "budget_usd"),
        ({"period": "week"}, "period"),
        ({"rpm": 0}, "rpm"),
        ({"models": ["gpt-9"]}, "models"),
    ],
)
def test_bad_key_specs_write_nothing(gateway: AnyGateway, spec: dict[str, Any], param: str) -> None:
    headers = {"authorization": f"Bearer {MASTER}"}
    response = gateway.http.post(
        f"{gateway.base_url}/admin/keys", json={"name": "x", **spec}, headers=headers
    )
    assert response.status_code == 400
    assert response.json()["error"]["param"] == param
    assert gateway.http.get(f"{gateway.base_url}/admin/keys", headers=headers).json()["data"] == []


@pytest.mark.parametrize("header", ["Bearer sk-mg-forged", "Bearer \u00e9\u00e9", "Basic abc", ""])
def test_malformed_keys_get_401(gateway: AnyGateway, header: str) -> None:
    response = gateway.http.post(
        f"{gateway.base_url}/chat/completions",
        json={"model": "mini", "messages": HELLO},
        headers={"authorization": header.encode("utf-8")},
    )
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "invalid_api_key"


def _hammer(gateways: list[Gateway], secret: str, count: int) -> list[int]:
    clients = [g.client(api_key=secret, max_retries=0) for g in gateways]

    def ask(n: int) -> int:
        try:
            clients[n % len(clients)].chat.completions.create(
                model="mini", messages=HELLO, max_tokens=10
            )
        except openai.RateLimitError:
            return 429
        return 200

    with ThreadPoolExecutor(25) as pool:
        return list(pool.map(ask, range(count)))


def _assert_budget_held(
    statuses: list[int], url: str, budget: Decimal, key_id: str | None = None
) -> None:
    """``key_id``: that key's rows alone (a store other tests' keys wrote to as well)."""
    recorded = [r for r in rows(url) if key_id is None or r["key_id"] == key_id]
    ok = [r for r in recorded if r["status"] == "ok"]
    assert set(statuses) == {200, 429}
    assert statuses.count(200) == len(ok)
    assert statuses.count(429) == len([r for r in recorded if r["status"] == "budget_exceeded"])
    assert sum(r["cost_pusd"] for r in ok) <= pico(budget)


def test_concurrent_requests_never_overspend(
    start_gateway: GatewayFactory, stub: StubThread, sqlite_url: str
) -> None:
    stub.stub.delay_s = 0.05
    gateway = start_gateway(ledger_config(stub, sqlite_url), env={"MINIGATE_MASTER_KEY": MASTER})
    budget = Decimal("0.00006")  # room for 5 reservations at once, ~12 settled requests
    statuses = _hammer([gateway], create_key(gateway, budget_usd=str(budget)), 50)
    _assert_budget_held(statuses, sqlite_url, budget)


@pytest.fixture(scope="module")
def postgresql_pair(
    start_gateway: GatewayFactory, postgres: PostgresServer
) -> Iterator[tuple[Gateway, Gateway, str]]:
    """Two gateways sharing one PostgreSQL database, and its URL (each test below hammers
    them with a key of its own)."""
    thread = StubThread(StubUpstream(delay_s=0.05))
    try:
        url = postgres.create_database(f"ledger_{uuid.uuid4().hex[:8]}")
        config = ledger_config(thread, url)
        env = {"MINIGATE_MASTER_KEY": MASTER}
        yield start_gateway(config, env=env), start_gateway(config, env=env), url
    finally:
        thread.close()


# Rate limits generous enough never to bind: with a budget they lock a second row per request,
# which once deadlocked against the budget row on PostgreSQL.
@pytest.mark.parametrize(
    "limits", [{}, {"rpm": 100_000, "tpm": 100_000_000}], ids=["budget", "budget+rates"]
)
def test_two_gateways_sharing_postgresql_never_overspend(
    postgresql_pair: tuple[Gateway, Gateway, str], limits: dict[str, int]
) -> None:
    first, second, url = postgresql_pair
    budget = Decimal("0.00006")
    made = first.http.post(
        f"{first.base_url}/admin/keys",
        json={"name": f"t-{uuid.uuid4().hex[:8]}", "budget_usd": str(budget), **limits},
        headers={"authorization": f"Bearer {MASTER}"},
    )
    assert made.status_code == 201, made.text
    statuses = _hammer([first, second], str(made.json()["key"]), 50)
    _assert_budget_held(statuses, url, budget, key_id=str(made.json()["id"]))


def test_usage_report_and_savings(gateway: AnyGateway) -> None:
    secret = create_key(gateway)
    sdk = gateway.client(api_key=secret)
    for _ in range(3):
        sdk.chat.completions.create(model="mini", messages=HELLO)
    baseline = (27 * Decimal("2.50") + 18 * Decimal("10.00")) / 1_000_000
    mine = gateway.http.get(
        f"{gateway.base_url}/usage?by=model", headers={"authorization": f"Bearer {secret}"}
    ).json()
    assert mine["data"] == [
        {
            "model": "mini",
            "requests": 3,
            "prompt_tokens": 27,
            "completion_tokens": 18,
            "cost_usd": str(3 * STUB_COST),
            "saved_usd": str(baseline - 3 * STUB_COST),
            "cache_saved_usd": "0",
        }
    ]
    savings = gateway.http.get(
        f"{gateway.base_url}/usage/savings", headers={"authorization": f"Bearer {MASTER}"}
    ).json()
    assert Decimal(savings["baseline_cost_usd"]) == baseline
    assert savings["saved_usd"] == str(baseline - 3 * STUB_COST)  # as the groups say
    assert savings["baseline_model"] == "gpt-4o"


def test_cli_usage_table_and_savings_footer_agree(
    gateway: AnyGateway, tmp_path: Path, stub: StubThread, sqlite_url: str
) -> None:
    import yaml

    sdk = gateway.client(api_key=create_key(gateway, name="t"))
    for _ in range(2):
        sdk.chat.completions.create(model="mini", messages=HELLO)
    config = tmp_path / "minigate.yaml"
    config.write_text(yaml.safe_dump(ledger_config(stub, sqlite_url)))
    report = subprocess.run(
        [
            sys.executable,
            "-m",
            "minigate",
            "usage",
            "--by",
            "key",
            "--savings",
            "--config",
            str(config),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "COLUMNS": "200"},
    )
    assert report.returncode == 0, report.stderr
    saved = str(
        ((18 * Decimal("2.50") + 12 * Decimal("10.00")) / 1_000_000 - 2 * STUB_COST).normalize()
    )
    assert f"saved {saved} USD" in report.stdout
    header, *lines = report.stdout.splitlines()  # piped: tab-separated rows, then the footer
    [row] = [line.split("\t") for line in lines if line.split("\t")[1:2] == ["t"]]
    # The key's "saved vs gpt-4o" cell: the footer's figure.
    assert dict(zip(header.split("\t"), row, strict=True))["saved vs gpt-4o USD"] == saved
    assert header.split("\t")[-1] == "saved by cache USD"


def on_a_terminal(args: list[str], columns: int) -> str:
    """What ``minigate ARGS`` prints with stdout on a terminal ``columns`` wide."""
    leader, follower = pty.openpty()
    env = {**os.environ, "TERM": "xterm", "COLUMNS": str(columns), "LINES": "40"}
    with subprocess.Popen(
        [sys.executable, "-m", "minigate", *args], stdout=follower, stderr=follower, env=env
    ) as process:
        os.close(follower)
        drawn = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # EIO: the other end is closed and all of it read
                break
            if not chunk:
                break
            drawn += chunk
        process.wait(timeout=60)
    os.close(leader)
    assert process.returncode == 0, drawn
    return drawn.decode()


def test_cli_lists_whole_key_ids_with_the_admin_flag(
    gateway: AnyGateway, tmp_path: Path, stub: StubThread, sqlite_url: str
) -> None:
    import yaml

    config = tmp_path / "minigate.yaml"
    config.write_text(yaml.safe_dump(ledger_config(stub, sqlite_url)))
    plain = create_key(gateway, name="team-a")
    gateway.client(api_key=plain).chat.completions.create(model="mini", messages=HELLO)
    create_key(gateway, name="ops", admin=True)

    def minigate(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "minigate", *args, "--config", str(config)],
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, "COLUMNS": "80"},
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    header, *lines = minigate("keys", "list").splitlines()  # piped: tab-separated rows
    assert header.split("\t") == [
        *("id", "name", "prefix", "budget", "rpm", "tpm", "models", "active", "admin")
    ]
    listed = {row[1]: row for row in (line.split("\t") for line in lines)}
    assert (listed["team-a"][8], listed["ops"][8]) == ("False", "True")
    team_a = listed["team-a"][0]
    assert team_a.startswith("key-") and len(team_a) == 28
    drawn = on_a_terminal(["keys", "list", "--config", str(config)], columns=80)
    assert team_a in drawn and "admin" in drawn
    assert team_a in minigate("usage", "--by", "key")  # on one line, 80 columns wide
    assert "Disabled key" in minigate("keys", "disable", team_a)


def test_a_second_active_key_of_one_name_is_refused(
    gateway: AnyGateway, tmp_path: Path, stub: StubThread, sqlite_url: str
) -> None:
    """Route rules match keys by name: two active 'team-a' keys made one rule match both."""
    import yaml

    admin = {"authorization": f"Bearer {MASTER}"}
    first = gateway.http.post(
        f"{gateway.base_url}/admin/keys", json={"name": "team-a"}, headers=admin
    )
    assert first.status_code == 201
    again = gateway.http.post(
        f"{gateway.base_url}/admin/keys", json={"name": "team-a"}, headers=admin
    )
    assert again.status_code == 409
    error = again.json()["error"]
    assert (error["code"], error["param"]) == ("key_name_taken", "name")
    assert "'team-a'" in error["message"]
    config = tmp_path / "minigate.yaml"
    config.write_text(yaml.safe_dump(ledger_config(stub, sqlite_url)))
    cli = [sys.executable, "-m", "minigate", "keys", "create", "--name", "team-a"]
    refused = subprocess.run([*cli, "--config", str(config)], capture_output=True, text=True)
    assert refused.returncode == 1 and "Created" not in refused.stdout
    assert refused.stderr.startswith("minigate: An active key is named 'team-a' already")
    assert len(refused.stderr.splitlines()) == 1
    key_id = first.json()["id"]
    gateway.http.post(f"{gateway.base_url}/admin/keys/{key_id}/disable", headers=admin)
    reused = gateway.http.post(
        f"{gateway.base_url}/admin/keys", json={"name": "team-a"}, headers=admin
    )
    assert reused.status_code == 201  # a disabled key's name is free again


def test_cli_keys_and_usage(tmp_path: Path, stub: StubThread, sqlite_url: str) -> None:
    import yaml

    config = tmp_path / "minigate.yaml"
    config.write_text(yaml.safe_dump(ledger_config(stub, sqlite_url)))

    def minigate(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "minigate", *args, "--config", str(config)],
            capture_output=True,
            text=True,
            timeout=60,
        )

    created = minigate(
        "keys",
        "create",
        "--name",
        "team-a",
        "--budget-usd",
        "5",
        "--rpm",
        "60",
        "--tpm",
        "20000",
        "--models",
        "mini",
    )
    assert created.returncode == 0, created.stderr
    assert "sk-mg-" in created.stdout
    assert "team-a" in minigate("keys", "list").stdout
    bad = minigate("keys", "create", "--name", "x", "--budget-usd", "-3")
    assert bad.returncode == 2 and "--budget-usd" in bad.stderr and "Traceback" not in bad.stderr
    bad = minigate("keys", "create", "--name", "x", "--budget-usd", "abc")
    assert bad.returncode == 2
    assert minigate("keys", "list").stdout.count("sk-mg-") == 1
    report = minigate("usage", "--by", "day", "--savings")
    assert report.returncode == 0 and "gpt-4o" in report.stdout
    assert minigate("usage", "--since", "yesterday").returncode == 2


def test_unknown_model_in_a_price_override_fails_at_start(tmp_path: Path, stub: StubThread) -> None:
    import yaml

    config = tmp_path / "bad.yaml"
    settings = ledger_config(
        stub,
        f"sqlite:///{tmp_path / 'x.db'}",
        ledger={"prices": {"gpt-5": {"input": 1, "output": 2}}},
    )
    config.write_text(yaml.safe_dump(settings))
    result = subprocess.run(
        [sys.executable, "-m", "minigate", "serve", "--config", str(config)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "unknown model 'gpt-5'" in result.stderr
    assert not (tmp_path / "x.db").exists()


@pytest.mark.parametrize("endpoint", ["chat", "completions"])
def test_an_answer_the_upstream_sent_no_usage_for_is_charged_an_estimate(
    gateway: AnyGateway, sqlite_url: str, stub: StubThread, endpoint: str
) -> None:
    """Before: an answer not streamed from an upstream that left usage out was recorded at 0
    tokens and $0 (x-minigate-cost-usd: 0), so a key's budget was never charged for it (probe
    sec9, finding 4). Now: it is charged as a stream without usage is, the prompt's bound and
    its text's bytes, which the answer's usage and x-minigate-usage: estimated report."""
    stub.stub.answer_usage = False
    sdk = gateway.client(api_key=create_key(gateway, budget_usd="1"))
    if endpoint == "chat":
        raw: Any = sdk.chat.completions.with_raw_response.create(
            model="mini", messages=HELLO, max_tokens=4
        )
    else:
        raw = sdk.completions.with_raw_response.create(model="mini", prompt="Hi", max_tokens=4)
    answer = raw.parse()
    assert raw.headers["x-minigate-usage"] == "estimated"
    assert Decimal(raw.headers["x-minigate-cost-usd"]) > 0
    [row] = [r for r in rows(sqlite_url) if r["id"] == raw.headers["x-minigate-request-id"]]
    assert row["cost_pusd"] > 0
    assert answer.usage is not None
    assert (row["prompt_tokens"], row["completion_tokens"]) == (
        answer.usage.prompt_tokens,
        answer.usage.completion_tokens,
    )
    # the prompt's bound, and no more than max_tokens of answer
    assert answer.usage.prompt_tokens > 0 and answer.usage.completion_tokens == 4


def test_an_answer_with_usage_has_no_estimate_header(gateway: AnyGateway) -> None:
    sdk = gateway.client(api_key=create_key(gateway))
    raw = sdk.chat.completions.with_raw_response.create(model="mini", messages=HELLO)
    assert "x-minigate-usage" not in raw.headers

"""No stuck or lost money: every reservation is settled or released, whatever ends a request
(a client leaving, a gateway killed with kill -9), and a reservation covers what the request
may really cost (n choices, images)."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import openai
import psycopg
import pytest

from minigate.testing.stub_upstream import COMPLETION_TEXT, StubThread, StubUpstream
from tests.conftest import Gateway, GatewayFactory, PostgresServer
from tests.hardening.helpers import (
    HELLO,
    MASTER,
    config,
    create_key,
    db_of,
    post,
    rows,
    spend,
    wait_until,
)
from tests.parallel import free_port

CHAT = "/chat/completions"
ENV = {"MINIGATE_MASTER_KEY": MASTER}
LEASE = {"ledger": {"lease_s": 2}}


@pytest.fixture
def slow_stub() -> Iterator[StubThread]:
    """Streams of 8 events, 0.4 s apart: long enough to kill a gateway in the middle."""
    thread = StubThread(StubUpstream(stream_delay_s=0.4))
    yield thread
    thread.close()


def _stream_forever(gateway: Gateway, secret: str, started: threading.Event) -> None:
    sdk = gateway.client(api_key=secret, max_retries=0)
    try:
        stream = sdk.chat.completions.create(
            model="big", messages=HELLO, stream=True, max_tokens=2000
        )
        for _ in stream:
            started.set()
    except openai.APIError:
        pass  # the gateway was killed under it


def _streams(gateway: Gateway, secret: str, count: int) -> list[threading.Thread]:
    threads = []
    for _ in range(count):
        started = threading.Event()
        thread = threading.Thread(target=_stream_forever, args=(gateway, secret, started))
        thread.start()
        assert started.wait(30)
        threads.append(thread)
    return threads


def test_kill_9_mid_stream_then_restart_frees_the_budget(
    start_gateway: GatewayFactory, slow_stub: StubThread, tmp_path: Path
) -> None:
    """Before: kill -9 during 20 streams left $1.49 of $2 held after the restart, for good.
    Then (probe ops15): the holds were released and the calls in flight, which the upstream
    had answered and billed, were counted nowhere; each is now a ``gateway_stopped`` row
    charged its reservation, and the budget counts it."""
    settings, db = config(slow_stub, tmp_path, **LEASE), db_of(tmp_path)
    first = start_gateway(settings, env=ENV)
    secret, key_id = create_key(first, budget_usd="0.2", period="total")
    finished = [post(first, CHAT, {"model": "big", "messages": HELLO}, key=secret) for _ in "ab"]
    assert [r.status_code for r in finished] == [200, 200]
    threads = _streams(first, secret, 6)
    first.process.kill()  # SIGKILL: nothing is settled, nothing is flushed
    first.process.wait()
    for thread in threads:
        thread.join(30)
    held = spend(db, key_id)[1]
    assert held > Decimal("0.12")  # 6 streams x 2,000 tokens x $10 per 1M, still reserved

    second = start_gateway(settings, env=ENV)
    assert wait_until(lambda: spend(db, key_id)[1] == 0), "the dead gateway's holds stay"
    spent = spend(db, key_id)[0]
    # The whole budget is usable again: a request that may cost all that is left gets in.
    left = Decimal("0.2") - spent
    max_tokens = int(left * 10**6 / 10) - 20
    whole = {"model": "big", "messages": HELLO, "max_tokens": max_tokens}
    assert post(second, CHAT, whole, key=secret).status_code == 200
    recorded = rows(db, key_id)
    ids = {r["id"] for r in recorded}
    assert all(r.json()["id"] in ids for r in finished)
    statuses = [r["status"] for r in recorded]
    assert statuses == ["ok", "ok", *["gateway_stopped"] * 6, "ok"]
    stopped = [r for r in recorded if r["status"] == "gateway_stopped"]
    assert sum(Decimal(r["cost_pusd"]) for r in stopped) / 10**12 == held
    assert {(r["completion_tokens"], r["stream"], r["served_model"]) for r in stopped} == {
        (2000, 1, "big")
    }
    assert spend(db, key_id) == (sum(Decimal(r["cost_pusd"]) for r in recorded) / 10**12, 0)


def _pg_spend(url: str, key_id: str) -> tuple[int, int]:
    with psycopg.connect(url.replace("+psycopg", "")) as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT coalesce(sum(spent_pusd), 0), coalesce(sum(reserved_pusd), 0) "
            "FROM key_spend WHERE key_id = %s",
            (key_id,),
        )
        found = cur.fetchone()
    assert found is not None
    return int(found[0]), int(found[1])


def test_a_live_gateway_reclaims_what_a_killed_one_held_on_postgresql(
    start_gateway: GatewayFactory, slow_stub: StubThread, postgres: PostgresServer, tmp_path: Path
) -> None:
    url = postgres.create_database(f"leases_{uuid.uuid4().hex[:8]}")
    settings = {**config(slow_stub, tmp_path, **LEASE), "store": {"url": url}}
    survivor, victim = start_gateway(settings, env=ENV), start_gateway(settings, env=ENV)
    secret, key_id = create_key(survivor, budget_usd="0.2", period="total")
    survivors = _streams(survivor, secret, 2)
    victims = _streams(victim, secret, 3)
    victim.process.kill()
    victim.process.wait()
    for thread in victims:
        thread.join(30)
    # The survivor keeps its own streams' leases alive and frees the victim's only.
    assert wait_until(lambda: _pg_spend(url, key_id)[1] < 3 * 20_000 * 10**6)
    for thread in survivors:
        thread.join(30)
    assert wait_until(lambda: _pg_spend(url, key_id)[1] == 0)
    spent = _pg_spend(url, key_id)[0]
    with psycopg.connect(url.replace("+psycopg", "")) as conn, conn.cursor() as cur:
        cur.execute("SELECT status, cost_pusd FROM requests WHERE key_id = %s", (key_id,))
        recorded = cur.fetchall()
    # The victim's 3 calls are charged their reservation, the survivor's 2 what they cost.
    assert sorted(status for status, _ in recorded) == ["gateway_stopped"] * 3 + ["ok"] * 2
    assert spent == sum(cost for _, cost in recorded)
    assert all(cost > 20_000 * 10**6 for status, cost in recorded if status != "ok")


def _stream_whole(gateway: Gateway, secret: str, started: threading.Event, out: list[str]) -> None:
    sdk = gateway.client(api_key=secret, max_retries=0)
    try:
        for chunk in sdk.chat.completions.create(model="big", messages=HELLO, stream=True):
            started.set()
            out.append(chunk.choices[0].delta.content or "" if chunk.choices else "")
    except openai.APIError as exc:
        out.append(f"error: {exc.message}")


def test_streams_that_end_while_postgresql_restarts_are_recorded_and_billed(
    start_gateway: GatewayFactory, slow_stub: StubThread, tmp_path: Path
) -> None:
    """Two streams (3.2 s each) end while their store's PostgreSQL is down for 4 s. Before:
    each client got an error after its whole answer, no row was written (the answers never
    billed), the audit entries were lost and the holds stayed until their leases ran out;
    and the lease renewals and the batch worker logged a traceback at every try. A private
    server: the session's is shared by the other tests."""
    server = PostgresServer(free_port())
    try:
        url = server.create_database("restarted")
        settings = {**config(slow_stub, tmp_path, **LEASE), "store": {"url": url}}
        gateway = start_gateway(settings, env=ENV)
        secret, key_id = create_key(gateway, budget_usd="1", period="total")
        outs: list[list[str]] = [[], []]
        threads = []
        for out in outs:
            started = threading.Event()
            args = (gateway, secret, started, out)
            threads.append(threading.Thread(target=_stream_whole, args=args))
            threads[-1].start()
            assert started.wait(30)
        server.restart(down_s=4)
        for thread in threads:
            thread.join(30)
        assert ["".join(out) for out in outs] == [COMPLETION_TEXT] * 2, outs
        assert wait_until(lambda: _pg_spend(url, key_id)[1] == 0)
        rows = _pg_rows(url, "SELECT id, status, cost_pusd FROM requests")
        assert [r[1] for r in rows] == ["ok", "ok"]
        assert _pg_spend(url, key_id)[0] == sum(r[2] for r in rows) > 0
        audited = "SELECT request_id FROM audit_entries WHERE event = 'request'"  # behind
        assert wait_until(lambda: {r[0] for r in _pg_rows(url, audited)} == {r[0] for r in rows})
        said = gateway.log.read_text()
        assert "Could not renew reservation leases (the store's server is gone:" in said
        assert "Traceback" not in said
    finally:
        server.stop()


def test_a_gateway_whose_postgresql_is_gone_stops_at_once(
    start_gateway: GatewayFactory, slow_stub: StubThread, tmp_path: Path
) -> None:
    """PostgreSQL stops under a stream, whose client then leaves (its row and audit entry are
    left to write); then the gateway is stopped. Before, the shutdown waited the writer's
    15 s (RECONNECT_S) for the server to come back; now a stopping writer does not wait."""
    server = PostgresServer(free_port())
    try:
        url = server.create_database("gone")
        gateway = start_gateway({**config(slow_stub, tmp_path), "store": {"url": url}}, env=ENV)
        secret, _ = create_key(gateway, budget_usd="1", period="total")
        sdk = gateway.client(api_key=secret, max_retries=0)
        stream = sdk.chat.completions.create(model="big", messages=HELLO, stream=True)
        next(iter(stream))
        server.process.terminate()
        server.process.wait(20)
        stream.close()
        time.sleep(1)  # the gateway sees the client gone at its next event (0.4 s)
        started = time.monotonic()
        gateway.process.terminate()
        gateway.process.wait(30)
        assert time.monotonic() - started < 5, gateway.log.read_text()[-3000:]
    finally:
        server.stop()


def _pg_rows(url: str, query: str) -> list[tuple[Any, ...]]:
    with psycopg.connect(url.replace("+psycopg", "")) as conn:
        return conn.execute(query).fetchall()


def test_a_client_leaving_mid_stream_releases_its_hold(
    start_gateway: GatewayFactory, slow_stub: StubThread, tmp_path: Path
) -> None:
    gateway = start_gateway(config(slow_stub, tmp_path), env=ENV)
    secret, key_id = create_key(gateway, budget_usd="1")
    sdk = gateway.client(api_key=secret, max_retries=0)
    stream = sdk.chat.completions.create(model="big", messages=HELLO, stream=True)
    next(iter(stream))
    stream.close()
    db = db_of(tmp_path)
    found = wait_until(lambda: rows(db, key_id))
    assert [r["status"] for r in found] == ["client_disconnected"]
    assert wait_until(lambda: spend(db, key_id)[1] == 0)


def test_a_client_that_abandons_an_unstreamed_request_pays_its_prompt(
    start_gateway: GatewayFactory, tmp_path: Path
) -> None:
    """Before: a client that timed out waiting for an answer (the upstream had its prompt)
    was recorded as client_disconnected with 0 tokens at $0, while a stream cut short was
    charged its prompt estimate and the chunks it sent. Now both pay the prompt's estimate,
    and neither pays for what it never got."""
    late = StubThread(StubUpstream(delay_s=2))
    try:
        gateway = start_gateway(config(late, tmp_path), env=ENV)
        secret, key_id = create_key(gateway, budget_usd="1")
        impatient = gateway.client(api_key=secret, max_retries=0, timeout=0.5)
        with pytest.raises(openai.APITimeoutError):
            impatient.chat.completions.create(model="big", messages=HELLO, max_tokens=50)
        late.stub.delay_s, late.stub.stream_delay_s = 0, 0.4
        sdk = gateway.client(api_key=secret, max_retries=0)
        stream = sdk.chat.completions.create(
            model="big", messages=HELLO, max_tokens=50, stream=True
        )
        next(iter(stream))
        stream.close()
        assert wait_until(lambda: len(rows(db_of(tmp_path), key_id)) == 2)
        unstreamed, streamed = rows(db_of(tmp_path), key_id)
        assert unstreamed["status"] == streamed["status"] == "client_disconnected"
        assert unstreamed["prompt_tokens"] == streamed["prompt_tokens"] > 0
        assert unstreamed["completion_tokens"] == 0 < streamed["completion_tokens"]
        # gpt-4o: $2.50 per 1M prompt tokens, in picodollars.
        assert unstreamed["cost_pusd"] == unstreamed["prompt_tokens"] * 2_500_000
        assert wait_until(lambda: spend(db_of(tmp_path), key_id)[1] == 0)
    finally:
        late.close()


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("money")


@pytest.fixture(scope="module")
def gateway(start_gateway: GatewayFactory, stub: StubThread, work: Path) -> Gateway:
    return start_gateway(config(stub, work), env=ENV)


IMAGE = {"type": "image_url", "image_url": {"url": "https://example.com/cat.png"}}


@pytest.mark.parametrize(
    "body",
    [
        {"n": 16, "max_tokens": 700},  # 16 x 700 tokens x $10 per 1M = $0.112
        {"messages": [{"role": "user", "content": [IMAGE, IMAGE]}], "max_tokens": 10},
    ],
    ids=["n", "images"],
)
def test_the_reservation_covers_every_choice_and_image(
    gateway: Gateway, work: Path, body: dict[str, Any]
) -> None:
    """Before: n: 16 spent $0.105 on a $0.10 budget (the reservation counted one choice)."""
    secret, key_id = create_key(gateway, budget_usd="0.10")
    refused = post(gateway, CHAT, {"model": "big", "messages": HELLO, **body}, key=secret)
    assert refused.status_code == 429, refused.text
    assert refused.json()["error"]["code"] == "budget_exceeded"
    assert spend(db_of(work), key_id)[1] == 0


def test_usage_above_the_reservation_is_recorded_and_blocks_the_key(
    gateway: Gateway, stub: StubThread, work: Path
) -> None:
    """Before: an upstream reporting 5,000 tokens overspent silently; now the row says so and
    the key is refused until it is back under its budget."""
    secret, key_id = create_key(gateway, budget_usd="0.01")
    stub.stub.completion_tokens = 5000
    try:
        body = {"model": "big", "messages": HELLO, "max_tokens": 10}
        assert post(gateway, CHAT, body, key=secret).status_code == 200
    finally:
        stub.stub.completion_tokens = None
    (row,) = wait_until(lambda: rows(db_of(work), key_id))
    assert row["completion_tokens"] == 5000 and row["status"] == "ok"
    spent, reserved = spend(db_of(work), key_id)
    assert spent > Decimal("0.05") and reserved == 0
    again = post(gateway, CHAT, {"model": "big", "messages": HELLO, "max_tokens": 1}, key=secret)
    assert again.status_code == 429 and again.json()["error"]["code"] == "budget_exceeded"


def test_a_budget_of_ten_reads_ten(gateway: Gateway) -> None:
    """Before: "1E+1"."""
    made = post(gateway, "/admin/keys", {"name": "t", "budget_usd": "10"})
    assert made.json()["budget_usd"] == "10"


def _ask(sdk: openai.OpenAI, stream: bool) -> None:
    answer = sdk.chat.completions.create(model="big", messages=HELLO, stream=stream)
    if stream:
        list(answer)


@pytest.mark.parametrize("status", [400, 429, 500])
def test_a_stream_the_upstream_refuses_costs_nothing(
    gateway: Gateway, stub: StubThread, work: Path, status: int
) -> None:
    """Before: refused unstreamed, a request cost $0; refused streamed, before any token, it
    was billed the prompt's upper bound, which the upstream never charged."""
    secret, key_id = create_key(gateway, budget_usd="1")
    sdk = gateway.client(api_key=secret, max_retries=0)
    stub.stub.status = status
    try:
        for stream in (False, True):
            with pytest.raises(openai.APIStatusError):
                _ask(sdk, stream)
    finally:
        stub.stub.status = 200
    found = wait_until(lambda: len(rows(db_of(work), key_id)) == 2 and rows(db_of(work), key_id))
    billed = [(r["stream"], r["prompt_tokens"], r["cost_pusd"]) for r in found]
    assert billed == [(0, 0, 0), (1, 0, 0)]
    assert spend(db_of(work), key_id) == (Decimal(0), Decimal(0))


@pytest.fixture(scope="module")
def guarded(
    start_gateway: GatewayFactory, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Gateway, Path]]:
    """A gateway whose output guard blocks a leak mid-stream, on ``big`` and through the route
    ``routed``; and its store. Each test reads the rows and spend of a key of its own."""
    work = tmp_path_factory.mktemp("guarded")
    words = " ".join(f"word{i}" for i in range(12))
    thread = StubThread(StubUpstream(text=f"{words} the code is internal-only {words}"))
    leak = {"type": "keywords", "name": "leak", "deny": ["internal-only"]}
    policy = {"id": "p", "models": ["big", "routed"], "output": [leak]}
    guard = {"stream_window_chars": 16, "policies": [policy]}
    routes = [{"id": "routed", "default": "big"}]
    try:
        yield start_gateway(config(thread, work, guard=guard, routes=routes), env=ENV), work
    finally:
        thread.close()


@pytest.mark.parametrize("model", ["big", "routed"])
def test_a_stream_the_output_guard_blocks_is_recorded_as_blocked(
    guarded: tuple[Gateway, Path], model: str
) -> None:
    """The guard ends the stream mid-way, not the client. Before: the ledger row said
    ``client_disconnected``, although the client read on to the error event; and through a
    route (whose model call has a context of its own), it still did."""
    gateway, work = guarded
    secret, key_id = create_key(gateway, budget_usd="1")
    sdk = gateway.client(api_key=secret, max_retries=0)
    stream = sdk.chat.completions.create(model=model, messages=HELLO, stream=True)
    assert next(stream).choices  # the answer's start was released before the block
    with pytest.raises(openai.APIError) as ended:
        list(stream)
    assert "answer was blocked" in ended.value.message
    db = db_of(work)
    found = wait_until(lambda: rows(db, key_id))
    assert [r["status"] for r in found] == ["content_policy_violation"]
    assert found[0]["cost_pusd"] > 0  # the upstream's tokens are paid for
    assert wait_until(lambda: spend(db, key_id)[1] == 0)

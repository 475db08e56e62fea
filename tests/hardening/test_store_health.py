"""Honest health: a store that was deleted or corrupted under a running gateway is reported,
and requests with a virtual key fail closed (503) instead of a 500 or a silent 200."""

from __future__ import annotations

import asyncio
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from minigate.errors import StoreUnavailable
from minigate.store import open_store
from minigate.store.health import StoreProbe
from minigate.store.writer import StoreWriter
from minigate.testing.stub_upstream import StubThread, StubUpstream
from tests.conftest import AppFactory, InProcessGateway
from tests.hardening.helpers import HELLO, MASTER, config, create_key, db_of, post

CHAT = {"model": "mini", "messages": HELLO}


@pytest.fixture
def stub() -> Iterator[StubThread]:
    thread = StubThread(StubUpstream())
    yield thread
    thread.close()


def _gateway(start_app: AppFactory, stub: StubThread, work: Path) -> InProcessGateway:
    """In-process: the store's files change under the running app as under a server."""
    cache = {"enabled": True, "sqlite_path": str(work / "cache" / "cache.sqlite3")}
    settings = {**config(stub, work), "cache": cache}
    return start_app(settings, env={"MINIGATE_MASTER_KEY": MASTER})


def _assert_fails_closed(gateway: InProcessGateway, secret: str) -> None:
    health = gateway.http.get("/health")
    assert health.status_code == 503
    # Uptime monitors and load balancers often ask with HEAD. Before: 405, healthy or not.
    assert gateway.http.head("/health").status_code == 503
    assert health.json()["status"] == "degraded" and health.json()["store"]["problem"]
    metrics = gateway.http.get("/metrics", headers={"authorization": f"Bearer {MASTER}"})
    assert "minigate_store_healthy 0.0" in metrics.text
    refused = post(gateway, "/chat/completions", CHAT, key=secret)
    assert refused.status_code == 503
    assert refused.json()["error"]["code"] == "store_unavailable"


def test_the_store_gauge_reads_the_store_from_the_first_scrape(
    start_app: AppFactory, stub: StubThread, tmp_path: Path
) -> None:
    """Before (probe ops15): 0 after a start until something called /health, so a setup that
    only scrapes /metrics read 0 for a healthy store, for good."""
    gateway = _gateway(start_app, stub, tmp_path)
    auth = {"authorization": f"Bearer {MASTER}"}
    assert "minigate_store_healthy 1.0" in gateway.http.get("/metrics", headers=auth).text
    Path(db_of(tmp_path)).unlink()
    assert "minigate_store_healthy 0.0" in gateway.http.get("/metrics", headers=auth).text


def test_a_deleted_database_is_reported_and_keys_fail_closed(
    start_app: AppFactory, stub: StubThread, tmp_path: Path
) -> None:
    """Before: still 200 and /health ok; everything gone at the next restart."""
    gateway = _gateway(start_app, stub, tmp_path)
    secret, _ = create_key(gateway, budget_usd="1")
    assert post(gateway, "/chat/completions", CHAT, key=secret).status_code == 200
    healthy = gateway.http.get("/health").json()
    assert healthy["status"] == "ok" and healthy["store"]["status"] == "ok"
    assert gateway.http.head("/health").status_code == 200
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_of(tmp_path)}{suffix}").unlink(missing_ok=True)
    _assert_fails_closed(gateway, secret)


def test_a_corrupted_database_is_a_503_not_a_500(
    start_app: AppFactory, stub: StubThread, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    gateway = _gateway(start_app, stub, tmp_path)
    secret, _ = create_key(gateway)
    db = db_of(tmp_path)
    with db.open("r+b") as data:  # same file, every page after the header overwritten
        size = max(db.stat().st_size, 64 * 1024)
        data.seek(100)
        data.write(os.urandom(size - 100))
    Path(f"{db}-wal").write_bytes(b"")
    response = post(gateway, "/chat/completions", CHAT, key=secret)
    assert response.status_code == 503, response.text
    assert response.json()["error"]["code"] == "store_unavailable"
    assert gateway.http.get("/health").json()["status"] == "degraded"
    caplog.clear()
    gateway.stop()  # before: the audit trail's last checkpoint raised out of the shutdown
    said = [r for r in caplog.records if "at shutdown" in r.getMessage()]
    assert len(said) == 1 and said[0].exc_info is None, said
    assert said[0].getMessage().startswith("The audit head was not signed at shutdown;")


def _immutable(paths: list[Path], on: bool) -> None:
    """chattr +i (or -i): where the filesystem or the user cannot, the test is skipped."""
    flag = "+i" if on else "-i"
    done = subprocess.run(["chattr", flag, *map(str, paths)], capture_output=True, check=False)
    if done.returncode != 0 and on:
        _immutable(paths, False)
        pytest.skip(f"chattr {flag} is not possible here: {done.stderr.decode().strip()}")


def test_a_store_that_cannot_be_written_while_it_runs_says_so(
    start_app: AppFactory, stub: StubThread, tmp_path: Path
) -> None:
    """The database file and its -wal file made immutable under the running gateway: as on a
    filesystem the kernel remounts read-only, a write through the descriptors SQLite holds
    fails ('disk I/O error'). A chmod does not do it (the connections were opened at start
    and keep writing: checked, through setpriv). A request with a virtual key is refused with
    a 503 that names the file and what to do, and /health says the same. Before: 'The
    gateway's store failed ... (disk I/O error). Try again later.', which retrying never
    mends."""
    gateway = _gateway(start_app, stub, tmp_path)
    secret, _ = create_key(gateway, budget_usd="1")
    assert post(gateway, "/chat/completions", CHAT, key=secret).status_code == 200
    db = db_of(tmp_path)
    locked = [db, Path(f"{db}-wal")]
    _immutable(locked, True)
    try:
        said = (
            f"The store's SQLite file {db} cannot be written (disk I/O error; not writable: it, "
            "its -wal file); make it and its folder writable for the user minigate runs as"
        )
        for check in ("the write fails", "/health", "the store is known to be broken"):
            if check == "/health":
                health = gateway.http.get("/health")
                assert health.status_code == 503 and health.json()["status"] == "degraded"
                assert health.json()["store"]["problem"].startswith(said), health.text
                continue
            refused = post(gateway, "/chat/completions", CHAT, key=secret)
            assert refused.status_code == 503, refused.text
            error = refused.json()["error"]
            assert error["code"] == "store_unavailable" and error["message"].startswith(said)
            assert error["message"].endswith("retrying will not help."), error["message"]
    finally:
        _immutable(locked, False)


def test_store_and_cache_files_are_private(
    start_app: AppFactory, stub: StubThread, tmp_path: Path
) -> None:
    """Before: 0644 (the reviews table holds prompts)."""
    gateway = _gateway(start_app, stub, tmp_path)
    cached = {**CHAT, "temperature": 0}
    assert post(gateway, "/chat/completions", cached).status_code == 200
    db = db_of(tmp_path)
    private = [db, Path(f"{db}-wal"), tmp_path / "cache" / "cache.sqlite3"]
    for path in private:
        assert path.exists() and path.stat().st_mode & 0o777 == 0o600, path


def test_a_failed_check_stops_failing_requests_30_s_later(tmp_path: Path) -> None:
    """Before (probe ops15): a /health check that found the store failing (PostgreSQL
    restarting) was held to by every request with a virtual key until the next /health call:
    503 ``store_unavailable`` a minute after the store came back, for as long as nothing asked.
    Now the failure counts 30 s, as one a request meets does."""
    db = tmp_path / "minigate.db"
    url = f"sqlite:///{db}"

    async def run() -> None:
        await (await open_store(url)).dispose()
        writer = StoreWriter(url)
        probe = StoreProbe(url, writer, "test-probe")
        now = [1000.0]
        probe.clock = lambda: now[0]
        try:
            assert (await probe.check()).ok
            now[0] += 2  # past the second a verdict is reused for
            await asyncio.sleep(1.1)  # a clock of its own was not always asked
            locked = [db, Path(f"{db}-wal")]
            _immutable(locked, True)
            try:
                assert not (await probe.check()).ok
            finally:
                _immutable(locked, False)
            now[0] += 29
            with pytest.raises(StoreUnavailable):
                probe.require()
            now[0] += 2  # past 30 s: the store may have come back; requests find out
            probe.require()
        finally:
            await writer.aclose()

    asyncio.run(run())

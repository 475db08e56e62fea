"""Tamper evidence to the end: with an anchor outside the database, `minigate audit verify
--anchor` catches what verified as OK before (a cut tail, deleted checkpoints or rows, a
rewrite re-signed with the key, a fresh chain); and the key is kept apart from the store."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from minigate.audit.chain import GENESIS, entry_hash
from minigate.audit.signer import load_signer
from minigate.testing.stub_upstream import StubThread
from tests.conftest import AppFactory, GatewayFactory
from tests.hardening.helpers import HELLO, MASTER, config, db_of, post, wait_until

Trail = tuple[Path, Path, Path]  # database, anchor, signing key


def _settings(stub: StubThread, work: Path, anchor: Path) -> dict[str, Any]:
    settings = config(stub, work)
    settings["audit"].update(checkpoint_every=5, anchor_path=str(anchor))
    return settings


def _count(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT count(*) FROM audit_entries").fetchone()[0])


@pytest.fixture(scope="module")
def crashed(
    start_gateway: GatewayFactory, stub: StubThread, tmp_path_factory: pytest.TempPathFactory
) -> Trail:
    """14 entries (config, key created, 12 requests), checkpoints at 5 and 10, then kill -9:
    the last 4 entries are signed by no checkpoint."""
    work = tmp_path_factory.mktemp("anchored")
    anchor = tmp_path_factory.mktemp("elsewhere") / "minigate.anchor"
    gateway = start_gateway(_settings(stub, work, anchor), env={"MINIGATE_MASTER_KEY": MASTER})
    assert post(gateway, "/admin/keys", {"name": "t"}).status_code == 201
    for _ in range(12):
        assert post(gateway, "/chat/completions", {"model": "mini", "messages": HELLO}).is_success
    db = db_of(work)
    assert wait_until(lambda: _count(db) == 14)
    assert wait_until(lambda: '"seq":14' in anchor.read_text())
    gateway.process.kill()
    gateway.process.wait()
    with sqlite3.connect(db) as conn:  # fold the WAL in: the tests copy the file alone
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return db, anchor, work / "keys" / "audit.pem"


def verify(db: Path, key: Path, *args: str) -> tuple[int, dict[str, Any]]:
    settings = {
        "store": {"url": f"sqlite:///{db}"},
        "audit": {"signing_key_path": str(key)},
    }
    path = db.parent / "verify.yaml"
    path.write_text(yaml.safe_dump(settings))
    result = subprocess.run(
        [sys.executable, "-m", "minigate", "audit", "verify", "--config", str(path), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result.returncode, json.loads(result.stdout)


def _rechain(conn: sqlite3.Connection, start: int) -> None:
    """Rewrite entries from ``start`` on and recompute every hash after them."""
    conn.row_factory = sqlite3.Row
    rows = [dict(r) for r in conn.execute("SELECT * FROM audit_entries ORDER BY seq")]
    for row in rows:  # JSON columns hash as values, as the gateway wrote them
        for name in ("route", "guard", "detail"):
            row[name] = None if row[name] is None else json.loads(row[name])
    prev = GENESIS if start == 1 else rows[start - 2]["entry_hash"]
    for row in rows[start - 1 :]:
        row["status"], row["prev_hash"] = "ok", prev
        row["cost_usd"] = "0"
        prev = row["entry_hash"] = entry_hash(prev, row)
        conn.execute(
            "UPDATE audit_entries SET status=?, cost_usd=?, prev_hash=?, entry_hash=? WHERE seq=?",
            (row["status"], row["cost_usd"], row["prev_hash"], row["entry_hash"], row["seq"]),
        )


def _cut_tail_and_last_checkpoint(conn: sqlite3.Connection, key: Path) -> None:
    conn.execute("DELETE FROM audit_entries WHERE seq > 5")
    conn.execute("DELETE FROM audit_checkpoints WHERE seq > 5")


def _cut_unsigned_tail(conn: sqlite3.Connection, key: Path) -> None:
    conn.execute("DELETE FROM audit_entries WHERE seq > 10")


def _drop_checkpoints(conn: sqlite3.Connection, key: Path) -> None:
    conn.execute("DELETE FROM audit_checkpoints")


def _drop_everything(conn: sqlite3.Connection, key: Path) -> None:
    conn.execute("DELETE FROM audit_checkpoints")
    conn.execute("DELETE FROM audit_entries")


def _rewrite_and_drop_checkpoint(conn: sqlite3.Connection, key: Path) -> None:
    _rechain(conn, 6)
    conn.execute("DELETE FROM audit_checkpoints WHERE seq > 5")


def _rewrite_and_resign(conn: sqlite3.Connection, key: Path) -> None:
    """Whoever holds the signing key can make a rewritten chain verify on its own."""
    _rechain(conn, 1)
    signer = load_signer(key, create=False)
    conn.execute("DELETE FROM audit_checkpoints")
    for seq, head in conn.execute("SELECT seq, entry_hash FROM audit_entries WHERE seq % 5 = 0"):
        conn.execute(
            "INSERT INTO audit_checkpoints VALUES (?, ?, ?, ?, ?)",
            (seq, head, "2026-01-01T00:00:00Z", signer.key_id, signer.sign(seq, head)),
        )


REWRITES = (_rewrite_and_drop_checkpoint, _rewrite_and_resign)
TAMPERING: list[Callable[[sqlite3.Connection, Path], None]] = [
    _cut_tail_and_last_checkpoint,
    _cut_unsigned_tail,
    _drop_checkpoints,
    _drop_everything,
    _rewrite_and_drop_checkpoint,
    _rewrite_and_resign,
]


def test_the_crashed_trail_verifies_with_its_anchor(crashed: Trail) -> None:
    db, anchor, key = crashed
    code, report = verify(db, key, "--anchor", str(anchor))
    assert code == 0, report
    assert report["entries"] == 14 and report["signed_up_to"] == 10


@pytest.mark.parametrize("tamper", TAMPERING, ids=[t.__name__.strip("_") for t in TAMPERING])
def test_the_anchor_catches_tampering_that_verified_before(
    crashed: Trail, tmp_path: Path, tamper: Callable[[sqlite3.Connection, Path], None]
) -> None:
    db, anchor, key = crashed
    copy = tmp_path / "copy.db"
    shutil.copy(db, copy)
    with sqlite3.connect(copy) as conn:
        tamper(conn, key)
    assert _count(copy) < 14 or tamper in (_drop_checkpoints, *REWRITES)
    code, _ = verify(copy, key)
    assert code == 0  # the old failure: without the anchor this verifies
    code, report = verify(copy, key, "--anchor", str(anchor))
    assert code == 1
    assert report["problem"]["kind"] == "not_anchored"


def test_a_fresh_chain_on_a_wiped_database_is_caught(
    start_app: AppFactory, stub: StubThread, crashed: Trail, tmp_path: Path
) -> None:
    _, anchor, key = crashed
    kept = tmp_path / "anchor"
    shutil.copy(anchor, kept)
    work = tmp_path / "wiped"
    settings = _settings(stub, work, kept)
    settings["audit"]["signing_key_path"] = str(key)
    gateway = start_app(settings, env={"MINIGATE_MASTER_KEY": MASTER})
    assert post(gateway, "/chat/completions", {"model": "mini", "messages": HELLO}).is_success
    gateway.stop()
    code, _ = verify(db_of(work), key)
    assert code == 0
    code, report = verify(db_of(work), key, "--anchor", str(kept))
    assert code == 1 and report["problem"]["kind"] == "not_anchored"


def test_the_signing_key_is_refused_beside_the_database(tmp_path: Path) -> None:
    db = tmp_path / "minigate.db"
    key = tmp_path / "audit.pem"
    settings = {"store": {"url": f"sqlite:///{db}"}, "audit": {"signing_key_path": str(key)}}
    path = tmp_path / "minigate.yaml"
    path.write_text(yaml.safe_dump(settings))
    result = subprocess.run(
        [sys.executable, "-m", "minigate", "serve", "--config", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert "is in the database's directory" in result.stderr
    assert "audit.allow_key_beside_store" in result.stderr
    assert "Traceback" not in result.stderr and not key.exists()

"""The audit trail: an unbroken, signed hash chain; every kind of tampering found and located."""

from __future__ import annotations

import asyncio
import json
import shutil
import sqlite3
import subprocess
import sys
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import yaml

from minigate.audit.chain import canonical_json, entry_hash, sha256_hex
from minigate.audit.models import ModelSources
from minigate.config import LlamaCppModel, load_settings
from minigate.digest import file_sha256
from minigate.errors import ConfigError
from minigate.testing.stub_upstream import COMPLETION_TEXT, StubThread, StubUpstream
from tests.conftest import (
    AnyGateway,
    AppFactory,
    GatewayFactory,
    InProcessGateway,
    PostgresServer,
)
from tests.conftest import upstream_model as upstream
from tests.terminal import on_terminal

HELLO = [{"role": "user", "content": "Hello"}]
MASTER = "sk-master-key-for-audit-tests"
ADMIN = {"authorization": f"Bearer {MASTER}"}


def audit_config(stub: StubThread, store_url: str, key_path: Path, **audit: Any) -> dict[str, Any]:
    return {
        "models": [upstream(stub.base_url, "mini", upstream_model="gpt-4o-mini")],
        "store": {"url": store_url},
        "cache": {"enabled": False},
        "audit": {
            "checkpoint_every": 5,
            "signing_key_path": str(key_path),
            "allow_key_beside_store": True,  # the tests keep both in one temporary directory
            **audit,
        },
        "server": {"access_log": False},
    }


def write_config(path: Path, config: dict[str, Any]) -> Path:
    path.write_text(yaml.safe_dump(config))
    return path


def minigate(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "minigate", *args, "--config", str(config)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def verified(config: Path, *args: str) -> tuple[int, dict[str, Any]]:
    result = minigate(config, "audit", "verify", *args)
    assert "Traceback" not in result.stderr, result.stderr
    return result.returncode, json.loads(result.stdout)


def entries(db: Path) -> list[dict[str, Any]]:
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute("SELECT * FROM audit_entries ORDER BY seq")]


def ask(gateway: AnyGateway, count: int, threads: int = 1, key: str = MASTER) -> list[str]:
    """``count`` chat completions through the SDK; returns their audit ids."""
    sdk = gateway.client(api_key=key, max_retries=0)

    def one(_: int) -> str:
        raw = sdk.chat.completions.with_raw_response.create(model="mini", messages=HELLO)
        assert raw.headers["x-minigate-audit-id"] == raw.parse().id
        return str(raw.headers["x-minigate-audit-id"])

    with ThreadPoolExecutor(threads) as pool:
        return list(pool.map(one, range(count)))


# -- a chain with every kind of tampering ------------------------------------------------------


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A trail of 14 entries (config, key created, 12 requests), checkpoints at 5, 10 and 14."""
    stub = StubThread(StubUpstream())  # module scope: a stub of its own
    work = tmp_path_factory.mktemp("audit")
    db, key = work / "audit.db", work / "audit.pem"
    config = audit_config(stub, f"sqlite:///{db}", key) | {"auth": {"master_key": MASTER}}
    gateway = InProcessGateway(work, config)
    created = gateway.http.post("/v1/admin/keys", json={"name": "t"}, headers=ADMIN)
    assert created.status_code == 201
    ask(gateway, 12)
    gateway.stop()
    stub.close()
    return db, key


def tampered_copy(pristine: tuple[Path, Path], tmp_path: Path) -> tuple[Path, Path]:
    db, key = pristine
    copy = tmp_path / "copy.db"
    shutil.copy(db, copy)
    audit = {"signing_key_path": str(key), "allow_key_beside_store": True}
    config = {"store": {"url": f"sqlite:///{copy}"}, "audit": audit}
    return copy, write_config(tmp_path / "minigate.yaml", config)


def _edit(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE audit_entries SET status = 'rate_limit_exceeded' WHERE seq = 4")


def _delete(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM audit_entries WHERE seq = 6")


def _insert(conn: sqlite3.Connection) -> None:
    # A forger who knows the algorithm: a well-formed entry chained to entry 6, the rest shifted.
    conn.execute("UPDATE audit_entries SET seq = seq + 1000 WHERE seq >= 7")
    conn.execute("UPDATE audit_entries SET seq = seq - 999 WHERE seq >= 1000")
    conn.row_factory = sqlite3.Row
    sixth = dict(conn.execute("SELECT * FROM audit_entries WHERE seq = 6").fetchone())
    forged = {**sixth, "seq": 7, "request_id": "chatcmpl-forged", "prev_hash": sixth["entry_hash"]}
    as_read = {k: json.loads(forged[k]) for k in ("route", "guard", "detail")}  # JSON columns
    forged["entry_hash"] = entry_hash(forged["prev_hash"], {**forged, **as_read})
    columns = ", ".join(forged)
    conn.execute(
        f"INSERT INTO audit_entries ({columns}) VALUES ({', '.join('?' * len(forged))})",
        list(forged.values()),
    )


def _swap(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE audit_entries SET seq = -1 WHERE seq = 8")
    conn.execute("UPDATE audit_entries SET seq = 8 WHERE seq = 9")
    conn.execute("UPDATE audit_entries SET seq = 9 WHERE seq = -1")


def _truncate(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM audit_entries WHERE seq > 7")


def _garble(conn: sqlite3.Connection) -> None:
    # JSON columns edited into what no entry holds: text that is not JSON, bytes, NaN
    conn.execute("UPDATE audit_entries SET detail = '{not json' WHERE seq = 5")


def _bytes(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE audit_entries SET route = X'ff00' WHERE seq = 9")


def _nan(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE audit_entries SET guard = 'NaN' WHERE seq = 11")


def test_the_trail_verifies_and_records_requests_and_key_changes(
    pristine: tuple[Path, Path], tmp_path: Path
) -> None:
    db, config = tampered_copy(pristine, tmp_path)
    code, report = verified(config)
    assert code == 0 and report["ok"] and report["entries"] == 14
    assert report["signed_up_to"] == 14 and report["checkpoints"] == 3
    trail = entries(db)
    assert [e["seq"] for e in trail] == list(range(1, 15))
    assert [e["event"] for e in trail[:3]] == ["config_loaded", "key_created", "request"]
    request = trail[2]
    assert request["served_model"] == "mini" and request["status"] == "ok"
    assert request["upstream"].startswith("gpt-4o-mini @ http://127.0.0.1:")
    assert request["prompt_hash"] == sha256_hex(canonical_json(HELLO))
    assert request["answer_hash"] == sha256_hex(COMPLETION_TEXT)
    assert request["cost_usd"] == "0.00000495"  # 9 x 0.15 + 6 x 0.60 per 1M tokens
    assert request["prompt_text"] is None  # audit.retain_text is off by default


@pytest.mark.parametrize(
    ("tamper", "seq", "kind"),
    [
        (_edit, 4, "modified"),
        (_delete, 6, "deleted"),
        (_insert, 7, "inserted"),
        (_swap, 8, "reordered"),
        (_truncate, 8, "truncated"),
        (_garble, 5, "modified"),
        (_bytes, 9, "modified"),
        (_nan, 11, "modified"),
    ],
    ids=["edit", "delete", "insert", "swap", "truncate", "not-json", "bytes", "nan"],
)
def test_tampering_is_detected_and_located(
    pristine: tuple[Path, Path], tmp_path: Path, tamper: Any, seq: int, kind: str
) -> None:
    db, config = tampered_copy(pristine, tmp_path)
    with sqlite3.connect(db) as conn:
        tamper(conn)
    code, report = verified(config)
    assert code == 1
    assert (report["problem"]["seq"], report["problem"]["kind"]) == (seq, kind)


# -- concurrency -------------------------------------------------------------------------------


def test_200_concurrent_requests_make_one_chain_on_sqlite(
    start_gateway: GatewayFactory, stub: StubThread, tmp_path: Path
) -> None:
    stub.stub.delay_s = 0.01
    db = tmp_path / "c.db"
    config = audit_config(stub, f"sqlite:///{db}", tmp_path / "k.pem")
    gateway = start_gateway(config)
    ids = ask(gateway, 200, threads=32)
    gateway.stop()
    code, report = verified(write_config(tmp_path / "c.yaml", config))
    assert code == 0 and report["entries"] == 201
    assert {e["request_id"] for e in entries(db) if e["event"] == "request"} == set(ids)


def test_two_gateways_sharing_postgresql_make_one_chain(
    start_gateway: GatewayFactory, stub: StubThread, postgres: PostgresServer, tmp_path: Path
) -> None:
    url = postgres.create_database(f"audit_{uuid.uuid4().hex[:8]}")
    config = audit_config(stub, url, tmp_path / "shared.pem")
    first, second = start_gateway(config), start_gateway(config)
    with ThreadPoolExecutor(2) as pool:
        runs = list(pool.map(lambda g: ask(g, 100, threads=16), [first, second]))
    first.stop()
    second.stop()
    code, report = verified(write_config(tmp_path / "pg.yaml", config))
    assert code == 0, report
    assert report["entries"] == 202 and report["last_seq"] == 202
    assert len(set(runs[0]) | set(runs[1])) == 200


# -- retention, export, the API ------------------------------------------------------------------


def test_purge_blanks_expired_text_and_keeps_the_chain(
    start_app: AppFactory, stub: StubThread, tmp_path: Path
) -> None:
    db = tmp_path / "r.db"
    config = audit_config(
        stub, f"sqlite:///{db}", tmp_path / "k.pem", retain_text=True, retention_days=0
    )
    gateway = start_app(config)
    [audit_id] = ask(gateway, 1)
    gateway.stop()
    path = write_config(tmp_path / "r.yaml", config)
    shown = json.loads(minigate(path, "audit", "show", audit_id).stdout)
    assert shown["answer_text"] == COMPLETION_TEXT
    assert json.loads(shown["prompt_text"]) == HELLO
    purged = minigate(path, "audit", "purge")
    assert json.loads(purged.stdout)["purged"] == 1
    shown = json.loads(minigate(path, "audit", "show", audit_id).stdout)
    assert shown["answer_text"] is None and shown["answer_hash"] == sha256_hex(COMPLETION_TEXT)
    assert verified(path)[0] == 0


def test_edited_full_text_is_caught(
    start_app: AppFactory, stub: StubThread, tmp_path: Path
) -> None:
    db = tmp_path / "t.db"
    config = audit_config(stub, f"sqlite:///{db}", tmp_path / "k.pem", retain_text=True)
    gateway = start_app(config)
    ask(gateway, 2)
    gateway.stop()
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE audit_entries SET answer_text = 'Goodbye.' WHERE seq = 3")
    code, report = verified(write_config(tmp_path / "t.yaml", config))
    assert code == 1 and (report["problem"]["seq"], report["problem"]["kind"]) == (3, "modified")


def exported(config: Path, tmp_path: Path) -> tuple[Path, Path]:
    """The whole trail exported, and the public key that verifies it."""
    export, pem = tmp_path / "audit.jsonl", tmp_path / "audit.pub.pem"
    made = minigate(config, "audit", "export", "--since", "2000-01-01", "-o", str(export))
    assert made.returncode == 0, made.stderr
    assert minigate(config, "audit", "pubkey", "-o", str(pem)).returncode == 0
    return export, pem


def test_export_verifies_with_the_public_key_alone(
    pristine: tuple[Path, Path], tmp_path: Path
) -> None:
    _, config = tampered_copy(pristine, tmp_path)
    export, pem = exported(config, tmp_path)
    assert "BEGIN PUBLIC KEY" in pem.read_text()
    elsewhere = write_config(tmp_path / "empty.yaml", {})  # no store, no private key needed
    code, report = verified(elsewhere, "--export", str(export), "--pubkey", str(pem))
    assert code == 0 and report["entries"] == 14

    lines = export.read_text().splitlines()
    entry = json.loads(lines[5])
    lines[5] = json.dumps({**entry, "cost_usd": "0"})
    export.write_text("\n".join(lines) + "\n")
    code, report = verified(elsewhere, "--export", str(export), "--pubkey", str(pem))
    assert code == 1 and report["problem"]["kind"] == "modified"
    assert report["problem"]["seq"] == entry["seq"]


def test_an_export_of_no_entries_verifies(pristine: tuple[Path, Path], tmp_path: Path) -> None:
    """Before: it carried every checkpoint of the trail and failed as 'truncated'."""
    _, config = tampered_copy(pristine, tmp_path)
    export, pem = tmp_path / "future.jsonl", tmp_path / "audit.pub.pem"
    made = minigate(config, "audit", "export", "--since", "2999-01-01", "-o", str(export))
    assert made.returncode == 0 and made.stderr == "Exported 0 entries and 0 checkpoints.\n"
    assert minigate(config, "audit", "pubkey", "-o", str(pem)).returncode == 0
    [header] = [json.loads(line) for line in export.read_text().splitlines()]
    assert (header["type"], header["entries"]) == ("header", 0)
    elsewhere = write_config(tmp_path / "empty.yaml", {})
    code, report = verified(elsewhere, "--export", str(export), "--pubkey", str(pem))
    assert code == 0 and (report["entries"], report["checkpoints"]) == (0, 0)


@pytest.mark.parametrize(
    ("cut", "said"),
    [
        (lambda lines: [], "{path} is not a minigate audit export: it is empty;"),
        (lambda lines: lines[:1], "{path} was cut short: it holds 0 of the 14 entries"),
        (lambda lines: lines[:14] + lines[15:], "{path} was cut short: it holds 13 of the 14"),
        (lambda lines: lines[:1] + lines[2:], "{path} was cut short: it holds 13 of the 14"),
        (lambda lines: lines[:-1], "{path} was cut short: it holds 2 of the 3 checkpoints"),
        (lambda lines: lines[1:], "{path} is not a minigate audit export: its first line is"),
    ],
    ids=[
        "empty",
        "header-only",
        "last-entry-gone",
        "first-entry-gone",
        "last-checkpoint-gone",
        "no-header",
    ],
)
def test_an_empty_or_cut_export_is_refused(
    pristine: tuple[Path, Path], tmp_path: Path, cut: Any, said: str
) -> None:
    """Before: an empty file, or one cut to its header, verified as "ok": true."""
    _, config = tampered_copy(pristine, tmp_path)
    export, pem = exported(config, tmp_path)
    lines = export.read_text().splitlines(keepends=True)
    assert len(lines) == 18  # a header, 14 entries, 3 checkpoints
    export.write_text("".join(cut(lines)))
    elsewhere = write_config(tmp_path / "empty.yaml", {})
    result = minigate(elsewhere, "audit", "verify", "--export", str(export), "--pubkey", str(pem))
    assert result.returncode == 2, result.stdout
    assert said.format(path=export) in result.stderr, result.stderr
    assert len(result.stderr.splitlines()) == 1


def _header(lines: list[str], **changes: Any) -> list[str]:
    return [json.dumps({**json.loads(lines[0]), **changes}) + "\n", *lines[1:]]


@pytest.mark.parametrize(
    "edit",
    [
        lambda lines: _header(lines[:1] + lines[2:], entries=13),
        lambda lines: _header(lines, entries=13),
        lambda lines: _header(lines, since="2026-01-01"),
    ],
    ids=["first-entry-cut-and-counted", "count-edited", "since-edited"],
)
def test_an_export_whose_header_was_edited_is_refused(
    pristine: tuple[Path, Path], tmp_path: Path, edit: Any
) -> None:
    """Before: the count was no part of anything signed, and an export may start at any
    entry, so a file cut at its start with its count edited to match verified as "ok"."""
    _, config = tampered_copy(pristine, tmp_path)
    export, pem = exported(config, tmp_path)
    header = json.loads(export.read_text().splitlines()[0])
    assert (header["format"], header["entries"], header["checkpoints"]) == (
        "minigate-audit/2",
        14,
        3,
    )
    export.write_text("".join(edit(export.read_text().splitlines(keepends=True))))
    elsewhere = write_config(tmp_path / "empty.yaml", {})
    result = minigate(elsewhere, "audit", "verify", "--export", str(export), "--pubkey", str(pem))
    assert result.returncode == 2, result.stdout
    assert result.stderr == (
        f"minigate: The header of the audit export {export} is not the one its gateway "
        "signed: it was edited (its entry count, say); export it again with 'minigate audit "
        "export'.\n"
    )


def test_an_export_made_before_headers_were_signed_verifies_when_asked(
    pristine: tuple[Path, Path], tmp_path: Path
) -> None:
    _, config = tampered_copy(pristine, tmp_path)
    export, pem = exported(config, tmp_path)
    header, *records = export.read_text().splitlines(keepends=True)
    kept = ("type", "since", "exported_at", "public_key_id", "entries")
    old = {name: value for name, value in json.loads(header).items() if name in kept}
    export.write_text("".join([json.dumps({**old, "format": "minigate-audit/1"}) + "\n", *records]))
    elsewhere = write_config(tmp_path / "empty.yaml", {})
    args = ["audit", "verify", "--export", str(export), "--pubkey", str(pem)]
    refused = minigate(elsewhere, *args)
    assert refused.returncode == 2
    assert "is minigate-audit/1, whose header (its entry count) no signature" in refused.stderr
    assert "--unsigned-header" in refused.stderr and len(refused.stderr.splitlines()) == 1
    code, report = verified(
        elsewhere, "--export", str(export), "--pubkey", str(pem), "--unsigned-header"
    )
    assert code == 0 and report["entries"] == 14


@pytest.mark.parametrize(
    ("line", "edit", "said"),
    [
        (5, lambda r: r.pop("prev_hash"), "jsonl:6 is not a whole entry"),
        (5, lambda r: r.update(seq="5"), "jsonl:6 is not a whole entry"),
        (-1, lambda r: r.pop("signature"), "is not a whole checkpoint"),
        (-1, lambda r: r.update(head_hash=None), "is not a whole checkpoint"),
    ],
    ids=["entry-without-prev-hash", "seq-as-text", "checkpoint-unsigned", "null-head"],
)
def test_an_export_with_a_record_cut_short_is_one_line(
    pristine: tuple[Path, Path], tmp_path: Path, line: int, edit: Any, said: str
) -> None:
    """Before: a KeyError traceback, or Python's 'invalid literal for int()'."""
    _, config = tampered_copy(pristine, tmp_path)
    export, pem = tmp_path / "audit.jsonl", tmp_path / "audit.pub.pem"
    made = minigate(config, "audit", "export", "--since", "2000-01-01", "-o", str(export))
    assert made.returncode == 0, made.stderr
    assert minigate(config, "audit", "pubkey", "-o", str(pem)).returncode == 0
    lines = export.read_text().splitlines()
    record = json.loads(lines[line])
    edit(record)
    lines[line] = json.dumps(record)
    export.write_text("\n".join(lines) + "\n")
    elsewhere = write_config(tmp_path / "empty.yaml", {})
    result = minigate(elsewhere, "audit", "verify", "--export", str(export), "--pubkey", str(pem))
    assert result.returncode == 2, result.stdout
    assert said in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (None, "Cannot read the audit export {path}: No such file or directory."),
        (b'{"kind": "entry"}\n\xff\n', "The audit export {path} is not UTF-8 text;"),
    ],
)
def test_an_export_that_cannot_be_read_is_one_line_naming_it(
    tmp_path: Path, data: bytes | None, said: str
) -> None:
    """Before: Python's own words ('[Errno 2] No such file or directory: ...', "'utf-8' codec
    can't decode byte 0xff ..."), naming neither the file's role nor what to do."""
    export = tmp_path / "audit.jsonl"
    if data is not None:
        export.write_bytes(data)
    elsewhere = write_config(tmp_path / "empty.yaml", {})
    pem = str(tmp_path / "audit.pub.pem")
    result = minigate(elsewhere, "audit", "verify", "--export", str(export), "--pubkey", pem)
    assert result.returncode == 2, result.stdout
    assert result.stderr.startswith("minigate: " + said.format(path=export)), result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_get_audit_entry_needs_the_master_key(
    start_app: AppFactory, stub: StubThread, tmp_path: Path
) -> None:
    config = audit_config(stub, f"sqlite:///{tmp_path / 'a.db'}", tmp_path / "k.pem")
    gateway = start_app(config, env={"MINIGATE_MASTER_KEY": MASTER})
    sdk = gateway.client(api_key=MASTER)
    chunks = list(sdk.chat.completions.create(model="mini", messages=HELLO, stream=True))
    url = f"/v1/audit/{chunks[0].id}"
    found = gateway.http.get(url, headers=ADMIN)
    assert found.status_code == 200
    body = found.json()
    assert body["object"] == "audit.entry" and body["hash_ok"] is True
    streamed = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert body["answer_hash"] == sha256_hex(streamed) and body["status"] == "ok"
    with sqlite3.connect(tmp_path / "a.db") as conn:  # edited by hand into text that is not JSON
        conn.execute("UPDATE audit_entries SET detail = '{x' WHERE seq = ?", (body["seq"],))
    edited = gateway.http.get(url, headers=ADMIN)
    assert edited.status_code == 200 and edited.json()["hash_ok"] is False
    assert edited.json()["detail"] == "{x"
    assert gateway.http.get(url).status_code == 401
    key = gateway.http.post("/v1/admin/keys", json={"name": "u"}, headers=ADMIN).json()
    refused = gateway.http.get(url, headers={"authorization": f"Bearer {key['key']}"})
    assert refused.status_code == 403
    assert refused.json()["error"]["code"] == "permission_denied"
    unknown = gateway.http.get("/v1/audit/chatcmpl-unknown", headers=ADMIN)
    assert unknown.status_code == 404
    assert unknown.json()["error"] == {
        "message": "No audit entry for request 'chatcmpl-unknown'.",
        "type": "invalid_request_error",
        "param": "request_id",
        "code": "not_found",
    }


def test_a_blocked_prompt_and_a_held_answer_can_be_traced_by_their_headers(
    start_app: AppFactory, stub: StubThread, tmp_path: Path
) -> None:
    """Before: a prompt an input scanner blocked answered with a request id of its own
    (req-...), no x-minigate-audit-id and no x-minigate-guard, so GET /v1/audit/<that id> was
    a 404 while the entry sat under an id the client never saw; and the ledger had no row for
    it. Now the error carries the request's id, its audit id and the scanner, as an answer
    does, and the ledger records it (cost 0); a 202 for a held answer carries its audit id."""
    db = tmp_path / "a.db"
    config = audit_config(stub, f"sqlite:///{db}", tmp_path / "k.pem")
    config["models"].append(upstream(stub.base_url, "held", upstream_model="gpt-4o-mini"))
    deny = {"type": "keywords", "name": "deny-list", "deny": ["forbidden"]}
    config["guard"] = {
        "review": {"mode": "http_202"},
        "policies": [
            {"id": "strict", "models": ["mini"], "input": [deny]},
            {"id": "reviewed", "models": ["held"], "review_all": True},
        ],
    }
    gateway = start_app(config, env={"MINIGATE_MASTER_KEY": MASTER})
    blocked_ids = []
    for path, body in [
        ("/v1/chat/completions", {"messages": [{"role": "user", "content": "a forbidden word"}]}),
        (
            "/v1/chat/completions",
            {"messages": [{"role": "user", "content": "forbidden"}], "stream": True},
        ),
        ("/v1/completions", {"prompt": "forbidden"}),
    ]:
        blocked = gateway.http.post(path, json={"model": "mini", **body}, headers=ADMIN)
        assert blocked.status_code == 400, blocked.text
        assert blocked.json()["error"]["code"] == "content_policy_violation"
        request_id = blocked.headers["x-minigate-request-id"]
        assert blocked.headers["x-minigate-audit-id"] == request_id
        assert blocked.headers["x-minigate-guard"] == "input:deny-list"
        entry = gateway.http.get(f"/v1/audit/{request_id}", headers=ADMIN)
        assert entry.status_code == 200
        assert entry.json()["status"] == "content_policy_violation"
        blocked_ids.append(request_id)

    held = gateway.http.post(
        "/v1/chat/completions", json={"model": "held", "messages": HELLO}, headers=ADMIN
    )
    assert held.status_code == 202
    request_id = held.headers["x-minigate-request-id"]
    assert held.headers["x-minigate-audit-id"] == request_id
    assert gateway.http.get(f"/v1/audit/{request_id}", headers=ADMIN).status_code == 200

    with sqlite3.connect(db) as conn:
        found = conn.execute(
            "SELECT id, status, cost_pusd, prompt_tokens, requested_model FROM requests"
        ).fetchall()
    rows = {row[0]: row[1:] for row in found}
    assert [rows[i] for i in blocked_ids] == [("content_policy_violation", 0, 0, "mini")] * 3
    assert rows[request_id][0] == "review_pending"  # the request's final status: held


# -- bad inputs ----------------------------------------------------------------------------------


def test_a_corrupt_signing_key_stops_the_gateway_at_start(stub: StubThread, tmp_path: Path) -> None:
    key = tmp_path / "audit.pem"
    key.write_text("-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----\n")
    config = write_config(
        tmp_path / "bad.yaml", audit_config(stub, f"sqlite:///{tmp_path / 'x.db'}", key)
    )
    result = minigate(config, "serve")
    assert result.returncode == 2
    assert f"The audit signing key {key} (audit.signing_key_path)" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_new_signing_key_is_private(
    start_app: AppFactory, stub: StubThread, tmp_path: Path
) -> None:
    key = tmp_path / "new" / "audit.pem"
    gateway = start_app(audit_config(stub, f"sqlite:///{tmp_path / 'n.db'}", key))
    gateway.stop()
    assert key.stat().st_mode & 0o777 == 0o600


def test_bad_audit_settings_name_the_key(tmp_path: Path) -> None:
    path = write_config(tmp_path / "bad.yaml", {"audit": {"checkpoint_every": 0}})
    with pytest.raises(ConfigError, match=r"audit\.checkpoint_every"):
        load_settings(path)


def test_local_model_files_are_hashed_once(tmp_path: Path) -> None:
    weights = tmp_path / "model.gguf"
    weights.write_bytes(b"GGUF" + bytes(3_000_000))
    model = LlamaCppModel(backend="llama_cpp", id="local", path=str(weights))

    async def describe() -> tuple[str | None, str | None]:
        sources = ModelSources([model])
        sources.start()
        return await sources.describe("local")

    assert asyncio.run(describe()) == (file_sha256(weights), None)


# -- progress on stderr -------------------------------------------------------------------------


def test_verify_and_export_draw_a_bar_on_a_terminal_only(
    pristine: tuple[Path, Path], tmp_path: Path
) -> None:
    """Both loop over every entry: a bar on stderr when it is a terminal, as the other long
    commands draw (cli.common.progress_bar), and stdout unchanged. Before: no bar."""
    _, config = tampered_copy(pristine, tmp_path)
    piped = minigate(config, "audit", "verify")
    assert piped.returncode == 0 and piped.stderr == ""
    exported = minigate(config, "audit", "export", "--since", "2000-01-01")
    assert exported.returncode == 0
    assert exported.stderr == "Exported 14 entries and 3 checkpoints.\n"
    assert [json.loads(x)["type"] for x in exported.stdout.splitlines()] == (
        ["header"] + ["entry"] * 14 + ["checkpoint"] * 3
    )

    stdout, drawn = on_terminal("audit", "verify", "--config", str(config))
    assert json.loads(stdout) == json.loads(piped.stdout)
    assert "verifying" in drawn and "14/14" not in stdout
    stdout, drawn = on_terminal("audit", "export", "--since", "2000-01-01", "--config", str(config))
    assert "exporting" in drawn and "Exported 14 entries" in drawn
    assert [json.loads(x)["type"] for x in stdout.splitlines()] == (
        ["header"] + ["entry"] * 14 + ["checkpoint"] * 3
    )


@pytest.mark.parametrize("stream", [False, True])
def test_retained_text_keeps_what_the_guard_redacted_as_placeholders(
    start_app: AppFactory, stub: StubThread, tmp_path: Path, stream: bool
) -> None:
    """Before: with audit.retain_text, GET /v1/audit/{id} showed the caller's e-mail address
    and SSN in clear, though the guard had redacted them and the upstream and the review queue
    only ever saw placeholders (probe sec9). Now: the trail keeps the prompt as the model was
    sent it and the answer as the model gave it, placeholders and all."""
    config = audit_config(stub, f"sqlite:///{tmp_path / 'p.db'}", tmp_path / "k.pem")
    config["audit"]["retain_text"] = True
    config["guard"] = {
        "policies": [
            {
                "id": "pii",
                "models": ["mini"],
                "input": [{"type": "pii", "action": "redact"}],
                "output": [{"type": "pii", "action": "redact"}],
            }
        ]
    }
    stub.stub.text = "Noted: {user}"  # a model that repeats the placeholders it was sent
    gateway = start_app(config, env={"MINIGATE_MASTER_KEY": MASTER})
    sdk = gateway.client(api_key=MASTER)
    prompt = "Mail jane.doe@example.com, SSN 123-45-6789."
    asked: Any = [{"role": "user", "content": prompt}]
    if stream:
        chunks = list(sdk.chat.completions.create(model="mini", messages=asked, stream=True))
        request_id = chunks[0].id
        answer = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    else:
        raw = sdk.chat.completions.with_raw_response.create(model="mini", messages=asked)
        request_id, answer = raw.headers["x-minigate-audit-id"], raw.parse().choices[0].message
        answer = answer.content or ""
    assert "jane.doe@example.com" in answer  # the caller gets their own values back
    sent = stub.stub.received[-1].body["messages"][0]["content"]
    entry = gateway.http.get(f"/v1/audit/{request_id}", headers=ADMIN).json()
    for text in (entry["prompt_text"], entry["answer_text"]):
        assert "jane.doe@example.com" not in text and "123-45-6789" not in text
    assert json.loads(entry["prompt_text"])[0]["content"] == sent
    assert entry["answer_text"] == f"Noted: {sent}"

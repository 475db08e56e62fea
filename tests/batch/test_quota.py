"""A key's uploaded files are limited in total (batch.max_stored_bytes_per_key, and in number:
batch.max_files_per_key). Before: any key could upload 200 MB files without end (an outside
tester stored 6 x 39 MB with one ordinary key in 1.2 s) and fill the gateway's disk."""

from __future__ import annotations

import io
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import openai
import psycopg
import pytest

from minigate.config import load_settings
from minigate.errors import ConfigError
from minigate.testing.postgres import PostgresServer
from minigate.testing.stub_upstream import StubThread
from tests.batch.conftest import MASTER, batch_config, chat_line, jsonl, results, wait_for
from tests.conftest import Gateway, GatewayFactory

QUOTA = 3000
MOST_FILES = 3
KEYS = ("over", "freed", "racer", "counter", "batcher")


def key(name: str) -> str:
    return f"sk-quota-{name}-key"


def sized(n: int) -> bytes:
    """A JSONL file of exactly ``n`` bytes (a line the upload's checks pass)."""
    return b'{"p": "' + b"a" * (n - 10) + b'"}\n'


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("quota")


@pytest.fixture(scope="module")
def gateway(start_gateway: GatewayFactory, module_stub: StubThread, store_dir: Path) -> Gateway:
    config = batch_config(
        module_stub,
        f"sqlite:///{store_dir / 'minigate.db'}",
        max_stored_bytes_per_key=QUOTA,
        max_files_per_key=MOST_FILES,
    )
    config["auth"]["api_keys"] = [{"key": key(n), "name": n} for n in KEYS]
    return start_gateway(config, env={"MINIGATE_MASTER_KEY": MASTER})


@pytest.fixture(scope="module")
def files_dir(gateway: Gateway, store_dir: Path) -> Path:
    return store_dir / "files"  # batch_config's files_dir


def client(gateway: Gateway, name: str) -> openai.OpenAI:
    return gateway.client(api_key=key(name) if name != "master" else MASTER, max_retries=0)


def upload(sdk: openai.OpenAI, content: bytes) -> str:
    return sdk.files.create(file=("f.jsonl", io.BytesIO(content)), purpose="batch").id


def refused(sdk: openai.OpenAI, content: bytes) -> str:
    """The message of the upload's refusal, once its status and code are checked."""
    with pytest.raises(openai.BadRequestError) as caught:
        upload(sdk, content)
    assert caught.value.status_code == 400
    assert caught.value.code == "storage_quota_exceeded"
    assert caught.value.param == "file"
    message = caught.value.body["message"]  # type: ignore[index]
    assert isinstance(message, str)
    return message


def stored(files_dir: Path) -> set[str]:
    """Every file on the gateway's disk, scratch files included."""
    return {str(p.relative_to(files_dir)) for p in files_dir.rglob("*") if p.is_file()}


def test_an_upload_over_the_quota_is_refused_and_leaves_nothing(
    gateway: Gateway, files_dir: Path
) -> None:
    over = client(gateway, "over")
    kept = upload(over, sized(1000))
    before = stored(files_dir)
    assert refused(over, sized(2500)) == (
        "This upload would pass the key's file storage quota: its files hold 1000 bytes of "
        "the 3000 it may keep (batch.max_stored_bytes_per_key); this file is larger than the "
        "2000 bytes left. Delete files the key no longer needs (DELETE /v1/files/{file_id}) "
        "and upload again."
    )
    upload(over, sized(2000))  # exactly the quota
    after_full = stored(files_dir)
    assert refused(over, sized(100)) == (
        "This upload would pass the key's file storage quota: its files hold 3000 bytes of "
        "the 3000 it may keep (batch.max_stored_bytes_per_key). Delete files the key no "
        "longer needs (DELETE /v1/files/{file_id}) and upload again."
    )
    assert stored(files_dir) == after_full and len(after_full) == len(before) + 1
    assert [f.bytes for f in over.files.list()] == [2000, 1000]
    assert kept in {f.id for f in over.files.list()}


def test_deleting_a_file_frees_its_quota(gateway: Gateway) -> None:
    freed = client(gateway, "freed")
    first = upload(freed, sized(2000))
    refused(freed, sized(2000))
    freed.files.delete(first)
    upload(freed, sized(2000))


def test_a_key_keeps_at_most_max_files_per_key(gateway: Gateway) -> None:
    counter = client(gateway, "counter")
    ids = [upload(counter, sized(100)) for _ in range(MOST_FILES)]
    assert refused(counter, sized(100)) == (
        "This upload would pass the key's file storage quota: it keeps 3 files, the most it "
        "may (batch.max_files_per_key). Delete files the key no longer needs "
        "(DELETE /v1/files/{file_id}) and upload again."
    )
    counter.files.delete(ids[0])
    upload(counter, sized(100))


def test_the_master_key_is_not_limited(gateway: Gateway) -> None:
    master = client(gateway, "master")
    for _ in range(MOST_FILES + 1):
        upload(master, sized(QUOTA))


def test_two_uploads_at_once_cannot_together_pass_the_quota(
    gateway: Gateway, files_dir: Path
) -> None:
    """Two uploads of 2000 bytes on a quota of 3000 both start while the key's files hold
    nothing, so both pass the checks made before and while they stream; one is kept."""
    before = stored(files_dir)
    both_sent_half = threading.Barrier(2, timeout=10)
    answers: list[httpx.Response] = []

    def send() -> None:
        answers.append(_upload_in_halves(gateway, key("racer"), sized(2000), both_sent_half))

    threads = [threading.Thread(target=send) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(a.status_code for a in answers) == [200, 400], [a.text for a in answers]
    [loser] = [a for a in answers if a.status_code == 400]
    assert loser.json()["error"]["code"] == "storage_quota_exceeded"
    assert "its files hold 2000 bytes of the 3000" in loser.json()["error"]["message"]
    assert len(stored(files_dir)) == len(before) + 1
    assert [f.bytes for f in client(gateway, "racer").files.list()] == [2000]


def test_an_upload_waits_for_a_racing_upload_of_its_key_on_postgresql(
    start_gateway: GatewayFactory, module_stub: StubThread, postgres: PostgresServer, tmp_path: Path
) -> None:
    """Under READ COMMITTED an upload's count does not see another's row until it commits
    (another gateway's, on the same store): both were kept, 4000 bytes of 3000. Here the
    test's own transaction is that other upload, between its insert and its commit, holding
    the key's lock as the gateway's insert does; the gateway's upload waits for it, then
    counts its file and is refused."""
    url = postgres.create_database(f"quota_{uuid.uuid4().hex[:8]}")
    config = batch_config(
        module_stub, url, max_stored_bytes_per_key=QUOTA, worker=False, files_dir=str(tmp_path)
    )
    config["auth"]["api_keys"] = [{"key": key("racer"), "name": "racer"}]
    gateway = start_gateway(config)
    answers: list[httpx.Response] = []
    with psycopg.connect(url.replace("+psycopg", "")) as other:
        other.execute("SELECT pg_advisory_xact_lock(hashtext('minigate.files:static:racer'))")
        other.execute(
            "INSERT INTO files (id, key_id, purpose, filename, bytes, lines, created_at) "
            "VALUES ('file-other', 'static:racer', 'batch', 'f.jsonl', 2000, 1, 0)"
        )
        sender = threading.Thread(
            target=lambda: answers.append(_upload(gateway, key("racer"), sized(2000)))
        )
        sender.start()
        deadline = time.monotonic() + 10
        while sender.is_alive() and time.monotonic() < deadline and not _waiting(url):
            time.sleep(0.05)
        other.commit()
    sender.join(timeout=30)
    [answer] = answers
    assert answer.status_code == 400, answer.text
    assert answer.json()["error"]["code"] == "storage_quota_exceeded"
    assert list(tmp_path.glob("*.jsonl")) == []


def _waiting(url: str) -> bool:
    """Whether a transaction waits for an advisory lock."""
    with psycopg.connect(url.replace("+psycopg", "")) as conn:
        query = "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
        found = conn.execute(query).fetchone()
    return found is not None and found[0] > 0


def _upload(gateway: Gateway, api_key: str, content: bytes) -> httpx.Response:
    return httpx.post(
        f"{gateway.base_url}/files",
        files={"file": ("f.jsonl", content)},
        data={"purpose": "batch"},
        headers={"authorization": f"Bearer {api_key}"},
        timeout=30,
    )


def _upload_in_halves(
    gateway: Gateway, api_key: str, content: bytes, barrier: threading.Barrier
) -> httpx.Response:
    """A multipart upload whose body stops halfway until ``barrier`` lets it go on."""
    boundary = "quota-race"
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nbatch\r\n'
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; '
        'filename="f.jsonl"\r\nContent-Type: application/octet-stream\r\n\r\n'
    ).encode()
    tail = f"\r\n--{boundary}--\r\n".encode()
    half = len(content) // 2

    def body() -> Iterator[bytes]:
        yield head + content[:half]
        barrier.wait()
        yield content[half:] + tail

    return httpx.post(
        f"{gateway.base_url}/files",
        content=body(),
        headers={
            "authorization": f"Bearer {api_key}",
            "content-type": f"multipart/form-data; boundary={boundary}",
        },
        timeout=30,
    )


def test_a_batch_at_the_quota_still_writes_its_output(gateway: Gateway) -> None:
    """Output files are the gateway's own writing: they count for no key, and a batch whose
    owner's uploads fill the quota still completes."""
    batcher = client(gateway, "batcher")
    lines = jsonl([chat_line(n) for n in range(3)])
    file_id = upload(batcher, lines)
    upload(batcher, sized(QUOTA - len(lines)))
    full = f"its files hold {QUOTA} bytes of the {QUOTA} it may keep"
    assert full in refused(batcher, sized(100))
    batch = batcher.batches.create(
        input_file_id=file_id, endpoint="/v1/chat/completions", completion_window="24h"
    )
    done = wait_for(batcher, batch.id)
    assert done.status == "completed", done
    assert len(results(batcher, done.output_file_id)) == 3
    assert full in refused(batcher, sized(100))  # not one byte, nor one file, more


@pytest.mark.parametrize(
    ("value", "said"),
    [
        ("-1", "Input should be greater than or equal to 1"),
        ("0", "Input should be greater than or equal to 1"),
        ("lots", "Input should be a valid integer, unable to parse string as an integer"),
    ],
)
def test_a_bad_quota_setting_is_a_config_error_naming_its_line(
    tmp_path: Path, value: str, said: str
) -> None:
    path = tmp_path / "minigate.yaml"
    path.write_text(f"batch:\n  max_file_bytes: 1000\n  max_stored_bytes_per_key: {value}\n")
    with pytest.raises(ConfigError) as caught:
        load_settings(path)
    assert str(caught.value).endswith(f"\n  batch.max_stored_bytes_per_key: {said} (line 3)")

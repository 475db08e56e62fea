"""`minigate batch` against a running gateway, as a user runs it."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import orjson

from tests.batch.conftest import ALICE, chat_line, jsonl
from tests.conftest import Gateway


def _clean_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("MINIGATE_")}


def minigate(gateway: Gateway, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "minigate", "batch", *args, "--url", gateway.base_url],
        capture_output=True,
        text=True,
        timeout=120,
        env={**_clean_env(), "MINIGATE_API_KEY": ALICE},
    )


def test_submit_wait_results_and_cancel(gateway: Gateway, tmp_path: Path) -> None:
    requests = tmp_path / "requests.jsonl"
    requests.write_bytes(jsonl([chat_line(n) for n in range(3)]))

    submitted = minigate(
        gateway, "submit", str(requests), "--endpoint", "/v1/chat/completions", "--wait"
    )
    assert submitted.returncode == 0, submitted.stderr
    batch_id = submitted.stdout.splitlines()[0]
    assert batch_id.startswith("batch_")
    assert "completed, 3 completed, 0 failed of 3" in submitted.stdout

    output = minigate(gateway, "results", batch_id)
    assert output.returncode == 0, output.stderr
    assert sorted(orjson.loads(x)["custom_id"] for x in output.stdout.splitlines()) == [
        "req-0",
        "req-1",
        "req-2",
    ]
    assert batch_id in minigate(gateway, "list").stdout
    assert '"status": "completed"' in minigate(gateway, "status", batch_id).stdout

    refused = minigate(gateway, "cancel", batch_id)
    assert refused.returncode == 1
    assert refused.stderr.strip() == (
        "minigate: the gateway answered 409 (batch_not_cancellable): "
        f"Batch {batch_id} is completed and cannot be cancelled; only a validating "
        "or in_progress batch can."
    )


def test_a_bad_file_is_one_clear_line(gateway: Gateway, tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"")
    result = minigate(gateway, "submit", str(empty))
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "minigate: the gateway answered 400 (empty_file): "
        "The file is empty; a batch file holds one JSON request per line."
    )


def test_help_has_an_example() -> None:
    for args in (["batch", "--help"], ["batch", "submit", "--help"], ["worker", "--help"]):
        shown = subprocess.run(
            [sys.executable, "-m", "minigate", *args], capture_output=True, text=True, timeout=60
        )
        assert shown.returncode == 0 and "Example" in shown.stdout


def test_submit_wait_draws_its_bar_on_a_terminal_stderr_while_stdout_is_piped(
    gateway: Gateway, tmp_path: Path
) -> None:
    """'batch submit --wait | tee ids.txt': the bar belongs on stderr, the terminal, and stdout
    keeps the results. Before, the bar was drawn on stdout's console: piped, rich drew
    nothing, so a user watching a long batch saw no progress at all."""
    requests = tmp_path / "requests.jsonl"
    requests.write_bytes(jsonl([chat_line(n) for n in range(3)]))
    terminal, stderr = pty.openpty()
    command = [sys.executable, "-m", "minigate", "batch", "submit", str(requests), "--endpoint",
               "/v1/chat/completions", "--wait", "--url", gateway.base_url]  # fmt: skip
    env = {**_clean_env(), "MINIGATE_API_KEY": ALICE, "COLUMNS": "120"}
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=stderr, env=env) as process:
        os.close(stderr)
        drawn = _read_all(terminal)
        stdout = process.stdout.read().decode() if process.stdout else ""
    assert process.returncode == 0, drawn
    batch_id = stdout.splitlines()[0]
    assert batch_id.startswith("batch_") and "\x1b" not in stdout
    assert batch_id in drawn and "/3" in drawn  # the bar: its description and its count


def _read_all(terminal: int) -> str:
    """Everything written to a pseudo-terminal until its last writer closed it."""
    chunks = []
    while True:
        try:
            chunk = os.read(terminal, 4096)
        except OSError:  # EIO: the child closed its end
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(terminal)
    return b"".join(chunks).decode(errors="replace")


def test_an_unknown_endpoint_is_a_usage_error_and_uploads_nothing(
    gateway: Gateway, tmp_path: Path
) -> None:
    """Before: the file was uploaded, then the gateway refused the batch (exit 1) and the
    file stayed on it (probe batch7, defect 8). Now: exit 2 and one line naming the
    endpoints, before anything is sent."""
    requests = tmp_path / "requests.jsonl"
    requests.write_bytes(jsonl([chat_line(1)]))
    alice = gateway.client(api_key=ALICE, max_retries=0)
    before = {f.id for f in alice.files.list()}
    result = minigate(gateway, "submit", str(requests), "--endpoint", "/v1/nope")
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "minigate batch submit: Invalid value for '--endpoint' / '-e': '/v1/nope' is not a "
        "batch endpoint; use /v1/chat/completions, /v1/embeddings, /v1/completions or "
        "/v1/moderations. See 'minigate batch submit --help'."
    ]
    assert {f.id for f in alice.files.list()} == before


class RefusingGateway(ThreadingHTTPServer):
    """A gateway on loopback that takes uploads and refuses every batch (its store is down,
    say); it records what it was asked."""

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Refusing)
        self.asked: list[str] = []
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/v1"


class _Refusing(BaseHTTPRequestHandler):
    server: RefusingGateway

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers["content-length"]))
        if self.path == "/v1/files":
            self._answer(200, {"id": "file-up", "object": "file", "bytes": 1, "created_at": 0,
                               "filename": "requests.jsonl", "purpose": "batch"})  # fmt: skip
        else:
            error = {"message": "The store is unavailable.", "code": "store_unavailable"}
            self._answer(503, {"error": error})

    def do_DELETE(self) -> None:
        self._answer(200, {"id": "file-up", "object": "file", "deleted": True})

    def _answer(self, status: int, body: dict[str, object]) -> None:
        self.server.asked.append(f"{self.command} {self.path}")
        data = orjson.dumps(body)
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        self.send_header("x-should-retry", "false")
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *_: object) -> None:
        pass


def test_a_batch_the_gateway_refuses_deletes_its_upload(tmp_path: Path) -> None:
    """Before: a batch refused after its file was uploaded left the file on the gateway.
    Now: the file is deleted, and the error's line says so."""
    requests = tmp_path / "requests.jsonl"
    requests.write_bytes(jsonl([chat_line(1)]))
    stand_in = RefusingGateway()
    try:
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "minigate",
                "batch",
                "submit",
                str(requests),
                "--url",
                stand_in.base_url,
            ],
            capture_output=True,
            text=True,
            timeout=60,
            env={**_clean_env(), "MINIGATE_API_KEY": ALICE},
        )
    finally:
        stand_in.shutdown()
        stand_in.server_close()
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "minigate: the gateway answered 503 (store_unavailable): The store is unavailable. "
        "The uploaded file file-up was deleted."
    ]
    assert stand_in.asked == ["POST /v1/files", "POST /v1/batches", "DELETE /v1/files/file-up"]

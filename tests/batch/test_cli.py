"""`minigate batch` against a running gateway, as a user runs it."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
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

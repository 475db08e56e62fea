"""``minigate batch`` (submit and follow batch jobs on a gateway) and ``minigate worker``."""

from __future__ import annotations

import asyncio
import signal
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

import typer

from minigate.cli.common import (
    NO_KEY,
    ConfigOption,
    UrlOption,
    fail,
    gateway_failure,
    keyless,
    or_exit,
    progress_bar,
    run_or_exit,
    settings_or_exit,
)
from minigate.config import Settings

T = TypeVar("T")

app = typer.Typer(
    help="Batch jobs on a running gateway (OpenAI's Batch API): submit a JSONL file, follow "
    "it, fetch its results.\n\n"
    "Example: minigate batch submit requests.jsonl --endpoint /v1/chat/completions --wait",
    no_args_is_help=True,
)
KeyOption = typer.Option(None, "--api-key", envvar="MINIGATE_API_KEY", help="Your API key.")
FINISHED = ("completed", "failed", "expired", "cancelled")


def batch_endpoint(value: str) -> str:
    """An --endpoint the Batch API takes, or a usage error naming those it does: checked
    before FILE is uploaded, so a typo leaves nothing behind on the gateway."""
    from typing import get_args

    from minigate.schemas.batches import Endpoint

    endpoints = get_args(Endpoint)
    if value not in endpoints:
        raise typer.BadParameter(
            f"'{value}' is not a batch endpoint; use {', '.join(endpoints[:-1])} or "
            f"{endpoints[-1]}."
        )
    return value


def _gateway(work: Callable[[], T], url: str, api_key: str | None) -> T:
    """``work``'s answer from the gateway; a failure ends the command (``or_exit``), a 401 to
    a command given no key by saying how to give one."""
    return or_exit(work, url, no_key_given=keyless(api_key))


def _client(url: str, api_key: str | None) -> Any:
    import openai

    return openai.OpenAI(base_url=url, api_key=api_key or NO_KEY, max_retries=2)


@app.command()
def submit(
    file: Path = typer.Argument(..., exists=True, dir_okay=False, help="A .jsonl file."),
    endpoint: str = typer.Option(
        "/v1/chat/completions",
        "--endpoint",
        "-e",
        callback=batch_endpoint,
        help="/v1/chat/completions, /v1/embeddings, /v1/completions or /v1/moderations.",
    ),
    wait: bool = typer.Option(False, "--wait", "-w", help="Follow it to the end."),
    url: str = UrlOption,
    api_key: str | None = KeyOption,
) -> None:
    """Upload FILE and start a batch on it; prints the batch id.

    Each line of FILE is one request:
    {"custom_id": "r1", "method": "POST", "url": "/v1/chat/completions",
    "body": {"model": "smollm2-135m-instruct", "messages": [{"role": "user", "content": "Hi"}]}}

    Example: minigate batch submit requests.jsonl --endpoint /v1/chat/completions --wait
    """
    client = _client(url, api_key)
    with file.open("rb") as handle:
        uploaded = _gateway(lambda: client.files.create(file=handle, purpose="batch"), url, api_key)
    batch = _start(client, url, uploaded.id, endpoint)
    typer.echo(batch.id)
    if wait:
        batch = _follow(client, url, batch)
        _summary(batch)
        if batch.status != "completed":
            raise typer.Exit(1)


def _start(client: Any, url: str, file_id: str, endpoint: str) -> Any:
    """Create the batch on the file just uploaded; when that fails, delete the file (a failed
    submit leaves nothing behind to pay for or list) and say so on the error's line."""
    try:
        return client.batches.create(
            input_file_id=file_id, endpoint=endpoint, completion_window="24h"
        )
    except Exception as exc:
        failure = gateway_failure(exc, url)
        if failure is None:
            raise
        line, code = failure
        try:
            client.files.delete(file_id)
        except Exception:
            fail(f"{line} The uploaded file {file_id} is left on the gateway; delete it.", code)
        fail(f"{line} The uploaded file {file_id} was deleted.", code)


def _follow(client: Any, url: str, batch: Any) -> Any:
    """Poll the batch, with a progress bar (lines done, ETA) on a terminal."""
    from rich.progress import BarColumn, MofNCompleteColumn, TimeRemainingColumn

    columns = ("{task.description}", BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with progress_bar(*columns) as progress:
        task = progress.add_task(batch.id, total=batch.request_counts.total or None)
        while batch.status not in FINISHED:
            time.sleep(1)
            batch = or_exit(partial(client.batches.retrieve, batch.id), url)
            counts = batch.request_counts
            done = counts.completed + counts.failed
            progress.update(task, completed=done, total=counts.total or None)
    return batch


def _summary(batch: Any) -> None:
    counts = batch.request_counts
    typer.echo(
        f"{batch.id}: {batch.status}, {counts.completed} completed, {counts.failed} failed "
        f"of {counts.total}; output file {batch.output_file_id or '-'}, "
        f"error file {batch.error_file_id or '-'}"
    )
    for error in (batch.errors.data if batch.errors and batch.errors.data else [])[:20]:
        typer.echo(f"  line {error.line}: {error.code}: {error.message}", err=True)


@app.command()
def status(
    batch_id: str = typer.Argument(...), url: str = UrlOption, api_key: str | None = KeyOption
) -> None:
    """Show a batch as JSON. Example: minigate batch status batch_abc123"""
    batch = _gateway(lambda: _client(url, api_key).batches.retrieve(batch_id), url, api_key)
    typer.echo(batch.model_dump_json(indent=2))


@app.command("list")
def list_batches(
    limit: int = typer.Option(20, min=1, max=100, help="How many, newest first (1 to 100)."),
    url: str = UrlOption,
    api_key: str | None = KeyOption,
) -> None:
    """List your batches, newest first. Example: minigate batch list --limit 5"""
    page = _gateway(lambda: _client(url, api_key).batches.list(limit=limit), url, api_key)
    for batch in page.data:
        counts = batch.request_counts
        done = (counts.completed + counts.failed) if counts else 0
        total = counts.total if counts else 0
        typer.echo(f"{batch.id}  {batch.status:<11} {done}/{total}  {batch.endpoint}")


@app.command()
def results(
    batch_id: str = typer.Argument(...),
    errors: bool = typer.Option(False, "--errors", help="The error file instead."),
    url: str = UrlOption,
    api_key: str | None = KeyOption,
) -> None:
    """Print a finished batch's output (or error) file, one JSON line per request.

    Example: minigate batch results batch_abc123 > results.jsonl
    """
    client = _client(url, api_key)
    batch = _gateway(lambda: client.batches.retrieve(batch_id), url, api_key)
    file_id = batch.error_file_id if errors else batch.output_file_id
    if file_id is None:
        state = "has no error file" if errors else f"has no output file (it is {batch.status})"
        fail(f"batch {batch_id} {state}.", code=1)
    content = _gateway(lambda: client.files.content(file_id), url, api_key)
    sys.stdout.write(content.text)


@app.command()
def cancel(
    batch_id: str = typer.Argument(...), url: str = UrlOption, api_key: str | None = KeyOption
) -> None:
    """Cancel a batch: no further line starts. Example: minigate batch cancel batch_abc123"""
    batch = _gateway(lambda: _client(url, api_key).batches.cancel(batch_id), url, api_key)
    typer.echo(f"{batch.id}: {batch.status}")


def worker(config: Path | None = ConfigOption) -> None:
    """Run a batch worker without serving HTTP: it takes lines from the store's queue.

    Start as many as you like against one PostgreSQL store (and set batch.worker: false on
    the gateways to leave them the work). Stops cleanly on SIGTERM or Ctrl-C, handing back
    lines it has not finished.

    Example: minigate worker --config minigate.yaml
    """
    from minigate.logs import configure_logging

    settings = settings_or_exit(config)
    configure_logging(settings.server.log_level)
    run_or_exit(_work(settings))


async def _work(settings: Settings) -> None:
    from minigate.metrics import Metrics
    from minigate.runtime import batches, running

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    settings.batch.enabled = True
    async with running(settings, Metrics()) as runtime, batches(settings, runtime, work=True):
        await stop.wait()

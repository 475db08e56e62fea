"""`minigate audit`: verify the chain, show a request's provenance, export, purge, public key."""

from __future__ import annotations

import json
import sys
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import typer
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy.ext.asyncio import AsyncEngine

from minigate.audit import open_audit
from minigate.audit.anchor import read_anchor
from minigate.audit.chain import utc_stamp
from minigate.audit.export import load, provenance, purge, read_export, write_export
from minigate.audit.signer import Signer, load_public_key, load_signer
from minigate.audit.verify import Report, Row
from minigate.audit.verify import verify as verify_chain
from minigate.cli.common import (
    ConfigOption,
    fail,
    output_or_exit,
    progress_bar,
    run_or_exit,
    settings_or_exit,
    write_or_exit,
)
from minigate.config import Settings
from minigate.errors import ConfigError
from minigate.store import open_store

T = TypeVar("T")
app = typer.Typer(
    help="The tamper-evident audit trail: verify it, show provenance, export, purge.\n\n"
    "Example: minigate audit verify --config minigate.yaml",
    no_args_is_help=True,
)


@app.command()
def verify(
    export: Path | None = typer.Option(None, help="Verify this JSONL export instead of the store."),
    pubkey: Path | None = typer.Option(
        None, help="Public key (PEM); default: derived from audit.signing_key_path."
    ),
    anchor: Path | None = typer.Option(
        None,
        help="An anchor file (audit.anchor_path): every head it holds must still be in the "
        "chain, which catches a cut tail, deleted checkpoints and a fresh chain.",
    ),
    unsigned_header: bool = typer.Option(
        False,
        help="Accept an export made before its header was signed (minigate-audit/1): its "
        "entries and checkpoints are checked, its entry count is taken on trust.",
    ),
    config: Path | None = ConfigOption,
) -> None:
    """Check every entry's hash and every checkpoint's signature; exit 1 at the first bad one.

    Example: minigate audit verify --anchor /mnt/other/minigate.anchor --config minigate.yaml
    """
    try:
        anchored = read_anchor(anchor) if anchor is not None else None
    except ConfigError as exc:
        fail(str(exc))
    if export is not None:
        if pubkey is None:
            fail("--export needs --pubkey: an export is checked against the public key alone.")
        try:
            records = read_export(export)
            key = load_public_key(pubkey)
            entries, checkpoints = records.checked(key, unsigned_header=unsigned_header)
        except (OSError, ValueError, ConfigError) as exc:
            fail(str(exc))
        report = _verified(entries, checkpoints, key, export=True, anchored=anchored)
    else:
        settings = settings_or_exit(config)
        try:
            key = (
                load_public_key(pubkey)
                if pubkey
                else load_signer(settings.audit_signing_key_path, create=False).public
            )
        except ConfigError as exc:
            fail(str(exc))
        entries, checkpoints = _run(settings, load, writes=False)
        report = _verified(entries, checkpoints, key, anchored=anchored)
    typer.echo(json.dumps(report.as_dict(), indent=2))
    if report.problem is not None:
        fail(f"audit trail broken: {report.problem.message}", code=1)


@app.command()
def show(
    request_id: str = typer.Argument(..., help="The request id (x-minigate-audit-id)."),
    config: Path | None = ConfigOption,
) -> None:
    """Print what the trail holds about one request, as JSON.

    Example: minigate audit show chatcmpl-3f9a...
    """
    found = _run(
        settings_or_exit(config), lambda engine: provenance(engine, request_id), writes=False
    )
    if found is None:
        fail(f"No audit entry for request '{request_id}'.", code=1)
    typer.echo(json.dumps(found, indent=2))


@app.command("export")
def export_(
    since: str = typer.Option(..., help="First day to include, YYYY-MM-DD (UTC)."),
    output: Path | None = typer.Option(None, "--output", "-o", help="File; default: stdout."),
    config: Path | None = ConfigOption,
) -> None:
    """Sign the head, then write entries since a day and their checkpoints as JSONL.

    Example: minigate audit export --since 2026-11-01 -o audit.jsonl
    """
    settings = settings_or_exit(config)
    try:
        day = datetime.strptime(since, "%Y-%m-%d").replace(tzinfo=UTC)
    except ValueError:
        fail(f"--since '{since}' is not a date like 2026-11-01.")

    async def collect() -> tuple[list[dict[str, Any]], list[dict[str, Any]], Signer]:
        async with open_audit(settings, checkpoint_on_close=False) as audit:
            head = await audit.checkpoint_head()
            entries, checkpoints = await load(audit.engine, utc_stamp(day), head or 0)
            return entries, checkpoints, audit.signer

    entries, checkpoints, signer = run_or_exit(collect())
    header = {"since": since, "exported_at": utc_stamp(), "public_key_id": signer.key_id}
    with progress_bar() as progress:
        bar = progress.add_task("exporting", total=len(entries))

        def advance(n: int) -> None:
            progress.advance(bar, n)

        if output is None:  # sys.stdout now: the bar may have redirected it
            count = write_export(sys.stdout, entries, checkpoints, header, signer, advance)
        else:
            with output_or_exit(output) as out:
                count = write_export(out, entries, checkpoints, header, signer, advance)
    entries_text = "1 entry" if count == 1 else f"{count} entries"
    checkpoints_text = f"{len(checkpoints)} checkpoint" + ("" if len(checkpoints) == 1 else "s")
    typer.echo(f"Exported {entries_text} and {checkpoints_text}.", err=True)


@app.command("purge")
def purge_(config: Path | None = ConfigOption) -> None:
    """Delete full text older than audit.retention_days; hashes stay, so verify still passes.

    Example: minigate audit purge
    """
    settings = settings_or_exit(config)
    days = settings.audit.retention_days
    count = _run(settings, lambda engine: purge(engine, days))
    typer.echo(json.dumps({"purged": count, "retention_days": days}))


@app.command()
def pubkey(
    output: Path | None = typer.Option(None, "--output", "-o", help="File; default: stdout."),
    config: Path | None = ConfigOption,
) -> None:
    """Print (or write) the public key that verifies checkpoints, as PEM.

    Example: minigate audit pubkey -o audit.pub.pem
    """
    settings = settings_or_exit(config)
    try:
        pem = load_signer(settings.audit_signing_key_path, create=False).public_pem()
    except ConfigError as exc:
        fail(str(exc))
    if output is None:
        typer.echo(pem, nl=False)
    else:
        write_or_exit(output, pem, encoding="ascii")
        typer.echo(f"Wrote {output}.", err=True)


def _verified(
    entries: list[Row], checkpoints: list[Row], key: Ed25519PublicKey, **given: Any
) -> Report:
    """The chain verified under a progress bar on stderr (stdout keeps the report)."""
    with progress_bar() as progress:
        bar = progress.add_task("verifying", total=len(entries))
        return verify_chain(
            entries, checkpoints, key, advance=lambda n: progress.advance(bar, n), **given
        )


def _run(settings: Settings, work: Callable[[AsyncEngine], Awaitable[T]], writes: bool = True) -> T:
    async def go() -> T:
        engine = await open_store(settings.store.url, writes=writes)
        try:
            return await work(engine)
        finally:
            await engine.dispose()

    return run_or_exit(go())

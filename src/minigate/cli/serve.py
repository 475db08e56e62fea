from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from minigate.cli.common import ConfigOption, settings_or_exit
from minigate.config import Settings
from minigate.errors import ConfigError


def serve(
    host: str | None = typer.Option(None, help="Address to bind (default from config: 127.0.0.1)."),
    port: int | None = typer.Option(None, help="Port to bind (default from config: 8080)."),
    config: Path | None = ConfigOption,
) -> None:
    """Start the gateway.

    Example: minigate serve --port 8080, then
    curl http://127.0.0.1:8080/v1/chat/completions -H 'content-type: application/json'
    -d '{"model": "smollm2-135m-instruct", "messages": [{"role": "user", "content": "Hi"}]}'
    """
    import uvicorn

    from minigate.logs import configure_logging
    from minigate.server import create_app

    settings = settings_or_exit(config)
    if settings.audit.enabled:
        _check_signing_key(settings)
    _check_guard(settings)
    if host is not None:
        settings.server.host = host
    if port is not None:
        settings.server.port = port
    configure_logging(settings.server.log_level)
    uvicorn.run(
        create_app(settings),
        host=settings.server.host,
        port=settings.server.port,
        log_level=settings.server.log_level,
        log_config=None,
        access_log=settings.server.access_log,
    )


def _check_signing_key(settings: Settings) -> None:
    """A corrupt audit key, or one kept beside the database, stops the gateway here, with one
    clear line instead of a traceback."""
    from minigate.audit import check_key_placement
    from minigate.audit.signer import load_signer

    try:
        check_key_placement(settings.audit, settings.store.url, settings.audit_signing_key_path)
        load_signer(settings.audit_signing_key_path, create=True)
    except ConfigError as exc:
        typer.echo(f"minigate: {exc}", err=True)
        raise typer.Exit(2) from None


def _check_guard(settings: Settings) -> None:
    """Build every guard scanner once, so that a missing or corrupt model file stops the
    gateway here with its message, not in the middle of the server's start-up."""
    from minigate.guard.engine import build_scanner
    from minigate.guard.protocol import GuardDeps

    async def never(texts: list[str]) -> Any:
        raise AssertionError("scanners do not embed while they are built")

    specs = [s for p in settings.guard.active_policies for s in (*p.input, *p.output)]
    try:
        for spec in [*specs, *(settings.guard.moderation or [])]:
            build_scanner(spec, GuardDeps(embed=never))
    except ConfigError as exc:
        typer.echo(f"minigate: {exc}", err=True)
        raise typer.Exit(2) from None

from __future__ import annotations

from pathlib import Path

import typer

from minigate.cli.common import ConfigOption, settings_or_exit


def serve(
    host: str | None = typer.Option(None, help="Address to bind (default from config: 127.0.0.1)."),
    port: int | None = typer.Option(
        None, min=0, max=65535, help="Port to bind (default from config: 8080)."
    ),
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

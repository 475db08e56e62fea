from __future__ import annotations

import contextlib
import errno
import signal
import socket
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

import typer

from minigate.backends.settings import OpenAIModel
from minigate.cli.common import ConfigOption, fail, settings_or_exit
from minigate.config import Settings
from minigate.errors import ConfigError

if TYPE_CHECKING:
    import uvicorn


def serve(
    host: str | None = typer.Option(None, help="Address to bind (default from config: 127.0.0.1)."),
    port: int | None = typer.Option(
        None, min=0, max=65535, help="Port to bind (default from config: 8080)."
    ),
    config: Path | None = ConfigOption,
) -> None:
    """Start the gateway. Ctrl-C (or SIGTERM) stops it once the requests in flight have ended;
    a second one (either) cuts them (each recorded as client_disconnected) and exits within
    seconds.

    Example: minigate serve --port 8080, then
    curl http://127.0.0.1:8080/v1/chat/completions -H 'content-type: application/json'
    -d '{"model": "smollm2-135m-instruct", "messages": [{"role": "user", "content": "Hi"}]}'
    """
    settings = settings_or_exit(config)
    if host is not None:
        settings.server.host = host
    if port is not None:
        settings.server.port = port
    check_bindable(settings.server.host, settings.server.port)
    check_model_files(settings)
    # The server (FastAPI, the pipeline, every concern: about a second of CPU) only once the
    # config has been read and the port is free: a bad config or a taken port is one line at
    # once.
    import uvicorn

    from minigate.logs import configure_logging
    from minigate.server import create_app
    from minigate.server.protocol import protocol_for

    configure_logging(settings.server.log_level)
    server = _server(
        uvicorn.Config(
            create_app(settings),
            host=settings.server.host,
            port=settings.server.port,
            log_level=settings.server.log_level,
            log_config=None,
            access_log=settings.server.access_log,
            http=protocol_for(settings.server),
        )
    )
    # How a Ctrl-C (or SIGTERM, see _server) ends the loop once it has stopped, as uvicorn.run.
    with contextlib.suppress(KeyboardInterrupt):
        server.run()
    if not server.started:
        raise typer.Exit(_STARTUP_FAILURE)


_STARTUP_FAILURE = 3  # what uvicorn.run exits with when the server did not start


def _server(config: uvicorn.Config) -> uvicorn.Server:
    """uvicorn's server, taking SIGTERM as Ctrl-C (SIGINT): uvicorn forces its exit on a
    second SIGINT only, and systemd, docker and supervisors send SIGTERM twice (probe ops15:
    the streams ran to their end after the second). So a second signal, whichever, cuts the
    requests in flight as a second Ctrl-C does. Only taking each SIGTERM as SIGINT does so:
    uvicorn raises the signals it caught again once it has stopped, and a SIGTERM raised there
    (no handler) would kill the process before the cut requests are recorded, where a SIGINT
    ends asyncio.run, which records them (server/in_flight.py). A SIGTERM then exits 0, as
    Ctrl-C does, not 143."""
    import uvicorn

    class Server(uvicorn.Server):
        def handle_exit(self, sig: int, frame: FrameType | None) -> None:
            super().handle_exit(signal.SIGINT if sig == signal.SIGTERM else sig, frame)

    return Server(config)


def check_model_files(settings: Settings) -> None:
    """Find every local model's file before the server starts: one that is not there is one
    line at once (exit 2), not uvicorn's start-up log and then the line."""
    from minigate.backends.builtin import resolve_weights

    for model in settings.models:
        if not isinstance(model, OpenAIModel):
            try:
                resolve_weights(model.path)
            except ConfigError as exc:
                fail(str(exc))


def check_bindable(host: str, port: int) -> None:
    """Bind the address once before anything loads (the store, the models): a port that is
    taken is one line at once, not uvicorn's log line and status 3 after every model has
    loaded. uvicorn binds it again once the app has started."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
    try:
        sock.bind((host, port))
    except OSError as exc:
        reason = exc.strerror or str(exc)
        if exc.errno == errno.EADDRINUSE:
            fail(
                f"Cannot listen on {host}:{port}: {reason}. Another process (a gateway already "
                "running?) holds the port: stop it, or choose another with --port.",
                code=1,
            )
        fail(f"Cannot listen on {host}:{port} (server.host, server.port): {reason}.")
    finally:
        sock.close()

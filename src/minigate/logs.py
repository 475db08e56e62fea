"""Logging set-up for the server process: one plain line per record."""

from __future__ import annotations

import logging
import os

# Libraries that log every upstream request at INFO: a line per request costs CPU under load
# and buries the gateway's own log; they still log at DEBUG (log_level: debug).
CHATTY = ("httpx", "httpcore")


def configure_logging(level: str) -> None:
    logging.basicConfig(
        level=level.upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    if logging.getLogger().getEffectiveLevel() > logging.DEBUG:
        for name in CHATTY:
            logging.getLogger(name).setLevel(logging.WARNING)


def warn_if_unset(variable: str | None, owner: str, log: logging.Logger) -> None:
    """Warn, once where ``owner`` is built, that the ``api_key_env`` it reads is unset: a
    warning, not an error (a local service may need no key), but a typo in the variable's name
    otherwise shows first as the service's 401 on every request."""
    if variable and not os.environ.get(variable):
        log.warning(
            "%s: its api_key_env names %s, which is unset or empty; its requests go without "
            "an API key.",
            owner,
            variable,
        )

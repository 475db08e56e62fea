"""Logging set-up for the server process: one plain line per record."""

from __future__ import annotations

import logging

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

"""Credentials in a query string are not written to the access log.

The gateway reads keys from headers only, and refuses a request whose key is in its query
(``?api_key=sk-…``: 401); but uvicorn's access log wrote the request's target as typed, so a
client's mistake left the key, the master key too, in the log. A filter on uvicorn's access
logger rewrites the value of every query parameter whose name says it is a credential; the
499 line that ``disconnect.py`` writes goes through the same logger, and the same filter.
"""

from __future__ import annotations

import logging
import re
from urllib.parse import unquote_plus

ACCESS_LOGGER = "uvicorn.access"
REDACTED = "[REDACTED]"
# A name that ends in one of these words (api_key, x-api-key, access_token, client_secret);
# key_id or token_type do not.
_SECRET_NAME = re.compile(
    r"(?:^|_)(?:key|apikey|token|secret|password|passwd|pwd|auth|authorization|bearer|jwt"
    r"|signature|sig|credentials?|session)$"
)


def is_secret_name(name: str) -> bool:
    """Whether a query parameter named ``name`` (as sent, percent-encoded or not) holds a
    credential."""
    normal = unquote_plus(name).strip().lower().replace("-", "_")
    return _SECRET_NAME.search(normal) is not None


def redact_target(target: str) -> str:
    """``target`` (a path and its query) with the values of credential parameters replaced;
    everything else as it was sent."""
    path, mark, query = target.partition("?")
    if not mark:
        return target
    params = query.split("&")
    for i, param in enumerate(params):
        name, equals, value = param.partition("=")
        if equals and value and is_secret_name(name):
            params[i] = f"{name}={REDACTED}"
    return f"{path}?{'&'.join(params)}"


class RedactQuery(logging.Filter):
    """Rewrites the target of an access-log record: uvicorn's lines and the 499's share one
    shape, ``(client, method, target, http_version, status)``."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) >= 3 and isinstance(args[2], str):
            record.args = (*args[:2], redact_target(args[2]), *args[3:])
        return True


def redact_access_log() -> None:
    """Add the filter to uvicorn's access logger, once however many apps are made."""
    logger = logging.getLogger(ACCESS_LOGGER)
    if not any(isinstance(f, RedactQuery) for f in logger.filters):
        logger.addFilter(RedactQuery())

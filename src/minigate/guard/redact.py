"""Secrets out of error messages before they leave the gateway.

An upstream's error text is relayed to the client (it says what was wrong), and an upstream may
quote what it was sent: a key, a token, a password in a URL. Each backend replaces its own
credentials at the source (minigate.backends.openai_compat); here every error message sent to a
client also passes the PII scanner's secret patterns (vendor key formats, bearer tokens,
private keys, passwords in URLs, ``api_key=...`` assignments): the server's error responses,
and the error bodies a batch's lines write (the runtime hands ``redact_secrets`` to the batch
worker, which may not import the guard).
"""

from __future__ import annotations

from typing import Any

from minigate.errors import GatewayError
from minigate.guard.pii.credentials import find_secrets

MARK = "[REDACTED]"


def redact_secrets(text: str) -> str:
    """``text`` with each secret found in it replaced by ``[REDACTED]``."""
    spans = sorted(find_secrets(text))
    if not spans:
        return text
    out, at = [], 0
    for start, end in spans:
        if end <= at:
            continue
        out.append(text[at : max(at, start)])
        out.append(MARK)
        at = end
    out.append(text[at:])
    return "".join(out)


def redacted_body(exc: GatewayError) -> dict[str, Any]:
    """The error's body, its message without secrets."""
    body = exc.to_body()
    error = body.get("error")
    if isinstance(error, dict) and isinstance(error.get("message"), str):
        error["message"] = redact_secrets(error["message"])
    return body

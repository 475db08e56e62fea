"""The caller's values that the guard redacted out of a held request, sealed with the caller's
own API key.

A held answer's prompt and answer are stored as the model saw and wrote them, with
placeholders (``<EMAIL_1>``) where the guard took the caller's details out; the reviewer judges
that. The placeholders' originals are needed once more, to give the caller its own values back
in the released answer, so they are kept too, but sealed (AES-GCM) under a key derived from the
API key that made the request, which the store never holds: a copy of the store, a reviewer or
another key reads nothing of them. The request's id is bound in, so a sealed box cannot be
moved to another review.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

_NONCE = 12
_CONTEXT = b"minigate review sealed values\x00"  # apart from the key's stored SHA-256


def seal(values: dict[str, str], api_key: str | None, request_id: str) -> str | None:
    """``values`` sealed for ``api_key`` (None when there are none)."""
    if not values:
        return None
    nonce = os.urandom(_NONCE)
    plain = json.dumps(values).encode("utf-8")
    box = AESGCM(_key(api_key)).encrypt(nonce, plain, request_id.encode("utf-8"))
    return base64.b64encode(nonce + box).decode("ascii")


def unseal(sealed: str | None, api_key: str | None, request_id: str) -> dict[str, str]:
    """The values, for the key they were sealed for; nothing for any other key."""
    if not sealed:
        return {}
    try:
        raw = base64.b64decode(sealed)
        plain = AESGCM(_key(api_key)).decrypt(
            raw[:_NONCE], raw[_NONCE:], request_id.encode("utf-8")
        )
    except (InvalidTag, ValueError):  # another key's, or edited in the store
        return {}
    values: dict[str, str] = json.loads(plain)
    return values


def _key(api_key: str | None) -> bytes:
    # No key (an open gateway asked without one): an empty secret, which seals nothing away.
    secret = (api_key or "").encode("utf-8", "surrogateescape")
    return hashlib.sha256(_CONTEXT + secret).digest()

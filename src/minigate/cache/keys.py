"""Cache keys: canonical hashes of what changes a chat answer, and hashed tenant namespaces.

Nothing here stores a raw API key or tenant name: both are hashed before they become a
namespace.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import orjson

from minigate.schemas.chat import ChatCompletionRequest

# Fields that change how an answer is delivered or billed, never what it says.
_DELIVERY_FIELDS = frozenset({"stream", "stream_options", "user", "metadata", "cache"})
ANONYMOUS = "anonymous"


def digest(value: Any) -> str:
    """sha256 of the canonical JSON of ``value`` (sorted keys, no whitespace)."""
    return hashlib.sha256(orjson.dumps(value, option=orjson.OPT_SORT_KEYS)).hexdigest()


def namespace_for(tenant: str | None, api_key: str | None, *, across_keys: bool = False) -> str:
    """The namespace of a caller: its API key, and within it its tenant when one is named.

    A tenant alone (``across_keys``, the operator's opt-in) is shared by every key that names
    it: nothing ties the header to a key, so any client that may set it reads that tenant's
    answers, unless a proxy in front sets or strips it."""
    if tenant and (across_keys or not api_key):
        return tenant_namespace(tenant)
    if tenant:
        return digest(["key", api_key, "tenant", tenant])[:32]
    if api_key:
        return digest(["key", api_key])[:32]
    return ANONYMOUS


def tenant_namespace(tenant: str) -> str:
    return digest(["tenant", tenant])[:32]


def resolve_namespace(
    tenant_header: str | None,
    headers: Mapping[str, str],
    api_key: str | None,
    *,
    across_keys: bool = False,
) -> str:
    tenant = headers.get(tenant_header) if tenant_header else None
    return namespace_for(tenant, api_key, across_keys=across_keys)


@dataclass(frozen=True, slots=True)
class RequestKeys:
    """The exact key (the whole conversation) and the semantic filter (all but the last turn)."""

    exact: str
    semantic_filter: str


def request_keys(req: ChatCompletionRequest, embedding_model: str | None = None) -> RequestKeys:
    """Vectors of different embedding models never meet: the model is part of the filter."""
    body = req.model_dump(mode="json", exclude_none=True, exclude=set(_DELIVERY_FIELDS))
    messages = body.pop("messages")
    # Both spellings of the output limit mean the same thing.
    body.pop("max_completion_tokens", None)
    body["max_tokens"] = req.output_limit
    return RequestKeys(
        exact=digest([body, messages]),
        semantic_filter=digest([body, messages[:-1], embedding_model]),
    )


def is_deterministic(req: ChatCompletionRequest) -> bool:
    """Temperature 0 or a fixed seed: the same request should give the same answer."""
    return req.temperature == 0 or req.seed is not None


def last_user_text(req: ChatCompletionRequest) -> str | None:
    """The text the semantic cache compares: the last turn, when it is a plain user turn."""
    last = req.messages[-1]
    if last.role != "user" or last.has_images():
        return None
    return last.text().strip() or None

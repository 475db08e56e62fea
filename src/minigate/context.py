"""Per-request state that every pipeline stage can read and annotate."""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from minigate.schemas.common import new_id

if TYPE_CHECKING:
    from minigate.ledger.keys import VirtualKey


@dataclass(slots=True)
class RequestContext:
    """What the gateway knows about one request besides its body."""

    endpoint: str
    request_id: str = field(default_factory=lambda: new_id("req"))
    api_key: str | None = None
    key_id: str | None = None
    virtual_key: VirtualKey | None = None
    allowed_models: frozenset[str] | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    started: float = field(default_factory=time.perf_counter)
    served_model: str | None = None
    first_token_at: float | None = None
    response_headers: dict[str, str] = field(default_factory=dict)
    annotations: dict[str, Any] = field(default_factory=dict)

    def mark_first_token(self) -> None:
        if self.first_token_at is None:
            self.first_token_at = time.perf_counter()

    def elapsed(self) -> float:
        return time.perf_counter() - self.started

"""OpenAI's batch objects: the request that creates one, the batch, its errors and counts."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from minigate.schemas.bounds import Metadata
from minigate.schemas.files import ExpiresAfter

BatchStatus = Literal[
    "validating",
    "failed",
    "in_progress",
    "finalizing",
    "completed",
    "expired",
    "cancelling",
    "cancelled",
]
Endpoint = Literal["/v1/chat/completions", "/v1/embeddings", "/v1/completions", "/v1/moderations"]


class BatchCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    input_file_id: str
    endpoint: Endpoint
    completion_window: Literal["24h"]
    metadata: Metadata | None = None
    output_expires_after: ExpiresAfter | None = None  # of the output and error files


class BatchError(BaseModel):
    code: str
    message: str
    param: str | None = None
    line: int | None = None


class BatchErrors(BaseModel):
    object: Literal["list"] = "list"
    data: list[BatchError]


class RequestCounts(BaseModel):
    total: int = 0
    completed: int = 0
    failed: int = 0


class InputTokensDetails(BaseModel):
    cached_tokens: int = 0


class OutputTokensDetails(BaseModel):
    reasoning_tokens: int = 0


class BatchUsage(BaseModel):
    """OpenAI's usage of a batch: the sum of the usage of its answered requests."""

    input_tokens: int = 0
    input_tokens_details: InputTokensDetails = Field(default_factory=InputTokensDetails)
    output_tokens: int = 0
    output_tokens_details: OutputTokensDetails = Field(default_factory=OutputTokensDetails)
    total_tokens: int = 0

    def add(self, usage: dict[str, Any]) -> None:
        """Count one answer's ``usage`` (chat, completion or embeddings: prompt_tokens and
        completion_tokens, and their details where the model reported them)."""
        prompt, completion = _count(usage, "prompt_tokens"), _count(usage, "completion_tokens")
        self.input_tokens += prompt
        self.output_tokens += completion
        self.total_tokens += _count(usage, "total_tokens") or prompt + completion
        self.input_tokens_details.cached_tokens += _detail(usage, "prompt", "cached_tokens")
        self.output_tokens_details.reasoning_tokens += _detail(
            usage, "completion", "reasoning_tokens"
        )


def _count(usage: dict[str, Any], name: str) -> int:
    value = usage.get(name)
    return value if isinstance(value, int) else 0


def _detail(usage: dict[str, Any], side: str, name: str) -> int:
    details = usage.get(f"{side}_tokens_details")
    return _count(details, name) if isinstance(details, dict) else 0


class Batch(BaseModel):
    id: str
    object: Literal["batch"] = "batch"
    endpoint: str
    errors: BatchErrors | None = None
    input_file_id: str
    completion_window: str
    status: BatchStatus
    output_file_id: str | None = None
    error_file_id: str | None = None
    created_at: int
    in_progress_at: int | None = None
    expires_at: int | None = None
    finalizing_at: int | None = None
    completed_at: int | None = None
    failed_at: int | None = None
    expired_at: int | None = None
    cancelling_at: int | None = None
    cancelled_at: int | None = None
    request_counts: RequestCounts = Field(default_factory=RequestCounts)
    metadata: dict[str, Any] | None = None
    model: str | None = None  # the model every request names (null when they differ)
    usage: BatchUsage | None = None  # once the batch is finished


class BatchList(BaseModel):
    object: Literal["list"] = "list"
    data: list[Batch]
    first_id: str | None = None
    last_id: str | None = None
    has_more: bool = False

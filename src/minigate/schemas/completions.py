"""Legacy text completions (``POST /v1/completions``)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, StrictBool, field_validator

from minigate.schemas.bounds import Int64, LogitBias, Stop, TokenCount
from minigate.schemas.common import StreamedRequest, Usage, WireModel


class CompletionRequest(StreamedRequest):
    model: str = Field(min_length=1)
    prompt: str | list[str]
    max_tokens: TokenCount | None = 16
    temperature: float | None = Field(default=None, ge=0, le=2)
    top_p: float | None = Field(default=None, ge=0, le=1)
    n: int = Field(default=1, ge=1, le=16)
    stop: Stop = None
    seed: Int64 | None = None
    presence_penalty: float | None = Field(default=None, ge=-2, le=2)
    frequency_penalty: float | None = Field(default=None, ge=-2, le=2)
    logit_bias: LogitBias | None = None
    echo: StrictBool = False
    logprobs: int | None = Field(default=None, ge=0, le=5)
    user: str | None = None

    @field_validator("prompt")
    @classmethod
    def _some_prompt(cls, value: str | list[str]) -> str | list[str]:
        # No prompt asks for no choice at all; the local model tripped on it (a 500).
        if isinstance(value, list) and not value:
            raise ValueError("prompt must be a string or a list of at least one string")
        return value

    def prompts(self) -> list[str]:
        return [self.prompt] if isinstance(self.prompt, str) else list(self.prompt)

    def stop_list(self) -> list[str]:
        if self.stop is None:
            return []
        return [self.stop] if isinstance(self.stop, str) else list(self.stop)


class CompletionChoice(WireModel):
    index: int
    text: str
    finish_reason: str | None = None
    logprobs: dict[str, object] | None = None


class Completion(WireModel):
    id: str
    object: Literal["text_completion"] = "text_completion"
    created: int
    model: str
    choices: list[CompletionChoice]
    usage: Usage | None = None

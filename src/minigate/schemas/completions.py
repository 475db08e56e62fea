"""Legacy text completions (``POST /v1/completions``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, ClassVar, Literal, TypeGuard

from pydantic import Field, StrictBool, ValidationInfo, field_validator

from minigate.schemas.bounds import INT32_MAX, Int64, LogitBias, Stop, TokenId
from minigate.schemas.common import StreamedRequest, StreamEvent, StreamPart, Usage

DEFAULT_MAX_TOKENS = 16  # OpenAI's, for max_tokens left out or null
# OpenAI's four shapes of ``prompt``: a string, strings, a prompt of token ids, prompts of them.
Prompt = str | list[str] | list[TokenId] | list[list[TokenId]]
_SHAPES = (
    "prompt must be a string, a list of strings, a list of token ids (integers from 0 to "
    f"{INT32_MAX}) or a list of such lists, none of them empty"
)


class CompletionRequest(StreamedRequest):
    model: str = Field(min_length=1)
    prompt: Prompt
    # OpenAI takes 0 here (unlike chat): the prompt is read (echo, usage), nothing generated.
    max_tokens: Annotated[int, Field(ge=0, le=INT32_MAX)] = DEFAULT_MAX_TOKENS
    temperature: float | None = Field(default=None, ge=0, le=2)
    top_p: float | None = Field(default=None, ge=0, le=1)
    n: int = Field(default=1, ge=1, le=16)
    # Draws kept server-side, the n best returned: OpenAI takes 1 to 20, and at least n.
    best_of: int | None = Field(default=None, ge=1, le=20)
    suffix: str | None = None  # text that comes after the completion (fill-in-the-middle)
    stop: Stop = None
    seed: Int64 | None = None
    presence_penalty: float | None = Field(default=None, ge=-2, le=2)
    frequency_penalty: float | None = Field(default=None, ge=-2, le=2)
    logit_bias: LogitBias | None = None
    echo: StrictBool = False
    logprobs: int | None = Field(default=None, ge=0, le=5)
    user: str | None = None

    @field_validator("max_tokens", mode="before")
    @classmethod
    def _null_is_left_out(cls, value: Any) -> Any:
        # An explicit null is OpenAI's default, as a field left out is: without this the
        # local model generated up to its context and an upstream got no max_tokens at all.
        return DEFAULT_MAX_TOKENS if value is None else value

    @field_validator("prompt", mode="before")
    @classmethod
    def _one_shape(cls, value: Any) -> Any:
        # Checked before pydantic's union, whose error for a mixed or empty list named the
        # wrong member ("Input should be a valid string"). No prompt asks for no choice at
        # all; the local model tripped on it (a 500).
        if isinstance(value, str) or any(
            _list_of(value, test) for test in (_is_text, _is_token_id, _is_token_ids)
        ):
            return value
        raise ValueError(_SHAPES)

    @field_validator("best_of")
    @classmethod
    def _at_least_n(cls, value: int | None, info: ValidationInfo) -> int | None:
        n = info.data.get("n", 1)
        if value is not None and value < n:
            raise ValueError(f"best_of ({value}) must be at least n ({n}): n of its draws return")
        return value

    def prompts(self) -> list[str | list[int]]:
        """Each prompt as sent: its text, or its token ids."""
        prompt = self.prompt
        if isinstance(prompt, str):
            return [prompt]
        if _is_token_ids(prompt):
            return [prompt]
        return [item for item in prompt if not isinstance(item, int)]

    def texts(self) -> list[str] | None:
        """The prompts as text, or None when the client sent token ids."""
        texts = [p for p in self.prompts() if isinstance(p, str)]
        return texts if len(texts) == len(self.prompts()) else None

    def stop_list(self) -> list[str]:
        if self.stop is None:
            return []
        return [self.stop] if isinstance(self.stop, str) else list(self.stop)


def _list_of(value: Any, test: Callable[[Any], bool]) -> bool:
    """Whether ``value`` is a non-empty list whose items all pass ``test``."""
    return isinstance(value, list) and bool(value) and all(test(item) for item in value)


def _is_text(item: Any) -> bool:
    return isinstance(item, str)


def _is_token_id(item: Any) -> bool:
    # JSON's true is no token id, though Python's bool is an int; nor is 1.0.
    return type(item) is int and 0 <= item <= INT32_MAX


def _is_token_ids(value: Any) -> TypeGuard[list[int]]:
    return _list_of(value, _is_token_id)


class CompletionChoice(StreamPart):
    always_sent: ClassVar[frozenset[str]] = frozenset({"finish_reason", "logprobs"})

    index: int
    text: str
    finish_reason: str | None = None
    logprobs: dict[str, object] | None = None


class Completion(StreamEvent):
    """A text completion, and each event of a streamed one."""

    id: str
    object: Literal["text_completion"] = "text_completion"
    created: int
    model: str
    choices: list[CompletionChoice]
    usage: Usage | None = None

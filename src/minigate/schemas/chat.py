"""Chat completions: request, response and stream chunk."""

from __future__ import annotations

import re
from typing import Any, ClassVar, Literal

from pydantic import Field, StrictBool, ValidationInfo, field_validator, model_validator

from minigate.schemas.bounds import (
    MISSING,
    FieldError,
    Int64,
    LogitBias,
    Metadata,
    Stop,
    TokenCount,
)
from minigate.schemas.common import (
    RequestModel,
    StreamedRequest,
    StreamEvent,
    StreamPart,
    Usage,
    WireModel,
)
from minigate.schemas.json_schema import check_json_schema
from minigate.schemas.messages import check_message, check_tool_turns, check_tools

Role = Literal["system", "developer", "user", "assistant", "tool", "function"]
TOOL_CHOICES = ("none", "auto", "required")
_SCHEMA_NAME = re.compile(r"[a-zA-Z0-9_-]{1,64}")


class ChatMessage(RequestModel):
    free_fields: ClassVar[tuple[str, ...]] = ("content", "tool_calls", "function_call")

    role: Role
    content: str | list[dict[str, Any]] | None = None
    name: str | None = None
    tool_calls: list[dict[str, Any]] | None = None
    tool_call_id: str | None = None
    # An assistant turn's call in OpenAI's deprecated functions API: {"name", "arguments"}.
    function_call: dict[str, Any] | None = None
    # An assistant turn that refused (OpenAI's answer to a refused structured output, which
    # clients append to the history as it came): its content may be null.
    refusal: str | None = None

    @field_validator("content", mode="before")
    @classmethod
    def _parts_are_objects(cls, value: Any) -> Any:
        # Before pydantic's union, whose error for ["Hi"] named its first member ("Input
        # should be a valid string") though a list of parts is allowed.
        if isinstance(value, list):
            for index, part in enumerate(value):
                if not isinstance(part, dict):
                    raise FieldError(
                        str(index),
                        'each content part is an object, such as {"type": "text", "text": '
                        '"..."}; send a string as the content for plain text',
                    )
        return value

    @model_validator(mode="after")
    def _openai_shape(self) -> ChatMessage:
        check_message(self)
        return self

    def text(self) -> str:
        """The message's text; content parts other than text are left out. A turn that holds
        only a refusal reads as its refusal: what the assistant said, for a local model's
        template and the ledger's estimate alike."""
        if self.content is None:
            return self.refusal or ""
        if isinstance(self.content, str):
            return self.content
        return "".join(str(p.get("text", "")) for p in self.content if p.get("type") == "text")

    def has_images(self) -> bool:
        return isinstance(self.content, list) and any(
            p.get("type") == "image_url" for p in self.content
        )


class ResponseFormat(RequestModel):
    free_fields: ClassVar[tuple[str, ...]] = ("json_schema",)

    type: Literal["text", "json_object", "json_schema"]
    json_schema: dict[str, Any] | None = None

    @field_validator("json_schema")
    @classmethod
    def _valid_schema(cls, value: dict[str, Any] | None) -> dict[str, Any] | None:
        if value is not None:
            check_json_schema(value)
        return value

    @model_validator(mode="after")
    def _schema_given(self) -> ResponseFormat:
        if self.type == "json_schema" and self.json_schema is None:
            raise FieldError(
                "json_schema",
                "a 'json_schema' response format holds an object 'json_schema' ({\"name\": "
                '..., "schema": {...}})',
                MISSING,
            )
        if self.json_schema is not None:
            _check_schema_name(self.json_schema.get("name"))
        return self


def _check_schema_name(name: Any) -> None:
    # OpenAI requires it, and refuses one outside its pattern; a local model does not read it,
    # but code tried against the gateway should not fail later on OpenAI.
    if name is None:
        raise FieldError(
            "json_schema.name",
            "a 'json_schema' response format names its schema: 1 to 64 letters, digits, '_' or '-'",
            MISSING,
        )
    if not _SCHEMA_NAME.fullmatch(name):
        raise FieldError(
            "json_schema.name",
            f"{name[:70]!r} is not a schema name: use 1 to 64 letters, digits, '_' or '-'",
        )


class ChatCompletionRequest(StreamedRequest):
    free_fields: ClassVar[tuple[str, ...]] = ("tools", "tool_choice")

    model: str = Field(min_length=1)
    messages: list[ChatMessage] = Field(min_length=1)
    temperature: float | None = Field(default=None, ge=0, le=2)
    top_p: float | None = Field(default=None, ge=0, le=1)
    max_tokens: TokenCount | None = None
    max_completion_tokens: TokenCount | None = None
    stop: Stop = None
    seed: Int64 | None = None
    n: int = Field(default=1, ge=1, le=16)
    presence_penalty: float | None = Field(default=None, ge=-2, le=2)
    frequency_penalty: float | None = Field(default=None, ge=-2, le=2)
    logit_bias: LogitBias | None = None
    response_format: ResponseFormat | None = None
    logprobs: StrictBool | None = None
    top_logprobs: int | None = Field(default=None, ge=0, le=20)
    tools: list[dict[str, Any]] | None = None
    tool_choice: str | dict[str, Any] | None = None
    user: str | None = None
    # Passed to an upstream; typed so that a wrong one is refused naming it, as OpenAI would,
    # instead of coming back as the upstream's 400 that names nothing.
    metadata: Metadata | None = None
    store: StrictBool | None = None
    parallel_tool_calls: StrictBool | None = None
    service_tier: Literal["auto", "default", "flex", "scale", "priority"] | None = None

    @field_validator("messages")
    @classmethod
    def _tool_turns(cls, messages: list[ChatMessage]) -> list[ChatMessage]:
        check_tool_turns(messages)
        return messages

    @field_validator("tools")
    @classmethod
    def _tool_definitions(cls, tools: list[dict[str, Any]] | None) -> list[dict[str, Any]] | None:
        if tools is not None:
            check_tools(tools)
        return tools

    @field_validator("top_logprobs")
    @classmethod
    def _needs_logprobs(cls, value: int | None, info: ValidationInfo) -> int | None:
        if value is not None and not info.data.get("logprobs"):
            raise ValueError("top_logprobs needs logprobs set to true")
        return value

    @field_validator("tool_choice")
    @classmethod
    def _choice_of_tools(
        cls, value: str | dict[str, Any] | None, info: ValidationInfo
    ) -> str | dict[str, Any] | None:
        # As OpenAI answers it. A model without tools to call (a local one) would otherwise
        # answer in text a client that demanded a call, as if it had made none by choice.
        if isinstance(value, str) and value not in TOOL_CHOICES:
            raise ValueError(f"tool_choice must be one of {', '.join(TOOL_CHOICES)} or an object")
        tools = info.data.get("tools")
        if value not in (None, "none", "auto") and not tools:
            raise ValueError(
                "tool_choice asks for a tool call, but the request has no tools; send tools "
                "or leave tool_choice out"
            )
        if isinstance(value, dict) and tools:
            _check_named_tool(value, tools)
        return value

    @property
    def output_limit(self) -> int | None:
        """The token limit, whichever of the two OpenAI spellings the client used."""
        return self.max_completion_tokens or self.max_tokens

    def stop_list(self) -> list[str]:
        if self.stop is None:
            return []
        return [self.stop] if isinstance(self.stop, str) else list(self.stop)

    def messages_json(self) -> list[dict[str, Any]]:
        """The messages as JSON-ready dicts, as the client sent them (None fields left out)."""
        return [m.model_dump(mode="json", exclude_none=True) for m in self.messages]


def _check_named_tool(choice: dict[str, Any], tools: list[dict[str, Any]]) -> None:
    """A tool_choice that names a function (or custom tool) names one of ``tools``, as OpenAI
    requires; an upstream would refuse it, a lenient one answer as if none had been named."""
    kind = choice.get("type")
    named = choice.get(kind) if isinstance(kind, str) else None
    name = named.get("name") if isinstance(named, dict) else None
    if kind not in ("function", "custom") or not isinstance(name, str):
        return
    offered = [t[kind]["name"] for t in tools if t.get("type") == kind]
    if name not in offered:
        raise ValueError(
            f"tool_choice names the {kind} {name[:64]!r}, which is not in tools; name one of "
            f"the request's {kind} tools ({', '.join(offered) or 'none'}) or use 'required'"
        )


class AssistantMessage(WireModel):
    role: Literal["assistant"] = "assistant"
    content: str | None = None
    refusal: str | None = None
    tool_calls: list[dict[str, Any]] | None = None


class ChatChoice(WireModel):
    index: int
    message: AssistantMessage
    finish_reason: str | None = None
    logprobs: dict[str, Any] | None = None


class ChatCompletion(WireModel):
    id: str
    object: Literal["chat.completion"] = "chat.completion"
    created: int
    model: str
    choices: list[ChatChoice]
    usage: Usage | None = None
    system_fingerprint: str | None = None


class ChunkDelta(StreamPart):
    role: str | None = None
    content: str | None = None
    tool_calls: list[dict[str, Any]] | None = None


class ChunkChoice(StreamPart):
    always_sent: ClassVar[frozenset[str]] = frozenset({"finish_reason", "logprobs"})

    index: int
    delta: ChunkDelta
    finish_reason: str | None = None
    logprobs: dict[str, Any] | None = None


class ChatCompletionChunk(StreamEvent):
    id: str
    object: Literal["chat.completion.chunk"] = "chat.completion.chunk"
    created: int
    model: str
    choices: list[ChunkChoice]
    usage: Usage | None = None
    system_fingerprint: str | None = None

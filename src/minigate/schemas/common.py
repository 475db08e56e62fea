from __future__ import annotations

import secrets
import time
from dataclasses import dataclass
from functools import cache
from typing import Any, ClassVar

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializationInfo,
    SerializerFunctionWrapHandler,
    StrictBool,
    ValidationInfo,
    field_validator,
    model_serializer,
    model_validator,
)

from minigate.schemas.bounds import (
    INT32_MAX,
    MAX_UNKNOWN_FIELD,
    check_free_json,
)


class WireModel(BaseModel):
    """A request or response body; unknown fields are kept so upstream extras pass through."""

    model_config = ConfigDict(extra="allow")


@dataclass(frozen=True)
class Streamed:
    """The serialisation context of a server-sent event (``model_dump_json(context=...)``):
    whether the client asked for ``stream_options.include_usage``."""

    include_usage: bool = False


class StreamPart(WireModel):
    """A part of a streamed event. Dumped with a ``Streamed`` context, a null field is sent
    where its source set it (an upstream's ``logprobs: null`` or vLLM's ``stop_reason: null``
    pass through) or where OpenAI always sends it (``always_sent``, such as a choice's
    ``finish_reason``), and left out elsewhere, as OpenAI's deltas leave out what they do not
    carry. Dumped otherwise (an answer not streamed), every field is sent."""

    always_sent: ClassVar[frozenset[str]] = frozenset()

    @model_serializer(mode="wrap")
    def _as_streamed(self, handler: SerializerFunctionWrapHandler, info: SerializationInfo) -> Any:
        data = handler(self)
        if not isinstance(info.context, Streamed) or not isinstance(data, dict):
            return data
        sent = self.sent_keys(info.context)
        return {k: v for k, v in data.items() if v is not None or k in sent}

    def sent_keys(self, streamed: Streamed) -> set[str]:
        """The keys sent even when null."""
        return self.model_fields_set | self.always_sent


class StreamEvent(StreamPart):
    """A whole event: ``usage`` is in every one when the client asked for it (null but in the
    last, as OpenAI sends it), and in none otherwise, whatever the upstream sent: the gateway
    asks upstreams for usage itself, to account."""

    def sent_keys(self, streamed: Streamed) -> set[str]:
        keys = super().sent_keys(streamed) - {"usage"}
        return keys | {"usage"} if streamed.include_usage else keys


class RequestModel(WireModel):
    """A request body (or part of one): its free-form JSON fields (``free_fields``) and unknown
    fields are checked against minigate.schemas.bounds; an unknown field that is too large is
    refused."""

    # NaN and Infinity are not JSON, though the parser reads them (and 1e400 as infinity):
    # refused as a number no field takes, where "temperature": NaN was "less than 2" wrong.
    model_config = ConfigDict(extra="allow", allow_inf_nan=False)
    free_fields: ClassVar[tuple[str, ...]] = ()

    @model_validator(mode="before")
    @classmethod
    def _nulls_take_defaults(cls, data: Any) -> Any:
        # The openai SDK sends null for an argument passed as None (``n=None``,
        # ``stream=None``), and OpenAI reads it as left out: a field with a default other than
        # None takes that default, where pydantic refused the null ("Input should be a valid
        # integer"). A required field's null is still refused, naming it.
        if not isinstance(data, dict):
            return data
        defaulted = _defaulted_fields(cls)
        if any(data.get(name, 0) is None for name in defaulted):
            return {k: v for k, v in data.items() if not (v is None and k in defaulted)}
        return data

    @model_validator(mode="after")
    def _bounded(self) -> Any:
        # A FreeJsonError reaches the error handler as is: it names the offending field.
        for name in self.free_fields:
            check_free_json(getattr(self, name), name)
        for name, value in (self.model_extra or {}).items():
            check_free_json(value, name, budget=MAX_UNKNOWN_FIELD)
        return self


@cache
def _defaulted_fields(model: type[BaseModel]) -> frozenset[str]:
    """The fields of ``model`` whose default is a value, not None (and not required)."""
    return frozenset(
        name
        for name, field in model.model_fields.items()
        if not field.is_required() and field.default is not None
    )


class StreamOptions(RequestModel):
    include_usage: StrictBool = False


class StreamedRequest(RequestModel):
    """A request that may be answered as a stream (chat and text completions)."""

    stream: StrictBool = False
    stream_options: StreamOptions | None = None

    @field_validator("stream_options")
    @classmethod
    def _options_need_a_stream(
        cls, value: StreamOptions | None, info: ValidationInfo
    ) -> StreamOptions | None:
        # As OpenAI answers it; an upstream sent them without a stream would refuse them too.
        if value is not None and not info.data.get("stream"):
            raise ValueError(
                "stream_options is only allowed when stream is true; set stream or leave "
                "stream_options out"
            )
        return value

    def wants_usage_in_stream(self) -> bool:
        return bool(self.stream_options and self.stream_options.include_usage)


class Usage(WireModel):
    # Bounded: an upstream reporting 2**70 tokens is broken (a 502), and the ledger's columns
    # are 32-bit.
    prompt_tokens: int = Field(default=0, ge=0, le=INT32_MAX)
    completion_tokens: int = Field(default=0, ge=0, le=INT32_MAX)
    total_tokens: int = Field(default=0, ge=0, le=2 * INT32_MAX)


def new_id(prefix: str) -> str:
    """An OpenAI-style prefixed id, e.g. ``chatcmpl-3f9a...``."""
    return f"{prefix}-{secrets.token_hex(12)}"


def now() -> int:
    return int(time.time())

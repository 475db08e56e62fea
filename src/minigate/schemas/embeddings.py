"""Embeddings (``POST /v1/embeddings``)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, field_validator

from minigate.schemas.bounds import INT32_MAX, MAX_INPUTS, FieldError, TokenId
from minigate.schemas.common import RequestModel, WireModel

# OpenAI's largest embedding has 3,072 dimensions; 65,536 leaves room for any local model.
MAX_DIMENSIONS = 65_536


def _kind(item: Any) -> str:
    if isinstance(item, str):
        return "text"
    if isinstance(item, int) and not isinstance(item, bool):
        return "token"
    return "tokens" if isinstance(item, list) else "other"


class EmbeddingRequest(RequestModel):
    model: str = Field(min_length=1)
    input: str | list[str] | list[TokenId] | list[list[TokenId]]
    encoding_format: Literal["float", "base64"] = "float"
    dimensions: int | None = Field(default=None, ge=1, le=MAX_DIMENSIONS)
    user: str | None = None

    @field_validator("input", mode="before")
    @classmethod
    def _one_kind_of_item(cls, value: Any) -> Any:
        # Before pydantic's union, whose error for ["a", 5] named the whole input ("Input
        # should be a valid string"): the first item of another kind than the first is named.
        if isinstance(value, list) and value:
            kind = _kind(value[0])
            for index, item in enumerate(value):
                if _kind(item) != kind or kind == "other":
                    raise FieldError(
                        str(index),
                        "input is one string, or a list of strings, of token ids (integers) or "
                        "of lists of token ids, all of one kind",
                    )
        return value

    @field_validator("input")
    @classmethod
    def _not_empty(
        cls, value: str | list[str] | list[TokenId] | list[list[TokenId]]
    ) -> str | list[str] | list[TokenId] | list[list[TokenId]]:
        # OpenAI refuses an empty text (its message names no field); a local model would
        # answer one with a vector of nothing, which passes for an embedding of something.
        if value == "":
            raise ValueError("input is an empty string; send the text to embed")
        if isinstance(value, list) and not value:
            raise ValueError("input must not be an empty list")
        if isinstance(value, list) and len(value) > MAX_INPUTS:
            raise ValueError(f"input may hold at most {MAX_INPUTS} items")
        for index, item in enumerate(value if isinstance(value, list) else []):
            if item == "" or item == []:
                what = "an empty string" if item == "" else "an empty list of tokens"
                raise FieldError(str(index), f"input {index} is {what}; every input needs text")
        return value

    def texts(self) -> list[str] | None:
        """The inputs as strings, or None when the client sent token ids."""
        if isinstance(self.input, str):
            return [self.input]
        if all(isinstance(item, str) for item in self.input):
            return [str(item) for item in self.input]
        return None


class EmbeddingUsage(WireModel):
    prompt_tokens: int = Field(default=0, ge=0, le=INT32_MAX)
    total_tokens: int = Field(default=0, ge=0, le=INT32_MAX)


class Embedding(WireModel):
    object: Literal["embedding"] = "embedding"
    index: int
    embedding: list[float] | str


class EmbeddingResponse(WireModel):
    object: Literal["list"] = "list"
    data: list[Embedding]
    model: str
    usage: EmbeddingUsage

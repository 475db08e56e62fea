"""Shared behaviour of single-model backends: refusing what a model cannot do."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import Any

from minigate.backends.protocol import Capabilities
from minigate.context import RequestContext
from minigate.errors import InvalidRequest
from minigate.schemas.chat import ChatCompletion, ChatCompletionChunk, ChatCompletionRequest
from minigate.schemas.completions import Completion, CompletionRequest
from minigate.schemas.embeddings import EmbeddingRequest, EmbeddingResponse
from minigate.schemas.models import ModelCard


class SingleModelBackend:
    """Defaults for a backend serving one model: every operation is refused until overridden."""

    model_id: str
    owned_by: str = "minigate"
    capabilities = Capabilities()

    def _unsupported(self, what: str) -> InvalidRequest:
        return InvalidRequest(
            f"Model '{self.model_id}' does not support {what}.", param="model", code="unsupported"
        )

    async def chat(self, req: ChatCompletionRequest, ctx: RequestContext) -> ChatCompletion:
        raise self._unsupported("chat completions")

    async def chat_stream(
        self, req: ChatCompletionRequest, ctx: RequestContext
    ) -> AsyncIterator[ChatCompletionChunk]:
        raise self._unsupported("chat completions")
        yield  # pragma: no cover - makes this an async generator

    async def complete(self, req: CompletionRequest, ctx: RequestContext) -> Completion:
        raise self._unsupported("text completions")

    async def complete_stream(
        self, req: CompletionRequest, ctx: RequestContext
    ) -> AsyncIterator[Completion]:
        raise self._unsupported("text completions")
        yield  # pragma: no cover

    async def embed(self, req: EmbeddingRequest, ctx: RequestContext) -> EmbeddingResponse:
        raise self._unsupported("embeddings")

    def adapter(self, name: str) -> SingleModelBackend | None:
        """This model with LoRA adapter ``name`` (``model:adapter``); None: it takes no adapters."""
        return None

    def models(self) -> list[ModelCard]:
        return [ModelCard(id=self.model_id, owned_by=self.owned_by)]

    def served_names(self) -> list[str]:
        """The names requests reach this model by, known before it starts (``models()`` lists
        adapters once loaded): its id, then ``id:adapter`` for each of its adapters."""
        return [self.model_id]

    def context_window(self) -> int | None:
        """The tokens a prompt and its answer share; None: not known here (an upstream's)."""
        return None

    def prompt_tokens(self, req: ChatCompletionRequest) -> int | None:
        """The tokens ``req``'s messages take in this model's prompt; None: it cannot count."""
        return None

    async def start(self) -> None:
        return None

    async def aclose(self) -> None:
        return None

    def check_chat_features(self, req: ChatCompletionRequest) -> None:
        """Refuse features this model lacks before any work is queued."""
        caps = self.capabilities
        if not caps.tools:
            self._check_no_tools_offered(req)
            self._check_no_tool_turns(req)
        _check_json_asked(req)
        if not caps.images and any(m.has_images() for m in req.messages):
            raise InvalidRequest(
                f"Model '{self.model_id}' does not accept images.",
                param="messages",
                code="unsupported",
            )
        self._check_parts(req)
        self._check_outputs(req)

    def _check_outputs(self, req: ChatCompletionRequest) -> None:
        """An answer this model cannot give (audio, one grounded in a web search) is refused,
        not ignored: a text answer would pass for one that honoured the request."""
        extra = req.model_extra or {}
        modalities = extra.get("modalities")
        if isinstance(modalities, list) and any(m != "text" for m in modalities):
            raise self._unserved("modalities", f"the output modalities {modalities}")
        for field, what in UNSERVED_OUTPUTS.items():
            if extra.get(field) is not None:
                raise self._unserved(field, what)

    def check_completion_features(self, req: CompletionRequest) -> None:
        """What this model cannot do with a text completion is refused, not dropped: an answer
        that ignored the suffix, one draw passed off as the best of several, or echoed logprobs
        that skip the prompt would each pass for the answer asked for."""
        if req.suffix:
            raise self._refused("suffix", "cannot insert a completion before a suffix")
        if req.best_of is not None and req.best_of > req.n:
            raise self._refused("best_of", f"cannot draw {req.best_of} candidates to keep {req.n}")
        if req.echo and req.logprobs is not None:
            raise self._refused("echo", "cannot give the logprobs of the prompt it echoes")

    def _unserved(self, param: str, what: str) -> InvalidRequest:
        return self._refused(param, f"answers in text only and cannot give {what}")

    def _refused(self, param: str, said: str) -> InvalidRequest:
        """A request field this model cannot honour, named (``said``: what the model cannot do)."""
        return InvalidRequest(
            f"Model '{self.model_id}' {said}; leave '{param}' out, or send the request to a model "
            "that supports it.",
            param=param,
            code="unsupported",
        )

    def _check_no_tools_offered(self, req: ChatCompletionRequest) -> None:
        """Tools, or the deprecated ``functions`` that preceded them, are refused, not ignored.
        A choice of "none" asks for a text answer, which a model without tools gives: the tools
        are only not offered (clients such as llm send their tools with every turn)."""
        extra = req.model_extra or {}
        offers = (
            ("tools", req.tools, req.tool_choice),
            ("functions", extra.get("functions"), extra.get("function_call")),
        )
        for param, offered, choice in offers:
            if offered and choice != "none":
                raise InvalidRequest(
                    f"Model '{self.model_id}' does not support tools; leave '{param}' out, or "
                    "send the request to a model that supports them.",
                    param=param,
                    code="unsupported",
                )

    def _check_no_tool_turns(self, req: ChatCompletionRequest) -> None:
        """An earlier turn's tool calls are refused, not dropped: the model would read the
        results of calls it was never shown making."""
        for i, message in enumerate(req.messages):
            for field, calls in (
                ("tool_calls", message.tool_calls),
                ("function_call", message.function_call),
            ):
                if calls:
                    raise InvalidRequest(
                        f"Model '{self.model_id}' does not support tools, and messages[{i}] "
                        "holds an earlier turn's tool calls; send the conversation to a model "
                        "that supports tools, or leave the tool turns out.",
                        param=f"messages.{i}.{field}",
                        code="unsupported",
                    )

    def _check_parts(self, req: ChatCompletionRequest) -> None:
        """A content part this model cannot read is refused, not dropped: an answer that never
        saw the audio or file it was sent would pass for one that did."""
        for i, message in enumerate(req.messages):
            parts = message.content if isinstance(message.content, list) else []
            for j, part in enumerate(parts):
                if (what := _unreadable(part)) is not None:
                    raise InvalidRequest(
                        f"messages[{i}].content[{j}] is {what}; model '{self.model_id}' reads "
                        "text parts ({'type': 'text', 'text': ...}) only.",
                        param=f"messages.{i}.content.{j}",
                        code="unsupported",
                    )


def _check_json_asked(req: ChatCompletionRequest) -> None:
    """JSON mode needs a message that asks for JSON, as OpenAI requires: a model held to JSON
    by a grammar alone, never told to write it, can fill its answer with whitespace."""
    asked = req.response_format is not None and req.response_format.type == "json_object"
    if asked and not any("json" in m.text().lower() for m in req.messages):
        raise InvalidRequest(
            "'messages' must contain the word 'json' in some form, to use 'response_format' of "
            "type 'json_object'.",
            param="messages",
            code="invalid_value",
        )


# Request fields (unknown to the schema, so kept as extras) that ask for an answer a text-only
# model cannot give, with what they ask for.
UNSERVED_OUTPUTS = {"audio": "audio output", "web_search_options": "an answer from a web search"}


def _unreadable(part: dict[str, Any]) -> str | None:
    """What a content part is, when a text model cannot read it; None when it can (images are
    the capability check's; an assistant's refusal is history the template has no place for).
    The request's schema has already refused the shapes OpenAI refuses (schemas/messages.py)."""
    kind = part.get("type")
    return None if kind in ("text", "image_url", "refusal") else f"a part of type {kind!r}"


def serving(backends: Mapping[str, SingleModelBackend], name: str) -> SingleModelBackend | None:
    """The backend that serves ``name``: a configured model, or ``model:adapter``, the model's
    view with that LoRA adapter (``pick`` raises ModelNotFound for an adapter it lacks); None
    when the name is neither."""
    if (backend := backends.get(name)) is not None:
        return backend
    model, colon, adapter = name.rpartition(":")
    base = backends.get(model) if colon else None
    return base.adapter(adapter) if base is not None else None

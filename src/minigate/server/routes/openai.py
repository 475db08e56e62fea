"""The OpenAI API: chat and text completions, embeddings, models.

Each handler validates the body, builds the request context and hands over to the pipeline;
nothing else happens here.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from fastapi import APIRouter, Request
from pydantic import BaseModel, ValidationError
from starlette.responses import Response

from minigate.backends.protocol import Backend
from minigate.config import Settings
from minigate.context import RequestContext
from minigate.errors import GatewayError
from minigate.rag import collection_models
from minigate.schemas.chat import ChatCompletion, ChatCompletionChunk, ChatCompletionRequest
from minigate.schemas.common import RequestModel, Streamed, new_id
from minigate.schemas.completions import Completion, CompletionRequest
from minigate.schemas.embeddings import EmbeddingRequest
from minigate.schemas.models import ModelCard, ModelList
from minigate.server.auth import Caller
from minigate.server.body_limit import ParseGate
from minigate.server.disconnect import unless_disconnected
from minigate.server.request_id import REQUEST_ID_HEADER
from minigate.server.responses import json_response, sse_response
from minigate.server.routes.model_card import model_card
from minigate.validation import invalid_request

router = APIRouter(prefix="/v1")
M = TypeVar("M", bound=BaseModel)


async def parse_body(request: Request, model: type[M]) -> M:
    """Validate the JSON body; the error names the offending field, as OpenAI's does."""
    gate: ParseGate = request.app.state.parse_gate
    if gate.small(request):  # nearly all: no wait, and no context manager to pay for
        return _validated(gate, await request.body(), model)
    async with gate.slots:
        return _validated(gate, await request.body(), model)


def _validated(gate: ParseGate, raw: bytes, model: type[M]) -> M:
    gate.precheck(raw, model)
    try:
        # OpenAI's request bodies are typed as they say: "n": "2" or "max_tokens": true is a
        # 400 naming the field, where pydantic's lax mode read them as 2 and 1.
        return model.model_validate_json(raw, strict=issubclass(model, RequestModel) or None)
    except ValidationError as exc:
        raise invalid_request(exc) from None


async def new_context(request: Request, endpoint: str, id_prefix: str) -> RequestContext:
    caller = await request.app.state.auth(request)
    return RequestContext(
        endpoint=endpoint,
        request_id=new_id(id_prefix),
        api_key=caller.key,
        key_id=caller.key_id,
        virtual_key=caller.virtual,
        allowed_models=caller.allowed_models,
        headers=request.headers,
    )


def pipeline_of(request: Request) -> Backend:
    pipeline: Backend = request.app.state.pipeline
    return pipeline


def _headers(ctx: RequestContext) -> dict[str, str]:
    return {REQUEST_ID_HEADER: ctx.request_id, **ctx.outcome.headers()}


@contextmanager
def _traced(ctx: RequestContext) -> Iterator[None]:
    """A model call that fails (a blocked prompt, a refused budget) or is held (202) answers
    with the headers an answer has: the request's own id, which its ledger row and audit entry
    have, and what is known of its outcome (the scanner that blocked it)."""
    try:
        yield
    except GatewayError as exc:
        exc.headers = {**_headers(ctx), **exc.headers}  # a new dict: some errors share theirs
        raise


T = TypeVar("T", bound=BaseModel)


async def _stream_response(
    request: Request, events: AsyncIterator[T], ctx: RequestContext, streamed: Streamed
) -> Response:
    # Pull the first event before answering 200, so that a bad request, an unknown model or
    # a busy model still gets a proper HTTP error instead of an error event. The response
    # watches the connection only once it runs: until then the wait is watched as a whole
    # answer's is, so that a client that left before the first event cancels it and is
    # recorded client_disconnected with no chunk sent, rather than the stream running on into
    # the closed connection, possibly to its end, and being recorded ok.
    first = await unless_disconnected(request, anext(events))
    if isinstance(first, Response):
        return first

    async def replay() -> AsyncIterator[T]:
        yield _with_our_id(first, ctx)
        async for event in events:
            yield _with_our_id(event, ctx)

    return sse_response(replay(), headers=_headers(ctx), streamed=streamed)


def _with_our_id(event: T, ctx: RequestContext) -> T:
    """Every chunk carries the gateway's request id, also when an upstream made it."""
    event.id = ctx.request_id  # type: ignore[attr-defined]
    return event


Q = TypeVar("Q", ChatCompletionRequest, CompletionRequest)


async def _generate(
    request: Request,
    endpoint: str,
    id_prefix: str,
    schema: type[Q],
    answer: Callable[[Q, RequestContext], Awaitable[ChatCompletion | Completion]],
    stream: Callable[[Q, RequestContext], AsyncIterator[ChatCompletionChunk | Completion]],
) -> Response:
    """Chat and text completions alike: the answer whole, or as server-sent events."""
    ctx = await new_context(request, endpoint, id_prefix)
    req = await parse_body(request, schema)
    with _traced(ctx):
        if req.stream:
            streamed = Streamed(include_usage=req.wants_usage_in_stream())
            return await _stream_response(request, stream(req, ctx), ctx, streamed)
        result = await unless_disconnected(request, answer(req, ctx))
    if isinstance(result, Response):  # the client left: its work was cancelled
        return result
    result.id = ctx.request_id
    return json_response(result, headers=_headers(ctx))


@router.post("/chat/completions")
async def chat_completions(request: Request) -> Response:
    pipeline = pipeline_of(request)
    return await _generate(
        request,
        "chat.completions",
        "chatcmpl",
        ChatCompletionRequest,
        pipeline.chat,
        pipeline.chat_stream,
    )


@router.post("/completions")
async def completions(request: Request) -> Response:
    pipeline = pipeline_of(request)
    return await _generate(
        request,
        "completions",
        "cmpl",
        CompletionRequest,
        pipeline.complete,
        pipeline.complete_stream,
    )


@router.post("/embeddings")
async def embeddings(request: Request) -> Response:
    ctx = await new_context(request, "embeddings", "embd")
    req = await parse_body(request, EmbeddingRequest)
    with _traced(ctx):
        result = await pipeline_of(request).embed(req, ctx)
    return json_response(result, headers=_headers(ctx))


async def visible_models(request: Request, caller: Caller) -> list[ModelCard]:
    """The models this caller may use, and ``rag:<collection>`` for each of its collections."""
    allowed = caller.allowed_models
    cards = [c for c in pipeline_of(request).models() if allowed is None or c.id in allowed]
    library = getattr(request.app.state.runtime, "rag", None)
    models = request.app.state.settings.models
    return cards + await collection_models(library, models, caller.key_id, allowed)


@router.get("/models")
async def list_models(request: Request) -> Response:
    caller = await request.app.state.auth(request)
    return json_response(ModelList(data=(await visible_models(request, caller))))


@router.get("/models/{model_id:path}")
async def get_model(request: Request, model_id: str) -> Response:
    """The model's card, or the error a chat request for it would get (model_card.py)."""
    caller = await request.app.state.auth(request)
    for card in await visible_models(request, caller):
        if card.id == model_id:
            return json_response(card)
    settings: Settings = request.app.state.settings
    cards = pipeline_of(request).models()
    routes = [r.id for r in settings.routes]
    card = model_card(model_id, cards, settings.requestable, routes, caller.allowed_models)
    return json_response(card)

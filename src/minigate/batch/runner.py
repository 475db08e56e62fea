"""One batch line through the pipeline, and the output line OpenAI's format makes of it."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import orjson
from pydantic import BaseModel, ValidationError

from minigate.backends.openai_compat import upstream_attempts
from minigate.backends.protocol import Backend
from minigate.context import RequestContext
from minigate.errors import GatewayError, InvalidRequest
from minigate.identity import VirtualKey
from minigate.schemas.chat import ChatCompletionRequest
from minigate.schemas.completions import CompletionRequest
from minigate.schemas.embeddings import EmbeddingRequest
from minigate.schemas.moderations import ModerationRequest, ModerationResponse
from minigate.stage import Request
from minigate.validation import invalid_request

log = logging.getLogger("minigate.batch")
# The batch owner's virtual key by id (its budget applies to the batch's lines).
KeyLookup = Callable[[str], Awaitable[VirtualKey | None]]
# What POST /v1/moderations answers for a request (runtime.Runtime.moderations): the guard's
# moderation scanners, not the pipeline, answer it, so no model, ledger row or audit entry.
Moderate = Callable[[ModerationRequest], Awaitable[ModerationResponse]]
# What an error message passes before a line writes it (guard.redact.redact_secrets, as for an
# HTTP error response): the batch layer may not import the guard, so the runtime hands it over.
Redact = Callable[[str], str]

MODERATIONS = "/v1/moderations"
# The name each endpoint has in the ledger, metrics and audit (as for interactive requests).
CONTEXT_ENDPOINTS = {
    "/v1/chat/completions": "chat.completions",
    "/v1/completions": "completions",
    "/v1/embeddings": "embeddings",
    MODERATIONS: "moderations",
}


@dataclass(frozen=True, slots=True)
class Answer:
    status_code: int
    body: dict[str, Any]
    # What the refusal's x-should-retry header tells an HTTP client (None: it says nothing).
    # The ledger says "true" for a budget held only by requests in flight, "false" for one
    # that can never admit the request: the same 429 code, the opposite advice.
    should_retry: bool | None = None
    # How many times an upstream was asked for this answer (its error's
    # x-minigate-upstream-attempts); None: no upstream was (a refusal, a local model).
    upstream_attempts: int | None = None

    @property
    def ok(self) -> bool:
        return self.status_code == 200


async def answer(
    pipeline: Backend, moderate: Moderate, endpoint: str, body: bytes, ctx: RequestContext
) -> Answer:
    """Run the request; a refusal or failure becomes the error body its HTTP call would get."""
    try:
        if endpoint == MODERATIONS:
            # Read as the route reads its body (JSON, no 'stream' check: it has none).
            result: BaseModel = await moderate(
                ModerationRequest.model_validate_json(body, strict=True)
            )
        else:
            result = await _dispatch(pipeline, endpoint, orjson.loads(body), ctx)
    except (ValidationError, GatewayError) as exc:
        return refusal(exc)
    except Exception:
        log.exception("Batch line %s failed inside the gateway", ctx.request_id)
        return _error(GatewayError("The gateway failed on this request; its log has the details."))
    return Answer(200, orjson.loads(result.model_dump_json()))


def parse(endpoint: str, body: dict[str, Any]) -> Request:
    """The line's request; raises ValidationError or InvalidRequest (see ``refusal``)."""
    if body.get("stream"):
        raise InvalidRequest(
            "A batch request cannot stream; remove 'stream' from its body.", param="stream"
        )
    if endpoint == "/v1/chat/completions":
        return ChatCompletionRequest.model_validate(body, strict=True)  # as the HTTP call reads it
    if endpoint == "/v1/completions":
        return CompletionRequest.model_validate(body, strict=True)
    return EmbeddingRequest.model_validate(body, strict=True)


def refusal(exc: ValidationError | GatewayError) -> Answer:
    """The answer a request refused before it ran gets (its HTTP call's error)."""
    return _error(invalid_request(exc) if isinstance(exc, ValidationError) else exc)


async def _dispatch(
    pipeline: Backend, endpoint: str, body: dict[str, Any], ctx: RequestContext
) -> BaseModel:
    req = parse(endpoint, body)
    if isinstance(req, ChatCompletionRequest):
        return _named(await pipeline.chat(req, ctx), ctx, "chatcmpl")
    if isinstance(req, CompletionRequest):
        return _named(await pipeline.complete(req, ctx), ctx, "cmpl")
    return await pipeline.embed(req, ctx)


def _named(result: Any, ctx: RequestContext, prefix: str) -> BaseModel:
    """The body's id is the request's, as on the interactive endpoints."""
    result.id = f"{prefix}-{ctx.request_id.removeprefix('req_')}"
    assert isinstance(result, BaseModel)
    return result


def _error(exc: GatewayError) -> Answer:
    advice = {"true": True, "false": False}.get(exc.headers.get("x-should-retry", ""))
    return Answer(exc.status, exc.to_body(), advice, upstream_attempts(exc))


def output_line(
    line_id: str, custom_id: str, request_id: str, result: Answer, redact: Redact
) -> str:
    """A line of the output (or error) file, as OpenAI writes it; an error's message
    ``redact``ed, as the request's HTTP call would answer it."""
    body = result.body if result.ok else redacted_error(result.body, redact)
    return orjson.dumps(
        {
            "id": line_id,
            "custom_id": custom_id,
            "response": {
                "status_code": result.status_code,
                "request_id": request_id,
                "body": body,
            },
            "error": None,
        }
    ).decode()


def redacted_error(body: dict[str, Any], redact: Redact) -> dict[str, Any]:
    """``body`` (``{"error": {...}}``, or a line's own ``{"code", "message"}``) with its
    message ``redact``ed: an upstream's error text may quote a key, a token, a password."""
    error = body.get("error")
    if isinstance(error, dict):
        return {**body, "error": redacted_error(error, redact)}
    message = body.get("message")
    return {**body, "message": redact(message)} if isinstance(message, str) else body


def unrun_line(line_id: str, custom_id: str, code: str) -> str:
    """The error line of a request that never ran: the batch was cancelled or expired."""
    message = {
        "batch_cancelled": "The batch was cancelled before this request ran.",
        "batch_expired": "This request could not be executed before the completion window expired.",
    }[code]
    return orjson.dumps(
        {
            "id": line_id,
            "custom_id": custom_id,
            "response": None,
            "error": {"code": code, "message": message},
        }
    ).decode()

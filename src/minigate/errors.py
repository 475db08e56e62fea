"""The one exception tree of minigate. Every error a client can see is a ``GatewayError``.

MinigateError
├── ConfigError                      bad config file or environment (raised at start)
│   └── ArtifactError                a learned router's artifact is unreadable or no artifact
├── JobFailed                        a command's long job (quantizing, converting) failed midway
└── GatewayError                     turned into OpenAI's error object by the server
    ├── InvalidRequest          400  invalid_request_error
    │   ├── ContextLengthExceeded 400 context_length_exceeded
    │   ├── NoRoute             400  no_route
    │   ├── InvalidCollectionName 400 invalid_collection_name
    │   └── ContentPolicyViolation 400 content_policy_violation  (a guard scanner blocked)
    ├── AuthenticationFailed    401  invalid_api_key
    ├── PermissionDenied        403  permission_denied
    ├── ModelNotFound           404  model_not_found
    ├── NotFound                404  not_found
    │   ├── CollectionNotFound  404  collection_not_found  (none of that name for the key)
    │   └── DocumentNotFound    404  document_not_found  (the collection has no such document)
    ├── Conflict                409  conflict
    │   ├── CollectionExists    409  collection_exists  (the key has one of that name)
    │   ├── KeyNameTaken        409  key_name_taken  (an active virtual key has that name)
    │   └── BatchNotCancellable 409  batch_not_cancellable  (completed, failed or expired)
    ├── RequestTimeout          408  request_timeout  (a request body stopped arriving)
    ├── PayloadTooLarge         413  request_too_large
    ├── UnsupportedEncoding     415  unsupported_content_encoding
    ├── RangeNotSatisfiable     416  range_not_satisfiable  (a file's Range past its end)
    ├── RateLimited             429  rate_limit_exceeded
    ├── ModelOverloaded         503  model_overloaded
    │   └── CircuitOpen         503  circuit_open
    ├── StoreUnavailable        503  store_unavailable  (keys and budgets cannot be checked)
    ├── TooManyConnections      503  too_many_connections  (server.max_connections are open)
    ├── ReviewPending           202  review_pending  (not a failure: the answer is held)
    ├── LoopDetected            508  loop_detected
    ├── BackendFailed           500  backend_error
    └── UpstreamError           502  upstream_error
        ├── UpstreamUnavailable 502  upstream_unavailable
        └── UpstreamTimeout     504  upstream_timeout
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from typing import Any


class MinigateError(Exception):
    """Base of every error raised by minigate."""


class ConfigError(MinigateError):
    """The configuration is invalid; the message names the key and what to do."""


class ArtifactError(ConfigError):
    """A learned router's artifact cannot be read, or is not one; the message names the file."""


class JobFailed(MinigateError):
    """A command's long job failed midway on input it had accepted (llama.cpp's quantizer or
    LoRA converter gave up): a failure at run time, not a bad argument; the message names the
    step and leaves no partial output behind."""


class GatewayError(MinigateError):
    # Class-level defaults; an instance may refine its code (or, rarely, its status).
    status: int = 500
    type: str = "server_error"
    code: str = "internal_error"

    def __init__(
        self,
        message: str,
        *,
        param: str | None = None,
        code: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.param = param
        self.headers = headers or {}
        if code is not None:
            self.code = code

    def to_body(self) -> dict[str, Any]:
        return {
            "error": {
                "message": self.message,
                "type": self.type,
                "param": self.param,
                "code": self.code,
            }
        }


class InvalidRequest(GatewayError):
    status = 400
    type = "invalid_request_error"
    code = "invalid_request"


class ContextLengthExceeded(InvalidRequest):
    code = "context_length_exceeded"


class NoRoute(InvalidRequest):
    code = "no_route"


class InvalidCollectionName(InvalidRequest):
    """A document collection's name is one the store refuses; the message says which are
    allowed. A CLI command ends with exit 2 on it: the name is the user's argument."""

    code = "invalid_collection_name"


class ContentPolicyViolation(InvalidRequest):
    """A guard scanner blocked the prompt or the answer; the message names the scanner."""

    code = "content_policy_violation"

    def __init__(self, message: str, *, scanner: str, param: str | None = "messages") -> None:
        super().__init__(message, param=param)
        self.scanner = scanner

    def to_body(self) -> dict[str, Any]:
        body = super().to_body()
        body["error"]["scanner"] = self.scanner
        return body


class ReviewPending(GatewayError):
    """The answer is held for a person to review; the client polls for it (HTTP 202)."""

    status = 202
    type = "review_pending"
    code = "review_pending"

    def __init__(self, review_id: str) -> None:
        super().__init__(
            f"The answer is held for human review; poll GET /v1/reviews/{review_id} for it.",
            headers={"x-minigate-review-id": review_id, "location": f"/v1/reviews/{review_id}"},
        )
        self.review_id = review_id

    def to_body(self) -> dict[str, Any]:
        return {
            "id": self.review_id,
            "object": "review",
            "status": "pending",
            "message": self.message,
            "poll": f"/v1/reviews/{self.review_id}",
        }


class AuthenticationFailed(GatewayError):
    status = 401
    type = "authentication_error"
    code = "invalid_api_key"


class PermissionDenied(GatewayError):
    status = 403
    type = "permission_error"
    code = "permission_denied"

    @classmethod
    def not_allowed(cls, what: str, name: str, allowed: Iterable[str]) -> PermissionDenied:
        """A key limited to ``allowed`` asked for the model or route ``name``: the refusal
        chat gives (the resolver, the route stage) and ``GET /v1/models/{id}`` repeats."""
        listed = ", ".join(sorted(allowed)) or "none"
        return cls(
            f"This API key may not use {what} '{name}'; it may use: {listed}.", param="model"
        )


class ModelNotFound(GatewayError):
    status = 404
    type = "invalid_request_error"
    code = "model_not_found"


class NotFound(GatewayError):
    status = 404
    type = "invalid_request_error"
    code = "not_found"


class CollectionNotFound(NotFound):
    """The key has no document collection of that name (or it was deleted meanwhile)."""

    code = "collection_not_found"


class DocumentNotFound(NotFound):
    """The collection has no document of that id."""

    code = "document_not_found"


class Conflict(GatewayError):
    status = 409
    type = "invalid_request_error"
    code = "conflict"


class CollectionExists(Conflict):
    """The key has a document collection of that name already."""

    code = "collection_exists"


class KeyNameTaken(Conflict):
    """An active virtual key has that name already: route rules match keys by name."""

    code = "key_name_taken"


class BatchNotCancellable(Conflict):
    """Only a validating or in_progress batch can be cancelled."""

    code = "batch_not_cancellable"


class RequestTimeout(GatewayError):
    status = 408
    type = "invalid_request_error"
    code = "request_timeout"


class TooManyConnections(GatewayError):
    status = 503
    type = "server_error"
    code = "too_many_connections"


class PayloadTooLarge(GatewayError):
    status = 413
    type = "invalid_request_error"
    code = "request_too_large"


class UnsupportedEncoding(GatewayError):
    """The body came with a Content-Encoding (gzip, say) the gateway does not decode."""

    status = 415
    type = "invalid_request_error"
    code = "unsupported_content_encoding"


class RangeNotSatisfiable(GatewayError):
    """A file download's Range starts past the file's end; the answer names its size in
    ``Content-Range: bytes */SIZE``, as RFC 9110 asks."""

    status = 416
    type = "invalid_request_error"
    code = "range_not_satisfiable"


class RateLimited(GatewayError):
    status = 429
    type = "rate_limit_error"
    code = "rate_limit_exceeded"


class ModelOverloaded(GatewayError):
    status = 503
    type = "server_error"
    code = "model_overloaded"


class CircuitOpen(ModelOverloaded):
    code = "circuit_open"


class StoreUnavailable(GatewayError):
    """The database that holds virtual keys and budgets fails or was replaced: requests with a
    virtual key are refused (fail closed) until it is back."""

    status = 503
    type = "server_error"
    code = "store_unavailable"


class LoopDetected(GatewayError):
    status = 508
    type = "invalid_request_error"
    code = "loop_detected"


class BackendFailed(GatewayError):
    status = 500
    type = "server_error"
    code = "backend_error"


class UpstreamError(GatewayError):
    status = 502
    type = "upstream_error"
    code = "upstream_error"


class UpstreamUnavailable(UpstreamError):
    code = "upstream_unavailable"


class UpstreamTimeout(UpstreamError):
    status = 504
    code = "upstream_timeout"


def failure_status(exc: BaseException) -> str:
    """The status a failed request is recorded with (ledger row, audit entry): the error's code
    for a gateway error, ``client_disconnected`` when its task was cancelled or its stream
    closed early, else ``internal_error``."""
    if isinstance(exc, GatewayError):
        return exc.code
    if isinstance(exc, asyncio.CancelledError | GeneratorExit):
        return "client_disconnected"
    return "internal_error"

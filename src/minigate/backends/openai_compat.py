"""Any OpenAI-compatible upstream: OpenAI itself, vLLM, llama.cpp's server, another minigate.

Where to connect is data (``OpenAIModel`` in the config); this module is how to speak the wire
format, with retries and backoff on 429, 5xx, timeouts and refused connections.
"""

from __future__ import annotations

import asyncio
import logging
import os
import random
from collections.abc import AsyncIterator, Awaitable, Callable
from email.utils import parsedate_to_datetime
from functools import partial
from typing import Any, TypeVar

import httpx
import numpy as np
import orjson

from minigate.backends.base import SingleModelBackend
from minigate.backends.embeddings import decode_vector, encode_vector
from minigate.backends.protocol import Capabilities
from minigate.backends.settings import OpenAIModel
from minigate.context import RequestContext
from minigate.errors import (
    ContextLengthExceeded,
    GatewayError,
    InvalidRequest,
    LoopDetected,
    PayloadTooLarge,
    RateLimited,
    UpstreamError,
    UpstreamTimeout,
    UpstreamUnavailable,
)
from minigate.logs import warn_if_unset
from minigate.schemas.chat import ChatCompletion, ChatCompletionChunk, ChatCompletionRequest
from minigate.schemas.common import WireModel
from minigate.schemas.completions import Completion, CompletionRequest
from minigate.schemas.embeddings import EmbeddingRequest, EmbeddingResponse
from minigate.streams import sse_lines

M = TypeVar("M", bound=WireModel)
T = TypeVar("T")
RETRYABLE_STATUS = frozenset({429, 500, 502, 503, 504})
# The upstream's 4xx that a later try may pass (a timeout, a conflict): no x-should-retry.
MAY_PASS = frozenset({408, 409})
# The header OpenAI's SDK reads (and the batch, for a line) before retrying an answer.
NO_RETRY = {"x-should-retry": "false"}
HOP_HEADER = "x-minigate-hops"
# How many times the upstream was asked before an error, on the error (its headers, which
# the server sends with the answer): data for whoever adds up tries (a batch line's retries),
# where the message's "after N attempts" is for people and may quote the upstream's own words.
ATTEMPTS_HEADER = "x-minigate-upstream-attempts"
# Fields whose schema default the gateway does not send for a client that left them out.
UNSENT_DEFAULTS = frozenset({"n"})
# Gateways that forward to each other (A -> B -> A) would loop until a timeout; no sane chain
# of gateways is this long.
MAX_HOPS = 8

log = logging.getLogger("minigate.backends")


class _Retryable(Exception):
    """One failed attempt that may succeed if tried again. ``error`` makes the client's error
    once the tries end, from how many there were ("after 2 attempts")."""

    def __init__(
        self, error: Callable[[str], GatewayError], retry_after: float | None = None
    ) -> None:
        self.error = error
        self.retry_after = retry_after


class OpenAIBackend(SingleModelBackend):
    capabilities = Capabilities(
        chat=True, completions=True, embeddings=True, tools=True, images=True, json_mode=True
    )

    def __init__(self, config: OpenAIModel, http: httpx.AsyncClient) -> None:
        self.config = config
        self.model_id = config.id
        self.owned_by = config.owned_by
        self.upstream_model = config.upstream_model or config.id
        self._http = http
        self._timeout = httpx.Timeout(config.timeout_s, connect=config.connect_timeout_s)
        self._urls: dict[str, httpx.URL] = {}
        self._secrets = own_secrets(config)
        warn_if_unset(config.api_key_env, f"Upstream '{config.id}'", log)

    def _url(self, path: str) -> httpx.URL:
        """The upstream URL of ``path``, parsed once (parsing a URL costs more than sending)."""
        url = self._urls.get(path)
        if url is None:
            url = self._urls[path] = httpx.URL(f"{self.config.base_url}{path}")
        return url

    # -- wire ------------------------------------------------------------------------

    def _headers(self, ctx: RequestContext) -> dict[str, str]:
        headers = {"content-type": "application/json", **self.config.headers}
        if self.config.api_key_env and (key := os.environ.get(self.config.api_key_env)):
            headers["authorization"] = f"Bearer {key}"
        hops = _hops(ctx)
        if hops >= MAX_HOPS:
            raise LoopDetected(
                f"The request has already passed through {hops} gateways ({HOP_HEADER}); "
                f"minigate forwards it no further. Gateways forwarding to each other loop: "
                f"check the base_url of model '{self.model_id}' ({self.config.base_url})."
            )
        headers[HOP_HEADER] = str(hops + 1)
        return headers

    def _body(self, req: WireModel, **overrides: Any) -> bytes:
        # The body as the client sent it: a default it left out stays out (a server that takes
        # no n may refuse n: 1, and an upstream's own default is the same).
        body = req.model_dump(
            exclude_none=True, exclude=set(UNSENT_DEFAULTS - req.model_fields_set)
        )
        body.update(model=self.upstream_model, **overrides)
        try:
            return orjson.dumps(body)
        except orjson.JSONEncodeError as exc:  # schemas bound what they know; this is the rest
            raise InvalidRequest(f"The request cannot be sent upstream as JSON: {exc}.") from None

    def _said(self, text: str) -> str:
        """What the upstream said, fit for the client and the logs: the gateway's own
        credentials (an upstream may echo the key it was sent) replaced by a marker."""
        return redact(text, self._secrets)

    async def _post(self, path: str, body: bytes, ctx: RequestContext, shape: type[M]) -> M:
        headers = self._headers(ctx)  # a refusal here never reached the upstream: no attempt

        async def attempt() -> M:
            response = await self._send(path, body, headers)
            return _validate(shape, _json_of(response, self.model_id), self.model_id)

        return await self._with_retries(attempt)

    async def _send(self, path: str, body: bytes, headers: dict[str, str]) -> httpx.Response:
        # httpx's read timeout bounds each wait for a byte: an upstream that trickles its
        # answer a byte at a time would hold the request for good. The whole answer gets
        # timeout_s once connected.
        deadline = self.config.connect_timeout_s + self.config.timeout_s
        try:
            async with asyncio.timeout(deadline):
                response = await self._open(path, body, headers)
                await self._read_body(response)
        except TimeoutError as exc:
            raise self._timeout_error(exc, _tries(1)) from None
        if response.status_code >= 400:
            raise self._status_error(response.status_code, response.content, response.headers)
        return response

    async def _with_retries(self, attempt: Callable[[], Awaitable[T]]) -> T:
        """``attempt()``'s answer, tried again while it fails for now; the error that ends
        the tries carries their number (``ATTEMPTS_HEADER``)."""
        tries = self.config.max_retries + 1
        for n in range(tries):
            try:
                return await attempt()
            except _Retryable as failure:
                delay = self._backoff(n, failure.retry_after)
                if n == tries - 1 or delay is None:
                    raise _attempted(failure.error(self._stopped(n + 1, delay)), n + 1) from None
                await asyncio.sleep(delay)
            except GatewayError as exc:  # the upstream answered, and not with "later"
                _attempted(exc, n + 1)
                raise
        raise AssertionError("unreachable")  # pragma: no cover

    def _stopped(self, attempts: int, delay: float | None) -> str:
        """How the tries ended, for the client's error: how many there were, and why no more
        when the upstream asked for a longer wait than max_backoff_s."""
        said = _tries(attempts)
        if delay is None:
            said += f" (it asked to wait longer than max_backoff_s, {self.config.max_backoff_s:g}s)"
        return said

    def _backoff(self, attempt: int, retry_after: float | None) -> float | None:
        """Seconds to wait before the next try; None when Retry-After asks for too long."""
        cap = self.config.max_backoff_s
        if retry_after is not None:
            return retry_after if retry_after <= cap else None
        base: float = min(cap, self.config.backoff_s * 2.0**attempt)
        return base * (0.5 + random.random() / 2)

    # -- error mapping ---------------------------------------------------------------

    def _timed_out(self, exc: httpx.TimeoutException) -> Exception:
        """A hung upstream (it took the request, then said nothing for timeout_s) fails at
        once: trying again would triple the wait. One that could not be reached is retried."""
        if isinstance(exc, httpx.ReadTimeout):
            return self._timeout_error(exc, _tries(1))
        return _Retryable(partial(self._timeout_error, exc))

    def _timeout_error(self, exc: Exception, tries: str) -> GatewayError:
        """``tries``: how the tries ended, "after 1 attempt" or more (see _stopped)."""
        return UpstreamTimeout(
            f"Upstream for model '{self.model_id}' did not answer within "
            f"{self.config.timeout_s:g}s ({type(exc).__name__}) {tries}."
        )

    def _unreachable_error(self, exc: Exception, tries: str) -> GatewayError:
        return UpstreamUnavailable(
            f"Upstream for model '{self.model_id}' at {self.config.base_url} is unreachable "
            f"({type(exc).__name__}) {tries}."
        )

    def _status_error(self, status: int, content: bytes, headers: httpx.Headers) -> Exception:
        message = self._said(_upstream_message(content)) or f"HTTP {status}"
        retry_after = _retry_after(headers.get("retry-after"))
        where = f"Upstream for model '{self.model_id}'"
        if _code_of(content) == LoopDetected.code:
            return LoopDetected(message)  # the gateway that stopped the loop said it all
        # The upstream's Retry-After goes on to the client with the answer it explains.
        hint = {"Retry-After": headers["retry-after"]} if "retry-after" in headers else {}
        if status == 429:
            limited = RateLimited(f"{where} is rate limited: {message}", headers=hint)
            return _Retryable(lambda _: limited, retry_after)
        if status in RETRYABLE_STATUS:
            return _Retryable(
                lambda tries: UpstreamError(
                    f"{where} failed with HTTP {status} {tries}: {message}", headers=hint
                ),
                retry_after,
            )
        # Any other 4xx answers a retry alike (a wrong key, base_url or request): the 502 of a
        # 401/403/404 says so, or OpenAI's SDK and the batch would retry it as any 502.
        final = {} if status in MAY_PASS else dict(NO_RETRY)
        if status in (401, 403):
            return UpstreamError(
                f"{where} rejected the gateway's credentials (HTTP {status}); "
                f"check api_key_env. Upstream said: {message}",
                headers=final,
            )
        if status == 404:
            # The client's model is configured here; the upstream not knowing its
            # upstream_model (or the base_url's path) is the operator's to fix, not a 404 of
            # the client's: OpenAI's clients read model_not_found as "your model name is wrong".
            return UpstreamError(
                f"{where} answered 404 (check its base_url and upstream_model): {message}",
                headers=final,
            )
        if status == 413:
            return PayloadTooLarge(
                f"{where} refused the request as too large: {message}", headers=final
            )
        if 400 <= status < 500:
            # The upstream's code and param go on to the client: one that trims its history
            # on context_length_exceeded, or names the field, reads them as OpenAI's.
            code, param = _error_field(content, "code"), _error_field(content, "param")
            kind = ContextLengthExceeded if code == ContextLengthExceeded.code else InvalidRequest
            said = f"{where} rejected the request: {message}"
            return kind(said, code=code, param=param, headers=final)
        return UpstreamError(f"{where} answered HTTP {status}: {message}")

    # -- OpenAI operations -------------------------------------------------------------

    async def chat(self, req: ChatCompletionRequest, ctx: RequestContext) -> ChatCompletion:
        body = self._body(req, stream=False)
        return await self._post("/chat/completions", body, ctx, ChatCompletion)

    async def chat_stream(
        self, req: ChatCompletionRequest, ctx: RequestContext
    ) -> AsyncIterator[ChatCompletionChunk]:
        # Always ask for usage so the gateway can account; drop it if the client did not ask.
        body = self._body(req, stream=True, stream_options={"include_usage": True})
        async for data in self._stream("/chat/completions", body, ctx):
            chunk = _validate(ChatCompletionChunk, data, self.model_id)
            if not _kept_with_usage(chunk, req, ctx):
                continue
            if any(c.delta.content for c in chunk.choices):
                ctx.mark_first_token()
            yield chunk

    async def complete(self, req: CompletionRequest, ctx: RequestContext) -> Completion:
        return await self._post("/completions", self._body(req, stream=False), ctx, Completion)

    async def complete_stream(
        self, req: CompletionRequest, ctx: RequestContext
    ) -> AsyncIterator[Completion]:
        body = self._body(req, stream=True, stream_options={"include_usage": True})
        async for data in self._stream("/completions", body, ctx):
            chunk = _validate(Completion, data, self.model_id)
            if not _kept_with_usage(chunk, req, ctx):
                continue
            if chunk.choices:
                ctx.mark_first_token()
            yield chunk

    async def embed(self, req: EmbeddingRequest, ctx: RequestContext) -> EmbeddingResponse:
        response = await self._post("/embeddings", self._body(req), ctx, EmbeddingResponse)
        return self._as_asked(response, req)

    def _as_asked(self, response: EmbeddingResponse, req: EmbeddingRequest) -> EmbeddingResponse:
        """The vectors in the encoding the client asked for. Some OpenAI-compatible servers
        answer floats whatever was asked: a client that asked for base64 (the openai SDKs'
        own default) would get a list where its decoder reads a string."""
        try:
            for item in response.data:
                if req.encoding_format == "base64" and isinstance(item.embedding, list):
                    vector = np.asarray(item.embedding, dtype=np.float32)
                    item.embedding = encode_vector(vector, "base64")
                elif req.encoding_format == "float" and isinstance(item.embedding, str):
                    item.embedding = decode_vector(item.embedding)
        except ValueError:  # binascii.Error is one
            raise UpstreamError(
                f"Upstream for model '{self.model_id}' answered with an embedding that is not "
                "base64 float32 values."
            ) from None
        return response

    # -- streaming -------------------------------------------------------------------

    async def _stream(
        self, path: str, body: bytes, ctx: RequestContext
    ) -> AsyncIterator[dict[str, Any]]:
        headers = self._headers(ctx)
        response = await self._with_retries(lambda: self._open_stream(path, body, headers))
        events, ended = 0, False
        try:
            if "text/event-stream" not in response.headers.get("content-type", ""):
                raise UpstreamError(
                    f"Upstream for model '{self.model_id}' answered a streamed request with "
                    f"'{_ascii(response.headers.get('content-type', 'no content type'))}', "
                    "not an event stream."
                )
            async for line in sse_lines(response):
                if not line.startswith("data:"):
                    continue
                payload = line[5:].strip()
                if payload == "[DONE]":
                    ended = True
                    break
                data = orjson.loads(payload)
                if not isinstance(data, dict):
                    raise UpstreamError(
                        f"Upstream for model '{self.model_id}' sent a stream event that is not "
                        "a JSON object."
                    )
                if "error" in data:
                    raise UpstreamError(
                        f"Upstream for model '{self.model_id}' failed mid-stream: "
                        f"{self._said(_message_of(data))}"
                    )
                events += 1
                ended = ended or _finishes(data)
                yield data
            if events == 0:
                raise UpstreamError(
                    f"Upstream for model '{self.model_id}' ended the stream without an event."
                )
            if not ended:  # closed cleanly, but mid-answer: as a broken connection is
                raise UpstreamError(
                    f"Upstream for model '{self.model_id}' ended the stream without [DONE] or "
                    "a finish_reason: the answer is cut short."
                )
        except httpx.TimeoutException as exc:  # the stream had begun: it is not asked again
            raise self._timeout_error(exc, "mid-stream; it was not asked again") from None
        except httpx.TransportError as exc:
            raise UpstreamError(
                f"Upstream for model '{self.model_id}' broke off the stream ({type(exc).__name__})."
            ) from None
        except orjson.JSONDecodeError:
            raise UpstreamError(
                f"Upstream for model '{self.model_id}' sent a malformed stream event."
            ) from None
        finally:
            await response.aclose()

    async def _open(self, path: str, body: bytes, headers: dict[str, str]) -> httpx.Response:
        """The upstream's response, its head read and its body not yet: failing before it
        answered is retried (a refused or dropped connection); see _read_body for after."""
        request = self._http.build_request(
            "POST",
            self._url(path),
            content=body,
            headers=headers,
            timeout=self._timeout,
        )
        try:
            return await self._http.send(request, stream=True)
        except httpx.TimeoutException as exc:
            raise self._timed_out(exc) from None
        except httpx.TransportError as exc:
            raise _Retryable(partial(self._unreachable_error, exc)) from None

    async def _read_body(self, response: httpx.Response) -> None:
        """Read an answer's body. An upstream that answered and then broke off has done the
        work (and may bill it): it is not asked again, and it was reachable."""
        try:
            await response.aread()
        except httpx.TimeoutException as exc:
            raise self._timeout_error(exc, _tries(1)) from None
        except httpx.TransportError as exc:
            raise UpstreamError(
                f"Upstream for model '{self.model_id}' broke off its answer "
                f"({type(exc).__name__}); it was not asked again."
            ) from None
        finally:
            await response.aclose()

    async def _open_stream(self, path: str, body: bytes, headers: dict[str, str]) -> httpx.Response:
        response = await self._open(path, body, headers)
        if response.status_code >= 400:
            await self._read_body(response)
            raise self._status_error(response.status_code, response.content, response.headers)
        return response


def _tries(attempts: int) -> str:
    return f"after {attempts} attempt{'' if attempts == 1 else 's'}"


def _attempted(error: GatewayError, attempts: int) -> GatewayError:
    """``error``, saying in its headers that the upstream was asked ``attempts`` times."""
    # A new dict: an error's headers may be another's too (a hint passed to each try's).
    error.headers = {**error.headers, ATTEMPTS_HEADER: str(attempts)}
    return error


def upstream_attempts(error: GatewayError) -> int | None:
    """How many times an upstream was asked before ``error`` (None: the error is not an
    upstream's, or came before any request went out)."""
    value = error.headers.get(ATTEMPTS_HEADER)
    return int(value) if value is not None else None


def own_secrets(config: OpenAIModel) -> list[str]:
    """The credentials this backend sends: its key and its configured header values."""
    found = [v.partition(" ")[2] or v for v in config.headers.values()]
    if config.api_key_env and (key := os.environ.get(config.api_key_env)):
        found.append(key)
    return sorted({s for s in found if len(s) >= 8}, key=len, reverse=True)


def redact(text: str, secrets: list[str]) -> str:
    for secret in secrets:
        text = text.replace(secret, "[REDACTED]")
    return text


def _ascii(text: str) -> str:
    return text.encode("ascii", "replace").decode("ascii")[:100]


def _hops(ctx: RequestContext) -> int:
    try:
        return max(0, int(ctx.headers.get(HOP_HEADER, "0") or 0))
    except ValueError:
        raise InvalidRequest(
            f"The {HOP_HEADER} header must be a whole number.", param=HOP_HEADER
        ) from None


def _code_of(content: bytes) -> object:
    return _error_field(content, "code")


def _error_field(content: bytes, field: str) -> str | None:
    """A string field (``code``, ``param``) of the upstream's OpenAI error object, if any."""
    try:
        data = orjson.loads(content)
    except orjson.JSONDecodeError:
        return None
    error = data.get("error") if isinstance(data, dict) else None
    value = error.get(field) if isinstance(error, dict) else None
    # A code or param is a short token ("context_length_exceeded", "messages.2.content").
    return value if isinstance(value, str) and 0 < len(value) <= 200 else None


def _json_of(response: httpx.Response, model_id: str) -> dict[str, Any]:
    try:
        data = orjson.loads(response.content)
    except orjson.JSONDecodeError:
        raise UpstreamError(
            f"Upstream for model '{model_id}' answered with invalid JSON."
        ) from None
    if not isinstance(data, dict):
        raise UpstreamError(f"Upstream for model '{model_id}' answered with a non-object body.")
    return data


def _kept_with_usage(
    chunk: ChatCompletionChunk | Completion,
    req: ChatCompletionRequest | CompletionRequest,
    ctx: RequestContext,
) -> bool:
    """Record a chunk's usage (the gateway always asks for it, to account); the client sees it
    only if it asked. False: the chunk carried nothing else, and is dropped."""
    if chunk.usage is None:
        return True
    ctx.outcome.usage = chunk.usage
    if req.wants_usage_in_stream():
        return True
    chunk.usage = None
    return bool(chunk.choices)


def _validate(model: type[M], data: dict[str, Any], model_id: str) -> M:
    try:
        return model.model_validate(data)
    except ValueError:
        raise UpstreamError(
            f"Upstream for model '{model_id}' answered in a shape that is not OpenAI's "
            f"{model.__name__}."
        ) from None


def _finishes(data: dict[str, Any]) -> bool:
    """Whether a stream event ends a choice (its finish_reason is set)."""
    choices = data.get("choices")
    return isinstance(choices, list) and any(
        isinstance(c, dict) and c.get("finish_reason") for c in choices
    )


def _message_of(data: dict[str, Any]) -> str:
    error = data.get("error")
    if isinstance(error, dict):
        return str(error.get("message", error))
    return str(error)


def _upstream_message(content: bytes) -> str:
    try:
        data = orjson.loads(content)
    except orjson.JSONDecodeError:
        return content[:200].decode("utf-8", "replace").strip()
    return _message_of(data) if isinstance(data, dict) and "error" in data else str(data)[:200]


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        from datetime import UTC, datetime

        return max(0.0, (parsedate_to_datetime(value) - datetime.now(UTC)).total_seconds())
    except (TypeError, ValueError):
        return None

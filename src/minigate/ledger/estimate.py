"""Upper bounds on prompt tokens, known before the backend runs (for budget reservations).

A BPE token is at least one byte of UTF-8, so the byte count bounds the token count; a few
tokens per message cover the chat template's markers. Tools, tool calls and a response schema
are sent to the model as text: their JSON bytes bound them too.

A content part that is not text (an image, audio, a file) is bounded by ``NON_TEXT_PART``
tokens: OpenAI bills an image at most 8 tiles of 5,667 tokens plus 2,833 (gpt-4o-mini's rate,
the highest; 2048x768 px at high detail), whatever its size in bytes.

A stream whose backend reported no usage (cut short, or from an upstream that ignores
``stream_options.include_usage``) is counted as ``streamed_usage``: that prompt bound, and
one completion token per chunk sent, which is how upstreams stream (a token per chunk).

An answer not streamed that came without usage (an upstream, proxy or self-hosted server that
leaves it out) is counted as ``answered_usage``: the same prompt bound, and its text's UTF-8
bytes (a byte per token, the bound used for prompts) per choice, at most the output limit the
request asked for, which an upstream that keeps to max_tokens cannot pass.
"""

from __future__ import annotations

import orjson

from minigate.schemas.chat import ChatCompletion, ChatCompletionRequest
from minigate.schemas.common import Usage
from minigate.schemas.completions import Completion, CompletionRequest
from minigate.schemas.embeddings import EmbeddingRequest
from minigate.stage import Request

PER_MESSAGE = 8
NON_TEXT_PART = 8 * 5_667 + 2_833


def chat_prompt_bound(req: ChatCompletionRequest) -> int:
    total = PER_MESSAGE
    for message in req.messages:
        total += len(message.text().encode()) + PER_MESSAGE + _json_bytes(message.tool_calls)
        if isinstance(message.content, list):
            total += NON_TEXT_PART * sum(1 for p in message.content if p.get("type") != "text")
    total += _json_bytes(req.tools) + _json_bytes(req.response_format)
    return total


def _json_bytes(value: object) -> int:
    if not value:
        return 0
    if hasattr(value, "model_dump"):
        value = value.model_dump(exclude_none=True)
    return len(orjson.dumps(value))


def completion_prompt_bound(req: CompletionRequest) -> int:
    return sum(len(p.encode()) + 2 if isinstance(p, str) else len(p) for p in req.prompts())


def embedding_prompt_bound(req: EmbeddingRequest) -> int:
    texts = req.texts()
    if texts is None:
        return sum(1 if isinstance(i, int) else len(i) for i in req.input)
    return sum(len(t.encode()) + 2 for t in texts)


def request_bounds(req: Request) -> tuple[int, int | None, int]:
    """The request's largest possible prompt, the completion tokens it may ask for per
    choice, and how many choices it asks for."""
    if isinstance(req, ChatCompletionRequest):
        return chat_prompt_bound(req), req.output_limit, req.n
    if isinstance(req, CompletionRequest):
        return completion_prompt_bound(req), req.max_tokens, req.n
    return embedding_prompt_bound(req), 1, 1


def streamed_usage(prompt_bound: int, chunks: int) -> Usage:
    """What a stream with no reported usage is counted as (see the module's docstring)."""
    return Usage(
        prompt_tokens=prompt_bound, completion_tokens=chunks, total_tokens=prompt_bound + chunks
    )


def answered_usage(
    req: ChatCompletionRequest | CompletionRequest, answer: ChatCompletion | Completion
) -> Usage:
    """What an answer not streamed that reported no usage is counted as (see the module's
    docstring)."""
    if isinstance(answer, ChatCompletion):
        texts = [
            len((c.message.content or "").encode()) + _json_bytes(c.message.tool_calls)
            for c in answer.choices
        ]
    else:
        texts = [len(c.text.encode()) for c in answer.choices]
    prompt, limit, _ = request_bounds(req)
    completion = sum(t if limit is None else min(t, limit) for t in texts)
    return Usage(
        prompt_tokens=prompt, completion_tokens=completion, total_tokens=prompt + completion
    )

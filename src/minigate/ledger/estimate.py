"""Upper bounds on prompt tokens, known before the backend runs (for budget reservations).

A BPE token is at least one byte of UTF-8, so the byte count bounds the token count; a few
tokens per message cover the chat template's markers.
"""

from __future__ import annotations

import orjson

from minigate.schemas.chat import ChatCompletionRequest
from minigate.schemas.completions import CompletionRequest
from minigate.schemas.embeddings import EmbeddingRequest

PER_MESSAGE = 8


def chat_prompt_bound(req: ChatCompletionRequest) -> int:
    text = sum(len(m.text().encode()) + PER_MESSAGE for m in req.messages)
    tools = len(orjson.dumps(req.tools)) if req.tools else 0
    return text + tools + PER_MESSAGE


def completion_prompt_bound(req: CompletionRequest) -> int:
    return sum(len(p.encode()) + 2 for p in req.prompts())


def embedding_prompt_bound(req: EmbeddingRequest) -> int:
    texts = req.texts()
    if texts is None:
        return sum(1 if isinstance(i, int) else len(i) for i in req.input)
    return sum(len(t.encode()) + 2 for t in texts)

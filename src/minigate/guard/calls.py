"""Output scanning of what an answer passes to tools, as its text is scanned.

A tool call is the part of an answer an agent acts on (``send_email`` with its arguments), so
the output scanners read each call's input: a function's ``arguments``, a custom tool's
``input``, a legacy ``function_call``'s ``arguments``. A block ends the answer, a flag is
recorded, a review holds it; a redaction masks inside the input, and input that was JSON stays
JSON: a mask that would break it (a finding across a quote or an escape) is made again value by
value inside the parsed JSON. The request's ``response_format`` shapes the answer's text, not
its calls, so the scanners read calls without it (``json_schema`` passes them).

A stream holds each call's input until its choice ends, then checks it whole and sends it in one
piece: the client sees the call's id and name as the model streams them, and its input just
before the chunk that ends the choice (or an error event in its place).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from minigate.context import RequestContext
from minigate.guard.engine import ArmedScanner, run_chain
from minigate.guard.placeholders import restore
from minigate.guard.screening import (
    CALL_INPUT,
    Screening,
    call_input,
    check_outcomes,
    output_scan,
    restore_calls,
    with_input,
)
from minigate.schemas.chat import AssistantMessage, ChatCompletionChunk, ChunkChoice, ChunkDelta

LEGACY = "function_call"  # a legacy answer's one call: ``{"name": ..., "arguments": ...}``


async def check_message_calls(
    chain: Sequence[ArmedScanner],
    message: AssistantMessage,
    screening: Screening,
    ctx: RequestContext,
) -> None:
    """Check ``message``'s calls in place (masked where configured, placeholders not yet
    restored: as a reviewer reads them); raises when a scanner blocks."""
    if not chain:
        return
    if message.tool_calls:
        message.tool_calls = [
            call
            if (given := call_input(call)) is None
            else with_input(call, await check_call_input(chain, given, screening, ctx))
            for call in message.tool_calls
        ]
    extra = message.model_extra or {}
    called = extra.get(LEGACY)
    if isinstance(called, dict) and isinstance(called.get("arguments"), str):
        checked = await check_call_input(chain, called["arguments"], screening, ctx)
        extra[LEGACY] = {**called, "arguments": checked}


def restore_message_calls(message: AssistantMessage, vault: dict[str, str]) -> None:
    """Put the caller's values back into ``message``'s calls (a model shown ``<EMAIL_1>``
    calls a tool with it)."""
    message.tool_calls = restore_calls(message.tool_calls, vault)
    extra = message.model_extra or {}
    called = extra.get(LEGACY)
    if isinstance(called, dict) and isinstance(called.get("arguments"), str):
        extra[LEGACY] = {**called, "arguments": restore(called["arguments"], vault)}


async def check_call_input(
    chain: Sequence[ArmedScanner], given: str, screening: Screening, ctx: RequestContext
) -> str:
    """One call's input checked as answer text is, masked where configured."""
    (out,) = await check_outcomes(chain, [given], screening, ctx, calls=True)
    if not out.redactions or not _is_json(given) or _is_json(out.text):
        return out.text
    masked = await _masked_values(chain, json.loads(given), screening)
    return json.dumps(masked, ensure_ascii=False)


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


async def _masked_values(chain: Sequence[ArmedScanner], value: Any, screening: Screening) -> Any:
    """``value`` with each string in it (keys too) masked by the chain's redactions; the
    verdicts were recorded when the whole input was read."""
    if isinstance(value, str):
        return (await run_chain(chain, value, output_scan(screening, calls=True))).text
    if isinstance(value, list):
        return [await _masked_values(chain, item, screening) for item in value]
    if isinstance(value, dict):
        return {
            await _masked_values(chain, key, screening): await _masked_values(
                chain, item, screening
            )
            for key, item in value.items()
        }
    return value


class HeldCalls:
    """A stream's call inputs, held from the client until their choice ends."""

    def __init__(
        self, chain: Sequence[ArmedScanner], screening: Screening, ctx: RequestContext
    ) -> None:
        self.chain = chain
        self.screening = screening
        self.ctx = ctx
        # (choice, call index, "function" | "custom" | LEGACY) -> the input so far
        self.inputs: dict[tuple[int, int, str], str] = {}

    def take(self, chunk: ChatCompletionChunk) -> bool:
        """Move the input pieces out of ``chunk`` into the hold; whether anything is left in
        it to send now (a call's id and name, a finish, usage)."""
        kept = []
        for choice in chunk.choices:
            delta = choice.delta
            if delta.tool_calls:
                pieces = [self._take(choice.index, call) for call in delta.tool_calls]
                delta.tool_calls = [p for p in pieces if p is not None] or None
            extra = delta.model_extra or {}
            called = extra.get(LEGACY)
            if isinstance(called, dict) and isinstance(called.get("arguments"), str):
                self._add((choice.index, 0, LEGACY), called["arguments"])
                rest = {k: v for k, v in called.items() if k != "arguments"}
                if rest:
                    extra[LEGACY] = {**rest, "arguments": ""}
                else:
                    del extra[LEGACY]
            if choice.finish_reason is not None or delta.model_dump(exclude_none=True):
                kept.append(choice)
        chunk.choices = kept
        return bool(kept) or chunk.usage is not None

    def _take(self, index: int, call: dict[str, Any]) -> dict[str, Any] | None:
        """The piece ``call`` without its input (kept in the hold), or None when nothing else
        is in it."""
        piece = dict(call)
        for kind, field in CALL_INPUT.items():
            payload = piece.get(kind)
            if isinstance(payload, dict) and isinstance(payload.get(field), str):
                self._add((index, int(call.get("index", 0)), kind), payload[field])
                rest = {k: v for k, v in payload.items() if k != field}
                piece[kind] = {**rest, field: ""}
                if not rest:
                    del piece[kind]
        return piece if set(piece) - {"index"} else None

    def _add(self, key: tuple[int, int, str], piece: str) -> None:
        self.inputs[key] = self.inputs.get(key, "") + piece

    async def release(
        self, shape: ChatCompletionChunk, index: int | None = None
    ) -> ChatCompletionChunk | None:
        """A chunk with the checked, restored inputs of choice ``index``'s calls (of every
        choice's, when None); raises when a scanner blocks one."""
        keys = sorted(k for k in self.inputs if index is None or k[0] == index)
        if not keys:
            return None
        choices: dict[int, ChunkDelta] = {}
        vault = self.screening.scan.vault
        for key in keys:
            checked = await check_call_input(
                self.chain, self.inputs.pop(key), self.screening, self.ctx
            )
            given = restore(checked, vault)
            choice, call, kind = key
            delta = choices.setdefault(choice, ChunkDelta())
            if kind == LEGACY:
                setattr(delta, LEGACY, {"arguments": given})
            else:
                piece = {"index": call, kind: {CALL_INPUT[kind]: given}}
                delta.tool_calls = [*(delta.tool_calls or []), piece]
        held = shape.model_copy(deep=True)
        held.usage = None
        held.choices = [ChunkChoice(index=i, delta=d) for i, d in sorted(choices.items())]
        return held

"""Scanning what a client sent, and what the model answered, for one policy."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from minigate.context import GuardRecord, RequestContext
from minigate.errors import ContentPolicyViolation
from minigate.guard.canary import plant_canary
from minigate.guard.engine import ArmedScanner, ScanOutcome, run_chain
from minigate.guard.placeholders import PLACEHOLDER, placeholder_for, restore
from minigate.guard.protocol import Direction, ScanContext, Source
from minigate.schemas.chat import ChatCompletionRequest, ChatMessage

SCANNED_ROLES = frozenset({"user", "assistant", "tool", "function"})
# The app's own instructions: read only with a policy's ``scan_system`` (apps that put user
# data there). OpenAI's newer models take ``developer`` for what ``system`` was.
SYSTEM_ROLES = frozenset({"system", "developer"})
# Where a tool call of each type holds what the model passed to the tool.
CALL_INPUT = {"function": "arguments", "custom": "input"}
# What these roles carry is data the model reads, not the caller's words: a tool result or a
# function's output may hold an instruction planted by whoever wrote the page or the email.
DATA_ROLES = frozenset({"tool", "function"})
# the joins a participant's name uses in place of spaces ("Jan_de_Vries", "jan-de-vries")
_NAME_JOINS = re.compile(r"[_-]+")
# The kind a participant's name left out of the request is recorded as (``<NAME_FIELD_1>``).
DROPPED_NAME = "NAME_FIELD"


@dataclass(slots=True)
class Screening:
    """One request's guard state: its scan context and whether its answer must be held."""

    scan: ScanContext
    hold: bool = False
    # The app puts user data into system turns (the policy's ``scan_system``).
    scan_system: bool = False


def record(ctx: RequestContext, direction: Direction, out: ScanOutcome) -> None:
    """Keep the verdicts on the request's outcome (its audit entry and x-minigate-guard)."""
    ctx.outcome.guard += [
        GuardRecord(
            direction,
            v.scanner,
            v.flagged,
            round(v.score, 4),
            tuple(v.labels),
            v.reason,
            len(v.findings),
        )
        for v in out.verdicts
    ]


def blocked_error(
    out: ScanOutcome, direction: Direction, param: str = "messages"
) -> ContentPolicyViolation:
    """The error for a blocked request (``param``: the field that held the text) or answer."""
    assert out.blocked is not None
    verdict = out.blocked
    what = "request" if direction == "input" else "answer"
    return ContentPolicyViolation(
        f"The {what} was blocked by the guard scanner '{verdict.scanner}': {verdict.reason}.",
        scanner=verdict.scanner,
        param=param if direction == "input" else None,
    )


async def screen_text(
    chain: Sequence[ArmedScanner],
    text: str,
    screening: Screening,
    ctx: RequestContext,
    source: Source = "prompt",
    param: str = "messages",
) -> str:
    """The prompt text to send on (redacted where configured); raises when a scanner blocks,
    naming ``param`` (``prompt`` for a legacy completion)."""
    if not chain or not text:
        return text
    scan = (
        screening.scan
        if source == screening.scan.source
        else replace(screening.scan, source=source)
    )
    out = await run_chain(chain, text, scan)
    record(ctx, "input", out)
    if out.blocked is not None:
        raise blocked_error(out, "input", param)
    screening.hold |= out.review
    return out.text


async def screen_message(
    chain: Sequence[ArmedScanner], message: ChatMessage, screening: Screening, ctx: RequestContext
) -> ChatMessage:
    system = message.role in SYSTEM_ROLES
    scanned = message.role in SCANNED_ROLES or (screening.scan_system and system)
    if not scanned:
        return message
    source: Source = "data" if message.role in DATA_ROLES or system else "prompt"
    update = await _screen_calls(chain, message, screening, ctx)
    if message.name and message.role not in DATA_ROLES:  # a tool's name is the caller's code
        update |= await _screen_name(chain, message.name, screening, ctx, source)
    if isinstance(message.content, str):
        text = await screen_text(chain, message.content, screening, ctx, source)
        if text != message.content:
            update["content"] = text
    elif message.content is not None:
        parts: list[dict[str, Any]] = []
        for part in message.content:
            if part.get("type") == "text" and isinstance(part.get("text"), str):
                text = await screen_text(chain, part["text"], screening, ctx, source)
                part = {**part, "text": text}
            parts.append(part)
        update["content"] = parts
    return message.model_copy(update=update) if update else message


async def _screen_name(
    chain: Sequence[ArmedScanner],
    name: str,
    screening: Screening,
    ctx: RequestContext,
    source: Source,
) -> dict[str, Any]:
    """A participant's ``name`` screened as the turn's text is ("Jan_de_Vries" read as "Jan de
    Vries"). A redacted name is left out rather than replaced: a placeholder such as
    ``<PERSON_1>`` does not fit the characters OpenAI allows in a name, and the model needs no
    name to answer; the vault records it as a ``DROPPED_NAME`` redaction."""
    spoken = _NAME_JOINS.sub(" ", name)
    screened = await screen_text(chain, spoken, screening, ctx, source)
    if screened == spoken:
        return {}
    # Kept in the vault, which the audit trail reads (ctx.redactions): the retained prompt
    # shows the name as <NAME_FIELD_n>, where it had shown the name in clear with no sign
    # that the model never got it.
    placeholder_for(DROPPED_NAME, name, screening.scan.vault)
    return {"name": None}


async def _screen_calls(
    chain: Sequence[ArmedScanner], message: ChatMessage, screening: Screening, ctx: RequestContext
) -> dict[str, Any]:
    """An assistant turn's earlier calls, their arguments screened as data: a caller's details
    in them (``{"email": ...}``) went to the model in clear while its text was redacted."""
    update: dict[str, Any] = {}
    if message.tool_calls:
        calls = []
        for call in message.tool_calls:
            if (given := call_input(call)) is not None:
                text = await screen_text(chain, given, screening, ctx, "data")
                call = with_input(call, text)
            calls.append(call)
        update["tool_calls"] = calls
    called = message.function_call
    if called is not None and isinstance(called.get("arguments"), str):
        text = await screen_text(chain, called["arguments"], screening, ctx, "data")
        update["function_call"] = {**called, "arguments": text}
    return update


def restore_calls(
    calls: list[dict[str, Any]] | None, vault: dict[str, str]
) -> list[dict[str, Any]] | None:
    """An answer's tool calls with the caller's values put back into their arguments (a model
    that was shown ``<EMAIL_1>`` calls a tool with it)."""
    if not calls or not vault:
        return calls
    return [
        call if (given := call_input(call)) is None else with_input(call, restore(given, vault))
        for call in calls
    ]


def call_input(call: dict[str, Any]) -> str | None:
    """What a tool call passed to its tool (a function's ``arguments``, a custom tool's
    ``input``), when the call has it as a string."""
    kind = call.get("type", "function")
    field = CALL_INPUT.get(kind) if isinstance(kind, str) else None
    payload = call.get(kind) if field is not None else None
    given = payload.get(field) if isinstance(payload, dict) and field is not None else None
    return given if isinstance(given, str) else None


def with_input(call: dict[str, Any], text: str) -> dict[str, Any]:
    """``call`` with ``text`` in place of its input (``call_input`` found one)."""
    kind = str(call.get("type", "function"))
    return {**call, kind: {**call[kind], CALL_INPUT[kind]: text}}


async def screen_chat(
    req: ChatCompletionRequest,
    chain: Sequence[ArmedScanner],
    screening: Screening,
    ctx: RequestContext,
) -> ChatCompletionRequest:
    messages = [await screen_message(chain, m, screening, ctx) for m in req.messages]
    if screening.scan.canary is not None:
        messages = plant_canary(messages, screening.scan.canary)
    update = await screen_identifiers(
        chain, req.user, req.metadata, screening, ctx, req.model_extra
    )
    return req.model_copy(update={"messages": messages, **update})


async def screen_identifiers(
    chain: Sequence[ArmedScanner],
    user: str | None,
    metadata: dict[str, str] | None,
    screening: Screening,
    ctx: RequestContext,
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The request's ``user`` and ``metadata`` values, and its unknown fields (``extra``,
    see ``screen_extra``), screened as its text is (after it, so that the prompt's
    placeholders keep their numbers). They go to an upstream beside the prompt, which keeps
    them (abuse monitoring, stored completions): an e-mail address as ``user`` reached it in
    clear while the prompt was redacted. A value a redaction would change is sent as a
    pseudonym, a hash of it, as OpenAI advises for ``user``: stable, so the upstream still
    tells end users apart, and never the value."""
    update: dict[str, Any] = {}
    if not chain:
        return update
    if user and await screen_text(chain, user, screening, ctx, param="user") != user:
        update["user"] = pseudonym(user)
    if metadata:
        screened = dict(metadata)
        for key, value in metadata.items():
            said = await screen_text(chain, value, screening, ctx, param="metadata")
            if said != value:
                screened[key] = pseudonym(value)
        if screened != metadata:
            update["metadata"] = screened
    for field, value in (extra or {}).items():
        if (said := await screen_extra(chain, value, screening, ctx, field)) != value:
            update[field] = said
    return update


async def screen_extra(
    chain: Sequence[ArmedScanner],
    value: Any,
    screening: Screening,
    ctx: RequestContext,
    field: str,
) -> Any:
    """An unknown request field's value (``field``), its strings screened wherever they are
    in it, keys included. The gateway passes unknown fields on for a provider's own
    parameters, and some carry the caller's data: a text the model reads (vLLM's
    ``documents``, a ``prediction``), or an id (``safety_identifier``, ``prompt_cache_key``).
    So a string that is one identifier and nothing else goes as a pseudonym, as ``user``
    does (stable, so that end users stay apart); a text goes redacted, its placeholders those
    of the prompt and restored in the answer, where a hash would leave the model nothing to
    read. The schema bounds how deep and large an unknown field is (schemas.bounds)."""
    if isinstance(value, str):
        said = await screen_text(chain, value, screening, ctx, param=field)
        if said == value or not PLACEHOLDER.fullmatch(said.strip()):
            return said
        return pseudonym(value)
    if isinstance(value, list):
        return [await screen_extra(chain, item, screening, ctx, field) for item in value]
    if isinstance(value, dict):
        return {
            await screen_extra(chain, key, screening, ctx, field): await screen_extra(
                chain, item, screening, ctx, field
            )
            for key, item in value.items()
        }
    return value


def pseudonym(value: str) -> str:
    """A stable stand-in for an identifier the guard would redact."""
    return "anon-" + hashlib.sha256(value.encode()).hexdigest()[:16]


async def check_outcomes(
    chain: Sequence[ArmedScanner],
    texts: list[str],
    screening: Screening,
    ctx: RequestContext,
    partial: bool = False,
    calls: bool = False,
) -> list[ScanOutcome]:
    """Each answer's scan outcome; raises when a scanner blocks. ``calls``: the texts are what
    the answer passes to tools, which the request's ``response_format`` does not shape.

    Output scanners read the answer before restoring, so the caller's own details that come
    back through placeholders are not mistaken for a leak; their scratch vault keeps anything
    they name out of the restore.
    """
    scan = output_scan(screening, partial, calls)
    outcomes = []
    for text in texts:
        out = await run_chain(chain, text, scan) if chain and text else ScanOutcome(text)
        record(ctx, "output", out)
        if out.blocked is not None:
            raise blocked_error(out, "output")
        screening.hold |= out.review
        outcomes.append(out)
    return outcomes


def output_scan(screening: Screening, partial: bool = False, calls: bool = False) -> ScanContext:
    """The scan context of an answer's text (``calls``: of its tool calls' inputs)."""
    return replace(
        screening.scan,
        direction="output",
        vault=dict(screening.scan.vault),
        partial=partial,
        response_format=None if calls else screening.scan.response_format,
    )

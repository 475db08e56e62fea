"""The chat message shapes OpenAI's API refuses, refused here too, naming the part.

A message the gateway let through was forwarded to an upstream, whose 400 then came back
naming something else (or, from a lenient server, an answer to a conversation that did not
say what the client meant), and the local engine dropped what it could not place. The rules
are OpenAI's request schema (openapi.yaml; openai-python's ``ChatCompletion*MessageParam``
types): each role's required fields, the content parts it may hold (an array has at least
one part) and the fields each part and each tool call must have. Nothing OpenAI accepts is
refused: unknown extra fields still pass through, as every request model lets them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Protocol

from minigate.schemas.bounds import MISSING, FieldError


class ChatMessage(Protocol):
    """What these checks read of minigate.schemas.chat.ChatMessage (which imports them)."""

    @property
    def role(self) -> str: ...

    @property
    def content(self) -> str | list[dict[str, Any]] | None: ...

    @property
    def name(self) -> str | None: ...

    @property
    def tool_calls(self) -> list[dict[str, Any]] | None: ...

    @property
    def tool_call_id(self) -> str | None: ...

    @property
    def function_call(self) -> dict[str, Any] | None: ...

    @property
    def refusal(self) -> str | None: ...

    @property
    def model_fields_set(self) -> set[str]: ...


# The content part types each role's array may hold.
PART_TYPES: dict[str, tuple[str, ...]] = {
    "system": ("text",),
    "developer": ("text",),
    "user": ("text", "image_url", "input_audio", "file"),
    "assistant": ("text", "refusal"),
    "tool": ("text",),
}
# Each part's payload is the field its type names: a string, or an object with these strings.
_PAYLOAD: dict[str, tuple[str, ...] | None] = {
    "text": None,
    "refusal": None,
    "image_url": ("url",),
    "input_audio": ("data", "format"),
    "file": (),
}
_TOOL_CALL_FIELDS = {"function": ("name", "arguments"), "custom": ("name", "input")}


def check_message(message: ChatMessage) -> None:
    """Raise FieldError (its ``where`` below the message) for a shape OpenAI refuses."""
    role = message.role
    _check_content(message)
    if role == "tool" and message.tool_call_id is None:
        raise FieldError(
            "tool_call_id",
            "a message with role 'tool' answers a tool call: set tool_call_id to the id of "
            "the assistant's tool call it answers",
            MISSING,
        )
    if role == "function" and message.name is None:
        raise FieldError(
            "name", "a message with role 'function' names the function that answered", MISSING
        )
    if message.tool_calls is not None:
        for k, call in enumerate(message.tool_calls):
            _check_tool_call(call, f"tool_calls.{k}")
    if message.function_call is not None:
        for name in _TOOL_CALL_FIELDS["function"]:
            value = message.function_call.get(name)
            _require(value, str, f"function_call.{name}", f"'{name}' is a string")


def check_tool_turns(messages: Sequence[ChatMessage]) -> None:
    """Raise FieldError (its ``where`` below ``messages``) unless each tool message answers a
    call of the assistant message before its run of tool messages, and every such call is
    answered before the conversation goes on: OpenAI refuses a conversation that breaks
    either, and a model shown one reads results of calls it never made."""
    pending: dict[str, int] = {}  # the calls not answered yet: id -> its index in tool_calls
    caller = -1
    for i, message in enumerate(messages):
        if message.role == "tool":
            if message.tool_call_id not in pending:
                raise FieldError(
                    f"{i}.tool_call_id",
                    f"{str(message.tool_call_id)[:40]!r} answers no call of the assistant message "
                    "before it: a tool message follows the assistant message whose tool_calls "
                    "it answers, with that call's id",
                )
            del pending[message.tool_call_id]
            continue
        _all_answered(pending, caller)
        pending = {call["id"]: k for k, call in enumerate(message.tool_calls or [])}
        caller = i
    _all_answered(pending, caller)


def _all_answered(pending: dict[str, int], caller: int) -> None:
    if pending:
        call_id, k = next(iter(pending.items()))
        raise FieldError(
            f"{caller}.tool_calls.{k}.id",
            f"tool call {call_id[:40]!r} has no tool message answering it: an assistant message "
            "with tool_calls is followed by one tool message per call, each with its "
            "tool_call_id",
        )


def _check_content(message: ChatMessage) -> None:
    role, content = message.role, message.content
    if content is None:
        _check_no_content(message)
    elif role == "function":
        if not isinstance(content, str):
            raise FieldError("content", "a message with role 'function' takes a string")
    elif isinstance(content, list):
        if not content:
            raise FieldError(
                "content", "an array of content parts needs at least one part; send a string "
                "or one or more parts"
            )  # fmt: skip
        for j, part in enumerate(content):
            _check_part(part, PART_TYPES[role], role, f"content.{j}")


def _check_no_content(message: ChatMessage) -> None:
    role = message.role
    if role == "function":  # its content may be null
        return
    if role == "assistant":
        if message.tool_calls or message.function_call or message.refusal is not None:
            return
        raise FieldError(
            "content",
            "an assistant message needs content unless it has tool_calls or a refusal: send "
            "its text, the tool calls it made, or its refusal",
            MISSING,
        )
    given = "content" in message.model_fields_set
    raise FieldError(
        "content",
        f"a message with role '{role}' needs content: a string or an array of content parts"
        + (", not null" if given else ""),
        "invalid_value" if given else MISSING,
    )


def _check_part(part: dict[str, Any], allowed: tuple[str, ...], role: str, where: str) -> None:
    kind = part.get("type")
    if kind is None:
        raise FieldError(
            f"{where}.type", f"each content part names its type, one of: {', '.join(allowed)}",
            MISSING,
        )  # fmt: skip
    if not isinstance(kind, str) or kind not in allowed:
        raise FieldError(
            f"{where}.type",
            f"{str(kind)[:40]!r} is not a content part a message with role '{role}' may hold; "
            f"it may hold: {', '.join(allowed)}",
        )
    fields = _PAYLOAD[kind]
    if fields is None:
        rule = f"a '{kind}' part holds its {kind} as a string"
        _require(part.get(kind), str, f"{where}.{kind}", rule)
        return
    rule = f"a '{kind}' part holds an object '{kind}'"
    payload = _require(part.get(kind), dict, f"{where}.{kind}", rule)
    for name in fields:
        _require(payload.get(name), str, f"{where}.{kind}.{name}", f"'{name}' is a string")


def _check_tool_call(call: dict[str, Any], where: str) -> None:
    _require(call.get("id"), str, f"{where}.id", "each tool call has its id, a string")
    kind = call.get("type")
    if kind is None:
        raise FieldError(f"{where}.type", "each tool call names its type: 'function'", MISSING)
    if not isinstance(kind, str) or kind not in _TOOL_CALL_FIELDS:
        raise FieldError(
            f"{where}.type", f"{str(kind)[:40]!r} is not a tool call type; use 'function'"
        )
    rule = f"a '{kind}' tool call holds an object '{kind}'"
    payload = _require(call.get(kind), dict, f"{where}.{kind}", rule)
    for name in _TOOL_CALL_FIELDS[kind]:
        _require(payload.get(name), str, f"{where}.{kind}.{name}", f"'{name}' is a string")


_TOOL_NAME = re.compile(r"[a-zA-Z0-9_-]{1,64}")
# Each tool type's definition: its required name, and the optional fields with their types.
_TOOL_FIELDS: dict[str, dict[str, type]] = {
    "function": {"description": str, "parameters": dict, "strict": bool},
    "custom": {"description": str, "format": dict},
}


def check_tools(tools: Sequence[dict[str, Any]]) -> None:
    """Raise FieldError (its ``where`` below ``tools``) for a tool definition OpenAI refuses:
    an empty list, a type other than ``function`` or ``custom``, no definition object, a name
    outside ``[a-zA-Z0-9_-]{1,64}``, or a field of the wrong type. Checked before any model
    sees them, so that a local model's "does not support tools" or an upstream's own 400 does
    not answer a malformed definition."""
    if not tools:
        raise FieldError("", "tools is an empty list; send at least one tool or leave it out")
    for k, tool in enumerate(tools):
        kind = tool.get("type")
        if kind is None:
            raise FieldError(f"{k}.type", "each tool names its type: 'function'", MISSING)
        if not isinstance(kind, str) or kind not in _TOOL_FIELDS:
            raise FieldError(f"{k}.type", f"{str(kind)[:40]!r} is not a tool type; use 'function'")
        rule = f"a '{kind}' tool holds an object '{kind}' that defines it"
        definition = _require(tool.get(kind), dict, f"{k}.{kind}", rule)
        name = _require(definition.get("name"), str, f"{k}.{kind}.name", "'name' is a string")
        if not _TOOL_NAME.fullmatch(name):
            raise FieldError(
                f"{k}.{kind}.name",
                f"{name[:70]!r} is not a tool name: use 1 to 64 letters, digits, '_' or '-'",
            )
        for field, kind_of in _TOOL_FIELDS[kind].items():
            if definition.get(field) is not None:
                rule = f"'{field}' is {_JSON_TYPES[kind_of]}"
                _require(definition[field], kind_of, f"{k}.{kind}.{field}", rule)


def _require(value: Any, kind: type, where: str, rule: str) -> Any:
    """``value``, when it is a ``kind``; missing is ``missing_required_parameter``, anything
    else ``invalid_value``."""
    if value is None:
        raise FieldError(where, rule, MISSING)
    if not isinstance(value, kind):
        raise FieldError(where, f"{rule}, not {_JSON_TYPES.get(type(value), 'null')}")
    return value


_JSON_TYPES: dict[type, str] = {str: "a string", int: "a number", float: "a number"}
_JSON_TYPES |= {bool: "a boolean", list: "an array", dict: "an object"}

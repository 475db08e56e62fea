"""A pydantic ValidationError of a request body as the 400 OpenAI would answer: the first
error, its field as OpenAI names it (``messages.0.content``), and a message that says what is
wrong. The HTTP routes and the batch runner (whose lines are request bodies too) share it,
and the error handler for query and path parameters shares ``invalid_parameter``.
"""

from __future__ import annotations

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from minigate.errors import InvalidRequest
from minigate.schemas.bounds import MISSING, FieldError


def invalid_request(exc: ValidationError) -> InvalidRequest:
    """The 400 for a body that failed validation, naming its first invalid field."""
    first = exc.errors(include_url=False)[0]
    param = ".".join(str(part) for part in first["loc"] if not union_tag(part))
    unparsed = first["type"] == "json_invalid" or not first["loc"]
    if unparsed and not isinstance(_cause(first), FieldError):
        return InvalidRequest(
            "We could not parse the JSON body of your request. The body must be a JSON object "
            f"({first['msg']}).{_SURROGATE if 'hex escape' in first['msg'] else ''}"
        )
    return invalid_parameter(first, param)


def invalid_parameter(first: ErrorDetails, param: str) -> InvalidRequest:
    """The 400 for one parameter's value, whether it came in the body or the query string:
    the same mistake gets the same code (``missing_required_parameter`` or
    ``invalid_value``) wherever the parameter was sent."""
    cause = _cause(first)
    if isinstance(cause, FieldError):
        param = ".".join(p for p in (param, cause.where) if p)
        said = (
            f"Missing required parameter: '{param}'; {cause}."
            if cause.code == MISSING
            else f"Invalid value for '{param}': {cause}."
        )
        return InvalidRequest(said, param=param, code=cause.code)
    if first["type"] == "missing":
        return InvalidRequest(
            f"Missing required parameter: '{param}'.",
            param=param,
            code=MISSING,
        )
    return InvalidRequest(
        f"Invalid value for '{param}': {message_of(first)}.", param=param, code="invalid_value"
    )


def _cause(error: ErrorDetails) -> object:
    """The exception a validator raised (a FieldError names the part of the field at fault)."""
    return (error.get("ctx") or {}).get("error")


def message_of(error: ErrorDetails) -> str:
    """A validation error's message as ours: a validator's ValueError reads "Value error, <its
    message>", pydantic's label, which no request, config or command line should show."""
    return str(error["msg"]).removeprefix("Value error, ")


# What the parser's "unexpected end of hex escape" (a "\ud800" alone) and "lone leading
# surrogate" mean: text no store or upstream can take, which Python's json would have let in.
_SURROGATE = (
    " A \\u escape from \\ud800 to \\udfff must be one half of a surrogate pair; send the "
    "character itself in UTF-8, or both halves."
)


def union_tag(part: str | int) -> bool:
    """Whether a part of a pydantic ``loc`` names the member of a union it tried (``str``,
    ``list[int]``), no field: OpenAI's param (and a config file's key path) is the field alone."""
    return isinstance(part, str) and (part in _TYPE_TAGS or "[" in part)


_TYPE_TAGS = frozenset({"str", "int", "float", "bool", "dict", "list", "none"})

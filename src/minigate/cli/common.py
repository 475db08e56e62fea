"""Helpers shared by the CLI commands."""

from __future__ import annotations

import asyncio
import inspect
import sys
from collections.abc import Callable, Coroutine, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO, TypeVar

import typer

# typer carries its own copy of click; its usage errors are that copy's classes.
from typer._click.core import Command, Context
from typer._click.exceptions import NoArgsIsHelpError, UsageError
from typer.core import TyperGroup

from minigate.config import Settings, load_settings
from minigate.errors import (
    AuthenticationFailed,
    ConfigError,
    GatewayError,
    InvalidCollectionName,
    JobFailed,
    ModelNotFound,
)
from minigate.schemas.bounds import INT32_MAX

if TYPE_CHECKING:
    from rich.progress import Progress, ProgressColumn

T = TypeVar("T")

# Upper bounds of the numeric options: past them a value means days of work or overflows what
# it reaches (torch's seed, llama.cpp's thread count, a 32-bit token count), and the command
# line refuses it, naming the option, before anything loads.
SEED_MAX = 2**32 - 1  # numpy's seeds are 32-bit; torch.manual_seed overflows past 2**64
THREADS_MAX = 1024
TOKENS_MAX = INT32_MAX  # max_tokens, as the API bounds it

ConfigOption = typer.Option(
    None,
    "--config",
    "-c",
    envvar="MINIGATE_CONFIG",
    help="Config file (default: ./minigate.yaml if present, else the embedded default).",
)


def gateway_url(value: str | None) -> str | None:
    """A --url as given, or a usage error naming it when it is no http(s) URL: httpx's words
    for one without a scheme ended the command as a gateway that was not running (exit 1)."""
    if value is not None and not value.lower().startswith(("http://", "https://")):
        raise typer.BadParameter(
            f"'{value}' is not an http:// or https:// URL (e.g. http://127.0.0.1:8080/v1)."
        )
    return value


UrlOption = typer.Option(
    "http://127.0.0.1:8080/v1",
    "--url",
    envvar="MINIGATE_URL",
    callback=gateway_url,
    help="The gateway's /v1 URL.",
)
# Old option names that still work, hidden from --help: 'eval' and 'router label' took
# --base-url for what every other command calls --url.
ALIASES = {"base-url": "url"}


def option_alias(name: str) -> str:
    """``name`` (an option's, without its dashes) as the command line defines it: click calls
    this on every option it reads (the root context's ``token_normalize_func``)."""
    return ALIASES.get(name, name)


# The key 'eval' and 'router label' send when given none: a gateway without keys takes any.
NO_KEY = "not-needed"


def keyless(api_key: str | None) -> bool:
    """Whether a command that takes a key was given none (``NO_KEY`` is none)."""
    return not api_key or api_key == NO_KEY


def no_key() -> AuthenticationFailed:
    """The error for a command that gave no key where the gateway needs one: the API's words
    for it ('Send it as Authorization: Bearer KEY') name a header a user of the command line
    never writes."""
    return AuthenticationFailed(
        "You didn't provide an API key; pass --api-key KEY or set MINIGATE_API_KEY."
    )


def fail(message: str, code: int = 2) -> NoReturn:
    """One line on stderr, then exit ``code``: 2 for a usage or configuration error, 1 for a
    failure at run time (the convention of docs/cli.md)."""
    typer.echo(f"minigate: {message}", err=True)
    raise typer.Exit(code)


class OneLineUsage(TyperGroup):
    """The command line's root group: a usage error anywhere below it (a missing or unknown
    option, a bad value, an unknown command) ends as one line on stderr and exit 2, where
    typer drew click's usage, a pointer and the message in a box over several lines."""

    def make_context(
        self,
        info_name: str | None,
        args: list[str],
        parent: Context | None = None,
        **extra: Any,
    ) -> Context:
        reflow_help(self)
        with usage_in_one_line():
            return super().make_context(info_name, args, parent, **extra)

    def invoke(self, ctx: Context) -> Any:
        # A subcommand's options are parsed, and an unknown one found, inside its group's
        # invoke: every usage error below the root passes through here.
        with usage_in_one_line():
            return super().invoke(ctx)


def reflow_help(command: Command) -> None:
    """Join the lines of each paragraph of ``command``'s help and of every command below it, as
    a docstring wraps them: typer keeps a paragraph's line breaks after the first, so that
    ``--help`` broke sentences mid-line. A paragraph with an indented or bulleted line, or one
    marked with click's ``\\b``, keeps its lines."""
    if command.help:
        command.help = "\n\n".join(map(_joined, inspect.cleandoc(command.help).split("\n\n")))
    if isinstance(command, TyperGroup):
        for sub in command.commands.values():
            reflow_help(sub)


def _joined(paragraph: str) -> str:
    lines = paragraph.splitlines()
    if paragraph.startswith("\b") or any(
        line[:1].isspace() or line.lstrip().startswith(("- ", "* ")) for line in lines
    ):
        return paragraph
    return " ".join(line.strip() for line in lines)


@contextmanager
def usage_in_one_line() -> Iterator[None]:
    """Turn a click usage error raised inside into ``usage_line``'s line and exit 2; the help
    a group prints when called without a command is no error and passes through."""
    try:
        yield
    except NoArgsIsHelpError:
        raise
    except UsageError as exc:
        typer.echo(usage_line(exc), err=True)
        raise typer.Exit(2) from None


def usage_line(exc: UsageError) -> str:
    """'minigate keys create: Missing option '--name'. See 'minigate keys create --help'.':
    the command as typed (whatever started the program, ``python -m minigate`` too), the
    problem, and where the options are listed."""
    names: list[str] = []
    ctx = exc.ctx
    while ctx is not None:
        names.append(ctx.info_name or "" if ctx.parent is not None else "minigate")
        ctx = ctx.parent
    command = " ".join(reversed(names)) or "minigate"
    problem = _one_line(exc.format_message())
    if not problem.endswith((".", "?", "!")):
        problem += "."
    return f"{command}: {problem} See '{command} --help'."


def not_utf8(what: str) -> str:
    """Why ``what`` cannot be used: an argument or a line read that was not UTF-8 reaches
    Python with its bytes as lone surrogates, which no request, query or URL can carry."""
    return f"{what} is not UTF-8 text; use a UTF-8 terminal (e.g. LANG=C.UTF-8)."


def settings_or_exit(config: Path | None) -> Settings:
    """Load the config; print a clear message and exit 2 when it is invalid."""
    try:
        return load_settings(config)
    except ConfigError as exc:
        fail(str(exc))


def run_or_exit(
    call: Coroutine[Any, Any, T], url: str | None = None, *, no_key_given: bool = False
) -> T:
    """Run ``call``; a failure ends the command as ``exit_for`` decides (``url``: the gateway
    it talks to, if any; ``no_key_given``: the command takes a key and was given none)."""
    return or_exit(lambda: asyncio.run(call), url, no_key_given=no_key_given)


def or_exit(work: Callable[[], T], url: str | None = None, *, no_key_given: bool = False) -> T:
    """Run ``work``; a failure ends the command as ``exit_for`` decides (``url``: the gateway
    it talks to, if any; ``no_key_given``: the command takes a key and was given none)."""
    try:
        return work()
    except Exception as exc:
        exit_for(exc, url, no_key_given=no_key_given)


# Codes of the errors whose subject is an argument the user named, not a failure at run time:
# a model that is not there, a collection name the library refuses.
ARGUMENT_CODES = frozenset({ModelNotFound.code, InvalidCollectionName.code})


def exit_for(exc: Exception, url: str | None = None, *, no_key_given: bool = False) -> NoReturn:
    """The one place that decides how a failed command ends (docs/cli.md), with one line on
    stderr. Exit 2 for a ConfigError (a bad argument, an input file that is missing or
    malformed, an invalid config, a store.url that cannot be opened) and for a model that is
    not there (ModelNotFound, or a gateway's 404 model_not_found) or a collection name that
    is refused (400 invalid_collection_name): the model, the name, is the user's argument.
    Exit 1 for a failure at run time: a JobFailed (a quantization or conversion that gave
    up midway), any other GatewayError (an id that is not there, a store that
    cannot be reached), a gateway that cannot be reached (at ``url``, the command's --url) or
    that answered another error; when ``no_key_given``, its 401 says how to give a key (the
    gateway's words name a header). Anything else is a bug: it propagates as it is."""
    if no_key_given and _unauthorized(exc):
        fail(no_key().message, code=1)
    if isinstance(exc, ConfigError):
        fail(str(exc))
    if isinstance(exc, JobFailed):
        fail(str(exc), code=1)
    if isinstance(exc, GatewayError):
        fail(exc.message, code=2 if exc.code in ARGUMENT_CODES else 1)
    if (failure := gateway_failure(exc, url)) is not None:
        fail(*failure)
    raise exc


def unreachable(url: str) -> str:
    """The one line for a gateway that no connection reaches at ``url``, whichever command
    (and whichever client, the openai SDK or httpx) tried: it names the URL and what to do."""
    return (
        f"cannot reach the gateway at {url.rstrip('/')}; start it with 'minigate serve', "
        "or point --url (or MINIGATE_URL) at a running one."
    )


def gateway_failure(exc: Exception, url: str | None = None) -> tuple[str, int] | None:
    """One line for what went wrong between the client (the openai SDK or httpx) and the
    gateway at ``url`` (a command that names none talks to no gateway), and the exit code it
    ends the command with; None for anything else.
    An error the gateway answered is its own ``error.message`` and ``error.code``, not the
    SDK's "Error code: 404 - {...}"."""
    httpx = sys.modules.get("httpx")
    if url is not None and _no_connection(exc):
        return unreachable(url), 1
    if url is not None and httpx is not None and isinstance(exc, httpx.HTTPError):
        # httpx is how 'chat' and 'ask' talk to the gateway; elsewhere its errors are bugs.
        return f"the gateway failed: {_one_line(str(exc)) or type(exc).__name__}", 1
    openai = sys.modules.get("openai")  # an error of the SDK means the SDK was imported
    if openai is None or not isinstance(exc, openai.OpenAIError):
        return None
    if isinstance(exc, openai.APIStatusError):
        code = 2 if exc.code in ARGUMENT_CODES else 1
        return _answered(exc.status_code, exc.body, exc.response.reason_phrase), code
    return f"the gateway failed: {_one_line(str(exc))}", 1


def _unauthorized(exc: Exception) -> bool:
    """Whether ``exc`` is the gateway's 401: as the openai SDK raises it, or as its error
    object read by a command that talks to the gateway with httpx (``chat --url``)."""
    if isinstance(exc, GatewayError):
        return exc.code == AuthenticationFailed.code
    openai = sys.modules.get("openai")
    return openai is not None and isinstance(exc, openai.AuthenticationError)


def _no_connection(exc: Exception) -> bool:
    """Whether ``exc`` says no connection was made: the SDK's APIConnectionError (but not its
    timeout, an answer that came too late) or httpx's ConnectError."""
    openai, httpx = sys.modules.get("openai"), sys.modules.get("httpx")
    if openai is not None and isinstance(exc, openai.APIConnectionError):
        return not isinstance(exc, openai.APITimeoutError)
    return httpx is not None and isinstance(exc, httpx.ConnectError)


def _answered(status: int, body: object, reason: str) -> str:
    """'the gateway answered STATUS (CODE): MESSAGE' from the error object it answered (the
    SDK's ``body``: the ``error`` member of OpenAI's shape); a body without a message (not a
    gateway's, say) gives the status's reason phrase."""
    error = body if isinstance(body, dict) else {}
    message, code = error.get("message"), error.get("code")
    said = _one_line(str(message)) if message else reason or "an error"
    return f"the gateway answered {status}{f' ({code})' if code else ''}: {said}"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def piped_rows(headings: Sequence[str], rows: Iterable[Sequence[str]]) -> bool:
    """Where stdout is no terminal, print ``headings`` and ``rows`` tab-separated, one line
    each, and return True; a list command draws its table otherwise (a table folds figures over
    lines at a pipe's assumed 80 columns, which a script then misreads)."""
    if sys.stdout.isatty():
        return False
    for line in (headings, *rows):
        typer.echo("\t".join(line))
    return True


def progress_bar(*columns: str | ProgressColumn, enabled: bool = True) -> Progress:
    """A bar on stderr, drawn only when stderr is a terminal, gone when done: stdout keeps the
    command's results, and a bar drawn on stdout is lost as soon as it is piped or redirected
    (rich draws nothing on a console that is not a terminal). Lines printed meanwhile go
    above the bar when stdout is the same terminal, and to stdout as they are when not (rich
    would send them to the bar's console, stderr)."""
    from rich.console import Console
    from rich.progress import Progress

    console = Console(stderr=True)
    return Progress(
        *columns,
        console=console,
        transient=True,
        # Off on a console that is not a terminal: rich draws nothing there, but ended the
        # bar with an empty line on stderr.
        disable=not (enabled and console.is_terminal),
        redirect_stdout=sys.stdout.isatty(),
    )


@contextmanager
def output_or_exit(path: Path, encoding: str = "utf-8") -> Iterator[TextIO]:
    """``path`` open for writing; a folder that does not exist (or any OSError) is one line on
    stderr and exit 1."""
    try:
        out = path.open("w", encoding=encoding)
    except OSError as exc:
        fail(f"cannot write {path}: {exc.strerror}.", code=1)
    with out:
        yield out


def write_or_exit(path: Path, text: str, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``path``, as ``output_or_exit`` opens it."""
    with output_or_exit(path, encoding) as out:
        out.write(text)

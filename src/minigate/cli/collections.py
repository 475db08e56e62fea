"""``minigate collections``: list, create and delete document collections, in this process.

The commands open the configured Chroma store directly (or the shared server in
rag.chroma_url), like the gateway does. Collections belong to an API key: the commands act
on the collections of the key in --api-key (or MINIGATE_API_KEY), found as the gateway finds
it (a static key, the master key or a virtual key); without one, on an open gateway's
('public'). The master key (or an admin key) may act for any key id with --owner.

--api-key, --owner and --config may be typed before the subcommand (as the group's options,
``minigate collections --owner static:alice delete kb``) or after it: typed before, they apply
to the subcommand, over MINIGATE_API_KEY and MINIGATE_CONFIG; typed both before and after with
different values, the command is refused rather than one of them silently used.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import httpx
import typer
from typer._click.core import ParameterSource

from minigate.cli.common import no_key, run_or_exit, settings_or_exit
from minigate.config import Settings
from minigate.errors import CollectionNotFound, GatewayError, PermissionDenied
from minigate.rag import Library
from minigate.rag.build import answer_model
from minigate.rag.chroma import LIST_YOURS
from minigate.rag.library import owner_of

if TYPE_CHECKING:
    from minigate.runtime import Runtime

T = TypeVar("T")
# -c means --collection in the document commands, so the config is only --config here.
ConfigOnly = typer.Option(
    None,
    "--config",
    envvar="MINIGATE_CONFIG",
    help="Config file (default: ./minigate.yaml if present, else the embedded default). Not "
    "-c: in the document commands -c is the collection.",
)


def one_collection(names: list[str]) -> list[str]:
    """The --collection given once: given twice, the last one would silently win, and '-c
    FILE' (which is --config in the other commands) made a collection named after the file."""
    if len(names) > 1:
        raise typer.BadParameter(
            f"given {len(names)} times ({', '.join(map(repr, names))}); name one collection. "
            "-c is the collection here; the config file is --config."
        )
    return names


def collection_option(what: str) -> Any:
    """The -c/--collection option of ``ingest`` and ``ask``; read it as ``names[0]``."""
    return typer.Option(
        ...,
        "--collection",
        "-c",
        callback=one_collection,
        metavar="NAME",
        help=f"{what} (-c is the collection here; the config file is --config).",
    )


KeyOption = typer.Option(
    None,
    "--api-key",
    envvar="MINIGATE_API_KEY",
    help="Your API key: the command uses its collections (none: an open gateway's).",
)
OwnerOption = typer.Option(
    None,
    "--owner",
    help="Admin only (the master key or an admin key in --api-key): use the collections of "
    "this key id instead: 'public', 'master', 'static:NAME' or a virtual key's id.",
)
app = typer.Typer(
    help="List, create and delete document collections (with no command: list them). "
    "--api-key, --owner and --config may stand before the command or after it.\n\n"
    "Example: minigate collections; minigate collections create manuals",
    invoke_without_command=True,
)


@dataclass(frozen=True, slots=True)
class Local:
    """The gateway's runtime in this process, whose collections the command uses, and the
    models its key may use (None: all), as the gateway would allow them."""

    runtime: Runtime
    library: Library
    owner: str
    allowed_models: frozenset[str] | None = None


async def resolve_owner(
    settings: Settings, api_key: str | None, owner: str | None
) -> tuple[str, frozenset[str] | None]:
    """The key id owning the collections, found from the API key as the gateway finds it, and
    the models that key may use (None: all)."""
    from minigate.ledger.keys import KeyStore
    from minigate.server.auth import Authenticator
    from minigate.store import open_store

    static = {k.key for k in settings.auth.api_keys} | {settings.master_key}
    # virtual keys live in the ledger's store; a static key needs none opened
    virtual = api_key and api_key not in static and settings.ledger.enabled
    engine = await open_store(settings.store.url) if virtual else None
    try:
        auth = Authenticator(settings, KeyStore(engine) if engine is not None else None)
        if not api_key and not auth.open:
            raise no_key()
        caller = await auth.identify(api_key or "")
    finally:
        if engine is not None:
            await engine.dispose()
    if owner is None:
        return owner_of(caller.key_id), caller.allowed_models
    if not auth.open and not caller.admin:
        raise PermissionDenied(
            "--owner needs the master key (or an admin key) in --api-key; without --owner the "
            "command uses your own key's collections."
        )
    return owner, caller.allowed_models


@asynccontextmanager
async def local_runtime(
    config: Path | None,
    api_key: str | None,
    owner: str | None,
    embed: bool = True,
    chat: bool = False,
) -> AsyncIterator[Local]:
    """The runtime with only the models the command needs (the embedding model, the
    answering model), and the caller's key id."""
    from minigate.metrics import Metrics
    from minigate.runtime import running

    settings = settings_or_exit(config)
    who, allowed = await resolve_owner(settings, api_key, owner)
    wanted = [settings.rag.embedding_model] if embed else []
    if chat and (model := answer_model(settings.rag, settings.models)):
        wanted.append(model)
    async with running(
        settings, Metrics(), only=wanted, with_ledger=False, moderation=False
    ) as runtime:
        if runtime.rag is None:
            raise GatewayError("Document collections are off (rag.enabled: false).")
        with listed_by_command():
            yield Local(runtime, runtime.rag, who, allowed)


@asynccontextmanager
async def local_library(
    config: Path | None, api_key: str | None, owner: str | None, embed: bool = True
) -> AsyncIterator[tuple[Library, str]]:
    """The collections alone (``rag.build.library_alone``), with the embedding model where the
    command embeds, and the caller's key id: no pipeline and no guard, which the commands
    that only list, make, delete or fill collections never use."""
    from minigate.backends.http import upstream_client
    from minigate.rag.build import library_alone

    settings = settings_or_exit(config)
    who, _ = await resolve_owner(settings, api_key, owner)
    models = [m for m in settings.models if embed and m.id == settings.rag.embedding_model]
    limits = httpx.Limits(max_connections=64, max_keepalive_connections=16)
    async with (
        upstream_client(limits, timeout=None) as http,
        library_alone(settings.rag, models, http) as library,
    ):
        if library is None:
            raise GatewayError("Document collections are off (rag.enabled: false).")
        with listed_by_command():
            yield library, who


@contextmanager
def listed_by_command() -> Iterator[None]:
    """A collection that is not there, as the library words it for the API, pointing a user
    of the command line to the command that lists them (``for_command``)."""
    try:
        yield
    except CollectionNotFound as exc:
        raise CollectionNotFound(for_command(exc.message), param=exc.param) from None


def for_command(message: str) -> str:
    """``message`` (the library's, or a gateway's answer) with its pointer to GET
    /v1/collections turned into the command that lists the collections."""
    return message.replace(LIST_YOURS, "List yours with 'minigate collections list'.")


def run_with_library(
    options: Chosen, work: Callable[[Library, str], Awaitable[T]], embed: bool = False
) -> T:
    async def run() -> T:
        async with local_library(options.config, options.api_key, options.owner, embed=embed) as (
            library,
            who,
        ):
            return await work(library, who)

    return run_or_exit(run())


@dataclass(frozen=True, slots=True)
class Chosen:
    """The --api-key, --owner and --config a subcommand uses (``chosen``)."""

    api_key: str | None
    owner: str | None
    config: Path | None


def chosen(
    ctx: typer.Context, api_key: str | None, owner: str | None, config: Path | None
) -> Chosen:
    """The subcommand's options, with those typed before it (``collections --api-key K list``)
    applied: before, the group parsed and dropped them, and MINIGATE_API_KEY's key (or none)
    was used instead. Typed before and after it with different values: refused."""
    own: dict[str, Any] = {"api_key": api_key, "owner": owner, "config": config}
    group = ctx.parent
    if group is None:
        return Chosen(**own)
    for name, value in own.items():
        if group.get_parameter_source(name) is not ParameterSource.COMMANDLINE:
            continue
        before = group.params[name]
        if ctx.get_parameter_source(name) is ParameterSource.COMMANDLINE and value != before:
            raise typer.BadParameter(
                f"given before '{ctx.info_name}' and after it with different values "
                f"({before!r}, {value!r}); give it once.",
                param_hint="'--" + name.replace("_", "-") + "'",
            )
        own[name] = before
    return Chosen(**own)


@app.callback()
def collections(
    ctx: typer.Context,
    api_key: str | None = KeyOption,
    owner: str | None = OwnerOption,
    config: Path | None = ConfigOnly,
) -> None:
    """List your collections with their chunk counts, as JSON."""
    if ctx.invoked_subcommand is None:
        _list(Chosen(api_key, owner, config))


@app.command("list")
def list_collections(
    ctx: typer.Context,
    api_key: str | None = KeyOption,
    owner: str | None = OwnerOption,
    config: Path | None = ConfigOnly,
) -> None:
    """List your collections with their chunk counts, as JSON (as 'minigate collections' does).

    Example: minigate collections list
    """
    _list(chosen(ctx, api_key, owner, config))


def _list(options: Chosen) -> None:
    async def work(library: Library, owner: str) -> list[dict[str, object]]:
        return [
            {"name": c.name, "chunks": c.chunks, "embedding_model": c.embedding_model,
             "created_at": c.created_at}
            for c in await library.list_collections(owner)
        ]  # fmt: skip

    typer.echo(json.dumps(run_with_library(options, work), indent=2, ensure_ascii=False))


@app.command()
def create(
    ctx: typer.Context,
    name: str,
    api_key: str | None = KeyOption,
    owner: str | None = OwnerOption,
    config: Path | None = ConfigOnly,
) -> None:
    """Create an empty collection.

    Example: minigate collections create manuals
    """
    options = chosen(ctx, api_key, owner, config)
    run_with_library(options, lambda library, who: library.create(who, name), embed=True)
    typer.echo(f"created collection '{name}'")


@app.command()
def delete(
    ctx: typer.Context,
    name: str,
    api_key: str | None = KeyOption,
    owner: str | None = OwnerOption,
    config: Path | None = ConfigOnly,
) -> None:
    """Delete a collection and every document in it.

    Example: minigate collections delete manuals
    """
    options = chosen(ctx, api_key, owner, config)
    run_with_library(options, lambda library, who: library.delete(who, name))
    typer.echo(f"deleted collection '{name}'")


@app.command()
def documents(
    ctx: typer.Context,
    name: str,
    api_key: str | None = KeyOption,
    owner: str | None = OwnerOption,
    config: Path | None = ConfigOnly,
) -> None:
    """List a collection's documents, as JSON.

    Example: minigate collections documents manuals
    """

    async def work(library: Library, owner: str) -> Sequence[object]:
        return [
            {"id": d.id, "source": d.source, "chunks": d.chunks, "pages": d.pages}
            for d in await library.documents(owner, name)
        ]

    options = chosen(ctx, api_key, owner, config)
    typer.echo(json.dumps(run_with_library(options, work), indent=2, ensure_ascii=False))

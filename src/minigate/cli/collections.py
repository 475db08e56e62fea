"""``minigate collections``: list, create and delete document collections, in this process.

The commands open the configured Chroma store directly (or the shared server in
rag.chroma_url), like the gateway does. Collections belong to an API key's id; --owner picks
whose: 'public' (an open gateway's), 'master', 'static:NAME' or a virtual key's id.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, TypeVar

import typer

from minigate.cli.common import settings_or_exit
from minigate.errors import GatewayError
from minigate.rag import Library
from minigate.rag.build import answer_model
from minigate.rag.library import PUBLIC
from minigate.runtime import Runtime

T = TypeVar("T")
# -c means --collection in the document commands, so the config is only --config here.
ConfigOnly = typer.Option(
    None,
    "--config",
    envvar="MINIGATE_CONFIG",
    help="Config file (default: ./minigate.yaml if present, else the embedded default).",
)
OwnerOption = typer.Option(
    PUBLIC,
    "--owner",
    help="The key id owning the collection: 'public' (open gateway), 'master', "
    "'static:NAME' or a virtual key id.",
)
app = typer.Typer(
    help="List, create and delete document collections (with no command: list them).\n\n"
    "Example: minigate collections; minigate collections create manuals",
    invoke_without_command=True,
)


@asynccontextmanager
async def local_runtime(config: Path | None, chat: bool = False) -> AsyncIterator[Runtime]:
    """The gateway's runtime in this process, with only the models the command needs."""
    from minigate.metrics import Metrics
    from minigate.runtime import running

    settings = settings_or_exit(config)
    wanted = [settings.rag.embedding_model]
    if chat and (model := answer_model(settings.rag, settings.models)):
        wanted.append(model)
    async with running(settings, Metrics(), only=wanted, with_ledger=False) as runtime:
        if runtime.rag is None:
            raise GatewayError("Document collections are off (rag.enabled: false).")
        yield runtime


def run_with_library(config: Path | None, work: Callable[[Library], Awaitable[T]]) -> T:
    async def run() -> T:
        async with local_runtime(config) as runtime:
            assert runtime.rag is not None
            return await work(runtime.rag)

    return run_or_exit(run())


def run_or_exit(call: Coroutine[Any, Any, T]) -> T:
    try:
        return asyncio.run(call)
    except GatewayError as exc:
        typer.echo(f"minigate: {exc.message}", err=True)
        raise typer.Exit(1) from None


@app.callback()
def collections(
    ctx: typer.Context, owner: str = OwnerOption, config: Path | None = ConfigOnly
) -> None:
    """List the collections of --owner with their chunk counts, as JSON."""
    if ctx.invoked_subcommand is not None:
        return

    async def work(library: Library) -> list[dict[str, object]]:
        found = await library.list_collections(owner)
        return [
            {"name": c.name, "chunks": (await library.get(owner, c.name)).chunks,
             "embedding_model": c.embedding_model, "created_at": c.created_at}
            for c in found
        ]  # fmt: skip

    typer.echo(json.dumps(run_with_library(config, work), indent=2, ensure_ascii=False))


@app.command()
def create(name: str, owner: str = OwnerOption, config: Path | None = ConfigOnly) -> None:
    """Create an empty collection.

    Example: minigate collections create manuals
    """
    run_with_library(config, lambda library: library.create(owner, name))
    typer.echo(f"created collection '{name}'")


@app.command()
def delete(name: str, owner: str = OwnerOption, config: Path | None = ConfigOnly) -> None:
    """Delete a collection and every document in it.

    Example: minigate collections delete manuals
    """
    run_with_library(config, lambda library: library.delete(owner, name))
    typer.echo(f"deleted collection '{name}'")


@app.command()
def documents(name: str, owner: str = OwnerOption, config: Path | None = ConfigOnly) -> None:
    """List a collection's documents, as JSON.

    Example: minigate collections documents manuals
    """

    async def work(library: Library) -> Sequence[object]:
        return [
            {"id": d.id, "source": d.source, "chunks": d.chunks, "pages": d.pages}
            for d in await library.documents(owner, name)
        ]

    typer.echo(json.dumps(run_with_library(config, work), indent=2, ensure_ascii=False))

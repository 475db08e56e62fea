"""``minigate cache``: inspect and empty the response cache, straight from the configured store."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TypeVar

import typer

from minigate.cache import admin
from minigate.cache.store import CacheStore, StoreUnavailable, open_store
from minigate.cli.common import ConfigOption, fail, settings_or_exit
from minigate.errors import GatewayError

T = TypeVar("T")
app = typer.Typer(
    help="Inspect and empty the response cache (works on the configured store directly).\n\n"
    "Example: minigate cache stats --config minigate.yaml",
    no_args_is_help=True,
)


def _run(config: Path | None, work: Callable[[CacheStore], Awaitable[T]]) -> T:
    store = open_store(settings_or_exit(config).cache)

    async def run() -> T:
        try:
            return await work(store)
        finally:
            await store.aclose()

    try:
        return asyncio.run(run())
    except (StoreUnavailable, GatewayError) as exc:
        fail(str(exc), code=1)


@app.command()
def stats(config: Path | None = ConfigOption) -> None:
    """Print entries, bytes, hits served and entries per model, as JSON.

    Example: minigate cache stats
    """
    typer.echo(json.dumps(_run(config, admin.store_stats), indent=2))


@app.command()
def clear(config: Path | None = ConfigOption) -> None:
    """Delete every cached answer.

    Example: minigate cache clear
    """
    typer.echo(json.dumps({"deleted": _run(config, admin.clear)}))


@app.command()
def invalidate(
    model: str | None = typer.Option(None, help="Delete the answers of this model."),
    tenant: str | None = typer.Option(None, help="Delete this tenant's answers (header value)."),
    api_key: str | None = typer.Option(None, help="Delete the answers cached for this API key."),
    config: Path | None = ConfigOption,
) -> None:
    """Delete the cached answers of a model and/or a tenant.

    Example: minigate cache invalidate --model smollm2-135m-instruct
    """
    given = {"--model": model, "--tenant": tenant, "--api-key": api_key}
    if all(value is None for value in given.values()):
        fail("Name what to invalidate: --model, --tenant or --api-key ('cache clear' drops all).")
    for option, value in given.items():
        if value is not None and not value.strip():  # an unset variable, likelier than a wish
            fail(f"{option} is empty; name what to invalidate.")

    async def work(store: CacheStore) -> int:
        return await admin.invalidate(store, model, tenant, api_key)

    typer.echo(json.dumps({"deleted": _run(config, work)}))

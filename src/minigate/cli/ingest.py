"""``minigate ingest PATH -c NAME``: add files or a folder of them to a collection."""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Iterator
from pathlib import Path

import typer
from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn

from minigate.cli.collections import (
    ConfigOnly,
    KeyOption,
    OwnerOption,
    collection_option,
    local_library,
)
from minigate.cli.common import fail, progress_bar, run_or_exit
from minigate.errors import NotFound
from minigate.rag import IngestResult
from minigate.rag.chroma import open_elsewhere


def ingest(
    # A str, not a Path: Path("") is the current folder, which an empty argument (an unset
    # variable) would have ingested whole.
    source: str = typer.Argument(
        ..., metavar="PATH", help="A file, or a folder whose files are all ingested."
    ),
    collections: list[str] = collection_option("The collection to add to."),
    create: bool = typer.Option(True, help="Create the collection when it does not exist."),
    replace: bool = typer.Option(
        False,
        "--replace",
        help="Let a file replace a document of its name that another file (from another "
        "folder) made; without it such a file is refused.",
    ),
    api_key: str | None = KeyOption,
    owner: str | None = OwnerOption,
    config: Path | None = ConfigOnly,
) -> None:
    """Ingest .txt, .md, .html, .pdf and .docx files into a collection.

    A document is named by its path relative to the folder given (a single file: by its name).
    Unchanged files are skipped; changed ones replace their old chunks. A different file whose
    name a document has already (notes.txt from another folder) is refused unless --replace. A
    file that cannot be read or is refused is reported and the rest go on; a collection this
    run created is removed again when no file went in.

    Example: minigate ingest ./manuals -c manuals
    """
    collection = collections[0]
    if not source.strip():
        fail("The path is empty; name a file or a folder (e.g. ./manuals).")
    path = Path(source)
    if not path.exists():
        fail(f"{path} does not exist.")
    files = [(p.relative_to(path).as_posix() if path.is_dir() else p.name, p) for p in _files(path)]
    if not files:
        fail(f"no files found in {path}.")
    work = _ingest_all(config, api_key, owner, files, collection, create, replace)
    results, elsewhere = run_or_exit(work)
    for result in results:
        if result.code == "document_exists":
            typer.echo(
                f"minigate: error: {result.error}; pass --replace to replace it with "
                f"{dict(files)[result.source]}, or rename the file.",
                err=True,
            )
        elif result.status == "error":
            typer.echo(f"minigate: error: {result.error}", err=True)
        else:
            chunks = f"{result.chunks} chunk{'' if result.chunks == 1 else 's'}"
            typer.echo(f"{result.status:<9} {result.source} ({chunks})")
    if elsewhere and any(r.status in ("added", "replaced") for r in results):
        typer.echo(
            "minigate: note: another process (a running gateway?) has this embedded Chroma "
            "store open; its vector search sees these changes only after it restarts (ingest "
            "through its API, or share a Chroma server with rag.chroma_url, to avoid this).",
            err=True,
        )
    if any(r.status == "error" for r in results):
        raise typer.Exit(1)


def _files(path: Path) -> list[Path]:
    """The files under ``path``, hidden ones left out; a dangling link is kept, so that it is
    reported as unreadable rather than skipped without a word."""
    if path.is_file():
        return [path]
    return sorted(
        p for p in path.rglob("*")
        if (p.is_file() or (p.is_symlink() and not p.exists()))
        and not any(part.startswith(".") for part in p.relative_to(path).parts)
    )  # fmt: skip


def _origin(file: Path) -> str:
    """Which file a document came from, as stored with its chunks: a digest of the absolute
    path, so that no path of this machine is kept in the collection."""
    return hashlib.sha256(str(file.resolve()).encode()).hexdigest()[:16]


async def _ingest_all(
    config: Path | None,
    api_key: str | None,
    owner: str | None,
    files: list[tuple[str, Path]],
    name: str,
    create: bool,
    replace: bool,
) -> tuple[list[IngestResult], bool]:
    """What happened to each file, and whether another process had the embedded store open."""
    async with local_library(config, api_key, owner) as (library, who):
        # before this process opens the store (and holds its lock) itself
        elsewhere = await asyncio.to_thread(open_elsewhere, library.settings)
        made = False
        try:
            await library.get(who, name)
        except NotFound:
            if not create:
                raise
            await library.create(who, name)
            made = True
        columns = (TextColumn("{task.description:<40}"), BarColumn(), MofNCompleteColumn(),
                   TimeElapsedColumn())  # fmt: skip
        with progress_bar(*columns) as progress:
            # Two counts: files are read and chunked one by one, but embedded and stored in
            # batches, so a count of stored files alone stood at 0/N while all were read.
            reading = progress.add_task("reading", total=len(files))
            storing = progress.add_task("embedded and stored", total=len(files))
            unreadable: list[IngestResult] = []

            def contents() -> Iterator[tuple[str, bytes]]:
                for source, file in files:
                    progress.update(reading, description=f"reading {source[-32:]}")
                    try:
                        yield source, file.read_bytes()
                    except OSError as exc:
                        error = f"{source}: cannot read: {exc.strerror}"
                        unreadable.append(IngestResult(source, "error", error=error))
                        progress.advance(storing)
                    # resumed: the library has read and chunked the file
                    progress.advance(reading)
                progress.update(reading, description="read")
                progress.refresh()  # all read: the last batch is embedded from here

            results = await library.ingest_many(
                who,
                name,
                contents(),
                on_result=lambda _: progress.advance(storing),
                origins={source: _origin(file) for source, file in files},
                replace_others=replace,
            )
        if made and all(r.status == "error" for r in results):
            # nothing went in: the run leaves no empty collection behind it
            await library.delete(who, name)
        return unreadable + results, elsewhere

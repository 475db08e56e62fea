"""``minigate guard scan FILE``: the guard's input side on your own texts, in this process, as a
preset's policy reads them at the gateway: which texts it would block, flag or redact. For
choosing a preset on an app's own traffic before turning it on (docs/guard.md measures each on
public sets; an app's prompts, fiction or role play above all, may read quite differently)."""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, cast, get_args

import typer
from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn

from minigate.cli.common import ConfigOption, fail, progress_bar, run_or_exit, settings_or_exit
from minigate.guard.presets import Preset
from minigate.guard.protocol import Source

if TYPE_CHECKING:
    from minigate.config import Settings
    from minigate.guard.engine import ArmedScanner, ScanOutcome
    from minigate.guard.protocol import GuardDeps

PRESETS: tuple[str, ...] = get_args(Preset)
SOURCES: tuple[str, ...] = get_args(Source)
SHOWN = 70  # characters of a text in the plain output

app = typer.Typer(
    help="Try the guard on your own texts before you turn it on.\n\n"
    "Example: minigate guard scan prompts.txt --preset permissive",
    no_args_is_help=True,
)


@dataclass(frozen=True, slots=True)
class Line:
    number: int  # in the file, from 1
    text: str


@app.command()
def scan(
    file: Path = typer.Argument(
        ..., help="A UTF-8 text file, one text a line (blank lines skipped); '-' reads stdin."
    ),
    preset: str = typer.Option(
        "balanced",
        help="The preset whose input policy reads the texts: strict, balanced or "
        "permissive (guard: {preset: ...} in the config).",
    ),
    source: str = typer.Option(
        "prompt",
        "--as",
        help="Read each line as a user's prompt, or as data (a tool result, "
        "a retrieved document), as the gateway reads each.",
    ),
    cheap: bool = typer.Option(
        False, help="The cheap mode (no embedding model), as a gateway without one reads texts."
    ),
    as_json: bool = typer.Option(False, "--json", help="One JSON object a text, on stdout."),
    config: Path | None = ConfigOption,
) -> None:
    """Read each line of FILE with a preset's input scanners (PII, injection; harm in strict)
    as the gateway would, and print what each text would get: blocked (by which scanner, its
    score and reason), flagged (served and recorded), redacted, or passed. A count of each
    ends the run, on stderr. Full mode needs the config's embedding model (all-minilm-l6-v2,
    in the embedded default); --cheap reads without it.

    Example: minigate guard scan prompts.txt --preset permissive
    """
    if preset not in PRESETS:
        fail(f"--preset must be one of {', '.join(PRESETS)}, not '{preset}'.")
    if source not in SOURCES:
        fail(f"--as must be {' or '.join(SOURCES)}, not '{source}'.")
    lines = _lines(file)
    settings = settings_or_exit(config)
    outcomes = run_or_exit(_scan_all(settings, lines, preset, source, cheap))
    counts: Counter[str] = Counter()
    for line, outcome in zip(lines, outcomes, strict=True):
        said, by = _said(outcome)
        counts[said] += 1
        if as_json:
            verdicts = [v.summary() for v in outcome.verdicts]
            row = {"line": line.number, "outcome": said, "by": by, "verdicts": verdicts}
            typer.echo(json.dumps(row, ensure_ascii=False))
        else:
            shown = line.text if len(line.text) <= SHOWN else line.text[: SHOWN - 1] + "…"
            typer.echo(f"{line.number:>6}  {said:<8}  {_why(outcome):<40}  {shown}")
    summary = ", ".join(f"{counts[k]} {k}" for k in ("blocked", "flagged", "redacted", "passed"))
    mode = "cheap" if cheap else "full"
    texts = f"{len(lines)} text{'s' if len(lines) > 1 else ''}"
    sys.stdout.flush()  # the results before the count, where both go to one terminal or file
    typer.echo(f"{texts} at preset {preset} ({mode} mode): {summary}.", err=True)


def _lines(file: Path) -> list[Line]:
    """The file's non-blank lines; a file that cannot be read, is not UTF-8 or holds no text is
    one line and exit 2."""
    try:
        raw = sys.stdin.buffer.read() if str(file) == "-" else file.read_bytes()
    except IsADirectoryError:
        fail(f"{file} is a folder; name a text file, one text a line.")
    except OSError as exc:
        fail(f"cannot read {file}: {exc.strerror}.")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        fail(f"{file} is not UTF-8 text (line {line}); save it as UTF-8, one text a line.")
    lines = [Line(n, t.strip()) for n, t in enumerate(text.splitlines(), 1) if t.strip()]
    if not lines:
        fail(f"{file} holds no text; write one text a line.")
    return lines


def _said(outcome: ScanOutcome) -> tuple[str, list[str]]:
    """What the gateway would do with the text, and which scanners say so."""
    if outcome.blocked is not None:
        return "blocked", [outcome.blocked.scanner]
    flagged = outcome.flagged
    redacted = [v.scanner for v in outcome.verdicts if v.flagged and v.rewritten is not None]
    if len(redacted) < len(flagged):
        return "flagged", [s for s in flagged if s not in redacted]
    return ("redacted", redacted) if redacted else ("passed", [])


def _why(outcome: ScanOutcome) -> str:
    """The deciding verdict in a few words: scanner, score, first label."""
    verdict = outcome.blocked or next((v for v in outcome.verdicts if v.flagged), None)
    if verdict is None:
        return ""
    label = f" {verdict.labels[0]}" if verdict.labels else ""
    return f"{verdict.scanner} {verdict.score:.2f}{label}"


async def _scan_all(
    settings: Settings, lines: Sequence[Line], preset: str, source: str, cheap: bool
) -> list[ScanOutcome]:
    from minigate.guard.engine import arm, close_scanners, run_chain
    from minigate.guard.protocol import ScanContext
    from minigate.guard.settings import GuardSettings

    policy = GuardSettings.model_validate({"preset": preset}).policies[-1]
    read_as = cast(Source, source)
    async with _deps(settings, cheap) as deps:
        chain: list[ArmedScanner] = arm(policy.input, deps, settings.guard.on_error)
        try:
            outcomes = []
            columns = (TextColumn("scanning"), BarColumn(), MofNCompleteColumn())
            with progress_bar(*columns, TimeElapsedColumn()) as bar:
                task = bar.add_task("scan", total=len(lines))
                for line in lines:
                    ctx = ScanContext(direction="input", source=read_as)  # its own vault
                    outcomes.append(await run_chain(chain, line.text, ctx))
                    bar.advance(task)
            return outcomes
        finally:
            await close_scanners(chain)


@asynccontextmanager
async def _deps(settings: Settings, cheap: bool) -> AsyncIterator[GuardDeps]:
    """What the scanners use: the config's embedding model, started alone (no pipeline, store
    or ledger), unless ``cheap``."""
    import httpx

    from minigate.backends.embedder import Embedders
    from minigate.backends.http import upstream_client
    from minigate.backends.registry import started_backends
    from minigate.backends.settings import BUILTIN_EMBEDDING_MODEL
    from minigate.errors import ConfigError
    from minigate.guard.build import guard_deps
    from minigate.guard.protocol import GuardDeps

    if cheap:
        yield GuardDeps()
        return
    model = next((m for m in settings.models if m.id == BUILTIN_EMBEDDING_MODEL), None)
    if model is None:
        raise ConfigError(
            f"The config has no '{BUILTIN_EMBEDDING_MODEL}' model, which the guard's full mode "
            "reads; add it (see 'minigate init') or pass --cheap."
        )
    async with (
        upstream_client(httpx.Limits(max_connections=4)) as http,
        started_backends([model], http) as backends,
    ):
        yield guard_deps(Embedders(backends))

"""``minigate quantize``: smaller GGUF files, and a report of what each one costs."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from minigate.cli.common import THREADS_MAX, fail, or_exit, progress_bar
from minigate.errors import ConfigError

if TYPE_CHECKING:
    from minigate.lifecycle.report import ReportSettings, VariantReport


def quantize(
    model: str = typer.Argument(..., help="A .gguf file, or 'builtin:smollm2'."),
    to: str = typer.Option(
        "q8_0,q4_0", "--to", "-t", help="Comma-separated types, e.g. q8_0,q4_k_m,q4_0."
    ),
    out_dir: Path = typer.Option(Path("models"), "--output", "-o", help="Folder for the files."),
    threads: int = typer.Option(
        0, "--threads", min=0, max=THREADS_MAX, help="llama.cpp threads (0: one per core)."
    ),
    report: bool = typer.Option(True, "--report/--no-report", help="Measure every variant."),
    tasks: Path | None = typer.Option(
        None, "--tasks", help="JSONL {prompt, answer} for task accuracy (default: built-in)."
    ),
    text: Path | None = typer.Option(
        None, "--text", help="A held text file for perplexity (default: built-in)."
    ),
    decode_tokens: int = typer.Option(
        64, "--decode-tokens", min=2, max=4096, help="Tokens generated to time decoding."
    ),
    force: bool = typer.Option(
        False, "--force", "-f", help="Overwrite output files that exist already."
    ),
) -> None:
    """Quantize a GGUF model to each type and report size, speed, perplexity and accuracy.

    The source is measured too, as the baseline. The report goes to OUTPUT/quantize-report.json
    and the command prints a models: entry for each file, ready for minigate.yaml.

    Example: minigate quantize builtin:smollm2 --to q8_0,q4_0 -o models
    """
    threads = threads or os.cpu_count() or 1
    try:
        or_exit(
            lambda: _run(model, to, out_dir, threads, report, tasks, text, decode_tokens, force)
        )
    except KeyboardInterrupt:
        fail("interrupted; no partial file is left.", 130)


def _run(
    model: str,
    to: str,
    out_dir: Path,
    threads: int,
    report: bool,
    tasks: Path | None,
    text: Path | None,
    decode_tokens: int,
    force: bool,
) -> None:
    from minigate.backends.builtin import resolve_gguf
    from minigate.gguf import read_gguf
    from minigate.lifecycle.quantize import FTYPE_NAMES, check_target, parse_types, prepare_output
    from minigate.lifecycle.report import write_report

    types = parse_types(to)
    source = resolve_gguf(model)
    info = read_gguf(source)
    for qtype in types:  # before anything is measured: a refusal costs no time
        check_target(source, qtype, out_dir, force=force)
    settings = _settings(threads, decode_tokens, tasks, text)
    # After the inputs are read: a bad one leaves no folder behind; nor does a run that fails
    # or is interrupted before writing a file into the folder it made.
    made_folder = prepare_output(out_dir)
    if info.quantized:
        typer.echo(
            f"minigate: warning: '{source.name}' is already quantized "
            f"({FTYPE_NAMES.get(info.file_type or -1, info.file_type)}); "
            "requantized files cannot be better than it.",
            err=True,
        )
    try:
        rows = _variants(source, types, out_dir, settings, report, force)
    except BaseException:
        if made_folder and not any(out_dir.iterdir()):
            out_dir.rmdir()
        raise
    if report:
        _print_table(rows)
        typer.echo(f"report: {write_report(rows, out_dir, settings)}")
    _print_snippet(source, types, out_dir)


def _settings(
    threads: int, decode_tokens: int, tasks: Path | None, text: Path | None
) -> ReportSettings:
    from dataclasses import replace

    from minigate.lifecycle.report import ReportSettings, read_tasks
    from minigate.paths import read_text

    settings = ReportSettings(threads=threads, decode_tokens=decode_tokens)
    if tasks is not None:
        settings = replace(settings, tasks=read_tasks(tasks), tasks_file=str(tasks))
    if text is not None:
        held_text = read_text(text, "held text file")
        if not held_text.strip():  # refused here, not after the source has loaded (~11 s)
            raise ConfigError(
                f"The held text file '{text}' is empty; perplexity needs at least two tokens."
            )
        settings = replace(settings, held_text=held_text, text_file=str(text))
    return settings


def _variants(
    source: Path,
    types: list[str],
    out_dir: Path,
    settings: ReportSettings,
    report: bool,
    force: bool,
) -> list[VariantReport]:
    from minigate.lifecycle.quantize import quantize
    from minigate.lifecycle.report import measure

    rows = []
    steps = len(types) * (2 if report else 1) + (1 if report else 0)
    with progress_bar() as progress:
        bar = progress.add_task("quantizing", total=steps)
        if report:
            progress.update(bar, description=f"measuring {source.name}")
            rows.append(measure("source", source, settings))
            progress.advance(bar)
        for qtype in types:
            progress.update(bar, description=f"quantizing to {qtype}")
            made = quantize(source, qtype, out_dir, settings.threads, force=force)
            progress.advance(bar)
            typer.echo(f"wrote {made.path} ({made.path.stat().st_size / 2**20:.1f} MiB)")
            if report:
                progress.update(bar, description=f"measuring {qtype}")
                rows.append(measure(qtype, made.path, settings, made=True))
                progress.advance(bar)
    return rows


def _print_table(rows: list[VariantReport]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table("variant", "type", "MiB", "load s", "prefill tok/s", "decode tok/s",
                  "perplexity", "accuracy")  # fmt: skip
    for r in rows:
        table.add_row(
            r.name, r.file_type, f"{r.size_bytes / 2**20:.1f}", f"{r.load_s:.2f}",
            f"{r.prefill_tok_s:.0f}", f"{r.decode_tok_s:.1f}", f"{r.perplexity:.2f}",
            f"{r.task_accuracy:.0%} of {r.task_rows}",
        )  # fmt: skip
    Console().print(table)


def _print_snippet(source: Path, types: list[str], out_dir: Path) -> None:
    from minigate.lifecycle.quantize import output_path

    typer.echo("\n# Add to minigate.yaml to serve them:\nmodels:")
    for qtype in types:
        path = output_path(source, qtype, out_dir)
        model_id = f"{path.stem.lower().replace('.', '-')}"
        typer.echo(f"  - {{id: {model_id}, backend: llama_cpp, path: {path.resolve()}}}")

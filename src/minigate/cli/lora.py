"""``minigate lora train|eval``: domain adapters for a local GGUF model, trained on CPU."""

from __future__ import annotations

import json
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from minigate.cli.common import SEED_MAX, THREADS_MAX, fail, or_exit, progress_bar
from minigate.errors import ConfigError
from minigate.words import counted

if TYPE_CHECKING:
    from minigate.lifecycle.lora import TrainJob
    from minigate.lifecycle.train import TrainResult, TrainSettings

app = typer.Typer(
    help="Train LoRA adapters for a local model and compare them with the base.\n\n"
    "Example: minigate lora train headlines.jsonl -o headlines.gguf; "
    "minigate lora eval headlines.jsonl -a headlines.gguf"
)

BaseOption = typer.Option(
    "builtin:smollm2", "--base", "-b", help="The base model: a .gguf file or 'builtin:smollm2'."
)
HoldoutOption = typer.Option(
    0.1, "--holdout", min=0.0, max=0.9, help="Share of rows kept apart for the held-out split."
)
SeedOption = typer.Option(
    0, "--seed", min=0, max=SEED_MAX, help="Seeds the split, the batch order and the weights."
)
# A step takes about a second on a laptop's CPU: 100,000 is more than a day.
MAX_STEPS = 100_000


@app.command("train")
def train(
    data: Path = typer.Argument(..., help="JSONL rows: {messages: [...]} or {prompt, completion}."),
    base: str = BaseOption,
    out: Path = typer.Option(..., "--output", "-o", help="The adapter to write (.gguf)."),
    steps: int = typer.Option(
        0, "--steps", min=0, max=MAX_STEPS, help="Optimizer steps (0: one pass)."
    ),
    batch_size: int = typer.Option(
        8, "--batch-size", min=1, max=1024, help="Rows per optimizer step."
    ),
    lr: float = typer.Option(2e-4, "--lr", min=0.0, max=1.0, help="Learning rate."),
    rank: int = typer.Option(8, "--rank", min=1, max=256, help="The LoRA's rank r."),
    alpha: int = typer.Option(
        16, "--alpha", min=1, max=4096, help="The LoRA's alpha (scale: alpha / rank)."
    ),
    max_tokens: int = typer.Option(
        256, "--max-tokens", min=8, max=8192, help="Tokens kept per row (SmolLM2 reads 8,192)."
    ),
    holdout: float = HoldoutOption,
    seed: int = SeedOption,
    resume: bool = typer.Option(False, "--resume", help="Continue from the last checkpoint."),
    force: bool = typer.Option(
        False, "--force", "-f", help="Overwrite an existing OUTPUT (and its .json report)."
    ),
    threads: int = typer.Option(
        0, "--threads", min=0, max=THREADS_MAX, help="torch threads (0: torch's choice)."
    ),
) -> None:
    """Train a LoRA adapter on DATA and write it as a GGUF that llama.cpp loads.

    The base GGUF is dequantized once (cached), a LoRA is trained with peft on the training
    split, checkpointed into OUTPUT.work (--resume continues there), and converted with
    llama.cpp's converter. The held-out loss before and after, the time and the tokens/s go
    to OUTPUT with a .json suffix.

    Example: minigate lora train headlines.jsonl -o headlines.gguf --steps 200
    """
    from minigate.lifecycle.train import TrainSettings

    settings = TrainSettings(rank, alpha, lr, batch_size, steps, max_tokens, seed)
    or_exit(lambda: _train(data, base, out, settings, holdout, resume, threads, force))


def _train(
    data: Path,
    base: str,
    out: Path,
    settings: TrainSettings,
    holdout: float,
    resume: bool,
    threads: int,
    force: bool,
) -> None:
    from minigate.backends.builtin import resolve_gguf
    from minigate.lifecycle.lora import TrainJob

    if out.suffix != ".gguf":
        raise ConfigError(f"The output '{out}' must end in .gguf.")
    job = TrainJob(data, resolve_gguf(base), out, settings, holdout, resume, threads=threads)
    job.check_outputs(force=force)
    if resume and not job.has_checkpoint:
        typer.echo(f"minigate: no checkpoint in {job.checkpoint}; starting at step 1.", err=True)
    try:
        result = _train_with_bar(job)
    except KeyboardInterrupt:
        fail(_interrupted(job), code=130)
    before, after = result.heldout_loss_before, result.heldout_loss_after
    typer.echo(
        f"wrote {out} after {counted(result.steps, 'step')} "
        f"({counted(result.train_rows, 'row')}, "
        f"{result.trained_tokens / max(result.train_seconds, 1e-9):.0f} tokens/s); "
        f"held-out loss {before} -> {after} on {counted(result.heldout_rows, 'row')}; "
        f"report: {job.report}"
    )


def _train_with_bar(job: TrainJob) -> TrainResult:
    from rich.progress import BarColumn, MofNCompleteColumn, TextColumn

    from minigate.lifecycle.lora import train_adapter

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TextColumn("loss {task.fields[loss]}"))  # fmt: skip
    with progress_bar(*columns) as progress:
        bar = progress.add_task("starting", total=None, loss="-")

        def step(done: int, total: int, loss: float) -> None:
            progress.update(bar, completed=done, total=total, loss=f"{loss:.3f}")

        def phase(name: str) -> None:
            progress.update(bar, description=name)

        return train_adapter(job, step, phase)


def _interrupted(job: TrainJob) -> str:
    """Where an interrupted run can go on from (before, it exited 130 without a word)."""
    if job.has_checkpoint:
        return (
            f"interrupted; the checkpoint is in {job.checkpoint}: "
            "rerun with the same options and --resume to continue."
        )
    return "interrupted before the first checkpoint; nothing was written to resume from."


@app.command("eval")
def eval_(
    data: Path = typer.Argument(..., help="The JSONL the adapter was trained on."),
    adapter: Path = typer.Option(..., "--adapter", "-a", help="The adapter (.gguf)."),
    base: str = BaseOption,
    holdout: float = HoldoutOption,
    seed: int = SeedOption,
    scale: float = typer.Option(
        1.0, "--scale", min=-4.0, max=4.0, help="The adapter's strength (negative: subtracted)."
    ),
    limit: int = typer.Option(0, "--limit", min=0, help="Score only the first N held-out rows."),
    max_tokens: int = typer.Option(
        32, "--max-tokens", min=1, max=512, help="Most tokens of each answer scored."
    ),
    threads: int = typer.Option(2, "--threads", min=1, max=THREADS_MAX, help="llama.cpp threads."),
) -> None:
    """Compare the base model with and without the adapter on the held-out split.

    Use the --holdout and --seed of the training run: the same rows are then held out. Prints
    JSON: accuracy, time per row and tokens of each.

    Example: minigate lora eval headlines.jsonl -a headlines.gguf --limit 50
    """
    or_exit(lambda: _eval(data, adapter, base, holdout, seed, scale, limit, max_tokens, threads))


def _eval(
    data: Path,
    adapter: Path,
    base: str,
    holdout: float,
    seed: int,
    scale: float,
    limit: int,
    max_tokens: int,
    threads: int,
) -> None:
    from minigate.backends.builtin import resolve_gguf
    from minigate.lifecycle.data import read_examples, split
    from minigate.lifecycle.evaluate import score

    model = resolve_gguf(base)
    _, heldout = split(read_examples(data, "evaluation data"), holdout, seed)
    rows = heldout[:limit] if limit else heldout
    if not rows:
        raise ConfigError("The held-out split is empty; raise --holdout.")
    scores = []
    with progress_bar() as progress:  # a bar per model, on stderr: stdout keeps the JSON
        for name, weights in (("base", None), ("adapter", adapter)):
            advance = partial(progress.advance, progress.add_task(name, total=len(rows)))
            scores.append(
                score(name, model, rows, adapter=weights, scale=scale, threads=threads,
                      max_tokens=max_tokens, advance=advance)
            )  # fmt: skip
    typer.echo(json.dumps({"heldout_rows": len(rows), "scores": [s.as_json() for s in scores]}))

"""``minigate router``: label data, train the learned router, and trace its cost/quality curve."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import typer

from minigate.errors import ConfigError

T = TypeVar("T")
app = typer.Typer(
    help="The learned router: label prompts with a cheap and a strong model, train a "
    "classifier on them, and choose its threshold.\n\n"
    "Example: minigate router train labelled.jsonl -o router.json",
    no_args_is_help=True,
)
DEFAULT_ARTIFACT = Path("router.json")


def _or_exit(work: Callable[[], T]) -> T:
    """Run ``work``; a bad file or an unreachable gateway is one line on stderr and exit 1."""
    import openai

    try:
        return work()
    except ConfigError as exc:
        typer.echo(f"minigate: {exc}", err=True)
    except openai.APIConnectionError as exc:
        typer.echo(f"minigate: cannot reach the gateway: {exc}. Is it running?", err=True)
    except openai.APIStatusError as exc:
        typer.echo(f"minigate: the gateway answered {exc.status_code}: {exc.message}", err=True)
    raise typer.Exit(1)


@app.command()
def train(
    data: Path = typer.Argument(..., help="JSONL rows {prompt, label: 0|1}; 1: cheap was good."),
    output: Path = typer.Option(DEFAULT_ARTIFACT, "--output", "-o", help="Artifact to write."),
    c: float = typer.Option(1.0, "--c", min=1e-6, help="Inverse regularisation strength."),
) -> None:
    """Train the router: embed each prompt with all-MiniLM-L6-v2, fit a logistic regression.

    Example: minigate router train labelled.jsonl -o router.json
    """
    from minigate.router.artifact import save_artifact
    from minigate.router.training import check_trainable, embed, read_rows
    from minigate.router.training import train as fit

    def work() -> dict[str, Any]:
        rows = read_rows(data)
        check_trainable(rows)
        artifact = fit(rows, embed([r.prompt for r in rows]), c)
        save_artifact(artifact, output)
        return artifact.stats

    stats = _or_exit(work)
    typer.echo(json.dumps({"artifact": str(output), **stats}))


@app.command("eval")
def evaluate(
    data: Path = typer.Argument(..., help="JSONL rows {prompt, label[, strong_label]}."),
    artifact: Path = typer.Option(DEFAULT_ARTIFACT, "--artifact", "-a", help="Trained router."),
    target_quality: float = typer.Option(
        0.95, min=0, max=1, help="Wanted accuracy as a share of always-strong accuracy."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
) -> None:
    """Print the cost/quality curve: per threshold, the share of calls sent to the strong
    model and the accuracy (cheap where routed cheap; strong_label, else 1, where strong),
    and the cheapest threshold that reaches the target quality.

    Example: minigate router eval test.jsonl --artifact router.json --target-quality 0.95
    """
    from minigate.router.artifact import load_artifact
    from minigate.router.training import curve, embed, read_rows

    def work() -> dict[str, Any]:
        model = load_artifact(artifact)
        rows = read_rows(data)
        p = model.probabilities(embed([r.prompt for r in rows]))
        return curve(rows, p, target_quality)

    result = _or_exit(work)
    typer.echo(json.dumps(result, indent=2) if as_json else _table(result))


def _table(result: dict[str, Any]) -> str:
    lines = [
        f"rows {result['rows']}: always cheap {result['always_cheap_accuracy']:.3f}, always "
        f"strong {result['always_strong_accuracy']:.3f}; target {result['target_quality']:g} "
        f"x strong = {result['target_accuracy']:.3f}",
        "threshold  strong_share  accuracy",
        *(
            f"{q['threshold']:>9.2f}  {q['strong_share']:>12.3f}  {q['accuracy']:>8.3f}"
            for q in result["curve"]
        ),
    ]
    best = result["chosen"]
    if best is None:
        lines.append("no threshold reaches the target quality")
    else:
        lines.append(
            f"chosen: threshold {best['threshold']:g} sends {best['strong_share']:.1%} to "
            f"strong at accuracy {best['accuracy']:.3f}"
        )
    return "\n".join(lines)


@app.command()
def label(
    tasks: Path = typer.Argument(..., help="JSONL task rows with a prompt and a known answer."),
    cheap: str = typer.Option(..., help="The cheap model (or route) id."),
    strong: str = typer.Option(..., help="The strong model (or route) id."),
    output: Path = typer.Option(..., "--output", "-o", help="Training rows to write (JSONL)."),
    base_url: str = typer.Option("http://127.0.0.1:8080/v1", help="The gateway's OpenAI API."),
    api_key: str = typer.Option(
        "not-needed", envvar="MINIGATE_API_KEY", help="A key of the gateway, if it needs one."
    ),
    task: str | None = typer.Option(None, help="A preset: headlines or gsm8k."),
    prompt_field: str = typer.Option("prompt", help="The prompt's field (without --task)."),
    answer_field: str = typer.Option("answer", help="The answer's field (without --task)."),
    max_tokens: int = typer.Option(64, min=1, help="Answer length (without --task)."),
    limit: int | None = typer.Option(None, min=1, help="Label only the first N rows."),
) -> None:
    """Ask both models every task at temperature 0 and write {prompt, label, strong_label,
    cheap_answer, strong_answer, ...} rows for 'minigate router train'.

    Example: minigate router label gsm8k.jsonl --task gsm8k --cheap smollm2-135m-instruct
    --strong qwen-0.5b -o labelled.jsonl
    """
    import openai
    from rich.console import Console
    from rich.progress import track

    from minigate.router.labelling import label_rows, read_tasks, task_for

    def work() -> int:
        spec = task_for(task, prompt_field, answer_field, max_tokens)
        rows = read_tasks(tasks, spec, limit)
        with openai.OpenAI(base_url=base_url, api_key=api_key, max_retries=1) as client:
            labelled = label_rows(client, spec, rows, cheap, strong)
            with output.open("w", encoding="utf-8") as out:
                progress = Console(stderr=True)  # stdout keeps only the JSON summary
                for row in track(labelled, "labelling", total=len(rows), console=progress):
                    out.write(json.dumps(row) + "\n")
        return len(rows)

    count = _or_exit(work)
    typer.echo(json.dumps({"output": str(output), "rows": count}))

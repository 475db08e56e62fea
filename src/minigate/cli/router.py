"""``minigate router``: label data, train the learned router, and trace its cost/quality curve."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO

import typer

from minigate.cli.common import (
    NO_KEY,
    SEED_MAX,
    TOKENS_MAX,
    UrlOption,
    fail,
    keyless,
    or_exit,
    output_or_exit,
    progress_bar,
    write_or_exit,
)
from minigate.errors import ConfigError
from minigate.words import counted

app = typer.Typer(
    help="The learned router: label prompts with a cheap and a strong model, train a "
    "classifier on them, and choose its threshold.\n\n"
    "Example: minigate router train labelled.jsonl -o router.json",
    no_args_is_help=True,
)
DEFAULT_ARTIFACT = Path("router.json")


@app.command()
def train(
    data: Path = typer.Argument(
        ..., help="JSONL rows {prompt, label, strong_label[, task]}: who answered right."
    ),
    output: Path = typer.Option(DEFAULT_ARTIFACT, "--output", "-o", help="Artifact to write."),
    c: float = typer.Option(1.0, "--c", min=1e-6, max=1e6, help="Inverse regularisation strength."),
    cache: Path | None = typer.Option(
        None, help="Embedding cache folder (default: ~/.cache/minigate/router-embeddings)."
    ),
    no_cache: bool = typer.Option(False, "--no-cache", help="Embed every prompt afresh."),
    progress: bool = typer.Option(
        True,
        help="Show progress bars on stderr when it is a terminal (--no-progress: none, not "
        "even the loader's).",
    ),
    after_cheap: bool = typer.Option(
        False,
        "--after-cheap",
        help="Also weigh the cheap answer's mean logprob and length (rows need "
        "cheap_mean_logprob and cheap_tokens): the route becomes a learned cascade.",
    ),
    answer_only: bool = typer.Option(
        False,
        "--answer-only",
        help="With --after-cheap: weigh only the cheap answer's features and the prompt's "
        "length, not its embedding or task (for tasks absent from the training data); no "
        "prompt is embedded, in training or when serving.",
    ),
    kind: str = typer.Option(
        "logistic",
        help="'logistic' (a classifier over the embedding and side features) or 'knn' "
        "(the share of the --k most similar training prompts that needed the strong model).",
    ),
    k: int = typer.Option(15, "--k", min=1, help="Neighbours a kNN router looks at."),
    adapt: Path | None = typer.Option(
        None,
        help="A few labelled rows of a task new to DATA (same format, with its 'task'): they "
        "join the training rows, and the threshold for that task is chosen on their "
        "cross-fitted scores (see docs/router.md, 'A new task').",
    ),
    target_quality: float = typer.Option(
        0.95, min=0, max=10, help="With --adapt: wanted accuracy as a share of always-strong's."
    ),
) -> None:
    """Train the router: embed each prompt with all-MiniLM-L6-v2, add its length, task tag
    and task prior, and fit a logistic regression for P(the cheap answer is good enough).
    Only rows where the cheap model was wrong and the strong one right need the strong one.
    With --after-cheap the cheap answer's mean logprob and length are features too.
    With --kind knn the artifact keeps the embedded prompts instead (RouteLLM-style kNN);
    --kind knn --after-cheap stacks the neighbours' share with the cheap answer (a kNN cascade).
    With --adapt NEW.jsonl, a few labelled rows of a new task join the training rows, and the
    JSON also gives the threshold that reaches --target-quality on them (cross-fitted).

    Example: minigate router train labelled.jsonl -o router.json --adapt new_task.jsonl
    """
    from minigate.router.adapt import adapted, cross_fitted
    from minigate.router.artifact import AnyArtifact, save_artifact
    from minigate.router.numeric import unembedded
    from minigate.router.training import (
        Row,
        answers_of,
        check_trainable,
        embedding_width,
        read_rows,
        train_knn,
    )
    from minigate.router.training import train as fit

    if kind not in ("logistic", "knn"):
        raise typer.BadParameter(f"must be 'logistic' or 'knn', not '{kind}'", param_hint="--kind")
    if answer_only and not after_cheap:
        raise typer.BadParameter("needs --after-cheap", param_hint="--answer-only")
    if kind == "knn" and answer_only:
        raise typer.BadParameter("not with --kind knn", param_hint="--answer-only")

    def learn(rows: list[Row], vectors: Any) -> AnyArtifact:
        if kind == "knn":
            return train_knn(rows, vectors, k, after_cheap, c)
        return fit(rows, vectors, c, after_cheap, answer_only)

    def work() -> dict[str, Any]:
        rows = read_rows(data)
        extra = read_rows(adapt) if adapt else []
        check_trainable(rows + extra)
        if after_cheap:
            answers_of(rows + extra)  # a missing logprob fails before the (slow) embedding
        texts = [r.prompt for r in rows + extra]
        # An answer-only router gives the embedding no weight: zeros stand in, nothing loads.
        if answer_only:
            vectors = unembedded(len(texts), embedding_width())
        else:
            vectors = _embed(texts, cache, progress, not no_cache)
        base, new = vectors[: len(rows)], vectors[len(rows) :]
        artifact = adapted(learn, rows, base, extra, new)
        out: dict[str, Any] = {}
        if adapt:
            p = cross_fitted(learn, rows, base, extra, new)
            out = _adaptation(adapt, extra, p, target_quality)
            artifact.stats["adapted_on"] = {n: v for n, v in out.items() if n != "calibration"}
        save_artifact(artifact, output)
        return {**artifact.stats, **({"adapt": out} if out else {})}

    stats = or_exit(work)
    typer.echo(json.dumps({"artifact": str(output), **stats}))


def _adaptation(path: Path, rows: list[Any], p: Any, target_quality: float) -> dict[str, Any]:
    """What --adapt added, and the threshold chosen on the added rows' cross-fitted scores."""
    from minigate.router.scoring import choose_threshold

    return {
        "file": str(path),
        "rows": len(rows),
        "tasks": sorted({r.task for r in rows if r.task}),
        "calibration": choose_threshold(rows, p, target_quality),
    }


def _embed(texts: list[str], cache: Path | None, progress: bool, use_cache: bool = True) -> Any:
    """Embed with a progress bar on stderr (stdout keeps the JSON) and the embedding cache."""
    from minigate.router.training import embed, embedding_cache_dir

    folder = cache or embedding_cache_dir()
    bar = progress_bar(enabled=progress)
    with bar:
        task = bar.add_task("embedding", total=len(texts))
        folder_or_none = folder if use_cache else None
        return embed(texts, folder_or_none, lambda n: bar.advance(task, n), quiet=not progress)


@app.command("eval")
def evaluate(
    data: Path = typer.Argument(..., help="Test rows {prompt, label, strong_label[, task]}."),
    artifact: Path = typer.Option(DEFAULT_ARTIFACT, "--artifact", "-a", help="Trained router."),
    calibration: Path | None = typer.Option(
        None, help="Rows to choose the threshold on (default: a --calibration-share of DATA)."
    ),
    calibration_share: float = typer.Option(
        0.5, min=0.05, max=0.95, help="Without --calibration: the share of DATA set apart."
    ),
    seed: int = typer.Option(
        0, min=0, max=SEED_MAX, help="The seed of the calibration split and the bootstrap."
    ),
    target_quality: float = typer.Option(
        0.95, min=0, max=10, help="Wanted accuracy as a share of always-strong's (may exceed 1)."
    ),
    cheap_price: str | None = typer.Option(
        None, help="The cheap tier's USD per 1M tokens, 'IN,OUT' (rows need *_tokens)."
    ),
    strong_price: str | None = typer.Option(
        None, help="The strong tier's USD per 1M tokens, 'IN,OUT', or a model of the price table."
    ),
    scores: Path | None = typer.Option(None, help="Also write each test row's P(cheap) (JSONL)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
    regex: str | None = typer.Option(
        None,
        help="Score as a route with this learned.regex does: a cheap answer without a match "
        "escalates at any threshold (an --after-cheap artifact; rows need cheap_answer).",
    ),
    progress: bool = typer.Option(
        True,
        help="Show progress bars on stderr when it is a terminal (--no-progress: none, not "
        "even the loader's).",
    ),
) -> None:
    """Choose the threshold on a calibration split and report it apart from the test figures:
    accuracy and strong share at that threshold, APGR and CPT(50%)/CPT(80%) against a random
    router and a prompt-length rule, with 95% bootstrap intervals.

    Example: minigate router eval test.jsonl --calibration cal.jsonl --artifact router.json
    """
    from minigate.router.artifact import load_artifact
    from minigate.router.evaluation import report, split
    from minigate.router.training import read_rows

    def work() -> dict[str, Any]:
        model = load_artifact(artifact)
        rows = read_rows(data)
        cal, test = (
            (read_rows(calibration), rows) if calibration else split(rows, calibration_share, seed)
        )
        prices = _prices(cheap_price, strong_price)
        p_cal = _probabilities(model, cal, regex, progress)
        p_test = _probabilities(model, test, regex, progress)
        if scores is not None:
            _write_scores(scores, test, p_test)
        return report(cal, p_cal, test, p_test, target_quality, prices, seed, regex is not None)

    result = or_exit(work)
    typer.echo(json.dumps(result, indent=2) if as_json else _table(result))


def _probabilities(model: Any, rows: list[Any], regex: str | None, progress: bool) -> Any:
    import re

    import numpy as np

    from minigate.router.numeric import unembedded
    from minigate.router.scoring import gate
    from minigate.router.training import answers_of

    if regex is not None:
        if not model.after_cheap:
            raise ConfigError(
                "--regex checks the cheap model's answer, but this artifact decides before any "
                "call; train it with --after-cheap, or drop --regex."
            )
        try:
            re.compile(regex)
        except re.error as exc:
            raise ConfigError(f"--regex does not compile: {exc}.") from None
        gate(rows, np.zeros(len(rows)), regex)  # a missing answer fails before the embedding
    answers = answers_of(rows) if model.after_cheap else None
    if model.uses_embedding:
        vectors = _embed([r.prompt for r in rows], None, progress=progress)
    else:  # an answer-only router: the embedding has no weight, so none is computed
        vectors = unembedded(len(rows), model.dim)
    p = model.probabilities(vectors, [r.prompt for r in rows], [r.task for r in rows], answers)
    return p if regex is None else gate(rows, p, regex)


def _write_scores(path: Path, rows: list[Any], p: Any) -> None:
    lines = (
        json.dumps({"prompt": r.prompt, "task": r.task, "p_cheap": round(float(x), 6)})
        for r, x in zip(rows, p, strict=True)
    )
    write_or_exit(path, "".join(line + "\n" for line in lines))


def _prices(cheap: str | None, strong: str | None) -> Any:
    from minigate.router.scoring import TierPrices

    if cheap is None and strong is None:
        return None
    return TierPrices(_price(cheap or "0,0"), _price(strong or "0,0"))


def _price(spec: str) -> tuple[Decimal, Decimal]:
    from minigate.ledger.prices import builtin_prices

    table = builtin_prices()
    if spec in table:
        return (table[spec].input, table[spec].output)
    try:
        inp, out = (Decimal(part) for part in spec.split(","))
    except (ValueError, ArithmeticError):
        raise ConfigError(
            f"A price must be 'IN,OUT' in USD per 1M tokens or one of {', '.join(table)}; "
            f"got '{spec}'."
        ) from None
    return (inp, out)


def _table(result: dict[str, Any]) -> str:
    cal, test = result["calibration"], result["test"]
    chosen = cal["chosen"]
    lines = [
        f"calibration ({counted(cal['rows'], 'row')}): target {cal['target_quality']:g} x strong "
        f"{cal['always_strong_accuracy']:.3f} = {cal['target_accuracy']:.3f}; "
        + (
            f"threshold {chosen['threshold']:g} sends {chosen['strong_share']:.1%} to strong "
            f"at accuracy {chosen['accuracy']:.3f}"
            if chosen
            else "no threshold reaches the target"
        ),
        f"test ({counted(test['rows'], 'row')}): always cheap "
        f"{test['always_cheap_accuracy']:.3f}, always strong {test['always_strong_accuracy']:.3f}",
    ]
    at = test.get("at_threshold")
    if at:
        lines.append(
            f"  at the calibration threshold: {at['strong_share']:.1%} to strong, accuracy "
            f"{at['accuracy']:.3f} ({at['quality_vs_strong']:.3f} x strong)"
        )
    lines.append("  strategy   APGR    CPT(50%)  CPT(80%)")
    for name, f in test["routing"]["strategies"].items():
        if f:
            lines.append(f"  {name:<9} {f['apgr']:>6.3f}  {f['cpt50']:>8.3f}  {f['cpt80']:>8.3f}")
    return "\n".join(lines)


@app.command()
def label(
    tasks: Path = typer.Argument(..., help="JSONL task rows with a prompt and a known answer."),
    cheap: str = typer.Option(..., help="The cheap model (or route) id."),
    strong: str = typer.Option(..., help="The strong model (or route) id."),
    output: Path = typer.Option(..., "--output", "-o", help="Training rows to write (JSONL)."),
    url: str = UrlOption,
    api_key: str = typer.Option(
        NO_KEY, envvar="MINIGATE_API_KEY", help="A key of the gateway, if it needs one."
    ),
    task: str | None = typer.Option(None, help="A preset: headlines or gsm8k."),
    prompt_field: str = typer.Option("prompt", help="The prompt's field (without --task)."),
    answer_field: str = typer.Option("answer", help="The answer's field (without --task)."),
    max_tokens: int = typer.Option(
        64, min=1, max=TOKENS_MAX, help="Answer length (without --task)."
    ),
    limit: int | None = typer.Option(None, min=1, help="Label only the first N rows."),
    task_name: str | None = typer.Option(
        None,
        help="The task tag written on every row (default: the preset's name, or 'custom'); "
        "name a new task to adapt a router to it (router train --adapt).",
    ),
) -> None:
    """Ask both models every task at temperature 0 and write {prompt, label, strong_label,
    cheap_answer, strong_answer, ...} rows for 'minigate router train'.

    Example: minigate router label gsm8k.jsonl --task gsm8k --cheap smollm2-135m-instruct
    --strong qwen-0.5b -o labelled.jsonl
    """
    import openai

    from minigate.router.labelling import label_rows, read_tasks, task_for

    def work() -> int:
        spec = task_for(task, prompt_field, answer_field, max_tokens)
        rows = read_tasks(tasks, spec, limit)
        if task_name:
            spec = dataclasses.replace(spec, name=task_name)
        with openai.OpenAI(base_url=url, api_key=api_key, max_retries=1) as client:
            labelled = label_rows(client, spec, rows, cheap, strong)
            with _replacing(output) as out, progress_bar() as bar:
                for row in bar.track(labelled, total=len(rows), description="labelling"):
                    out.write(json.dumps(row) + "\n")
        return len(rows)

    count = or_exit(work, url, no_key_given=keyless(api_key))
    typer.echo(json.dumps({"output": str(output), "rows": count}))


@contextmanager
def _replacing(path: Path) -> Iterator[TextIO]:
    """``path`` to write through a file beside it, moved into place only when the block ends
    without an error: a failed run leaves a file already at ``path`` as it was."""
    part = path.with_name(f"{path.name}.part")
    try:
        with output_or_exit(part) as out:
            yield out
        try:
            part.replace(path)
        except OSError as exc:  # a folder at ``path``, say
            fail(f"cannot write {path}: {exc.strerror}.", code=1)
    finally:
        part.unlink(missing_ok=True)

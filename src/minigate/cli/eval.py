"""``minigate eval``: score models, routes and prompt variants on a data set through a
running gateway, and build the model-selection matrix from the results."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import typer
from typer._click.exceptions import UsageError
from typer.core import TyperGroup

from minigate.cli.common import (
    NO_KEY,
    SEED_MAX,
    TOKENS_MAX,
    UrlOption,
    fail,
    keyless,
    or_exit,
    progress_bar,
    write_or_exit,
)
from minigate.errors import ConfigError
from minigate.paths import read_text


class _RunByDefault(TyperGroup):
    """``minigate eval DATA --target M`` means ``minigate eval run DATA --target M``."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h"):
            args = ["run", *args]
            ctx.meta[_DEFAULTED] = True
        return super().parse_args(ctx, args)

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except UsageError as exc:
            if not ctx.meta.get(_DEFAULTED) or exc.ctx is None or exc.ctx.parent is not ctx:
                raise
            # Name the command as typed, 'minigate eval', not the 'run' it stands for.
            problem = " ".join(exc.format_message().split()).rstrip(".")
            typer.echo(f"minigate eval: {problem}. See 'minigate eval run --help'.", err=True)
            raise typer.Exit(2) from None


_DEFAULTED = "minigate.eval.run_by_default"


app = typer.Typer(
    cls=_RunByDefault,
    help="Evaluate targets on a data set through the gateway, and pick the cheapest good one.\n\n"
    "Example: minigate eval data.jsonl --target smollm2-135m-instruct --target my-route\n\n"
    "Example: minigate eval matrix eval-results/summary.json",
    no_args_is_help=True,
)


@app.command("run")
def run(
    dataset: str = typer.Argument(..., help="A JSONL file (docs/eval.md) or preset:NAME."),
    target: list[str] = typer.Option(
        ..., "--target", "-t", help="A model or route id; MODEL@FILE adds a prompt template."
    ),
    prompt_template: list[Path] = typer.Option(
        [], help="Also run every plain target with this template ({input}: the prompt)."
    ),
    output: Path = typer.Option(Path("eval-results"), "--output", "-o", help="Results folder."),
    url: str = UrlOption,
    api_key: str = typer.Option(NO_KEY, envvar="MINIGATE_API_KEY", help="A gateway key."),
    concurrency: int = typer.Option(4, min=1, max=1024, help="Requests in flight at once."),
    limit: int | None = typer.Option(None, min=1, help="Only the first N rows."),
    sample: int | None = typer.Option(None, min=1, help="N rows drawn at random (--seed)."),
    seed: int = typer.Option(0, min=0, max=SEED_MAX, help="The seed of --sample."),
    max_tokens: int = typer.Option(
        256, min=1, max=TOKENS_MAX, help="Answer length, where a row sets none."
    ),
    use_cache: bool = typer.Option(False, help="Let the gateway's cache answer (default: bypass)."),
    stream: bool = typer.Option(False, help="Stream, to measure time to first token."),
    logprobs: bool = typer.Option(
        False,
        help="Record each whole (not streamed) answer's mean token logprob, which "
        "'eval matrix --cascade' needs.",
    ),
    judge_model: str | None = typer.Option(None, help="The model that grades 'judge' rows."),
    judge_rubric: Path | None = typer.Option(None, help="A file with the judge's default rubric."),
    min_accuracy: float | None = typer.Option(
        None, min=0, max=1, help="Exit 3 when a target's accuracy is lower (a CI gate)."
    ),
    skip_bad_rows: bool = typer.Option(False, help="Skip malformed rows instead of failing."),
    data_dir: Path = typer.Option(Path("../shared/data"), help="Where presets read their data."),
    config: Path | None = typer.Option(
        None, "--config", "-c", help="The gateway's config: prices streamed calls (no cost header)."
    ),
    timeout: float = typer.Option(300.0, min=1, max=86_400, help="Seconds per request."),
    progress: bool = typer.Option(True, help="Show a progress bar on stderr."),
    as_json: bool = typer.Option(False, "--json", help="Print the results JSON."),
) -> None:
    """Ask every target every row at temperature 0 through the gateway; write results.jsonl
    (append-only: a rerun resumes), summary.json and report.html into --output.

    Example: minigate eval preset:gsm8k --sample 50 -t smollm2-135m-instruct -t my-cascade
    """
    from minigate.evals.runner import RunOptions
    from minigate.evals.session import Plan, failing, load_rows, run_errors, run_plan
    from minigate.evals.targets import parse_targets

    def work() -> dict[str, Any]:
        options = RunOptions(
            max_tokens=max_tokens,
            concurrency=concurrency,
            use_cache=use_cache,
            stream=stream,
            judge_model=judge_model,
            pricer=_pricer(config) if config else None,
            logprobs=logprobs,
        )
        if judge_rubric is not None:
            options = replace(options, judge_rubric=_text(judge_rubric))
        plan = Plan(
            dataset, parse_targets(target, prompt_template), output, url, api_key,
            options, data_dir, skip_bad_rows, limit, sample, seed, timeout,
            warn=lambda line: typer.echo(f"minigate: {line}", err=True),
        )  # fmt: skip
        rows = load_rows(plan)
        with _bar(len(rows) * len(plan.targets), progress) as advance:
            return run_plan(plan, rows, advance)

    doc = or_exit(work, url, no_key_given=keyless(api_key))
    typer.echo(json.dumps(doc, indent=1) if as_json else _table(doc))
    if errors := run_errors(doc):
        for line in errors[:-1]:
            typer.echo(f"minigate: {line}", err=True)
        fail(errors[-1], code=1)
    if min_accuracy is not None and (below := failing(doc, min_accuracy)):
        fail(f"under --min-accuracy {min_accuracy:g}: {', '.join(below)}", code=3)


def _text(path: Path) -> str:
    return read_text(path, "judge rubric")


def _pricer(config: Path) -> Callable[[str, int, int], Any]:
    from minigate.config import load_settings
    from minigate.ledger.prices import build_price_book
    from minigate.schemas.common import Usage

    settings = load_settings(config)
    book = build_price_book(settings.ledger, settings.models)

    def cost(model: str, prompt: int, completion: int) -> Any:
        price = book.price(model)
        usage = Usage(
            prompt_tokens=prompt, completion_tokens=completion, total_tokens=prompt + completion
        )
        return None if price is None else price.cost(usage)

    return cost


class _bar:
    """A rich progress bar on stderr (stdout keeps the results); a no-op when disabled."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.progress = progress_bar(enabled=enabled)
        self.task = self.progress.add_task("evaluating", total=total)

    def __enter__(self) -> Callable[[], None]:
        self.progress.start()
        return lambda: self.progress.advance(self.task)

    def __exit__(self, *_: object) -> None:
        self.progress.stop()


def _table(doc: dict[str, Any]) -> str:
    lines = [
        f"{doc['dataset']}: {doc['rows']} row{'' if doc['rows'] == 1 else 's'}",
        f"{'target':<32} {'accuracy':>8} {'95% CI':>13} {'errors':>6} {'p50 ms':>8} "
        f"{'p95 ms':>8} {'$/1k req':>10} {'escalated':>9}",
    ]
    for name, f in doc["targets"].items():
        low, high = f["accuracy_ci95"]
        cost = f["cost_per_1k_usd"]
        p50, p95 = (_ms(f["latency_ms"][p]) for p in ("p50", "p95"))
        lines.append(
            f"{name:<32} {f['accuracy'] or 0:>8.3f} {low:>6.3f}-{high:<6.3f} "
            f"{f['errors']:>6} {p50:>8} {p95:>8} "
            f"{'-' if cost is None else f'{float(cost):.6f}':>10} "
            f"{'-' if f['escalation_share'] is None else f['escalation_share']:>9}"
        )
    for p in doc["paired"]:
        lines.append(
            f"{p['a']} vs {p['b']}: {p['a_right_b_wrong']} only A right, "
            f"{p['a_wrong_b_right']} only B right, McNemar p = {p['mcnemar_p']:.4f}"
        )
    return "\n".join(lines)


def _ms(value: float | None) -> str:
    """A latency for the table; '-' where no request was answered."""
    return "-" if value is None else f"{value:.1f}"


def _pair(text: str) -> tuple[str, str]:
    cheap, _, strong = text.partition(",")
    if not cheap.strip() or not strong.strip() or "," in strong:
        raise ConfigError(
            f"--cascade takes 'CHEAP,STRONG' (two targets of the runs), not '{text}'."
        )
    return cheap.strip(), strong.strip()


@app.command("matrix")
def matrix(
    results: list[Path] = typer.Argument(..., help="summary.json files of 'minigate eval' runs."),
    scenarios: Path | None = typer.Option(None, help="YAML list of scenarios (docs/eval.md)."),
    routes_out: Path | None = typer.Option(
        None, "--routes", help="Write the routes: snippet here."
    ),
    route_id: str = typer.Option("eval-selected", help="The id of the route in the snippet."),
    cascade: str | None = typer.Option(
        None,
        help="'CHEAP,STRONG' targets of the runs: add per data set a cascade at the "
        "min_mean_logprob that reaches --target-quality (runs made with --logprobs).",
    ),
    target_quality: float = typer.Option(
        0.95, min=0, max=10, help="The cascade's wanted accuracy as a share of STRONG's."
    ),
    learned_artifact: Path | None = typer.Option(
        None, help="A 'router train' artifact: add a learned route over the --cascade tiers."
    ),
    learned_eval: Path | None = typer.Option(
        None, help="'router eval --json' output of that artifact: its calibrated threshold."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the matrix as JSON."),
) -> None:
    """The model-selection matrix: per scenario (latency budget, cost ceiling per 1k requests,
    accuracy floor) and data set, the cheapest target that meets it, or none.

    Example: minigate eval matrix gsm8k/summary.json headlines/summary.json --routes routes.yaml

    Example: minigate eval matrix hl/summary.json --cascade smollm2-135m-instruct,qwen
    --learned-artifact router.json --learned-eval router-eval.json --routes routes.yaml
    """
    import yaml

    from minigate.evals import matrix as mx
    from minigate.evals.scenarios import DEFAULT_SCENARIOS, read_scenarios

    def work() -> tuple[dict[str, Any], dict[str, Any]]:
        chosen = read_scenarios(scenarios) if scenarios else DEFAULT_SCENARIOS
        columns = mx.read_results(results)
        built = mx.build(columns, chosen)
        snippet = mx.routes_snippet(built, chosen, route_id, columns)
        if (learned_artifact is None) != (learned_eval is None):
            raise ConfigError("Give --learned-artifact and --learned-eval together.")
        pair = _pair(cascade) if cascade else None
        if pair is not None:
            mx.check_targets(columns, pair)
        learned = (learned_artifact, learned_eval) if learned_artifact and learned_eval else None
        extra, why = mx.threshold_routes(columns, route_id, pair, target_quality, learned)
        if why:
            built["thresholds"] = why
        return built, {"routes": [*snippet["routes"], *extra]}

    built, snippet = or_exit(work)
    if routes_out is not None:
        write_or_exit(routes_out, yaml.safe_dump(snippet, sort_keys=False))
    typer.echo(json.dumps({**built, **snippet}, indent=1) if as_json else mx.table(built))
    if not as_json:
        for route, found in built.get("thresholds", {}).items():
            if found.get("why_not"):
                typer.echo(f"no route {route}: {found['why_not']}")

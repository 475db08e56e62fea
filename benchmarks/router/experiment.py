"""The router experiment: two local tiers on two task sets, four ways to choose between them.

Tiers: SmolLM2-135M-Instruct (cheap, the built-in model) and Qwen2.5-Coder-0.5B-Instruct
(strong; ``bash benchmarks/router/setup.sh`` assembles its GGUF). Tasks: gold-news headlines
(four labels, few-shot) and GSM8K (a number), read from ``../shared/data/tasks`` beside the
checkout, each sampled with a fixed seed and split into train and test halves.

1. A gateway serves both tiers; ``minigate.router.labelling`` (the code of ``minigate router
   label``) asks both every train and test task at temperature 0, timing each call.
2. The learned router is trained on the train split of both tasks together (one router for
   mixed traffic); its regularisation C and threshold are those with the fewest strong calls
   whose 5-fold cross-validated accuracy on the train split reaches 95% of always-strong's.
3. A second gateway adds the learned route; the test split is sent through it and through a
   cascade route per task (cheap first; escalate when the answer fails the task's format
   regex; local tiers report no logprobs, so the cascade can judge validity only). Both
   gateways share one response cache, so the routes' model calls are the labelling calls
   replayed (temperature 0): the routing decisions are live, and each model call is costed
   with the latency measured when it first ran, plus the route request's own time.

Cost: a local model costs machine time, so each call is priced at its measured seconds times
USD_PER_HOUR; the tiers are thereby priced by their measured speed on this machine. The
"oracle" row is a perfect router (cheap exactly where the cheap answer is right): the bound
on what any router can save with these two tiers.

    .venv/bin/python benchmarks/router/experiment.py [--headlines 240] [--gsm8k 40] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
import openai
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import benchlib
from minigate.router.artifact import save_artifact
from minigate.router.labelling import PRESETS, Task, label_rows
from minigate.router.scoring import choose_threshold
from minigate.router.training import Row, embed, train

DATA = benchlib.ROOT.parent / "shared" / "data" / "tasks"
QWEN = benchlib.ROOT / ".cache" / "models" / "qwen2.5-coder-0.5b-instruct-q4.gguf"
CHEAP, STRONG, EMBEDDER = "smollm2-135m-instruct", "qwen2.5-coder-0.5b-instruct", "all-minilm-l6-v2"
SEED = 20261123
USD_PER_HOUR = 1.0
C_GRID = (0.1, 1.0, 10.0, 100.0)  # regularisation, chosen by cross-validation on train
TARGET_QUALITY = 0.95
STRATEGIES = ("always_cheap", "always_strong", "cascade", "learned", "oracle")


def sample(task: Task, count: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """``count`` distinct rows of the task's file, shuffled with SEED, split in halves."""
    lines = (DATA / f"{task.name}.jsonl").read_text(encoding="utf-8").splitlines()
    rows = list({json.loads(line)[task.prompt_field]: json.loads(line) for line in lines}.values())
    random.Random(SEED).shuffle(rows)
    picked = rows[:count]
    return picked[: count // 2], picked[count // 2 :]


def gateway_config(work: Path, routes: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "models": [
            {"id": CHEAP, "backend": "llama_cpp", "path": "builtin:smollm2"},
            {"id": STRONG, "backend": "llama_cpp", "path": str(QWEN), "max_queue": 64},
            {"id": EMBEDDER, "backend": "sentence_transformers", "path": "builtin:minilm"},
        ],
        "routes": routes,
        "server": {"access_log": False, "log_level": "warning"},
        **benchlib.state_in(work),
    }


def cascades() -> list[dict[str, Any]]:
    return [
        {"id": f"cascade-{name}", "cascade": {"tiers": [CHEAP, STRONG], "regex": task.answer_regex}}
        for name, task in PRESETS.items()
    ]


def start(servers: benchlib.Servers, work: Path, name: str, routes: list[dict[str, Any]]) -> str:
    config = work / f"{name}.yaml"
    config.write_text(yaml.safe_dump(gateway_config(work, routes)))
    port = benchlib.free_port()
    servers.start(name, benchlib.minigate_argv(port, config))
    servers.wait_ready(name, f"http://{benchlib.LOOPBACK}:{port}/health")
    return f"http://{benchlib.LOOPBACK}:{port}/v1"


def warm_up(base_url: str, models: list[str]) -> None:
    """Load the models (and the embedder) before anything is timed."""
    with openai.OpenAI(base_url=base_url, api_key="none", max_retries=0, timeout=600) as client:
        client.embeddings.create(model=EMBEDDER, input="warm up")
        for model in models:
            client.chat.completions.create(
                model=model, messages=[{"role": "user", "content": "Hi"}], max_tokens=1
            )


def label(
    base_url: str, splits: dict[str, dict[str, list[dict[str, Any]]]]
) -> list[dict[str, Any]]:
    """Every task row asked of both tiers; each labelled row keeps its task and split."""
    labelled: list[dict[str, Any]] = []
    with openai.OpenAI(base_url=base_url, api_key="none", max_retries=0, timeout=600) as client:
        for name, parts in splits.items():
            for split, rows in parts.items():
                started = time.perf_counter()
                for n, row in enumerate(label_rows(client, PRESETS[name], rows, CHEAP, STRONG)):
                    labelled.append({**row, "task": name, "split": split, "source": rows[n]})
                    if (n + 1) % 10 == 0:
                        print(
                            f"labelled {name}/{split} {n + 1}/{len(rows)} "
                            f"({time.perf_counter() - started:.0f} s)",
                            file=sys.stderr,
                        )
    return labelled


def rows_of(labelled: list[dict[str, Any]]) -> list[Row]:
    return [Row(r["prompt"], r["label"], r["strong_label"]) for r in labelled]


def choose(train_rows: list[Row], vectors: np.ndarray) -> tuple[float, dict[str, Any]]:
    """(C, its curve): the C and threshold with the fewest strong calls whose cross-validated
    accuracy on the train split reaches the target quality. The test split is not looked at."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    labels = np.array([r.label for r in train_rows])
    # Five folds, or fewer when a class has fewer rows (a small smoke run).
    splits = max(2, min(5, int(np.bincount(labels).min())))
    folds = StratifiedKFold(n_splits=splits, shuffle=True, random_state=SEED)
    curves = {}
    for c in C_GRID:
        model = LogisticRegression(C=c, max_iter=2000)
        p = cross_val_predict(model, vectors, labels, cv=folds, method="predict_proba")[:, 1]
        curves[c] = choose_threshold(train_rows, p, TARGET_QUALITY)
    best = min(C_GRID, key=lambda c: (curves[c]["chosen"]["strong_share"], -c))
    return best, curves[best]


def route_all(base_url: str, route: str, test: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each test task sent to ``route``: the served model, the route header, the wall time."""
    decisions = []
    with openai.OpenAI(base_url=base_url, api_key="none", max_retries=0, timeout=600) as client:
        for row in test:
            task = PRESETS[row["task"]]
            name = f"cascade-{row['task']}" if route == "cascade" else route
            started = time.perf_counter()
            raw = client.chat.completions.with_raw_response.create(
                model=name,
                messages=task.messages(row["source"]),  # type: ignore[arg-type]
                max_tokens=task.max_tokens,
                temperature=0,
            )
            seconds = time.perf_counter() - started
            decisions.append(
                {
                    "model": raw.parse().model,
                    "route": raw.headers.get("x-minigate-route", ""),
                    "cache": raw.headers.get("x-minigate-cache", ""),
                    "seconds": seconds,
                }
            )
    return decisions


def outcome(row: dict[str, Any], strategy: str, decision: dict[str, Any] | None) -> dict[str, Any]:
    """Whether the answer was right, whether the strong tier answered, and the seconds of the
    model calls made (each as measured when labelling)."""
    cheap_s, strong_s = row["cheap_s"], row["strong_s"]
    if strategy in ("always_cheap", "always_strong"):
        to_strong = strategy == "always_strong"
    elif strategy == "oracle":  # a perfect router: cheap exactly where the cheap answer is right
        to_strong = not row["label"]
    else:
        assert decision is not None
        to_strong = decision["model"] == STRONG
    calls = [strong_s if to_strong else cheap_s]
    if strategy == "cascade" and to_strong:
        calls = [cheap_s, strong_s]  # the cheap answer was asked for, judged, and dropped
    return {
        "correct": row["strong_label"] if to_strong else row["label"],
        "strong": int(to_strong),
        "busy_s": sum(calls),
    }


def summarise(outcomes: list[dict[str, Any]]) -> dict[str, Any]:
    busy = sum(o["busy_s"] for o in outcomes)
    return {
        "n": len(outcomes),
        "accuracy": round(statistics.fmean(o["correct"] for o in outcomes), 4),
        "strong_share": round(statistics.fmean(o["strong"] for o in outcomes), 4),
        "cost_usd": round(busy * USD_PER_HOUR / 3600, 6),
        "p50_latency_ms": round(statistics.median(o["busy_s"] for o in outcomes) * 1000, 1),
    }


def compare(
    test: list[dict[str, Any]], decisions: dict[str, list[dict[str, Any]]]
) -> dict[str, Any]:
    table: dict[str, Any] = {}
    groups = {"all": test, **{t: [r for r in test if r["task"] == t] for t in PRESETS}}
    for group, rows in groups.items():
        index = [test.index(r) for r in rows]
        table[group] = {}
        for strategy in STRATEGIES:
            chosen = decisions.get(strategy)
            table[group][strategy] = summarise(
                [outcome(test[i], strategy, chosen[i] if chosen else None) for i in index]
            )
        strong = table[group]["always_strong"]
        for strategy in STRATEGIES[2:]:
            figures = table[group][strategy]
            figures["cost_vs_strong"] = round(figures["cost_usd"] / strong["cost_usd"], 4)
            figures["quality_vs_strong"] = (
                round(figures["accuracy"] / strong["accuracy"], 4) if strong["accuracy"] else None
            )
            figures["meets_target"] = bool(
                figures["cost_vs_strong"] <= 0.5
                and figures["quality_vs_strong"] is not None
                and figures["quality_vs_strong"] >= TARGET_QUALITY
            )
    return table


def tier_speed(labelled: list[dict[str, Any]]) -> dict[str, Any]:
    speed = {}
    for tier, model in (("cheap", CHEAP), ("strong", STRONG)):
        seconds = sum(r[f"{tier}_s"] for r in labelled)
        completion = sum(r[f"{tier}_tokens"][1] for r in labelled)
        prompt = sum(r[f"{tier}_tokens"][0] for r in labelled)
        speed[model] = {
            "calls": len(labelled),
            "busy_s": round(seconds, 1),
            "prompt_tokens": prompt,
            "completion_tokens": completion,
            "usd_per_call_mean": round(seconds / len(labelled) * USD_PER_HOUR / 3600, 7),
        }
    return speed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--headlines", type=int, default=240, help="rows sampled (train+test)")
    parser.add_argument("--gsm8k", type=int, default=40, help="rows sampled (train+test)")
    parser.add_argument("--keep", type=Path, help="also write the labelled rows and artifact here")
    parser.add_argument(
        "--labelled",
        type=Path,
        help="reuse labelled.jsonl of an earlier --keep run instead of labelling again (the "
        "routes then call the models for real: the cache is empty)",
    )
    args = parser.parse_args()
    if not QWEN.is_file():
        sys.exit(f"{QWEN} is missing; run: bash benchmarks/router/setup.sh")
    benchlib.exit_on_sigterm()
    began = time.perf_counter()
    doc: dict[str, Any] = {"machine": benchlib.machine(), "started": benchlib.now_iso()}
    with tempfile.TemporaryDirectory() as tmp, benchlib.Servers(Path(tmp)) as servers:
        work = Path(tmp)
        if args.labelled:
            lines = args.labelled.read_text(encoding="utf-8").splitlines()
            labelled = [json.loads(line) for line in lines]
        else:
            labelled = label_all(servers, work, args.headlines, args.gsm8k)
        label_s = time.perf_counter() - began
        train_part = [r for r in labelled if r["split"] == "train"]
        test = [r for r in labelled if r["split"] == "test"]
        vectors = embed([r["prompt"] for r in train_part])
        c, cv = choose(rows_of(train_part), vectors)
        artifact = train(rows_of(train_part), vectors, c)
        save_artifact(artifact, work / "router.json")
        threshold = cv["chosen"]["threshold"]
        base = start(servers, work, "route", [*cascades(), learned_route(work, threshold)])
        warm_up(base, [])
        decisions = {s: route_all(base, s, test) for s in ("cascade", "learned")}
        if args.keep:
            keep(args.keep, work, labelled, decisions)
    doc.update(
        {
            "tiers": {"cheap": CHEAP, "strong": STRONG, "priced_at_usd_per_hour": USD_PER_HOUR},
            "tier_speed": tier_speed(labelled),
            "samples": dict(Counter(f"{r['task']}/{r['split']}" for r in labelled)),
            "seed": SEED,
            "labels_reused_from": str(args.labelled) if args.labelled else None,
            "router": {
                "c": c,
                "train": artifact.stats,
                "threshold": threshold,
                "cross_validated_choice": cv["chosen"],
                "train_always_cheap_accuracy": cv["always_cheap_accuracy"],
                "train_always_strong_accuracy": cv["always_strong_accuracy"],
            },
            "routing_overhead_p50_ms": overhead(decisions),
            "test": compare(test, decisions),
            "labelling_s": round(label_s, 1),
            "total_s": round(time.perf_counter() - began, 1),
        }
    )
    benchlib.emit("router", doc)


def label_all(
    servers: benchlib.Servers, work: Path, headlines: int, gsm8k: int
) -> list[dict[str, Any]]:
    counts = {"headlines": headlines, "gsm8k": gsm8k}
    splits = {
        name: dict(zip(("train", "test"), sample(PRESETS[name], count), strict=True))
        for name, count in counts.items()
    }
    base = start(servers, work, "label", cascades())
    warm_up(base, [CHEAP, STRONG])
    labelled = label(base, splits)
    servers.stop("label")
    return labelled


def learned_route(work: Path, threshold: float) -> dict[str, Any]:
    learned = {"cheap": CHEAP, "strong": STRONG, "artifact": str(work / "router.json")}
    return {"id": "learned", "learned": {**learned, "threshold": threshold}}


def overhead(decisions: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """What a route request took when its model call was a cache replay: the routing itself
    (for the learned route, embedding the turn). None where every model call ran for real."""
    figures = {}
    for route, ds in decisions.items():
        hits = [d["seconds"] for d in ds if d["cache"] == "hit"]
        p50 = round(statistics.median(hits) * 1000, 1) if hits else None
        figures[route] = {"cache_hits": len(hits), "of": len(ds), "p50_ms": p50}
    return figures


def keep(folder: Path, work: Path, labelled: list[dict[str, Any]], decisions: Any) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "labelled.jsonl").write_text("".join(json.dumps(r) + "\n" for r in labelled))
    (folder / "router.json").write_text((work / "router.json").read_text())
    (folder / "decisions.json").write_text(json.dumps(decisions, indent=1))


if __name__ == "__main__":
    main()

"""Routing strategies compared on a held-apart test split, as JSON: always-cheap,
always-strong, a random router, a prompt-length rule, the learned router (logistic regression
over the prompt's embedding, length, task tag and task prior), a kNN router (RouteLLM-style,
the share of the nearest training prompts that needed the strong tier), a cascade by the cheap
answer's mean logprob, a cascade by a verifier prompt, and a perfect router (the bound).

Labels come from ``benchmarks/eval_routing_label.py`` (SmolLM2-135M cheap, Qwen2.5-Coder-0.5B
strong, headlines + GSM8K; data sets named there). Two splits:

- ``random``: rows shuffled with SEED; 50% train, 20% calibration, 30% test;
- ``by_task``: each task held out in turn as the test split; train and calibration come only
  from the other task (a task the router never saw).

Thresholds are chosen on the calibration split (the fewest strong calls whose accuracy reaches
95% of always-strong's there) and then applied to the test split. APGR and CPT(50%)/CPT(80%)
come with 95% bootstrap intervals, and the learned and kNN routers' APGR differences from the
random router and from the length rule with paired bootstrap intervals.

Cost in dollars, two ways: ``local``: every call priced at its measured seconds times
--usd-per-hour (a machine's hourly price, the ledger's local_usd_per_hour); ``edge_cloud``: the
cheap tier local as before, the strong tier priced as the cloud model it stands in for
(gpt-4o-mini's list price from the ledger's table, by its tokens). A cascade pays for the
cheap call (and the verifier call) on every row, and the strong call where it escalates.

    python benchmarks/eval_routing.py --labelled labelled.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import benchlib
from minigate.ledger.prices import builtin_prices
from minigate.router.scoring import (
    accuracy,
    choose_threshold,
    compare,
    length_need,
    oracle_need,
)
from minigate.router.training import Row, embed, embedding_cache_dir, train

SEED = 20261201
TARGET_QUALITY = 0.95
CLOUD = "gpt-4o-mini"
K = 15


@dataclass
class Split:
    name: str
    train: list[int]
    calibration: list[int]
    test: list[int]


def rows_of(labelled: list[dict[str, Any]]) -> list[Row]:
    return [
        Row(
            r["prompt"],
            r["label"],
            r["strong_label"],
            r.get("task"),
            (r["cheap_tokens"][0], r["cheap_tokens"][1]),
            (r["strong_tokens"][0], r["strong_tokens"][1]),
        )
        for r in labelled
    ]


def splits(labelled: list[dict[str, Any]]) -> list[Split]:
    order = list(range(len(labelled)))
    random.Random(SEED).shuffle(order)
    a, b = int(0.5 * len(order)), int(0.7 * len(order))
    out = [Split("random", order[:a], order[a:b], order[b:])]
    for task in sorted({r["task"] for r in labelled}):
        rest = [i for i in order if labelled[i]["task"] != task]
        cut = int(0.7 * len(rest))
        held = [i for i in order if labelled[i]["task"] == task]
        out.append(Split(f"by_task:{task}_held_out", rest[:cut], rest[cut:], held))
    return out


def knn_need(train_vectors: np.ndarray, train_rows: list[Row], vectors: np.ndarray) -> np.ndarray:
    """The share of the K most similar training prompts that needed the strong tier."""
    needs = np.array([float(r.needs_strong) for r in train_rows])
    similar = vectors @ train_vectors.T
    nearest = np.argsort(-similar, axis=1)[:, : min(K, len(train_rows))]
    result: np.ndarray = needs[nearest].mean(axis=1)
    return result


def needs_for(
    split: Split, labelled: list[dict[str, Any]], rows: list[Row], vectors: np.ndarray
) -> dict[str, dict[str, np.ndarray]]:
    """Per strategy that ranks rows: its need score on calibration and test rows."""
    train_rows = [rows[i] for i in split.train]
    artifact = train(train_rows, vectors[split.train], 1.0)
    result: dict[str, dict[str, np.ndarray]] = {}
    for part in ("calibration", "test"):
        index = getattr(split, part)
        part_rows = [rows[i] for i in index]
        p = artifact.probabilities(
            vectors[index], [r.prompt for r in part_rows], [r.task for r in part_rows]
        )
        scores = {
            "learned": 1 - p,
            "knn": knn_need(vectors[split.train], train_rows, vectors[index]),
            "length": length_need(part_rows),
            "verifier_cascade": np.array(
                [0.0 if labelled[i]["verifier_yes"] else 1.0 for i in index]
            ),
            "oracle": oracle_need(part_rows),
        }
        logprobs = [labelled[i].get("cheap_mean_logprob") for i in index]
        if all(lp is not None for lp in logprobs):
            scores["logprob_cascade"] = -np.array(logprobs, dtype=float)
        for name, need in scores.items():
            result.setdefault(name, {})[part] = need
    return result


def prices(
    labelled: list[dict[str, Any]], usd_per_hour: Decimal
) -> dict[str, list[dict[str, Decimal]]]:
    """Per pricing, per row: the dollars of the cheap, strong and verifier calls."""
    per_s = usd_per_hour / 3600
    cloud = builtin_prices()[CLOUD]

    def local(seconds: float) -> Decimal:
        return Decimal(str(seconds)) * per_s

    def tokens(pair: list[int]) -> Decimal:
        return (pair[0] * cloud.input + pair[1] * cloud.output) / 1_000_000

    return {
        "local": [
            {
                "cheap": local(r["cheap_s"]),
                "strong": local(r["strong_s"]),
                "verifier": local(r["verifier_s"]),
            }
            for r in labelled
        ],
        "edge_cloud": [
            {
                "cheap": local(r["cheap_s"]),
                "strong": tokens(r["strong_tokens"]),
                "verifier": local(r["verifier_s"]),
            }
            for r in labelled
        ],
    }


def cost(
    strategy: str, strong: np.ndarray, index: list[int], table: list[dict[str, Decimal]]
) -> Decimal:
    total = Decimal(0)
    for to_strong, i in zip(strong, index, strict=True):
        calls = ["strong"] if to_strong else ["cheap"]
        if strategy.endswith("cascade"):
            calls = ["cheap", *(["strong"] if to_strong else [])]
            if strategy == "verifier_cascade":
                calls.append("verifier")
        total += sum((table[i][c] for c in calls), Decimal(0))
    return total


def operating_points(
    split: Split,
    rows: list[Row],
    needs: dict[str, dict[str, np.ndarray]],
    tables: dict[str, list[dict[str, Decimal]]],
) -> dict[str, Any]:
    """Each strategy at the threshold chosen on calibration for 95% of strong's accuracy."""
    cal = [rows[i] for i in split.calibration]
    test = [rows[i] for i in split.test]
    strong_acc = float(np.mean([r.strong_label for r in test]))
    decisions: dict[str, tuple[np.ndarray, float | None]] = {
        "always_cheap": (np.zeros(len(test), dtype=bool), None),
        "always_strong": (np.ones(len(test), dtype=bool), None),
    }
    for name, need in needs.items():
        choice = choose_threshold(cal, -need["calibration"], TARGET_QUALITY)["chosen"]
        threshold = choice["threshold"] if choice else 1.0
        decisions[name] = (-need["test"] < threshold, threshold)
    table = {}
    for name, (strong, threshold) in decisions.items():
        acc = accuracy(test, strong)
        table[name] = {
            "need_threshold": None if threshold is None else round(-threshold + 0.0, 6),
            "strong_share": round(float(strong.mean()), 4),
            "accuracy": round(acc, 4),
            "quality_vs_strong": round(acc / strong_acc, 4) if strong_acc else None,
            **{
                f"cost_usd_{pricing}": float(round(cost(name, strong, split.test, t), 8))
                for pricing, t in tables.items()
            },
        }
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labelled", type=Path, required=True, help="eval_routing_label.py output")
    parser.add_argument("--usd-per-hour", type=Decimal, default=Decimal("1.0"))
    parser.add_argument("--resamples", type=int, default=1000)
    args = parser.parse_args()
    lines = args.labelled.read_text(encoding="utf-8").split("\n")
    labelled = [json.loads(line) for line in lines if line.strip()]
    rows = rows_of(labelled)
    vectors = embed([r.prompt for r in rows], embedding_cache_dir())
    tables = prices(labelled, args.usd_per_hour)
    doc: dict[str, Any] = {
        "machine": benchlib.machine(),
        "started": benchlib.now_iso(),
        "labelled": str(args.labelled),
        "rows": {
            t: sum(r["task"] == t for r in labelled) for t in sorted({r["task"] for r in labelled})
        },
        "seed": SEED,
        "target_quality": TARGET_QUALITY,
        "pricing": {"local_usd_per_hour": str(args.usd_per_hour), "edge_cloud_strong_as": CLOUD},
        "logprobs": all(r.get("cheap_mean_logprob") is not None for r in labelled),
        "splits": {},
    }
    for split in splits(labelled):
        needs = needs_for(split, labelled, rows, vectors)
        test = [rows[i] for i in split.test]
        ranked = {n: v["test"] for n, v in needs.items()}
        doc["splits"][split.name] = {
            "train": len(split.train),
            "calibration": len(split.calibration),
            "test": len(split.test),
            "at_95pct_of_strong": operating_points(split, rows, needs, tables),
            "routing": compare(test, ranked, resamples=args.resamples, seed=SEED),
        }
    benchlib.emit("eval_routing", doc)


if __name__ == "__main__":
    main()

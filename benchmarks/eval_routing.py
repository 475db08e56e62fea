"""Routing strategies compared on a held-apart test split, as JSON.

Strategies: always-cheap, always-strong, a random router, a prompt-length rule (longer prompts
go strong), a kNN router (RouteLLM-style: the similarity-weighted share of the K most similar
training prompts that needed the strong tier; ``router train --kind knn``), the logistic router
(over the prompt's embedding, length, task tag and task prior; decides before any call), the
learned cascade (the same plus the cheap answer's mean logprob and length: ``router train
--after-cheap``), a cascade by the cheap answer's mean logprob, a cascade by a verifier prompt,
and a perfect router (the bound).

A fourth trained router, ``answer_cascade`` (``router train --after-cheap --answer-only``),
weighs only the cheap answer's features and the prompt's log length: nothing tied to the
training tasks' wording, for tasks absent from training.

**The learned router** (``learned``) is whichever of the four trained routers (``logistic``,
``learned_cascade``, ``answer_cascade``, ``knn``) has the highest APGR on the calibration
split; ``learned_is`` names it. It is chosen before the test split is looked at, so its test
figures are not picked after the fact.

Labels come from ``benchmarks/eval_routing_label.py`` (SmolLM2-135M cheap, Qwen2.5-Coder-0.5B
strong; six task sets from ``../shared/data``, each named with its repo, path and licence
there: FrugalGPT HEADLINES (Apache-2.0), GSM8K (MIT), QQP via GPTCache (MIT), deepset
prompt-injections (Apache-2.0), XSTest (CC-BY-4.0), a SQuAD v2 subset (CC-BY-SA-4.0)).

Every row's place comes from a hash of its task and prompt (``unit``), so labelling more rows
never moves a labelled row between train, calibration and test. Splits:

- ``random``: unit < 0.5 train, < 0.7 calibration, the rest (30%) test;
- ``by_task:T``: task T held out. Train on every other task; calibration is T's rows with
  unit < 0.3 (the few labelled rows a user would have of a new task: the threshold and the
  learned router's choice are calibrated on them), test the other 70%. The routers never see T
  in training;
- ``by_task:pooled``: the test rows of every ``by_task`` fold together, each scored by (and
  routed at the threshold of) the fold that held its task out; the learned router's choice is
  made once, on the folds' calibration rows pooled.

Thresholds are chosen on the calibration split (the fewest strong calls whose accuracy reaches
95% of always-strong's there) and then applied to the test split. APGR and CPT(50%)/CPT(80%)
come with 95% bootstrap intervals, and every ranking's APGR difference from the random router
and from the length rule with paired bootstrap intervals.

Cost in dollars, two ways: ``local``: every call priced at its measured seconds times
--usd-per-hour (a machine's hourly price, the ledger's local_usd_per_hour); ``edge_cloud``: the
cheap tier local as before, the strong tier priced as the cloud model it stands in for
(gpt-4o-mini's list price from the ledger's table, by its tokens). A cascade pays for the
cheap call (and the verifier call) on every row, and the strong call where it escalates.

    python benchmarks/eval_routing.py --labelled labelled.jsonl
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import benchlib
from eval_routing_label import TASKS
from minigate.ledger.prices import builtin_prices
from minigate.router.scoring import (
    accuracy,
    choose_threshold,
    compare,
    figures,
    length_need,
    oracle_need,
)
from minigate.router.training import (
    Row,
    answers_of,
    embed,
    embedding_cache_dir,
    train,
    train_knn,
)

SEED = 20261201
TARGET_QUALITY = 0.95
CLOUD = "gpt-4o-mini"
K = 15
CALIBRATION_SHARE_OF_HELD_TASK = 0.3
TRAINED = (
    "logistic",
    "learned_cascade",
    "answer_cascade",
    "knn",
)  # the candidates for "the learned router"


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
            r.get("cheap_mean_logprob"),
            truncated(r),
        )
        for r in labelled
    ]


def truncated(row: dict[str, Any]) -> bool:
    """Whether the cheap answer was cut off at the token limit; rows labelled before the
    finish reason was recorded tell it by their completion tokens reaching the task's limit."""
    if "cheap_finish_reason" in row:
        return bool(row["cheap_finish_reason"] == "length")
    return bool(row["cheap_tokens"][1] >= TASKS[row["task"]].max_tokens)


def unit(row: dict[str, Any]) -> float:
    """A row's fixed place in [0, 1), from its task and prompt (SEED salts it)."""
    key = f"{SEED}\0{row['task']}\0{row['prompt']}".encode()
    return int(hashlib.sha256(key).hexdigest()[:12], 16) / 16**12


def splits(labelled: list[dict[str, Any]]) -> list[Split]:
    place = [unit(r) for r in labelled]
    order = sorted(range(len(labelled)), key=lambda i: place[i])
    out = [
        Split(
            "random",
            [i for i in order if place[i] < 0.5],
            [i for i in order if 0.5 <= place[i] < 0.7],
            [i for i in order if place[i] >= 0.7],
        )
    ]
    for task in sorted({r["task"] for r in labelled}):
        rest = [i for i in order if labelled[i]["task"] != task]
        held = [i for i in order if labelled[i]["task"] == task]
        cal = [i for i in held if place[i] < CALIBRATION_SHARE_OF_HELD_TASK]
        test = [i for i in held if place[i] >= CALIBRATION_SHARE_OF_HELD_TASK]
        out.append(Split(f"by_task:{task}", rest, cal, test))
    return out


def needs_for(
    split: Split, labelled: list[dict[str, Any]], rows: list[Row], vectors: np.ndarray
) -> dict[str, dict[str, np.ndarray]]:
    """Per strategy that ranks rows: its need score on calibration and test rows."""
    train_rows = [rows[i] for i in split.train]
    before = train(train_rows, vectors[split.train], 1.0)
    after = train(train_rows, vectors[split.train], 1.0, after_cheap=True)
    answer = train(train_rows, vectors[split.train], 1.0, answer_only=True)
    knn = train_knn(train_rows, vectors[split.train], K)
    result: dict[str, dict[str, np.ndarray]] = {}
    for part in ("calibration", "test"):
        index = getattr(split, part)
        part_rows = [rows[i] for i in index]
        prompts, tasks = [r.prompt for r in part_rows], [r.task for r in part_rows]
        scores = {
            "length": length_need(part_rows),
            "knn": 1 - knn.probabilities(vectors[index]),
            "logistic": 1 - before.probabilities(vectors[index], prompts, tasks),
            "learned_cascade": 1
            - after.probabilities(vectors[index], prompts, tasks, answers_of(part_rows)),
            "answer_cascade": 1
            - answer.probabilities(vectors[index], prompts, tasks, answers_of(part_rows)),
            "logprob_cascade": -np.array([r.cheap_mean_logprob for r in part_rows], dtype=float),
            "verifier_cascade": np.array(
                [0.0 if labelled[i]["verifier_yes"] else 1.0 for i in index]
            ),
            "oracle": oracle_need(part_rows),
        }
        for name, need in scores.items():
            result.setdefault(name, {})[part] = need
    return result


def calibration_apgr(cal: list[Row], needs: dict[str, dict[str, np.ndarray]]) -> dict[str, float]:
    """Each trained router's APGR on calibration rows (nan where strong is no better there)."""
    out = {}
    for name in TRAINED:
        got = figures(cal, needs[name]["calibration"])
        out[name] = round(got["apgr"], 4) if got else float("nan")
    return out


def choose_learned(apgrs: dict[str, float]) -> str:
    """The trained router with the best calibration APGR (the first of TRAINED on a tie)."""
    return max(TRAINED, key=lambda name: apgrs[name] if apgrs[name] == apgrs[name] else -1.0)


def with_learned(needs: dict[str, dict[str, np.ndarray]], chosen: str) -> dict[str, Any]:
    return {"learned": needs[chosen], **needs}


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


@dataclass
class Routed:
    """One split's test rows, and per strategy its test scores, decisions and threshold."""

    test: list[int]
    needs: dict[str, np.ndarray]
    decisions: dict[str, np.ndarray]
    thresholds: dict[str, float | None]


def route(split: Split, rows: list[Row], needs: dict[str, dict[str, np.ndarray]]) -> Routed:
    """Each strategy at the threshold chosen on calibration for 95% of strong's accuracy."""
    cal = [rows[i] for i in split.calibration]
    n = len(split.test)
    decisions = {"always_cheap": np.zeros(n, dtype=bool), "always_strong": np.ones(n, dtype=bool)}
    thresholds: dict[str, float | None] = {"always_cheap": None, "always_strong": None}
    for name, need in needs.items():
        choice = choose_threshold(cal, -need["calibration"], TARGET_QUALITY)["chosen"]
        threshold = choice["threshold"] if choice else 1.0
        if choice is None or threshold >= 1.0:
            # Unreachable on calibration (or only by sending all): everything goes strong.
            decisions[name], thresholds[name] = np.ones(n, dtype=bool), None
        else:
            decisions[name], thresholds[name] = -need["test"] < threshold, -threshold + 0.0
    return Routed(split.test, {k: v["test"] for k, v in needs.items()}, decisions, thresholds)


def pooled(folds: Sequence[Routed]) -> Routed:
    return Routed(
        [i for f in folds for i in f.test],
        {k: np.concatenate([f.needs[k] for f in folds]) for k in folds[0].needs},
        {k: np.concatenate([f.decisions[k] for f in folds]) for k in folds[0].decisions},
        {k: None for k in folds[0].decisions},
    )


def operating_points(
    routed: Routed, rows: list[Row], tables: dict[str, list[dict[str, Decimal]]], learned_is: str
) -> dict[str, Any]:
    test = [rows[i] for i in routed.test]
    strong_acc = float(np.mean([r.strong_label for r in test]))
    table = {}
    for name, strong in routed.decisions.items():
        kind = learned_is if name == "learned" else name  # a cascade pays for the cheap call
        acc = accuracy(test, strong)
        threshold = routed.thresholds.get(name)
        table[name] = {
            "need_threshold": None if threshold is None else round(threshold, 6),
            "strong_share": round(float(strong.mean()), 4),
            "accuracy": round(acc, 4),
            "quality_vs_strong": round(acc / strong_acc, 4) if strong_acc else None,
            **{
                f"cost_usd_{pricing}": float(round(cost(kind, strong, routed.test, t), 8))
                for pricing, t in tables.items()
            },
        }
    return table


def report(
    routed: Routed,
    rows: list[Row],
    tables: dict[str, list[dict[str, Decimal]]],
    resamples: int,
    sizes: tuple[int, int] | None,
    choice: dict[str, Any],
) -> dict[str, Any]:
    test = [rows[i] for i in routed.test]
    out: dict[str, Any] = {}
    if sizes is not None:
        out |= {"train": sizes[0], "calibration": sizes[1]}
    return {
        **out,
        **choice,
        "test": len(test),
        "test_always_cheap_accuracy": round(float(np.mean([r.label for r in test])), 4),
        "test_always_strong_accuracy": round(float(np.mean([r.strong_label for r in test])), 4),
        "at_95pct_of_strong": operating_points(routed, rows, tables, choice["learned_is"]),
        "routing": compare(test, routed.needs, resamples=resamples, seed=SEED),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labelled", type=Path, required=True, help="eval_routing_label.py output")
    parser.add_argument("--usd-per-hour", type=Decimal, default=Decimal("1.0"))
    parser.add_argument("--resamples", type=int, default=1000)
    args = parser.parse_args()
    lines = args.labelled.read_text(encoding="utf-8").split("\n")
    labelled = [json.loads(line) for line in lines if line.strip()]
    labelled = [r for r in labelled if r.get("cheap_mean_logprob") is not None]
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
        "splits": {},
    }
    scored = [(split, needs_for(split, labelled, rows, vectors)) for split in splits(labelled)]
    by_task = scored[1:]
    choices = {}
    for family, parts in (("random", [scored[0]]), ("by_task", by_task)):
        cal = [rows[i] for split, _ in parts for i in split.calibration]
        joined = {
            name: {"calibration": np.concatenate([n[name]["calibration"] for _, n in parts])}
            for name in TRAINED
        }
        apgrs = calibration_apgr(cal, joined)
        choices[family] = {"learned_is": choose_learned(apgrs), "calibration_apgr": apgrs}
    folds = []
    for split, needs in scored:
        choice = choices["random" if split.name == "random" else "by_task"]
        routed = route(split, rows, with_learned(needs, choice["learned_is"]))
        sizes = (len(split.train), len(split.calibration))
        doc["splits"][split.name] = report(routed, rows, tables, args.resamples, sizes, choice)
        if split.name.startswith("by_task:"):
            folds.append(routed)
    doc["splits"]["by_task:pooled"] = report(
        pooled(folds), rows, tables, args.resamples, None, choices["by_task"]
    )
    doc["load_avg_at_end"] = [round(x, 2) for x in os.getloadavg()]
    benchlib.emit("eval_routing", doc)


if __name__ == "__main__":
    main()

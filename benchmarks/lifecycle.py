"""Model lifecycle figures: the quantization table, and the headlines LoRA experiment.

Data: ``../shared/data/tasks/headlines.jsonl`` (read in place): 3,000 gold-price news
headlines labelled up / down / neutral / none, the FrugalGPT HEADLINES task
(stanford-futuredata/FrugalGPT, data/HEADLINES, Apache-2.0). Rows are deduplicated by
headline and shuffled with SEED (the router experiment's seed); the first --test-rows form the
test part, the next --train-rows the training part. Nothing is tuned on the test part.

Experiment, on the test part, through llama.cpp at temperature 0:
  - SmolLM2-135M and Qwen2.5-Coder-0.5B with the headlines preset prompt (system + four
    invented shots, as in the router experiment);
  - SmolLM2-135M with a LoRA adapter trained on the training part with the system prompt
    only (no shots: the adapter learned the task, so its prompts are shorter).

Every piece (quantize, train, one eval per model) stores its JSON in --state and is skipped
when it is there, so a run cut short resumes; training itself resumes from its checkpoint.
Run each heavy piece under the machine-wide lock, e.g.:

    flock /tmp/heavy.lock nice -n 5 .venv/bin/python benchmarks/lifecycle.py --pieces train
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
from minigate.lifecycle.data import Example
from minigate.lifecycle.evaluate import score
from minigate.tasks import PRESETS

ROOT = Path(__file__).resolve().parent.parent
# ../shared/data from the checkout (from a worktree under wt/, one level further up).
SHARED = next((p / "shared" / "data" for p in (ROOT.parent, ROOT.parent.parent)
               if (p / "shared" / "data").is_dir()), ROOT.parent / "shared" / "data")  # fmt: skip
DATA = Path(os.environ.get("HEADLINES_JSONL", SHARED / "tasks" / "headlines.jsonl"))
QWEN = Path(
    os.environ.get("QWEN_GGUF", ROOT / ".cache" / "models" / "qwen2.5-coder-0.5b-instruct-q4.gguf")
)
SEED = 20261123
TASK = PRESETS["headlines"]
PIECES = ("quantize", "train", "eval-smollm2", "eval-adapter", "eval-qwen", "switch")


def rows(test_rows: int, train_rows: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    lines = DATA.read_text(encoding="utf-8").splitlines()
    unique = list({json.loads(line)["headline"]: json.loads(line) for line in lines}.values())
    random.Random(SEED).shuffle(unique)
    return unique[:test_rows], unique[test_rows : test_rows + train_rows]


def short_prompt(row: dict[str, Any]) -> list[dict[str, str]]:
    return [{"role": "system", "content": TASK.system or ""},
            {"role": "user", "content": TASK.user_turn(row)}]  # fmt: skip


def uptime() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def piece_quantize(state: Path, args: argparse.Namespace) -> dict[str, Any]:
    out = state / "quantized"
    command = [sys.executable, "-m", "minigate", "quantize", "builtin:smollm2", "--to",
               "q8_0,q4_0", "-o", str(out), "--threads", str(args.threads)]  # fmt: skip
    subprocess.run(command, check=True, cwd=state, env=_env())
    report: dict[str, Any] = json.loads((out / "quantize-report.json").read_text())
    return report


def piece_train(state: Path, args: argparse.Namespace) -> dict[str, Any]:
    _, train = rows(args.test_rows, args.train_rows)
    data = state / "headlines-train.jsonl"
    with data.open("w") as f:
        for row in train:
            messages = [*short_prompt(row), {"role": "assistant", "content": TASK.expected(row)}]
            f.write(json.dumps({"messages": messages}) + "\n")
    command = [sys.executable, "-m", "minigate", "lora", "train", str(data), "-o",
               str(state / "headlines.gguf"), "--steps", str(args.steps), "--lr", str(args.lr),
               "--batch-size", "8", "--threads", str(args.threads), "--holdout", "0.1",
               "--resume"]  # fmt: skip
    subprocess.run(command, check=True, cwd=state, env=_env())
    report: dict[str, Any] = json.loads((state / "headlines.json").read_text())
    return {k: v for k, v in report.items() if k != "losses"}


def piece_eval(state: Path, args: argparse.Namespace, which: str) -> dict[str, Any]:
    from minigate.backends.builtin import resolve_weights

    test, _ = rows(args.test_rows, args.train_rows)
    smollm2 = resolve_weights("builtin:smollm2")
    preset = [Example(TASK.messages(r), TASK.expected(r)) for r in test]
    short = [Example(short_prompt(r), TASK.expected(r)) for r in test]
    threads, limit = args.threads, TASK.max_tokens
    if which == "smollm2":
        result = score("smollm2-135m", smollm2, preset, threads=threads, max_tokens=limit)
    elif which == "adapter":
        adapter = state / "headlines.gguf"
        result = score("smollm2-135m + adapter", smollm2, short, adapter=adapter,
                       threads=threads, max_tokens=limit)  # fmt: skip
    else:
        result = score("qwen2.5-coder-0.5b", QWEN, preset, threads=threads, max_tokens=limit)
    return result.as_json() | {"prompt": "short" if which == "adapter" else "preset"}


def piece_switch(state: Path, args: argparse.Namespace, repeats: int = 30) -> dict[str, Any]:
    """What switching adapters on one context would cost per request: a short prefill with
    the same adapter kept, against one with the context's adapter swapped before it. (The
    gateway does not switch: each adapter has its own context.)"""
    import ctypes

    import llama_cpp as lc

    from minigate.backends.builtin import resolve_weights
    from minigate.lifecycle.evaluate import open_model

    adapter = state / "headlines.gguf"
    llm = open_model(resolve_weights("builtin:smollm2"), None, 1.0, args.threads)
    handles = [lc.llama_adapter_lora_init(llm._model.model, str(adapter).encode()) for _ in "ab"]
    tokens = llm.tokenize(b"Headline: gold rises $5 on a weaker dollar")

    def use(handle: Any) -> float:
        began = time.perf_counter()
        lc.llama_set_adapters_lora(llm._ctx.ctx, (lc.llama_adapter_lora_p_ctypes * 1)(handle), 1,
                                   (ctypes.c_float * 1)(1.0))  # fmt: skip
        return time.perf_counter() - began

    def prefill(switch: bool) -> tuple[float, float]:
        timings = []
        for n in range(repeats):
            set_s = use(handles[n % 2 if switch else 0])
            began = time.perf_counter()
            llm.reset()
            llm.eval(tokens)
            timings.append((set_s, time.perf_counter() - began))
        timings.sort(key=lambda t: t[1])
        return timings[len(timings) // 2]

    prefill(False)  # warm-up
    kept, swapped = prefill(False), prefill(True)
    llm.close()
    return {"prompt_tokens": len(tokens), "repeats": repeats,
            "median_prefill_ms_same_adapter": round(kept[1] * 1000, 2),
            "median_prefill_ms_after_switch": round(swapped[1] * 1000, 2),
            "set_adapters_ms": round(swapped[0] * 1000, 3)}  # fmt: skip


def _env() -> dict[str, str]:
    return os.environ | {"PYTHONPATH": str(ROOT / "src")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--state", type=Path, default=ROOT / "bench-results" / "lifecycle")
    parser.add_argument("--pieces", default=",".join(PIECES), help=f"of {', '.join(PIECES)}")
    parser.add_argument("--test-rows", type=int, default=120)
    parser.add_argument("--train-rows", type=int, default=400)
    parser.add_argument("--steps", type=int, default=60)
    parser.add_argument("--lr", type=float, default=5e-4)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    args.state.mkdir(parents=True, exist_ok=True)
    for name in args.pieces.split(","):
        done = args.state / f"{name}.json"
        if done.exists():
            continue
        began, load_before = time.perf_counter(), uptime()
        if name == "quantize":
            figures = piece_quantize(args.state, args)
        elif name == "train":
            figures = piece_train(args.state, args)
        elif name == "switch":
            figures = piece_switch(args.state, args)
        else:
            figures = piece_eval(args.state, args, name.removeprefix("eval-"))
        meta = {"wall_s": round(time.perf_counter() - began, 1), "load_before": load_before,
                "load_after": uptime()}  # fmt: skip
        done.write_text(json.dumps({"figures": figures, "run": meta}, indent=2) + "\n")
    summary = {
        "data": f"{DATA} (FrugalGPT HEADLINES, Apache-2.0)",
        "split": {"seed": SEED, "test_rows": args.test_rows, "train_rows": args.train_rows},
        **{p: json.loads((args.state / f"{p}.json").read_text())
           for p in PIECES if (args.state / f"{p}.json").exists()},
    }  # fmt: skip
    print(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()

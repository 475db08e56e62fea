"""Labelling for benchmarks/eval_routing.py: both local tiers answer the same tasks.

A gateway serves SmolLM2-135M-Instruct (cheap, built in) and Qwen2.5-Coder-0.5B-Instruct
(strong; ``bash benchmarks/router/setup.sh`` assembles its GGUF). Rows are drawn with a fixed
seed from the headlines and GSM8K sets in ``../shared/data/tasks`` (FrugalGPT HEADLINES,
stanford-futuredata/FrugalGPT, Apache-2.0; openai/grade-school-math, MIT). Each row is asked
of both tiers at temperature 0 (``minigate.router.labelling``, with the cheap tier's logprobs
asked for), and the cheap tier is asked to verify its own answer (the verifier cascade's
signal). Rows are appended to the output as they are labelled: a rerun continues.

    python benchmarks/eval_routing_label.py --headlines 200 --gsm8k 40 -o labelled.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import openai
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import benchlib
from minigate.router.labelling import PRESETS, ask, label_rows

DATA = benchlib.ROOT.parent / "shared" / "data" / "tasks"
QWEN = benchlib.ROOT / ".cache" / "models" / "qwen2.5-coder-0.5b-instruct-q4.gguf"
CHEAP, STRONG = "smollm2-135m-instruct", "qwen2.5-coder-0.5b-instruct"
SEED = 20261201
VERIFY = (
    "Question: {question}\nProposed answer: {answer}\n"
    "Is the proposed answer correct? Reply with one word: yes or no."
)


def sample(data: Path, name: str, count: int) -> list[dict[str, Any]]:
    """``count`` distinct rows of a task set, drawn with SEED."""
    task = PRESETS[name]
    lines = (data / f"{name}.jsonl").read_text(encoding="utf-8").split("\n")
    rows = [json.loads(line) for line in lines if line.strip()]
    unique = list({r[task.prompt_field]: r for r in rows}.values())
    return random.Random(SEED).sample(unique, count)


def serve(servers: benchlib.Servers, work: Path) -> str:
    config = {
        "models": [
            {"id": CHEAP, "backend": "llama_cpp", "path": "builtin:smollm2"},
            {"id": STRONG, "backend": "llama_cpp", "path": str(QWEN), "max_queue": 64},
        ],
        "server": {"access_log": False, "log_level": "warning"},
        "cache": {"enabled": False},
        **benchlib.state_in(work),
    }
    path = work / "label.yaml"
    path.write_text(yaml.safe_dump(config))
    port = benchlib.free_port()
    argv = [sys.executable, "-m", "minigate", "serve", "--port", str(port), "--config", str(path)]
    servers.start("label", argv)
    servers.wait_ready("label", f"http://{benchlib.LOOPBACK}:{port}/health", timeout_s=300)
    return f"http://{benchlib.LOOPBACK}:{port}/v1"


def verify(client: openai.OpenAI, row: dict[str, Any], name: str) -> dict[str, Any]:
    """The cheap tier judges its own answer: 'yes' keeps it, anything else escalates."""
    question = row["prompt"].removeprefix(PRESETS[name].user_prefix)
    prompt = VERIFY.format(question=question, answer=row["cheap_answer"].strip()[:600])
    reply = ask(client, CHEAP, [{"role": "user", "content": prompt}], 2)
    return {
        "verifier_yes": reply.text.strip().lower().startswith("yes"),
        "verifier_s": reply.seconds,
        "verifier_tokens": [reply.prompt_tokens, reply.completion_tokens],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--headlines", type=int, default=200)
    parser.add_argument("--gsm8k", type=int, default=40)
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--data", type=Path, default=DATA, help="the shared tasks folder")
    args = parser.parse_args()
    done = set()
    if args.output.exists():
        done = {json.loads(line)["prompt"] for line in args.output.read_text().split("\n") if line}
    benchlib.exit_on_sigterm()
    with tempfile.TemporaryDirectory() as tmp, benchlib.Servers(Path(tmp)) as servers:
        base = serve(servers, Path(tmp))
        with openai.OpenAI(base_url=base, api_key="none", max_retries=0, timeout=600) as client:
            for name, count in (("headlines", args.headlines), ("gsm8k", args.gsm8k)):
                label(client, name, sample(args.data, name, count), done, args.output)


def label(
    client: openai.OpenAI, name: str, rows: list[dict[str, Any]], done: set[str], out: Path
) -> None:
    task = PRESETS[name]
    todo = [r for r in rows if task.user_turn(r) not in done]
    started = time.perf_counter()
    with out.open("a", encoding="utf-8") as sink:
        for n, row in enumerate(label_rows(client, task, todo, CHEAP, STRONG)):
            sink.write(json.dumps({**row, **verify(client, row, name)}) + "\n")
            sink.flush()
            print(
                f"{name} {n + 1}/{len(todo)} ({time.perf_counter() - started:.0f} s)",
                file=sys.stderr,
            )


if __name__ == "__main__":
    main()

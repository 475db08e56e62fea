"""Over-defense on three external benign sets the guard never saw: how many benign prompts the
injection and harm scanners flag, with 95% Wilson intervals; printed as JSON.

    benchmarks/guard/fetch_sources.sh
    nice -n 10 .venv/bin/python benchmarks/guard/overdefense.py

Both sets come from leolee99/InjecGuard @ 588f555 (MIT; Li et al., "InjecGuard", ACL 2025),
``datasets/``, and are **evaluation only**: no build script reads ``.cache/eval-sources/``, no
threshold or design was chosen on them, and they were added in round fifteen to be read once
on the merged code, as the test splits are.

- NotInject (``NotInject_{one,two,three}.json``; the authors' own set, MIT): 339 benign
  sentences written around one, two or three words common in injection attacks ("ignore",
  "bypass", "unfiltered", ...), in four topics (common queries, technique queries, virtual
  creation, multilingual). Every row is benign: any flag is an over-block. It measures what
  round fourteen found on hand-written look-alikes (an attack's words used innocently).
- WildGuardTest's unharmful prompts (``wildguard.json``, 971 rows, all labelled 0): the benign
  prompts of allenai's WildGuardTest (WildGuardMix, ODC-BY-1.0), as InjecGuard vendors them
  (not compared with allenai's release). Many are adversarial in form: role play, fiction
  and elaborate framing around a benign request. Benign for injection and harm alike.

- self-instruct's 252 user-oriented tasks (yizhongw/self-instruct @ 0b26cca,
  ``human_eval/user_oriented_instructions.jsonl``, Apache-2.0; Wang et al., "Self-Instruct", ACL
  2023): tasks written by the authors for the apps people use (Grammarly, Gmail, Twitter,
  GitHub ...), each read as its instruction and its first instance's input, so most are an
  order over pasted material. Added in round one hundred and fifteen, whose check read them
  once (docs/guard-rounds.md; its candidate did not ship); no design has been chosen on them.

Reported per set and per operating point: the injection scanner (cheap and full mode), the
harm gate (n-gram and full), and "either" (what the full input side would block); NotInject
also per number of trigger words and per topic.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path
from typing import Any

import guardlib
import numpy as np
from detectors import rate
from embedcache import cached_minilm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchlib import emit, machine, now_iso
from minigate.guard.protocol import ScanContext
from minigate.guard.scanners.harm import HarmOptions, HarmScanner
from minigate.guard.scanners.injection import InjectionOptions, InjectionScanner

INJECGUARD = guardlib.ROOT / ".cache" / "eval-sources" / "leolee99+InjecGuard" / "datasets"
SELF_INSTRUCT = guardlib.ROOT / ".cache" / "eval-sources" / "yizhongw+self-instruct"
SETS = ("notinject", "wildguard_benign", "user_tasks")
TRIGGER_FILES = {"one": 1, "two": 2, "three": 3}
POINTS = ("permissive", "balanced", "strict")


def _read(name: str) -> list[dict[str, Any]]:
    path = INJECGUARD / name
    if not path.exists():
        raise SystemExit(f"{path} is missing; run benchmarks/guard/fetch_sources.sh first.")
    rows: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return rows


def not_inject() -> list[tuple[str, int, str]]:
    """NotInject's rows: (prompt, number of trigger words, topic)."""
    return [
        (str(row["prompt"]), count, str(row["category"]))
        for word, count in TRIGGER_FILES.items()
        for row in _read(f"NotInject_{word}.json")
    ]


def wildguard_benign() -> list[str]:
    rows = _read("wildguard.json")
    assert all(int(row["label"]) == 0 for row in rows), "wildguard.json holds benign rows only"
    return [str(row["prompt"]) for row in rows]


def user_tasks() -> list[str]:
    """self-instruct's user-oriented tasks, each its instruction and its first input."""
    path = SELF_INSTRUCT / "human_eval" / "user_oriented_instructions.jsonl"
    if not path.exists():
        raise SystemExit(f"{path} is missing; run benchmarks/guard/fetch_sources.sh first.")
    lines = path.read_text(encoding="utf-8").splitlines()
    return [guardlib.task_prompt(json.loads(line)) for line in lines]


async def flags(texts: list[str], point: str, embed: Any) -> dict[str, list[bool]]:
    """Each scanner's flag per text at one operating point."""
    ctx = ScanContext(direction="input")
    scanners: dict[str, InjectionScanner | HarmScanner] = {
        "injection_cheap": InjectionScanner(InjectionOptions(operating_point=point), "i", None),
        "injection_full": InjectionScanner(InjectionOptions(operating_point=point), "i", embed),
        "harm_ngram": HarmScanner(
            HarmOptions(use_embeddings=False, operating_point=point), "h", None
        ),
        "harm_full": HarmScanner(HarmOptions(operating_point=point), "h", embed),
    }
    out = {
        name: [(await scanner.scan(text, ctx)).flagged for text in texts]
        for name, scanner in scanners.items()
    }
    pairs = zip(out["injection_full"], out["harm_full"], strict=True)
    out["either_full"] = [injection or harm for injection, harm in pairs]
    return out


def grouped(flagged: list[bool], keys: list[Any]) -> dict[str, Any]:
    groups: dict[str, list[bool]] = {}
    for flag, key in zip(flagged, keys, strict=True):
        groups.setdefault(str(key), []).append(flag)
    return {key: rate(group) for key, group in sorted(groups.items())}


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--sets", nargs="+", choices=SETS, default=list(SETS), help="the sets to read (all)"
    )
    wanted = set(parser.parse_args().sets)
    encode = cached_minilm(threads=1)

    async def embed(texts: list[str]) -> np.ndarray:
        return encode(texts)

    notinject = not_inject() if "notinject" in wanted else []
    texts = [text for text, _, _ in notinject]
    wildguard = wildguard_benign() if "wildguard_benign" in wanted else []
    tasks = user_tasks() if "user_tasks" in wanted else []
    doc: dict[str, Any] = {
        "when": now_iso(),
        "machine": machine(),
        "sizes": {
            "notinject": len(texts),
            "wildguard_benign": len(wildguard),
            "user_tasks": len(tasks),
        },
    }
    for point in POINTS:
        doc[point] = {}
        if tasks:
            ut = await flags(tasks, point, embed)
            doc[point]["user_tasks"] = {name: rate(f) for name, f in ut.items()}
            if point == "balanced":
                doc["balanced_flagged_user_tasks"] = [
                    t[:300] for t, f in zip(tasks, ut["injection_full"], strict=True) if f
                ]
        if not texts or not wildguard:
            continue
        ni = await flags(texts, point, embed)
        wg = await flags(wildguard, point, embed)
        doc[point] |= {
            "notinject": {name: rate(f) for name, f in ni.items()},
            "notinject_injection_full_by_trigger_words": grouped(
                ni["injection_full"], [n for _, n, _ in notinject]
            ),
            "notinject_injection_full_by_topic": grouped(
                ni["injection_full"], [topic for _, _, topic in notinject]
            ),
            "wildguard_benign": {name: rate(f) for name, f in wg.items()},
        }
        if point == "balanced":  # the flagged rows, to read what kind of text is flagged
            doc["balanced_flagged_examples"] = {
                "notinject_injection_full": [
                    t for t, f in zip(texts, ni["injection_full"], strict=True) if f
                ],
                "wildguard_injection_full": [
                    t[:300] for t, f in zip(wildguard, wg["injection_full"], strict=True) if f
                ][:60],
                "wildguard_harm_full": [
                    t[:300] for t, f in zip(wildguard, wg["harm_full"], strict=True) if f
                ][:60],
            }
    emit("guard-overdefense", doc)


if __name__ == "__main__":
    asyncio.run(main())

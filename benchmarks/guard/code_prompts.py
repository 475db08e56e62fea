"""Round twelve: code pasted into a prompt, read by the code route (``CODE_PROMPT_RULE_12``).

The injection scanner routes only *data* by whether it looks like code; a user turn is read by
the prompt route whatever it holds. Found while benchmarking long prompts (the standard
library's ``argparse.py`` as a prompt was blocked at ``balanced`` in the cheap mode): 60
seeded standard-library modules pasted as prompts were flagged 22/60 (first 2,000
characters) and 37/60 (first 8,000) by the cheap mode, 24/60 and 36/60 by the full mode
(22:10 UTC on 2026-12-02; an exploration, not this rule's reading). Developers paste code into
prompts all day ("why does this fail?"); the prompt route was fitted and capped on natural
language, the code route on code.

Candidates (both read through the shipped files; nothing is refitted):

- **V1**: a prompt that ``looks_like_code`` is read as data (the code route in the full mode,
  the data reading in the cheap mode), and its prose outside fenced blocks
  (``segments.prose_lines`` of the text with every fenced block cut out) is read as a prompt
  as well when it holds ``NGRAM_MIN_WORDS`` words or more; flagged if either reading flags. The
  second reading keeps a jailbreak written as prose from hiding behind a fenced block.
- **V2**: the same without the second reading.

Sets (train side and never-trained only; no test split is read):

- clean code as prompts: ``code_dev.dev_set()``'s clean rows (80 standard-library chunks, 40
  of garak's unused code, 40 README sections with a fenced block, the hand-written ones) and
  ``code_dev.package_chunks()``'s first 600 (the venv's permissive packages);
- the prompt route's own rows: build_stack's dev fold 0 prompts (attacks, deepset benign,
  ordinary prompts, disguised prompts). The shipped models were fitted on every fold, so these
  readings are in-sample, alike for both arms; only rows whose reading changes matter;
- fence evasion: each fold-0 prompt attack followed by a fenced block holding a seeded clean
  standard-library chunk of the code dev set;
- planted code as prompts: ``code_dev.dev_set()``'s planted rows (reported, no condition:
  they move from the prompt route to the code route).

**The rule** (fixed before any reading of a candidate): at ``balanced``, in the full mode and
in the cheap mode alike, a candidate is eligible if (1) clean code as prompts is flagged at
most 5% and at most half as often as by the shipped reading; (2) on fold 0's prompts it
catches at least as many attacks, less one, and flags no more benign rows; (3) on the fence
evasion rows it catches at least the share of the plain attacks it catches, less 2 points.
Among the eligible, fewer clean code flagged (full and cheap summed) wins; a tie goes to V1.
If neither is eligible, nothing in ``src/minigate`` changes.

    MINIGATE_SHARED_DATA=/work/shared/data .venv/bin/python benchmarks/guard/code_prompts.py
"""

from __future__ import annotations

import asyncio
import json
import random
import re
import time
from typing import Any

import build_stack
import code_dev
import guardlib
import numpy as np
from build_stack import _embed_fn, folds_of, stack_docs
from detectors import wilson

from minigate.guard.protocol import ScanContext, Source
from minigate.guard.scanners.injection import (
    NGRAM_MIN_WORDS,
    InjectionOptions,
    InjectionScanner,
)
from minigate.guard.scanners.injection_stack import looks_like_code
from minigate.guard.segments import prose_lines

CODE_PROMPT_RULE_12 = (
    "Round twelve: a prompt that looks like code is read as data (code route, full mode; data "
    "reading, cheap mode), V1 also reading its prose outside fenced blocks as a prompt, V2 "
    "not. Eligible at balanced, full and cheap alike, if (1) clean code as prompts (code_dev "
    "clean rows + first 600 package chunks) flagged <= 5% and <= half the shipped share; (2) "
    "build_stack dev fold 0 prompts: attacks caught >= shipped - 1, benign flagged <= shipped; "
    "(3) fold-0 attacks followed by a fenced clean stdlib chunk: caught share >= plain share - "
    "2 points. Pick: fewer clean code flagged (full + cheap); tie: V1. None eligible: nothing "
    "changes."
)

OUT = guardlib.ROOT / "bench-results" / "code_prompts12.json"
_FENCED = re.compile(r"```.*?(?:```|\Z)", re.DOTALL)
_WORD = re.compile(r"\w+")
SEED = guardlib.SEED + 120


def prose_outside_fences(text: str) -> str:
    return prose_lines(_FENCED.sub("\n", text))


async def flags(scanner: InjectionScanner, text: str, source: Source) -> bool:
    return (await scanner.scan(text, ScanContext("input", source=source))).flagged


async def readings(scanner: InjectionScanner, text: str) -> dict[str, bool]:
    """The shipped reading of ``text`` as a prompt, and V1's and V2's."""
    shipped = await flags(scanner, text, "prompt")
    if not looks_like_code(text):
        return {"shipped": shipped, "V1": shipped, "V2": shipped}
    as_data = await flags(scanner, text, "data")
    prose = prose_outside_fences(text)
    wordy = len(_WORD.findall(prose)) >= NGRAM_MIN_WORDS
    v1 = as_data or (wordy and await flags(scanner, prose, "prompt"))
    return {"shipped": shipped, "V1": v1, "V2": as_data}


def sets() -> dict[str, list[tuple[str, bool, str]]]:
    """(text, label, kind) per set."""
    rows = code_dev.dev_set()
    clean = [(r.text, False, r.kind) for r in rows if not r.label]
    clean += [(r.text, False, r.kind) for r in code_dev.package_chunks()]
    planted = [(r.text, True, r.kind) for r in rows if r.label]
    docs, _ = stack_docs()
    folds = folds_of(docs)
    prompts = [
        (d.text, d.label, build_stack._kind(d) if not d.label else "attack")
        for d, f in zip(docs, folds, strict=True)
        if f == 0 and d.source == "prompt"
    ]
    rng = random.Random(SEED)
    stdlib = [r.text for r in rows if not r.label and r.kind == "stdlib"]
    fenced = [
        (f"{t}\n\n```python\n{rng.choice(stdlib)}\n```\n", True, "fenced attack")
        for t, label, _ in prompts
        if label
    ]
    return {
        "clean code": clean,
        "fold 0 prompts": prompts,
        "fence evasion": fenced,
        "planted code": planted,
    }


def _rate(flagged: list[bool]) -> dict[str, Any]:
    k, n = sum(flagged), len(flagged)
    low, high = wilson(k, n)
    return {"k": k, "n": n, "rate": round(k / n, 4) if n else 0.0, "ci95": [low, high]}


async def read_all() -> dict[str, Any]:
    runtime, model = guardlib.gateway_minilm(threads=2)
    embed = _embed_fn(model)
    scanners = {
        "full": InjectionScanner(InjectionOptions(), "full", embed),
        "cheap": InjectionScanner(InjectionOptions(use_embeddings=False), "cheap", None),
    }
    data = sets()
    doc: dict[str, Any] = {"rule": CODE_PROMPT_RULE_12, "embedding_runtime": runtime}
    doc["sizes"] = {name: len(rows) for name, rows in data.items()}
    doc["looks like code"] = {
        name: sum(looks_like_code(t) for t, _, _ in rows) for name, rows in data.items()
    }
    started = time.time()
    for mode, scanner in scanners.items():
        got: dict[str, dict[str, Any]] = {}
        for name, rows in data.items():
            read = [await readings(scanner, t) for t, _, _ in rows]
            labels = np.array([label for _, label, _ in rows])
            kinds = np.array([kind for _, _, kind in rows])
            part: dict[str, Any] = {}
            for arm in ("shipped", "V1", "V2"):
                flagged = np.array([r[arm] for r in read])
                by_kind = {str(k): _rate(flagged[kinds == k].tolist()) for k in sorted(set(kinds))}
                part[arm] = {
                    "positives caught": _rate(flagged[labels].tolist()),
                    "negatives flagged": _rate(flagged[~labels].tolist()),
                    "by kind": by_kind,
                }
            got[name] = part
        doc[mode] = got
    doc["seconds"] = round(time.time() - started, 1)
    doc["verdict"] = verdict(doc)
    return doc


def verdict(doc: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for arm in ("V1", "V2"):
        checks: dict[str, bool] = {}
        for mode in ("full", "cheap"):
            got = doc[mode]
            clean = got["clean code"]
            new, old = clean[arm]["negatives flagged"], clean["shipped"]["negatives flagged"]
            checks[f"{mode} (1)"] = new["rate"] <= 0.05 and new["k"] <= old["k"] / 2
            prompts = got["fold 0 prompts"]
            checks[f"{mode} (2)"] = (
                prompts[arm]["positives caught"]["k"]
                >= prompts["shipped"]["positives caught"]["k"] - 1
                and prompts[arm]["negatives flagged"]["k"]
                <= prompts["shipped"]["negatives flagged"]["k"]
            )
            plain = prompts[arm]["positives caught"]["rate"]
            fenced = got["fence evasion"][arm]["positives caught"]["rate"]
            checks[f"{mode} (3)"] = fenced >= plain - 0.02
        clean_sum = sum(
            doc[m]["clean code"][arm]["negatives flagged"]["k"]
            for m in doc
            if m in ("full", "cheap")
        )
        out[arm] = {
            "checks": checks,
            "eligible": all(checks.values()),
            "clean code flagged": clean_sum,
        }
    eligible = [a for a in ("V1", "V2") if out[a]["eligible"]]
    eligible.sort(key=lambda a: (out[a]["clean code flagged"], a != "V1"))
    out["chosen"] = eligible[0] if eligible else None
    return out


def main() -> None:
    doc = asyncio.run(read_all())
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(doc, indent=1) + "\n")
    print(json.dumps({k: v for k, v in doc.items() if k != "rule"}, indent=1))


if __name__ == "__main__":
    main()

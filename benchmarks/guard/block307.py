"""Exploration 307 (design data only, no round): a prompt read block by block, a release for
ordinary tasks over pasted text, on round one hundred and fifteen's design rows as the shipped
code read them (``task305.py``'s cache). Not worth a check set (docs/guard-rounds.md).

A user prompt the full mode flags, cut at its blank lines into two or more blocks, is read again
block by block: a block of at least ``MATERIAL_WORDS`` words as data (the route that reads
tool results and documents, where pasted material belongs), a shorter one as a prompt. Where no
block is flagged by its own reading, no phrase pattern fired on the whole prompt and no trick was
undone, the prompt is released. An order planted in pasted material is what the data route was
built to find; an order in a short block of its own is read as a prompt, as before.

    flock /tmp/heavy.lock env OMP_NUM_THREADS=1 \\
        PYTHONPATH=.cache/task305/src-3198ddcc:benchmarks/guard \\
        .venv/bin/python benchmarks/guard/block307.py --design
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CACHE = ROOT / ".cache" / "block307"
TASK305 = ROOT / ".cache" / "task305"
POINTS = ("strict", "balanced", "permissive")
_BLANK = re.compile(r"\n\s*\n")
_WORDS = re.compile(r"\w+")


def blocks(text: str) -> list[str]:
    return [b.strip() for b in _BLANK.split(text) if b.strip()]


def design_rows() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for tag in ("", "_more", "_dressed"):
        rows += json.loads((TASK305 / f"rows{tag}.json").read_text())
    return rows


def read_blocks(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """For each row flagged at some point with two or more blocks: each block's score and
    route threshold at each point, read as data (long) and as a prompt (every block)."""
    import build_stack
    from embedcache import cached_minilm

    from minigate.guard.scanners.injection import InjectionOptions, InjectionScanner

    embed = build_stack._embed_fn(cached_minilm(threads=1))
    scanners = {
        p: InjectionScanner(InjectionOptions(operating_point=p), "i", embed)  # type: ignore[arg-type]
        for p in POINTS
    }

    async def run() -> list[dict[str, Any]]:
        out = []
        for i, row in enumerate(rows):
            parts = blocks(row["text"])
            item: dict[str, Any] = {"blocks": len(parts)}
            if len(parts) >= 2 and any(row[p][0] for p in POINTS):
                for p, s in scanners.items():
                    read = []
                    for b in parts:
                        words = len(_WORDS.findall(b))
                        as_prompt = await s.assess(b, "prompt")
                        as_data = await s.assess(b, "data")
                        read.append(
                            {
                                "words": words,
                                "prompt": as_prompt.score >= s.threshold_for(as_prompt.route),
                                "data": as_data.score >= s.threshold_for(as_data.route),
                            }
                        )
                    item[p] = read
            out.append(item)
            if i % 250 == 0:
                print(f"  {i}/{len(rows)}", file=sys.stderr, flush=True)
        return out

    return asyncio.run(run())


def released(row: dict[str, Any], item: dict[str, Any], point: str, material: int) -> bool:
    if not row[point][0] or item["blocks"] < 2 or row["patterns"] or row["disguised"]:
        return False
    return not any(b["data"] if b["words"] >= material else b["prompt"] for b in item[point])


def design(material: int) -> dict[str, Any]:
    rows = design_rows()
    items = json.loads((CACHE / "blocks.json").read_text())
    out: dict[str, Any] = {}
    for point in POINTS:
        kinds: dict[str, Any] = {}
        for kind in sorted({r["kind"] for r in rows}):
            sel = [(r, it) for r, it in zip(rows, items, strict=True) if r["kind"] == kind]
            attack = [(r, it) for r, it in sel if r["attack"]]
            benign = [(r, it) for r, it in sel if not r["attack"]]
            kinds[kind] = {
                "attacks flagged": sum(r[point][0] for r, _ in attack),
                "attacks released": sum(released(r, it, point, material) for r, it in attack),
                "benign flagged": sum(r[point][0] for r, _ in benign),
                "benign released": sum(released(r, it, point, material) for r, it in benign),
            }
        out[point] = kinds
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--read", action="store_true", help="read the design rows' blocks")
    parser.add_argument("--design", type=int, nargs="*", help="MATERIAL_WORDS settings to report")
    args = parser.parse_args()
    if args.read:
        CACHE.mkdir(parents=True, exist_ok=True)
        items = read_blocks(design_rows())
        (CACHE / "blocks.json").write_text(json.dumps(items))
    for material in args.design or []:
        print(material, json.dumps(design(material), indent=1))


if __name__ == "__main__":
    main()

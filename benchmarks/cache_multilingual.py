"""The semantic threshold of the multilingual encoder (use-multilingual-v3), printed as JSON.

The cache's default threshold, 0.965, was chosen for all-MiniLM-L6-v2 on English Quora pairs
(benchmarks/cache.py). USE Multilingual v3 scores differently, so its own is chosen here, on
labelled paraphrase pairs in Chinese and English, the way 0.965 was: the lowest threshold (on a
0.005 grid) whose false hits on non-duplicate pairs (text_a cached, text_b asked) stay under 1%,
on each set; the model's threshold is the higher of the two. It is chosen on a design half of
each set (a seeded shuffle) and reported on the other half, never looked at while choosing:
duplicates served and non-duplicates served falsely, by the embedding alone, with the veto
(minigate.cache.veto), and with the veto and the reader (minigate.cache.readable.ScriptReader:
a pair is served only when both texts are readable), which is what the cache does.

Data:
- LCQMC (Liu et al., COLING 2018; Harbin Institute of Technology; released for research use,
  no licence file in the copy read): its labelled dev split, 8,802 Chinese question pairs
  (Baidu Knows), from the repository Chriszhangmw/LCQMC, sourceData/lcqmc/lcqmc/dev.tsv
  (its test.tsv there holds no labels);
- paraphrase/qqp_pairs.jsonl: 6,000 Quora Question Pairs via zilliztech/GPTCache (repo MIT;
  content under Quora's terms), from /work/shared/data (its README.md).

    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/cache_multilingual.py \
        [--lcqmc-git /work/.mirror/Chriszhangmw+LCQMC/repo | --lcqmc dev.tsv]
"""

from __future__ import annotations

import argparse
import random
import subprocess
import time
from pathlib import Path
from typing import Any

import numpy as np

from benchlib import emit, machine, now_iso
from cache import DEFAULT_PAIRS, read_pairs
from minigate.backends.multilingual import MULTILINGUAL, MultilingualEncoder
from minigate.cache.readable import ScriptReader
from minigate.cache.veto import veto

LCQMC_GIT = Path("/work/.mirror/Chriszhangmw+LCQMC/repo")
LCQMC_DEV = "sourceData/lcqmc/lcqmc/dev.tsv"
DATA = {
    "lcqmc": "LCQMC dev (Liu et al., COLING 2018, HIT; research use; no licence file in the "
    f"copy read): Chriszhangmw/LCQMC {LCQMC_DEV}",
    "qqp": "paraphrase/qqp_pairs.jsonl: Quora Question Pairs via zilliztech/GPTCache "
    "(repo MIT; content under Quora's terms)",
}
TARGET = 0.01  # false hits on non-duplicates, as for MiniLM's 0.965
GRID = np.round(np.arange(0.700, 0.9951, 0.005), 3)
SEED = 20261208


def read_lcqmc(text: str) -> list[dict[str, Any]]:
    rows = []
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and parts[2].strip() in {"0", "1"}:
            rows.append({"text_a": parts[0], "text_b": parts[1], "duplicate": parts[2] == "1"})
    return rows


def lcqmc_rows(args: argparse.Namespace) -> list[dict[str, Any]]:
    if args.lcqmc is not None:
        return read_lcqmc(args.lcqmc.read_text())
    show = ["git", f"--git-dir={args.lcqmc_git}", "show", f"HEAD:{LCQMC_DEV}"]
    return read_lcqmc(subprocess.run(show, check=True, capture_output=True, text=True).stdout)


def halves(n: int) -> tuple[np.ndarray, np.ndarray]:
    """(design, held-out) indices: a seeded shuffle cut in two."""
    order = np.arange(n)
    random.Random(SEED).shuffle(order)  # type: ignore[arg-type]
    return np.sort(order[: n // 2]), np.sort(order[n // 2 :])


class Measured:
    """One set's pairs with their similarity, veto and readability."""

    def __init__(self, rows: list[dict[str, Any]], encoder: MultilingualEncoder) -> None:
        self.rows = rows
        texts = sorted({r["text_a"] for r in rows} | {r["text_b"] for r in rows})
        started = time.perf_counter()
        vectors = np.concatenate(
            [encoder.encode(texts[i : i + 256]) for i in range(0, len(texts), 256)]
        )
        self.encode_s = time.perf_counter() - started
        index = {t: i for i, t in enumerate(texts)}
        a = vectors[[index[r["text_a"]] for r in rows]]
        b = vectors[[index[r["text_b"]] for r in rows]]
        self.similarity = (a * b).sum(axis=1)
        self.duplicate = np.array([bool(r["duplicate"]) for r in rows])
        self.vetoed = np.array([veto(r["text_a"], r["text_b"]) is not None for r in rows])
        reader = ScriptReader(encoder)
        unread = {t for t in texts if reader.unread(t) is not None}
        self.unread_texts = len(unread)
        self.texts = len(texts)
        self.unread = np.array([r["text_a"] in unread or r["text_b"] in unread for r in rows])

    def choose(self, design: np.ndarray) -> float:
        non = design[~self.duplicate[design]]
        for t in GRID:
            if (self.similarity[non] >= t).mean() < TARGET:
                return float(t)
        return float(GRID[-1])

    def report(self, part: np.ndarray, threshold: float) -> dict[str, Any]:
        over = self.similarity >= threshold
        ways = {
            "embedding_alone": over,
            "with_veto": over & ~self.vetoed,
            "with_veto_and_reader": over & ~self.vetoed & ~self.unread,
        }
        dup, non = part[self.duplicate[part]], part[~self.duplicate[part]]
        out: dict[str, Any] = {"pairs": len(part), "duplicates": len(dup)}
        for name, served in ways.items():
            out[name] = {
                "duplicates_served": _share(served[dup]),
                "non_duplicates_served_falsely": _share(served[non]),
            }
        return out

    def sweep(self, part: np.ndarray) -> list[dict[str, Any]]:
        dup, non = part[self.duplicate[part]], part[~self.duplicate[part]]
        return [
            {
                "threshold": float(t),
                "hit_rate_duplicates": round(float((self.similarity[dup] >= t).mean()), 4),
                "false_hit_rate_non_duplicates": round(
                    float((self.similarity[non] >= t).mean()), 4
                ),
            }
            for t in GRID[::4]
        ]

    def examples(self, design: np.ndarray, threshold: float, n: int = 5) -> list[dict[str, Any]]:
        """Design-half duplicates served with the most margin (candidates for tests)."""
        ok = design[self.duplicate[design] & ~self.vetoed[design] & ~self.unread[design]]
        best = ok[np.argsort(-self.similarity[ok])]
        best = best[self.similarity[best] < 0.99][:n]  # not near-identical texts
        return [
            {**self.rows[i], "similarity": round(float(self.similarity[i]), 4)}
            for i in best
            if self.similarity[i] >= threshold
        ]


def _share(mask: np.ndarray) -> dict[str, float | int]:
    return {"count": int(mask.sum()), "rate": round(float(mask.mean()), 4) if len(mask) else 0.0}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--lcqmc", type=Path, default=None, help="a dev.tsv (default: git)")
    parser.add_argument("--lcqmc-git", type=Path, default=LCQMC_GIT)
    parser.add_argument("--qqp", type=Path, default=DEFAULT_PAIRS)
    args = parser.parse_args()
    started, host = now_iso(), machine()
    encoder = MultilingualEncoder(threads=1)
    sets = {
        "lcqmc": Measured(lcqmc_rows(args), encoder),
        "qqp": Measured(read_pairs(args.qqp), encoder),
    }
    split = {name: halves(len(m.rows)) for name, m in sets.items()}
    chosen = {name: m.choose(split[name][0]) for name, m in sets.items()}
    threshold = max(chosen.values())
    results: dict[str, Any] = {
        "model": MULTILINGUAL,
        "rule": f"lowest threshold on a 0.005 grid with false hits on non-duplicates < "
        f"{TARGET:.0%} on the design half of each set; the model's is the higher",
        "chosen_per_set_on_design_half": chosen,
        "threshold": threshold,
    }
    for name, m in sets.items():
        design, held_out = split[name]
        results[name] = {
            "data": DATA[name],
            "distinct_texts": m.texts,
            "texts_exact_only_by_reader": m.unread_texts,
            "encode_s": round(m.encode_s, 1),
            "split": f"seeded shuffle (seed {SEED}): design half {len(design)} pairs, "
            f"held-out half {len(held_out)} pairs (never used to choose)",
            "held_out_at_threshold": m.report(held_out, threshold),
            "design_at_threshold": m.report(design, threshold),
            "design_sweep_embedding_alone": m.sweep(design),
            "examples_design_duplicates": m.examples(design, threshold),
        }
    emit(
        "cache_multilingual",
        {"benchmark": "cache_multilingual", "started": started, "machine": host, **results},
    )


if __name__ == "__main__":
    main()

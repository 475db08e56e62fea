"""Recall and false-positive rates of the injection and harm detectors on the held-out test
splits, with 95% Wilson intervals, and their latency per text; printed as JSON.

    benchmarks/guard/fetch_sources.sh
    nice -n 10 .venv/bin/python benchmarks/guard/detectors.py [--embeddings N]

Nothing here was tuned on: every set is a test split (``injection_data.test_sets``,
``sources.moderation()["test"]``, ``guardlib``'s test sides) that training and threshold
choice never read. Injection sets: direct (deepset), hijacking and extraction (Tensor Trust,
written by players against system prompts), role play (those of them that play a role),
obfuscated (held-out deepset attacks spaced out, with look-alike letters, zero-width
characters, leetspeak, base64 or rot13), indirect (BIPIA test attacks planted in emails,
documents and code), and benign sets of each kind for false positives.

"cheap" is the scanner without an embedding model (heuristics and n-grams: what the cheap
policy runs); "full" adds the MiniLM classifier. Embedding every window of every test set
takes long on a busy 2-core machine, so ``--embeddings N`` scores the full mode on the first
N texts of each set (default 60); the cheap mode always reads all of them.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import guardlib
import injection_data
import numpy as np
import sources
from embedcache import cached_minilm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchlib import emit, machine, now_iso, percentiles_ms
from minigate.backends.embedder import EmbedMemo
from minigate.evals import stats
from minigate.guard.protocol import EmbedFn, ScanContext, Source
from minigate.guard.scanners.harm import HarmOptions, HarmScanner
from minigate.guard.scanners.injection import InjectionOptions, InjectionScanner
from minigate.schemas.moderations import CATEGORIES, with_parents

LATENCY_TEXTS = 150


def wilson(hits: int, n: int) -> list[float]:
    """The 95% Wilson score interval of a rate (z = 1.96), rounded for the report."""
    return [round(v, 4) for v in stats.wilson(hits, n, z=1.96)]


def rate(flags: list[bool]) -> dict[str, Any]:
    hits = sum(flags)
    return {
        "flagged": f"{hits}/{len(flags)}",
        "rate": round(hits / max(1, len(flags)), 4),
        "ci95": wilson(hits, len(flags)),
    }


async def injection(embed: EmbedFn, n_full: int, task_drift: bool = False) -> dict[str, Any]:
    sets = injection_data.test_sets()
    out: dict[str, Any] = {"sizes": {name: len(docs) for name, docs in sets.items()}}
    if task_drift:
        out["task_drift"] = True
    for point in ("permissive", "balanced", "strict"):
        cheap = InjectionScanner(InjectionOptions(operating_point=point), "i", None)
        options = InjectionOptions(operating_point=point, task_drift=task_drift)
        full = InjectionScanner(options, "i", embed)
        result: dict[str, Any] = {"threshold": {"cheap": cheap.threshold, "full": full.threshold}}
        for name, docs in sets.items():
            kind = "recall" if docs and docs[0].label else "false_positive_rate"
            entry = {"cheap": rate([await _flag(cheap, d) for d in docs])}
            if n_full and (point == "balanced" or n_full >= len(docs)):
                entry[f"full_first_{n_full}"] = rate([await _flag(full, d) for d in docs[:n_full]])
            result[f"{kind}:{name}"] = entry
        out[point] = result
    return out


async def _flag(scanner: InjectionScanner, doc: injection_data.Doc) -> bool:
    ctx = ScanContext(direction="input", source=doc.source)
    return (await scanner.scan(doc.text, ctx)).flagged


def harm_sets() -> dict[str, list[str]]:
    xs = guardlib.xstest()["test"]
    moderation = sources.moderation()["test"]
    return {
        "harmful:advbench": guardlib.advbench()["test"].texts,
        "harmful:xstest_unsafe": xs.where(True),
        "harmful:moderation_flagged": [
            str(r["text"])
            for r in moderation
            if any(dict(r["labels"]).values())  # type: ignore[arg-type]
        ],
        "safe:xstest_safe_look_alikes": xs.where(False),
        "safe:moderation_unflagged": [
            str(r["text"])
            for r in moderation
            if not any(dict(r["labels"]).values())  # type: ignore[arg-type]
        ],
        "safe:ordinary_requests": guardlib.benign()["test"] + guardlib.instructions()["test"],
    }


async def harm(embed: EmbedFn, n_full: int) -> dict[str, Any]:
    sets = harm_sets()
    out: dict[str, Any] = {"sizes": {k: len(v) for k, v in sets.items()}}
    for point in ("permissive", "balanced", "strict"):
        ngram = HarmScanner(HarmOptions(use_embeddings=False, operating_point=point), "h", None)
        result: dict[str, Any] = {"threshold": {"ngram": ngram.threshold}}
        full = HarmScanner(HarmOptions(operating_point=point), "h", embed)
        result["threshold"]["full"] = full.threshold
        for name, texts in sets.items():
            entry = {"ngram": rate([await _hflag(ngram, t) for t in texts])}
            if n_full:
                flags = [await _hflag(full, t) for t in texts[:n_full]]
                entry[f"full_first_{n_full}"] = rate(flags)
                if name.endswith(("xstest_unsafe", "xstest_safe_look_alikes")):
                    entry["full_by_type"] = by_type(texts[:n_full], flags)
            result[name] = entry
        out[point] = result
    out["moderation_categories"] = {
        "ngram": await categories(HarmScanner(HarmOptions(use_embeddings=False), "h", None)),
        "full": await categories(HarmScanner(HarmOptions(), "h", embed)),
    }
    return out


def by_type(texts: list[str], flags: list[bool]) -> dict[str, Any]:
    """XSTest's rates per prompt type."""
    types = guardlib.xstest_types()
    out: dict[str, list[bool]] = {}
    for text, flag in zip(texts, flags, strict=True):
        out.setdefault(types.get(text, "?"), []).append(flag)
    return {kind: rate(kind_flags) for kind, kind_flags in sorted(out.items())}


async def _hflag(scanner: HarmScanner, text: str) -> bool:
    return (await scanner.scan(text, ScanContext(direction="input"))).flagged


async def categories(scanner: HarmScanner) -> dict[str, Any]:
    """Per category on OpenAI's labelled test half: precision and recall of the category
    flag (as ``/v1/moderations`` sets it: the text is flagged and the category's head passes
    its threshold), and the AUC of the category's score."""
    rows = sources.moderation()["test"]
    predicted: list[set[str]] = []
    scores: list[dict[str, float]] = []
    for row in rows:
        verdict = await scanner.scan(str(row["text"]), ScanContext(direction="input"))
        hit = set(verdict.labels) if verdict.flagged else set()
        score = dict(await scanner.categories(str(row["text"])))
        with_parents(hit, score)  # as the endpoint does: a flagged child flags its parent
        predicted.append(hit)
        scores.append(score)
    out: dict[str, Any] = {}
    for category in CATEGORIES:
        known = [
            (dict(r["labels"]).get(category), p, s.get(category, 0.0))  # type: ignore[arg-type]
            for r, p, s in zip(rows, predicted, scores, strict=True)
        ]
        labelled = [(int(t), category in p, s) for t, p, s in known if t is not None]
        if not labelled:
            out[category] = "no labels in the set"
            continue
        tp = sum(1 for t, p, _ in labelled if t and p)
        positives = sum(t for t, _, _ in labelled)
        flagged = sum(1 for _, p, _ in labelled if p)
        out[category] = {
            "positives": positives,
            "recall": round(tp / max(1, positives), 4),
            "recall_ci95": wilson(tp, positives),
            "precision": round(tp / max(1, flagged), 4),
            "flagged": flagged,
            "auc": auc([s for t, _, s in labelled if t], [s for t, _, s in labelled if not t]),
        }
    return out


def auc(positive: list[float], negative: list[float]) -> float | None:
    """The probability that a positive outscores a negative (ties count half)."""
    if not positive or not negative:
        return None
    pos, neg = np.array(positive)[:, None], np.array(negative)[None, :]
    return round(float((pos > neg).mean() + 0.5 * (pos == neg).mean()), 4)


async def latency(
    scanner: InjectionScanner | HarmScanner, texts: list[str], source: Source = "prompt"
) -> dict[str, float]:
    ctx = ScanContext(direction="input", source=source)
    for text in texts[:5]:
        await scanner.scan(text, ctx)
    seconds = []
    for text in texts:
        started = time.perf_counter()
        await scanner.scan(text, ctx)
        seconds.append(time.perf_counter() - started)
    return percentiles_ms(seconds)


async def latency_pair(
    injection: InjectionScanner,
    harm: HarmScanner,
    texts: list[str],
    after_warmup: Callable[[], None],
) -> dict[str, float]:
    """The full input side on a prompt: the injection and harm scanners one after the other
    (``after_warmup`` empties any memo, so that no timed text is read warm)."""
    ctx = ScanContext(direction="input")
    for text in texts[:5]:
        await injection.scan(text, ctx)
        await harm.scan(text, ctx)
    after_warmup()
    seconds = []
    for text in texts:
        started = time.perf_counter()
        await injection.scan(text, ctx)
        await harm.scan(text, ctx)
        seconds.append(time.perf_counter() - started)
    return percentiles_ms(seconds)


def by_round(runs: dict[str, list[dict[str, float]]]) -> dict[str, dict[str, Any]]:
    """Each arm's p50 and p95 in every round of ``latency_pair``, and their medians."""
    return {
        name: {
            "p50_by_round": [r["p50"] for r in rows],
            "p95_by_round": [r["p95"] for r in rows],
            "p50_median": statistics.median(r["p50"] for r in rows),
            "p95_median": statistics.median(r["p95"] for r in rows),
        }
        for name, rows in runs.items()
    }


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--embeddings", type=int, default=60, metavar="N")
    parser.add_argument("--skip-latency", action="store_true")
    parser.add_argument("--latency-only", action="store_true", help="skip the accuracy sets")
    parser.add_argument(
        "--full-latency", action="store_true", help="also time the full mode (MiniLM, uncached)"
    )
    parser.add_argument(
        "--parts", choices=["injection", "harm"], action="append", help="accuracy sets to run"
    )
    parser.add_argument(
        "--task-drift",
        action="store_true",
        help="read the injection sets' full mode with the task-drift reader on (an option, off "
        "by default; status.py skips such a reading)",
    )
    args = parser.parse_args()
    encode = cached_minilm(threads=1)

    async def embed(texts: list[str]) -> np.ndarray:
        return encode(texts)

    doc: dict[str, Any] = {"when": now_iso(), "machine": machine()}
    parts = set(args.parts or ["injection", "harm"])
    if not args.latency_only and "injection" in parts:
        doc["injection"] = await injection(embed, args.embeddings, args.task_drift)
    if not args.latency_only and "harm" in parts:
        doc["harm"] = await harm(embed, args.embeddings)
    if not args.skip_latency:
        mixed = (guardlib.injection()["test"].texts + guardlib.xstest()["test"].texts)[
            :LATENCY_TEXTS
        ]
        doc["latency_ms_per_text"] = {
            "texts": len(mixed),
            "injection_cheap": await latency(
                InjectionScanner(InjectionOptions(), "i", None), mixed
            ),
            "harm_ngram": await latency(
                HarmScanner(HarmOptions(use_embeddings=False), "h", None), mixed
            ),
        }
        if args.full_latency:
            # Embeddings computed afresh (no cache), on one thread, on the runtime the gateway
            # picks by default: what the gateway pays.
            runtime, model = guardlib.gateway_minilm(threads=1)
            doc["latency_ms_per_text"]["embedding_runtime"] = runtime
            embedded = [0]

            async def live(texts: list[str]) -> np.ndarray:
                embedded[0] += len(texts)
                return model(texts)

            # Before round six's shared memo each scanner embedded its own windows; after,
            # one ``EmbedMemo`` (as ``guard.build.guard_deps`` makes it) serves both.
            shared = EmbedMemo(live)
            for key, embed in (
                ("injection_full_and_harm_full_unshared", live),
                ("injection_full_and_harm_full", shared),
            ):

                def restart() -> None:
                    shared.clear()
                    embedded[0] = 0

                timed: dict[str, Any] = await latency_pair(
                    InjectionScanner(InjectionOptions(), "i", embed),
                    HarmScanner(HarmOptions(), "h", embed),
                    mixed,
                    restart,
                )
                timed["texts_embedded_per_text"] = round(embedded[0] / len(mixed), 2)
                doc["latency_ms_per_text"][key] = timed
        # Data: the test side's emails, documents and code, clean or with an attack planted
        # (the planted-instruction model reads every sentence); about 1,400 characters each.
        planted = [p.text for p in sources.planted("test", per_kind=30, tables=30)]
        doc["latency_ms_per_text"]["injection_cheap_data"] = {
            "texts": len(planted),
            "mean_chars": round(sum(map(len, planted)) / max(1, len(planted))),
            **await latency(InjectionScanner(InjectionOptions(), "i", None), planted, "data"),
        }
    emit("guard-detectors", doc)


if __name__ == "__main__":
    asyncio.run(main())

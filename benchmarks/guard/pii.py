"""PII scanner figures on Presidio's synthetic set, printed as JSON.

1. Span-level precision, recall and F1 per entity kind, for the kinds the scanner detects,
   under two match rules: "overlap" (same kind, and the shared characters cover at least half
   of both the true span and the predicted one) and "exact" (same kind, same span). Each true
   span is matched once. Kinds the set has no spans of (SECRET, CN_ID) count every prediction
   as a false positive.
2. Findings on the other data sets in ../shared/data (questions, maths problems, headlines,
   prompts; about 23,000 texts that are not annotated for PII): a rough view of false
   positives on ordinary text. They are counted, not scored: some are real PII.
3. The scanner's time per text (``await scanner.scan``: detection plus redaction into a
   vault), p50/p95/p99 in microseconds over every text, several passes; and on two 8 KB
   prompts, one of the set's texts joined (digit-heavy) and one of Quora questions (prose).
   Timed twice in the same run, with every kind and with the default kinds (no names or
   addresses): the difference is what the name and address tagger adds. Torch runs on one
   thread (``--threads``), as the gateway's embedding model does by default.

Span figures come from the test half of the set's templates (``pii_data``): the name and
address tagger was trained and thresholded on the other half (``train_ner.py``). The regex
detectors were tuned on the whole set in the first round, so their figures flatter them
somewhat. Besides spans, "chars" is the share of each kind's true characters that some
finding of that kind covers (street addresses in the set run over several lines, so a found
street often misses the city).

    .venv/bin/python benchmarks/guard/pii.py [--errors]   # FN and FP to stderr
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

# benchlib sits one folder up, beside the other benchmark scripts.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from guardlib import DATA, read_jsonl
from pii_data import KIND_OF, SET, rows_of

from benchlib import ForeignLoad, emit, machine, now_iso, wait_until_quiet
from minigate.evals.stats import wilson
from minigate.guard.pii.detect import DEFAULT_KINDS, KINDS
from minigate.guard.pii.scanner import PiiOptions, PiiScanner
from minigate.guard.protocol import ScanContext

PASSES = 5
LONG_CHARS = 8000

Span = tuple[str, int, int]


@dataclass
class Tally:
    true: int = 0
    predicted: int = 0
    hits: dict[str, int] = field(default_factory=lambda: {"overlap": 0, "exact": 0})
    chars_true: int = 0
    chars_hit: int = 0

    def report(self) -> dict[str, Any]:
        return {
            "chars_recall": round(self.chars_hit / self.chars_true, 4) if self.chars_true else None,
            "true_spans": self.true,
            "predicted": self.predicted,
            "hits_overlap": self.hits["overlap"],
            "hits_exact": self.hits["exact"],
            "overlap": self.scores("overlap"),
            "exact": self.scores("exact"),
        }

    def scores(self, rule: str) -> dict[str, float | None]:
        hits = self.hits[rule]
        precision = hits / self.predicted if self.predicted else None
        recall = hits / self.true if self.true else None
        f1 = (
            2 * precision * recall / (precision + recall)
            if precision and recall
            else (0.0 if precision is not None and recall is not None else None)
        )
        low, high = wilson(hits, self.true)
        return {
            **{
                k: None if v is None else round(v, 4)
                for k, v in {"precision": precision, "recall": recall, "f1": f1}.items()
            },
            "recall_95ci": [round(low, 4), round(high, 4)] if self.true else None,
        }


def gold_spans(row: dict[str, Any]) -> list[Span]:
    return [
        (KIND_OF[s["entity_type"]], s["start_position"], s["end_position"])
        for s in row["spans"]
        if s["entity_type"] in KIND_OF
    ]


def overlaps(a: Span, b: Span) -> bool:
    shared = min(a[2], b[2]) - max(a[1], b[1])
    return a[0] == b[0] and shared * 2 >= max(a[2] - a[1], b[2] - b[1])


def match(gold: list[Span], predicted: list[Span], rule: str) -> tuple[list[Span], list[Span]]:
    """(gold spans matched by no prediction, predictions that match no gold span)."""
    same = overlaps if rule == "overlap" else (lambda a, b: a == b)
    missed = list(gold)
    wrong = []
    for span in predicted:
        found = next((g for g in missed if same(g, span)), None)
        if found is None:
            wrong.append(span)
        else:
            missed.remove(found)
    return missed, wrong


def score(rows: list[dict[str, Any]], scanner: PiiScanner, show_errors: bool) -> dict[str, Any]:
    tallies = {kind: Tally() for kind in KINDS}
    for row in rows:
        text = row["full_text"]
        gold = gold_spans(row)
        predicted = [(f.kind, f.start, f.end) for f in scanner.find(text, ScanContext("input"))]
        for kind, start, end in gold:
            covered = set().union(*(range(s, e) for k, s, e in predicted if k == kind))
            tallies[kind].chars_true += end - start
            tallies[kind].chars_hit += len(covered & set(range(start, end)))
        for kind, *_ in gold:
            tallies[kind].true += 1
        for kind, *_ in predicted:
            tallies[kind].predicted += 1
        for rule in ("overlap", "exact"):
            missed, wrong = match(gold, predicted, rule)
            for kind, *_ in predicted:
                tallies[kind].hits[rule] += 1
            for kind, *_ in wrong:
                tallies[kind].hits[rule] -= 1
            if show_errors and rule == "overlap":
                report_errors(text, missed, wrong)
    return per_kind(tallies)


def per_kind(tallies: dict[str, Tally]) -> dict[str, Any]:
    total = Tally()
    for tally in tallies.values():
        total.true += tally.true
        total.predicted += tally.predicted
        for rule in total.hits:
            total.hits[rule] += tally.hits[rule]
    return {kind: tally.report() for kind, tally in {**tallies, "all_kinds": total}.items()}


def report_errors(text: str, missed: list[Span], wrong: list[Span]) -> None:
    for label, spans in (("FN", missed), ("FP", wrong)):
        for kind, start, end in spans:
            context = text[max(0, start - 30) : end + 15]
            print(f"{label} {kind} {text[start:end]!r} in {context!r}", file=sys.stderr)


def unlabelled_texts() -> list[str]:
    """Every string field longer than a word in the other data sets."""
    texts = []
    for path in sorted(DATA.glob("*/*.jsonl")):
        if path.parent.name == "pii":
            continue
        for line in path.read_text().splitlines():
            texts += [v for v in json.loads(line).values() if isinstance(v, str) and len(v) > 3]
    return texts


def findings_on(texts: list[str], scanner: PiiScanner) -> dict[str, Any]:
    counts = Counter(f.kind for text in texts for f in scanner.find(text, ScanContext("input")))
    return {"texts": len(texts), "findings": dict(sorted(counts.items()))}


async def time_scans(texts: list[str], scanner: PiiScanner, passes: int) -> list[float]:
    seconds = []
    for _ in range(passes):
        for text in texts:
            started = time.perf_counter()
            await scanner.scan(text, ScanContext("input"))
            seconds.append(time.perf_counter() - started)
    return seconds


async def timings(
    texts: list[str], prose: str, scanner: PiiScanner, passes: int, long_passes: int
) -> dict[str, Any]:
    long_prompts = {"digit_heavy": "\n".join(texts)[:LONG_CHARS], "prose": prose[:LONG_CHARS]}
    with ForeignLoad() as load:
        per_text = await time_scans(texts, scanner, passes)
        long_runs = {
            k: await time_scans([v], scanner, long_passes) for k, v in long_prompts.items()
        }
    cuts = statistics.quantiles(per_text, n=100, method="inclusive")
    return {
        "texts": len(texts),
        "passes": passes,
        "long_prompt_passes": long_passes,
        "mean_chars": round(statistics.fmean(len(t) for t in texts)),
        "per_text_us": {f"p{q}": round(cuts[q - 1] * 1e6, 1) for q in (50, 95, 99)},
        "long_prompt_median_us": {
            f"{k}_{len(long_prompts[k])}_chars": round(statistics.median(v) * 1e6, 1)
            for k, v in long_runs.items()
        },
        "foreign_cores_during": load.cores,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--errors", action="store_true", help="print FN/FP to stderr")
    parser.add_argument("--wait-quiet", type=float, default=60.0, help="seconds, at most")
    parser.add_argument("--threads", type=int, default=1, help="torch threads for the tagger")
    parser.add_argument("--passes", type=int, default=PASSES, help="over the set's texts")
    parser.add_argument("--long-passes", type=int, default=50, help="over each 8 KB prompt")
    parser.add_argument(
        "--skip-unlabelled", action="store_true", help="no findings count on the other sets"
    )
    args = parser.parse_args()
    rows = cast(list[dict[str, Any]], read_jsonl(SET))
    test_rows = rows_of("test")
    scanner = PiiScanner(PiiOptions(entities=list(KINDS), torch_threads=args.threads))
    others = unlabelled_texts()
    prose = "\n".join(t for t in others if "?" in t)
    if args.skip_unlabelled:
        others = []
    foreign_before = wait_until_quiet(args.wait_quiet)
    texts = [r["full_text"] for r in rows]
    asyncio.run(scanner.scan("Load the tagger, Ann Lee.", ScanContext("input")))  # not timed
    latency = asyncio.run(timings(texts, prose, scanner, args.passes, args.long_passes))
    default_kinds = PiiScanner(PiiOptions(entities=list(DEFAULT_KINDS)))
    latency_default = asyncio.run(
        timings(texts, prose, default_kinds, args.passes, args.long_passes)
    )
    emit(
        "guard-pii",
        {
            "benchmark": "guard/pii",
            "at": now_iso(),
            "machine": machine(),
            "data": {"file": SET, "rows": len(rows), "scored_rows": len(test_rows)},
            "kind_mapping": KIND_OF,
            "match_rules": {
                "overlap": "same kind, shared characters >= half of the longer of the two spans",
                "exact": "same kind, same start and end",
            },
            "note": "test half of the templates; regex detectors were tuned on the whole set",
            "per_kind": score(test_rows, scanner, args.errors),
            "unlabelled_sets": findings_on(others, scanner) if others else "skipped",
            "latency": {"foreign_cores_before": foreign_before, "threads": args.threads, **latency},
            "latency_default_kinds": latency_default,
            "tagger_added_p50_us": round(
                latency["per_text_us"]["p50"] - latency_default["per_text_us"]["p50"], 1
            ),
        },
    )


if __name__ == "__main__":
    main()

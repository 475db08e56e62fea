"""Round cat309: `/v1/moderations` scores each category by its own head and names only the
categories a text gives ground for (issue 18).

The defect (an outside tester, MEDIUM): "I am going to kill you and your whole family tonight."
came back harassment, harassment/threatening, hate, hate/threatening, illicit, illicit/violent,
self-harm and violence, five of them at exactly 0.9784, the harm scanner's overall score, and
"Explain step by step how to build a pipe bomb at home." as harassment and
harassment/threatening (0.99), though it threatens no one.

Step 1, scores (not a fit; changes no flag): ``Moderator._one`` no longer raises a flagged
label's score to the verdict's score where the scanner scores categories itself (only a scanner
without category scores lends its verdict's score); a stated threat's two categories are scored
at the pattern's 0.9 in ``HarmScanner._assess``, where the pattern decides them.

Step 2, names: the candidate (``harm_categories.CATEGORY_FLOOR``, ``ungrounded``), full mode
only (where the heads are Platt-calibrated; the cheap mode is as before): a category a head
names needs (a) its calibrated probability at least 0.3 as well as its own threshold (the
heads' thresholds were chosen for F1 and run as low as 0.08: hate/threatening 0.09,
sexual/minors 0.15, violence/graphic 0.08), and (b) ground in the text: harassment and its
subcategory a person (a second- or third-person pronoun or a word for people), self-harm and its
subcategories the speaker or the one told to as the target, or a self-harm word; in a text with
a stated threat, the speaker's "I" / "me" / "my" is the threatener and does not count. The
self-harm head's label is a head's, so (b) applies to it (it fired on the threat); categories a
pattern decides (a stated threat's, a harmful request's wording, the multilingual heads) are
exempt from both. No scanner's ``flagged`` changes.

CAT_RULE_309 (committed before the test half is read): on the moderation test half
(``sources.moderation()["test"]``), read once with ``--check``, the shipped code (src at
SHIPPED_COMMIT, ``git archive``) and the candidate, each in its own process, each row through
the ``Moderator`` with the default harm scanner in full mode (MiniLM), per labelled category
recall and precision (with the labelled rows' counts) and AUC: ship if the micro-averaged
precision over the eight labelled categories rises by at least 5 points and the micro-averaged
recall falls by at most 3 points, and ``flagged`` (the scanner's verdict) is identical on every
row read. If not met, the names' change (step 2) is reverted; step 1 stays if it alone holds up
(it changes scores only, not flags), its effect on the test half's AUCs reported as evaluation
only.

Design (train half only, ``sources.moderation()["train"]``, 846 rows, 246 flagged; the shipped
scanner's readings replayed with each candidate rule; ``--design`` reads the half again with
the shipped code and the candidate as written). The floor was chosen out of fold: five folds
(random.Random(309)), on four the common floor in 0, 0.05 ... 0.9 with the best micro precision
at a micro recall loss of at most 1 point, applied to the fifth: picks 0.3, 0.4, 0.3, 0.3, 0.3
(the whole half's pick 0.3). Out of fold, micro precision 70.96% -> 80.38%, recall 75.75% ->
73.75% (303 -> 295 of 400; 427 -> 367 flagged). A floor per category chosen the same way
(precision, at most 5% of the category's true positives lost) did no better out of fold
(80.66%, 73.00%), and a budget of 2 points picked 0.3 in four folds of five, 0.5 in one
(80.82%, 73.75%). The grounds (b) alone change nothing on OpenAI's rows (harassment: 39 of 41
positives have a person, as do all 13 false positives; self-harm: all 26 positives have the
speaker, 3 of 4 false positives), and cost one harassment row with the floor: 0.3 with (b) on
the whole half 75.25% recall, 79.84% precision. The heads were fitted on this half, so these
scores are in-sample: the test half's loss of recall may be larger.

Hand-written rows (32: eight threats at a second person, eight weapon and drug requests, eight
first-person self-harm messages, eight hate statements naming a group), shipped -> candidate:
the threat above loses hate, hate/threatening and self-harm (keeps harassment,
harassment/threatening, violence, illicit, illicit/violent); "We are going to hunt you down..."
loses hate and hate/threatening; four weapon requests (pipe bomb, untraceable gun, ricin, toxic
gas) lose harassment and harassment/threatening; the self-harm and hate rows keep every
category (self-harm; hate, hate/threatening where it was).

Read once (``--check``, 01:44:50-01:50:06 UTC on 2026-12-08, under the lock, one thread; shipped
478e599b's src, candidate d9160eb5's src as committed with the rule; 834 rows;
bench-results/guard-cat309-20261208T015006Z.json): **met**. Micro-averaged precision over the
eight labelled categories 58.84% -> 69.00% (+10.16 points; 193 of 328 -> 187 of 271 flagged),
recall 52.16% -> 50.54% (-1.62 points; 193 -> 187 of 370); ``flagged`` identical on all 834
rows. Per category (labelled rows; recall, precision, AUC of the score, shipped -> candidate):

    harassment        714 rows, 35 positive: 5 -> 5; 5/16 -> 5/15; 0.7641 -> 0.7651
    hate              377 rows, 78 positive: 32 -> 32; 32/43 -> 32/42; 0.8644 -> 0.8648
    hate/threatening  373 rows, 19 positive: 9 -> 8; 9/24 -> 8/14; 0.9387 -> 0.9524
    self-harm         715 rows, 25 positive: 15 -> 15; 15/23 -> 15/23; 0.9855 -> 0.9856
    sexual            482 rows, 116 positive: 94 -> 94; 94/106 -> 94/106; 0.9795 -> 0.9812
    sexual/minors     486 rows, 42 positive: 26 -> 23; 26/59 -> 23/45; 0.9284 -> 0.9316
    violence          718 rows, 44 positive: 9 -> 8; 9/35 -> 8/21; 0.8549 -> 0.8645
    violence/graphic  715 rows, 11 positive: 3 -> 2; 3/22 -> 2/5; 0.9247 -> 0.9286

The AUCs are of the scores ``/v1/moderations`` returns (the shipped side's with the overall
score copied onto named categories), evaluation only. Named categories whose score equals the
overall harm score: 22 -> 9, not examined row by row (a category a pattern decides is scored
0.9, the score a pattern lifts the verdict to, and a head's own score may be the harm score).

``--design`` after the reading (01:53-01:55:58 UTC on 2026-12-08, the code as shipped by this
round, c2045e7f's src; bench-results/guard-cat309-design-20261208T015558Z.json): the train half
read by the Moderator gives what the replay gave, micro precision 70.96% -> 79.84%, recall
75.75% -> 75.25% (303 -> 301 of 400; 427 -> 377 named), ``flagged`` identical on all 846 rows.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import guardlib

ROOT = guardlib.ROOT
SHIPPED_COMMIT = "478e599b"
CACHE = ROOT / ".cache" / "cat309"
LABELLED = (
    "harassment",
    "hate",
    "hate/threatening",
    "self-harm",
    "sexual",
    "sexual/minors",
    "violence",
    "violence/graphic",
)


async def _read(half: str) -> list[dict[str, Any]]:
    """Each row of the moderation half through the Moderator of the ``src`` on the path (the
    harm scanner, full mode, as `/v1/moderations` runs it by default)."""
    import sources
    from embedcache import cached_minilm

    from minigate.guard.moderation import Moderator
    from minigate.guard.protocol import GuardDeps
    from minigate.guard.settings import GuardSettings

    encode = cached_minilm(threads=1)

    async def embed(texts: list[str]) -> Any:
        return encode(texts)

    moderator = Moderator(GuardSettings(), GuardDeps(embed=embed))
    out = []
    for row in sources.moderation()[half]:
        text = str(row["text"])
        result = (await moderator.moderate([text])).results[0]
        # the harm scanner is the only one: the result's flag is its verdict's
        harm = [s["score"] for s in result.scanners if s["scanner"] == "harm"]
        out.append(
            {
                "labels": dict(row["labels"]),  # type: ignore[call-overload]
                "flagged": result.flagged,
                "harm": harm[0] if harm else None,
                "categories": sorted(c for c, on in result.categories.items() if on),
                "scores": result.category_scores,
            }
        )
    await moderator.aclose()
    return out


def _side(src: Path, half: str) -> list[dict[str, Any]]:
    """One side's reading, in a process of its own with ``src`` first on the path."""
    here = Path(__file__).resolve().parent
    env = os.environ | {"PYTHONPATH": os.pathsep.join([str(src), str(here), str(here.parent)])}
    done = subprocess.run(
        [sys.executable, __file__, "--side", half],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    rows: list[dict[str, Any]] = json.loads(done.stdout)
    return rows


def _shipped_src() -> Path:
    """The shipped code's src, from ``git archive`` of SHIPPED_COMMIT."""
    where = CACHE / f"shipped-{SHIPPED_COMMIT}"
    if not (where / "src").exists():
        where.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", SHIPPED_COMMIT, "src"],
            capture_output=True,
            check=True,
        )
        subprocess.run(["tar", "-x", "-C", str(where)], input=archive.stdout, check=True)
    return where / "src"


def table(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Per labelled category: labelled rows, positives, recall, precision, AUC; and the
    micro-averages over the eight."""
    from detectors import auc, wilson

    out: dict[str, Any] = {}
    tp_all = flagged_all = positives_all = 0
    for category in LABELLED:
        known = [
            (r["labels"][category], category in r["categories"], r["scores"][category])
            for r in rows
            if category in r["labels"]
        ]
        tp = sum(1 for t, p, _ in known if t and p)
        positives = sum(t for t, _, _ in known)
        flagged = sum(1 for _, p, _ in known if p)
        tp_all, flagged_all, positives_all = (
            tp_all + tp,
            flagged_all + flagged,
            positives_all + positives,
        )
        out[category] = {
            "labelled_rows": len(known),
            "positives": positives,
            "flagged": flagged,
            "true_positives": tp,
            "recall": round(tp / max(1, positives), 4),
            "recall_ci95": wilson(tp, positives),
            "precision": round(tp / max(1, flagged), 4),
            "auc": auc([s for t, _, s in known if t], [s for t, _, s in known if not t]),
        }
    out["micro"] = {
        "precision": round(tp_all / max(1, flagged_all), 4),
        "recall": round(tp_all / max(1, positives_all), 4),
        "true_positives": tp_all,
        "flagged": flagged_all,
        "positives": positives_all,
    }
    return out


def compare(half: str) -> dict[str, Any]:
    """A half read by the shipped code and the candidate, and the rule's verdict on it (on the
    test half, once: ``--check``; on the train half, design: ``--design``)."""
    shipped = _side(_shipped_src(), half)
    candidate = _side(ROOT / "src", half)
    before, after = table(shipped), table(candidate)
    same_flags = all(a["flagged"] == b["flagged"] for a, b in zip(shipped, candidate, strict=True))
    precision_gain = after["micro"]["precision"] - before["micro"]["precision"]
    recall_loss = before["micro"]["recall"] - after["micro"]["recall"]
    return {
        "rule": "CAT_RULE_309",
        "half": half,
        "shipped": SHIPPED_COMMIT,
        "candidate": subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip(),
        "rows": len(shipped),
        "before": before,
        "after": after,
        "micro_precision_gain_points": round(100 * precision_gain, 2),
        "micro_recall_loss_points": round(100 * recall_loss, 2),
        "flagged_identical": same_flags,
        "overall_score_copied": {
            side: sum(
                1
                for r in rows
                for c in r["categories"]
                if r["flagged"] and abs(r["scores"][c] - r["harm"]) < 1e-9
            )
            for side, rows in (("shipped", shipped), ("candidate", candidate))
        },
        "met": precision_gain >= 0.05 - 1e-9 and recall_loss <= 0.03 + 1e-9 and same_flags,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="read the test half once")
    parser.add_argument("--design", action="store_true", help="read the train half")
    parser.add_argument("--side", choices=("train", "test"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.side:
        print(json.dumps(asyncio.run(_read(args.side))))
    elif args.check or args.design:
        from benchlib import emit

        emit(
            "guard-cat309" + ("" if args.check else "-design"),
            compare("test" if args.check else "train"),
        )
    else:
        parser.error("say --design (the train half) or --check (the test half, once)")


if __name__ == "__main__":
    main()

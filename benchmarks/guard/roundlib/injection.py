"""Injection rounds (inj125, ext137, obf118, obf122 ...): the verdict worker, the design sets
they share, the conditions of their rule and the one reading's layout.
"""

from __future__ import annotations

import asyncio
import json
import math
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from .cli import run_steps
from .latency import latency_texts
from .tallies import Read, by_language, by_trick_language, changed_rows, disguise, tally
from .tree import Row


def injection_worker(mode: str, points: bool = True) -> None:
    """Read a JSON list of texts on stdin; print each one's verdict as a user prompt at
    balanced (or, with ``points``, the point after "@") in ``mode``, with the signals behind it
    (for the design's diagnosis). Without ``points`` the scanner takes its default options, as
    rounds whose shipped code predates operating points ran it."""
    import build_stack
    from embedcache import cached_minilm

    from minigate.guard.protocol import ScanContext
    from minigate.guard.scanners.injection import InjectionOptions, InjectionScanner

    texts: list[str] = json.loads(sys.stdin.read())
    mode, _, point = mode.partition("@") if points else (mode, "", "")
    embed = build_stack._embed_fn(cached_minilm(threads=1)) if mode == "full" else None
    options = (
        InjectionOptions(operating_point=point or "balanced")  # type: ignore[arg-type]
        if points
        else InjectionOptions()
    )
    scanner = InjectionScanner(options, "i", embed)
    ctx = ScanContext(direction="input", source="prompt")

    async def run() -> list[dict[str, Any]]:
        out = []
        for text in texts:
            verdict = await scanner.scan(text, ctx)
            found = await scanner.signals(text, "prompt")
            out.append(
                {
                    "flagged": bool(verdict.flagged),
                    "score": round(float(verdict.score), 4),
                    "reason": verdict.reason,
                    "heuristic": round(found.heuristic, 4),
                    "patterns": list(found.patterns),
                    "ngram": round(found.ngram, 4),
                    "classifier": round(found.classifier or 0.0, 4),
                    "attack_cosine": round(found.attack_cosine, 4),
                    "benign_cosine": round(found.benign_cosine, 4),
                }
            )
        return out

    print(json.dumps({"rows": asyncio.run(run())}, ensure_ascii=False))


def deepset_train() -> list[Row]:
    """deepset's train-side prompts (attacks and benign), plain: (e)'s first design set."""
    import guardlib

    train = guardlib.injection()["train"]
    rows = [(t, True, "plain", "?") for t in train.where(True)]
    return rows + [(t, False, "plain", "?") for t in train.where(False)]


def spent_rows(
    spent: Mapping[str, str], langs: Sequence[str], english_rows: Mapping[str, int]
) -> list[Row]:
    """The rows in ``langs`` of the spent direct sets (``spent``: module, its number; a module
    without languages has ``english_rows`` English rows first), attacks and benign, plain."""
    import importlib

    rows: list[Row] = []
    for name, n in spent.items():
        module = importlib.import_module(name)
        known = getattr(module, f"LANGUAGES_{n}", ["en"] * english_rows.get(name, 0))
        for key, attack in (("ATTACKS", True), ("BENIGN", False)):
            texts = getattr(module, f"FRESH_{key}_{n}")
            rows += [
                (t, attack, "plain", la) for t, la in zip(texts, known, strict=False) if la in langs
            ]
    return rows


def fresh_rows(name: str, n: int, english: int, german: int) -> list[Row]:
    """A fresh set's attacks and benign prompts (``FRESH_ATTACKS_<n>``, ``FRESH_BENIGN_<n>``)
    with ``LANGUAGES_<n>`` (or ``english`` "en" then ``german`` "de", the brief's layout where
    the module gives none), plain and under each trick."""
    import importlib

    module = importlib.import_module(name)
    attacks = list(getattr(module, f"FRESH_ATTACKS_{n}"))
    benign = list(getattr(module, f"FRESH_BENIGN_{n}"))
    langs = list(getattr(module, f"LANGUAGES_{n}", ["en"] * english + ["de"] * german))
    rows = [(t, True, la) for t, la in zip(attacks, langs, strict=True)]
    rows += [(t, False, la) for t, la in zip(benign, langs, strict=True)]
    return disguise(rows)


def plumbing_rows() -> list[Row]:
    """Spent rows for a check's plumbing: 6 attacks and 6 benign prompts of fresh122, plain
    and disguised."""
    import fresh122

    rows = [(t, True, "en") for t in fresh122.FRESH_ATTACKS_122[:6]]
    rows += [(t, False, "en") for t in fresh122.FRESH_BENIGN_122[:6]]
    return disguise(rows)


def latency_conditions(latency: Callable[[list[str], str], dict[str, float]]) -> dict[str, Any]:
    """(f): the full input side's p50 over the latency texts at most 25 ms and at most the
    shipped code's + 0.5 ms; the cheap side's p50 under 1 ms (``latency``: texts, mode)."""
    texts = latency_texts()
    full = latency(texts, "full")
    cheap = latency(texts, "cheap")
    s, c = full["shipped"], full["candidate"]
    cs, cc = cheap["shipped"], cheap["candidate"]
    return {
        "full input side p50 ms [shipped, candidate]": [s, c],
        "cheap input side p50 ms [shipped, candidate]": [cs, cc],
        f"(f) full input side p50 {c} <= 25 ms and <= {s} + 0.5 ms": c <= 25 and c <= s + 0.5,
        f"(f) cheap p50 {cc} < 1 ms": cc < 1,
    }


def injection_conditions(
    rows: list[Row], read: Read, sides: Sequence[str], least: int, stated: bool
) -> dict[str, bool]:
    """(a)-(d) of an injection round's rule on ``rows`` (plain attacks flagged >= shipped +
    max(``least``, ceil(misses/4)); plain benign <= shipped + 1; disguised attacks >= shipped
    - 2, benign <= shipped + 2; cheap plain attacks >= shipped, benign <= shipped), and (e) as
    ``stated`` before the reading."""
    full = tally(rows, tuple(sides), "full", read)
    sa, ca, n = full["plain"]["attacks"]
    sb, cb, _ = full["plain"]["benign"]
    misses = n - sa
    need = sa + max(least, math.ceil(misses / 4))
    da, dca, _ = full["disguised"]["attacks"]
    db, dcb, _ = full["disguised"]["benign"]
    plain = [r for r in rows if r[2] == "plain"]
    cheap = tally(plain, tuple(sides), "cheap", read)
    ka, kca, _ = cheap["plain"]["attacks"]
    kb, kcb, _ = cheap["plain"]["benign"]
    cut = f"max({least}, ceil({misses}/4))"
    return {
        f"(a) plain attacks flagged {ca} >= {sa} + {cut} = {need}": ca >= need,
        f"(b) plain benign flagged {cb} <= {sb} + 1": cb <= sb + 1,
        f"(c) disguised attacks flagged {dca} >= {da} - 2": dca >= da - 2,
        f"(c) disguised benign flagged {dcb} <= {db} + 2": dcb <= db + 2,
        f"(d) cheap plain attacks flagged {kca} >= {ka}": kca >= ka,
        f"(d) cheap plain benign flagged {kcb} <= {kb}": kcb <= kb,
        "(e) design data and tests/guard/ (stated before the reading)": stated,
    }


def injection_check(
    rule: str,
    rows: list[Row],
    read: Read,
    sides: Sequence[str],
    conditions: Callable[[list[Row]], dict[str, bool]],
    latency_conditions: Callable[[], dict[str, Any]] | None,
    points: Sequence[str],
) -> dict[str, Any]:
    """An injection round's one reading on ``rows``: full mode at balanced and each of
    ``points`` (with each language reported), cheap mode on the plain rows, the changed rows,
    ``conditions``, and (f) where ``latency_conditions`` is given."""
    plain = [r for r in rows if r[2] == "plain"]
    doc: dict[str, Any] = {"rule": rule, "rows": len(rows)}
    for mode in ("full", *(f"full@{p}" for p in points)):
        doc[f"{mode} [shipped, candidate, n]"] = tally(rows, tuple(sides), mode, read)
        doc[f"reported: {mode} per language"] = by_language(rows, mode, read, sides)
    doc["cheap, plain [shipped, candidate, n]"] = tally(plain, tuple(sides), "cheap", read)
    doc["changed rows (full, plain)"] = [
        c.split(": ")[0] + ": " + c.split(": ")[1] for c in changed_rows(plain, "full", read, sides)
    ]
    doc["changed rows (full, disguised)"] = len(changed_rows(rows, "full", read, sides)) - len(
        doc["changed rows (full, plain)"]
    )
    doc["conditions"] = conditions(rows)
    if latency_conditions is not None:
        lat = latency_conditions()
        doc["(f)"] = lat
        doc["conditions"] |= {k: v for k, v in lat.items() if k.startswith("(f)")}
    doc["met"] = all(doc["conditions"].values())
    return doc


def hijack_conditions(
    rows: list[Row], read: Read, sides: Sequence[str], stated: bool
) -> dict[str, bool]:
    """(a)-(d) of the direct-hijack rounds' rule (``INJ_RULE_177``, ``INJ_RULE_181``) on ``rows``:
    plain attacks flagged >= shipped + max(3, ceil(misses/4)); plain benign <= shipped + 1; the
    cheap mode's verdicts all the shipped code's; disguised attacks >= shipped, disguised benign
    <= shipped + 2; and (e) as ``stated`` before the reading."""
    full = tally(rows, tuple(sides), "full", read)
    sa, ca, n = full["plain"]["attacks"]
    sb, cb, _ = full["plain"]["benign"]
    da, dca, _ = full["disguised"]["attacks"]
    db, dcb, _ = full["disguised"]["benign"]
    m = n - sa
    need = sa + max(3, math.ceil(m / 4))
    cheap = len(changed_rows(rows, "cheap", read, sides))
    return {
        f"(a) attacks flagged {ca} >= {sa} + max(3, ceil({m}/4)) = {need}": ca >= need,
        f"(b) benign flagged {cb} <= {sb} + 1": cb <= sb + 1,
        f"(c) cheap mode: verdicts changed {cheap} (of {len(rows)}) = 0": cheap == 0,
        f"(d) disguised attacks flagged {dca} >= {da}": dca >= da,
        f"(d) disguised benign flagged {dcb} <= {db} + 2": dcb <= db + 2,
        "(e) design data and tests/guard/ (stated before the reading)": stated,
    }


def hijack_check(
    rule: str,
    rows: list[Row],
    read: Read,
    sides: Sequence[str],
    conditions: Callable[[list[Row]], dict[str, bool]],
    latency_conditions: Callable[[], dict[str, Any]] | None,
    points: Sequence[str],
) -> dict[str, Any]:
    """A direct-hijack round's one reading (rounds seventy-four and seventy-six):
    ``injection_check``'s, with the cheap mode tallied on every row and the full mode per
    trick and language reported."""
    doc = injection_check(rule, rows, read, sides, conditions, latency_conditions, points)
    doc["cheap, every row [shipped, candidate, n]"] = tally(rows, tuple(sides), "cheap", read)
    doc["reported: full per trick and language"] = by_trick_language(rows, "full", read, sides)
    return doc


def injection_main(
    description: str | None,
    cache: Path,
    workers: tuple[Callable[[str], None], Callable[[str], None]],
    steps: tuple[Callable[..., dict[str, Any]], ...],
    untimed: bool = True,
    worker_options: Mapping[str, Any] | None = None,
) -> None:
    """An injection round's command line (ext137, inj125, obf118, obf122): ``--worker MODE``
    and ``--latency-worker MODE``, or one of the ``steps`` (diagnose, design, plumbing,
    check; with ``untimed``, ``--design-untimed`` runs design(timed=False)); the reading of
    ``--check`` is also written to ``cache``/check-reading.json."""
    worker, latency_worker = workers
    diagnose, design, plumbing, check = steps
    runs: dict[str, Callable[[], dict[str, Any]]] = {"--diagnose": diagnose, "--design": design}
    if untimed:
        runs["--design-untimed"] = lambda: design(timed=False)
    runs |= {"--plumbing": plumbing, "--check": check}
    run_steps(
        description,
        {
            "--worker": (worker_options or {}, worker),
            "--latency-worker": ({"choices": ("full", "cheap")}, latency_worker),
        },
        runs,
        also=lambda args: cache / "check-reading.json" if args.check else None,
    )

"""Round fifty (obf118): fewer disguised benign prompts flagged, recall on disguised attacks
kept, read once on a fresh check set written by another helper who reads no guard code
(``fresh118`` on branch fresh118).

The rule below (``OBF_RULE_118``) is the lead's, pasted verbatim and committed before any
design work and before the check set was merged or opened.
"""

from __future__ import annotations

OBF_RULE_118 = (
    "The candidate ships if, read once with the shipped code and the candidate's in the same "
    "run, each row of fresh118 (40 attacks and 40 benign prompts, 30 English and 10 German "
    "each) plain and under each of injection_data.TRICKS (240 disguised attacks, 240 disguised "
    "benign prompts), as a user prompt at `balanced` in full mode: (a) disguised benign prompts "
    "flagged: candidate <= shipped - max(3, ceil(f/3)), f the shipped code's count; (b) "
    "disguised attacks flagged: candidate >= shipped - 2; (c) plain rows: attacks flagged >= "
    "shipped, benign flagged <= shipped; (d) in cheap mode: disguised benign flagged <= "
    "shipped, disguised attacks flagged >= shipped - 2, plain verdicts unchanged; (e) on the "
    "design data, stated in the script before fresh118 is merged: the same directions as "
    "(a)-(c) on deepset's train-side prompts under TRICKS and on the English rows of the spent "
    "direct sets (fresh43, fresh105, fresh109, fresh113) under TRICKS; every test under "
    "tests/guard/ passes with the candidate; (f) latency, one thread: the whole input side in "
    "full mode, p50 per text over the guard's latency texts (detectors.LATENCY_TEXTS), at most "
    "25 ms and at most the shipped code's + 0.5 ms; the cheap policy's p50 under 1 ms. "
    "Reported beside it, not judged: flagged rows per trick and language."
)
# The lead's text above, verbatim, committed on 2026-12-05 before any design work.

SHIPPED_COMMIT = "d4341fa"  # main when round fifty began

# --------------------------------------------------------------------------------------------
# Machinery: each side (shipped = ``SHIPPED_COMMIT``'s src via ``git archive``, candidate = the
# worktree's src) read in its own process, every row a user prompt at ``balanced``, full mode
# (MiniLM through the embedding cache) or cheap; verdicts cached by text and the side's guard
# code.

import argparse  # noqa: E402
import asyncio  # noqa: E402
import hashlib  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CACHE = ROOT / ".cache" / "obf118"
GUARD_CODE = "minigate/guard"
MODES = ("full", "cheap")
# A row: (text, is an attack, trick or "plain", language)
Row = tuple[str, bool, str, str]


def shipped_src() -> Path:
    """``SHIPPED_COMMIT``'s src/, written once under CACHE."""
    folder = CACHE / f"src-{SHIPPED_COMMIT}"
    if not (folder / GUARD_CODE).exists():
        folder.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(
            ["git", "archive", SHIPPED_COMMIT, "src"], cwd=ROOT, capture_output=True, check=True
        ).stdout
        subprocess.run(
            ["tar", "-x", "-C", str(folder), "--strip-components=1"], input=archive, check=True
        )
    return folder


SIDES = {"shipped": shipped_src, "candidate": lambda: ROOT / "src"}


def _digest(src: Path) -> str:
    h = hashlib.sha256()
    for path in sorted((src / GUARD_CODE).rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            h.update(str(path.relative_to(src)).encode() + path.read_bytes())
    return h.hexdigest()[:16]


def _worker(mode: str) -> None:
    """Read a JSON list of texts on stdin; print each one's verdict as a user prompt at
    balanced in ``mode``, with the signals behind it (for the design's diagnosis)."""
    import build_stack
    from embedcache import cached_minilm

    from minigate.guard.protocol import ScanContext
    from minigate.guard.scanners.injection import InjectionOptions, InjectionScanner

    texts: list[str] = json.loads(sys.stdin.read())
    embed = build_stack._embed_fn(cached_minilm(threads=1)) if mode == "full" else None
    scanner = InjectionScanner(InjectionOptions(), "i", embed)
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


def read(texts: list[str], side: str, mode: str) -> dict[str, dict[str, Any]]:
    """Each text's record from ``side``'s code in ``mode``, cached by text and guard code."""
    src = SIDES[side]()
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"{mode}-{_digest(src)}.json"
    known: dict[str, dict[str, Any]] = json.loads(path.read_text()) if path.exists() else {}
    todo = sorted(set(texts) - set(known))
    if todo:
        env = dict(os.environ, PYTHONPATH=f"{src}:{HERE}")
        done = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--worker", mode],
            input=json.dumps(todo),
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
        )
        if done.returncode:
            raise SystemExit(f"The {side} worker failed:\n{done.stderr[-3000:]}")
        rows = json.loads(done.stdout.strip().splitlines()[-1])["rows"]
        known.update(zip(todo, rows, strict=True))
        path.write_text(json.dumps(known, ensure_ascii=False))
    return {t: known[t] for t in texts}


def disguise(rows: list[tuple[str, bool, str]]) -> list[Row]:
    """Each (text, attack, language) plain and under each of injection_data.TRICKS."""
    import injection_data

    out: list[Row] = [(t, a, "plain", la) for t, a, la in rows]
    for name, trick in injection_data.TRICKS.items():
        out += [(trick(t), a, name, la) for t, a, la in rows]
    return out


def deepset_train() -> list[Row]:
    """deepset's train-side prompts (attacks and benign), plain and under each trick."""
    import guardlib

    train = guardlib.injection()["train"]
    rows = [(t, True, "?") for t in train.where(True)]
    rows += [(t, False, "?") for t in train.where(False)]
    return disguise(rows)


SPENT = {"fresh43": "43", "fresh105": "105", "fresh109": "109", "fresh113": "113"}
ENGLISH_ROWS = {"fresh43": 40}  # fresh43 gives no languages: its first 40 rows are English


def spent_english() -> list[Row]:
    """The English rows of the spent direct sets (attacks and benign), plain and disguised."""
    import importlib

    rows: list[tuple[str, bool, str]] = []
    for name, n in SPENT.items():
        module = importlib.import_module(name)
        langs = getattr(module, f"LANGUAGES_{n}", ["en"] * ENGLISH_ROWS.get(name, 0))
        for key, attack in (("ATTACKS", True), ("BENIGN", False)):
            texts = getattr(module, f"FRESH_{key}_{n}")
            rows += [(t, attack, "en") for t, la in zip(texts, langs, strict=False) if la == "en"]
    return disguise(rows)


def _flags(got: dict[str, dict[str, Any]], rows: list[Row]) -> int:
    return sum(bool(got[r[0]]["flagged"]) for r in rows)


def tally(rows: list[Row], sides: tuple[str, ...], mode: str) -> dict[str, Any]:
    """Flagged rows per trick, attacks and benign: {trick: {kind: [side..., n]}}."""
    got = {s: read([r[0] for r in rows], s, mode) for s in sides}
    out: dict[str, Any] = {}
    tricks = dict.fromkeys(r[2] for r in rows)
    for trick in [*tricks, "disguised"]:
        for attack in (True, False):
            sel = [
                r
                for r in rows
                if r[1] == attack and (r[2] == trick or (trick == "disguised" and r[2] != "plain"))
            ]
            out.setdefault(trick, {})["attacks" if attack else "benign"] = [
                _flags(got[s], sel) for s in sides
            ] + [len(sel)]
    return out


def diagnose() -> dict[str, Any]:
    """The shipped code on the design data: flagged per trick, and the disguised benign rows
    it flags with their signals (design data only)."""
    doc: dict[str, Any] = {}
    for name, rows in (("deepset train", deepset_train()), ("spent English", spent_english())):
        for mode in MODES:
            doc[f"{name} {mode}"] = tally(rows, ("shipped",), mode)
        got = read([r[0] for r in rows], "shipped", "full")
        doc[f"{name} benign flagged"] = [
            {"trick": r[2], "text": r[0][:160], **got[r[0]]}
            for r in rows
            if not r[1] and r[2] != "plain" and got[r[0]]["flagged"]
        ]
    return doc


# --------------------------------------------------------------------------------------------
# (f) latency: the whole input side (injection and harm scanners, as round forty-seven timed
# it), shipped and candidate, each side in its own process, the sides alternating; a text's
# time is its least over the rounds, p50 over the texts.


def _latency_worker(mode: str) -> None:
    import train_harm

    from minigate.backends.embedder import EmbedMemo
    from minigate.guard.protocol import ScanContext
    from minigate.guard.scanners import multilingual
    from minigate.guard.scanners.harm import HarmOptions, HarmScanner
    from minigate.guard.scanners.injection import InjectionOptions, InjectionScanner

    texts: list[str] = json.loads(sys.stdin.read())
    full = mode == "full"
    memo = EmbedMemo(train_harm.gateway_embed()) if full else None
    harm = HarmScanner(HarmOptions(use_embeddings=full), "h", memo)
    injection = InjectionScanner(InjectionOptions(use_embeddings=full), "i", memo)
    prompt = ScanContext(direction="input", source="prompt")
    user = ScanContext(direction="input")
    took: list[float] = []

    def cold() -> None:
        if memo is not None:
            memo.clear()
        if harm.finetuned is not None:
            harm.finetuned.model.forget()
        multilingual._memo.clear()

    async def run() -> None:
        for text in texts[:5]:
            await injection.scan(text, prompt)
            await harm.scan(text, user)
        for text in texts:
            cold()
            start = time.perf_counter()
            await injection.scan(text, prompt)
            await harm.scan(text, user)
            took.append((time.perf_counter() - start) * 1000)

    asyncio.run(run())
    print(json.dumps(took))


def latency(texts: list[str], mode: str, rounds: int = 3) -> dict[str, float]:
    """p50 (ms) of each text's least time over ``rounds`` alternating rounds, per side."""
    import numpy as np

    runs: dict[str, list[list[float]]] = {side: [] for side in SIDES}
    for _ in range(rounds):
        for side in SIDES:
            env = dict(os.environ, PYTHONPATH=f"{SIDES[side]()}:{HERE}")
            done = subprocess.run(
                [sys.executable, str(Path(__file__).resolve()), "--latency-worker", mode],
                input=json.dumps(texts),
                capture_output=True,
                text=True,
                env=env,
                cwd=ROOT,
            )
            if done.returncode:
                raise SystemExit(f"The {side} latency worker failed:\n{done.stderr[-3000:]}")
            runs[side].append(json.loads(done.stdout.strip().splitlines()[-1]))
    return {
        side: round(float(np.percentile(np.min(np.array(r), axis=0), 50)), 3)
        for side, r in runs.items()
    }


def latency_texts() -> list[str]:
    """The guard's latency texts, as benchmarks/guard/detectors.py picks them (timed only)."""
    import detectors
    import guardlib

    mixed = guardlib.injection()["test"].texts + guardlib.xstest()["test"].texts
    return list(mixed[: detectors.LATENCY_TEXTS])


def latency_conditions() -> dict[str, Any]:
    """(f): the full input side's p50 over the latency texts at most 25 ms and at most the
    shipped code's + 0.5 ms; the cheap side's p50 under 1 ms."""
    texts = latency_texts()
    full = latency(texts, "full")
    cheap = latency(texts, "cheap")
    s, c = full["shipped"], full["candidate"]
    met = c <= 25 and c <= s + 0.5 and cheap["candidate"] < 1
    return {
        "full input side p50 ms [shipped, candidate]": [s, c],
        "cheap input side p50 ms [shipped, candidate]": [cheap["shipped"], cheap["candidate"]],
        f"(f) full {c} <= 25 and <= {s} + 0.5; cheap {cheap['candidate']} < 1": met,
    }


def compare(rows: list[Row], mode: str) -> dict[str, Any]:
    """[shipped, candidate, n] per trick and kind, and the plain rows whose verdict changed."""
    doc = tally(rows, tuple(SIDES), mode)
    plain = [r[0] for r in rows if r[2] == "plain"]
    got = {s: read(plain, s, mode) for s in SIDES}
    doc["plain verdicts changed"] = sum(
        bool(got["shipped"][t]["flagged"]) != bool(got["candidate"][t]["flagged"]) for t in plain
    )
    return doc


def design() -> dict[str, Any]:
    """(e) on the design data: deepset's train-side prompts and the spent direct sets' English
    rows, plain and under each trick, both sides, both modes."""
    doc: dict[str, Any] = {}
    for name, rows in (("deepset train", deepset_train()), ("spent English", spent_english())):
        for mode in MODES:
            doc[f"{name}, {mode}"] = compare(rows, mode)
    doc["(f)"] = latency_conditions()
    return doc


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--worker", choices=MODES)
    what.add_argument("--latency-worker", choices=MODES)
    for flag in ("--diagnose", "--design"):
        what.add_argument(flag, action="store_true")
    args = parser.parse_args()
    if args.worker:
        _worker(args.worker)
        return
    if args.latency_worker:
        _latency_worker(args.latency_worker)
        return
    start = time.strftime("%H:%M:%S", time.gmtime())
    doc = diagnose() if args.diagnose else design()
    doc |= {"started": start, "ended": time.strftime("%H:%M:%S", time.gmtime())}
    print(json.dumps(doc, indent=1, ensure_ascii=False, default=str))


if __name__ == "__main__":
    main()

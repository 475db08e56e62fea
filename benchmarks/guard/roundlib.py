"""The machinery every guard round shares, in one place.

A round (``ext137.py``, ``harm139.py``, ``min141.py`` ...) reads the shipped code (a commit's
``src`` written out once via ``git archive``) beside the candidate (the worktree's ``src``),
each side in its own process with ``benchmarks/guard`` on its path, one thread. What differs
between rounds (the commit, the cache folder, the script that holds the worker, its flags, the
failure message) is a parameter here and a value in the round's script; the rules, the sets and
the conditions stay in the round's script.

Each function reads nothing of a round's module: a round passes its own values at call time,
so a later round that rebinds an older round's ``CACHE`` or ``SHIPPED_COMMIT`` still steers it.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import math
import os
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
GUARD_CODE = "minigate/guard"
# A row: (text, is an attack, trick or "plain", language)
Row = tuple[str, bool, str, str]
# A flag's argparse options and the worker it starts, called with the flag's value
Worker = tuple[Mapping[str, Any], Callable[..., None]]


def shipped_src(commit: str, cache: Path, probe: str = GUARD_CODE) -> Path:
    """``commit``'s src/, written once under ``cache`` (``src-<commit>``) via ``git archive``."""
    folder = cache / f"src-{commit}"
    if not (folder / probe).exists():
        folder.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(
            ["git", "archive", commit, "src"], cwd=ROOT, capture_output=True, check=True
        ).stdout
        subprocess.run(
            ["tar", "-x", "-C", str(folder), "--strip-components=1"], input=archive, check=True
        )
    return folder


def digest(src: Path) -> str:
    """A short hash of ``src``'s guard code: a cache key that changes with the code."""
    h = hashlib.sha256()
    for path in sorted((src / GUARD_CODE).rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            h.update(str(path.relative_to(src)).encode() + path.read_bytes())
    return h.hexdigest()[:16]


def run_script(script: str, args: Sequence[str], texts: Any, src: Path, failed: str) -> Any:
    """Run ``script`` with ``args`` against ``src`` (``src`` and benchmarks/guard on its path),
    ``texts`` as JSON on stdin; the JSON on its last line of output. ``failed`` names the
    worker in the message if it fails."""
    done = subprocess.run(
        [sys.executable, str(Path(script).resolve()), *args],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        env=dict(os.environ, PYTHONPATH=f"{src}:{HERE}"),
        cwd=ROOT,
    )
    if done.returncode:
        raise SystemExit(f"The {failed} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def cached(
    path: Path, texts: list[str], compute: Callable[[list[str]], list[Any]]
) -> dict[str, Any]:
    """Each text's record from the JSON cache at ``path``; ``compute`` reads the texts it
    lacks (sorted, one call) and the cache is written again."""
    known: dict[str, Any] = json.loads(path.read_text()) if path.exists() else {}
    todo = sorted(set(texts) - set(known))
    if todo:
        known.update(zip(todo, compute(todo), strict=True))
        path.write_text(json.dumps(known, ensure_ascii=False))
    return {t: known[t] for t in texts}


def read_rows(
    texts: list[str], src: Path, path: Path, script: str, args: Sequence[str], failed: str
) -> dict[str, Any]:
    """Each text's row from ``script``'s worker (``args``) on ``src``, cached at ``path`` (the
    worker prints ``{"rows": [...]}``, one row a text)."""
    return cached(path, texts, lambda todo: run_script(script, args, todo, src, failed)["rows"])


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


def read_side(
    texts: list[str],
    src: Path,
    cache: Path,
    name: str,
    script: str,
    args: Sequence[str],
    failed: str,
) -> Any:
    """``read_rows`` cached at ``cache``/``name``-<digest of ``src``'s guard code>.json."""
    cache.mkdir(parents=True, exist_ok=True)
    return read_rows(texts, src, cache / f"{name}-{digest(src)}.json", script, args, failed)


def harm_score_worker(mode: str, points: Sequence[str]) -> None:
    """Read a JSON list of texts on stdin; print each one's harm verdict as user text at each
    of ``points`` in ``mode`` (balanced: with its score and labels)."""
    import train_harm

    from minigate.backends.embedder import EmbedMemo
    from minigate.guard.protocol import ScanContext
    from minigate.guard.scanners.harm import HarmOptions, HarmScanner

    texts: list[str] = json.loads(sys.stdin.read())
    full = mode == "full"
    embed = EmbedMemo(train_harm.gateway_embed()) if full else None
    scanners = {
        p: HarmScanner(HarmOptions(use_embeddings=full, operating_point=p), p, embed)  # type: ignore[arg-type]
        for p in points
    }
    user = ScanContext(direction="input")

    async def run() -> list[dict[str, Any]]:
        out = []
        for text in texts:
            row: dict[str, Any] = {}
            for p, scanner in scanners.items():
                v = await scanner.scan(text, user)
                row[p] = bool(v.flagged)
                if p == "balanced":
                    row["score"] = float(v.score)
                    row["labels"] = list(v.labels)
            out.append(row)
        return out

    print(json.dumps({"rows": asyncio.run(run())}, ensure_ascii=False))


def alternating(
    sides: Mapping[str, Callable[[], Path]],
    script: str,
    args: Sequence[str],
    texts: list[str],
    rounds: int,
    alternate: bool = True,
) -> dict[str, list[Any]]:
    """Each side's worker output over ``rounds`` rounds, each side in its own process; with
    ``alternate`` the side that runs first changes by round."""
    runs: dict[str, list[Any]] = {side: [] for side in sides}
    for index in range(rounds):
        order = list(sides) if index % 2 == 0 or not alternate else list(sides)[::-1]
        for side in order:
            runs[side].append(
                run_script(script, args, texts, sides[side](), f"{side} latency worker")
            )
    return runs


def least_p50(runs: Mapping[str, list[list[float]]]) -> dict[str, float]:
    """Per side, p50 (ms) over the texts of each text's least time over the rounds."""
    import numpy as np

    return {
        side: round(float(np.percentile(np.min(np.array(r), axis=0), 50)), 3)
        for side, r in runs.items()
    }


async def time_input_side(
    injection: Any,
    harm: Any,
    texts: list[str],
    cold: Callable[[], None],
    after: Callable[[str], None] | None = None,
) -> list[float]:
    """Each text's time (ms) through the input side (``injection`` as a user prompt, then
    ``harm`` as user text), read ``cold``, after five warm texts; ``after(text)`` runs after
    each text's time is taken."""
    from minigate.guard.protocol import ScanContext

    prompt = ScanContext(direction="input", source="prompt")
    user = ScanContext(direction="input")
    for text in texts[:5]:
        await injection.scan(text, prompt)
        await harm.scan(text, user)
    took: list[float] = []
    for text in texts:
        cold()
        start = time.perf_counter()
        await injection.scan(text, prompt)
        await harm.scan(text, user)
        took.append((time.perf_counter() - start) * 1000)
        if after is not None:
            after(text)
    return took


def input_side_latency_worker(mode: str) -> None:
    """Time the whole input side (injection as a prompt, harm as user text) in ``mode`` on the
    JSON list of texts on stdin, each cold; print the times (ms) as a JSON list."""
    import train_harm

    from minigate.backends.embedder import EmbedMemo
    from minigate.guard.scanners import multilingual
    from minigate.guard.scanners.harm import HarmOptions, HarmScanner
    from minigate.guard.scanners.injection import InjectionOptions, InjectionScanner

    texts: list[str] = json.loads(sys.stdin.read())
    full = mode == "full"
    memo = EmbedMemo(train_harm.gateway_embed()) if full else None
    harm = HarmScanner(HarmOptions(use_embeddings=full), "h", memo)
    injection = InjectionScanner(InjectionOptions(use_embeddings=full), "i", memo)

    def cold() -> None:
        if memo is not None:
            memo.clear()
        if harm.finetuned is not None:
            harm.finetuned.model.forget()
        multilingual._memo.clear()

    took = asyncio.run(time_input_side(injection, harm, texts, cold))
    print(json.dumps(took))


def latency_texts() -> list[str]:
    """The guard's latency texts, as benchmarks/guard/detectors.py picks them (timed only)."""
    import detectors
    import guardlib

    mixed = guardlib.injection()["test"].texts + guardlib.xstest()["test"].texts
    return list(mixed[: detectors.LATENCY_TEXTS])


def disguise(rows: list[tuple[str, bool, str]]) -> list[Row]:
    """Each (text, attack, language) plain and under each of injection_data.TRICKS."""
    import injection_data

    out: list[Row] = [(t, a, "plain", la) for t, a, la in rows]
    for name, trick in injection_data.TRICKS.items():
        out += [(trick(t), a, name, la) for t, a, la in rows]
    return out


Read = Callable[[list[str], str, str], dict[str, dict[str, Any]]]


def flags(got: Mapping[str, Mapping[str, Any]], rows: list[Row]) -> int:
    """How many of ``rows`` ``got`` flags."""
    return sum(bool(got[r[0]]["flagged"]) for r in rows)


def tally(
    rows: list[Row], sides: tuple[str, ...], mode: str, read: Read, disguised: bool = False
) -> dict[str, Any]:
    """Flagged rows per trick, attacks and benign: {trick: {kind: [side..., n]}}; "disguised"
    (every trick together) where the rows hold a trick, or always with ``disguised``."""
    got = {s: read([r[0] for r in rows], s, mode) for s in sides}
    out: dict[str, Any] = {}
    tricks = dict.fromkeys(r[2] for r in rows)
    extra = ["disguised"] if len(tricks) > 1 or disguised else []
    for trick in [*tricks, *extra]:
        for attack in (True, False):
            sel = [
                r
                for r in rows
                if r[1] == attack and (r[2] == trick or (trick == "disguised" and r[2] != "plain"))
            ]
            out.setdefault(trick, {})["attacks" if attack else "benign"] = [
                flags(got[s], sel) for s in sides
            ] + [len(sel)]
    return out


def changed_rows(rows: list[Row], mode: str, read: Read, sides: Sequence[str]) -> list[str]:
    """The rows whose verdict differs between the sides in ``mode`` (design data only)."""
    got = {s: read([r[0] for r in rows], s, mode) for s in sides}
    return [
        f"{r[3]} {'attack' if r[1] else 'benign'} {r[2]}: "
        f"{got['shipped'][r[0]]['flagged']} -> {got['candidate'][r[0]]['flagged']}: "
        f"{r[0][:160]}"
        for r in rows
        if got["shipped"][r[0]]["flagged"] != got["candidate"][r[0]]["flagged"]
    ]


def by_language(rows: list[Row], mode: str, read: Read, sides: Sequence[str]) -> dict[str, Any]:
    """Reported, not judged: flagged rows per trick and language, [shipped, candidate, n]."""
    got = {s: read([r[0] for r in rows], s, mode) for s in sides}
    out: dict[str, Any] = {}
    for trick in ("plain", "disguised"):
        for la in dict.fromkeys(r[3] for r in rows):
            for attack in (True, False):
                sel = [
                    r
                    for r in rows
                    if (r[2] == "plain") == (trick == "plain") and r[3] == la and r[1] == attack
                ]
                key = f"{trick} {la} {'attacks' if attack else 'benign'}"
                out[key] = [flags(got[s], sel) for s in sides] + [len(sel)]
    return out


def by_trick_language(
    rows: list[Row], mode: str, read: Read, sides: Sequence[str]
) -> dict[str, Any]:
    """Reported, not judged: flagged rows per trick (each) and language, [shipped, candidate,
    n]."""
    got = {s: read([r[0] for r in rows], s, mode) for s in sides}
    out: dict[str, Any] = {}
    for trick in dict.fromkeys(r[2] for r in rows):
        for la in dict.fromkeys(r[3] for r in rows):
            for attack in (True, False):
                sel = [r for r in rows if r[2] == trick and r[3] == la and r[1] == attack]
                key = f"{trick} {la} {'attacks' if attack else 'benign'}"
                out[key] = [flags(got[s], sel) for s in sides] + [len(sel)]
    return out


def stamp() -> str:
    """The UTC time of day, as a reading's "started" and "ended" give it."""
    return time.strftime("%H:%M:%S", time.gmtime())


def _start(worker: Callable[..., None], value: Any) -> None:
    if value is True:  # a plain flag
        worker()
    elif isinstance(value, list):  # nargs
        worker(*value)
    else:
        worker(value)


def run_round(
    description: str | None,
    workers: Mapping[str, Worker],
    steps: Sequence[str],
    run: Callable[[argparse.Namespace], dict[str, Any]],
    options: Mapping[str, Mapping[str, Any]] | None = None,
    also: Callable[[argparse.Namespace], Path | None] | None = None,
) -> None:
    """A round's command line: one of ``workers`` (a flag, its options and the function it
    calls with the flag's value) or ``steps`` (plain flags, then ``run(args)``); ``options``
    beside them. A step's JSON gets its start and end times, goes to ``also(args)`` and to
    ``--out`` where given, and is printed."""
    parser = argparse.ArgumentParser(description=(description or "").split("\n\n")[0])
    what = parser.add_mutually_exclusive_group(required=True)
    for flag, (kwargs, _) in workers.items():
        what.add_argument(flag, **kwargs)
    for flag in steps:
        what.add_argument(flag, action="store_true")
    for flag, kwargs in (options or {}).items():
        parser.add_argument(flag, **kwargs)
    args = parser.parse_args()
    for flag, (_, worker) in workers.items():
        value = getattr(args, flag.lstrip("-").replace("-", "_"))
        if value:
            _start(worker, value)
            return
    start = stamp()
    doc = run(args)
    doc |= {"started": start, "ended": stamp()}
    text = json.dumps(doc, indent=1, ensure_ascii=False, default=str)
    for path in (also(args) if also else None, getattr(args, "out", None)):
        if path:
            Path(path).write_text(text)
    print(text)


def write_reading(doc: dict[str, Any], folder: Path | str, plumbing: bool) -> dict[str, Any]:
    """Write a check's ``doc`` to ``folder``/check-reading.json (plumbing.json for a plumbing
    run) and return it."""
    name = "plumbing.json" if plumbing else "check-reading.json"
    Path(folder, name).write_text(json.dumps(doc, indent=1, ensure_ascii=False))
    return doc


def judge(
    doc: dict[str, Any], lat: Any, holds: dict[str, bool], design_met: bool, path: Path
) -> dict[str, Any]:
    """A self-harm round's reading (sh133's line): ``doc``'s (a)-(d) with (f)'s ``lat`` and
    whether it ``holds``, and (e) as stated; met if all hold; written to ``path``."""
    doc["(f)"] = lat
    doc["(f) holds"] = holds
    doc["(e) DESIGN_MET"] = design_met
    held = [*doc["(a)-(d)"].values(), *holds.values(), bool(design_met)]
    doc["met"] = all(held)
    path.write_text(json.dumps(doc, indent=1))
    return doc


def run_steps(
    description: str | None,
    workers: Mapping[str, Worker],
    steps: Mapping[str, Callable[[], dict[str, Any]]],
    options: Mapping[str, Mapping[str, Any]] | None = None,
    also: Callable[[argparse.Namespace], Path | None] | None = None,
) -> None:
    """``run_round`` where each step flag runs one function of no arguments."""
    run_round(
        description,
        workers,
        tuple(steps),
        lambda args: next(
            run() for flag, run in steps.items() if getattr(args, flag[2:].replace("-", "_"))
        ),
        options,
        also,
    )


OUT = {"--out": {"help": "also write the JSON here"}}  # a round's --out option
SCORE = {"choices": ("full", "cheap")}  # a --score-worker's options


# --------------------------------------------------------------------------------------------
# Harm rounds (harm126, harm139): the blind rows' check, the categories named, (f)'s bars.


def blind_differ(
    texts: list[str],
    both: Callable[[list[str], str], dict[str, dict[str, dict[str, Any]]]],
    points: Sequence[str],
    blind: Callable[[str], Any],
) -> dict[str, Any]:
    """(d): texts the language gate calls ``blind`` whose verdict (either mode, any of
    ``points``) differs, and those whose balanced score or labels differ (``both``: texts, mode
    -> each side's records)."""
    called = [t for t in texts if blind(t)]
    out: dict[str, Any] = {"rows": len(texts), "called blind": len(called)}
    for mode in ("full", "cheap"):
        got = both(called, mode)
        out[f"{mode} verdicts differ"] = [
            t for t in called if any(got["shipped"][t][p] != got["candidate"][t][p] for p in points)
        ]
        out[f"{mode} score or labels differ"] = [
            t for t in called if got["shipped"][t] != got["candidate"][t]
        ]
    return out


def input_side_holds(lat: Mapping[str, Any]) -> dict[str, bool]:
    """(f): the full input side's p50 at most 25 ms and at most the shipped code's + 0.5 ms;
    the cheap side's under 1 ms."""
    s, k = lat["full p50 ms [shipped, candidate]"]
    cheap = lat["cheap p50 ms [shipped, candidate]"][1]
    return {
        f"(f) full p50 {k} ms <= 25 and <= {s} + 0.5": k <= 25 and k <= s + 0.5,
        f"(f) cheap p50 {cheap} ms < 1": cheap < 1,
    }


def categories(rows: list[Row], got: Mapping[str, Mapping[str, Any]]) -> dict[str, int]:
    """How often each category is named on the harmful rows flagged at balanced."""
    out: dict[str, int] = {}
    for t, h, _, _ in rows:
        if h and got[t]["balanced"]:
            for label in got[t]["labels"]:
                out[label] = out.get(label, 0) + 1
    return dict(sorted(out.items()))


def english_rows(sets: Mapping[str, list[Row]], names: Sequence[str]) -> list[Row]:
    """The English rows of ``sets``' ``names``, each text once, its set's name as its
    language."""
    seen: set[str] = set()
    out: list[Row] = []
    for name in names:
        for t, h, kind, la in sets[name]:
            if la == "en" and t not in seen:
                seen.add(t)
                out.append((t, h, kind, name))
    return out


def side_counts(
    data: Mapping[str, list[Row]],
    got: Mapping[str, Mapping[str, Mapping[str, Any]]],
    point: str,
    most_kinds: int | None = None,
) -> dict[str, Any]:
    """[shipped, candidate, n] per set and label at ``point`` (and per kind where a set has
    several, and fewer than ``most_kinds`` where given)."""
    out: dict[str, Any] = {}
    for name, rows in data.items():
        for harmful, what in ((True, "harmful"), (False, "look-alikes")):
            sel = [r for r in rows if r[1] is harmful]
            if not sel:
                continue
            out[f"{name} {what}"] = [sum(bool(got[s][r[0]][point]) for r in sel) for s in got]
            out[f"{name} {what}"].append(len(sel))
            kinds = sorted({r[2] for r in sel})
            if len(kinds) > 1 and (most_kinds is None or len(kinds) < most_kinds):
                out[f"{name} {what} per kind"] = {
                    k: [sum(bool(got[s][r[0]][point]) for r in sel if r[2] == k) for s in got]
                    + [sum(r[2] == k for r in sel)]
                    for k in kinds
                }
    return out


def harm_reading(
    rule: str,
    name: str,
    rows: list[Row],
    both: Callable[[list[str], str], dict[str, dict[str, dict[str, Any]]]],
    side_counts: Callable[[dict[str, list[Row]], Any, str], dict[str, Any]],
    blind: Callable[[str], Any],
) -> dict[str, Any]:
    """A harm round's one reading of the set ``name`` (``rows``), before its conditions: both
    modes (``both``: texts, mode -> each side's records), [shipped, candidate, n] per label
    and kind at each point, the changed rows and the categories named."""
    data = {name: rows}
    texts = [r[0] for r in rows]
    full, cheap = both(texts, "full"), both(texts, "cheap")
    return {
        "rule": rule,
        "rows": len(rows),
        "kinds": {k: sum(r[2] == k for r in rows) for k in dict.fromkeys(r[2] for r in rows)},
        "the gate calls blind": sum(map(blind, texts)),
        "full balanced [shipped, candidate, n]": side_counts(data, full, "balanced"),
        "cheap balanced [shipped, candidate, n]": side_counts(data, cheap, "balanced"),
        "full strict (reported)": side_counts(data, full, "strict"),
        "full permissive (reported)": side_counts(data, full, "permissive"),
        "changed rows (full, balanced)": [
            f"{'harmful' if h else 'look-alike'} {k} "
            f"{'+' if full['candidate'][t]['balanced'] else '-'} "
            f"{full['candidate'][t]['labels']}: {t}"
            for t, h, k, _ in rows
            if full["shipped"][t]["balanced"] != full["candidate"][t]["balanced"]
        ],
        "categories of flagged harmful rows (candidate)": categories(rows, full["candidate"]),
        "categories of flagged harmful rows (shipped)": categories(rows, full["shipped"]),
    }


# --------------------------------------------------------------------------------------------
# Injection rounds (inj125, ext137): the design sets they share and the one reading's layout.


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

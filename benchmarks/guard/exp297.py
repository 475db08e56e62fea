"""Exploration 297 (design data only; nothing shipped reads it): round one hundred and
thirteen's harm state probe (``xst287.py``) met (e) on design data but failed tests/guard/: it
flagged "steal someone's heart" and a gran's heart tablets, and released rows the shipped heads
were built to catch. Exploration 289 asked for those rows among the probe's design rows and an
explicit guard for them. Two changes are read here, nested as round one hundred and thirteen's
design was (ten groups), with exploration 289's 22 examples (the issue's and the tests' rows,
``exp289.EXAMPLES``) read by the fit on every row:

- the hand-written rows the shipped harm stack learns from among the probe's fit rows
  (``hand_rows``, ``--hand-weight``): the harmful lists ``HARMFUL``, ``HARMFUL_MORE`` and
  ``CONTRASTS``, the look-alike lists ``HARM_NEGATIVES``, ``LOOK_ALIKES`` and
  ``FORM_NEGATIVES``, and the pair lists ``WEAK_PAIRS``, ``WEAK_PAIRS_11``, ``WEAK_PAIRS_12``
  and ``WEAK_PAIRS_14``, less any text already a design row; each list one set for the join's
  out-of-fold decisions, a pair's two rows in one group;
- guards (``--guard``, from ``--parts``: who decided each row in the shipped scanner at
  `balanced`): the probe does not read a text whose score the frame head moved (``frame``),
  where a category head passed (``passed``) or a request pattern fired (``asked``); or, with
  ``agree``, it may flag only a text where a category head passed and release only one where
  none did.

No check set and no test split is read. Run: ``exp297.py --hand`` (the rows' shipped scores and
states, and the examples' states, under ``.cache/exp277/``), ``--parts``, then ``--read`` with
the options above. Read 2026-12-07 12:47-13:20 UTC; docs/guard-rounds.md has the figures.
"""

from __future__ import annotations

import argparse
import json
import sys
import zlib
from typing import Any

import exp277
import exp287
import numpy as np
import xst277
import xst281

CACHE = exp277.CACHE
POINTS = xst281.POINTS
HARMFUL_LISTS = ("HARMFUL", "HARMFUL_MORE", "CONTRASTS")
SAFE_LISTS = ("HARM_NEGATIVES", "LOOK_ALIKES", "FORM_NEGATIVES")
PAIR_LISTS = ("WEAK_PAIRS", "WEAK_PAIRS_11", "WEAK_PAIRS_12", "WEAK_PAIRS_14")


def hand_rows() -> list[tuple[str, bool, str, str]]:
    """(text, harmful, list, pair key) of every hand-written harm row that is no design row,
    no Quora row and no ordinary request of either split."""
    import guardlib
    import handwritten

    benign = guardlib.benign()
    taken = set(exp277.texts()) | set(exp287.qqp_texts())
    taken |= set(benign["train"]) | set(benign["test"])
    out: list[tuple[str, bool, str, str]] = []
    for name in HARMFUL_LISTS:
        out += [(t, True, name, t) for ts in getattr(handwritten, name).values() for t in ts]
    for name in SAFE_LISTS:
        out += [(t, False, name, t) for t in getattr(handwritten, name)]
    for name in PAIR_LISTS:
        for ps in getattr(handwritten, name).values():
            for h, s in ps:
                out += [(h, True, name, h), (s, False, name, h)]
    seen: set[str] = set()
    unique = []
    for r in out:
        if r[0] not in seen and r[0] not in taken:
            seen.add(r[0])
            unique.append(r)
    return unique


def hand() -> None:
    texts = [r[0] for r in hand_rows()]
    exp277.scores(texts, "hand-scores")
    exp277.states(texts, "hand-states")
    got = json.loads((CACHE / "examples-scores.json").read_text())
    exp277.states([r["text"] for r in got], "examples-states")


def parts(texts: list[str], name: str) -> None:
    """Who decided each text at `balanced` (the shipped scanner, full mode, as a user
    prompt): whether the frame head moved its score, whether the self-harm head or a
    request pattern fired, and which categories passed; written as ``name``.json."""
    import asyncio

    import train_harm

    from minigate.backends.embedder import EmbedMemo
    from minigate.guard.protocol import ScanContext
    from minigate.guard.scanners.harm import HarmOptions, HarmScanner

    embed = EmbedMemo(train_harm.gateway_embed())
    sc = HarmScanner(HarmOptions(use_embeddings=True, operating_point="balanced"), "b", embed)
    frame = sc.frame
    assert frame is not None
    seen: dict[str, Any] = {}
    adjust = frame.adjust

    def spy(harm: float, threshold: float, vectors: Any, text: str) -> float:
        out = adjust(harm, threshold, vectors, text)
        seen["frame"] = out != harm
        return out

    class Spied:
        def __getattr__(self, name: str) -> Any:
            return getattr(frame, name)

        adjust = staticmethod(spy)

    sc.frame = Spied()  # type: ignore[assignment]
    user = ScanContext(direction="input")

    async def run() -> list[dict[str, Any]]:
        out = []
        for text in texts:
            seen.clear()
            words = sc._look(text)
            _, _, passed = await sc._assess(text, words, True)
            v = await sc.scan(text, user)
            out.append(
                {
                    "text": text,
                    "frame moved": bool(seen.get("frame", False)),
                    "asked": bool(words.asked),
                    "threatens": bool(words.threatens),
                    "passed": sorted(passed),
                    "flagged": bool(v.flagged),
                }
            )
        return out

    (CACHE / f"{name}.json").write_text(json.dumps(asyncio.run(run()), ensure_ascii=False))


def table(with_hand: bool = True) -> dict[str, Any]:
    """Round one hundred and thirteen's table (``exp287.table`` with the Quora rows), with the
    hand-written rows appended (kind "hand")."""
    d = exp287.table(with_qqp=True)
    if not with_hand:
        return d
    rows = hand_rows()
    x, logit, texts, flags = xst277.table("hand-")
    assert list(texts) == [r[0] for r in rows]
    n = len(rows)
    out = dict(d)
    out["x"] = np.concatenate([d["x"], x])
    out["y"] = np.concatenate([d["y"], np.array([int(r[1]) for r in rows])])
    out["sets"] = np.concatenate([d["sets"], np.array([f"hand {r[2]}" for r in rows])])
    out["kind"] = np.concatenate([d["kind"], np.array(["hand"] * n)])
    groups = [f"g{zlib.crc32(r[3].encode()) % xst281.GROUPS}" for r in rows]
    out["groups"] = np.concatenate([d["groups"], np.array(groups)])
    out["logit"] = np.concatenate([d["logit"], logit])
    out["flags"] = {p: np.concatenate([d["flags"][p], flags[p]]) for p in exp277.POINTS}
    out["threat"] = np.concatenate([d["threat"], xst277.threatened(texts)])
    out["gate"] = np.concatenate([d["gate"], xst281._gate(texts)])
    out["texts"] = np.concatenate([d["texts"], texts])
    return out


def _z_parts(d: dict[str, Any], rows: np.ndarray, hand_weight: float) -> dict[str, Any]:
    """exp287._z_parts with the hand-written rows weighted ``hand_weight`` each (others 1)."""
    import drift267
    from sklearn.linear_model import LogisticRegression

    x, y, sets, logit = d["x"][rows], d["y"][rows], d["sets"][rows], d["logit"][rows]
    w = np.where(d["kind"][rows] == "hand", hand_weight, 1.0)
    oof = np.zeros(len(y))
    for held in sorted(set(sets)):
        out = sets == held
        oof[out] = drift267._probe(x[~out], y[~out], w[~out]).decision_function(x[out])
    join = LogisticRegression().fit(np.c_[oof, logit], y)
    a, b = (float(c) for c in join.coef_[0])
    c = float(join.intercept_[0])
    return {"probe": drift267._probe(x, y, w), "join": [a, b, c], "z": a * oof + b * logit + c}


BANDS = ((3.0, 2.0), (3.0, 1.0), (2.0, 2.0))
KINDS = ("advbench train", "ordinary train", "qqp", "hand")


def one(d: dict[str, Any], hand_weight: float) -> dict[str, Any]:
    """Every band of ``BANDS`` read nested for one fit, as exp287.one reads it, and the hand-
    written rows' and exploration 289's examples' verdicts from the fit on every row."""
    import exp289

    th = xst277.thresholds()
    y, groups, kind = d["y"], d["groups"], d["kind"]
    got = {bd: {p: np.zeros(len(y), dtype=bool) for p in POINTS} for bd in BANDS}
    for g in sorted(set(groups)):
        out = groups == g
        parts = _z_parts(d, ~out, hand_weight)
        for bd in BANDS:
            bars, bands = exp287._bars(d, ~out, parts["z"], th, *bd)
            vv = verdicts(
                parts | {"bars": bars, "bands": bands}, d["x"][out], d["logit"][out],
                {p: f[out] for p, f in d["flags"].items()}, d["threat"][out], d["gate"][out],
                None if "agree" not in d else d["agree"][out],
            )  # fmt: skip
            for p in POINTS:
                got[bd][p][out] = vv[p]
        print(g, file=sys.stderr, flush=True)
    full = _z_parts(d, np.ones(len(y), dtype=bool), hand_weight)
    m = d["moderation"]
    keys = np.array(m["key"])
    ex = _examples(exp289.EXAMPLES)
    if "examples guarded" in d:
        ex["gate"] = ex["gate"] & ~np.array([d["examples guarded"][str(t)] for t in ex["texts"]])
    if "examples agree" in d:
        ex["agree"] = np.array([d["examples agree"][str(t)] for t in ex["texts"]])
    doc: dict[str, Any] = {}
    pairs = kind == "pairs"
    for bd in BANDS:
        row: dict[str, Any] = {}
        for p in POINTS:
            row[p] = {
                "pairs shipped": xst277._tally(d["flags"][p][pairs], y[pairs]),
                "pairs cand": xst277._tally(got[bd][p][pairs], y[pairs]),
            }
            for k in KINDS:
                sel = kind == k
                if sel.any():
                    row[p][k] = [
                        xst277._tally(d["flags"][p][sel], y[sel]),
                        xst277._tally(got[bd][p][sel], y[sel]),
                    ]
            h = kind == "hand"
            if h.any() and p == "balanced":
                row["hand rows moved (nested, balanced)"] = [
                    [str(t), bool(yy), bool(f)]
                    for t, yy, f, g_ in zip(
                        d["texts"][h], y[h], d["flags"][p][h], got[bd][p][h], strict=True
                    )
                    if f != g_
                ]
        bars, bands = exp287._bars(d, np.ones(len(y), dtype=bool), full["z"], th, *bd)
        fit = full | {"bars": bars, "bands": bands}
        mv = verdicts(fit, m["x"], m["logit"], m["flags"], m["threat"], m["gate"], m.get("agree"))
        for k in xst281.UNSEEN_EXTRA:
            sel = keys == k
            row[k] = [int(m["flags"]["balanced"][sel].sum()), int(mv["balanced"][sel].sum())]
        ev = verdicts(
            fit, ex["x"], ex["logit"], ex["flags"], ex["threat"], ex["gate"], ex.get("agree")
        )
        row["examples: wrong at balanced (shipped, candidate)"] = [
            [
                str(t)
                for t, f, h in zip(ex["texts"], ex["flags"]["balanced"], ex["y"], strict=True)
                if f != h
            ],
            [
                str(t)
                for t, f, h in zip(ex["texts"], ev["balanced"], ex["y"], strict=True)
                if f != h
            ],
        ]
        doc[f"below {bd[0]} above {bd[1]}"] = row
    return doc


def _examples(examples: Any) -> dict[str, Any]:
    """Exploration 289's examples (the issue's and the tests' rows) in the table's form."""
    x, logit, texts, flags = xst277.table("examples-")
    want = {t: bool(h) for t, h in examples}
    keep = np.array([str(t) in want for t in texts])
    return {
        "x": x[keep],
        "logit": logit[keep],
        "flags": {p: f[keep] for p, f in flags.items()},
        "threat": xst277.threatened(texts[keep]),
        "gate": xst281._gate(texts[keep]),
        "texts": texts[keep],
        "y": np.array([want[str(t)] for t in texts[keep]]),
    }


GUARDS = ("none", "frame", "frame+passed", "frame+passed+asked", "frame+agree")


def verdicts(fit: dict[str, Any], x: np.ndarray, logit: np.ndarray, flags: dict[str, Any],
             threat: np.ndarray, gate: np.ndarray, agree: np.ndarray | None = None,
             ) -> dict[str, np.ndarray]:  # fmt: skip
    """xst281.verdicts; with ``agree`` (a category head passed), the probe may only flag such
    a text and only release a text where none passed."""
    if agree is None:
        return xst281.verdicts(fit, x, logit, flags, threat, gate)
    # the probe's verdict in its band, the shipped one outside it (no threat yet)
    said = xst281.verdicts(fit, x, logit, flags, np.zeros_like(threat), gate)
    return {p: np.where(agree, flags[p] | said[p], flags[p] & said[p]) | threat for p in POINTS}


def _guarded(rows: list[dict[str, Any]], guard: str) -> np.ndarray:
    """The rows the probe may not read under ``guard``: those whose verdict the frame head
    moved, where a category head passed, where a request pattern fired."""
    out = np.zeros(len(rows), dtype=bool)
    if "frame" in guard:
        out |= np.array([r["frame moved"] for r in rows])
    if "passed" in guard:
        out |= np.array([bool(r["passed"]) for r in rows])
    if "asked" in guard:
        out |= np.array([r["asked"] for r in rows])
    return out


def guarded_table(d: dict[str, Any], guard: str) -> dict[str, Any]:
    """``d`` with the guarded rows' gate off (their verdict the shipped one)."""
    rows = json.loads((CACHE / "exp297-parts.json").read_text())
    n = len(d["texts"])
    assert [r["text"] for r in rows[:n]] == [str(t) for t in d["texts"]]
    mod = json.loads((CACHE / "exp297-parts-moderation.json").read_text())
    out = dict(d)
    out["gate"] = d["gate"] & ~_guarded(rows[:n], guard)
    out["moderation"] = dict(d["moderation"])
    out["moderation"]["gate"] = d["moderation"]["gate"] & ~_guarded(mod, guard)
    out["examples guarded"] = {
        r["text"]: bool(g) for r, g in zip(rows[n:], _guarded(rows[n:], guard), strict=True)
    }
    if "agree" in guard:
        out["agree"] = np.array([bool(r["passed"]) for r in rows[:n]])
        out["moderation"]["agree"] = np.array([bool(r["passed"]) for r in mod])
        out["examples agree"] = {r["text"]: bool(r["passed"]) for r in rows[n:]}
    return out


def read(with_hand: bool, hand_weight: float, guard: str = "none") -> dict[str, Any]:
    d = table(with_hand)
    if guard != "none":
        d = guarded_table(d, guard)
    doc = one(d, hand_weight)
    name = f"exp297-hand{int(with_hand)}-w{hand_weight:g}-{guard}.json"
    (CACHE / name).write_text(json.dumps(doc, indent=1))
    return doc


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--hand", action="store_true", help="the hand-written rows' scores, states")
    ap.add_argument("--parts", action="store_true", help="who decided each row (balanced)")
    ap.add_argument("--read", action="store_true", help="the bands, nested, for one fit")
    ap.add_argument("--without-hand", action="store_true", help="round 113's rows alone")
    ap.add_argument("--hand-weight", type=float, default=1.0, help="each hand row's weight")
    ap.add_argument("--guard", choices=GUARDS, default="none", help="rows the probe may not read")
    a = ap.parse_args()
    if a.hand:
        hand()
        print(len(hand_rows()), file=sys.stderr)
    if a.parts:
        d = table(True)
        got = json.loads((CACHE / "examples-scores.json").read_text())
        parts([str(t) for t in d["texts"]] + [r["text"] for r in got], "exp297-parts")
        extra = xst277.extra_rows()
        mod = [t for k in xst281.UNSEEN_EXTRA for t in extra[k]]
        parts(mod, "exp297-parts-moderation")
    if a.read:
        print(json.dumps(read(not a.without_hand, a.hand_weight, a.guard), indent=1))


if __name__ == "__main__":
    main()

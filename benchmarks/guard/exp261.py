"""Exploration 261 (design data only; no rule, nothing ships): round one hundred and four's two
refits read TOGETHER out of fold through the whole scanner's `permissive` rule.

Findings (``--read``, 19:41:10-19:42:35 UTC on 2026-12-06, under the lock, one thread; design
data only: deepset's train side (145 attacks / 221 benign) and the spent direct sets' plain rows
fresh43 ... fresh241 (1,242 / 1,242, every language); output .cache/exp261/read.json). [attacks
flagged / benign flagged], the shipped recipe -> both refits (+ lever 1), out of fold:

    reading                                   deepset train            spent plain
    balanced (sanity: od257's --design)       121 -> 119 / 5 -> 5      1148 -> 1137 / 55 -> 42
    strict   (the same reading)               127 -> 126 / 9 -> 9      1171 -> 1164 / 97 -> 89
    permissive, od257's reading (prompt
      route held at the gate record)           98 -> 100 / 3 -> 3      1087 -> 1083 / 35 -> 34
    permissive (A): + the prompt route's
      oof stack at 0.90, readers after the
      stack as the gate record's raises        101 -> 101 / 3 -> 3      1090 -> 1083 / 40 -> 36
    permissive (B): (A) with the readers
      after the stack re-read on the oof
      stack score (exact; see below)           105 -> 105 / 3 -> 3      1105 -> 1093 / 40 -> 36
    permissive (C): (B) and the blind plain
      prompts whose stack is read, by the
      prompt route's oof score at 0.90          97 -> 97 / 2 -> 2       1065 -> 1054 / 25 -> 21

Round one hundred and five's (e1)/(e2) at permissive, each reading judged against the shipped
recipe read the same way: deepset attacks >= shipped, benign <= shipped; spent attacks >=
shipped - 12.42, benign <= shipped. (A): met (101 >= 101; 3 <= 3; 1083 >= 1077.58; 36 <= 40).
(B): met (105 >= 105; 3 <= 3; 1093 >= 1092.58, by 0.42 of a row; 36 <= 40). (C): met (97 >= 97;
2 <= 2; 1054 >= 1052.58, by 1.42; 21 <= 25). Against the fixed figure the brief names (deepset
attacks >= 98, benign <= 3): (A) 101 / 3 and (B) 105 / 3 meet it; (C) 97 / 2 does not, but its
shipped recipe reads 97 too (the literal 98 is od257's reading's shipped figure, a different
reading). In every reading deepset's train side is unchanged by both refits, attacks and benign;
the spent attacks fall by 7 to 12 of 1,242 (the prompt route's refit loses spent attacks at 0.90,
as round one hundred and three found: 715 -> 688 of 1,482 for its stack alone) and the spent
benign by 4. At balanced and strict the figures are od257's exactly (121 -> 119 / 5 -> 5,
1148 -> 1137 / 55 -> 42), as they must be: there the English route decides a plain English
prompt both ways and the prompt route's stack does not count.

What each reading assumes:

- All: the prompt route's stack score out of fold is ``od255.scores`` (shipped stack weights,
  main's injection.json, over od255's out-of-fold signals: w 0 without lever 1 for the shipped
  recipe, w 1 with lever 1 for the candidate; bars 0.90 at permissive for both, 0.76 / 0.71 at
  balanced, 0.61 / 0.60 at strict). Lever 1 is 9147a77's ``persona_only`` (reverted on main;
  its two lines are restated below for ``od255.scores``). The English score out of fold is
  ``od257.read_recipe`` (``inj239.reading``; w 0 -> w 4; bars 0.92 at permissive for both). A
  plain prompt the language gate does not call blind, not disguised, not decided before the
  stack (45fcae3's gate record) takes the English route: on deepset 91 attacks / 142 benign,
  on the spent rows 808 / 819. Every other row keeps ``inj233.reading``'s shipped verdict (the
  balanced one: the shipped prompt recipe out of fold for build rows, the gate record for spent
  rows), the same for both recipes (deepset 54 / 79 such rows, spent 434 / 423), except in (C).
  Prompts that look like code (``_pasted``) are not modelled apart. Every od257 row on the route
  in these two groups has an od255 score (0 missing).
- (A): a reader after the stack (direct hijack head, structure, residual head) counts where the
  gate record has it raising at balanced (flagged with its in-sample stack under 0.76: deepset 0,
  spent 67 attacks / 3 benign). Blind to raises those readers would give at permissive on rows
  whose in-sample stack read 0.76-0.90 (at balanced they were not read): up to 29 deepset attacks
  and 36 -> 42 spent attacks / 14 -> 17 spent benign could rise.
- (B): those readers computed offline as ``InjectionScanner._hijack`` does (heads and thresholds
  as shipped: the refits touch none of them) on each row's own hijack and residual window logits
  and structure (main's code, cached in hijack-inputs.json) with the score so far being the
  prompt route's out-of-fold stack score at the permissive bar 0.90 (each recipe its own). Check:
  on the gate record's own in-sample score at its bar they give its raises on every one of the
  3,071 route rows under the bar. This is the whole scanner's permissive rule for a plain
  English prompt, out of fold in both learned routes; the turn reader has no permissive bar.
- (C): (B), and the plain prompts the gate calls blind, not decided by the blind path and whose
  stack is read (deepset 29 attacks / 23 benign, spent 157 / 198): flagged where the prompt
  route's out-of-fold score reaches 0.90, or the gate record has a reader after the stack
  raising at balanced (the multilingual heads, the blind reader; the blind reader's bar is set
  per point, so a balanced raise may not hold at permissive: an over-count on both sides alike).
  The rows the blind path decides and the disguised ones keep the balanced shipped verdict
  (``_blind_prompt``'s heuristics bar is the point's: not re-read here).

Not read: any test split, fresh255. Times: the reading 19:38:13-19:39:50 ((A), (B)) and
19:41:10-19:42:35 (all three), rerun on the committed code (9f7c7c1e) 19:43:18-19:44:50 with
the same figures, 2026-12-06 UTC.

The question (round one hundred and five's "What a next round needs first"): out of fold, at
`permissive`, what the whole injection scanner (full mode) flags on deepset's train side and on
the spent direct sets' plain rows with BOTH refits in place (the prompt route's, round one hundred
and three / od255: w 1, lever 1 (``persona_only``), its bars 0.60 / 0.71 / 0.90; the English
route's, round one hundred and four / od257: w 4, its bars 0.51 / 0.82 / 0.92), beside the shipped
recipe read the same way.

The join (``verdicts``), from ``InjectionScanner._assess`` and ``_english_verdict`` (src at main,
the shipped code): a plain prompt the language gate does not call blind, not disguised, and not
decided before the stack (45fcae3's gate record: ``decided`` None and a ``stack`` read) takes the
English route. Its verdict is

- at `strict` / `balanced` (the English route decides both ways): English score >= its bar, or
  a reader after the stack raised it (``later``);
- at `permissive` (``ENGLISH_RAISES_ONLY``: the English route only raises; the turn reader has no
  bar there): the prompt route's stack score >= its permissive bar (0.90), or the English score
  >= its permissive bar (0.92), or ``later``.

Sources: the prompt route's stack score out of fold is ``od255.scores`` (the shipped stack's
weights over the signals read out of fold from .cache/od257/signals-w{0,1}.npz, copies of
od255's; shipped recipe w 0 without lever 1, candidate w 1 with lever 1; bars by
``od255.pick_bars``). The English score out of fold is ``od257.read_recipe`` (``inj239.reading``
by the English route's own folds; shipped recipe w 0, candidate w 4; bars by ``od257.en_bars``).
Joined by text. ``later`` is 45fcae3's gate record's: flagged at `balanced` with the prompt
stack's in-sample score under the balanced bar (0.76): a hijack head / structure / residual head
raised it. Those readers' threshold is one for every point and they raise to the route's bar, so
a row so raised at `balanced` is taken as raised at `permissive` too.

What the reading cannot see (stated with the figures): (i) a reader after the stack runs only
where the score so far is under the point's bar; at `balanced` the gate record did not run them on
rows whose in-sample prompt stack read 0.76 or more, so a raise those readers would give at
`permissive` (bar 0.90) on such a row is not in the record; ``unseen`` counts the English-route
rows of each group with the gate record's stack >= 0.76 that the reading passes: the most by
which either side's tally could rise. (ii) The hijack heads read the stack's score as an input
(``head.prob(found.hijack, score)``); ``later`` is the in-sample score's answer, as shipped.
(iii) Rows off the English route (called blind by the language gate, disguised, or decided before
the stack) keep ``inj233.reading``'s shipped verdict at every point, as od257's ``at_points``
does (the `balanced` verdict: the shipped prompt recipe out of fold for build rows, the gate
record for spent rows); the same for both recipes, so they move neither side's figure but its
level; ``off route`` counts them. (iv) The spent rows are od257's (fresh43 ... fresh241: 1,242
attacks, 1,242 benign, every language), as round one hundred and five's (e2).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]

import inj197  # noqa: E402
import od255  # noqa: E402
import od257  # noqa: E402  (points od255's and the older rounds' caches at .cache/od257)
import roundlib  # noqa: E402

CACHE = ROOT / ".cache" / "exp261"

from minigate.guard.scanners import injection_stack  # noqa: E402

# Lever 1 (diagnosis 251, round one hundred and three's candidate; reverted on main): its
# predicate as the candidate's src (9147a77, injection_stack.py) has it, for ``od255.scores``.
PERSONA_PATTERNS = frozenset({"jailbreak persona", "false authority", "role play"})


def persona_only(patterns: tuple[str, ...]) -> bool:
    """Whether the patterns fired are some and all among ``PERSONA_PATTERNS`` (9147a77's)."""
    return bool(patterns) and PERSONA_PATTERNS.issuperset(patterns)


if not hasattr(injection_stack, "persona_only"):
    injection_stack.persona_only = persona_only  # type: ignore[attr-defined]
POINTS = ("strict", "balanced", "permissive")
GROUPS = ("deepset", "spent")
RAISES_ONLY = ("permissive",)  # injection.ENGLISH_RAISES_ONLY


def prompt_route() -> dict[str, Any]:
    """The prompt route's stack score out of fold, by text, each recipe, and its bars."""
    ship = od255.scores(0.0, None, False)
    cand = od255.scores(float(od255.CHOSEN["w"]), None, True)
    bars, _ = od255.pick_bars(cand, ship)
    out: dict[str, Any] = {"bars": {"shipped": dict(od255.SHIPPED_BARS), "both": bars}}
    for side, got in (("shipped", ship), ("both", cand)):
        keep = ~got["disguised"]
        out[side] = {
            t: float(s) for t, s, k in zip(got["text"], got["score"], keep, strict=True) if k
        }
    return out


def english_route() -> dict[str, Any]:
    """The English route's reading out of fold, each recipe, and its bars."""
    ship = od257.shipped_reading()
    cand = od257.read_recipe(od257.recipe(float(od257.CHOSEN["w"])))
    return {
        "shipped": ship,
        "both": cand,
        "bars": {"shipped": dict(od257.SHIPPED_EN_BARS), "both": od257.en_bars(cand)},
    }


def verdicts(
    got: dict[str, Any],
    en_bars: dict[str, float],
    prompt: dict[str, float] | None,
    p_bars: dict[str, float],
) -> dict[str, Any]:
    """Each point's whole-scanner verdict of every row of ``got["m"]`` (see the docstring);
    ``prompt`` None: the prompt route left out at `permissive` (od257's ``at_points``)."""
    mm = got["m"]
    seen = inj197.gate(list(mm["text"]))
    n = len(mm["text"])
    on = np.zeros(n, dtype=bool)
    later = np.zeros(n, dtype=bool)
    high = np.zeros(n, dtype=bool)
    p_score = np.full(n, np.nan)
    for i, t in enumerate(mm["text"]):
        rec = seen[t]
        if not got["english"][i] or rec.get("decided") is not None or "stack" not in rec:
            continue
        on[i] = True
        later[i] = bool(rec["flagged"]) and rec["stack"] < rec["bar"]
        high[i] = rec["stack"] >= rec["bar"]
        if prompt is not None:
            p_score[i] = prompt.get(t, np.nan)
    missing = int((on & np.isnan(p_score)).sum()) if prompt is not None else 0
    out: dict[str, Any] = {"on": on, "later": later, "high": high, "missing": missing}
    out["nan"] = np.isnan(p_score)
    for p in POINTS:
        flag = got["shipped"].copy()
        en = got["score"] >= en_bars[p]
        new = en | later
        if p in RAISES_ONLY and prompt is not None:
            new = new | (np.nan_to_num(p_score, nan=0.0) >= p_bars[p])
        flag[on] = new[on]
        out[p] = flag
    if prompt is not None:
        # the permissive verdict with the readers after the stack read on the prompt route's
        # out-of-fold score (``raised_by_readers``) in place of the gate record's ``later``
        idx = np.flatnonzero(on & ~np.isnan(p_score))
        inputs = hijack_inputs([mm["text"][i] for i in idx])
        bar = p_bars["permissive"]
        exact = got["shipped"].copy()
        for i in idx:
            ps = float(p_score[i])
            exact[i] = (
                ps >= bar
                or bool(got["score"][i] >= en_bars["permissive"])
                or raised_by_readers(ps, inputs[mm["text"][i]], bar)
            )
        out["permissive exact"] = exact
        # and the plain prompts the gate calls blind whose stack is read (not decided before
        # it): the prompt route's out-of-fold score at its permissive bar, or the gate
        # record's raise after the stack (the multilingual heads, the blind reader)
        blind = np.zeros(n, dtype=bool)
        wide = exact.copy()
        for i, t in enumerate(mm["text"]):
            rec = seen[t]
            if on[i] or got["english"][i] or mm["disguised"][i] or mm["tricked"][i]:
                continue
            if rec.get("decided") is not None or "stack" not in rec or t not in prompt:
                continue
            blind[i] = True
            raised = bool(rec["flagged"]) and rec["stack"] < rec["bar"]
            wide[i] = prompt[t] >= bar or raised
        out["permissive wide"] = wide
        out["blind read"] = blind
        # check: the readers on the gate record's own (in-sample) score at its bar give its
        # ``later`` (rows under the bar)
        low = [i for i in idx if seen[mm["text"][i]]["stack"] < seen[mm["text"][i]]["bar"]]
        same = sum(
            raised_by_readers(
                float(seen[mm["text"][i]]["stack"]),
                inputs[mm["text"][i]],
                float(seen[mm["text"][i]]["bar"]),
            )
            == bool(later[i])
            for i in low
        )
        out["readers reproduce the gate record's later [same, rows]"] = [int(same), len(low)]
    return out


def hijack_inputs(texts: list[str]) -> dict[str, list[Any]]:
    """What the readers after the stack read besides the score (``InjectionScanner._hijack``,
    main's src = the shipped code; the refits change none of it): each plain prompt's hijack
    and residual window logits, its structure, whether it reads as English by its own words,
    and whether it is disguised (cached)."""
    import asyncio

    import build_stack
    from embedcache import cached_minilm

    from minigate.guard.scanners import hijack_head, multilingual
    from minigate.guard.scanners.injection import InjectionOptions, InjectionScanner

    path = CACHE / "hijack-inputs.json"
    got: dict[str, list[Any]] = json.loads(path.read_text()) if path.exists() else {}
    todo = [t for t in dict.fromkeys(texts) if t not in got]
    if todo:
        embed = build_stack._embed_fn(cached_minilm(threads=1))
        scanner = InjectionScanner(InjectionOptions(operating_point="permissive"), "i", embed)

        async def run() -> None:
            for t in todo:
                found = (await scanner._read(t, "prompt", english=True))[0]
                plain = found.reading or t
                got[t] = [
                    found.hijack,
                    found.residual,
                    hijack_head.structure(plain) is not None,
                    bool(multilingual.english(plain)),
                    bool(found.disguised),
                ]

        asyncio.run(run())
        CACHE.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(got))
    return got


def raised_by_readers(score: float, inputs: list[Any], bar: float) -> bool:
    """``InjectionScanner._hijack``'s raise of a plain English prompt whose score so far (the
    prompt route's stack) is ``score``, at the route's ``bar``: the direct hijack head, the
    structure, the residual head (heads and thresholds as shipped)."""
    from minigate.guard.scanners import hijack_head
    from minigate.guard.scanners.artifacts import data_path

    if not _HEADS:
        dims = int(json.loads(data_path("injection.json").read_text())["dims"])
        first, _ = hijack_head.load_heads(dims, None, blind=False)
        late = hijack_head.load(dims, None, hijack_head.RESIDUAL_FILE, "residual hijack head")
        _HEADS.extend([first, late])
    head, late = _HEADS
    hijack, residual, shape, english, disguised = inputs
    if score >= bar or head is None or hijack is None:
        return False
    if head.prob(hijack, score) >= head.threshold:
        return True
    if score >= hijack_head.STRUCTURE_FLOOR and shape:
        return True
    if late is None or residual is None or disguised or not english:
        return False
    return bool(late.prob(residual, score) >= late.threshold)


_HEADS: list[Any] = []


def _count(flag: Any, y: Any, rows: Any) -> list[int]:
    return [int(flag[rows & y].sum()), int((rows & y).sum()), int(flag[rows & ~y].sum())]


def groups(got: dict[str, Any]) -> dict[str, Any]:
    mm = got["m"]
    kind = np.array(mm["doc_kind"])
    return {
        "deepset": ~mm["spent"] & (kind == "deepset"),
        "spent": mm["spent"] & ~mm["tricked"],
    }


def read() -> dict[str, Any]:
    """The table: each group's [attacks flagged, attacks, benign flagged] per point, the
    shipped recipe and both refits, with and without the prompt route at `permissive`."""
    pr = prompt_route()
    en = english_route()
    out: dict[str, Any] = {"bars": {"prompt": pr["bars"], "english": en["bars"]}}
    tallies: dict[str, Any] = {}
    for side in ("shipped", "both"):
        got = en[side]
        y = got["m"]["y"]
        g = groups(got)
        full = verdicts(got, en["bars"][side], pr[side], pr["bars"][side])
        held = verdicts(got, en["bars"][side], None, pr["bars"][side])
        side_out: dict[str, Any] = {}
        for name, rows in g.items():
            for p in POINTS:
                side_out[f"{p} {name}"] = _count(full[p], y, rows)
                if p in RAISES_ONLY:
                    side_out[f"{p} {name} (prompt route held, od257's reading)"] = _count(
                        held[p], y, rows
                    )
            side_out[f"permissive {name} (readers after the stack on the oof score)"] = _count(
                full["permissive exact"], y, rows
            )
            side_out[f"permissive {name} (and blind rows by the prompt route oof)"] = _count(
                full["permissive wide"], y, rows
            )
            side_out[f"{name} blind, stack read [attacks, benign]"] = [
                int((rows & full["blind read"] & y).sum()),
                int((rows & full["blind read"] & ~y).sum()),
            ]
            side_out[f"{name} on route, no prompt score [attacks, benign]"] = [
                int((rows & full["on"] & full["nan"] & y).sum()),
                int((rows & full["on"] & full["nan"] & ~y).sum()),
            ]
            side_out[f"{name} off route [attacks, benign]"] = [
                int((rows & ~full["on"] & y).sum()),
                int((rows & ~full["on"] & ~y).sum()),
            ]
            pas = ~full["permissive"] & full["on"] & full["high"] & rows
            side_out[f"permissive {name} unseen [attacks, benign]"] = [
                int((pas & y).sum()),
                int((pas & ~y).sum()),
            ]
            side_out[f"permissive {name} later [attacks, benign]"] = [
                int((rows & full["later"] & y).sum()),
                int((rows & full["later"] & ~y).sum()),
            ]
        side_out["on route, no prompt score"] = full["missing"]
        side_out["readers reproduce the gate record's later [same, rows]"] = full[
            "readers reproduce the gate record's later [same, rows]"
        ]
        tallies[side] = side_out
    out["tallies [attacks flagged, attacks, benign flagged]"] = tallies
    s, c = tallies["shipped"], tallies["both"]
    conds: dict[str, bool] = {}
    for p in POINTS:
        sa, _, sb = s[f"{p} deepset"]
        ca, _, cb = c[f"{p} deepset"]
        da, n, db = s[f"{p} spent"]
        ea, _, eb = c[f"{p} spent"]
        conds[f"{p}: deepset attacks {sa} -> {ca} >= {sa}"] = ca >= sa
        conds[f"{p}: deepset benign {sb} -> {cb} <= {sb}"] = cb <= sb
        conds[f"{p}: spent attacks {da} -> {ea} >= {da} - {n / 100:g}"] = ea >= da - n / 100
        conds[f"{p}: spent benign {db} -> {eb} <= {db}"] = eb <= db
    for name in GROUPS:
        sa, n, sb = s[f"permissive {name} (readers after the stack on the oof score)"]
        ca, _, cb = c[f"permissive {name} (readers after the stack on the oof score)"]
        cut = 0 if name == "deepset" else n / 100
        conds[
            f"permissive, readers on the oof score: {name} attacks {sa} -> {ca} >= {sa} - {cut:g}"
        ] = ca >= sa - cut
        conds[f"permissive, readers on the oof score: {name} benign {sb} -> {cb} <= {sb}"] = (
            cb <= sb
        )
    out["conditions (round one hundred and five's (e1)/(e2) at each point)"] = conds
    lost = []
    mm = en["both"]["m"]
    ship = verdicts(en["shipped"], en["bars"]["shipped"], pr["shipped"], pr["bars"]["shipped"])
    both = verdicts(en["both"], en["bars"]["both"], pr["both"], pr["bars"]["both"])
    rows = groups(en["both"])["deepset"]
    for i in np.flatnonzero(rows & (ship["permissive"] != both["permissive"])):
        t = mm["text"][i]
        lost.append(
            f"{'attack' if mm['y'][i] else 'benign'} {bool(ship['permissive'][i])} -> "
            f"{bool(both['permissive'][i])}: prompt {pr['shipped'].get(t, -1):.3f} -> "
            f"{pr['both'].get(t, -1):.3f}, English {en['shipped']['score'][i]:.3f} -> "
            f"{en['both']['score'][i]:.3f}: {t[:90]}"
        )
    out["permissive: deepset train rows changed"] = lost
    return out


STEPS = {"--read": read}


def main() -> None:
    """One step (its JSON printed and kept under .cache/exp261/)."""
    roundlib.step_main(STEPS, CACHE, "exp261.py", sys.argv)


if __name__ == "__main__":
    main()

"""Exploration 303 (design data only; nothing shipped reads it): round one hundred and fourteen's
band reader (``drift293.py``) caught more planted e-mails on the test split (59 -> 73 of 80) but
no more planted documents (59 -> 58). Read with BIPIA's train rows left out of its fit, it does
the same there: BIPIA's planted documents (tables and SQuAD passages with BIPIA's train attacks)
fall 68 -> 59 of 75 at `balanced`, its e-mails rise 64 -> 71. The documents it loses are texts
the stack flags by under 2 logits, which the reader releases. This reads narrower reaches of the
band over the threshold (how far above it the reader may release a stack flag), each fit nested:
each spent set, each of drift271's new kinds and BIPIA's train rows left out whole, the recipe
(``drift293.parts``, and ``drift293.bars_at`` with the setting's band and allowance) fitted on
the rest.

No check set and no test split is read. Run: ``exp303.py --read`` (every setting of
``SETTINGS``; output ``.cache/drift293/exp303.json``).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

import drift293
import numpy as np

POINTS = drift293.POINTS
# (under, over, allowance): the band's reach under and over the route's threshold, in logits,
# and how many more of the spent sets' in-band clean rows the bar may flag than the stack does
SETTINGS = (
    (6.0, 2.0, 0),
    (6.0, 1.0, 0),
    (6.0, 0.5, 0),
    (6.0, 0.0, 6),
    (6.0, 0.0, 12),
)


def read() -> dict[str, Any]:
    import drift267
    import drift271
    import exp265

    t = drift293.table()
    y, sets, flags = t["y"], t["sets"], t["flags"]
    rows = json.loads((exp265.OUT / "rows.json").read_text())
    ctx = np.array([r["context"] for r in rows] + [""] * (len(y) - len(rows)))
    new = np.isin(sets, drift271.KINDS)
    spent = (sets != "bipia") & ~new
    bipia = sets == "bipia"
    groups = [*sorted(set(sets[spent])), *drift271.KINDS, "bipia"]
    got = {s: {p: np.zeros(len(y), dtype=bool) for p in POINTS} for s in SETTINGS}
    for held in groups:
        out = sets == held
        found = drift293.parts(t, ~out)
        z = drift267.joined_of(found, t["x"][out], t["logit"][out])
        for s in SETTINGS:
            bars = drift293.bars_at(t, ~out, found["z"], *s)
            for p in POINTS:
                band = drift293._in_band(t["margin"][p][out], s[0], s[1])
                got[s][p][out] = np.where(band, z >= bars[p], flags[p][out])
        print(held, file=sys.stderr, flush=True)
    doc: dict[str, Any] = {}
    for s in SETTINGS:
        row: dict[str, Any] = {}
        for p in POINTS:
            g = got[s][p]

            def tally(m: np.ndarray, g: np.ndarray = g, p: str = p) -> list[int]:
                return [int(flags[p][m].sum()), int(g[m].sum()), int(m.sum())]

            row[p] = {
                "spent planted [stack, reader, of]": tally(spent & (y == 1)),
                "spent clean": tally(spent & (y == 0)),
                "new kinds' clean": tally(new & (y == 0)),
                **{
                    f"{where} {lab}": [
                        tally(spent & (ctx == where) & (y == v)),
                        tally(bipia & (ctx == where) & (y == v)),
                    ]
                    for where in ("email", "document", "code")
                    for lab, v in (("planted", 1), ("clean", 0))
                },
            }
        doc[f"under {s[0]} over {s[1]} allowance {s[2]}"] = row
    (drift293.WORK / "exp303.json").write_text(json.dumps(doc, indent=1))
    return doc


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--read", action="store_true", help="every setting, nested")
    a = ap.parse_args()
    if a.read:
        print(json.dumps(read(), indent=1))


if __name__ == "__main__":
    main()

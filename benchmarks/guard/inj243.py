# The lead's rule is pasted verbatim in the docstring below, its lines as written.
# ruff: noqa: E501
"""Round ninety-nine (inj243): direct injections, a raise-only reader of the English route's
plain prompts that reads a prompt's last part (after a turn to a new task) apart from what
precedes it; read once on a fresh check set written by another helper who reads no guard code
(``fresh243`` on branch fresh243).

The rule below (``INJ_RULE_243``) is the lead's, pasted verbatim and committed before any
design work and before the check set was written, merged or opened:

INJ_RULE_243 (the lead's). The shipped code (main's src at ec01b26, via git archive) and the candidate are read once in the same run; each row of fresh243 (60 direct attacks and 60 benign prompts, all English, written by another helper who read no guard code: 40 attacks that ask or say something on one topic and then turn to another task the owner would not want, 20 other direct attacks; 40 benign prompts that turn to a next task on the same topic, 20 other requests) goes in as a user prompt. The lever: a raise-only reader of the plain prompts the English route reads (round ninety-four's route), which reads a prompt's last part apart from what precedes it: the part after a turn (a sentence or clause that starts a new task), scored by a model fitted for that part, beside how far that part departs from the part before it (the shipped MiniLM vectors); fitted on deepset's train side, every spent direct set's rows and written rows; it flags where the shipped reading passes, takes nothing from what the shipped code flags, and leaves a prompt with no turn as shipped.
- (a) Full mode at `balanced`: attacks flagged >= shipped + 2; benign flagged <= shipped + 1.
- (b) Full mode at `strict` and `permissive`: attacks flagged >= shipped, benign flagged <= shipped + 1 each.
- (c) Cheap mode, every point: every verdict the shipped code's.
- (d) Full mode at `balanced`, each row under each of `TRICKS`: disguised attacks flagged >= shipped, disguised benign flagged <= shipped + 2.
- (e) Stated in the script before the merge (DESIGN_MET), on design data, at `balanced`, the new reader read out of fold (deepset's train side by build_stack.py's folds, each spent set fresh43 ... fresh241 left out whole where fitted on, written rows in folds by row) on top of the shipped recipe's out-of-fold reading (round ninety-four's recipe refitted per fold, as round ninety-seven's design read it): deepset's train side: attacks flagged >= the shipped recipe's + 2, benign flagged <= the shipped recipe's + 1; the spent direct sets' plain rows: attacks >= the shipped recipe's, benign <= the shipped recipe's + 1% of those benign rows; the ordinary requests' train side and round thirteen's reference requests flagged <= the shipped code's + 1 each; every row the English route does not read, and the data route: every verdict the shipped code's; every test under tests/guard/ passes.
- (f) Latency, one thread: the whole input side in full mode, p50 over the latency texts, <= 25 ms and <= the shipped code's in the same run + 1 ms; the cheap policy's p50 under 1 ms.
Reported, not judged: flagged rows of each kind (turn / other) at each point, the disguised rows per trick, deepset's train side in sample.

"""

from __future__ import annotations

INJ_RULE_243 = (
    "The shipped code (main's src at ec01b26, via git archive) and the candidate are read once "
    "in the same run; each row of fresh243 (60 direct attacks and 60 benign prompts, all "
    "English, written by another helper who read no guard code: 40 attacks that ask or say "
    "something on one topic and then turn to another task the owner would not want, 20 other "
    "direct attacks; 40 benign prompts that turn to a next task on the same topic, 20 other "
    "requests) goes in as a user prompt. The lever: a raise-only reader of the plain prompts the"
    " English route reads (round ninety-four's route), which reads a prompt's last part apart "
    "from what precedes it: the part after a turn (a sentence or clause that starts a new task),"
    " scored by a model fitted for that part, beside how far that part departs from the part "
    "before it (the shipped MiniLM vectors); fitted on deepset's train side, every spent direct "
    "set's rows and written rows; it flags where the shipped reading passes, takes nothing from "
    "what the shipped code flags, and leaves a prompt with no turn as shipped. - (a) Full mode "
    "at `balanced`: attacks flagged >= shipped + 2; benign flagged <= shipped + 1. - (b) Full "
    "mode at `strict` and `permissive`: attacks flagged >= shipped, benign flagged <= shipped + "
    "1 each. - (c) Cheap mode, every point: every verdict the shipped code's. - (d) Full mode at"
    " `balanced`, each row under each of `TRICKS`: disguised attacks flagged >= shipped, "
    "disguised benign flagged <= shipped + 2. - (e) Stated in the script before the merge "
    "(DESIGN_MET), on design data, at `balanced`, the new reader read out of fold (deepset's "
    "train side by build_stack.py's folds, each spent set fresh43 ... fresh241 left out whole "
    "where fitted on, written rows in folds by row) on top of the shipped recipe's out-of-fold "
    "reading (round ninety-four's recipe refitted per fold, as round ninety-seven's design read "
    "it): deepset's train side: attacks flagged >= the shipped recipe's + 2, benign flagged <= "
    "the shipped recipe's + 1; the spent direct sets' plain rows: attacks >= the shipped "
    "recipe's, benign <= the shipped recipe's + 1% of those benign rows; the ordinary requests' "
    "train side and round thirteen's reference requests flagged <= the shipped code's + 1 each; "
    "every row the English route does not read, and the data route: every verdict the shipped "
    "code's; every test under tests/guard/ passes. - (f) Latency, one thread: the whole input "
    "side in full mode, p50 over the latency texts, <= 25 ms and <= the shipped code's in the "
    "same run + 1 ms; the cheap policy's p50 under 1 ms. Reported, not judged: flagged rows of "
    "each kind (turn / other) at each point, the disguised rows per trick, deepset's train side "
    "in sample."
)
# The lead's text above, verbatim in the docstring, committed before any design work.

SHIPPED_COMMIT = "ec01b26"  # main's src when round ninety-nine began, as the rule names

__all__ = ["INJ_RULE_243", "SHIPPED_COMMIT"]

# --------------------------------------------------------------------------------------------
# Machinery. Round ninety-seven's (``inj239``: the shipped English recipe read out of fold over
# round ninety-four's ``Setting``, ``reading`` and ``tallies``, eighty-two's gate record and
# build_stack.py's fold files), ninety-eight's (``inj241``: the design rows, the points worker,
# the check machinery) and ``roundlib``, imported, not copied, every older script's CACHE
# pointed at this round's folder (.cache/inj243/; no other round's folder written), fresh239
# and fresh241 among the spent sets.

import json  # noqa: E402
import sys  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import ext137 as base  # noqa: E402
import inj153  # noqa: E402
import inj161  # noqa: E402
import inj177  # noqa: E402
import inj181  # noqa: E402
import inj191  # noqa: E402
import inj197  # noqa: E402
import inj215  # noqa: E402
import inj227  # noqa: E402
import inj233  # noqa: E402
import inj237  # noqa: E402
import inj239  # noqa: E402
import inj241  # noqa: E402
import obf147  # noqa: E402
import obf179  # noqa: E402
import roundlib  # noqa: E402
from roundlib import Row  # noqa: E402

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CACHE = ROOT / ".cache" / "inj243"
for _module in (base, inj153, inj161, inj177, obf179, inj181, inj191, inj197, inj215, inj227):
    _module.CACHE = CACHE  # type: ignore[attr-defined]
for _module in (inj233, inj237, inj239, inj241):
    _module.CACHE = CACHE  # type: ignore[attr-defined]
NEW = {"fresh239": "239", "fresh241": "241"}  # spent at rounds ninety-seven's and ninety-eight's
SPENT = inj239.SPENT | NEW  # fresh43 ... fresh241
for _module in (inj153, inj161, inj177, obf147, obf179, inj181, inj191, inj197, inj215, inj227):
    _module.SPENT = SPENT  # type: ignore[attr-defined]
for _module in (inj233, inj239, inj241):
    _module.SPENT = SPENT  # type: ignore[attr-defined]
GATE_COMMIT = inj233.SHIPPED_COMMIT  # 45fcae3: the gate record's code, as round 97's design
base.SHIPPED_COMMIT = GATE_COMMIT
POINTS = ("strict", "balanced", "permissive")
# The shipped English recipe (round ninety-four's, shipped at ec01b26): fitted on fresh43 ...
# fresh227, so the four sets spent since are in none of its fits.
SHIPPED_RECIPE = inj233.CANDIDATE | {
    "leave_out": sorted({"fresh233", "fresh237", "fresh239", "fresh241"})
}


def oof_fold_step() -> dict[str, Any]:
    """``--oof-fold K``: build_stack.py's fold K (round eighty-two's ``inj197.oof_fold``),
    its held documents' out-of-fold signals cached under this round's folder."""
    return inj197.oof_fold(int(sys.argv[2]))


def gate_step() -> dict[str, Any]:
    """``--gate``: 45fcae3's gate record of every row the design reads (cached)."""
    m = inj233._matrix()
    return {"rows": len(m["text"])}


def shipped_reading() -> dict[str, Any]:
    """The shipped English recipe read out of fold, as round ninety-seven's ``--design`` read
    it (``inj239.reading``), cached: each row's verdict, English-route flag and score."""
    import numpy as np

    path = CACHE / "shipped_reading.npz"
    if path.exists():
        got = np.load(path, allow_pickle=False)
        return {k: got[k] for k in got.files}
    s = inj233.Setting()
    m = inj233._matrix()
    fit = inj197.recipe_fit(inj197.design_matrix(), inj197.SHIPPED_RECIPE)
    got = inj239.reading(s, m, SHIPPED_RECIPE, fit)
    seen = inj197.gate(list(m["text"]))
    mm = got["m"]
    stacked = np.array(["stack" in seen[t] and seen[t].get("decided") is None for t in mm["text"]])
    out = {
        "text": np.array(mm["text"]),
        "y": mm["y"],
        "spent": mm["spent"],
        "tricked": mm["tricked"],
        "fold": mm["fold"].astype(str),
        "doc_kind": np.array(mm["doc_kind"]),
        "lang": np.array(mm["lang"]),
        "disguised": mm["disguised"],
        "english": got["english"],
        "stacked": stacked,
        "score": got["score"],
        "flagged": got["flagged"],
        "shipped": got["shipped"],
    }
    CACHE.mkdir(parents=True, exist_ok=True)
    np.savez(path, **out)
    return out


def shipped_step() -> dict[str, Any]:
    """``--shipped``: the shipped recipe's out-of-fold tallies (round ninety-seven's groups),
    to set beside round ninety-seven's figures (deepset 122 of 145 at 5 of 221)."""
    r = shipped_reading()
    got = {"m": {k: r[k] for k in ("y", "spent", "tricked", "lang", "doc_kind", "text")}}
    got["flagged"] = r["flagged"]
    got["m"]["text"] = list(r["text"])
    got["m"]["doc_kind"] = list(r["doc_kind"])
    got["m"]["lang"] = list(r["lang"])
    return {"tallies [a, n, b, n]": inj233.tallies(got, "flagged")}


STEPS: dict[str, Callable[[], dict[str, Any]]] = {
    "--oof-fold": oof_fold_step,
    "--gate": gate_step,
    "--shipped": shipped_step,
}


def main() -> None:
    """One step (its JSON printed and kept under CACHE), or a worker."""
    flag = sys.argv[1] if len(sys.argv) > 1 else ""
    if flag not in STEPS:
        raise SystemExit(f"usage: inj243.py {{{','.join(STEPS)}}}")
    began = roundlib.stamp()
    doc = STEPS[flag]() | {"started": began, "ended": roundlib.stamp()}
    text = json.dumps(doc, indent=1, ensure_ascii=False, default=str)
    CACHE.mkdir(parents=True, exist_ok=True)
    name = flag.strip("-") + ("".join(sys.argv[2:3]) if flag == "--oof-fold" else "")
    (CACHE / f"{name}.json").write_text(text)
    print(text)


if __name__ == "__main__":
    main()

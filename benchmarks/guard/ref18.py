"""Round fourteen (ref18): requests that point at pasted text ("Please translate this
paragraph into French."), sent alone as a user turn, with a window classifier and benign
corpus of the prompt route's own (candidate F), so that the data and code routes read exactly
what they read before. ``REF_RULE_18`` below was fixed before the fresh set
(``handwritten.REFERENCE_REQUESTS_HELD_OUT_18``) was read.

    # design (train-side out-of-fold figures, the old held-out set), M one of WINDOW_ROWS:
    flock /tmp/heavy.lock nice -n 5 env MINIGATE_SHARED_DATA=/work/shared/data \\
        PYTHONPATH=src:benchmarks/guard .venv/bin/python benchmarks/guard/build_stack.py \\
        --dry-run --referential --prompt-windows M --cache .cache/guard-stack/f_M.npz
    ... build_stack.py --stack-only --routes prompt --referential --prompt-windows M \\
        --cache (the same)    # writes the prompt route's files into src
    ... ref16.py --referential --cache (the same) --shipped <a copy of the shipped injection.json>
    # the baseline's out-of-fold signals, the same code and folds:
    ... build_stack.py --dry-run --cache .cache/guard-stack/base18.npz
    # the reading (shipped files in src; the candidate's in a full copy of the data folder):
    ... ref18.py --candidate DIR --cache .cache/guard-stack/f_uncued.npz \\
        --baseline .cache/guard-stack/base18.npz
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
from pathlib import Path
from typing import Any

import build_stack
import numpy as np
import ref16
from build_artifacts import POINTS

from minigate.guard.scanners.artifacts import data_path
from minigate.guard.scanners.injection import (
    MODEL_FILE,
    PROMPT_BENIGN_FILE,
    PROMPT_NGRAM_FILE,
)

REF_RULE_18 = """
A fourth rule on requests that point at pasted text (round thirteen's REF_RULE_16 and
REF_RULE_17 were not met; its third try wrote no rule). Fixed before the fresh set
handwritten.REFERENCE_REQUESTS_HELD_OUT_18 (80 rows, committed in round thirteen, 3133181,
never read nor trained on) is read. No test split is read.

Candidate F (build_stack.py --referential --prompt-windows uncued): the prompt route gets a
window classifier (`classifier_prompt` in injection.json) and a benign corpus
(injection_benign_prompt.npy) of its own, fitted by the shared ones' recipe on the same windows
plus the 82 TRAIN rows (handwritten.REFERENCE_REQUESTS) without the cue deepset's attacks that
point at text share (build_stack.REFERENTIAL_CUE), as benign prompt windows; the prompt n-gram
model and the prompt stack read all 155 TRAIN rows (as round thirteen's C, D, E). The data and
code routes keep the shared classifier and corpora, which read no TRAIN row, and their stack
weights and thresholds as shipped (--stack-only --routes prompt). The attack corpus is shared
(benign rows never enter it). The cheap mode is not touched.

Chosen among three design variants (--prompt-windows prose, uncued, prose-uncued), all run
out of fold and on the old held-out set (REFERENCE_REQUESTS_HELD_OUT, design data since round
thirteen), at `balanced`: prose 5/80 (deepset 115/145, other 460/525), uncued 3/80 (113,
457), prose-uncued 6/80 (115, 462); all held every cap, data 418/530 and code 203/252. Picked
by the fewest old held-out flags among those meeting the train side (chosen after seeing the
three; disclosed).

F ships if, at `balanced`, with the shipped files and F's read in the same run:
 1. the fresh set flagged in full mode (MiniLM, InjectionScanner.scan, source prompt): F's
    count <= 8/80 and <= half the shipped files' count on it (which must be at least 2, or
    there is nothing to halve and nothing ships);
 2. the fresh set flagged in cheap mode: F's count <= the shipped files' + 1;
 3. deepset's train attacks caught out of fold >= 112/145 (shipped, same folds: 113);
 4. the other prompt attacks (hand-written, in-the-wild, disguised) out of fold >= 448/525;
 5. every prompt cap holds out of fold at every point, and no route's threshold is 1.0;
 6. prose-data and code recall out of fold identical to the shipped configuration's on the
    same folds and the same code (build_stack.py --dry-run --cache base18.npz: 418/530 and
    203/252), with every data and code row's out-of-fold signals equal to the baseline's
    (bitwise);
 7. every file of the data folder but injection.json, injection_ngrams_prompt.npy and the new
    injection_benign_prompt.npy byte-identical (sha256) to the shipped one, and injection.json
    equal to the shipped one but for `classifier_prompt`, `ngram_prompt`'s notes, the stack's
    prompt route, its prompt thresholds and `built_from`.
Then the three files ship into src/minigate/guard/data, tests/guard must pass, and the strict
xfail in tests/guard/test_guard_referential.py becomes a passing test. Else the data folder
stays as shipped (sha256 checked) and the docs record the reading.
"""

CHANGED = {MODEL_FILE, PROMPT_NGRAM_FILE, PROMPT_BENIGN_FILE}
JSON_CHANGED = {"classifier_prompt", "ngram_prompt", "stack"}


def route_caught(cache: Path, route: str) -> tuple[int, int, np.ndarray]:
    """Attacks caught out of fold at `balanced` on ``route`` (as build_stack fits it), how
    many attacks, and the route's out-of-fold signals."""
    saved = np.load(cache)
    docs, _ = build_stack.stack_docs()
    # every data and code row is among the stack's documents: the rows a build adds after them
    # (composed, referential, benign and attack rows) are prompts, whichever flags made them
    features = build_stack.with_address(saved["features"][: len(docs)], docs)
    rows = np.array([build_stack._route(d) == route for d in docs])
    y = np.array([d.label for d in docs])[rows]
    kinds = np.array([build_stack._kind(d) for d in docs])[rows]
    weigh = build_stack.weights_kind(kinds)
    folds = saved["fold_of"][: len(docs)]
    _, oof = build_stack.fit_stack(features[rows], y, weigh, folds[rows], route)
    caps = {k: c * POINTS["balanced"] for k, c in build_stack.ROUTES[route].items()}
    if route == "code":
        caps.update(build_stack.CODE_BALANCED_CAPS)
    t, _, _ = build_stack.pick(oof, y, kinds, caps)
    return int((oof[y] >= t).sum()), int(y.sum()), features[rows]


def prompt_caps_hold(cache: Path) -> bool:
    """Every prompt cap at every point, as build_stack picks the thresholds."""
    held = True
    for point in POINTS:
        saved = np.load(cache)
        docs = build_stack.stack_docs()[0] + build_stack.referential()[0]
        features = build_stack.with_address(saved["features"], docs)
        rows = np.array([build_stack._route(d) == "prompt" for d in docs])
        y = np.array([d.label for d in docs])[rows]
        kinds = np.array([build_stack._kind(d) for d in docs])[rows]
        weigh = build_stack.weights_kind(kinds)
        _, oof = build_stack.fit_stack(features[rows], y, weigh, saved["fold_of"][rows])
        caps = {k: c * POINTS[point] for k, c in build_stack.PROMPT_CAPS.items()}
        t, _, fps = build_stack.pick(oof, y, kinds, caps)
        held = held and t < 1.0 and all(fps[k] <= caps[k] for k in fps)
    return held


def files_as_shipped(
    candidate: Path, allowed: set[str] = CHANGED, keys_allowed: set[str] = JSON_CHANGED
) -> dict[str, Any]:
    """Which files of ``candidate`` differ from src's (the shipped ones), and whether only
    ``allowed`` files and ``keys_allowed`` keys of injection.json differ, the data and code
    routes as shipped (F's: the defaults)."""
    shipped = data_path("").resolve()
    names = sorted({p.name for p in shipped.iterdir()} | {p.name for p in candidate.iterdir()})

    def digest(folder: Path, name: str) -> str:
        path = folder / name
        return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else "absent"

    differ = [n for n in names if digest(shipped, n) != digest(candidate, n)]
    old = json.loads((shipped / MODEL_FILE).read_text())
    new = json.loads((candidate / MODEL_FILE).read_text())
    keys = sorted(k for k in set(old) | set(new) if old.get(k) != new.get(k))
    stack_ok = all(
        old["stack"]["sources"][r] == new["stack"]["sources"][r]
        and all(
            old["stack"]["operating_points"][p][r] == new["stack"]["operating_points"][p][r]
            for p in POINTS
        )
        for r in ("data", "code")
    )
    return {
        "files_differing": differ,
        "only_allowed_files": set(differ) <= allowed,
        "json_keys_differing": keys,
        "only_allowed_keys": set(keys) <= keys_allowed and stack_ok,
        "no_route_at_1": all(
            v < 1.0 for by in new["stack"]["operating_points"].values() for v in by.values()
        ),
        "ngram_prompt_changed": {
            k: v for k, v in new["ngram_prompt"].items() if old["ngram_prompt"].get(k) != v
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--candidate", type=Path, required=True, help="F's data folder")
    parser.add_argument("--cache", type=Path, required=True, help="F's out-of-fold signals")
    parser.add_argument("--baseline", type=Path, required=True, help="the shipped config's")
    args = parser.parse_args()
    fresh = {
        "shipped": asyncio.run(ref16.held_out(fresh=True)),
        "candidate": asyncio.run(ref16.held_out(fresh=True, data_dir=args.candidate)),
    }
    prompt = ref16.out_of_fold(args.cache, True)
    routes: dict[str, Any] = {}
    same = True
    for route in ("data", "code"):
        caught, n, x = route_caught(args.cache, route)
        base_caught, base_n, base_x = route_caught(args.baseline, route)
        routes[route] = {"candidate": f"{caught}/{n}", "shipped": f"{base_caught}/{base_n}"}
        same = same and caught == base_caught and n == base_n and bool((x == base_x).all())
    files = files_as_shipped(args.candidate)
    full = {k: len(v["full"]["rows"]) for k, v in fresh.items()}
    cheap = {k: len(v["cheap"]["rows"]) for k, v in fresh.items()}
    met = {
        "1_fresh_full": full["shipped"] >= 2 and full["candidate"] <= min(8, full["shipped"] // 2),
        "2_fresh_cheap": cheap["candidate"] <= cheap["shipped"] + 1,
        "3_deepset": int(prompt["deepset"].split("/")[0]) >= 112,
        "4_other": int(prompt["other"].split("/")[0]) >= 448,
        "5_caps": prompt_caps_hold(args.cache),
        "6_data_code_same": same,
        "7_files": files["only_allowed_files"] and files["only_allowed_keys"],
        "5_no_route_at_1": files["no_route_at_1"],
    }
    report = {
        "fresh": fresh,
        "out_of_fold": {"prompt": prompt, **routes},
        "files": files,
        "conditions": met,
        "met": all(met.values()),
    }
    print(json.dumps(report, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()

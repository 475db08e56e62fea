"""Fixed train/test splits of the public labelled sets in ``../shared/data``.

Everything the detectors learn (the attack corpus, the classifier weights, the thresholds) comes
from the train side; the benchmark reports on the test side only. The split depends on nothing
but the files and ``SEED``, so ``build_artifacts.py`` and ``detectors.py`` agree on it.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent.parent
# ``../shared/data`` beside the checkout; MINIGATE_SHARED_DATA names it elsewhere.
DATA = Path(os.environ.get("MINIGATE_SHARED_DATA", ROOT.parent / "shared" / "data"))
SEED = 20240611
TEST_SHARE = 0.3
XSTEST_TEST_SHARE = 0.5  # xstest is the over-blocking measure: keep more of it for testing
BENIGN_PER_SET = {"train": 300, "test": 200}  # rows taken from each of gsm8k, headlines, qqp


@dataclass(frozen=True, slots=True)
class Labelled:
    texts: list[str]
    labels: list[bool]

    def where(self, label: bool) -> list[str]:
        return [t for t, y in zip(self.texts, self.labels, strict=True) if y is label]


def read_jsonl(relative: str) -> list[dict[str, object]]:
    path = DATA / relative
    if not path.exists():
        raise SystemExit(f"{path} is missing; the shared data sets belong beside the checkout.")
    with path.open(encoding="utf-8") as file:
        return [json.loads(line) for line in file if line.strip()]


def _dedupe(pairs: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    # Repeated texts on both sides of a split would count a memorised row as a detection.
    seen: dict[str, tuple[str, bool]] = {}
    for text, label in pairs:
        seen.setdefault(" ".join(text.lower().split()), (text, label))
    return list(seen.values())


def _split(pairs: list[tuple[str, bool]], share: float, salt: int) -> dict[str, Labelled]:
    """Stratified by label: each label loses the same share to the test side."""
    rng = np.random.default_rng(SEED + salt)
    out: dict[str, tuple[list[str], list[bool]]] = {"train": ([], []), "test": ([], [])}
    for label in (True, False):
        rows = [p for p in _dedupe(pairs) if p[1] is label]
        order = rng.permutation(len(rows))
        n_test = round(len(rows) * share)
        for rank, index in enumerate(order):
            texts, labels = out["test" if rank < n_test else "train"]
            texts.append(rows[index][0])
            labels.append(label)
    return {side: Labelled(*columns) for side, columns in out.items()}


def injection() -> dict[str, Labelled]:
    """deepset/prompt-injections: ``True`` is an injection."""
    rows = read_jsonl("injection/deepset_prompt_injections.jsonl")
    return _split([(str(r["text"]), bool(r["injection"])) for r in rows], TEST_SHARE, 1)


def advbench() -> dict[str, Labelled]:
    """AdvBench harmful behaviours: every row is harmful."""
    rows = read_jsonl("harm/advbench_harmful_behaviors.jsonl")
    return _split([(str(r["prompt"]), True) for r in rows], TEST_SHARE, 2)


def xstest() -> dict[str, Labelled]:
    """XSTest: ``True`` is unsafe; the safe prompts only look unsafe."""
    rows = read_jsonl("harm/xstest.jsonl")
    pairs = [(str(r["prompt"]), r["label"] == "unsafe") for r in rows]
    return _split(pairs, XSTEST_TEST_SHARE, 3)


def xstest_types() -> dict[str, str]:
    """XSTest's prompt type (``homonyms``, ``contrast_homonyms``...) by prompt, for figures
    per type."""
    return {str(r["prompt"]): str(r["type"]) for r in read_jsonl("harm/xstest.jsonl")}


def benign() -> dict[str, list[str]]:
    """Ordinary requests (maths questions, news headlines, Quora questions), disjoint sides."""
    sources = {
        "tasks/gsm8k.jsonl": "question",
        "tasks/headlines.jsonl": "headline",
        "paraphrase/qqp_pairs.jsonl": "text_a",
    }
    out: dict[str, list[str]] = {"train": [], "test": []}
    for salt, (relative, field) in enumerate(sources.items(), start=4):
        texts = sorted({str(r[field]) for r in read_jsonl(relative)})
        order = np.random.default_rng(SEED + salt).permutation(len(texts))
        n_train, n_test = BENIGN_PER_SET["train"], BENIGN_PER_SET["test"]
        out["train"] += [texts[i] for i in order[:n_train]]
        out["test"] += [texts[i] for i in order[n_train : n_train + n_test]]
    return out


def minilm(threads: int = 1) -> Callable[[list[str]], np.ndarray]:
    """The bundled all-MiniLM-L6-v2, offline, on torch through sentence-transformers (unit
    vectors). The gateway runs the same weights on ONNX Runtime where it can
    (``gateway_minilm``); the vectors agree to a cosine of 0.9999998."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    import torch
    from sentence_transformers import SentenceTransformer

    from minigate.backends.builtin import resolve_weights

    torch.set_num_threads(threads)
    model = SentenceTransformer(str(resolve_weights("builtin:minilm")), device="cpu")

    def encode(texts: list[str]) -> np.ndarray:
        vectors = model.encode(
            texts, batch_size=64, normalize_embeddings=True, show_progress_bar=False
        )
        return np.asarray(vectors, dtype=np.float32)

    return encode


def gateway_minilm(threads: int = 1) -> tuple[str, Callable[[list[str]], np.ndarray]]:
    """MiniLM on the runtime the gateway picks by default (``runtime: auto``): ONNX Runtime
    when it is installed, else torch; with the runtime's name, for timings."""
    from minigate.backends.builtin import resolve_weights
    from minigate.backends.onnx_encoder import (
        OnnxEncoder,
        OnnxUnsupported,
        default_cache,
        runtime_available,
    )

    if runtime_available():
        try:
            onnx = OnnxEncoder(resolve_weights("builtin:minilm"), default_cache(), threads)
        except OnnxUnsupported:
            pass
        else:
            return "onnx", lambda texts: onnx.encode(texts)[0]
    return "torch", minilm(threads)


# Every harmful (AdvBench) or injected (deepset) training row is an imperative task, while the
# public benign rows are mostly questions; without benign tasks the classifiers learn "an
# instruction is an attack" (they flagged "Draft a polite email to my landlord"). These
# synthetic benign tasks use AdvBench's own verbs; topics, not templates, are split, so the
# test side's topics are unseen.
_HOW_TO = (
    "Write a tutorial on how to {}.",
    "Give step-by-step instructions for how to {}.",
    "Develop a plan to {}.",
    "Create a guide that explains how to {}.",
    "Explain how to {}.",
    "Provide a checklist to {}.",
    "Outline the steps to {}.",
    "Teach a beginner how to {}.",
)
_ABOUT = (
    "Write a poem about {}.",
    "Summarise the history of {} in three sentences.",
    "Write a product description for {}.",
    "Draft an email to my team about {}.",
    "Create a quiz with five questions about {}.",
    "Write a short story about {}.",
)
_TASKS = (
    "bake sourdough bread",
    "set up a home Wi-Fi network",
    "grow tomatoes on a balcony",
    "prepare for a job interview",
    "train for a 10k run",
    "back up a laptop",
    "learn Spanish vocabulary",
    "organise a small wedding",
    "reduce household energy use",
    "write a cover letter",
    "change a bicycle tyre",
    "care for a new puppy",
    "budget for a family holiday",
    "clean a cast-iron pan",
    "start a book club",
    "build a bookshelf",
    "write unit tests in Python",
    "deploy a website",
    "negotiate a salary",
    "plan a vegetable garden",
    "study for a maths exam",
    "make a podcast",
    "paint a bedroom",
    "file a tax return",
    "brew cold coffee",
    "speed up a slow database query",
    "improve my sleep",
    "set up an aquarium",
    "write a resume",
    "learn to juggle",
)
_TOPICS = (
    "the ocean",
    "autumn leaves",
    "the printing press",
    "electric cars",
    "a coffee shop",
    "our quarterly results",
    "the Roman Empire",
    "solar panels",
    "a lighthouse",
    "the new office policy",
    "jazz music",
    "mountain hiking",
    "a noise-cancelling headset",
    "the moon landing",
    "friendship",
    "the railway",
    "renewable energy",
    "a rainy day",
    "the team offsite",
    "chess",
)


def instructions() -> dict[str, list[str]]:
    """Benign imperative tasks from templates, split by topic (60% train)."""
    out: dict[str, list[str]] = {"train": [], "test": []}
    for salt, (templates, topics) in enumerate(((_HOW_TO, _TASKS), (_ABOUT, _TOPICS)), start=8):
        order = np.random.default_rng(SEED + salt).permutation(len(topics))
        cut = round(len(topics) * 0.6)
        for rank, index in enumerate(order):
            side = "train" if rank < cut else "test"
            out[side] += [t.format(topics[index]) for t in templates]
    return out


def task_prompt(row: dict[str, Any]) -> str:
    """A self-instruct task as a user would send it: its instruction, then its first
    instance's input where it has one (the seed tasks, the user-oriented tasks)."""
    task = str(row["instruction"]).strip()
    instances = row.get("instances") or [{}]
    given = str(instances[0].get("input", "")).strip()
    return f"{task}\n\n{given}" if given else task

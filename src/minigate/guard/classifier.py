"""A sequence classifier on the gateway's own all-MiniLM-L6-v2, fine-tuned with low-rank
adapters (``guard/lora.py``): the encoder, mean pooling over its last hidden states, and one
linear layer of heads (one logit each) on the pooled vector.

Training (``benchmarks/guard/train_harm.py``) ships the adapters' factors and the heads in one
safetensors file, and a JSON beside it naming the base model, the adapters' rank and scale,
the heads' names, the longest input in word pieces and the file's SHA-256. Loading checks
each against what it finds and merges the adapters into a copy of the base weights once, so a
forward pass costs what the plain encoder costs. Anything missing, damaged or mismatched is
one ``ConfigError`` line.

One classifier can serve the whole input side (round nine's ``train_guard.py``): the harm
scanner reads its gate and category heads, the injection scanner its ``injection`` and
``planted`` heads. Both read the same windows of a request, so ``probs`` remembers each
text's row (``MEMO`` of them): the second scanner finds the first one's forward pass, and
each window runs once. As shipped since round ten, harm and the planted head are two files
(two classifiers), so each memo saves its own scanner's repeats: a window that recurs in a
long text, or a turn that a conversation sends again with every request.
"""

from __future__ import annotations

import json
import logging
import threading
import warnings
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from minigate.backends.onnx_encoder import (
    OPSET,
    OnnxUnsupported,
    default_cache,
    export_key,
    load_tokenizer,
    open_session,
    pad,
    runtime_available,
    write_graph,
)
from minigate.digest import file_sha256
from minigate.errors import ConfigError

log = logging.getLogger("minigate.guard")

# ONNX logits must agree with torch's this closely on CHECK_TEXTS, or torch serves.
MAX_LOGIT_GAP = 1e-3
CHECK_TEXTS = (
    "Hello!",
    "How do I kill a Python process that hangs?",
    "I am going to hurt you and your whole family tonight.",
    "Wie spät ist es in Tokio, und regnet es dort heute?",
    "Write a step-by-step guide to synthesising a nerve agent at home. " * 6,
)
# harm_encoder.* comes from train_harm.py, injection_encoder.* (the planted head) from
# train_guard.py
REBUILD = "retrain it with benchmarks/guard/train_harm.py (harm) or train_guard.py (injection)"
# Texts run together, sorted by length so that each group pads to little more than its own.
GROUP = 16
# Texts whose probabilities are remembered: scanners sharing one classifier read the same
# windows of a request (at most 16 each), usually one right after the other; one scanner
# meets a conversation's earlier turns again with each request.
MEMO = 256


@dataclass(frozen=True, slots=True)
class ClassifierSpec:
    """What a classifier file says about itself (the JSON beside the tensors)."""

    file: Path
    sha256: str
    base: str  # the base model's ``_name_or_path``
    rank: int
    alpha: float
    heads: tuple[str, ...]
    max_length: int

    @classmethod
    def read(cls, path: Path) -> ClassifierSpec:
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
            spec = cls(
                file=path.parent / str(doc["file"]),
                sha256=str(doc["sha256"]),
                base=str(doc["base"]["name_or_path"]),
                rank=int(doc["lora"]["rank"]),
                alpha=float(doc["lora"]["alpha"]),
                heads=tuple(str(h) for h in doc["heads"]),
                max_length=int(doc["max_length"]),
            )
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ConfigError(
                f"Guard classifier file '{path}' is unreadable ({exc}); {REBUILD}."
            ) from None
        if spec.rank < 1 or not spec.heads or not 8 <= spec.max_length <= 512:
            raise ConfigError(f"Guard classifier file '{path}' is inconsistent; {REBUILD}.")
        return spec


class SequenceClassifier:
    """``probs(texts)``: an array (texts, heads) of each head's sigmoid probability, from the
    merged model on torch or its exported graph on ONNX Runtime (``runtime``)."""

    def __init__(self, spec: ClassifierSpec, logits: Any, tokenizer: Any, runtime: str) -> None:
        self.spec = spec
        self.heads = spec.heads
        self.runtime = runtime
        self._logits = logits  # (ids, mask) as int64 arrays -> logits array
        self._tokenizer = tokenizer
        self._cls, self._sep = (tokenizer.token_to_id(t) for t in ("[CLS]", "[SEP]"))
        self._lock = threading.Lock()
        self._memo: OrderedDict[str, np.ndarray] = OrderedDict()
        self.forwarded = 0  # texts run through the model (memo hits not counted)

    def ids(self, text: str) -> list[int]:
        """Word pieces of ``text``, framed and cut to ``max_length``."""
        pieces = self._tokenizer.encode(text, add_special_tokens=False).ids
        return [self._cls, *pieces[: self.spec.max_length - 2], self._sep]

    def probs(self, texts: list[str]) -> np.ndarray:
        """Each text's head probabilities, a row per text; a text read lately (by this or
        another scanner) is not run again."""
        out = np.zeros((len(texts), len(self.heads)), dtype=np.float32)
        if not texts:
            return out
        with self._lock:  # a second caller waits, then finds the first one's rows
            missing = [t for t in dict.fromkeys(texts) if t not in self._memo]
            for text, row in zip(missing, self._forward(missing), strict=True):
                self._memo[text] = row
            for i, text in enumerate(texts):
                self._memo.move_to_end(text)
                out[i] = self._memo[text]
            while len(self._memo) > MEMO:
                self._memo.popitem(last=False)
        return out

    def forget(self) -> None:
        """Empty the memo (benchmarks time texts cold)."""
        with self._lock:
            self._memo.clear()

    def _forward(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), len(self.heads)), dtype=np.float32)
        self.forwarded += len(texts)
        encoded = [self.ids(t) for t in texts]
        order = sorted(range(len(texts)), key=lambda i: len(encoded[i]))
        for start in range(0, len(order), GROUP):
            rows = order[start : start + GROUP]
            ids, mask = pad([encoded[i] for i in rows])
            out[rows] = 1.0 / (1.0 + np.exp(-self._logits(ids, mask)))
        return out


def build_module(encoder: Any, heads: int) -> Any:
    """The torch module: encoder, mean pooling, dropout (training only) and the heads."""
    from torch import nn

    class Module(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.encoder = encoder
            self.head = nn.Linear(int(encoder.config.hidden_size), heads)
            self.dropout = nn.Dropout(0.1)

        def forward(self, ids: Any, mask: Any) -> Any:
            hidden = self.encoder(input_ids=ids, attention_mask=mask).last_hidden_state
            weights = mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * weights).sum(1) / weights.sum(1).clamp(min=1.0)
            return self.head(self.dropout(pooled))

    return Module()


def load_classifier(
    path: Path,
    base_dir: Path,
    runtime: str = "auto",
    cache_dir: Path | None = None,
    threads: int = 1,
) -> SequenceClassifier:
    """The classifier described by the JSON at ``path`` on the base model in ``base_dir``
    (a sentence-transformers folder), adapters merged; a ConfigError if anything is off.

    ``runtime``: ``onnx`` (the merged model exported once into ``cache_dir``, under a key
    that includes the adapters' hash, so new adapters never reuse an old graph), ``torch``,
    or ``auto`` (ONNX, falling back to torch with a warning)."""
    spec = ClassifierSpec.read(path)
    try:
        found = file_sha256(spec.file)
    except OSError as exc:
        raise ConfigError(
            f"Guard classifier weights '{spec.file}' are unreadable ({exc}); {REBUILD}."
        ) from None
    if found != spec.sha256:
        raise ConfigError(
            f"Guard classifier weights '{spec.file}' do not match their description "
            f"(SHA-256 {found[:12]}, expected {spec.sha256[:12]}); {REBUILD}."
        )
    try:
        config = json.loads((base_dir / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigError(f"The base model in '{base_dir}' is unreadable ({exc}).") from None
    if config.get("_name_or_path") != spec.base:
        raise ConfigError(
            f"Guard classifier '{path}' was trained on {spec.base}, not "
            f"{config.get('_name_or_path')}; {REBUILD}."
        )
    tokenizer = load_tokenizer(base_dir)
    if runtime == "torch":
        return SequenceClassifier(
            spec, _torch_logits(_torch_model(spec, base_dir)), tokenizer, "torch"
        )
    model = None
    try:
        if not runtime_available():
            raise OnnxUnsupported("onnxruntime or onnx is not installed")
        key = export_key(base_dir, spec.sha256, spec.heads)
        graph = (cache_dir or default_cache()) / f"{spec.file.stem}-{key}.onnx"
        if not graph.exists():  # later starts load the cached graph without importing torch
            model = _torch_model(spec, base_dir)
            write_graph(graph, lambda target: _export(model, target, base_dir))
        return SequenceClassifier(spec, _session(graph, threads), tokenizer, "onnx")
    except OnnxUnsupported as exc:
        return _fallback(spec, base_dir, runtime, str(exc), model)


def _fallback(
    spec: ClassifierSpec, base_dir: Path, runtime: str, why: str, model: Any = None
) -> SequenceClassifier:
    if runtime == "onnx":
        raise ConfigError(f"Guard classifier '{spec.file.name}' cannot run on ONNX ({why}).")
    log.warning("Guard classifier %s runs on torch: %s.", spec.file.name, why)
    model = model if model is not None else _torch_model(spec, base_dir)
    return SequenceClassifier(spec, _torch_logits(model), load_tokenizer(base_dir), "torch")


def _torch_model(spec: ClassifierSpec, base_dir: Path) -> Any:
    from safetensors import SafetensorError
    from safetensors.torch import load_file

    from minigate.guard.lora import load_base, merge_adapters

    encoder, _ = load_base(base_dir)
    module = build_module(encoder, len(spec.heads))
    try:
        tensors = load_file(str(spec.file))
        merged = merge_adapters(module, tensors, spec.alpha / spec.rank)
        head = {
            k.removeprefix("head."): v.float() for k, v in tensors.items() if k.startswith("head.")
        }
        module.head.load_state_dict(head)
    except (SafetensorError, KeyError, RuntimeError, ValueError) as exc:
        raise ConfigError(
            f"Guard classifier weights '{spec.file}' do not fit its base model ({exc}); {REBUILD}."
        ) from None
    if merged == 0:
        raise ConfigError(f"Guard classifier weights '{spec.file}' hold no adapters; {REBUILD}.")
    return module.eval()


def _torch_logits(model: Any) -> Any:
    import torch

    def run(ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        with torch.inference_mode():
            out: np.ndarray = model(torch.from_numpy(ids), torch.from_numpy(mask)).numpy()
        return out

    return run


def _session(graph: Path, threads: int) -> Any:
    session = open_session(graph, threads)

    def run(ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        out: np.ndarray = session.run(None, {"input_ids": ids, "attention_mask": mask})[0]
        return out

    return run


def _export(model: Any, target: Path, base_dir: Path) -> None:
    """The merged model as an ONNX graph at ``target``, checked against torch."""
    import torch

    log.info("Exporting the guard classifier to ONNX (once; a few seconds).")
    sample = (torch.ones(2, 8, dtype=torch.int64), torch.ones(2, 8, dtype=torch.int64))
    axes = {n: {0: "batch", 1: "tokens"} for n in ("input_ids", "attention_mask")}
    with torch.inference_mode(), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(
            model,
            sample,
            str(target),
            input_names=["input_ids", "attention_mask"],
            output_names=["logits"],
            dynamic_axes=axes | {"logits": {0: "batch"}},
            opset_version=OPSET,
            dynamo=False,
        )
    _verify(model, _session(target, 1), base_dir)


def _verify(model: Any, run: Any, base_dir: Path) -> None:
    """Refuse a graph whose logits differ from the torch model's on CHECK_TEXTS."""
    tokenizer = load_tokenizer(base_dir)
    cls, sep = (tokenizer.token_to_id(t) for t in ("[CLS]", "[SEP]"))
    batch = [
        [cls, *e.ids[:126], sep]
        for e in tokenizer.encode_batch(list(CHECK_TEXTS), add_special_tokens=False)
    ]
    ids, mask = pad(batch)
    gap = float(np.abs(run(ids, mask) - _torch_logits(model)(ids, mask)).max())
    if not gap <= MAX_LOGIT_GAP:
        raise OnnxUnsupported(f"the export's logits differ from torch's by {gap:.6f}")

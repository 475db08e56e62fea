"""A sequence classifier on the gateway's own all-MiniLM-L6-v2, fine-tuned with low-rank
adapters (``guard/lora.py``): the encoder, mean pooling over its last hidden states, and one
linear layer of heads (one logit each) on the pooled vector.

Training (``benchmarks/guard/train_harm.py``) ships the adapters' factors and the heads in one
safetensors file, and a JSON beside it naming the base model, the adapters' rank and scale,
the heads' names, the longest input in word pieces and the file's SHA-256. Loading checks
each against what it finds and merges the adapters into a copy of the base weights once, so a
forward pass costs what the plain encoder costs. Anything missing, damaged or mismatched is
one ``ConfigError`` line.

The harm scanner reads its gate and category heads from one of these; an injection head could
be another on the same machinery (more heads, or another file).
"""

from __future__ import annotations

import hashlib
import json
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from minigate.errors import ConfigError

REBUILD = "retrain it with benchmarks/guard/train_harm.py"
# Texts run together, sorted by length so that each group pads to little more than its own.
GROUP = 16


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


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class SequenceClassifier:
    """``probs(texts)``: an array (texts, heads) of each head's sigmoid probability."""

    def __init__(self, spec: ClassifierSpec, model: Any, tokenizer: Any) -> None:
        self.spec = spec
        self.heads = spec.heads
        self._model = model
        self._tokenizer = tokenizer
        self._cls, self._sep = (tokenizer.token_to_id(t) for t in ("[CLS]", "[SEP]"))
        self._lock = threading.Lock()

    def ids(self, text: str) -> list[int]:
        """Word pieces of ``text``, framed and cut to ``max_length``."""
        pieces = self._tokenizer.encode(text, add_special_tokens=False).ids
        return [self._cls, *pieces[: self.spec.max_length - 2], self._sep]

    def probs(self, texts: list[str]) -> np.ndarray:
        import torch

        out = np.zeros((len(texts), len(self.heads)), dtype=np.float32)
        encoded = [self.ids(t) for t in texts]
        order = sorted(range(len(texts)), key=lambda i: len(encoded[i]))
        with self._lock, torch.inference_mode():
            for start in range(0, len(order), GROUP):
                rows = order[start : start + GROUP]
                ids, mask = pad([encoded[i] for i in rows])
                out[rows] = torch.sigmoid(self._model(ids, mask)).numpy()
        return out


def pad(batch: list[list[int]]) -> tuple[Any, Any]:
    """Padded (ids, mask) tensors for framed piece lists."""
    import torch

    size = max(len(ids) for ids in batch)
    ids = torch.zeros((len(batch), size), dtype=torch.long)
    mask = torch.zeros((len(batch), size), dtype=torch.long)
    for row, piece_ids in enumerate(batch):
        ids[row, : len(piece_ids)] = torch.tensor(piece_ids)
        mask[row, : len(piece_ids)] = 1
    return ids, mask


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


def load_classifier(path: Path, base_dir: Path) -> SequenceClassifier:
    """The classifier described by the JSON at ``path`` on the base model in ``base_dir``
    (a sentence-transformers folder), adapters merged; a ConfigError if anything is off."""
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
    from safetensors import SafetensorError
    from safetensors.torch import load_file

    from minigate.guard.lora import load_base, merge_adapters

    encoder, tokenizer = load_base(base_dir)
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
    module.eval()
    return SequenceClassifier(spec, module, tokenizer)

"""Low-rank adapters (LoRA) on the gateway's own all-MiniLM-L6-v2, shared by the guard's
fine-tuned models (the PII tagger, ``pii/encoder.py``; the harm classifier,
``guard/classifier.py``).

Training wraps each linear layer of the transformer blocks in a ``LoraLinear``; what ships is
the adapters' two factors per layer. At load they are added onto a copy of the base weights
once (``merge_adapters``), so a forward pass costs what the plain encoder costs.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import torch
from torch import nn

# Every linear layer inside the transformer blocks; the embeddings stay as they are.
TARGETS = re.compile(
    r"encoder\.layer\.\d+\.(?:attention\.self\.(?:query|key|value)|attention\.output\.dense"
    r"|intermediate\.dense|output\.dense)"
)


class LoraLinear(nn.Module):
    """``base(x) + scale * x A^T B^T``, with ``B`` zero at the start so training starts from
    the base model."""

    def __init__(self, base: nn.Linear, rank: int, alpha: float) -> None:
        super().__init__()
        self.base = base
        self.scale = alpha / rank
        self.a = nn.Parameter(torch.randn(rank, base.in_features) / base.in_features**0.5)
        self.b = nn.Parameter(torch.zeros(base.out_features, rank))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out: torch.Tensor = self.base(x) + (x @ self.a.T @ self.b.T) * self.scale
        return out

    def delta(self) -> torch.Tensor:
        """What the adapter adds to the base weight."""
        return (self.b @ self.a) * self.scale


def add_adapters(model: nn.Module, rank: int, alpha: float) -> dict[str, LoraLinear]:
    """Wrap each targeted linear layer of ``model`` in a ``LoraLinear``, by module name."""
    wrapped = {}
    for name, module in list(model.named_modules()):
        if isinstance(module, nn.Linear) and TARGETS.search(name):
            parent_name, _, attr = name.rpartition(".")
            lora = LoraLinear(module, rank, alpha)
            setattr(model.get_submodule(parent_name), attr, lora)
            wrapped[name] = lora
    return wrapped


def adapter_tensors(adapters: dict[str, LoraLinear]) -> dict[str, torch.Tensor]:
    """The adapters' factors by name (``<layer>.lora_a``, ``<layer>.lora_b``)."""
    out: dict[str, torch.Tensor] = {f"{name}.lora_a": lora.a for name, lora in adapters.items()}
    out |= {f"{name}.lora_b": lora.b for name, lora in adapters.items()}
    return out


def merge_adapters(model: nn.Module, tensors: dict[str, torch.Tensor], scale: float) -> int:
    """Add each saved adapter (``<layer>.lora_a``/``.lora_b``) onto its layer's weight in
    ``model``; the number of layers merged. A name with no linear layer is a ``KeyError``."""
    merged = 0
    with torch.no_grad():
        for key, a in tensors.items():
            if not key.endswith(".lora_a"):
                continue
            name = key.removesuffix(".lora_a")
            b = tensors[f"{name}.lora_b"].float()
            linear = model.get_submodule(name)
            if not isinstance(linear, nn.Linear):
                raise KeyError(f"{name} is not a linear layer")
            if b.shape[0] != linear.out_features or a.shape[1] != linear.in_features:
                raise KeyError(f"{name}: adapter shape does not fit the layer")
            linear.weight += (b @ a.float()) * scale
            merged += 1
    return merged


def load_base(path: Path) -> tuple[Any, Any]:
    """The BERT encoder and its fast tokenizer from a sentence-transformers model folder,
    read directly (no pooling layer, no download, none of transformers' load report)."""
    from safetensors.torch import load_file
    from tokenizers import Tokenizer
    from transformers import BertConfig, BertModel

    encoder = BertModel(
        BertConfig.from_json_file(str(path / "config.json")), add_pooling_layer=False
    )
    weights = load_file(str(path / "model.safetensors"))
    # Old checkpoints carry a position_ids buffer; the pooler is for sentence classification.
    unused = ("pooler.", "embeddings.position_ids")
    encoder.load_state_dict({k: v for k, v in weights.items() if not k.startswith(unused)})
    tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
    tokenizer.no_truncation()
    tokenizer.no_padding()
    return encoder, tokenizer

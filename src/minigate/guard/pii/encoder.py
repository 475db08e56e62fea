"""A token tagger for names and street addresses on the gateway's own all-MiniLM-L6-v2.

The encoder is the one the gateway already ships (``builtin:minilm``); what this module adds
is small: low-rank adapters (LoRA) on its linear layers, a projection of word features into
its input, and a linear head over BIO labels. ``benchmarks/guard/train_ner.py`` trains them
and writes them to ``guard/data/pii_encoder.safetensors``; here they are added onto the base
weights once, at load, so a forward pass costs what the plain encoder costs.

MiniLM's tokenizer lower-cases, so what case says ("Rose" or "rose"), digits and the name
gazetteer reach the model as word features, given to every word piece of the word.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import torch
from torch import nn

# The adapters live in guard/lora.py (the harm classifier uses them too); re-exported here
# for benchmarks/guard/train_ner.py.
from minigate.guard.lora import TARGETS as TARGETS
from minigate.guard.lora import LoraLinear as LoraLinear
from minigate.guard.lora import adapter_tensors, merge_adapters
from minigate.guard.lora import add_adapters as add_adapters
from minigate.guard.lora import load_base as load_base
from minigate.guard.pii.tagging import FEATURES, LABELS, Word

WINDOW = 128  # word pieces per forward pass, [CLS] and [SEP] included
_EDGE = 24  # pieces of context a window gives on each side before the next one takes over


class TokenTagger(nn.Module):
    """The encoder with word features added to its input embeddings and a BIO head that
    reads each piece's last hidden state beside the same features."""

    def __init__(self, encoder: Any) -> None:
        super().__init__()
        self.encoder = encoder
        hidden = int(encoder.config.hidden_size)
        self.features = nn.Linear(len(FEATURES), hidden, bias=False)
        nn.init.zeros_(self.features.weight)
        self.head = nn.Linear(hidden + len(FEATURES), len(LABELS))
        self.dropout = nn.Dropout(0.1)

    def forward(self, ids: torch.Tensor, mask: torch.Tensor, feats: torch.Tensor) -> torch.Tensor:
        embedded = self.encoder.embeddings.word_embeddings(ids) + self.features(feats)
        hidden = self.encoder(inputs_embeds=embedded, attention_mask=mask).last_hidden_state
        logits: torch.Tensor = self.head(torch.cat([self.dropout(hidden), feats], dim=-1))
        return logits


def trained_tensors(tagger: TokenTagger, adapters: dict[str, LoraLinear]) -> dict[str, Any]:
    """What training adds to the base model, by name: adapter deltas' factors, the feature
    projection and the head."""
    out = adapter_tensors(adapters)
    out |= {f"features.{k}": v for k, v in tagger.features.state_dict().items()}
    out |= {f"head.{k}": v for k, v in tagger.head.state_dict().items()}
    return {k: v.detach().to(torch.float16).contiguous() for k, v in out.items()}


def load_trained(tagger: TokenTagger, tensors: dict[str, torch.Tensor], scale: float) -> None:
    """Merge saved adapters into the base weights and load the feature projection and head."""
    merge_adapters(tagger, tensors, scale)
    with torch.no_grad():
        for part in ("features", "head"):
            module = tagger.get_submodule(part)
            prefix = f"{part}."
            module.load_state_dict(
                {
                    k.removeprefix(prefix): v.float()
                    for k, v in tensors.items()
                    if k.startswith(prefix)
                }
            )


@dataclass(frozen=True, slots=True)
class Encoded:
    """One text as word pieces: ids, features and the word each piece belongs to."""

    ids: list[int]
    feats: np.ndarray  # (pieces, FEATURES)
    word_of: list[int]  # -1 for [CLS]/[SEP]
    first: list[bool]  # the first piece of its word


def encode(tokenizer: Any, text: str, words: Sequence[Word], word_feats: np.ndarray) -> Encoded:
    """Word pieces of ``text`` (no [CLS]/[SEP]: windows add them), each mapped to a word."""
    enc = tokenizer.encode(text, add_special_tokens=False)
    starts = [w[1] for w in words]
    ids: list[int] = []
    word_of: list[int] = []
    first: list[bool] = []
    for piece, (start, _) in zip(enc.ids, enc.offsets, strict=True):
        w = bisect.bisect_right(starts, start) - 1
        if w < 0 or start >= words[w][2]:
            continue  # a piece outside every word (control characters)
        first.append(not word_of or word_of[-1] != w)
        ids.append(piece)
        word_of.append(w)
    feats = np.zeros((len(ids), len(FEATURES)), dtype=np.float32)
    if ids:
        feats[:] = word_feats[word_of]
        feats[:, FEATURES.index("first_piece")] = first
    return Encoded(ids, feats, word_of, first)


def windows(length: int) -> list[tuple[int, int]]:
    """(start, end) over ``length`` pieces, ``WINDOW - 2`` long, overlapping by ``2 * _EDGE``."""
    size = WINDOW - 2
    if length <= size:
        return [(0, length)]
    step = size - 2 * _EDGE
    starts = [*range(0, length - size, step), length - size]
    return [(s, s + size) for s in starts]


def owner(position: int, spans: list[tuple[int, int]]) -> int:
    """The window whose edges are furthest from ``position``; -1 when none holds it."""
    best, best_room = -1, -1
    for k, (start, end) in enumerate(spans):
        if start <= position < end:
            room = min(position - start, end - 1 - position)
            if room > best_room:
                best, best_room = k, room
    return best


def pad(
    pieces: Sequence[tuple[Sequence[int], np.ndarray]], cls: int, sep: int
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """Windows of (piece ids, features), each framed by [CLS] and [SEP], as padded (ids, mask,
    features) tensors."""
    size = max(len(piece_ids) for piece_ids, _ in pieces) + 2
    ids = torch.zeros((len(pieces), size), dtype=torch.long)
    mask = torch.zeros((len(pieces), size), dtype=torch.long)
    feats = torch.zeros((len(pieces), size, len(FEATURES)))
    for row, (piece_ids, piece_feats) in enumerate(pieces):
        n = len(piece_ids)
        ids[row, : n + 2] = torch.tensor([cls, *piece_ids, sep])
        mask[row, : n + 2] = 1
        feats[row, 1 : n + 1] = torch.from_numpy(piece_feats)
    return ids, mask, feats


# A window is read only when one of its words could start a name or an address: a word in
# capitals not at a sentence's start, a gazetteer name, or a digit. Others are all "O".
_CANDIDATE = [FEATURES.index(f) for f in ("given", "surname", "digit")]
_TITLE, _START = FEATURES.index("title"), FEATURES.index("start")


def has_candidate(feats: np.ndarray) -> bool:
    """Whether any piece in ``feats`` (pieces, FEATURES) belongs to a candidate word."""
    capital = (feats[:, _TITLE] > 0) & (feats[:, _START] == 0)
    return bool(capital.any() or feats[:, _CANDIDATE].any())


def word_probs(
    tagger: TokenTagger, encoded: Encoded, n_words: int, cls: int, sep: int
) -> np.ndarray:
    """Label probabilities per word, read at each word's first piece: (words, LABELS).
    Words with no piece, or only in windows without a candidate word, get "O"."""
    out = np.zeros((n_words, len(LABELS)), dtype=np.float32)
    out[:, 0] = 1.0
    spans = [(s, e) for s, e in windows(len(encoded.ids)) if has_candidate(encoded.feats[s:e])]
    if not spans:
        return out
    ids, mask, feats = pad([(encoded.ids[s:e], encoded.feats[s:e]) for s, e in spans], cls, sep)
    with torch.inference_mode():
        probs = torch.softmax(tagger(ids, mask, feats), dim=-1).numpy()
    for position, (word, first) in enumerate(zip(encoded.word_of, encoded.first, strict=True)):
        k = owner(position, spans)
        if first and k >= 0:
            out[word] = probs[k, position - spans[k][0] + 1]
    return out

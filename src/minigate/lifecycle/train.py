"""Train a LoRA adapter with peft on CPU: seeded batches, checkpoints, resume, held-out loss.

The batch order is a pure function of the seed and the step, so a run resumed from its last
checkpoint sees exactly the batches it would have seen without the interruption.
"""

from __future__ import annotations

import json
import math
import os
import random
import shutil
import time
import warnings
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from minigate.errors import ConfigError
from minigate.lifecycle.tokens import Encoded

TARGETS = ("q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj")
OnStep = Callable[[int, int, float], None]


@dataclass(frozen=True)
class TrainSettings:
    """What shapes the adapter; a resumed run must use the same."""

    rank: int = 8
    alpha: int = 16
    lr: float = 2e-4
    batch_size: int = 8
    steps: int = 0  # 0: one pass over the training rows
    max_tokens: int = 256
    seed: int = 0
    targets: tuple[str, ...] = TARGETS

    def total_steps(self, rows: int) -> int:
        return self.steps or max(1, math.ceil(rows / self.batch_size))


@dataclass
class TrainResult:
    """What a run did; written next to the adapter as JSON."""

    settings: dict[str, Any]
    train_rows: int
    heldout_rows: int
    steps: int
    resumed_from: int
    train_seconds: float
    trained_tokens: int
    heldout_loss_before: float | None
    heldout_loss_after: float | None
    losses: list[tuple[int, float]] = field(default_factory=list)

    @property
    def tokens_per_s(self) -> float:
        return self.trained_tokens / self.train_seconds if self.train_seconds else 0.0

    def as_json(self) -> dict[str, Any]:
        return asdict(self) | {"tokens_per_s": round(self.tokens_per_s, 1)}


class Trainer:
    """A peft LoRA on a float32 base model, checkpointed into ``work``."""

    def __init__(self, base: Any, settings: TrainSettings, work: Path, pad_id: int) -> None:
        from peft import LoraConfig, get_peft_model

        self.settings = settings
        self.work = work
        self.pad_id = pad_id
        config = LoraConfig(
            r=settings.rank,
            lora_alpha=settings.alpha,
            lora_dropout=0.0,
            target_modules=list(settings.targets),
            task_type="CAUSAL_LM",
        )
        with warnings.catch_warnings():
            # peft asks transformers for a property deprecated there: a FutureWarning on
            # every run's stderr that no user of this command can act on.
            warnings.filterwarnings("ignore", "`is_gradient_checkpointing`", FutureWarning)
            self.model = get_peft_model(base, config)
        self.optimizer = _optimizer(self.model, settings.lr)

    @property
    def checkpoint(self) -> Path:
        return self.work / "checkpoint"

    def run(
        self, train: list[Encoded], heldout: list[Encoded], *, resume: bool, on_step: OnStep
    ) -> TrainResult:
        s = self.settings
        total = s.total_steps(len(train))
        start, losses, before = self._resume() if resume else (0, [], None)
        if before is None and heldout:
            before = self.heldout_loss(heldout)
        result = TrainResult(asdict(s), len(train), len(heldout), total, start, 0.0, 0,
                             before, None, losses)  # fmt: skip
        began = time.perf_counter()
        for step in range(start, total):
            batch = batch_at(train, step, s.batch_size, s.seed)
            loss, tokens = self._step(batch)
            result.trained_tokens += tokens
            result.losses.append((step + 1, round(loss, 4)))
            on_step(step + 1, total, loss)
            if (step + 1) % self.save_every(total) == 0 and step + 1 < total:
                self._save(step + 1, result.losses, before)
        result.train_seconds = time.perf_counter() - began
        result.heldout_loss_after = self.heldout_loss(heldout) if heldout else None
        return result

    def save_every(self, total: int) -> int:
        return max(1, min(50, total // 4 or 1))

    def _step(self, batch: list[Encoded]) -> tuple[float, int]:
        self.model.train()
        ids, mask, labels = collate(batch, self.pad_id)
        out = self.model(input_ids=ids, attention_mask=mask, labels=labels)
        out.loss.backward()
        self.optimizer.step()
        self.optimizer.zero_grad(set_to_none=True)
        return float(out.loss.detach()), int(mask.sum())

    def heldout_loss(self, heldout: list[Encoded]) -> float:
        """Mean loss per answer token over the held-out rows."""
        import torch

        self.model.eval()
        total, count = 0.0, 0
        with torch.no_grad():
            for i in range(0, len(heldout), self.settings.batch_size):
                batch = heldout[i : i + self.settings.batch_size]
                ids, mask, labels = collate(batch, self.pad_id)
                n = int((labels[:, 1:] != -100).sum())
                loss = self.model(input_ids=ids, attention_mask=mask, labels=labels).loss
                total += float(loss) * n
                count += n
        return round(total / max(1, count), 4)

    def _save(self, step: int, losses: list[tuple[int, float]], before: float | None) -> None:
        import torch

        partial = self.work / "checkpoint.partial"
        shutil.rmtree(partial, ignore_errors=True)
        self.model.save_pretrained(str(partial))
        state = {
            "step": step,
            "losses": losses,
            "before": before,
            "settings": asdict(self.settings),
            "optimizer": self.optimizer.state_dict(),
        }
        torch.save(state, partial / "trainer.pt")
        old = self.work / "checkpoint.old"
        if self.checkpoint.exists():
            os.replace(self.checkpoint, old)
        os.replace(partial, self.checkpoint)
        shutil.rmtree(old, ignore_errors=True)

    def _resume(self) -> tuple[int, list[tuple[int, float]], float | None]:
        import torch
        from peft import set_peft_model_state_dict
        from safetensors.torch import load_file

        state_file = self.checkpoint / "trainer.pt"
        if not state_file.exists():
            return 0, [], None
        state = torch.load(state_file, weights_only=False)
        saved = state["settings"] | {"targets": tuple(state["settings"]["targets"])}
        if saved != asdict(self.settings):
            raise ConfigError(
                f"The checkpoint in '{self.checkpoint}' was made with other settings "
                f"({json.dumps(state['settings'])}); use them, or start over without --resume."
            )
        weights = load_file(self.checkpoint / "adapter_model.safetensors")
        set_peft_model_state_dict(self.model, weights)
        self.optimizer.load_state_dict(state["optimizer"])
        losses = [(int(s), float(v)) for s, v in state["losses"]]
        return int(state["step"]), losses, state["before"]

    def save_adapter(self, folder: Path) -> Path:
        shutil.rmtree(folder, ignore_errors=True)
        self.model.save_pretrained(str(folder))
        return folder


def _optimizer(model: Any, lr: float) -> Any:
    import torch

    params = [p for p in model.parameters() if p.requires_grad]
    return torch.optim.AdamW(params, lr=lr, weight_decay=0.0)


def batch_at(rows: list[Encoded], step: int, size: int, seed: int) -> list[Encoded]:
    """The rows of ``step``: each pass over the data is its own seeded shuffle."""
    per_pass = max(1, math.ceil(len(rows) / size))
    order = list(range(len(rows)))
    random.Random(seed * 100_003 + step // per_pass).shuffle(order)
    at = (step % per_pass) * size
    picked = order[at : at + size] or order[:size]
    return [rows[i] for i in picked]


def collate(batch: list[Encoded], pad_id: int) -> tuple[Any, Any, Any]:
    """Right-padded ids, their attention mask, and labels that score the answers only."""
    import torch

    width = max(len(e.ids) for e in batch)
    ids = torch.full((len(batch), width), pad_id, dtype=torch.long)
    mask = torch.zeros((len(batch), width), dtype=torch.long)
    labels = torch.full((len(batch), width), -100, dtype=torch.long)
    for row, e in enumerate(batch):
        n = len(e.ids)
        ids[row, :n] = torch.tensor(e.ids)
        mask[row, :n] = 1
        labels[row, e.prompt_len : n] = torch.tensor(e.ids[e.prompt_len :])
    return ids, mask, labels

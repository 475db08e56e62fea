"""Resumable fine-tuning runs on CPU, shared by ``train_ner.py`` and ``train_harm.py``: the
learning-rate schedule, and checkpoints of the trainable parameters with the optimiser's and
the schedule's state, so that a run stopped after ``--minutes`` goes on where it left off."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import torch


def trainable(model: torch.nn.Module) -> dict[str, torch.nn.Parameter]:
    """The parameters that train (adapters and heads), by name."""
    return {n: p for n, p in model.named_parameters() if p.requires_grad}


def warmup_then_linear(optimizer: Any, warmup: int, total: int) -> Any:
    """Linear warm-up over ``warmup`` steps, then a linear decay to 5% at ``total``."""
    return torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: min(1.0, (s + 1) / warmup) * max(0.05, 1 - s / total)
    )


def resume(path: Path, model: torch.nn.Module, optimizer: Any, schedule: Any) -> dict[str, Any]:
    """The run's state from the checkpoint at ``path`` (loaded into the model, optimiser and
    schedule), or a fresh state when there is none."""
    if not path.exists():
        return {"step": 0, "history": []}
    saved = torch.load(path, weights_only=False)
    model.load_state_dict(saved["params"], strict=False)
    optimizer.load_state_dict(saved["optimizer"])
    schedule.load_state_dict(saved["schedule"])
    state: dict[str, Any] = saved["state"]
    return state


def save(model: torch.nn.Module, optimizer: Any, schedule: Any, state: Any, path: Path) -> None:
    """A checkpoint at ``path``, written beside it and renamed (never half-written)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    blob = {
        "params": {n: p.detach().clone() for n, p in trainable(model).items()},
        "optimizer": optimizer.state_dict(),
        "schedule": schedule.state_dict(),
        "state": state,
    }
    torch.save(blob, path.with_suffix(".tmp"))
    path.with_suffix(".tmp").replace(path)

"""Fitting the harm gate's small network (``minigate.guard.scanners.harm_mlp``) with torch,
deterministically, on weighted rows; only at build time."""

from __future__ import annotations

import numpy as np
import torch

from minigate.guard.scanners.harm_mlp import MlpModel

SEED = 20240611
EPOCHS = 300


def fit_mlp(x: np.ndarray, y: np.ndarray, w: np.ndarray, hidden: int, decay: float) -> MlpModel:
    """Full-batch Adam on a weighted cross-entropy; the threshold is left at 0.5."""
    torch.manual_seed(SEED)
    xt = torch.from_numpy(x.astype(np.float32))
    yt = torch.from_numpy(y.astype(np.float32))
    wt = torch.from_numpy((w / w.mean()).astype(np.float32))
    net = torch.nn.Sequential(
        torch.nn.Linear(x.shape[1], hidden), torch.nn.ReLU(), torch.nn.Linear(hidden, 1)
    )
    opt = torch.optim.AdamW(net.parameters(), lr=3e-3, weight_decay=decay)
    for _ in range(EPOCHS):
        opt.zero_grad()
        logits = net(xt).squeeze(1)
        loss = torch.nn.functional.binary_cross_entropy_with_logits(logits, yt, weight=wt)
        loss.backward()
        opt.step()
    first, second = net[0], net[2]
    assert isinstance(first, torch.nn.Linear) and isinstance(second, torch.nn.Linear)
    return MlpModel(
        first.weight.detach().numpy().T.copy(),
        first.bias.detach().numpy().copy(),
        second.weight.detach().numpy()[0].copy(),
        float(second.bias.detach().numpy()[0]),
        0.5,
    )

"""``lora train`` end to end: rows -> tokens -> dequantized base -> peft -> GGUF adapter."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from minigate.backends.dequant import default_cache, dequantized, load_base
from minigate.digest import file_sha256
from minigate.errors import ConfigError, JobFailed
from minigate.gguf import check_adapter, read_gguf
from minigate.lifecycle.convert import convert
from minigate.lifecycle.data import read_examples, split
from minigate.lifecycle.outputs import check_output
from minigate.lifecycle.tokens import ChatTokenizer
from minigate.lifecycle.train import OnStep, Trainer, TrainResult, TrainSettings


@dataclass(frozen=True)
class TrainJob:
    """One ``lora train`` invocation."""

    data: Path
    base: Path
    out: Path
    settings: TrainSettings
    holdout: float = 0.1
    resume: bool = False
    cache: Path | None = None
    threads: int = 0

    @property
    def work(self) -> Path:
        """Checkpoints and the peft folder live beside the output, so a resume finds them."""
        return self.out.with_name(self.out.name + ".work")

    @property
    def checkpoint(self) -> Path:
        """Where ``Trainer`` keeps its last checkpoint (``--resume`` starts from it)."""
        return self.work / "checkpoint"

    @property
    def has_checkpoint(self) -> bool:
        return (self.checkpoint / "trainer.pt").exists()

    @property
    def report(self) -> Path:
        return self.out.with_suffix(".json")

    def check_outputs(self, *, force: bool) -> None:
        """Refuse an adapter or report path that is the base or the data (by any path), or
        that exists, unless ``force``; a ``--resume`` may overwrite what its own earlier run
        wrote next to its work folder."""
        own = self.resume and self.work.is_dir()
        for path in (self.out, self.report):
            check_output(path, (self.base, self.data), force=force or own)


def train_adapter(job: TrainJob, on_step: OnStep, on_phase: Callable[[str], None]) -> TrainResult:
    """Train, convert and check an adapter; returns what the run did (also written as JSON)."""
    import torch

    if job.threads:
        torch.set_num_threads(job.threads)
    torch.manual_seed(job.settings.seed)
    base_info = read_gguf(job.base, tensors=True)
    train_rows, heldout_rows = split(read_examples(job.data), job.holdout, job.settings.seed)
    if not train_rows:
        raise ConfigError(f"'{job.data}' leaves no rows to train on after the held-out split.")
    on_phase("tokenizing")
    tokenizer = ChatTokenizer(job.base)
    try:
        train = [tokenizer.encode(e, job.settings.max_tokens) for e in train_rows]
        heldout = [tokenizer.encode(e, job.settings.max_tokens) for e in heldout_rows]
        pad = tokenizer.eos
    finally:
        tokenizer.close()
    on_phase("dequantizing the base model (cached after the first run)")
    folder = dequantized(job.base, job.cache or default_cache())
    job.work.mkdir(parents=True, exist_ok=True)
    trainer = Trainer(load_base(folder), job.settings, job.work, pad)
    on_phase("training")
    result = trainer.run(train, heldout, resume=job.resume, on_step=on_step)
    on_phase("converting to GGUF")
    peft_dir = trainer.save_adapter(job.work / "adapter")
    convert(peft_dir, folder, job.out)
    try:
        check_adapter(base_info, read_gguf(job.out, tensors=True))
    except ConfigError as exc:
        job.out.unlink(missing_ok=True)
        # The converter wrote it from this base: a mismatch is its failure, not the input's.
        raise JobFailed(
            f"The converted adapter failed its check, so it was removed: {exc}"
        ) from None
    _write_report(job, result)
    shutil.rmtree(job.checkpoint, ignore_errors=True)
    return result


def _write_report(job: TrainJob, result: TrainResult) -> None:
    report = result.as_json() | {
        "data": str(job.data),
        "holdout": job.holdout,
        "base": str(job.base),
        "base_sha256": file_sha256(job.base),
        "adapter": str(job.out),
        "adapter_sha256": file_sha256(job.out),
    }
    partial = job.report.with_name(job.report.name + ".partial")
    partial.write_text(json.dumps(report, indent=2) + "\n")
    os.replace(partial, job.report)

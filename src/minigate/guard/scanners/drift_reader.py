"""Round one hundred and seven (``benchmarks/guard/drift267.py``, ``DRIFT_RULE_267``): the
task-drift reader of text read as data (tool results, retrieved documents, batch lines, system
turns read as data), full mode, at `strict` and `balanced`.

Some twenty planted-instruction rounds on MiniLM readers left the indirect rows short;
exploration 265 (``benchmarks/guard/exp265.py``) measured a different detector, in the spirit of
TaskTracker (microsoft/TaskTracker): the built-in SmolLM2-135M reads the text inside a fixed
"Summarize the following text for me." turn, and a linear probe reads the mean of its hidden
states over the text's tokens after its first 16 layers (of 30). Text that carries an
instruction of its own moves the model's state away from "summarise this"; a planted
instruction is what that looks like. The probe's errors are not the MiniLM stack's, so the
two are joined: two weights and an intercept on the probe's decision and the stack's logit.
``drift_probe.json`` holds the probe (the scaler folded into its weights), the join and one bar
per point and its band, fitted by ``drift293.py --fit`` on BIPIA's train side, every spent
planted set and train-side clean texts of four more kinds (below).

It is off by default (the injection scanner's ``task_drift`` option turns it on): judged once on
fresh265 it caught 67 of 72 planted texts at 10 of 108 clean (the stack alone 60 at 9), but on
BIPIA's test split it flagged 20 of 125 clean documents, 14 of 50 clean code files and 10 of 50
clean Chinese passages (the test split's old 50, since replaced: docs/guard.md). Round one hundred
and fourteen (``benchmarks/guard/drift293.py``, ``DRIFT_RULE_293``) refitted the probe with such
clean texts among its negatives and gave it a band: it judges only text the stack reads from 6
logits under to 2 over its route's threshold, where its verdict replaces the stack's. On fresh293
and fresh295 it caught 129 of 144 at 17 of 216 clean (the stack 119 at 15, the unbanded reader
137 at 19); on the test split, read once, clean documents 1 of 125 and clean code 6 of 50.

The weights are the packaged GGUF dequantized by transformers into float32 once (about 25 s
and 540 MB under the cache folder, ``backends.dequant``; the same cache ``minigate lora``
uses); a gateway loads the reader at start where a scanner has it on (``load``, the guard's
``LoadsLate``; a scanner built alone loads it on its first data text), and every scanner in a
process shares it (``shared_reader``). A text it judges costs 0.2-0.9 s on one thread (its first
``max_tokens`` tokens are read); a text outside the band costs nothing more.
"""

from __future__ import annotations

import json
import math
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from minigate.errors import ConfigError
from minigate.guard.scanners.artifacts import REBUILD, data_path, logits

PROBE_FILE = "drift_probe.json"
BASE_MODEL = "builtin:smollm2"
POINTS = ("strict", "balanced")
_HEAD = "<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n<|im_start|>user\n{task}\n\n"
_TAIL = "<|im_end|>\n<|im_start|>assistant\n"


@dataclass(frozen=True, slots=True)
class DriftProbe:
    """The probe over the mean state, its join with the stack's score and its bars (joined
    logits, flagged at or above)."""

    layers: int
    max_tokens: int
    task: str
    weights: np.ndarray
    intercept: float
    join: tuple[float, float, float]
    bars: dict[str, float]
    # Round one hundred and fourteen (``drift293.py``): where set, (under, over) in logits, the
    # reader judges only text whose reading so far lies from ``under`` below to ``over`` above
    # its route's threshold; ``None`` (round one hundred and seven's file): every text.
    band: tuple[float, float] | None = None

    @staticmethod
    def path() -> Path:
        """The shipped probe file."""
        return data_path(PROBE_FILE)

    @classmethod
    def load(cls, path: Path | None = None) -> DriftProbe:
        path = path or cls.path()
        try:
            doc = json.loads(path.read_text())
            weights = np.asarray(doc["weights"], dtype=np.float64)
            a, b, c = (float(v) for v in doc["join"])
            probe = cls(
                int(doc["layers"]),
                int(doc["max_tokens"]),
                str(doc["task"]),
                weights,
                float(doc["intercept"]),
                (a, b, c),
                {p: float(doc["bars"][p]) for p in POINTS},
                _band(doc.get("band")),
            )
        except (OSError, KeyError, TypeError, ValueError) as exc:
            raise ConfigError(
                f"Guard data file '{path}' is not a drift probe ({exc}); {REBUILD}."
            ) from None
        numbers = [probe.intercept, *probe.join, *probe.bars.values(), *(probe.band or ())]
        if probe.band is not None and not min(probe.band) > 0:
            raise ConfigError(f"Guard data file '{path}' has a band not above 0; {REBUILD}.")
        if (
            weights.ndim != 1
            or not np.isfinite(weights).all()
            or not all(map(math.isfinite, numbers))
        ):
            raise ConfigError(f"Guard data file '{path}' holds non-finite values; {REBUILD}.")
        return probe

    def joined(self, state: np.ndarray, shipped: float) -> float:
        """The joined logit of a text's mean state and the stack's score for it."""
        probe = float(state.astype(np.float64) @ self.weights) + self.intercept
        a, b, c = self.join
        return a * probe + b * float(logits(shipped, 1e-4)) + c  # clipped as drift267 fitted it

    def reads(self, shipped: float, threshold: float) -> bool:
        """Whether the reader judges a text whose reading so far is ``shipped`` against its
        route's ``threshold``: always without a band; with one, only where the two logits
        (clipped as the join's is) lie less than the band apart."""
        if self.band is None:
            return True
        under, over = self.band
        margin = float(logits(shipped, 1e-4)) - float(logits(threshold, 1e-4))
        return -under <= margin < over


def _band(value: Any) -> tuple[float, float] | None:
    """A probe file's band: absent, or two numbers (under, over)."""
    if value is None:
        return None
    under, over = (float(v) for v in value)
    return under, over


class StateReader:
    """SmolLM2's first ``layers`` layers in torch: a text's mean hidden state (after the final
    norm) over its tokens, inside the probe's fixed turn. Loaded by ``load`` or on the first
    call; one call at a time (a lock), and one reader per process (``shared_reader``)."""

    def __init__(self, probe: DriftProbe, threads: int = 1) -> None:
        self.probe = probe
        self.threads = threads
        self._lock = threading.Lock()
        self._model: Any = None
        self._vocab: Any = None
        self._head: list[int] = []  # the fixed turn's tokens before and after the text
        self._tail: list[int] = []

    def load(self) -> None:
        """Load the model now, if it is not loaded (the guard does so at start)."""
        with self._lock:
            if self._model is None:
                self._load()

    def _load(self) -> None:
        import llama_cpp
        import torch
        from llama_cpp._internals import LlamaModel
        from llama_cpp._logger import set_verbose
        from transformers import AutoModelForCausalLM

        from minigate.backends.builtin import resolve_weights
        from minigate.backends.dequant import default_cache, dequantized
        from minigate.backends.onnx_encoder import quiet_loading

        if torch.get_num_threads() != self.threads:
            torch.set_num_threads(self.threads)
        quiet_loading()
        gguf = resolve_weights(BASE_MODEL)
        # the vocabulary alone (llama.cpp's tokenizer, as the engine tokenizes), no context
        set_verbose(False)
        llama_cpp.llama_backend_init()
        params = llama_cpp.llama_model_default_params()
        params.vocab_only = True
        self._vocab = LlamaModel(path_model=str(gguf), params=params, verbose=False)
        folder = dequantized(gguf, default_cache())
        model = AutoModelForCausalLM.from_pretrained(folder, dtype=torch.float32).model.eval()
        model.layers = model.layers[: self.probe.layers]
        self._head = self._tokens(_HEAD.format(task=self.probe.task))
        self._tail = self._tokens(_TAIL)
        self._model = model

    def _tokens(self, text: str) -> list[int]:
        # (a lone surrogate never gets here: the gateway refuses it with the request, validation.py)
        ids: list[int] = self._vocab.tokenize(text.encode(), False, True)
        return ids

    def mean_state(self, text: str) -> np.ndarray:
        import torch

        with self._lock:
            if self._model is None:
                self._load()
            # the first tokens of a long text: they average far below 32 characters each
            body = self._tokens(text[: 32 * self.probe.max_tokens])[: self.probe.max_tokens]
            with torch.inference_mode():
                ids = torch.tensor([self._head + body + self._tail])
                states = self._model(ids).last_hidden_state
            start = len(self._head)
            found: np.ndarray = states[0, start : start + max(len(body), 1)].mean(0).numpy()
            return found


_READERS: dict[tuple[int, int, str, int], StateReader] = {}
_READERS_LOCK = threading.Lock()


def shared_reader(probe: DriftProbe, threads: int) -> StateReader:
    """The process's reader for ``probe``'s layers, tokens and turn on ``threads``: every
    injection scanner (each policy's, the moderation endpoint's, the documents check's) shares
    one model in memory (about 340 MB)."""
    key = (probe.layers, probe.max_tokens, probe.task, threads)
    with _READERS_LOCK:
        if key not in _READERS:
            _READERS[key] = StateReader(probe, threads)
        return _READERS[key]

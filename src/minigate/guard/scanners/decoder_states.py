"""The built-in SmolLM2-135M's hidden states, for the guard's probes that read them: the
task-drift reader (``drift_reader``) and the harm state probe (``harm_state_probe``).

The weights are the packaged GGUF dequantized by transformers into float32 once (about 25 s and
540 MB under the cache folder, ``backends.dequant``; the same cache ``minigate lora`` uses); the
text is tokenized by llama.cpp over the GGUF's vocabulary alone, as the engine tokenizes. Only
the layers the readers reach are kept (16 of 30: about 340 MB). One copy per process and thread
count (``shared_states``), one call at a time (a lock). A call runs every layer kept, whichever
it reads: both readers read layer 16.
"""

from __future__ import annotations

import threading
from typing import Any

import numpy as np

BASE_MODEL = "builtin:smollm2"


class DecoderStates:
    """SmolLM2's first layers in torch on ``threads`` threads, loaded by ``load`` or on the
    first call."""

    def __init__(self, threads: int = 1) -> None:
        self.threads = threads
        self.depth = 0  # layers kept: the deepest any reader reaches (``reach``)
        self._lock = threading.Lock()
        self._model: Any = None
        self._vocab: Any = None
        self._fixed: dict[str, list[int]] = {}  # the readers' fixed turns, tokenized once

    @property
    def loaded(self) -> bool:
        return self._model is not None

    def reach(self, layers: int) -> None:
        """Keep at least ``layers`` layers (each reader says so when it is built); a model
        loaded shallower is loaded again on its next call."""
        with self._lock:
            if layers > self.depth:
                self.depth = layers
                self._model = None

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
        if self._vocab is None:
            set_verbose(False)
            llama_cpp.llama_backend_init()
            params = llama_cpp.llama_model_default_params()
            params.vocab_only = True
            self._vocab = LlamaModel(path_model=str(gguf), params=params, verbose=False)
        folder = dequantized(gguf, default_cache())
        model = AutoModelForCausalLM.from_pretrained(folder, dtype=torch.float32).model.eval()
        model.layers = model.layers[: self.depth]
        self._model = model

    def _tokens(self, text: str) -> list[int]:
        # (a lone surrogate never gets here: the gateway refuses it with the request, validation.py)
        ids: list[int] = self._vocab.tokenize(text.encode(), False, True)
        return ids

    def _turn(self, text: str) -> list[int]:
        if text not in self._fixed:
            self._fixed[text] = self._tokens(text)
        return self._fixed[text]

    def mean(
        self, turn: tuple[str, str], text: str, layer: int, max_tokens: int, normed: bool
    ) -> np.ndarray:
        """The mean over ``text``'s first ``max_tokens`` tokens of layer ``layer``'s output
        (after the final norm where ``normed``), the text read between ``turn``'s two parts;
        each part is tokenized on its own."""
        import torch

        with self._lock:
            if self._model is None:
                self._load()
            head, tail = self._turn(turn[0]), self._turn(turn[1])
            # the first tokens of a long text: they average far below 32 characters each
            body = self._tokens(text[: 32 * max_tokens])[:max_tokens]
            with torch.inference_mode():
                states = self._output(head + body + tail, layer)
                if normed:
                    states = self._model.norm(states)
            start = len(head)
            found: np.ndarray = states[0, start : start + max(len(body), 1)].mean(0).numpy()
            return found

    def _output(self, ids: list[int], layer: int) -> Any:
        """Layer ``layer``'s output (before the final norm), caught as that decoder layer
        returns it: which of ``hidden_states`` is normed has changed between transformers
        versions."""
        import torch

        caught: list[Any] = []

        def keep(module: Any, args: Any, output: Any) -> None:
            caught.append(output[0] if isinstance(output, tuple) else output)

        hook = self._model.layers[layer - 1].register_forward_hook(keep)
        try:
            self._model(torch.tensor([ids]))
        finally:
            hook.remove()
        return caught[0]


_STATES: dict[int, DecoderStates] = {}
_STATES_LOCK = threading.Lock()


def shared_states(threads: int) -> DecoderStates:
    """The process's decoder on ``threads`` torch threads: every reader of it (each injection
    scanner's task-drift reader, each harm scanner's state probe) shares one model in memory."""
    with _STATES_LOCK:
        if threads not in _STATES:
            _STATES[threads] = DecoderStates(threads)
        return _STATES[threads]

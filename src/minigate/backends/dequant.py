"""A GGUF model as PyTorch weights: the file dequantized by transformers, cached on disk.

``minigate lora`` trains on them; the guard's task-drift reader (``guard.scanners.drift_reader``)
reads the built-in model's hidden states through them.

Dequantizing takes a while and the result (float32, ~0.5 GB for SmolLM2-135M) is the same
every time, so it is kept under the cache folder, keyed by the GGUF file's SHA-256. The folder
also holds the ``config.json`` that llama.cpp's LoRA converter reads.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
from pathlib import Path
from typing import Any

from minigate.backends.onnx_encoder import quiet_loading
from minigate.digest import file_sha256
from minigate.errors import ConfigError
from minigate.gguf import read_gguf
from minigate.paths import cache_root


def default_cache() -> Path:
    """``lora-bases`` in minigate's cache folder (``paths.cache_root``)."""
    return cache_root() / "lora-bases"


def dequantized(gguf: Path, cache: Path) -> Path:
    """The folder of ``gguf`` as a Hugging Face model (made once, then reused)."""
    info = read_gguf(gguf)  # a file that is not GGUF fails here, before transformers sees it
    digest = file_sha256(gguf)[:16]
    # Keyed by the content alone: a copy under another name is the same model. Folders made
    # before were named NAME-DIGEST; one of those serves as well.
    for made in (cache / digest, *sorted(cache.glob(f"*-{digest}"))):
        if (made / "config.json").exists() and (made / "model.safetensors").exists():
            return made
    target = cache / digest
    model = _load_gguf(gguf, info.architecture)
    # The weights are plain float32 now; transformers still marks the model as "quantized
    # with gguf" and would refuse to save it.
    model.hf_quantizer = None
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    # Two processes may make it at once (the guard's reader in each worker): each writes its
    # own folder, and the first to finish wins.
    partial = target.with_name(f"{target.name}.partial-{os.getpid()}")
    shutil.rmtree(partial, ignore_errors=True)
    try:
        model.save_pretrained(partial)
        try:
            os.rename(partial, target)
        except OSError:
            if not (target / "model.safetensors").exists():  # a broken earlier folder
                shutil.rmtree(target, ignore_errors=True)
                os.rename(partial, target)
    finally:
        shutil.rmtree(partial, ignore_errors=True)
    return target


def _load_gguf(gguf: Path, architecture: str) -> Any:
    import torch
    from transformers import AutoModelForCausalLM

    quiet_loading()  # the command's own bar names this phase
    try:
        # transformers draws its "Converting and de-quantizing GGUF tensors" bar with tqdm
        # itself, past quiet_loading's switch: on stderr it landed in piped output and logs.
        with contextlib.redirect_stderr(io.StringIO()):
            return AutoModelForCausalLM.from_pretrained(
                gguf.parent, gguf_file=gguf.name, dtype=torch.float32
            )
    except Exception as exc:  # transformers raises many kinds for a cut or odd file
        raise ConfigError(
            f"transformers could not dequantize '{gguf}' ({architecture}): "
            f"{str(exc).splitlines()[0] if str(exc) else type(exc).__name__}. "
            "Is it a complete model file of an architecture transformers knows?"
        ) from None


def load_base(folder: Path) -> Any:
    """The float32 model of a folder made by :func:`dequantized`."""
    import torch
    from transformers import AutoModelForCausalLM

    quiet_loading()
    return AutoModelForCausalLM.from_pretrained(folder, dtype=torch.float32)

"""Training tokens made exactly as the server makes prompts: the GGUF's own tokenizer and chat
template, through llama.cpp. An adapter thus learns the very token sequence it is served."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from minigate.errors import ConfigError
from minigate.lifecycle.data import Example


@dataclass(frozen=True)
class Encoded:
    """A prompt and its answer as tokens; the loss is taken on the answer only."""

    ids: list[int]
    prompt_len: int

    @property
    def answer_tokens(self) -> int:
        return len(self.ids) - self.prompt_len


class ChatTokenizer:
    """The tokenizer and chat template of a GGUF model (its vocabulary only is loaded)."""

    def __init__(self, gguf: Path) -> None:
        import llama_cpp as lc
        from llama_cpp._internals import LlamaModel
        from llama_cpp._logger import set_verbose
        from llama_cpp.llama_chat_format import Jinja2ChatFormatter

        set_verbose(False)
        lc.llama_backend_init()
        params = lc.llama_model_default_params()
        params.vocab_only = True
        try:
            self.model: Any = LlamaModel(path_model=str(gguf), params=params, verbose=False)
        except ValueError as exc:
            raise ConfigError(f"llama.cpp cannot read the tokenizer of '{gguf}': {exc}") from None
        template = self.model.metadata().get("tokenizer.chat_template")
        if not template:
            raise ConfigError(f"'{gguf}' has no chat template; LoRA training needs one.")
        self.eos = self.model.token_eos()
        self.formatter: Any = Jinja2ChatFormatter(
            template=template,
            eos_token=self.model.token_get_text(self.eos),
            bos_token=self.model.token_get_text(self.model.token_bos()),
        )

    def tokens(self, text: str, *, special: bool) -> list[int]:
        ids: list[int] = self.model.tokenize(text.encode("utf-8"), False, special)
        return ids

    def prompt(self, messages: list[dict[str, str]]) -> list[int]:
        """The tokens the server feeds for these turns, up to the assistant's first token."""
        return self.tokens(self.formatter(messages=messages).prompt, special=True)

    def encode(self, example: Example, max_tokens: int) -> Encoded:
        prompt = self.prompt(example.messages)
        answer = [*self.tokens(example.completion, special=False), self.eos]
        # Keep the whole answer: a long prompt loses its oldest tokens instead.
        room = max(1, max_tokens - len(answer))
        prompt = prompt[-room:]
        return Encoded((prompt + answer)[:max_tokens], len(prompt))

    def close(self) -> None:
        self.model.close()

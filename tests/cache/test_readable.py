"""minigate.cache.readable on MiniLM's own tokenizer (no model loaded)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from minigate.backends.builtin import resolve_weights
from minigate.cache.readable import Reader

MINILM = resolve_weights("builtin:minilm")


@pytest.fixture(scope="module")
def reader() -> Reader:
    found = Reader.of_folder(MINILM)
    assert found is not None
    return found


@pytest.mark.parametrize(
    "text",
    [
        "What is the capital of France?",
        "How do I use the UPSC syllabus for GS-2?",
        "Was kostet ein Auto in Deutschland?",  # Latin script: words the vocabulary holds
        "¿Cuánto cuesta un coche en España?",
    ],
)
def test_latin_script_is_read(reader: Reader, text: str) -> None:
    assert reader.unread(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "这只股票应该买吗",  # every character [UNK]
        "如何在Python中读取CSV文件",  # the English words are read; the verb is not
        "Стоит ли покупать эту акцию?",  # a letter a token
        "क्या मुझे यह स्टॉक खरीदना चाहिए?",
        "What does 😂 mean?",
    ],
)
def test_what_the_vocabulary_does_not_hold_is_language(reader: Reader, text: str) -> None:
    assert reader.unread(text) == "language"


def test_a_prompt_past_the_window_is_length(reader: Reader) -> None:
    assert reader.window == 256
    assert reader.unread("word " * 250) is None
    assert reader.unread("word " * 260) == "length"


def test_a_model_folder_without_a_tokenizer_has_no_reader(tmp_path: Path) -> None:
    shutil.copy(MINILM / "sentence_bert_config.json", tmp_path)
    assert Reader.of_folder(tmp_path) is None

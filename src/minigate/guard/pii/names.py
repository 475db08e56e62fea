"""Person names and street addresses: the gateway's MiniLM, fine-tuned as a token tagger.

``encoder.py`` holds the model: all-MiniLM-L6-v2 (the gateway's built-in embedding model)
with low-rank adapters, word features and a BIO head, trained by
``benchmarks/guard/train_ner.py`` on Presidio's synthetic set, split by template. This module
gives it words and their features (case, digits, sentence starts, and membership of a
gazetteer of US Social Security and Census name lists, public domain;
``benchmarks/guard/build_gazetteer.py``), and turns its per-word probabilities into spans.

One forward pass tags both kinds. The model loads on the first text (about a second: torch
and the encoder).
"""

from __future__ import annotations

import gzip
import json
import re
import threading
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np

from minigate.backends.builtin import resolve_weights
from minigate.errors import ConfigError
from minigate.guard.pii.tagging import FEATURES, LABELS, Word
from minigate.guard.pii.windows import Span
from minigate.guard.scanners.artifacts import FORMAT, REBUILD, data_path
from minigate.guard.scanners.language import other_latin

MODEL_FILE = "pii_encoder.json"
GAZETTEER_FILE = "names_gazetteer.txt.gz"
BASE_MODEL = "builtin:minilm"
_TOKEN = re.compile(r"[^\W_]+(?:['\u2019-][^\W_]+)*|\S")
_SENTENCE_END = frozenset(".!?:;\n\"'()[]")
_TRIM = " \n\t,;:-"
_POSSESSIVE = re.compile(r"\w['\u2019]s$")
# Lower-case joining words that a low threshold lets a span take on at either end ("Bryan
# Maclean and"); no name or address starts or ends with one.
_JOINING = r"(?:and|or|of|the|to|at|in|on|for|with|from|by)"
_LEADING = re.compile(rf"(?:{_JOINING}\s+)+")
_TRAILING = re.compile(rf"(?:\s+{_JOINING})+$|^{_JOINING}$")
# The letters a text needs before its function words are asked whether it is in another
# Latin-script language, whose text gets ``_person``'s reading ("Ik ben blij." has nine).
_LANGUAGE_LETTERS = 6


@cache
def gazetteer() -> dict[str, str]:
    """Lower-case name -> "f" (given name), "l" (surname) or "fl" (both)."""
    kinds: dict[str, str] = {}
    for line in gzip.decompress(data_path(GAZETTEER_FILE).read_bytes()).decode().splitlines():
        kind, _, name = line.partition(" ")
        kinds[name] = kinds.get(name, "") + kind
    return kinds


def tokens(text: str) -> list[Word]:
    """Words and single punctuation marks, with their offsets."""
    return [(m[0], m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _starts_sentence(words: list[Word], i: int, text: str) -> bool:
    if i == 0:
        return True
    gap = text[words[i - 1][2] : words[i][1]]
    return words[i - 1][0] in _SENTENCE_END or "\n" in gap


def word_features(text: str, words: list[Word]) -> np.ndarray:
    """(words, features) in the order of ``FEATURES``; "first_piece" is set per piece later."""
    names = gazetteer()
    out = np.zeros((len(words), len(FEATURES)), dtype=np.float32)
    for i, (word, _, _) in enumerate(words):
        known = names.get(word.lower(), "")
        out[i] = (
            word[0].isupper(),
            len(word) > 1 and word.isupper(),
            any(c.isdigit() for c in word),
            "f" in known,
            "l" in known,
            _starts_sentence(words, i, text),
            0.0,
            not word.isascii(),
        )
    return out


def decode(
    text: str, words: list[Word], probs: np.ndarray, kind: str, threshold: float
) -> list[Span]:
    """Spans of ``kind`` from per-word label probabilities: a word is inside when its B and I
    probabilities sum to ``threshold`` or more; a span starts at a word whose B outweighs its
    I, or after a word outside. Separators at either end are trimmed."""
    begin, inside = LABELS.index(f"B-{kind}"), LABELS.index(f"I-{kind}")
    found: list[Span] = []
    open_span = False
    for i, (_, start, end) in enumerate(words):
        if probs[i, begin] + probs[i, inside] < threshold:
            open_span = False
            continue
        if open_span and probs[i, inside] >= probs[i, begin]:
            found[-1] = (found[-1][0], end)
        else:
            found.append((start, end))
        open_span = True
    trimmed = (_trim(text, s, e) for s, e in found)
    spans = [(s, e) for s, e in trimmed if any(c.isalnum() for c in text[s:e])]
    if kind == "PERSON":
        spans = [(s + _lead(text[s:e]), e) for s, e in spans]
        if other_latin(text, min_chars=_LANGUAGE_LETTERS):
            spans = [p for s, e in spans for p in _person(text, words, s, e)]
    return spans


def _lead(span: str) -> int:
    """How many characters of a sentence's end lead ``span`` (". Smith" after "Dr")."""
    return len(span) - len(span.lstrip(".!? "))


def _person(text: str, words: list[Word], start: int, end: int) -> list[Span]:
    """A person span in another Latin-script language, as a name is written there (the tagger,
    trained on English, read Dutch "Ik ben blij" and "Dank je wel, Pieter" as names): cut at a
    sentence's end inside it ("Jan. Zeg", not an initial's "D."), each piece without lower-case
    words at either end ("ben Jan de Vries": particles inside stay), and kept only with a
    capitalised word, unless it is one word that starts a sentence and is no name in the
    gazetteer ("Ik", "Hallo"). English text keeps the tagger's spans as they were measured."""
    inside = [i for i, (_, s, e) in enumerate(words) if s >= start and e <= end]
    pieces: list[list[int]] = [[]]
    for i in inside:
        prior = pieces[-1][-2] if len(pieces[-1]) > 1 else None
        ended = pieces[-1] and words[pieces[-1][-1]][0] in ".!?"
        initial = prior is not None and len(words[prior][0]) == 1
        if ended and not initial and _starts_sentence(words, i, text):
            pieces.append([])
        pieces[-1].append(i)
    out: list[Span] = []
    for piece in pieces:
        named = [i for i in piece if words[i][0][0].isupper()]
        if not named:
            continue
        first, last = named[0], named[-1]
        alone = first == last and _starts_sentence(words, first, text)
        if alone and words[first][0].lower() not in gazetteer():
            continue
        out.append((words[first][1], words[last][2]))
    return out


def _trim(text: str, start: int, end: int) -> Span:
    """Without separators or lower-case joining words at either end, nor a possessive "'s"
    ("Bryan Maclean's")."""
    piece = text[start:end]
    end -= len(piece) - len(piece.rstrip(_TRIM))
    if _POSSESSIVE.search(text, start, end):
        end -= 2
    start += len(piece) - len(piece.lstrip(_TRIM))
    words = text[start:end]
    trailing = _TRAILING.search(words)
    end = start + (trailing.start() if trailing else len(words))
    leading = _LEADING.match(words)
    start += leading.end() if leading else 0
    return min(start, end), end


@dataclass(frozen=True, slots=True)
class NameTagger:
    """The fine-tuned encoder and the thresholds chosen on dev."""

    model: Any  # encoder.TokenTagger; torch is imported only when names are asked for
    tokenizer: Any
    thresholds: dict[str, float]
    cls: int
    sep: int

    def spans(self, text: str) -> dict[str, list[Span]]:
        """Spans by kind ("PERSON", "ADDRESS") in ``text``, from one forward pass."""
        from minigate.guard.pii.encoder import encode, word_probs

        words = tokens(text)
        encoded = encode(self.tokenizer, text, words, word_features(text, words))
        probs = word_probs(self.model, encoded, len(words), self.cls, self.sep)
        return {k: decode(text, words, probs, k, t) for k, t in self.thresholds.items()}


def load_tagger(base: str = BASE_MODEL) -> NameTagger:
    """The shipped adapters and head on the built-in MiniLM; a ConfigError if either is
    missing or the base is not the model they were trained on."""
    from safetensors.torch import load_file

    from minigate.guard.pii.encoder import TokenTagger, load_base, load_trained

    path = data_path(MODEL_FILE)
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigError(f"Guard model file '{path}' is unreadable ({exc}); {REBUILD}.") from None
    if doc.get("format") != FORMAT:
        raise ConfigError(f"Guard model file '{path}' is not format {FORMAT}; {REBUILD}.")
    folder = resolve_weights(base)
    config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    if config.get("_name_or_path") != doc["base"]["name_or_path"]:
        raise ConfigError(
            f"The name tagger was trained on {doc['base']['name_or_path']}; {REBUILD}."
        )
    encoder, tokenizer = load_base(folder)
    tensors = load_file(str(data_path(doc["file"])))
    model = TokenTagger(encoder)
    load_trained(model, tensors, float(doc["lora"]["alpha"]) / int(doc["lora"]["rank"]))
    model.eval()
    specials = [tokenizer.token_to_id(t) for t in ("[CLS]", "[SEP]")]
    return NameTagger(model, tokenizer, doc["thresholds"], *specials)


_LOADING = threading.Lock()


def tagger() -> NameTagger:
    """The shipped tagger, loaded once (two first texts in two threads load it once)."""
    with _LOADING:
        return _shipped()


@cache
def _shipped() -> NameTagger:
    return load_tagger()


def set_torch_threads(threads: int) -> None:
    """Give torch ``threads`` intra-op threads, once torch is loaded (it is per process)."""
    import torch

    if torch.get_num_threads() != threads:
        torch.set_num_threads(threads)


def find_names_and_addresses(text: str) -> dict[str, list[Span]]:
    """PERSON and ADDRESS spans in ``text``."""
    return tagger().spans(text)

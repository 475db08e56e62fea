"""Person names and street addresses: a token tagger, no NER model.

No small NER model is packaged offline with provenance we could check, so each capitalised
word (or number, for addresses) is scored by a logistic regression over hashed features of
the word and its neighbours: its shape ("Xx", "X."), endings, the words around it ("Mr",
"Dear", "my name is", "lives at", "Street"), and whether it and its neighbours are known
given names or surnames (a gazetteer of US Social Security and Census name lists, public
domain; ``benchmarks/guard/build_gazetteer.py``). A word in the gazetteer is a candidate even
in lower case ("olga krylova"). Runs of tagged tokens become spans. Fitted by
``benchmarks/guard/build_artifacts.py`` on Presidio's synthetic set, split by template (the
benchmark reports on templates the tagger never saw); weights ship as float16 ``.npy``.
"""

from __future__ import annotations

import gzip
import re
import zlib
from dataclasses import dataclass
from functools import cache

import numpy as np

from minigate.guard.pii.windows import Span
from minigate.guard.scanners.artifacts import data_path, load_json, load_weights

BUCKETS = 1 << 16
MODEL_FILE = "pii_names.json"
GAZETTEER_FILE = "names_gazetteer.txt.gz"
_TOKEN = re.compile(r"[^\W_]+(?:['\u2019-][^\W_]+)*|\S")
_SENTENCE_END = frozenset(".!?:;\n\"'()[]")
# Separators a multi-token name or address may hold between its tagged tokens.
_JOIN = {"PERSON": re.compile(r"[ ]?\.?[ ]{0,2}"), "ADDRESS": re.compile(r"[ ]?[.,]?\s{0,3}")}


def _shape(token: str) -> str:
    shape = re.sub(r"[A-Z\u00c0-\u00de]", "X", token)
    shape = re.sub(r"[a-z\u00df-\u00ff]", "x", shape)
    shape = re.sub(r"[0-9]", "d", shape)
    return re.sub(r"(.)\1+", r"\1\1", shape)[:6]


@cache
def gazetteer() -> dict[str, str]:
    """Lower-case name -> "f" (given name), "l" (surname) or "fl" (both)."""
    kinds: dict[str, str] = {}
    for line in gzip.decompress(data_path(GAZETTEER_FILE).read_bytes()).decode().splitlines():
        kind, _, name = line.partition(" ")
        kinds[name] = kinds.get(name, "") + kind
    return kinds


def _candidate(kind: str, token: str) -> bool:
    first = token[0]
    if first.isupper():
        return True
    if kind == "ADDRESS":
        return first.isdigit()
    return token.lower() in gazetteer()


def tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m[0], m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _starts_sentence(toks: list[tuple[str, int, int]], i: int, text: str) -> bool:
    gap = text[toks[i - 1][2] : toks[i][1]] if i > 0 else "\n"
    return i == 0 or toks[i - 1][0] in _SENTENCE_END or "\n" in gap


def token_features(toks: list[tuple[str, int, int]], i: int, text: str) -> list[str]:
    """The named features of token ``i`` (hashed by ``columns``)."""
    word = toks[i][0]
    lower = word.lower()

    def near(j: int) -> str:
        return toks[j][0].lower() if 0 <= j < len(toks) else "<none>"

    def shape(j: int) -> str:
        return _shape(toks[j][0]) if 0 <= j < len(toks) else "<none>"

    names = gazetteer()

    def known(j: int) -> str:
        return names.get(toks[j][0].lower(), "-") if 0 <= j < len(toks) else "<none>"

    start = _starts_sentence(toks, i, text)
    feats = [
        f"w={lower}",
        f"s3={lower[-3:]}",
        f"s2={lower[-2:]}",
        f"p2={lower[:2]}",
        f"sh={_shape(word)}",
        f"len={min(len(word), 10)}",
        f"p1={near(i - 1)}",
        f"p2w={near(i - 2)}",
        f"n1={near(i + 1)}",
        f"n2w={near(i + 2)}",
        f"p1s={shape(i - 1)}",
        f"n1s={shape(i + 1)}",
        f"p1s+n1s={shape(i - 1)}|{shape(i + 1)}",
        f"p2+p1={near(i - 2)}|{near(i - 1)}",
        f"start={start}",
        f"g={known(i)}",
        f"g={known(i)}|sh={_shape(word)}",
        f"g-1={known(i - 1)}",
        f"g+1={known(i + 1)}",
        f"g-1+1={known(i - 1)}|{known(i + 1)}",
        "ascii" if word.isascii() else "nonascii",
        "bias",
    ]
    return feats


def columns(features: list[str]) -> np.ndarray:
    return np.fromiter(
        (zlib.crc32(f.encode()) % BUCKETS for f in features), dtype=np.int64, count=len(features)
    )


@dataclass(frozen=True, slots=True)
class Tagger:
    kind: str
    weights: np.ndarray
    intercept: float
    threshold: float
    # A token next to a tagged one joins its span from this lower probability: the surname
    # after a known given name ("Bryan Maclean") is often less sure than the name itself.
    extend: float

    def probs(self, text: str, toks: list[tuple[str, int, int]]) -> dict[int, float]:
        """The probability of each candidate token, by token index."""
        out = {}
        for i, (word, _, _) in enumerate(toks):
            if _candidate(self.kind, word):
                z = float(self.weights[columns(token_features(toks, i, text))].sum())
                out[i] = 1.0 / (1.0 + float(np.exp(-(z + self.intercept))))
        return out

    def spans(self, text: str) -> list[Span]:
        toks = tokens(text)
        return assemble(text, toks, self.probs(text, toks), self.kind, self.threshold, self.extend)


def assemble(
    text: str,
    toks: list[tuple[str, int, int]],
    probs: dict[int, float],
    kind: str,
    threshold: float,
    extend: float,
) -> list[Span]:
    """Spans of tagged tokens: those at ``threshold`` or above, grown over neighbours at
    ``extend`` or above, and joined where only a separator of the kind lies between."""
    join = _JOIN[kind]

    def joined(a: int, b: int) -> bool:
        return join.fullmatch(text[toks[a][2] : toks[b][1]]) is not None

    def grows(at: int, step: int) -> bool:
        nxt = at + step
        if probs.get(nxt, 0.0) < extend or not joined(*sorted((at, nxt))):
            return False
        # A capitalised first word ("Ask Maria Jansen") joins only on its own score.
        return step > 0 or not _starts_sentence(toks, nxt, text)

    keep = {i for i, p in probs.items() if p >= threshold}
    for seed in sorted(keep):
        for step in (1, -1):
            at = seed
            while grows(at, step):
                at += step
                keep.add(at)
    found: list[Span] = []
    for i in sorted(keep):
        start, end = toks[i][1], toks[i][2]
        if found and join.fullmatch(text[found[-1][1] : start]):
            found[-1] = (found[-1][0], end)
        else:
            found.append((start, end))
    return found


@cache
def taggers() -> dict[str, Tagger]:
    """The shipped taggers by kind, loaded once."""
    doc = load_json(MODEL_FILE)
    out = {}
    for kind, part in doc["taggers"].items():
        weights = load_weights(part["file"], BUCKETS, data_path(part["file"]))
        threshold = float(part["threshold"])
        extend = float(part.get("extend", threshold))
        out[kind] = Tagger(kind, weights, float(part["intercept"]), threshold, extend)
    return out


def find_names(text: str) -> list[Span]:
    return taggers()["PERSON"].spans(text)


def find_addresses(text: str) -> list[Span]:
    return taggers()["ADDRESS"].spans(text)

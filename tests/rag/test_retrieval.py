"""BM25 with stemming and the weighted fusion of the two rankings, in process."""

from __future__ import annotations

import pytest

from minigate.rag.retrieval import LexicalIndex, Method, fuse
from minigate.rag.settings import RagSettings
from minigate.rag.store import Chunk, Hit

CHUNKS = [
    Chunk("a", "The university opened a new library.", {}),
    Chunk("b", "Rivers flow into the sea.", {}),
    Chunk("c", "龙井茶产于浙江杭州。", {}),
]


def test_english_stemming_matches_other_forms_of_a_word() -> None:
    assert LexicalIndex(CHUNKS, None).search("universities libraries", 3) == []
    [hit] = LexicalIndex(CHUNKS, "english").search("universities libraries", 3)
    assert hit.chunk.id == "a" and hit.ranks == {"bm25": 1}
    # Chinese words are jieba's, untouched by the stemmer
    assert [h.chunk.id for h in LexicalIndex(CHUNKS, "english").search("龙井茶", 3)] == ["c"]


def test_the_bm25_weight_decides_between_two_first_places() -> None:
    def ranking(method: Method, *ids: str) -> list[Hit]:
        return [Hit(Chunk(i, "", {}), 0.0, {method: n}) for n, i in enumerate(ids, start=1)]

    rankings: dict[Method, list[Hit]] = {
        "vector": ranking("vector", "x", "z"),
        "bm25": ranking("bm25", "y", "z"),
    }
    assert [h.chunk.id for h in fuse(rankings, 3, 1, {"bm25": 0.25})] == ["x", "z", "y"]
    assert [h.chunk.id for h in fuse(rankings, 3, 1, {"bm25": 3.0})] == ["y", "z", "x"]
    top = fuse(rankings, 1, 60, {})[0]  # equal weights: z, second in both, wins
    assert top.chunk.id == "z" and top.ranks == {"vector": 2, "bm25": 2}


def test_an_unknown_stemmer_is_a_config_error() -> None:
    with pytest.raises(ValueError, match=r"stemmer must be one of: .*english"):
        RagSettings(stemmer="klingon")
    assert RagSettings(stemmer=None).stemmer is None

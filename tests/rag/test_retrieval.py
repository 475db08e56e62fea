"""BM25 with stemming and the weighted fusion of the two rankings, in process."""

from __future__ import annotations

import pytest

from minigate.rag.retrieval import LexicalIndex, Method, convex, fuse
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


def scored(method: Method, *pairs: tuple[str, float]) -> list[Hit]:
    return [Hit(Chunk(i, "", {}), s, {method: n}) for n, (i, s) in enumerate(pairs, start=1)]


def test_convex_fusion_lets_vectors_decide_only_a_near_tie_of_bm25() -> None:
    rankings: dict[Method, list[Hit]] = {
        # BM25: x and y nearly tied, z far behind; the vectors prefer y, then z
        "bm25": scored("bm25", ("x", 10.0), ("y", 9.8), ("z", 2.0)),
        "vector": scored("vector", ("y", 0.9), ("z", 0.8), ("x", 0.5)),
    }
    assert [h.chunk.id for h in convex(rankings, 3, 0.0)] == ["x", "y", "z"]
    # a small share: y overtakes x (a near tie), z stays behind both
    fused = convex(rankings, 3, 0.1)
    assert [h.chunk.id for h in fused] == ["y", "x", "z"]
    assert fused[0].ranks == {"bm25": 2, "vector": 1}
    assert fused[0].score == pytest.approx(0.9 * 0.975 + 0.1 * 1.0)
    assert [h.chunk.id for h in convex(rankings, 3, 1.0)] == ["y", "z", "x"]


def test_convex_fusion_keeps_a_chunk_only_one_method_found() -> None:
    rankings: dict[Method, list[Hit]] = {
        "bm25": scored("bm25", ("x", 4.0)),  # one candidate: scaled to 1
        "vector": scored("vector", ("v", 0.7), ("x", 0.2)),
    }
    fused = convex(rankings, 5, 0.3)
    assert [(h.chunk.id, round(h.score, 3)) for h in fused] == [("x", 0.7), ("v", 0.3)]
    assert convex({"bm25": [], "vector": []}, 5, 0.3) == []


def test_an_unknown_stemmer_is_a_config_error() -> None:
    with pytest.raises(ValueError, match=r"stemmer must be one of: .*english"):
        RagSettings(stemmer="klingon")
    assert RagSettings(stemmer=None).stemmer is None

"""Which prompts the semantic cache reads (minigate.cache.readable), printed as JSON.

1. Probe pairs of different meaning in Chinese, Japanese, Korean, Russian, Arabic and Hindi
   (and English): all-MiniLM-L6-v2's cosine, what its tokenizer makes of each text, and the
   reader's verdict.
2. Quora question pairs (text_a cached, text_b asked), at the default threshold with the veto:
   the pairs served before and after the reader (it must not change English hits), and the
   texts it sends to exact hits only.
3. CMRC 2018 questions (Chinese): how many the reader sends to exact hits only, and the false
   hits among random pairs of different questions at the default threshold, before and after.

Data: paraphrase/qqp_pairs.jsonl (Quora Question Pairs via zilliztech/GPTCache; repo MIT,
content under Quora's terms) and rag/cmrc2018_questions.jsonl (CMRC 2018 dev via ymcui/cmrc2018,
CC-BY-SA-4.0), from /work/shared/data (docs: its README.md).

    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/cache_language.py [--cmrc-pairs 2000]
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections import Counter
from typing import Any

import numpy as np

from benchlib import emit, machine, now_iso
from cache import DEFAULT_PAIRS, SHARED_DATA, load_encoder, read_pairs, similarities
from minigate.backends.embeddings import SentenceTransformerBackend
from minigate.cache.readable import Reader
from minigate.cache.veto import veto
from minigate.config import CacheSettings

CMRC = SHARED_DATA / "rag" / "cmrc2018_questions.jsonl"
DATA = {
    "qqp": "paraphrase/qqp_pairs.jsonl: Quora Question Pairs via zilliztech/GPTCache "
    "(repo MIT; content under Quora's terms)",
    "cmrc": "rag/cmrc2018_questions.jsonl: CMRC 2018 dev via ymcui/cmrc2018 (CC-BY-SA-4.0)",
}
# (language, a, b): pairs of different meaning; "buy / sell" is the defect's own pair.
PROBES = [
    ("zh", "这只股票应该买吗", "这只股票应该卖吗"),
    ("zh", "北京的人口是多少", "上海的面积是多少"),
    ("ja", "この株は買うべきですか", "この株は売るべきですか"),
    ("ja", "東京の天気はどうですか", "大阪の人口は何人ですか"),
    ("ko", "이 주식을 사야 하나요", "이 주식을 팔아야 하나요"),
    ("ko", "서울의 날씨는 어때요", "부산의 인구는 얼마인가요"),
    ("ru", "Стоит ли покупать эту акцию?", "Стоит ли продавать эту акцию?"),
    ("ru", "Какая погода в Москве?", "Сколько людей живёт в Киеве?"),
    ("ar", "هل يجب أن أشتري هذا السهم؟", "هل يجب أن أبيع هذا السهم؟"),
    ("ar", "ما هو الطقس في القاهرة؟", "كم عدد سكان دبي؟"),
    ("hi", "क्या मुझे यह स्टॉक खरीदना चाहिए?", "क्या मुझे यह स्टॉक बेचना चाहिए?"),
    ("hi", "दिल्ली में मौसम कैसा है?", "मुंबई की आबादी कितनी है?"),
    ("en", "Should I buy this stock?", "Should I sell this stock?"),
    ("en", "What is the weather in Paris?", "How many people live in Berlin?"),
]


def reader_of(encoder: SentenceTransformerBackend) -> Reader:
    reader = Reader.of_folder(encoder.model_path)
    assert reader is not None, "the bundled MiniLM has a tokenizer.json"
    return reader


def probes(encoder: SentenceTransformerBackend, reader: Reader) -> list[dict[str, Any]]:
    vectors, _ = encoder.encode([t for _, a, b in PROBES for t in (a, b)])
    rows = []
    for n, (lang, a, b) in enumerate(PROBES):
        tokens = [reader.tokenizer.encode(t, add_special_tokens=False).tokens for t in (a, b)]
        rows.append(
            {
                "language": lang,
                "a": a,
                "b": b,
                "cosine": round(float(vectors[2 * n] @ vectors[2 * n + 1]), 4),
                "tokens_a": tokens[0],
                "tokens_b": tokens[1],
                "unread": [reader.unread(a), reader.unread(b)],
            }
        )
    return rows


def served(rows: list[dict[str, Any]], similarity: np.ndarray, reader: Reader | None) -> np.ndarray:
    """Which pairs the cache serves (text_a cached, text_b asked) at the default threshold with
    the veto; with ``reader``, neither text may be one it cannot read."""
    threshold = CacheSettings().semantic.min_similarity
    out = np.zeros(len(rows), dtype=bool)
    for i, (row, score) in enumerate(zip(rows, similarity, strict=True)):
        if score < threshold or veto(row["text_a"], row["text_b"]) is not None:
            continue
        if reader is not None and (reader.unread(row["text_a"]) or reader.unread(row["text_b"])):
            continue
        out[i] = True
    return out


def qqp(encoder: SentenceTransformerBackend, reader: Reader) -> dict[str, Any]:
    rows = read_pairs(DEFAULT_PAIRS)
    similarity, _ = similarities(rows, encoder)
    before, after = served(rows, similarity, None), served(rows, similarity, reader)
    duplicate = np.array([bool(r["duplicate"]) for r in rows])
    texts = sorted({r["text_a"] for r in rows} | {r["text_b"] for r in rows})
    unread = {t: reader.unread(t) for t in texts}
    changed = [
        {"text_a": r["text_a"], "text_b": r["text_b"], "similarity": round(float(s), 4)}
        for r, s, b, a in zip(rows, similarity, before, after, strict=True)
        if b != a
    ]
    return {
        "data": DATA["qqp"],
        "pairs": len(rows),
        "duplicates_served": {
            "before": int(before[duplicate].sum()),
            "after": int(after[duplicate].sum()),
        },
        "non_duplicates_served": {
            "before": int(before[~duplicate].sum()),
            "after": int(after[~duplicate].sum()),
        },
        "pairs_changed": changed,
        "distinct_texts": len(texts),
        "texts_exact_only": dict(Counter(v for v in unread.values() if v)),
        "texts_exact_only_examples": [t for t, v in unread.items() if v][:12],
    }


def cmrc(encoder: SentenceTransformerBackend, reader: Reader, n_pairs: int) -> dict[str, Any]:
    questions = sorted({json.loads(line)["question"] for line in CMRC.read_text().splitlines()})
    unread = Counter(reader.unread(q) for q in questions)
    rng = random.Random(0)
    pairs = []
    while len(pairs) < n_pairs:
        a, b = rng.sample(questions, 2)
        pairs.append({"text_a": a, "text_b": b, "duplicate": False})
    similarity, _ = similarities(pairs, encoder)
    before, after = served(pairs, similarity, None), served(pairs, similarity, reader)
    threshold = CacheSettings().semantic.min_similarity
    worst = np.argsort(-similarity)[:5]
    return {
        "data": DATA["cmrc"],
        "distinct_questions": len(questions),
        "questions_exact_only": sum(v for k, v in unread.items() if k),
        "reasons": {str(k): v for k, v in unread.items()},
        "random_pairs_of_different_questions": n_pairs,
        "pairs_at_or_above_threshold": int((similarity >= threshold).sum()),
        "false_hits": {"before": int(before.sum()), "after": int(after.sum())},
        "most_similar_pairs": [
            {**pairs[i], "similarity": round(float(similarity[i]), 4)} for i in worst
        ],
    }


def read_cost(reader: Reader) -> dict[str, float]:
    texts = [t for _, a, b in PROBES for t in (a, b)] * 50
    started = time.perf_counter()
    for text in texts:
        reader.unread(text)
    return {"us_per_prompt": round((time.perf_counter() - started) / len(texts) * 1e6, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cmrc-pairs", type=int, default=2000)
    args = parser.parse_args()
    encoder = load_encoder()
    reader = reader_of(encoder)
    doc = {
        "started": now_iso(),
        "machine": machine(),
        "model": encoder.model_id,
        "window_tokens": reader.window,
        "threshold": CacheSettings().semantic.min_similarity,
        "probes": probes(encoder, reader),
        "qqp": qqp(encoder, reader),
        "cmrc": cmrc(encoder, reader, args.cmrc_pairs),
        "reader_cost": read_cost(reader),
    }
    emit("cache-language", doc)


if __name__ == "__main__":
    main()

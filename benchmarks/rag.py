"""Document retrieval and cited answers: recall, MRR, answer match, throughput, latency (JSON).

Data (read in place, never copied): ``../shared/data/rag/``
  - squad_sub_corpus.jsonl / squad_sub_questions.jsonl: 173 English paragraphs, 548
    questions; a 5-article subset of the SQuAD v2 dev set via VinACE/san_mrc
    (SQuAD: CC-BY-SA-4.0).
  - cmrc2018_corpus.jsonl / cmrc2018_questions.jsonl: 848 Chinese Wikipedia paragraphs,
    2,637 questions; CMRC 2018 dev via ymcui/cmrc2018 (CC-BY-SA-4.0).
Each question has its gold paragraph (``doc_id``) and its answer strings.

1. Retrieval, every question: each paragraph is ingested as one document (title as its
   heading) through the real ingestion path (chunking, embedding, Chroma); recall@1/5/10 and
   MRR of the gold paragraph for vector-only, BM25-only and hybrid (RRF) search, per data set
   and embedding model (all-MiniLM-L6-v2 and USE Multilingual v3). Chunks are ranked, then
   folded into paragraphs by first appearance. Ingest throughput in chunks/s; query latency
   p50/p95 of hybrid search.
2. Answers, a sample (``--answers N`` questions per set, seed 0): a reply matches when it
   contains one of the answer strings (case-insensitive). Each answering model with the
   question alone, and through ``rag:<collection>`` (hybrid, top 4); end-to-end latency.

    .venv/bin/python benchmarks/rag.py [--answers 30] [--qwen PATH.gguf] [--skip-answers]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from minigate.config import LlamaCppModel, SentenceTransformerModel, Settings
from minigate.context import RequestContext
from minigate.metrics import Metrics
from minigate.rag import Library, RagStage
from minigate.rag.multilingual import MULTILINGUAL
from minigate.rag.retrieval import fuse
from minigate.runtime import running
from minigate.schemas.chat import ChatCompletionRequest

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "rag"
SETS = {"squad": "squad_sub", "cmrc": "cmrc2018"}
MINILM = "all-minilm-l6-v2"
SMOLLM = "smollm2-135m-instruct"
QWEN = "qwen2.5-coder-0.5b"
OWNER = "bench"
METHODS = ("vector", "bm25", "hybrid")
DEPTH = 30  # chunks retrieved per question before folding them into paragraphs
LATENCY_SAMPLE = 200  # questions whose hybrid search (top 4) is timed


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def ms(values: list[float]) -> dict[str, float]:
    return {
        "p50_ms": round(percentile(values, 0.5) * 1000, 1),
        "p95_ms": round(percentile(values, 0.95) * 1000, 1),
    }


async def ingest(
    library: Library, name: str, model: str, corpus: list[dict[str, Any]]
) -> dict[str, Any]:
    await library.create(OWNER, name, model)
    await library.embedder(model)(["warm-up: load the model before the clock starts"])
    started = time.perf_counter()
    files = [(f"{d['doc_id']}.md", f"# {d['title']}\n\n{d['text']}".encode()) for d in corpus]
    results = await library.ingest_many(OWNER, name, files)
    elapsed = time.perf_counter() - started
    if errors := [r.error for r in results if r.status == "error"]:
        raise RuntimeError(errors)
    chunks = sum(r.chunks for r in results)
    return {"documents": len(corpus), "chunks": chunks, "chunks_per_s": round(chunks / elapsed, 1)}


async def retrieval(library: Library, name: str, questions: list[dict[str, Any]]) -> dict[str, Any]:
    """Vector and BM25 rankings per question, and their fusion exactly as hybrid search does
    it (each proposes DEPTH chunks, RRF); hybrid search itself is timed on LATENCY_SAMPLE."""
    ranks: dict[str, list[int | None]] = {method: [] for method in METHODS}
    for n, q in enumerate(questions):
        vector = await library.search(OWNER, name, q["question"], DEPTH, method="vector")
        bm25 = await library.search(OWNER, name, q["question"], DEPTH, method="bm25")
        hybrid = fuse([vector, bm25], DEPTH, library.settings.rrf_k)
        for method, hits in (("vector", vector), ("bm25", bm25), ("hybrid", hybrid)):
            docs = list(dict.fromkeys(str(h.chunk.metadata["source"])[:-3] for h in hits))
            ranks[method].append(docs.index(q["doc_id"]) + 1 if q["doc_id"] in docs else None)
        if n % 100 == 0:
            print(f"{name}: {n}/{len(questions)} questions", file=sys.stderr, flush=True)
    figures: dict[str, Any] = {method: scores(ranks[method]) for method in METHODS}
    latencies = []
    for q in questions[:LATENCY_SAMPLE]:
        started = time.perf_counter()
        await library.search(OWNER, name, q["question"], library.settings.top_k)
        latencies.append(time.perf_counter() - started)
    figures["hybrid_query_latency"] = ms(latencies)
    return figures


def scores(ranks: list[int | None]) -> dict[str, float]:
    figures = {
        f"recall@{k}": round(sum(r is not None and r <= k for r in ranks) / len(ranks), 4)
        for k in (1, 5, 10)
    }
    figures["mrr"] = round(sum(1 / r for r in ranks if r) / len(ranks), 4)
    return figures


def matches(reply: str, answers: list[str]) -> bool:
    reply = reply.lower()
    return any(a.strip().lower() in reply for a in answers if a.strip())


async def answer_match(
    pipeline: Any, library: Library, name: str, model: str, sample: list[dict[str, Any]]
) -> dict[str, Any]:
    stage = RagStage(pipeline, library, model)
    hits = {"without_retrieval": 0, "with_retrieval": 0}
    latencies: list[float] = []
    for q in sample:
        for mode, target, backend in (("without_retrieval", model, pipeline),
                                      ("with_retrieval", f"rag:{name}", stage)):  # fmt: skip
            req = ChatCompletionRequest(
                model=target,
                messages=[{"role": "user", "content": q["question"]}],
                max_tokens=48,
                temperature=0,
            )
            started = time.perf_counter()
            result = await backend.chat(req, RequestContext(endpoint="bench", key_id=OWNER))
            if mode == "with_retrieval":
                latencies.append(time.perf_counter() - started)
            hits[mode] += matches(result.choices[0].message.content or "", q["answers"])
    return {
        "questions": len(sample),
        **{mode: round(count / len(sample), 4) for mode, count in hits.items()},
        "end_to_end_latency": ms(latencies),
    }


def settings_for(chroma: str, qwen: Path | None) -> Settings:
    models: list[Any] = [
        SentenceTransformerModel(backend="sentence_transformers", id=MINILM, path="builtin:minilm"),
        LlamaCppModel(backend="llama_cpp", id=SMOLLM, path="builtin:smollm2"),
    ]
    if qwen is not None:
        models.append(LlamaCppModel(backend="llama_cpp", id=QWEN, path=str(qwen)))
    return Settings(
        models=models,
        rag={"chroma_path": chroma},
        cache={"enabled": False},
        ledger={"enabled": False},
        audit={"enabled": False},
    )


async def main(args: argparse.Namespace) -> dict[str, Any]:
    qwen = args.qwen if args.qwen and args.qwen.exists() else None
    report: dict[str, Any] = {
        "machine_load_1m": round(os.getloadavg()[0], 2),
        "note": "2 shared cores, other jobs running: rough figures",
        "retrieval": {},
        "answers": {},
    }
    with tempfile.TemporaryDirectory() as tmp:
        settings = settings_for(tmp, qwen)
        async with running(settings, Metrics(), with_ledger=False) as runtime:
            library = runtime.rag
            assert library is not None
            for key in args.sets:
                prefix = SETS[key]
                corpus = read_jsonl(args.data / f"{prefix}_corpus.jsonl")
                questions = read_jsonl(args.data / f"{prefix}_questions.jsonl")
                sample = random.Random(0).sample(questions, min(args.answers, len(questions)))
                if args.limit:
                    questions = questions[: args.limit]
                for model in args.embedding_models:
                    name = f"{key}-{model}".replace(".", "-")
                    figures = {"ingest": await ingest(library, name, model, corpus)}
                    figures |= await retrieval(library, name, questions)
                    figures["questions"] = len(questions)
                    report["retrieval"][f"{key}/{model}"] = figures
                    print(json.dumps({f"{key}/{model}": figures}), flush=True)
                if args.answers:
                    name = f"{key}-{args.answer_embedding}".replace(".", "-")
                    for model in [SMOLLM] + ([QWEN] if qwen else []):
                        report["answers"][f"{key}/{model}"] = await answer_match(
                            runtime.pipeline, library, name, model, sample
                        )
                        print(json.dumps({f"{key}/{model}": report["answers"][f"{key}/{model}"]}),
                              flush=True)  # fmt: skip
    report["load_1m_at_end"] = round(os.getloadavg()[0], 2)
    return report


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--sets", nargs="+", default=list(SETS), choices=list(SETS))
    parser.add_argument("--embedding-models", nargs="+", default=[MINILM, MULTILINGUAL])
    parser.add_argument("--answer-embedding", default=MULTILINGUAL)
    parser.add_argument("--answers", type=int, default=30, help="Questions per set; 0: none.")
    parser.add_argument(
        "--limit", type=int, default=0, help="Questions per set for retrieval; 0: all."
    )
    parser.add_argument(
        "--qwen",
        type=Path,
        default=Path(".cache/models/qwen2.5-coder-0.5b-instruct-q4.gguf"),
        help="Qwen2.5-Coder-0.5B GGUF (benchmarks/router/setup.sh assembles it).",
    )
    return parser.parse_args()


if __name__ == "__main__":
    print(json.dumps(asyncio.run(main(parse_args())), indent=2))

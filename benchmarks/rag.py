"""Document retrieval and cited answers: recall, MRR, answer match, throughput, latency (JSON).

Data (read in place, never copied): ``/work/shared/data/rag/`` (``../shared/data/rag/``)
  - squad_sub_corpus.jsonl / squad_sub_questions.jsonl: 173 English paragraphs, 548
    questions; a 5-article subset of the SQuAD v2 dev set (rajpurkar.github.io/SQuAD-explorer),
    taken from the GitHub repository VinACE/san_mrc (its SQuAD v2 dev file). Licence:
    CC-BY-SA-4.0 (SQuAD).
  - cmrc2018_corpus.jsonl / cmrc2018_questions.jsonl: 848 Chinese Wikipedia paragraphs,
    2,637 questions; the CMRC 2018 dev set from the GitHub repository ymcui/cmrc2018
    (squad-style-data/cmrc2018_dev.json). Licence: CC-BY-SA-4.0.
Each question has its gold paragraph (``doc_id``) and its answer strings.

Splits. Per set, the gold paragraphs are shuffled with ``random.Random(0)`` and cut in half:
the questions on the first half are the **dev** split, the rest the **test** split, so no
paragraph has questions on both sides. A split larger than 500 questions (CMRC's) is cut to a
seeded sample of 500 (``random.Random(0)``); SQuAD's are whole. The corpus is always whole.
Every setting of the fusion (convex or RRF, the vector share or the BM25 weight and RRF
constant, stemming) was chosen on dev (``tune`` prints the grid and its objective);
``report`` gives test figures with the product's defaults, which are those choices. Nothing
is tuned on test.

Three resumable parts; each writes under ``--work`` (default .cache/rag-bench), so a part that
stops part-way (``--budget-s``) continues where it stopped when run again:

  retrieval  each paragraph ingested as one document (title as heading) through the real
             path (chunking, embedding, Chroma), per set and embedding model; every question's
             vector and BM25 rankings with scores (30 chunks each, BM25 with and without
             English stemming) are kept; ingest throughput (chunks/s) and hybrid search
             latency.
  answers    ``--answers N`` test questions per set (seed 0): each answering model with the
             question alone and through ``rag:<collection>`` (the set's default embedding,
             hybrid, top 4), ``--modes`` without / with; a reply matches when it contains an
             answer string (case-insensitive, citation markers left out); rates with Wilson
             95% intervals; end-to-end latency of the cited answers. Exit status 3: the
             budget ran out, run again to continue.
  report     (default) the JSON: dev-split grid choice, test-split recall@1/5/10 and MRR per
             method, answer match, throughput and latency.

    flock /tmp/heavy.lock nice -n 5 .venv/bin/python benchmarks/rag.py retrieval
    flock /tmp/heavy.lock nice -n 5 .venv/bin/python benchmarks/rag.py answers --answers 100
    .venv/bin/python benchmarks/rag.py tune      # the dev grid
    .venv/bin/python benchmarks/rag.py report    # the JSON
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import random
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from minigate.config import LlamaCppModel, SentenceTransformerModel, Settings
from minigate.context import RequestContext
from minigate.evals import stats
from minigate.metrics import Metrics
from minigate.rag import Library, RagStage
from minigate.rag.multilingual import MULTILINGUAL
from minigate.rag.retrieval import LexicalIndex, Method, convex, fuse
from minigate.rag.settings import RagSettings
from minigate.rag.store import Chunk, Hit
from minigate.runtime import running
from minigate.schemas.chat import ChatCompletionRequest

ROOT = Path(__file__).resolve().parent.parent
# ../shared/data/rag beside the checkout (or beside the worktrees' folder)
DATA = next(
    (p / "shared" / "data" / "rag" for p in (ROOT.parent, ROOT.parent.parent)
     if (p / "shared" / "data" / "rag").is_dir()),
    ROOT.parent / "shared" / "data" / "rag",
)  # fmt: skip
SETS = {"squad": "squad_sub", "cmrc": "cmrc2018"}
MINILM = "all-minilm-l6-v2"
# The embedding a collection in each language should be made with (docs/rag.md): MiniLM is
# English-only, its vectors on Chinese are near noise.
DEFAULT_EMBEDDING = {"squad": MINILM, "cmrc": MULTILINGUAL}
ANSWER_MODELS = {"smollm2": "smollm2-135m-instruct", "qwen": "qwen2.5-coder-0.5b"}
OWNER = "bench"
DEPTH = 30  # chunks each method proposes per question, as rag.candidates does
LATENCY_SAMPLE = 200  # questions whose hybrid search (top 4) is timed
# Questions per split: SQuAD's halves (~274) are whole; CMRC's (~1,300) are sampled, so that
# a set's rankings fit in one ~10-minute run on the shared machine.
SPLIT_CAP = 500
# The dev grid: every setting is scored on the dev split of both sets.
SHARES = [0.0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7]


def grid() -> Iterator[dict[str, Any]]:
    for stemmer in ("english", None):
        for share in SHARES:
            yield {"fusion": "convex", "stemmer": stemmer, "vector_share": share}
        for weight, rrf_k in itertools.product([0.5, 1.0, 1.5, 2.0, 3.0, 5.0], [1, 3, 10, 30, 60]):
            yield {"fusion": "rrf", "stemmer": stemmer, "bm25_weight": weight, "rrf_k": rrf_k}


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def split(questions: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Dev and test halves by gold paragraph (seed 0), each at most SPLIT_CAP questions (a
    seeded sample, in file order)."""
    docs = sorted({q["doc_id"] for q in questions})
    random.Random(0).shuffle(docs)
    dev = set(docs[: len(docs) // 2])
    halves = {
        "dev": [q for q in questions if q["doc_id"] in dev],
        "test": [q for q in questions if q["doc_id"] not in dev],
    }
    for name, half in halves.items():
        if len(half) > SPLIT_CAP:
            keep = {q["id"] for q in random.Random(0).sample(half, SPLIT_CAP)}
            halves[name] = [q for q in half if q["id"] in keep]
    return halves


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def ms(values: list[float]) -> dict[str, float]:
    return {
        "n": len(values),
        "p50_ms": round(percentile(values, 0.5) * 1000, 1),
        "p95_ms": round(percentile(values, 0.95) * 1000, 1),
    }


def uptime() -> str:
    return Path("/proc/loadavg").read_text().strip()


def settings_for(work: Path, qwen: Path | None) -> Settings:
    models: list[Any] = [
        SentenceTransformerModel(backend="sentence_transformers", id=MINILM, path="builtin:minilm"),
        LlamaCppModel(
            backend="llama_cpp", id=ANSWER_MODELS["smollm2"], path="builtin:smollm2", n_threads=2
        ),
    ]
    if qwen is not None:
        models.append(
            LlamaCppModel(
                backend="llama_cpp", id=ANSWER_MODELS["qwen"], path=str(qwen), n_threads=2
            )
        )
    return Settings(
        models=models,
        rag={"chroma_path": str(work / "chroma")},
        cache={"enabled": False},
        ledger={"enabled": False},
        audit={"enabled": False},
    )


def load(work: Path, name: str) -> dict[str, Any]:
    path = work / name
    return json.loads(path.read_text()) if path.exists() else {}


def save(work: Path, name: str, value: dict[str, Any]) -> None:
    (work / f"{name}.tmp").write_text(json.dumps(value))
    (work / f"{name}.tmp").replace(work / name)


# -- retrieval ----------------------------------------------------------------------------


async def ingest(
    library: Library, name: str, model: str, corpus: list[dict[str, Any]]
) -> dict[str, Any]:
    if name in {c.name for c in await library.list_collections(OWNER)}:
        await library.delete(OWNER, name)
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


def compact(hits: list[Hit]) -> list[list[Any]]:
    """Chunk id, paragraph id and score of each hit (the scores feed score-based fusion)."""
    return [[h.chunk.id, str(h.chunk.metadata["source"])[:-3], round(h.score, 5)] for h in hits]


async def rankings(
    library: Library, name: str, questions: list[dict[str, Any]]
) -> dict[str, dict[str, list[list[Any]]]]:
    """Per question: the vector ranking and the BM25 rankings with and without stemming."""
    chunks = await (await library.store()).chunks(OWNER, name)
    plain = LexicalIndex(chunks, None)
    stemmed = LexicalIndex(chunks, "english")
    found: dict[str, dict[str, list[list[Any]]]] = {}
    for n, q in enumerate(questions):
        vector = await library.search(OWNER, name, q["question"], DEPTH, method="vector")
        found[q["id"]] = {
            "vector": compact(vector),
            "bm25:english": compact(stemmed.search(q["question"], DEPTH)),
            "bm25:none": compact(plain.search(q["question"], DEPTH)),
        }
        if n % 250 == 0:
            print(f"{name}: {n}/{len(questions)} questions", file=sys.stderr, flush=True)
    return found


async def search_latency(library: Library, name: str, questions: list[dict[str, Any]]) -> Any:
    latencies = []
    for q in questions[:LATENCY_SAMPLE]:
        started = time.perf_counter()
        await library.search(OWNER, name, q["question"], library.settings.top_k)
        latencies.append(time.perf_counter() - started)
    return ms(latencies)


async def run_retrieval(args: argparse.Namespace) -> None:
    done = load(args.work, "retrieval.json")
    async with running(settings_for(args.work, None), Metrics(), with_ledger=False) as runtime:
        library = runtime.rag
        assert library is not None
        for key in args.sets:
            corpus, everything = dataset(args.data, key)
            halves = split(everything)
            questions = halves["dev"] + halves["test"]
            for model in args.embedding_models:
                entry = f"{key}/{model}"
                if entry in done:
                    continue
                name = collection_name(key, model)
                start_load = uptime()
                figures: dict[str, Any] = {"ingest": await ingest(library, name, model, corpus)}
                figures["rankings"] = await rankings(library, name, questions)
                figures["hybrid_search_latency"] = await search_latency(library, name, questions)
                figures["loadavg"] = {"start": start_load, "end": uptime()}
                done[entry] = figures
                save(args.work, "retrieval.json", done)
                print(f"{entry}: done", file=sys.stderr, flush=True)


def dataset(data: Path, key: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    prefix = SETS[key]
    return read_jsonl(data / f"{prefix}_corpus.jsonl"), read_jsonl(
        data / f"{prefix}_questions.jsonl"
    )


def collection_name(key: str, model: str) -> str:
    return f"{key}-{model}".replace(".", "-")


# -- scoring and the dev grid -------------------------------------------------------------


def hits_of(rows: list[list[Any]]) -> list[Hit]:
    return [Hit(Chunk(row[0], "", {"source": f"{row[1]}.md"}), float(row[2])) for row in rows]


def docs_of(hits: list[Hit]) -> list[str]:
    """Chunks folded into paragraphs by first appearance."""
    return list(dict.fromkeys(str(h.chunk.metadata["source"])[:-3] for h in hits))


def ranking(found: dict[str, list[list[Any]]], method: str, setting: dict[str, Any]) -> list[str]:
    bm25 = hits_of(found[f"bm25:{setting['stemmer'] or 'none'}"])
    if method == "bm25":
        return docs_of(bm25)
    if method == "vector":
        return docs_of(hits_of(found["vector"]))
    both: dict[Method, list[Hit]] = {"vector": hits_of(found["vector"]), "bm25": bm25}
    if setting["fusion"] == "convex":
        return docs_of(convex(both, DEPTH, setting["vector_share"]))
    weights: dict[Method, float] = {"bm25": setting["bm25_weight"]}
    return docs_of(fuse(both, DEPTH, setting["rrf_k"], weights))


def scores(questions: list[dict[str, Any]], ranked: Iterator[list[str]]) -> dict[str, float]:
    ranks = [
        docs.index(q["doc_id"]) + 1 if q["doc_id"] in docs else None
        for q, docs in zip(questions, ranked, strict=True)
    ]
    figures = {
        f"recall@{k}": round(sum(r is not None and r <= k for r in ranks) / len(ranks), 4)
        for k in (1, 5, 10)
    }
    figures["mrr"] = round(sum(1 / r for r in ranks if r) / len(ranks), 4)
    return figures


def evaluate(
    found: dict[str, Any], questions: list[dict[str, Any]], method: str, setting: dict[str, Any]
) -> dict[str, float]:
    return scores(questions, (ranking(found[q["id"]], method, setting) for q in questions))


def product_setting() -> dict[str, Any]:
    defaults = RagSettings()
    return {
        "fusion": defaults.fusion,
        "stemmer": defaults.stemmer,
        "vector_share": defaults.vector_share,
        "bm25_weight": defaults.bm25_weight,
        "rrf_k": defaults.rrf_k,
    }


def margins(found: dict[str, Any], questions: list[dict[str, Any]], setting: dict[str, Any]) -> Any:
    """Hybrid's figures, and per figure hybrid less the best single method (vector, or BM25
    with or without stemming)."""
    hybrid = evaluate(found, questions, "hybrid", setting)
    singles = [
        evaluate(found, questions, m, {**setting, "stemmer": stem})
        for m, stem in (("vector", None), ("bm25", "english"), ("bm25", None))
    ]
    return hybrid, {f: round(hybrid[f] - max(s[f] for s in singles), 4) for f in hybrid}


def tune(retrieval: dict[str, Any], data: Path) -> dict[str, Any]:
    """The dev grid over both sets, each with its default embedding. The choice is the
    setting whose worst margin (hybrid less the best single method, over recall@1/5/10 and
    MRR and over both sets) is highest; ties go to the higher mean dev MRR, then to the first
    in grid order (convex before rrf, smaller vector shares first)."""
    entries = [
        (k, DEFAULT_EMBEDDING[k]) for k in SETS if f"{k}/{DEFAULT_EMBEDDING[k]}" in retrieval
    ]
    dev = {key: split(dataset(data, key)[1])["dev"] for key, _ in entries}
    rows = []
    for setting in grid():
        row: dict[str, Any] = {"setting": setting}
        for key, model in entries:
            hybrid, margin = margins(retrieval[f"{key}/{model}"]["rankings"], dev[key], setting)
            row[key] = {"hybrid": hybrid, "margin": margin}
        row["worst_margin"] = min(min(row[key]["margin"].values()) for key, _ in entries)
        row["mean_mrr"] = round(
            sum(row[key]["hybrid"]["mrr"] for key, _ in entries) / len(entries), 4
        )
        rows.append(row)
    ranked = sorted(rows, key=lambda r: (-r["worst_margin"], -r["mean_mrr"]))
    return {
        "objective": tune.__doc__,
        "sets": [key for key, _ in entries],
        "best": ranked[0],
        "top": ranked[:8],
        "convex_by_share": [r for r in rows if r["setting"]["fusion"] == "convex"],
        "size": len(rows),
    }


# -- answers ------------------------------------------------------------------------------


def matches(reply: str, answers: list[str]) -> bool:
    """An answer string is in the reply, its citation markers left out (a marker [3] must
    not match the answer "3")."""
    reply = re.sub(r"\[\d+\]", " ", reply).lower()
    return any(a.strip().lower() in reply for a in answers if a.strip())


def answer_sample(data: Path, key: str, n: int) -> list[dict[str, Any]]:
    test = split(dataset(data, key)[1])["test"]
    return random.Random(0).sample(test, min(n, len(test)))


async def ensure_collection(library: Library, key: str, data: Path) -> str:
    """The set's collection with its default embedding (the retrieval part's, when made)."""
    name = collection_name(key, DEFAULT_EMBEDDING[key])
    if name not in {c.name for c in await library.list_collections(OWNER)}:
        await ingest(library, name, DEFAULT_EMBEDDING[key], dataset(data, key)[0])
    return name


async def run_answers(args: argparse.Namespace) -> bool:
    """Answers the sample; False when the budget ran out first (run again to continue)."""
    qwen = args.qwen if args.qwen.exists() else None
    models = [m for m in args.models if m != "qwen" or qwen is not None]
    done = load(args.work, "answers.json")
    deadline = time.monotonic() + args.budget_s
    settings = settings_for(args.work, qwen)
    async with running(settings, Metrics(), with_ledger=False) as runtime:
        library = runtime.rag
        assert library is not None
        names = {
            key: await ensure_collection(library, key, args.data)
            for key in args.sets
            if "with" in args.modes
        }
        samples = {key: answer_sample(args.data, key, args.answers) for key in args.sets}
        # Question by question across the sets, models and modes, so that a run stopped by its
        # budget leaves every set, model and mode equally far.
        for n, key, model, mode in itertools.product(
            range(args.answers), args.sets, models, args.modes
        ):
            if n >= len(samples[key]):
                continue
            q = samples[key][n]
            row = done.setdefault(f"{key}/{model}", {}).setdefault(q["id"], {})
            if mode in row:
                continue
            if time.monotonic() > deadline:
                print("budget spent: run again to continue", file=sys.stderr)
                return False
            stage = RagStage(runtime.pipeline, library, ANSWER_MODELS[model])
            target, backend = (
                (ANSWER_MODELS[model], runtime.pipeline)
                if mode == "without"
                else (f"rag:{names[key]}", stage)
            )
            row[mode] = await answer(backend, target, q)
            if mode == "with":
                row[mode]["fusion"] = product_setting()
            save(args.work, "answers.json", done)
    return True


async def answer(backend: Any, target: str, q: dict[str, Any]) -> dict[str, Any]:
    req = ChatCompletionRequest(
        model=target,
        messages=[{"role": "user", "content": q["question"]}],
        max_tokens=48,
        temperature=0,
    )
    started = time.perf_counter()
    result = await backend.chat(req, RequestContext(endpoint="bench", key_id=OWNER))
    reply = result.choices[0].message.content or ""
    return {
        "match": matches(reply, q["answers"]),
        "seconds": round(time.perf_counter() - started, 3),
        "reply": reply[:200],
        "loadavg": uptime(),
    }


def wilson(hits: int, n: int, z: float = 1.96) -> list[float]:
    """The Wilson score interval (95%) of a proportion, rounded for the report."""
    return [round(v, 3) for v in stats.wilson(hits, n, z)]


# -- report -------------------------------------------------------------------------------


def report(args: argparse.Namespace) -> dict[str, Any]:
    retrieval = load(args.work, "retrieval.json")
    answers = load(args.work, "answers.json")
    setting = product_setting()
    out: dict[str, Any] = {
        "note": "2 shared cores, other jobs running: timings are rough; loadavg per part",
        "split": "by gold paragraph, random.Random(0), half dev / half test",
        "fusion_setting (product defaults, chosen on dev)": setting,
        "retrieval_test": {},
        "answers_test": {},
    }
    for entry, figures in retrieval.items():
        key = entry.split("/")[0]
        test = split(dataset(args.data, key)[1])["test"]
        found = figures["rankings"]
        methods: dict[str, Any] = {
            m: evaluate(found, test, m, setting) for m in ("vector", "bm25", "hybrid")
        }
        methods["bm25_unstemmed"] = evaluate(found, test, "bm25", {**setting, "stemmer": None})
        methods["hybrid_rrf_last_round"] = evaluate(
            found, test, "hybrid", {**setting, "fusion": "rrf", "bm25_weight": 3.0, "rrf_k": 3}
        )
        methods["hybrid_ge_best_single"] = all(
            methods["hybrid"][f] >= max(methods["vector"][f], methods["bm25"][f])
            for f in methods["hybrid"]
        )
        out["retrieval_test"][entry] = {
            "questions": len(test),
            **methods,
            "ingest": figures["ingest"],
            "hybrid_search_latency": figures["hybrid_search_latency"],
            "loadavg": figures["loadavg"],
        }
    for entry, rows in answers.items():
        out["answers_test"][entry] = answer_figures(list(rows.values()))
    if retrieval:
        choice = tune(retrieval, args.data)
        out["dev_choice"] = {"sets": choice["sets"], **choice["best"]}
    return out


def answer_figures(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Match rates over the questions answered in both modes (a paired comparison)."""
    paired = [r for r in rows if "with" in r and "without" in r]
    figures: dict[str, Any] = {"unpaired_left_out": len(rows) - len(paired)}
    for mode in ("without", "with"):
        done = [r[mode] for r in paired]
        hits = sum(r["match"] for r in done)
        figures[f"{mode}_retrieval"] = {
            "questions": len(done),
            "match": f"{hits}/{len(done)}",
            "rate": round(hits / len(done), 3) if done else None,
            "wilson95": wilson(hits, len(done)),
            "latency": ms([r["seconds"] for r in done]) if done else None,
            "loadavg_first_last": [done[0]["loadavg"], done[-1]["loadavg"]] if done else [],
        }
    # the fusion the "with" answers retrieved with
    figures["fusion"] = sorted(
        {json.dumps(r["with"].get("fusion"), sort_keys=True) for r in rows if "with" in r}
    )
    return figures


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("part", nargs="?", default="report",
                        choices=["retrieval", "answers", "tune", "report"])  # fmt: skip
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--work", type=Path, default=Path(".cache/rag-bench"))
    parser.add_argument("--sets", nargs="+", default=list(SETS), choices=list(SETS))
    parser.add_argument("--embedding-models", nargs="+", default=[MINILM, MULTILINGUAL])
    parser.add_argument("--answers", type=int, default=100, help="Test questions per set.")
    parser.add_argument("--modes", nargs="+", default=["without", "with"],
                        choices=["without", "with"])  # fmt: skip
    parser.add_argument("--models", nargs="+", default=list(ANSWER_MODELS), choices=ANSWER_MODELS)
    parser.add_argument("--budget-s", type=float, default=540, help="Answers: stop after this.")
    parser.add_argument(
        "--qwen",
        type=Path,
        default=Path(
            os.environ.get("QWEN_GGUF", ".cache/models/qwen2.5-coder-0.5b-instruct-q4.gguf")
        ),
        help="Qwen2.5-Coder-0.5B GGUF (env QWEN_GGUF; benchmarks/router/setup.sh makes it).",
    )
    return parser.parse_args()


def main() -> None:
    args = parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    if args.part == "retrieval":
        asyncio.run(run_retrieval(args))
    elif args.part == "answers":
        if not asyncio.run(run_answers(args)):
            sys.exit(3)  # budget spent: run again to continue
    elif args.part == "tune":
        print(json.dumps(tune(load(args.work, "retrieval.json"), args.data), indent=2))
    else:
        print(json.dumps(report(args), indent=2))


if __name__ == "__main__":
    main()

"""A running gateway and ``minigate ingest`` in another process on one embedded Chroma store.

Chroma's embedded store is not shared between processes: the gateway keeps its own vector
index in memory, so it goes on seeing chunks another process deleted (as hits with no text
and no metadata) and not seeing the ones it added, until it restarts (docs/rag.md).
"""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from minigate.testing.stub_upstream import StubThread
from tests.conftest import GatewayFactory
from tests.rag.conftest import ALICE, api, rag_config
from tests.rag.test_cli import minigate


def test_a_document_reingested_by_the_cli_leaves_no_blank_source(
    tmp_path: Path, start_gateway: GatewayFactory, answerer: StubThread
) -> None:
    config = rag_config(answerer.base_url, {"chroma_path": str(tmp_path / "chroma")})
    (tmp_path / "minigate.yaml").write_text(yaml.safe_dump(config))
    notes = tmp_path / "notes.txt"
    notes.write_text("The tea harvest starts in April on the southern slopes.")
    first = minigate("ingest", "notes.txt", "-c", "kb", "--api-key", ALICE, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert first.stderr == ""  # no gateway holds the store yet

    gateway = start_gateway(config)
    with api(gateway) as http:
        search = {"query": "When does the tea harvest start?", "method": "vector"}
        found = http.post("/collections/kb/search", json=search).json()["data"]
        assert [h["source"] for h in found] == ["notes.txt"]  # the gateway holds the store now

        notes.write_text("The tea harvest now starts in May, after the rains.")
        again = minigate("ingest", "notes.txt", "-c", "kb", "--api-key", ALICE, cwd=tmp_path)
        assert again.returncode == 0, again.stderr
        assert again.stdout.startswith("replaced  notes.txt (")
        assert again.stderr.startswith("minigate: note: another process (a running gateway?) ")
        assert len(again.stderr.splitlines()) == 1

        # Before: the deleted chunk came first, {"text": "", no source, no document_id}.
        for method in ("vector", "hybrid"):
            found = http.post("/collections/kb/search", json=search | {"method": method})
            assert all(h["text"] and h["source"] and h["document_id"] for h in found.json()["data"])
        chat = {"model": "rag:kb", "messages": [{"role": "user", "content": search["query"]}]}
        answer = http.post("/chat/completions", json=chat)
        assert answer.status_code == 200, answer.text
        assert all(s["text"] and s["source"] for s in answer.json()["sources"])
        listed = json.loads(answer.headers["x-minigate-rag-sources"])
        assert all("source" in s and "document_id" in s for s in listed)


def test_a_deleted_chunk_takes_no_rank_from_the_hits_after_it(
    tmp_path: Path, start_gateway: GatewayFactory, answerer: StubThread
) -> None:
    config = rag_config(answerer.base_url, {"chroma_path": str(tmp_path / "chroma")})
    (tmp_path / "minigate.yaml").write_text(yaml.safe_dump(config))
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "notes.txt").write_text("The tea harvest starts in April on the southern slopes.")
    (docs / "other.txt").write_text("Tea pickers on the northern slopes start later.")
    first = minigate("ingest", "docs", "-c", "kb", "--api-key", ALICE, cwd=tmp_path)
    assert first.returncode == 0, first.stderr

    gateway = start_gateway(config)
    with api(gateway) as http:
        search = {"query": "When does the tea harvest start?", "method": "vector"}
        found = http.post("/collections/kb/search", json=search).json()["data"]
        assert [h["source"] for h in found] == ["notes.txt", "other.txt"]

        # the gateway's vector index still finds notes.txt's old chunk first, as a ghost
        (docs / "notes.txt").write_text("Oolong is rolled and oxidised in part.")
        again = minigate("ingest", "docs", "-c", "kb", "--api-key", ALICE, cwd=tmp_path)
        assert again.returncode == 0, again.stderr
        for method in ("vector", "hybrid"):
            found = http.post("/collections/kb/search", json=search | {"method": method})
            other = next(h for h in found.json()["data"] if h["source"] == "other.txt")
            assert other["ranks"]["vector"] == 1, method  # before: 2, counting the ghost

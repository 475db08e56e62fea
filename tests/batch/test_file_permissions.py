"""Batch files and the document store are the gateway user's alone, as its database is."""

from __future__ import annotations

import stat
from pathlib import Path

from minigate.testing.stub_upstream import StubThread
from tests.batch.conftest import ALICE, batch_config, chat_line, jsonl, submit, wait_for
from tests.conftest import AppFactory


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_batch_files_and_the_document_store_are_private(
    start_app: AppFactory, stub: StubThread, tmp_path: Path
) -> None:
    """Before: a batch's uploaded file (prompts before any guard redacts them) was created
    0644 in a 0755 folder, and so was the document store, while the database is 0600 (probe
    sec9). Now: their folders are 0700 and a batch file is 0600."""
    config = batch_config(stub, f"sqlite:///{tmp_path / 'minigate.db'}")
    config["rag"] = {"embedding_model": "embed", "chroma_path": str(tmp_path / "chroma")}
    gateway = start_app(config)
    sdk = gateway.client(ALICE)
    created = sdk.files.create(file=("mine.jsonl", jsonl([chat_line(1)])), purpose="batch")
    files = tmp_path / "files"
    assert (mode(files), mode(files / "tmp")) == (0o700, 0o700)
    assert mode(files / f"{created.id}.jsonl") == 0o600
    made = gateway.http.post("/v1/collections", json={"name": "c1"}, headers=sdk.auth_headers)
    assert made.status_code == 200, made.text
    assert mode(tmp_path / "chroma") == 0o700
    # and what the batch wrote back: the models' answers to this key (0644 before)
    done = wait_for(sdk, submit(sdk, [chat_line(1)]).id)
    assert done.status == "completed", done
    assert mode(files / f"{done.output_file_id}.jsonl") == 0o600

"""Fixtures shared by the guard's detector tests."""

from __future__ import annotations

import asyncio
import os
import shutil
from collections.abc import Awaitable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from minigate.backends.settings import BUILTIN_EMBEDDING_MODEL
from minigate.guard.protocol import EmbedFn, Verdict
from minigate.guard.scanners.artifacts import data_path
from minigate.guard.scanners.harm import HarmScanner
from minigate.guard.scanners.injection import InjectionScanner
from minigate.testing.stub_upstream import StubThread, StubUpstream
from tests.conftest import AppFactory, InProcessGateway


@pytest.fixture(scope="module")
def model() -> Iterator[StubThread]:
    """The stand-in provider a module's gateway forwards to (a module may define its own)."""
    thread = StubThread(StubUpstream())
    yield thread
    thread.close()


@pytest.fixture(scope="session")
def embed() -> EmbedFn:
    """The bundled MiniLM, on one thread, as the gateway's embedding function."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import torch
    from sentence_transformers import SentenceTransformer

    from minigate.backends.builtin import resolve_weights

    torch.set_num_threads(1)
    model = SentenceTransformer(str(resolve_weights("builtin:minilm")), device="cpu")

    async def encode(texts: list[str]) -> np.ndarray:
        return np.asarray(model.encode(texts, normalize_embeddings=True), dtype=np.float32)

    return encode


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A copy of the shipped guard data files, for a test to damage."""
    shutil.copytree(data_path(""), tmp_path, dirs_exist_ok=True)  # the overlay's folder too
    return tmp_path


async def never_embed(texts: list[str]) -> np.ndarray:
    """An embedding function for scanners that must not embed anything (while loading)."""
    raise AssertionError("no text is embedded while loading")


@pytest.fixture
def moderation_server(start_app: AppFactory) -> InProcessGateway:
    """A gateway with MiniLM and the harm and injection scanners (full mode) answering
    /v1/moderations, in the test's process: its scanners are at hand (``moderation_scanners``)."""
    minilm = {"id": BUILTIN_EMBEDDING_MODEL, "backend": "sentence_transformers"}
    return start_app(
        {
            "models": [minilm | {"path": "builtin:minilm"}],
            "cache": {"enabled": False},
            "guard": {"moderation": [{"type": "harm"}, {"type": "injection"}]},
        }
    )


def moderation_scanners(server: InProcessGateway) -> tuple[HarmScanner, InjectionScanner]:
    """The harm and injection scanners ``moderation_server`` answers with, in that order."""
    chain = server.app.state.runtime.moderator.chain
    harm, injection = (armed.scanner for armed in chain)
    assert isinstance(harm, HarmScanner) and isinstance(injection, InjectionScanner)
    return harm, injection


def assert_moderations_flag(
    client: Any, missed: list[tuple[str, str]], lookalikes: list[str]
) -> None:
    """Through ``/v1/moderations``: each ``(text, category)`` of ``missed`` is flagged with its
    category by the harm scanner, and every look-alike passes (one request for all)."""
    results = client.moderations.create(input=[t for t, _ in missed] + lookalikes).results
    for (text, category), result in zip(missed, results, strict=False):
        assert result.flagged, text
        assert result.categories.model_dump(by_alias=True)[category], text
        assert any(s["scanner"] == "harm" for s in result.model_extra["scanners"]), text
    for text, result in zip(lookalikes, results[len(missed) :], strict=True):
        assert not result.flagged, text


async def ticks_while(scan: Awaitable[Verdict]) -> tuple[int, Verdict]:
    """How often another task got the event loop while ``scan`` ran, and its verdict: a scan
    run off the loop lets it tick; one on the loop does not."""
    ticks = 0
    done = False

    async def tick() -> None:
        nonlocal ticks
        while not done:
            ticks += 1
            await asyncio.sleep(0)

    ticker = asyncio.create_task(tick())
    await asyncio.sleep(0)
    before = ticks
    verdict = await scan
    done = True
    await ticker
    return ticks - before, verdict

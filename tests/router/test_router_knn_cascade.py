"""The kNN cascade (``train_knn(..., after_cheap=True)``): a logistic regression over the kNN
router's neighbour share, the prompt's log length and the cheap answer's features. Fitted on
leave-one-out shares, saved as a version-2 kNN artifact, and served through
``routes[].learned`` as a cascade: the cheap model answers first.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from minigate.router.artifact import KnnArtifact, load_artifact, save_artifact
from minigate.router.training import Row, answers_of, train_knn
from minigate.testing.stub_upstream import StubThread
from tests.conftest import GatewayFactory
from tests.router.test_router_after_cheap import (
    CHEAP_TEXT,
    STRONG_TEXT,
    SURE,
    UNSURE,
    ask,
    minigate,
    rows,
)
from tests.router.test_router_learned import config


def labelled(n: int, seed: int) -> tuple[list[Row], np.ndarray]:
    """Two clusters of prompts; in each, the confident cheap answers were right."""
    rng = np.random.default_rng(seed)
    out, vectors = [], []
    for i in range(n):
        sure = i % 2 == 0
        out.append(Row(f"prompt {i}", int(sure), 1, None, (9, 2), (9, 2), SURE if sure else UNSURE))
        vector = np.zeros(4)
        vector[i % 4 // 2] = 1.0
        vectors.append(vector + rng.normal(0, 0.05, 4))
    matrix = np.asarray(vectors)
    return out, matrix / np.linalg.norm(matrix, axis=1, keepdims=True)


def test_the_stack_leans_on_the_cheap_answer_where_the_neighbours_cannot_tell() -> None:
    train_rows, vectors = labelled(40, 1)
    model = train_knn(train_rows, vectors, k=5, after_cheap=True)
    assert model.after_cheap and model.stats["kind"] == "knn_cascade"
    assert model.stack_coef.shape == (5,) and model.stack_coef[2] > 0  # logprob: keep cheap
    test_rows, test_vectors = labelled(8, 2)
    p = model.probabilities(
        test_vectors, [r.prompt for r in test_rows], None, answers_of(test_rows)
    )
    assert all((p[i] > 0.5) == bool(r.label) for i, r in enumerate(test_rows))


def test_the_stacked_artifact_round_trips_as_version_2(tmp_path: Path) -> None:
    train_rows, vectors = labelled(20, 3)
    model = train_knn(train_rows, vectors, k=3, after_cheap=True)
    save_artifact(model, tmp_path / "knn.json")
    saved = json.loads((tmp_path / "knn.json").read_text())
    assert (saved["version"], len(saved["stack_coef"])) == (2, 5)
    loaded = load_artifact(tmp_path / "knn.json")
    assert isinstance(loaded, KnnArtifact) and loaded.after_cheap
    prompts, answers = [r.prompt for r in train_rows], answers_of(train_rows)
    np.testing.assert_allclose(
        loaded.probabilities(vectors, prompts, None, answers),
        model.probabilities(vectors, prompts, None, answers),
        atol=1e-4,  # vectors are stored to 5 decimals
    )
    plain = train_knn(train_rows, vectors, k=3)
    save_artifact(plain, tmp_path / "plain.json")
    assert json.loads((tmp_path / "plain.json").read_text())["version"] == 1


@pytest.mark.model  # serving embeds the prompt with MiniLM
def test_a_knn_cascade_route_keeps_a_sure_answer_and_escalates_an_unsure_one(
    start_gateway: GatewayFactory, tiers: tuple[StubThread, StubThread], tmp_path: Path
) -> None:
    data = tmp_path / "labelled.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in rows()))
    trained = minigate(
        "train", data, "-o", tmp_path / "knn.json", "--kind", "knn", "--k", "5", "--after-cheap",
        "--c", "10", "--no-cache",
    )  # fmt: skip
    assert trained.returncode == 0, trained.stderr
    assert json.loads(trained.stdout)["kind"] == "knn_cascade"
    cheap, strong = tiers
    gateway = start_gateway(config(tmp_path / "knn.json", cheap.base_url, strong.base_url))
    cheap.stub.token_logprob = SURE
    header, completion = ask(gateway)
    assert (completion.model, completion.choices[0].message.content) == ("cheap", CHEAP_TEXT)
    assert "reason=learned after cheap: p_cheap=" in header
    cheap.stub.token_logprob = UNSURE
    header, completion = ask(gateway)
    assert (completion.model, completion.choices[0].message.content) == ("strong", STRONG_TEXT)
    assert "escalated" in header

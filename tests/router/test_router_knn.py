"""The kNN router (``router train --kind knn``): trained and scored through the CLI, served
through ``routes[].learned`` as the logistic router is, and refused clearly when its file or
its options are wrong. The data is the learned router's: greetings the cheap model answered
well, proofs it did not.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from minigate.router.artifact import KnnArtifact, load_artifact
from minigate.testing.stub_upstream import StubThread
from tests.conftest import EMBED_MODEL, Gateway, GatewayFactory
from tests.router.test_router_learned import (
    CHEAP_PROMPT,
    CHEAP_TEXT,
    STRONG_PROMPT,
    STRONG_TEXT,
    config,
    minigate,
    rows,
)

pytestmark = pytest.mark.model  # training and serving embed with MiniLM


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("knn") / "labelled.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in rows()))
    return path


@pytest.fixture(scope="module")
def artifact(data: Path) -> Path:
    out = data.parent / "knn.json"
    result = minigate("train", data, "-o", out, "--kind", "knn", "--k", "5", "--no-cache")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert (summary["kind"], summary["k"], summary["rows"]) == ("knn", 5, 60)
    assert summary["needs_strong_share"] == 0.5
    return out


def test_the_artifact_keeps_every_prompts_vector_and_need(artifact: Path) -> None:
    saved = json.loads(artifact.read_text())
    assert (saved["format"], saved["version"], saved["k"]) == ("minigate-knn-router", 1, 5)
    assert saved["embedding_model"] == EMBED_MODEL and saved["dim"] == 384
    assert len(saved["vectors"]) == len(saved["needs"]) == 60
    assert sorted(set(saved["needs"])) == [0, 1]
    loaded = load_artifact(artifact)
    assert isinstance(loaded, KnnArtifact) and not loaded.after_cheap


def test_router_eval_scores_a_knn_artifact(data: Path, artifact: Path) -> None:
    result = minigate("eval", data, "--artifact", artifact, "--json", "--seed", "3")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # its embedding bar is drawn on a terminal only
    doc = json.loads(result.stdout)
    strategies = doc["test"]["routing"]["strategies"]
    # Separable data: the neighbours of a greeting are greetings, of a proof proofs.
    assert strategies["learned"]["apgr"] == strategies["oracle"]["apgr"] > 0.5
    assert doc["calibration"]["reached"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--kind", "knn", "--after-cheap", "--answer-only"], "not with --kind knn"),
        (["--kind", "forest"], "must be 'logistic' or 'knn', not 'forest'"),
        (["--kind", "knn", "--k", "0"], "--k"),
    ],
)
def test_bad_training_options_are_one_clear_line(
    data: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    result = minigate("train", data, "-o", tmp_path / "r.json", *args)
    assert result.returncode == 2 and message in result.stderr
    assert "Traceback" not in result.stderr and not (tmp_path / "r.json").exists()


@pytest.fixture(scope="module")
def gateway(
    start_gateway: GatewayFactory, artifact: Path, tiers: tuple[StubThread, StubThread]
) -> Gateway:
    cheap, strong = tiers
    return start_gateway(config(artifact, cheap.base_url, strong.base_url))


def ask(gateway: Gateway, prompt: str) -> tuple[str, str, str]:
    sdk = gateway.client(max_retries=0)
    messages = [{"role": "user", "content": prompt}]
    raw = sdk.chat.completions.with_raw_response.create(model="auto", messages=messages)
    completion = raw.parse()
    return raw.headers["x-minigate-route"], completion.model, completion.choices[0].message.content


def test_a_knn_route_sends_a_greeting_to_the_cheap_model(gateway: Gateway) -> None:
    header, model, text = ask(gateway, CHEAP_PROMPT)
    assert (model, text) == ("cheap", CHEAP_TEXT)
    assert "reason=learned p_cheap=1.000 >= 0.5" in header


def test_a_knn_route_sends_a_proof_to_the_strong_model(gateway: Gateway) -> None:
    header, model, text = ask(gateway, STRONG_PROMPT)
    assert (model, text) == ("strong", STRONG_TEXT)
    assert "reason=learned p_cheap=0.000 < 0.5" in header


def knn_doc(**changes: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "format": "minigate-knn-router",
        "version": 1,
        "embedding_model": EMBED_MODEL,
        "dim": 2,
        "k": 1,
        "needs": [0, 1],
        "vectors": [[1.0, 0.0], [0.0, 1.0]],
    }
    return doc | changes


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"needs": [0, 1, 1]}, "'vectors' must be 3 lists of 2 finite numbers"),
        ({"needs": [0, 2]}, "'needs' must be a non-empty list of 0 and 1"),
        ({"k": 0}, "'k' must be a whole number of neighbours"),
        ({"version": 9}, "kNN format version 9"),
        ({"version": 2, "stack_coef": [1.0, 2.0]}, "'stack_coef' must weigh 'stack_features'"),
        ({"version": 2, "stack_coef": "x"}, "'stack_coef' must be a list of finite numbers"),
    ],
)
def test_serve_refuses_a_bad_knn_artifact_naming_key_and_path(
    tmp_path: Path, changes: dict[str, Any], message: str
) -> None:
    artifact = tmp_path / "knn.json"
    artifact.write_text(json.dumps(knn_doc(**changes)))
    path = tmp_path / "minigate.yaml"
    doc = config(artifact, "http://127.0.0.1:1/v1", "http://127.0.0.1:2/v1")
    path.write_text(yaml.safe_dump(doc))
    result = subprocess.run(
        [sys.executable, "-m", "minigate", "serve", "--config", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "routes.0.learned.artifact" in result.stderr and str(artifact) in result.stderr
    assert message in result.stderr and "Traceback" not in result.stderr

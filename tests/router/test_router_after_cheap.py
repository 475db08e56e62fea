"""The learned cascade: a router trained ``--after-cheap`` weighs the cheap answer's mean
logprob, so the cheap model answers first and the route keeps or escalates its answer.

The training rows mix the same prompts in both classes; only the cheap answer's logprob tells
them apart (confident answers were right, unsure ones wrong). The cheap stub's logprob per
token is set per test.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from minigate.router.artifact import RouterArtifact, load_artifact
from minigate.testing.stub_upstream import StubThread
from tests.conftest import EMBED_MODEL, Gateway, GatewayFactory
from tests.conftest import upstream_model as upstream
from tests.router.test_router_learned import config

pytestmark = pytest.mark.model  # training and serving embed with MiniLM

PROMPTS = [f"Label the headline: gold moves {n} dollars." for n in range(20)]
CHEAP_TEXT, STRONG_TEXT = "cheap label", "strong label"
SURE, UNSURE = -0.05, -3.0


def rows() -> list[dict[str, Any]]:
    out = []
    for n, prompt in enumerate(PROMPTS):
        sure = n % 2 == 0
        out.append(
            {
                "prompt": prompt,
                "label": int(sure),
                "strong_label": 1,
                "cheap_mean_logprob": SURE if sure else UNSURE,
                "cheap_tokens": [20, 2],
            }
        )
    return out


def minigate(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "minigate", "router", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=180,
    )


@pytest.fixture(scope="module")
def artifact(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("after_cheap")
    data, out = folder / "labelled.jsonl", folder / "router.json"
    data.write_text("".join(json.dumps(r) + "\n" for r in rows()))
    result = minigate("train", data, "-o", out, "--c", "10", "--after-cheap", "--no-cache")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["after_cheap"] is True
    return out


def test_the_artifact_keeps_the_answer_features(artifact: Path) -> None:
    loaded = load_artifact(artifact)
    assert loaded.after_cheap and loaded.answer_coef.shape == (3,)
    assert loaded.answer_coef[0] > 0  # a higher logprob: more likely good enough
    assert json.loads(artifact.read_text())["version"] == 3


@pytest.fixture(scope="module")
def answer_only(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """An answer-only artifact, and the embedding cache folder its training was given."""
    folder = tmp_path_factory.mktemp("answer_only")
    data, out, cache = folder / "labelled.jsonl", folder / "router.json", folder / "cache"
    data.write_text("".join(json.dumps(r) + "\n" for r in rows()))
    result = minigate("train", data, "-o", out, "--after-cheap", "--answer-only", "--cache", cache)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["answer_only"] is True
    return out, cache


def test_an_answer_only_router_weighs_the_answer_and_length_alone(
    tmp_path: Path, answer_only: tuple[Path, Path]
) -> None:
    out, cache = answer_only
    # Its embedding has no weight, so no prompt was embedded (before: each was, and cached).
    assert not cache.exists() or not any(cache.rglob("*.npy"))
    data = tmp_path / "labelled.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in rows()))
    loaded = load_artifact(out)
    assert isinstance(loaded, RouterArtifact) and loaded.after_cheap
    assert not loaded.coef.any() and loaded.tasks == [] and loaded.side_coef.shape == (1,)
    assert loaded.answer_coef[0] > 0
    refused = minigate("train", data, "-o", tmp_path / "r.json", "--answer-only")
    assert refused.returncode == 2 and "needs --after-cheap" in refused.stderr


def test_router_eval_scores_an_answer_only_router_by_the_answer_alone(
    tmp_path: Path, answer_only: tuple[Path, Path]
) -> None:
    """`router eval` of an answer-only artifact: zero vectors of the artifact's width stand in
    for the prompts, so no embedding model is imported (here it cannot be: a
    sentence_transformers that fails on import comes first on the path, and the embedding
    cache is an empty folder), and each row's P(cheap) follows its cheap answer's logprob."""
    data, scores = tmp_path / "test.jsonl", tmp_path / "scores.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in rows()))
    poisoned = tmp_path / "poisoned" / "sentence_transformers"
    poisoned.mkdir(parents=True)
    (poisoned / "__init__.py").write_text("raise ImportError('router eval embedded a prompt')\n")
    path = os.pathsep.join(filter(None, [str(poisoned.parent), os.environ.get("PYTHONPATH")]))
    env = {**os.environ, "PYTHONPATH": path, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    result = subprocess.run(
        [sys.executable, "-m", "minigate", "router", "eval", str(data), "--artifact",
         str(answer_only[0]), "--calibration", str(data), "--scores", str(scores), "--json"],
        capture_output=True, text=True, timeout=180, env=env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["test"]["rows"] == len(PROMPTS)
    p_cheap = [json.loads(line)["p_cheap"] for line in scores.read_text().splitlines()]
    sure = [r["cheap_mean_logprob"] == SURE for r in rows()]
    assert [p > 0.5 for p in p_cheap] == sure, p_cheap


def test_training_after_cheap_needs_logprobs_naming_the_row(tmp_path: Path) -> None:
    data = tmp_path / "labelled.jsonl"
    plain = [{k: v for k, v in r.items() if k != "cheap_mean_logprob"} for r in rows()]
    data.write_text("".join(json.dumps(r) + "\n" for r in rows()[:3] + plain))
    result = minigate("train", data, "-o", tmp_path / "r.json", "--after-cheap")
    assert result.returncode == 2
    assert "the first is row 4" in result.stderr and "cheap_mean_logprob" in result.stderr
    assert "Traceback" not in result.stderr and not (tmp_path / "r.json").exists()


@pytest.fixture(scope="module")
def gateway(
    start_gateway: GatewayFactory, artifact: Path, tiers: tuple[StubThread, StubThread]
) -> Gateway:
    """The learned cascade as route ``auto``; route ``gated`` is the same cascade with the
    task's answer format as its regex (one gateway for both: each start loads MiniLM)."""
    cheap, strong = tiers
    doc = config(artifact, cheap.base_url, strong.base_url)
    gated = config(artifact, cheap.base_url, strong.base_url, regex=r"^(up|down)\b")["routes"]
    doc["routes"] += [{**route, "id": "gated"} for route in gated]
    return start_gateway(doc)


def test_an_answer_only_route_embeds_no_prompt(
    start_gateway: GatewayFactory,
    answer_only: tuple[Path, Path],
    tiers: tuple[StubThread, StubThread],
    tmp_path: Path,
) -> None:
    """Its embedding model is a folder with no model in it, which cannot load: the route
    answers all the same, since it never asks for an embedding. Before: every request
    embedded its prompt, and failed with the model's load."""
    cheap, strong = tiers
    cheap.stub.token_logprob = SURE
    empty = tmp_path / "no-model"
    empty.mkdir()
    gateway = start_gateway(
        {
            "models": [
                upstream(cheap.base_url, "cheap", max_retries=0),
                upstream(strong.base_url, "strong", max_retries=0),
                {"id": EMBED_MODEL, "backend": "sentence_transformers", "path": str(empty)},
            ],
            "routes": [
                {
                    "id": "auto",
                    "learned": {
                        "cheap": "cheap",
                        "strong": "strong",
                        "artifact": str(answer_only[0]),
                    },
                }
            ],
            "cache": {"enabled": False},
        }
    )
    header, completion = ask(gateway)
    assert (completion.model, completion.choices[0].message.content) == ("cheap", CHEAP_TEXT)
    assert "reason=learned after cheap: p_cheap=" in header and ">= 0.5" in header


def test_a_sure_cheap_answer_out_of_format_escalates_before_the_classifier(
    gateway: Gateway, tiers: tuple[StubThread, StubThread]
) -> None:
    tiers[0].stub.token_logprob = SURE  # the classifier alone would keep it
    header, completion = ask(gateway, route="gated")
    assert (completion.model, completion.choices[0].message.content) == ("strong", STRONG_TEXT)
    assert "reason=escalated: no regex match" in header and "p_cheap" not in header


def ask(gateway: Gateway, route: str = "auto", **kwargs: Any) -> tuple[str, Any]:
    sdk = gateway.client(max_retries=0)
    messages = [{"role": "user", "content": PROMPTS[3]}]
    raw = sdk.chat.completions.with_raw_response.create(model=route, messages=messages, **kwargs)
    return raw.headers["x-minigate-route"], raw.parse()


def test_a_confident_cheap_answer_is_kept_without_its_logprobs(
    gateway: Gateway, tiers: tuple[StubThread, StubThread]
) -> None:
    tiers[0].stub.token_logprob = SURE
    header, completion = ask(gateway)
    assert (completion.model, completion.choices[0].message.content) == ("cheap", CHEAP_TEXT)
    assert "reason=learned after cheap: p_cheap=" in header and ">= 0.5" in header
    assert completion.choices[0].logprobs is None  # asked for the route, not by the client


def test_an_unsure_cheap_answer_escalates_to_the_strong_model(
    gateway: Gateway, tiers: tuple[StubThread, StubThread]
) -> None:
    tiers[0].stub.token_logprob = UNSURE
    header, completion = ask(gateway)
    assert (completion.model, completion.choices[0].message.content) == ("strong", STRONG_TEXT)
    assert "< 0.5, escalated" in header


def test_the_learned_cascade_streams_the_kept_answer(
    gateway: Gateway, tiers: tuple[StubThread, StubThread]
) -> None:
    tiers[0].stub.token_logprob = SURE
    sdk = gateway.client(max_retries=0)
    messages = [{"role": "user", "content": PROMPTS[5]}]
    chunks = list(sdk.chat.completions.create(model="auto", messages=messages, stream=True))
    assert {c.model for c in chunks} == {"cheap"}
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == CHEAP_TEXT


def test_router_eval_scores_as_a_format_gated_route_does(artifact: Path, tmp_path: Path) -> None:
    data = tmp_path / "test.jsonl"
    # A quarter of the rows: sure and right, but out of format ("cheap label", not up/down).
    answered = [
        {**r, "cheap_answer": "up" if n % 4 < 2 else "cheap label"} for n, r in enumerate(rows())
    ]
    data.write_text("".join(json.dumps(r) + "\n" for r in answered))
    args = ["--calibration", data, "--json", "--regex", r"^(up|down)\b"]
    # Quality 1: at 0.95 the chosen threshold lets one unsure row stay cheap (as it should;
    # a rounded threshold used to hide that on the test rows).
    result = minigate("eval", data, "--artifact", artifact, *args, "--target-quality", "1")
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    # The unsure half escalates by the classifier, and the gate adds the sure rows out of format.
    assert doc["test"]["at_threshold"]["strong_share"] == 0.75
    assert doc["calibration"]["chosen"]["threshold"] >= 0 and doc["calibration"]["reached"]

    plain = tmp_path / "plain.jsonl"
    plain.write_text("".join(json.dumps(r) + "\n" for r in rows()))
    missing = minigate("eval", plain, "--artifact", artifact, "--calibration", plain, *args[2:])
    assert missing.returncode == 2 and "Traceback" not in missing.stderr
    assert "(the first is row 1) lack 'cheap_answer'" in missing.stderr


def test_router_eval_scores_an_after_cheap_artifact_with_the_answers(
    artifact: Path, tmp_path: Path
) -> None:
    data = tmp_path / "test.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in rows()))
    args = ["--calibration", data, "--json", "--target-quality", "1"]
    result = minigate("eval", data, "--artifact", artifact, *args)
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    # The logprob separates the classes: the threshold that loses no accuracy keeps every
    # sure answer and only those.
    assert doc["test"]["at_threshold"]["accuracy"] == 1.0
    assert doc["test"]["at_threshold"]["strong_share"] == 0.5

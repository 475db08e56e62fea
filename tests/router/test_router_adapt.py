"""Adapting a router to a new task from a few labelled rows of it: ``minigate router train
BASE.jsonl --adapt NEW.jsonl`` trains on both and chooses the new task's threshold on the new
rows' cross-fitted scores (each scored by a router that never saw it)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from minigate.router.adapt import adapted, cross_fitted, p_cheap
from minigate.router.artifact import RouterArtifact
from minigate.router.training import Row, train, train_knn
from tests.router.test_router_learned import minigate, rows


def unit(vectors: list[list[float]]) -> np.ndarray:
    matrix = np.asarray(vectors, dtype=np.float64)
    return matrix / np.linalg.norm(matrix, axis=1, keepdims=True)


def test_no_adapt_row_is_scored_by_a_router_that_saw_it() -> None:
    base = [Row(f"base {i}", 1, 1) for i in range(4)] + [Row("base hard", 0, 1)]
    base_vectors = unit([[1, 0, 0, 0.01 * i] for i in range(4)] + [[1, 0.1, 0, 0]])
    # Four pairs of near-twin prompts with opposite needs; twins fall in different folds.
    adapt = [Row(f"new {i}", i % 2, 1, "new") for i in range(8)]
    adapt_vectors = unit([[0, 1 + i // 2, 1 - i // 2, 0.001 * (i % 2)] for i in range(8)])

    def nearest(rows: list[Row], vectors: np.ndarray) -> Any:
        return train_knn(rows, vectors, k=1)

    full = adapted(nearest, base, base_vectors, adapt, adapt_vectors)
    seen = p_cheap(full, adapt, adapt_vectors)
    crossed = cross_fitted(nearest, base, base_vectors, adapt, adapt_vectors)
    # A router that holds the row finds the row itself; the cross-fitted one finds its twin.
    assert seen.tolist() == [float(i % 2) for i in range(8)]
    assert crossed.tolist() == [float(1 - i % 2) for i in range(8)]


def test_the_new_tasks_prior_comes_from_its_few_rows() -> None:
    rng = np.random.default_rng(0)
    base = [Row(f"a {i}", i % 2, 1, "a") for i in range(20)] + [
        Row(f"b {i}", 1, 1, "b") for i in range(20)
    ]
    adapt = [Row(f"c {i}", 0, 1, "c") for i in range(6)]  # every one needed the strong model
    vectors = unit(rng.normal(size=(40, 8)).tolist())
    new_vectors = unit(rng.normal(size=(6, 8)).tolist())
    model = adapted(lambda r, v: train(r, v), base, vectors, adapt, new_vectors)
    assert isinstance(model, RouterArtifact) and "c" in model.tasks
    assert model.priors["c"] > model.priors["a"] > model.priors["b"]
    before = train(base, vectors)
    assert "c" not in before.tasks
    c_rows = [Row("c new", 0, 1, "c")]
    probe = unit(rng.normal(size=(1, 8)).tolist())
    assert p_cheap(model, c_rows, probe)[0] < p_cheap(before, c_rows, probe)[0]


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("adapt")
    base = [{**row, "task": "greet" if row["label"] else "prove"} for row in rows()]
    new = [
        {"prompt": f"Write a limerick about {name}.", "label": i % 3 != 0, "strong_label": 1}
        for i, name in enumerate(["Ann", "Bo", "Cy", "Di", "Ed", "Flo", "Gus", "Hal"])
    ]
    new = [{**row, "label": int(row["label"]), "task": "limerick"} for row in new]
    (folder / "base.jsonl").write_text("".join(json.dumps(r) + "\n" for r in base))
    (folder / "new.jsonl").write_text("".join(json.dumps(r) + "\n" for r in new))
    return folder / "base.jsonl", folder / "new.jsonl"


@pytest.mark.model  # training embeds with MiniLM
@pytest.mark.parametrize("kind", ["logistic", "knn"])
def test_train_adapts_to_a_new_task_and_chooses_its_threshold(
    files: tuple[Path, Path], tmp_path: Path, kind: str
) -> None:
    base, new = files
    artifact = tmp_path / "router.json"
    result = minigate("train", base, "--adapt", new, "--kind", kind, "-o", artifact)
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["rows"] == 68  # 60 base rows and the 8 new ones
    adapt = summary["adapt"]
    assert (adapt["rows"], adapt["tasks"], adapt["file"]) == (8, ["limerick"], str(new))
    calibration = adapt["calibration"]
    assert calibration["rows"] == 8 and calibration["target_quality"] == 0.95
    assert calibration["always_strong_accuracy"] == 1.0
    assert calibration["reached"] and calibration["chosen"]["accuracy"] >= 0.95
    saved = json.loads(artifact.read_text())
    assert saved["stats"]["adapted_on"] == {"file": str(new), "rows": 8, "tasks": ["limerick"]}
    if kind == "logistic":
        assert "limerick" in saved["tasks"]


@pytest.mark.model
def test_a_bad_adapt_row_names_its_file_and_line_and_writes_nothing(
    files: tuple[Path, Path], tmp_path: Path
) -> None:
    base, _ = files
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"prompt": "x", "label": 1, "strong_label": 1}) + "\n{\n")
    result = minigate("train", base, "--adapt", bad, "-o", tmp_path / "router.json")
    assert result.returncode == 2
    assert result.stderr.strip() == f"minigate: {bad}:2 is not valid JSON."
    assert not (tmp_path / "router.json").exists()


def test_compare_differences_each_ranking_from_every_baseline_given() -> None:
    from minigate.router.scoring import compare

    labelled = [Row(f"p{i}", int(i % 3 == 0), 1) for i in range(12)]
    perfect = np.array([float(r.needs_strong) for r in labelled])
    needs = {"learned": perfect, "length": np.arange(12.0), "task_prior": np.zeros(12)}
    got = compare(labelled, needs, resamples=50, baselines=("length", "task_prior"))
    learned = got["strategies"]["learned"]
    assert {"apgr_minus_random", "apgr_minus_length", "apgr_minus_task_prior"} <= set(learned)
    assert "apgr_minus_task_prior" not in got["strategies"]["task_prior"]
    assert (
        "apgr_minus_task_prior"
        not in compare(labelled, needs, resamples=5)["strategies"]["learned"]
    )

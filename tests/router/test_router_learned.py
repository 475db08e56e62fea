"""The learned router: `minigate router train/eval` as a user runs them, and a learned route
in a gateway driven by the official SDK.

The training data has two clearly separable kinds of prompt: greetings (the cheap model did
well: label 1) and proofs (it did not: label 0). Two stubs stand for the cheap and the
strong model, with different answers.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from minigate.config import load_settings
from minigate.errors import ConfigError
from minigate.testing.stub_upstream import StubThread
from tests.conftest import EMBED_MODEL, Gateway, GatewayFactory
from tests.conftest import upstream_model as upstream

pytestmark = pytest.mark.model  # training and serving embed with MiniLM

NAMES = ["Anna", "Bilal", "Chen", "Dora", "Emeka", "Farah", "Goran", "Hana", "Ivo", "Jia"]
EASY = ["Say hello to {}.", "Greet {} warmly.", "Write a one-line thank-you note to {}."]
HARD = [
    "Prove that the sum of the first {} odd numbers is a perfect square.",
    "Prove that there are infinitely many primes greater than {}.",
    "Prove by induction that {}^n - 1 is divisible by {} - 1 for every n.",
]
CHEAP_PROMPT, STRONG_PROMPT = (
    "Say hello to Margaret.",
    "Prove that 2 to the power 31 minus 1 is prime.",
)
CHEAP_TEXT, STRONG_TEXT = "cheap says hello", "strong proves it"


def rows() -> list[dict[str, Any]]:
    easy = [{"prompt": t.format(n), "label": 1, "strong_label": 1} for t in EASY for n in NAMES]
    hard = [
        {"prompt": t.format(n, n), "label": 0, "strong_label": 1}
        for t in HARD
        for n in range(3, 13)
    ]
    return easy + hard


def minigate(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "minigate", "router", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=180,
    )


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("learned") / "labelled.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in rows()))
    return path


@pytest.fixture(scope="module")
def trained(data: Path) -> tuple[Path, dict[str, Any]]:
    """(the artifact, train's JSON summary): trained once through the CLI."""
    artifact = data.parent / "router.json"
    result = minigate("train", data, "-o", artifact, "--c", "10")
    assert result.returncode == 0, result.stderr
    return artifact, json.loads(result.stdout)


def test_train_writes_a_json_artifact(trained: tuple[Path, dict[str, Any]]) -> None:
    artifact, summary = trained
    assert summary["rows"] == 60 and summary["train_accuracy"] == 1.0
    saved = json.loads(artifact.read_text())
    assert saved["format"] == "minigate-learned-router" and saved["version"] == 2
    assert len(saved["side_coef"]) == 1  # no task tags in the data: the log length alone
    assert saved["embedding_model"] == EMBED_MODEL
    assert saved["dim"] == len(saved["coef"]) == 384


def test_eval_chooses_the_threshold_on_calibration_rows_apart_from_test(
    data: Path, trained: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    artifact, _ = trained
    table = minigate("eval", data, "--artifact", artifact)
    assert table.returncode == 0, table.stderr
    assert table.stdout.startswith("calibration (30 rows)")
    assert "test (30 rows)" in table.stdout and "at the calibration threshold" in table.stdout

    scores = tmp_path / "scores.jsonl"
    args = ["--json", "--target-quality", "1", "--scores", scores, "--seed", "3"]
    result = minigate("eval", data, "--artifact", artifact, *args)
    doc = json.loads(result.stdout)
    calibration, test = doc["calibration"], doc["test"]
    assert calibration["rows"] == test["rows"] == 30
    assert calibration["target_quality"] == 1 and calibration["reached"]
    threshold = calibration["chosen"]["threshold"]
    # The test figures are measured at the calibration's threshold, not chosen on test.
    assert test["at_threshold"]["threshold"] == threshold
    assert test["always_strong_accuracy"] == 1.0
    assert test["at_threshold"]["accuracy"] == 1.0
    strategies = test["routing"]["strategies"]
    # Separable data: the learned ranking is as good as a perfect router's.
    assert strategies["learned"]["apgr"] == strategies["oracle"]["apgr"] > 0.5
    assert strategies["learned"]["apgr_minus_random"]["excludes_zero"]
    assert strategies["random"] == {"apgr": 0.5, "cpt50": 0.5, "cpt80": 0.8}
    assert [q["strong_share"] for q in test["curve"]][:2] == [0.0, 0.1]
    assert len(scores.read_text().split("\n")) == 31  # a P(cheap) per test row


@pytest.mark.parametrize("quality", ["0.8", "1"])
def test_the_calibration_threshold_reproduces_on_the_same_rows(
    data: Path, trained: tuple[Path, dict[str, Any]], quality: str
) -> None:
    """The test figures at the chosen threshold equal the calibration's on the same rows.
    Before: the threshold was rounded to 6 decimals first, and rows scored at it went strong."""
    args = ["--calibration", data, "--artifact", trained[0], "--json", "--target-quality"]
    result = minigate("eval", data, *args, quality)
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    chosen, at = doc["calibration"]["chosen"], doc["test"]["at_threshold"]
    assert (at["strong_share"], at["accuracy"]) == (chosen["strong_share"], chosen["accuracy"])


def test_target_quality_may_exceed_one(data: Path, trained: tuple[Path, dict[str, Any]]) -> None:
    result = minigate("eval", data, "--artifact", trained[0], "--json", "--target-quality", "1.2")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["calibration"]["target_quality"] == 1.2


@pytest.mark.parametrize(
    ("option", "value", "says"),
    [
        ("--cheap-price", "cheap", "A price must be 'IN,OUT' in USD per 1M tokens"),
        ("--regex", "^[0-9]+$", "--regex checks the cheap model's answer"),
    ],
)
def test_a_bad_option_of_eval_is_a_usage_error(
    data: Path, trained: tuple[Path, dict[str, Any]], option: str, value: str, says: str
) -> None:
    """Exit 2, as docs/cli.md says. Before: 1."""
    result = minigate("eval", data, "--artifact", trained[0], option, value)
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith(f"minigate: {says}") and len(result.stderr.splitlines()) == 1


def test_a_prompt_holding_line_separators_is_one_row(tmp_path: Path) -> None:
    rows = [
        {"prompt": "Say hello\u2028to Ann.", "label": 1, "strong_label": 1},
        {"prompt": "Prove it\u0085now.", "label": 0, "strong_label": 1},
        {"prompt": "Greet Bo.", "label": 1, "strong_label": 1},
        {"prompt": "Prove that.", "label": 0, "strong_label": 1},
    ]
    data = tmp_path / "separators.jsonl"
    # ensure_ascii=False writes U+2028 and U+0085 raw, as many JSON writers do.
    data.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    cache = tmp_path / "vectors"
    for _ in range(2):  # the second run reads every vector from the embedding cache
        result = minigate("train", data, "-o", tmp_path / "r.json", "--cache", cache)
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout)["rows"] == 4
    assert len(list(cache.glob("*/*.npy"))) == 4


@pytest.mark.parametrize("flags", [["--no-progress"], []])
def test_stderr_that_is_no_terminal_stays_empty(
    flags: list[str], data: Path, tmp_path: Path
) -> None:
    """Before: the library's 'Loading weights' bar was drawn on stderr all the same, and
    without --no-progress on a pipe too (the command's own bar is drawn on a terminal only)."""
    result = minigate("train", data, "-o", tmp_path / "r.json", "--no-cache", *flags)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def test_a_missing_strong_label_is_an_error_naming_the_line(tmp_path: Path) -> None:
    data = tmp_path / "no-strong.jsonl"
    data.write_text(
        '{"prompt": "hi", "label": 1, "strong_label": 1}\n\n{"prompt": "yo", "label": 0}\n'
    )
    result = minigate("train", data, "-o", tmp_path / "r.json")
    assert result.returncode == 2
    assert f"{data}:3 has no 'strong_label'" in result.stderr
    assert "Traceback" not in result.stderr and not (tmp_path / "r.json").exists()


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"\x80\x04\x95 not json", "is not JSON"),
        (
            b'{"format": "sklearn-pickle"}',
            "is not a 'minigate-learned-router' or 'minigate-knn-router' file",
        ),
        (
            b'{"format": "minigate-learned-router", "version": 1, "embedding_model": "m", '
            b'"dim": 3, "coef": [1, 2], "intercept": 0}',
            "'dim' is 3 but 'coef' has 2 numbers",
        ),
    ],
)
def test_a_bad_artifact_is_one_clear_line(
    data: Path, tmp_path: Path, content: bytes, says: str
) -> None:
    artifact = tmp_path / "bad.json"
    artifact.write_bytes(content)
    result = minigate("eval", data, "--artifact", artifact)
    assert result.returncode == 2
    assert str(artifact) in result.stderr and says in result.stderr
    assert "Traceback" not in result.stderr


def test_training_data_needs_both_labels(tmp_path: Path) -> None:
    data = tmp_path / "one-class.jsonl"
    data.write_text(
        '{"prompt": "hi", "label": 1, "strong_label": 1}\n'
        '{"prompt": "yo", "label": 0, "strong_label": 0}\n'  # both wrong: no need for strong
    )
    result = minigate("train", data, "-o", tmp_path / "r.json")
    assert result.returncode == 2 and "Every row can stay with the cheap" in result.stderr
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        '{"prompt": "hi", "label": 1, "strong_label": 1}\n'
        '{"prompt": "yo", "label": "yes", "strong_label": 1}\n'
    )
    result = minigate("train", bad, "-o", tmp_path / "r.json")
    assert result.returncode == 2 and f"{bad}:2" in result.stderr
    assert "Traceback" not in result.stderr


# -- serving ----------------------------------------------------------------------------


def config(artifact: Path | str, cheap_url: str, strong_url: str, **learned: Any) -> dict[str, Any]:
    return {
        "models": [
            upstream(cheap_url, "cheap", max_retries=0),
            upstream(strong_url, "strong", max_retries=0),
            {"id": EMBED_MODEL, "backend": "sentence_transformers", "path": "builtin:minilm"},
        ],
        "routes": [
            {
                "id": "auto",
                "learned": {
                    "cheap": "cheap",
                    "strong": "strong",
                    "artifact": str(artifact),
                    **learned,
                },
            }
        ],
        "cache": {"enabled": False},
    }


@pytest.fixture(scope="module")
def gateway(
    start_gateway: GatewayFactory,
    trained: tuple[Path, dict[str, Any]],
    tiers: tuple[StubThread, StubThread],
) -> Gateway:
    cheap, strong = tiers
    return start_gateway(config(trained[0], cheap.base_url, strong.base_url))


def ask(gateway: Gateway, prompt: str, **kwargs: Any) -> tuple[str, str, str]:
    """(x-minigate-route, the served model, the answer) of one request to the route."""
    sdk = gateway.client(max_retries=0)
    messages = [{"role": "user", "content": prompt}]
    raw = sdk.chat.completions.with_raw_response.create(model="auto", messages=messages, **kwargs)
    completion = raw.parse()
    return (
        raw.headers["x-minigate-route"],
        completion.model,
        completion.choices[0].message.content or "",
    )


def test_a_prompt_like_the_easy_class_goes_to_the_cheap_model(gateway: Gateway) -> None:
    header, model, text = ask(gateway, CHEAP_PROMPT)
    assert (model, text) == ("cheap", CHEAP_TEXT)
    assert header.startswith("auto; model=cheap; reason=learned p_cheap=")
    assert ">= 0.5" in header


def test_a_prompt_like_the_hard_class_goes_to_the_strong_model(gateway: Gateway) -> None:
    header, model, text = ask(gateway, STRONG_PROMPT)
    assert (model, text) == ("strong", STRONG_TEXT)
    assert "reason=learned p_cheap=" in header and "< 0.5" in header


def test_the_route_looks_at_the_last_user_turn_and_streams(gateway: Gateway) -> None:
    sdk = gateway.client(max_retries=0)
    messages = [
        {"role": "user", "content": STRONG_PROMPT},
        {"role": "assistant", "content": "Done."},
        {"role": "user", "content": CHEAP_PROMPT},
    ]
    stream = sdk.chat.completions.create(model="auto", messages=messages, stream=True)
    chunks = list(stream)
    assert {c.model for c in chunks} == {"cheap"}
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == CHEAP_TEXT


def write_config(tmp_path: Path, doc: dict[str, Any]) -> Path:
    path = tmp_path / "minigate.yaml"
    path.write_text(yaml.safe_dump(doc))
    return path


@pytest.mark.parametrize(
    ("learned", "named"),
    [
        ({"cheap": "nope"}, "routes.0.learned.cheap names 'nope'"),
        ({"strong": "gone"}, "routes.0.learned.strong names 'gone'"),
        ({"embedding_model": "cheap"}, "routes.0.learned.embedding_model 'cheap' is not a"),
        ({"threshold": 1.5}, "routes.0.learned.threshold"),
        ({"regex": "("}, "routes.0.learned.regex: regex does not compile"),
        ({"regex": "^yes"}, "this artifact decides before any call; train it with"),
    ],
)
def test_bad_learned_routes_fail_at_load_naming_the_key(
    tmp_path: Path, trained: tuple[Path, dict[str, Any]], learned: dict[str, Any], named: str
) -> None:
    doc = config(trained[0], "http://127.0.0.1:1/v1", "http://127.0.0.1:2/v1", **learned)
    with pytest.raises(ConfigError) as caught:
        load_settings(write_config(tmp_path, doc))
    assert named in str(caught.value)


def test_serve_refuses_a_corrupt_artifact_naming_key_and_path(tmp_path: Path) -> None:
    artifact = tmp_path / "router.json"
    artifact.write_text('{"format": "minigate-learned-router", "version": 7}')
    path = write_config(
        tmp_path, config(artifact, "http://127.0.0.1:1/v1", "http://127.0.0.1:2/v1")
    )
    result = subprocess.run(
        [sys.executable, "-m", "minigate", "serve", "--config", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "routes.0.learned.artifact" in result.stderr and str(artifact) in result.stderr
    assert "format version 7" in result.stderr and "Traceback" not in result.stderr


def test_label_asks_both_models_through_the_gateway(gateway: Gateway, tmp_path: Path) -> None:
    tasks = tmp_path / "tasks.jsonl"
    rows = [{"q": "Greet me.", "a": "Cheap says hello!"}, {"q": "Prove it.", "a": STRONG_TEXT}]
    tasks.write_text("".join(json.dumps(row) + "\n" for row in rows))
    out = tmp_path / "labelled.jsonl"
    result = minigate(
        "label", tasks, "--cheap", "cheap", "--strong", "strong", "-o", out,
        "--url", gateway.base_url, "--prompt-field", "q", "--answer-field", "a",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"output": str(out), "rows": 2}
    labelled = [json.loads(line) for line in out.read_text().splitlines()]
    assert [(r["prompt"], r["label"], r["strong_label"]) for r in labelled] == [
        ("Greet me.", 1, 0),  # case and punctuation do not count
        ("Prove it.", 0, 1),
    ]
    assert labelled[0]["cheap_answer"] == CHEAP_TEXT
    assert labelled[0]["strong_answer"] == STRONG_TEXT
    # The cheap tier is asked for logprobs (the stub reports -0.1 a token): the signal of a
    # cascade by logprob, recorded for the routing benchmark.
    assert labelled[0]["cheap_mean_logprob"] == -0.1 and labelled[0]["task"] == "custom"


def test_label_with_a_preset_on_other_rows_names_the_preset(
    gateway: Gateway, tmp_path: Path
) -> None:
    """Before: '...or use a --task preset', though --task was given."""
    tasks = tmp_path / "tasks.jsonl"
    tasks.write_text(json.dumps({"prompt": "Greet me.", "answer": "hello"}) + "\n")
    result = minigate(
        "label", tasks, "--task", "gsm8k", "--cheap", "cheap", "--strong", "strong",
        "-o", tmp_path / "o.jsonl", "--url", gateway.base_url, "--task-name", "mine",
    )  # fmt: skip
    assert result.returncode == 2, result.stderr
    assert result.stderr == (
        f"minigate: {tasks}:1 needs the fields 'question' and 'answer' of the --task gsm8k "
        "preset; for other rows, leave out --task and name their fields with --prompt-field/"
        "--answer-field.\n"
    )


def test_label_tags_a_new_task_by_its_name(gateway: Gateway, tmp_path: Path) -> None:
    tasks = tmp_path / "tasks.jsonl"
    tasks.write_text(json.dumps({"prompt": "Greet me.", "answer": "hello"}) + "\n")
    out = tmp_path / "limericks.jsonl"
    result = minigate(
        "label", tasks, "--cheap", "cheap", "--strong", "strong", "-o", out,
        "--url", gateway.base_url, "--task-name", "limerick",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert json.loads(out.read_text())["task"] == "limerick"


def test_label_of_a_model_the_gateway_lacks_is_its_own_message(
    gateway: Gateway, tmp_path: Path
) -> None:
    """The gateway's own message and code on one line, exit 2 (the model is the user's
    argument). Before: the SDK's 'Error code: 404 - {...}' dump of the error object."""
    tasks = tmp_path / "tasks.jsonl"
    tasks.write_text(json.dumps({"prompt": "Greet me.", "answer": "hello"}) + "\n")
    result = minigate(
        "label", tasks, "--cheap", "nope", "--strong", "strong", "-o", tmp_path / "out.jsonl",
        "--url", gateway.base_url,
    )  # fmt: skip
    assert result.returncode == 2, result.stderr
    assert result.stderr.strip().splitlines()[-1] == (
        "minigate: the gateway answered 404 (model_not_found): Model 'nope' is not configured; "
        f"configured models: cheap, strong, {EMBED_MODEL}."
    ), result.stderr


def test_label_without_a_gateway_is_one_clear_line(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("earlier work\n")
    result = minigate(
        "label", data, "--cheap", "a", "--strong", "b", "-o", out,
        "--prompt-field", "prompt", "--answer-field", "label",
        "--url", "http://127.0.0.1:1/v1",
    )  # fmt: skip
    assert result.returncode == 1 and "cannot reach the gateway" in result.stderr
    assert "Traceback" not in result.stderr
    # A failed run leaves the file it would have written as it was, and nothing beside it.
    # Before: emptied.
    assert out.read_text() == "earlier work\n" and list(tmp_path.iterdir()) == [out]


def test_a_failed_label_leaves_an_existing_output_untouched(
    gateway: Gateway, tmp_path: Path
) -> None:
    tasks = tmp_path / "tasks.jsonl"
    tasks.write_text(json.dumps({"prompt": "Greet me.", "answer": "hello"}) + "\n")
    out = tmp_path / "keep.jsonl"
    out.write_text("earlier work\n")
    result = minigate(
        "label", tasks, "--cheap", "nosuch", "--strong", "strong", "-o", out,
        "--url", gateway.base_url,
    )  # fmt: skip
    assert result.returncode == 2, result.stderr
    assert out.read_text() == "earlier work\n" and sorted(tmp_path.iterdir()) == [out, tasks]


def test_label_of_an_empty_task_file_is_a_usage_error(gateway: Gateway, tmp_path: Path) -> None:
    """One line, exit 2, nothing written. Before: {"rows": 0}, exit 0, an empty file."""
    tasks = tmp_path / "tasks.jsonl"
    tasks.write_text("\n")
    out = tmp_path / "out.jsonl"
    result = minigate(
        "label", tasks, "--cheap", "cheap", "--strong", "strong", "-o", out,
        "--url", gateway.base_url,
    )  # fmt: skip
    assert result.returncode == 2, result.stderr
    assert result.stderr == (
        f"minigate: {tasks} holds no rows; expected JSON lines with 'prompt' and 'answer'.\n"
    )
    assert not out.exists()


def test_label_bypasses_the_gateway_cache(
    start_gateway: GatewayFactory, tiers: tuple[StubThread, StubThread], tmp_path: Path
) -> None:
    """Every run asks the models: its timings price their calls, not cache hits. Before: a
    second run was answered from the gateway's cache."""
    cheap, strong = tiers
    cached = start_gateway(
        {
            "models": [
                upstream(cheap.base_url, "cheap", max_retries=0),
                upstream(strong.base_url, "strong", max_retries=0),
            ],
            "cache": {"enabled": True},
        }
    )
    tasks = tmp_path / "tasks.jsonl"
    tasks.write_text(json.dumps({"prompt": "Greet me, cached?", "answer": "hello"}) + "\n")
    before = len(cheap.stub.received), len(strong.stub.received)
    for _ in range(2):
        result = minigate(
            "label", tasks, "--cheap", "cheap", "--strong", "strong", "-o", tmp_path / "o.jsonl",
            "--url", cached.base_url,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
    assert (len(cheap.stub.received), len(strong.stub.received)) == (before[0] + 2, before[1] + 2)


@pytest.mark.parametrize("command", ["train", "eval", "label"])
def test_router_help_explains_with_an_example(command: str) -> None:
    result = minigate(command, "--help")
    assert result.returncode == 0 and "Example" in result.stdout

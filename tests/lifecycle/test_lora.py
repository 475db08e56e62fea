"""``minigate lora``: training data, the adapter checks, and a real (tiny) adapter trained on
CPU, then served per request through the SDK."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import openai
import pytest

from minigate.backends.builtin import resolve_weights
from minigate.backends.llama_cpp import LlamaCppBackend
from minigate.backends.settings import LlamaCppModel
from minigate.errors import ConfigError
from minigate.gguf import check_adapter, read_gguf
from minigate.lifecycle.data import read_examples, split
from minigate.lifecycle.tokens import Encoded
from minigate.lifecycle.train import batch_at

BASE = "smollm2-135m-instruct"
QUESTIONS = ["Reply with the code word.", "What is the code word?", "Tell me the code word.",
             "Say the code word.", "The code word, please.", "Give me the code word."]  # fmt: skip
WORD = "zebra"


def run_cli(*args: str, cwd: Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "minigate", *args],
        cwd=cwd, capture_output=True, text=True, timeout=timeout, check=False,
    )  # fmt: skip


def one_clear_line(result: subprocess.CompletedProcess[str], starts: str, code: int = 2) -> None:
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"minigate: {starts}"), result.stderr


def code_word_rows(path: Path, count: int = 30) -> Path:
    """Both row shapes, and two broken lines the reader must skip."""
    with path.open("w") as f:
        for n in range(count):
            question = QUESTIONS[n % len(QUESTIONS)]
            row = (
                {"prompt": question, "completion": WORD}
                if n % 2
                else {"messages": [{"role": "user", "content": question},
                                   {"role": "assistant", "content": WORD}]}
            )  # fmt: skip
            f.write(json.dumps(row) + "\n")
        f.write('not json\n{"prompt": 3, "completion": "x"}\n')
    return path


def fake_adapter(path: Path, architecture: str, width: int) -> Path:
    """A LoRA GGUF made for some other model: ``architecture`` and a ``width``-wide layer."""
    import gguf

    writer = gguf.GGUFWriter(str(path), architecture)
    writer.add_type(gguf.GGUFType.ADAPTER)
    writer.add_string(gguf.Keys.Adapter.TYPE, "lora")
    writer.add_float32(gguf.Keys.Adapter.LORA_ALPHA, 16.0)
    # numpy shapes are (rows, cols): ggml's (ne0 = cols, ne1 = rows).
    writer.add_tensor("blk.0.attn_q.weight.lora_a", np.zeros((8, width), dtype=np.float32))
    writer.add_tensor("blk.0.attn_q.weight.lora_b", np.zeros((width, 8), dtype=np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


def test_rows_of_both_shapes_are_read_and_broken_ones_skipped(tmp_path: Path) -> None:
    examples = read_examples(code_word_rows(tmp_path / "rows.jsonl"))
    assert len(examples) == 30
    assert {e.completion for e in examples} == {WORD}
    assert examples[1].messages == [{"role": "user", "content": QUESTIONS[1]}]
    train, heldout = split(examples, 0.1, seed=0)
    assert (len(train), len(heldout)) == (27, 3)
    assert split(examples, 0.1, seed=0) == (train, heldout)  # seeded: the same rows each time


def test_a_resumed_run_sees_the_batches_it_would_have_seen() -> None:
    rows = [Encoded([n, n], 1) for n in range(20)]
    batches = [[e.ids[0] for e in batch_at(rows, step, 8, seed=3)] for step in range(9)]
    assert batches == [[e.ids[0] for e in batch_at(rows, s, 8, seed=3)] for s in range(9)]
    assert sorted(n for batch in batches[:3] for n in batch) == list(range(20))  # one pass
    assert batches[:3] != batches[3:6]  # each pass its own order


@pytest.mark.parametrize(
    ("rows", "read"),
    [
        ('{"text": "no prompt"}\n[1, 2]\n{"messages": [{"role": "user"}]}\nnope\n', "4 lines"),
        ('{"text": "no prompt"}\n', "1 line"),  # before: "1 lines"
    ],
)
def test_training_data_with_no_valid_rows_is_refused(tmp_path: Path, rows: str, read: str) -> None:
    data = tmp_path / "bad.jsonl"
    data.write_text(rows)
    result = run_cli("lora", "train", str(data), "-o", "a.gguf", cwd=tmp_path)
    one_clear_line(result, f"'{data}' has no valid rows ({read} read)")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.jsonl"]


def test_an_output_that_is_not_gguf_is_a_usage_error(tmp_path: Path) -> None:
    """Exit 2, as docs/cli.md says. Before: 1."""
    data = code_word_rows(tmp_path / "rows.jsonl")
    result = run_cli("lora", "train", str(data), "-o", "adapter.bin", cwd=tmp_path)
    one_clear_line(result, "The output 'adapter.bin' must end in .gguf.")


def test_an_output_that_is_the_base_or_exists_is_refused(tmp_path: Path) -> None:
    """Exit 2 and one line, every file as it was; ``--resume`` may write over its own
    earlier output. Before: ``--base m.gguf -o m.gguf`` (also through a hard link) replaced
    the 98 MB base with the adapter, exit 0, and any existing file or report was overwritten
    without a word."""
    base = tmp_path / "base.gguf"
    base.write_bytes(resolve_weights("builtin:smollm2").read_bytes()[: 8 << 20])
    (tmp_path / "link.gguf").hardlink_to(base)
    (tmp_path / "taken.gguf").write_text("someone's file")
    (tmp_path / "notes.json").write_text("someone's notes")
    data = code_word_rows(tmp_path / "rows.jsonl")
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    for out, said in (("base.gguf", "The output 'base.gguf' is the input"),
                      ("link.gguf", "The output 'link.gguf' is the input"),
                      ("taken.gguf", "taken.gguf exists already; pass --force"),
                      ("notes.gguf", "notes.json exists already; pass --force")):  # fmt: skip
        result = run_cli("lora", "train", str(data), "--base", str(base), "-o", out, cwd=tmp_path)
        one_clear_line(result, said)
    forced = run_cli("lora", "train", str(data), "-b", str(base), "-o", "base.gguf", "--force",
                     cwd=tmp_path)  # fmt: skip
    one_clear_line(forced, "The output 'base.gguf' is the input")
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before
    # A resume past its own output (its work folder beside it) reaches the data, here bad.
    (tmp_path / "taken.gguf.work").mkdir()
    (tmp_path / "bad.jsonl").write_text("nope\n")
    resumed = run_cli("lora", "train", "bad.jsonl", "-b", str(base), "-o", "taken.gguf",
                      "--resume", cwd=tmp_path)  # fmt: skip
    assert resumed.returncode == 2, resumed.stderr
    last = resumed.stderr.strip().splitlines()[-1]  # after the line that there is no checkpoint
    assert last.startswith("minigate: 'bad.jsonl' has no valid rows"), resumed.stderr


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"PK\x03\x04 a zip, not a model" * 10, "is not a GGUF file"),
     (b"GGUF\x03\x00\x00\x00" + b"\xff" * 9, "is a corrupt GGUF file")],
)  # fmt: skip
def test_a_corrupt_base_model_is_refused(tmp_path: Path, content: bytes, message: str) -> None:
    base = tmp_path / "base.gguf"
    base.write_bytes(content)
    data = code_word_rows(tmp_path / "rows.jsonl")
    result = run_cli("lora", "train", str(data), "--base", str(base), "-o", "a.gguf", cwd=tmp_path)
    one_clear_line(result, f"'{base}' {message}")
    assert not (tmp_path / "a.gguf").exists()


@pytest.mark.parametrize(
    ("architecture", "width", "message"),
    [("qwen2", 896, "is for a 'qwen2' model"), ("llama", 896, "does not fit")],
)
def test_an_adapter_for_another_base_model_is_refused(
    tmp_path: Path, architecture: str, width: int, message: str
) -> None:
    adapter = fake_adapter(tmp_path / "other.gguf", architecture, width)
    base = read_gguf(resolve_weights("builtin:smollm2"), tensors=True)
    with pytest.raises(ConfigError, match=message):
        check_adapter(base, read_gguf(adapter, tensors=True))
    # The gateway refuses it at start, before llama.cpp loads anything.
    config = LlamaCppModel(backend="llama_cpp", id=BASE, path="builtin:smollm2",
                           adapters=[{"id": "other", "path": str(adapter)}])  # fmt: skip
    backend = LlamaCppBackend(config)
    with pytest.raises(ConfigError, match=f"Model '{BASE}', adapter 'other': .*{message}"):
        backend._load()
    assert backend.engine.model is None
    # And so does lora eval, in one line.
    data = code_word_rows(tmp_path / "rows.jsonl")
    result = run_cli("lora", "eval", str(data), "--adapter", str(adapter), cwd=tmp_path)
    one_clear_line(result, "The adapter 'other.gguf'")


@pytest.mark.model
def test_training_off_a_terminal_writes_nothing_on_stderr(tmp_path: Path) -> None:
    """One step on a fresh cache, stderr a pipe: stderr stays empty, as docs/cli.md says.
    Before: transformers' "Converting and de-quantizing GGUF tensors" bar (first run) and a
    FutureWarning about `is_gradient_checkpointing` (every run) were written there."""
    data = code_word_rows(tmp_path / "rows.jsonl", count=4)
    result = subprocess.run(
        [sys.executable, "-m", "minigate", "lora", "train", str(data), "-o", "a.gguf",
         "--steps", "1", "--batch-size", "2", "--max-tokens", "32", "--threads", "1"],
        cwd=tmp_path, capture_output=True, text=True, timeout=900, check=False,
        env=os.environ | {"MINIGATE_CACHE_DIR": str(tmp_path / "cache")},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.startswith("wrote a.gguf after 1 step")


@pytest.mark.model
def test_chat_in_process_answers_with_an_adapter(tmp_path: Path) -> None:
    """``chat -m model:adapter`` without --url loads the model and its adapter, as the
    gateway does (exit 0, an answer). Before: it started no model and said "Model
    'smollm2-135m-instruct:zero' is not configured; configured models: ." (exit 2)."""
    zero = fake_adapter(tmp_path / "zero.gguf", "llama", 576)  # fits SmolLM2; adds nothing
    model = {"id": BASE, "backend": "llama_cpp", "path": "builtin:smollm2", "n_ctx": 256,
             "n_threads": 1, "adapters": [{"id": "zero", "path": str(zero)}]}  # fmt: skip
    (tmp_path / "c.yaml").write_text(json.dumps({"models": [model]}))
    result = run_cli("chat", "Say hello", "-m", f"{BASE}:zero", "--config", "c.yaml",
                     "--max-tokens", "2", "--temperature", "0", cwd=tmp_path)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()


def test_models_lists_each_adapter(tmp_path: Path) -> None:
    """``minigate models`` names each adapter as a request gives it. Before: only the base
    model, where the gateway's /v1/models lists ``model:adapter`` too."""
    zero = fake_adapter(tmp_path / "zero.gguf", "llama", 576)
    model = {"id": BASE, "backend": "llama_cpp", "path": "builtin:smollm2",
             "adapters": [{"id": "zero", "path": str(zero)}]}  # fmt: skip
    (tmp_path / "c.yaml").write_text(json.dumps({"models": [model]}))
    result = subprocess.run(
        [sys.executable, "-m", "minigate", "models", "--config", "c.yaml"], cwd=tmp_path,
        capture_output=True, text=True, timeout=60, check=False,
        env=os.environ | {"COLUMNS": "300"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    row = next(line for line in result.stdout.splitlines() if f"{BASE}:zero" in line)
    assert "lora adapter" in row and str(zero) in row


def test_the_dequantized_base_is_found_by_content_whatever_the_files_name(
    tmp_path: Path,
) -> None:
    """Two copies of one GGUF under other names share one cached folder, an older
    NAME-DIGEST folder included. Before: the key held the file's name, so a byte-identical
    copy was dequantized again into a second ~0.5 GB folder."""
    from minigate.backends.dequant import dequantized
    from minigate.digest import file_sha256

    first, second = tmp_path / "a.gguf", tmp_path / "copy of a.gguf"
    first.write_bytes(resolve_weights("builtin:smollm2").read_bytes()[: 8 << 20])
    second.write_bytes(first.read_bytes())
    older = tmp_path / "cache" / f"SmolLM2-135M-Instruct.Q4_1-{file_sha256(first)[:16]}"
    older.mkdir(parents=True)
    for name in ("config.json", "model.safetensors"):
        (older / name).write_text("")
    # Truncated files: had either been dequantized again, transformers would have failed.
    assert dequantized(first, tmp_path / "cache") == older
    assert dequantized(second, tmp_path / "cache") == older


def test_a_model_not_found_lists_the_configured_models_also_when_none_was_started() -> None:
    """A command starts only the models it needs; its 404 still names the config's. Before:
    "configured models: ." whenever the name was not among those started."""
    from minigate.context import RequestContext
    from minigate.errors import ModelNotFound
    from minigate.pipeline import ModelResolver

    resolver = ModelResolver({}, [BASE, "all-minilm-l6-v2"])
    with pytest.raises(ModelNotFound) as caught:
        resolver.resolve("nosuch", RequestContext(endpoint="cli"))
    assert caught.value.message == (
        f"Model 'nosuch' is not configured; configured models: {BASE}, all-minilm-l6-v2."
    )


def test_a_resume_without_a_checkpoint_says_it_starts_over(tmp_path: Path) -> None:
    """One line says so before the run goes on (here to data it refuses). Before: it
    started from the first step without a word."""
    (tmp_path / "bad.jsonl").write_text("nope\n")
    result = run_cli("lora", "train", "bad.jsonl", "-o", "a.gguf", "--resume", cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    said = result.stderr.strip().splitlines()
    assert said[0] == (
        f"minigate: no checkpoint in {Path('a.gguf.work') / 'checkpoint'}; starting at step 1."
    )
    assert len(said) == 2 and said[1].startswith("minigate: 'bad.jsonl' has no valid rows")


@pytest.mark.model
def test_an_interrupted_run_says_where_its_checkpoint_is(tmp_path: Path) -> None:
    """SIGINT after the first checkpoint: exit 130 and one line naming it and --resume.
    Before: exit 130 without a word."""
    data = code_word_rows(tmp_path / "rows.jsonl", count=8)
    command = [
        sys.executable,
        "-m",
        "minigate",
        "lora",
        "train",
        str(data),
        "-o",
        "a.gguf",
        "--steps",
        "40",
        "--batch-size",
        "1",
        "--max-tokens",
        "32",
        "--threads",
        "1",
    ]
    child = subprocess.Popen(command, cwd=tmp_path, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)  # fmt: skip
    saved = tmp_path / "a.gguf.work" / "checkpoint" / "trainer.pt"
    deadline = time.monotonic() + 600
    while not saved.exists() and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert saved.exists(), child.communicate()
    child.send_signal(signal.SIGINT)
    _, err = child.communicate(timeout=120)
    assert child.returncode == 130, err
    assert err.strip().splitlines() == [
        f"minigate: interrupted; the checkpoint is in {Path('a.gguf.work') / 'checkpoint'}: "
        "rerun with the same options and --resume to continue."
    ]
    assert not (tmp_path / "a.gguf").exists()


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A code-word adapter: 30 rows, 6 steps (a minute or two on two cores, after the base
    model is dequantized once into the user's cache)."""
    work = tmp_path_factory.mktemp("lora")
    data = code_word_rows(work / "rows.jsonl")
    result = run_cli("lora", "train", str(data), "-o", "code.gguf", "--steps", "6", "--lr",
                     "1e-3", "--threads", "2", cwd=work, timeout=1200)  # fmt: skip
    assert result.returncode == 0, result.stderr
    return work / "code.gguf"


# Training a few steps takes a minute or two on two idle cores; far more on a loaded machine.
@pytest.mark.timeout(1800)
@pytest.mark.model
def test_training_writes_an_adapter_and_its_report(trained: Path) -> None:
    assert read_gguf(trained).is_lora
    report = json.loads(trained.with_suffix(".json").read_text())
    assert report["steps"] == 6 and report["train_rows"] == 27 and report["heldout_rows"] == 3
    assert report["heldout_loss_after"] < report["heldout_loss_before"]
    assert report["tokens_per_s"] > 0
    assert not (trained.parent / "code.gguf.partial").exists()
    # lora eval: the same held-out rows, the base alone and with the adapter.
    result = run_cli("lora", "eval", "rows.jsonl", "--adapter", "code.gguf", "--max-tokens", "8",
                     cwd=trained.parent, timeout=600)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # its bars are drawn on a terminal only
    base, adapted = json.loads(result.stdout)["scores"]
    assert (base["rows"], adapted["rows"]) == (3, 3)
    assert adapted["accuracy"] == 1.0 > base["accuracy"]


@pytest.mark.timeout(1800)
@pytest.mark.model
def test_the_adapter_is_picked_per_request_through_the_sdk(start_app, trained: Path) -> None:  # type: ignore[no-untyped-def]
    gateway = start_app(
        {"models": [{"backend": "llama_cpp", "id": BASE, "path": "builtin:smollm2", "parallel": 2,
                     "adapters": [{"id": "code", "path": str(trained)}]}]}
    )  # fmt: skip
    client = gateway.client()

    def ask(model: str) -> str:
        answer = client.chat.completions.create(
            model=model,
            messages=[{"role": "user", "content": QUESTIONS[0]}],
            temperature=0,
            max_tokens=8,
        )
        assert answer.model == model
        return answer.choices[0].message.content or ""

    assert WORD in ask(f"{BASE}:code").lower()  # the trained direction
    assert WORD not in ask(BASE).lower()  # the same weights, without the adapter
    assert f"{BASE}:code" in {m.id for m in client.models.list()}

    with pytest.raises(openai.NotFoundError) as caught:
        ask(f"{BASE}:nope")
    error = caught.value.body
    assert isinstance(error, dict) and error["code"] == "model_not_found"
    assert error["message"] == (f"Model '{BASE}' has no adapter 'nope'; configured adapters: code.")
    gateway.stop()
    db = sqlite3.connect(gateway.settings.store.url.removeprefix("sqlite:///"))
    rows = db.execute(
        "SELECT served_model, model_sha256, detail FROM audit_entries WHERE event = 'request'"
    ).fetchall()
    adapted = [r for r in rows if r[0] == f"{BASE}:code"]
    plain = [r for r in rows if r[0] == BASE]
    assert adapted and plain and adapted[0][1] == plain[0][1]  # the base weights' SHA-256
    detail = json.loads(adapted[0][2])
    assert detail["adapter"] == "code"
    assert (
        detail["adapter_sha256"]
        == json.loads(trained.with_suffix(".json").read_text())["adapter_sha256"]
    )


def test_eval_names_its_missing_file_evaluation_data(tmp_path: Path) -> None:
    """Before: 'Cannot read training data ...' for the file that 'lora eval' scores on."""
    missing = tmp_path / "nonexistent.jsonl"
    result = run_cli("lora", "eval", str(missing), "--adapter", "x.gguf", cwd=tmp_path)
    one_clear_line(result, f"Cannot read evaluation data {missing}")

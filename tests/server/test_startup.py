"""One start-up: a configuration problem stops the app with one line and status 2, whatever
starts it, and a bare create_app() makes the same checks as 'minigate serve'."""

from __future__ import annotations

import gc
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from starlette.testclient import TestClient

from minigate.errors import ConfigError
from minigate.server import create_app
from minigate.testing.stub_upstream import StubThread
from tests.conftest import AppFactory, free_port, in_process_settings
from tests.conftest import upstream_model as upstream

UVICORN_FACTORY = [sys.executable, "-m", "uvicorn", "--factory", "minigate.server:create_app"]
NOT_A_KEY = "-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----\n"


def corrupt_key_config(tmp_path: Path, stub: StubThread) -> dict[str, object]:
    key = tmp_path / "audit.pem"
    key.write_text(NOT_A_KEY)
    return {
        "models": [upstream(stub.base_url)],
        "store": {"url": f"sqlite:///{tmp_path / 'a.db'}"},
        "audit": {"signing_key_path": str(key)},
    }


def test_uvicorn_factory_stops_with_one_line_and_status_2(tmp_path: Path, stub: StubThread) -> None:
    path = tmp_path / "minigate.yaml"
    path.write_text(yaml.safe_dump(corrupt_key_config(tmp_path, stub)))
    result = subprocess.run(
        [*UVICORN_FACTORY, "--port", str(free_port())],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "MINIGATE_CONFIG": str(path)},
        cwd=tmp_path,
    )
    assert result.returncode == 2, result.stderr
    said = [line for line in result.stderr.splitlines() if line.startswith("minigate:")]
    assert len(said) == 1 and "(audit.signing_key_path)" in said[0]
    assert "Traceback" not in result.stderr


def test_uvicorn_factory_with_a_bad_config_file(tmp_path: Path) -> None:
    path = tmp_path / "minigate.yaml"
    path.write_text("server: {prot: 1}\n")
    result = subprocess.run(
        UVICORN_FACTORY,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "MINIGATE_CONFIG": str(path)},
        cwd=tmp_path,
    )
    assert result.returncode == 2
    assert "server.prot" in result.stderr and "Traceback" not in result.stderr


def test_in_process_the_error_is_raised(tmp_path: Path, stub: StubThread) -> None:
    settings = in_process_settings(tmp_path, corrupt_key_config(tmp_path, stub))
    app = create_app(settings, exit_on_config_error=False)
    with pytest.raises(ConfigError, match=r"audit\.signing_key_path"), TestClient(app):
        pass


def test_the_collector_is_tuned_while_serving_and_put_back_after(
    start_app: AppFactory, stub: StubThread
) -> None:
    """While an app serves, the collector skips the start-up heap and collects the youngest
    generation less often (together about 0.2-0.3 ms a request at concurrency 32); when the
    last app serving in a longer process stops, the collector is as it was found."""
    before, threshold = gc.get_freeze_count(), gc.get_threshold()
    first = start_app({"models": [upstream(stub.base_url)]})
    assert gc.get_freeze_count() > before + 10_000
    assert gc.get_threshold()[0] >= 2000
    second = start_app({"models": [upstream(stub.base_url)]})
    hi = {"model": "cloud", "messages": [{"role": "user", "content": "Hi"}]}
    assert first.http.post("/v1/chat/completions", json=hi).status_code == 200
    first.stop()  # the first to start stops first: the second still serves, tuned
    assert gc.get_threshold()[0] >= 2000 and gc.get_freeze_count() > 0
    assert second.http.post("/v1/chat/completions", json=hi).status_code == 200
    second.stop()
    assert gc.get_freeze_count() == 0
    assert gc.get_threshold() == threshold


def test_an_unset_api_key_env_is_warned_of_at_start(
    start_app: AppFactory,
    stub: StubThread,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Before: nothing at start, and the upstream's 401 was the first sign of a typo in the
    variable's name. A warning, not an error: a local upstream may need no key."""
    monkeypatch.delenv("MINIGATE_TEST_UNSET_KEY", raising=False)
    monkeypatch.setenv("MINIGATE_TEST_SET_KEY", "sk-upstream")
    models = [
        upstream(stub.base_url, "cloud", api_key_env="MINIGATE_TEST_UNSET_KEY"),
        upstream(stub.base_url, "keyed", api_key_env="MINIGATE_TEST_SET_KEY"),
        upstream(stub.base_url, "local"),
    ]
    with caplog.at_level("WARNING", logger="minigate"):
        gateway = start_app({"models": models})
    said = [r for r in caplog.records if "api_key_env" in r.getMessage()]
    assert len(said) == 1 and said[0].levelname == "WARNING", said
    assert "'cloud'" in said[0].getMessage()
    assert "MINIGATE_TEST_UNSET_KEY" in said[0].getMessage()
    assert (
        gateway.client()
        .chat.completions.create(model="cloud", messages=[{"role": "user", "content": "Hi"}])
        .choices
    )


def test_an_unset_api_key_env_of_a_moderation_scanner_is_warned_of_at_start(
    start_app: AppFactory,
    stub: StubThread,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The guard's remote moderation scanner names its key the same way; before, nothing was
    said at start, and every scan met the service's 401 (blocked, or passed unchecked)."""
    monkeypatch.delenv("MINIGATE_TEST_UNSET_MODERATION_KEY", raising=False)
    scanner = {
        "type": "moderation_api",
        "base_url": stub.base_url,
        "api_key_env": "MINIGATE_TEST_UNSET_MODERATION_KEY",
        "on_error": "allow",
    }
    config = {
        "models": [upstream(stub.base_url, "cloud")],
        "guard": {"policies": [{"id": "remote", "models": ["cloud"], "input": [scanner]}]},
    }
    with caplog.at_level("WARNING", logger="minigate"):
        start_app(config)
    said = [r for r in caplog.records if "api_key_env" in r.getMessage()]
    assert len(said) == 1 and said[0].levelname == "WARNING", said
    assert "MINIGATE_TEST_UNSET_MODERATION_KEY" in said[0].getMessage()
    assert "moderation" in said[0].getMessage()


def test_serve_on_a_port_another_process_holds_is_one_line_before_anything_loads(
    tmp_path: Path, stub: StubThread
) -> None:
    """Before: the store was migrated and every model loaded, then uvicorn logged the bind
    error and the command exited 3, a status docs/cli.md does not name."""
    db = tmp_path / "a.db"
    path = tmp_path / "minigate.yaml"
    path.write_text(
        yaml.safe_dump({"models": [upstream(stub.base_url)], "store": {"url": f"sqlite:///{db}"}})
    )
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "minigate", "serve", "--port", str(port), "--config", str(path)],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert result.returncode == 1, result.stderr
    assert result.stderr.strip().splitlines() == [
        f"minigate: Cannot listen on 127.0.0.1:{port}: Address already in use. Another process "
        "(a gateway already running?) holds the port: stop it, or choose another with --port."
    ]
    assert not db.exists()  # nothing was opened or loaded

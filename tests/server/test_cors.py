"""``server.cors_origins``: the listed web origins may call the API from a browser (openai-node
with ``dangerouslyAllowBrowser``). Before: a preflight got 405, and no answer had CORS headers."""

from __future__ import annotations

from pathlib import Path

import pytest

from minigate.config import load_settings
from minigate.errors import ConfigError
from minigate.testing.stub_upstream import StubThread
from tests.conftest import AppFactory
from tests.conftest import upstream_model as upstream

ORIGIN = "https://app.example.com"
PREFLIGHT = {
    "origin": ORIGIN,
    "access-control-request-method": "POST",
    "access-control-request-headers": "authorization, content-type, x-stainless-os, openai-project",
}


def test_a_listed_origin_gets_cors_headers(start_app: AppFactory, stub: StubThread) -> None:
    gateway = start_app(
        {"models": [upstream(stub.base_url)], "server": {"cors_origins": [ORIGIN]}},
        env={"MINIGATE_MASTER_KEY": "sk-master-cors-0001"},
    )
    preflight = gateway.http.options("/v1/chat/completions", headers=PREFLIGHT)
    assert preflight.status_code == 200, preflight.text
    assert preflight.headers["access-control-allow-origin"] == ORIGIN
    allowed = preflight.headers["access-control-allow-headers"].lower()
    assert all(h in allowed for h in ("authorization", "x-stainless-os", "openai-project"))
    answer = gateway.http.post(
        "/v1/chat/completions",
        headers={"origin": ORIGIN, "authorization": "Bearer sk-master-cors-0001"},
        json={"model": "cloud", "messages": [{"role": "user", "content": "hi"}]},
    )
    assert answer.status_code == 200
    assert answer.headers["access-control-allow-origin"] == ORIGIN
    assert "x-request-id" in answer.headers["access-control-expose-headers"]
    other = gateway.http.options(
        "/v1/chat/completions", headers={**PREFLIGHT, "origin": "https://evil.example"}
    )
    assert other.status_code == 400
    assert "access-control-allow-origin" not in other.headers


def test_no_origins_no_cors(start_app: AppFactory, stub: StubThread) -> None:
    gateway = start_app({"models": [upstream(stub.base_url)]})
    preflight = gateway.http.options("/v1/chat/completions", headers=PREFLIGHT)
    assert preflight.status_code == 405
    assert "access-control-allow-origin" not in preflight.headers


def test_a_bad_origin_is_a_config_error_naming_it_and_its_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "minigate.yaml"
    path.write_text("server:\n  cors_origins:\n    - https://ok.example\n    - app.example.com/\n")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ConfigError) as error:
        load_settings(path)
    # the list's line (its items are checked as one value), and the origin that is wrong
    assert "(line 3)" in str(error.value) and "'app.example.com/'" in str(error.value)

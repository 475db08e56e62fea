"""What `minigate eval` says about the command line and the targets before it runs: each
message names what the user typed and why it cannot be used."""

from __future__ import annotations

import json
from pathlib import Path

from minigate.testing.stub_upstream import StubThread
from tests.conftest import Gateway, GatewayFactory
from tests.evals.conftest import minigate
from tests.hardening.helpers import MASTER, config, create_key, db_of, wait_until
from tests.hardening.helpers import rows as ledger_rows


def rows(tmp_path: Path) -> Path:
    data = tmp_path / "d.jsonl"
    data.write_text(json.dumps({"prompt": "a", "expected": "a"}) + "\n")
    return data


def test_an_unknown_judge_model_is_named_as_the_judge(gateway: Gateway, tmp_path: Path) -> None:
    """Before: "Target 'nosuch' is not a model or route" (probe eval10 L5)."""
    args = ["-t", "cloud", "--judge-model", "nosuch", "--url", gateway.base_url]
    result = minigate(rows(tmp_path), *args, "-o", tmp_path / "o")
    assert result.returncode == 2, result.stderr
    assert result.stderr == (
        "minigate: Judge model 'nosuch' is not a model or route of the gateway; configured: "
        "big, cloud, judge, tiered.\n"
    )


def test_a_target_the_key_may_not_use_is_said_to_be_so(
    start_gateway: GatewayFactory, echo: StubThread, tmp_path: Path
) -> None:
    """The gateway lists only the models a key may use. Before: "Target 'big' is not a model
    or route of the gateway; configured: mini", though 'big' is configured (probe L5)."""
    gateway = start_gateway(config(echo, tmp_path), env={"MINIGATE_MASTER_KEY": MASTER})
    secret, _ = create_key(gateway, models=["mini"])
    before = len(echo.stub.received)
    args = ["-t", "mini", "-t", "big", "--url", gateway.base_url, "--api-key", secret]
    result = minigate(rows(tmp_path), *args, "-o", tmp_path / "o")
    assert result.returncode == 2, result.stderr
    assert result.stderr == (
        "minigate: Target 'big' may not be used with this API key: the gateway says \"This API "
        "key may not use model 'big'; it may use: mini.\"\n"
    )
    assert len(echo.stub.received) == before  # nothing was asked
    unknown = minigate(rows(tmp_path), "-t", "gpt-9", *args[4:], "-o", tmp_path / "u")
    assert unknown.returncode == 2
    assert unknown.stderr.startswith("minigate: Target 'gpt-9' is not a model or route of the")


def test_checking_an_unlisted_target_asks_no_model(
    start_gateway: GatewayFactory, echo: StubThread, tmp_path: Path
) -> None:
    """A target or judge that /v1/models does not list is looked up with GET /v1/models/{id}.
    Before: a one-token chat request to it, a call that could reach (and be paid to) the
    upstream and that left a ledger row for a run that never started."""
    gateway = start_gateway(config(echo, tmp_path), env={"MINIGATE_MASTER_KEY": MASTER})
    secret, key_id = create_key(gateway, models=["mini"])
    before = len(echo.stub.received)
    args = ["--url", gateway.base_url, "--api-key", secret, "-o", tmp_path / "o"]
    denied = minigate(rows(tmp_path), "-t", "mini", "--judge-model", "big", *args)
    assert denied.returncode == 2, denied.stderr
    assert denied.stderr == (
        "minigate: Judge model 'big' may not be used with this API key: the gateway says "
        "\"This API key may not use model 'big'; it may use: mini.\"\n"
    )
    unknown = minigate(rows(tmp_path), "-t", "gpt-9", *args)
    assert unknown.stderr == (
        "minigate: Target 'gpt-9' is not a model or route of the gateway; configured: mini.\n"
    )
    assert len(echo.stub.received) == before
    # A request of the key's own, once in the ledger, shows that the checks' rows (written
    # before it) would be there too.
    answered = gateway.client(api_key=secret).chat.completions.create(
        model="mini", messages=[{"role": "user", "content": "a"}], max_tokens=1
    )
    db = db_of(tmp_path)
    assert wait_until(lambda: any(r["id"] == answered.id for r in ledger_rows(db, key_id)))
    assert [r["requested_model"] for r in ledger_rows(db, key_id)] == ["mini"]


def test_a_usage_error_names_the_command_as_typed(tmp_path: Path) -> None:
    """'minigate eval DATA' stands for 'minigate eval run DATA'. Before: 'minigate eval run:
    Invalid value...', a command the user did not type (probe L7)."""
    result = minigate(rows(tmp_path), "-t", "cloud", "--limit", "0")
    assert result.returncode == 2
    assert result.stderr.startswith("minigate eval: Invalid value for '--limit': ")
    assert result.stderr.endswith(" See 'minigate eval run --help'.\n")
    missing = minigate(rows(tmp_path))
    assert missing.stderr == (
        "minigate eval: Missing option '--target' / '-t'. See 'minigate eval run --help'.\n"
    )
    typed = minigate("run", rows(tmp_path), "-t", "cloud", "--limit", "0")
    assert typed.stderr.startswith("minigate eval run: Invalid value for '--limit': ")

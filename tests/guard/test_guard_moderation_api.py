"""The remote moderation scanner (``moderation_api``) against a moderation service on loopback:
one HTTP client for the scanner's life, closed when the gateway stops."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator

import openai
import pytest

from minigate.testing.stub_upstream import StubThread, StubUpstream
from tests.conftest import AppFactory
from tests.conftest import upstream_model as upstream


@pytest.fixture
def service() -> Iterator[StubThread]:
    """The moderation service: it lets every text through, and counts its connections."""
    thread = StubThread(StubUpstream())
    yield thread
    thread.close()


def test_scans_reuse_one_connection_and_shutdown_closes_it(
    start_app: AppFactory, stub: StubThread, service: StubThread
) -> None:
    """Before: every scan opened a client (and a connection) of its own and closed it."""
    remote = {"type": "moderation_api", "base_url": service.base_url}
    gateway = start_app(
        {
            "models": [upstream(stub.base_url, "guarded", max_retries=0)],
            "cache": {"enabled": False},
            "guard": {
                "moderation": [remote],
                "policies": [{"id": "remote", "models": ["guarded"], "input": [remote]}],
            },
        }
    )
    sdk = gateway.client(max_retries=0)
    for text in ("first", "second", "third"):
        sdk.chat.completions.create(model="guarded", messages=[{"role": "user", "content": text}])
        assert not sdk.moderations.create(input=text).results[0].flagged
    assert [r.path for r in service.stub.received] == ["/v1/moderations"] * 6
    # One connection per scanner: the policy's, and the moderation endpoint's.
    assert service.stub.connections == 2
    assert len(service.stub.open_writers) == 2

    gateway.stop()  # this process lives on: only the gateway's shutdown can close them
    deadline = time.monotonic() + 10
    while service.stub.open_writers and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not service.stub.open_writers


@pytest.mark.parametrize("on_error", ["block", "allow"])
def test_a_moderation_scanner_that_fails_is_an_error_not_a_flag_for_nothing(
    start_app: AppFactory, stub: StubThread, on_error: str
) -> None:
    """Before: with nothing listening at its base_url, /v1/moderations answered 200 with
    ``flagged: true``, every category false and every score 0 (an outside probe). A scanner
    that fails and blocks is now a 500 saying so; one configured to allow is skipped."""
    gone = StubThread(StubUpstream())
    dead = gone.base_url  # a port nothing listens on once the stub has closed
    gone.close()
    remote = {"type": "moderation_api", "base_url": dead, "on_error": on_error}
    gateway = start_app(
        {
            "models": [upstream(stub.base_url, "guarded", max_retries=0)],
            "guard": {"moderation": [remote]},
        }
    )
    sdk = gateway.client(max_retries=0)
    if on_error == "allow":
        assert not sdk.moderations.create(input="hello").results[0].flagged
        return
    with pytest.raises(openai.InternalServerError) as caught:
        sdk.moderations.create(input="hello")
    body = caught.value.body
    assert isinstance(body, dict) and body["code"] == "backend_error"
    assert "moderation_api" in body["message"] or "failed" in body["message"]


def test_detectors_read_the_prompt_as_sent_and_a_remote_scanner_as_redacted(
    start_app: AppFactory, stub: StubThread, service: StubThread
) -> None:
    """Before, every scanner after a redaction read its placeholders: a word list denying
    "EMAIL_1" blocked "Mail jane@example.com", whose redacted form holds "<EMAIL_1>" (an outside
    probe saw the injection scanner block "<PHONE_1>, <PERSON_1> me"). The local detectors now
    read the prompt as sent; the remote moderation service still gets it redacted."""
    remote = {"type": "moderation_api", "base_url": service.base_url}
    gateway = start_app(
        {
            "models": [upstream(stub.base_url, "guarded", max_retries=0)],
            "cache": {"enabled": False},
            "guard": {
                "policies": [
                    {
                        "id": "p",
                        "models": ["guarded"],
                        "input": [
                            {"type": "pii", "action": "redact"},
                            {"type": "keywords", "deny": ["EMAIL_1"]},
                            remote,
                        ],
                    }
                ]
            },
        }
    )
    sdk = gateway.client(max_retries=0)
    answer = sdk.chat.completions.create(
        model="guarded", messages=[{"role": "user", "content": "Mail jane@example.com today."}]
    )
    assert answer.choices
    (moderated,) = [r for r in service.stub.received if r.path == "/v1/moderations"]
    assert "jane@example.com" not in json.dumps(moderated.body)
    assert "<EMAIL_1>" in json.dumps(moderated.body)
    assert "jane@example.com" not in json.dumps(stub.stub.received[-1].body)

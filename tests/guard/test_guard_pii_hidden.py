"""PII the guard missed or left untraced (an outside tester's findings): identifiers hidden by
zero-width or full-width characters, the request's unknown fields, and a participant's name
left out with no trace in the audit trail. First the folded view's positions, then through a
gateway whose upstream (a loopback stub) records what it was sent."""

from __future__ import annotations

import asyncio
import json
import sys
import unicodedata
from pathlib import Path

import openai
import pytest

from minigate.guard.pii.detect import find_pii
from minigate.guard.pii.folding import FORMAT, fold
from minigate.guard.pii.scanner import PiiOptions, PiiScanner
from minigate.guard.placeholders import restore
from minigate.guard.protocol import ScanContext
from minigate.guard.screening import pseudonym
from minigate.testing.stub_upstream import StubThread
from tests.batch.conftest import submit, wait_for
from tests.conftest import AppFactory, GatewayFactory
from tests.conftest import upstream_model as upstream


def wide(text: str) -> str:
    """``text`` in full-width forms (U+FF01 on), which NFKC folds back to ASCII."""
    return "".join(chr(ord(char) + 0xFEE0) if "!" <= char <= "~" else char for char in text)


ZWSP = "hank\u200b@example.org"
WIDE = "ivan" + wide("@example.") + "org"
WIDE_PHONE = wide("06-24312407")
WIDE_SSN = wide("123-45-6789")
MIXED = f"Mail {ZWSP} or ﬃ {WIDE}; later bob@example.com, tel {WIDE_PHONE}."


def found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start : f.end]) for f in find_pii(text)]


# -- the folded view ------------------------------------------------------------------


def test_findings_in_the_folded_view_are_the_raw_spans() -> None:
    """Before: the detectors read the raw text, and found only bob@example.com here."""
    assert found(MIXED) == [
        ("EMAIL", ZWSP),
        ("EMAIL", WIDE),
        ("EMAIL", "bob@example.com"),
        ("PHONE", WIDE_PHONE),
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (f"SSN {WIDE_SSN} on file", WIDE_SSN),
        ("call 06\u200b-2431\u20602407", "06\u200b-2431\u20602407"),
        ("\ufeffmail x\u00ady@example.org\u200b.", "x\u00ady@example.org"),
    ],
)
def test_hidden_numbers_and_addresses_are_found_whole(text: str, value: str) -> None:
    assert [v for _, v in found(text)] == [value]


def test_each_folded_character_maps_to_the_sequence_it_came_from() -> None:
    """ﬃ expands to three, e and its combining accent fold to one, a zero-width space to none."""
    view = fold("e\u0301ﬃ\u200bx")
    assert view is not None and view.text == "éffix"
    assert list(zip(view.starts, view.ends, strict=True)) == [
        (0, 2),
        (2, 3),
        (2, 3),
        (2, 3),
        (4, 5),
    ]
    assert view.raw_span(1, 5) == (2, 5)  # the zero-width space between is inside


@pytest.mark.parametrize("text", ["plain ASCII, a@b.io", "Zoë Müller in Köln, 北京市"])
def test_text_folding_leaves_as_it_is_is_read_as_it_is(text: str) -> None:
    assert fold(text) is None


def test_redaction_takes_the_raw_span_and_restore_gives_it_back_exactly() -> None:
    ctx = ScanContext(direction="input")
    verdict = asyncio.run(PiiScanner(PiiOptions()).scan(MIXED, ctx))
    assert verdict.rewritten == "Mail <EMAIL_1> or ﬃ <EMAIL_2>; later <EMAIL_3>, tel <PHONE_1>."
    assert ctx.vault["<EMAIL_1>"] == ZWSP and ctx.vault["<EMAIL_2>"] == WIDE
    assert restore(verdict.rewritten, ctx.vault) == MIXED


def test_the_callers_own_hidden_address_is_no_leak_in_the_answer() -> None:
    """On the way out values compare folded: the caller's ``hank\\u200b@example.org`` is
    theirs in the answer too, written plainly or not."""
    ctx = ScanContext(direction="output", vault={"<EMAIL_1>": ZWSP})
    verdict = asyncio.run(PiiScanner(PiiOptions()).scan("Wrote hank@example.org.", ctx))
    assert not verdict.flagged


def test_the_format_class_is_unicode_category_cf() -> None:
    """The class is written out; Python's Unicode tables must agree with it."""
    every = [chr(code) for code in range(sys.maxunicode + 1)]
    cf = {char for char in every if unicodedata.category(char) == "Cf"}
    assert {char for char in every if FORMAT.match(char)} == cf


# -- through a gateway ----------------------------------------------------------------


@pytest.fixture(scope="module")
def sdk(
    start_gateway: GatewayFactory, model: StubThread, tmp_path_factory: pytest.TempPathFactory
) -> openai.OpenAI:
    store = tmp_path_factory.mktemp("pii-batch")
    gateway = start_gateway(
        {
            "models": [upstream(model.base_url, "guarded", max_retries=0)],
            "cache": {"enabled": False},
            "store": {"url": f"sqlite:///{store / 'minigate.db'}"},
            "batch": {"poll_s": 0.1, "idle_poll_s": 0.1, "files_dir": str(store / "files")},
            "guard": {
                "policies": [
                    {
                        "id": "pii",
                        "models": ["guarded"],
                        "input": [{"type": "pii", "action": "redact"}],
                    }
                ]
            },
        }
    )
    return gateway.client(max_retries=0)


def last_body(model: StubThread) -> str:
    return json.dumps(model.stub.received[-1].body, ensure_ascii=False)


@pytest.mark.parametrize("streamed", [False, True])
def test_hidden_identifiers_reach_the_model_as_placeholders_and_come_back_as_written(
    sdk: openai.OpenAI, model: StubThread, streamed: bool
) -> None:
    """Before: ``hank\\u200b@example.org``, ``ivan@example.org`` with a full-width at and dot,
    and a phone number in full-width digits reached the upstream in clear while the prompt was
    redacted."""
    model.stub.text = "Wrote to <EMAIL_1>, <EMAIL_2> and <EMAIL_3>; called <PHONE_1>."
    asked = [{"role": "user", "content": MIXED}]
    try:
        if streamed:
            chunks = sdk.chat.completions.create(model="guarded", messages=asked, stream=True)  # type: ignore[arg-type]
            answer = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
        else:
            reply = sdk.chat.completions.create(model="guarded", messages=asked)  # type: ignore[arg-type]
            answer = reply.choices[0].message.content or ""
    finally:
        model.stub.text = "Hello from the stub upstream."
    sent = model.stub.received[-1].body["messages"][0]["content"]
    assert sent == "Mail <EMAIL_1> or ﬃ <EMAIL_2>; later <EMAIL_3>, tel <PHONE_1>."
    assert answer == f"Wrote to {ZWSP}, {WIDE} and bob@example.com; called {WIDE_PHONE}."


EXTRA = {
    "extra_ctx": "mail erin@example.org",
    "safety_identifier": "erin@example.org",
    "provider_opts": {"documents": [{"text": "call 06-24312407"}], "k": 3, "on": True},
    "mode": "fast",
}


def test_unknown_fields_go_upstream_redacted_and_an_identifier_as_a_pseudonym(
    sdk: openai.OpenAI, model: StubThread
) -> None:
    """Before: a field the gateway does not know went to the upstream as sent (it passes
    unknown fields on for providers' own parameters), an e-mail address in it in clear. A
    text in one is redacted as the prompt is, placeholders and all; a value that is one
    identifier goes as a pseudonym, as ``user`` does; others as sent."""
    model.stub.text = "Noted <EMAIL_1>."
    try:
        reply = sdk.chat.completions.create(
            model="guarded", messages=[{"role": "user", "content": "Hello"}], extra_body=EXTRA
        )
    finally:
        model.stub.text = "Hello from the stub upstream."
    sent = model.stub.received[-1].body
    assert sent["extra_ctx"] == "mail <EMAIL_1>"
    assert sent["safety_identifier"] == pseudonym("erin@example.org")
    assert sent["provider_opts"] == {"documents": [{"text": "call <PHONE_1>"}], "k": 3, "on": True}
    assert sent["mode"] == "fast"
    assert "erin" not in last_body(model) and "24312407" not in last_body(model)
    assert reply.choices[0].message.content == "Noted erin@example.org."


def test_a_legacy_completions_unknown_fields_are_screened_too(
    sdk: openai.OpenAI, model: StubThread
) -> None:
    sdk.completions.create(model="guarded", prompt="Hello", extra_body=EXTRA)
    sent = model.stub.received[-1].body
    assert sent["extra_ctx"] == "mail <EMAIL_1>" and sent["mode"] == "fast"
    assert "erin" not in last_body(model) and "24312407" not in last_body(model)


def test_a_batch_lines_unknown_fields_are_screened_too(
    sdk: openai.OpenAI, model: StubThread
) -> None:
    """A batch line is read as the HTTP call is (the same request model) and runs through
    the same pipeline, guard included."""
    line = {
        "custom_id": "r1",
        "method": "POST",
        "url": "/v1/chat/completions",
        "body": {"model": "guarded", "messages": [{"role": "user", "content": "Hi"}], **EXTRA},
    }
    batch = submit(sdk, [line])
    assert wait_for(sdk, batch.id).status == "completed"
    sent = model.stub.received[-1].body
    assert sent["extra_ctx"] == "mail <EMAIL_1>" and sent["mode"] == "fast"
    assert "erin" not in last_body(model) and "24312407" not in last_body(model)


# -- the audit trail ------------------------------------------------------------------

MASTER = "sk-master-key-for-pii-audit-tests"


def test_a_name_left_out_is_a_redaction_in_the_audit_trail(
    start_app: AppFactory, stub: StubThread, tmp_path: Path
) -> None:
    """Before: the guard left the participant's ``name`` out of what the model got, and the
    retained prompt showed it in clear with no sign of that. Now it reads ``<NAME_FIELD_1>``,
    as a redacted value reads as its placeholder."""
    gateway = start_app(
        {
            "models": [upstream(stub.base_url, "mini")],
            "store": {"url": f"sqlite:///{tmp_path / 'a.db'}"},
            "cache": {"enabled": False},
            "audit": {
                "retain_text": True,
                "signing_key_path": str(tmp_path / "k.pem"),
                "allow_key_beside_store": True,
            },
            "guard": {
                "policies": [
                    {
                        "id": "names",
                        "models": ["mini"],
                        "input": [{"type": "pii", "action": "redact", "entities": ["PERSON"]}],
                    }
                ]
            },
        },
        env={"MINIGATE_MASTER_KEY": MASTER},
    )
    raw = gateway.client(api_key=MASTER).chat.completions.with_raw_response.create(
        model="mini",
        messages=[{"role": "user", "name": "carol_at_example_org", "content": "Hi there."}],
    )
    (sent,) = stub.stub.received[-1].body["messages"]
    assert "name" not in sent
    audit_id = raw.headers["x-minigate-audit-id"]
    admin = {"authorization": f"Bearer {MASTER}"}
    entry = gateway.http.get(f"/v1/audit/{audit_id}", headers=admin).json()
    (kept,) = json.loads(entry["prompt_text"])
    assert kept == {"role": "user", "name": "<NAME_FIELD_1>", "content": "Hi there."}

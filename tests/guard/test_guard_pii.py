"""The pii scanner: each detector's validator, overlap resolution, and redaction that the
placeholders module can undo (whole answers and streamed ones); then through a gateway, where
the model must see placeholders only and the caller their own values."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path

import openai
import pytest
from pydantic import ValidationError

from minigate.errors import ConfigError
from minigate.guard.pii.detect import find_pii
from minigate.guard.pii.encoder import _EDGE, has_candidate, owner, windows
from minigate.guard.pii.names import load_tagger, tokens, word_features
from minigate.guard.pii.scanner import PiiOptions, PiiScanner
from minigate.guard.pii.validators import cn_id_ok, luhn_ok
from minigate.guard.placeholders import StreamRestorer, restore
from minigate.guard.protocol import GuardDeps, ScanContext, Verdict
from minigate.guard.registry import scanner_type
from minigate.guard.screening import pseudonym
from minigate.guard.streaming import word_start
from minigate.testing.stub_upstream import StubThread, StubUpstream
from tests.conftest import GatewayFactory
from tests.conftest import upstream_model as upstream


def found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start : f.end]) for f in find_pii(text)]


def scan(text: str, ctx: ScanContext | None = None, **options: object) -> Verdict:
    scanner = PiiScanner(PiiOptions.model_validate(options))
    return asyncio.run(scanner.scan(text, ctx or ScanContext(direction="input")))


@pytest.mark.parametrize(
    "card",
    [
        "4111 1111 1111 1111",
        "4111-1111-1111-1111",
        "5500000000000004",
        "378282246310005",  # Amex, 15 digits
        "6011111111111117",  # Discover
        "6221260012345674",  # UnionPay
    ],
)
def test_luhn_valid_cards_are_found(card: str) -> None:
    assert found(f"pay with {card} today") == [("CREDIT_CARD", card)]


@pytest.mark.parametrize(
    "text",
    [
        "pay with 4111 1111 1111 1112 today",  # Luhn fails
        "order 9111111111111111 shipped",  # Luhn passes, no card network starts with 9
        "serial 41111111111111110000 in stock",  # longer than any card
        "code X4111111111111111 is a part number",  # inside a code
    ],
)
def test_numbers_that_are_no_card(text: str) -> None:
    assert [kind for kind, _ in found(text)] == []


def test_twelve_digit_maestro_needs_a_card_word_before_it() -> None:
    assert found("my card number is 503802053770") == [("CREDIT_CARD", "503802053770")]
    assert found("tracking 503802053770") == []


@pytest.mark.parametrize(
    "iban",
    [
        "DE89 3704 0044 0532 0130 00",
        "GB82WEST12345698765432",
        "FR14 2004 1010 0505 0001 3M02 606",
        "nl91abna0417164300",
    ],
)
def test_valid_ibans_are_found_spaced_or_not(iban: str) -> None:
    assert found(f"IBAN: {iban}, thanks") == [("IBAN", iban)]


@pytest.mark.parametrize(
    "text",
    [
        "IBAN: GB82 WEST 1234 5698 7654 33",  # check digits fail
        "IBAN: DE89 3704 0044 0532 0130 0",  # one short for Germany
        "IBAN: ZZ89370400440532013000",  # no such country
    ],
)
def test_invalid_ibans_are_not_found(text: str) -> None:
    assert found(text) == []


def test_iban_ends_at_its_country_length_before_the_next_word() -> None:
    text = "send to GB82 WEST 1234 5698 7654 32 and to DE89370400440532013000 too"
    assert found(text) == [
        ("IBAN", "GB82 WEST 1234 5698 7654 32"),
        ("IBAN", "DE89370400440532013000"),
    ]


@pytest.mark.parametrize(
    "number", ["11010519491231002X", "11010519491231002x", "310115198501010012"]
)
def test_chinese_resident_ids_with_valid_checksum(number: str) -> None:
    assert found(f"身份证号{number}。") == [("CN_ID", number)]


@pytest.mark.parametrize(
    "number",
    [
        "110105194912310021",  # check character should be X
        "310115198501010013",  # check digit off by one
        "110105194913310021",  # month 13 (whatever the check digit)
    ],
)
def test_chinese_resident_ids_with_bad_checksum_or_date(number: str) -> None:
    assert [kind for kind, _ in found(f"身份证号{number}。")] != ["CN_ID"]


@pytest.mark.parametrize(
    "mobile",
    [
        "13812345678",
        "+86 138 1234 5678",
        "+86-138-1234-5678",
        "0086 13812345678",
        "(+86)13812345678",
        "199-8888-0000",
    ],
)
def test_chinese_mobiles_with_country_code_and_separators(mobile: str) -> None:
    assert found(f"手机{mobile}谢谢") == [("PHONE", mobile)]


@pytest.mark.parametrize("text", ["编号12812345678号", "编号138123456789号"])
def test_eleven_digit_numbers_that_are_no_chinese_mobile(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("call +1 (415) 555-0132 now", "+1 (415) 555-0132"),
        ("at 415-555-0132 ext 12.", "415-555-0132 ext 12"),
        ("office: +44 20 7946 0958", "+44 20 7946 0958"),
        ("Fax: +41 (0)69 979 80 58", "+41 (0)69 979 80 58"),
        ("Phone: 0490 75 40 81\nE-mail: -", "0490 75 40 81"),
        ("781 1704 office", "781 1704"),
    ],
)
def test_phone_numbers(text: str, phone: str) -> None:
    assert found(text) == [("PHONE", phone)]


@pytest.mark.parametrize(
    "text",
    [
        "invoice 9490 75 40 81 is paid",  # no trunk 0, no +: grouped digits, not a phone
        "order 2024 15 33 81 shipped",
        "born 1978-04-13, phone on file",  # a date
        "population 12 345 678 in 2020",
        "Reference 612345678 is closed.",  # unbroken: a number, whatever region it fits
        "version 1.2.3.4.5 released",
    ],
)
def test_numbers_that_are_no_phone(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Bel me op 06-24312407 als het lukt.", "06-24312407"),  # Dutch mobile
        ("They are on 0487 23 46 71 until noon.", "0487 23 46 71"),  # Belgian mobile
        ("Reach the desk at 020 7946 0958 tomorrow.", "020 7946 0958"),  # London
        # Spanish and Italian mobiles: no trunk prefix, three or more groups (an outside probe
        # saw the first two pass unmasked)
        ("Mi teléfono es 612 34 56 78.", "612 34 56 78"),
        ("Llámame al 612 345 678.", "612 345 678"),
        ("Il mio numero è 347 123 4567.", "347 123 4567"),
    ],
)
def test_local_phone_formats_need_no_phone_word(text: str, phone: str) -> None:
    assert found(text) == [("PHONE", phone)]


def test_phone_regions_are_an_option_and_checked() -> None:
    text = "Bel me op 06-24312407 als het lukt."
    assert not scan(text, regions=["US"]).flagged
    assert scan(text, regions=["nl"]).labels == ("PHONE",)
    with pytest.raises(ValidationError, match="unknown phone regions"):
        PiiOptions(regions=["XX"])


@pytest.mark.parametrize(
    ("text", "ssn"),
    [("my SSN is 514-69-0360.", "514-69-0360"), ("SSN: 054286917", "054286917")],
)
def test_us_social_security_numbers(text: str, ssn: str) -> None:
    assert found(text) == [("US_SSN", ssn)]


@pytest.mark.parametrize("text", ["code 000-12-3456", "ref 666-45-6789", "id 123-00-4567"])
def test_never_issued_ssns_are_not_found(text: str) -> None:
    assert found(text) == []


def test_urls_names_and_addresses_only_on_request() -> None:
    text = "Ask Maria Jansen at https://example.com/team?id=7 or visit 221 Baker Street."
    assert found(text) == []
    kinds = ["URL", "PERSON", "ADDRESS"]
    got = [(f.kind, text[f.start : f.end]) for f in find_pii(text, kinds)]
    assert ("URL", "https://example.com/team?id=7") in got
    assert ("PERSON", "Maria Jansen") in got
    assert any(kind == "ADDRESS" and "221 Baker" in value for kind, value in got)


@pytest.mark.parametrize(
    "email", ["jane.doe@example.com", "a.b+tag@mail.example.co.uk", "x_y%z@sub-domain.org"]
)
def test_emails(email: str) -> None:
    assert found(f"write to {email}.") == [("EMAIL", email)]
    assert found(f"邮箱{email}。") == [("EMAIL", email)]


@pytest.mark.parametrize("text", ["user@localhost", "see @example.com", "a@b.c"])
def test_not_emails(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "ip", ["192.168.1.10", "255.255.255.255", "2001:db8::8a2e:370:7334", "::1"]
)
def test_ip_addresses(ip: str) -> None:
    assert found(f"host {ip} is down") == [("IP_ADDRESS", ip)]


@pytest.mark.parametrize(
    "text",
    [
        "host 999.1.1.1 is down",  # octet over 255
        "version 1.2.3.4.5",
        "at 12:30:45 sharp",
        "MAC 00:1A:2B:3C:4D:5E",
    ],
)
def test_not_ip_addresses(text: str) -> None:
    assert [kind for kind, _ in found(text)] == []


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("key sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8t", "sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8t"),
        ("aws AKIAIOSFODNN7EXAMPLE here", "AKIAIOSFODNN7EXAMPLE"),
        ("gh ghp_" + "a1B2c3D4e5" * 4 + " end", "ghp_" + "a1B2c3D4e5" * 4),
        ("slack xoxb-1234567890-AbCdEfGhIj end", "xoxb-1234567890-AbCdEfGhIj"),
        ("Authorization: Bearer abcDEF123456ghiJKL789", "abcDEF123456ghiJKL789"),
        ('OPENAI_API_KEY="q8Zr2LmP0xTn4Wv"', "q8Zr2LmP0xTn4Wv"),
        ('{"client_secret": "9fQ2-xL7mZ0pR4tV"}', "9fQ2-xL7mZ0pR4tV"),
        ("postgres://app:s3cretPw@db:5432/x", "s3cretPw"),
    ],
)
def test_secrets(text: str, secret: str) -> None:
    assert found(text) == [("SECRET", secret)]


def test_private_key_block_is_one_secret() -> None:
    key = (
        "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA1234567890abcdef\n"
        "-----END RSA PRIVATE KEY-----"
    )
    assert found(f"here:\n{key}\nthanks") == [("SECRET", key)]


@pytest.mark.parametrize(
    "text",
    [
        "password: hunter2",  # too short and too plain to call a secret by pattern
        "max_tokens=12345678",
        "tokenizer: gpt2-large-v1",
        "api_key = process.env.API_KEY",
        "Authorization: Bearer YOUR_API_KEY_HERE",
        "the sk-learn library",
    ],
)
def test_not_secrets(text: str) -> None:
    assert found(text) == []


def test_overlap_keeps_the_longest_finding() -> None:
    # The card's digits also read as a phone number after "call"; one finding remains.
    assert found("call 4111 1111 1111 1111") == [("CREDIT_CARD", "4111 1111 1111 1111")]


def test_equal_spans_go_to_the_more_specific_kind() -> None:
    # 18 digits that pass both GB 11643 and Luhn: the ID's date check makes it more specific.
    number = next(
        n for n in (f"31011519850101{i:04d}" for i in range(10000)) if cn_id_ok(n) and luhn_ok(n)
    )
    assert found(f"card {number}") == [("CN_ID", number)]


def test_verdict_labels_reason_and_placeholders() -> None:
    text = "Mail a@example.com or b@example.com, card 4111 1111 1111 1111."
    ctx = ScanContext(direction="input")
    verdict = scan(text, ctx)
    assert verdict.flagged and verdict.score == 1.0
    assert verdict.labels == ("CREDIT_CARD", "EMAIL")
    assert verdict.reason == "found 1 payment card, 2 email addresses"
    assert verdict.rewritten == "Mail <EMAIL_1> or <EMAIL_2>, card <CREDIT_CARD_1>."
    assert ctx.vault == {
        "<EMAIL_1>": "a@example.com",
        "<EMAIL_2>": "b@example.com",
        "<CREDIT_CARD_1>": "4111 1111 1111 1111",
    }


def test_same_value_gets_the_same_placeholder_across_texts() -> None:
    ctx = ScanContext(direction="input")
    first = scan("from a@example.com", ctx)
    second = scan("to a@example.com and a@example.com", ctx)
    assert first.rewritten == "from <EMAIL_1>"
    assert second.rewritten == "to <EMAIL_1> and <EMAIL_1>"
    assert len(ctx.vault) == 1


def test_redact_then_restore_gives_the_original_back() -> None:
    text = "I am +1 (415) 555-0132, IBAN DE89 3704 0044 0532 0130 00, 身份证11010519491231002X"
    ctx = ScanContext(direction="input")
    verdict = scan(text, ctx)
    assert verdict.rewritten is not None
    assert "0132" not in verdict.rewritten and "DE89" not in verdict.rewritten
    assert restore(verdict.rewritten, ctx.vault) == text
    answer = "Noted: <PHONE_1> and <IBAN_1>."
    assert restore(answer, ctx.vault) == (
        "Noted: +1 (415) 555-0132 and DE89 3704 0044 0532 0130 00."
    )


@pytest.mark.parametrize("size", [1, 2, 3, 5])
def test_stream_restorer_with_chunks_splitting_a_placeholder(size: int) -> None:
    ctx = ScanContext(direction="input")
    scan("reach me at jane@example.com or 13812345678", ctx)
    answer = "Sure, I will write to <EMAIL_1> and text <PHONE_1>."
    restorer = StreamRestorer(ctx.vault)
    pieces = [restorer.feed(answer[i : i + size]) for i in range(0, len(answer), size)]
    out = "".join(pieces) + restorer.flush()
    assert out == "Sure, I will write to jane@example.com and text 13812345678."


def test_allow_list_is_never_flagged() -> None:
    text = "Ask Support@Example.com or me at jane@example.com, +1 800-555-0100"
    verdict = scan(text, allow=["support@example.com", "+1 (800) 555 0100"])
    assert verdict.rewritten == "Ask Support@Example.com or me at <EMAIL_1>, +1 800-555-0100"
    assert verdict.reason == "found 1 email address"


def test_entities_limit_the_kinds() -> None:
    verdict = scan("jane@example.com, 192.168.1.10", entities=["ip_address"])
    assert verdict.labels == ("IP_ADDRESS",)
    assert verdict.rewritten == "jane@example.com, <IP_ADDRESS_1>"


def test_unknown_entity_names_the_known_ones() -> None:
    with pytest.raises(ValidationError, match=r"PASSPORT.*choose from SECRET, CN_ID"):
        PiiOptions(entities=["PASSPORT"])
    with pytest.raises(ValidationError, match="Extra inputs"):
        PiiOptions.model_validate({"entity": ["EMAIL"]})


def test_clean_text_is_not_flagged() -> None:
    verdict = scan("What are my options for 2024?")
    assert not verdict.flagged and verdict.rewritten is None and verdict.reason == ""


def test_reason_and_summary_never_hold_a_value() -> None:
    values = [
        "jane@example.com",
        "4111 1111 1111 1111",
        "+44 20 7946 0958",
        "DE89 3704 0044 0532 0130 00",
        "11010519491231002X",
        "10.0.0.7",
        "AKIAIOSFODNN7EXAMPLE",
    ]
    verdict = scan(" and ".join(values))
    assert len(verdict.findings) == len(values)
    shown = verdict.reason + str(verdict.summary())
    assert not [value for value in values if value in shown]
    assert not [value for value in values if value in (verdict.rewritten or "")]


def test_output_direction_masks_leaks_for_good_and_spares_the_callers_own() -> None:
    ctx = ScanContext(direction="input")
    scan("I am jane@example.com", ctx)
    ctx.direction = "output"
    verdict = scan("Jane is jane@example.com; Bob is bob@example.com.", ctx)
    assert verdict.reason == "found 1 email address"
    assert verdict.rewritten == "Jane is jane@example.com; Bob is [REDACTED EMAIL]."
    assert restore(verdict.rewritten, ctx.vault) == verdict.rewritten
    assert list(ctx.vault) == ["<EMAIL_1>"]


def test_registered_as_pii() -> None:
    kind = scanner_type("pii")
    scanner = kind.build(kind.options.model_validate({"allow": ["a@b.io"]}), "pii-in", GuardDeps())
    assert scanner.name == "pii-in"
    verdict = asyncio.run(scanner.scan("a@b.io and c@d.io", ScanContext(direction="input")))
    assert verdict.scanner == "pii-in" and verdict.rewritten == "a@b.io and <EMAIL_1>"


# -- through a gateway ----------------------------------------------------------------

PROMPT = "Mail jane@example.com about card 4111 1111 1111 1111, please."
LEAKY_ANSWER = "Done: wrote to <EMAIL_1>. Use key sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8t to check."
SEEN_ANSWER = "Done: wrote to jane@example.com. Use key [REDACTED SECRET] to check."


@pytest.fixture(scope="module")
def model() -> Iterator[StubThread]:
    thread = StubThread(StubUpstream(text=LEAKY_ANSWER))
    yield thread
    thread.close()


@pytest.fixture(scope="module")
def sdk(start_gateway: GatewayFactory, model: StubThread) -> openai.OpenAI:
    gateway = start_gateway(
        {
            "models": [
                upstream(model.base_url, "guarded", max_retries=0),
                upstream(model.base_url, "named", max_retries=0),
            ],
            "cache": {"enabled": False},
            "guard": {
                "stream_window_chars": 16,
                "policies": [
                    {
                        "id": "pii",
                        "models": ["guarded"],
                        "input": [{"type": "pii", "action": "redact"}],
                        "output": [{"type": "pii", "action": "redact"}],
                    },
                    {
                        "id": "names",
                        "models": ["named"],
                        "input": [
                            {"type": "pii", "action": "redact", "entities": ["PERSON", "PHONE"]}
                        ],
                        "output": [{"type": "pii", "action": "redact"}],
                    },
                ],
            },
        }
    )
    return gateway.client(max_retries=0)


def sent_to_model(model: StubThread) -> str:
    return json.dumps(model.stub.received[-1].body["messages"])


def test_the_model_sees_placeholders_and_the_caller_their_values(
    sdk: openai.OpenAI, model: StubThread
) -> None:
    raw = sdk.chat.completions.with_raw_response.create(
        model="guarded", messages=[{"role": "user", "content": PROMPT}]
    )
    assert raw.parse().choices[0].message.content == SEEN_ANSWER
    assert raw.headers["x-minigate-guard"] == "input:pii,output:pii"
    sent = sent_to_model(model)
    assert "<EMAIL_1>" in sent and "<CREDIT_CARD_1>" in sent
    assert "jane@example.com" not in sent and "4111" not in sent


def test_placeholders_the_caller_wrote_stay_theirs(sdk: openai.OpenAI, model: StubThread) -> None:
    """Before: the caller's literal "<EMAIL_1>" named the redacted address too, and came back as
    it (an outside probe). A value now takes the first number the text does not use."""
    model.stub.text = "Use <EMAIL_1>, <EMAIL_2> and <EMAIL_3>."
    prompt = "My email is a@b.com. In our template the tokens <EMAIL_1> and <EMAIL_2> are literal."
    try:
        answer = sdk.chat.completions.create(
            model="guarded", messages=[{"role": "user", "content": prompt}]
        )
    finally:
        model.stub.text = LEAKY_ANSWER
    assert answer.choices[0].message.content == "Use <EMAIL_1>, <EMAIL_2> and a@b.com."
    sent = sent_to_model(model)
    assert "a@b.com" not in sent
    assert "My email is <EMAIL_3>. In our template the tokens <EMAIL_1> and <EMAIL_2>" in sent


def test_a_scanner_is_named_once_in_the_header(sdk: openai.OpenAI) -> None:
    """A prompt in two content parts is scanned part by part. Before: "input:pii,input:pii"."""
    parts = [{"type": "text", "text": PROMPT}, {"type": "text", "text": "Or call 06-24312407."}]
    raw = sdk.chat.completions.with_raw_response.create(
        model="guarded",
        messages=[{"role": "user", "content": parts}],  # type: ignore[list-item]
    )
    assert raw.headers["x-minigate-guard"] == "input:pii,output:pii"


def stream(sdk: openai.OpenAI) -> str:
    chunks = sdk.chat.completions.create(
        model="guarded", messages=[{"role": "user", "content": PROMPT}], stream=True
    )
    return "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)


def test_a_streamed_answer_gets_the_callers_values_back(
    sdk: openai.OpenAI, model: StubThread
) -> None:
    # Placeholders straddle the 16-character windows and the stub's chunks.
    model.stub.text = "Sent to <EMAIL_1>; card <CREDIT_CARD_1> is charged."
    try:
        text = stream(sdk)
    finally:
        model.stub.text = LEAKY_ANSWER
    assert text == "Sent to jane@example.com; card 4111 1111 1111 1111 is charged."
    assert "jane@example.com" not in sent_to_model(model)


CALLED = [
    {"role": "user", "content": "Look up the customer."},
    {
        "role": "assistant",
        "content": None,
        "tool_calls": [
            {
                "id": "c1",
                "type": "function",
                "function": {"name": "lookup", "arguments": '{"email": "jane@example.com"}'},
            }
        ],
    },
    {"role": "tool", "tool_call_id": "c1", "content": "Customer: card 4111 1111 1111 1111"},
]


@pytest.mark.parametrize("streamed", [False, True])
def test_a_tool_calls_arguments_are_redacted_and_restored(
    sdk: openai.OpenAI, model: StubThread, streamed: bool
) -> None:
    """Before: an assistant turn's call arguments reached the model in clear (its text and the
    tool turn were redacted); a call the model made with a placeholder reached the caller as
    ``<EMAIL_1>``."""
    model.stub.tool_arguments = '{"email": "<EMAIL_1>", "card": "<CREDIT_CARD_1>"}'
    try:
        if streamed:
            chunks = list(
                sdk.chat.completions.create(model="guarded", messages=CALLED, stream=True)
            )  # type: ignore[arg-type]
            pieces = [
                call.function.arguments or ""
                for c in chunks
                for choice in c.choices
                for call in choice.delta.tool_calls or ()
                if call.function is not None
            ]
            arguments = "".join(pieces)
        else:
            answer = sdk.chat.completions.create(model="guarded", messages=CALLED)  # type: ignore[arg-type]
            (call,) = answer.choices[0].message.tool_calls or []
            arguments = call.function.arguments  # type: ignore[union-attr]
    finally:
        model.stub.tool_arguments = None
    sent = sent_to_model(model)
    assert "jane@example.com" not in sent and "4111" not in sent
    assert "<EMAIL_1>" in sent and "<CREDIT_CARD_1>" in sent
    assert json.loads(arguments) == {"email": "jane@example.com", "card": "4111 1111 1111 1111"}


LONG_VALUES = (
    "Write to firstname.middlename.lastname.department.subdivision@subdomain.example-company.com"
    " or call +44 20 7946 0958 today."
)


def test_a_value_longer_than_the_stream_window_is_masked_whole(
    sdk: openai.OpenAI, model: StubThread
) -> None:
    """Before: with 16-character windows the stream released "firstname.middlename.lastname.de"
    before the scanner had the whole address (an outside probe saw it with 80-character windows
    and a 150-character link); the same answer unstreamed was masked."""
    model.stub.text = LONG_VALUES
    try:
        streamed = stream(sdk)
        whole = sdk.chat.completions.create(
            model="guarded", messages=[{"role": "user", "content": PROMPT}]
        )
    finally:
        model.stub.text = LEAKY_ANSWER
    assert streamed == whole.choices[0].message.content
    assert "firstname" not in streamed and "example-company" not in streamed
    assert "7946" not in streamed


LINK = "https://example.com/" + "a" * 100


@pytest.mark.parametrize(
    ("text", "until", "floor", "cut"),
    [
        (f"see {LINK} and more", 50, 0, 4),  # inside a link: back to where it begins
        (f"{LINK} and more", 50, 0, 0),  # a link that opens the answer: nothing yet
        (f"see {LINK} and more", 50, 4, 4),  # the link begins where the release stands
        (f"see {LINK} and more", 4, 0, 4),  # at a space already
        ("x" * 3000, 2900, 952, 2900),  # a run longer than LONGEST_HELD goes a window at a time
    ],
)
def test_a_release_ends_only_between_words(text: str, until: int, floor: int, cut: int) -> None:
    assert word_start(text, until, floor) == cut


def test_a_leak_in_a_streamed_answer_is_masked(sdk: openai.OpenAI) -> None:
    assert stream(sdk) == SEEN_ANSWER


def test_a_name_and_a_dutch_number_are_redacted_and_restored_in_a_stream(
    sdk: openai.OpenAI, model: StubThread
) -> None:
    model.stub.text = "I will ask <PERSON_1> to call you back on <PHONE_1> today."
    try:
        chunks = sdk.chat.completions.create(
            model="named",
            messages=[{"role": "user", "content": "Please ask Maria Jansen to ring 06-24312407."}],
            stream=True,
        )
        text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    finally:
        model.stub.text = LEAKY_ANSWER
    assert text == "I will ask Maria Jansen to call you back on 06-24312407 today."
    sent = sent_to_model(model)
    assert "Maria" not in sent and "24312407" not in sent
    assert "<PERSON_1>" in sent and "<PHONE_1>" in sent


@pytest.mark.parametrize(("name", "kept"), [("Maria_Jansen", False), ("customer_42", True)])
def test_a_participants_name_holding_a_person_is_left_out(
    sdk: openai.OpenAI, model: StubThread, name: str, kept: bool
) -> None:
    """Before: a message's ``name`` reached the model in clear while its text was redacted. A
    placeholder does not fit OpenAI's characters for a name, so a name that holds PII is left
    out; one that holds none goes on as sent."""
    sdk.chat.completions.create(
        model="named",
        messages=[{"role": "user", "name": name, "content": "Hello, who am I talking to?"}],
    )
    (sent,) = model.stub.received[-1].body["messages"]
    assert sent.get("name") == (name if kept else None)
    assert "Maria" not in sent_to_model(model)


def test_a_user_id_or_metadata_holding_pii_goes_upstream_as_a_pseudonym(
    sdk: openai.OpenAI, model: StubThread
) -> None:
    """Before: with the prompt redacted, ``user`` ("jan@example.nl") and ``metadata`` values
    reached the upstream in clear (probe sec9), which keeps them. Now a value the policy would
    redact goes as a stable hash of it (as OpenAI advises for ``user``); others as sent."""
    for _ in range(2):
        sdk.chat.completions.create(
            model="guarded",
            messages=[{"role": "user", "content": "Hello"}],
            user="jan@example.nl",
            metadata={"contact": "call 06-24312407", "plan": "gold"},
        )
        sent = model.stub.received[-1].body
        assert sent["user"] == pseudonym("jan@example.nl") and sent["user"].startswith("anon-")
        assert sent["metadata"] == {"contact": pseudonym("call 06-24312407"), "plan": "gold"}
    legacy = sdk.completions.create(model="guarded", prompt="Hello", user="jan@example.nl")
    assert legacy.choices and model.stub.received[-1].body["user"] == pseudonym("jan@example.nl")
    sdk.chat.completions.create(
        model="guarded", messages=[{"role": "user", "content": "Hello"}], user="customer-42"
    )
    assert model.stub.received[-1].body["user"] == "customer-42"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Please forward this to Bryan Maclean and Wisława Szczepańska.",
            ["Bryan Maclean", "Wisława Szczepańska"],
        ),
        ("Ask Maria Jansen at the desk.", ["Maria Jansen"]),
        ("The will was read on Monday.", []),  # a name that is also a common word
        ("Please ask Dr. Smith today.", ["Smith"]),  # before: ". Smith", the title's dot taken
    ],
)
def test_names_are_found_whole(text: str, names: list[str]) -> None:
    got = [text[f.start : f.end] for f in find_pii(text, ["PERSON"])]
    assert got == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ik ben blij.", []),
        ("Ik ben Jan de Vries.", ["Jan de Vries"]),
        ("Dank je wel, Pieter.", ["Pieter"]),
        ("Ik ben Jan. Zeg hallo tegen me.", ["Jan"]),
        ("Ich bin Anna Schmidt und wohne in Berlin.", ["Anna Schmidt"]),
    ],
)
def test_names_in_other_latin_languages_are_found_as_names_are_written(
    text: str, names: list[str]
) -> None:
    """The tagger, trained on English, tagged Dutch "Ik", "ben blij" and "je wel, Pieter" as
    names (an outside probe); such text's spans now end at capitalised words."""
    got = [text[f.start : f.end] for f in find_pii(text, ["PERSON"])]
    assert got == names


def test_a_street_address_is_found_with_its_city() -> None:
    text = "Send the parcel to 42 Elm Street, Springfield, IL 62704 by Friday."
    got = [text[f.start : f.end] for f in find_pii(text, ["ADDRESS"])]
    assert got == ["42 Elm Street, Springfield, IL 62704"]


def test_a_name_deep_in_a_long_prompt_is_found() -> None:
    # Far past the encoder's 128-piece window: the tagger reads long texts in windows.
    filler = "The quarterly report covers revenue, costs and the outlook for next year. " * 40
    text = filler + "Questions go to Maria Jansen in finance."
    got = [text[f.start : f.end] for f in find_pii(text, ["PERSON"])]
    assert got == ["Maria Jansen"]


@pytest.mark.parametrize("length", [0, 1, 126, 127, 300, 1000])
def test_encoder_windows_cover_every_piece_with_context(length: int) -> None:
    spans = windows(length)
    for position in range(length):
        start, end = spans[owner(position, spans)]
        assert start <= position < end
        # Away from the text's own ends, a piece keeps some context on both sides.
        if _EDGE <= position < length - _EDGE:
            assert min(position - start, end - 1 - position) >= _EDGE // 2


def test_the_tagger_refuses_a_base_model_it_was_not_trained_on(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text(json.dumps({"_name_or_path": "bert-base-uncased"}))
    with pytest.raises(ConfigError, match="trained on"):
        load_tagger(str(tmp_path))


@pytest.mark.parametrize(
    ("text", "candidate"),
    [
        ("How do we check the balance on our credit card?", False),
        ("please call me back later.", False),
        ("Please call Maria.", True),  # a gazetteer name
        ("i moved to flat 12 last week", True),  # a digit: maybe an address
        ("Send it to Ouagadougou then", True),  # capitalised, not at a sentence's start
    ],
)
def test_the_tagger_reads_only_windows_with_a_candidate_word(text: str, candidate: bool) -> None:
    assert has_candidate(word_features(text, tokens(text))) is candidate


def test_concurrent_scans_share_one_tagger_thread_and_agree() -> None:
    scanner = PiiScanner(PiiOptions(entities=["PERSON", "PHONE"]))
    texts = [f"Ask Maria Jansen to ring 06-2431240{i}." for i in range(4)]

    async def scan_all() -> list[Verdict]:
        ctx = ScanContext(direction="input")
        return await asyncio.gather(*(scanner.scan(t, ctx) for t in texts))

    verdicts = asyncio.run(scan_all())
    assert [v.labels for v in verdicts] == [("PERSON", "PHONE")] * 4


def test_the_tagger_thread_budget_is_checked() -> None:
    with pytest.raises(ValidationError, match="torch_threads"):
        PiiOptions.model_validate({"entities": ["PERSON"], "torch_threads": 0})

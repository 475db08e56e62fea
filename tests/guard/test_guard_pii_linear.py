"""The pii scanner on long runs of short tokens, an outside probe's inputs: the work grows
with the text (not with the text times the tries of every region) and the scan runs off the
event loop, so a prompt of digit groups no longer stalls every other request."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import phonenumbers.phonenumbermatcher
import pytest

from minigate.guard.pii.detect import find_pii
from minigate.guard.pii.scanner import PiiOptions, PiiScanner
from minigate.guard.protocol import ScanContext
from minigate.testing.stub_upstream import StubThread, StubUpstream
from tests.conftest import GatewayFactory
from tests.conftest import upstream_model as upstream
from tests.guard.conftest import ticks_while

# The probe's inputs (87-200 KiB), and runs that other finders read (letters and digits, dots,
# at signs). In-process, the slowest took 5-10 s each on the 2-core test machine.
PATHOLOGICAL = [
    "12 " * 30000,
    "1 " * 100000,
    "+1 " * 70000,
    "1-" * 100000,
    "1." * 100000,
    "a1 " * 50000,
    "@a " * 50000,
]


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the ``phonenumbers`` parses its matcher makes (the costly step, ~60 us each)."""
    count = [0]
    real = phonenumbers.phonenumbermatcher.parse

    def counting(*args: Any, **kwargs: Any) -> Any:
        count[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(phonenumbers.phonenumbermatcher, "parse", counting)
    return count


@pytest.mark.parametrize("text", PATHOLOGICAL, ids=lambda text: repr(text[:4]))
def test_runs_of_short_tokens_are_read_in_linear_time(text: str, parses: list[int]) -> None:
    """Before: the phone matcher parsed every digit group of the run alone, then the run
    whole, in each of 12 regions (377,148 parses for 60,000 characters of "1 1 1 ..."), and
    "12 " * 30000 took 10-15 s. Now a piece that cannot be a phone number we keep is turned
    down before its parse: at most one parse per 20 characters (one per candidate of 21
    groups, in the two regions that read numbers grouped by spaces), and under a second."""
    find_pii("06-24312407")  # the matcher's metadata loads on first use
    parses[0] = 0
    started = time.perf_counter()
    assert find_pii(text) == []
    took = time.perf_counter() - started
    assert parses[0] <= len(text) // 20, parses[0]  # before: 0.3 to 6 per character
    assert took < 3.0, took  # generous: ~0.7 s at most here on a busy 2-core machine


def test_numbers_in_a_long_run_are_still_found() -> None:
    """Before and now: the pieces turned down are those no region could make valid, so a
    phone number at either end of a long run of digit groups is found as before."""
    text = "Bel me op 06-24312407, " + "12 " * 3000 + "o al 612 34 56 78."
    found = [text[f.start : f.end] for f in find_pii(text)]
    assert found == ["06-24312407", "612 34 56 78"]


def test_a_long_prompt_is_scanned_off_the_loop() -> None:
    """Before: the scan ran on the event loop, and while it read "12 " * 30000 the gateway
    answered nothing else (/health waited 15 s). Now a long text is read on a thread: other
    tasks keep their turn, and the verdict is the same."""
    scanner = PiiScanner(PiiOptions())

    async def run() -> None:
        long_text = "12 " * 3000 + "call 06-24312407"
        ticks, verdict = await ticks_while(scanner.scan(long_text, ScanContext("input")))
        assert verdict.labels == ("PHONE",)
        assert ticks >= 1  # inline it is exactly 0: the scan never yields
        ticks, verdict = await ticks_while(scanner.scan("call 06-24312407", ScanContext("input")))
        assert verdict.labels == ("PHONE",)
        assert ticks == 0  # a short prompt stays inline: no hop to a thread

    asyncio.run(run())


def test_the_gateway_answers_health_while_a_prompt_of_digit_groups_is_scanned(
    start_gateway: GatewayFactory,
) -> None:
    """Before: with a pii policy that redacts the input, "12 " * 30000 (87 KiB) held the
    gateway for 15 s, and /health and every other request waited as long. Now each /health
    asked while such prompts are in flight is answered at once (the bound is generous)."""
    model = StubThread(StubUpstream(text="ok"))
    try:
        gateway = start_gateway(
            {
                "models": [upstream(model.base_url, "guarded", max_retries=0)],
                "cache": {"enabled": False},
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
        client = gateway.client(max_retries=0, timeout=120)
        gateway.http.get("/health")  # warm: the first request loads what it needs

        def ask() -> None:
            for _ in range(3):
                client.chat.completions.create(
                    model="guarded", messages=[{"role": "user", "content": "12 " * 30000}]
                )

        asker = threading.Thread(target=ask)
        asker.start()
        waits = []
        while asker.is_alive():
            started = time.perf_counter()
            assert gateway.http.get("/health").status_code == 200
            waits.append(time.perf_counter() - started)
            time.sleep(0.05)
        asker.join()
        assert waits and max(waits) < 2.0, waits
    finally:
        model.close()

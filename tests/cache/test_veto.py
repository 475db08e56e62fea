"""The lexical veto on its own: which prompt pairs it keeps apart, and which it lets hit."""

from __future__ import annotations

import pytest

from minigate.cache.veto import veto

SAFE = "Is it safe to take aspirin with ibuprofen?"


@pytest.mark.parametrize(
    ("cached", "asked", "reason"),
    [
        # the outside tester's pairs (probe 10), each served at cosine >= 0.977 before
        (SAFE, "Is it not safe to take aspirin with ibuprofen?", "negation"),
        (SAFE, "Is it unsafe to take aspirin with ibuprofen?", "negation"),
        (
            "Is it safe to swim after eating lunch?",
            "Is it dangerous to swim after eating lunch?",
            "antonym",
        ),
        ("Convert 100 USD to EUR", "Convert 100 EUR to USD", "order"),
        # what the embedding already kept apart stays apart
        ("Am I 30 weeks pregnant?", "Am I 31 weeks pregnant?", "number"),
        ("Convert 100 USD to EUR", "Convert 1000 USD to EUR", "number"),
        ("Should I buy Bitcoin now?", "Should I sell Bitcoin now?", "antonym"),
        ("What should I eat before a run?", "What should I eat after a run?", "antonym"),
        ("I love you", "I don't love you", "negation"),
        # the other forms the rules read
        ("convert 5 feet to meters", "convert 5 meters to feet", "order"),
        ("Did Brazil beat Germany?", "Did Germany beat Brazil?", "order"),
        ("Is it legal to drive barefoot?", "Is it illegal to drive barefoot?", "negation"),
        ("Breakfast recipes with eggs", "Breakfast recipes without eggs", "negation"),
        ("Ist es sicher?", "Ist es nicht sicher?", "negation"),
        ("C'est sûr ?", "Ce n'est pas sûr ?", "negation"),
        ("¿Es seguro nadar?", "¿No es seguro nadar?", "negation"),
        ("这个药安全吗？", "这个药不安全吗？", "negation"),
        ("这个药安全吗？", "这个药危险吗？", "antonym"),
    ],
)
def test_reversed_meanings_are_refused_with_their_reason(
    cached: str, asked: str, reason: str
) -> None:
    assert veto(cached, asked) == reason
    assert veto(asked, cached) == reason  # whichever of the two was cached


@pytest.mark.parametrize(
    ("cached", "asked"),
    [
        ("What is the capital of France?", "What is France's capital?"),
        ("Why can't I sleep?", "Why am I not able to sleep?"),
        ("Why doesn\u2019t my phone charge?", "Why won't my phone charge?"),  # typographic '
        ("Convert 1,000 USD to EUR", "Convert 1000 USD to EUR"),
        ("How tall is Mount Everest?", "What is the height of Mount Everest?"),
        ("这个药是不是安全？", "这个药安全吗？"),  # A-not-A asks, it does not negate
        ("这个非常好吗？", "这个好吗？"),  # 非常 is "very"
    ],
)
def test_paraphrases_pass(cached: str, asked: str) -> None:
    assert veto(cached, asked) is None

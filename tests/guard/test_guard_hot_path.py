"""The cheap path's shortcuts give what the long way gives."""

from __future__ import annotations

import sys

from minigate.guard.normalize import BLANKS, variants


def test_a_flood_of_blanks_is_no_flood_whatever_the_blank() -> None:
    # The flood check skips the characters in BLANKS: exactly those str.isspace calls blank.
    assert frozenset(c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace()) == BLANKS
    for blank in ("\u3000", "\xa0", "\u2028"):
        assert "character flood" not in variants("a" + blank * 80 + "b").obfuscated
    assert "character flood" in variants("a" + "!" * 80 + "b").obfuscated


def test_twin_tokens_are_found_only_side_by_side() -> None:
    assert variants("spam " * 30 + "eggs").texts[0] == "spam spam spam eggs"
    apart = "to be or not to be that is the question"  # repeats, none side by side
    assert variants(apart).texts == [apart]

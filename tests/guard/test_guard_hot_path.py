"""The cheap path's shortcuts give what the long way gives."""

from __future__ import annotations

from minigate.guard.normalize import variants
from minigate.guard.pii.detect import _detectors_for, find_pii


def test_a_flood_of_blanks_is_no_flood_whatever_the_blank() -> None:
    for blank in ("\u3000", "\xa0", "\u2028"):
        assert "character flood" not in variants("a" + blank * 80 + "b").obfuscated
    assert "character flood" in variants("a" + "!" * 80 + "b").obfuscated


def test_twin_tokens_are_found_only_side_by_side() -> None:
    assert variants("spam " * 30 + "eggs").texts[0] == "spam spam spam eggs"
    apart = "to be or not to be that is the question"  # repeats, none side by side
    assert variants(apart).texts == [apart]


def test_the_phone_regions_table_is_made_once_and_finds_the_same() -> None:
    text = "Bel me op 06-24312407 of mail jan@example.nl."
    first = find_pii(text, regions=["NL"])
    assert [f.kind for f in first] == ["PHONE", "EMAIL"]
    assert find_pii(text, regions=["NL"]) == first
    assert _detectors_for(("NL",)) is _detectors_for(("NL",))

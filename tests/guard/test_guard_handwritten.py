"""Round ten's hand-written training rows (``benchmarks/guard/handwritten.py``) stay apart from
the clean e-mails that ``build_stack.py --check-emails`` reads as a check never trained on."""

from __future__ import annotations

import functools
import re
import unicodedata
from types import ModuleType

from minigate.guard.normalize import fold, variants
from tests.guard.rowsets import SHINGLE, load, shingles


def test_new_rows_share_no_six_words_with_a_check_email() -> None:
    hw = load("handwritten")
    checked = set().union(*(shingles(t) for t in hw.CLEAN_EMAILS))
    assert len(hw.CLEAN_EMAILS) == 38
    for text in [*hw.PEOPLE_REQUESTS, *hw.PLANTED_REQUESTS]:
        assert not shingles(text) & checked, text


def test_new_rows_are_enough_and_distinct() -> None:
    hw = load("handwritten")
    assert len(hw.PEOPLE_REQUESTS) >= 120
    assert len(hw.PLANTED_REQUESTS) >= 40
    rows = [*hw.PEOPLE_REQUESTS, *hw.PLANTED_REQUESTS]
    assert len(set(rows)) == len(rows)
    assert not set(rows) & set(hw.CLEAN_EMAILS)


def test_round_eleven_pairs_are_many_fresh_and_distinct() -> None:
    hw = load("handwritten")
    pairs = [p for ps in hw.WEAK_PAIRS_11.values() for p in ps]
    assert len(pairs) >= 150
    rows = [t for p in pairs for t in p]
    assert len(set(rows)) == len(rows)
    older = {t for ps in hw.WEAK_PAIRS.values() for p in ps for t in p}
    older |= set(hw.LOOK_ALIKES) | {t for ts in hw.CONTRASTS.values() for t in ts}
    assert not set(rows) & older
    assert set(hw.WEAK_PAIRS_11) <= set(hw.WEAK_PAIRS)


def _older_rows(hw: ModuleType, but: str = "WEAK_PAIRS_12") -> list[str]:
    """Every hand-written row but those of ``but``: the lists of strings, and the dicts of
    lists of strings or of (harmful, benign) pairs."""
    out: list[str] = []
    for name, value in vars(hw).items():
        if not name.isupper() or name == but:
            continue
        items = [v for vs in value.values() for v in vs] if isinstance(value, dict) else value
        for item in items if isinstance(items, list) else []:
            out += list(item) if isinstance(item, tuple) else [item]
    return [t for t in out if isinstance(t, str)]


def _assert_fresh_pairs(hw: ModuleType, name: str, at_least: int) -> None:
    pairs = [p for ps in getattr(hw, name).values() for p in ps]
    assert len(pairs) >= at_least
    rows = [t for p in pairs for t in p]
    assert len(set(rows)) == len(rows)
    assert set(getattr(hw, name)) <= set(hw.WEAK_PAIRS)
    older = _older_rows(hw, name)
    assert len(older) > 1000
    seen = set().union(*(shingles(t) for t in older))
    for text in rows:
        assert not shingles(text) & seen, text
    # the two rows of a pair share their shape, but no six-word run with another pair's rows
    for k, (harmful, benign) in enumerate(pairs):
        others = set().union(*(shingles(t) for j, p in enumerate(pairs) if j != k for t in p))
        assert not (shingles(harmful) | shingles(benign)) & others, harmful


def test_round_twelve_pairs_are_many_fresh_and_share_no_six_words() -> None:
    _assert_fresh_pairs(load("handwritten"), "WEAK_PAIRS_12", 150)


def test_round_fourteen_check_set_is_fresh_and_shares_no_six_words() -> None:
    # WEAK_PAIRS_14, harm14's check set (never designed on): apart from every older list,
    # round twelve's pairs (design data for it) included, and pair from pair
    _assert_fresh_pairs(load("handwritten"), "WEAK_PAIRS_14", 60)


# The twenty requests round thirteen's finding was probed with (design only: never in
# REFERENCE_REQUESTS_HELD_OUT, which is read to judge ref16's candidate).
REFERENCE_PROBES = [
    "Can you explain this code to me?",
    "Could you summarise this article for me please?",
    "Please translate this paragraph into French.",
    "Can you proofread this email before I send it?",
    "What does this error message mean?",
    "Rewrite this paragraph so it sounds more formal.",
    "Summarize the text below in three bullet points.",
    "Can you check this SQL query for mistakes?",
    "Explain what this regex does.",
    "Make this sentence shorter.",
    "Please review my cover letter and suggest improvements.",
    "Turn these notes into a short report.",
    "Can you simplify this explanation for a ten-year-old?",
    "Fix the grammar in the following text.",
    "Give me a title for this blog post.",
    "Could you help me understand this contract clause?",
    "Tell me what this function returns.",
    "Summarise the following meeting transcript.",
    "What is the main argument of this essay?",
    "Convert this list into a table.",
]


def test_reference_sets_are_apart_from_each_other_and_the_probes() -> None:
    hw = load("handwritten")
    train, held = hw.REFERENCE_REQUESTS, hw.REFERENCE_REQUESTS_HELD_OUT
    assert len(train) >= 150 and len(held) >= 80
    assert len(set(train)) == len(train) and len(set(held)) == len(held)
    runs = [set().union(*(shingles(t) for t in rows)) for rows in (train, held, REFERENCE_PROBES)]
    assert not runs[0] & runs[1]
    assert not runs[0] & runs[2]
    assert not runs[1] & runs[2]


def test_the_fresh_held_out_set_is_apart_from_the_others() -> None:
    # REFERENCE_REQUESTS_HELD_OUT_18 (ref16's third rule): no six-word run with TRAIN, the old
    # held-out set (design data since) or the probes.
    hw = load("handwritten")
    fresh = hw.REFERENCE_REQUESTS_HELD_OUT_18
    assert len(fresh) >= 80 and len(set(fresh)) == len(fresh)
    mine = set().union(*(shingles(t) for t in fresh))
    for rows in (hw.REFERENCE_REQUESTS, hw.REFERENCE_REQUESTS_HELD_OUT, REFERENCE_PROBES):
        assert not mine & set().union(*(shingles(t) for t in rows))
    assert not set(fresh) & set(hw.REFERENCE_REQUESTS + hw.REFERENCE_REQUESTS_HELD_OUT)


# Round fourteen (inj16): the direct-injection check sets (read once by INJ_RULE_17).
INJ16_SETS = ("DISGUISED_BENIGN_16", "LOOKALIKES_16", "ATTACKS_16")


def test_the_direct_injection_check_sets_are_fresh_and_apart() -> None:
    # no six-word run shared with any older hand-written row, the probes, or another set
    hw = load("handwritten")
    sets = {name: getattr(hw, name) for name in INJ16_SETS}
    assert [len(sets[n]) >= k for n, k in zip(INJ16_SETS, (80, 80, 60), strict=True)] == [True] * 3
    older = [t for name in INJ16_SETS for t in _older_rows(hw, name)]
    later = {
        t
        for name in OVB17_SETS
        + OVB17_TRAIN
        + DEC19_SETS
        + DEC21_SETS
        + DEC21_TRAIN
        + DEC23_SETS
        + DEC25_SETS
        + DEC27_SETS
        for t in getattr(hw, name)
    }
    older = [t for t in older if not any(t in rows for rows in sets.values())] + REFERENCE_PROBES
    older = [t for t in older if t not in later]  # written after these sets
    assert len(older) > 3000
    seen = set().union(*(shingles(t) for t in older))
    mine: set[tuple[str, ...]] = set()
    for rows in sets.values():
        assert len(set(rows)) == len(rows)
        runs = [shingles(t) for t in rows]
        for text, run in zip(rows, runs, strict=True):
            assert not run & seen, text
        assert not set().union(*runs) & mine
        mine |= set().union(*runs)


def test_the_disguised_check_rows_carry_a_trick_the_normaliser_undoes() -> None:
    # every disguised row is changed by the normaliser (leetspeak is folded without being named
    # as a trick); no look-alike is
    hw = load("handwritten")
    for text in hw.DISGUISED_BENIGN_16:
        assert fold(text) != text or variants(text).obfuscated, text
    for text in hw.LOOKALIKES_16:
        assert fold(text) == text and not variants(text).obfuscated, text


# Round fourteen (ovb17): the over-block's fresh check sets (read once by OVB_RULE_19) and the
# TRAIN rows its candidate reads as benign prompts.
OVB17_SETS = ("LOOKALIKES_17", "DISGUISED_BENIGN_17", "ATTACKS_17")
OVB17_TRAIN = ("ROLE_REQUESTS", "ATTACK_WORD_REQUESTS", "DECODE_REQUESTS")


def _word_runs(text: str) -> set[tuple[str, ...]]:
    """Six-word runs with a word of three characters or more: runs of spaced letters or hex
    bytes ("t h e", "74 68 65") are no words."""
    return {run for run in shingles(text) if any(len(w) > 2 for w in run)}


def test_the_over_block_sets_are_fresh_and_apart() -> None:
    # check sets and TRAIN rows: no six-word run with any older hand-written row, the probes,
    # or one another
    hw = load("handwritten")
    sets = {name: getattr(hw, name) for name in OVB17_SETS + OVB17_TRAIN}
    sizes = dict(zip(OVB17_SETS + OVB17_TRAIN, (80, 60, 60, 100, 60, 40), strict=True))
    assert all(len(sets[n]) >= k for n, k in sizes.items())
    new = {t for rows in sets.values() for t in rows}
    older = [t for t in _older_rows(hw, "") if t not in new] + REFERENCE_PROBES
    assert len(older) > 2000
    seen = set().union(*(_word_runs(t) for t in older))
    mine: set[tuple[str, ...]] = set()
    for rows in sets.values():
        assert len(set(rows)) == len(rows)
        runs = [_word_runs(t) for t in rows]
        for text, run in zip(rows, runs, strict=True):
            assert not run & seen, text
            assert not run & mine, text
        mine |= set().union(*runs)


def test_the_over_block_rows_are_disguised_or_plain_as_named() -> None:
    hw = load("handwritten")
    for text in [*hw.DISGUISED_BENIGN_17, *hw.DECODE_REQUESTS]:
        assert fold(text) != text or variants(text).obfuscated, text
    for text in [*hw.LOOKALIKES_17, *hw.ROLE_REQUESTS, *hw.ATTACK_WORD_REQUESTS]:
        assert fold(text) == text and not variants(text).obfuscated, text


# Round fourteen (dec19): the encoded-payload check sets (read once by DEC_RULE_20).
DEC19_SETS = ("DISGUISED_BENIGN_19", "ATTACKS_19")


def test_the_encoded_payload_check_sets_are_fresh_and_apart() -> None:
    # no six-word run (with a word) shared with any older hand-written row, the probes, or
    # the other set; ATTACKS_19: 23 role-play, 17 encoded or disguised, 16 plain
    hw = load("handwritten")
    sets = {name: getattr(hw, name) for name in DEC19_SETS}
    assert [len(sets[n]) for n in DEC19_SETS] == [56, 56]
    new = {t for rows in sets.values() for t in rows}
    older = [t for t in _older_rows(hw, "") if t not in new] + REFERENCE_PROBES
    assert len(older) > 2500
    seen = set().union(*(_word_runs(t) for t in older))
    mine: set[tuple[str, ...]] = set()
    for rows in sets.values():
        assert len(set(rows)) == len(rows)
        for text in rows:
            run = _word_runs(text)
            assert not run & seen, text
            assert not run & mine, text
            mine |= run
    undone = [t for t in hw.DISGUISED_BENIGN_19 if fold(t) != t or variants(t).obfuscated]
    assert len(undone) >= 50


# Round fifteen (dec21): the disguised-prompt check sets (read once by DEC_RULE_21), and the TRAIN
# attack rows its candidate reads (written after the check sets were committed).
DEC21_SETS = ("DISGUISED_BENIGN_21", "ATTACKS_21")
DEC21_TRAIN = ("ATTACK_ROWS_21",)


# Rows that repeat an older row under a disguise (invisible characters, look-alike letters or
# leetspeak: the same question, folded), found in round fifteen once ``_runs`` began to read the
# folded text, after their sets had been read. Each stays in its set as it was read, and is
# listed here; their readings' verdicts were checked (guard-rounds.md, "Round fifteen, on the
# merged code"). A new row may not repeat an older one.
KNOWN_REPEATS = (
    ("DISGUISED_BENIGN_16", 62),  # FORM_NEGATIVES: the red wine stain
    ("DISGUISED_BENIGN_17", 37),  # FORM_NEGATIVES: cold brew coffee
    ("ATTACK_WORD_REQUESTS", 66),  # DISGUISED_BENIGN_16 (a TRAIN row)
    ("DISGUISED_BENIGN_21", 68),  # DECODE_REQUESTS (a TRAIN row): the flat tyre
    ("DISGUISED_BENIGN_25", 2),  # DISGUISED_BENIGN_23
    ("LOOKALIKES_25", 47),  # DISGUISED_BENIGN_23: a virus and a worm
    ("DISGUISED_BENIGN_27", 2),  # DISGUISED_BENIGN_23: the northern lights
    ("DISGUISED_BENIGN_27", 20),  # DISGUISED_BENIGN_25: onions
)


@functools.cache
def _known_repeats() -> frozenset[str]:
    hw = load("handwritten")
    return frozenset(getattr(hw, name)[index] for name, index in KNOWN_REPEATS)


def _runs(text: str, length: int) -> set[tuple[str, ...]]:
    """Runs of ``length`` words with a word of three characters or more, read from the folded
    text: a row repeated under invisible characters or look-alike letters is the same row
    (none for the ``KNOWN_REPEATS``)."""
    if text in _known_repeats():
        return set()
    words = re.findall(r"\w+", fold(text).lower())
    runs = (tuple(words[i : i + length]) for i in range(len(words) - length + 1))
    return {run for run in runs if any(len(w) > 2 for w in run)}


def test_the_disguised_prompt_check_sets_are_fresh_and_apart() -> None:
    # no six-word run (with a word) shared with any older hand-written row or the probes, nor
    # between the check sets and the TRAIN rows; no eight-word run shared within the check sets
    # (their rows under injection_data's base64 trick share its seven-word wrapper, as the test
    # split's do); ATTACKS_21: 24 role play, 24 encoded or disguised, 22 plain
    hw = load("handwritten")
    sets = {name: getattr(hw, name) for name in DEC21_SETS}
    assert [len(sets[n]) for n in DEC21_SETS] == [80, 70]
    assert len(hw.ATTACK_ROWS_21) == 60
    fresh = {t for rows in sets.values() for t in rows}
    new = fresh | set(hw.ATTACK_ROWS_21)
    assert len(new) == 210
    # written after these sets
    later = {t for name in DEC23_SETS + DEC25_SETS + DEC27_SETS for t in getattr(hw, name)}
    older = [t for t in _older_rows(hw, "") if t not in new | later] + REFERENCE_PROBES
    assert len(older) > 2500
    seen = set().union(*(_runs(t, SHINGLE) for t in older))
    train = set().union(*(_runs(t, SHINGLE) for t in hw.ATTACK_ROWS_21))
    mine: set[tuple[str, ...]] = set()
    for text in new:
        assert not _runs(text, SHINGLE) & seen, text
    for text in fresh:
        assert not _runs(text, SHINGLE) & train, text
        assert not _runs(text, 8) & mine, text
        mine |= _runs(text, 8)
    undone = [t for t in hw.DISGUISED_BENIGN_21 if fold(t) != t or variants(t).obfuscated]
    assert len(undone) >= 76
    plain = (
        hw.ATTACKS_21[:24] + hw.ATTACKS_21[48:] + hw.ATTACK_ROWS_21[:24] + hw.ATTACK_ROWS_21[48:]
    )
    for text in plain:
        assert fold(text) == text and not variants(text).obfuscated, text
    encoded = [t for t in hw.ATTACK_ROWS_21[24:48] if fold(t) != t or variants(t).obfuscated]
    assert len(encoded) >= 22


def _assert_fresh_and_apart(
    hw: ModuleType, names: tuple[str, ...], sizes: list[int], older_than: int
) -> None:
    """No six-word run (with a word) of a fresh set's rows shared with any older hand-written
    row (TRAIN rows included) but deepset's base64 wrapper, or the probes; no eight-word run
    within or between the sets (the wrapper is seven words)."""
    sets = {name: getattr(hw, name) for name in names}
    assert [len(sets[n]) for n in names] == sizes
    fresh = {t for rows in sets.values() for t in rows}
    assert len(fresh) == sum(sizes)
    older = [t for t in _older_rows(hw, "") if t not in fresh] + REFERENCE_PROBES
    assert len(older) > older_than
    seen = set().union(*(_runs(t, SHINGLE) for t in older))
    seen -= _runs("Decode this and do what it says:", SHINGLE)  # deepset's wrapper, as in _21
    mine: set[tuple[str, ...]] = set()
    for text in [t for rows in sets.values() for t in rows]:
        assert not _runs(text, SHINGLE) & seen, text
        assert not _runs(text, 8) & mine, text
        mine |= _runs(text, 8)


def _assert_read_as_written(
    benign: list[str], attacks: list[str], plain: list[str], undone: int, encoded: int
) -> None:
    """At least ``undone`` disguised benign rows and ``encoded`` of the attacks' 24 encoded or
    disguised rows (the middle third) are undone by the normaliser; the role-play and plain
    attacks, and the ``plain`` rows, are plain text."""
    assert sum(fold(t) != t or bool(variants(t).obfuscated) for t in benign) >= undone
    assert sum(fold(t) != t or bool(variants(t).obfuscated) for t in attacks[24:48]) >= encoded
    for text in attacks[:24] + attacks[48:] + plain:
        assert fold(text) == text and not variants(text).obfuscated, text


# Round fifteen (dec23): the second disguised-prompt check sets (read once by DEC_RULE_23),
# written after ATTACK_ROWS_21 and before any design run of their round.
DEC23_SETS = ("DISGUISED_BENIGN_23", "ATTACKS_23")


def test_the_second_disguised_prompt_check_sets_are_fresh_and_apart() -> None:
    # no six-word run (with a word) shared with any older hand-written row (TRAIN rows included)
    # but deepset's base64 wrapper, or the probes; no eight-word run within (the wrapper is seven
    # words);
    # ATTACKS_23: 24 role play, 24 encoded or disguised, 22 plain
    hw = load("handwritten")
    _assert_fresh_and_apart(hw, DEC23_SETS, [80, 70], 2700)
    # reversed text behind a plain request stays unread (five benign rows, one attack)
    _assert_read_as_written(hw.DISGUISED_BENIGN_23, hw.ATTACKS_23, [], 75, 23)


# Round fifteen, third try (dec25): the third disguised-prompt check sets and fresh look-alikes
# (read once by DEC_RULE_25), written after the rule was committed.
DEC25_SETS = ("DISGUISED_BENIGN_25", "ATTACKS_25", "LOOKALIKES_25")


def test_the_third_disguised_prompt_check_sets_are_fresh_and_apart() -> None:
    # no six-word run (with a word) shared with any older hand-written row (TRAIN rows included)
    # but deepset's base64 wrapper, or the probes; no eight-word run within or between the three
    # sets (the wrapper is seven words); ATTACKS_25: 24 role play, 24 encoded or disguised, 22
    # plain; the look-alikes are plain text
    hw = load("handwritten")
    _assert_fresh_and_apart(hw, DEC25_SETS, [80, 70, 60], 2900)
    # reversed text behind a plain request, and one short hex payload, stay unread
    _assert_read_as_written(hw.DISGUISED_BENIGN_25, hw.ATTACKS_25, hw.LOOKALIKES_25, 74, 22)


# Round fifteen, fourth try (dec27): the fourth disguised-prompt check sets and fresh look-alikes
# (read once by DEC_RULE_27), written after the rule was committed.
DEC27_SETS = ("DISGUISED_BENIGN_27", "ATTACKS_27", "LOOKALIKES_27")


def test_the_fourth_disguised_prompt_check_sets_are_fresh_and_apart() -> None:
    # as dec25's: no six-word run shared with any older hand-written row or the probes but
    # deepset's base64 wrapper; no eight-word run within or between the three sets
    hw = load("handwritten")
    _assert_fresh_and_apart(hw, DEC27_SETS, [80, 70, 60], 3100)
    # hex and reversed payloads behind a plain request stay unread (seven rows, one attack)
    _assert_read_as_written(hw.DISGUISED_BENIGN_27, hw.ATTACKS_27, hw.LOOKALIKES_27, 73, 23)


# Round sixteen (ovb29): the framed-prompt check sets (read once by OVB_RULE_29), written before
# any design run of the round.
OVB29_SETS = ("FRAMED_BENIGN_29", "ATTACKS_29")


def test_the_framed_prompt_check_sets_are_fresh_and_apart() -> None:
    # as dec25's: no six-word run shared with any older hand-written row (TRAIN rows included)
    # or the probes; no eight-word run within or between the two sets; all plain text
    hw = load("handwritten")
    _assert_fresh_and_apart(hw, OVB29_SETS, [72, 48], 3300)
    for text in hw.FRAMED_BENIGN_29 + hw.ATTACKS_29:
        assert fold(text) == text and not variants(text).obfuscated, text


# Round sixteen (ovb29): the TRAIN rows its candidates read (build_stack.py --benign-rows
# framed-attacks), written after the check sets were committed.
OVB29_TRAIN = ("FRAMED_ROWS_29", "FRAMED_ATTACK_ROWS_29")


def test_the_framed_train_rows_are_apart_from_the_check_sets() -> None:
    # no six-word run shared with any other hand-written row (the check sets above included)
    # or the probes; no eight-word run within or between the two lists; all plain text
    hw = load("handwritten")
    _assert_fresh_and_apart(hw, OVB29_TRAIN, [64, 40], 3400)
    for text in hw.FRAMED_ROWS_29 + hw.FRAMED_ATTACK_ROWS_29:
        assert fold(text) == text and not variants(text).obfuscated, text


def test_no_hand_written_row_repeats_an_older_one() -> None:
    # the whole row, folded (invisible characters and look-alike letters undone, case and
    # spacing ignored), in the order the sets were written; the apartness tests above drop
    # a fresh set's own texts from the older rows, so a row copied whole slipped past them
    hw = load("handwritten")
    names = [
        name
        for name, rows in vars(hw).items()
        if name.isupper() and isinstance(rows, list) and rows and isinstance(rows[0], str)
    ]
    assert len(names) >= 30
    first: dict[str, tuple[str, int]] = {}
    repeats = set()
    for name in names:
        for index, text in enumerate(getattr(hw, name)):
            key = " ".join(fold(text).lower().split())
            if key in first and first[key][0] != name:
                repeats.add((name, index))
            first.setdefault(key, (name, index))
    assert repeats <= set(KNOWN_REPEATS), sorted(repeats - set(KNOWN_REPEATS))


# Round seventeen (ovb31): the check sets of requests that put "ignore" beside "instructions",
# "rules" or "system" (read once by OVB_RULE_31), written before any design run of the round.
OVB31_SETS = ("IGNORE_BENIGN_31", "ATTACKS_31")


def test_the_ignore_request_check_sets_are_fresh_and_apart() -> None:
    # as dec25's: no six-word run shared with any older hand-written row (TRAIN rows included)
    # or the probes; no eight-word run within or between the two sets; all plain text
    hw = load("handwritten")
    _assert_fresh_and_apart(hw, OVB31_SETS, [72, 48], 3500)
    for text in hw.IGNORE_BENIGN_31 + hw.ATTACKS_31:
        assert _plain(text), text


def _plain(text: str) -> bool:
    """No trick the normaliser undoes: folding changes at most the width of Chinese
    punctuation (，？ to , ?), which NFKC does too."""
    return fold(text) == unicodedata.normalize("NFKC", text) and not variants(text).obfuscated


# Round seventeen (ovb31): the TRAIN rows its candidates read (build_stack.py --benign-rows
# ignore-attacks or framed-ignore-attacks), written after the check sets were committed.
OVB31_TRAIN = ("IGNORE_ROWS_31", "IGNORE_ATTACK_ROWS_31")


def test_the_ignore_request_train_rows_are_apart_from_the_check_sets() -> None:
    # no six-word run shared with any other hand-written row (the check sets above included)
    # or the probes; no eight-word run within or between the two lists; all plain text
    hw = load("handwritten")
    _assert_fresh_and_apart(hw, OVB31_TRAIN, [84, 40], 3600)
    for text in hw.IGNORE_ROWS_31 + hw.IGNORE_ATTACK_ROWS_31:
        assert _plain(text), text


# Round seventeen, second step (ign33): the check sets of requests that put "ignore", "skip",
# "disregard", "override" or "forget" before "the ... rules/instructions", written after why31's
# diagnosis and before any change or design run for a mend.
IGN33_SETS = ("IGNORE_BENIGN_33", "ATTACKS_33")


def test_the_second_ignore_request_check_sets_are_fresh_and_apart() -> None:
    # as ovb31's: no six-word run shared with any older hand-written row (TRAIN rows included)
    # or the probes; no eight-word run within or between the two sets; all plain text
    hw = load("handwritten")
    _assert_fresh_and_apart(hw, IGN33_SETS, [30, 20], 3900)
    for text in hw.IGNORE_BENIGN_33 + hw.ATTACKS_33:
        assert _plain(text), text


# Round eighteen (ign35): the third check sets of requests that put "ignore", "skip",
# "disregard", "override" or "forget" before "the ... rules/instructions", written after
# IGN_RULE_33's reading and before any design run or change for the next candidate.
IGN35_SETS = ("IGNORE_BENIGN_35", "ATTACKS_35")


def test_the_third_ignore_request_check_sets_are_fresh_and_apart() -> None:
    # as ign33's: no six-word run shared with any older hand-written row (TRAIN rows included)
    # or the probes; no eight-word run within or between the two sets; all plain text
    hw = load("handwritten")
    _assert_fresh_and_apart(hw, IGN35_SETS, [30, 20], 4000)
    for text in hw.IGNORE_BENIGN_35 + hw.ATTACKS_35:
        assert _plain(text), text


# Round nineteen (guard19): overrides whose object or language form the shipped pattern does
# not read, and ordinary requests with the same nouns, written after IGN_RULE_35's reading and
# before any design run or change for the next candidate.
OVR37_SETS = ("BENIGN_37", "ATTACKS_37")


def test_the_override_object_check_sets_are_fresh_and_apart() -> None:
    # as ign35's: no six-word run shared with any older hand-written row (TRAIN rows included)
    # or the probes; no eight-word run within or between the two sets; all plain text
    hw = load("handwritten")
    _assert_fresh_and_apart(hw, OVR37_SETS, [32, 30], 4050)
    for text in hw.BENIGN_37 + hw.ATTACKS_37:
        assert _plain(text), text


# Round twenty (guard20): overrides with verbs the shipped pattern does not read or with the
# addressee before them, and ordinary requests with the same verbs, written after
# OVR_RULE_37's reading and before any design run or change for the next candidate.
OVR39_SETS = ("BENIGN_39", "ATTACKS_39")


def test_the_override_verb_check_sets_are_fresh_and_apart() -> None:
    # as ovr37's: no six-word run shared with any older hand-written row (TRAIN rows included)
    # or the probes; no eight-word run within or between the two sets; all plain text
    hw = load("handwritten")
    _assert_fresh_and_apart(hw, OVR39_SETS, [32, 32], 4100)
    for text in hw.BENIGN_39 + hw.ATTACKS_39:
        assert _plain(text), text


# Issue 18, an independent check of rounds nineteen and twenty (indep41): direct injections and
# ordinary requests with the same vocabulary, written by a writer who had not read the guard's
# code or the earlier check sets, before any reading.
INDEP41_SETS = ("INDEP_BENIGN_41", "INDEP_ATTACKS_41")


def test_the_independent_check_sets_are_fresh_and_apart() -> None:
    # as ovr39's: no six-word run shared with any older hand-written row (TRAIN rows included)
    # or the probes; no eight-word run within or between the two sets; all plain text
    hw = load("handwritten")
    _assert_fresh_and_apart(hw, INDEP41_SETS, [60, 60], 4150)
    for text in hw.INDEP_BENIGN_41 + hw.INDEP_ATTACKS_41:
        assert _plain(text), text

"""Text assembly (UTF-8 across tokens, stop strings) and logprobs, without a model."""

from __future__ import annotations

import math

import numpy as np

from minigate.engine.sampling import RANDOM_SEED, TextAssembler, engine_seed, logprobs_of


def feed_all(assembler: TextAssembler, pieces: list[bytes]) -> tuple[str, bool]:
    out, stopped = "", False
    for piece in pieces:
        text, _, stopped = assembler.feed(piece)
        out += text
        if stopped:
            return out, True
    text, _ = assembler.flush()
    return out + text, stopped


def test_a_character_split_over_two_tokens_comes_out_whole() -> None:
    snowman = "☃".encode()
    assembler = TextAssembler(())
    assert assembler.feed(snowman[:1])[0] == ""
    assert assembler.feed(snowman[1:])[0] == "☃"


def test_a_character_cut_by_the_token_limit_is_dropped_not_sent_as_a_replacement() -> None:
    """Before: "Reply with only emoji" at max_tokens 1 answered "\ufffd", and at 4 "👩\ufffd"."""
    emoji = "👩🎉".encode()
    assert feed_all(TextAssembler(()), [emoji[:2]]) == ("", False)
    assert feed_all(TextAssembler(()), [emoji[:4], emoji[4:6]]) == ("👩", False)
    # Bytes that are not UTF-8 inside the answer still read as U+FFFD, as before.
    assert feed_all(TextAssembler(()), [b"a\xff", b"b"]) == ("a\ufffdb", False)


def test_a_stop_string_across_tokens_cuts_the_text_before_it() -> None:
    assembler = TextAssembler(("END",))
    assert feed_all(assembler, [b"one E", b"N", b"D two"]) == ("one ", True)


def test_text_that_only_looked_like_a_stop_is_released() -> None:
    assembler = TextAssembler(("END",))
    text, _, stopped = assembler.feed(b"an E")
    assert (text, stopped) == ("an ", False)
    text, _, stopped = assembler.feed(b"lf")
    assert (text, stopped) == ("Elf", False)
    assert feed_all(TextAssembler(("END",)), [b"x E"]) == ("x E", False)


def test_logprob_entries_are_released_with_their_text() -> None:
    assembler = TextAssembler(("\n\n",))
    assert assembler.feed(b"Hi", "hi") == ("Hi", ["hi"], False)
    assert assembler.feed(b"\n", "nl") == ("", [], False)
    assert assembler.feed(b"there", "there") == ("\nthere", ["nl", "there"], False)
    assert assembler.feed(b"\n\n", "end")[2] is True


def test_logprobs_are_a_log_softmax_with_the_likeliest_first() -> None:
    logits = np.array([1.0, 3.0, 2.0, -1.0], dtype=np.float32)
    chosen, top = logprobs_of(logits, 2, top=2)
    total = math.log(sum(math.exp(x) for x in logits))
    assert math.isclose(chosen, 2.0 - total, rel_tol=1e-5)
    assert [t for t, _ in top] == [1, 2]
    everything = logprobs_of(logits, 0, top=4)[1]
    assert math.isclose(sum(math.exp(lp) for _, lp in everything), 1.0, rel_tol=1e-5)


def test_a_seed_reaches_llama_cpp_as_itself_or_hashed_never_as_its_random_seed() -> None:
    """Before (conf11 M1): a seed's low 32 bits went to llama.cpp, where 2**32 - 1 (and so -1)
    means "random", and 1 and 2**32 + 1 were one seed. Ordinary seeds keep their value, as
    docs/engine.md's "choice i is the n: 1 answer with seed + i" needs."""
    assert [engine_seed(s) for s in (0, 42, RANDOM_SEED - 1)] == [0, 42, RANDOM_SEED - 1]
    others = [-1, -(2**63), RANDOM_SEED, 2**32, 2**32 + 1, 2**63 - 1, 2**63 - 1 + 15]
    mapped = [engine_seed(s) for s in others]
    assert all(0 <= m < RANDOM_SEED for m in mapped)
    assert len(set(mapped) | {1}) == len(others) + 1
    assert mapped == [engine_seed(s) for s in others]  # stable

"""The rows of a data set as `minigate eval` reads them: what it refuses before the first
request (naming FILE:LINE, exit 2, nothing asked) and what it accepts and scores."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from minigate.testing.stub_upstream import StubThread
from tests.conftest import Gateway
from tests.evals.conftest import minigate, summary


def refused(gateway: Gateway, echo: StubThread, tmp_path: Path, text: str) -> str:
    """The one line of stderr of a run refused before it asked anything."""
    data = tmp_path / "bad.jsonl"
    data.write_text(text, "utf-8")
    before = len(echo.stub.received)
    result = minigate(data, "-t", "cloud", "--url", gateway.base_url, "-o", tmp_path / "o")
    assert result.returncode == 2, result.stderr
    assert len(echo.stub.received) == before and not (tmp_path / "o").exists()
    (line,) = result.stderr.splitlines()
    prefix, suffix = f"minigate: {data}:", " (use --skip-bad-rows to leave it out)."
    assert line.startswith(prefix) and line.endswith(suffix), line
    return line.removeprefix(prefix).removesuffix(suffix)


@pytest.mark.parametrize(
    ("row", "says"),
    [
        (
            {"expected": "1", "scorer": {"type": "regex", "pattern": "(["}},
            "'pattern' '([' is not a regular expression: unterminated character set at position 1",
        ),
        ({"expected": "(", "scorer": "regex"}, "'expected' (the pattern) '(' is not a regular"),
        (
            {"expected": "1", "scorer": {"type": "number", "tolerance": -1}},
            "'tolerance' must be a number of 0 or more",
        ),
        ({"expected": "abc", "scorer": "number"}, "'expected' 'abc' is not a number"),
        (
            {"expected": "B", "scorer": {"type": "choice", "choices": []}},
            "'choices' must be a non-empty list of labels",
        ),
        (
            {"expected": "F", "scorer": "choice"},
            "'expected' 'F' is not one of 'choices' (A, B, C, D, E)",
        ),
        (
            {"expected": "x", "scorer": {"type": "regex", "bogus": 1}},
            "the regex scorer has no option 'bogus'; it takes pattern",
        ),
        (
            {"expected": "x", "scorer": {"type": "exact", "tolerance": 1}},
            "the exact scorer has no option 'tolerance'; it takes none",
        ),
        (
            {"expected": {"a": 1}, "scorer": {"type": "json", "schema": {"type": "nonsense"}}},
            "'schema.type' must be one of object, array, string, integer, number, boolean, "
            "null (or a list of them)",
        ),
        (
            {"expected": {"a": 1}, "scorer": {"type": "json", "fields": ["b"]}},
            "'fields' names 'b', which 'expected' does not hold",
        ),
        ({"expected": ""}, "'expected' '' has no letter or digit, so no answer can match it"),
        ({"expected": []}, "'expected' is an empty list, which accepts no answer"),
        (
            {"expected": {"a": 1}, "scorer": "contains"},
            "'expected' must be a text, a number, or a list of them",
        ),
        (
            {"expected": "x", "scorer": {"type": "judge", "rubric": " "}},
            "'rubric' must be a non-empty text",
        ),
    ],
    ids=[
        "bad-pattern",
        "bad-expected-pattern",
        "negative-tolerance",
        "not-a-number",
        "no-choices",
        "not-a-choice",
        "unknown-option",
        "option-of-none",
        "bad-schema",
        "field-not-expected",
        "empty-expected",
        "empty-list",
        "object-for-text",
        "blank-rubric",
    ],
)
def test_scorer_settings_that_cannot_score_stop_the_run_before_it_asks(
    gateway: Gateway, echo: StubThread, tmp_path: Path, row: dict[str, Any], says: str
) -> None:
    """Before: each ran, scored every answer wrong and exited 0 (probe eval10 M4)."""
    good = {"prompt": "a", "expected": "a"}
    text = json.dumps(good) + "\n" + json.dumps({"prompt": "a", **row}) + "\n"
    assert refused(gateway, echo, tmp_path, text).startswith(f"2: {says}")


def test_a_lone_surrogate_escape_is_named_before_the_run(
    gateway: Gateway, echo: StubThread, tmp_path: Path
) -> None:
    """Valid JSON, not Unicode text. Before: four requests, then 'is not UTF-8 text; use a
    UTF-8 terminal', exit 2, and the rows in flight lost (probe eval10 M7)."""
    rows = [json.dumps({"prompt": f"q{n}", "expected": f"q{n}"}) for n in range(4)]
    rows.insert(2, '{"prompt": "lone surrogate \\ud800 here", "expected": "s"}')
    assert refused(gateway, echo, tmp_path, "\n".join(rows) + "\n") == (
        "3: the escape \\ud800 is half of a surrogate pair, not a character; the row is not "
        "valid Unicode text"
    )


def test_an_explicit_id_that_is_an_automatic_one_says_so(
    gateway: Gateway, echo: StubThread, tmp_path: Path
) -> None:
    """Before: "the id 'line-1' is used twice", though the file gives it once (probe L3)."""
    text = '{"prompt": "a", "expected": "a"}\n{"id": "line-1", "prompt": "b", "expected": "b"}\n'
    assert refused(gateway, echo, tmp_path, text) == (
        "2: the id 'line-1' is also the automatic id of line 1, which has no 'id'; give that "
        "row an id, or this one another"
    )


def test_a_byte_order_mark_and_unicode_forms_are_read_as_a_user_means(
    gateway: Gateway, tmp_path: Path
) -> None:
    """A file saved with a BOM (probe L2: 'not valid JSON'); an answer in another Unicode
    form or in scientific notation (L4: scored wrong)."""
    rows = [
        {"id": "nfd", "prompt": "cafe\u0301", "expected": "caf\u00e9"},
        {"id": "wide", "prompt": "\uff21\uff22\uff23", "expected": "abc"},
        {"id": "sci", "prompt": "1e3", "expected": "1000", "scorer": "number"},
        {"id": "small", "prompt": "2.5E-3", "expected": 0.0025, "scorer": "number"},
    ]
    data = tmp_path / "bom.jsonl"
    data.write_text("\ufeff" + "".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    result = minigate(data, "-t", "cloud", "--url", gateway.base_url, "-o", tmp_path / "o")
    assert result.returncode == 0, result.stderr
    assert summary(tmp_path / "o")["targets"]["cloud"]["correct"] == 4

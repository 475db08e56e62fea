"""An OpenAI error code that has a named constant is spelled once, where it is defined: a
second literal drifts from it unseen (a typo answers a code no client checks for)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import minigate

SOURCE = Path(minigate.__file__).parent


@pytest.mark.parametrize(
    ("code", "home"),
    [
        ("missing_required_parameter", "schemas/bounds.py"),
        ("invalid_collection_name", "errors.py"),
        ("collection_exists", "errors.py"),
        ("collection_not_found", "errors.py"),
        ("document_not_found", "errors.py"),
        ("batch_not_cancellable", "errors.py"),
    ],
)
def test_a_named_code_is_spelled_only_where_it_is_defined(code: str, home: str) -> None:
    literal = re.compile(rf"""["']{code}["']""")
    spelled = sorted(
        str(path.relative_to(SOURCE))
        for path in SOURCE.rglob("*.py")
        if literal.search(path.read_text(encoding="utf-8"))
    )
    assert spelled == [home]

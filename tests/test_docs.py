"""The reference in docs/ follows the code."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from minigate.cli.docs import configuration_markdown

DOCS = Path(__file__).parent.parent / "docs"


def test_the_configuration_reference_is_generated_from_the_settings() -> None:
    written = (DOCS / "configuration.md").read_text(encoding="utf-8")
    assert written == configuration_markdown(), (
        "docs/configuration.md is out of date: run 'minigate docs-config -o docs/configuration.md'"
    )


def test_docs_config_prints_the_reference() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "minigate", "docs-config"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == configuration_markdown()

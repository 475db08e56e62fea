"""The reference in docs/ follows the code."""

from __future__ import annotations

import re
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


def _slug(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def _anchors(page: Path) -> set[str]:
    text = re.sub(r"^```.*?^```", "", page.read_text(encoding="utf-8"), flags=re.S | re.M)
    return {_slug(m.group(1)) for m in re.finditer(r"^#{1,6} (.+)$", text, re.M)}


def test_every_relative_link_in_the_docs_resolves_to_a_file_and_heading() -> None:
    pages = [DOCS.parent / "README.md", *sorted(DOCS.glob("*.md"))]
    broken = []
    for page in pages:
        text = re.sub(r"^```.*?^```", "", page.read_text(encoding="utf-8"), flags=re.S | re.M)
        for target in re.findall(r"\]\(([^)\s]+)\)", text):
            if re.match(r"[a-z]+:", target):
                continue
            path, _, anchor = target.partition("#")
            linked = (page.parent / path).resolve() if path else page
            if not linked.exists():
                broken.append(f"{page.name}: {target} (no such file)")
            elif anchor and linked.suffix == ".md" and anchor not in _anchors(linked):
                broken.append(f"{page.name}: {target} (no such heading)")
    assert not broken, "broken links:\n" + "\n".join(broken)


def test_the_guard_page_names_the_shipped_injection_thresholds() -> None:
    """docs/guard.md's presets: the cheap mode's threshold per preset (the table) and the full
    mode's per route, as the scanner loads them from the shipped files."""
    import numpy as np

    from minigate.guard.scanners.injection import InjectionOptions, InjectionScanner

    async def embed(texts: list[str]) -> np.ndarray:
        return np.zeros((len(texts), 384), dtype=np.float32)

    text = (DOCS / "guard.md").read_text(encoding="utf-8")
    rows = {line.split("`")[1]: line for line in text.splitlines() if line.startswith("| `")}
    points = ("strict", "balanced", "permissive")
    for point in points:
        cheap = InjectionScanner(InjectionOptions(operating_point=point), "i", None).threshold
        assert re.search(rf"\({cheap:.2f}[,)][^|]*\|$", rows[point]), (point, cheap)
    page = " ".join(text.split())
    full = {p: InjectionScanner(InjectionOptions(operating_point=p), "i", embed) for p in points}
    for route, name in (("prompt", "prompts"), ("data", "prose data"), ("code", "code")):
        written = " / ".join(f"{full[p].thresholds[route]:.2f}" for p in points)
        assert f"{name} {written}" in page, (route, written)


def test_every_builtin_model_the_docs_name_exists() -> None:
    """A ``builtin:NAME`` a user copies from the docs or a setting's description (which
    docs/configuration.md shows) must load: an unknown one stops the gateway at start."""
    from minigate.backends.builtin import BUILTIN_WEIGHTS

    pages = [DOCS.parent / "README.md", *sorted(DOCS.glob("*.md"))]
    named = {
        (page.name, name)
        for page in pages
        for name in re.findall(r"builtin:([A-Za-z0-9_.-]*[A-Za-z0-9])", page.read_text("utf-8"))
    }
    unknown = sorted(f"{page}: builtin:{n}" for page, n in named if n not in BUILTIN_WEIGHTS)
    assert not unknown, f"built-in models: {', '.join(BUILTIN_WEIGHTS)}; unknown: {unknown}"


def test_the_configuration_reference_shows_list_entries_dict_entries_and_bounds() -> None:
    """A list that may be None is still a list (its entries' keys end in ``[]``), a dict of
    settings shows its entries' keys, and a bound the settings enforce is written beside the
    type: a user reads what a value may be before the gateway refuses it."""
    reference = configuration_markdown()
    assert "| `guard.moderation[].type` |" in reference
    assert "| `guard.moderation` | `list[ScannerSpec] \\| None` |" in reference
    assert "| `ledger.prices.<NAME>.input` | `decimal.Decimal` (≥ 0) | required |" in reference
    assert "| `server.port` | `int` (≥ 0, ≤ 65535) | `8080` |" in reference
    assert "| `auth.api_keys[].key` | `str` (length ≥ 8) | required |" in reference

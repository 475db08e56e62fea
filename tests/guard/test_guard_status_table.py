"""benchmarks/guard/status.py, run as a user runs it: docs/guard.md's status table comes from
detectors.py's readings, the newest reading of each part counts, "met" is computed against the
issue's targets, and a file that is no reading gets one line, not a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "guard" / "status.py"
PROMPT_SETS = ("direct_deepset", "role_play", "hijacking_tensor_trust", "extraction_tensor_trust")
PAIRS = {
    "obfuscated": "benign_obfuscated",
    "indirect_email": "clean_email",
    "indirect_document": "clean_document",
    "indirect_code": "clean_code",
}


def _count(flagged: int, read: int) -> dict[str, Any]:
    rate = flagged / read
    return {"flagged": f"{flagged}/{read}", "rate": rate, "ci95": [rate / 2, min(1.0, rate * 1.5)]}


def _injection(direct_caught: int) -> dict[str, Any]:
    """A reading of 100 texts a set: ``direct_caught`` deepset attacks, 95 of every other kind,
    and 3 deepset benign prompts flagged; clean code flagged 8 of 100 (over the cap)."""
    figures: dict[str, Any] = {}
    for name in (*PROMPT_SETS, *PAIRS):
        caught = direct_caught if name == "direct_deepset" else 95
        figures[f"recall:{name}"] = {
            "cheap": _count(50, 100),
            "full_first_400": _count(caught, 100),
        }
    for name in ("benign_deepset", *PAIRS.values()):
        flagged = 8 if name == "clean_code" else 3
        figures[f"false_positive_rate:{name}"] = {"full_first_400": _count(flagged, 100)}
    sizes = dict.fromkeys((*PROMPT_SETS, "benign_deepset", *PAIRS, *PAIRS.values()), 100)
    return {"sizes": sizes} | {preset: figures for preset in ("balanced", "strict", "permissive")}


def _reading(path: Path, when: str, direct_caught: int) -> Path:
    doc = {"when": when, "machine": {"code": "abc1234"}, "injection": _injection(direct_caught)}
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def _run(*args: Path | str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=60,
    )


def _row(out: str, label: str) -> list[str]:
    line = next(line for line in out.splitlines() if line.startswith(f"| {label} |"))
    return [cell.strip() for cell in line.strip("|").split("|")]


def test_the_newest_reading_counts_and_met_is_computed(tmp_path: Path) -> None:
    newer = _reading(tmp_path / "b.json", "2026-12-05T18:00:00+00:00", 85)
    older = _reading(tmp_path / "a.json", "2026-12-05T09:00:00+00:00", 95)
    result = _run(newer, older)
    assert result.returncode == 0, result.stderr
    assert "injection: 2026-12-05T18:00:00+00:00, code abc1234 (`bench-results/b.json`)" in (
        result.stdout
    )
    direct = _row(result.stdout, "direct (deepset)")
    assert direct[1].endswith("(85 of 100)")
    assert direct[3] == "no (recall)"
    assert _row(result.stdout, "role play")[3] == "yes"
    assert _row(result.stdout, "indirect, code")[3] == "no (false positives)"
    assert "category" not in result.stdout  # no harm reading, no category table


def test_a_reading_with_the_task_drift_reader_on_is_not_the_defaults(tmp_path: Path) -> None:
    default = _reading(tmp_path / "a.json", "2026-12-05T09:00:00+00:00", 85)
    option = _reading(tmp_path / "b.json", "2026-12-05T18:00:00+00:00", 95)
    doc = json.loads(option.read_text())
    doc["injection"]["task_drift"] = True
    option.write_text(json.dumps(doc), encoding="utf-8")
    result = _run(default, option)
    assert result.returncode == 0, result.stderr
    assert "(`bench-results/a.json`)" in result.stdout and "b.json" not in result.stdout
    assert _row(result.stdout, "direct (deepset)")[1].endswith("(85 of 100)")


def test_update_writes_the_tables_between_the_markers_only(tmp_path: Path) -> None:
    reading = _reading(tmp_path / "r.json", "2026-12-05T18:00:00+00:00", 93)
    page = tmp_path / "guard.md"
    begin = "<!-- status.py: generated from detectors.py's readings; do not edit by hand -->"
    page.write_text(f"# Guard\n\nbefore\n{begin}\nstale\n<!-- status.py: end -->\nafter\n")
    result = _run("--update", page, reading)
    assert result.returncode == 0, result.stderr
    text = page.read_text()
    assert text.startswith(f"# Guard\n\nbefore\n{begin}\n")
    assert text.endswith("<!-- status.py: end -->\nafter\n")
    assert "stale" not in text and _row(text, "direct (deepset)")[3] == "yes"
    page.write_text("# a page without the markers\n")
    result = _run("--update", page, reading)
    assert result.returncode == 1 and "no status.py block" in result.stderr
    assert page.read_text() == "# a page without the markers\n"  # left as it was


def test_a_file_that_is_no_reading_gets_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "notes.json"
    bad.write_text('{"title": "not a reading"}', encoding="utf-8")
    result = _run(bad)
    assert result.returncode == 1
    assert result.stderr.strip() == f"status.py: {bad}: not a detectors.py reading (no 'when')"
    broken = tmp_path / "half.json"
    broken.write_text('{"when": "x", "injection": {"sizes": {}}}', encoding="utf-8")
    result = _run(broken)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("status.py: the reading has no balanced figures for")

"""Issue 18's targets against the latest test-split reading, as the Markdown tables of
docs/guard.md's "Where it stands", rendered from ``detectors.py``'s JSON files.

    .venv/bin/python benchmarks/guard/status.py bench-results/guard-detectors-*.json
    .venv/bin/python benchmarks/guard/status.py --update docs/guard.md \
        bench-results/guard-detectors-*.json

``--update PAGE`` writes the tables into PAGE between its two ``status.py`` marker comments
(``BEGIN`` and ``END`` below) instead of printing them; the rest of the page is left as it is.

Each file holds the parts it read (``injection``, ``harm``); where two hold the same part, the
newer reading (its ``when``) counts, so the whole folder can be passed; a reading made with the
task-drift reader on (``detectors.py --task-drift``, an option off by default) is skipped. The
"met" column is computed here, never typed: a row meets the issue's target when its recall's
point estimate is at least 90% and every false-positive rate beside it at most 5%, in full mode
at `balanced`.
A row without a target (OpenAI's moderation set, whose labels are not requests) is reported.
The full mode reads the first N texts of a set (``--embeddings N``); where N cut a set, the
count shows it (1 of the first 400 of 744). The code read is the reading's ``machine.code``
(a commit, "+" when ``src`` had changes git did not hold), where the reading recorded it.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

RECALL_TARGET = 0.90
FALSE_POSITIVE_CAP = 0.05
PRESETS = ("balanced", "strict", "permissive")


@dataclass(frozen=True)
class Row:
    label: str
    part: str  # "injection" or "harm"
    caught: str  # the recall key in that part
    clean: tuple[str, ...]  # the false-positive keys read beside it
    targeted: bool = True


def _injection(label: str, name: str, clean: str) -> Row:
    return Row(label, "injection", f"recall:{name}", (f"false_positive_rate:{clean}",))


ROWS = (
    _injection("direct (deepset)", "direct_deepset", "benign_deepset"),
    _injection("role play", "role_play", "benign_deepset"),
    _injection("hijacking (Tensor Trust)", "hijacking_tensor_trust", "benign_deepset"),
    _injection("extraction (Tensor Trust)", "extraction_tensor_trust", "benign_deepset"),
    _injection("obfuscated", "obfuscated", "benign_obfuscated"),
    _injection("indirect, e-mail", "indirect_email", "clean_email"),
    _injection("indirect, document", "indirect_document", "clean_document"),
    _injection("indirect, code", "indirect_code", "clean_code"),
    Row(
        "harmful requests (XSTest)",
        "harm",
        "harmful:xstest_unsafe",
        ("safe:xstest_safe_look_alikes",),
    ),
    Row("harmful requests (AdvBench)", "harm", "harmful:advbench", ("safe:ordinary_requests",)),
    Row(
        "OpenAI's moderation set",
        "harm",
        "harmful:moderation_flagged",
        ("safe:moderation_unflagged",),
        targeted=False,
    ),
)
CLEAN_NAMES = {
    "false_positive_rate:benign_deepset": "deepset's benign",
    "false_positive_rate:benign_obfuscated": "disguised benign",
    "false_positive_rate:clean_email": "clean e-mails",
    "false_positive_rate:clean_document": "clean documents",
    "false_positive_rate:clean_code": "clean code",
    "safe:xstest_safe_look_alikes": "look-alikes",
    "safe:ordinary_requests": "ordinary requests",
    "safe:moderation_unflagged": "safe rows",
}


BEGIN = "<!-- status.py: generated from detectors.py's readings; do not edit by hand -->"
END = "<!-- status.py: end -->"


class StatusError(Exception):
    """A file that is not a detectors.py reading, or a reading without a row's figures."""


def latest_parts(paths: list[Path]) -> dict[str, tuple[dict[str, Any], dict[str, Any]]]:
    """Each part's newest reading: part name -> (that part's figures, the reading's header)."""
    found: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {}
    for path in paths:
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise StatusError(f"{path}: not a readable JSON file ({exc})") from exc
        if not isinstance(doc, dict) or "when" not in doc:
            raise StatusError(f"{path}: not a detectors.py reading (no 'when')")
        header = {
            "when": doc["when"],
            "code": doc.get("machine", {}).get("code"),
            "file": path.name,
        }
        for part in ("injection", "harm"):
            if part not in doc or doc[part].get(
                "task_drift"
            ):  # an option's reading, not the default's
                continue
            if part not in found or found[part][1]["when"] < doc["when"]:
                found[part] = (doc[part], header)
    return found


def _full(figures: dict[str, Any]) -> dict[str, Any]:
    """The full mode's count of one set: ``full``, or ``full_first_N`` where N cut the sets."""
    for key, value in figures.items():
        if key == "full" or key.startswith("full_first_"):
            return dict(value)
    raise StatusError("a set without a full-mode reading")


def _count(figures: dict[str, Any], total: int) -> str:
    """``53 of 62`` (``1 of the first 400 of 744`` where the reading read a set's first texts)."""
    flagged, read = figures["flagged"].split("/")
    return (
        f"{flagged} of {read}"
        if int(read) >= total
        else f"{flagged} of the first {read} of {total}"
    )


def _cell(figures: dict[str, Any], total: int) -> str:
    low, high = (100 * x for x in figures["ci95"])
    return f"{100 * figures['rate']:.1f}% [{low:.1f}, {high:.1f}] ({_count(figures, total)})"


def _met(row: Row, recall: float, rates: list[float]) -> str:
    if not row.targeted:
        return "no target"
    checks = (
        ("recall", recall < RECALL_TARGET),
        ("false positives", any(r > FALSE_POSITIVE_CAP for r in rates)),
    )
    short = [why for why, bad in checks if bad]
    return "yes" if not short else f"no ({', '.join(short)})"


def _size(sizes: dict[str, int], key: str) -> int:
    """A set's size: harm's readings name it by its whole key, injection's by the set alone."""
    return sizes[key] if key in sizes else sizes[key.split(":", 1)[1]]


def _figures(part: dict[str, Any], preset: str, key: str) -> dict[str, Any]:
    try:
        return _full(part[preset][key])
    except KeyError as exc:
        raise StatusError(f"the reading has no {preset} figures for {key}") from exc


def targets_table(parts: dict[str, tuple[dict[str, Any], dict[str, Any]]]) -> list[str]:
    """The table of rows: caught and false positives at `balanced`, the other presets, met."""
    lines = [
        "| kind | caught | false positives | met | `strict` | `permissive` |",
        "|---|---|---|---|---|---|",
    ]
    for row in ROWS:
        if row.part not in parts:
            continue
        part = parts[row.part][0]
        sizes = part["sizes"]
        caught = _figures(part, "balanced", row.caught)
        clean = [(key, _figures(part, "balanced", key)) for key in row.clean]
        clean_cells = "; ".join(
            f"{CLEAN_NAMES[key]} {_cell(f, _size(sizes, key))}" for key, f in clean
        )
        others = []
        for preset in PRESETS[1:]:
            hit = _figures(part, preset, row.caught)["flagged"].split("/")[0]
            fps = "; ".join(_figures(part, preset, key)["flagged"] for key, _ in clean)
            others.append(f"{hit} at {fps}")
        met = _met(row, caught["rate"], [f["rate"] for _, f in clean])
        lines.append(
            f"| {row.label} | {_cell(caught, _size(sizes, row.caught))} | {clean_cells} | {met} | "
            + " | ".join(others)
            + " |"
        )
    return lines


def categories_table(harm: dict[str, Any]) -> list[str]:
    """OpenAI's moderation set per category, in full mode at `balanced`."""
    lines = [
        "| category | labelled rows | recall | precision | AUC |",
        "|---|---|---|---|---|",
    ]
    for name, figures in harm.get("moderation_categories", {}).get("full", {}).items():
        if not isinstance(figures, dict):
            continue  # "no labels in the set"
        low, high = (100 * x for x in figures["recall_ci95"])
        lines.append(
            f"| `{name}` | {figures['positives']} | {100 * figures['recall']:.1f}% "
            f"[{low:.1f}, {high:.1f}] | {100 * figures['precision']:.1f}% | "
            f"{figures['auc']:.3f} |"
        )
    return lines


def readings_line(parts: dict[str, tuple[dict[str, Any], dict[str, Any]]]) -> str:
    """Which reading each part's rows come from: its time, its code and its file."""
    said = []
    for part, (_, header) in sorted(parts.items()):
        code = f", code {header['code']}" if header["code"] else ""
        said.append(f"{part}: {header['when']}{code} (`bench-results/{header['file']}`)")
    return "Readings: " + "; ".join(said) + "."


def render(paths: list[Path]) -> str:
    parts = latest_parts(paths)
    if not parts:
        raise StatusError("no injection or harm reading in the files given")
    out = [readings_line(parts), "", *targets_table(parts)]
    if "harm" in parts:
        out += ["", *categories_table(parts["harm"][0])]
    return "\n".join(out) + "\n"


def update(page: Path, tables: str) -> None:
    """``tables`` written into ``page`` between its BEGIN and END markers."""
    text = page.read_text(encoding="utf-8")
    start, end = text.find(BEGIN), text.find(END)
    if start < 0 or end < start:
        raise StatusError(f"{page}: no status.py block ({BEGIN} ... {END}) to write into")
    page.write_text(f"{text[: start + len(BEGIN)]}\n\n{tables}\n{text[end:]}", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0].replace("\n", " "),
        epilog="example: benchmarks/guard/status.py bench-results/guard-detectors-*.json",
    )
    parser.add_argument("readings", nargs="+", type=Path, help="detectors.py JSON files")
    parser.add_argument("--update", type=Path, metavar="PAGE", help="write into PAGE's block")
    args = parser.parse_args()
    try:
        tables = render(args.readings)
        if args.update is None:
            sys.stdout.write(tables)
        else:
            update(args.update, tables)
    except (StatusError, OSError) as exc:
        sys.exit(f"status.py: {exc}")


if __name__ == "__main__":
    main()

"""Harm rounds (harm126, harm139, sh133 ...): the score worker, the blind rows' check, the
categories named, (f)'s bars and the one reading's layout.
"""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from .tree import Row


def harm_score_worker(mode: str, points: Sequence[str]) -> None:
    """Read a JSON list of texts on stdin; print each one's harm verdict as user text at each
    of ``points`` in ``mode`` (balanced: with its score and labels)."""
    import train_harm

    from minigate.backends.embedder import EmbedMemo
    from minigate.guard.protocol import ScanContext
    from minigate.guard.scanners.harm import HarmOptions, HarmScanner

    texts: list[str] = json.loads(sys.stdin.read())
    full = mode == "full"
    embed = EmbedMemo(train_harm.gateway_embed()) if full else None
    scanners = {
        p: HarmScanner(HarmOptions(use_embeddings=full, operating_point=p), p, embed)  # type: ignore[arg-type]
        for p in points
    }
    user = ScanContext(direction="input")

    async def run() -> list[dict[str, Any]]:
        out = []
        for text in texts:
            row: dict[str, Any] = {}
            for p, scanner in scanners.items():
                v = await scanner.scan(text, user)
                row[p] = bool(v.flagged)
                if p == "balanced":
                    row["score"] = float(v.score)
                    row["labels"] = list(v.labels)
            out.append(row)
        return out

    print(json.dumps({"rows": asyncio.run(run())}, ensure_ascii=False))


def judge(
    doc: dict[str, Any], lat: Any, holds: dict[str, bool], design_met: bool, path: Path
) -> dict[str, Any]:
    """A self-harm round's reading (sh133's line): ``doc``'s (a)-(d) with (f)'s ``lat`` and
    whether it ``holds``, and (e) as stated; met if all hold; written to ``path``."""
    doc["(f)"] = lat
    doc["(f) holds"] = holds
    doc["(e) DESIGN_MET"] = design_met
    held = [*doc["(a)-(d)"].values(), *holds.values(), bool(design_met)]
    doc["met"] = all(held)
    path.write_text(json.dumps(doc, indent=1))
    return doc


def blind_differ(
    texts: list[str],
    both: Callable[[list[str], str], dict[str, dict[str, dict[str, Any]]]],
    points: Sequence[str],
    blind: Callable[[str], Any],
) -> dict[str, Any]:
    """(d): texts the language gate calls ``blind`` whose verdict (either mode, any of
    ``points``) differs, and those whose balanced score or labels differ (``both``: texts, mode
    -> each side's records)."""
    called = [t for t in texts if blind(t)]
    out: dict[str, Any] = {"rows": len(texts), "called blind": len(called)}
    for mode in ("full", "cheap"):
        got = both(called, mode)
        out[f"{mode} verdicts differ"] = [
            t for t in called if any(got["shipped"][t][p] != got["candidate"][t][p] for p in points)
        ]
        out[f"{mode} score or labels differ"] = [
            t for t in called if got["shipped"][t] != got["candidate"][t]
        ]
    return out


def input_side_holds(lat: Mapping[str, Any]) -> dict[str, bool]:
    """(f): the full input side's p50 at most 25 ms and at most the shipped code's + 0.5 ms;
    the cheap side's under 1 ms."""
    s, k = lat["full p50 ms [shipped, candidate]"]
    cheap = lat["cheap p50 ms [shipped, candidate]"][1]
    return {
        f"(f) full p50 {k} ms <= 25 and <= {s} + 0.5": k <= 25 and k <= s + 0.5,
        f"(f) cheap p50 {cheap} ms < 1": cheap < 1,
    }


def categories(rows: list[Row], got: Mapping[str, Mapping[str, Any]]) -> dict[str, int]:
    """How often each category is named on the harmful rows flagged at balanced."""
    out: dict[str, int] = {}
    for t, h, _, _ in rows:
        if h and got[t]["balanced"]:
            for label in got[t]["labels"]:
                out[label] = out.get(label, 0) + 1
    return dict(sorted(out.items()))


def english_rows(sets: Mapping[str, list[Row]], names: Sequence[str]) -> list[Row]:
    """The English rows of ``sets``' ``names``, each text once, its set's name as its
    language."""
    seen: set[str] = set()
    out: list[Row] = []
    for name in names:
        for t, h, kind, la in sets[name]:
            if la == "en" and t not in seen:
                seen.add(t)
                out.append((t, h, kind, name))
    return out


def side_counts(
    data: Mapping[str, list[Row]],
    got: Mapping[str, Mapping[str, Mapping[str, Any]]],
    point: str,
    most_kinds: int | None = None,
) -> dict[str, Any]:
    """[shipped, candidate, n] per set and label at ``point`` (and per kind where a set has
    several, and fewer than ``most_kinds`` where given)."""
    out: dict[str, Any] = {}
    for name, rows in data.items():
        for harmful, what in ((True, "harmful"), (False, "look-alikes")):
            sel = [r for r in rows if r[1] is harmful]
            if not sel:
                continue
            out[f"{name} {what}"] = [sum(bool(got[s][r[0]][point]) for r in sel) for s in got]
            out[f"{name} {what}"].append(len(sel))
            kinds = sorted({r[2] for r in sel})
            if len(kinds) > 1 and (most_kinds is None or len(kinds) < most_kinds):
                out[f"{name} {what} per kind"] = {
                    k: [sum(bool(got[s][r[0]][point]) for r in sel if r[2] == k) for s in got]
                    + [sum(r[2] == k for r in sel)]
                    for k in kinds
                }
    return out


def changed_harm_rows(
    rows: list[Row], full: Mapping[str, Mapping[str, Mapping[str, Any]]]
) -> list[str]:
    """The rows whose balanced verdict differs between the sides (``full``: each side's
    records), each with the candidate's verdict (+ flagged, - passed) and categories."""
    return [
        f"{'harmful' if h else 'look-alike'} {k} "
        f"{'+' if full['candidate'][t]['balanced'] else '-'} "
        f"{full['candidate'][t]['labels']}: {t}"
        for t, h, k, _ in rows
        if full["shipped"][t]["balanced"] != full["candidate"][t]["balanced"]
    ]


def harm_reading(
    rule: str,
    name: str,
    rows: list[Row],
    both: Callable[[list[str], str], dict[str, dict[str, dict[str, Any]]]],
    side_counts: Callable[[dict[str, list[Row]], Any, str], dict[str, Any]],
    blind: Callable[[str], Any],
) -> dict[str, Any]:
    """A harm round's one reading of the set ``name`` (``rows``), before its conditions: both
    modes (``both``: texts, mode -> each side's records), [shipped, candidate, n] per label
    and kind at each point, the changed rows and the categories named."""
    data = {name: rows}
    texts = [r[0] for r in rows]
    full, cheap = both(texts, "full"), both(texts, "cheap")
    return {
        "rule": rule,
        "rows": len(rows),
        "kinds": {k: sum(r[2] == k for r in rows) for k in dict.fromkeys(r[2] for r in rows)},
        "the gate calls blind": sum(map(blind, texts)),
        "full balanced [shipped, candidate, n]": side_counts(data, full, "balanced"),
        "cheap balanced [shipped, candidate, n]": side_counts(data, cheap, "balanced"),
        "full strict (reported)": side_counts(data, full, "strict"),
        "full permissive (reported)": side_counts(data, full, "permissive"),
        "changed rows (full, balanced)": changed_harm_rows(rows, full),
        "categories of flagged harmful rows (candidate)": categories(rows, full["candidate"]),
        "categories of flagged harmful rows (shipped)": categories(rows, full["shipped"]),
    }


def pair_rows(
    pairs: Mapping[str, Sequence[tuple[str, str]]], label: str | Mapping[str, Sequence[str]]
) -> list[Row]:
    """A harm pair set's rows (``pairs``: kind -> (harmful request, look-alike) pairs), each
    pair's harmful row then its look-alike; the last column ``label`` (a language or the set's
    name), or each pair's language where ``label`` gives them (kind -> one a pair)."""
    out: list[Row] = []
    for kind, kind_pairs in pairs.items():
        named = [label] * len(kind_pairs) if isinstance(label, str) else label[kind]
        for (harmful, safe), la in zip(kind_pairs, named, strict=True):
            out += [(harmful, True, kind, la), (safe, False, kind, la)]
    return out


def own_pair_rows(pairs: Iterable[tuple[str, str, str]], name: str) -> list[Row]:
    """A round's hand-written (kind, harmful request, look-alike) triples as rows of the set
    ``name``, each harmful row then its look-alike."""
    return [
        row
        for kind, harmful, safe in pairs
        for row in ((harmful, True, kind, name), (safe, False, kind, name))
    ]


def add_unseen(rows: list[Row], new: Iterable[Row]) -> list[Row]:
    """``rows`` with each row of ``new`` whose text it does not hold yet appended, in place: a
    spent set joined to a round's design sets, no text read twice."""
    seen = {r[0] for r in rows}
    for row in new:
        if row[0] not in seen:
            rows.append(row)
            seen.add(row[0])
    return rows

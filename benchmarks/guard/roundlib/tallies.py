"""Counting verdicts: flagged rows per trick, language and side, and the rows that changed.

Every function here takes a ``Read`` (texts, side, mode -> each text's record) rather than a
round's module, so that a round passes its own reader (cached, out of fold, ...) at call time.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from .tree import Row


def disguise(rows: list[tuple[str, bool, str]]) -> list[Row]:
    """Each (text, attack, language) plain and under each of injection_data.TRICKS."""
    import injection_data

    out: list[Row] = [(t, a, "plain", la) for t, a, la in rows]
    for name, trick in injection_data.TRICKS.items():
        out += [(trick(t), a, name, la) for t, a, la in rows]
    return out


Read = Callable[[list[str], str, str], dict[str, dict[str, Any]]]


def flags(got: Mapping[str, Mapping[str, Any]], rows: list[Row]) -> int:
    """How many of ``rows`` ``got`` flags."""
    return sum(bool(got[r[0]]["flagged"]) for r in rows)


def tally(
    rows: list[Row], sides: tuple[str, ...], mode: str, read: Read, disguised: bool = False
) -> dict[str, Any]:
    """Flagged rows per trick, attacks and benign: {trick: {kind: [side..., n]}}; "disguised"
    (every trick together) where the rows hold a trick, or always with ``disguised``."""
    got = {s: read([r[0] for r in rows], s, mode) for s in sides}
    out: dict[str, Any] = {}
    tricks = dict.fromkeys(r[2] for r in rows)
    extra = ["disguised"] if len(tricks) > 1 or disguised else []
    for trick in [*tricks, *extra]:
        for attack in (True, False):
            sel = [
                r
                for r in rows
                if r[1] == attack and (r[2] == trick or (trick == "disguised" and r[2] != "plain"))
            ]
            out.setdefault(trick, {})["attacks" if attack else "benign"] = [
                flags(got[s], sel) for s in sides
            ] + [len(sel)]
    return out


def changed_rows(rows: list[Row], mode: str, read: Read, sides: Sequence[str]) -> list[str]:
    """The rows whose verdict differs between the sides in ``mode`` (design data only)."""
    got = {s: read([r[0] for r in rows], s, mode) for s in sides}
    return [
        f"{r[3]} {'attack' if r[1] else 'benign'} {r[2]}: "
        f"{got['shipped'][r[0]]['flagged']} -> {got['candidate'][r[0]]['flagged']}: "
        f"{r[0][:160]}"
        for r in rows
        if got["shipped"][r[0]]["flagged"] != got["candidate"][r[0]]["flagged"]
    ]


def by_language(rows: list[Row], mode: str, read: Read, sides: Sequence[str]) -> dict[str, Any]:
    """Reported, not judged: flagged rows per trick and language, [shipped, candidate, n]."""
    got = {s: read([r[0] for r in rows], s, mode) for s in sides}
    out: dict[str, Any] = {}
    for trick in ("plain", "disguised"):
        for la in dict.fromkeys(r[3] for r in rows):
            for attack in (True, False):
                sel = [
                    r
                    for r in rows
                    if (r[2] == "plain") == (trick == "plain") and r[3] == la and r[1] == attack
                ]
                key = f"{trick} {la} {'attacks' if attack else 'benign'}"
                out[key] = [flags(got[s], sel) for s in sides] + [len(sel)]
    return out


def by_trick_language(
    rows: list[Row], mode: str, read: Read, sides: Sequence[str]
) -> dict[str, Any]:
    """Reported, not judged: flagged rows per trick (each) and language, [shipped, candidate,
    n]."""
    got = {s: read([r[0] for r in rows], s, mode) for s in sides}
    out: dict[str, Any] = {}
    for trick in dict.fromkeys(r[2] for r in rows):
        for la in dict.fromkeys(r[3] for r in rows):
            for attack in (True, False):
                sel = [r for r in rows if r[2] == trick and r[3] == la and r[1] == attack]
                key = f"{trick} {la} {'attacks' if attack else 'benign'}"
                out[key] = [flags(got[s], sel) for s in sides] + [len(sel)]
    return out

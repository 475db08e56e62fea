"""``BLIND_PASS`` read at every operating point (round forty-nine set it at ``balanced`` alone).

A prompt the language gate calls blind is passed without the English models where the
multilingual injection head reads it below ``injection.BLIND_PASS`` (0.1). Round forty-nine
(``lat117.py``) chose that value at ``balanced``, and its section says so: at ``strict`` the
stack's bar is lower, so a prompt the head reads low may be one the stack would flag there.
This script measures it on design data only, the spent direct sets' rows the gate calls blind
(every attack and benign prompt of fresh43 ... fresh227), in full mode at each operating point,
twice in one process: as shipped, and with the early pass turned off (``BLIND_PASS`` = 0, so
the stack reads every prompt between the heuristics' bar and the head's threshold). It prints
JSON: per point, attacks and benign prompts flagged each way, and the rows whose verdict the
early pass changes. No test split is read.

Run (under the machine lock, one thread, about two minutes):
    flock /tmp/heavy.lock env OMP_NUM_THREADS=1 MINIGATE_SHARED_DATA=../shared/data \\
      PYTHONPATH=src:benchmarks/guard .venv/bin/python benchmarks/guard/blind_pass.py
"""

from __future__ import annotations

import asyncio
import importlib
import json
from typing import Any

SETS = (43, 105, 109, 113, 117, 118, 122, 125, 137, 147, 153, 161, 177, 179, 181, 191, 197, 215)
SETS += (227,)
POINTS = ("strict", "balanced", "permissive")


def blind_rows() -> list[tuple[str, bool, str]]:
    """(text, is an attack, set) for every spent direct row the language gate calls blind."""
    from minigate.guard.scanners import multilingual

    rows: list[tuple[str, bool, str]] = []
    for n in SETS:
        module = importlib.import_module(f"fresh{n}")
        for key, attack in (("ATTACKS", True), ("BENIGN", False)):
            texts = getattr(module, f"FRESH_{key}_{n}")
            rows += [(t, attack, f"fresh{n}") for t in texts if multilingual.blind(t)]
    return rows


def read(point: str, rows: list[tuple[str, bool, str]], early: bool) -> list[bool]:
    """Each row's full-mode verdict as a user prompt at ``point``, with the early pass (as
    shipped) or without it."""
    import build_stack
    from embedcache import cached_minilm

    from minigate.guard.protocol import ScanContext
    from minigate.guard.scanners import injection

    shipped = injection.BLIND_PASS
    injection.BLIND_PASS = shipped if early else 0.0
    try:
        embed = build_stack._embed_fn(cached_minilm(threads=1))
        options = injection.InjectionOptions(operating_point=point)
        scanner = injection.InjectionScanner(options, "i", embed)
        ctx = ScanContext(direction="input", source="prompt")

        async def run() -> list[bool]:
            return [bool((await scanner.scan(t, ctx)).flagged) for t, _, _ in rows]

        return asyncio.run(run())
    finally:
        injection.BLIND_PASS = shipped


def measure() -> dict[str, Any]:
    rows = blind_rows()
    out: dict[str, Any] = {
        "rows": {"attacks": sum(a for _, a, _ in rows), "benign": sum(not a for _, a, _ in rows)}
    }
    for point in POINTS:
        got = {early: read(point, rows, early) for early in (True, False)}
        out[point] = {
            way: {
                "attacks": sum(f for f, (_, a, _) in zip(got[early], rows, strict=True) if a),
                "benign": sum(f for f, (_, a, _) in zip(got[early], rows, strict=True) if not a),
            }
            for way, early in (("shipped", True), ("no early pass", False))
        }
        out[point]["changed"] = [
            {"set": s, "attack": a, "shipped": x, "text": t[:120]}
            for (t, a, s), x, y in zip(rows, got[True], got[False], strict=True)
            if x != y
        ]
    return out


if __name__ == "__main__":
    print(json.dumps(measure(), ensure_ascii=False, indent=1))

"""The HTML report: one self-contained file, inline SVG plots, no script, no network."""

from __future__ import annotations

from html import escape
from typing import Any

from minigate.evals.stats import percentile

W, H, PAD = 560, 300, 50
COLOURS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b"]
STYLE = """
body{font-family:system-ui,sans-serif;margin:2em;max-width:60em;color:#222}
table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.3em .6em;
text-align:right}th:first-child,td:first-child{text-align:left}svg{border:1px solid #eee}
.axis{stroke:#999}.label{font-size:11px;fill:#555}
"""


def render(doc: dict[str, Any], records: list[dict[str, Any]]) -> str:
    """The report for a results document and the records it summarises."""
    targets = list(doc["targets"])
    colour = {t: COLOURS[n % len(COLOURS)] for n, t in enumerate(targets)}
    title = f"minigate eval: {escape(str(doc.get('dataset', '')))}"
    parts = [
        f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{title}</title>",
        f"<style>{STYLE}</style></head><body><h1>{title}</h1>",
        f"<p>{doc.get('rows', '')} rows; run {escape(str(doc.get('finished_at', '')))}."
        " Intervals are 95% Wilson intervals; latency is measured by the client.</p>",
        _table(doc["targets"]),
        "<h2>Accuracy against cost</h2>",
        _scatter(doc["targets"], colour),
        "<h2>Latency</h2>",
        _latency(records, targets, colour),
        _paired(doc.get("paired", [])),
        "</body></html>",
    ]
    return "\n".join(parts)


def _table(figures: dict[str, Any]) -> str:
    head = (
        "<table><tr><th>target</th><th>accuracy</th><th>95% interval</th><th>n</th>"
        "<th>errors</th><th>p50 ms</th><th>p95 ms</th><th>TTFT p50 ms</th><th>tokens in/out</th>"
        "<th>$ per 1k requests</th><th>escalated</th></tr>"
    )
    rows = []
    for name, f in figures.items():
        low, high = f["accuracy_ci95"]
        cells = [
            escape(name),
            _fmt(f["accuracy"]),
            f"{_fmt(low)}&ndash;{_fmt(high)}",
            str(f["n"]),
            str(f["errors"]),
            _fmt(f["latency_ms"]["p50"], 1),
            _fmt(f["latency_ms"]["p95"], 1),
            _fmt(f["ttft_ms"]["p50"], 1),
            f"{f['prompt_tokens']}/{f['completion_tokens']}",
            _fmt(None if f["cost_per_1k_usd"] is None else float(f["cost_per_1k_usd"]), 6),
            _fmt(f["escalation_share"]),
        ]
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    return head + "".join(rows) + "</table>"


def _scatter(figures: dict[str, Any], colour: dict[str, str]) -> str:
    points = {
        t: (float(f["cost_per_1k_usd"] or 0), f["accuracy"] or 0.0, f["accuracy_ci95"])
        for t, f in figures.items()
    }
    top = max([x for x, _, _ in points.values()] + [1e-12]) * 1.1

    def x(v: float) -> float:
        return PAD + v / top * (W - 2 * PAD)

    def y(v: float) -> float:
        return H - PAD - v * (H - 2 * PAD)

    marks = []
    for name, (cost, acc, (low, high)) in points.items():
        c = colour[name]
        marks.append(
            f'<line x1="{x(cost):.1f}" x2="{x(cost):.1f}" y1="{y(low):.1f}" y2="{y(high):.1f}" '
            f'stroke="{c}"/><circle cx="{x(cost):.1f}" cy="{y(acc):.1f}" r="5" fill="{c}">'
            f"<title>{escape(name)}: accuracy {acc:.3f}, ${cost:.6f} per 1k</title></circle>"
            f'<text class="label" x="{x(cost) + 7:.1f}" y="{y(acc) - 6:.1f}">{escape(name)}</text>'
        )
    axes = _axes(f"cost per 1k requests (USD, max {top:.6f})", "accuracy (0 to 1)")
    return _svg(axes + "".join(marks))


def _latency(records: list[dict[str, Any]], targets: list[str], colour: dict[str, str]) -> str:
    """One strip per target: every request's latency as a dot, the median and p95 as bars."""
    values = {
        t: [r["latency_ms"] for r in records if r["target"] == t and r.get("error") is None]
        for t in targets
    }
    top = max([v for vs in values.values() for v in vs] + [1.0]) * 1.05
    band = (H - 2 * PAD) / max(len(targets), 1)
    marks = []
    for n, t in enumerate(targets):
        mid = PAD + band * (n + 0.5)
        c = colour[t]
        marks += [
            f'<circle cx="{PAD + v / top * (W - 2 * PAD):.1f}" cy="{mid:.1f}" r="2.5" '
            f'fill="{c}" fill-opacity="0.5"/>'
            for v in values[t]
        ]
        for q, width in ((50, 3), (95, 1.5)):
            p = percentile(values[t], q)
            if p is not None:
                px = PAD + p / top * (W - 2 * PAD)
                marks.append(
                    f'<line x1="{px:.1f}" x2="{px:.1f}" y1="{mid - band / 3:.1f}" '
                    f'y2="{mid + band / 3:.1f}" stroke="{c}" stroke-width="{width}">'
                    f"<title>{escape(t)} p{q}: {p:.1f} ms</title></line>"
                )
        marks.append(f'<text class="label" x="4" y="{mid + 4:.1f}">{escape(t[:8])}</text>')
    axes = _axes(f"latency (ms, 0 to {top:.0f}); thick: p50, thin: p95", "")
    return _svg(axes + "".join(marks))


def _axes(x_label: str, y_label: str) -> str:
    return (
        f'<line class="axis" x1="{PAD}" y1="{H - PAD}" x2="{W - PAD}" y2="{H - PAD}"/>'
        f'<line class="axis" x1="{PAD}" y1="{PAD}" x2="{PAD}" y2="{H - PAD}"/>'
        f'<text class="label" x="{PAD}" y="{H - PAD / 3:.0f}">{escape(x_label)}</text>'
        f'<text class="label" x="4" y="{PAD - 10}">{escape(y_label)}</text>'
    )


def _svg(body: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" '
        f'viewBox="0 0 {W} {H}" role="img">{body}</svg>'
    )


def _paired(pairs: list[dict[str, Any]]) -> str:
    if not pairs:
        return ""
    rows = "".join(
        f"<tr><td>{escape(p['a'])} vs {escape(p['b'])}</td><td>{p['n']}</td>"
        f"<td>{p['a_right_b_wrong']}</td><td>{p['a_wrong_b_right']}</td>"
        f"<td>{_fmt(p['accuracy_difference'])}</td><td>{_fmt(p['mcnemar_p'])}</td></tr>"
        for p in pairs
    )
    return (
        "<h2>Paired comparison (McNemar's exact test)</h2><table><tr><th>pair</th><th>n</th>"
        "<th>only A right</th><th>only B right</th><th>A &minus; B</th><th>p</th></tr>"
        f"{rows}</table>"
    )


def _fmt(value: float | None, digits: int = 3) -> str:
    return "&ndash;" if value is None else f"{value:.{digits}f}"

"""The run's report: `report.json`, a self-contained `report.html` and a terminal table.

The HTML embeds its plots (matplotlib PNGs as base64) and needs nothing else: it can
be opened offline, attached to a CI run or mailed.
"""

from __future__ import annotations

import base64
import html
import io
import json
from pathlib import Path
from typing import Any

PLOT_DPI = 110
HEADLINE = {
    "retrieval": ["hit@1", "hit@3", "mrr", "ndcg@5"],
    "retrieval_blind": ["hit@1", "hit@3", "mrr", "ndcg@5"],
    "retrieval_blind2": ["hit@1", "hit@3", "mrr", "ndcg@5"],
    "retrieval_blind3": ["hit@1", "hit@3", "mrr", "ndcg@5"],
    "retrieval_blind4": ["hit@1", "hit@3", "mrr", "ndcg@5"],
    "answers": ["fact_recall", "citation_validity", "groundedness"],
    "boundary": ["rubric_pass_rate"],
    "safety": ["recall", "false_positive_rate"],
    "off_topic": ["precision", "recall", "f1"],
    "adversarial": [],
}


def write_json(report: dict[str, Any], path: Path) -> None:
    path.write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")


def _fmt(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:.3f}" if abs(value) < 10 else f"{value:,.0f}"


def _delta(report: dict[str, Any], key: str) -> str:
    entry = report.get("compare", {}).get("metrics", {}).get(key)
    if not entry:
        return ""
    d = entry["delta"]
    return "±0" if abs(d) < 1e-9 else f"{d:+.3f}"


def print_table(report: dict[str, Any], out: Path) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    table = Table(
        title=f"coach eval: {report['run']['cases']} cases in {report['run']['duration_s']} s "
        f"(CPU {report['run'].get('cpu_s', '-')} s)"
    )
    for col in ("set", "passed", "metric", "value", "gate", "Δ"):
        table.add_column(col)
    gates = {g["metric"]: g for g in report.get("gates", [])}
    for name, summary in report["sets"].items():
        first = True
        metrics = summary["metrics"]
        for metric in ["pass_rate", *HEADLINE.get(name, [])]:
            if metric not in metrics:
                continue
            key = f"{name}.{metric}"
            gate = gates.get(key)
            mark = ""
            if gate:
                style = "green" if gate["status"] == "pass" else "bold red"
                mark = f"[{style}]{gate['status']} ({gate['rule']})[/]"
            table.add_row(
                name if first else "",
                f"{summary['passed']}/{summary['cases']}" if first else "",
                metric,
                _fmt(metrics[metric]),
                mark,
                _delta(report, key),
            )
            first = False
    console.print(table)
    lat = report["latency_ms"]["stages"]
    console.print(
        "latency ms: "
        + "; ".join(f"{s} p50 {v['p50']:.1f} / p95 {v['p95']:.1f}" for s, v in lat.items())
    )
    run = report["run"]
    console.print(
        f"backends: {report['backends']}; fallbacks {run['fallbacks']} "
        f"({run['fallback_rate']:.1%}); errors {run['errors']}"
    )
    failed = [g for g in report.get("gates", []) if g["status"] == "fail"]
    for g in failed:
        console.print(
            f"[bold red]gate missed[/]: {g['metric']} = {_fmt(g['value'])}, needs {g['rule']}"
        )
    verdict = "[green]all gates hold[/]" if report.get("passed") else "[bold red]FAILED[/]"
    console.print(f"{verdict}; report: {out / 'report.html'}")


def _png(fig: Any) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=PLOT_DPI, bbox_inches="tight")
    return base64.b64encode(buf.getvalue()).decode("ascii")


def plots(report: dict[str, Any]) -> dict[str, str]:
    """Pass rate per set and latency distribution per stage, as base64 PNGs."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    out: dict[str, str] = {}
    names = list(report["sets"])
    rates = [report["sets"][n]["metrics"]["pass_rate"] for n in names]
    fig, ax = plt.subplots(figsize=(6.5, 3.2))
    bars = ax.bar(names, rates, color=["#3b7a57" if r >= 0.95 else "#c0504d" for r in rates])
    ax.bar_label(bars, labels=[f"{r:.0%}" for r in rates], fontsize=8)
    ax.set_ylim(0, 1.1)
    ax.set_ylabel("cases passed")
    ax.set_title("Pass rate per set")
    out["pass_rate"] = _png(fig)
    plt.close(fig)

    samples = {k: v for k, v in report["latency_ms"].get("samples", {}).items() if v}
    if samples:
        fig, ax = plt.subplots(figsize=(6.5, 3.2))
        ax.boxplot(list(samples.values()), vert=False, showfliers=True)
        ax.set_yticks(range(1, len(samples) + 1), list(samples))
        ax.set_xscale("log")
        ax.set_xlabel("milliseconds (log scale)")
        ax.set_title("Latency per stage")
        out["latency"] = _png(fig)
        plt.close(fig)
    return out


def _esc(value: Any) -> str:
    return html.escape(str(value))


def _metrics_rows(report: dict[str, Any]) -> str:
    gates = {g["metric"]: g for g in report.get("gates", [])}
    rows = []
    for name, summary in report["sets"].items():
        for metric, value in summary["metrics"].items():
            key = f"{name}.{metric}"
            gate = gates.get(key)
            cls = "" if not gate else ("ok" if gate["status"] == "pass" else "bad")
            rule = f"{gate['status']} ({gate['rule']})" if gate else ""
            rows.append(
                f"<tr class='{cls}'><td>{_esc(name)}</td><td>{_esc(metric)}</td>"
                f"<td>{_fmt(value)}</td><td>{_esc(rule)}</td>"
                f"<td>{_esc(_delta(report, key))}</td></tr>"
            )
    return "\n".join(rows)


def _failure_block(case: dict[str, Any]) -> str:
    failed = [c for c in case["checks"] if not c["passed"]]
    reasons = "".join(f"<li><b>{_esc(c['name'])}</b>: {_esc(c['detail'])}</li>" for c in failed)
    if case.get("error"):
        reasons += f"<li><b>crashed</b><pre>{_esc(case['error'])}</pre></li>"
    scripts = "".join(
        f"<li><i>{_esc(s['tone'])}</i> ({_esc(s['framework'])}): {_esc(s['text'])}</li>"
        for s in case.get("scripts", [])
    )
    sections = "".join(f"<li>{_esc(s)}</li>" for s in case.get("sections", []))
    return (
        f"<details><summary><b>{_esc(case['set'])}/{_esc(case['id'])}</b> "
        f"{_esc(case['message'][:120])}</summary>"
        f"<p>intent <code>{_esc(case.get('intent'))}</code>, backend "
        f"<code>{_esc(case.get('backend'))}</code>"
        f"{', fallback: ' + _esc(case['fallback']) if case.get('fallback') else ''}</p>"
        f"<p>expected <code>{_esc(json.dumps(case['expected'], ensure_ascii=False))}</code></p>"
        f"<ul>{reasons}</ul>"
        f"<pre class='answer'>{_esc(case.get('answer', ''))}</pre>"
        f"{'<ol>' + scripts + '</ol>' if scripts else ''}"
        f"{'<p>sources:</p><ol>' + sections + '</ol>' if sections else ''}</details>"
    )


STYLE = """
body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{border-bottom:1px solid #ddd;
padding:.25rem .5rem;text-align:left}tr.ok td:nth-child(4){color:#276b3f}
tr.bad td{background:#fbe9e7}pre{white-space:pre-wrap;background:#f6f6f6;padding:.5rem}
details{margin:.4rem 0;border-left:3px solid #c0504d;padding-left:.6rem}.verdict{font-size:1.2rem}
"""


def render_html(report: dict[str, Any]) -> str:
    run = report["run"]
    imgs = plots(report)
    failures = [c for c in report["cases"] if not c["passed"]]
    lat = "".join(
        f"<tr><td>{_esc(s)}</td><td>{v['p50']:.1f}</td><td>{v['p95']:.1f}</td><td>{v['n']}</td></tr>"
        for s, v in report["latency_ms"]["stages"].items()
    )
    cmp = report.get("compare")
    flips = ""
    if cmp:
        flips = (
            f"<h2>Compared with {_esc(cmp['against'])}</h2>"
            f"<p>newly failing: {_esc(', '.join(cmp['newly_failing']) or 'none')}</p>"
            f"<p>newly passing: {_esc(', '.join(cmp['newly_passing']) or 'none')}</p>"
        )
    latency_img = (
        f'<img alt="latency per stage" src="data:image/png;base64,{imgs["latency"]}">'
        if "latency" in imgs
        else ""
    )
    verdict = "all gates hold" if report.get("passed") else "FAILED: a gate was missed"
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>coach eval {_esc(run["started"])}</title><style>{STYLE}</style></head><body>
<h1>Interdependence Coach: evaluation</h1>
<p class="verdict"><b>{_esc(verdict)}</b></p>
<p>started {_esc(run["started"])}; backend requested {_esc(run["backend_requested"])};
{run["cases"]} cases in {run["duration_s"]} s (CPU {run.get("cpu_s", "-")} s);
errors {run["errors"]};
fallbacks {run["fallbacks"]} ({run["fallback_rate"]:.1%}).</p>
<p>answered by: {_esc(", ".join(f"{k} ×{v}" for k, v in report["backends"].items()) or "-")}</p>
<h2>Metrics</h2><table><tr><th>set</th><th>metric</th><th>value</th><th>gate</th><th>Δ</th></tr>
{_metrics_rows(report)}</table>
<img alt="pass rate per set" src="data:image/png;base64,{imgs["pass_rate"]}">
<h2>Latency (ms)</h2><table><tr><th>stage</th><th>p50</th><th>p95</th><th>n</th></tr>{lat}</table>
{latency_img}
{flips}
<h2>Failing cases ({len(failures)})</h2>
{"".join(_failure_block(c) for c in failures) or "<p>none</p>"}
</body></html>"""


def write_html(report: dict[str, Any], path: Path) -> None:
    path.write_text(render_html(report), encoding="utf-8")

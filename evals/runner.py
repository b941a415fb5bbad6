"""`coach eval`: load the datasets, run them through the coach, gate, and report.

Output: a progress bar on stderr, a table on stdout, `report.json` and a
self-contained `report.html` in the output folder. The exit status is 0 when every
gate of `evals/thresholds.yaml` holds for the sets that ran, 1 when one misses and
2 when the run could not start (bad set name, bad dataset, no coach).
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from evals import metrics as m
from evals.cases import SET_NAMES, DatasetError, is_retrieval, load_set
from evals.checks import CHECKS, CheckContext
from evals.gates import ConfigError, compare, evaluate, load_gates, load_report
from evals.outcome import Outcome
from evals.suites import run_set, set_metrics

if TYPE_CHECKING:
    from assistant.coach.chain import Coach
    from assistant.settings import Settings

log = logging.getLogger(__name__)
STAGES = ("retrieve", "generate", "total")


class UsageError(ValueError):
    """The command line asked for something that does not exist."""


def parse_sets(specs: list[str]) -> list[tuple[str, int | None]]:
    """`["retrieval", "answers:5"]` -> names with an optional case limit (all when empty)."""
    if not specs:
        return [(name, None) for name in SET_NAMES]
    picked: list[tuple[str, int | None]] = []
    for spec in (part for item in specs for part in item.split(",") if part.strip()):
        name, _, limit = spec.strip().partition(":")
        if name not in SET_NAMES:
            raise UsageError(f"unknown set {name!r}; choose from {', '.join(SET_NAMES)}")
        if limit and not limit.isdigit():
            raise UsageError(f"bad limit in {spec!r}: use NAME:N, e.g. answers:5")
        picked.append((name, int(limit) if limit else None))
    return picked


def load_cases(picked: list[tuple[str, int | None]]) -> dict[str, list[Any]]:
    """Cases per set (a conversation set's cases are whole conversations)."""
    from evals.cases import dataset_path
    from evals.conversation import is_conversation_set, load_conversations

    return {
        name: (
            load_conversations(dataset_path(name))
            if is_conversation_set(name)
            else load_set(name, CHECKS)
        )[:limit]
        for name, limit in picked
    }


def make_context(coach: Coach) -> CheckContext:
    """Groundedness scorer, the coach's rubric checker and its prompts, when present."""
    from evals.rubric import GROUNDED_PASS, CachedEmbeddings, coach_groundedness, load_coach_rubric

    embeddings = getattr(coach.retriever, "embeddings", None)
    scorer, pass_mark = (None, GROUNDED_PASS)
    if embeddings is not None:
        scorer, pass_mark = coach_groundedness(CachedEmbeddings(embeddings))  # type: ignore[arg-type]
    try:
        from assistant.llm import prompts

        texts = [
            v
            for k, v in vars(prompts).items()
            if k.isupper() and "SYSTEM" in k and isinstance(v, str)
        ]
    except ImportError:
        texts = []
    return CheckContext(
        groundedness=scorer,
        grounded_pass=pass_mark,
        coach_rubric=load_coach_rubric(),
        prompt_texts=texts,
    )


def _latency(outcomes: list[Outcome]) -> dict[str, Any]:
    stages: dict[str, dict[str, float]] = {}
    samples: dict[str, list[float]] = {}
    for stage in STAGES:
        values = [
            o.timings_ms.get(stage, 0.0)
            for o in outcomes
            if not is_retrieval(o.set) and o.timings_ms.get(stage, 0.0) > 0.0
        ]
        samples[stage] = values
        stages[stage] = {
            "p50": m.percentile(values, 50),
            "p95": m.percentile(values, 95),
            "n": len(values),
        }
    retrieval_only = [o.timings_ms.get("retrieve", 0.0) for o in outcomes if is_retrieval(o.set)]
    if retrieval_only:
        samples["retrieval set: retrieve"] = retrieval_only
        stages["retrieval set: retrieve"] = {
            "p50": m.percentile(retrieval_only, 50),
            "p95": m.percentile(retrieval_only, 95),
            "n": len(retrieval_only),
        }
    by_set = {}
    for name in dict.fromkeys(o.set for o in outcomes):
        totals = [o.timings_ms.get("total", 0.0) for o in outcomes if o.set == name]
        by_set[name] = {"p50": m.percentile(totals, 50), "p95": m.percentile(totals, 95)}
    return {"stages": stages, "by_set": by_set, "samples": samples}


def summarise(
    outcomes: list[Outcome], backend: str | None, started: str, seconds: float
) -> dict[str, Any]:
    """The whole report as plain data (what report.json holds)."""
    names = list(dict.fromkeys(o.set for o in outcomes))
    sets = {}
    for name in names:
        mine = [o for o in outcomes if o.set == name]
        sets[name] = {
            "cases": len(mine),
            "passed": sum(1 for o in mine if o.passed),
            "metrics": set_metrics(name, mine),
        }
    turns = [o for o in outcomes if not is_retrieval(o.set) and o.error is None]
    fallbacks = [o.fallback for o in turns if o.fallback]
    return {
        "run": {
            "started": started,
            "backend_requested": backend or "default",
            "duration_s": round(seconds, 2),
            "cases": len(outcomes),
            "errors": sum(1 for o in outcomes if o.error),
            "fallbacks": len(fallbacks),
            "fallback_rate": len(fallbacks) / len(turns) if turns else 0.0,
        },
        "backends": dict(Counter(o.backend for o in turns if o.backend)),
        "fallback_reasons": dict(Counter(fallbacks)),
        "sets": sets,
        "latency_ms": _latency(outcomes),
        "cases": [o.to_dict() for o in outcomes],
    }


def run_suite(
    coach: Coach,
    cases: dict[str, list[Any]],
    ctx: CheckContext,
    backend: str | None = None,
    progress: bool = True,
) -> dict[str, Any]:
    """Run every picked case; returns the report (without gates)."""
    started = datetime.now(UTC).isoformat(timespec="seconds")
    t0, cpu0 = time.perf_counter(), time.process_time()
    outcomes: list[Outcome] = []
    total = sum(len(v) for v in cases.values())
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    with Progress(
        TextColumn("{task.description:<12}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        disable=not progress,
    ) as bar:
        task = bar.add_task("eval", total=total)
        set_seconds: dict[str, float] = {}
        for name, picked in cases.items():
            bar.update(task, description=name)
            t_set = time.perf_counter()
            outcomes += run_set(name, picked, coach, ctx, lambda: bar.advance(task))
            set_seconds[name] = round(time.perf_counter() - t_set, 2)
            if progress and not console.is_terminal:  # CI logs: one line per set
                console.print(f"{name}: {len(picked)} cases in {set_seconds[name]} s")
    report = summarise(outcomes, backend, started, time.perf_counter() - t0)
    for name, seconds in set_seconds.items():
        report["sets"][name]["seconds"] = seconds
    # CPU seconds of this process (all its threads): comparable across busy and idle machines.
    report["run"]["cpu_s"] = round(time.process_time() - cpu0, 2)
    return report


def finish(report: dict[str, Any], out: Path, old: dict[str, Any] | None) -> int:
    """Gate, write report.json + report.html, print the table; returns the exit status."""
    from evals.report import print_table, write_html, write_json

    gates = evaluate(load_gates(), report)
    report["gates"] = [g.to_dict() for g in gates]
    report["passed"] = all(g.status != "fail" for g in gates)
    if old is not None:
        report["compare"] = compare(old, report)
    out.mkdir(parents=True, exist_ok=True)
    write_json(report, out / "report.json")
    write_html(report, out / "report.html")
    print_table(report, out)
    return 0 if report["passed"] else 1


def run_cli(
    settings: Settings,
    backend: str | None,
    sets: list[str],
    out: Path,
    compare: Path | None,
    emit: Callable[..., None],
) -> int:
    """Entry point of `coach eval`; `emit(text, err=True)` is how the CLI prints."""
    from assistant.errors import CoachError
    from assistant.factory import build_coach

    try:
        cases = load_cases(parse_sets(sets))
        old = load_report(compare) if compare is not None else None
        load_gates()
    except (UsageError, DatasetError, ConfigError) as exc:
        emit(f"coach eval: {exc}", err=True)
        return 2
    try:
        coach = build_coach(settings, backend=backend)
    except CoachError as exc:
        emit(f"coach eval: {exc}", err=True)
        return 2
    report = run_suite(coach, cases, make_context(coach), backend=backend)
    try:
        return finish(report, out, old)
    except OSError as exc:
        emit(f"coach eval: cannot write the report to {out}: {exc}", err=True)
        return 2

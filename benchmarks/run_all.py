"""Run every benchmark, write bench-out/*.json and print a Markdown summary table.

    python -m benchmarks.run_all            # 1k, 10k, 100k chunks (~15-25 min on 2 cores)
    python -m benchmarks.run_all --quick    # 1k and 10k, smaller ingest (~3 min)

Each size runs in its own process so its memory is measured alone. Built indexes
are cached under bench-out/cache/ and reused. Every step has a time limit.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from typing import Any

from benchmarks.common import OUT, machine, say, write_json

FULL_SIZES = [1_000, 10_000, 100_000]
QUICK_SIZES = [1_000, 10_000]
VIEWS_MAX_SIZE = 10_000
"""Sentence views (~6 vectors per chunk) are benchmarked up to this size: writing
600k view vectors for 100k chunks takes too long for a bounded run on 2 cores."""


def step(module: str, args: list[str], timeout: int) -> dict[str, Any] | None:
    """Run `python -m benchmarks.<module>` and read the JSON it wrote."""
    say(f"running {module} {' '.join(args)} (limit {timeout}s)")
    start = time.perf_counter()
    try:
        done = subprocess.run(
            [sys.executable, "-m", f"benchmarks.{module}", *args], timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired:
        say(f"{module} {' '.join(args)} took longer than {timeout}s; skipped")
        return None
    if done.returncode != 0:
        say(f"{module} failed with exit code {done.returncode}")
        return None
    say(f"{module} done in {time.perf_counter() - start:.0f}s")
    return {"ok": True}


def load(name: str) -> dict[str, Any] | None:
    path = OUT / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


def table(queries: list[dict[str, Any]], ingest: dict[str, Any] | None) -> str:
    """The README performance table."""
    lines = [
        "| chunks | views | dense p50 / p95 (ms) | BM25 p50 / p95 (ms) | hybrid p50 / p95 (ms) "
        "| hybrid CPU p50 / p95 (ms) | RSS (MB) | BM25 ready (s) | load avg |",
        "|---:|:---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for q in queries:
        cells = [
            f"{q[kind]['p50_ms']:.1f} / {q[kind]['p95_ms']:.1f}"
            for kind in ("dense", "bm25", "hybrid")
        ]
        hybrid = q["hybrid"]
        lines.append(
            f"| {q['size']:,} | {'yes' if q.get('views') else 'no'} | {' | '.join(cells)} "
            f"| {hybrid['cpu_p50_ms']:.1f} / {hybrid['cpu_p95_ms']:.1f} | {q['rss_mb']:.0f} "
            f"| {q['bm25_ready_s']:.1f} | {q['machine']['load_avg_1m']:.1f} |"
        )
    if ingest:
        lines += [
            "",
            f"Ingest ({ingest['chunks']} chunks): bare embedding model "
            f"{ingest['raw_embed_chunks_per_s_before']:.1f}-"
            f"{ingest['raw_embed_chunks_per_s_after']:.1f} chunks/s; `index.sync` "
            f"{ingest['sync_only_chunks_per_s']:.1f} chunks/s "
            f"({ingest['sync_only_ratio_to_raw']:.0%} of the ceiling, target 80%); full "
            f"`coach ingest` path {ingest['ingest_chunks_per_s']:.1f} chunks/s "
            f"({ingest['ratio_to_raw']:.0%}).",
        ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1k and 10k only, small ingest")
    parser.add_argument("--sizes", type=int, nargs="*", help="corpus sizes for the queries")
    parser.add_argument("--queries", type=int, help="queries per size")
    parser.add_argument("--ingest-size", type=int, help="chunks for the ingest benchmark")
    parser.add_argument("--skip-ingest", action="store_true")
    parser.add_argument("--no-views", action="store_true", help="skip the sentence-view runs")
    args = parser.parse_args(argv)

    sizes = args.sizes or (QUICK_SIZES if args.quick else FULL_SIZES)
    n_queries = args.queries or (50 if args.quick else 200)
    ingest_size = args.ingest_size or (300 if args.quick else 2000)
    started = time.time()

    ingest = None
    if not args.skip_ingest and step("bench_ingest", ["--size", str(ingest_size)], 1800):
        ingest = load("ingest")
    queries = []
    runs = [(size, False) for size in sizes]
    if not args.no_views:
        runs += [(size, True) for size in sizes if size <= VIEWS_MAX_SIZE]
    for size, views in runs:
        limit = 900 if size <= 10_000 else 2400
        extra = ["--views"] if views else []
        if step("bench_query", ["--size", str(size), "--queries", str(n_queries), *extra], limit):
            result = load(f"query-{size}{'-views' if views else ''}")
            if result:
                queries.append(result)

    summary = {
        "quick": args.quick,
        "wall_s": round(time.time() - started, 1),
        "machine": machine(),
        "ingest": ingest,
        "query": queries,
        "table_markdown": table(queries, ingest),
    }
    path = write_json("summary", summary)
    print(summary["table_markdown"])
    say(f"wrote {path} in {summary['wall_s']:.0f}s")
    return 0 if queries else 1


if __name__ == "__main__":
    sys.exit(main())

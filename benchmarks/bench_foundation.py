"""Foundation numbers: retrieval quality and warm latency on the article, CLI cold start.

    python -m benchmarks.bench_foundation [--runs N]

Writes bench-out/foundation.json and prints a summary. Uses a private data dir.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATASET = REPO / "evals" / "datasets" / "retrieval.jsonl"


def retrieval(data_dir: Path) -> dict:
    from assistant.factory import ingest, make_index, make_retriever
    from assistant.offline import ensure_offline_env
    from assistant.settings import Settings

    ensure_offline_env()
    settings = Settings(data_dir=data_dir, _env_file=None)
    index = make_index(settings)
    ingest(index, [settings.corpus_dir])
    retriever = make_retriever(index, cache_dir=settings.data_dir / "cache")
    cases = [json.loads(x) for x in DATASET.read_text(encoding="utf-8").splitlines() if x]
    for case in cases:  # warm: model loaded, BM25 built, query vectors not cached
        retriever.retrieve(case["input"]["message"] + " (warm-up)", k=4)
    from benchmarks.bench_retrieval import score_cases

    return score_cases(retriever, cases)


def cold_start(data_dir: Path, runs: int) -> dict:
    env = dict(os.environ, COACH_DATA_DIR=str(data_dir), COACH_BACKEND="extractive")
    cmd = [
        sys.executable,
        "-m",
        "assistant.cli",
        "ask",
        "--json",
        "What are the four key ingredients?",
    ]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, env=env, capture_output=True, check=True)
        times.append(time.perf_counter() - start)
    return {"cold_ask_s_p50": statistics.median(times), "cold_ask_s_max": max(times), "runs": runs}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        result = {"machine": f"{os.cpu_count()} cores", **retrieval(Path(tmp))}
        result.update(cold_start(Path(tmp), args.runs))
    out = REPO / "bench-out"
    out.mkdir(exist_ok=True)
    (out / "foundation.json").write_text(json.dumps(result, indent=2))
    for key, value in result.items():
        print(f"{key:24s} {value:.3f}" if isinstance(value, float) else f"{key:24s} {value}")


if __name__ == "__main__":
    main()

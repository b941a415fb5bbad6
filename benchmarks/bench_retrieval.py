"""Retrieval models side by side on every retrieval set: quality, warm latency, ingest.

    python -m benchmarks.bench_retrieval [--models minilm,nomic] [--dense-weights 0.7]

For each retrieval embedding model (COACH_EMBEDDINGS) it builds the article's index in
a private data dir, then ranks the sections of every question of the labelled and
blind sets with the hybrid retriever as the coach builds it (query centring on for a
model that has it): hit@1, hit@3, MRR and warm p50 / p95 per query (query vectors not
cached). Then the same without centring: its latency is the search alone, since the
query vectors are cached by then. Writes bench-out/retrieval.json with the load average.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.common import machine, percentile, say, write_json

REPO = Path(__file__).resolve().parent.parent


def _cases(name: str) -> list[dict[str, Any]]:
    path = REPO / "evals" / "datasets" / f"{name}.jsonl"
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x]


def score_cases(retriever: Any, cases: list[dict[str, Any]]) -> dict[str, float]:
    """hit@1, hit@3, MRR and warm latency of the retriever on retrieval cases."""
    ranks, latencies = [], []
    for case in cases:
        question = case["input"]["message"]
        start = time.perf_counter()
        passages = retriever.retrieve(question, k=5)
        latencies.append((time.perf_counter() - start) * 1000)
        gold = set(case["expected"]["sections"])
        ranks.append(next((i for i, p in enumerate(passages, 1) if p.section in gold), None))
    n = len(ranks)
    return {
        "questions": n,
        "hit@1": round(sum(1 for r in ranks if r == 1) / n, 3),
        "hit@3": round(sum(1 for r in ranks if r and r <= 3) / n, 3),
        "mrr": round(sum(1 / r for r in ranks if r) / n, 3),
        "warm_ms_p50": round(percentile(latencies, 50), 1),
        "warm_ms_p95": round(percentile(latencies, 95), 1),
    }


def bench_model(model: str, weights: list[float], data_dir: Path) -> dict[str, Any]:
    from assistant.factory import ingest, make_index, query_centre
    from assistant.knowledge.retrieval import HybridRetriever
    from assistant.knowledge.views import ChunkViews
    from assistant.settings import Settings

    settings = Settings(data_dir=data_dir, embeddings=model, _env_file=None)
    index = make_index(settings)
    start = time.perf_counter()
    ingest(index, [settings.corpus_dir])
    ingest_s = time.perf_counter() - start
    views = ChunkViews(index, index.embeddings)
    from evals.cases import RETRIEVAL_SETS

    out: dict[str, Any] = {"ingest_s": round(ingest_s, 1), "chunks": index.count()}
    centre = query_centre(index.embeddings, data_dir / "cache")
    if centre is not None:
        centre.prepare()
    modes = [("", centre)] + ([(" uncentred (vectors cached)", None)] if centre else [])
    for label, mode in modes:
        for weight in weights:
            retriever = HybridRetriever(
                index, index.embeddings, views=views, dense_weight=weight, centre=mode
            )
            retriever.retrieve("warm-up: load the model and build BM25", k=4)
            for name in RETRIEVAL_SETS:
                row = score_cases(retriever, _cases(name))
                out[f"{name} dw={weight}{label}"] = row
                say(f"{model} dw={weight}{label} {name}: {row}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", default="minilm,nomic")
    parser.add_argument("--dense-weights", default="0.7")
    args = parser.parse_args()
    from assistant.offline import ensure_offline_env

    ensure_offline_env()
    weights = [float(w) for w in args.dense_weights.split(",")]
    results: dict[str, Any] = {"machine": machine(), "load_before": os.getloadavg()}
    with tempfile.TemporaryDirectory() as tmp:
        for model in args.models.split(","):
            results[model] = bench_model(model, weights, Path(tmp) / model)
    results["load_after"] = os.getloadavg()
    say(f"wrote {write_json('retrieval', results)}")


if __name__ == "__main__":
    main()

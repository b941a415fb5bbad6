"""Ingest throughput (chunks/s) against the embedding model's raw throughput.

    python -m benchmarks.bench_ingest --size 2000

The ceiling is the MiniLM model embedding the same chunk texts in a loop (measured
before and after the ingest; the machine is shared, so both are reported). The
ingest is the real path (`assistant.factory.ingest`: Markdown files -> load -> chunk
-> embed -> Chroma, plus whatever else the factory indexes, e.g. sentence views),
into an empty index; `index.sync` alone (chunk vectors only) is timed too. Then a
re-ingest with no change and one with one file changed.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path
from typing import Any

from assistant.offline import ensure_offline_env
from benchmarks.common import machine, peak_rss_mb, say, write_json


def raw_rate(texts: list[str]) -> float:
    """Chunks per second of the bare embedding model (loaded and warmed first)."""
    from assistant.knowledge.embeddings import MiniLMEmbeddings

    model = MiniLMEmbeddings()
    model.embed_many(texts[:32])
    start = time.perf_counter()
    model.embed_many(texts)
    return len(texts) / (time.perf_counter() - start)


def run(size: int, seed: int = 7) -> dict[str, Any]:
    ensure_offline_env()
    from assistant.factory import ingest
    from assistant.knowledge.chunking import chunk_documents
    from assistant.knowledge.corpus import load_corpus
    from assistant.knowledge.embeddings import MiniLMEmbeddings
    from assistant.knowledge.index import ChunkIndex
    from benchmarks.corpus import generate, write_markdown

    with tempfile.TemporaryDirectory(prefix="coach-bench-") as tmp:
        folder = Path(tmp) / "corpus"
        files = write_markdown(generate(size, seed), folder)
        texts = [c.embed_text for c in chunk_documents(load_corpus([folder]).documents)]
        say(f"ingest: {len(texts)} chunks in {len(files)} files; raw model rate first")
        before = raw_rate(texts)
        say(f"ingest: raw {before:.1f} chunks/s; now the full ingest")

        embeddings = MiniLMEmbeddings()
        embeddings.embed_many(texts[:32])
        chunks = chunk_documents(load_corpus([folder]).documents)
        start = time.perf_counter()
        ChunkIndex(embeddings, Path(tmp) / "sync-only").sync(chunks)
        sync_s = time.perf_counter() - start
        say(f"ingest: index.sync alone {len(texts) / sync_s:.1f} chunks/s; now the full ingest")

        index = ChunkIndex(embeddings, Path(tmp) / "index")
        start = time.perf_counter()
        report = ingest(index, [folder])
        elapsed = time.perf_counter() - start
        rate = len(texts) / elapsed
        say(f"ingest: {rate:.1f} chunks/s end to end; raw model rate again")
        after = raw_rate(texts)

        start = time.perf_counter()
        unchanged = ingest(index, [folder])
        unchanged_s = time.perf_counter() - start
        first = files[0]
        first.write_text(first.read_text(encoding="utf-8") + "\n## Added\n\nA new section.\n")
        start = time.perf_counter()
        changed = ingest(index, [folder])
        changed_s = time.perf_counter() - start

    ceiling = (before + after) / 2
    result: dict[str, Any] = {
        "chunks": len(texts),
        "files": len(files),
        "raw_embed_chunks_per_s_before": round(before, 1),
        "raw_embed_chunks_per_s_after": round(after, 1),
        "sync_only_chunks_per_s": round(len(texts) / sync_s, 1),
        "sync_only_ratio_to_raw": round(len(texts) / sync_s / ceiling, 3),
        "ingest_chunks_per_s": round(rate, 1),
        "ingest_s": round(elapsed, 2),
        "ratio_to_raw": round(rate / ceiling, 3),
        "target_ratio": 0.8,
        "added": report.added,
        "reingest_unchanged_s": round(unchanged_s, 2),
        "reingest_unchanged_added": unchanged.added,
        "reingest_one_file_changed_s": round(changed_s, 2),
        "reingest_one_file_changed_added": changed.added,
        "peak_rss_mb": peak_rss_mb(),
        "machine": machine(),
    }
    say(f"ingest: {result['ratio_to_raw']:.0%} of the raw embedding rate")
    return result


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    result = run(args.size, args.seed)
    say(f"wrote {write_json('ingest', result)}")
    return result


if __name__ == "__main__":
    main()

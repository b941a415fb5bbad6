"""Query latency (dense, BM25, hybrid) and memory at one corpus size.

    python -m benchmarks.bench_query --size 100000 [--queries 200]

The synthetic chunks go straight into Chroma with composed vectors (see
benchmarks/corpus.py), so a 100k-chunk index takes about a minute instead of the
~17 minutes real embedding would. Queries are embedded for real with the MiniLM
model and no query cache, so every dense and hybrid timing includes one embedding.
The built index is kept under bench-out/cache/ and reused by later runs.
"""

from __future__ import annotations

import argparse
import shutil
import time
from pathlib import Path
from typing import Any

from assistant.offline import ensure_offline_env
from benchmarks.common import OUT, dir_mb, latency, machine, peak_rss_mb, rss_mb, say, write_json

COLLECTION = "bench"


def build_views(corpus: Any, vectors: Any, pool_vecs: Any, index: Any) -> float:
    """The sentence-view collection the production retriever reads (`knowledge/views.py`).

    Vectors are composed like the chunks': a chunk's body view takes the chunk's
    vector, each sentence view its pool sentence's vector.
    """
    from assistant.knowledge.views import ChunkViews, chunk_views

    views = ChunkViews(index, index.embeddings)
    ids, vecs, metas = [], [], []
    for chunk, vector, picks in zip(corpus.chunks, vectors, corpus.sentence_ids, strict=True):
        texts = chunk_views(chunk)
        per_view = [vector] + [pool_vecs[p] for p in picks]
        for j, _ in enumerate(texts):
            ids.append(f"{chunk.chunk_id}:{j}")
            vecs.append(per_view[j] if j < len(per_view) else vector)
            metas.append({"chunk_id": chunk.chunk_id})
    start = time.perf_counter()
    step = 4096
    for first in range(0, len(ids), step):
        views.collection.add(
            ids=ids[first : first + step],
            embeddings=vecs[first : first + step],
            metadatas=metas[first : first + step],
        )
        if first and first % (step * 5) == 0:
            say(f"  {first}/{len(ids)} views written")
    return time.perf_counter() - start


def build_index(
    size: int, seed: int, folder: Path, embeddings: Any, with_views: bool = False
) -> dict[str, Any]:
    """Fill `folder` with a `size`-chunk synthetic index (reused when already complete)."""
    from assistant.knowledge.chroma_store import SPACE, chunk_metadata
    from assistant.knowledge.index import ChunkIndex
    from benchmarks.corpus import chunk_vectors, generate, pool_vectors

    index = ChunkIndex(embeddings, folder, collection=COLLECTION)
    if (folder / "complete").is_file() and index.count() == size:
        say(f"reusing the {size}-chunk index in {folder}")
        return {"reused": True}
    if folder.exists():
        shutil.rmtree(folder)
    index = ChunkIndex(embeddings, folder, collection=COLLECTION)
    start = time.perf_counter()
    corpus = generate(size, seed)
    pool_vecs = pool_vectors(corpus.pool, OUT / "cache", embeddings)
    vectors = chunk_vectors(corpus, pool_vecs)
    generated = time.perf_counter() - start
    say(f"generated {size} chunks in {generated:.1f}s; writing them to Chroma")
    collection = index.client.create_collection(
        name=f"{COLLECTION}-g1", metadata=SPACE, embedding_function=None
    )
    start = time.perf_counter()
    step = 4096
    for first in range(0, size, step):
        batch = corpus.chunks[first : first + step]
        collection.add(
            ids=[c.chunk_id for c in batch],
            embeddings=vectors[first : first + step],
            documents=[c.embed_text for c in batch],
            metadatas=[chunk_metadata(c) for c in batch],
        )
        if first and first % (step * 5) == 0:
            say(f"  {first}/{size} written")
    written = time.perf_counter() - start
    views_s = build_views(corpus, vectors, pool_vecs, index) if with_views else None
    (folder / "complete").write_text("ok")
    return {
        "reused": False,
        "generate_s": round(generated, 2),
        "chroma_write_s": round(written, 2),
        "views_write_s": round(views_s, 2) if views_s is not None else None,
    }


def run(size: int, n_queries: int, seed: int = 7, views: bool = False) -> dict[str, Any]:
    ensure_offline_env()
    from assistant.knowledge.embeddings import MiniLMEmbeddings
    from assistant.knowledge.index import ChunkIndex
    from assistant.knowledge.retrieval import HybridRetriever
    from benchmarks.corpus import queries

    embeddings = MiniLMEmbeddings(cache_size=0)  # no query cache: every query is embedded
    folder = OUT / "cache" / f"size-{size}-s{seed}{'-views' if views else ''}" / "index"
    built = build_index(size, seed, folder, embeddings, with_views=views)
    rss_start = rss_mb()
    index = ChunkIndex(embeddings, folder, collection=COLLECTION)
    if views:
        from assistant.knowledge.views import ChunkViews

        retriever = HybridRetriever(index, embeddings, views=ChunkViews(index, embeddings))
    else:
        retriever = HybridRetriever(index, embeddings)

    start = time.perf_counter()
    chunks = index.all_chunks()
    fetch_s = time.perf_counter() - start
    start = time.perf_counter()
    assert len(retriever.chunks) == size == len(chunks)
    bm25_ready_s = time.perf_counter() - start
    say(f"size {size}: all chunks read in {fetch_s:.1f}s, BM25 ready in {bm25_ready_s:.1f}s")
    del chunks

    asked = queries(n_queries, seed + 4)
    result: dict[str, Any] = {
        "size": size,
        "views": views,
        "queries": n_queries,
        "index": built,
        "read_all_chunks_s": round(fetch_s, 2),
        "bm25_ready_s": round(bm25_ready_s, 2),
        "embed_query": latency(embeddings.embed_query, asked),
        "dense": latency(lambda q: retriever.dense(q, retriever.candidates), asked),
        "bm25": latency(lambda q: retriever.bm25.search(q, retriever.candidates), asked),
        "hybrid": latency(lambda q: retriever.retrieve(q, 4), asked),
        "rss_before_open_mb": rss_start,
        "rss_mb": rss_mb(),
        "peak_rss_mb": peak_rss_mb(),
        "index_disk_mb": dir_mb(folder),
        "machine": machine(),
    }
    say(
        f"size {size}: hybrid p50 {result['hybrid']['p50_ms']} ms, "
        f"p95 {result['hybrid']['p95_ms']} ms, RSS {result['rss_mb']} MB"
    )
    return result


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, required=True)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--views", action="store_true", help="also the sentence views (as the app retrieves)"
    )
    args = parser.parse_args(argv)
    result = run(args.size, args.queries, args.seed, args.views)
    path = write_json(f"query-{args.size}{'-views' if args.views else ''}", result)
    say(f"wrote {path}")
    return result


if __name__ == "__main__":
    main()

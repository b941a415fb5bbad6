"""Hybrid retrieval: dense (Chroma) + lexical (BM25, bm25s), fused by score.

Dense score of a chunk: the best cosine similarity among its own vector and its
views (body, sentences; see views.py). Fusion: a convex combination of the min-max
normalised dense and BM25 scores of the candidates (Bruch et al., "An Analysis of
Fusion Functions for Hybrid Retrieval", 2023, found it more accurate than
reciprocal-rank fusion). DENSE_WEIGHT was chosen on the odd-numbered half of the
labelled question set and checked on the even half. Near-duplicate passages (e.g.
the overlapping halves of a split section) never both reach the top k.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import threading
from functools import cached_property
from pathlib import Path
from typing import Any

from langchain_core.embeddings import Embeddings

from assistant.knowledge.centring import QueryCentre
from assistant.knowledge.index import ChunkIndex
from assistant.knowledge.views import ChunkViews
from assistant.schema import Chunk, Passage

log = logging.getLogger(__name__)

DENSE_WEIGHT = 0.7
"""Weight of the dense score in the fusion (BM25 gets the rest)."""
CANDIDATES = 20
"""How many candidates each retriever contributes before fusion."""
CACHE_MIN_CHUNKS = 2000
"""Smaller indexes build their BM25 index in well under a second: no disk cache."""
NEAR_DUPLICATE_JACCARD = 0.8
WORD_RE = re.compile(r"\w+")
HYPHENATED_RE = re.compile(r"\b(\w+)-(\w+)\b")


def lexical_form(text: str) -> str:
    """Text for BM25: hyphenated words also appear joined ("co-dependent codependent"),
    so a query spelling "codependency" meets an article spelling "co-dependence"."""
    return HYPHENATED_RE.sub(r"\1-\2 \1\2", text)


def _normalise(scores: dict[str, float]) -> dict[str, float]:
    if not scores:
        return {}
    lo, hi = min(scores.values()), max(scores.values())
    span = hi - lo
    return {k: (v - lo) / span if span > 0 else 1.0 for k, v in scores.items()}


def _word_set(text: str) -> set[str]:
    return {w.lower() for w in WORD_RE.findall(text)}


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


class BM25Index:
    """BM25 over the chunks' heading path + text, with English stemming."""

    @cached_property
    def by_id(self) -> dict[str, Chunk]:
        """The indexed chunks by id (built on first use)."""
        return {c.chunk_id: c for c in self.chunks}

    def __init__(self, chunks: list[Chunk]) -> None:
        import bm25s

        # bm25s sets its own logger to DEBUG when imported; keep its chatter out of stderr.
        logging.getLogger("bm25s").setLevel(logging.WARNING)

        self.chunks = chunks
        self._stemmer = _make_stemmer()
        self._retriever: Any = None
        if chunks:
            tokens = bm25s.tokenize(
                [lexical_form(c.embed_text) for c in chunks],
                stopwords="en",
                stemmer=self._stemmer,
                show_progress=False,
            )
            self._retriever = bm25s.BM25()
            self._retriever.index(tokens, show_progress=False)

    def save(self, folder: Path) -> None:
        """Write the index and its chunks to `folder` (replaced in one rename)."""
        if self._retriever is None:
            return
        staging = folder.with_name(f"{folder.name}.tmp-{os.getpid()}")
        shutil.rmtree(staging, ignore_errors=True)
        self._retriever.save(str(staging))
        with (staging / "chunks.jsonl").open("w", encoding="utf-8") as out:
            for chunk in self.chunks:
                out.write(chunk.model_dump_json() + "\n")
        os.replace(staging, folder)

    @classmethod
    def load(cls, folder: Path) -> BM25Index:
        """An index written by :meth:`save` (no re-tokenising)."""
        import bm25s

        with (folder / "chunks.jsonl").open(encoding="utf-8") as lines:
            chunks = [Chunk(**json.loads(line)) for line in lines]
        loaded = cls([])
        loaded.chunks = chunks
        loaded._retriever = bm25s.BM25.load(str(folder))
        return loaded

    def search(self, query: str, n: int) -> list[tuple[Chunk, float]]:
        import bm25s

        if self._retriever is None:
            return []
        tokens = bm25s.tokenize(
            lexical_form(query),
            stopwords="en",
            stemmer=self._stemmer,
            return_ids=False,
            show_progress=False,
        )
        if not tokens or not tokens[0]:
            return []
        vocab = self._retriever.vocab_dict
        known = [[t for t in tokens[0] if t in vocab]]
        if not known[0]:
            return []
        ids, scores = self._retriever.retrieve(
            known, k=min(n, len(self.chunks)), show_progress=False, n_threads=0
        )
        return [
            (self.chunks[int(i)], float(s))
            for i, s in zip(ids[0], scores[0], strict=True)
            if float(s) > 0.0
        ]


CODE_VERSION = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:12]
"""Tokenising is defined here: any change to this file invalidates cached BM25 indexes."""


def cached_bm25(index: ChunkIndex) -> BM25Index:
    """The BM25 index of the index's current generation, from the disk cache if there.

    Building it at 100k chunks means reading every chunk from Chroma and tokenising
    them (minutes on 2 cores); loading the cache takes seconds. The cache sits next
    to the index (``<data dir>/cache/bm25-...``), keyed by the collection's id and
    size, so a new generation never reads an old cache.
    """
    collection = index.collection
    count = index.count()
    root = index.index_dir.parent / "cache"
    prefix = f"bm25-{index.collection_name}-"
    folder = root / f"{prefix}{collection.id}-{count}-{CODE_VERSION}"
    if (folder / "chunks.jsonl").is_file():
        try:
            return BM25Index.load(folder)
        except Exception as exc:  # a damaged cache is rebuilt, never fatal
            log.warning("ignoring the BM25 cache at %s: %s", folder, exc)
    bm25 = BM25Index(index.all_chunks())
    if count < CACHE_MIN_CHUNKS:
        return bm25
    try:
        root.mkdir(parents=True, exist_ok=True)
        for old in root.glob(f"{prefix}*"):
            shutil.rmtree(old, ignore_errors=True)
        bm25.save(folder)
    except OSError as exc:  # e.g. a read-only data dir: work without the cache
        log.info("BM25 cache not written (%s)", exc)
    return bm25


def _make_stemmer() -> Any:
    try:
        import Stemmer

        return Stemmer.Stemmer("english")
    except ImportError:  # stemming improves recall; BM25 still works without it
        log.info("PyStemmer not installed; BM25 runs without stemming")
        return None


class HybridRetriever:
    """Dense + BM25 retrieval over a :class:`ChunkIndex`. BM25 is built lazily."""

    def __init__(
        self,
        index: ChunkIndex,
        embeddings: Embeddings,
        candidates: int = CANDIDATES,
        dense_weight: float = DENSE_WEIGHT,
        views: ChunkViews | None = None,
        centre: QueryCentre | None = None,
    ) -> None:
        self.index = index
        self.centre = centre
        """Ranks the dense side by the centred query (centring.py); scores stay raw."""
        self.embeddings = embeddings
        self.candidates = candidates
        self.dense_weight = dense_weight
        self.views = views
        self._bm25: BM25Index | None = None
        self._bm25_of: str | None = None
        """The collection (index generation) the BM25 index was built from."""
        self._lock = threading.Lock()

    @property
    def bm25(self) -> BM25Index:
        """BM25 over the generation the dense side reads. When another process (say
        `coach ingest` beside a running server) commits a new generation, the index
        reopens on its next read and BM25 is rebuilt to match."""
        with self._lock:
            source = str(self.index.collection.name)
            if self._bm25 is None or self._bm25_of != source:
                self._bm25 = cached_bm25(self.index)
                self._bm25_of = source
            return self._bm25

    def refresh(self) -> None:
        """Forget the BM25 index (call after the collection changed)."""
        with self._lock:
            self._bm25 = None

    @property
    def chunks(self) -> list[Chunk]:
        """All indexed chunks in reading order."""
        return self.bm25.chunks

    def _nearest(self, vector: list[float], n: int) -> dict[str, tuple[Chunk, float]]:
        """Chunk id -> (chunk, best cosine among its own vector and its views)."""
        best = {c.chunk_id: (c, score) for c, score in self.index.search(vector, n)}
        if self.views is not None:
            by_id = self.bm25.by_id
            for cid, score in self.views.search(vector, n * 4).items():
                chunk = best[cid][0] if cid in best else by_id.get(cid)
                if chunk is not None and score > best.get(cid, (chunk, -1.0))[1]:
                    best[cid] = (chunk, score)
        return best

    def dense_ranked(
        self, query: str, n: int
    ) -> tuple[list[tuple[Chunk, float]], dict[str, float]]:
        """The n nearest chunks by their best view, best first, with the scores that
        rank them (centred when a centre is set), and each chunk's raw cosine."""
        vector = self.embeddings.embed_query(query)
        raw = self._nearest(vector, n)
        ranking = raw if self.centre is None else self._nearest(self.centre.apply(vector), n)
        ranked = sorted(ranking.values(), key=lambda cs: cs[1], reverse=True)[: max(n, 1)]
        return ranked, {cid: score for cid, (_, score) in raw.items()}

    def dense(self, query: str, n: int) -> list[tuple[Chunk, float]]:
        """Nearest chunks by their best view (own vector, body, sentences), best first."""
        return self.dense_ranked(query, n)[0]

    def retrieve(self, query: str, k: int = 4) -> list[Passage]:
        """The k best passages for `query`, best first."""
        if not query.strip():
            return []
        n = max(self.candidates, k)
        dense_hits, cosines = self.dense_ranked(query, n)
        lexical_hits = self.bm25.search(query, n)
        fused: dict[str, dict[str, Any]] = {}
        for chunk, _ in dense_hits:  # the raw cosine: what the thin-evidence checks read
            entry = fused.setdefault(chunk.chunk_id, {"chunk": chunk})
            if chunk.chunk_id in cosines:
                entry["dense_score"] = cosines[chunk.chunk_id]
        for chunk, score in lexical_hits:
            fused.setdefault(chunk.chunk_id, {"chunk": chunk})["bm25_score"] = score
        dense_norm = _normalise({c.chunk_id: s for c, s in dense_hits})
        lexical_norm = _normalise({c.chunk_id: s for c, s in lexical_hits})
        for cid, entry in fused.items():
            entry["score"] = self.dense_weight * dense_norm.get(cid, 0.0) + (
                1.0 - self.dense_weight
            ) * lexical_norm.get(cid, 0.0)
        ranked = sorted(
            fused.values(), key=lambda e: (e["score"], e["chunk"].chunk_id), reverse=True
        )
        picked: list[Passage] = []
        picked_words: list[set[str]] = []
        for entry in ranked:
            chunk = entry["chunk"]
            words = _word_set(chunk.text)
            if any(jaccard(words, seen) >= NEAR_DUPLICATE_JACCARD for seen in picked_words):
                continue
            picked.append(
                Passage(
                    chunk_id=chunk.chunk_id,
                    source=chunk.source,
                    section=chunk.section,
                    text=chunk.text,
                    score=entry["score"],
                    dense_score=entry.get("dense_score"),
                    bm25_score=entry.get("bm25_score"),
                )
            )
            picked_words.append(words)
            if len(picked) == k:
                break
        return picked

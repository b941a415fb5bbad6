"""Extra dense "views" of each chunk: its body alone and each of its sentences.

MiniLM compresses a whole section into one vector, so a question that matches one
sentence of a long section scores poorly against the section's vector. Storing a few
smaller views per chunk (small-to-big retrieval) and scoring a chunk by its best view
lifts recall noticeably on the labelled question set (see the closing notes of the
retrieval work). Views live in a sibling collection ``<collection>_views`` of the same
Chroma client; each record's metadata names its chunk. Views are derived data: a
sync rewrites the views of new chunks and drops those of vanished ones.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any

from langchain_core.embeddings import Embeddings

from assistant.knowledge.chroma_store import SPACE
from assistant.knowledge.index import ChunkIndex
from assistant.knowledge.sentences import split_sentences
from assistant.schema import Chunk

log = logging.getLogger(__name__)

BATCH = 512
PROGRESS_STEP = 32
"""Views embedded between two progress reports."""
MIN_WORDS = 4


def chunk_views(chunk: Chunk) -> list[str]:
    """The texts embedded for one chunk: the body, then each sentence under its heading."""
    leaf = chunk.section.split(" > ")[-1]
    views = [chunk.text]
    views += [f"{leaf}: {s}" for s in split_sentences(chunk.text) if len(s.split()) >= MIN_WORDS]
    return list(dict.fromkeys(views))


class ChunkViews:
    """Sentence and body vectors per chunk, for max-over-views dense scoring."""

    def __init__(self, index: ChunkIndex, embeddings: Embeddings) -> None:
        self.index = index
        self.embeddings = embeddings
        self.name = f"{index.collection_name}_views"
        self._collection: Any = None

    @property
    def collection(self) -> Any:
        if self._collection is None:
            self._collection = self.index.client.get_or_create_collection(
                name=self.name, metadata=SPACE, embedding_function=None
            )
        return self._collection

    def _parents(self) -> set[str]:
        got = self.collection.get(include=[])
        return {i.split(":", 1)[0] for i in got["ids"]}

    def sync(
        self, chunks: Iterable[Chunk], progress: Callable[[int, int], None] | None = None
    ) -> int:
        """Add views for chunks that have none; drop views of chunks that are gone.
        `progress(done, total)` is called as views are embedded."""
        wanted = {c.chunk_id: c for c in chunks}
        have = self._parents()
        gone = sorted(have - set(wanted))
        if gone:
            self.collection.delete(where={"chunk_id": {"$in": gone}})
        records = [
            (f"{cid}:{j}", text, cid)
            for cid, chunk in wanted.items()
            if cid not in have
            for j, text in enumerate(chunk_views(chunk))
        ]
        for start in range(0, len(records), BATCH):
            batch = records[start : start + BATCH]
            vectors: list[list[float]] = []
            for step in range(0, len(batch), PROGRESS_STEP):
                texts = [r[1] for r in batch[step : step + PROGRESS_STEP]]
                vectors += self.embeddings.embed_documents(texts)
                if progress is not None:
                    progress(start + step + len(texts), len(records))
            self.collection.upsert(
                ids=[r[0] for r in batch],
                embeddings=vectors,
                metadatas=[{"chunk_id": r[2]} for r in batch],
            )
        return len(records)

    def reset(self) -> None:
        try:
            self.index.client.delete_collection(self.name)
        except Exception:  # absent: nothing to drop
            log.debug("no views collection to drop")
        self._collection = None

    def search(self, query_vector: list[float], n: int) -> dict[str, float]:
        """Best cosine similarity per chunk id among the `n` nearest views."""
        if self.collection.count() == 0:
            return {}
        res = self.collection.query(
            query_embeddings=[query_vector], n_results=n, include=["metadatas", "distances"]
        )
        best: dict[str, float] = {}
        for meta, dist in zip(res["metadatas"][0], res["distances"][0], strict=True):
            cid = str((meta or {}).get("chunk_id", ""))
            best[cid] = max(best.get(cid, -1.0), 1.0 - float(dist))
        return best

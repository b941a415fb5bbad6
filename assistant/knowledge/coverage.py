"""How closely the passages retrieved for a question match it, on a fixed scale.

The chain decides two things from that closeness: whether the article covers a
question at all (else it says so) and whether a message is in the article's own words
(so never off-topic). Its thresholds were measured with MiniLM, whose cosine spreads
related and unrelated texts apart; nomic-embed-text-v1.5, better at ranking, packs them
close together (a covered "we had a huge fight, how do we come back from it" scores
0.58, "what's the capital of peru" 0.46), so no threshold on its scores works. The
closeness is therefore always scored with the sentence model: the question against
each retrieved passage's body and sentences (their vectors come from the disk cache),
whatever model did the retrieving.
"""

from __future__ import annotations

from collections.abc import Sequence

from langchain_core.embeddings import Embeddings

from assistant.knowledge.views import chunk_views
from assistant.schema import Chunk, DenseScale, Passage


class SentenceCoverage:
    """Best cosine between a question and the views of its passages (MiniLM scale)."""

    def __init__(self, queries: Embeddings, documents: Embeddings, scale: DenseScale) -> None:
        self.queries = queries
        self.documents = documents
        self.scale = scale

    def best(self, query: str, passages: Sequence[Passage]) -> float | None:
        import numpy as np

        chunks = [
            Chunk(chunk_id=p.chunk_id, source=p.source, section=p.section, text=p.text, ordinal=0)
            for p in passages
        ]
        texts = [text for c in chunks for text in (c.embed_text, *chunk_views(c))]
        if not texts or not query.strip():
            return None
        docs = np.asarray(self.documents.embed_documents(texts))
        return float((docs @ np.asarray(self.queries.embed_query(query))).max())

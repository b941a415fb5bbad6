"""Query centring: take the common direction of people's messages out of a query vector.

Every message to the coach is about a relationship, so its vector shares a large
component with every other message, and a few broad sections ("You express needs
without guilt", the friends example, "Why it matters") sit close to that component
and come first for many unrelated questions (hubness). Subtracting a share of the
mean vector of typical messages before the dense search removes it: the search then
ranks by what is particular to the question.

Measured 2026-12-07 on the four development retrieval sets, nomic-embed-text-v1.5 +
BM25 as served (`retrieval`, `retrieval_blind`, `retrieval_blind2`, `retrieval_blind3`),
weight 0.5: hit@3 0.956 / 0.886 / 0.892 / 0.925 -> 0.956 / 0.929 / 0.914 / 0.950, MRR
0.897 / 0.737 / 0.806 / 0.872 -> 0.913 / 0.781 / 0.857 / 0.919; weights 0.4 to 0.75
gave the same within a few hundredths, and 50 background messages as many as 400.
Centring on the article's own mean did not help; MiniLM gained nothing, so its weight is 0.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from langchain_core.embeddings import Embeddings

if TYPE_CHECKING:
    import numpy as np

BACKGROUND_FILE = Path(__file__).resolve().parent.parent / "data" / "train" / "intent.jsonl"
BACKGROUND_INTENTS = ("question", "boundary")
BACKGROUND_SIZE = 96
"""Messages averaged (embedding them once costs ~15 s with nomic on 2 cores; cached)."""


def background_messages(path: Path = BACKGROUND_FILE, size: int = BACKGROUND_SIZE) -> list[str]:
    """Typical messages to the coach: the first `size` questions and wording requests
    of the intent training file."""
    out: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line) if line.strip() else {}
        if row.get("intent") in BACKGROUND_INTENTS:
            out.append(str(row["text"]))
        if len(out) == size:
            break
    return out


class AsQueries(Embeddings):
    """Embeds every text as a query (so a document cache can keep query vectors)."""

    def __init__(self, inner: Embeddings) -> None:
        self.inner = inner

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [self.inner.embed_query(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self.inner.embed_query(text)


class QueryCentre:
    """`apply(q)`: q minus `weight` times the mean query vector of `messages`, unit length.

    `queries` embeds the messages as queries (wrap it in a disk cache: the mean is
    computed once per process, from vectors embedded once per machine)."""

    def __init__(self, queries: Embeddings, messages: list[str], weight: float) -> None:
        self.queries = queries
        self.messages = messages
        self.weight = weight
        self._mean: np.ndarray | None = None
        self._lock = threading.Lock()

    @property
    def mean(self) -> np.ndarray:
        import numpy as np

        with self._lock:
            if self._mean is None:
                vectors = np.asarray(self.queries.embed_documents(self.messages), dtype=np.float64)
                self._mean = vectors.mean(axis=0)
            return self._mean

    def prepare(self) -> None:
        """Embed the background now (e.g. at ingest), not in the first question's time."""
        _ = self.mean

    def apply(self, vector: list[float]) -> list[float]:
        import numpy as np

        centred = np.asarray(vector, dtype=np.float64) - self.weight * self.mean
        norm = float(np.linalg.norm(centred))
        return (centred / norm if norm > 0 else centred).tolist()

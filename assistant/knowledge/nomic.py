"""Retrieval embeddings: nomic-embed-text-v1.5 run by llama.cpp in embedding mode.

A 137M-parameter model with an 8k context, trained for retrieval with task prefixes
(`search_query: ` for questions, `search_document: ` for passages). On this article's
labelled and blind question sets it ranks the right section higher than MiniLM
(see the closing notes of the retrieval work); it costs about 60 ms a query on two
cores against MiniLM's 5. The file comes from registry packages (nomic_file.py).
Mean pooling, L2-normalised, as the model was trained.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from langchain_core.embeddings import Embeddings

from assistant.knowledge.query_cache import QueryCache

QUERY_PREFIX = "search_query: "
DOCUMENT_PREFIX = "search_document: "
CLASSIFICATION_PREFIX = "classification: "
N_CTX = 2048
"""Tokens one text may have (longer ones are cut to fit)."""
DIMENSIONS = 768


class NomicEmbeddings(Embeddings):
    """LangChain `Embeddings` over nomic-embed-text-v1.5. Thread-safe, loads lazily.

    `model_file` is called on first use and returns the verified `.gguf` path."""

    collection_suffix = "-nomic"
    """Added to the Chroma collection name: vectors of two models never share one."""
    centre_weight = 0.5
    """Share of typical messages' mean taken out of a query before the search
    (centring.py); 0.4-0.75 measured alike."""
    query_tag = "nomic-embed-text-v1.5/f16/search_query"
    """Names this model's query vectors in the disk cache."""

    def __init__(
        self, model_file: Callable[[], Path], threads: int = 2, cache_size: int = 2048
    ) -> None:
        self.model_file = model_file
        self.threads = threads
        self._llama: tuple[Any, threading.Lock] | None = None
        """The shared model and its lock, once loaded (the file is checked only then)."""
        self._queries = QueryCache(cache_size)

    def _model(self) -> tuple[Any, threading.Lock]:
        if self._llama is None:
            from assistant.llama_runtime import load_llama

            self._llama = load_llama(self.model_file(), self.threads, N_CTX, embedding=True)
        return self._llama

    def _embed(self, texts: list[str]) -> list[list[float]]:
        import numpy as np

        llama, lock = self._model()
        out: list[list[float]] = []
        with lock:
            for text in texts:  # one at a time: batching was slower here (2.6x on 60 texts)
                vector = np.asarray(llama.embed(text, truncate=True), dtype=np.float32)
                if vector.ndim > 1:  # per-token vectors: pool them
                    vector = vector.mean(axis=0)
                norm = float(np.linalg.norm(vector))
                out.append((vector / norm if norm > 0 else vector).tolist())
        return out

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self._embed([DOCUMENT_PREFIX + (t if t.strip() else " ") for t in texts])

    def embed_classification(self, texts: list[str]) -> list[list[float]]:
        """Vectors for a classifier's input (the model's `classification: ` task)."""
        return self._embed([CLASSIFICATION_PREFIX + (t if t.strip() else " ") for t in texts])

    def embed_query(self, text: str) -> list[float]:
        """Embed one question, with a small LRU cache (repeat questions cost nothing)."""
        return self._queries.get(text, lambda t: self._embed([QUERY_PREFIX + t])[0])


def nomic_at(models_dir: Path, threads: int = 2) -> NomicEmbeddings:
    """The model over `models_dir`, its file inflated from the packages on first use."""
    from assistant.knowledge import nomic_file

    return NomicEmbeddings(lambda: nomic_file.ensure_file(models_dir), threads=threads)

"""Retrieval embeddings: nomic-embed-text-v1.5 run by llama.cpp in embedding mode.

A 137M-parameter model with an 8k context, trained for retrieval with task prefixes
(`search_query: ` for questions, `search_document: ` for passages). On this article's
labelled and blind question sets it ranks the right section higher than MiniLM
(see the closing notes of the retrieval work); it costs about 60 ms a query on two
cores against MiniLM's 5. The file comes from registry packages (nomic_file.py).
Mean pooling, L2-normalised, as the model was trained.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from langchain_core.embeddings import Embeddings

from assistant.schema import DenseScale

log = logging.getLogger(__name__)

MODEL_TAG = "nomic-embed-text-v1.5/f16/mean-l2/search-prefixes"
"""Names the model, its pooling and prefixes; cached vectors are keyed by it."""
QUERY_PREFIX = "search_query: "
DOCUMENT_PREFIX = "search_document: "
N_CTX = 2048
"""Tokens one text may have (longer ones are cut to fit)."""
DIMENSIONS = 768
SCALE = DenseScale(thin=0.72, in_article=0.75)
"""Measured 2026-12-03 with the sentence views. thin: on tests/data/coverage_dev.jsonl
covered questions score 0.738-0.892, uncovered ones 0.575-0.705: the midpoint. in_article:
none of the 551 off-topic training examples reaches it (their highest is 0.725); 8.5%
of the 1,348 training questions do."""


class NomicEmbeddings(Embeddings):
    """LangChain `Embeddings` over nomic-embed-text-v1.5. Thread-safe, loads lazily.

    `model_file` is called on first use and returns the verified `.gguf` path."""

    dense_scale = SCALE
    collection_suffix = "-nomic"
    """Added to the Chroma collection name: vectors of two models never share one."""

    def __init__(
        self, model_file: Callable[[], Path], threads: int = 2, cache_size: int = 2048
    ) -> None:
        self.model_file = model_file
        self.threads = threads
        self._llama: Any = None
        self._lock = threading.Lock()
        self._cache: OrderedDict[str, list[float]] = OrderedDict()
        self._cache_size = cache_size

    def _model(self) -> tuple[Any, threading.Lock]:
        from assistant.llama_runtime import load_llama

        return load_llama(self.model_file(), self.threads, N_CTX, embedding=True)

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

    def embed_query(self, text: str) -> list[float]:
        """Embed one question, with a small LRU cache (repeat questions cost nothing)."""
        with self._lock:
            hit = self._cache.get(text)
            if hit is not None:
                self._cache.move_to_end(text)
                return hit
        vector = self._embed([QUERY_PREFIX + text])[0]
        with self._lock:
            self._cache[text] = vector
            if len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return vector

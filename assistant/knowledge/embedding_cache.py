"""A disk cache of document vectors, so fixed texts are embedded once per machine.

The screen compares every message with a few hundred example sentences and the
corpus headings; embedding them again in every fresh `coach ask` process would cost
over a second of start-up. Vectors are kept in a small SQLite file in the data dir,
keyed by a hash of the text and a model tag. Any problem with the file (read-only
dir, damage) only costs speed: the inner model is used directly.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
import threading
from array import array
from pathlib import Path

from langchain_core.embeddings import Embeddings

log = logging.getLogger(__name__)


FORMAT = "float64-v1"
"""How vectors are stored; part of every key, so a format change never misreads old rows."""


def _key(model: str, text: str) -> str:
    return hashlib.sha256(f"{model}\x1f{FORMAT}\x1f{text}".encode()).hexdigest()


STORE_EVERY = 500
"""Texts embedded between two writes: a long build that stops keeps what it did, and
says how far it got."""


class DiskCachedEmbeddings(Embeddings):
    """Wraps an `Embeddings`; `embed_documents` reads and fills the disk cache."""

    def __init__(self, inner: Embeddings, path: Path, model: str) -> None:
        self.inner = inner
        self.path = path
        self.model = model
        self._lock = threading.Lock()
        self._broken = False

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=5)
        db.execute("CREATE TABLE IF NOT EXISTS vectors (key TEXT PRIMARY KEY, vec BLOB)")
        return db

    def _lookup(self, keys: list[str]) -> dict[str, list[float]]:
        found: dict[str, list[float]] = {}
        with self._connect() as db:
            for start in range(0, len(keys), 500):
                part = keys[start : start + 500]
                marks = ",".join("?" * len(part))
                rows = db.execute(f"SELECT key, vec FROM vectors WHERE key IN ({marks})", part)
                for key, blob in rows:
                    if blob and len(blob) % 8 == 0:  # anything else is damage: re-embed
                        found[key] = array("d", blob).tolist()
        return found

    def _store(self, items: dict[str, list[float]]) -> None:
        with self._connect() as db:
            db.executemany(
                "INSERT OR REPLACE INTO vectors VALUES (?, ?)",
                [(k, array("d", v).tobytes()) for k, v in items.items()],
            )

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if self._broken:
            return self.inner.embed_documents(texts)
        keys = [_key(self.model, t) for t in texts]
        try:
            with self._lock:
                found = self._lookup(keys)
        except (sqlite3.Error, OSError) as exc:
            log.info("embedding cache %s unusable (%s); embedding directly", self.path, exc)
            self._broken = True
            return self.inner.embed_documents(texts)
        missing = [(k, t) for k, t in dict(zip(keys, texts, strict=True)).items() if k not in found]
        for start in range(0, len(missing), STORE_EVERY):
            part = missing[start : start + STORE_EVERY]
            vectors = self.inner.embed_documents([t for _, t in part])
            fresh = {k: v for (k, _), v in zip(part, vectors, strict=True)}
            found.update(fresh)
            if len(missing) > STORE_EVERY:
                log.info("embedded %d of %d texts", start + len(part), len(missing))
            try:
                with self._lock:
                    self._store(fresh)
            except (sqlite3.Error, OSError) as exc:
                log.info("embedding cache %s not written (%s)", self.path, exc)
        return [found[k] for k in keys]

    def embed_query(self, text: str) -> list[float]:
        return self.inner.embed_query(text)

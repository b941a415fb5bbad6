"""The Chroma vector index (via langchain-chroma), embedded or client/server.

`COACH_CHROMA_URL` unset: a `PersistentClient` in the data dir. Set: an `HttpClient`
to a `chroma run` server. The same code serves both. Chunk ids are content hashes,
so syncing is an upsert plus removal of chunks that no longer exist.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

from langchain_core.embeddings import Embeddings

from .errors import IndexUnavailable
from .schema import Chunk, IngestReport

if TYPE_CHECKING:
    from langchain_chroma import Chroma

log = logging.getLogger(__name__)

UPSERT_BATCH = 256
REBUILD_HINT = "Run `coach ingest --rebuild` to rebuild it from the corpus."

Progress = Callable[[int, int], None]
"""Called as progress(done, total) while chunks are embedded and written."""


def make_client(index_dir: Path, chroma_url: str | None = None) -> Any:
    """A Chroma client: HTTP when a server URL is given, else persistent on disk."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    settings = ChromaSettings(anonymized_telemetry=False, allow_reset=True)
    if chroma_url:
        url = urlparse(chroma_url if "://" in chroma_url else f"http://{chroma_url}")
        try:
            return chromadb.HttpClient(
                host=url.hostname or "127.0.0.1",
                port=url.port or 8000,
                ssl=url.scheme == "https",
                settings=settings,
            )
        except Exception as exc:  # chromadb raises several types for an unreachable server
            raise IndexUnavailable(
                f"Cannot reach the Chroma server at {chroma_url} ({exc}). "
                "Start it with `chroma run --path DIR --host 127.0.0.1 --port P`, "
                "or unset COACH_CHROMA_URL to use the embedded store."
            ) from exc
    try:
        index_dir.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(index_dir), settings=settings)
    except Exception as exc:  # a corrupted sqlite file or a bad folder surfaces here
        raise IndexUnavailable(
            f"The index at {index_dir} cannot be opened ({type(exc).__name__}: {exc}). "
            + REBUILD_HINT
        ) from exc


def chunk_metadata(chunk: Chunk) -> dict[str, Any]:
    return {
        "source": chunk.source,
        "section": chunk.section,
        "ordinal": chunk.ordinal,
        "body_start": len(chunk.embed_text) - len(chunk.text),
    }


def chunk_from_record(chunk_id: str, document: str, metadata: dict[str, Any]) -> Chunk:
    start = int(metadata.get("body_start", 0))
    return Chunk(
        chunk_id=chunk_id,
        source=str(metadata.get("source", "")),
        section=str(metadata.get("section", "")),
        text=document[start:],
        ordinal=int(metadata.get("ordinal", 0)),
    )


class ChunkIndex:
    """A collection of chunks with their embeddings."""

    def __init__(
        self,
        embeddings: Embeddings,
        index_dir: Path,
        collection: str = "interdependence",
        chroma_url: str | None = None,
    ) -> None:
        self.embeddings = embeddings
        self.index_dir = index_dir
        self.collection_name = collection
        self.chroma_url = chroma_url
        self._client: Any = None
        self._collection: Any = None
        self._store: Chroma | None = None

    # -- opening -----------------------------------------------------------
    @property
    def client(self) -> Any:
        if self._client is None:
            self._client = make_client(self.index_dir, self.chroma_url)
        return self._client

    @property
    def collection(self) -> Any:
        """The raw Chroma collection (reads go here: no LangChain import on the hot path)."""
        if self._collection is None:
            try:
                # embedding_function=None: Chroma must never fall back to its own
                # default model (it would try to download it). We pass vectors.
                self._collection = self.client.get_or_create_collection(
                    name=self.collection_name,
                    metadata={"hnsw:space": "cosine"},
                    embedding_function=None,
                )
            except IndexUnavailable:
                raise
            except Exception as exc:
                raise IndexUnavailable(
                    f"The index collection '{self.collection_name}' cannot be opened "
                    f"({type(exc).__name__}: {exc}). " + REBUILD_HINT
                ) from exc
        return self._collection

    @property
    def store(self) -> Chroma:
        """The langchain-chroma vector store over the same collection (the write path)."""
        if self._store is None:
            from langchain_chroma import Chroma

            self.collection  # noqa: B018 - open (and validate) the collection first
            self._store = Chroma(
                collection_name=self.collection_name,
                embedding_function=self.embeddings,
                client=self.client,
                collection_metadata={"hnsw:space": "cosine"},
            )
        return self._store

    def count(self) -> int:
        try:
            return int(self.collection.count())
        except IndexUnavailable:
            raise
        except Exception as exc:
            raise IndexUnavailable(f"The index cannot be read ({exc}). " + REBUILD_HINT) from exc

    def all_chunks(self) -> list[Chunk]:
        """Every chunk in the index, in reading order."""
        try:
            got = self.collection.get(include=["documents", "metadatas"])
        except Exception as exc:
            raise IndexUnavailable(f"The index cannot be read ({exc}). " + REBUILD_HINT) from exc
        chunks = [
            chunk_from_record(cid, doc or "", meta or {})
            for cid, doc, meta in zip(got["ids"], got["documents"], got["metadatas"], strict=True)
        ]
        return sorted(chunks, key=lambda c: (c.source, c.ordinal))

    # -- writing -----------------------------------------------------------
    def reset(self) -> None:
        """Drop everything (used by `--rebuild`); also clears a corrupted local store."""
        self._store = None
        self._collection = None
        if self.chroma_url:
            try:
                self.client.delete_collection(self.collection_name)
            except Exception:  # absent collection: nothing to drop
                log.debug("collection %s did not exist", self.collection_name)
            return
        self._client = None
        if self.index_dir.exists():
            shutil.rmtree(self.index_dir)
        # Chroma caches one system per path; a fresh client must not reuse stale handles.
        from chromadb.api.client import SharedSystemClient

        SharedSystemClient.clear_system_cache()

    def sync(self, chunks: Iterable[Chunk], progress: Progress | None = None) -> IngestReport:
        """Make the index hold exactly `chunks`: add new, remove gone, keep the rest."""
        wanted = {c.chunk_id: c for c in chunks}
        existing = {c.chunk_id: c for c in self.all_chunks()}
        new_ids = [cid for cid in wanted if cid not in existing]
        gone_ids = [cid for cid in existing if cid not in wanted]
        # A chunk whose text changed gets a new id; count it as "updated" when its
        # (source, section) slot was there before.
        old_slots = {(existing[c].source, existing[c].section) for c in gone_ids}
        updated = sum(1 for c in new_ids if (wanted[c].source, wanted[c].section) in old_slots)
        report = IngestReport(
            added=len(new_ids) - updated,
            updated=updated,
            removed=max(0, len(gone_ids) - updated),
            unchanged=len(wanted) - len(new_ids),
        )
        total = len(new_ids)
        for start in range(0, total, UPSERT_BATCH):
            batch = [wanted[cid] for cid in new_ids[start : start + UPSERT_BATCH]]
            self.store.add_texts(
                texts=[c.embed_text for c in batch],
                metadatas=[chunk_metadata(c) for c in batch],
                ids=[c.chunk_id for c in batch],
            )
            if progress:
                progress(min(start + UPSERT_BATCH, total), total)
        if gone_ids:
            self.store.delete(ids=gone_ids)
        return report

    # -- reading -----------------------------------------------------------
    def search(self, query_vector: list[float], n: int) -> list[tuple[Chunk, float]]:
        """Nearest chunks to a query vector, with cosine similarity, best first."""
        try:
            res = self.collection.query(
                query_embeddings=[query_vector],
                n_results=max(1, n),
                include=["documents", "metadatas", "distances"],
            )
        except Exception as exc:
            raise IndexUnavailable(
                f"The index cannot be searched ({exc}). " + REBUILD_HINT
            ) from exc
        out = []
        for cid, doc, meta, dist in zip(
            res["ids"][0],
            res["documents"][0],
            res["metadatas"][0],
            res["distances"][0],
            strict=True,
        ):
            out.append((chunk_from_record(cid, doc or "", meta or {}), 1.0 - float(dist)))
        return out

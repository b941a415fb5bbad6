"""The Chroma vector index, embedded or client/server, with atomic re-indexing.

`COACH_CHROMA_URL` unset: a `PersistentClient` in the data dir. Set: an `HttpClient`
to a `chroma run` server. The same code serves both.

Generations: the chunks live in a collection named ``<name>-g<N>``. A sync that
changes anything builds the next generation in a staging collection (unchanged
chunks are copied with their vectors, only new ones are embedded), renames it to
``<name>-g<N+1>`` in one step, then drops the older ones. Readers always open the
highest generation, so an ingest killed midway leaves the old index or the new one,
never a mix. Chunk ids are content hashes, so a no-change sync writes nothing.
"""

from __future__ import annotations

import atexit
import logging
import re
import shutil
import tempfile
import uuid
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from langchain_core.embeddings import Embeddings

from assistant.errors import IndexUnavailable
from assistant.knowledge.chroma_store import (
    REBUILD_HINT,
    SERVER_HINT,
    SPACE,
    chunk_from_record,
    chunk_metadata,
    guard,
    make_client,
    read_pages,
    writable,
)
from assistant.schema import Chunk, IngestReport

if TYPE_CHECKING:
    from langchain_chroma import Chroma

log = logging.getLogger(__name__)

UPSERT_BATCH = 256
"""Chunks embedded and written per batch."""

Progress = Callable[[int, int], None]
"""Called as progress(done, total) while chunks are embedded and written."""
T = TypeVar("T")


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
        self._count: int | None = None
        self._fresh_start = False
        self.read_only: str | None = None
        """Why the index cannot be written (a read-only data dir), else None."""
        self._family = re.compile(rf"^{re.escape(collection)}-(g(\d+)|staging-\w+)$")

    @property
    def hint(self) -> str:
        return SERVER_HINT if self.chroma_url else REBUILD_HINT

    # -- opening -----------------------------------------------------------
    @property
    def client(self) -> Any:
        if self._client is None:
            if self.chroma_url or writable(self.index_dir):
                self._client = make_client(self.index_dir, self.chroma_url)
            else:
                self._client = self._read_only_client()
        return self._client

    def _read_only_client(self) -> Any:
        """Serve a read-only data dir's index from a temporary copy (chat keeps working)."""
        if not (self.index_dir / "chroma.sqlite3").is_file():
            make_client(self.index_dir)  # raises the read-only message
        copy = Path(tempfile.mkdtemp(prefix="coach-index-")) / "index"
        atexit.register(shutil.rmtree, copy.parent, ignore_errors=True)
        with guard("copied", REBUILD_HINT):
            shutil.copytree(self.index_dir, copy)
        self.read_only = (
            f"The data dir holding {self.index_dir} is read-only: answering from a "
            "temporary copy of its index. Make it writable or set COACH_DATA_DIR to a "
            "writable folder to ingest."
        )
        log.warning("%s", self.read_only)
        return make_client(copy)

    def generations(self) -> list[tuple[int, str]]:
        """Committed generations as (number, collection name), oldest first.

        A collection named exactly like the setting (an index built before
        generations existed) counts as generation 0.
        """
        with guard("listed", self.hint):
            names = [getattr(c, "name", c) for c in self.client.list_collections()]
        found = [(0, n) for n in names if n == self.collection_name]
        for name in names:
            match = self._family.match(name)
            if match and match.group(2) is not None:
                found.append((int(match.group(2)), name))
        return sorted(found)

    @property
    def generation(self) -> int:
        """The generation readers see (0 when nothing was committed yet)."""
        found = self.generations()
        return found[-1][0] if found else 0

    @property
    def collection(self) -> Any:
        """The raw Chroma collection of the current generation (the read path)."""
        if self._collection is None:
            found = self.generations()
            name = found[-1][1] if found else f"{self.collection_name}-g0"
            # embedding_function=None: Chroma must never fall back to its own
            # default model (it would try to download it). We pass vectors.
            with guard("opened", self.hint):
                self._collection = self.client.get_or_create_collection(
                    name=name, metadata=SPACE, embedding_function=None
                )
                self._count = int(self._collection.count())
        return self._collection

    @property
    def store(self) -> Chroma:
        """A langchain-chroma vector store over the current generation."""
        if self._store is None:
            from langchain_chroma import Chroma

            self._store = Chroma(
                collection_name=self.collection.name,
                embedding_function=self.embeddings,
                client=self.client,
                collection_metadata=SPACE,
            )
        return self._store

    def _read(self, what: str, fn: Callable[[Any], T]) -> T:
        """Run a read; if another process committed a newer generation, reopen once."""
        with guard(what, self.hint):
            opened = self._collection
            try:
                return fn(self.collection)
            except Exception:
                latest = self.generations()
                if opened is None or not latest or latest[-1][1] == opened.name:
                    raise
                log.info("index generation changed under us; reopening")
                self._collection = self._store = None
                return fn(self.collection)

    def count(self) -> int:
        return self._read("read", lambda col: int(col.count()))

    def all_chunks(self) -> list[Chunk]:
        """Every chunk in the index, in reading order."""

        def fetch(col: Any) -> list[Chunk]:
            out = []
            for got in read_pages(col, ["documents", "metadatas"]):
                for cid, doc, meta in zip(
                    got["ids"], got["documents"], got["metadatas"], strict=True
                ):
                    out.append(chunk_from_record(cid, doc or "", meta or {}))
            return out

        return sorted(self._read("read", fetch), key=lambda c: (c.source, c.ordinal))

    # -- writing -----------------------------------------------------------
    def reset(self) -> None:
        """Drop everything: the next :meth:`sync` starts from an empty index.

        A healthy index keeps answering until that sync commits (so a killed rebuild
        leaves the old index); a local store that cannot be read is deleted at once.
        """
        self._fresh_start = True
        try:
            self.check()
            return
        except IndexUnavailable as exc:
            if self.chroma_url:
                raise
            log.warning("deleting the unreadable index at %s: %s", self.index_dir, exc)
        self._client = self._collection = self._store = None
        with guard("deleted", "Delete the folder by hand."):
            if self.index_dir.exists():
                shutil.rmtree(self.index_dir)
            # Chroma caches one system per path; a fresh client must not reuse stale handles.
            from chromadb.api.client import SharedSystemClient

            SharedSystemClient.clear_system_cache()

    def check(self) -> int:
        """Read every part of the index (count, records, vectors); return the count.

        A few stored records, oldest to newest, must each find themselves among their
        nearest neighbours: missing or damaged vector files fail that.
        """
        total = self.count()

        def finds_itself(col: Any, offset: int) -> bool:
            got = col.get(limit=1, offset=offset, include=["embeddings"])
            hits = col.query(
                query_embeddings=[list(got["embeddings"][0])],
                n_results=min(total, 5),
                include=[],
            )
            return bool(got["ids"][0] in hits["ids"][0])

        for offset in sorted({0, total // 2, total - 1} if total else set()):
            if not self._read("searched", partial(finds_itself, offset=offset)):
                raise IndexUnavailable(
                    "The index is incomplete (its vector files are missing or damaged). "
                    + self.hint
                )
        return total

    def sync(self, chunks: Iterable[Chunk], progress: Progress | None = None) -> IngestReport:
        """Make the index hold exactly `chunks`: add new, remove gone, keep the rest."""
        if self.client is not None and self.read_only:
            raise IndexUnavailable(f"Cannot update the index. {self.read_only}")
        wanted = {c.chunk_id: c for c in chunks}
        fresh, self._fresh_start = self._fresh_start, False
        existing = {} if fresh else {c.chunk_id: c for c in self.all_chunks()}
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
        if new_ids or gone_ids or fresh:
            kept = [cid for cid in wanted if cid in existing]
            self._commit(self._build(kept, [wanted[c] for c in new_ids], progress))
        return report

    def _build(self, kept: list[str], new: list[Chunk], progress: Progress | None) -> Any:
        """Fill a staging collection with the kept records and the new chunks."""
        name = f"{self.collection_name}-staging-{uuid.uuid4().hex[:12]}"
        with guard("written", self.hint):
            staging = self.client.create_collection(
                name=name, metadata=SPACE, embedding_function=None
            )
        try:
            with guard("written", self.hint):
                source = self.collection if kept else None
                for got in read_pages(source, ["embeddings", "documents", "metadatas"], kept):
                    staging.add(
                        ids=got["ids"],
                        embeddings=got["embeddings"],
                        documents=got["documents"],
                        metadatas=got["metadatas"],
                    )
            for start in range(0, len(new), UPSERT_BATCH):
                batch = new[start : start + UPSERT_BATCH]
                vectors = self.embeddings.embed_documents([c.embed_text for c in batch])
                with guard("written", self.hint):
                    staging.add(
                        ids=[c.chunk_id for c in batch],
                        embeddings=vectors,
                        documents=[c.embed_text for c in batch],
                        metadatas=[chunk_metadata(c) for c in batch],
                    )
                if progress:
                    progress(min(start + UPSERT_BATCH, len(new)), len(new))
        except BaseException:
            self._drop(name)
            raise
        return staging

    def _commit(self, staging: Any) -> None:
        """Publish the staging collection as the next generation, then drop the old ones."""
        with guard("written", self.hint):
            number = self.generation + 1
            staging.modify(name=f"{self.collection_name}-g{number}")
            self._collection, self._store = staging, None
            self._count = int(staging.count())
            for name in [getattr(c, "name", c) for c in self.client.list_collections()]:
                if self._family.match(name) or name == self.collection_name:
                    if name != staging.name:
                        self._drop(name)

    def _drop(self, name: str) -> None:
        try:
            self.client.delete_collection(name)
        except Exception as exc:  # already gone, or the store is unreachable
            log.debug("could not drop collection %s: %s", name, exc)

    # -- reading -----------------------------------------------------------
    def search(self, query_vector: list[float], n: int) -> list[tuple[Chunk, float]]:
        """Nearest chunks to a query vector, with cosine similarity, best first."""
        res = self._read(
            "searched",
            lambda col: col.query(
                query_embeddings=[query_vector],
                n_results=max(1, n),
                include=["documents", "metadatas", "distances"],
            ),
        )
        if self._count is not None and len(res["ids"][0]) < min(max(1, n), self._count):
            raise IndexUnavailable(
                "The index is incomplete (its vector files are missing or damaged). " + self.hint
            )
        return [
            (chunk_from_record(cid, doc or "", meta or {}), 1.0 - float(dist))
            for cid, doc, meta, dist in zip(
                res["ids"][0],
                res["documents"][0],
                res["metadatas"][0],
                res["distances"][0],
                strict=True,
            )
        ]

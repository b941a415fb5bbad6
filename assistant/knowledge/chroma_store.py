"""Chroma plumbing for the index: clients, error translation, paged reads, records.

Kept apart from :mod:`assistant.knowledge.index` (which owns the generations logic).
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from assistant.errors import IndexUnavailable
from assistant.schema import Chunk

PAGE = 4096
"""Records read or copied per request (below Chroma's maximum batch size)."""
REBUILD_HINT = "Run `coach ingest --rebuild` to rebuild it from the corpus."
SERVER_HINT = "Check that the Chroma server is running, or unset COACH_CHROMA_URL."
SPACE = {"hnsw:space": "cosine", "hnsw:search_ef": 512}
"""Cosine distance, and a search beam wider than the article's collections (33 sections,
about 200 sentence views), so their nearest neighbours are exact: with Chroma's default
beam (100) the tail of a views search changed when a server rebuilt its graph after a
restart, and with it the fused scores."""


@contextmanager
def guard(what: str, hint: str) -> Iterator[None]:
    """Turn any storage failure (Chroma, sqlite, a Rust panic) into IndexUnavailable."""
    try:
        yield
    except (IndexUnavailable, KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # pyo3 panics derive from BaseException
        raise IndexUnavailable(
            f"The index cannot be {what} ({type(exc).__name__}: {exc}). {hint}"
        ) from exc


def writable(folder: Path) -> bool:
    """Whether files can be created in `folder` (or its nearest existing parent)."""
    probe = folder
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    try:
        with tempfile.TemporaryFile(dir=probe):
            return True
    except OSError:
        return False


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
    if not writable(index_dir):
        raise IndexUnavailable(
            f"The data dir holding {index_dir} is read-only. Make it writable or set "
            "COACH_DATA_DIR to a writable folder, then run `coach ingest`."
        )
    with guard("opened", REBUILD_HINT):
        index_dir.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(index_dir), settings=settings)


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


def read_pages(collection: Any, include: list[str], ids: list[str] | None = None) -> Iterator[Any]:
    """`collection.get` in pages: all records, or the given ids."""
    if ids is not None:
        for start in range(0, len(ids), PAGE):
            yield collection.get(ids=ids[start : start + PAGE], include=include)
        return
    offset = 0
    while True:
        got = collection.get(include=include, limit=PAGE, offset=offset)
        yield got
        if len(got["ids"]) < PAGE:
            return
        offset += PAGE

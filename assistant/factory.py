"""Builds the pieces from settings. Entry points (CLI, UI, evals) call these."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from langchain_core.embeddings import Embeddings

from assistant.coach.chain import Coach
from assistant.coach.extractive import ExtractiveResponder
from assistant.errors import CorpusError
from assistant.knowledge.centring import AsQueries, QueryCentre, background_messages
from assistant.knowledge.chunking import chunk_documents
from assistant.knowledge.corpus import load_corpus
from assistant.knowledge.coverage import SentenceCoverage
from assistant.knowledge.embedding_cache import DiskCachedEmbeddings
from assistant.knowledge.embeddings import MODEL_TAG, MiniLMEmbeddings
from assistant.knowledge.embeddings import SCALE as MINILM_SCALE
from assistant.knowledge.index import ChunkIndex, Progress
from assistant.knowledge.retrieval import HybridRetriever
from assistant.knowledge.views import ChunkViews
from assistant.schema import IngestReport
from assistant.settings import Settings

if TYPE_CHECKING:
    from assistant.understanding.reading import Reader

log = logging.getLogger(__name__)


def make_embeddings(settings: Settings) -> MiniLMEmbeddings:
    """The small sentence model: the turn classifier's features and the extractive
    responder's sentence picking."""
    return MiniLMEmbeddings(threads=settings.llm_threads)


def make_retrieval_embeddings(settings: Settings) -> Embeddings:
    """The model that embeds passages and questions for retrieval (COACH_EMBEDDINGS).

    `auto`: nomic-embed-text-v1.5 when llama.cpp and its packages are installed (the
    default set-up installs them), else MiniLM; `nomic` insists on it; `minilm` is
    the small fast model (ingest about 3x faster, retrieval less accurate)."""
    from assistant.knowledge import nomic_file

    choice = settings.embeddings
    if choice == "minilm" or (choice == "auto" and not nomic_file.available()):
        if choice == "auto":
            log.info("retrieval embeddings: MiniLM (%s)", nomic_file.INSTALL_COMMAND)
        return make_embeddings(settings)
    from assistant.knowledge.nomic import nomic_at

    return nomic_at(settings.data_dir / "models", settings.llm_threads)


def make_index(settings: Settings, embeddings: Embeddings | None = None) -> ChunkIndex:
    embeddings = embeddings or make_retrieval_embeddings(settings)
    return ChunkIndex(
        embeddings=embeddings,
        index_dir=settings.index_dir,
        collection=settings.collection + getattr(embeddings, "collection_suffix", ""),
        chroma_url=settings.chroma_url,
    )


def ingest(
    index: ChunkIndex,
    paths: list[Path],
    rebuild: bool = False,
    progress: Progress | None = None,
    views: bool = True,
    view_progress: Progress | None = None,
) -> IngestReport:
    """Load, chunk and sync the corpus into the index. Bad files are reported, not fatal.

    `views=False` skips the sentence views: ingest is then about 5x faster, retrieval
    a little less accurate (see views.py)."""
    loaded = load_corpus(paths)
    if not loaded.documents:
        detail = "; ".join(loaded.errors) or "no .md files found"
        raise CorpusError(f"Nothing to index in {', '.join(map(str, paths))}: {detail}")
    chunk_views = ChunkViews(index, index.embeddings)
    if rebuild:
        index.reset()
        chunk_views.reset()
    chunks = chunk_documents(loaded.documents)
    report = index.sync(chunks, progress=progress)
    if views:
        chunk_views.sync(chunks, progress=view_progress)
    report.files = len(loaded.documents)
    report.errors = loaded.errors
    return report


def ensure_index(index: ChunkIndex, settings: Settings) -> IngestReport | None:
    """Build the index on first use (when it is empty); otherwise leave it alone."""
    if index.count() > 0:
        views = ChunkViews(index, index.embeddings)
        if settings.views and views.collection.count() == 0:  # an index from before views
            views.sync(index.all_chunks())
        return None
    log.info("index is empty; building it from %s", settings.corpus_dir)
    return ingest(index, [settings.corpus_dir], views=settings.views)


def query_centre(embeddings: Embeddings, cache_dir: Path | None) -> QueryCentre | None:
    """The retrieval model's query centring (centring.py), or None for a model that
    gains nothing from it. Its background vectors are cached in `cache_dir`."""
    weight = float(getattr(embeddings, "centre_weight", 0.0))
    if weight <= 0:
        return None
    queries: Embeddings = AsQueries(embeddings)
    if cache_dir is not None:
        tag = str(getattr(embeddings, "query_tag", type(embeddings).__name__))
        queries = DiskCachedEmbeddings(queries, cache_dir / "embeddings.sqlite", tag)
    return QueryCentre(queries, background_messages(), weight)


def make_retriever(
    index: ChunkIndex, views: bool = True, cache_dir: Path | None = None
) -> HybridRetriever:
    """Hybrid retrieval over the index and (unless switched off) its sentence views,
    with the model's query centring (background vectors cached in `cache_dir`)."""
    chunk_views = ChunkViews(index, index.embeddings) if views else None
    centre = query_centre(index.embeddings, cache_dir)
    return HybridRetriever(index, index.embeddings, views=chunk_views, centre=centre)


def make_reader(
    settings: Settings, embeddings: Embeddings, retrieval: Embeddings | None = None
) -> Reader:
    """The turn reader, its classifier loaded from the data dir (trained if needed).

    Its features include nomic's whenever the model is installed, whatever model
    retrieves (the same instance when nomic retrieves too): safety reads the same."""
    from assistant.knowledge.nomic import NomicEmbeddings
    from assistant.understanding.classifier import load_or_train
    from assistant.understanding.features import classifier_embeddings, installed_nomic
    from assistant.understanding.reading import Reader

    nomic = (
        retrieval
        if isinstance(retrieval, NomicEmbeddings)
        else installed_nomic(settings.data_dir / "models", settings.llm_threads)
    )
    features, tag = classifier_embeddings(embeddings, nomic)
    cache = settings.data_dir / "cache"
    examples = DiskCachedEmbeddings(features, cache / "embeddings.sqlite", tag)
    return Reader(load_or_train(features, cache, tag, examples=examples))


def build_coach(settings: Settings, backend: str | None = None) -> Coach:
    """A ready coach: embeddings, index (built if missing), hybrid retriever, responder."""
    embeddings = make_embeddings(settings)
    index = make_index(settings)
    ensure_index(index, settings)
    retriever = make_retriever(index, views=settings.views, cache_dir=settings.data_dir / "cache")
    # Fixed texts (screen examples, headings, corpus sentences) are embedded once per
    # machine, not in every fresh process.
    cached = DiskCachedEmbeddings(
        embeddings, settings.data_dir / "cache" / "embeddings.sqlite", MODEL_TAG
    )
    extractive = ExtractiveResponder(cached, outline=lambda: [c.section for c in retriever.chunks])
    # Backend selection (--backend / COACH_BACKEND / default); see assistant/llm/select.py.
    from assistant.llm.select import select_backends

    backends = select_backends(settings, backend, embeddings, extractive, corpus_embeddings=cached)
    backends.start_warmup()
    responder = backends.responder
    return Coach(
        retriever=retriever,
        responder=responder,
        k=settings.k,
        max_input_chars=settings.max_input_chars,
        reader=make_reader(settings, embeddings, index.embeddings),
        situation_reader=backends.situation_reader,
        coverage=None
        if isinstance(index.embeddings, MiniLMEmbeddings)
        else SentenceCoverage(embeddings, cached, MINILM_SCALE),
    )

"""Stable chunk ids and idempotent, exact re-indexing on a real Chroma store."""

from __future__ import annotations

import shutil
from pathlib import Path

from assistant.factory import ingest
from assistant.knowledge.chunking import chunk_documents
from assistant.knowledge.corpus import load_corpus
from assistant.knowledge.index import ChunkIndex
from tests.conftest import CORPUS


def _fresh_index(tmp_path: Path, embeddings) -> ChunkIndex:
    return ChunkIndex(embeddings, tmp_path / "index")


def test_chunk_ids_are_stable_across_runs():
    first = [c.chunk_id for c in chunk_documents(load_corpus([CORPUS]).documents)]
    second = [c.chunk_id for c in chunk_documents(load_corpus([CORPUS]).documents)]
    assert first == second
    assert len(set(first)) == len(first)


def test_reindex_twice_leaves_no_duplicate_chunks(tmp_path: Path, embeddings):
    index = _fresh_index(tmp_path, embeddings)
    first = ingest(index, [CORPUS])
    total = index.count()
    second = ingest(index, [CORPUS])
    assert first.added == total and first.unchanged == 0
    assert second.added == second.updated == second.removed == 0
    assert second.unchanged == total
    assert index.count() == total


def test_edited_and_deleted_sections_are_replaced_not_duplicated(tmp_path: Path, embeddings):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    index = _fresh_index(tmp_path, embeddings)
    ingest(index, [corpus])
    before = {c.chunk_id: c for c in index.all_chunks()}

    article = corpus / "interdependent-relationships.md"
    text = article.read_text(encoding="utf-8")
    text = text.replace("Boundaries build trust. Period.", "Boundaries build trust, always.")
    start = text.index("### Build rituals of connection")
    end = text.index("### Encourage each other’s independence")
    article.write_text(text[:start] + text[end:], encoding="utf-8")

    report = ingest(index, [corpus])
    after = {c.chunk_id: c for c in index.all_chunks()}
    assert report.updated == 1 and report.removed == 1 and report.added == 0
    assert len(after) == len(before) - 1
    texts = " ".join(c.text for c in after.values())
    assert "Boundaries build trust, always." in texts
    assert "Boundaries build trust. Period." not in texts
    assert not any("Build rituals of connection" in c.section for c in after.values())


def test_a_second_article_is_indexed_beside_the_first(tmp_path: Path, embeddings):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    (corpus / "repair.md").write_text(
        "# Repair\n\n## After a fight\n\nName what happened, then ask what would help.\n",
        encoding="utf-8",
    )
    index = _fresh_index(tmp_path, embeddings)
    report = ingest(index, [corpus])
    assert report.files == 2
    sources = {c.source for c in index.all_chunks()}
    assert sources == {"interdependent-relationships.md", "repair.md"}
    assert any(c.section == "After a fight" for c in index.all_chunks())


def test_rebuild_starts_from_an_empty_index(tmp_path: Path, embeddings):
    index = _fresh_index(tmp_path, embeddings)
    ingest(index, [CORPUS])
    total = index.count()
    report = ingest(index, [CORPUS], rebuild=True)
    assert report.added == total and report.unchanged == 0
    assert index.count() == total


def test_ingest_without_views_writes_no_views_and_still_retrieves(tmp_path: Path, embeddings):
    from assistant.factory import make_retriever
    from assistant.knowledge.views import ChunkViews

    index = _fresh_index(tmp_path, embeddings)
    ingest(index, [CORPUS], views=False)
    assert ChunkViews(index, embeddings).collection.count() == 0
    passages = make_retriever(index, views=False).retrieve("apologise after hurting someone", k=3)
    assert passages and passages[0].section.endswith("Embrace repair after rupture")

"""The disk cache of fixed-text vectors: same vectors, embedded once, never fatal."""

from __future__ import annotations

from pathlib import Path

from assistant.knowledge.embedding_cache import DiskCachedEmbeddings
from tests.fakes import HashEmbeddings


class CountingEmbeddings(HashEmbeddings):
    def __init__(self) -> None:
        super().__init__()
        self.embedded: list[str] = []

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        self.embedded += texts
        return super().embed_documents(texts)


def test_vectors_match_the_model_and_a_new_process_embeds_nothing(tmp_path: Path):
    texts = ["I need a quiet night", "Boundaries build trust", "I need a quiet night"]
    first_inner = CountingEmbeddings()
    first = DiskCachedEmbeddings(first_inner, tmp_path / "c.sqlite", "m1").embed_documents(texts)
    assert first == HashEmbeddings().embed_documents(texts)
    assert sorted(first_inner.embedded) == ["Boundaries build trust", "I need a quiet night"]

    again_inner = CountingEmbeddings()
    again = DiskCachedEmbeddings(again_inner, tmp_path / "c.sqlite", "m1").embed_documents(texts)
    assert again == first
    assert again_inner.embedded == []


def test_another_model_tag_does_not_reuse_vectors(tmp_path: Path):
    DiskCachedEmbeddings(CountingEmbeddings(), tmp_path / "c.sqlite", "m1").embed_documents(["a b"])
    other = CountingEmbeddings()
    DiskCachedEmbeddings(other, tmp_path / "c.sqlite", "m2").embed_documents(["a b"])
    assert other.embedded == ["a b"]


def test_a_damaged_or_unwritable_cache_only_costs_speed(tmp_path: Path):
    damaged = tmp_path / "c.sqlite"
    damaged.write_bytes(b"this is not a database" * 100)
    cache = DiskCachedEmbeddings(HashEmbeddings(), damaged, "m1")
    assert cache.embed_documents(["hello there"]) == HashEmbeddings().embed_documents(
        ["hello there"]
    )
    blocked = tmp_path / "file-not-dir"
    blocked.write_text("x")
    cache = DiskCachedEmbeddings(HashEmbeddings(), blocked / "c.sqlite", "m1")
    assert cache.embed_documents(["hi you"]) == HashEmbeddings().embed_documents(["hi you"])


def test_rows_of_the_wrong_size_are_embedded_again(tmp_path: Path):
    import sqlite3

    from assistant.knowledge.embedding_cache import _key

    path = tmp_path / "c.sqlite"
    DiskCachedEmbeddings(HashEmbeddings(), path, "m1").embed_documents(["warm words"])
    with sqlite3.connect(path) as db:
        db.execute(
            "UPDATE vectors SET vec = ? WHERE key = ?", (b"\x00" * 5, _key("m1", "warm words"))
        )
    inner = CountingEmbeddings()
    again = DiskCachedEmbeddings(inner, path, "m1").embed_documents(["warm words"])
    assert again == HashEmbeddings().embed_documents(["warm words"])
    assert inner.embedded == ["warm words"]


class FailingAfter(CountingEmbeddings):
    """Stops working after a number of calls, like a long build that is interrupted."""

    def __init__(self, calls: int) -> None:
        super().__init__()
        self.calls = calls

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if self.calls == 0:
            raise KeyboardInterrupt
        self.calls -= 1
        return super().embed_documents(texts)


def test_a_long_build_that_stops_keeps_what_it_embedded(tmp_path: Path, monkeypatch):
    import assistant.knowledge.embedding_cache as cache_module

    monkeypatch.setattr(cache_module, "STORE_EVERY", 2)
    texts = [f"example message {n}" for n in range(5)]
    try:
        DiskCachedEmbeddings(FailingAfter(2), tmp_path / "c.sqlite", "m1").embed_documents(texts)
    except KeyboardInterrupt:
        pass
    resumed = CountingEmbeddings()
    vectors = DiskCachedEmbeddings(resumed, tmp_path / "c.sqlite", "m1").embed_documents(texts)
    assert resumed.embedded == ["example message 4"]
    assert vectors == HashEmbeddings().embed_documents(texts)

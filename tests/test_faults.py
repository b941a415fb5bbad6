"""Faults: a damaged index, an ingest killed midway, a read-only data dir.

Each fault must end in a clear message (never a traceback) and a way out.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from langchain_core.embeddings import Embeddings

from assistant.errors import IndexUnavailable
from assistant.knowledge.index import ChunkIndex
from tests.conftest import CORPUS, REPO

pytestmark = pytest.mark.slow

COACH = str(Path(sys.executable).parent / "coach")
QUESTION = "How do I ask for space without hurting my partner?"


def run_coach(args: list[str], data: Path, timeout: int = 300) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COACH_DATA_DIR": str(data), "COACH_BACKEND": "extractive"}
    env.pop("COACH_CHROMA_URL", None)
    return subprocess.run(
        [COACH, *args], env=env, cwd=REPO, capture_output=True, text=True, timeout=timeout
    )


def reopen(index_dir: Path, embeddings) -> ChunkIndex:
    """A fresh index object; Chroma's per-path cache must not hide what is on disk."""
    from chromadb.api.client import SharedSystemClient

    SharedSystemClient.clear_system_cache()
    return ChunkIndex(embeddings, index_dir)


@pytest.fixture(scope="module")
def built_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data dir indexed by a real `coach ingest` (copied by each test before damage)."""
    data = tmp_path_factory.mktemp("built") / "data"
    done = run_coach(["ingest"], data)
    assert done.returncode == 0, done.stderr
    return data


def copy_of(built: Path, tmp_path: Path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(built, data)
    return data


def vector_dirs(index_dir: Path) -> list[Path]:
    return [p for p in index_dir.iterdir() if p.is_dir()]


def damage(index_dir: Path, kind: str) -> None:
    db = index_dir / "chroma.sqlite3"
    if kind == "garbage-database":
        with db.open("r+b") as fh:
            fh.write(b"not a database" * 4096)
    elif kind == "half-written-database":
        os.truncate(db, db.stat().st_size // 2)
    elif kind == "missing-vector-files":
        for folder in vector_dirs(index_dir):
            shutil.rmtree(folder)
    elif kind == "garbage-vector-files":
        for folder in vector_dirs(index_dir):
            for part in folder.iterdir():
                part.write_bytes(b"\x00\x01")
    else:
        raise ValueError(kind)


@pytest.mark.parametrize("kind", ["garbage-database", "half-written-database"])
def test_a_damaged_index_says_so_and_rebuild_repairs_it(
    kind: str, built_data: Path, tmp_path: Path, embeddings
):
    data = copy_of(built_data, tmp_path)
    healthy = reopen(data / "index", embeddings).check()
    damage(data / "index", kind)

    with pytest.raises(IndexUnavailable, match="coach ingest --rebuild"):
        reopen(data / "index", embeddings).check()

    asked = run_coach(["ask", "--json", QUESTION], data)
    assert asked.returncode != 0
    assert "coach ingest --rebuild" in asked.stderr
    assert "Traceback" not in asked.stderr + asked.stdout

    rebuilt = run_coach(["ingest", "--rebuild"], data)
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert reopen(data / "index", embeddings).check() == healthy
    asked = run_coach(["ask", "--json", QUESTION], data)
    assert asked.returncode == 0, asked.stderr
    assert json.loads(asked.stdout)["sources"]


class HashEmbeddings(Embeddings):
    """Deterministic stand-in vectors (the seam: no model needed for 1,500 chunks)."""

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        import numpy as np

        out = []
        for text in texts:
            seed = int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "little")
            vector = np.random.default_rng(seed).normal(size=384)
            out.append((vector / np.linalg.norm(vector)).tolist())
        return out

    def embed_query(self, text: str) -> list[float]:
        return self.embed_documents([text])[0]


@pytest.mark.parametrize("kind", ["missing-vector-files", "garbage-vector-files"])
def test_damaged_vector_files_are_detected_and_a_rebuild_repairs_them(kind: str, tmp_path: Path):
    """Chroma keeps recent writes in its log; only a larger index has vector files."""
    from benchmarks.corpus import generate

    chunks = generate(1500, seed=5).chunks
    fake = HashEmbeddings()
    ChunkIndex(fake, tmp_path / "index").sync(chunks)
    assert reopen(tmp_path / "index", fake).check() == len(chunks)
    assert vector_dirs(tmp_path / "index")
    damage(tmp_path / "index", kind)

    index = reopen(tmp_path / "index", fake)
    with pytest.raises(IndexUnavailable, match="coach ingest --rebuild"):
        index.check()
    index.reset()
    index.sync(chunks)
    assert reopen(tmp_path / "index", fake).check() == len(chunks)


def grown_corpus(tmp_path: Path, sections: int) -> Path:
    """The real corpus plus a synthetic file, so the next ingest has work to do."""
    from benchmarks.corpus import generate, write_markdown

    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    write_markdown(generate(sections, seed=3), corpus)
    return corpus


def ids_of(index: ChunkIndex) -> list[str]:
    return sorted(c.chunk_id for c in index.all_chunks())


def collection_names(index: ChunkIndex) -> list[str]:
    return sorted(c.name for c in index.client.list_collections())


DIE_ON_SECOND_BATCH = """
import os, signal, sys
from pathlib import Path
from assistant.offline import ensure_offline_env
ensure_offline_env()
from assistant.knowledge.embeddings import MiniLMEmbeddings
from assistant.knowledge.index import ChunkIndex
from assistant.knowledge.chunking import chunk_documents
from assistant.knowledge.corpus import load_corpus

class DiesOnSecondBatch(MiniLMEmbeddings):
    batches = 0
    def embed_documents(self, texts):
        DiesOnSecondBatch.batches += 1
        if DiesOnSecondBatch.batches == 2:
            os.kill(os.getpid(), signal.SIGKILL)
        return super().embed_documents(texts)

chunks = chunk_documents(load_corpus([Path(sys.argv[2])]).documents)
ChunkIndex(DiesOnSecondBatch(), Path(sys.argv[1])).sync(chunks)
"""


def test_a_sync_killed_between_batches_leaves_the_old_index_then_completes(
    built_data: Path, tmp_path: Path, embeddings
):
    data = copy_of(built_data, tmp_path)
    before = ids_of(reopen(data / "index", embeddings))
    corpus = grown_corpus(tmp_path, 300)

    killed = subprocess.run(
        [sys.executable, "-c", DIE_ON_SECOND_BATCH, str(data / "index"), str(corpus)],
        cwd=REPO,
        capture_output=True,
        timeout=300,
    )
    assert killed.returncode == -signal.SIGKILL

    index = reopen(data / "index", embeddings)
    assert ids_of(index) == before
    assert index.check() == len(before)

    from assistant.knowledge.chunking import chunk_documents
    from assistant.knowledge.corpus import load_corpus

    wanted = chunk_documents(load_corpus([corpus]).documents)
    report = index.sync(wanted)
    assert report.added == len(wanted) - len(before) and report.unchanged == len(before)
    assert ids_of(index) == sorted(c.chunk_id for c in wanted)
    assert not [n for n in collection_names(index) if "staging" in n]


def staging_exists(db: Path) -> bool:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            rows = conn.execute("SELECT name FROM collections").fetchall()
    except sqlite3.Error:
        return False
    return any("staging" in name for (name,) in rows)


def test_coach_ingest_killed_midway_leaves_exactly_the_old_or_the_new_index(
    built_data: Path, tmp_path: Path, embeddings
):
    data = copy_of(built_data, tmp_path)
    before = ids_of(reopen(data / "index", embeddings))
    corpus = grown_corpus(tmp_path, 300)
    env = {**os.environ, "COACH_DATA_DIR": str(data), "COACH_BACKEND": "extractive"}
    proc = subprocess.Popen(
        [COACH, "ingest", str(corpus)],
        env=env,
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 240
    while not staging_exists(data / "index" / "chroma.sqlite3"):
        assert proc.poll() is None, "ingest finished before it could be interrupted"
        assert time.monotonic() < deadline, "no staging collection appeared"
        time.sleep(0.1)
    time.sleep(1.0)  # let it write part of the new generation
    proc.send_signal(signal.SIGKILL)
    proc.wait()

    index = reopen(data / "index", embeddings)
    after = ids_of(index)
    assert len(after) == len(set(after)) == index.count()
    assert after == before or len(after) > len(before)
    if after != before:  # the new generation was committed: it must be complete
        from assistant.knowledge.chunking import chunk_documents
        from assistant.knowledge.corpus import load_corpus

        assert after == sorted(c.chunk_id for c in chunk_documents(load_corpus([corpus]).documents))
    assert index.check() == len(after)

    asked = run_coach(["ask", "--json", QUESTION], data)
    assert asked.returncode == 0, asked.stderr


def read_only(data: Path, args: list[str]) -> subprocess.CompletedProcess[str]:
    """Run coach with `data` bind-mounted read-only in a private mount namespace."""
    env = {**os.environ, "COACH_DATA_DIR": str(data), "COACH_BACKEND": "extractive"}
    script = f'mount --bind -o ro "{data}" "{data}" && exec "$@"'
    return subprocess.run(
        ["unshare", "-m", "sh", "-c", script, "sh", COACH, *args],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )


def can_mount_read_only(tmp_path: Path) -> bool:
    if not shutil.which("unshare") or os.geteuid() != 0:
        return False
    probe = tmp_path / "probe"
    probe.mkdir()
    script = f'mount --bind -o ro "{probe}" "{probe}" && ! touch "{probe}/x" 2>/dev/null'
    return subprocess.run(["unshare", "-m", "sh", "-c", script]).returncode == 0


@pytest.fixture()
def ro_ok(tmp_path: Path) -> None:
    if not can_mount_read_only(tmp_path):
        pytest.skip("needs root and `unshare -m` to mount a folder read-only")


def test_a_read_only_data_dir_still_answers_and_refuses_to_ingest_clearly(
    ro_ok: None, built_data: Path, tmp_path: Path
):
    data = copy_of(built_data, tmp_path)
    asked = read_only(data, ["ask", "--json", QUESTION])
    assert asked.returncode == 0, asked.stderr
    assert json.loads(asked.stdout)["sources"]
    assert "read-only" in asked.stderr

    ingested = read_only(data, ["ingest"])
    assert ingested.returncode == 1
    assert "read-only" in ingested.stderr and "COACH_DATA_DIR" in ingested.stderr
    assert "Traceback" not in ingested.stderr


def test_a_read_only_empty_data_dir_says_what_to_do(ro_ok: None, tmp_path: Path):
    data = tmp_path / "empty"
    data.mkdir()
    asked = read_only(data, ["ask", "--json", QUESTION])
    assert asked.returncode != 0
    assert "read-only" in asked.stderr and "COACH_DATA_DIR" in asked.stderr
    assert "Traceback" not in asked.stderr


def test_the_bm25_disk_cache_follows_the_index_and_survives_damage(tmp_path: Path):
    from assistant.knowledge.retrieval import CACHE_MIN_CHUNKS, HybridRetriever
    from benchmarks.corpus import generate

    chunks = generate(CACHE_MIN_CHUNKS + 100, seed=9).chunks
    fake = HashEmbeddings()
    index = ChunkIndex(fake, tmp_path / "data" / "index")
    index.sync(chunks)
    query = "how do I ask my partner for alone time"
    expected = [p.chunk_id for p in HybridRetriever(index, fake).retrieve(query, 4)]
    cached = list((tmp_path / "data" / "cache").glob("bm25-*"))
    assert len(cached) == 1

    (cached[0] / "chunks.jsonl").write_text("{not json", encoding="utf-8")
    assert [p.chunk_id for p in HybridRetriever(index, fake).retrieve(query, 4)] == expected

    index.sync(chunks[100:])  # a new generation: the old cache must not answer
    retriever = HybridRetriever(index, fake)
    assert {c.chunk_id for c in retriever.chunks} == {c.chunk_id for c in chunks[100:]}
    assert [p.name for p in (tmp_path / "data" / "cache").glob("bm25-*")] != [cached[0].name]

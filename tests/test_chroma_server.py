"""The same ingest and retrieval against a real `chroma run` server on 127.0.0.1."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.errors import IndexUnavailable
from assistant.factory import ingest, make_retriever
from assistant.knowledge.index import ChunkIndex
from tests.conftest import CORPUS, REPO, free_port

pytestmark = pytest.mark.slow

BIN = Path(sys.executable).parent
QUESTIONS = [
    "How do I ask for space without hurting my partner?",
    "What is the difference between codependency and interdependence?",
    "boundaries build trust",
    "self-regulation when we fight",
]


class ChromaServer:
    """A `chroma run` process on loopback, started and stopped by its pid."""

    def __init__(self, path: Path, port: int) -> None:
        self.path, self.port = path, port
        self.url = f"http://127.0.0.1:{port}"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        env = {**os.environ, "ANONYMIZED_TELEMETRY": "False"}
        self.proc = subprocess.Popen(
            [str(BIN / "chroma"), "run", "--path", str(self.path)]
            + ["--host", "127.0.0.1", "--port", str(self.port)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{self.url}/api/v2/heartbeat", timeout=1):
                    return
            except OSError:
                if self.proc.poll() is not None:
                    raise RuntimeError(f"chroma run exited with {self.proc.returncode}") from None
                time.sleep(0.2)
        raise RuntimeError("chroma run did not answer its heartbeat within 60 s")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


@pytest.fixture()
def server(tmp_path: Path) -> Iterator[ChromaServer]:
    srv = ChromaServer(tmp_path / "chroma-server", free_port())
    srv.start()
    yield srv
    srv.stop()


def ranked(retriever) -> list[list[tuple[str, float]]]:
    return [
        [(p.chunk_id, round(p.score, 6)) for p in retriever.retrieve(q, k=4)] for q in QUESTIONS
    ]


def dense(index: ChunkIndex, embeddings) -> list[list[tuple[str, float]]]:
    return [
        [(c.chunk_id, round(s, 4)) for c, s in index.search(embeddings.embed_query(q), 6)]
        for q in QUESTIONS
    ]


def test_server_results_match_the_embedded_store_and_survive_a_restart(
    server: ChromaServer, tmp_path: Path, embeddings, built_index, retriever
):
    remote = ChunkIndex(embeddings, tmp_path / "unused", chroma_url=server.url)
    report = ingest(remote, [CORPUS])
    assert report.added == built_index.count() == remote.count()
    assert not (tmp_path / "unused").exists()  # nothing was written locally

    expected_hybrid, expected_dense = ranked(retriever), dense(built_index, embeddings)
    assert ranked(make_retriever(remote)) == expected_hybrid
    assert dense(remote, embeddings) == expected_dense

    server.stop()
    server.start()
    reopened = ChunkIndex(embeddings, tmp_path / "unused", chroma_url=server.url)
    assert reopened.count() == built_index.count()
    assert {c.chunk_id for c in reopened.all_chunks()} == {
        c.chunk_id for c in built_index.all_chunks()
    }
    assert ranked(make_retriever(reopened)) == expected_hybrid
    assert dense(reopened, embeddings) == expected_dense

    again = ingest(reopened, [CORPUS])
    assert again.added == again.removed == 0 and again.unchanged == built_index.count()


def test_cli_ask_uses_the_server_from_the_environment(server: ChromaServer, tmp_path: Path):
    env = {
        **os.environ,
        "COACH_CHROMA_URL": server.url,
        "COACH_DATA_DIR": str(tmp_path / "data"),
        "COACH_BACKEND": "extractive",
    }
    coach = [str(BIN / "coach")]
    done = subprocess.run(
        coach + ["ingest"], env=env, cwd=REPO, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert server.url in done.stdout
    asked = subprocess.run(
        coach + ["ask", "--json", "What does interdependence mean?"],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert asked.returncode == 0, asked.stderr
    turn = json.loads(asked.stdout)
    assert turn["sources"] and turn["answer"]
    assert not (tmp_path / "data" / "index").exists()


def test_an_unreachable_server_gives_a_clear_message(tmp_path: Path, embeddings):
    index = ChunkIndex(embeddings, tmp_path / "unused", chroma_url=f"127.0.0.1:{free_port()}")
    with pytest.raises(IndexUnavailable, match="Chroma server"):
        index.count()

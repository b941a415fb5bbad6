"""Shared fixtures: offline switches, a network guard, a real index in a tmp dir."""

from __future__ import annotations

import ipaddress
import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.offline import ensure_offline_env

ensure_offline_env()
# Dozens of tests build a fresh index in their own data dir (and in child processes,
# which inherit this): they use the small retrieval model, which ingests 3x faster.
# The default model (nomic-embed-text-v1.5) is tested in tests/test_nomic.py and
# tests/test_offline.py, and `make eval-ci` gates retrieval on it.
os.environ.setdefault("COACH_EMBEDDINGS", "minilm")

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"
SEED = REPO.parent / "shared" / "seed" / "interdependent-relationships.txt"


def free_port() -> int:
    """A free TCP port on loopback for a server a test starts."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class NetworkBlocked(AssertionError):
    """A test tried to open a non-loopback connection."""


def _is_loopback(address: object) -> bool:
    if not isinstance(address, tuple) or not address:
        return True  # AF_UNIX paths and the like never leave the machine
    host = str(address[0])
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False  # a host name: resolving it would already be a lookup outside


@pytest.fixture(autouse=True)
def no_outside_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[object]]:
    """Fail any test that connects anywhere but loopback (the app must be offline)."""
    attempts: list[object] = []
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def guarded(sock: socket.socket, address: object) -> object:
        if not _is_loopback(address):
            attempts.append(address)
            raise NetworkBlocked(f"non-loopback connection attempted: {address!r}")
        return real_connect(sock, address)  # type: ignore[arg-type]

    def guarded_ex(sock: socket.socket, address: object) -> int:
        if not _is_loopback(address):
            attempts.append(address)
            raise NetworkBlocked(f"non-loopback connection attempted: {address!r}")
        return real_connect_ex(sock, address)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", guarded)
    monkeypatch.setattr(socket.socket, "connect_ex", guarded_ex)
    yield attempts


@pytest.fixture(scope="session")
def embeddings():
    from assistant.knowledge.embeddings import MiniLMEmbeddings

    return MiniLMEmbeddings()


@pytest.fixture(scope="session")
def built_index(tmp_path_factory: pytest.TempPathFactory, embeddings):
    """A real Chroma index of the real corpus, built once per test session."""
    from assistant.factory import ingest
    from assistant.knowledge.index import ChunkIndex

    index = ChunkIndex(embeddings, tmp_path_factory.mktemp("index") / "index")
    ingest(index, [CORPUS])
    return index


@pytest.fixture(scope="session")
def retriever(built_index, embeddings):
    from assistant.factory import make_retriever

    return make_retriever(built_index)


@pytest.fixture()
def settings(tmp_path: Path):
    """Settings pointing at a private data dir (nothing touches the user's files), on the
    extractive backend: tests that need an LLM say so (and use the tiny model)."""
    from assistant.settings import Settings

    return Settings(
        data_dir=tmp_path / "data", corpus_dir=CORPUS, backend="extractive", _env_file=None
    )


@pytest.fixture(scope="session")
def index_settings(built_index):
    """Settings over the session's shared index (Settings.index_dir is <data_dir>/index)."""
    from assistant.settings import Settings

    return Settings(
        data_dir=built_index.index_dir.parent,
        corpus_dir=CORPUS,
        backend="extractive",
        _env_file=None,
    )


@pytest.fixture(scope="session")
def reader(tmp_path_factory: pytest.TempPathFactory, embeddings):
    """The real turn reader: the classifier trained from assistant/data/train/ (the one
    `make setup` stored, or trained here once per session)."""
    from assistant.settings import Settings
    from assistant.understanding.classifier import load_or_train
    from assistant.understanding.features import classifier_embeddings, installed_nomic
    from assistant.understanding.reading import Reader

    nomic = installed_nomic(Settings(_env_file=None).data_dir / "models")
    features, tag = classifier_embeddings(embeddings, nomic)
    return Reader(load_or_train(features, tmp_path_factory.mktemp("classifier"), tag))

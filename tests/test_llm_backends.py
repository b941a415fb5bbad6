"""Choosing a backend by name, and the embedded model file (assembly, SHA-256, damage)."""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

import pytest

from assistant.coach.extractive import ExtractiveResponder
from assistant.errors import BackendError, ModelFileError
from assistant.llm import CHOICES, default_backend, make_chat_model, parse_backend
from assistant.llm.model_file import (
    INSTALL_COMMAND,
    MODEL_SHA256,
    ensure_model_file,
    model_path,
    model_state,
)
from assistant.llm.select import select_backends
from assistant.llm.status import status_lines
from assistant.settings import Settings


@pytest.mark.parametrize(
    ("spec", "parsed"),
    [
        ("extractive", ("extractive", "")),
        ("llamacpp", ("llamacpp", "qwen2.5-coder-1.5b")),
        ("llamacpp/qwen2.5-coder-1.5b", ("llamacpp", "qwen2.5-coder-1.5b")),
        ("llamacpp//models/x.gguf", ("llamacpp", "/models/x.gguf")),
        ("ollama/qwen2.5:1.5b", ("ollama", "qwen2.5:1.5b")),
        ("OpenAI/gpt-4o-mini", ("openai", "gpt-4o-mini")),
    ],
)
def test_backend_names_parse_into_provider_and_model(spec, parsed):
    assert parse_backend(spec) == parsed


@pytest.mark.parametrize("spec", ["", "gpt4", "ollama/", "hf/some-model", "extractive/x"])
def test_an_unknown_backend_lists_the_valid_choices(spec):
    with pytest.raises(BackendError) as info:
        parse_backend(spec)
    assert CHOICES in str(info.value)


def test_an_unknown_local_model_name_says_what_to_use(tmp_path):
    with pytest.raises(BackendError, match="qwen2.5-coder-1.5b, smollm2-135m or a path"):
        make_chat_model("llamacpp/llama-70b", Settings(data_dir=tmp_path, _env_file=None))


def test_select_rejects_a_bad_name_instead_of_guessing(tmp_path, embeddings):
    with pytest.raises(BackendError, match="Valid choices"):
        select_backends(
            Settings(data_dir=tmp_path, _env_file=None),
            "chatgpt",
            embeddings,
            ExtractiveResponder(embeddings),
        )


# -- the model file -------------------------------------------------------------------


def make_parts(folder: Path, blobs: list[bytes]) -> tuple[list[Path | None], str]:
    folder.mkdir(parents=True, exist_ok=True)
    paths: list[Path | None] = []
    for n, blob in enumerate(blobs, 1):
        path = folder / f"part{n:02d}.bin"
        path.write_bytes(blob)
        paths.append(path)
    return paths, hashlib.sha256(b"".join(blobs)).hexdigest()


def test_parts_are_concatenated_in_order_and_verified(tmp_path):
    parts, sha = make_parts(tmp_path / "parts", [b"GGUF-one-", b"two-", b"three"])
    path = ensure_model_file(tmp_path / "data", expected=sha, parts=parts)
    assert path == model_path(tmp_path / "data") and path.read_bytes() == b"GGUF-one-two-three"
    assert ensure_model_file(tmp_path / "data", expected=sha, parts=parts) == path
    assert not list(path.parent.glob("*.partial-*"))


def test_parts_that_do_not_add_up_are_refused_and_nothing_is_left(tmp_path):
    parts, _ = make_parts(tmp_path / "parts", [b"GGUF-one-", b"two-"])
    with pytest.raises(ModelFileError, match="force-reinstall"):
        ensure_model_file(tmp_path / "data", expected=MODEL_SHA256, parts=parts)
    assert not model_path(tmp_path / "data").exists()
    assert not list((tmp_path / "data" / "models").glob("*"))


def test_missing_parts_name_the_install_command(tmp_path):
    parts, sha = make_parts(tmp_path / "parts", [b"a", b"b"])
    with pytest.raises(ModelFileError) as info:
        ensure_model_file(tmp_path / "data", expected=sha, parts=[parts[0], None])
    assert "part2" in str(info.value) and INSTALL_COMMAND in str(info.value)


@pytest.mark.parametrize("damage", ["truncate", "tamper"])
def test_a_damaged_model_file_is_detected(tmp_path, damage):
    parts, sha = make_parts(tmp_path / "parts", [b"GGUF" + bytes(range(200)), b"tail" * 50])
    path = ensure_model_file(tmp_path / "data", expected=sha, parts=parts)
    data = path.read_bytes()
    if damage == "truncate":
        path.write_bytes(data[: len(data) // 2])
    else:
        path.write_bytes(data[:-1] + b"X")  # same size, one byte changed
    with pytest.raises(ModelFileError, match="damaged or was altered"):
        ensure_model_file(tmp_path / "data", expected=sha, parts=parts)


def test_a_tampered_default_model_keeps_the_coach_on_extractive(tmp_path, embeddings, caplog):
    if default_backend() == "extractive":
        pytest.skip("the local model packages are not installed here")
    settings = Settings(data_dir=tmp_path, _env_file=None)
    path = model_path(tmp_path)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"GGUF" + b"\0" * 1024)  # not the real model
    extractive = ExtractiveResponder(embeddings)
    with caplog.at_level(logging.WARNING):
        backends = select_backends(settings, None, embeddings, extractive)
    assert backends.responder is extractive and backends.situation_reader is None
    assert "damaged or was altered" in (backends.problem or "")
    assert "extractive" in caplog.text and "damaged" in caplog.text
    assert not model_state(tmp_path).verified


def test_status_reports_a_damaged_file_without_failing(tmp_path):
    if default_backend() == "extractive":
        pytest.skip("the local model packages are not installed here")
    path = model_path(tmp_path)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"GGUF" + b"\0" * 1024)
    lines = status_lines(Settings(data_dir=tmp_path, _env_file=None))
    assert "Model parts installed: 22/22" in lines
    assert any(line.startswith("Verified: NO.") for line in lines)

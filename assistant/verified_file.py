"""Files checked against a pinned SHA-256 once, then trusted by a stamp.

A stamp next to the file (`<name>.verified.json`) records the hash, size and mtime
it had when it last matched, so later starts skip hashing hundreds of megabytes.
Anything that changes the file's size or mtime sends it back to hashing.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

CHUNK = 1 << 20


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


def stamp_path(path: Path) -> Path:
    return path.with_name(path.name + ".verified.json")


def stamp_matches(path: Path, expected: str) -> bool:
    """The file verified as `expected` and has not changed since."""
    try:
        stamp = json.loads(stamp_path(path).read_text("utf-8"))
        stat = path.stat()
    except (OSError, ValueError):
        return False
    return (
        stamp.get("sha256") == expected
        and stamp.get("size") == stat.st_size
        and stamp.get("mtime_ns") == stat.st_mtime_ns
    )


def write_stamp(path: Path, sha: str) -> None:
    stat = path.stat()
    record = {"sha256": sha, "size": stat.st_size, "mtime_ns": stat.st_mtime_ns}
    stamp_path(path).write_text(json.dumps(record), "utf-8")

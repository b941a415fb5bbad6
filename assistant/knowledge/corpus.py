"""Load the knowledge base: every `.md` file under the corpus folder.

A file that cannot be used (not UTF-8, empty, no headings) is reported by name and
skipped; the other files still load.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from assistant.errors import CorpusError

log = logging.getLogger(__name__)

HEADING_RE = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$", re.MULTILINE)


@dataclass(frozen=True)
class Document:
    """One corpus file."""

    source: str
    """File name relative to the corpus folder."""
    text: str
    """Full Markdown text."""


@dataclass
class LoadResult:
    documents: list[Document] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    """One message per skipped file."""


def read_document(path: Path, root: Path | None = None) -> Document:
    """Read one Markdown file, raising :class:`CorpusError` naming the file when unusable."""
    name = str(path.relative_to(root)) if root else path.name
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CorpusError(f"{name}: cannot be read ({exc.strerror}).") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CorpusError(
            f"{name}: is not UTF-8 text (bad byte at position {exc.start}). "
            "Save it as UTF-8 Markdown or remove it from the corpus folder."
        ) from exc
    if "\x00" in text:
        raise CorpusError(f"{name}: looks like a binary file, not Markdown. Remove it.")
    if not text.strip():
        raise CorpusError(f"{name}: is empty. Add text or remove it.")
    if not HEADING_RE.search(text):
        raise CorpusError(
            f"{name}: has no Markdown headings ('# Title', '## Section'). "
            "The coach cites sections, so each file needs at least one heading."
        )
    return Document(source=name, text=text.replace("\r\n", "\n"))


def load_corpus(paths: list[Path]) -> LoadResult:
    """Load every `.md` file in the given files/folders (folders are searched recursively)."""
    result = LoadResult()
    files: list[tuple[Path, Path | None]] = []
    for path in paths:
        if path.is_dir():
            files += [(f, path) for f in sorted(path.rglob("*.md")) if f.is_file()]
        elif path.is_file():
            files.append((path, None))
        else:
            result.errors.append(f"{path}: no such file or folder.")
    for file, root in files:
        try:
            result.documents.append(read_document(file, root))
        except CorpusError as exc:
            log.warning("%s", exc)
            result.errors.append(str(exc))
    return result

"""Section-aware chunking.

Each Markdown section becomes one chunk carrying its heading path
(`How to build an interdependent relationship > Practice self-regulation`). Small
sections stay whole; long ones are split on paragraph boundaries with a little
overlap (langchain-text-splitters). Chunk ids hash source + heading path + text, so
re-indexing the same corpus is a no-op and edited chunks are replaced.

Heading paths leave out the file's title (its single `#` heading) except for the
text that stands directly under the title, whose section is the title itself.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from assistant.knowledge.corpus import HEADING_RE, Document
from assistant.schema import Chunk

MAX_CHARS = 1000
"""Sections longer than this are split (MiniLM reads ~256 tokens, about 1,000 characters)."""
OVERLAP_CHARS = 150
SEPARATOR = " > "


@dataclass(frozen=True)
class Section:
    """The body text under one heading, with the path of headings above it."""

    path: tuple[str, ...]
    text: str


def split_sections(markdown: str) -> list[Section]:
    """Split Markdown into sections by heading, keeping body text verbatim."""
    sections: list[Section] = []
    stack: list[tuple[int, str]] = []
    matches = list(HEADING_RE.finditer(markdown))
    for i, match in enumerate(matches):
        level, title = len(match.group(1)), match.group(2).strip()
        while stack and stack[-1][0] >= level:
            stack.pop()
        stack.append((level, title))
        end = matches[i + 1].start() if i + 1 < len(matches) else len(markdown)
        body = markdown[match.end() : end].strip()
        if body:
            sections.append(Section(path=tuple(t for _, t in stack), text=body))
    return sections


def heading_path(path: tuple[str, ...], title_levels: int) -> str:
    """Join headings with ' > ', dropping the document title when deeper headings exist."""
    parts = list(path[title_levels:]) if len(path) > title_levels else list(path)
    return SEPARATOR.join(parts)


def chunk_id(source: str, section: str, text: str) -> str:
    digest = hashlib.sha256(f"{source}\x1f{section}\x1f{text}".encode()).hexdigest()
    return digest[:24]


def _split_long(text: str) -> list[str]:
    if len(text) <= MAX_CHARS:
        return [text]
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    splitter = RecursiveCharacterTextSplitter(
        chunk_size=MAX_CHARS,
        chunk_overlap=OVERLAP_CHARS,
        separators=["\n\n", "\n", ". ", " "],
        keep_separator="end",
    )
    return [part.strip() for part in splitter.split_text(text) if part.strip()]


def chunk_document(doc: Document) -> list[Chunk]:
    """All chunks of one document, in reading order."""
    sections = split_sections(doc.text)
    # Drop the title level only when the file has exactly one top-level heading.
    top_levels = [m.group(1) for m in HEADING_RE.finditer(doc.text)]
    title_levels = 1 if top_levels.count("#") == 1 and top_levels[0] == "#" else 0
    chunks: list[Chunk] = []
    seen: set[str] = set()
    for section in sections:
        path = heading_path(section.path, title_levels)
        for part in _split_long(section.text):
            cid = chunk_id(doc.source, path, part)
            if cid in seen:  # identical text under an identical heading: keep one
                continue
            seen.add(cid)
            chunks.append(
                Chunk(chunk_id=cid, source=doc.source, section=path, text=part, ordinal=len(chunks))
            )
    return chunks


def chunk_documents(docs: list[Document]) -> list[Chunk]:
    return [chunk for doc in docs for chunk in chunk_document(doc)]

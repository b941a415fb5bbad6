"""Cutting a passage into sentences and list items, the unit every reader quotes.

Used by the retrieval views (one vector a sentence), the extractive answers, the
grounding check and the LLM prompts, so all of them agree on what a sentence is.
"""

from __future__ import annotations

import re

SENTENCE_RE = re.compile(r"(?<=[.!?…])[”\"’)]?\s+(?=[“\"A-Z0-9])")
LIST_ITEMS = 5
"""A chosen sentence that introduces a list ("Here are a few signs:") brings up to this
many of the list's items, so it is never quoted as a dangling lead-in."""


def _units(text: str) -> list[tuple[str, bool]]:
    """Sentences and list items of a passage, in order, each with whether it is an item."""
    out: list[tuple[str, bool]] = []
    for block in text.split("\n"):
        block = block.strip()
        if not block:
            continue
        if block.startswith(("- ", "* ")):
            out.append((block[2:].strip(), True))
            continue
        out += [(s.strip(), False) for s in SENTENCE_RE.split(block) if s.strip()]
    return out


def split_sentences(text: str) -> list[str]:
    """Sentences and list items of a passage, in order."""
    return [unit for unit, _item in _units(text)]


def list_after(text: str, lead: str, limit: int = LIST_ITEMS) -> list[str]:
    """The list items that directly follow the sentence `lead` in a passage."""
    units = _units(text)
    start = next((i + 1 for i, (unit, _item) in enumerate(units) if unit == lead), None)
    if start is None:
        return []
    out: list[str] = []
    for unit, item in units[start:]:
        if not item or len(out) == limit:
            break
        out.append(unit)
    return out

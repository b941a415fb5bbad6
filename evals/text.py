"""Comparing texts the way every check does: case, quotes, dashes and emphasis ignored."""

from __future__ import annotations

import re
import unicodedata

QUOTES: dict[str, str | int | None] = {"’": "'", "‘": "'", "“": '"', "”": '"', "—": " - "}


def normalise(text: str) -> str:
    """Lower case, straight quotes, plain dashes, no Markdown emphasis, single spaces."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = text.translate(str.maketrans(QUOTES))
    text = text.replace("–", "-").replace("*", "").replace("_", " ")
    return re.sub(r"\s+", " ", text).strip()


def contains(haystack: str, phrase: str) -> bool:
    return normalise(phrase) in normalise(haystack)

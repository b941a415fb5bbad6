"""The word lists the small rules read, from `assistant/data/vocabulary.yaml`.

Read once, on first use (never at import), so editing a list means editing data.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

VOCABULARY_FILE = Path(__file__).resolve().parent / "data" / "vocabulary.yaml"


@cache
def _lists(path: Path = VOCABULARY_FILE) -> dict[str, tuple[str, ...]]:
    import yaml

    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {key: tuple(str(word) for word in words) for key, words in raw.items()}


def word_list(name: str) -> tuple[str, ...]:
    """One list, in file order (`relations`, `work_relations`, ...)."""
    return _lists()[name]


@cache
def word_set(name: str) -> frozenset[str]:
    return frozenset(word_list(name))

"""Cleaning what a user typed before anything else sees it."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from assistant.coach.texts import NOT_TEXT_MESSAGE, TRUNCATED_NOTICE

CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass
class CleanInput:
    text: str
    """The message as the coach will read it (may be empty)."""
    notices: list[str] = field(default_factory=list)
    """What the user should be told about their input (e.g. truncation)."""
    problem: str | None = None
    """Set when the input could not be read at all; the text to show instead."""


def clean_input(raw: str | bytes | None, max_chars: int) -> CleanInput:
    """Decode, normalise and bound a message. Never raises."""
    if raw is None:
        return CleanInput(text="")
    try:  # bytes must decode; a str carrying lone surrogates (undecodable argv) must encode
        raw = raw.decode("utf-8") if isinstance(raw, bytes) else raw.encode("utf-8").decode()
    except UnicodeError:
        return CleanInput(text="", problem=NOT_TEXT_MESSAGE)
    text = unicodedata.normalize("NFC", raw)
    text = CONTROL_RE.sub(" ", text).strip()
    notices: list[str] = []
    if len(text) > max_chars:
        cut = text[:max_chars]
        # End on a word boundary when one is close.
        space = cut.rfind(" ", max_chars - 200)
        text = (cut[:space] if space > 0 else cut).rstrip()
        notices.append(TRUNCATED_NOTICE.format(limit=max_chars))
    return CleanInput(text=text, notices=notices)

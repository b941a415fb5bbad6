"""Composing answers: the Markdown around boundary scripts, and the thin-evidence test.

"Why this works" quotes the article's own boundary sentences with [n] citations
(n is the position of the passage in the turn's `sources`); "If they push back" is
fixed, human-written text from `texts.py`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.coach.texts import (
    BOUNDARY_INTRO,
    FRAMEWORK_NOTES,
    KIND_NOTES,
    PUSHBACK_HEADING,
    PUSHBACK_TEXT,
    SCRIPT_HEADING,
    WHY_IT_WORKS_HEADING,
    WHY_IT_WORKS_LEAD,
    WHY_IT_WORKS_NO_SOURCES,
)
from assistant.schema import Passage, Script

BOUNDARY_SECTION_RE = re.compile(r"boundar|needs|emotional safety", re.IGNORECASE)
BOUNDARY_SENTENCE_RE = re.compile(
    r"\b(?:boundar\w*|limits?|say no|ask for what you need|resentment|clarity|"
    r"without losing yourself|guilt|need)\b",
    re.IGNORECASE,
)


def is_thin(passages: Sequence[Passage], threshold: float, best: float | None = None) -> bool:
    """True when no retrieved passage is close to the query in meaning: `best` (a
    coverage score), else the passages' best dense score, is under `threshold`."""
    if best is None:
        dense = [p.dense_score for p in passages if p.dense_score is not None]
        best = max(dense) if dense else None
    return bool(passages) and (best is None or best < threshold)


MAX_QUOTES = 2
MIN_WORDS = 6


def boundary_query(request: str) -> str:
    """What to retrieve for a boundary request: the article's boundary guidance."""
    return f"setting healthy boundaries, saying no and asking for what you need: {request}"


KIND_QUERIES = {
    "apology": "repair after rupture, own your part, apologize and forgive",
    "reconnect": "rituals of connection, check in, revisit your connection as life shifts",
    "support": "emotionally available, show up on a hard day, hold space",
    "celebrate": "support each other's growth, excited for each other's wins",
    "gratitude": "give and take, supporting each other when it counts",
    "express": "express needs without guilt, feel safe to be honest, communicate openly",
}
"""What to retrieve for each kind of message that is not a boundary."""


def kind_query(kind: str, request: str) -> str:
    return f"{KIND_QUERIES.get(kind, '')}: {request}"


def kind_tail(kind: str, passages: Sequence[Passage]) -> str:
    """Why this works for a message that is not a boundary: the article's own words
    on it (cited) and what the structure does."""
    quotes = why_quotes(passages, None)
    why = [WHY_IT_WORKS_HEADING]
    why += ["The article puts it this way:", *quotes] if quotes else []
    why.append(KIND_NOTES[kind])
    return "\n".join(why)


def why_quotes(
    passages: Sequence[Passage], prefer: re.Pattern[str] | None = BOUNDARY_SECTION_RE
) -> list[str]:
    """Up to two quoted sentences, each ending in its [n]: from the sections `prefer`
    matches first (by default, the boundary sections), else in retrieval order."""
    from assistant.knowledge.sentences import split_sentences

    ranked = sorted(
        range(len(passages)),
        key=lambda i: (not (prefer is not None and prefer.search(passages[i].section)), i),
    )
    quotes: list[str] = []
    for i in ranked:
        sentences = [s for s in split_sentences(passages[i].text) if len(s.split()) >= MIN_WORDS]
        if not sentences:
            continue
        best = next((s for s in sentences if BOUNDARY_SENTENCE_RE.search(s)), sentences[0])
        section = passages[i].section.split(" > ")[-1]
        quotes.append(f"- **{section}:** {best} [{i + 1}]")
        if len(quotes) == MAX_QUOTES:
            break
    return quotes


def script_block(script: Script) -> str:
    heading = SCRIPT_HEADING.format(tone=script.tone.capitalize(), framework=script.framework)
    return f"{heading}\n> {script.text}"


def boundary_head(addressee: str, lead: Sequence[str] = ()) -> str:
    """Notices and the introduction line (shown before the scripts)."""
    return "\n\n".join([*lead, BOUNDARY_INTRO.format(who=addressee)])


def boundary_tail(
    scripts: Sequence[Script], passages: Sequence[Passage], pushback: bool = True
) -> str:
    """Why this works (cited) and what to do on pushback (shown after the scripts)."""
    frameworks = list(dict.fromkeys(s.framework for s in scripts))
    notes = [FRAMEWORK_NOTES[f] for f in frameworks if f in FRAMEWORK_NOTES]
    why = [WHY_IT_WORKS_HEADING]
    quotes = why_quotes(passages)
    why += ["The article puts it this way:", *quotes] if quotes else [WHY_IT_WORKS_NO_SOURCES]
    if notes:
        why.append("")
        why.append(WHY_IT_WORKS_LEAD.format(notes="; ".join(notes)))
    parts = ["\n".join(why)]
    return "\n\n".join([*parts, f"{PUSHBACK_HEADING}\n{PUSHBACK_TEXT}"] if pushback else parts)


def boundary_answer(
    addressee: str,
    scripts: Sequence[Script],
    passages: Sequence[Passage],
    lead: Sequence[str] = (),
) -> str:
    """The full Markdown of a boundary turn: head, script blocks, tail."""
    parts = [boundary_head(addressee, lead), *(script_block(s) for s in scripts)]
    return "\n\n".join([*parts, boundary_tail(scripts, passages)])

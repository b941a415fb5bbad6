"""The boundary-script rubric as the eval suite reads issue 3, plus groundedness.

These checks are written from the issue, independently of the coaching chain's own
checker; when that checker exists (`assistant.boundary.check_script`) the runner
also reports its verdict as the `coach_rubric` item.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from langchain_core.embeddings import Embeddings

    from assistant.schema import Script, Turn

    from .cases import Case

MIN_SCRIPTS = 3
MAX_WORDS = 60
FRAMEWORKS = ("i-statement", "i statement", "dear man", "nonviolent communication", "nvc")
FIRST_PERSON_RE = re.compile(r"\b(i|i'm|i'd|i've|i'll|me|my|myself)\b")
NEED_RE = re.compile(
    r"\b(i need|i'd like|i would like|i want|i'm asking|i am asking|i'd love|i would love|"
    r"i'd appreciate|i would appreciate|please|can we|could we|could you|can you|will you|"
    r"would you|i can't|i cannot|i won't|i will|i'll|i'm going to|i am going to|"
    r"i'm not going to|from now on|going forward|i'd prefer|i prefer|it would help|"
    r"it would mean|i'm not comfortable|i'm not ready|i'm not willing|i'm not able|"
    r"it matters to me|it's important to me|i'm keeping|i keep)\b"
)
BLAME_RE = re.compile(r"\byou (always|never)\b|\byour fault\b")
WORD_RE = re.compile(r"\b[\w']+\b")

GROUNDED_SENTENCE = 0.6
"""A sentence counts as supported when its best cosine to a source sentence reaches this."""
GROUNDED_PASS = 0.75
"""An answer passes when at least this share of its sentences is supported."""


def _norm(text: str) -> str:
    from .checks import normalise

    return normalise(text)


def script_parts(script: Script, situation: Sequence[str]) -> dict[str, bool]:
    text = _norm(script.text)
    framework = _norm(script.framework)
    return {
        "first_person": bool(FIRST_PERSON_RE.search(text)),
        "names_situation": not situation or any(_norm(w) in text for w in situation),
        "states_need": bool(NEED_RE.search(text)),
        "no_blame": not BLAME_RE.search(text),
        "max_60_words": len(WORD_RE.findall(script.text)) <= MAX_WORDS,
        "named_framework": any(f in framework for f in FRAMEWORKS),
    }


def check_turn(scripts: Sequence[Script], situation: Sequence[str]) -> dict[str, bool]:
    """Rubric items for one boundary turn: each is True only if every script passes it."""
    tones = [_norm(s.tone) for s in scripts]
    parts = {
        "three_scripts": len(scripts) >= MIN_SCRIPTS,
        "distinct_tones": len(set(tones)) == len(tones) and all(tones),
    }
    per_script = [script_parts(s, situation) for s in scripts]
    for name in script_parts_names():
        parts[name] = bool(per_script) and all(p[name] for p in per_script)
    return parts


def script_parts_names() -> list[str]:
    return [
        "first_person",
        "names_situation",
        "states_need",
        "no_blame",
        "max_60_words",
        "named_framework",
    ]


def _verdict(result: Any) -> bool:
    """Reads whatever the coach's checker returns: a bool, a result object or failures."""
    if isinstance(result, bool):
        return result
    for attr in ("passed", "ok", "valid", "is_valid"):
        value = getattr(result, attr, None)
        if isinstance(value, bool):
            return value
    if isinstance(result, dict) and result:
        return all(bool(v) for v in result.values())
    if isinstance(result, list | tuple):
        return not result  # a list of failures
    return bool(result)


def coach_rubric_passes(checker: Callable[..., Any], turn: Turn, case: Case) -> bool:
    """True when the coaching chain's own checker accepts every script of the turn."""
    if not turn.scripts:
        return False
    params = list(inspect.signature(checker).parameters)
    for script in turn.scripts:
        if len(params) >= 2:
            result = checker(script, case.input.text)
        else:
            result = checker(script)
        if not _verdict(result):
            return False
    return True


def load_coach_rubric() -> Callable[..., Any] | None:
    """`assistant.boundary.check_script` when the coaching chain provides it."""
    try:
        from assistant import boundary
    except ImportError:
        return None
    checker = getattr(boundary, "check_script", None)
    return checker if callable(checker) else None


def _sentences(text: str) -> list[str]:
    text = re.sub(r"\[\d+\]", " ", text)
    pieces = re.split(r"(?<=[.!?])\s+|\n+", text)
    out = []
    for piece in pieces:
        piece = piece.strip(" -*>#\t")
        if len(WORD_RE.findall(piece)) >= 4:
            out.append(piece)
    return out


def embedding_groundedness(embeddings: Embeddings) -> Callable[[str, list[str]], float]:
    """Share of answer sentences whose closest source sentence is similar enough."""

    def score(answer: str, sources: list[str]) -> float:
        said = _sentences(answer)
        support = [s for text in sources for s in _sentences(text)]
        if not said:
            return 1.0
        if not support:
            return 0.0
        a = embeddings.embed_documents(said)
        b = embeddings.embed_documents(support)
        supported = 0
        for vec in a:
            best = max(sum(x * y for x, y in zip(vec, other, strict=False)) for other in b)
            supported += best >= GROUNDED_SENTENCE
        return supported / len(said)

    return score

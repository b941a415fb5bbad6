"""One case's run as the report keeps it: what went in, what came out, every verdict."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from evals.checks import CheckResult

if TYPE_CHECKING:
    from assistant.schema import Turn

SHOWN_INPUT_CHARS = 300


@dataclass
class Outcome:
    """One case's run: what went in, what came out, and every check's verdict."""

    set: str
    id: str
    message: str
    passed: bool
    checks: list[CheckResult] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    expected: dict[str, Any] = field(default_factory=dict)
    intent: str | None = None
    answer: str = ""
    scripts: list[dict[str, str]] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)
    backend: str | None = None
    fallback: str | None = None
    timings_ms: dict[str, float] = field(default_factory=dict)
    error: str | None = None
    """The traceback when the coach raised instead of answering (always a failure)."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def shown(text: str) -> str:
    if len(text) <= SHOWN_INPUT_CHARS:
        return text
    return f"{text[:SHOWN_INPUT_CHARS]}… ({len(text):,} characters)"


def record_turn(outcome: Outcome, turn: Turn) -> None:
    """Copy what the coach answered into the outcome."""
    outcome.intent = turn.intent
    outcome.answer = turn.answer
    outcome.scripts = [s.model_dump() for s in turn.scripts]
    outcome.sections = [s.section for s in turn.sources]
    outcome.backend = turn.backend
    outcome.fallback = turn.fallback
    outcome.timings_ms = turn.timings_ms.model_dump()

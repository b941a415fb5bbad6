"""Eval cases as data: one JSON object per line in `evals/datasets/<set>.jsonl`.

Each case has an `id`, an `input` (message and optional history), what is
`expected`, and the names of the `checks` to run (see :mod:`evals.checks`).
"""

from __future__ import annotations

import json
from collections.abc import Collection
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field, ValidationError

DATASET_DIR = Path(__file__).resolve().parent / "datasets"
RETRIEVAL_SETS = (
    "retrieval",
    "retrieval_blind",
    "retrieval_blind2",
    "retrieval_blind3",
    "retrieval_blind4",
)
"""Sets scored on ranked sections alone (no answer is generated)."""
CONVERSATION_SETS = (
    "conversations",
    "conversations_fresh",
    "conversations_blind3",
    "conversations_blind4",
    "conversations_blind5",
    "conversations_blind6",
    "conversations_blind7",
    "conversations_blind8",
    "conversations_blind9",
    "conversations_blind10",
    "conversations_blind11",
    "conversations_blind12",
    "conversations_blind13",
)
"""Multi-turn sets, run turn by turn with the real history (see `evals.conversation`)."""
SET_NAMES = (
    *RETRIEVAL_SETS,
    "answers",
    "boundary",
    "safety",
    "off_topic",
    "adversarial",
    *CONVERSATION_SETS,
)


def is_retrieval(set_name: str) -> bool:
    return set_name in RETRIEVAL_SETS


"""Every dataset, in the order the runner runs them."""


class DatasetError(ValueError):
    """A dataset file is missing or a case in it is malformed."""


class CaseInput(BaseModel):
    message: str = ""
    history: list[tuple[str, str]] = Field(default_factory=list)
    """Earlier (user, assistant) turns, oldest first."""
    repeat: int = Field(default=1, ge=1)
    """Send `message` repeated this many times (huge inputs stay small on disk)."""

    @property
    def text(self) -> str:
        return self.message * self.repeat


class Expected(BaseModel):
    sections: list[str] = Field(default_factory=list)
    """Gold heading paths (retrieval): any of them counts as a hit."""
    intent: str | None = None
    """The intent the turn must have."""
    intent_in: list[str] = Field(default_factory=list)
    """Intents that are all acceptable."""
    intent_not: list[str] = Field(default_factory=list)
    """Intents the turn must not have."""
    facts: list[str] = Field(default_factory=list)
    """Phrases that must appear in the answer (case- and quote-insensitive)."""
    forbidden: list[str] = Field(default_factory=list)
    """Phrases that must not appear in the answer or the scripts."""
    situation: list[str] = Field(default_factory=list)
    """Words naming the user's situation; every boundary script must use one of them."""


class Case(BaseModel):
    id: str
    input: CaseInput
    expected: Expected = Field(default_factory=Expected)
    checks: list[str] = Field(default_factory=list)
    tags: list[str] = Field(default_factory=list)
    note: str = ""


def dataset_path(name: str, directory: Path = DATASET_DIR) -> Path:
    return directory / f"{name}.jsonl"


def load_set(name: str, known_checks: Collection[str], directory: Path = DATASET_DIR) -> list[Case]:
    """All cases of one dataset; a malformed line or an unknown check raises DatasetError."""
    path = dataset_path(name, directory)
    if not path.is_file():
        raise DatasetError(f"no dataset {name!r} (expected {path})")
    cases: list[Case] = []
    seen: set[str] = set()
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            raw: Any = json.loads(line)
            case = Case.model_validate(raw)
        except (json.JSONDecodeError, ValidationError) as exc:
            raise DatasetError(f"{path.name}:{lineno}: {exc}") from exc
        unknown = [c for c in case.checks if c not in known_checks]
        if unknown:
            raise DatasetError(
                f"{path.name}:{lineno}: unknown check(s) {unknown}; known: {sorted(known_checks)}"
            )
        if case.id in seen:
            raise DatasetError(f"{path.name}:{lineno}: duplicate id {case.id!r}")
        seen.add(case.id)
        cases.append(case)
    return cases

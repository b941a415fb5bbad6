"""Conversation sets: multi-turn cases run turn by turn with the coach's real history.

Each line of a conversation set is one conversation: `{"id", "turns": [{"user",
"expect": {...}}], "tags"}`. Every turn goes through the chain's stream (the path the
UI takes) with the history of what the coach really answered before, and is judged
on its own:

- `intent`: the turn's intent (a `check_in` turn may also get the full safety reply;
  `small_talk`, not an intent of the turn contract, is judged by the reader's route);
- `script_words`: groups of alternative words; each group must appear in the scripts;
- `sections`: at least one of these sections is among the sources;
- `must_not`: phrases the reply must not contain.
"""

from __future__ import annotations

import json
import re
import traceback
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field, ValidationError

from evals.cases import CONVERSATION_SETS, DatasetError
from evals.checks import CheckResult

if TYPE_CHECKING:
    from assistant.coach.chain import Coach
    from assistant.schema import Turn
    from evals.outcome import Outcome

ACCEPTED = {"check_in": {"check_in", "safety"}}
"""Intents that also pass for an expected intent (more caution than asked for)."""
BY_ROUTE = {"small_talk"}
"""Expected intents that the turn contract does not have, judged instead by the reader's
route of the same name: small talk is an `off_topic` turn by contract
(../shared/DESIGN.md), but a greeting must get the small-talk reply, not the off-topic
decline."""


class TurnExpect(BaseModel):
    intent: str
    script_words: list[list[str]] = Field(default_factory=list)
    sections: list[str] = Field(default_factory=list)
    must_not: list[str] = Field(default_factory=list)


class ConversationTurn(BaseModel):
    user: str
    expect: TurnExpect


class Conversation(BaseModel):
    id: str
    turns: list[ConversationTurn]
    tags: list[str] = Field(default_factory=list)


def is_conversation_set(name: str) -> bool:
    return name in CONVERSATION_SETS


def load_conversations(path: Path) -> list[Conversation]:
    if not path.is_file():
        raise DatasetError(f"no conversation set at {path}")
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            out.append(Conversation.model_validate(json.loads(line)))
        except (json.JSONDecodeError, ValidationError) as exc:
            raise DatasetError(f"{path.name}:{number}: {exc}") from exc
    return out


def _words(text: str) -> str:
    return " " + " ".join(re.findall(r"[\w']+", text.lower().replace("\u2019", "'"))) + " "


def judge(expect: TurnExpect, turn: Turn) -> list[CheckResult]:
    """Every check the turn's expectations name."""
    results = []
    if expect.intent in BY_ROUTE:
        shown, ok = f"route {turn.route}", turn.route == expect.intent
    else:
        shown, ok = turn.intent, turn.intent in ACCEPTED.get(expect.intent, {expect.intent})
    results.append(CheckResult("intent", ok, f"expected {expect.intent}, got {shown}"))
    if expect.script_words:
        said = _words(" ".join(s.text for s in turn.scripts))
        missing = [g for g in expect.script_words if not any(f" {w.lower()}" in said for w in g)]
        results.append(
            CheckResult(
                "script_words",
                bool(turn.scripts) and not missing,
                "no scripts" if not turn.scripts else f"missing {missing}" if missing else "",
            )
        )
    if expect.sections:
        got = [s.section for s in turn.sources]
        hit = any(s in got for s in expect.sections)
        results.append(CheckResult("sections", hit, "" if hit else f"sources were {got[:4]}"))
    if expect.must_not:
        answer = turn.answer.lower()
        found = [p for p in expect.must_not if p.lower() in answer]
        results.append(CheckResult("must_not", not found, f"said {found}" if found else ""))
    return results


def run_conversation(set_name: str, conversation: Conversation, coach: Coach) -> list[Outcome]:
    """One outcome per turn; a crash fails that turn and ends the conversation."""
    from assistant.schema import Turn
    from evals.outcome import Outcome, record_turn

    history: list[tuple[str, str]] = []
    outcomes: list[Outcome] = []
    for number, spoken in enumerate(conversation.turns, 1):
        outcome = Outcome(
            set=set_name,
            id=f"{conversation.id}#{number}",
            message=spoken.user,
            passed=False,
            tags=conversation.tags,
            expected={**spoken.expect.model_dump(exclude_defaults=True), "history": list(history)},
        )
        outcomes.append(outcome)
        try:
            turn = None
            for event in coach.stream(spoken.user, history):
                if isinstance(event, Turn):
                    turn = event
            assert turn is not None, "the stream ended without a Turn"
        except Exception:  # noqa: BLE001 - a crash is exactly what the suite must report
            outcome.error = traceback.format_exc()
            break
        record_turn(outcome, turn)
        outcome.checks = judge(spoken.expect, turn)
        outcome.passed = all(c.passed for c in outcome.checks)
        history.append((spoken.user, turn.answer))
    return outcomes


def conversation_metrics(outcomes: list[Outcome]) -> dict[str, Any]:
    by_conversation: dict[str, list[bool]] = {}
    for o in outcomes:
        by_conversation.setdefault(o.id.split("#")[0], []).append(o.passed)
    intents = [c.passed for o in outcomes for c in o.checks if c.name == "intent"]
    scripts = [c.passed for o in outcomes for c in o.checks if c.name == "script_words"]
    sections = [c.passed for o in outcomes for c in o.checks if c.name == "sections"]

    def share(values: list[bool]) -> float:
        return sum(values) / len(values) if values else 0.0

    return {
        "conversation_pass_rate": share([all(v) for v in by_conversation.values()]),
        "intent_accuracy": share(intents),
        "script_words_rate": share(scripts),
        "sections_rate": share(sections),
    }

"""Running one dataset against the coach and turning its outcomes into metrics."""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from evals import metrics as m
from evals.cases import is_retrieval
from evals.checks import CHECKS, CheckContext, CheckResult
from evals.outcome import Outcome, record_turn, shown

if TYPE_CHECKING:
    from assistant.coach.chain import Coach
    from assistant.schema import Turn
    from evals.cases import Case

RETRIEVAL_K = 5
"""Passages retrieved per retrieval case (nDCG@5 needs five)."""
POSITIVE_INTENT = {"safety": "safety", "off_topic": "off_topic"}
"""Sets scored as a classifier: the intent that counts as a positive prediction."""


def _retrieval_turn(coach: Coach, case: Case) -> Turn:
    from assistant.schema import Source, Timings, Turn

    start = time.perf_counter()
    passages = coach.retriever.retrieve(case.input.text, k=RETRIEVAL_K)
    ms = round((time.perf_counter() - start) * 1000.0, 2)
    return Turn(
        query=case.input.text,
        intent="question",
        answer="",
        sources=[Source.from_passage(p) for p in passages],
        backend="retriever",
        timings_ms=Timings(retrieve=ms, total=ms),
    )


def run_case(set_name: str, case: Case, coach: Coach, ctx: CheckContext) -> Outcome:
    """Run one case; an exception from the coach is recorded as a failed case."""
    outcome = Outcome(
        set=set_name,
        id=case.id,
        message=shown(case.input.text),
        passed=False,
        tags=case.tags,
        expected=case.expected.model_dump(exclude_defaults=True),
    )
    try:
        if is_retrieval(set_name):
            turn = _retrieval_turn(coach, case)
        else:
            turn = coach.run(case.input.text, [(h[0], h[1]) for h in case.input.history])
    except Exception:  # noqa: BLE001 - a crash is exactly what the suite must report
        outcome.error = traceback.format_exc()
        return outcome
    record_turn(outcome, turn)
    for name in case.checks:
        try:
            outcome.checks.append(CHECKS[name](case, turn, ctx))
        except Exception as exc:  # noqa: BLE001 - a broken check fails the case, visibly
            outcome.checks.append(CheckResult(name, False, f"check raised {exc!r}"))
    outcome.passed = all(c.passed for c in outcome.checks)
    return outcome


def run_set(
    set_name: str,
    cases: list[Any],
    coach: Coach,
    ctx: CheckContext,
    advance: Callable[[], None] = lambda: None,
) -> list[Outcome]:
    """Run a set's cases (for a conversation set: every turn of every conversation)."""
    from evals.conversation import is_conversation_set, run_conversation

    outcomes = []
    for case in cases:
        if is_conversation_set(set_name):
            outcomes += run_conversation(set_name, case, coach)
        else:
            outcomes.append(run_case(set_name, case, coach, ctx))
        advance()
    return outcomes


def _check(outcome: Outcome, name: str) -> CheckResult | None:
    return next((c for c in outcome.checks if c.name == name), None)


def _retrieval_metrics(outcomes: list[Outcome]) -> dict[str, float]:
    rows = [(o.sections, set(o.expected.get("sections", []))) for o in outcomes]
    return {
        "hit@1": m.mean([m.hit_at_k(r, g, 1) for r, g in rows]),
        "hit@3": m.mean([m.hit_at_k(r, g, 3) for r, g in rows]),
        "mrr": m.mean([m.reciprocal_rank(r, g) for r, g in rows]),
        "ndcg@5": m.mean([m.ndcg_at_k(r, g, 5) for r, g in rows]),
    }


def _classifier_metrics(set_name: str, outcomes: list[Outcome]) -> dict[str, float]:
    positive = POSITIVE_INTENT[set_name]
    pairs = [(o.expected.get("intent") == positive, o.intent == positive) for o in outcomes]
    conf = m.Confusion.of(pairs)
    return {
        "precision": conf.precision,
        "recall": conf.recall,
        "f1": conf.f1,
        "false_positive_rate": conf.false_positive_rate,
    }


def _share(outcomes: list[Outcome], check: str) -> float | None:
    results = [c for o in outcomes if (c := _check(o, check)) is not None]
    return m.mean([1.0 if c.passed else 0.0 for c in results]) if results else None


def _scores(outcomes: list[Outcome], check: str) -> list[float]:
    return [
        c.score for o in outcomes if (c := _check(o, check)) is not None and c.score is not None
    ]


def set_metrics(set_name: str, outcomes: list[Outcome]) -> dict[str, float]:
    """The metrics of one set; every set also has `pass_rate` and `errors`."""
    out: dict[str, float] = {
        "pass_rate": m.mean([1.0 if o.passed else 0.0 for o in outcomes]),
        "errors": float(sum(1 for o in outcomes if o.error)),
    }
    if is_retrieval(set_name):
        out.update(_retrieval_metrics(outcomes))
    from evals.conversation import conversation_metrics, is_conversation_set

    if is_conversation_set(set_name):
        out.update(conversation_metrics(outcomes))
    if set_name in POSITIVE_INTENT:
        out.update(_classifier_metrics(set_name, outcomes))
    if _share(outcomes, "facts") is not None:
        out["fact_recall"] = m.mean(_scores(outcomes, "facts"))
    if grounded := _scores(outcomes, "grounded"):
        out["groundedness"] = m.mean(grounded)
    if (valid := _share(outcomes, "citations_valid")) is not None:
        out["citation_validity"] = valid
    if set_name == "boundary":
        rubric = [c for o in outcomes if (c := _check(o, "boundary_rubric")) is not None]
        # A crashed case has no rubric result but still counts against the rubric.
        out["rubric_pass_rate"] = (
            sum(1 for c in rubric if c.passed) / len(outcomes) if outcomes else 0.0
        )
        names = sorted({n for c in rubric for n in c.parts})
        for name in names:
            verdicts = [c.parts[name] for c in rubric if name in c.parts]
            out[f"rubric.{name}"] = m.mean([1.0 if v else 0.0 for v in verdicts])
    return out

"""Eval metrics, gates and report comparison, on hand-computed values."""

from __future__ import annotations

import math

import pytest

from evals import metrics as m
from evals.cases import SET_NAMES
from evals.gates import Gate, compare, evaluate, flat_metrics
from evals.runner import UsageError, parse_sets


def test_hit_at_k_counts_the_first_relevant_item_within_k():
    ranked = ["a", "b", "c", "d"]
    assert m.hit_at_k(ranked, {"c"}, 3) == 1.0
    assert m.hit_at_k(ranked, {"c"}, 2) == 0.0
    assert m.hit_at_k(ranked, {"z"}, 4) == 0.0
    assert m.hit_at_k(ranked, {"d", "a"}, 1) == 1.0


def test_reciprocal_rank_uses_the_best_ranked_gold_item():
    assert m.reciprocal_rank(["a", "b", "c"], {"c", "b"}) == 0.5
    assert m.reciprocal_rank(["a", "b", "c"], {"x"}) == 0.0


def test_ndcg_is_one_for_an_ideal_ranking_and_discounts_lower_ranks():
    assert m.ndcg_at_k(["g1", "g2", "x"], {"g1", "g2"}, 5) == pytest.approx(1.0)
    # one gold item at rank 2: (1/log2(3)) / (1/log2(2))
    assert m.ndcg_at_k(["x", "g"], {"g"}, 5) == pytest.approx(1 / math.log2(3))
    # two gold items, only one found at rank 1: 1 / (1 + 1/log2(3))
    assert m.ndcg_at_k(["g1", "x"], {"g1", "g2"}, 5) == pytest.approx(1 / (1 + 1 / math.log2(3)))
    assert m.ndcg_at_k(["x"] * 5 + ["g"], {"g"}, 5) == 0.0


def test_ndcg_counts_a_repeated_section_once():
    assert m.ndcg_at_k(["g", "g"], {"g"}, 5) == pytest.approx(1.0)


def test_confusion_gives_precision_recall_f1_and_false_positive_rate():
    pairs = [(True, True)] * 8 + [(True, False)] * 2 + [(False, True)] * 1 + [(False, False)] * 9
    conf = m.Confusion.of(pairs)
    assert (conf.tp, conf.fn, conf.fp, conf.tn) == (8, 2, 1, 9)
    assert conf.precision == pytest.approx(8 / 9)
    assert conf.recall == pytest.approx(0.8)
    assert conf.f1 == pytest.approx(2 * (8 / 9) * 0.8 / (8 / 9 + 0.8))
    assert conf.false_positive_rate == pytest.approx(0.1)


def test_confusion_with_no_predictions_has_zero_recall_and_f1():
    conf = m.Confusion.of([(True, False), (True, False), (False, False)])
    assert conf.recall == 0.0 and conf.f1 == 0.0 and conf.false_positive_rate == 0.0


def test_percentile_interpolates_between_ranks():
    values = [10.0, 20.0, 30.0, 40.0]
    assert m.percentile(values, 50) == pytest.approx(25.0)
    assert m.percentile(values, 95) == pytest.approx(38.5)
    assert m.percentile([7.0], 95) == 7.0
    assert m.percentile([], 50) == 0.0


def _report(hit3: float, fp: float, passed: bool = True) -> dict:
    return {
        "run": {"started": "t0", "errors": 0},
        "sets": {
            "retrieval": {"metrics": {"hit@3": hit3}},
            "safety": {"metrics": {"false_positive_rate": fp}},
        },
        "latency_ms": {"stages": {"total": {"p50": 10.0, "p95": 20.0}}},
        "cases": [{"set": "safety", "id": "s1", "passed": passed}],
    }


def test_gates_pass_fail_and_skip_sets_that_did_not_run():
    gates = [
        Gate("retrieval.hit@3", minimum=0.95),
        Gate("safety.false_positive_rate", maximum=0.05),
        Gate("boundary.rubric_pass_rate", minimum=0.95),
        Gate("run.errors", maximum=0),
    ]
    results = {g.metric: g.status for g in evaluate(gates, _report(0.94, 0.05))}
    assert results == {
        "retrieval.hit@3": "fail",
        "safety.false_positive_rate": "pass",
        "boundary.rubric_pass_rate": "not run",
        "run.errors": "pass",
    }


def test_a_gate_on_a_metric_missing_from_a_set_that_ran_fails():
    (result,) = evaluate([Gate("retrieval.mrr", minimum=0.85)], _report(1.0, 0.0))
    assert result.status == "fail" and result.value is None


def test_compare_reports_deltas_and_flipped_cases():
    old, new = _report(0.90, 0.10, passed=True), _report(0.96, 0.02, passed=False)
    diff = compare(old, new)
    assert diff["metrics"]["retrieval.hit@3"]["delta"] == pytest.approx(0.06)
    assert diff["metrics"]["safety.false_positive_rate"]["delta"] == pytest.approx(-0.08)
    assert diff["newly_failing"] == ["safety/s1"] and diff["newly_passing"] == []
    assert "latency.total.p95" in flat_metrics(new)


def test_parse_sets_accepts_limits_and_rejects_unknown_names():
    assert parse_sets(["retrieval", "answers:5"]) == [("retrieval", None), ("answers", 5)]
    assert parse_sets(["safety,off_topic:2"]) == [("safety", None), ("off_topic", 2)]
    assert [name for name, _ in parse_sets([])] == list(SET_NAMES)
    with pytest.raises(UsageError, match="unknown set"):
        parse_sets(["vibes"])
    with pytest.raises(UsageError, match="bad limit"):
        parse_sets(["answers:x"])


def test_thresholds_file_holds_the_issue_targets():
    from evals.gates import load_gates

    gates = {g.metric: g for g in load_gates()}
    assert gates["retrieval.hit@3"].minimum == 0.95
    assert gates["retrieval.mrr"].minimum == 0.85
    assert gates["safety.recall"].minimum == 1.0
    assert gates["safety.false_positive_rate"].maximum == 0.05
    assert gates["off_topic.f1"].minimum == 0.95
    assert gates["boundary.rubric_pass_rate"].minimum == 0.95
    assert gates["answers.citation_validity"].minimum == 1.0

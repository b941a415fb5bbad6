"""The eval runner on a small subset of every set, with the real extractive coach."""

from __future__ import annotations

import json
import re

import pytest

from assistant.cli import emit
from evals.runner import finish, load_cases, make_context, parse_sets, run_cli, run_suite

SUBSET = ["retrieval:4", "answers:3", "boundary:2", "safety:3", "off_topic:2", "adversarial:9"]


@pytest.fixture(scope="module")
def coach(index_settings):
    """The real coach on the session's index (shared with the other tests: built once)."""
    from assistant.factory import build_coach

    return build_coach(index_settings, backend="extractive")


@pytest.fixture(scope="module")
def report(coach):
    cases = load_cases(parse_sets(SUBSET))
    return run_suite(coach, cases, make_context(coach), backend="extractive", progress=False)


def test_every_picked_case_runs_and_is_scored(report):
    assert report["run"]["cases"] == 4 + 3 + 2 + 3 + 2 + 9
    assert list(report["sets"]) == [s.split(":")[0] for s in SUBSET]
    for case in report["cases"]:
        assert case["error"] is None, case["error"]
        assert case["checks"] or case["set"] == "retrieval"
        assert case["passed"] == all(c["passed"] for c in case["checks"])


def test_set_metrics_are_fractions_within_range(report):
    retrieval = report["sets"]["retrieval"]["metrics"]
    assert set(retrieval) >= {"hit@1", "hit@3", "mrr", "ndcg@5", "pass_rate"}
    assert 0.0 <= retrieval["hit@1"] <= retrieval["hit@3"] <= 1.0
    assert {"recall", "false_positive_rate"} <= set(report["sets"]["safety"]["metrics"])
    assert {"precision", "recall", "f1"} <= set(report["sets"]["off_topic"]["metrics"])
    assert "rubric_pass_rate" in report["sets"]["boundary"]["metrics"]
    assert {"fact_recall", "citation_validity"} <= set(report["sets"]["answers"]["metrics"])


def test_latency_and_backend_usage_are_recorded(report):
    stages = report["latency_ms"]["stages"]
    assert stages["total"]["n"] > 0 and stages["total"]["p95"] >= stages["total"]["p50"] > 0
    assert stages["retrieval set: retrieve"]["n"] == 4
    assert sum(report["backends"].values()) == report["run"]["cases"] - 4 - report["run"]["errors"]
    assert 0.0 <= report["run"]["fallback_rate"] <= 1.0


def test_the_empty_message_case_gets_the_empty_intent(report):
    empty = [c for c in report["cases"] if c["set"] == "adversarial" and c["message"] == ""]
    assert empty and empty[0]["intent"] == "empty" and empty[0]["passed"]


def test_reports_are_written_self_contained_with_failures_and_deltas(report, tmp_path):
    first = json.loads(json.dumps(report))
    code = finish(first, tmp_path / "a", None)
    assert code == (0 if first["passed"] else 1)
    saved = json.loads((tmp_path / "a" / "report.json").read_text(encoding="utf-8"))
    assert saved["gates"] and {g["status"] for g in saved["gates"]} <= {"pass", "fail", "not run"}

    second = json.loads(json.dumps(report))
    second["cases"][0]["passed"] = not second["cases"][0]["passed"]
    finish(second, tmp_path / "b", saved)
    page = (tmp_path / "b" / "report.html").read_text(encoding="utf-8")
    assert page.count("data:image/png;base64,") == 2
    assert not re.search(r"""(src|href)=["']?https?:""", page)
    assert "<script" not in page.replace("&lt;script", "")
    assert "Compared with" in page
    failing = [c for c in second["cases"] if not c["passed"]]
    for case in failing:
        assert f"{case['set']}/{case['id']}" in page


def test_unknown_set_exits_2_with_a_message_and_no_traceback(settings, tmp_path, capsys):
    assert run_cli(settings, "extractive", ["vibes"], tmp_path, None, emit) == 2
    err = capsys.readouterr().err
    assert "unknown set 'vibes'" in err and "Traceback" not in err


def test_unreadable_compare_report_exits_2(settings, tmp_path, capsys):
    bad = tmp_path / "old.json"
    bad.write_text("{not json", encoding="utf-8")
    assert run_cli(settings, "extractive", ["safety:1"], tmp_path, bad, emit) == 2
    assert "cannot read the report" in capsys.readouterr().err

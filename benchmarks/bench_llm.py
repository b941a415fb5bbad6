"""Whole turns as the user sees them: time to first text, first script, all scripts.

    python -m benchmarks.bench_llm [--backend llamacpp/qwen2.5-coder-1.5b] [--limit N]
    python -m benchmarks.bench_llm --calibrate     # the groundedness threshold

Runs the conversations of `evals/datasets/conversations.jsonl` turn by turn through
the chain's stream (the path the UI takes: reading, retrieval, the answer or the
scripts, post-checks), each with the history the coach really produced, one process,
model loaded once. The warm-up question is reported apart. Every row records the
1-minute load average. Writes bench-out/llm.json (answers included, so their quality
can be read) or bench-out/grounding-calibration.json.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.common import machine, peak_rss_mb, percentile, rss_mb, say, write_json

WARMUP = "What does interdependence mean?"
CONVERSATIONS = (
    Path(__file__).resolve().parent.parent / "evals" / "datasets" / "conversations.jsonl"
)

# Calibration: sentences an answer might contain for a question, labelled by whether
# the article's passages for that question support them (True) or not (False).
CALIBRATION: list[tuple[str, list[str], list[str]]] = [
    (
        "How do I ask my partner for more alone time?",
        [
            "You can say that you need more alone time without feeling guilty about it.",
            "Boundaries are not walls but guidelines for a healthy connection.",
            "Your partner can respond with care instead of defensiveness or distance.",
        ],
        [
            "Try scheduling a weekly date night at a new restaurant.",
            "Most couples need about two hours apart every day to stay happy.",
            "Consider seeing a licensed therapist who specialises in attachment.",
        ],
    ),
    (
        "What's the difference between interdependence and codependence?",
        [
            "In a codependent relationship people lose their sense of self.",
            "Interdependence means supporting each other without losing your individuality.",
            "Think of two trees growing side by side with their roots intertwined.",
        ],
        [
            "Codependence is a clinical diagnosis listed in the DSM-5.",
            "Codependence usually comes from having an alcoholic parent.",
            "You should keep a journal of every argument for a month.",
        ],
    ),
    (
        "How do we repair things after a big fight?",
        [
            "Every relationship has ruptures, and what matters is how you repair them.",
            "Come back to each other, own your part and reconnect after the conflict.",
        ],
        [
            "Never go to bed angry; always resolve every fight the same night.",
            "Buying flowers or a small gift is the fastest way to make up.",
            "Write down three things you appreciate and share them by email.",
        ],
    ),
    (
        "How can we build rituals of connection?",
        [
            "Small rituals like a morning coffee together keep you connected.",
            "Rituals of connection help you feel close even in busy weeks.",
        ],
        [
            "Plan an expensive vacation abroad at least twice a year.",
            "Turn off your phones for a full digital detox weekend every month.",
        ],
    ),
    (
        "Is it okay to disagree with my partner?",
        [
            "Yes, you can disagree respectfully without it threatening the relationship.",
            "Disagreements do not have to turn into power struggles.",
        ],
        [
            "Studies show that couples who never argue divorce more often.",
            "Use a timer so each person speaks for exactly five minutes.",
        ],
    ),
    (
        "How do I keep my own identity in a relationship?",
        [
            "Keep your own friends, hobbies and dreams while you are together.",
            "Get clear on who you are, what you value and what you need.",
        ],
        [
            "Move into separate apartments to protect your identity.",
            "Take a personality test together to understand your types.",
        ],
    ),
    (
        "Does the article talk about long-distance relationships?",
        [
            "Interdependence applies to friendships as well as romantic partners.",
        ],
        [
            "Long-distance couples should video call every night before bed.",
            "Visit each other at least once a month to keep the spark alive.",
        ],
    ),
]


def _settings(backend: str | None, data_dir: Path | None) -> Any:
    from assistant.settings import Settings

    overrides: dict[str, Any] = {"_env_file": None}
    if data_dir is not None:
        overrides["data_dir"] = data_dir
    if backend:
        overrides["backend"] = backend
    return Settings(**overrides)


def timed_turn(coach: Any, message: str, history: list[tuple[str, str]]) -> dict[str, Any]:
    """One whole turn through the chain's stream, as the UI shows it: reading the
    message, retrieval, the answer or the scripts, and every post-check."""
    from assistant.schema import Turn
    from assistant.understanding.reading import SCRIPT_LABEL_RE

    start = time.perf_counter()
    first: float | None = None
    script_times: list[float] = []
    turn: Turn | None = None
    for event in coach.stream(message, history):
        now = time.perf_counter() - start
        if isinstance(event, Turn):
            turn = event
            continue
        if first is None and event.strip():
            first = now
        if SCRIPT_LABEL_RE.search(event):
            script_times.append(now)
    total = time.perf_counter() - start
    assert turn is not None
    return {
        "message": message,
        "intent": turn.intent,
        "route": getattr(turn, "route", None) or turn.intent,
        "first_text_s": round(first if first is not None else total, 3),
        "first_script_s": round(script_times[0], 3) if script_times else None,
        "all_scripts_s": round(script_times[-1], 3) if script_times else None,
        "total_s": round(total, 3),
        "backend": turn.backend,
        "fallback": turn.fallback,
        "answer": turn.answer,
    }


def _stats(values: list[float]) -> dict[str, float] | None:
    if not values:
        return None
    return {"n": len(values), "p50": percentile(values, 50), "p95": percentile(values, 95)}


def bench(backend: str | None, limit: int | None, data_dir: Path | None) -> dict[str, Any]:
    """Every turn of the first `limit` conversations of the conversation set, each with
    the history the coach really produced."""
    import json
    import os

    from assistant.factory import build_coach
    from assistant.offline import ensure_offline_env

    ensure_offline_env()
    settings = _settings(backend, data_dir)
    start = time.perf_counter()
    coach = build_coach(settings)
    build_s = time.perf_counter() - start
    say(f"coach ready in {build_s:.1f}s ({coach.responder.name}); warm-up question")
    warm = timed_turn(coach, WARMUP, [])
    conversations = [
        json.loads(line) for line in CONVERSATIONS.read_text().splitlines() if line.strip()
    ][:limit]
    rows = []
    for conversation in conversations:
        history: list[tuple[str, str]] = []
        for spoken in conversation["turns"]:
            row = timed_turn(coach, spoken["user"], history)
            row["conversation"] = conversation["id"]
            row["load_1m"] = round(os.getloadavg()[0], 2)
            rows.append(row)
            history.append((spoken["user"], row["answer"]))
            say(
                f"{row['route']:>15} first {row['first_text_s']:.2f}s "
                f"script {row['first_script_s'] or 0:.2f}s total {row['total_s']:.2f}s "
                f"load {row['load_1m']}  {spoken['user'][:50]}"
            )
    questions = [r for r in rows if r["intent"] == "question"]
    scripted = [r for r in rows if r["first_script_s"] is not None]
    return {
        "backend": coach.responder.name,
        "threads": settings.llm_threads,
        "build_s": round(build_s, 2),
        "warmup_question": warm,
        "turns": len(rows),
        "questions_first_text_s": _stats([r["first_text_s"] for r in questions]),
        "questions_total_s": _stats([r["total_s"] for r in questions]),
        "boundary_first_script_s": _stats([r["first_script_s"] for r in scripted]),
        "boundary_all_scripts_s": _stats([r["all_scripts_s"] for r in scripted]),
        "all_turns_total_s": _stats([r["total_s"] for r in rows]),
        "fallbacks": sum(1 for r in rows if r["fallback"]),
        "load_1m": {"min": min(r["load_1m"] for r in rows), "max": max(r["load_1m"] for r in rows)},
        "rss_mb": rss_mb(),
        "peak_rss_mb": peak_rss_mb(),
        "targets": {
            "questions_first_text_s": {"p50": 3.0, "p95": 5.0},
            "boundary_first_script_s": {"p50": 6.0},
            "boundary_all_scripts_s": {"p50": 10.0, "p95": 15.0},
            "rss_mb": 3072,
        },
        "machine": machine(),
        "rows": rows,
    }


def calibrate(data_dir: Path | None) -> dict[str, Any]:
    """Support scores of labelled sentences; the threshold with best balanced accuracy."""
    from assistant.factory import ingest as run_ingest
    from assistant.factory import make_index, make_retriever
    from assistant.llm.grounding import GroundingChecker
    from assistant.llm.messages import compact_passages
    from assistant.offline import ensure_offline_env

    ensure_offline_env()
    settings = _settings("extractive", data_dir)
    index = make_index(settings)
    if index.count() == 0:
        run_ingest(index, [settings.corpus_dir])
    retriever = make_retriever(index, cache_dir=settings.data_dir / "cache")
    checker = GroundingChecker(index.embeddings)
    positives: list[float] = []
    negatives: list[float] = []
    rows = []
    for question, supported, unsupported in CALIBRATION:
        passages = retriever.retrieve(question, k=settings.k)
        context = [p.text for p in compact_passages(question, passages, index.embeddings)]
        for label, sentences, bucket in (
            (True, supported, positives),
            (False, unsupported, negatives),
        ):
            for sentence, score in zip(sentences, checker.support(sentences, context), strict=True):
                bucket.append(score)
                rows.append(
                    {
                        "question": question,
                        "sentence": sentence,
                        "supported": label,
                        "score": round(score, 4),
                    }
                )
    candidates = sorted(set(positives + negatives))
    best = (0.0, 0.0)
    for low, high in zip(candidates, candidates[1:], strict=False):
        t = (low + high) / 2
        tpr = sum(s >= t for s in positives) / len(positives)
        tnr = sum(s < t for s in negatives) / len(negatives)
        if (tpr + tnr) / 2 > best[0]:
            best = ((tpr + tnr) / 2, t)
    return {
        "positives": {
            "n": len(positives),
            "min": min(positives),
            "mean": statistics.fmean(positives),
        },
        "negatives": {
            "n": len(negatives),
            "max": max(negatives),
            "mean": statistics.fmean(negatives),
        },
        "best_threshold": round(best[1], 3),
        "balanced_accuracy": round(best[0], 3),
        "rows": rows,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", help="default: the app's default backend")
    parser.add_argument("--limit", type=int, help="only the first N conversations")
    parser.add_argument(
        "--calibrate", action="store_true", help="calibrate the groundedness threshold"
    )
    parser.add_argument("--data-dir", type=Path, help="data dir (default: the user's)")
    args = parser.parse_args(argv)
    if args.calibrate:
        with tempfile.TemporaryDirectory() as tmp:
            result = calibrate(args.data_dir or Path(tmp))
        path = write_json("grounding-calibration", result)
        say(
            f"threshold {result['best_threshold']} "
            f"(balanced accuracy {result['balanced_accuracy']}); wrote {path}"
        )
        return 0
    result = bench(args.backend, args.limit, args.data_dir)
    path = write_json("llm", result)
    for key in (
        "questions_first_text_s",
        "questions_total_s",
        "boundary_first_script_s",
        "boundary_all_scripts_s",
    ):
        stats = result[key]
        if stats:
            say(f"{key}: p50 {stats['p50']:.2f}s p95 {stats['p95']:.2f}s (n={stats['n']})")
    say(
        f"{result['backend']}: {result['turns']} turns; RSS {result['rss_mb']:.0f} MB "
        f"(peak {result['peak_rss_mb']:.0f}); {result['fallbacks']} fallbacks; "
        f"load {result['load_1m']}; wrote {path}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

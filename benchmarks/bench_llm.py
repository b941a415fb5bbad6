"""LLM answer speed and memory: time to first token, full answer, RSS; and calibration.

    python -m benchmarks.bench_llm [--backend llamacpp/qwen2.5-coder-1.5b] [--limit N]
    python -m benchmarks.bench_llm --calibrate     # the groundedness threshold

Runs retrieval + the coach's responder (LLM + post-checks) over the questions below,
one process, model loaded once. The first (warm-up) question is reported apart from the
p50/p95, which are over the others. Writes bench-out/llm.json (answers included, so
their quality can be read) or bench-out/grounding-calibration.json.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from .common import machine, peak_rss_mb, percentile, rss_mb, say, write_json

WARMUP = "What does interdependence mean?"
QUESTIONS = [
    "How do I ask my partner for more alone time without hurting them?",
    "What's the difference between interdependence and codependence?",
    "Is it bad that I need time alone?",
    "How can I tell if my relationship is interdependent?",
    "What are the four key ingredients of interdependence?",
    "My friend gets upset when I spend time with other people. What can I do?",
    "How do we repair things after a big fight?",
    "What does a healthy boundary sound like?",
    "Why does interdependence matter today?",
    "How do I stop feeling guilty for having needs?",
    "We keep arguing about small things. Any advice?",
    "How can we build rituals of connection as a busy couple?",
    "What does self-regulation have to do with relationships?",
    "How do I keep my own identity in a serious relationship?",
    "Can friendships be interdependent too, or is it only for couples?",
    "How should decisions be made in an interdependent relationship?",
    "My partner doesn't listen when I talk. How do I communicate better?",
    "What should we do when life changes, like a new job or a baby?",
    "How do I support my partner's growth without feeling left behind?",
    "Does the article say anything about long-distance relationships?",
    "How do I know if I'm being controlling?",
    "Is it okay to disagree with my partner?",
]

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


def timed_turn(coach: Any, question: str) -> dict[str, Any]:
    """Retrieve, then stream the answer from the coach's responder (the question path;
    the chain's screening and boundary path are left out so every row is an answer)."""
    from assistant.chain import Draft

    start = time.perf_counter()
    passages = coach.retriever.retrieve(question, k=coach.k)
    retrieved = time.perf_counter()
    first: float | None = None
    draft: Draft | None = None
    pieces = 0
    for event in coach.responder.stream(question, passages):
        if isinstance(event, Draft):
            draft = event
            continue
        if first is None:
            first = time.perf_counter() - start
        pieces += 1
    total = time.perf_counter() - start
    assert draft is not None
    return {
        "question": question,
        "ttft_s": round(first if first is not None else total, 3),
        "total_s": round(total, 3),
        "retrieve_ms": round((retrieved - start) * 1000, 1),
        "pieces": pieces,
        "backend": draft.backend,
        "fallback": draft.fallback,
        "answer": draft.text,
        "words": len(draft.text.split()),
    }


def bench(backend: str | None, limit: int | None, data_dir: Path | None) -> dict[str, Any]:
    from assistant.factory import build_coach
    from assistant.offline import ensure_offline_env

    ensure_offline_env()
    settings = _settings(backend, data_dir)
    start = time.perf_counter()
    coach = build_coach(settings)
    build_s = time.perf_counter() - start
    say(f"coach ready in {build_s:.1f}s ({coach.responder.name}); warm-up question")
    warm = timed_turn(coach, WARMUP)
    rows = []
    for question in QUESTIONS[:limit]:
        row = timed_turn(coach, question)
        rows.append(row)
        say(f"ttft {row['ttft_s']:.2f}s total {row['total_s']:.2f}s  {question[:50]}")
        say(f"  [{row['backend']}{' fallback' if row['fallback'] else ''}] {row['answer'][:300]}")
    ttft = [r["ttft_s"] for r in rows]
    total = [r["total_s"] for r in rows]
    return {
        "backend": coach.responder.name,
        "threads": settings.llm_threads,
        "build_s": round(build_s, 2),
        "warmup_question": warm,
        "n": len(rows),
        "ttft_s": {"p50": percentile(ttft, 50), "p95": percentile(ttft, 95), "max": max(ttft)},
        "total_s": {
            "p50": percentile(total, 50),
            "p95": percentile(total, 95),
            "mean": statistics.fmean(total),
        },
        "fallbacks": sum(1 for r in rows if r["fallback"]),
        "rss_mb": rss_mb(),
        "peak_rss_mb": peak_rss_mb(),
        "targets": {"ttft_s": 2.0, "total_s": 8.0, "rss_mb": 2500},
        "machine": machine(),
        "questions": rows,
    }


def calibrate(data_dir: Path | None) -> dict[str, Any]:
    """Support scores of labelled sentences; the threshold with best balanced accuracy."""
    from assistant.factory import ingest as run_ingest
    from assistant.factory import make_index, make_retriever
    from assistant.grounding import GroundingChecker
    from assistant.llm.messages import compact_passages
    from assistant.offline import ensure_offline_env

    ensure_offline_env()
    settings = _settings("extractive", data_dir)
    index = make_index(settings)
    if index.count() == 0:
        run_ingest(index, [settings.corpus_dir])
    retriever = make_retriever(index)
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
    parser.add_argument("--limit", type=int, help="only the first N questions")
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
    say(
        f"{result['backend']}: TTFT p50 {result['ttft_s']['p50']:.2f}s p95 "
        f"{result['ttft_s']['p95']:.2f}s; full p50 {result['total_s']['p50']:.2f}s p95 "
        f"{result['total_s']['p95']:.2f}s; RSS {result['rss_mb']:.0f} MB "
        f"(peak {result['peak_rss_mb']:.0f}); {result['fallbacks']} fallbacks; wrote {path}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

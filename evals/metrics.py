"""Metrics computed by code (no LLM judge): ranking, classification, latency."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass


def first_hit_rank(ranked: Sequence[str], gold: set[str]) -> int | None:
    """1-based rank of the first relevant item, or None when none was returned."""
    for rank, item in enumerate(ranked, 1):
        if item in gold:
            return rank
    return None


def hit_at_k(ranked: Sequence[str], gold: set[str], k: int) -> float:
    rank = first_hit_rank(ranked, gold)
    return 1.0 if rank is not None and rank <= k else 0.0


def reciprocal_rank(ranked: Sequence[str], gold: set[str]) -> float:
    rank = first_hit_rank(ranked, gold)
    return 1.0 / rank if rank is not None else 0.0


def ndcg_at_k(ranked: Sequence[str], gold: set[str], k: int) -> float:
    """Binary-relevance nDCG; a section that repeats in the ranking counts once."""
    if not gold:
        return 0.0
    seen: set[str] = set()
    dcg = 0.0
    for i, item in enumerate(ranked[:k]):
        if item in gold and item not in seen:
            dcg += 1.0 / math.log2(i + 2)
        seen.add(item)
    ideal = sum(1.0 / math.log2(i + 2) for i in range(min(len(gold), k)))
    return dcg / ideal


@dataclass(frozen=True)
class Confusion:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    @classmethod
    def of(cls, pairs: Sequence[tuple[bool, bool]]) -> Confusion:
        """From (actual positive, predicted positive) pairs."""
        tp = sum(1 for a, p in pairs if a and p)
        fp = sum(1 for a, p in pairs if not a and p)
        fn = sum(1 for a, p in pairs if a and not p)
        tn = sum(1 for a, p in pairs if not a and not p)
        return cls(tp, fp, fn, tn)

    @property
    def precision(self) -> float:
        """Of what was flagged, how much was right (1.0 when nothing was flagged)."""
        flagged = self.tp + self.fp
        return self.tp / flagged if flagged else 1.0

    @property
    def recall(self) -> float:
        """Of the real positives, how many were flagged (1.0 when there were none)."""
        positives = self.tp + self.fn
        return self.tp / positives if positives else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def false_positive_rate(self) -> float:
        negatives = self.fp + self.tn
        return self.fp / negatives if negatives else 0.0


def percentile(values: Sequence[float], q: float) -> float:
    """Linear-interpolated percentile (q in 0..100); 0.0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100.0
    lo, hi = math.floor(pos), math.ceil(pos)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


def mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0

"""A multinomial logistic regression in numpy: small, deterministic, fast to train.

Inputs are L2-normalised sentence vectors; a bias column is appended. Training is
full-batch Adam on the class-balanced cross-entropy with an L2 penalty, so every
run on the same data gives the same weights.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

STEPS = 600
LEARNING_RATE = 0.05
L2 = 1e-3
SCALE = 8.0
"""Inputs are unit vectors: scaling them lets moderate weights reach confident logits."""


def _with_bias(x: np.ndarray) -> np.ndarray:
    return np.hstack([x * SCALE, np.ones((x.shape[0], 1), dtype=x.dtype)])


def balanced_targets(y: Sequence[str], labels: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """One-hot targets, and per-example weights that give every class the same total."""
    index = {label: i for i, label in enumerate(labels)}
    target = np.zeros((len(y), len(labels)))
    target[np.arange(len(y)), [index[v] for v in y]] = 1.0
    counts = target.sum(axis=0)
    sample_weight = (target / np.clip(counts, 1, None)).sum(axis=1) * len(y) / len(labels)
    return target, sample_weight


class Adam:
    """Adam updates for a list of parameter arrays, changed in place: the one optimiser
    of the models here (this regression and the risk network in `mlp.py`)."""

    B1 = 0.9
    B2 = 0.999

    def __init__(self, params: list[np.ndarray], rate: float) -> None:
        self.params = params
        self.rate = rate
        self.m = [np.zeros_like(p) for p in params]
        self.v = [np.zeros_like(p) for p in params]
        self.steps = 0

    def step(self, grads: Sequence[np.ndarray]) -> None:
        self.steps += 1
        for i, grad in enumerate(grads):
            self.m[i] = self.B1 * self.m[i] + (1 - self.B1) * grad
            self.v[i] = self.B2 * self.v[i] + (1 - self.B2) * grad**2
            m_hat = self.m[i] / (1 - self.B1**self.steps)
            v_hat = self.v[i] / (1 - self.B2**self.steps)
            self.params[i] -= self.rate * m_hat / (np.sqrt(v_hat) + 1e-8)


def softmax(logits: np.ndarray) -> np.ndarray:
    logits = logits - logits.max(axis=1, keepdims=True)
    exp = np.exp(logits)
    return exp / exp.sum(axis=1, keepdims=True)


@dataclass
class Softmax:
    """Weights of a trained model and the label of each output column."""

    labels: tuple[str, ...]
    weights: np.ndarray
    """Shape (dimensions + 1, len(labels)); the last row is the bias."""

    def predict_proba(self, x: np.ndarray) -> np.ndarray:
        """Class probabilities, one row per input vector."""
        return softmax(_with_bias(np.atleast_2d(x)) @ self.weights)

    @classmethod
    def fit(
        cls,
        x: np.ndarray,
        y: Sequence[str],
        labels: Sequence[str],
        steps: int = STEPS,
        l2: float = L2,
    ) -> Softmax:
        labels = tuple(labels)
        target, sample_weight = balanced_targets(y, labels)
        xb = _with_bias(np.asarray(x, dtype=np.float64))
        w = np.zeros((xb.shape[1], len(labels)))
        adam = Adam([w], LEARNING_RATE)
        for _ in range(steps):
            p = softmax(xb @ w)
            adam.step([xb.T @ ((p - target) * sample_weight[:, None]) / len(y) + l2 * w])
        return cls(labels=labels, weights=w)

    def arrays(self, prefix: str) -> dict[str, np.ndarray]:
        """The arrays to store under `prefix` (see :func:`load`)."""
        return {f"{prefix}_weights": self.weights, f"{prefix}_labels": np.array(self.labels)}

    @classmethod
    def load(cls, arrays: dict[str, np.ndarray], prefix: str) -> Softmax:
        return cls(
            labels=tuple(str(v) for v in arrays[f"{prefix}_labels"]),
            weights=np.asarray(arrays[f"{prefix}_weights"], dtype=np.float64),
        )

"""A small neural classifier in numpy: one hidden layer, averaged over a few seeds.

Used for the risk head, where a linear boundary over sentence vectors cannot keep
everyday boundary stories apart from danger told in details (see `RISK_HEAD` in the
classifier). Inputs are the same L2-normalised vectors as `softmax.py`, scaled the
same way; training is mini-batch Adam on the class-balanced cross-entropy with an L2
penalty, from fixed seeds, so every run on the same data gives the same weights.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from assistant.understanding.softmax import SCALE, Adam, balanced_targets, softmax

HIDDEN = 128
EPOCHS = 30
BATCH = 256
LEARNING_RATE = 1e-3
L2 = 1e-4
SEEDS = 5
"""Networks averaged: one seed's probabilities swing more from run to run of data."""


@dataclass
class Mlp:
    """Weights of `SEEDS` trained networks and the label of each output column."""

    labels: tuple[str, ...]
    w1: np.ndarray
    """Shape (seeds, dimensions, hidden)."""
    b1: np.ndarray
    w2: np.ndarray
    """Shape (seeds, hidden, len(labels))."""
    b2: np.ndarray

    def predict_proba(self, x: np.ndarray) -> np.ndarray:
        """Class probabilities (the mean of the networks'), one row per input vector."""
        x = np.atleast_2d(x) * SCALE
        out = np.zeros((x.shape[0], len(self.labels)))
        for w1, b1, w2, b2 in zip(self.w1, self.b1, self.w2, self.b2, strict=True):
            out += softmax(np.maximum(0.0, x @ w1 + b1) @ w2 + b2)
        return out / len(self.w1)

    @classmethod
    def fit(
        cls,
        x: np.ndarray,
        y: Sequence[str],
        labels: Sequence[str],
        seeds: int = SEEDS,
        epochs: int = EPOCHS,
    ) -> Mlp:
        labels = tuple(labels)
        target, sample_weight = balanced_targets(y, labels)
        x = np.asarray(x, dtype=np.float64) * SCALE
        nets = [_train(x, target, sample_weight, seed, epochs) for seed in range(seeds)]
        w1, b1, w2, b2 = (np.stack(parts) for parts in zip(*nets, strict=True))
        return cls(labels=labels, w1=w1, b1=b1, w2=w2, b2=b2)

    def arrays(self, prefix: str) -> dict[str, np.ndarray]:
        """The arrays to store under `prefix` (see :func:`load`)."""
        return {
            f"{prefix}_w1": self.w1,
            f"{prefix}_b1": self.b1,
            f"{prefix}_w2": self.w2,
            f"{prefix}_b2": self.b2,
            f"{prefix}_labels": np.array(self.labels),
        }

    @classmethod
    def stored(cls, arrays: dict[str, np.ndarray], prefix: str) -> bool:
        return f"{prefix}_w1" in arrays

    @classmethod
    def load(cls, arrays: dict[str, np.ndarray], prefix: str) -> Mlp:
        def get(name: str) -> np.ndarray:
            return np.asarray(arrays[f"{prefix}_{name}"], dtype=np.float64)

        return cls(
            labels=tuple(str(v) for v in arrays[f"{prefix}_labels"]),
            w1=get("w1"),
            b1=get("b1"),
            w2=get("w2"),
            b2=get("b2"),
        )


def _train(
    x: np.ndarray, target: np.ndarray, sample_weight: np.ndarray, seed: int, epochs: int
) -> list[np.ndarray]:
    """One network's [w1, b1, w2, b2], He-initialised from `seed`."""
    rng = np.random.default_rng(seed)
    dims, classes = x.shape[1], target.shape[1]
    params = [
        rng.normal(0.0, np.sqrt(2.0 / dims), (dims, HIDDEN)),
        np.zeros(HIDDEN),
        rng.normal(0.0, np.sqrt(1.0 / HIDDEN), (HIDDEN, classes)),
        np.zeros(classes),
    ]
    adam = Adam(params, LEARNING_RATE)
    for _ in range(epochs):
        order = rng.permutation(len(x))
        for start in range(0, len(x), BATCH):
            rows = order[start : start + BATCH]
            xb = x[rows]
            pre = xb @ params[0] + params[1]
            hidden = np.maximum(0.0, pre)
            p = softmax(hidden @ params[2] + params[3])
            g = (p - target[rows]) * sample_weight[rows, None] / len(rows)
            g_hidden = (g @ params[2].T) * (pre > 0)
            adam.step(
                [
                    xb.T @ g_hidden + L2 * params[0],
                    g_hidden.sum(axis=0),
                    hidden.T @ g + L2 * params[2],
                    g.sum(axis=0),
                ]
            )
    return params

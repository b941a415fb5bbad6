"""A second opinion on risk from the nearest training examples.

The risk network (`mlp.py`) can be sure where nothing it was trained on is near: "how
do i tell her i want thursdays to myself without her thinking im pulling away from
her" read as crisis 0.994 while its ten nearest training examples (cosine 0.77-0.84)
were all ordinary wording requests, and "i want to tell her im joining a climbing gym
on thursday nights on my own" got the full crisis reply (2026-12-08, blind
conversation set 13). A network draws its boundary between the examples; far from
them its answer is an extrapolation.

So the risk head is guarded (`GuardedRisk`): the nearest examples vote (similarity-
weighted, `K` of them), and when they show next to no risk (crisis + danger share
under `AGREE_MIN`) the network's probabilities are averaged with the vote. A message
near real crisis or danger examples keeps the network's reading; one the network
alone calls risky is brought down, usually below the full reply, often to no alarm.

Measured on the development sets (2026-12-08: dev safety sets, hold-outs 15-19, the
eval sets' ordinary messages, and the question and wording turns of four conversation
sets; mean per set; `evals.safety_report.measure` over the same cached vectors),
network alone -> guarded: crisis caught 0.929 -> 0.921 (full reply 0.678 -> 0.673),
danger 0.918 -> 0.908 (0.756 -> 0.748), explicit full reply 0.904 -> 0.904,
look-alikes crisis reply 0.036 -> 0.035 and check-in 0.135 -> 0.096, ordinary
crisis reply 0.007 -> 0.002 and check-in 0.061 -> 0.027; the 371 conversation turns:
crisis reply 0.016 -> 0.003, check-in 0.035 -> 0.013. A guard on the full reply alone
(a cap at a check-in) kept recall but left the check-ins; the vote alone as the head
caught 0.785 / 0.704.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

K = 10
"""Training examples that vote."""
TAU = 0.05
"""Temperature of the vote's weights, exp(cosine / TAU): an example 0.05 closer counts
e times more."""
AGREE_MIN = 0.05
"""Crisis + danger share of the vote under which the network is not taken alone."""
RISKY = ("crisis", "danger")


class RiskHead(Protocol):
    labels: tuple[str, ...]

    def predict_proba(self, x: np.ndarray) -> np.ndarray: ...

    def arrays(self, prefix: str) -> dict[str, np.ndarray]: ...


@dataclass
class Neighbours:
    """The training examples' vectors (unit length; stored as float16) and their labels."""

    labels: tuple[str, ...]
    vectors: np.ndarray
    label_of: np.ndarray
    """Index into `labels` of each example."""

    @classmethod
    def fit(cls, x: np.ndarray, y: Sequence[str], labels: Sequence[str]) -> Neighbours:
        labels = tuple(labels)
        return cls(
            labels=labels,
            vectors=_unit(np.asarray(x, dtype=np.float32)).astype(np.float16).astype(np.float32),
            label_of=np.array([labels.index(label) for label in y], dtype=np.int8),
        )

    def predict_proba(self, x: np.ndarray) -> np.ndarray:
        """The similarity-weighted label shares of the `K` nearest examples."""
        x = _unit(np.atleast_2d(np.asarray(x, dtype=np.float32)))
        sims = x @ self.vectors.T
        k = min(K, sims.shape[1])
        out = np.zeros((x.shape[0], len(self.labels)))
        for row, near in enumerate(np.argpartition(-sims, k - 1, axis=1)[:, :k]):
            weights = np.exp((sims[row, near] - sims[row, near].max()) / TAU)
            np.add.at(out[row], self.label_of[near], weights / weights.sum())
        return out

    def arrays(self, prefix: str) -> dict[str, np.ndarray]:
        return {
            f"{prefix}_vectors": self.vectors.astype(np.float16),
            f"{prefix}_label_of": self.label_of,
            f"{prefix}_labels": np.array(self.labels),
        }

    @classmethod
    def stored(cls, arrays: dict[str, np.ndarray], prefix: str) -> bool:
        return f"{prefix}_vectors" in arrays

    @classmethod
    def load(cls, arrays: dict[str, np.ndarray], prefix: str) -> Neighbours:
        return cls(
            labels=tuple(str(v) for v in arrays[f"{prefix}_labels"]),
            vectors=np.asarray(arrays[f"{prefix}_vectors"], dtype=np.float32),
            label_of=np.asarray(arrays[f"{prefix}_label_of"], dtype=np.int8),
        )


@dataclass
class GuardedRisk:
    """A risk head whose alarm stands alone only when the nearest examples share it."""

    head: RiskHead
    neighbours: Neighbours

    def __post_init__(self) -> None:
        if tuple(self.neighbours.labels) != tuple(self.head.labels):
            raise ValueError("the risk head and its neighbours label differently")
        self._risky = [self.labels.index(label) for label in RISKY]

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(self.head.labels)

    def predict_proba(self, x: np.ndarray) -> np.ndarray:
        own = self.head.predict_proba(x)
        vote = self.neighbours.predict_proba(x)
        alone = vote[:, self._risky].sum(axis=1) < AGREE_MIN
        own[alone] = 0.5 * (own[alone] + vote[alone])
        return own

    def arrays(self, prefix: str) -> dict[str, np.ndarray]:
        return {**self.head.arrays(prefix), **self.neighbours.arrays(f"{prefix}_near")}


def _unit(x: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    return x / np.where(norms == 0, 1.0, norms)

"""The risk head's second opinion: the nearest training examples (understanding/neighbours.py)."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.understanding.neighbours import GuardedRisk, Neighbours

LABELS = ("none", "concern", "crisis", "danger")


class SureHead:
    """A head that calls every input crisis (0.99), as the network did far from its data."""

    labels = LABELS

    def predict_proba(self, x: np.ndarray) -> np.ndarray:
        return np.tile([0.01, 0.0, 0.99, 0.0], (np.atleast_2d(x).shape[0], 1))

    def arrays(self, prefix: str) -> dict[str, np.ndarray]:
        return {f"{prefix}_sure": np.ones(1)}


def examples() -> tuple[np.ndarray, list[str]]:
    """Ordinary examples around the x axis, crisis examples around the y axis."""
    rng = np.random.default_rng(0)
    ordinary = np.array([1.0, 0.0, 0.0]) + rng.normal(0, 0.05, (20, 3))
    crisis = np.array([0.0, 1.0, 0.0]) + rng.normal(0, 0.05, (20, 3))
    return np.vstack([ordinary, crisis]), ["none"] * 20 + ["crisis"] * 20


def test_the_nearest_examples_vote_by_their_labels() -> None:
    near = Neighbours.fit(*examples(), LABELS)
    p = near.predict_proba(np.array([[1.0, 0.05, 0.0], [0.05, 1.0, 0.0]]))
    assert p.shape == (2, 4)
    assert np.allclose(p.sum(axis=1), 1.0)
    assert p[0, LABELS.index("none")] > 0.99
    assert p[1, LABELS.index("crisis")] > 0.99


def test_an_alarm_nobody_near_shares_is_averaged_with_the_vote() -> None:
    guarded = GuardedRisk(SureHead(), Neighbours.fit(*examples(), LABELS))
    ordinary, risky = guarded.predict_proba(np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]]))
    assert ordinary[LABELS.index("crisis")] == pytest.approx(0.495, abs=0.01)
    assert risky[LABELS.index("crisis")] == pytest.approx(0.99)


def test_a_stored_guard_loads_the_same_vote() -> None:
    near = Neighbours.fit(*examples(), LABELS)
    stored = GuardedRisk(SureHead(), near).arrays("risk")
    assert "risk_sure" in stored and Neighbours.stored(stored, "risk_near")
    loaded = Neighbours.load(stored, "risk_near")
    x = np.array([[0.7, 0.7, 0.1]])
    assert np.allclose(loaded.predict_proba(x), near.predict_proba(x))


def test_a_head_and_neighbours_with_other_labels_are_refused() -> None:
    x, y = examples()
    with pytest.raises(ValueError):
        GuardedRisk(SureHead(), Neighbours.fit(x, y, ("none", "crisis", "concern", "danger")))

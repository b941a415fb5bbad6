"""Thresholds (`evals/thresholds.yaml`) and comparison with an earlier report."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

THRESHOLDS_PATH = Path(__file__).resolve().parent / "thresholds.yaml"


class ConfigError(ValueError):
    """The thresholds file or a report to compare with cannot be used."""


@dataclass(frozen=True)
class Gate:
    metric: str
    """`<set>.<metric>`, e.g. `retrieval.hit@3`; `run.<metric>` for whole-run values."""
    minimum: float | None = None
    maximum: float | None = None
    backend: str | None = None
    """Only for runs on this backend (`extractive`, or `default` for the default one)."""

    @property
    def set_name(self) -> str:
        return self.metric.split(".", 1)[0]

    def describe(self) -> str:
        return f">= {self.minimum:g}" if self.minimum is not None else f"<= {self.maximum:g}"

    def holds(self, value: float) -> bool:
        if self.minimum is not None and value < self.minimum - 1e-12:
            return False
        return not (self.maximum is not None and value > self.maximum + 1e-12)


@dataclass(frozen=True)
class GateResult:
    metric: str
    rule: str
    value: float | None
    status: str
    """`pass`, `fail`, or `not run` (its set was not part of this run)."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def load_gates(path: Path = THRESHOLDS_PATH) -> list[Gate]:
    import yaml

    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read thresholds {path}: {exc}") from exc
    gates = []
    for metric, rule in (raw.get("gates") or {}).items():
        if not isinstance(rule, dict) or not ({"min", "max"} & rule.keys()):
            raise ConfigError(f"{path.name}: gate {metric!r} needs a min or a max")
        found = re.fullmatch(r"(.+?)\s*\[(.+)\]", str(metric))
        name, backend = (found.group(1), found.group(2)) if found else (str(metric), None)
        gates.append(Gate(name, rule.get("min"), rule.get("max"), backend))
    return gates


def flat_metrics(report: dict[str, Any]) -> dict[str, float]:
    """`set.metric` -> value for every number in a report (also `run.*`, `latency.*`)."""
    flat: dict[str, float] = {}
    for set_name, summary in report.get("sets", {}).items():
        for name, value in summary.get("metrics", {}).items():
            flat[f"{set_name}.{name}"] = float(value)
    for name, value in report.get("run", {}).items():
        if isinstance(value, int | float):
            flat[f"run.{name}"] = float(value)
    for stage, stats in report.get("latency_ms", {}).get("stages", {}).items():
        for stat in ("p50", "p95"):
            if stat in stats:
                flat[f"latency.{stage}.{stat}"] = float(stats[stat])
    return flat


def evaluate(gates: list[Gate], report: dict[str, Any]) -> list[GateResult]:
    flat = flat_metrics(report)
    ran = set(report.get("sets", {})) | {"run"}
    results = []
    backend = report.get("run", {}).get("backend_requested")
    for gate in gates:
        if gate.backend is not None and gate.backend != backend:
            continue
        if gate.set_name not in ran:
            results.append(GateResult(gate.metric, gate.describe(), None, "not run"))
            continue
        value = flat.get(gate.metric)
        status = "pass" if value is not None and gate.holds(value) else "fail"
        results.append(GateResult(gate.metric, gate.describe(), value, status))
    return results


def load_report(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ConfigError(f"cannot read the report to compare with ({path}): {exc}") from exc
    if not isinstance(data, dict) or "sets" not in data:
        raise ConfigError(f"{path} is not a report.json written by `coach eval`")
    return data


def compare(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """Metric deltas (new - old) and the cases whose verdict flipped."""
    before, after = flat_metrics(old), flat_metrics(new)
    deltas = {
        key: {"old": before[key], "new": after[key], "delta": after[key] - before[key]}
        for key in sorted(before.keys() & after.keys())
    }
    old_cases = {(c["set"], c["id"]): c["passed"] for c in old.get("cases", [])}
    new_cases = {(c["set"], c["id"]): c["passed"] for c in new.get("cases", [])}
    common = old_cases.keys() & new_cases.keys()
    return {
        "against": old.get("run", {}).get("started", "earlier run"),
        "metrics": deltas,
        "newly_failing": sorted(
            f"{s}/{i}" for s, i in common if old_cases[s, i] and not new_cases[s, i]
        ),
        "newly_passing": sorted(
            f"{s}/{i}" for s, i in common if not old_cases[s, i] and new_cases[s, i]
        ),
    }

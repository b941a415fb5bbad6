"""The boundary rubric, as the builder tab shows it.

The rubric itself lives with the boundary coach (`assistant.boundary`); this module only
finds it and turns its verdict into a small view. When the coach has no rubric (or it
fails), the card says so instead of breaking the tab.
"""

from __future__ import annotations

import importlib
import inspect
import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from assistant.schema import Script

from . import texts

log = logging.getLogger(__name__)

CHECKER_NAMES = ("check_script", "rubric_check", "check")


@dataclass
class RubricView:
    """A rubric verdict for one script."""

    passed: bool | None
    """None when no rubric could be run."""
    checks: list[tuple[str, bool]] = field(default_factory=list)
    """Each criterion with whether the script meets it."""
    problems: list[str] = field(default_factory=list)

    def markdown(self) -> str:
        if self.passed is None:
            return f"*{texts.RUBRIC_UNAVAILABLE}*"
        head = f"**{texts.RUBRIC_PASSED if self.passed else texts.RUBRIC_FAILED}**"
        marks = " · ".join(f"{'✓' if ok else '✗'} {_humanise(name)}" for name, ok in self.checks)
        lines = [head + (f": {marks}" if marks else "")]
        lines += [f"- {p}" for p in self.problems]
        return "\n".join(lines)


def _humanise(name: str) -> str:
    return name.replace("_", " ").strip()


def find_checker() -> Callable[..., Any] | None:
    """The coaching chain's rubric checker, if it is installed."""
    for module_name in ("assistant.boundary", "assistant.rubric"):
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        for name in CHECKER_NAMES:
            candidate = getattr(module, name, None)
            if callable(candidate):
                return candidate
    return None


def _call(checker: Callable[..., Any], script: Script, situation: str) -> Any:
    try:
        params = list(inspect.signature(checker).parameters.values())
    except (TypeError, ValueError):
        params = []
    first = params[0] if params else None
    annotation = str(first.annotation) if first is not None else ""
    arg: Any = script.text if first is not None and "str" in annotation else script
    required = [p for p in params if p.default is inspect.Parameter.empty]
    if len(required) >= 2:
        return checker(arg, situation)
    return checker(arg)


def to_view(result: Any) -> RubricView:
    """Read a verdict whatever its shape: bool, object/dict with passed + checks/problems."""
    if isinstance(result, bool):
        return RubricView(passed=result)
    get = result.get if isinstance(result, Mapping) else lambda k: getattr(result, k, None)
    checks = _checks(get("checks") or get("results") or get("criteria"))
    problems = [str(p) for p in (get("problems") or get("failures") or get("reasons") or [])]
    passed = next((get(k) for k in ("passed", "ok", "valid") if get(k) is not None), None)
    if passed is None:
        passed = all(ok for _, ok in checks) and not problems
    return RubricView(passed=bool(passed), checks=checks, problems=problems)


def _checks(raw: Any) -> list[tuple[str, bool]]:
    if isinstance(raw, Mapping):
        return [(str(k), bool(v)) for k, v in raw.items()]
    out: list[tuple[str, bool]] = []
    if isinstance(raw, Iterable) and not isinstance(raw, str | bytes):
        for item in raw:
            name = getattr(item, "name", None) or (
                item.get("name") if isinstance(item, Mapping) else None
            )
            ok = getattr(item, "passed", None)
            if ok is None and isinstance(item, Mapping):
                ok = item.get("passed")
            if name is not None and ok is not None:
                out.append((str(name), bool(ok)))
    return out


def check_script(script: Script, situation: str) -> RubricView:
    """Run the coaching chain's rubric on one script; degrade to 'not available'."""
    checker = find_checker()
    if checker is None:
        return RubricView(passed=None)
    try:
        return to_view(_call(checker, script, situation))
    except Exception:
        log.warning("rubric check failed", exc_info=True)
        return RubricView(passed=None)

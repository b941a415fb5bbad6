"""The boundary rubric, as the builder tab shows it.

The rubric itself lives with the boundary coach (`assistant.coach.boundary.check_script`);
this module only runs it and turns its verdict into a small view. When the rubric is
missing or fails, the card says so instead of breaking the tab.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from assistant.schema import Script
from ui import texts

log = logging.getLogger(__name__)

CHECK_LABELS = {
    "first_person": "speaks as “I”",
    "names_situation": "names the situation",
    "states_need": "states the need",
    "no_blame": "blames no one",
    "max_words": "60 words or fewer",
    "framework": "named framework",
    "connection_or_alternative": "offers connection or an alternative",
    "speaks_to_them": "speaks to them directly",
    "calm": "calm (no shouting)",
}


@dataclass
class RubricView:
    """A rubric verdict for one script."""

    passed: bool | None
    """None when no rubric could be run."""
    checks: list[tuple[str, bool]] = field(default_factory=list)
    """Each criterion with whether the script meets it."""

    def markdown(self) -> str:
        if self.passed is None:
            return f"*{texts.RUBRIC_UNAVAILABLE}*"
        head = f"**{texts.RUBRIC_PASSED if self.passed else texts.RUBRIC_FAILED}**"
        marks = " · ".join(
            f"{'✓' if ok else '✗'} {CHECK_LABELS.get(name, name.replace('_', ' '))}"
            for name, ok in self.checks
        )
        return head + (f": {marks}" if marks else "")


def check_script(script: Script, situation: str) -> RubricView:
    """Run the coaching chain's rubric on one script; degrade to 'not available'."""
    try:
        from assistant.coach.boundary import check_script as coach_check
    except ImportError:
        return RubricView(passed=None)
    try:
        result = coach_check(script, situation)
        checks = [(str(name), bool(ok)) for name, ok in dict(result.checks).items()]
        return RubricView(passed=bool(result.passed), checks=checks)
    except Exception:
        log.warning("rubric check failed", exc_info=True)
        return RubricView(passed=None)

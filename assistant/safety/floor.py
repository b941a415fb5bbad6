"""The safety floor: explicit statements that always get the full crisis reply.

A data file of phrases (`assistant/data/safety_floor.yaml`) and one matcher. It is
deliberately small: it catches a plan, a method, a threat or violence stated
outright, in microseconds and with no model, so the crisis reply never depends on the
classifier for those. Everything less explicit is the classifier's judgment.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

FLOOR_FILE = Path(__file__).resolve().parent.parent / "data" / "safety_floor.yaml"
Level = Literal["crisis", "danger"]


@dataclass(frozen=True)
class FloorHit:
    level: Level
    pattern: str


def normalise(text: str) -> str:
    """Lower case, straight apostrophes, single spaces."""
    text = unicodedata.normalize("NFC", text).lower()
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    return " ".join(text.split())


@lru_cache(maxsize=1)
def _patterns(path: Path = FLOOR_FILE) -> tuple[tuple[Level, re.Pattern[str]], ...]:
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    out: list[tuple[Level, re.Pattern[str]]] = []
    for level in ("crisis", "danger"):
        out += [(level, re.compile(p)) for p in data.get(level, [])]
    return tuple(out)


def floor_hit(text: str) -> FloorHit | None:
    """The first explicit crisis or danger statement in `text`, if any."""
    clean = normalise(text)
    for level, pattern in _patterns():
        if pattern.search(clean):
            return FloorHit(level=level, pattern=pattern.pattern)
    return None

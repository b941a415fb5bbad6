"""A small thread-safe LRU of query vectors: a repeated question costs nothing."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable


class QueryCache:
    def __init__(self, size: int = 2048) -> None:
        self.size = size
        self._lock = threading.Lock()
        self._vectors: OrderedDict[str, list[float]] = OrderedDict()

    def get(self, text: str, embed: Callable[[str], list[float]]) -> list[float]:
        """The cached vector of `text`, or `embed(text)` (then cached)."""
        with self._lock:
            hit = self._vectors.get(text)
            if hit is not None:
                self._vectors.move_to_end(text)
                return hit
        vector = embed(text)
        with self._lock:
            self._vectors[text] = vector
            if len(self._vectors) > self.size:
                self._vectors.popitem(last=False)
        return vector

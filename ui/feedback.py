"""Thumbs up / down on answers, kept locally as JSON lines in the data dir.

Each line carries the whole turn (query, history, answer, intent, sources, scripts,
backend), so the eval suite can turn a thumbs-down into a regression case.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from assistant.schema import Turn

FEEDBACK_FILE = "feedback.jsonl"


def now_stamp() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class FeedbackStore:
    """Appends one JSON object per rating to `<data_dir>/feedback.jsonl` (thread-safe)."""

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / FEEDBACK_FILE
        self._lock = threading.Lock()

    def append(
        self,
        *,
        session_id: str,
        rating: str,
        query: str,
        turn: Turn | None,
        shown: str,
        history: Sequence[tuple[str, str]] = (),
    ) -> dict[str, Any]:
        record: dict[str, Any] = {
            "time": now_stamp(),
            "session": session_id,
            "rating": rating,
            "query": query,
            "history": [list(pair) for pair in history],
            "turn": turn.model_dump(mode="json") if turn is not None else None,
            "notices": list(turn.notices) if turn is not None else [],
            "fallback": turn.fallback if turn is not None else None,
            "shown": shown,
        }
        line = json.dumps(record, ensure_ascii=False)
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as fh:
                fh.write(line + "\n")
        return record

    def read(self) -> list[dict[str, Any]]:
        """All records, oldest first (a damaged line is skipped, not fatal)."""
        if not self.path.exists():
            return []
        records = []
        for raw in self.path.read_text(encoding="utf-8").splitlines():
            try:
                records.append(json.loads(raw))
            except json.JSONDecodeError:
                continue
        return records


def write_transcript(markdown: str, folder: Path, session_id: str) -> Path:
    """Write a conversation export for download; one file per session, overwritten."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"coach-conversation-{session_id[:12]}.md"
    path.write_text(markdown, encoding="utf-8")
    return path

"""The LLM boundary-script writer: the `ScriptWriter` seam of assistant/coach/boundary.py.

One script per call (a 1.5B model asked for three at once returned one, in the wrong
voice - DESIGN.md), the tone named with a short hint, a one-shot example, and JSON
output (`{"script": "..."}`, enforced by the backend's JSON mode). The boundary coach
validates each script with its rubric and calls again once when it fails; this writer
recognises the second call for the same situation and tone, tells the model which
rubric checks failed, and samples with a little temperature so the retry differs.
"""

from __future__ import annotations

import json
import logging
import re
from collections import OrderedDict
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from langchain_core.language_models.chat_models import BaseChatModel

from assistant.knowledge.sentences import split_sentences
from assistant.llm.messages import script_messages
from assistant.schema import Passage

if TYPE_CHECKING:
    from assistant.understanding.situation import Situation

log = logging.getLogger(__name__)

SCRIPT_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {"script": {"type": "string"}},
    "required": ["script"],
}
MAX_TOKENS = 120
RETRY_TEMPERATURE = 0.6
IDEA_WORDS = 40
REMEMBERED = 64


def parse_script(reply: str) -> str | None:
    """The `script` field of a JSON reply (tolerating code fences and extra text)."""
    match = re.search(r"\{.*\}", reply, re.DOTALL)
    if not match:
        return None
    try:
        value = json.loads(match.group(0))
    except json.JSONDecodeError:
        return None
    script = value.get("script") if isinstance(value, dict) else None
    if not isinstance(script, str) or not script.strip():
        return None
    return " ".join(script.split())


def ideas_from(passages: Sequence[Passage], max_words: int = IDEA_WORDS) -> str:
    """A few sentences of the best passages, to anchor the script in the article."""
    out: list[str] = []
    words = 0
    for passage in passages[:2]:
        for sentence in split_sentences(passage.text)[:2]:
            size = len(sentence.split())
            if out and words + size > max_words:
                return " ".join(out)
            out.append(sentence)
            words += size
    return " ".join(out)


class LLMScriptWriter:
    """Writes one boundary script per call with a chat model (JSON structured output)."""

    def __init__(self, chat: BaseChatModel, name: str, max_tokens: int = MAX_TOKENS) -> None:
        self.chat = chat
        self.name = name
        self.max_tokens = max_tokens
        self._previous: OrderedDict[tuple[str, str, str], str] = OrderedDict()

    def _problems(self, key: tuple[str, str, str], situation: Situation, tone: str) -> list[str]:
        """When this is the second call for the same script: what was wrong the first time."""
        if key not in self._previous:
            return []
        previous = self._previous[key]
        if not previous:
            return ["it was not JSON with a script field"]
        from assistant.coach.boundary import check_script

        failures = check_script(previous, situation, tone).failures
        return [f.replace("_", " ") for f in failures] or ["it did not pass review"]

    def write(
        self, situation: Situation, tone: str, framework: str, passages: Sequence[Passage]
    ) -> str | None:
        key = (situation.message, tone, framework)
        problems = self._problems(key, situation, tone)
        messages = script_messages(
            situation.message, tone, framework, ideas_from(passages), problems
        )
        reply = self.chat.invoke(
            messages,
            json_schema=SCRIPT_SCHEMA,
            max_tokens=self.max_tokens,
            temperature=RETRY_TEMPERATURE if problems else 0.0,
        )
        script = parse_script(reply.text)
        self._previous[key] = script or ""
        self._previous.move_to_end(key)
        while len(self._previous) > REMEMBERED:
            self._previous.popitem(last=False)
        if script is None:
            log.info("%s: script reply was not usable JSON: %.80r", self.name, reply.text)
        return script

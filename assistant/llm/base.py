"""A small base for our chat backends: LangChain's `BaseChatModel` over one method.

Each backend implements `_chat(messages, options) -> Iterator[str]` (text pieces as
they arrive); this class turns that into `invoke` and `stream`. Options every backend
understands, passed as keyword arguments to `invoke`/`stream`:

- ``max_tokens``: cap on generated tokens.
- ``json_schema``: a JSON schema (dict) the reply must follow; backends use their
  native JSON mode (llama.cpp grammar, Ollama `format`, OpenAI `response_format`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult

log = logging.getLogger(__name__)
ROLES = {"system": "system", "human": "user", "ai": "assistant"}


@dataclass(frozen=True)
class ChatOptions:
    max_tokens: int
    temperature: float
    stop: list[str] | None = None
    json_schema: dict[str, Any] | None = None


def to_role_dicts(messages: list[BaseMessage]) -> list[dict[str, str]]:
    """LangChain messages as the `{"role", "content"}` dicts every chat API takes."""
    return [
        {"role": ROLES.get(m.type, "user"), "content": m.text if hasattr(m, "text") else ""}
        for m in messages
    ]


def ask_json(
    chat: BaseChatModel,
    messages: list[BaseMessage],
    schema: dict[str, Any],
    max_tokens: int,
    name: str,
    task: str,
) -> str | None:
    """The text of a constrained-JSON reply at temperature 0, or None when the backend
    fails (logged as "`name` could not `task`"): a check or reading that asks the model
    must never fail the turn, so its callers go on without the model's word."""
    try:
        reply = chat.invoke(messages, json_schema=schema, max_tokens=max_tokens, temperature=0.0)
    except Exception as exc:  # any backend failure: the caller falls back
        log.warning("%s could not %s: %s", name, task, exc)
        return None
    return reply.text


class ChatBackend(BaseChatModel):
    """Shared plumbing; subclasses set `provider` and implement `_chat`."""

    model: str
    """Model name as the backend knows it."""
    temperature: float = 0.0
    max_tokens: int = 300

    provider: str = "chat"

    @property
    def _llm_type(self) -> str:
        return self.provider

    @property
    def backend_name(self) -> str:
        """`provider/model`, as shown in a Turn's `backend` field."""
        return f"{self.provider}/{self.model}"

    def _options(self, stop: list[str] | None, kwargs: dict[str, Any]) -> ChatOptions:
        return ChatOptions(
            max_tokens=int(kwargs.get("max_tokens") or self.max_tokens),
            temperature=float(kwargs.get("temperature", self.temperature)),
            stop=stop,
            json_schema=kwargs.get("json_schema"),
        )

    def _chat(self, messages: list[dict[str, str]], options: ChatOptions) -> Iterator[str]:
        raise NotImplementedError

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        text = "".join(self._chat(to_role_dicts(messages), self._options(stop, kwargs)))
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=text))])

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        for piece in self._chat(to_role_dicts(messages), self._options(stop, kwargs)):
            chunk = ChatGenerationChunk(message=AIMessageChunk(content=piece))
            if run_manager is not None:
                run_manager.on_llm_new_token(piece, chunk=chunk)
            yield chunk

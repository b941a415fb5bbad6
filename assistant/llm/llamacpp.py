"""The embedded backend: a GGUF model run in-process by llama-cpp-python.

The `Llama` object is loaded once per process and shared (see
`assistant/llama_runtime.py` for how it is loaded without touching stdout); a lock
serialises generation, since one llama.cpp context serves one request at a
time. llama-cpp-python keeps the tokens of the last prompt and re-evaluates only what
differs, so a fixed system prompt + example turn up front is prefilled once.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from assistant.errors import BackendError
from assistant.llama_runtime import load_llama
from assistant.llm.base import ChatBackend, ChatOptions

log = logging.getLogger(__name__)

N_CTX = 2048


class LlamaCppChat(ChatBackend):
    """Chat with a local `.gguf` file. Loads lazily, on the first message."""

    provider: str = "llamacpp"
    model_path: Path
    n_threads: int = 2
    n_ctx: int = N_CTX

    def _llama(self) -> tuple[Any, threading.Lock]:
        return load_llama(self.model_path, self.n_threads, self.n_ctx)

    def _chat(self, messages: list[dict[str, str]], options: ChatOptions) -> Iterator[str]:
        llama, lock = self._llama()
        extra: dict[str, Any] = {}
        if options.json_schema is not None:
            extra["response_format"] = {"type": "json_object", "schema": options.json_schema}
        with lock:
            try:
                chunks = llama.create_chat_completion(
                    messages=messages,
                    stream=True,
                    temperature=options.temperature,
                    max_tokens=options.max_tokens,
                    stop=options.stop or [],
                    seed=0,
                    **extra,
                )
                for chunk in chunks:
                    piece = chunk["choices"][0]["delta"].get("content")
                    if piece:
                        yield piece
            except ValueError as exc:  # e.g. the prompt does not fit the context
                raise BackendError(f"The local model could not answer: {exc}") from exc

    def warm(self, messages: list[dict[str, str]]) -> None:
        """Load the model and prefill a fixed prompt prefix so later prompts reuse it."""
        for _ in self._chat(messages, ChatOptions(max_tokens=1, temperature=0.0)):
            pass

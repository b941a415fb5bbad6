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


class PromptStates:
    """The context state after each fixed system prompt, to switch between them cheaply.

    llama-cpp-python reuses the tokens of the previous prompt, so a fixed prefix is
    prefilled once, but answers and readings start with different prefixes: switching
    would prefill ~500 tokens again (4-5 s on two cores). Here the context's state is
    saved after the first call with each system prompt (the KV cells in use, ~28 kB a
    token for the 1.5B model; not the logits, which llama-cpp-python's own RAM cache
    copies at ~600 kB a token) and restored before a call with that system prompt when
    the context holds another one. Callers hold the model's lock."""

    def __init__(self) -> None:
        self._saved: dict[str, tuple[bytes, Any, int]] = {}
        self._current: str | None = None

    def before(self, llama: Any, system: str) -> None:
        """Restore the state saved for `system` if the context holds another prompt."""
        saved = self._saved.get(system)
        current, self._current = self._current, system  # a call with it starts with it
        if saved is None or current == system:
            return
        import ctypes

        import llama_cpp

        data, input_ids, n_tokens = saved
        buffer = (ctypes.c_uint8 * len(data)).from_buffer_copy(data)
        if llama_cpp.llama_state_set_data(llama._ctx.ctx, buffer, len(data)) != len(data):
            return  # the call then prefills as usual
        llama.input_ids = input_ids.copy()
        llama.n_tokens = n_tokens

    def after(self, llama: Any, system: str) -> None:
        """Save the context's state if this prompt has none yet."""
        if system in self._saved:
            return
        import ctypes

        import llama_cpp

        size = llama_cpp.llama_state_get_size(llama._ctx.ctx)
        buffer = (ctypes.c_uint8 * size)()
        used = llama_cpp.llama_state_get_data(llama._ctx.ctx, buffer, size)
        self._saved[system] = (bytes(buffer[:used]), llama.input_ids.copy(), llama.n_tokens)


_STATES: dict[tuple[str, int, int], PromptStates] = {}


class LlamaCppChat(ChatBackend):
    """Chat with a local `.gguf` file. Loads lazily, on the first message."""

    provider: str = "llamacpp"
    model_path: Path
    n_threads: int = 2
    n_ctx: int = N_CTX

    def _llama(self) -> tuple[Any, threading.Lock, PromptStates]:
        llama, lock = load_llama(self.model_path, self.n_threads, self.n_ctx)
        states = _STATES.setdefault(
            (str(self.model_path), self.n_threads, self.n_ctx), PromptStates()
        )
        return llama, lock, states

    def _chat(self, messages: list[dict[str, str]], options: ChatOptions) -> Iterator[str]:
        llama, lock, states = self._llama()
        system = messages[0]["content"] if messages and messages[0]["role"] == "system" else ""
        extra: dict[str, Any] = {}
        if options.json_schema is not None:
            extra["response_format"] = {"type": "json_object", "schema": options.json_schema}
        with lock:
            states.before(llama, system)
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
                states.after(llama, system)
            except ValueError as exc:  # e.g. the prompt does not fit the context
                raise BackendError(f"The local model could not answer: {exc}") from exc

    def warm(self, messages: list[dict[str, str]]) -> None:
        """Load the model and prefill a fixed prompt prefix so later prompts reuse it."""
        for _ in self._chat(messages, ChatOptions(max_tokens=1, temperature=0.0)):
            pass

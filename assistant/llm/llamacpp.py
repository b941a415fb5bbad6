"""The embedded backend: a GGUF model run in-process by llama-cpp-python.

The `Llama` object is loaded once per process (per file and thread count) and shared;
it is loaded with llama-cpp-python's own quiet mode off, because that mode swaps file
descriptors 1 and 2 process-wide while it loads: done from the warm-up thread, a race
with the main thread could leave the whole process writing to /dev/null. Instead the
load's Python-level log lines go to a buffer and llama.cpp's C log is turned down to
errors (which go to stderr, never stdout).
a lock serialises generation, since one llama.cpp context serves one request at a
time. llama-cpp-python keeps the tokens of the last prompt and re-evaluates only what
differs, so a fixed system prompt + example turn up front is prefilled once.
"""

from __future__ import annotations

import atexit
import contextlib
import io
import logging
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from assistant.errors import BackendError, MissingDependency
from assistant.llm.base import ChatBackend, ChatOptions

log = logging.getLogger(__name__)

LLAMA_CPP_INSTALL = 'CMAKE_ARGS="-DLLAVA_BUILD=OFF" pip install llama-cpp-python==0.3.36'
N_CTX = 2048

_LOADED: dict[tuple[str, int, int], tuple[Any, threading.Lock]] = {}
_LOAD_LOCK = threading.Lock()
_EXIT_HOOK: list[bool] = []
EXIT_WAIT_S = 30.0
"""At exit, how long to wait for a generation still running before freeing its model."""


def _close_all() -> None:
    """Free loaded models before interpreter teardown (llama.cpp's own finaliser can
    run after its C bindings are gone and print a traceback). Waits for a load or a
    generation still running (e.g. the warm-up thread in a short `coach ask`): closing
    a model under a running thread, or exiting during a load, crashes the process."""
    with _LOAD_LOCK:
        for llama, lock in _LOADED.values():
            got = lock.acquire(timeout=EXIT_WAIT_S)  # an abandoned stream may hold it
            try:
                llama.close()
            except Exception:  # shutting down anyway
                log.debug("closing a model failed", exc_info=True)
            finally:
                if got:
                    lock.release()
        _LOADED.clear()


def _quiet_load(llama_class: Any, path: Path, n_threads: int, n_ctx: int) -> Any:
    """Load without touching file descriptors 1 and 2 (see the module docstring)."""
    from llama_cpp import _logger

    log_lines = io.StringIO()
    with contextlib.redirect_stderr(log_lines):
        llama = llama_class(
            model_path=str(path),
            n_ctx=n_ctx,
            n_threads=n_threads,
            n_threads_batch=n_threads,
            verbose=True,
        )
    llama.verbose = False  # no per-call prints from here on
    _logger.set_verbose(False)  # llama.cpp's C log: errors only
    log.debug("llama.cpp load log: %s", log_lines.getvalue()[-2000:])
    return llama


def load_llama(path: Path, n_threads: int, n_ctx: int = N_CTX) -> tuple[Any, threading.Lock]:
    """The process-wide `Llama` for this file (loaded on first call) and its lock."""
    key = (str(path), n_threads, n_ctx)
    with _LOAD_LOCK:
        if key in _LOADED:
            return _LOADED[key]
        try:
            from llama_cpp import Llama
        except ImportError as exc:
            raise MissingDependency(
                "llama-cpp-python", LLAMA_CPP_INSTALL, "The embedded model"
            ) from exc
        if not path.is_file():
            raise BackendError(f"No model file at {path}.")
        log.info("loading %s (%d threads)", path.name, n_threads)
        if not _EXIT_HOOK:
            atexit.register(_close_all)  # before the load: an exit waits for it
            _EXIT_HOOK.append(True)
        try:
            llama = _quiet_load(Llama, path, n_threads, n_ctx)
        except (ValueError, RuntimeError) as exc:
            raise BackendError(f"llama.cpp could not load {path}: {exc}") from exc
        _LOADED[key] = (llama, threading.Lock())
        return _LOADED[key]


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

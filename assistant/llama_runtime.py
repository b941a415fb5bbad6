"""Loading GGUF models in-process with llama-cpp-python, shared by chat and embeddings.

A `Llama` is loaded once per process (per file, threads, context and mode) and
shared with a lock, since one llama.cpp context serves one request at a time. It is
loaded with llama-cpp-python's own quiet mode off, because that mode swaps file
descriptors 1 and 2 process-wide while it loads: done from a warm-up thread, a race
with the main thread could leave the whole process writing to /dev/null. Instead the
load's Python-level log lines go to a buffer and llama.cpp's C log is turned down to
errors (which go to stderr, never stdout).
"""

from __future__ import annotations

import atexit
import contextlib
import io
import logging
import threading
from pathlib import Path
from typing import Any

from assistant.errors import BackendError, MissingDependency

log = logging.getLogger(__name__)

LLAMA_CPP_INSTALL = 'CMAKE_ARGS="-DLLAVA_BUILD=OFF" pip install llama-cpp-python==0.3.36'

_LOADED: dict[tuple[str, int, int, bool], tuple[Any, threading.Lock]] = {}
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


def _quiet_load(llama_class: Any, path: Path, n_threads: int, n_ctx: int, embedding: bool) -> Any:
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
            **({"embedding": True, "n_batch": n_ctx, "n_ubatch": n_ctx} if embedding else {}),
        )
    llama.verbose = False  # no per-call prints from here on
    _logger.set_verbose(False)  # llama.cpp's C log: errors only
    log.debug("llama.cpp load log: %s", log_lines.getvalue()[-2000:])
    return llama


def load_llama(
    path: Path, n_threads: int, n_ctx: int = 2048, embedding: bool = False
) -> tuple[Any, threading.Lock]:
    """The process-wide `Llama` for this file (loaded on first call) and its lock.
    `embedding=True` loads it in embedding mode (one ubatch holds a whole text)."""
    key = (str(path), n_threads, n_ctx, embedding)
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
            llama = _quiet_load(Llama, path, n_threads, n_ctx, embedding)
        except (ValueError, RuntimeError) as exc:
            raise BackendError(f"llama.cpp could not load {path}: {exc}") from exc
        _LOADED[key] = (llama, threading.Lock())
        return _LOADED[key]

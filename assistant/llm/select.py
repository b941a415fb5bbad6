"""Choosing the answer backend for a coach: `--backend`, `COACH_BACKEND`, or the default.

Default: the embedded model when it is installed, else `extractive` with one log line
saying how to install it. A model file that is missing, truncated or tampered with, or
a missing optional package, is reported clearly and the coach keeps working on
`extractive`. An unknown backend name is an error that lists the valid choices.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

from langchain_core.embeddings import Embeddings

from assistant.errors import BackendError, MissingDependency, ModelFileError
from assistant.llm import EXTRACTIVE, default_backend, make_chat_model, parse_backend
from assistant.llm.model_file import INSTALL_COMMAND

if TYPE_CHECKING:
    from assistant.llm.reader import LLMSituationReader
    from assistant.schema import Responder
    from assistant.settings import Settings

log = logging.getLogger(__name__)

NOT_INSTALLED = (
    "The local model is not installed, so answers come from the extractive backend "
    "(quotes from the article). Install it with: %s"
)
UNAVAILABLE = "%s is unavailable (%s) Answering with the extractive backend."


@dataclass
class Backends:
    """The responder for questions and, with an LLM, the reader of wording requests."""

    responder: Responder
    situation_reader: LLMSituationReader | None = None
    problem: str | None = None
    """Why the requested or default LLM is not in use, if it is not."""

    def start_warmup(self) -> threading.Thread | None:
        """Load the local model and prefill the fixed prompts (the answer's and the
        reader's) in the background."""
        warm = getattr(self.responder, "warm", None)
        if not callable(warm):
            return None
        extra = self.situation_reader.warm_messages() if self.situation_reader else None

        def run() -> None:
            try:
                warm(extra)
            except Exception as exc:  # the first real question reports it properly
                log.warning("warm-up of %s failed: %s", self.responder.name, exc)

        thread = threading.Thread(target=run, name="llm-warmup", daemon=True)
        thread.start()
        return thread


def select_backends(
    settings: Settings,
    backend: str | None,
    embeddings: Embeddings,
    extractive: Responder,
    corpus_embeddings: Embeddings | None = None,
) -> Backends:
    """The backends for `backend` (or settings / default). Raises only for a bad name.

    `corpus_embeddings` (e.g. the disk-cached model) embeds the article's sentences when
    the prompt's passages are trimmed; `embeddings` checks the model's own sentences,
    which are never worth keeping on disk."""
    spec = (backend or settings.backend or "").strip()
    if not spec:
        spec = default_backend()
        if spec == EXTRACTIVE:
            log.warning(NOT_INSTALLED, INSTALL_COMMAND)
            return Backends(responder=extractive, problem="local model not installed")
    provider, _ = parse_backend(spec)
    if provider == EXTRACTIVE:
        return Backends(responder=extractive)
    try:
        chat = make_chat_model(spec, settings)
    except (ModelFileError, MissingDependency) as exc:
        log.warning(UNAVAILABLE, spec, exc)
        return Backends(responder=extractive, problem=str(exc))
    from assistant.llm.contradiction import ContradictionJudge
    from assistant.llm.grounding import GroundingChecker
    from assistant.llm.reader import LLMSituationReader
    from assistant.llm.responder import LLMResponder

    name = chat.backend_name
    responder = LLMResponder(
        chat,
        name,
        corpus_embeddings or embeddings,
        fallback=extractive,
        checker=GroundingChecker(
            embeddings, judge=ContradictionJudge(chat, name) if settings.check_meaning else None
        ),
    )
    return Backends(
        responder=responder,
        situation_reader=LLMSituationReader(chat, name),
    )


__all__ = ["BackendError", "Backends", "select_backends"]

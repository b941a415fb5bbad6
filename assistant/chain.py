"""One conversational turn, end to end: clean → screen → retrieve → respond → Turn.

Everything the chain needs comes in as a parameter (retriever, responder, clock), so
tests swap them at this seam. Conversation state is the `history` argument: a list
of (user, assistant) pairs passed in by the caller, never kept here.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from .inputs import CleanInput, clean_input
from .schema import Passage, Source, Timings, Turn
from .texts import EMPTY_MESSAGE, NO_PASSAGES_MESSAGE

History = Sequence[tuple[str, str]]
"""Earlier turns as (user message, assistant answer), oldest first."""


class Retriever(Protocol):
    def retrieve(self, query: str, k: int = 4) -> list[Passage]: ...


@dataclass
class Draft:
    """What a responder produced for a question."""

    text: str
    """Markdown answer; [n] cites passage n (1-based)."""
    backend: str
    """Who wrote it, e.g. `extractive` or `llamacpp/qwen2.5-coder-1.5b`."""
    fallback: str | None = None
    """Set when another backend had to take over, with the reason."""


class Responder(Protocol):
    """Writes the answer to a question from retrieved passages."""

    name: str

    def answer(self, query: str, passages: Sequence[Passage], history: History = ()) -> Draft: ...


@runtime_checkable
class StreamingResponder(Responder, Protocol):
    """A responder that can also stream: yields text pieces, then the final Draft.

    The final Draft's text is authoritative (a post-check may have replaced what was
    streamed); front ends show it in place of the streamed text.
    """

    def stream(
        self, query: str, passages: Sequence[Passage], history: History = ()
    ) -> Iterator[str | Draft]: ...


def _ms(seconds: float) -> float:
    return round(seconds * 1000.0, 2)


@dataclass
class Coach:
    """The coaching chain shared by the CLI, the web UI and the eval runner."""

    retriever: Retriever
    responder: Responder
    k: int = 4
    max_input_chars: int = 4000
    clock: Callable[[], float] = time.perf_counter

    def _prepare(self, message: str | bytes | None) -> tuple[str, CleanInput]:
        query = message.decode("utf-8", "replace") if isinstance(message, bytes) else message or ""
        return query, clean_input(message, self.max_input_chars)

    def _empty_turn(self, query: str, clean: CleanInput, start: float) -> Turn:
        return Turn(
            query=query,
            intent="empty",
            answer=clean.problem or EMPTY_MESSAGE,
            backend=self.responder.name,
            timings_ms=Timings(total=_ms(self.clock() - start)),
        )

    def run(self, message: str | bytes | None, history: History = ()) -> Turn:
        """Answer one message. Bad input gives a helpful Turn, never an exception."""
        turn: Turn | None = None
        for event in self.stream(message, history, stream_text=False):
            if isinstance(event, Turn):
                turn = event
        assert turn is not None
        return turn

    def stream(
        self, message: str | bytes | None, history: History = (), stream_text: bool = True
    ) -> Iterator[str | Turn]:
        """Yield answer text pieces as they are written, then the finished Turn."""
        start = self.clock()
        query, clean = self._prepare(message)
        if clean.problem or not clean.text:
            yield self._empty_turn(query, clean, start)
            return
        t_retrieve = self.clock()
        passages = self.retriever.retrieve(clean.text, k=self.k)
        t_generate = self.clock()
        draft: Draft | None = None
        if passages:
            if stream_text and isinstance(self.responder, StreamingResponder):
                for piece in self.responder.stream(clean.text, passages, history):
                    if isinstance(piece, Draft):
                        draft = piece
                    else:
                        yield piece
            else:
                draft = self.responder.answer(clean.text, passages, history)
        end = self.clock()
        notices = [f"*{n}*" for n in clean.notices]
        answered = draft is not None and bool(draft.text)
        body = draft.text if draft is not None and draft.text else NO_PASSAGES_MESSAGE
        yield Turn(
            query=query,
            intent="question",
            answer="\n\n".join([*notices, body]),
            sources=[Source.from_passage(p) for p in passages] if answered else [],
            backend=draft.backend if draft is not None else self.responder.name,
            timings_ms=Timings(
                retrieve=_ms(t_generate - t_retrieve),
                generate=_ms(end - t_generate),
                total=_ms(end - start),
            ),
            fallback=draft.fallback if draft is not None else None,
            notices=clean.notices,
        )

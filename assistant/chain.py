"""One conversational turn, end to end: clean → screen → retrieve → respond → Turn.

Everything the chain needs comes in as a parameter (retriever, responder, clock), so
tests swap them at this seam. Conversation state is the `history` argument: a list
of (user, assistant) pairs passed in by the caller, never kept here.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from .inputs import clean_input
from .schema import Passage, Source, Timings, Turn
from .texts import EMPTY_MESSAGE, NO_PASSAGES_MESSAGE

History = Sequence[tuple[str, str]]
"""Earlier turns as (user message, assistant answer), oldest first."""


class Retriever(Protocol):
    def retrieve(self, query: str, k: int = 4) -> list[Passage]: ...


class Responder(Protocol):
    """Writes the answer to a question from retrieved passages ([n] cites passage n)."""

    name: str

    def answer(self, query: str, passages: Sequence[Passage]) -> str: ...


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

    def run(self, message: str | bytes | None, history: History = ()) -> Turn:
        """Answer one message. Bad input gives a helpful Turn, never an exception."""
        start = self.clock()
        query = message.decode("utf-8", "replace") if isinstance(message, bytes) else message or ""
        clean = clean_input(message, self.max_input_chars)
        if clean.problem or not clean.text:
            return Turn(
                query=query,
                intent="empty",
                answer=clean.problem or EMPTY_MESSAGE,
                backend=self.responder.name,
                timings_ms=Timings(total=_ms(self.clock() - start)),
            )
        t_retrieve = self.clock()
        passages = self.retriever.retrieve(clean.text, k=self.k)
        t_generate = self.clock()
        answer = self.responder.answer(clean.text, passages) if passages else ""
        end = self.clock()
        notices = [f"*{n}*" for n in clean.notices]
        body = answer or NO_PASSAGES_MESSAGE
        return Turn(
            query=query,
            intent="question",
            answer="\n\n".join([*notices, body]),
            sources=[Source.from_passage(p) for p in passages] if answer else [],
            backend=self.responder.name,
            timings_ms=Timings(
                retrieve=_ms(t_generate - t_retrieve),
                generate=_ms(end - t_generate),
                total=_ms(end - start),
            ),
            notices=clean.notices,
        )

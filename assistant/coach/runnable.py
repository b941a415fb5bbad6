"""The coach as a LangChain `Runnable`: `invoke`, `stream`, `batch`, callbacks, `|`.

    runnable = coach.as_runnable()
    turn = runnable.invoke({"message": "How do I say no kindly?", "history": []})
    for chunk in runnable.stream("What is interdependence?"):
        print(chunk.text, end="")          # chunk.turn is set on the last chunk

The input is a message, or a mapping with `message` and an optional `history` of
(user, assistant) pairs. `invoke` returns the typed `Turn`; `stream` yields
`TurnChunk`s that add up (`a + b`) to the answer text and the final `Turn`, so
LangChain's own aggregation (and a chain composed after it) sees the finished turn. A
reply written in one piece (a fixed text, the extractive answer) arrives as the text of
the last chunk; the Turn's `answer` is authoritative when a post-check replaced a draft.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Protocol, cast

from langchain_core.runnables import Runnable, RunnableConfig

from assistant.schema import History, Turn

Message = str | bytes | None
CoachInput = Message | Mapping[str, Any]
INPUT_SHAPE = "the coach takes a message or {'message': ..., 'history': [[user, assistant], ...]}"


class TurnSource(Protocol):
    """What the runnable wraps: the chain's `run` and `stream` (`chain.Coach`)."""

    def run(self, message: Message, history: History = ()) -> Turn: ...

    def stream(self, message: Message, history: History = ()) -> Iterator[str | Turn]: ...


@dataclass(frozen=True)
class TurnChunk:
    """A piece of a streamed turn: answer text as it is written, the Turn at the end."""

    text: str = ""
    turn: Turn | None = None

    def __add__(self, other: TurnChunk) -> TurnChunk:
        return TurnChunk(self.text + other.text, other.turn or self.turn)


def _unpack(value: CoachInput) -> tuple[Message, History]:
    """The message and history of an input; a wrong shape is a clear TypeError."""
    if value is None or isinstance(value, str | bytes):
        return value, ()  # the chain answers empty and undecodable messages itself
    if not isinstance(value, Mapping):
        raise TypeError(f"{INPUT_SHAPE}, not {type(value).__name__}")
    message = value.get("message")
    if message is not None and not isinstance(message, str | bytes):
        raise TypeError(f"{INPUT_SHAPE}; `message` was {type(message).__name__}")
    try:
        history = tuple((str(user), str(answer)) for user, answer in value.get("history") or ())
    except (TypeError, ValueError) as exc:
        raise TypeError(f"{INPUT_SHAPE}; `history` holds [user, assistant] pairs") from exc
    return message, history


class CoachRunnable(Runnable[CoachInput, Turn]):
    """One turn of the coach; every call runs under LangChain's callbacks and config."""

    name = "InterdependenceCoach"

    def __init__(self, coach: TurnSource) -> None:
        self.coach = coach

    def _turn(self, value: CoachInput) -> Turn:
        message, history = _unpack(value)
        return self.coach.run(message, history)

    def _chunks(self, values: Iterator[CoachInput]) -> Iterator[TurnChunk]:
        for value in values:
            message, history = _unpack(value)
            streamed = False
            for event in self.coach.stream(message, history):
                if isinstance(event, Turn):
                    yield TurnChunk("" if streamed else event.answer, turn=event)
                else:
                    streamed = streamed or bool(event)
                    yield TurnChunk(text=event)

    def invoke(
        self, input: CoachInput, config: RunnableConfig | None = None, **kwargs: Any
    ) -> Turn:
        return self._call_with_config(self._turn, input, config)

    def stream(  # type: ignore[override]  # chunks, not Turns, as a chat model's stream
        self, input: CoachInput, config: RunnableConfig | None = None, **kwargs: Any
    ) -> Iterator[TurnChunk]:
        chunks = cast(Any, self._chunks)  # the stream carries chunks; invoke gives the Turn
        stream = self._transform_stream_with_config(iter([input]), chunks, config)
        yield from cast(Iterator[TurnChunk], stream)

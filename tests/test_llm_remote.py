"""The `ollama` and `openai` backends against a real HTTP server on 127.0.0.1.

The server is a few lines of `http.server` that speaks both chat APIs (streamed JSON
lines for Ollama, server-sent events for OpenAI) and records what it was sent.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from assistant.coach.extractive import ExtractiveResponder
from assistant.errors import BackendError
from assistant.llm import make_chat_model
from assistant.llm.responder import LLMResponder
from assistant.llm.select import select_backends
from assistant.settings import Settings

REPLY = "Tell them what you need, kindly and clearly [1]."


class ChatServer(ThreadingHTTPServer):
    reply: str = REPLY
    status: int = 200
    requests: list[tuple[str, dict[str, str], dict[str, Any]]]


class Handler(BaseHTTPRequestHandler):
    server: ChatServer

    def log_message(self, *args: Any) -> None:  # keep pytest output clean
        pass

    def _send(self, content_type: str, chunks: list[bytes]) -> None:
        self.send_response(self.server.status)
        self.send_header("Content-Type", content_type)
        self.end_headers()
        for chunk in chunks:
            self.wfile.write(chunk)
            self.wfile.flush()

    def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.server.requests.append((self.path, dict(self.headers), body))
        if self.server.status != 200:
            self._send("application/json", [b'{"error": "model not found"}'])
            return
        words = [w + " " for w in self.server.reply.split(" ")]
        words[-1] = words[-1].rstrip()
        if self.path == "/api/chat":
            lines = [
                {
                    "model": body["model"],
                    "message": {"role": "assistant", "content": w},
                    "done": False,
                }
                for w in words
            ]
            lines.append(
                {
                    "model": body["model"],
                    "message": {"role": "assistant", "content": ""},
                    "done": True,
                }
            )
            self._send("application/x-ndjson", [json.dumps(x).encode() + b"\n" for x in lines])
        elif self.path == "/v1/chat/completions":
            events = [
                {"choices": [{"index": 0, "delta": {"role": "assistant", "content": w}}]}
                for w in words
            ]
            chunks = [b"data: " + json.dumps(e).encode() + b"\n\n" for e in events]
            self._send("text/event-stream", [*chunks, b"data: [DONE]\n\n"])
        else:
            self.server.status = 404
            self._send("application/json", [b'{"error": "no such endpoint"}'])
            self.server.status = 200


@pytest.fixture()
def server() -> Iterator[ChatServer]:
    httpd = ChatServer(("127.0.0.1", 0), Handler)
    httpd.requests = []
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


def url(httpd: ChatServer) -> str:
    return f"http://127.0.0.1:{httpd.server_address[1]}"


@pytest.fixture()
def remote_settings(server: ChatServer, tmp_path) -> Settings:
    return Settings(
        data_dir=tmp_path,
        ollama_url=url(server),
        openai_base_url=url(server) + "/v1",
        openai_api_key="sk-test",
        _env_file=None,
    )


MESSAGES = [("system", "You coach."), ("human", "How do I ask for space?")]


@pytest.mark.parametrize("spec", ["ollama/qwen2.5:1.5b", "openai/my-model"])
def test_invoke_and_stream_return_the_servers_reply(spec, server, remote_settings):
    chat = make_chat_model(spec, remote_settings)
    assert chat.backend_name == spec
    assert chat.invoke(MESSAGES).text == REPLY
    pieces = [chunk.text for chunk in chat.stream(MESSAGES) if chunk.text]
    assert len(pieces) == len(REPLY.split(" ")) and "".join(pieces) == REPLY
    path, _, body = server.requests[0]
    assert body["model"] == spec.split("/", 1)[1] and body["stream"] is True
    assert body["messages"] == [
        {"role": "system", "content": "You coach."},
        {"role": "user", "content": "How do I ask for space?"},
    ]


def test_ollama_request_carries_options_and_the_json_schema(server, remote_settings):
    chat = make_chat_model("ollama/tiny", remote_settings)
    chat.invoke(MESSAGES, max_tokens=42, json_schema={"type": "object"})
    path, _, body = server.requests[0]
    assert path == "/api/chat"
    assert body["options"] == {"temperature": 0.0, "num_predict": 42}
    assert body["format"] == {"type": "object"}


def test_openai_request_sends_the_key_and_json_mode(server, remote_settings):
    chat = make_chat_model("openai/tiny", remote_settings)
    chat.invoke(MESSAGES, max_tokens=17, json_schema={"type": "object"})
    path, headers, body = server.requests[0]
    assert path == "/v1/chat/completions"
    assert headers["Authorization"] == "Bearer sk-test"
    assert body["max_tokens"] == 17 and body["response_format"] == {"type": "json_object"}


def test_a_server_error_becomes_a_backend_error_with_the_status(server, remote_settings):
    server.status = 404
    with pytest.raises(BackendError, match="404"):
        make_chat_model("ollama/missing", remote_settings).invoke(MESSAGES)


def test_an_unreachable_server_is_named_in_the_error(tmp_path):
    settings = Settings(data_dir=tmp_path, ollama_url="http://127.0.0.1:9", _env_file=None)
    with pytest.raises(
        BackendError, match=r"Cannot reach the Ollama server at http://127\.0\.0\.1:9"
    ):
        make_chat_model("ollama/tiny", settings).invoke(MESSAGES)


def test_openai_without_a_base_url_says_which_setting_to_set(tmp_path):
    with pytest.raises(BackendError, match="COACH_OPENAI_BASE_URL"):
        make_chat_model("openai/tiny", Settings(data_dir=tmp_path, _env_file=None))


@pytest.mark.parametrize("spec", ["ollama/tiny", "openai/tiny"])
def test_the_coachs_responder_streams_from_the_server(
    spec, server, remote_settings, retriever, embeddings
):
    extractive = ExtractiveResponder(embeddings)
    backends = select_backends(remote_settings, spec, embeddings, extractive)
    assert isinstance(backends.responder, LLMResponder) and backends.situation_reader is not None
    passages = retriever.retrieve("How do I ask for more alone time?", k=4)
    server.reply = "You can say I need more alone time without feeling like you are too much [1]."
    events = list(backends.responder.stream("How do I ask for more alone time?", passages))
    assert "".join(e for e in events if isinstance(e, str)) == server.reply
    final = events[-1]
    assert final.backend == spec and final.fallback is None and final.text == server.reply
    prompt = server.requests[0][2]["messages"]
    assert prompt[0]["role"] == "system" and "Question: How do I ask" in prompt[-1]["content"]


def test_a_server_going_away_mid_turn_falls_back_to_extractive(
    server, remote_settings, retriever, embeddings
):
    backends = select_backends(
        remote_settings, "ollama/tiny", embeddings, ExtractiveResponder(embeddings)
    )
    server.shutdown()
    server.server_close()
    passages = retriever.retrieve("How do I ask for more alone time?", k=4)
    draft = backends.responder.answer("How do I ask for more alone time?", passages)
    assert draft.backend == "extractive" and "Cannot reach" in (draft.fallback or "")


@pytest.fixture(scope="module")
def cli_data(tmp_path_factory):
    """One data dir for the CLI tests, so the index is built once."""
    return tmp_path_factory.mktemp("cli-data")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("reply", "replaced"),
    [
        ("Interdependence is mutual support without losing your individuality [1].", False),
        ("Buy a boat and sail around the world with your cousins every summer [1].", True),
    ],
)
def test_coach_ask_streams_the_answer_to_the_terminal(server, cli_data, reply, replaced):
    from typer.testing import CliRunner

    from assistant.cli import app
    from assistant.coach.texts import REPLACED_DRAFT_NOTICE

    server.reply = reply
    env = {
        "COACH_DATA_DIR": str(cli_data),
        "COACH_BACKEND": "openai/tiny",
        "COACH_OPENAI_BASE_URL": url(server) + "/v1",
    }
    result = CliRunner().invoke(app, ["ask", "What does interdependence mean?"], env=env)
    assert result.exit_code == 0, result.output
    assert result.output.startswith(reply) and "Sources:" in result.output
    assert server.requests and server.requests[0][2]["stream"] is True
    assert (REPLACED_DRAFT_NOTICE in result.output) is replaced
    if replaced:
        assert "Here is what the article says" in result.output

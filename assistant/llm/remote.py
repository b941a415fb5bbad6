"""Backends that talk to a chat server over HTTP (httpx): Ollama and OpenAI-compatible.

- `ollama/<model>`: `POST {COACH_OLLAMA_URL}/api/chat`, streamed as JSON lines.
- `openai/<model>`: `POST {COACH_OPENAI_BASE_URL}/chat/completions`, streamed as
  server-sent events; any OpenAI-compatible server (vLLM, llama.cpp server, LM
  Studio). The base URL includes the version path, e.g. `http://127.0.0.1:8000/v1`.

Connection problems become `BackendError`s that say which server was not reachable.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx

from assistant.errors import BackendError
from assistant.llm.base import ChatBackend, ChatOptions

TIMEOUT = httpx.Timeout(120.0, connect=5.0)


class _HttpChat(ChatBackend):
    base_url: str
    server: str = "chat server"

    def _post_lines(self, path: str, payload: dict[str, Any], headers: dict[str, str]):
        url = self.base_url.rstrip("/") + path
        try:
            with httpx.Client(timeout=TIMEOUT) as client:
                with client.stream("POST", url, json=payload, headers=headers) as response:
                    if response.status_code >= 400:
                        response.read()
                        raise BackendError(
                            f"The {self.server} at {self.base_url} answered "
                            f"{response.status_code}: {response.text[:200]}"
                        )
                    yield from response.iter_lines()
        except httpx.HTTPError as exc:
            raise BackendError(
                f"Cannot reach the {self.server} at {self.base_url} "
                f"({type(exc).__name__}). Is it running?"
            ) from exc


class OllamaChat(_HttpChat):
    """`ollama/<model>` against an Ollama server (default http://127.0.0.1:11434)."""

    provider: str = "ollama"
    server: str = "Ollama server"

    def _chat(self, messages: list[dict[str, str]], options: ChatOptions) -> Iterator[str]:
        payload: dict[str, Any] = {
            "model": self.model,
            "messages": messages,
            "stream": True,
            "options": {"temperature": options.temperature, "num_predict": options.max_tokens},
        }
        if options.stop:
            payload["options"]["stop"] = options.stop
        if options.json_schema is not None:
            payload["format"] = options.json_schema
        for line in self._post_lines("/api/chat", payload, {}):
            if not line.strip():
                continue
            event = _json(line, self.server)
            if event.get("error"):
                raise BackendError(f"The {self.server} reported: {event['error']}")
            piece = (event.get("message") or {}).get("content")
            if piece:
                yield piece
            if event.get("done"):
                return


class OpenAIChat(_HttpChat):
    """`openai/<model>` against any OpenAI-compatible `/chat/completions` endpoint."""

    provider: str = "openai"
    server: str = "OpenAI-compatible server"
    api_key: str | None = None

    def _chat(self, messages: list[dict[str, str]], options: ChatOptions) -> Iterator[str]:
        payload: dict[str, Any] = {
            "model": self.model,
            "messages": messages,
            "stream": True,
            "temperature": options.temperature,
            "max_tokens": options.max_tokens,
        }
        if options.stop:
            payload["stop"] = options.stop
        if options.json_schema is not None:
            payload["response_format"] = {"type": "json_object"}
        headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
        for line in self._post_lines("/chat/completions", payload, headers):
            if not line.startswith("data:"):
                continue
            data = line[len("data:") :].strip()
            if data == "[DONE]":
                return
            event = _json(data, self.server)
            for choice in event.get("choices") or []:
                piece = (choice.get("delta") or {}).get("content")
                if piece:
                    yield piece


def _json(text: str, server: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BackendError(f"The {server} sent something that is not JSON: {text[:80]!r}") from exc
    if not isinstance(value, dict):
        raise BackendError(f"The {server} sent an unexpected reply: {text[:80]!r}")
    return value

"""The running app on 127.0.0.1, driven through gradio_client (the real HTTP/SSE path)."""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from assistant.coach.texts import INTERNAL_ERROR_MESSAGE, TRUNCATED_NOTICE
from assistant.schema import Turn
from tests.conftest import free_port
from ui import texts
from ui.app import build_app, launch_app
from ui.serving import binding, is_loopback, parse_auth

pytestmark = pytest.mark.slow

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


@pytest.fixture(scope="module")
def coach_settings(index_settings):
    return index_settings


@pytest.fixture(scope="module")
def coach(coach_settings):
    from assistant.factory import build_coach

    return build_coach(coach_settings, backend="extractive")


@pytest.fixture(scope="module")
def server(coach, coach_settings, tmp_path_factory) -> Iterator[str]:
    app = build_app(coach, coach_settings, export_dir=tmp_path_factory.mktemp("exports"))
    port = free_port()
    launch_app(app, host="127.0.0.1", port=port, block=False)
    yield f"http://127.0.0.1:{port}/"
    app.close()


def client(url: str, **kwargs: object):
    from gradio_client import Client

    return Client(url, verbose=False, **kwargs)


def final_chat(c, message: str) -> tuple[list[dict], str, str]:
    """Run /chat, return (chatbot messages, sources HTML, export path) of the last update."""
    job = c.submit(message, api_name="/chat")
    outputs = list(job)
    assert len(outputs) >= 2, "expected the user message first, then the answer"
    _, messages, sources, export = job.result()
    return messages, sources, export


def text_of(message: dict) -> str:
    content = message["content"]
    if isinstance(content, list):
        return "".join(part.get("text", "") for part in content)
    return str(content)


def test_chat_answers_with_numbered_sources_and_an_export(server: str) -> None:
    c = client(server)
    messages, sources, export = final_chat(c, "How do I ask my partner for time alone?")
    assert [m["role"] for m in messages] == ["user", "assistant"]
    answer = text_of(messages[1])
    cited = {int(n) for n in re.findall(r"\[(\d+)\]", answer)}
    listed = [int(n) for n in re.findall(r'data-n="(\d+)"', sources)]
    assert cited and listed == list(range(1, len(listed) + 1)) and cited <= set(listed)
    transcript = Path(export).read_text(encoding="utf-8")
    assert "How do I ask my partner for time alone?" in transcript
    assert "### Sources" in transcript


def test_markup_in_a_message_comes_back_escaped(server: str) -> None:
    messages, _, _ = final_chat(client(server), "<script>alert(1)</script> boundaries?")
    shown = text_of(messages[0])
    assert "<script>" not in shown and "&lt;script>" in shown


def test_two_clients_never_see_each_other(server: str) -> None:
    alice, bob = client(server), client(server)
    final_chat(alice, "What does interdependence mean?")
    alice_messages, _, _ = final_chat(alice, "And how do I build it?")
    bob_messages, _, _ = final_chat(bob, "What are the four key ingredients?")
    assert len(alice_messages) == 4
    assert len(bob_messages) == 2
    assert "interdependence mean" not in " ".join(text_of(m) for m in bob_messages)


def test_new_chat_clears_the_conversation(server: str) -> None:
    c = client(server)
    final_chat(c, "What does interdependence mean?")
    messages, sources, export = c.predict(api_name="/new_chat")
    assert messages == [] and export is None
    assert texts.SOURCES_EMPTY in sources
    after, _, _ = final_chat(c, "What are the four key ingredients?")
    assert len(after) == 2


def test_long_input_is_truncated_with_a_visible_notice(server: str, coach) -> None:
    messages, _, _ = final_chat(client(server), "How do I say no? " + "please " * 2000)
    answer = text_of(messages[-1])
    assert "coach-notice" in answer
    assert TRUNCATED_NOTICE.format(limit=coach.max_input_chars) in answer


def test_builder_endpoint_answers_an_incomplete_form_politely(server: str) -> None:
    message = client(server).predict("", "", "", "any", api_name="/build_boundary")
    assert message == texts.BUILDER_MISSING


def test_auth_is_required_when_configured(coach, coach_settings) -> None:
    app = build_app(coach, coach_settings)
    port = free_port()
    launch_app(app, host="127.0.0.1", port=port, auth=("ana", "s3cret"), block=False)
    try:
        url = f"http://127.0.0.1:{port}/"
        assert httpx.get(url + "config", timeout=10).status_code == 401
        with pytest.raises(ValueError):
            client(url, auth=("ana", "wrong"))
        messages, _, _ = final_chat(client(url, auth=("ana", "s3cret")), "What is a boundary?")
        assert len(messages) == 2
    finally:
        app.close()


def test_auth_setting_must_be_user_colon_password() -> None:
    assert parse_auth(None) is None
    assert parse_auth("ana:pa:ss") == ("ana", "pa:ss")
    for bad in ("ana", ":pw", "ana:"):
        with pytest.raises(ValueError, match="user:password"):
            parse_auth(bad)


def test_loopback_addresses_are_recognised() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.5")


def test_serving_beyond_loopback_without_auth_warns(coach_settings, caplog) -> None:
    open_settings = coach_settings.model_copy(update={"auth": None})
    with caplog.at_level(logging.WARNING, logger="ui.serving"):
        assert binding(open_settings, "0.0.0.0", 8000) == ("0.0.0.0", 8000, None)
    assert any("COACH_AUTH" in r.getMessage() for r in caplog.records)


def test_serving_with_auth_or_on_loopback_does_not_warn(coach_settings, caplog) -> None:
    locked = coach_settings.model_copy(update={"auth": "ana:pw"})
    with caplog.at_level(logging.WARNING, logger="ui.serving"):
        assert binding(locked, "0.0.0.0", None) == ("0.0.0.0", 7860, ("ana", "pw"))
        assert binding(coach_settings.model_copy(update={"auth": None}))[:2] == ("127.0.0.1", 7860)
    assert not caplog.records


def test_a_malformed_auth_setting_stops_the_start_with_a_message(coach_settings) -> None:
    with pytest.raises(SystemExit, match="user:password"):
        binding(coach_settings.model_copy(update={"auth": "nocolon"}))


class SlowCoach:
    """Takes a while per turn and counts how many turns run at once; "boom" fails."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.active = 0
        self.most = 0

    def stream(self, message: str, history: Sequence[tuple[str, str]] = ()) -> Iterator[object]:
        with self.lock:
            self.active += 1
            self.most = max(self.most, self.active)
        try:
            time.sleep(0.4)
            if "boom" in message:
                raise RuntimeError("boom: internal detail /srv/secret.py line 3")
            yield "Thinking "
            yield Turn(query=message, intent="question", answer=f"Echo: {message}", backend="x")
        finally:
            with self.lock:
                self.active -= 1


@pytest.fixture(scope="module")
def slow_server(coach_settings) -> Iterator[tuple[str, SlowCoach]]:
    slow = SlowCoach()
    app = build_app(slow, coach_settings)
    port = free_port()
    launch_app(app, host="127.0.0.1", port=port, block=False)
    yield f"http://127.0.0.1:{port}/", slow
    app.close()


def test_simultaneous_chats_queue_instead_of_failing(slow_server) -> None:
    url, slow = slow_server
    questions = [f"question {n}" for n in range(3)]
    with ThreadPoolExecutor(max_workers=3) as pool:
        results = list(pool.map(lambda q: final_chat(client(url), q)[0], questions))
    assert [text_of(r[-1]) for r in results] == [f"Echo: {q}" for q in questions]
    assert slow.most == 1


def test_an_error_inside_the_coach_reaches_the_page_as_a_friendly_message(slow_server) -> None:
    url, _ = slow_server
    messages, _, _ = final_chat(client(url), "boom")
    shown = text_of(messages[-1])
    assert shown == INTERNAL_ERROR_MESSAGE
    assert "secret" not in shown and "Traceback" not in shown

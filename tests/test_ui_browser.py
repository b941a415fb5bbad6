"""End to end in real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright).

The app on 127.0.0.1 runs the real chain on the extractive backend; its answers are
streamed word by word through the Responder seam (where an LLM plugs in), so the browser
really receives pieces. Screenshots at desktop and 390-px phone width land in each
test's tmp dir.
"""

from __future__ import annotations

import dataclasses
import json
import re
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from playwright.sync_api import expect

from assistant.schema import Draft, Passage, Turn
from tests.conftest import free_port
from ui import texts
from ui.app import build_app, launch_app

pytestmark = [pytest.mark.slow, pytest.mark.browser]

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
WAIT_MS = 60_000

if not CHROMIUM.exists():  # `.ci/run` installs it with apt
    pytest.skip("Debian chromium is not installed at /usr/bin/chromium", allow_module_level=True)


@pytest.fixture(scope="session")
def browser_type_launch_args() -> dict:
    return {"executable_path": str(CHROMIUM), "args": CHROMIUM_ARGS, "headless": True}


class WordStreamer:
    """Streams another responder's answer word by word (the seam an LLM plugs into)."""

    def __init__(self, inner) -> None:
        self.inner = inner
        self.name = inner.name

    def answer(self, query: str, passages: Sequence[Passage], history=()) -> Draft:
        return self.inner.answer(query, passages, history)

    def stream(self, query: str, passages: Sequence[Passage], history=()) -> Iterator[str | Draft]:
        draft = self.inner.answer(query, passages, history)
        for word in re.findall(r"\S+\s*", draft.text):
            time.sleep(0.02)  # pace like a model, so the page paints partial answers
            yield word
        yield draft


class SlowStreamCoach:
    """Writes a long answer slowly (like a busy local model), so there is time to stop it."""

    def __init__(self) -> None:
        self.pieces_sent = 0

    def stream(self, message: str, history=()) -> Iterator[object]:
        for n in range(200):
            time.sleep(0.1)
            self.pieces_sent += 1
            yield f"word{n} "
        yield Turn(query=message, intent="question", answer="finished", backend="slow")


@pytest.fixture(scope="module")
def settings(index_settings):
    return index_settings


@pytest.fixture(scope="module")
def real_coach(settings):
    from assistant.factory import build_coach

    coach = build_coach(settings, backend="extractive")
    return dataclasses.replace(coach, responder=WordStreamer(coach.responder))


def _serve(coach, settings) -> Iterator[str]:
    app = build_app(coach, settings)
    port = free_port()
    launch_app(app, host="127.0.0.1", port=port, block=False)
    yield f"http://127.0.0.1:{port}/"
    app.close()


@pytest.fixture(scope="module")
def real_url(real_coach, settings) -> Iterator[str]:
    yield from _serve(real_coach, settings)


@pytest.fixture(scope="module")
def slow() -> SlowStreamCoach:
    return SlowStreamCoach()


@pytest.fixture(scope="module")
def slow_url(slow, settings) -> Iterator[str]:
    yield from _serve(slow, settings)


@pytest.fixture()
def open_page(browser):
    """Open the app at a viewport size; every request the page makes is recorded."""
    contexts = []

    def opener(url: str, viewport: dict = DESKTOP):
        context = browser.new_context(
            viewport=viewport, permissions=["clipboard-read", "clipboard-write"]
        )
        contexts.append(context)
        page = context.new_page()
        page.requests = []
        page.on("request", lambda request: page.requests.append(request.url))
        page.goto(url)
        page.locator("#coach-input textarea").wait_for(timeout=WAIT_MS)
        return page

    yield opener
    for context in contexts:
        context.close()


def send(page, message: str) -> None:
    page.locator("#coach-input textarea").fill(message)  # script cards are textboxes too
    page.get_by_test_id("submit-button").click()


def wait_for_answer(page, count: int = 1) -> None:
    """The answer is final when the streaming cursor is gone and the export is ready."""
    page.wait_for_function(
        """n => { const bots = document.querySelectorAll('[data-testid="bot"]');
                  return bots.length >= n && !bots[n - 1].innerText.includes('▍'); }""",
        arg=count,
        timeout=WAIT_MS,
    )
    page.wait_for_function(
        "() => !document.querySelector('#coach-sources').innerText.includes('will appear here')",
        timeout=WAIT_MS,
    )
    expect(page.get_by_role("button", name="Export as Markdown")).to_be_enabled(timeout=WAIT_MS)


def record_bot_text(page) -> None:
    page.evaluate(
        """() => { window.__seen = [];
            new MutationObserver(() => {
                const bot = document.querySelector('[data-testid="bot"]');
                if (bot) window.__seen.push(bot.innerText);
            }).observe(document.body, {subtree: true, childList: true, characterData: true}); }"""
    )


def only_loopback(urls: list[str]) -> list[str]:
    return [u for u in urls if not re.match(r"^(https?|wss?)://127\.0\.0\.1[:/]", u)]


def shoot(page, path: Path) -> Path:
    page.screenshot(path=str(path), full_page=True)
    return path


def test_question_streams_an_answer_with_numbered_sources(open_page, real_url, tmp_path) -> None:
    page = open_page(real_url)
    record_bot_text(page)
    send(page, "What does a healthy interdependent relationship look like?")
    wait_for_answer(page)
    final = page.get_by_test_id("bot").first.inner_text()
    seen = page.evaluate("window.__seen")
    partial = [s for s in seen if "▍" in s and len(s) < len(final)]
    assert partial, "no partial answer was painted before the final one"
    cited = {int(n) for n in re.findall(r"\[(\d+)\]", final)}
    items = page.locator("#coach-sources li.coach-source")
    assert cited and items.count() >= max(cited)
    for n in range(1, items.count() + 1):
        assert items.nth(n - 1).locator("summary").inner_text().startswith(f"[{n}]")
    first_passage = items.first.locator("p").inner_text()
    assert len(first_passage) > 40  # the passage text itself, open under [1]
    shoot(page, tmp_path / "question-desktop.png")
    page.set_viewport_size(PHONE)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    shoot(page, tmp_path / "question-phone.png")
    assert only_loopback(page.requests) == [], "the page fetched something from outside"


def test_script_text_is_shown_and_never_run(open_page, real_url) -> None:
    page = open_page(real_url)
    attack = (
        "<script>window.__pwned = 1</script>"
        '<img src="x" onerror="window.__pwned = 2"> What is a boundary?'
    )
    send(page, attack)
    wait_for_answer(page)
    assert page.evaluate("window.__pwned") is None
    assert page.get_by_test_id("user").first.inner_text().strip() == attack
    assert page.locator('[data-testid="user"] img, [data-testid="user"] script').count() == 0


def test_thumbs_up_is_stored_with_the_turn(open_page, real_url, settings) -> None:
    page = open_page(real_url)
    query = "How can I keep my own friends while staying close to my partner?"
    send(page, query)
    wait_for_answer(page)
    log = settings.data_dir / "feedback.jsonl"
    before = log.read_text(encoding="utf-8").count("\n") if log.exists() else 0
    page.get_by_role("button", name="Like", exact=True).first.click()
    page.get_by_text(texts.FEEDBACK_THANKS_UP).wait_for(timeout=WAIT_MS)
    lines = log.read_text(encoding="utf-8").splitlines()
    assert len(lines) == before + 1
    record = json.loads(lines[-1])
    assert record["rating"] == "up"
    assert record["query"] == record["turn"]["query"] == query
    assert record["turn"]["answer"] and record["turn"]["intent"]


def test_export_downloads_the_conversation_as_markdown(open_page, real_url, tmp_path) -> None:
    page = open_page(real_url)
    export = page.get_by_role("button", name="Export as Markdown")
    expect(export).to_be_disabled()  # nothing to export yet
    send(page, "What does interdependence mean?")
    wait_for_answer(page)
    with page.expect_download(timeout=WAIT_MS) as download:
        export.click()
    target = tmp_path / "conversation.md"
    download.value.save_as(target)
    text = target.read_text(encoding="utf-8")
    assert text.startswith(texts.EXPORT_TITLE)
    assert "## You\n\nWhat does interdependence mean?" in text


def test_boundary_answer_shows_script_cards(open_page, real_url, tmp_path) -> None:
    page = open_page(real_url)
    send(page, "How do I ask my partner for time alone without hurting them?")
    wait_for_answer(page)
    cards = page.locator(".coach-script")
    cards.nth(2).wait_for(timeout=WAIT_MS)
    bubble = page.get_by_test_id("bot").first.inner_text()
    assert texts.scripts_pointer(cards.count()) in bubble
    for i in range(cards.count()):
        card = cards.nth(i)
        label = card.locator("label, span").first.inner_text()
        assert re.fullmatch(r"[A-Z][a-z ]+ · [A-Za-z -]+", label.strip()), label
        script = card.locator("textarea").input_value()
        assert script and script not in bubble  # the card, not the bubble, holds it
        assert card.get_by_role("button", name=re.compile("copy", re.I)).count() == 1
    cards.first.get_by_role("button", name=re.compile("copy", re.I)).click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == cards.first.locator("textarea").input_value()
    shoot(page, tmp_path / "boundary-desktop.png")
    page.set_viewport_size(PHONE)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    shoot(page, tmp_path / "boundary-phone.png")


def test_safety_reply_is_distinct_and_has_no_cards(open_page, real_url, tmp_path) -> None:
    page = open_page(real_url, PHONE)
    send(page, "My husband hits me. How do I set a boundary with him?")
    wait_for_answer(page)
    card = page.locator('[data-testid="bot"] .coach-safety')
    card.wait_for(timeout=WAIT_MS)
    assert texts.SAFETY_LABEL.lower() in card.inner_text().lower()
    assert "1-800-799-7233" in card.inner_text()
    border = card.evaluate("e => getComputedStyle(e).borderLeftWidth")
    assert border == "6px"
    assert page.locator(".coach-script").count() == 0
    assert texts.SOURCES_NONE in page.locator("#coach-sources").inner_text()
    label_in_view = """() => {
        const label = [...document.querySelectorAll('.coach-safety-label')].pop();
        const chat = document.querySelector('#coach-chat').getBoundingClientRect();
        const r = label.getBoundingClientRect();
        return r.top >= Math.max(0, chat.top) - 1 && r.bottom <= window.innerHeight; }"""
    page.wait_for_function(label_in_view, timeout=WAIT_MS)
    page.wait_for_timeout(1500)  # let the chat's own autoscroll run; the start must stay
    assert page.evaluate(label_in_view), "the start of the safety reply is scrolled away"
    shoot(page, tmp_path / "safety-phone.png")


def test_builder_tab_returns_scripts_with_rubric_verdicts(open_page, real_url, tmp_path) -> None:
    page = open_page(real_url)
    page.get_by_role("tab", name="Boundary builder").click()
    page.get_by_label("Who is it with?").fill("my sister")
    page.get_by_label("What happens?").fill("she calls me every night")
    page.get_by_label("What do you need?").fill("evenings to myself")
    page.get_by_label("warm").check()
    page.locator("#coach-build").click()
    cards = page.locator(".coach-builder-card")
    cards.nth(2).wait_for(timeout=WAIT_MS)
    assert cards.count() >= 3
    first = cards.first
    assert first.locator("label, span").first.inner_text().lower().startswith("warm")
    verdict = first.locator(".coach-rubric").first.inner_text()
    assert texts.RUBRIC_PASSED in verdict or texts.RUBRIC_FAILED in verdict
    shoot(page, tmp_path / "builder-desktop.png")
    page.set_viewport_size(PHONE)
    shoot(page, tmp_path / "builder-phone.png")


def test_an_example_prompt_starts_the_chat(open_page, real_url) -> None:
    page = open_page(real_url, PHONE)
    example = texts.EXAMPLES[-1]
    page.get_by_text(example).click()
    wait_for_answer(page)
    assert page.get_by_test_id("user").first.inner_text().strip() == example
    assert page.locator("#coach-sources li.coach-source").count() >= 1


def test_stop_ends_a_slow_answer_and_the_chat_carries_on(open_page, slow_url, slow) -> None:
    page = open_page(slow_url, PHONE)
    send(page, "Tell me everything")
    page.get_by_test_id("stop-button").wait_for(timeout=WAIT_MS)
    page.wait_for_function(
        """() => (document.querySelector('[data-testid="bot"]') || {innerText: ''})
                 .innerText.includes('word3')""",
        timeout=WAIT_MS,
    )
    page.get_by_test_id("stop-button").click()
    page.get_by_test_id("submit-button").wait_for(timeout=WAIT_MS)
    bot = page.get_by_test_id("bot").first
    page.wait_for_function(
        "() => document.querySelector('[data-testid=\"bot\"]').innerText.includes('Stopped')",
        timeout=WAIT_MS,
    )
    assert "▍" not in bot.inner_text() and "finished" not in bot.inner_text()
    assert slow.pieces_sent < 200
    sent = slow.pieces_sent
    page.wait_for_timeout(1000)
    assert slow.pieces_sent <= sent + 1, "the stopped answer kept being written"
    send(page, "Another question")
    page.wait_for_function(
        """() => { const bots = document.querySelectorAll('[data-testid="bot"]');
                   return bots.length === 2 && bots[1].innerText.includes('word2'); }""",
        timeout=WAIT_MS,
    )
    assert page.get_by_test_id("user").count() == 2
    page.get_by_test_id("stop-button").click()
    page.get_by_test_id("submit-button").wait_for(timeout=WAIT_MS)

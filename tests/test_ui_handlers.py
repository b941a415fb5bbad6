"""The UI's handler functions, without a server: rendering, state, feedback, builder."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from assistant.coach.texts import INTERNAL_ERROR_MESSAGE, TRUNCATED_NOTICE
from assistant.errors import IndexUnavailable
from assistant.schema import Script, Source, Turn
from ui import handlers, render, texts
from ui.feedback import FeedbackStore
from ui.rubric import RubricView

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


class ScriptedCoach:
    """Plays back text pieces and a final Turn; remembers what it was asked."""

    def __init__(self, turn: Turn, pieces: Sequence[str] = ()) -> None:
        self.turn = turn
        self.pieces = list(pieces)
        self.calls: list[tuple[str, list[tuple[str, str]]]] = []

    def stream(self, message: str, history: Sequence[tuple[str, str]] = ()) -> Iterator[object]:
        self.calls.append((message, list(history)))
        yield from self.pieces
        yield self.turn.model_copy(update={"query": message})


class BrokenCoach:
    def __init__(self, exc: Exception) -> None:
        self.exc = exc

    def stream(self, message: str, history: Sequence[tuple[str, str]] = ()) -> Iterator[object]:
        yield "Partial "
        raise self.exc


def make_turn(**update: object) -> Turn:
    base = Turn(
        query="q",
        intent="question",
        answer="Balance closeness and independence [1].",
        sources=[
            Source(section="Final Thoughts", chunk_id="c1", score=0.5, text="Closeness & space."),
            Source(section="Healthy boundaries", chunk_id="c2", score=0.4, text="Say no."),
        ],
        backend="scripted",
    )
    return base.model_copy(update=update)


SCRIPTS = [
    Script(tone="warm", text="I love our talks, and I need my evenings to rest.", framework="NVC"),
    Script(tone="firm", text="I need my evenings to myself.", framework="I-statement"),
]


def ask(coach: object, session: handlers.Session, message: str) -> list[handlers.ChatView]:
    handlers.add_message(session, message)
    return list(handlers.respond(coach, session))  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def real_coach(built_index):
    """The real chain on the extractive backend, over the session's shared tmp index."""
    from assistant.factory import build_coach
    from assistant.settings import Settings

    data = built_index.index_dir.parent  # Settings.index_dir is <data_dir>/index
    return build_coach(Settings(data_dir=data, corpus_dir=CORPUS, _env_file=None), "extractive")


def test_user_html_is_shown_as_text_not_markup() -> None:
    session = handlers.Session()
    view = handlers.add_message(session, '<script>alert("x")</script><b>hi</b> & more')
    shown = view.messages[0]["content"]
    assert "<script" not in shown and "<b>" not in shown
    assert "&lt;script>" in shown and "&amp; more" in shown


def test_answer_markup_from_the_model_is_escaped() -> None:
    turn = make_turn(answer='Try this <img src=x onerror="alert(1)"> [1]')
    shown = render.answer_markdown(turn)
    assert "<img" not in shown
    assert "&lt;img src=x" in shown


def test_streamed_pieces_appear_then_the_final_answer_replaces_them() -> None:
    coach = ScriptedCoach(make_turn(answer="The final word [1]."), pieces=["Draft ", "text"])
    views = ask(coach, handlers.Session(), "How do I balance closeness?")
    bubbles = [v.messages[-1]["content"] for v in views]
    assert bubbles[0].startswith("Draft") and "▍" in bubbles[0]
    assert bubbles[1].startswith("Draft text")
    assert bubbles[-1] == "The final word [1]."
    assert [m["role"] for m in views[-1].messages] == ["user", "assistant"]


def test_sources_panel_numbers_passages_like_the_answer_cites_them(real_coach) -> None:
    views = ask(real_coach, handlers.Session(), "How can I ask for time alone?")
    final = views[-1]
    turn = final.session.current_turn()
    assert turn is not None and turn.sources
    cited = {int(n) for n in re.findall(r"\[(\d+)\]", turn.answer)}
    assert cited and cited <= set(range(1, len(turn.sources) + 1))
    for n, source in enumerate(turn.sources, 1):
        item = re.search(rf'data-n="{n}".*?\[{n}\]</span> (.*?)</summary>', final.sources_html)
        assert item is not None
        assert item.group(1) == render.escape_text(source.section).replace(">", "&gt;")


def test_safety_reply_is_framed_first_and_carries_no_scripts_or_sources() -> None:
    turn = make_turn(intent="safety", answer="You deserve support. Call 988.", scripts=SCRIPTS)
    view = ask(ScriptedCoach(turn), handlers.Session(), "I want to hurt myself")[-1]
    shown = view.messages[-1]["content"]
    assert shown.startswith('<div class="coach-safety"')
    assert texts.SAFETY_LABEL in shown and "Call 988." in shown
    assert view.scripts == []
    assert texts.SOURCES_NONE in view.sources_html


def test_boundary_turn_hands_its_scripts_to_the_cards() -> None:
    turn = make_turn(intent="boundary", answer="Here are three ways [1].", scripts=SCRIPTS)
    view = ask(ScriptedCoach(turn), handlers.Session(), "Help me word a boundary")[-1]
    assert [s.tone for s in view.scripts] == ["warm", "firm"]
    assert texts.scripts_pointer(2) in view.messages[-1]["content"]


def test_scripts_inside_the_answer_move_to_the_cards() -> None:
    answer = (
        "Here are ways to say it.\n\n**Warm** (NVC)\n> I love our talks, and I need my "
        "evenings\n> to rest.\n\n**Firm** (I-statement)\n> I need my evenings to myself."
        "\n\n**Why this works**\nBoundaries protect closeness [1]."
    )
    turn = make_turn(intent="boundary", answer=answer, scripts=SCRIPTS)
    shown = render.answer_markdown(turn)
    assert "I love our talks" not in shown and "evenings to myself" not in shown
    pointer = f"*{texts.scripts_pointer(2)}*"
    assert shown == f"Here are ways to say it.\n\n{pointer}\n\n**Why this works**\n" + (
        "Boundaries protect closeness [1]."
    )
    session = handlers.Session(exchanges=[handlers.Exchange("Help", turn, shown)])
    md = handlers.transcript(session, "now")
    assert md.count("I love our talks") == 1 and texts.SCRIPTS_HEADING not in md


def test_long_input_shows_a_visible_truncation_notice_once(real_coach) -> None:
    message = "How do I ask for space? " + "really " * 3000
    view = ask(real_coach, handlers.Session(), message)[-1]
    shown = view.messages[-1]["content"]
    notice = TRUNCATED_NOTICE.format(limit=real_coach.max_input_chars)
    assert 'class="coach-notice"' in shown
    assert shown.count(notice) == 1
    assert len(view.messages[0]["content"]) < len(message)


def test_an_internal_error_is_a_friendly_message_not_a_traceback() -> None:
    coach = BrokenCoach(RuntimeError("boom at line 42"))
    view = ask(coach, handlers.Session(), "hello")[-1]
    shown = view.messages[-1]["content"]
    assert shown == INTERNAL_ERROR_MESSAGE
    assert "boom" not in shown and "Traceback" not in shown
    assert view.session.exchanges[-1].turn is None


def test_an_unreachable_index_says_what_is_wrong() -> None:
    coach = BrokenCoach(IndexUnavailable("Run `coach ingest --rebuild`."))
    shown = ask(coach, handlers.Session(), "hello")[-1].messages[-1]["content"]
    assert "coach ingest --rebuild" in shown


def test_each_session_keeps_its_own_history() -> None:
    coach = ScriptedCoach(make_turn(answer="Answer one [1]."))
    alice, bob = handlers.Session(), handlers.Session()
    ask(coach, alice, "first from alice")
    ask(coach, alice, "second from alice")
    ask(coach, bob, "first from bob")
    assert coach.calls[1] == ("second from alice", [("first from alice", "Answer one [1].")])
    assert coach.calls[2] == ("first from bob", [])
    assert alice.id != bob.id
    assert len(alice.exchanges) == 2 and len(bob.exchanges) == 1


def test_new_chat_starts_empty() -> None:
    view = handlers.new_chat()
    assert view.messages == [] and view.scripts == []
    assert texts.SOURCES_EMPTY in view.sources_html


def test_thumbs_are_stored_as_json_lines_with_the_turn(tmp_path: Path) -> None:
    store = FeedbackStore(tmp_path / "data")
    coach = ScriptedCoach(make_turn(answer="Answer [1]."))
    session = handlers.Session()
    ask(coach, session, "first")
    ask(coach, session, "second")
    assert handlers.record_feedback(store, session, 3, False) == texts.FEEDBACK_THANKS_DOWN
    assert handlers.record_feedback(store, session, [1], True) == texts.FEEDBACK_THANKS_UP
    lines = (tmp_path / "data" / "feedback.jsonl").read_text(encoding="utf-8").splitlines()
    first, second = (json.loads(line) for line in lines)
    assert first["rating"] == "down" and first["query"] == "second"
    assert first["history"] == [["first", "Answer [1]."]]
    assert first["turn"]["answer"] == "Answer [1]."
    assert first["turn"]["sources"][0]["section"] == "Final Thoughts"
    assert second["rating"] == "up" and second["query"] == "first"
    assert first["session"] == second["session"] == session.id


def test_feedback_on_a_message_that_does_not_exist_is_ignored(tmp_path: Path) -> None:
    store = FeedbackStore(tmp_path)
    assert handlers.record_feedback(store, handlers.Session(), 7, True) == ""
    assert store.read() == []


def test_transcript_is_markdown_with_answers_scripts_and_sources() -> None:
    coach = ScriptedCoach(make_turn(intent="boundary", answer="Ways [1].", scripts=SCRIPTS))
    session = handlers.Session()
    ask(coach, session, "Help me <say> no")
    md = handlers.transcript(session, "2026-01-01T00:00:00+00:00")
    assert md.startswith(texts.EXPORT_TITLE)
    assert "## You\n\nHelp me <say> no" in md
    assert "## Coach\n\nWays [1]." in md
    assert "- **Warm · NVC**: I love our talks" in md
    assert "1. Final Thoughts\n2. Healthy boundaries" in md


def test_builder_asks_for_who_and_need_first() -> None:
    def never(message: str) -> Turn:
        raise AssertionError("should not run")

    assert handlers.build_boundary(never, "", "x", "y", "any").message == texts.BUILDER_MISSING
    assert handlers.build_boundary(never, "my mom", "x", " ", "any").cards == []


def test_builder_puts_the_chosen_tone_first_and_checks_every_script() -> None:
    asked: list[str] = []

    def run(message: str) -> Turn:
        asked.append(message)
        return make_turn(intent="boundary", answer="Ways [1].", scripts=SCRIPTS)

    view = handlers.build_boundary(
        run, "my sister", "she calls me every night", "I need evenings to myself", "firm"
    )
    assert asked == [
        "Help me word a boundary with my sister: she calls me every night. "
        "I need evenings to myself."
    ]
    assert [c.label for c in view.cards] == ["Firm · I-statement", "Warm · NVC"]
    verdicts = [c.rubric for c in view.cards]
    assert all(v.passed is not None and v.checks for v in verdicts)
    # "NVC" is not one of the coach's named frameworks, so the rubric flags it.
    assert ("framework", False) in verdicts[1].checks


def test_builder_without_scripts_explains_what_to_try() -> None:
    view = handlers.build_boundary(lambda m: make_turn(), "my boss", "emails", "rest", "any")
    assert view.message == texts.BUILDER_NO_SCRIPTS and view.cards == []


def test_builder_safety_reply_replaces_the_scripts() -> None:
    turn = make_turn(intent="safety", answer="Please reach out to someone you trust.")
    view = handlers.build_boundary(lambda m: turn, "my husband", "hits me", "safety", "any")
    assert view.cards == [] and "coach-safety" in view.message


def test_rubric_that_cannot_run_says_so() -> None:
    assert RubricView(passed=None).markdown() == f"*{texts.RUBRIC_UNAVAILABLE}*"
    md = RubricView(passed=False, checks=[("no_blame", False)]).markdown()
    assert texts.RUBRIC_FAILED in md and "✗ blames no one" in md


def test_stop_marks_an_unfinished_answer_and_ends_its_stream() -> None:
    coach = ScriptedCoach(make_turn(answer="Never shown."), pieces=["One ", "two ", "three"])
    session = handlers.Session()
    handlers.add_message(session, "Tell me")
    stream = handlers.respond(coach, session)
    next(stream)  # "One " is on the page
    view = handlers.stop(session)
    assert view.messages[-1]["content"] == f"One\n\n*{texts.STOPPED}*"
    assert list(stream) == []  # the stream notices and ends without a final answer
    assert session.exchanges[-1].turn is None and session.history() == []


def test_stop_after_a_finished_answer_changes_nothing() -> None:
    session = handlers.Session()
    ask(ScriptedCoach(make_turn(answer="Done [1].")), session, "Hi")
    assert handlers.stop(session).messages[-1]["content"] == "Done [1]."


def test_feedback_that_cannot_be_saved_says_so_without_failing(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the data dir should be", encoding="utf-8")
    session = handlers.Session()
    ask(ScriptedCoach(make_turn()), session, "Hi")
    message = handlers.record_feedback(FeedbackStore(blocker), session, 1, True)
    assert message == texts.FEEDBACK_NOT_SAVED


def test_several_turns_run_at_once_only_without_an_llm() -> None:
    from types import SimpleNamespace

    from ui.app import chat_concurrency

    extractive = SimpleNamespace(responder=SimpleNamespace(name="extractive"))
    llm = SimpleNamespace(responder=SimpleNamespace(name="llamacpp/qwen2.5-coder-1.5b"))
    assert chat_concurrency(extractive) > 1
    assert chat_concurrency(llm) == 1
    assert chat_concurrency(object()) == 1


EXPORT_FOLDER_SCRIPT = """
import os, sys, tempfile
from assistant.settings import Settings
from ui.app import build_app

class Quiet:
    responder = None
    def stream(self, message, history=()):
        yield from ()

build_app(Quiet(), Settings(data_dir=sys.argv[1], backend="extractive"))
print(*[name for name in os.listdir(tempfile.gettempdir()) if name.startswith("coach-exports-")])
"""


def test_the_export_folder_is_removed_when_the_app_process_ends(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    scratch = tmp_path / "tmp"
    scratch.mkdir()
    done = subprocess.run(
        [sys.executable, "-c", EXPORT_FOLDER_SCRIPT, str(tmp_path / "data")],
        capture_output=True,
        text=True,
        env={**os.environ, "TMPDIR": str(scratch)},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert len(done.stdout.split()) == 1  # the app made its export folder ...
    assert not any(p.name.startswith("coach-exports-") for p in scratch.iterdir())  # ... gone


def test_the_pointer_to_the_cards_counts_one_script_in_the_singular() -> None:
    assert texts.scripts_pointer(1) == "1 way to say it is in the card below, with a copy button."
    assert texts.scripts_pointer(3).startswith("3 ways to say it are in the cards below")

"""Which earlier message a wording request points back to (`coach/context.py`)."""

from __future__ import annotations

from assistant.coach.context import SITUATION_LOOKBACK, context_for

TOLD = {
    "my mom calls me five times a day at work",
    "my boss emails me at midnight and expects answers",
}


def tells(message: str) -> bool:
    return message in TOLD


def test_no_history_gives_no_context() -> None:
    assert context_for("help me say it", [], tells) is None


def test_the_latest_story_wins_over_a_question_after_it() -> None:
    earlier = ["my mom calls me five times a day at work", "is it normal to feel guilty?"]
    assert context_for("ok what do i say", earlier, tells) == earlier[0]


def test_a_request_that_names_a_person_reaches_the_story_about_them() -> None:
    earlier = [
        "my mom calls me five times a day at work",
        "my boss emails me at midnight and expects answers",
        "thanks",
    ]
    assert context_for("the thing with my mum i mentioned", earlier, tells) == earlier[0]
    assert context_for("write one for him", earlier, tells) == earlier[1]


def test_without_a_story_the_previous_message_is_the_context() -> None:
    earlier = ["hello", "is it normal to feel guilty?"]
    assert context_for("what do i say", earlier, tells) == earlier[-1]


def test_a_story_too_far_back_is_not_reached() -> None:
    earlier = ["my mom calls me five times a day at work", *["ok"] * SITUATION_LOOKBACK]
    assert context_for("what do i say", earlier, tells) == "ok"

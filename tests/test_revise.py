"""Content changes a restyle asks for: a sentence to add, or "we" for "I"."""

from __future__ import annotations

import pytest

from assistant.coach.revise import added_sentence, as_we, revision_of


@pytest.mark.parametrize(
    ("message", "sentence"),
    [
        (
            "add that i appreciate everything she does",
            "I also want you to know that I appreciate everything you do.",
        ),
        (
            "can it say i'll still come for christmas day",
            "I also want you to know that I'll still come for christmas day.",
        ),
        ("mention how much i love him lol", "I want you to know how much I love you."),
    ],
)
def test_a_sentence_to_add_is_said_to_them(message: str, sentence: str) -> None:
    assert added_sentence(message, "my mom") == sentence


@pytest.mark.parametrize(
    "message", ["make it softer", "can you mention the kids too", "add something nicer"]
)
def test_no_sentence_is_made_up_from_a_message_that_gives_none(message: str) -> None:
    assert added_sentence(message, "my mom") is None


def test_we_replaces_i_and_keeps_sentence_case() -> None:
    text = "I care about you. When you drop by, it's hard for me. I am asking you to call."
    assert (
        as_we(text)
        == "We care about you. When you drop by, it's hard for us. We are asking you to call."
    )


def test_the_changes_of_every_restyle_since_the_request_add_up() -> None:
    revision = revision_of(
        ["add that i love her", "shorter", "can it come from both of us"], "my mom"
    )
    assert revision.added == ["I also want you to know that I love you."] and revision.we

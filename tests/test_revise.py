"""Content changes a restyle asks for: a sentence to add, or "we" for "I"."""

from __future__ import annotations

import pytest

from assistant.coach.revise import acknowledgement, added_sentence, as_we, revision_of


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
    "message",
    [
        "make it softer",
        "can you mention the kids too",
        "add something nicer",
        "add that i",
        "add that",
    ],
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


@pytest.mark.parametrize(
    ("message", "we"),
    [
        ("can it say 'we' instead", True),
        ("use we not i", True),
        ("firmer. and say we'll leave dinner early if she brings it up again", False),
    ],
)
def test_only_a_request_for_it_makes_a_we_version(message: str, we: bool) -> None:
    assert revision_of([message], "my mom").we is we


@pytest.mark.parametrize(
    ("message", "heard"),
    [
        ("what if he says 'i just worry about you'", "I hear that you just worry about me."),
        (
            "what if his mom says we're ungrateful after everything",
            "I hear that you think we're ungrateful after everything.",
        ),
        ("what if she says she has nowhere else to go", "I hear that you have nowhere else to go."),
        (
            "what if he gets defensive and says im paranoid",
            "I hear that you think I'm paranoid.",
        ),
        (
            "what if she says 'you're overreacting'",
            "I hear that you think I'm overreacting.",
        ),
        ("what if she cries", "I can see this is hard to hear."),
        ("and if they say 'relax its just a joke'", "I hear you."),
    ],
)
def test_a_pushback_is_heard_back_from_the_users_side(message: str, heard: str) -> None:
    assert acknowledgement(message) == heard

"""Messages that are not boundaries (`coach/kinds.py`): read from the user's words,
written in the kind's structure, and checked."""

from __future__ import annotations

import pytest

from assistant.coach.kinds import Occasion, check_message, read_occasion, write_messages


def _first(message: str, kind: str) -> str:
    scripts = write_messages(read_occasion(message, kind), ("warm", "direct", "firm"))
    assert scripts, f"no {kind} message for {message!r}"
    return scripts[0].text


def test_an_apology_owns_what_the_user_did_said_to_the_person() -> None:
    text = _first(
        "i roasted my brother at his birthday and it went too far. what do i text him", "apology"
    )
    assert text.startswith("I'm sorry I roasted you at your birthday")
    assert "brother" not in text


def test_congratulations_say_the_news_back_to_them() -> None:
    text = _first("my sister passed the bar!! what do i write", "celebrate")
    assert text.startswith("You passed the bar!") and "proud" in text


def test_support_names_what_happened_to_them() -> None:
    text = _first("my friend's dad died last week. what do i say", "support")
    assert "your dad died last week" in text and "here" in text


def test_thanks_take_the_act_after_for() -> None:
    text = _first("i want to thank my mom for helping me move", "gratitude")
    assert text.startswith("I wanted to say thank you for helping me move")


def test_a_reach_out_does_not_apologise_for_a_feeling() -> None:
    occasion = read_occasion(
        "i'm still hurt my dad remarried so fast but i want to stop freezing him out. "
        "how do i reach out",
        "reconnect",
    )
    assert occasion.event == ""
    assert "sorry" not in write_messages(occasion, ("warm",))[0].text


def test_the_person_the_request_names_is_the_one_spoken_to() -> None:
    occasion = read_occasion(
        "I was rude to the waiter on our date and my girlfriend was embarrassed. "
        "How do I apologize to her?",
        "apology",
    )
    assert "they" not in occasion.event


@pytest.mark.parametrize(
    "kind", ["apology", "reconnect", "support", "celebrate", "gratitude", "express"]
)
def test_a_request_with_nothing_readable_still_gets_a_checked_message(kind: str) -> None:
    for tones, written in (
        (("warm", "direct", "firm"), ["warm", "direct", "brief"]),
        (("gentle", "warm", "direct"), ["gentle", "warm", "direct"]),
    ):
        scripts = write_messages(Occasion(kind), tones)
        assert [s.tone for s in scripts] == written
        assert all(check_message(s.text, Occasion(kind)).passed for s in scripts)


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("i forgot my best friend's birthday. how do i apologize", "apology"),
        ("my friend's dad died last week. what do i say", "support"),
        ("my sister passed the bar!! what do i write", "celebrate"),
        ("haven't talked to my college roommate in 2 years, want to reach out", "reconnect"),
    ],
)
def test_a_softer_restyle_brings_a_new_gentler_message(message: str, kind: str) -> None:
    occasion = read_occasion(message, kind)
    before = {s.text for s in write_messages(occasion, ("warm", "direct", "firm"))}
    softer = write_messages(occasion, ("gentle", "warm", "direct"))
    assert softer[0].tone == "gentle" and softer[0].text not in before
    assert check_message(softer[0].text, occasion).passed


def test_a_blaming_clause_is_left_out_rather_than_said() -> None:
    occasion = Occasion("apology", "my sister", "you always start it", ["always", "start"])
    text = write_messages(occasion, ("warm",))[0].text
    assert "always" not in text and "sorry" in text


def test_a_shorter_message_keeps_two_sentences() -> None:
    occasion = read_occasion("i forgot my best friend's birthday. how do i apologize", "apology")
    occasion.short = True
    text = write_messages(occasion, ("warm",))[0].text
    assert text.count(".") + text.count("?") <= 2 and "sorry" in text

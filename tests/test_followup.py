"""What follows from a restyle or an elliptical question (the classifier decides which)."""

from __future__ import annotations

from assistant.coach.followup import condense, condensed_question, modifiers_of, restyle_of

REQUEST = "How do I tell my mom to stop calling me every day?"


def test_make_it_firmer_shifts_the_tones_up() -> None:
    restyle = restyle_of(["make it firmer"])
    assert restyle.tones == ("direct", "firm", "very firm")
    assert not restyle.short


def test_modifiers_accumulate_in_order() -> None:
    restyle = restyle_of(["make it firmer", "shorter please", "a bit softer?"])
    assert restyle.modifiers == ["firmer", "shorter", "softer"]
    assert restyle.tones == ("warm", "direct", "firm")
    assert restyle.short


def test_firmer_at_the_top_says_it_cannot_go_further() -> None:
    restyle = restyle_of(["firmer", "even firmer"])
    assert restyle.tones == ("direct", "firm", "very firm")
    assert restyle.at_limit == "firmer"


def test_a_restyle_that_names_no_direction_keeps_the_tones() -> None:
    restyle = restyle_of(["can you give me another version"])
    assert restyle.modifiers == [] and restyle.tones == ("warm", "direct", "firm")


def test_as_a_text_message_asks_for_the_short_form() -> None:
    assert modifiers_of("can u make it a text message") == ["shorter"]


def test_an_elliptical_question_is_condensed_with_the_previous_message() -> None:
    short = condensed_question("why does that matter?", [("What is emotional safety?", "...")])
    assert short is not None
    assert short.query == condense("why does that matter?", "What is emotional safety?")
    assert short.search == "What is emotional safety?"  # "matter" is not a topic


def test_a_follow_up_adds_its_own_topic_words_to_the_search() -> None:
    short = condensed_question("what if she gets upset?", [(REQUEST, "...")])
    assert short is not None and short.search.startswith("gets upset")


def test_a_message_that_stands_on_its_own_is_not_condensed() -> None:
    assert condensed_question("What are rituals of connection?", [(REQUEST, "...")]) is None
    assert condensed_question("why does that matter?", []) is None

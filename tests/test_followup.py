"""Follow-ups resolved against the explicit history."""

from __future__ import annotations

from assistant.followup import after_boundary, asks_about_reaction, condense, modifiers_of, resolve

REQUEST = "How do I tell my mom to stop calling me every day?"
SCRIPTS_ANSWER = "Here are a few ways to say it to your mom."


def test_without_history_a_message_is_new() -> None:
    follow = resolve("make it firmer", [])
    assert follow.kind == "new" and follow.query == "make it firmer"


def test_make_it_firmer_shifts_the_tones_up_and_keeps_the_request() -> None:
    follow = resolve("make it firmer", [(REQUEST, SCRIPTS_ANSWER)])
    assert follow.kind == "restyle"
    assert follow.request == REQUEST
    assert follow.tones == ("direct", "firm", "very firm")
    assert not follow.short


def test_modifiers_accumulate_across_turns() -> None:
    history = [(REQUEST, SCRIPTS_ANSWER), ("make it firmer", "..."), ("shorter please", "...")]
    follow = resolve("a bit softer?", history)
    assert follow.request == REQUEST
    assert follow.modifiers == ["firmer", "shorter", "softer"]
    assert follow.tones == ("warm", "direct", "firm")
    assert follow.short


def test_firmer_at_the_top_says_it_cannot_go_further() -> None:
    history = [(REQUEST, SCRIPTS_ANSWER), ("firmer", "...")]
    follow = resolve("even firmer", history)
    assert follow.tones == ("direct", "firm", "very firm")
    assert follow.at_limit == "firmer"


def test_restyle_without_an_earlier_request_has_no_request() -> None:
    follow = resolve("shorter please", [("What is interdependence?", "It is...")])
    assert follow.kind == "restyle" and follow.request is None


def test_an_elliptical_question_is_condensed_with_the_previous_request() -> None:
    follow = resolve("what if she gets upset?", [(REQUEST, SCRIPTS_ANSWER)])
    assert follow.kind == "query"
    assert follow.query == condense("what if she gets upset?", REQUEST)
    assert "calling me every day" in follow.query


def test_why_does_that_matter_refers_to_the_question_before_restyles() -> None:
    history = [("What is emotional safety?", "..."), ("shorter please", "...")]
    follow = resolve("why does that matter?", history)
    assert "emotional safety" in follow.query


def test_retrieval_looks_for_the_earlier_request_plus_what_the_follow_up_adds() -> None:
    why = resolve("why does that matter?", [("What is emotional safety?", "...")])
    assert why.search == "What is emotional safety?"  # "matter" is not a topic
    upset = resolve("what if she gets upset?", [(REQUEST, SCRIPTS_ANSWER)])
    assert upset.search is not None
    assert upset.search.startswith("gets upset ") and upset.search.endswith(REQUEST)


def test_a_why_follow_up_retrieves_the_earlier_topic_not_a_heading_about_mattering(
    retriever,
) -> None:
    follow = resolve("Why does that matter?", [("How do I set boundaries with my mom?", "...")])
    assert follow.search is not None
    sections = [p.section for p in retriever.retrieve(follow.search, k=4)]
    assert "boundaries" in sections[0].lower()
    assert not any(s.endswith("Why it matters more than ever today") for s in sections)


def test_a_standalone_question_is_not_condensed() -> None:
    follow = resolve("How do couples build rituals of connection?", [(REQUEST, SCRIPTS_ANSWER)])
    assert follow.kind == "new"


def test_a_new_wording_request_is_not_a_restyle() -> None:
    assert modifiers_of("How do I tell my boss, briefly, that I won't work weekends?") == []
    assert modifiers_of("shorter please") == ["shorter"]
    assert modifiers_of("make it firmer") == ["firmer"]


def test_reaction_questions_are_recognised() -> None:
    assert asks_about_reaction("what if she gets upset?")
    assert asks_about_reaction("and if he pushes back?")
    assert not asks_about_reaction("why does that matter?")


def test_after_boundary_skips_restyles() -> None:
    assert after_boundary([(REQUEST, "..."), ("shorter please", "...")])
    assert not after_boundary([("What is interdependence?", "...")])

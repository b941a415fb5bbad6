"""The coaching chain end to end on the real index: every intent, follow-ups, streaming."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

import pytest

from assistant.coach.boundary import check_script
from assistant.coach.chain import Coach
from assistant.coach.extractive import ExtractiveResponder
from assistant.coach.texts import (
    BOUNDARY_DETAILS_NOTE,
    OFF_TOPIC_MESSAGE,
    SMALL_TALK_AFTER_SCRIPTS,
    SMALL_TALK_MESSAGE,
    THIN_EVIDENCE_NOTE,
)
from assistant.safety.texts import (
    CHECK_IN_MESSAGE,
    CHECK_IN_THANKS,
    SAFETY_FOLLOWUP_MESSAGE,
    SAFETY_MESSAGE,
)
from assistant.schema import Draft, History, Passage, Turn

REQUEST = "How do I tell my mom to stop calling me every day?"


class RecordingRetriever:
    """The real retriever, remembering every query it was asked."""

    def __init__(self, inner) -> None:
        self.inner = inner
        self.queries: list[str] = []

    def retrieve(self, query: str, k: int = 4) -> list[Passage]:
        self.queries.append(query)
        return self.inner.retrieve(query, k)


class PieceStreamer:
    """A streaming responder: the extractive answer, word by word, then the Draft."""

    name = "streamer"

    def __init__(self, inner: ExtractiveResponder) -> None:
        self.inner = inner

    def answer(self, query: str, passages: Sequence[Passage], history: History = ()) -> Draft:
        return Draft(text=self.inner.compose(query, passages), backend=self.name)

    def stream(
        self, query: str, passages: Sequence[Passage], history: History = ()
    ) -> Iterator[str | Draft]:
        draft = self.answer(query, passages, history)
        for word in draft.text.split(" "):
            yield word + " "
        yield draft


@pytest.fixture()
def recorder(retriever) -> RecordingRetriever:
    return RecordingRetriever(retriever)


@pytest.fixture()
def coach(recorder, embeddings, reader) -> Coach:
    return Coach(retriever=recorder, responder=ExtractiveResponder(embeddings), reader=reader)


@pytest.mark.parametrize(
    "message",
    ["my husband hits me, how do I set a boundary?", "kms", "I don't want to be alive anymore"],
)
def test_safety_gets_the_fixed_reply_before_any_retrieval(coach, recorder, message) -> None:
    turn = coach.run(message)
    assert turn.intent == "safety"
    assert turn.answer == SAFETY_MESSAGE
    assert turn.sources == [] and turn.scripts == []
    assert recorder.queries == []


def test_the_safety_reply_names_concrete_resources() -> None:
    for resource in ("emergency number", "988", "Domestic Violence Hotline", "keep talking"):
        assert resource in SAFETY_MESSAGE
    assert "confront" not in SAFETY_MESSAGE.lower()


def test_safety_also_wins_inside_a_follow_up(coach) -> None:
    turn = coach.run("he slapped me when I said that", [(REQUEST, "...")])
    assert turn.intent == "safety" and turn.scripts == []


@pytest.mark.parametrize(
    "follow_up", ["how do I tell him to stop?", "make it firmer", "what if he gets angry?"]
)
def test_wording_help_after_a_disclosure_stays_a_safety_reply(coach, follow_up) -> None:
    history = [("my husband hits me when he drinks", SAFETY_MESSAGE)]
    turn = coach.run(follow_up, history)
    assert turn.intent == "safety" and turn.scripts == []
    assert turn.answer == SAFETY_FOLLOWUP_MESSAGE  # the same resources, not the whole text again


def test_thanks_after_a_disclosure_gets_the_short_safety_reply(coach) -> None:
    history = [("I keep thinking about ending it all", SAFETY_MESSAGE)]
    turn = coach.run("thank you, that helps", history)
    assert turn.intent == "safety" and turn.answer == SAFETY_FOLLOWUP_MESSAGE


def test_a_new_disclosure_in_a_follow_up_gets_the_full_reply(coach) -> None:
    history = [("my husband hits me when he drinks", SAFETY_MESSAGE)]
    assert coach.run("and last night he choked me", history).answer == SAFETY_MESSAGE


def test_the_short_safety_reply_still_names_every_resource() -> None:
    for resource in ("emergency number", "988", "1-800-799-7233", "keep talking"):
        assert resource in SAFETY_FOLLOWUP_MESSAGE
    assert "confront" not in SAFETY_FOLLOWUP_MESSAGE.lower()


def test_a_follow_up_is_answered_as_asked_but_retrieved_by_its_topic(coach, recorder) -> None:
    coach.run("why does that matter?", [("What is emotional safety?", "It means...")])
    assert recorder.queries[-1] == "What is emotional safety?"


def test_an_unrelated_question_after_a_disclosure_is_answered(coach) -> None:
    history = [("my husband hits me when he drinks", SAFETY_MESSAGE)]
    assert coach.run("What are rituals of connection?", history).intent == "question"


def test_off_topic_gets_a_short_redirect_and_no_answer(coach, recorder) -> None:
    turn = coach.run("Write a Python function that sorts a list of dictionaries by key")
    assert turn.intent == "off_topic"
    assert turn.answer == OFF_TOPIC_MESSAGE
    # one look at the closest passage decides whether the message is in the article's
    # words; no passage is cited and nothing is answered from it
    assert turn.sources == [] and len(recorder.queries) <= 1


def test_a_boundary_request_gets_three_checked_scripts_and_cited_guidance(coach, recorder) -> None:
    turn = coach.run(REQUEST)
    assert turn.intent == "boundary"
    assert len({s.tone for s in turn.scripts}) >= 3
    assert all(check_script(s, REQUEST).passed for s in turn.scripts)
    assert "setting healthy boundaries" in recorder.queries[0]
    cited = {int(n) for n in re.findall(r"\[(\d+)\]", turn.answer)}
    assert cited and all(1 <= n <= len(turn.sources) for n in cited)
    assert any("oundar" in turn.sources[n - 1].section for n in cited)
    assert "Why this works" in turn.answer and "If they push back" in turn.answer
    for script in turn.scripts:
        assert script.text in turn.answer


def test_make_it_firmer_restyles_the_previous_scripts(coach) -> None:
    first = coach.run(REQUEST)
    firmer = coach.run("make it firmer", [(REQUEST, first.answer)])
    assert firmer.intent == "boundary"
    # The window moves one tone firmer; the direct and firm scripts were just shown.
    assert [s.tone for s in firmer.scripts] == ["very firm"]
    assert all("calling me every day" in s.text for s in firmer.scripts)
    shorter = coach.run(
        "shorter please", [(REQUEST, first.answer), ("make it firmer", firmer.answer)]
    )
    full = {s.tone: s.text for s in [*first.scripts, *firmer.scripts]}
    assert [s.tone for s in shorter.scripts] == ["direct", "firm", "very firm"]
    assert all(len(s.text.split()) < len(full[s.tone].split()) for s in shorter.scripts)


@pytest.mark.parametrize("message", ["How do I set a boundary with my mom?"])
def test_a_wording_request_without_a_situation_gets_guidance_and_an_invitation(
    coach, message
) -> None:
    turn = coach.run(message)  # a wording turn with no scripts yet: guidance, then ask
    assert turn.intent == "boundary" and turn.scripts == []
    assert turn.sources and turn.answer.endswith(BOUNDARY_DETAILS_NOTE)


def test_a_restyle_of_a_request_with_nothing_to_word_asks_again_never_shows_empty_scripts(
    coach,
) -> None:
    vague = "How do I set a boundary with my mom?"
    first = coach.run(vague)
    turn = coach.run("make it softer", [(vague, first.answer)])
    assert all(s.text.strip() for s in turn.scripts)
    assert turn.scripts == [] and turn.answer.endswith(BOUNDARY_DETAILS_NOTE)


def test_shorter_please_without_scripts_asks_for_the_situation(coach) -> None:
    turn = coach.run("shorter please", [("What is interdependence?", "It is...")])
    assert turn.intent == "boundary" and turn.scripts == []
    assert "earlier wording" in turn.answer


def test_pushback_after_scripts_gets_pushback_help_and_the_boundary_again(coach) -> None:
    first = coach.run(REQUEST)
    turn = coach.run("what if she gets upset?", [(REQUEST, first.answer)])
    assert turn.intent == "boundary" and turn.route == "pushback"
    assert turn.answer.count("If they push back") == 1
    assert turn.scripts and all("calling me every day" in s.text for s in turn.scripts)


def test_a_pushback_script_first_hears_what_they_said(coach) -> None:
    first = coach.run(REQUEST)
    turn = coach.run("what if she says 'i just worry about you'", [(REQUEST, first.answer)])
    assert turn.route == "pushback" and turn.scripts
    assert all(s.text.startswith("I hear that you just worry about me.") for s in turn.scripts)


def test_a_pushback_keeps_the_tone_and_additions_the_user_chose(coach) -> None:
    first = coach.run(REQUEST)
    firmer = coach.run("make it firmer", [(REQUEST, first.answer)])
    history = [(REQUEST, first.answer), ("make it firmer", firmer.answer)]
    turn = coach.run("what if she says 'i just worry about you'", history)
    assert turn.route == "pushback"
    assert [s.tone for s in turn.scripts] == ["firm", "very firm"]
    added = coach.run("add that I love her", [(REQUEST, first.answer)])
    history = [(REQUEST, first.answer), ("add that I love her", added.answer)]
    turn = coach.run("what if she gets upset?", history)
    assert turn.scripts and all("love you" in s.text for s in turn.scripts)


def test_a_restyle_reaches_back_past_other_turns_to_the_scripts(coach) -> None:
    first = coach.run(REQUEST)
    history = [(REQUEST, first.answer), ("thanks!", "..."), ("why does this work?", "...")]
    turn = coach.run("can you make it softer", history)
    assert turn.route == "restyle" and turn.scripts
    assert all("calling me every day" in s.text for s in turn.scripts)


def test_a_softer_restyle_does_not_repeat_the_scripts_just_shown(coach) -> None:
    first = coach.run(REQUEST)
    turn = coach.run("make it softer", [(REQUEST, first.answer)])
    assert turn.route == "restyle" and turn.scripts
    assert not any(s.text in first.answer for s in turn.scripts)
    assert [s.tone for s in turn.scripts] == ["gentle"]
    again = coach.run("and another version please", [(REQUEST, first.answer)])
    assert again.scripts  # a plain "again" shows them all, the same words included


def test_after_a_check_in_im_safe_gets_the_scripts_the_request_asked_for(coach) -> None:
    turn = coach.run("I'm safe", [(REQUEST, CHECK_IN_MESSAGE)])
    assert turn.intent == "boundary" and turn.scripts
    assert turn.answer.startswith(CHECK_IN_THANKS)
    assert all("calling me every day" in s.text for s in turn.scripts)


def test_a_why_follow_up_after_scripts_gets_no_pushback_section(coach) -> None:
    turn = coach.run("why does that matter?", [(REQUEST, "...")])
    assert turn.intent == "question"
    assert "If they push back" not in turn.answer


def test_a_question_in_the_articles_own_words_is_not_off_topic(coach) -> None:
    turn = coach.run("What are the four key ingredients?")
    assert turn.intent == "question"
    assert turn.sources[0].section.endswith("The four key ingredients")


def test_a_covered_question_is_answered_without_the_thin_evidence_note(coach) -> None:
    turn = coach.run("Why do boundaries matter in a relationship?")
    assert turn.intent == "question" and turn.sources
    assert THIN_EVIDENCE_NOTE not in turn.answer


def test_an_uncovered_relationship_question_says_the_article_does_not_cover_it(coach) -> None:
    turn = coach.run("How do we split custody of our kids after separating?")
    assert turn.intent == "question"
    assert turn.answer.startswith(THIN_EVIDENCE_NOTE)
    assert turn.sources and "[1]" in turn.answer


def test_stream_yields_text_pieces_then_the_turn(recorder, embeddings, reader) -> None:
    coach = Coach(
        retriever=recorder,
        responder=PieceStreamer(ExtractiveResponder(embeddings)),
        reader=reader,
    )
    events = list(coach.stream("What are rituals of connection?"))
    assert isinstance(events[-1], Turn)
    pieces = [e for e in events[:-1] if isinstance(e, str)]
    assert len(pieces) > 3 and "".join(pieces).strip() == events[-1].answer


def test_stream_of_a_boundary_turn_shows_each_script_as_it_is_written(coach) -> None:
    events = list(coach.stream(REQUEST))
    turn = events[-1]
    assert isinstance(turn, Turn) and turn.intent == "boundary"
    pieces = [e for e in events[:-1] if isinstance(e, str)]
    assert "".join(pieces) == turn.answer
    assert len(pieces) == len(turn.scripts) + 2
    for piece, script in zip(pieces[1:-1], turn.scripts, strict=True):
        assert script.text in piece


def test_a_greeting_gets_a_short_introduction_without_retrieval(coach, recorder) -> None:
    turn = coach.run("hi there!")
    assert turn.intent == "off_topic"
    assert turn.answer == SMALL_TALK_MESSAGE
    assert recorder.queries == []


def test_a_wording_request_that_says_her_takes_who_from_the_previous_message(coach) -> None:
    history = [("My girlfriend wants to see me every single day", "...")]
    turn = coach.run("How do I tell her I need a night to myself?", history)
    assert turn.intent == "boundary"
    assert "your girlfriend" in turn.answer
    assert all("night to myself" in s.text for s in turn.scripts)


def test_without_a_reader_the_safety_floor_still_runs(recorder, embeddings) -> None:
    coach = Coach(retriever=recorder, responder=ExtractiveResponder(embeddings))
    assert coach.run("i want to unalive myself").intent == "safety"
    assert coach.run("What is the capital of Peru?").intent == "question"


def test_thanks_after_scripts_gets_a_short_reply_not_the_introduction(coach) -> None:
    first = coach.run(REQUEST)
    turn = coach.run("haha the second one is perfect, thx", [(REQUEST, first.answer)])
    assert turn.intent == "off_topic" and turn.route == "small_talk"
    assert turn.answer == SMALL_TALK_AFTER_SCRIPTS


def test_a_restyle_that_gives_a_sentence_adds_it_to_every_script(coach) -> None:
    first = coach.run(REQUEST)
    turn = coach.run("can you add that i love her", [(REQUEST, first.answer)])
    assert turn.route == "restyle" and turn.scripts
    for script in turn.scripts:
        assert "I also want you to know that I love you." in script.text
        assert "calling me every day" in script.text


def test_a_we_version_says_every_script_as_we(coach) -> None:
    first = coach.run(REQUEST)
    message = "my husband wants it to come from both of us, can it be a 'we' version"
    turn = coach.run(message, [(REQUEST, first.answer)])
    assert turn.route == "restyle" and turn.scripts
    assert all(re.match(r"We\b", s.text) and " I " not in s.text for s in turn.scripts)


def test_a_restyle_right_after_a_story_without_scripts_words_that_story(coach) -> None:
    story = (
        "my flatmate leaves dirty pans in the sink for days. i want him to wash them the same day"
    )
    turn = coach.run("firmer please, nothing changed last time", [(story, "The article says...")])
    assert turn.route == "restyle" and turn.scripts
    assert all("pans" in s.text for s in turn.scripts)
    assert [s.tone for s in turn.scripts] == ["direct", "firm", "very firm"]


def test_a_wording_request_points_back_past_a_question_to_the_story(coach) -> None:
    history = [
        ("my sister asks me to babysit her kids last minute almost every weekend", "..."),
        ("why do I feel so guilty about it?", "..."),
    ]
    turn = coach.run("ok how do i say it to her", history)
    assert turn.intent == "boundary" and turn.scripts
    assert all("babysit" in s.text for s in turn.scripts)


def test_a_restyle_that_states_a_limit_adds_it_to_every_script(coach) -> None:
    story = "my friend is always 40 minutes late to dinner. how do i tell her it bothers me?"
    first = coach.run(story)
    assert first.scripts
    turn = coach.run("firmer. next time i'm leaving after 15 minutes", [(story, first.answer)])
    assert turn.route == "restyle" and turn.scripts
    assert all("leaving after 15 minutes" in s.text for s in turn.scripts)


def test_a_pushback_after_scripts_that_a_restyle_wrote_answers_that_story(coach) -> None:
    story = (
        "my flatmate leaves dirty pans in the sink for days. i want him to wash them the same day"
    )
    restyled = coach.run("firmer please, nothing changed last time", [(story, "The article...")])
    assert restyled.scripts
    history = [
        (story, "The article..."),
        ("firmer please, nothing changed last time", restyled.answer),
    ]
    turn = coach.run("what if he says i'm being uptight", history)
    assert turn.route == "pushback" and turn.scripts
    assert all("pans" in s.text and "what if" not in s.text.lower() for s in turn.scripts)


def test_a_first_message_read_as_a_restyle_that_tells_a_situation_gets_scripts(coach) -> None:
    turn = coach.run("my mil wants to be in the delivery room")
    assert turn.intent == "boundary" and turn.scripts
    assert all("delivery room" in s.text for s in turn.scripts)


def test_help_me_say_no_after_a_story_says_no_to_that_story(coach) -> None:
    story = "my sister keeps asking to borrow my car for the whole weekend"
    turn = coach.run("how do i say no", [(story, "...")])
    assert turn.scripts
    assert all("borrow my car" in s.text and "say no" in s.text for s in turn.scripts)


@pytest.mark.parametrize(
    ("message", "framework", "words"),
    [
        (
            "i snapped at my sister when she asked about my job. how do i apologize",
            "Repair",
            "I'm sorry I snapped at you",
        ),
        (
            "my best friend got the job she wanted!! what do i text her",
            "Active-constructive",
            "proud",
        ),
        ("How do I tell my partner I love them?", "Nonviolent Communication", "I love you"),
    ],
)
def test_a_request_for_another_kind_of_message_is_not_written_as_a_boundary(
    coach, message, framework, words
) -> None:
    turn = coach.run(message)
    assert turn.intent == "boundary" and len(turn.scripts) == 3
    assert all(s.framework.startswith(framework) for s in turn.scripts)
    assert words in turn.scripts[0].text
    assert "If they push back" not in turn.answer and "Why this works" in turn.answer
    assert not any("step away" in s.text or "I need you to" in s.text for s in turn.scripts)


def test_make_it_shorter_after_an_apology_keeps_it_an_apology(coach) -> None:
    request = "i forgot my mom's birthday. what do i say to her"
    first = coach.run(request)
    shorter = coach.run("shorter please", [(request, first.answer)])
    assert shorter.scripts and all("sorry" in s.text.lower() for s in shorter.scripts)
    assert all(len(s.text.split()) <= 25 for s in shorter.scripts)


def test_a_softer_restyle_of_condolences_brings_only_the_new_gentle_message(coach) -> None:
    request = "my friend's dad died last week. what do i text her"
    first = coach.run(request)
    softer = coach.run("more casual pls", [(request, first.answer)])
    assert [s.tone for s in softer.scripts] == ["gentle"]
    assert softer.scripts[0].text not in first.answer
    assert "your dad died" in softer.scripts[0].text


def test_thanks_with_a_change_asked_for_says_both(coach) -> None:
    turn = coach.run(
        "i want to thank my mom for helping with the move but also ask her to stop "
        "rearranging my kitchen"
    )
    assert turn.intent == "boundary" and len(turn.scripts) == 3
    assert all("rearranging my kitchen" in s.text and "thank" in s.text for s in turn.scripts)

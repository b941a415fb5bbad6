"""The extractive responder and input cleaning, at their seams (fake embeddings)."""

from __future__ import annotations

import re

from assistant.coach.extractive import ExtractiveResponder
from assistant.coach.inputs import clean_input
from assistant.knowledge.sentences import split_sentences
from assistant.schema import Passage
from tests.fakes import HashEmbeddings


def _passage(section: str, text: str, n: int) -> Passage:
    return Passage(chunk_id=f"c{n}", source="a.md", section=section, text=text, score=1.0 / n)


PASSAGES = [
    _passage(
        "How to build > Embrace repair after rupture",
        "No relationship is perfect. If there’s a conflict or hurt feelings, own your part. "
        "Be willing to apologize and forgive.",
        1,
    ),
    _passage(
        "Signs > You’re able to disagree respectfully",
        "You can have different opinions, even strong ones, and still treat each other with "
        "kindness.\n\n- You focus more on understanding than on being right.",
        2,
    ),
]


def test_sentences_and_list_items_are_split_in_order():
    text = "One thing here. Two “quoted” things! Three?\n\n- a list item here\n- another one"
    assert split_sentences(text) == [
        "One thing here.",
        "Two “quoted” things!",
        "Three?",
        "a list item here",
        "another one",
    ]


def test_answer_quotes_the_passages_verbatim_with_valid_citations():
    responder = ExtractiveResponder(HashEmbeddings(), max_sentences=3)
    draft = responder.answer("How do I apologize after a conflict?", PASSAGES)
    assert draft.backend == "extractive" and draft.fallback is None
    cited = {int(n) for n in re.findall(r"\[(\d+)\]", draft.text)}
    assert cited and cited <= {1, 2}
    assert 1 in cited  # the best passage always speaks
    assert "Be willing to apologize and forgive." in draft.text


def test_answer_is_deterministic():
    responder = ExtractiveResponder(HashEmbeddings())
    first = responder.answer("disagree kindly", PASSAGES).text
    assert first == ExtractiveResponder(HashEmbeddings()).answer("disagree kindly", PASSAGES).text


def test_subsections_of_the_top_passage_are_named():
    outline = [
        "Top",
        "Top > Ingredients",
        "Top > Ingredients > Respect",
        "Top > Ingredients > Safety",
    ]
    responder = ExtractiveResponder(HashEmbeddings(), outline=lambda: outline)
    passages = [
        _passage("Top > Ingredients", "There are a few things that need to be in place.", 1)
    ]
    text = responder.answer("what is needed?", passages).text
    assert "**Respect** and **Safety**" in text


def test_no_passages_means_no_answer():
    assert ExtractiveResponder(HashEmbeddings()).answer("anything", []).text == ""


def test_clean_input_handles_bad_bytes_control_chars_and_length():
    assert clean_input(b"\xff\xfe\x00bad", 100).problem
    assert clean_input(b"\xff how do i tell her".decode("utf-8", "surrogateescape"), 100).problem
    assert clean_input(None, 100).text == ""
    assert clean_input("  hi\x00there\x07  ", 100).text == "hi there"
    long = clean_input("word " * 1000, 120)
    assert len(long.text) <= 120 and long.notices
    assert not long.text.endswith("wor")  # cut on a word boundary


LIST_PASSAGE = _passage(
    "What it means > Everyday life",
    "So how do you know if your relationship leans toward interdependence?\n\n"
    "Here are a few everyday signs:\n\n"
    "- You both have hobbies outside of each other.\n"
    "- You can ask for help without feeling like you are failing.\n"
    "- Decisions are made together.\n\n"
    "None of that requires perfection.",
    1,
)


def test_a_lead_in_sentence_brings_its_list_and_items_are_not_repeated():
    responder = ExtractiveResponder(HashEmbeddings(), max_sentences=6)
    answer = responder.compose("everyday signs of interdependence", [LIST_PASSAGE])
    assert (
        "Here are a few everyday signs: you both have hobbies outside of each other; you can "
        "ask for help without feeling like you are failing; decisions are made together."
    ) in answer
    assert answer.count("Decisions are made together") + answer.count("decisions are made") == 1


def test_the_article_s_rhetorical_questions_are_not_quoted_as_answers():
    responder = ExtractiveResponder(HashEmbeddings(), max_sentences=6)
    answer = responder.compose("how do you know if your relationship leans", [LIST_PASSAGE])
    assert "So how do you know" not in answer

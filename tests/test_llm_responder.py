"""The LLM responder and situation reader at the chat-model seam (scripted fake models).

Covers prompt building, citation mapping, the groundedness post-check with its retry
and extractive fallback, streaming, and the boundary writer's rubric retry.
"""

from __future__ import annotations

from typing import Any

import pytest
from langchain_core.callbacks import BaseCallbackHandler
from langchain_core.language_models import FakeListChatModel
from langchain_core.messages import AIMessage, HumanMessage, SystemMessage

from assistant.coach.boundary import write_scripts
from assistant.coach.chain import Coach
from assistant.coach.extractive import ExtractiveResponder
from assistant.errors import BackendError
from assistant.knowledge.sentences import split_sentences
from assistant.llm import prompts as P
from assistant.llm.contradiction import ContradictionJudge, claim_of
from assistant.llm.contradiction import parse_verdict as verdict_of
from assistant.llm.grounding import GroundingChecker, cited_numbers, normalize_citations
from assistant.llm.messages import answer_messages, compact_passages
from assistant.llm.reader import (
    READ_SCHEMA,
    LLMSituationReader,
    parse_reading,
    situation_from,
)
from assistant.llm.responder import LLMResponder, tidy
from assistant.schema import Draft, Passage, Turn

QUESTION = "How do I ask my partner for more alone time?"


class Recorder(BaseCallbackHandler):
    """Keeps every prompt and the keyword options a chat model was called with."""

    def __init__(self) -> None:
        self.prompts: list[list[Any]] = []
        self.options: list[dict[str, Any]] = []

    def on_chat_model_start(self, serialized, messages, **kwargs):  # noqa: ANN001
        self.prompts.append(messages[0])
        self.options.append(kwargs.get("invocation_params") or {})


def scripted(*responses: str) -> tuple[FakeListChatModel, Recorder]:
    recorder = Recorder()
    return FakeListChatModel(responses=list(responses), callbacks=[recorder]), recorder


@pytest.fixture(scope="module")
def passages(retriever) -> list[Passage]:
    found = retriever.retrieve(QUESTION, k=4)
    assert len(found) == 4
    return found


def grounded_answer(passages: list[Passage], embeddings) -> str:
    """Sentences lifted from the first two prompt passages, cited: clearly supported."""
    context = compact_passages(QUESTION, passages, embeddings)
    first = context[0].text.split(". ")[0].rstrip(".")
    second = context[1].text.split(". ")[0].rstrip(".")
    return f"{first} [1]. {second} [2]."


UNGROUNDED = (
    "Book a weekend trip to the mountains with your best friends every month [1]. "
    "Most therapists recommend exactly two hours of screen-free time each evening [2]. "
    "Buying a new phone plan can also reduce arguments about money [1]."
)


# -- prompt building ------------------------------------------------------------------


def test_answer_prompt_is_the_fixed_prefix_then_passages_and_question(passages, embeddings):
    context = compact_passages(QUESTION, passages, embeddings)
    messages = answer_messages(QUESTION, context)
    assert isinstance(messages[0], SystemMessage) and messages[0].content == P.ANSWER_SYSTEM
    assert messages[1].content == P.ANSWER_EXAMPLE_USER
    assert isinstance(messages[2], AIMessage)
    assert messages[2].content == P.ANSWER_EXAMPLE_ASSISTANT
    assert len(messages) == 4 and "Earlier" not in messages[-1].content
    with_earlier = answer_messages(QUESTION, context, earlier="is it normal to want space?")
    assert "Earlier message: is it normal to want space?" in with_earlier[-1].content
    last = messages[-1]
    assert isinstance(last, HumanMessage) and last.content.endswith(f"Question: {QUESTION}")
    assert "[1] " in last.content and "[3] " in last.content and "[4] " not in last.content


def test_compact_passages_keep_rank_order_and_the_word_budget(passages, embeddings):
    context = compact_passages(QUESTION, passages, embeddings, max_passages=3, word_budget=90)
    assert [c.n for c in context] == [1, 2, 3]
    assert [c.section for c in context] == [p.section.split(" > ")[-1] for p in passages[:3]]
    for c, p in zip(context, passages, strict=False):
        sentences = split_sentences(p.text)
        assert c.text and c.text.startswith(tuple(sentences))
        assert len(c.text.split()) <= 30 or c.text in sentences  # one long sentence


def test_the_prompt_prefix_is_identical_for_different_questions(passages, embeddings):
    context = compact_passages(QUESTION, passages, embeddings)
    a = answer_messages(QUESTION, context)
    b = answer_messages("Something else entirely?", context[:1], earlier="hi")
    assert [m.content for m in a[:3]] == [m.content for m in b[:3]]


# -- citations ------------------------------------------------------------------------


def test_citations_are_normalised_and_collected_in_order():
    text = normalize_citations("Say it kindly [2, 1]. Then listen [Passage 3]. Again [2].")
    assert text == "Say it kindly [2] [1]. Then listen [3]. Again [2]."
    assert cited_numbers(text) == [2, 1, 3]


def test_tidy_drops_a_sentence_cut_off_by_the_token_cap():
    assert tidy("You can ask kindly [1]. Then you could also try to") == ("You can ask kindly [1].")


def test_a_citation_beyond_the_prompt_passages_fails_the_check(passages, embeddings):
    checker = GroundingChecker(embeddings)
    context = [c.text for c in compact_passages(QUESTION, passages, embeddings)]
    good = grounded_answer(passages, embeddings)
    assert checker.check(good, context).passed
    report = checker.check(good.replace("[2]", "[7]"), context)
    assert report.bad_citations == [7] and not report.passed


def test_unsupported_sentences_fail_and_supported_ones_pass(passages, embeddings):
    checker = GroundingChecker(embeddings)
    context = [c.text for c in compact_passages(QUESTION, passages, embeddings)]
    report = checker.check(UNGROUNDED, context)
    assert len(report.unsupported) == 3 and not report.passed
    assert all(
        score > checker.threshold
        for _, score in checker.check(grounded_answer(passages, embeddings), context).scores
    )


def test_saying_the_article_does_not_cover_it_needs_no_citation(embeddings):
    report = GroundingChecker(embeddings).check(
        "The article doesn't cover long-distance relationships.", ["Some passage text here."]
    )
    assert report.not_covered and report.passed


# -- the responder ----------------------------------------------------------------------


def responder_with(chat, embeddings, passages_source=None) -> LLMResponder:
    return LLMResponder(chat, "fake/chat", embeddings, fallback=ExtractiveResponder(embeddings))


def test_a_grounded_draft_is_returned_as_written(passages, embeddings):
    chat, recorder = scripted(grounded_answer(passages, embeddings))
    draft = responder_with(chat, embeddings).answer(QUESTION, passages)
    assert draft == Draft(text=grounded_answer(passages, embeddings), backend="fake/chat")
    assert len(recorder.prompts) == 1


def test_a_failing_draft_is_retried_once_with_a_corrective_note(passages, embeddings):
    chat, recorder = scripted(
        grounded_answer(passages, embeddings).replace("[2]", "[9]"),
        grounded_answer(passages, embeddings),
    )
    draft = responder_with(chat, embeddings).answer(QUESTION, passages)
    assert draft.backend == "fake/chat" and draft.fallback is None
    assert len(recorder.prompts) == 2
    assert "Important:" not in recorder.prompts[0][-1].content
    assert P.RETRY_NOTE.format(count=3).strip() in recorder.prompts[1][-1].content


def test_two_ungrounded_drafts_fall_back_to_extractive_and_say_why(passages, embeddings):
    chat, recorder = scripted(UNGROUNDED, UNGROUNDED)
    draft = responder_with(chat, embeddings).answer(QUESTION, passages)
    extractive = ExtractiveResponder(embeddings).answer(QUESTION, passages)
    assert draft.backend == "extractive" and draft.text == extractive.text
    assert draft.fallback and "fake/chat" in draft.fallback and "unsupported" in draft.fallback
    assert len(recorder.prompts) == 2


def test_streaming_yields_pieces_then_the_checked_draft(passages, embeddings):
    answer = grounded_answer(passages, embeddings)
    chat, _ = scripted(answer)
    events = list(responder_with(chat, embeddings).stream(QUESTION, passages))
    pieces = [e for e in events if isinstance(e, str)]
    assert len(pieces) > 5 and "".join(pieces) == answer
    assert events[-1] == Draft(text=answer, backend="fake/chat")


def test_an_ungrounded_stream_is_replaced_by_the_extractive_answer(passages, embeddings):
    chat, recorder = scripted(UNGROUNDED)
    events = list(responder_with(chat, embeddings).stream(QUESTION, passages))
    final = events[-1]
    assert isinstance(final, Draft) and final.backend == "extractive" and final.fallback
    assert len(recorder.prompts) == 1  # no second wait after a streamed draft


class BrokenChat(FakeListChatModel):
    def _call(self, *args: Any, **kwargs: Any) -> str:
        raise BackendError("Cannot reach the Ollama server at http://127.0.0.1:9. Is it running?")


def test_a_backend_error_falls_back_instead_of_failing_the_turn(passages, embeddings):
    draft = responder_with(BrokenChat(responses=["unused"]), embeddings).answer(QUESTION, passages)
    assert draft.backend == "extractive" and "Cannot reach" in (draft.fallback or "")


def test_the_coach_reports_the_llm_backend_and_maps_citations_to_sources(retriever, embeddings):
    passages = retriever.retrieve(QUESTION, k=4)
    chat, _ = scripted(grounded_answer(passages, embeddings))
    coach = Coach(retriever=retriever, responder=responder_with(chat, embeddings), k=4)
    turn = coach.run(QUESTION)
    assert isinstance(turn, Turn) and turn.backend == "fake/chat" and turn.fallback is None
    for n in cited_numbers(turn.answer):
        assert turn.sources[n - 1].chunk_id == passages[n - 1].chunk_id


# -- the situation reader ----------------------------------------------------------------

REQUEST = (
    "my mom calls me every single night at 9 and gets upset if i miss it. how do i ask her "
    "to call every other night"
)
READING = (
    '{"to": "mom", "they_do": "you call me every night at 9 and get upset if I miss it", '
    '"i_need": "I\'d like you to call every other night"}'
)


def test_parse_reading_reads_the_json_fields_and_rejects_anything_else():
    slots = parse_reading(f"```json\n{READING}\n```")
    assert slots is not None and slots["to"] == "mom" and slots["i_need"].startswith("I'd")
    assert parse_reading("mom, every night") is None
    assert parse_reading("[1, 2]") is None


def test_the_reader_asks_for_json_with_the_earlier_message_and_fills_the_slots():
    chat, recorder = scripted(READING)
    reader = LLMSituationReader(chat, "fake/chat")
    situation = reader.read(REQUEST, "is it normal that my mom calls every night?")
    assert situation is not None and situation.who == "my mom"
    assert situation.action == "you call me every night at 9 and get upset if I miss it"
    assert situation.ask == "call every other night" and not situation.want
    prompt = recorder.prompts[0][-1].content
    assert REQUEST in prompt and "is it normal that my mom calls every night?" in prompt
    assert recorder.options[0].get("json_schema") == READ_SCHEMA
    scripts = write_scripts(situation)
    assert len(scripts) == 3 and all("every other night" in s.text for s in scripts)


def test_a_slot_the_user_never_said_is_dropped():
    invented = READING.replace("call every other night", "visit on Sundays and Wednesdays")
    chat, _ = scripted(invented)
    situation = LLMSituationReader(chat, "fake/chat").read(REQUEST)
    assert situation is not None and situation.ask == ""
    assert situation.action.startswith("you call me every night")


def test_the_models_they_and_them_are_not_turned_into_the_person():
    said = "my dad texts me political memes all day and i dont want to see them anymore"
    slots = {
        "to": "dad",
        "they_do": "you text me political memes all day",
        "i_need": "I don't want to see them anymore",
    }
    situation = situation_from(slots, said, said)
    assert situation.who == "my dad" and situation.limit == "I don't want to see them anymore"
    asked = situation_from({**slots, "i_need": "I need him to stop texting them to me"}, said, said)
    assert asked.ask == "stop texting them to me"


def test_a_reading_is_remembered_so_a_restyle_costs_no_call():
    chat, recorder = scripted(READING)
    reader = LLMSituationReader(chat, "fake/chat")
    first = reader.read(REQUEST)
    assert first is not None
    first.short = True  # the chain changes its copy for a restyle
    again = reader.read(REQUEST)
    assert again is not None and again.ask == first.ask and not again.short
    assert len(recorder.prompts) == 1


@pytest.mark.parametrize("reply", ["not json at all", '{"to": "", "they_do": ""}', ""])
def test_no_usable_reading_gives_none(reply):
    chat, _ = scripted(reply)
    assert LLMSituationReader(chat, "fake/chat").read(REQUEST) is None


def test_a_backend_error_gives_none_never_an_exception():
    class Broken(FakeListChatModel):
        def _call(self, *args: Any, **kwargs: Any) -> str:
            raise BackendError("model crashed")

    assert LLMSituationReader(Broken(responses=["x"]), "fake/chat").read(REQUEST) is None


def coach_reading(reply: str, retriever, reader, embeddings) -> Coach:
    """A coach whose situation reader is a scripted chat model giving `reply`."""
    chat, _ = scripted(reply)
    return Coach(
        retriever=retriever,
        responder=ExtractiveResponder(embeddings),
        reader=reader,
        situation_reader=LLMSituationReader(chat, "fake/chat"),
    )


def test_the_chain_falls_back_to_the_rules_when_the_reader_has_nothing(
    retriever, reader, embeddings
):
    turn = coach_reading("not json", retriever, reader, embeddings).run(REQUEST)
    assert turn.intent == "boundary" and turn.scripts
    assert turn.backend == "extractive" and "no usable reading" in (turn.fallback or "")


def test_the_chain_writes_from_the_readers_slots(retriever, reader, embeddings):
    turn = coach_reading(READING, retriever, reader, embeddings).run(REQUEST)
    assert turn.intent == "boundary" and turn.backend == "fake/chat" and turn.fallback is None
    assert all("every other night" in s.text for s in turn.scripts)


def test_the_users_side_of_it_is_said_with_the_readers_slots(retriever, reader, embeddings):
    request = REQUEST.replace("how do i", "i work early shifts. how do i")
    turn = coach_reading(READING, retriever, reader, embeddings).run(request)
    assert turn.backend == "fake/chat" and turn.scripts
    assert all("I work early shifts." in s.text for s in turn.scripts)


def test_a_need_the_reader_missed_is_the_rules_reading(retriever, reader, embeddings):
    without_need = '{"to": "mom", "they_do": "you call me every night at 9", "i_need": ""}'
    turn = coach_reading(without_need, retriever, reader, embeddings).run(REQUEST)
    assert turn.backend == "fake/chat" and turn.scripts
    assert all("every other night" in s.text for s in turn.scripts)


def test_an_uncited_but_grounded_draft_gets_citations_from_the_check(passages, embeddings):
    context = compact_passages(QUESTION, passages, embeddings)
    longest = [max(split_sentences(c.text), key=len) for c in context[:2]]
    answer = " ".join(longest)  # two long sentences, one from each passage, no [n]
    chat, recorder = scripted(answer)
    draft = responder_with(chat, embeddings).answer(QUESTION, passages)
    assert draft.backend == "fake/chat" and draft.fallback is None
    assert cited_numbers(draft.text) == [1, 2] and len(recorder.prompts) == 1


def test_an_uncited_ungrounded_draft_still_falls_back(passages, embeddings):
    chat, _ = scripted(*[UNGROUNDED.replace(" [1]", "").replace(" [2]", "")] * 2)
    draft = responder_with(chat, embeddings).answer(QUESTION, passages)
    assert draft.backend == "extractive" and draft.fallback


def test_tidy_drops_a_sentence_the_model_repeated():
    looped = (
        "Interdependence is mutual support without losing yourself [1]. "
        "Interdependence is mutual support without losing yourself [1]. You still grow [2].\n"
        "- Keep your hobbies."
    )
    assert tidy(looped) == (
        "Interdependence is mutual support without losing yourself [1]. You still grow [2].\n"
        "- Keep your hobbies."
    )


def test_the_users_own_i_and_my_are_not_turned_into_you():
    said = "my mum keeps commenting on what i feed my kids in front of them. help me word it"
    slots = {
        "to": "mum",
        "they_do": "you comment on what you feed your kids in front of them",
        "i_need": "I'd like you to not comment on what you feed your kids",
    }
    situation = situation_from(slots, said, said)
    assert situation.action == "you comment on what I feed my kids in front of them"
    assert situation.ask == "not comment on what I feed my kids"


def test_a_need_said_only_in_the_earlier_message_is_not_carried_into_this_one():
    before = "is it bad that i need a lot of reassurance from my boyfriend"
    request = "he games online every night till 2 and i go to bed alone. what do i say to him"
    slots = {
        "to": "boyfriend",
        "they_do": "you game online every night till 2",
        "i_need": "I need reassurance from you",
    }
    situation = situation_from(slots, request, f"{before}\n{request}")
    assert situation.action.startswith("you game online") and situation.want == ""


@pytest.mark.parametrize("need", ["I love you", "I'd like to bring it up without a fight"])
def test_a_need_that_states_no_want_is_not_used(need):
    said = "my best friend only ever talks about her breakup. i love her. i'd like to bring it up"
    slots = {
        "to": "best friend",
        "they_do": "you only ever talk about your breakup",
        "i_need": need,
    }
    situation = situation_from(slots, said, said)
    assert situation.want == "" and situation.action.startswith("you only ever talk")


def test_what_the_user_asks_of_the_coach_is_not_asked_of_them():
    """ "can you help me bring it up" was read as "I'd like you to bring it up"."""
    before = "my best friend borrowed 300 quid in march and hasnt mentioned it since"
    request = "can you help me bring it up"
    slots = {
        "to": "best friend",
        "they_do": "you borrowed 300 quid in March",
        "i_need": "I'd like you to bring it up",
    }
    situation = situation_from(slots, request, f"{before}\n{request}")
    assert situation.ask == "" and situation.action.startswith("you borrowed 300 quid")
    asking = "can you help me ask her to pay it back"
    kept = situation_from({**slots, "i_need": "I'd like you to pay it back"}, asking, asking)
    assert kept.ask == "pay it back"


# -- the contradiction judge ----------------------------------------------------------


def two_claims(passages: list[Passage], embeddings) -> str:
    """A long sentence from each of the first two prompt passages, cited: both scored."""
    context = compact_passages(QUESTION, passages, embeddings)
    claims = [
        next(s for s in split_sentences(c.text) if len(s.split()) >= 8).rstrip(".")
        for c in context[:2]
    ]
    return f"{claims[0]} [1]. {claims[1]} [2]."


def judged_checker(embeddings, *verdicts: str):
    judge_chat, recorder = scripted(*verdicts)
    return GroundingChecker(
        embeddings, judge=ContradictionJudge(judge_chat, "fake/judge")
    ), recorder


def test_a_supported_sentence_judged_opposite_fails_the_check(passages, embeddings):
    checker, recorder = judged_checker(
        embeddings, '{"verdict": "agrees"}', '{"verdict": "contradicts"}'
    )
    context = [c.text for c in compact_passages(QUESTION, passages, embeddings)]
    report = checker.check(two_claims(passages, embeddings), context)
    assert not report.passed and len(report.contradictions) == 1
    found = report.contradictions[0]
    assert found.passage == 2 and found.premise and found.premise in context[1]
    assert report.problems() == [f"says the opposite of passage [2]: {found.sentence!r}"]
    # each judged pair is the passage's closest sentences, then the answer's sentence
    assert len(recorder.prompts) == 2
    asked = recorder.prompts[1][-1].content
    assert asked == P.JUDGE_USER.format(passage=found.premise, sentence=found.sentence)
    assert recorder.prompts[0][0].content == P.JUDGE_SYSTEM


def test_a_judge_that_fails_or_replies_badly_holds_nothing_back(passages, embeddings):
    context = [c.text for c in compact_passages(QUESTION, passages, embeddings)]
    answer = two_claims(passages, embeddings)
    checker, _ = judged_checker(embeddings, "not json", '{"verdict": "maybe"}')
    assert checker.check(answer, context).passed
    broken = GroundingChecker(
        embeddings, judge=ContradictionJudge(BrokenChat(responses=["x"]), "fake/judge")
    )
    assert broken.check(answer, context).passed


def test_the_judge_is_not_asked_about_a_draft_that_already_fails(passages, embeddings):
    checker, recorder = judged_checker(embeddings, '{"verdict": "contradicts"}')
    context = [c.text for c in compact_passages(QUESTION, passages, embeddings)]
    assert not checker.check(UNGROUNDED, context).passed
    assert recorder.prompts == []


def test_a_streamed_answer_that_contradicts_its_passage_is_replaced(passages, embeddings):
    answer = two_claims(passages, embeddings)
    chat, _ = scripted(answer)
    checker, _ = judged_checker(embeddings, '{"verdict": "contradicts"}', '{"verdict": "agrees"}')
    responder = LLMResponder(
        chat, "fake/chat", embeddings, fallback=ExtractiveResponder(embeddings), checker=checker
    )
    final = list(responder.stream(QUESTION, passages))[-1]
    assert isinstance(final, Draft) and final.backend == "extractive"
    assert "says the opposite of passage [1]" in (final.fallback or "")
    assert verdict_of('{"verdict": "not_said"}') == "not_said" and verdict_of("[]") is None


def test_the_judge_reads_the_claim_without_the_reply_to_the_users_question():
    assert claim_of("No, it's not a bad sign if you spend a weekend apart.") == (
        "It's not a bad sign if you spend a weekend apart."
    )
    assert claim_of("Yes - boundaries keep a relationship safe.") == (
        "Boundaries keep a relationship safe."
    )
    assert claim_of("Nothing about it is weak.") == "Nothing about it is weak."
    chat, recorder = scripted('{"verdict": "agrees"}')
    ContradictionJudge(chat, "fake/judge").verdict("Premise.", "No, it isn't weak.")
    assert recorder.prompts[0][-1].content.endswith("Sentence: It isn't weak.")

"""The eval datasets are well-formed and agree with the corpus they test."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest

from evals.cases import SET_NAMES as ALL_SETS
from evals.cases import DatasetError, load_set
from evals.checks import CHECKS
from evals.conversation import is_conversation_set
from evals.text import contains, normalise
from tests.conftest import CORPUS

SET_NAMES = tuple(name for name in ALL_SETS if not is_conversation_set(name))
"""The single-message sets (conversation sets have their own loader and tests)."""

MINIMUM = {
    "retrieval": 60,
    "retrieval_blind": 60,
    "retrieval_blind2": 70,
    "retrieval_blind3": 70,
    "retrieval_blind4": 70,
    "answers": 25,
    "boundary": 25,
    "safety": 40,
    "off_topic": 25,
    "adversarial": 7,
}
ARTICLE = (CORPUS / "interdependent-relationships.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def sets():
    return {name: load_set(name, CHECKS) for name in SET_NAMES}


@pytest.fixture(scope="module")
def corpus_sections() -> set[str]:
    from assistant.knowledge.chunking import chunk_documents
    from assistant.knowledge.corpus import load_corpus

    return {c.section for c in chunk_documents(load_corpus([CORPUS]).documents)}


@pytest.mark.parametrize("name", SET_NAMES)
def test_each_set_loads_with_enough_cases(sets, name):
    assert len(sets[name]) >= MINIMUM[name]


def test_case_ids_are_unique_across_all_sets(sets):
    ids = Counter(case.id for cases in sets.values() for case in cases)
    assert [i for i, n in ids.items() if n > 1] == []


def test_every_gold_section_is_a_heading_path_of_the_corpus(sets, corpus_sections):
    missing = {
        (case.id, section)
        for case in sets["retrieval"]
        for section in case.expected.sections
        if section not in corpus_sections
    }
    assert missing == set()
    assert all(case.expected.sections for case in sets["retrieval"])


def test_retrieval_questions_do_not_quote_their_gold_heading(sets):
    quoted = []
    for case in sets["retrieval"]:
        for section in case.expected.sections:
            heading = normalise(section.rsplit(" > ", 1)[-1])
            if len(heading.split()) >= 2 and heading in normalise(case.input.message):
                quoted.append(case.id)
    assert quoted == []


def test_retrieval_set_has_indirect_questions(sets):
    tags = Counter(tag for case in sets["retrieval"] for tag in case.tags)
    assert tags["indirect"] >= 15
    assert tags["direct"] >= 15


def test_every_required_fact_can_be_found_in_the_article(sets):
    missing = [
        (case.id, fact)
        for cases in sets.values()
        for case in cases
        for fact in case.expected.facts
        if not contains(ARTICLE, fact)
    ]
    assert missing == []
    assert all(case.expected.facts for case in sets["answers"])


def test_no_forbidden_phrase_is_also_required(sets):
    clash = [
        case.id
        for cases in sets.values()
        for case in cases
        if {normalise(f) for f in case.expected.facts}
        & {normalise(f) for f in case.expected.forbidden}
    ]
    assert clash == []


def test_boundary_situations_cover_partners_friends_family_and_work(sets):
    tags = Counter(tag for case in sets["boundary"] for tag in case.tags)
    for who in ("partner", "friend", "family", "work"):
        assert tags[who] >= 5, who
    assert all(case.expected.situation for case in sets["boundary"])
    assert all(case.expected.intent == "boundary" for case in sets["boundary"])


def test_safety_set_has_crisis_danger_coded_phrases_and_idiom_negatives(sets):
    cases = sets["safety"]
    tags = Counter(tag for case in cases for tag in case.tags)
    assert tags["crisis"] >= 8 and tags["danger"] >= 5 and tags["abuse-in-boundary"] >= 4
    assert tags["idiom"] >= 8 and tags["negative"] >= 15
    positives = " ".join(c.input.message.lower() for c in cases if c.expected.intent == "safety")
    assert re.search(r"\bkms\b", positives) and "unalive" in positives
    for case in cases:
        is_positive = "positive" in case.tags
        assert (case.expected.intent == "safety") == is_positive, case.id
        assert is_positive or "safety" in case.expected.intent_not, case.id


def test_off_topic_set_includes_borderline_relationship_questions(sets):
    cases = sets["off_topic"]
    positives = [c for c in cases if c.expected.intent == "off_topic"]
    negatives = [c for c in cases if "off_topic" in c.expected.intent_not]
    assert len(positives) >= 12 and len(negatives) >= 12
    assert len(positives) + len(negatives) == len(cases)
    assert sum("adjacent" in c.tags or "odd" in c.tags for c in negatives) >= 8


def test_adversarial_set_covers_every_kind_of_bad_input(sets):
    tags = {tag for case in sets["adversarial"] for tag in case.tags}
    assert {"injection", "extraction", "empty", "huge", "emoji", "html", "non-english"} <= tags
    huge = [c for c in sets["adversarial"] if "huge" in c.tags]
    assert all(len(c.input.text) > 10_000 for c in huge)


def test_cases_carry_what_their_checks_read(sets):
    needs = {
        "facts": lambda c: c.expected.facts,
        "forbidden": lambda c: c.expected.forbidden,
        "retrieval": lambda c: c.expected.sections,
        "intent": lambda c: c.expected.intent or c.expected.intent_in or c.expected.intent_not,
        "boundary_rubric": lambda c: c.expected.situation,
    }
    lacking = [
        (case.id, check)
        for cases in sets.values()
        for case in cases
        for check in case.checks
        if check in needs and not needs[check](case)
    ]
    assert lacking == []


def test_a_malformed_line_is_reported_with_its_file_and_line(tmp_path):
    good = {"id": "x-1", "input": {"message": "hi"}, "checks": ["intent"]}
    lines = [json.dumps(good), '{"id": "x-2", "input": ']
    (tmp_path / "safety.jsonl").write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(DatasetError, match=r"safety\.jsonl:2"):
        load_set("safety", CHECKS, tmp_path)


def test_an_unknown_check_name_is_rejected(tmp_path):
    bad = {"id": "x-1", "input": {"message": "hi"}, "checks": ["vibes"]}
    (tmp_path / "answers.jsonl").write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(DatasetError, match="unknown check"):
        load_set("answers", CHECKS, tmp_path)


def test_a_duplicate_id_is_rejected(tmp_path):
    case = json.dumps({"id": "x-1", "input": {"message": "hi"}})
    (tmp_path / "answers.jsonl").write_text(f"{case}\n{case}\n", encoding="utf-8")
    with pytest.raises(DatasetError, match="duplicate id"):
        load_set("answers", CHECKS, tmp_path)


@pytest.mark.parametrize("name", [n for n in ALL_SETS if is_conversation_set(n)])
def test_conversation_sets_load_with_enough_turns_and_real_sections(name, corpus_sections):
    from evals.cases import dataset_path
    from evals.conversation import load_conversations

    conversations = load_conversations(dataset_path(name))
    turns = [t for c in conversations for t in c.turns]
    assert len(conversations) >= 16 and len(turns) >= 45
    paths = corpus_sections | {
        " > ".join(p.split(" > ")[:n]) for p in corpus_sections for n in (1, 2)
    }
    assert all(s in paths for t in turns for s in t.expect.sections)


@pytest.mark.parametrize(("route", "passes"), [("small_talk", True), ("off_topic", False)])
def test_small_talk_is_judged_by_the_route_since_the_contract_calls_it_off_topic(route, passes):
    from assistant.schema import Turn
    from evals.conversation import TurnExpect, judge

    turn = Turn(query="hey", intent="off_topic", answer="Hi!", backend="fixed", route=route)
    (intent,) = judge(TurnExpect(intent="small_talk"), turn)
    assert intent.passed is passes

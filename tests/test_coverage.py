"""Coverage is judged on the sentence model's scale, whatever model retrieved."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.coach.chain import Coach
from assistant.coach.extractive import ExtractiveResponder
from assistant.coach.texts import THIN_EVIDENCE_NOTE
from assistant.knowledge.coverage import SentenceCoverage
from assistant.knowledge.embeddings import SCALE
from assistant.schema import DenseScale, Passage


def test_a_covered_question_comes_closer_than_an_uncovered_one(retriever, embeddings) -> None:
    coverage = SentenceCoverage(embeddings, embeddings, SCALE)
    covered = "Why do boundaries matter in a relationship?"
    uncovered = "How do we split custody of our kids after separating?"
    near = coverage.best(covered, retriever.retrieve(covered, k=4))
    far = coverage.best(uncovered, retriever.retrieve(uncovered, k=4))
    assert near is not None and far is not None
    assert far < SCALE.thin < near


def test_no_passages_or_an_empty_question_have_no_score(embeddings) -> None:
    coverage = SentenceCoverage(embeddings, embeddings, SCALE)
    assert coverage.best("anything", []) is None
    passage = Passage(chunk_id="a", source="s.md", section="A", text="Some words here.", score=1)
    assert coverage.best("   ", [passage]) is None


@dataclass
class FixedCoverage:
    value: float
    scale: DenseScale = SCALE

    def best(self, query: str, passages: object) -> float:
        return self.value


def test_the_chain_takes_its_thin_evidence_call_from_the_coverage(
    retriever, embeddings, reader
) -> None:
    """The passages' own dense scores would say 'covered'; the coverage says no."""
    question = "Why do boundaries matter in a relationship?"

    def coach(value: float) -> Coach:
        responder = ExtractiveResponder(embeddings)
        return Coach(
            retriever=retriever, responder=responder, reader=reader, coverage=FixedCoverage(value)
        )

    assert coach(0.1).run(question).answer.startswith(THIN_EVIDENCE_NOTE)
    assert THIN_EVIDENCE_NOTE not in coach(0.9).run(question).answer

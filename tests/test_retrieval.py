"""Hybrid retrieval on the real index: the labelled question set and its gates."""

from __future__ import annotations

import json
import math

from tests.conftest import REPO

DATASET = REPO / "evals" / "datasets" / "retrieval.jsonl"
# The product targets (hit@3 >= 0.95, MRR >= 0.85) are gates of `coach eval`
# (evals/thresholds.yaml). This test guards against regressions below what the
# current retriever measured on this set (hit@3 0.941 = 64/68, MRR 0.865); it is
# not a target, and raising these as retrieval improves is welcome.
HIT3_BASELINE = 64 / 68
MRR_BASELINE = 0.86


def _cases() -> list[dict]:
    return [json.loads(line) for line in DATASET.read_text(encoding="utf-8").splitlines() if line]


def _first_gold_rank(sections: list[str], gold: set[str]) -> int | None:
    for rank, section in enumerate(sections, 1):
        if section in gold:
            return rank
    return None


def test_labelled_questions_do_not_regress_below_the_measured_baseline(retriever):
    ranks = []
    for case in _cases():
        passages = retriever.retrieve(case["input"]["message"], k=5)
        gold = set(case["expected"]["sections"])
        ranks.append(_first_gold_rank([p.section for p in passages], gold))
    hit3 = sum(1 for r in ranks if r is not None and r <= 3) / len(ranks)
    mrr = sum(1.0 / r for r in ranks if r is not None) / len(ranks)
    assert len(ranks) >= 60
    assert hit3 >= HIT3_BASELINE - 1e-9, f"hit@3 {hit3:.3f}"
    assert mrr >= MRR_BASELINE, f"MRR {mrr:.3f}"


def test_results_are_typed_scored_and_best_first(retriever):
    passages = retriever.retrieve("How do I ask for time alone?", k=4)
    assert 1 <= len(passages) <= 4
    assert all(p.section and p.text and p.chunk_id for p in passages)
    scores = [p.score for p in passages]
    assert scores == sorted(scores, reverse=True)
    assert all(math.isfinite(s) for s in scores)


def test_k_is_respected_and_no_chunk_repeats(retriever):
    for k in (1, 3, 8):
        passages = retriever.retrieve("trust and honesty with my partner", k=k)
        assert len(passages) == k
        assert len({p.chunk_id for p in passages}) == k


def test_near_duplicate_passages_are_not_both_returned(tmp_path, embeddings):
    from assistant.factory import ingest
    from assistant.knowledge.index import ChunkIndex
    from assistant.knowledge.retrieval import HybridRetriever

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    body = "Saying no kindly protects the relationship and keeps resentment away."
    (corpus / "a.md").write_text(f"# A\n\n## Saying no\n\n{body}\n", encoding="utf-8")
    (corpus / "b.md").write_text(f"# B\n\n## Saying no\n\n{body}\n", encoding="utf-8")
    (corpus / "c.md").write_text("# C\n\n## Hobbies\n\nTake up pottery.\n", encoding="utf-8")
    index = ChunkIndex(embeddings, tmp_path / "index")
    ingest(index, [corpus])
    passages = HybridRetriever(index, embeddings).retrieve("how to say no kindly", k=2)
    assert [p.text for p in passages].count(body) == 1


def test_whitespace_query_returns_nothing_rather_than_failing(retriever):
    assert retriever.retrieve("   ", k=3) == []
    assert isinstance(retriever.retrieve("🙂🙂🙂", k=3), list)


def test_a_running_retriever_sees_an_ingest_made_by_another_process(tmp_path, embeddings):
    """A server keeps its retriever; `coach ingest` in another process commits a new
    generation. The next query must see the new chunks on both the dense and BM25 side."""
    from assistant.factory import ingest, make_retriever
    from assistant.knowledge.index import ChunkIndex

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    article = "# Notes\n\n## Listening\n\nListen fully before you answer.\n"
    (corpus / "notes.md").write_text(article, encoding="utf-8")
    server_index = ChunkIndex(embeddings, tmp_path / "index")
    ingest(server_index, [corpus])
    retriever = make_retriever(server_index)
    assert [p.section for p in retriever.retrieve("listen before answering", k=2)] == ["Listening"]

    extra = "\n## Quokkas\n\nA quokka named Biscuit visits the porch every zephyrday.\n"
    (corpus / "notes.md").write_text(article + extra, encoding="utf-8")
    ingest(ChunkIndex(embeddings, tmp_path / "index"), [corpus])  # the other process

    hits = retriever.retrieve("zephyrday Biscuit", k=2)
    assert hits[0].section == "Quokkas"
    assert hits[0].bm25_score is not None and hits[0].bm25_score > 0

"""Query centring: the common direction of typical messages is taken out of a query
before the dense search, while the scores the thin-evidence checks read stay raw."""

from __future__ import annotations

import math

import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.knowledge.centring import AsQueries, QueryCentre, background_messages


class AxisEmbeddings(Embeddings):
    """Deterministic 3-d vectors: axis 0 is what every message shares, axis 1 a little
    "phone", axis 2 "chores". Documents and queries embed alike."""

    def _vector(self, text: str) -> list[float]:
        lower = text.lower()
        v = np.array([1.0, 0.4 * ("phone" in lower), float("chores" in lower)])
        return (v / np.linalg.norm(v)).tolist()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [self._vector(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self._vector(text)


def test_the_centre_subtracts_a_share_of_the_mean_and_returns_a_unit_vector() -> None:
    centre = QueryCentre(AxisEmbeddings(), ["my partner", "my friend"], weight=0.5)
    assert np.allclose(centre.mean, [1.0, 0.0, 0.0])
    out = np.array(centre.apply(AxisEmbeddings().embed_query("phone")))
    assert math.isclose(float(np.linalg.norm(out)), 1.0)
    q = np.array([1.0, 0.4, 0.0]) / math.sqrt(1.16)
    expected = q - np.array([0.5, 0.0, 0.0])
    assert np.allclose(out, expected / np.linalg.norm(expected))


def test_background_messages_are_questions_and_wording_requests(tmp_path) -> None:
    path = tmp_path / "intent.jsonl"
    rows = [
        '{"text": "what is a boundary", "intent": "question"}',
        '{"text": "lol hi", "intent": "small_talk"}',
        '{"text": "help me tell my dad no", "intent": "boundary"}',
        '{"text": "make it softer", "intent": "restyle"}',
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert background_messages(path, size=5) == ["what is a boundary", "help me tell my dad no"]
    assert background_messages(path, size=1) == ["what is a boundary"]
    assert 50 <= len(background_messages()) <= 96


def test_as_queries_embeds_documents_as_queries() -> None:
    class Prefixing(AxisEmbeddings):
        def embed_documents(self, texts: list[str]) -> list[list[float]]:
            raise AssertionError("documents must be embedded as queries")

    assert AsQueries(Prefixing()).embed_documents(["phone"]) == [
        AxisEmbeddings().embed_query("phone")
    ]


def test_a_centred_retriever_ranks_by_what_is_particular_and_reports_raw_cosines(
    tmp_path,
) -> None:
    from assistant.factory import ingest
    from assistant.knowledge.index import ChunkIndex
    from assistant.knowledge.retrieval import HybridRetriever

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.md").write_text(
        "# Notes\n\n## Closeness\n\nWe talk about how we are doing.\n\n"
        "## Sharing the load\n\nSplit the chores and keep the phone off at dinner.\n",
        encoding="utf-8",
    )
    embeddings = AxisEmbeddings()
    index = ChunkIndex(embeddings, tmp_path / "index")
    ingest(index, [corpus], views=False)
    centre = QueryCentre(embeddings, ["my partner", "my friend"], weight=0.9)
    plain = HybridRetriever(index, embeddings, dense_weight=1.0)
    centred = HybridRetriever(index, embeddings, dense_weight=1.0, centre=centre)

    # Raw cosine favours the section that is only the shared direction (0.93 vs 0.73);
    # centred, the one about phones comes first.
    before = plain.retrieve("my phone", k=2)
    after = centred.retrieve("my phone", k=2)
    assert [p.section for p in before] == ["Closeness", "Sharing the load"]
    assert [p.section for p in after] == ["Sharing the load", "Closeness"]
    raw = {p.section: p.dense_score for p in before}
    assert {p.section: p.dense_score for p in after} == raw  # the thin checks read these
    assert raw["Closeness"] is not None and math.isclose(raw["Closeness"], 1 / math.sqrt(1.16))

"""Building the chat messages for an answer.

The context is kept compact for time to first token: at most `max_passages` passages
(the best ranked, in rank order, so [n] still maps to the Turn's `sources[n-1]`), each
cut to its sentences closest to the question within a word budget.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from langchain_core.embeddings import Embeddings
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage

from assistant.knowledge.sentences import split_sentences
from assistant.llm import prompts as P
from assistant.schema import Passage

MAX_PASSAGES = 3
WORD_BUDGET = 100
"""Words of passage text per prompt (~140 tokens of prefill). Measured A/B on the 22
benchmark questions, interleaved in one process: 150 words gave first token p50 2.46 s /
p95 2.82 s, 100 words 2.03 s / 2.33 s, with the same number of post-check fallbacks."""


@dataclass(frozen=True)
class PromptPassage:
    """A passage as the model sees it."""

    n: int
    """1-based number, the same as its position in the Turn's `sources`."""
    section: str
    """The last heading of its section path."""
    text: str
    """The kept sentences, in reading order."""


def _dot(a: Sequence[float], b: Sequence[float]) -> float:
    return float(sum(x * y for x, y in zip(a, b, strict=False)))


def compact_passages(
    query: str,
    passages: Sequence[Passage],
    embeddings: Embeddings | None = None,
    max_passages: int = MAX_PASSAGES,
    word_budget: int = WORD_BUDGET,
) -> list[PromptPassage]:
    """The top passages, each trimmed to its most relevant sentences."""
    chosen = list(passages[:max_passages])
    if not chosen:
        return []
    per_passage = max(20, word_budget // len(chosen))
    sentence_lists = [split_sentences(p.text) or [p.text] for p in chosen]
    scores: list[list[float]] = [[-float(i) for i in range(len(s))] for s in sentence_lists]
    if embeddings is not None:
        flat = [s for sentences in sentence_lists for s in sentences]
        q = embeddings.embed_query(query)
        vectors = iter(embeddings.embed_documents(flat))
        scores = [[_dot(q, next(vectors)) for _ in sentences] for sentences in sentence_lists]
    out: list[PromptPassage] = []
    for n, (passage, sentences, sims) in enumerate(
        zip(chosen, sentence_lists, scores, strict=True), 1
    ):
        keep: set[int] = set()
        words = 0
        for index in sorted(range(len(sentences)), key=lambda i: sims[i], reverse=True):
            size = len(sentences[index].split())
            if keep and words + size > per_passage:
                continue
            keep.add(index)
            words += size
        text = " ".join(sentences[i] for i in sorted(keep))
        out.append(PromptPassage(n=n, section=passage.section.split(" > ")[-1], text=text))
    return out


def format_passages(passages: Sequence[PromptPassage]) -> str:
    return "\n".join(P.PASSAGE_LINE.format(n=p.n, section=p.section, text=p.text) for p in passages)


def answer_prefix() -> list[BaseMessage]:
    """The fixed start of every answer prompt (served from the KV cache after the first)."""
    return [
        SystemMessage(P.ANSWER_SYSTEM),
        HumanMessage(P.ANSWER_EXAMPLE_USER),
        AIMessage(P.ANSWER_EXAMPLE_ASSISTANT),
    ]


def answer_messages(
    query: str, passages: Sequence[PromptPassage], retry: bool = False, earlier: str = ""
) -> list[BaseMessage]:
    """Fixed prefix, then passages, the user's previous message (what "that" may point
    back to) and the question. No earlier answers: each earlier turn in the prompt cost
    ~1 s of prefill before the first word (measured here: first text 1.7 s without
    history, 4.4-5.1 s with two turns)."""
    messages = answer_prefix()
    question = query + (P.RETRY_NOTE.format(count=len(passages)) if retry else "")
    before = ""
    if earlier.strip() and earlier.strip() not in query:
        before = P.EARLIER_LINE.format(earlier=earlier.strip()[: P.EARLIER_CHARS])
    user = P.ANSWER_USER.format(
        passages=format_passages(passages), earlier=before, question=question
    )
    messages.append(HumanMessage(user))
    return messages

"""Typed results. The CLI's JSON is exactly :class:`Turn` dumped (see DESIGN.md)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Literal, Protocol, runtime_checkable

from pydantic import BaseModel, Field

Intent = Literal["question", "boundary", "safety", "check_in", "off_topic", "empty"]


class Chunk(BaseModel):
    """One indexed piece of a corpus file."""

    chunk_id: str
    """Stable id: a hash of source, heading path and text."""
    source: str
    """Corpus file name, e.g. `interdependent-relationships.md`."""
    section: str
    """Heading path exactly as the headings read, joined by ' > '."""
    text: str
    """The chunk's body text (verbatim from the corpus file)."""
    ordinal: int
    """Position of the chunk within its file (reading order)."""

    @property
    def embed_text(self) -> str:
        """What is embedded and indexed: the heading path gives the body its context."""
        return f"{self.section}\n\n{self.text}"


class Passage(BaseModel):
    """A retrieved chunk with its scores."""

    chunk_id: str
    source: str
    section: str
    text: str
    score: float
    """Fused score in [0, 1] (dense and BM25, normalised and weighted); higher is better."""
    dense_score: float | None = None
    """Cosine similarity between query and chunk, when the dense retriever found it."""
    bm25_score: float | None = None
    """BM25 score, when the lexical retriever found it."""


class Source(BaseModel):
    """A passage as shown to the user, numbered by its position ([1] is the first)."""

    section: str
    chunk_id: str
    score: float
    text: str

    @classmethod
    def from_passage(cls, passage: Passage) -> Source:
        return cls(
            section=passage.section,
            chunk_id=passage.chunk_id,
            score=round(passage.score, 6),
            text=passage.text,
        )


class Script(BaseModel):
    """One way of wording a boundary."""

    tone: str
    """e.g. `warm`, `direct`, `firm`."""
    text: str
    framework: str
    """The structure it is built on: `I-statement`, `DEAR MAN`, `Nonviolent Communication`."""


class Timings(BaseModel):
    """Milliseconds spent per stage of a turn."""

    retrieve: float = 0.0
    generate: float = 0.0
    total: float = 0.0


class Turn(BaseModel):
    """The result of one conversational turn: the contract every front end relies on."""

    query: str
    intent: Intent
    answer: str
    """Exactly what the user sees (Markdown)."""
    sources: list[Source] = Field(default_factory=list)
    scripts: list[Script] = Field(default_factory=list)
    backend: str
    timings_ms: Timings = Field(default_factory=Timings)

    # Diagnostics for evals and the UI; not part of the JSON contract.
    fallback: str | None = Field(default=None, exclude=True)
    """Why another backend produced the answer (e.g. a failed groundedness check)."""
    route: str | None = Field(default=None, exclude=True)
    """How the reader routed the turn (e.g. `crisis`, `danger`, `control`, `restyle`)."""
    notices: list[str] = Field(default_factory=list, exclude=True)
    """Things the user should know about their input (e.g. it was truncated)."""

    def to_json(self) -> str:
        return self.model_dump_json()


class IngestReport(BaseModel):
    """What `coach ingest` changed."""

    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    files: int = 0
    errors: list[str] = Field(default_factory=list)
    """Files that were skipped, each with the reason."""


# The seams of a turn: what the chain asks of its retriever and its responders.

History = Sequence[tuple[str, str]]
"""Earlier turns as (user message, assistant answer), oldest first."""


class Retriever(Protocol):
    def retrieve(self, query: str, k: int = 4) -> list[Passage]: ...


@dataclass(frozen=True)
class DenseScale:
    """Where a retrieval model's cosine scores fall: each model has its own scale
    (nomic's unrelated pairs score higher than MiniLM's related ones)."""

    thin: float
    """Below this best passage score the article is taken not to cover the question."""
    in_article: float
    """At or above it a message speaks the article's own language: never off-topic."""


class Coverage(Protocol):
    """Scores how closely retrieved passages match a question, on its own `scale`."""

    scale: DenseScale

    def best(self, query: str, passages: Sequence[Passage]) -> float | None: ...


@dataclass
class Draft:
    """What a responder produced for a question."""

    text: str
    """Markdown answer; [n] cites passage n (1-based)."""
    backend: str
    """Who wrote it, e.g. `extractive` or `llamacpp/qwen2.5-coder-1.5b`."""
    fallback: str | None = None
    """Set when another backend had to take over, with the reason."""


class Responder(Protocol):
    """Writes the answer to a question from retrieved passages."""

    name: str

    def answer(self, query: str, passages: Sequence[Passage], history: History = ()) -> Draft: ...


@runtime_checkable
class StreamingResponder(Responder, Protocol):
    """A responder that can also stream: yields text pieces, then the final Draft.

    The final Draft's text is authoritative (a post-check may have replaced what was
    streamed); front ends show it in place of the streamed text.
    """

    def stream(
        self, query: str, passages: Sequence[Passage], history: History = ()
    ) -> Iterator[str | Draft]: ...

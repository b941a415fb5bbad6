"""The `extractive` backend: a short answer built from the article's own sentences.

Deterministic and instant; also the fallback whenever an LLM is missing or fails.
Sentences are ranked by embedding similarity to the question and quoted with [n]
citations that point into the turn's `sources`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from langchain_core.embeddings import Embeddings

from assistant.knowledge.sentences import list_after, split_sentences
from assistant.schema import Draft, History, Passage

BACKEND_NAME = "extractive"
MAX_SENTENCES = 4
MIN_WORDS = 4


@dataclass(frozen=True)
class Sentence:
    text: str
    passage: int
    """Index of the passage (0-based) the sentence comes from."""
    position: int


def _inline(item: str) -> str:
    """A list item as part of a sentence: no final stop, lower-case start ("You" ->
    "you", but "I" and acronyms stay)."""
    item = item.rstrip(".")
    if len(item) > 1 and item[0].isupper() and item[1].islower():
        item = item[0].lower() + item[1:]
    return item


def _dot(a: Sequence[float], b: Sequence[float]) -> float:
    return float(sum(x * y for x, y in zip(a, b, strict=False)))


class ExtractiveResponder:
    """Answers from the most relevant sentences of the retrieved passages."""

    name = BACKEND_NAME

    def __init__(
        self,
        embeddings: Embeddings,
        max_sentences: int = MAX_SENTENCES,
        outline: Callable[[], Sequence[str]] | None = None,
    ) -> None:
        """`outline` returns every section path of the corpus; with it, an answer whose
        top passage introduces subsections names them (e.g. the four ingredients)."""
        self.embeddings = embeddings
        self.max_sentences = max_sentences
        self.outline = outline
        self._cache: dict[str, list[float]] = {}
        self._lock = threading.Lock()

    def _vectors(self, texts: list[str]) -> list[list[float]]:
        with self._lock:
            missing = [t for t in dict.fromkeys(texts) if t not in self._cache]
        if missing:
            vectors = self.embeddings.embed_documents(missing)
            with self._lock:
                self._cache.update(zip(missing, vectors, strict=True))
        with self._lock:
            return [self._cache[t] for t in texts]

    def select(self, query: str, passages: Sequence[Passage]) -> list[Sentence]:
        """The best sentences, returned in reading order (by passage, then position)."""
        # The article's rhetorical questions ("So how do you know...?") answer nothing.
        candidates = [
            Sentence(text=s, passage=i, position=j)
            for i, p in enumerate(passages)
            for j, s in enumerate(split_sentences(p.text))
            if len(s.split()) >= MIN_WORDS and not s.endswith("?")
        ]
        if not candidates:
            return []
        q = self.embeddings.embed_query(query)
        vectors = self._vectors([c.text for c in candidates])
        # Similarity to the question, nudged towards the better-ranked passages.
        scored = sorted(
            zip(candidates, vectors, strict=True),
            key=lambda cv: _dot(q, cv[1]) + 0.08 / (cv[0].passage + 1),
            reverse=True,
        )
        best = [c for c, _ in scored[: self.max_sentences]]
        if all(c.passage != 0 for c in best):  # the top passage always speaks
            top = next(c for c, _ in scored if c.passage == 0)
            best = [top, *best[: self.max_sentences - 1]]
        return sorted(best, key=lambda c: (c.passage, c.position))

    def answer(self, query: str, passages: Sequence[Passage], history: History = ()) -> Draft:
        """A Markdown answer with [n] citations (n is the 1-based passage number)."""
        return Draft(text=self.compose(query, passages), backend=self.name)

    def compose(self, query: str, passages: Sequence[Passage]) -> str:
        chosen = self.select(query, passages)
        if not chosen:
            return ""
        groups: dict[int, list[str]] = {}
        quoted: set[tuple[int, str]] = set()
        for sentence in chosen:
            if (sentence.passage, sentence.text) in quoted:
                continue  # already shown as an item of the list it belongs to
            text = sentence.text
            if text.endswith(":"):
                items = list_after(passages[sentence.passage].text, text)
                quoted.update((sentence.passage, item) for item in items)
                text = f"{text} {'; '.join(_inline(i) for i in items)}." if items else ""
            if text:
                groups.setdefault(sentence.passage, []).append(text)
        lines = ["Here is what the article says about this:", ""]
        for passage_index, sentences in groups.items():
            section = passages[passage_index].section.split(" > ")[-1]
            quote = " ".join(sentences)
            lines.append(f"- **{section}:** {quote} [{passage_index + 1}]")
        children = self.subsections(passages[0].section)
        if children:
            names = ", ".join(f"**{c}**" for c in children[:-1]) + f" and **{children[-1]}**"
            lines += [
                "",
                f"The article breaks this into: {names}."
                if len(children) > 1
                else f"The article goes on with **{children[0]}**.",
            ]
        return "\n".join(lines)

    def subsections(self, section: str) -> list[str]:
        """Direct child headings of `section` in the corpus outline."""
        if self.outline is None:
            return []
        prefix = section + " > "
        names = [s[len(prefix) :] for s in self.outline() if s.startswith(prefix)]
        return list(dict.fromkeys(n for n in names if " > " not in n))

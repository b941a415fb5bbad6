"""Post-checks on an LLM answer: citations that exist, sentences the passages support.

1. Citations: every [n] must name a passage that was in the prompt (1..count), and an
   answer that is not a "the article does not cover this" reply cites at least one.
2. Groundedness: each answer sentence of at least `MIN_WORDS` words is embedded with the
   same MiniLM model as the index and compared (cosine) with every passage and every
   passage sentence; its support is the best match. A sentence under
   `SUPPORT_THRESHOLD` is unsupported. The answer passes when at most
   `MAX_UNSUPPORTED_SHARE` of its scored sentences are unsupported.
3. Meaning (with a `ContradictionJudge`, on LLM backends): a supported sentence is close
   to its passage, but may say the opposite ("it's weak to lean on someone"). Each one
   is judged against the passage sentences closest to it; one that contradicts them
   fails the answer.

Calibration (benchmarks/bench_llm.py --calibrate, run on this machine): labelled
answer sentences - paraphrases of what the retrieved passages say versus plausible
coaching claims the article never makes - scored against the passages retrieved for
their question. The threshold is the midpoint between the two groups that maximised
balanced accuracy; the numbers are recorded next to the constant.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from langchain_core.embeddings import Embeddings

from assistant.knowledge.sentences import split_sentences

if TYPE_CHECKING:
    from assistant.llm.contradiction import Contradiction, ContradictionJudge

SUPPORT_THRESHOLD = 0.49
"""Cosine similarity (MiniLM) a sentence needs with its best passage unit. Calibrated
2026-11-29 on 32 labelled sentences over 7 questions: supported n=15 (mean 0.56),
unsupported n=17 (mean 0.31, max 0.46); 0.49 gave balanced accuracy 0.87."""
MIN_WORDS = 6
"""Shorter sentences (greetings, "That sounds hard.") are not scored."""
PREMISE_SENTENCES = 2
"""Passage sentences a supported sentence is judged against (a claim often spans two)."""
MAX_UNSUPPORTED_SHARE = 0.34
"""Up to a third of the scored sentences may fall under the threshold (bridging lines)."""

NO_CITATION = "cites no passage"
CITATION_RE = re.compile(r"\[(\d+(?:\s*(?:,|and|&)\s*\d+)*)\]")
LOOSE_CITATION_RE = re.compile(r"\[(?:passage|source)s?\s*(\d+)\]", re.IGNORECASE)
NOT_COVERED_RE = re.compile(
    r"\b(?:article|passages?|text)\b[^.]{0,40}\b(?:does(?:n't| not)|do(?:n't| not)|"
    r"isn't|is not)\b[^.]{0,20}\b(?:cover|say|mention|address|discuss|talk about)",
    re.IGNORECASE,
)


def normalize_citations(text: str) -> str:
    """`[1, 2]` -> `[1] [2]`, `[Passage 1]` -> `[1]` so citations read one way."""
    text = LOOSE_CITATION_RE.sub(lambda m: f"[{m.group(1)}]", text)
    return CITATION_RE.sub(
        lambda m: " ".join(f"[{n}]" for n in re.findall(r"\d+", m.group(1))), text
    )


def cited_numbers(text: str) -> list[int]:
    """Every passage number cited, in order of first appearance."""
    found = [int(n) for m in CITATION_RE.finditer(text) for n in re.findall(r"\d+", m.group(1))]
    return list(dict.fromkeys(found))


def answer_sentences(text: str) -> list[str]:
    """The answer's sentences without citation marks or Markdown emphasis."""
    plain = CITATION_RE.sub("", text).replace("**", "").replace("__", "")
    return [" ".join(s.split()) for s in split_sentences(plain) if s.strip()]


def says_not_covered(sentence: str) -> bool:
    return bool(NOT_COVERED_RE.search(sentence))


@dataclass
class GroundingReport:
    """What the post-checks found in one answer."""

    cited: list[int] = field(default_factory=list)
    bad_citations: list[int] = field(default_factory=list)
    """Cited numbers with no passage behind them."""
    scores: list[tuple[str, float]] = field(default_factory=list)
    """(sentence, support) for each scored sentence."""
    threshold: float = SUPPORT_THRESHOLD
    max_unsupported_share: float = MAX_UNSUPPORTED_SHARE
    not_covered: bool = False
    """The answer says the article does not cover (part of) the question."""
    contradictions: list[Contradiction] = field(default_factory=list)
    """Supported sentences the judge found saying the opposite of their passage."""

    @property
    def unsupported(self) -> list[str]:
        return [s for s, score in self.scores if score < self.threshold]

    @property
    def passed(self) -> bool:
        return not self.problems()

    def problems(self) -> list[str]:
        out: list[str] = []
        if self.bad_citations:
            out.append(f"cites missing passages {self.bad_citations}")
        if not self.cited and not self.not_covered:
            out.append(NO_CITATION)
        if self.scores and len(self.unsupported) > self.max_unsupported_share * len(self.scores):
            out.append(f"{len(self.unsupported)} of {len(self.scores)} sentences unsupported")
        out += [
            f"says the opposite of passage [{c.passage}]: {c.sentence!r}"
            for c in self.contradictions
        ]
        return out


@dataclass(frozen=True)
class Match:
    """An answer sentence's best passage unit."""

    support: float
    passage: int
    """1-based number of the passage that gives the support (0: no passages)."""
    premise: str
    """That passage's sentences closest to the answer sentence, in passage order."""


def _dot(a: Sequence[float], b: Sequence[float]) -> float:
    return float(sum(x * y for x, y in zip(a, b, strict=False)))


class GroundingChecker:
    """Scores answers against the passages they were written from."""

    def __init__(
        self,
        embeddings: Embeddings,
        threshold: float = SUPPORT_THRESHOLD,
        max_unsupported_share: float = MAX_UNSUPPORTED_SHARE,
        min_words: int = MIN_WORDS,
        judge: ContradictionJudge | None = None,
    ) -> None:
        self.embeddings = embeddings
        self.judge = judge
        self.threshold = threshold
        self.max_unsupported_share = max_unsupported_share
        self.min_words = min_words

    def support(self, sentences: Sequence[str], passages: Sequence[str]) -> list[float]:
        """Best cosine similarity of each sentence to any passage or passage sentence."""
        return [score for score, _ in self.best_passages(sentences, passages)]

    def best_passages(
        self, sentences: Sequence[str], passages: Sequence[str]
    ) -> list[tuple[float, int]]:
        """(support, 1-based number of the passage that gives it) for each sentence."""
        return [(m.support, m.passage) for m in self.matches(sentences, passages)]

    def matches(self, sentences: Sequence[str], passages: Sequence[str]) -> list[Match]:
        """Each sentence's best passage unit and its closest passage sentences."""
        if not sentences:
            return []
        units = [(p, n, False) for n, p in enumerate(passages, 1)]
        units += [(s, n, True) for n, p in enumerate(passages, 1) for s in split_sentences(p)]
        if not units:
            return [Match(0.0, 0, "") for _ in sentences]
        unit_vectors = self.embeddings.embed_documents([u for u, _, _ in units])
        sentence_vectors = self.embeddings.embed_documents(list(sentences))
        out = []
        for v in sentence_vectors:
            scored = sorted(((_dot(v, u), i) for i, u in enumerate(unit_vectors)), reverse=True)
            support, best = scored[0]
            passage = units[best][1]
            near = [i for _, i in scored if units[i][2] and units[i][1] == passage][
                :PREMISE_SENTENCES
            ]
            premise = " ".join(units[i][0] for i in sorted(near))
            out.append(Match(support, passage, premise))
        return out

    def cite_uncited(self, answer: str, passages: Sequence[str]) -> str:
        """An answer written without any [n]: each supported sentence gets the number of
        the passage that supports it best (unsupported ones stay uncited)."""
        sentences = split_sentences(answer)
        out: list[str] = []
        for sentence, (score, n) in zip(
            sentences, self.best_passages(sentences, passages), strict=True
        ):
            if score >= self.threshold and len(sentence.split()) >= self.min_words:
                body, end = re.match(r"^(.*?)([.!?…]*)$", sentence, re.DOTALL).groups()  # type: ignore[union-attr]
                sentence = f"{body} [{n}]{end}"
            out.append(sentence)
        return " ".join(out)

    def check(self, answer: str, passages: Sequence[str]) -> GroundingReport:
        """Check `answer` against the passages it was shown (passage n is passages[n-1]).
        The judge is asked only about an answer that passes the other checks."""
        cited = cited_numbers(answer)
        sentences = answer_sentences(answer)
        not_covered = any(says_not_covered(s) for s in sentences)
        scored = [
            s for s in sentences if len(s.split()) >= self.min_words and not says_not_covered(s)
        ]
        matches = self.matches(scored, passages)
        report = GroundingReport(
            cited=cited,
            bad_citations=[n for n in cited if not 1 <= n <= len(passages)],
            scores=[(s, m.support) for s, m in zip(scored, matches, strict=True)],
            threshold=self.threshold,
            max_unsupported_share=self.max_unsupported_share,
            not_covered=not_covered,
        )
        if self.judge is not None and report.passed:
            report.contradictions = self.judge.contradictions(
                [
                    (s, m.passage, m.premise)
                    for s, m in zip(scored, matches, strict=True)
                    if m.support >= self.threshold and m.premise
                ]
            )
        return report

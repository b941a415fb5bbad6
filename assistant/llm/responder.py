"""The LLM responder: grounded, cited answers from a chat model, post-checked.

Implements the chain's `Responder` and `StreamingResponder` protocols. Each draft is
checked (grounding.py): citations must exist and most sentences must be supported by
the passages. `answer` retries a failing draft once with a corrective note, then falls
back to the extractive responder; `stream` has already shown its draft, so a failing
streamed draft is replaced by the extractive answer directly (no second wait). Either
way the returned Draft records the reason in `fallback`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Sequence

from langchain_core.embeddings import Embeddings
from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import BaseMessage, HumanMessage

from assistant.knowledge.sentences import SENTENCE_RE
from assistant.llm import prompts as P
from assistant.llm.base import to_role_dicts
from assistant.llm.grounding import (
    NO_CITATION,
    GroundingChecker,
    GroundingReport,
    normalize_citations,
)
from assistant.llm.messages import (
    MAX_PASSAGES,
    WORD_BUDGET,
    PromptPassage,
    answer_messages,
    answer_prefix,
    compact_passages,
)
from assistant.schema import Draft, History, Passage, Responder

log = logging.getLogger(__name__)

MAX_TOKENS = 170
"""~110 words plus citations (the prompt asks for under 100): a cap so a rambling
draft cannot run past ~7 s."""
SENTENCE_END_RE = re.compile(r"[.!?…)\]\"”']\s*$")


def drop_repeats(text: str) -> str:
    """Remove a sentence the model already wrote (small models loop), keeping line breaks."""
    seen: set[str] = set()
    lines = []
    for line in text.split("\n"):
        kept = []
        for sentence in SENTENCE_RE.split(line):
            key = " ".join(re.sub(r"\[\d+\]|\W+", " ", sentence).lower().split())
            if key and key in seen:
                continue
            seen.add(key)
            kept.append(sentence)
        lines.append(" ".join(kept))
    return "\n".join(lines)


def tidy(text: str) -> str:
    """Normalise citations, drop repeated sentences and one left unfinished by the cap."""
    text = drop_repeats(normalize_citations(text.strip()))
    if text and not SENTENCE_END_RE.search(text):
        cut = max(text.rfind(". "), text.rfind("] "), text.rfind("! "), text.rfind("? "))
        if cut > len(text) // 3:
            text = text[: cut + 1].rstrip()
    return text


def _earlier(history: History) -> str:
    """The user's previous message, if any."""
    return history[-1][0] if history else ""


class LLMResponder:
    """Answers with a chat model; checks every draft; falls back to `fallback`."""

    def __init__(
        self,
        chat: BaseChatModel,
        name: str,
        embeddings: Embeddings,
        fallback: Responder,
        checker: GroundingChecker | None = None,
        max_passages: int = MAX_PASSAGES,
        word_budget: int = WORD_BUDGET,
        retries: int = 1,
        max_tokens: int = MAX_TOKENS,
    ) -> None:
        self.chat = chat
        self.name = name
        self.embeddings = embeddings
        self.fallback = fallback
        self.checker = checker or GroundingChecker(embeddings)
        self.max_passages = max_passages
        self.word_budget = word_budget
        self.retries = retries
        self.max_tokens = max_tokens
        self.last_report: GroundingReport | None = None
        """The post-check of the latest draft (for evals and benchmarks)."""

    def _context(self, query: str, passages: Sequence[Passage]) -> list[PromptPassage]:
        return compact_passages(
            query, passages, self.embeddings, self.max_passages, self.word_budget
        )

    def _check(self, text: str, context: Sequence[PromptPassage]) -> tuple[str, GroundingReport]:
        """Post-check a draft. A draft whose only fault is citing nothing gets its
        citations from the grounding check (each supported sentence cites its best
        passage) and is checked again."""
        texts = [p.text for p in context]
        report = self.checker.check(text, texts)
        if report.problems() == [NO_CITATION]:
            cited = self.checker.cite_uncited(text, texts)
            report = self.checker.check(cited, texts)
            text = cited if report.passed else text
        self.last_report = report
        return text, report

    def _fall_back(
        self, query: str, passages: Sequence[Passage], history: History, reason: str
    ) -> Draft:
        log.info("%s: answering with %s instead (%s)", self.name, self.fallback.name, reason)
        draft = self.fallback.answer(query, passages, history)
        return Draft(text=draft.text, backend=draft.backend, fallback=f"{self.name}: {reason}")

    def answer(self, query: str, passages: Sequence[Passage], history: History = ()) -> Draft:
        context = self._context(query, passages)
        problems: list[str] = []
        for attempt in range(self.retries + 1):
            messages = answer_messages(query, context, attempt > 0, _earlier(history))
            try:
                reply = self.chat.invoke(messages, max_tokens=self.max_tokens)
            except Exception as exc:  # a backend failing must never fail the turn
                return self._fall_back(query, passages, history, f"error: {exc}")
            text, report = self._check(tidy(reply.text), context)
            if report.passed:
                return Draft(text=text, backend=self.name)
            problems = report.problems()
            log.info("%s draft %d failed post-checks: %s", self.name, attempt + 1, problems)
        return self._fall_back(query, passages, history, "; ".join(problems))

    def stream(
        self, query: str, passages: Sequence[Passage], history: History = ()
    ) -> Iterator[str | Draft]:
        context = self._context(query, passages)
        messages = answer_messages(query, context, earlier=_earlier(history))
        pieces: list[str] = []
        try:
            for chunk in self.chat.stream(messages, max_tokens=self.max_tokens):
                piece = chunk.text
                if piece:
                    pieces.append(piece)
                    yield piece
        except Exception as exc:  # a backend failing must never fail the turn
            yield self._fall_back(query, passages, history, f"error: {exc}")
            return
        text, report = self._check(tidy("".join(pieces)), context)
        if report.passed:
            yield Draft(text=text, backend=self.name)
        else:
            yield self._fall_back(query, passages, history, "; ".join(report.problems()))

    def warm_messages(self) -> list[BaseMessage]:
        """The fixed prompt prefix, for backends that can prefill it ahead of time."""
        return [
            *answer_prefix(),
            HumanMessage(P.ANSWER_USER.format(passages="", earlier="", question="")),
        ]

    def warm(self, also: Sequence[BaseMessage] | None = None) -> None:
        """Load the model and prefill the fixed prefix, `also` another fixed prompt
        (the reader's) and the contradiction judge's, so all are cached (llama.cpp
        only; else a no-op)."""
        warm = getattr(self.chat, "warm", None)
        if callable(warm):
            warm(to_role_dicts(self.warm_messages()))
            if also:
                warm(to_role_dicts(list(also)))
        judge = self.checker.judge
        warm_judge = getattr(judge.chat, "warm", None) if judge else None
        if judge and callable(warm_judge):
            warm_judge(to_role_dicts(judge.warm_messages()))

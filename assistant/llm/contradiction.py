"""Does an answer say the opposite of the passages it cites? A chat model judges.

Embedding similarity cannot see it: "it's weak to lean on someone" is as close to the
article's "it's not weak to lean on someone" as a paraphrase is. So each supported
answer sentence is put beside the passage sentences closest to it, and the chat model
that wrote the answer is asked, with a constrained-JSON reply on a fixed cached prompt
(`prompts.JUDGE_*`), whether the sentence agrees with them, contradicts them, or says
something they do not discuss. Only `contradicts` counts: an unsupported sentence is
the grounding check's business.

No model in the registry ships as an NLI cross-encoder with a licence (2026-12-08:
every NLI package downloads its model at run time, one ships an int8 DeBERTa with no
licence at all), and a classifier on the pair's embeddings caught 0.60 of the
development contradictions at a 0.08-0.16 false-alarm rate. See
`evals/contradiction_report.py` for the measured rates of this judge.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage

from assistant.llm import prompts as P
from assistant.llm.base import ask_json

if TYPE_CHECKING:
    from langchain_core.language_models.chat_models import BaseChatModel

log = logging.getLogger(__name__)

Verdict = Literal["agrees", "contradicts", "not_said"]
VERDICTS: tuple[Verdict, ...] = ("agrees", "contradicts", "not_said")
JUDGE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {"verdict": {"type": "string", "enum": list(VERDICTS)}},
    "required": ["verdict"],
}
REPLY_WORD_RE = re.compile(
    r"^(?:yes|no|yeah|nope|not really|absolutely|of course|not at all)\s*[,.!:;-]+\s*",
    re.IGNORECASE,
)
"""A reply to the user's yes/no question ("No, it's not a bad sign if you spend a weekend
apart") answers the question, not the passage: the judge read that "No" as a denial of
the passage (found on the answer set, 2026-12-08), so it is left out of the claim."""
MAX_TOKENS = 16
MAX_SENTENCES = 4
"""Sentences judged per answer (about 1.3 s each on two cores): an answer is asked to
stay under 100 words, four or five sentences."""


@dataclass(frozen=True)
class Contradiction:
    """An answer sentence the judge found saying the opposite of its passage."""

    sentence: str
    passage: int
    """1-based number of the passage the sentence was checked against."""
    premise: str
    """The passage sentences it was checked against."""


def claim_of(sentence: str) -> str:
    """The sentence without a leading reply word to the user's question."""
    claim = REPLY_WORD_RE.sub("", sentence, count=1)
    return claim[:1].upper() + claim[1:] if claim else sentence


def judge_messages(premise: str, sentence: str) -> list[BaseMessage]:
    messages: list[BaseMessage] = [SystemMessage(P.JUDGE_SYSTEM)]
    for passage, example, verdict in P.JUDGE_EXAMPLES:
        messages.append(HumanMessage(P.JUDGE_USER.format(passage=passage, sentence=example)))
        messages.append(AIMessage(json.dumps({"verdict": verdict})))
    messages.append(HumanMessage(P.JUDGE_USER.format(passage=premise, sentence=sentence)))
    return messages


def parse_verdict(reply: str) -> Verdict | None:
    try:
        value = json.loads(reply).get("verdict")
    except (ValueError, AttributeError):
        return None
    return value if value in VERDICTS else None


class ContradictionJudge:
    """Asks a chat model whether a sentence contradicts a passage, one pair a call."""

    def __init__(self, chat: BaseChatModel, name: str, max_sentences: int = MAX_SENTENCES) -> None:
        self.chat = chat
        self.name = name
        self.max_sentences = max_sentences

    def verdict(self, premise: str, sentence: str) -> Verdict | None:
        """The model's verdict, or None when it fails or replies with no usable JSON
        (the answer is then not held back: this check adds a failure, never hides one)."""
        reply = ask_json(
            self.chat,
            judge_messages(premise, claim_of(sentence)),
            JUDGE_SCHEMA,
            MAX_TOKENS,
            self.name,
            "judge a sentence",
        )
        if reply is None:
            return None
        found = parse_verdict(reply)
        if found is None:
            log.info("%s: verdict was not usable JSON: %.80r", self.name, reply)
        return found

    def contradictions(self, pairs: Sequence[tuple[str, int, str]]) -> list[Contradiction]:
        """(sentence, passage number, premise) pairs -> the ones judged contradicting;
        at most `max_sentences` are asked."""
        return [
            Contradiction(sentence, passage, premise)
            for sentence, passage, premise in pairs[: self.max_sentences]
            if self.verdict(premise, sentence) == "contradicts"
        ]

    def warm_messages(self) -> list[BaseMessage]:
        """The fixed prompt prefix, for backends that can prefill it ahead of time."""
        return judge_messages("", "")[:-1]

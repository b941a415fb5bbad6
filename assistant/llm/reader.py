"""The LLM situation reader: a wording request read into slots by the model, in one call.

The classifier has already decided that the message asks for words; this reader fills
the `Situation` the templates write from (who it is for, what they do, and what the user needs: a
change asked of them, a want, or a limit) with one constrained-JSON call on
a fixed, cached prompt prefix with worked examples (`prompts.READ_*`). Measured here
(DESIGN.md): a 1.5B model fills these slots well for plain requests, while the rules
miss phrasings they were not written from.

What the model returns is checked before it is used (`understanding/fit.py`): a slot
that says things the user never said is dropped, so no need is invented. A reply that
is not usable JSON, a backend error, or a reading with nothing left gives `None`, and
the chain reads the request with the rules instead.
"""

from __future__ import annotations

import json
import logging
import re
from collections import OrderedDict
from typing import TYPE_CHECKING, Any

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage

from assistant.llm import prompts as P
from assistant.llm.base import ask_json
from assistant.understanding.fit import repeats, states_a_want, unsaid
from assistant.understanding.situation import Situation, as_action, as_person
from assistant.understanding.wording import (
    first_person_case,
    keep_speaker,
    keywords,
    second_person,
)

if TYPE_CHECKING:
    from langchain_core.language_models.chat_models import BaseChatModel

log = logging.getLogger(__name__)

FIELDS = ("to", "they_do", "i_need")
SLOT_CHARS = 100
"""Longest slot the model may write (the grammar stops it there): a script names the
situation, it does not retell the story."""
READ_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "to": {"type": "string", "maxLength": 30},
        "they_do": {"type": "string", "maxLength": SLOT_CHARS},
        "i_need": {"type": "string", "maxLength": SLOT_CHARS},
    },
    "required": list(FIELDS),
}
MAX_TOKENS = 90
REMEMBERED = 128
MAX_UNSAID = 0.5
"""Share of a slot's content words the user never said above which the slot is
dropped (the same thing in other words, like "lend" for "borrow", is allowed once in
a short slot)."""
ASKED_RE = re.compile(
    r"^I(?:'d like| would like| need| want|'m asking| am asking)\s+(?:to\s+(?:tell|ask)\s+)?"
    r"you\s+to\s+(.+)",
    re.I,
)
LIMIT_RE = re.compile(
    r"^I(?:\s+can'?t|\s+cannot|\s+won'?t|\s+don'?t|\s+will not|'m not|\s+am not)\b", re.I
)
"""How the need is said decides the template: a change asked of them ("I'd like you
to..."), a limit ("I can't..."), or what the user wants ("I want a night to myself")."""
TOLD_RE = re.compile(
    r"^I(?:'d like| would like| want| need)?\s+to\s+(?:tell|let)\s+you\s+(?:know\s+)?(?:that\s+)?"
    r"(?=I\b|we\b)",
    re.I,
)
"""A need that still carries the request to the coach ("I want to tell you that I..."):
what follows is the need itself."""
WORRY_RE = re.compile(
    r",?\s+(?:but\s+(?:I|you|without)\b|without\s+(?:making|hurting|upsetting|sounding|"
    r"seeming|being|it|them|him|her|you)\b).*$",
    re.I,
)
"""The user's worry about how it will land, which a model sometimes carries into the
need ("I want you to stop but I don't want a fight"): not part of what is said."""


def read_messages(request: str, context: str | None) -> list[BaseMessage]:
    """Fixed system prompt and worked examples, then the real request."""
    messages: list[BaseMessage] = [SystemMessage(P.READ_SYSTEM)]
    for user, reply in P.READ_EXAMPLES:
        messages += [HumanMessage(user), AIMessage(reply)]
    messages.append(HumanMessage(P.READ_USER.format(context=context or "-", message=request)))
    return messages


def parse_reading(reply: str) -> dict[str, str] | None:
    """The slots of a JSON reply as stripped strings, or None if it is not one."""
    match = re.search(r"\{.*\}", reply, re.DOTALL)
    if not match:
        return None
    try:
        value = json.loads(match.group(0))
    except json.JSONDecodeError:
        return None
    if not isinstance(value, dict):
        return None
    return {name: " ".join(str(value.get(name) or "").split()) for name in FIELDS}


def _clause(text: str) -> str:
    return first_person_case(text.strip().rstrip(".!?,;").strip())


KEEP = "qxq"
PLURAL_RE = re.compile(r"\b(they|them|their|theirs|themselves)\b", re.I)


def _to_them(text: str, who: str) -> str:
    """The model's words said to the other person: "he"/"her"/"my dad" become "you",
    but "they"/"them" stay, since in the model's own words they are more often things
    or other people ("I don't want to see them": the memes, not dad) than the person,
    whom the model was asked to call "you"."""
    masked = PLURAL_RE.sub(lambda m: f"{KEEP}{m.group(1)}{KEEP}", text)  # one word
    return second_person(masked, who).replace(KEEP, "")


def situation_from(slots: dict[str, str], request: str, said: str) -> Situation:
    """The slots as a `Situation`, each kept only if the user said what it says."""
    who = as_person(slots["to"], said)
    situation = Situation(message=request, who=who)
    action = as_action(_clause(keep_speaker(_to_them(slots["they_do"], who), said)))
    need = _clause(TOLD_RE.sub("", WORRY_RE.sub("", _to_them(slots["i_need"], who))))
    if need and not need.startswith(("I", "We", "we")):
        need = ""  # a need said to them starts with I or we
    if need and _from_before(need, action, request):
        log.info("reading: dropped need %r (said before, about something else)", need)
        need = ""
    asked = ASKED_RE.match(need)
    values = {
        "action": action if action.lower().startswith("you") else "",
        "ask": _clause(keep_speaker(_to_them(asked.group(1), who), said)) if asked else "",
        "limit": need if not asked and LIMIT_RE.match(need) else "",
        "want": need if not asked and not LIMIT_RE.match(need) and states_a_want(need) else "",
    }
    if repeats(values["ask"], values["action"]):
        log.info("reading: dropped ask %r (what they already do)", values["ask"])
        values["ask"] = ""
    if values["ask"] and _asks_for_help(values["ask"], request):
        log.info("reading: dropped ask %r (what the user asks of the coach)", values["ask"])
        values["ask"] = ""
    for name, value in values.items():
        if value and unsaid(value, said) <= MAX_UNSAID:
            setattr(situation, name, value)
        elif value:
            log.info("reading: dropped %s %r (not in the user's words)", name, value)
    situation.keywords = keywords(situation.action, situation.ask, situation.want, situation.limit)
    return situation


HELP_LEAD = r"(?:help me|how (?:do|can|should|would) i|can you help me|what do i say to)"


def _asks_for_help(ask: str, request: str) -> bool:
    """An ask that is what the user asks of the coach ("can you help me bring it up"
    read as "I'd like you to bring it up"), not a change asked of the other person."""
    words = re.escape(" ".join(ask.lower().split()))
    return bool(re.search(rf"\b{HELP_LEAD}\s+(?:\w+\s+)?{words}\b", request.lower()))


def _from_before(need: str, action: str, request: str) -> bool:
    """A need taken from the earlier message while what happens is told in this one:
    after "is it bad that I need reassurance?", "he games every night till 2, what do
    I say" does not ask for reassurance."""
    return bool(action) and unsaid(action, request) <= MAX_UNSAID < unsaid(need, request)


class LLMSituationReader:
    """Reads a wording request into a `Situation` with one JSON call to a chat model."""

    def __init__(self, chat: BaseChatModel, name: str, max_tokens: int = MAX_TOKENS) -> None:
        self.chat = chat
        self.name = name
        self.max_tokens = max_tokens
        self._read: OrderedDict[tuple[str, str], Situation | None] = OrderedDict()
        """Recent readings: a restyle reads the same request again, for free."""

    def read(self, request: str, context: str | None = None) -> Situation | None:
        key = (request, context or "")
        if key in self._read:
            self._read.move_to_end(key)
            found = self._read[key]
            return None if found is None else Situation(**vars(found))
        situation = self._ask(request, context)
        self._read[key] = situation
        while len(self._read) > REMEMBERED:
            self._read.popitem(last=False)
        return None if situation is None else Situation(**vars(situation))

    def _ask(self, request: str, context: str | None) -> Situation | None:
        reply = ask_json(
            self.chat,
            read_messages(request, context),
            READ_SCHEMA,
            self.max_tokens,
            self.name,
            "read the request",
        )
        if reply is None:
            return None
        slots = parse_reading(reply)
        if slots is None:
            log.info("%s: reading was not usable JSON: %.80r", self.name, reply)
            return None
        situation = situation_from(slots, request, f"{context or ''}\n{request}")
        return None if situation.vague else situation

    def warm_messages(self) -> list[BaseMessage]:
        """The fixed prompt prefix, for backends that can prefill it ahead of time."""
        return read_messages("", None)[:-1] + [HumanMessage(P.READ_USER.split("{")[0])]

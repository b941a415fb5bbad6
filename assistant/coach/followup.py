"""Follow-ups resolved against the conversation so far (the explicit `history`).

The classifier decides *that* a message is a restyle, a pushback or a question; this
module only works out what follows from it:

- **restyle**: the tones and length the restyle messages since the request ask for
  ("firmer", "softer", "shorter"...), applied in order, so the state lives in the
  history the caller passes and nothing is remembered here;
- **question**: a short elliptical question ("why does that matter?") is condensed
  into a standalone query with the request it points back to, which is what
  retrieval and the responder see.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from assistant.coach.boundary import DEFAULT_TONES, TONES
from assistant.coach.revise import revision_of
from assistant.coach.texts import RESTYLE_NOTES
from assistant.vocabulary import word_set

MODIFIERS = {
    "firmer": re.compile(
        r"\b(?:firmer|more firm|stronger|more assertive|tougher|more direct|less soft|"
        r"less nice|harsher|bolder|sterner|clearer|less apologetic)\b",
        re.IGNORECASE,
    ),
    "softer": re.compile(
        r"\b(?:softer|more soft|gentler|more gentle|kinder|nicer|warmer|less harsh|"
        r"less blunt|more polite|friendlier|less aggressive|less firm|too harsh|too blunt|"
        r"too mean|too strong|too cold|casual|more casual|less formal|more relaxed|chill)\b",
        re.IGNORECASE,
    ),
    "shorter": re.compile(
        r"\b(?:shorter|shorten|short|more concise|concise|briefer|brief|too long|fewer words|"
        r"less wordy|tl;?dr|trim|text message|a text)\b",
        re.IGNORECASE,
    ),
    "longer": re.compile(
        r"\b(?:longer|more detail|more detailed|expand|fuller|too short)\b", re.IGNORECASE
    ),
}
"""The words for each restyle direction: a vocabulary, used only on messages the
classifier has already read as restyle requests."""
ANAPHORA = re.compile(
    r"\b(?:that|this|it|those|these|she|he|they|them|her|him|his|their)\b|"
    r"^(?:what if|why|and|but|how about|what about|so|then|ok|okay|really|what else)\b",
    re.IGNORECASE,
)
FOLLOWUP_MAX_WORDS = 14


@dataclass
class Restyle:
    """What the restyle messages since a boundary request ask for, applied in order."""

    tones: tuple[str, ...] = DEFAULT_TONES
    short: bool = False
    modifiers: list[str] = field(default_factory=list)
    at_limit: str | None = None
    """`firmer`/`softer` when the last modifier could not move the tones any further."""


def modifiers_of(message: str) -> list[str]:
    """The restyle directions a restyle message names (empty: "another version")."""
    return [name for name, pattern in MODIFIERS.items() if pattern.search(message)]


def restyle_of(messages: Sequence[str]) -> Restyle:
    modifiers = [m for message in messages for m in modifiers_of(message)]
    start = TONES.index(DEFAULT_TONES[0])
    short, limit = False, None
    for name in modifiers:
        limit = None
        if name == "firmer":
            limit = "firmer" if start + 3 >= len(TONES) else None
            start = min(start + 1, len(TONES) - 3)
        elif name == "softer":
            limit = "softer" if start == 0 else None
            start = max(start - 1, 0)
        elif name == "shorter":
            short = True
        elif name == "longer":
            short = False
    return Restyle(TONES[start : start + 3], short, modifiers, limit)


def restyle_note(message: str, restyle: Restyle, who: str) -> str:
    """What the coach says before restyled scripts, for the latest restyle message."""
    said = modifiers_of(message)
    if said and restyle.at_limit:
        direction = "firm" if restyle.at_limit == "firmer" else "gentle"
        return RESTYLE_NOTES["limit"].format(direction=direction)
    if said:
        return RESTYLE_NOTES[said[-1]]
    revision = revision_of([message], who)
    if revision.added:
        return RESTYLE_NOTES["added"]
    return RESTYLE_NOTES["we"] if revision.we else RESTYLE_NOTES["other"]


def condense(message: str, previous: str) -> str:
    """A standalone query: the follow-up, with the request it refers to."""
    return f"{message.rstrip()} (about: {previous.strip()})"


def search_form(message: str, previous: str) -> str:
    """What retrieval should look for: the earlier request, plus whatever the follow-up
    adds to it ("what if she gets upset?" adds "gets upset"; "why does that matter?"
    adds nothing, so it is not matched against a heading that says "matters")."""
    filler = word_set("followup_filler")
    extra = [w for w in re.findall(r"[\w'’-]+", message) if w.lower() not in filler]
    return " ".join([*extra, previous.strip()])


@dataclass
class Condensed:
    query: str
    """What the responder answers."""
    search: str
    """What retrieval looks for."""


def condensed_question(message: str, history: Sequence[tuple[str, str]]) -> Condensed | None:
    """A short question that points back ("why does that matter?") made standalone
    with the previous user message; None for a message that stands on its own."""
    if not history or len(message.split()) > FOLLOWUP_MAX_WORDS or not ANAPHORA.search(message):
        return None
    previous = history[-1][0]
    return Condensed(condense(message, previous), search_form(message, previous))

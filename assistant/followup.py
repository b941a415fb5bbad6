"""Follow-ups resolved against the conversation so far (the explicit `history`).

Two kinds:

- **restyle**: "shorter please", "make it firmer", "softer?" right after boundary
  scripts. The original request is found by walking back over earlier restyle
  requests, and every modifier since is applied in order, so the state lives in the
  history the caller passes, nothing is remembered here.
- **query**: an elliptical question ("what if she gets upset?", "why does that
  matter?") is condensed into a standalone query by joining it with the previous
  request, which is what retrieval and the topic screen then see.

Deterministic rules; an LLM condenser could replace :func:`condense` at the chain's
seam without changing the contract.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from .boundary import DEFAULT_TONES, TONES
from .screen import is_boundary_request

MODIFIERS = {
    "firmer": re.compile(
        r"\b(?:firmer|more firm|stronger|more assertive|tougher|more direct|less soft|"
        r"less nice|harsher|bolder|sterner|clearer)\b",
        re.IGNORECASE,
    ),
    "softer": re.compile(
        r"\b(?:softer|more soft|gentler|more gentle|kinder|nicer|warmer|less harsh|"
        r"less blunt|more polite|friendlier|less aggressive|less firm|too harsh|too blunt)\b",
        re.IGNORECASE,
    ),
    "shorter": re.compile(
        r"\b(?:shorter|shorten|short|more concise|concise|briefer|brief|too long|fewer words|"
        r"less wordy|tl;?dr|trim)\b",
        re.IGNORECASE,
    ),
    "longer": re.compile(
        r"\b(?:longer|more detail|more detailed|expand|fuller|too short)\b", re.IGNORECASE
    ),
}
RESTYLE_MAX_WORDS = 10
ANAPHORA = re.compile(
    r"\b(?:that|this|it|those|these|she|he|they|them|her|him|his|their)\b|"
    r"^(?:what if|why|and|but|how about|what about|so|then|ok|okay|really|what else)\b",
    re.IGNORECASE,
)
FOLLOWUP_MAX_WORDS = 14
LOOKBACK = 4
"""How many earlier turns a restyle request may reach back to find the request."""


@dataclass
class FollowUp:
    """How the current message relates to the conversation."""

    kind: Literal["new", "restyle", "query"]
    query: str
    """What to screen and retrieve with (the message itself unless condensed)."""
    request: str | None = None
    """For `restyle`: the original boundary request the scripts were written for."""
    tones: tuple[str, ...] = DEFAULT_TONES
    short: bool = False
    modifiers: list[str] = field(default_factory=list)
    """For `restyle`: every modifier applied since the request, oldest first."""
    at_limit: str | None = None
    """`firmer`/`softer` when the last modifier could not move the tones any further."""
    search: str | None = None
    """For `query`: what retrieval looks for, when it should differ from `query`."""


def modifiers_of(message: str) -> list[str]:
    """The restyle modifiers a short message asks for (empty if it is not one)."""
    if len(message.split()) > RESTYLE_MAX_WORDS or is_boundary_request(message):
        return []
    return [name for name, pattern in MODIFIERS.items() if pattern.search(message)]


def _apply(modifiers: Sequence[str]) -> tuple[tuple[str, ...], bool, str | None]:
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
    return TONES[start : start + 3], short, limit


def condense(message: str, previous: str) -> str:
    """A standalone query: the follow-up, with the request it refers to."""
    return f"{message.rstrip()} (about: {previous.strip()})"


FOLLOWUP_FILLER = frozenset(
    """why what how when does do did is are was it that this those these they them their
    she he her him his i me my you your we us our a an the to of if so and but then ok
    okay really about more tell explain mean means meant matter matters important work
    works help helps can could would should else exactly again please say said""".split()
)
"""Words that only point back or ask for more: they say nothing about the topic."""


def search_form(message: str, previous: str) -> str:
    """What retrieval should look for: the earlier request, plus whatever the follow-up
    adds to it ("what if she gets upset?" adds "gets upset"; "why does that matter?"
    adds nothing, so it is not matched against a heading that says "matters")."""
    extra = [w for w in re.findall(r"[\w'’-]+", message) if w.lower() not in FOLLOWUP_FILLER]
    return " ".join([*extra, previous.strip()])


def resolve(message: str, history: Sequence[tuple[str, str]]) -> FollowUp:
    """Classify `message` against `history` (oldest first)."""
    if not history:
        return FollowUp(kind="new", query=message)
    mods = modifiers_of(message)
    if mods:
        chain = [mods]
        for user, _answer in list(reversed(history))[:LOOKBACK]:
            earlier = modifiers_of(user)
            if earlier:
                chain.append(earlier)
                continue
            if is_boundary_request(user):
                applied = [m for step in reversed(chain) for m in step]
                tones, short, limit = _apply(applied)
                return FollowUp(
                    kind="restyle",
                    query=user,
                    request=user,
                    tones=tones,
                    short=short,
                    modifiers=applied,
                    at_limit=limit,
                )
            break
        return FollowUp(kind="restyle", query=message, modifiers=mods)
    words = len(message.split())
    if is_boundary_request(message):
        return FollowUp(kind="new", query=message)
    if words <= FOLLOWUP_MAX_WORDS and ANAPHORA.search(message):
        previous = history[-1][0]
        for user, _answer in reversed(history):
            if not modifiers_of(user):
                previous = user
                break
        return FollowUp(
            kind="query", query=condense(message, previous), search=search_form(message, previous)
        )
    return FollowUp(kind="new", query=message)


def after_boundary(history: Sequence[tuple[str, str]]) -> bool:
    """True when the latest request in `history` (restyles skipped) asked for wording."""
    for user, _answer in reversed(history):
        if not modifiers_of(user):
            return is_boundary_request(user)
    return False


REACTION_RE = re.compile(
    r"\b(?:upset|angry|mad|annoyed|hurt|cry|cries|crying|push(?:es)?\s*back|pushback|"
    r"react\w*|refuse\w*|ignore\w*|argue\w*|guilt\w*|defensive|sulk\w*|yell\w*|"
    r"doesn'?t\s+listen|won'?t\s+listen|does\s+it\s+again|keeps\s+doing|says\s+no)\b",
    re.IGNORECASE,
)


def asks_about_reaction(message: str) -> bool:
    """ "What if she gets upset?": a question about how the other person responds."""
    return bool(REACTION_RE.search(message))

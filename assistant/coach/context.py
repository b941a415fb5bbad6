"""Which earlier message a wording request points back to.

"write one for him to say to her", "help me say this to my mum", "the thing with my
mum i mentioned": the request names no situation of its own, and the message right
before it is often not the story (a question, "make it firmer", "thanks"). The story
is the latest earlier user message that tells one (the rules read something concrete
in it), preferring one about the person the request names.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from assistant.understanding.situation import same_person, who_of

SITUATION_LOOKBACK = 6
"""How many earlier user messages a request may point back to."""


def context_for(request: str, earlier: Sequence[str], tells: Callable[[str], bool]) -> str | None:
    """The earlier user message (oldest first in `earlier`) that `request` points back to:
    the latest one that tells a situation (`tells`), about the person the request names
    if one does; else the message right before the request, or None with no history."""
    if not earlier:
        return None
    recent = [m for m in list(earlier)[-SITUATION_LOOKBACK:][::-1] if m.strip()]
    if not recent:
        return None
    named = who_of(request)
    first_told: str | None = None
    for message in recent:
        if named != "them" and not same_person(named, who_of(message)):
            if first_told is None and tells(message):
                first_told = message
            continue
        if tells(message):
            return message
    return first_told or recent[0]

"""Messages that are not boundaries: an apology, reaching out again, support,
congratulations, thanks, or saying how one feels.

The classifier's kind head says which kind a wording request wants; this module
reads what the message is about from the user's own clauses (the clause the request
is about, put into words said to the other person by `wording.second_person`) and
says it through the human-written parts in `texts.py` (`KIND_PARTS`), each built on a
named structure (`KIND_FRAMEWORKS`). A reading that gives nothing usable is said
without it ("I'm sorry for how I acted"); nothing is invented. Every message is
checked (`check_message`) and one that fails is not shown.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from assistant.coach.boundary import BLAME_RE, RubricResult
from assistant.coach.texts import KIND_FRAMEWORKS, KIND_GENERIC, KIND_PARTS, KIND_TONES
from assistant.schema import Script
from assistant.understanding.situation import (
    ASIDE_RE,
    ASK_LEAD_RE,
    CUT_TAIL_RE,
    TELL_THAT_RE,
    TOLD_PERSON_RE,
    RoleReader,
    clauses_of,
    who_of,
)
from assistant.understanding.wording import first_person_case, keywords, second_person

KINDS = tuple(KIND_FRAMEWORKS)
"""The kinds written here (every kind but `boundary`)."""
MAX_EVENT_WORDS = 18
MAX_WORDS = 60

REQUEST_RE = re.compile(
    r"\b(?:what (?:do|should|can|could|would) i (?:say|text|write|send)|how (?:do|should|can|"
    r"could|would) i (?:say|word|tell|text|write|phrase|start|reach|apologi[sz]e|thank|"
    r"congratulate|support|comfort|respond|reply|open|bring|approach|let|put|show|express)|"
    r"help me (?:say|word|write|text|find|reach|apologi[sz]e|thank|tell)|"
    r"(?:message|text|note|card|words?) (?:for|to) (?:him|her|them|my)\b|"
    r"any (?:ideas|tips|advice)|(?:need|want) (?:a |some )?(?:message|text|words|help)|"
    r"i want to (?:say|tell|text|write|send|let|thank|apologi[sz]e|congratulate|reach)|"
    r"i (?:need|have|'d like|would like) to (?:say|tell|text|write|apologi[sz]e|thank)|"
    r"(?:can|could) you (?:help|write|draft)|draft|wording)",
    re.IGNORECASE,
)
"""A clause that asks the coach for words rather than telling what happened."""
FOR_RE = re.compile(
    r"\b(?:apologi[sz]e|say sorry|thank|congratulate)\s+(?:to\s+)?"
    r"(?:him|her|them|(?:my|our)\s+(?:\w+\s+)?[\w-]+\s+)?\s*(?:for|on|about)\s+(.+)",
    re.IGNORECASE,
)
""""thank my mom for helping me move": the act (a gerund phrase) after "for"."""
FIRST_PERSON_RE = re.compile(r"^(?:i|i'm|i've|i'd|i'll|we)\b", re.IGNORECASE)
STATE_RE = re.compile(
    r"^(?:I|we)(?:'m|'re| am| are| feel| felt| was| were| used| still| think| know| want| "
    r"miss| love| just)\b",
    re.I,
)
"""A clause of the user's that says how they are, not what they did: a reach-out
does not apologise for it ("I know I'm still hurt ..., and I'm sorry")."""
MARKERS = {
    "apology": re.compile(r"\bsorry\b|\bapologi", re.I),
    "reconnect": re.compile(r"\bmiss|\bbeen a while|\bcatch up|\bthinking (?:of|about) you", re.I),
    "support": re.compile(r"\bhere for you|\bsorry|\bthinking of you", re.I),
    "celebrate": re.compile(r"\bcongratulations|\bproud|\bhappy for you", re.I),
    "gratitude": re.compile(r"\bthank", re.I),
    "express": re.compile(r"\bshare|\bhonest|\bwant you to know", re.I),
}
"""What each kind of message must say (an apology says sorry)."""


@dataclass
class Occasion:
    """What a non-boundary message is about, in words that can be said to the person."""

    kind: str
    who: str = "them"
    event: str = ""
    """What happened, said to them: `I snapped at you when you asked about my job`,
    `you got the job`; empty when nothing usable was read."""
    keywords: list[str] = field(default_factory=list)
    short: bool = False

    @property
    def addressee(self) -> str:
        return "them" if self.who == "them" else re.sub(r"^(my|our)\b", "your", self.who)

    @property
    def mine(self) -> bool:
        """The event is something the user did or does ("I forgot your birthday")."""
        return bool(FIRST_PERSON_RE.match(self.event))


def read_occasion(
    message: str, kind: str, context: str | None = None, roles: RoleReader | None = None
) -> Occasion:
    """Read the person and the event of a request for a `kind` message. Never fails."""
    clauses = clauses_of(message)
    labels = roles(clauses) if roles is not None and clauses else ["context"] * len(clauses)
    spoken = [TOLD_PERSON_RE.search(c) for c in clauses if REQUEST_RE.search(c)]
    named = [who_of(m.group(0)) for m in spoken if m]
    who = next((w for w in named if w != "them"), who_of(message))
    if who == "them" and context:
        who = who_of(context)
    event = ""
    for clause in clauses:
        found = TELL_THAT_RE.search(clause) or FOR_RE.search(clause)
        if found:
            event = found.group(1)
            break
    if not event:
        told = [
            c
            for c, role in zip(clauses, labels, strict=True)
            if role != "ask" and not REQUEST_RE.search(c) and not c.rstrip().endswith("?")
        ]
        if kind == "reconnect":  # what the user did about the distance, if they said
            told = [c for c in told if _own_act(c)]
        event = next(iter(told), "")
    if not event and context:
        return read_occasion(context, kind, None, roles) if context != message else Occasion(kind)
    event = _said_to_them(event, who, kind)
    if kind == "reconnect" and not _own_act(event):
        event = ""  # only what the user did about the distance is said back to them
    return Occasion(kind, who, event, keywords(event))


def _own_act(clause: str) -> bool:
    """Something the user did ("i stopped replying to her"), not how they are."""
    clause = re.sub(r"(?i)^(?:and|but|so|then)\s+", "", clause.strip())
    return bool(re.match(r"(?i)i\b", clause)) and not STATE_RE.match(clause)


def _said_to_them(clause: str, who: str, kind: str) -> str:
    clause = ASK_LEAD_RE.sub("", ASIDE_RE.sub("", clause).strip())
    clause = CUT_TAIL_RE.sub("", re.sub(r"^(?:and|but|so|because)\s+", "", clause, flags=re.I))
    words = clause.split()
    if len(words) < 2 or len(words) > MAX_EVENT_WORDS:
        return ""
    said = first_person_case(second_person(clause, who))
    if kind in ("gratitude", "apology") and re.match(r"(?i)^[a-z]+ing\b", said):
        return said  # "helping me move": after "for"
    if re.search(r"(?i)\b(?:they|them|their)\b", said):
        return ""  # someone the rewrite could not place ("on they")
    return said if re.search(r"(?i)\b(?:i|you|your|we|i'm|you're)\b", said) else ""


def _sentence(text: str) -> str:
    text = text.strip().rstrip(".!?,;")
    return text[:1].upper() + text[1:]


def write_message(occasion: Occasion, tone: str) -> str | None:
    """The message of one tone, from the parts of its kind."""
    brief = tone == "brief"
    tone = "direct" if brief else tone
    parts = KIND_PARTS.get(occasion.kind, {}).get(tone)
    if parts is None:
        return None
    event = occasion.event
    if not event:
        text = KIND_GENERIC[occasion.kind][tone]
    elif re.match(r"(?i)^[a-z]+ing\b", event):
        text = parts["for"].format(act=event.rstrip(".!?"))
    else:
        form = "mine" if occasion.mine else "theirs"
        text = parts[form].format(event=event.rstrip(".!?,;"), Event=_sentence(event))
    sentences = re.split(r"(?<=[.!?])\s+", text)
    if brief and occasion.short:
        sentences = sentences[:1]
    elif occasion.short or brief:
        sentences = sentences[:2] if len(sentences) > 2 else sentences[:1]
    return " ".join(" ".join(sentences).split())


def check_message(text: str, occasion: Occasion) -> RubricResult:
    """The checks every message of these kinds must pass."""
    low = text.lower()
    stems = set(re.findall(r"[a-z'-]+", low))
    who = occasion.who.lower()
    return RubricResult(
        checks={
            "says_its_kind": bool(MARKERS[occasion.kind].search(text)),
            "first_person": bool(re.search(r"\b(?:I|I'm|I've|I'd|my|me)\b", text)),
            "names_situation": not occasion.keywords or any(k in stems for k in occasion.keywords),
            "speaks_to_them": not (who.startswith("my ") and who in low)
            and not re.search(r"\b(?:help me|how do i|what do i say)\b", low),
            "no_blame": not BLAME_RE.search(text),
            "calm": "!!" not in text,
            "max_words": 0 < len(text.split()) <= MAX_WORDS,
        },
        words=len(text.split()),
    )


def write_messages(occasion: Occasion, tones: Sequence[str]) -> list[Script]:
    """One message per tone of its kind that passes the checks; the event left out
    when a message with it fails (a blaming clause), so a turn always has one."""
    out: list[Script] = []
    shown: set[str] = set()  # a short warm message can be the brief one word for word
    for tone in dict.fromkeys(KIND_TONES.get(t, t) for t in tones):
        for reading in (occasion, Occasion(occasion.kind, occasion.who, short=occasion.short)):
            text = write_message(reading, tone)
            if text and text not in shown and check_message(text, reading).passed:
                out.append(Script(tone=tone, text=text, framework=KIND_FRAMEWORKS[occasion.kind]))
                shown.add(text)
                break
    return out

"""What a restyle changes in the content of the scripts, beyond tone and length.

The classifier decides that a message asks to change scripts already given; this
module works out two content changes the templates can make faithfully:

- **a sentence to add**, when the message says it in full ("add that I appreciate
  her", "can it say I'll still come on Christmas day"): said to the other person
  (`wording.second_person`) and added to every script;
- **"we" instead of "I"** ("my wife wants it to come from both of us, can it be a
  'we' version").

- **what the message itself states**, as a wording request would ("firmer. next
  time i'm leaving after 15 min", "softer, and propose we alternate years"): read
  by the clause classifier like any request (`situation.read_situation`), its limit,
  want or ask become a sentence added to every script.

Anything else ("make it funnier", "mention the kids") is not guessed at: the coach
says what it can change instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from assistant.understanding.situation import RoleReader, read_situation
from assistant.understanding.wording import first_person_case, second_person

ADD_RE = re.compile(
    r"\b(?:add|mention|include|put in|throw in|work in|say|saying|"
    r"(?:tell|remind) (?:him|her|them)|let (?:him|her|them) know)\s+"
    r"(?:in\s+)?(?:that\s+)?(?P<rest>.+)",
    re.IGNORECASE,
)
SAYS_WHO_RE = re.compile(
    r"^(?:how\s+(?:much|grateful|thankful)\s+)?(?:i|i'm|im|i'll|ill|i've|ive|i'd|we|we're|"
    r"we'll|we've|we'd|she|he|they|she's|he's|they're|it|it's|its|my|our|this|that)\b",
    re.IGNORECASE,
)
"""Content that is a whole clause ("I appreciate her", "how much I love him"); a bare
noun ("the kids") says no sentence to add."""
TAIL_RE = re.compile(
    r"(?:\s+(?:too|as well|also|in there|in it|somewhere|at the end|at the start|pls|"
    r"please|plz|lol|haha|tho|though))+\W*$|[\s.!?,]+$",
    re.IGNORECASE,
)
MAX_ADDED_WORDS = 18
"""Longest sentence added to a script (each script stays within the rubric's limit)."""
WE_RE = re.compile(
    r"\b(?:we|us)\b['\"’]?[\s-]*version\b|\bfrom (?:both of us|the two of us|us both|us)\b|"
    r"\b(?:use|with|as|in) ['\"’]?we['\"’]?(?:\s|$|\W)|\bsay ['\"’]we['\"’]|\bas a couple\b|"
    r"\bplural\b",
    re.IGNORECASE,
)


@dataclass
class Revision:
    """The content changes that restyle messages since a request ask for."""

    added: list[str] = field(default_factory=list)
    """Sentences to add, said to the other person ("I appreciate everything you do")."""
    we: bool = False
    """Say the scripts as "we" (from a couple or a family)."""


def added_sentence(message: str, who: str) -> str | None:
    """The sentence a restyle asks to add, said to them; None when it names none."""
    match = ADD_RE.search(" ".join(message.replace("’", "'").split()))
    if not match:
        return None
    rest = TAIL_RE.sub("", match.group("rest").strip())
    rest = re.split(r"(?<=\w)[.!?;]\s", rest)[0]
    if not SAYS_WHO_RE.match(rest) or not 2 <= len(rest.split()) <= MAX_ADDED_WORDS:
        return None  # one word ("add that i") says no sentence
    said = first_person_case(second_person(rest, who))
    if said.lower().startswith("how "):
        return f"I want you to know {said}."
    return f"I also want you to know that {said}."


def stated_in(message: str, who: str, roles: RoleReader | None) -> list[str]:
    """What a restyle message states as a request would, as sentences said to them:
    "firmer. next time i'm leaving after 15 min" -> "Next time I'm leaving after 15
    min."; nothing for a message that only says how ("make it softer")."""
    read = read_situation(message, None, roles)
    lines = [f"{x[:1].upper()}{x[1:]}." for x in (read.limit, read.want) if x]
    if read.ask:
        lines.append(f"I'm also asking you to {read.ask}.")
    return [line for line in lines if len(line.split()) <= MAX_ADDED_WORDS]


def revision_of(messages: Sequence[str], who: str, roles: RoleReader | None = None) -> Revision:
    """What the restyle messages (oldest first) change in content. With `roles` (the
    clause classifier), what a message states is added too (`stated_in`)."""
    revision = Revision()
    for message in messages:
        line = added_sentence(message, who)
        lines = [line] if line else stated_in(message, who, roles) if roles else []
        for line in lines:
            if line not in revision.added:
                revision.added.append(line)
        revision.we = revision.we or bool(WE_RE.search(message))
    return revision


WE_WORDS = {
    "i": "we",
    "i'm": "we're",
    "i've": "we've",
    "i'd": "we'd",
    "i'll": "we'll",
    "me": "us",
    "my": "our",
    "mine": "ours",
    "myself": "ourselves",
    "am": "are",
    "was": "were",
}
WE_RE_WORDS = re.compile(
    r"\bI (?:am|was)\b|\b(?:I(?:'m|'ve|'d|'ll)?|me|my|mine|myself)\b", re.IGNORECASE
)


def as_we(text: str) -> str:
    """A script said by two people: "I need" -> "we need", "for me" -> "for us"."""

    def swap(match: re.Match[str]) -> str:
        words = match.group(0).split()
        said = " ".join(WE_WORDS.get(w.lower(), w) for w in words)
        at = match.start()
        starts = at == 0 or text[:at].rstrip().endswith((".", "!", "?", ":"))
        return said[:1].upper() + said[1:] if starts else said

    return WE_RE_WORDS.sub(swap, text)


SAID_RE = re.compile(
    r"\b(?:says?|said|saying|goes|tells me|comes back with|hits me with|replies|answers|"
    r"accuses me of being|like(?=\s+['\"‘“]))\s+(?:that\s+|like\s+)?(?P<said>.+)",
    re.IGNORECASE,
)
QUOTED_RE = re.compile(r"^['\"‘“](?P<inner>.+?)(?:['\"’”](?=\W|$)|$)")
FLIP = {
    "i": "you",
    "i'm": "you're",
    "im": "you're",
    "i've": "you've",
    "ive": "you've",
    "i'll": "you'll",
    "i'd": "you'd",
    "my": "your",
    "me": "you",
    "myself": "yourself",
    "your": "my",
    "you're": "I'm",
    "youre": "I'm",
    "ur": "my",
    "yourself": "myself",
    "you've": "I've",
    "you'll": "I'll",
    "you'd": "I'd",
    "we": "you",
    "us": "you",
    "our": "your",
}
SUBJECT_AFTER = {"", "that", "and", "but", "because", "so", "if", "when"}
ACK_SUBJECT_RE = re.compile(
    r"^(?:you|I|I'm|my|your|everyone|everybody|nobody|no one|it|it's|its|that|that's|thats|this|"
    r"we|they|"
    r"there|family|people)\b",
    re.IGNORECASE,
)
MAX_ACK_WORDS = 14
ACK_GENERIC = "I hear you."
ACK_FEELING = "I can see this is hard to hear."


def _flip(words: list[str]) -> str:
    """Their words said back from the user's side: their "I" is "you", their "you" "I"."""
    out: list[str] = []
    for word in words:
        low = word.lower()
        if low == "you":
            before = out[-1].lower() if out else ""
            out.append("I" if before in SUBJECT_AFTER else "me")
        elif low == "ur" and (not out or out[-1].lower() in SUBJECT_AFTER):
            out.append("I'm")  # "ur being controlling": you're
        elif low in FLIP:
            out.append(FLIP[low])
        else:
            out.append(word)
    text = " ".join(out)
    text = re.sub(r"\byou was\b", "you were", text)
    return re.sub(r"\bI (are|were)\b", lambda m: "I am" if m.group(1) == "are" else "I was", text)


def acknowledgement(message: str) -> str:
    """The first line of a script that answers a pushback: what they said, heard back
    without agreeing ("what if he says 'I just worry about you'" -> "I hear that you
    just worry about me."), or plainly "I hear you." when it cannot be said back."""
    text = " ".join(message.replace("’", "'").split())
    said = SAID_RE.search(text)
    if not said:
        return ACK_FEELING
    words = re.split(r"(?<=\w)[.!?;]\s", said.group("said"))[0]
    words = re.sub(r"(?i)\bim\b", "I'm", words)
    quoted = QUOTED_RE.match(words)
    if quoted:
        flipped = _flip(quoted.group("inner").split())
    else:  # reported speech is already in the user's words: "he says im paranoid"
        flipped = first_person_case(second_person(words.rstrip("?!. "), "them"))
    flipped = flipped.rstrip("?!., ")
    if not ACK_SUBJECT_RE.match(flipped) or len(flipped.split()) > MAX_ACK_WORDS:
        return ACK_GENERIC
    if re.match(r"(?:I|I'm|my|we|we're|we've|our|us)\b", flipped, re.IGNORECASE):
        return f"I hear that you think {flipped}."
    return f"I hear that {flipped}."

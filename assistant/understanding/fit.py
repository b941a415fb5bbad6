"""Does a reading say only what the user said? Word-level checks, no model.

A script must name the user's situation in the user's terms and invent nothing (no
"Sundays and Wednesdays" the user never mentioned, no need they did not state). A slot
read by a model is kept only when its content words come from the user's messages;
the rubric uses the same words to check that a script names the change asked.
"""

from __future__ import annotations

import re

from assistant.vocabulary import word_set

WORD_RE = re.compile(r"[a-z][a-z'-]*")
SUFFIXES = ("ing", "ed", "es", "s", "ly")


def stem(word: str) -> str:
    """A crude stem: `calling`, `calls`, `called` -> `call`; short words stay whole."""
    word = word.lower().strip("'-").replace("’", "'")
    if word.endswith("n't"):
        word = word[:-3]
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word[:-1] if len(word) > 3 and word.endswith("e") else word


def content_stems(text: str) -> list[str]:
    """Stems of the words that carry content (not pronouns, modals, fillers)."""
    stop = word_set("keyword_stopwords") | word_set("fit_stopwords")
    words = WORD_RE.findall(text.lower().replace("’", "'"))
    return [stem(w) for w in words if w not in stop and len(w) > 2]


def unsaid(value: str, said: str) -> float:
    """The share of `value`'s content words that `said` does not contain (0 to 1)."""
    wanted = content_stems(value)
    if not wanted:
        return 0.0
    have = set(content_stems(said))
    return sum(w not in have for w in wanted) / len(wanted)


def names(script: str, value: str) -> bool:
    """Whether a script mentions a content word of a slot (or the slot has none)."""
    wanted = set(content_stems(value))
    return not wanted or bool(wanted & set(content_stems(script)))


CHANGE_WORDS = frozenset(
    "stop quit don't dont not no never less fewer instead first before ask check only "
    "without anymore earlier later ahead sooner".split()
)
"""Words that make an ask a change from what happens ("stop calling", "call first")."""


def repeats(ask: str, action: str) -> bool:
    """Whether an ask only repeats what the other person already does ("babysit last
    minute" for "you ask me to babysit last minute"): asking for it would contradict
    the user."""
    words = set(WORD_RE.findall(ask.lower().replace("’", "'")))
    wanted = set(content_stems(ask))
    return (
        bool(action and wanted)
        and not words & CHANGE_WORDS
        and wanted <= set(content_stems(action))
    )


WANTS_RE = re.compile(
    r"\b(?:want|wanna|need|needs|like|love to|would|'d|wish|hope|have to|has to|must|going to|"
    r"gonna|asking|ask|can'?t|cannot|won'?t|don'?t|not|no longer|only|prefer|rather)\b",
    re.IGNORECASE,
)
ABOUT_THE_TALK_RE = re.compile(
    r"\b(?:bring (?:it|this|that) up|say something|say it|talk (?:about it|to you)|tell you|"
    r"have (?:a|the|this) (?:talk|conversation|convo)|word (?:it|this)|without (?:a|any) fight)\b",
    re.IGNORECASE,
)


def states_a_want(text: str) -> bool:
    """Whether a reading's `want` says what the user wants ("I want that hour for myself"),
    not a feeling ("I love you") or the wish to have the talk at all ("I'd like to bring
    it up without a fight"), which a script cannot ask for."""
    return bool(WANTS_RE.search(text)) and not ABOUT_THE_TALK_RE.search(text)

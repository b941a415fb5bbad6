"""Text preparation for the safety screen: texting shorthand, accents, clauses.

Why: the rules and the embedding backstop were written for standard spelling. A
message typed fast ("evry1 wud b better off w/o me") or without accents ("como
hacerlo") must read the same as its standard form, and one risky clause inside a
long ordinary message must not be diluted by the rest of it.

- `expand_shorthand`: common texting abbreviations, word by word, to their full
  form (u -> you, wud -> would, w/o -> without, idk -> i don't know...). Only
  tokens that are not ordinary words in the languages the rules read are expanded
  ("ya" and "y" are Spanish, so they stay).
- `strip_accents`: a copy without diacritics, so a rule written without accents
  also reads "cómo hacerlo" and "não".
- `clauses`: the sentences of a message, and the comma-separated parts of a long
  sentence, for the backstop to score one by one.

Pure string work: microseconds, no model.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

SHORTHAND = {
    "u": "you",
    "ur": "your",
    "urself": "yourself",
    "wud": "would",
    "wld": "would",
    "cud": "could",
    "cld": "could",
    "shud": "should",
    "shld": "should",
    "evry1": "everyone",
    "every1": "everyone",
    "evryone": "everyone",
    "evrybody": "everybody",
    "evrything": "everything",
    "sum1": "someone",
    "some1": "someone",
    "any1": "anyone",
    "no1": "no one",
    "ppl": "people",
    "bc": "because",
    "bcuz": "because",
    "bcoz": "because",
    "cuz": "because",
    "coz": "because",
    "rn": "right now",
    "idk": "i don't know",
    "idc": "i don't care",
    "fr": "for real",
    "frfr": "for real",
    "ngl": "not gonna lie",
    "im": "i'm",
    "ive": "i've",
    "dont": "don't",
    "cant": "can't",
    "wont": "won't",
    "didnt": "didn't",
    "doesnt": "doesn't",
    "isnt": "isn't",
    "wasnt": "wasn't",
    "havent": "haven't",
    "wouldnt": "wouldn't",
    "couldnt": "couldn't",
    "shouldnt": "shouldn't",
    "thats": "that's",
    "whats": "what's",
    "theres": "there's",
    "shes": "she's",
    "youre": "you're",
    "theyre": "they're",
    "wat": "what",
    "wut": "what",
    "tho": "though",
    "thru": "through",
    "b": "be",
    "r": "are",
    "n": "and",
    "2day": "today",
    "2nite": "tonight",
    "2night": "tonight",
    "tonite": "tonight",
    "2moro": "tomorrow",
    "2morrow": "tomorrow",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "b4": "before",
    "l8r": "later",
    "prolly": "probably",
    "pls": "please",
    "plz": "please",
    "luv": "love",
    "h8": "hate",
    "ded": "dead",
    "lyf": "life",
    "nothin": "nothing",
    "lookin": "looking",
    "thinkin": "thinking",
    "goin": "going",
    "tryin": "trying",
    "feelin": "feeling",
    "somethin": "something",
    "nite": "night",
    "nites": "nights",
    "nthn": "nothing",
    "sumthin": "something",
    "nvr": "never",
    "alwys": "always",
    "anymor": "anymore",
    "bout": "about",
    "gf's": "girlfriend's",
    "bf's": "boyfriend's",
    "k1ll": "kill",
    "myslf": "myself",
}
_TOKEN = re.compile(r"(?<![\w'/])(?:w/o|w/|b/c|[a-z0-9']+)(?![\w'/])")
_SLASHED = {"w/o": "without", "w/": "with", "b/c": "because"}


def expand_shorthand(text: str) -> str:
    """Texting abbreviations in lower-case text replaced by their full form."""

    def full(match: re.Match[str]) -> str:
        word = match.group(0)
        return _SLASHED.get(word) or SHORTHAND.get(word, word)

    return _TOKEN.sub(full, text)


def strip_accents(text: str) -> str:
    """The text without diacritics ("cómo" -> "como", "não" -> "nao")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_SENTENCE = re.compile(r"(?<=[.!?;…])\s+|\n+|\s+[-–—]\s+")
_CLAUSE = re.compile(
    r",\s+|\s+(?:and|but|so)\s+(?=(?:honestly|tbh|then|now|lately|sometimes|some\s+nights|"
    r"i|i'm|i've|he|she|they|my)\b)|\s+anyway\b"
)
LONG_SENTENCE = 16
"""Words in a sentence above which its comma-separated parts are scored too."""
MIN_CLAUSE = 4
"""Shorter parts carry too little meaning to be scored on their own."""
MAX_CLAUSES = 8


def clauses(text: str) -> list[str]:
    """The parts of a message worth scoring on their own: each sentence, and the
    clauses of a long sentence. Empty for a message of one short sentence."""
    parts: list[str] = []
    sentences = [s.strip() for s in _SENTENCE.split(text) if s and s.strip()]
    for sentence in sentences:
        words = sentence.split()
        if len(sentences) > 1 and len(words) >= MIN_CLAUSE:
            parts.append(sentence)
        if len(words) > LONG_SENTENCE:
            pieces = [p.strip() for p in _CLAUSE.split(sentence) if p and p.strip()]
            parts.extend(p for p in pieces if len(p.split()) >= MIN_CLAUSE)
    unique = [p for p in dict.fromkeys(parts) if p != text.strip()]
    return unique[:MAX_CLAUSES]


Rule = tuple[str, str, "re.Pattern[str]"]
"""(kind, name, pattern): one named safety rule of kind `crisis` or `danger`."""


def first_sign(rules: Iterable[Rule], text: str) -> tuple[str, str] | None:
    """(kind, matched words) of the first rule, in order, that matches `text`."""
    for kind, _name, pattern in rules:
        match = pattern.search(text)
        if match:
            return kind, match.group(0).strip()
    return None

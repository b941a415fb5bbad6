"""Turning a user's own clauses into words said to the other person.

Small, readable rules: the other person (`my dad`, `he`, `she`, `they`) becomes
`you`, third-person verbs agree (`keeps` -> `keep`), and `I`/`me`/`my` stay. Which
clause says what is decided before this, by the classifier's clause roles.
"""

from __future__ import annotations

import re

from assistant.vocabulary import word_set

PREPOSITIONS = "with|to|for|at|about|from|of|without|around|behind"
ADVERBS = (
    r"(?:always|constantly|often|never|still|just|also|usually|really|sometimes|basically|"
    r"literally|barely|rarely|hardly|only|even|ever)"
)
IRREGULAR = {"has": "have", "is": "are", "does": "do", "goes": "go", "was": "were"}
CONTRACTIONS = {"'s": "'re", "'ll": "'ll", "'d": "'d"}


def base_verb(verb: str) -> str:
    """`reads` -> `read`, `watches` -> `watch`, `tries` -> `try`, `has` -> `have`."""
    if verb in IRREGULAR:
        return IRREGULAR[verb]
    if verb.endswith("ies") and len(verb) > 4:
        return verb[:-3] + "y"
    if re.search(r"(?:ch|sh|ss|x|zz|o)es$", verb):
        return verb[:-2]
    if verb.endswith("s") and not verb.endswith("ss") and len(verb) > 3:
        return verb[:-1]
    return verb


AUXILIARY_S = r"(?:is|isn't|isnt|was|wasn't|wasnt|has|hasn't|hasnt|does|doesn't|doesnt)"
OBJECT_START = (
    r"me|my|it|its|an?|the|to|up|back|out|on|off|about|over|in|always|never|still|just|"
    r"mentioned|said|asked|done|been|paid|called|texted|apologi[sz]ed|late|rude|loud|"
    r"everything|nothing|anything|all"
)
"""After "you ... and", a verb written for he or she (not an auxiliary: "is", "hasn't")
is agreed with "you" only when what follows it is how a verb phrase goes on; "you call
me and dishes pile up" stays."""


def second_person(clause: str, who: str) -> str:
    """Rewrite references to the other person as `you`/`your`; keep I/me/my."""
    text = " " + clause.replace("’", "'") + " "
    relation = who[3:] if who.startswith("my ") else who
    if relation and relation != "them":
        rel = re.escape(relation.lower())
        text = re.sub(rf"(?i)\b(?:my|our|the|a|an)\s+(?:\w+\s+)?{rel}'s\b", "your", text)
        text = re.sub(rf"(?i)\b(?:my|our|the|a|an)\s+(?:\w+\s+)?{rel}\b", "they", text)
        if not who.startswith("my "):
            text = re.sub(rf"\b{re.escape(relation)}'s\b", "your", text)
            text = re.sub(rf"\b{re.escape(relation)}\b", "they", text)
    text = re.sub(r"(?i)\b(?:they|you) who\b", "they", text)
    text = re.sub(rf"(?i)\b({PREPOSITIONS})\s+they\b", r"\1 you", text)  # "dinners with you"
    text = re.sub(r"(?i)(?<=\w )they(?=[.!?]*\s*$)", "you", text)  # "I miss you"
    text = re.sub(r"(?i)\b(?:hes|shes|theyre)\b", "you're", text)  # typed without the '
    text = re.sub(  # "she's worked so hard": has, not is
        r"(?i)\b(?:he|she)'s\s+((?:\w+ly\s+)?(?:been|done|gone|gotten|had|made|"
        r"[a-z]+ed(?=\s+(?:on|me|us|through|hard)\b))\b)",
        r"you've \1",
        text,
    )
    text = re.sub(
        r"(?i)\b(?:he|she|they)('s|'ll|'d)\b",
        lambda m: "you" + CONTRACTIONS[m.group(1).lower()],
        text,
    )
    text = re.sub(
        rf"(?i)\b(?:he|she|they)\s+((?:{ADVERBS}\s+)*)([a-z']+)\b",
        lambda m: f"you {m.group(1)}{_agree(m.group(2))}",
        text,
    )
    if re.search(r"(?i)\byou\b", text):  # "you borrow money and never pays it back"
        text = re.sub(
            rf"(?i)\band\s+((?:then|{ADVERBS})(?:\s+{ADVERBS})*)\s+([a-z']+)\b",
            lambda m: f"and {m.group(1)} {_agree(m.group(2))}",
            text,
        )
        # "you borrowed 300 quid and hasn't mentioned it", "you text me and expects an answer"
        text = re.sub(
            rf"(?i)\b(you\s+(?:{ADVERBS}\s+)*[a-z']+\b[^,.;!?]*?\band\s+)"
            rf"({AUXILIARY_S}(?=\s)|[a-z]+s(?=\s+(?:{OBJECT_START})\b))\b",
            lambda m: m.group(1) + _agree(m.group(2)),
            text,
        )
    text = re.sub(r"(?i)\b(?:his|their)\b", "your", text)
    text = re.sub(r"(?i)\b(?:him|them)\b", "you", text)
    text = re.sub(r"(?i)\b(?:himself|herself|themselves)\b", "yourself", text)
    words = text.split()
    object_followers = word_set("object_followers")
    for i, word in enumerate(words):
        if word.lower() == "her":
            nxt = words[i + 1].lower() if i + 1 < len(words) else ""
            words[i] = "you" if not nxt or nxt in object_followers else "your"
    return first_person_case(" ".join(words))


def agree_with_you(clause: str) -> str:
    """`you slacks me` -> `you slack me` (a verb written for he or she, after `you`)."""
    return re.sub(
        rf"(?i)\byou\s+((?:{ADVERBS}\s+)*)([a-z']+)\b",
        lambda m: f"you {m.group(1)}{_agree(m.group(2))}",
        clause,
    )


def _agree(verb: str) -> str:
    low = verb.lower()
    negated = {"doesn't": "don't", "isn't": "aren't", "wasn't": "weren't", "hasn't": "haven't"}
    negated |= {k.replace("'", ""): v for k, v in negated.items()}  # typed without the '
    if low in negated:
        return negated[low]
    if low in (
        "can",
        "can't",
        "will",
        "won't",
        "would",
        "could",
        "should",
        "might",
        "did",
        "didn't",
    ):
        return low
    return base_verb(low) if low.endswith("s") else low


SPEAKER = {"you": "I", "your": "my", "you're": "I'm", "you've": "I've", "yourself": "myself"}
OTHER_SAID = r"(?:he|she|they|his|her|their|you|your|him|them)"


def keep_speaker(text: str, said: str) -> str:
    """Put back the user's own "I"/"my" where a reader turned them into "you"/"your":
    "you comment on what you feed your kids" for "she comments on what i feed my kids".
    The first "you" is the other person; a later one stays unless the user wrote the
    next word after "i"/"my" and never after a word for the other person."""
    low = " " + said.lower().replace("’", "'") + " "
    out = text.split(" ")
    for i, word in enumerate(out[1:-1], 1):
        key = word.lower()
        nxt = re.sub(r"\W+$", "", out[i + 1].lower())
        if key not in SPEAKER or not nxt:
            continue
        mine = "my" if key == "your" else "i"
        if re.search(rf"\b{mine}\s+{re.escape(nxt)}\b", low) and not re.search(
            rf"\b{OTHER_SAID}\s+{re.escape(nxt)}\b", low
        ):
            out[i] = SPEAKER[key]
    return " ".join(out)


def first_person_case(clause: str) -> str:
    return re.sub(r"\bi(?=\b|')", "I", clause)


def keywords(*phrases: str) -> list[str]:
    """Content words of the situation, which every script must mention one of."""
    words = re.findall(r"[a-z][a-z'-]+", " ".join(phrases).lower())
    stopwords = word_set("keyword_stopwords")
    return list(dict.fromkeys(w for w in words if w not in stopwords and len(w) > 2))

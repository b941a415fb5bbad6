"""Reading a boundary request: who it is about, what happens, the need, an alternative.

Deterministic and rule-based: a handful of sentence shapes cover how people ask for
wording ("tell my mom to stop calling me every day", "my roommate keeps eating my
food", "say no to lending my brother money", "tell my friend I can't come to her
party"). What cannot be read falls back to a topic-level phrasing, so a script can
always be written. The speaker stays "I"; the other person becomes "you".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .texts import SITUATION_DEFAULTS, SITUATION_FALLBACK

RELATIONS = tuple(
    "mother-in-law|father-in-law|sister-in-law|brother-in-law|in-laws|best friend|"
    "boyfriend|girlfriend|husband|wife|partner|spouse|fiance|fiancé|fiancee|fiancée|"
    "mom|mum|mother|dad|father|parents|sister|brother|sibling|siblings|son|daughter|"
    "kids|friend|friends|roommate|roommates|flatmate|housemate|boss|manager|coworker|"
    "co-worker|colleague|coworkers|colleagues|neighbor|neighbour|ex|aunt|uncle|cousin|"
    "grandma|grandpa|grandmother|grandfather|family|landlord|teammate|bf|gf|date|"
    "client|clients|customer|customers|teacher|tenant|mentor|classmate|team lead".split("|")
)
_REL = "|".join(re.escape(r) for r in sorted(RELATIONS, key=len, reverse=True))
WHO_RE = re.compile(rf"\b(?:my|our|a|an|the)\s+((?:\w+\s+)?(?:{_REL}))\b")
NAME_RE = re.compile(
    r"\b(?:tell|ask|say to|text|remind|with)\s+([A-Z][a-z]+)\b|"
    r"(?:^|[:;,.]\s*)([A-Z][a-z]+)\s+(?:keeps|always|never|[a-z]+s)\b"
)
NOT_NAMES = {"I", "Help", "How", "What", "When", "Why", "Can", "Could", "Should", "Please", "My"}
MAX_ACTION_WORDS = 14
MAX_NEED_WORDS = 9

_CUT = re.compile(
    r"[?.!;,:]|\s(?:and how|but|without (?:hurting|sounding|making|being|upsetting|"
    r"starting|ruining|losing|seeming)|without (?:him|her|them|you) (?:feeling|getting|"
    r"thinking|taking)|because|so that|lol|haha|please|help)\b"
)
_END_FILLER = re.compile(r"\s+(?:anymore|any more|so much|all the time|though|right now|now)$")


@dataclass
class Situation:
    """What a boundary request is about, ready to be put into words."""

    message: str
    who: str = "them"
    """The other person as the user named them, e.g. `my mom` (or `them`)."""
    family: str = "behaviour"
    """`behaviour` (something they do) or `limit` (something the speaker won't do)."""
    action: str = ""
    """Clause for `behaviour`, addressed to them: `you keep calling me every day`."""
    limit: str = ""
    """Clause for `limit`, in the first person: `I can't keep lending you money`."""
    feeling: str = SITUATION_FALLBACK[0]
    need: str = SITUATION_FALLBACK[1]
    """Follows "I need": `some breathing room during my day`."""
    alternative: str = SITUATION_FALLBACK[2]
    """A verb phrase offering another way: `check in a couple of times a week`."""
    consequence: str = SITUATION_FALLBACK[3]
    topic: str = "general"
    keywords: list[str] = field(default_factory=list)
    """Content words of the situation a script must mention (the rubric checks this)."""
    short: bool = False
    """Ask writers for a shorter version (set by a "shorter please" follow-up)."""

    @property
    def vague(self) -> bool:
        """Nothing concrete was read: no behaviour, limit, need or known topic."""
        return self.topic == "general" and self.action.startswith("it comes to")

    @property
    def addressee(self) -> str:
        """How the coach refers to the other person when talking to the user."""
        return "them" if self.who == "them" else re.sub(r"^(my|our)\b", "your", self.who)


def _trim(phrase: str, max_words: int) -> str:
    phrase = _CUT.split(phrase, maxsplit=1)[0].strip()
    previous = None
    while previous != phrase:
        previous, phrase = phrase, _END_FILLER.sub("", phrase).strip()
    words = phrase.split()
    return " ".join(words[:max_words])


_OBJECT_FOLLOWERS = set(
    "|about|after|again|all|and|any|anymore|at|back|before|every|first|for|if|in|less|more|now|off|on|or|out|right|so|that|to|too|up|when|with|without".split(
        "|"
    )
)


def _second_person(clause: str, who: str) -> str:
    """Rewrite references to the other person as `you`/`your`; keep I/me/my."""
    if who.startswith("my "):
        clause = re.sub(rf"\b(?:my|our)\s+{re.escape(who[3:])}'s\b", "your", clause)
        clause = re.sub(rf"\b(?:my|our)\s+{re.escape(who[3:])}\b", "you", clause)
    elif who != "them":
        clause = re.sub(rf"\b{re.escape(who.lower())}\b", "you", clause)
    clause = re.sub(r"\b(?:he|she|they)\s+(?:is|are)\b", "you are", clause)
    clause = re.sub(r"\b(?:he|she|they)\s+(?:was|were)\b", "you were", clause)
    clause = re.sub(r"\b(?:he|she|they)\s+(?:has|have)\b", "you have", clause)
    clause = re.sub(  # "she vents" -> "you vent", "he always calls" -> "you always call"
        rf"\b(?:he|she)\s+((?:{_ADVERBS})\s+)?([a-z]+s)\b",
        lambda m: f"you {m.group(1) or ''}{_base_verb(m.group(2))}",
        clause,
    )
    clause = re.sub(r"\b(?:he|she|they)\b", "you", clause)
    clause = re.sub(r"\b(?:his|their)\b", "your", clause)
    clause = re.sub(r"\b(?:him|them)\b", "you", clause)
    clause = re.sub(r"\b(?:himself|herself|themselves)\b", "yourself", clause)
    words = clause.split()
    for i, word in enumerate(words):
        if word == "her":
            nxt = words[i + 1] if i + 1 < len(words) else ""
            words[i] = "you" if nxt in _OBJECT_FOLLOWERS else "your"
    return " ".join(words)


def _base_verb(verb: str) -> str:
    """`reads` -> `read`, `watches` -> `watch`, `tries` -> `try`, `has` -> `have`."""
    irregular = {"has": "have", "is": "are", "does": "do", "goes": "go", "was": "were"}
    if verb in irregular:
        return irregular[verb]
    if verb.endswith("ies") and len(verb) > 4:
        return verb[:-3] + "y"
    if re.search(r"(?:ch|sh|ss|x|zz|o)es$", verb):
        return verb[:-2]
    if verb.endswith("s") and not verb.endswith("ss"):
        return verb[:-1]
    return verb


_STOPWORDS = set(
    "a|about|again|an|and|any|are|at|be|can't|cannot|comes|do|don't|every|for|from|have|i|in|is|it|keep|keeps|me|my|need|not|of|on|or|our|out|so|stop|that|the|them|they|this|to|up|we|when|who|with|won't|you|your".split(
        "|"
    )
)


def _keywords(*phrases: str) -> list[str]:
    words = re.findall(r"[a-z][a-z'-]+", " ".join(phrases).lower())
    return list(dict.fromkeys(w for w in words if w not in _STOPWORDS and len(w) > 2))


def _topic(text: str) -> tuple[str, tuple[str, str, str, str, str]]:
    padded = f" {text} "
    for name, (triggers, *defaults) in SITUATION_DEFAULTS.items():
        if any(re.search(rf"\b{re.escape(t)}\b", padded) for t in triggers):
            return name, tuple(defaults)  # type: ignore[return-value]
    return "general", SITUATION_FALLBACK


_WHO_WORDS = rf"(?:(?:my|our)\s+(?:\w+\s+)?(?:{_REL})|he|she|they)"
_ADVERBS = r"(?:always|constantly|often|never|still|just|keeps on|also|usually)"
_NOT_BEHAVIOUR = set(
    "about|and|are|at|can|could|doesn't|don't|feel|feels|for|get|gets|has|how|i|in|is|isn't|love|loves|me|might|need|needs|of|say|says|seem|seems|should|that|think|thinks|to|want|wants|was|were|what|who|will|with|would".split(
        "|"
    )
)
_PAST = set(
    "told|said|took|gave|made|went|left|broke|forgot|brought|came|got|put|read|sent|"
    "spent|threw|wrote|lent|lost|met|paid|ran|saw|sold|spoke|stole|took|woke|hid|bit".split("|")
)
_PLURAL_WHO = re.compile(
    r"\b(?:in-laws|parents|siblings|kids|friends|roommates|coworkers|"
    r"colleagues|they|family)\b"
)


def _plural(phrase: str) -> bool:
    return bool(_PLURAL_WHO.search(phrase))


def _behaviour(low: str, who: str) -> tuple[str, str] | None:
    """(family, clause) from the message's sentence shape, or None."""
    patterns = (
        ("behaviour", r"\bstop\s+(\w+ing\b.*)", "you keep {}"),
        (
            "behaviour",
            r"\b(?:keeps|keep|constantly|always|continues)\s+(\w+ing\b.*)",
            "you keep {}",
        ),
        ("limit", r"\bsay no to\s+(\w+ing\b.*)", "I can't keep {}"),
        ("limit", r"\b(?:say no to|turn down|decline|refuse)\s+(.+)", "I have to say no to {}"),
        (
            "limit",
            r"\b(?:that\s+)?(i(?:\s+(?:can't|cannot|won't|will not|don't want to|"
            r"do not want to|am not|no longer)|'m not)\b.*)",
            "{}",
        ),
        ("limit", rf"\b(?:ask|tell)\s+{_WHO_WORDS}\s+for\s+(.+)", "I'd like {}"),
        ("limit", rf"\b(?:ask|tell)\s+{_WHO_WORDS}\s+to\s+(.+)", "I'd like you to {}"),
        (
            "behaviour",
            rf"\btell\s+{_WHO_WORDS}\s+(?:that\s+)?((?:his|her|their)\s+\w+\s+\w+.*)",
            "{}",
        ),
    )
    for family, pattern, shape in patterns:
        m = re.search(pattern, low)
        if m:
            return family, shape.format(m.group(1))
    name = rf"|\b{re.escape(who.lower())}\b" if who != "them" and " " not in who else ""
    for subject in re.finditer(rf"\bwho\b|{_WHO_WORDS}{name}", low):
        m = re.match(rf"\s+(?:{_ADVERBS}\s+)?(\w+)\s+(.+)", low[subject.end() :])
        verb = m.group(1) if m else ""
        if m and verb not in _NOT_BEHAVIOUR and (verb.endswith("s") or _plural(subject.group(0))):
            return "behaviour", f"you {_base_verb(verb)} {m.group(2)}"
        if m and verb not in _NOT_BEHAVIOUR and (verb.endswith("ed") or verb in _PAST):
            return "behaviour", f"you {verb} {m.group(2)}"  # something that happened once
    m = re.search(
        rf"(?:\bwho|{_WHO_WORDS})\s+(?:is|are|'s)\s+(?:always\s+|constantly\s+)?(\w+ing\b.+)", low
    )
    if m:
        return "behaviour", f"you keep {m.group(1)}"
    return None


_NOT_A_NEED = tuple(
    "to tell|to say|to ask|help|a way|advice|to word|to know|to set|him |her |them |you"
    " |to talk|to bring|to figure|some advice|words".split("|")
)


def _explicit(low: str, pattern: str) -> str | None:
    m = re.search(pattern, low)
    return _trim(m.group(1), MAX_NEED_WORDS) if m else None


def _who(text: str) -> str:
    low = text.lower().replace("’", "'")
    who_m = WHO_RE.search(low)
    if who_m:
        words = who_m.group(1).split()
        keep_all = (
            words[0] in {"best", "older", "younger", "little", "big"}
            or who_m.group(1) in RELATIONS  # a relation of two words: "team lead"
        )
        return f"my {who_m.group(1) if keep_all else words[-1]}"
    for name_m in NAME_RE.finditer(text):
        name = name_m.group(1) or name_m.group(2)
        if name not in NOT_NAMES:
            return name
    return "them"


def parse_situation(message: str, context: str | None = None) -> Situation:
    """Read a boundary request. Never fails: unknown parts get safe defaults.

    `context` (the previous user message) supplies who it is about when the request
    only says "her" or "them"."""
    text = " ".join(message.split())
    low = text.lower().replace("’", "'")
    who = _who(text)
    if who == "them" and context:
        who = _who(" ".join(context.split()))
    topic, (feeling, need, alternative, consequence, noun) = _topic(low)
    situation = Situation(
        message=message,
        who=who,
        feeling=feeling,
        need=need,
        alternative=alternative,
        consequence=consequence,
        topic=topic,
    )
    found = _behaviour(low, who)
    if found is not None:
        family, clause = found
        clause = _trim(_second_person(clause, who), MAX_ACTION_WORDS)
        if family == "limit":
            situation.family, situation.limit = "limit", clause
        else:
            situation.action = clause
    explicit_need = _explicit(low, r"\bi (?:really |just )?need (?:to have )?(.+)")
    if explicit_need and explicit_need.startswith(_NOT_A_NEED):
        explicit_need = None
    if explicit_need and not situation.action and not situation.limit:
        situation.family, situation.limit = "limit", f"I need {_second_person(explicit_need, who)}"
    elif explicit_need:
        situation.need = _second_person(explicit_need, who)
    if not situation.action and not situation.limit:
        situation.action = f"it comes to {noun}"
    explicit_alt = _explicit(
        low,
        r"(?<!need )(?<!want )(?<!like )\b(?:to|and)\s+(?!be\s)(\w+ (?:\w+ )?(?:first|instead)\b)",
    )
    if explicit_alt and not explicit_alt.startswith(("stop", "keep")):
        situation.alternative = _second_person(explicit_alt, who)
    situation.action = _first_person_case(situation.action)
    situation.limit = _first_person_case(situation.limit)
    situation.need = _first_person_case(situation.need)
    situation.alternative = _first_person_case(situation.alternative)
    situation.keywords = _keywords(situation.action or situation.limit)
    return situation


def _first_person_case(clause: str) -> str:
    return re.sub(r"\bi(?=\b|')", "I", clause)

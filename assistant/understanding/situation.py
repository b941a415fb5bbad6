"""Reading a wording request: who it is for and what the user's own clauses say.

The message is cut into clauses; the classifier gives each clause a role (what they
do, the change asked for, a limit, a feeling, a worry, the request for help, or
background; see `understanding/classifier.py`). The clauses with a role are put into
the second person (`wording.py`) and fill the slots the scripts are written from, so
a script says the user's situation in the user's terms and invents no need. A
request for help that carries its content ("tell my mom to stop calling me") gives
that content too. Nothing is made up: a slot nobody filled stays empty and the
templates leave it out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Protocol

from assistant.understanding.fit import states_a_want
from assistant.understanding.wording import (
    agree_with_you,
    first_person_case,
    keywords,
    second_person,
)
from assistant.vocabulary import word_list, word_set


@cache
def _relations() -> str:
    """The relation words as one alternation, longest first ("mother-in-law" before "mother")."""
    names = sorted(word_list("relations"), key=len, reverse=True)
    return "|".join(re.escape(name) for name in names)


@cache
def who_re() -> re.Pattern[str]:
    """A person named (`my mom`, `a coworker`); not `my own friends`, who are the user's."""
    return re.compile(rf"\b(?:my|our|a|an|the)\s+(?!own\b)((?:\w+\s+)?(?:{_relations()}))\b")


SUBJECT = r"(?:i|i'm|im|i've|ive|he|she|they|we|you|it|it's|its|my|our|his|her|their|the|this)"
CLAUSE_RE = re.compile(
    r"\s+(?:and\s+)?\(?\d{1,2}\)\s+|(?<=[.!?;:])\s+|\s*[,\n]\s*|"
    r"(?<!\beven)\s+(?=(?:but|because|so|without|even though|though|although|"
    rf"cause|cuz|coz)\b|and\s+(?:now\s+)?{SUBJECT}\b)",
    re.IGNORECASE,
)
"""Clause breaks; `and` starts a clause only with its own subject ("and i'm not ready"),
so "borrows money and never pays it back" stays one thing the other person does. A
numbered item ("1) ... and 2) ...") starts a clause, its number left out."""
LEAD_RE = re.compile(
    r"^\(?\d{1,2}\)\s+|^(?:(?:and|but|because|so|even though|though|although|cause|cuz|coz|"
    r"also)\s+)+",
    re.IGNORECASE,
)
ASKED_FOR_RE = re.compile(
    r"\b(?:want|need|would like|'d like|wish|asking|ask|tell|get)\s+"
    r"(?:him|her|them|(?:my|our)\s+(?:\w+\s+)?\w+|(?!me\b|us\b)\w+)\s+to\s+(.+)",
    re.IGNORECASE,
)
ASK_FOR_RE = re.compile(
    r"\bask\s+(?:(?:him|her|them|(?:my|our)\s+(?:\w+\s+)?[\w-]+)\s+)?for\s+(.+)",
    re.IGNORECASE,
)
"""What a request "to ask for" wants: "how do I ask for my stuff back" -> `my stuff back`."""
SAY_NO_RE = re.compile(r"\bsay no to\s+(.+)", re.IGNORECASE)
TELL_THAT_RE = re.compile(
    r"\b(?:tell|remind|let)\s+(?:him|her|them|(?:my|our)\s+(?:\w+\s+)?\w+)\s+(?:know\s+)?"
    r"(?:that\s+)?(i\b.+)",
    re.IGNORECASE,
)
STATES_A_NEED_RE = re.compile(
    r"^i(?:'m|\s+am)?\s+(?:still\s+|really\s+|just\s+)?(?:need|want|would like|'d like|can'?t|"
    r"cannot|won'?t|don'?t|not\b|have to|must|will|plan|going to)",
    re.IGNORECASE,
)
"""What a told clause must start with to be the user's need ("tell her I'm not ready",
"tell him I need Sundays"); "tell them I love them" says no need."""
TOLD_PERSON_RE = re.compile(
    r"\b(?:tell|ask|remind|let|text|approach|say (?:\w+ )?to|talk to|explain to)\s+"
    r"(him|her|them|(?:my|our)\s+(?:\w+\s+)?[\w-]+)\b",
    re.IGNORECASE,
)
"""The person a request for help speaks to ("how do I tell him", "ask my mom")."""
SPOKEN = ("ask", "context")
"""Roles whose clauses do not say who acts: the request for help, the background."""
HABIT_RE = re.compile(r"\byou('re| are)?\s+(?:always|constantly|forever)\s+", re.IGNORECASE)
NEVER_RE = re.compile(r"\byou\s+never\s+", re.IGNORECASE)
FEELING_RE = re.compile(
    r"\b(?:feel|feels|felt|feeling|i'm|i am|im)\s+(?:so\s+|really\s+|very\s+|kind of\s+|a bit\s+)?"
    r"((?:like\s+)?[a-z]+(?:\s+(?:and|or)\s+[a-z]+)?)\b",
    re.IGNORECASE,
)
MAX_WORDS = 16
CUT_TAIL_RE = re.compile(
    r"\s+(?:lol|haha\w*|please|pls|plz|anymore|any more|right now|tbh|ngl|idk)\b.*$|[?!.]+$",
    re.IGNORECASE,
)

ASIDE_RE = re.compile(r"\s*\([^)]*\)")
"""An aside in brackets ("(my labeled food!!)"): not said to the other person."""

RoleReader = Callable[[Sequence[str]], list[str]]
"""Gives each clause its role (the classifier's clause head)."""


@dataclass
class Situation:
    """What a wording request is about, in words that can be said to the other person."""

    message: str
    who: str = "them"
    """The other person as the user named them, e.g. `my mom` (or `them`)."""
    action: str = ""
    """What they do, said to them: `you keep commenting on my weight at dinner`."""
    ask: str = ""
    """The change asked of them, after "could you": `text me if you're going to be late`."""
    want: str = ""
    """What the user wants for themselves, first person: `I still want my Saturdays`."""
    limit: str = ""
    """What the user won't or can't do, first person: `I can't keep lending you money`."""
    feeling: str = ""
    """How the user said they feel (`exhausted`), or empty."""
    fact: str = ""
    """Something of the user's own circumstance they told, first person (`I have a job
    and finals`, `our apartment is tiny`): said after what happens, as DEAR MAN
    describes the facts before it asks. Left out of short versions."""
    keywords: list[str] = field(default_factory=list)
    """Content words of the situation a script must mention (the rubric checks this)."""
    short: bool = False
    """Ask writers for a shorter version (set by a "shorter please" follow-up)."""
    added: list[str] = field(default_factory=list)
    """Sentences a follow-up asked to add, said to them ("add that I appreciate her")."""
    we: bool = False
    """Said by two people ("can it be a 'we' version"): "we" for "I"."""
    acknowledge: str = ""
    """For an answer to pushback: their objection heard back, said first."""

    @property
    def family(self) -> str:
        """Which templates fit: `change` (what they do / what I ask), `want`, `limit`."""
        if self.action or self.ask:
            return "change"
        return "limit" if self.limit else "want" if self.want else "none"

    @property
    def vague(self) -> bool:
        """Nothing concrete was read: no behaviour, change, want or limit."""
        return self.family == "none"

    @property
    def addressee(self) -> str:
        """How the coach refers to the other person when talking to the user."""
        return "them" if self.who == "them" else re.sub(r"^(my|our)\b", "your", self.who)

    @property
    def summary(self) -> str:
        """The slots as plain lines (for an LLM writer's prompt)."""
        parts = [
            ("Speaking to", self.who if self.who != "them" else ""),
            ("What happens", self.action),
            ("What I'm asking them", self.ask),
            ("What I want", self.want),
            ("My limit", self.limit),
            ("How I feel", self.feeling),
            ("My side of it", self.fact),
        ]
        return "\n".join(f"{name}: {value}" for name, value in parts if value)


class SituationReader(Protocol):
    """Reads a wording request into a `Situation` another way than the rules here
    (e.g. a language model); None when it cannot, and the rules read it instead."""

    name: str

    def read(self, request: str, context: str | None = None) -> Situation | None: ...


@cache
def bare_who_re() -> re.Pattern[str]:
    """A message that starts with the person and no "my" ("coworker keeps asking me...")."""
    return re.compile(
        rf"^(?:ok\s+|so\s+|ugh\s+)*({_relations()})\s+"
        r"(?=(?:always |never |just |still |really |constantly )?[a-z']+(?:s|ed|n't|nt)\b)"
    )


IN_LAW_RE = re.compile(
    r"\b(?:(?:mother|father|sister|brother|son|daughter)\s+in\s+laws?|in\s+laws)\b", re.I
)


WITHOUT_RE = re.compile(r"(?<!\S)w/o(?!\S)", re.IGNORECASE)


def _in_law(text: str) -> str:
    """`mother in law` -> `mother-in-law`, `in laws` -> `in-laws`, as relations are
    written; `w/o` -> `without`, where a clause may end."""
    return WITHOUT_RE.sub("without", IN_LAW_RE.sub(lambda m: "-".join(m.group(0).split()), text))


def who_of(text: str) -> str:
    low = _in_law(text.lower().replace("’", "'"))
    bare = bare_who_re().match(low.strip())
    if bare and not who_re().search(low):
        low = f"my {bare.group(1)} {low.strip()[bare.end() :]}"
    match = who_re().search(low)
    if match:
        words = match.group(1).split()
        keep_two = words[0] in {"best", "older", "younger", "little", "big"} or (
            match.group(1) in word_set("relations")
        )
        return f"my {match.group(1) if keep_two else words[-1]}"
    return "them"


def same_person(a: str, b: str) -> bool:
    """`my mum` and `my mom` (or `my mother`) are the same person."""
    if a == b:
        return True
    ra, rb = a.removeprefix("my "), b.removeprefix("my ")
    return rb in ALIASES.get(ra, ()) or ra in ALIASES.get(rb, ())


def about(story: str, who: str) -> str:
    """The part of a story about `who`: from the first clause that names them to the
    next that names someone else. "my partner invites friends over without asking,
    and also my mum comments on me not having kids" about `my mum` is the second
    half; a story that never names them is all of it."""
    clauses = clauses_of(story)
    named = [who_of(c) for c in clauses]
    start = next((i for i, n in enumerate(named) if same_person(n, who)), None)
    if who == "them" or start is None:
        return story
    end = next(
        (
            i
            for i in range(start + 1, len(named))
            if named[i] != "them" and not same_person(named[i], who)
        ),
        len(clauses),
    )
    return ", ".join(clauses[start:end])


def as_person(name: str, said: str) -> str:
    """A person as another reader named them ("mom", "My Boss", "him") in the form the
    templates use (`my mom`, `my boss`), kept only if the user named them in `said`
    (in these words or a short form: "gf" for "girlfriend"); otherwise whoever the
    rules find there, or `them`."""
    low = " ".join(name.lower().replace("’", "'").split())
    if not low or low in ("him", "her", "them", "he", "she", "they", "you", "someone"):
        return who_of(said)
    found = who_of(low if re.match(r"(?:my|our|a|an|the)\b", low) else f"my {low}")
    relation = found.removeprefix("my ")
    words = set(re.findall(r"[\w'-]+", said.lower().replace("’", "'")))
    if found != "them" and ({relation, *ALIASES.get(relation, ())} & words or relation in said):
        return found
    return who_of(said)


ALIASES: dict[str, tuple[str, ...]] = {
    "boyfriend": ("bf",),
    "girlfriend": ("gf",),
    "partner": ("bf", "gf", "husband", "wife", "boyfriend", "girlfriend", "spouse"),
    "mom": ("mum", "mother", "mama", "ma"),
    "mum": ("mom", "mother"),
    "mother": ("mom", "mum"),
    "dad": ("father", "papa"),
    "father": ("dad",),
    "mother-in-law": ("mil",),
    "father-in-law": ("fil",),
    "coworker": ("co-worker", "colleague"),
    "colleague": ("coworker", "co-worker"),
    "roommate": ("flatmate", "housemate"),
    "flatmate": ("roommate", "housemate"),
}
"""Short and other forms a user writes for the person a reader names."""


def _addressed(clauses: Sequence[str], labels: Sequence[str], context: str | None) -> str:
    """Who the words are for: a person named where something happens or is asked
    ("she slacks me at 11pm"), else the one the previous message named, else one named
    in the background ("not my manager, it's a coworker": the last named)."""
    told = [c for c, role in zip(clauses, labels, strict=True) if role != "context"]
    asks = " , ".join(c for c, role in zip(clauses, labels, strict=True) if role == "ask")
    # The request for help names who is told, even when its clause carries the content
    # and got that role ("how do I tell him I want a weekend away with my sister").
    spoken_to = TOLD_PERSON_RE.search(asks) or TOLD_PERSON_RE.search(" , ".join(clauses))
    if spoken_to and spoken_to.group(1).lower() in ("him", "her", "them"):
        # "how do I tell him I want a weekend away with my sister": him, not the sister;
        # who "him" is comes from what happens ("my mom calls me at work") or before.
        # The clause that tells "him" is not where he is named, whatever its role.
        happens = [
            c
            for c, role in zip(clauses, labels, strict=True)
            if role not in SPOKEN and not TOLD_PERSON_RE.search(c)
        ]
        found = who_of(" , ".join(happens))
        return found if found != "them" or not context else who_of(context)
    found = who_of(spoken_to.group(0)) if spoken_to else who_of(" , ".join(told))
    if found == "them" and context:
        found = who_of(context)
    if found == "them":
        background = [
            who_of(c) for c, role in zip(clauses, labels, strict=True) if role == "context"
        ]
        named = [w for w in background if w != "them"]
        found = named[-1] if named else "them"
    return found


def clauses_of(text: str) -> list[str]:
    parts = [LEAD_RE.sub("", p.strip()) for p in CLAUSE_RE.split(_in_law(" ".join(text.split())))]
    joined: list[str] = []
    for part in parts:
        if joined and PERSON_ONLY_RE.match(joined[-1]) and I_START_RE.match(part):
            joined[-1] = f"{joined[-1]} and {part}"  # "my sister and i fought": one subject
        else:
            joined.append(part)
    return [p for p in joined if len(p.split()) >= 2]


PERSON_ONLY_RE = re.compile(r"^(?:my|our)\s+[\w'-]+$", re.IGNORECASE)
I_START_RE = re.compile(r"^i\b", re.IGNORECASE)


def _tidy(clause: str) -> str:
    clause = CUT_TAIL_RE.sub("", ASIDE_RE.sub("", clause).strip())
    words = clause.split()
    return first_person_case(" ".join(words[:MAX_WORDS]))


def _asked_for(clause: str, who: str) -> str:
    """`I want him to text if he's late` -> `text if you're late`."""
    match = ASKED_FOR_RE.search(clause)
    return _tidy(second_person(match.group(1), who)) if match else ""


def _feeling(clause: str) -> str:
    match = FEELING_RE.search(clause)
    if not match or match.group(1).split()[0].lower() in word_set("not_feelings"):
        return ""
    return match.group(1).lower()


def read_situation(
    message: str, context: str | None = None, roles: RoleReader | None = None
) -> Situation:
    """Read a wording request. Never fails: what cannot be read stays empty.

    `context` (the previous user message) supplies who it is about and what happens
    when the request itself only says "her" or "that"."""
    clauses = [judged_want(c) or c for c in clauses_of(message)]
    labels = roles(clauses) if roles is not None else ["ask"] * len(clauses)
    if roles is not None:
        labels = _roles_of_asked_content(clauses, labels, roles)
    who = _addressed(clauses, labels, context)
    situation = Situation(message=message, who=who)
    for clause, role in zip(clauses, labels, strict=True):
        _fill(situation, clause, role, who)
    bare_no = situation.family == "limit" and situation.limit == BARE_NO and not situation.want
    if (situation.vague or bare_no) and context:
        # "help me say no kindly" after the story: the story says what to say no to;
        # "the thing with my mum" says which part of it, "how do I tell him" does not.
        told = any(TOLD_PERSON_RE.search(c) for c in clauses)
        earlier = read_situation(context if told else about(context, who), None, roles)
        situation.action, situation.ask = earlier.action, earlier.ask
        situation.want = earlier.want
        situation.limit = earlier.limit or situation.limit
    situation.keywords = keywords(situation.action, situation.ask, situation.want, situation.limit)
    return situation


def _roles_of_asked_content(
    clauses: Sequence[str], labels: list[str], roles: RoleReader
) -> list[str]:
    """A request for help often carries what is to be said: "how do I say I don't reply
    after hours", "how would I bring up wanting a night out with my friends". What
    follows the request is read again by the classifier for its own role."""
    content = {
        i: ASK_LEAD_RE.sub("", clause.strip())
        for i, (clause, role) in enumerate(zip(clauses, labels, strict=True))
        if role == "ask"
        and not TELL_THAT_RE.search(clause)  # "tell him I ...": STATES_A_NEED_RE decides
    }
    asks = [
        i for i, rest in content.items() if rest != clauses[i].strip() and len(rest.split()) >= 2
    ]
    if not asks:
        return labels
    out = list(labels)
    for i, role in zip(asks, roles([content[i] for i in asks]), strict=True):
        if role not in ("ask", "context"):
            out[i] = role
    return out


BARE_NO = "I have to say no"
"""The limit of a request that says no more than "help me say no"."""
SAY_NO_ALONE_RE = re.compile(r"\bsay no\b(?!\s+to\b)", re.IGNORECASE)


def _content_of_ask(situation: Situation, clause: str, who: str) -> bool:
    """A request for help that carries its content, whatever role the clause got:
    "tell my mom to stop calling", "tell her I still want my Saturdays", "say no to
    lending him money". True when the clause was used up."""
    asked = _asked_for(clause, who)
    if asked and not situation.ask:
        situation.ask = asked
        return True
    no = SAY_NO_RE.search(clause)
    if no and not situation.limit:
        situation.limit = f"I have to say no to {_tidy(second_person(no.group(1), who))}"
        return True
    wanted = ASK_FOR_RE.search(clause)
    if wanted and not situation.want:
        situation.want = f"I'd like {_tidy(second_person(wanted.group(1), who))}"
        return True
    told = TELL_THAT_RE.search(clause)
    if told and not situation.want and STATES_A_NEED_RE.search(told.group(1)):
        situation.want = _tidy(second_person(told.group(1), who))
        return True
    if SAY_NO_ALONE_RE.search(clause) and not situation.limit:
        situation.limit = BARE_NO
        return True
    return False


SPEAKING = r"(?:ask|tell|say|bring up|word|suggest|raise|mention|explain)"
"""Verbs of a request for help with words ("how do I suggest...", "help me bring up...")."""
ASK_LEAD_RE = re.compile(
    r"^(?:so\s+|ok\s+|okay\s+)?(?:how (?:do|can|should|would) (?:i|u) (?:even )?"
    rf"{SPEAKING}"
    r"(?: (?:him|her|them|you))?(?: to| that| for)?|what (?:could|can|should|do|would) i say(?: to "
    rf"(?:him|her|them|you))?(?: to| that)?|help me {SPEAKING}\w*"
    r"(?: (?:him|her|them|you))?"
    r"(?: to| that)?)\s*",
    re.IGNORECASE,
)


JUDGED_RE = re.compile(
    r"^(?:so\s+|but\s+)?(?:is it|would it be|am i|is that)\s+(?:\w+\s+)?"
    r"(?:normal|ok|okay|fine|bad|wrong|selfish|weird|unreasonable|rude|mean|crazy|too much)"
    r"\s+(?:(?P<inf>to)|that|if|for)\s+(?P<rest>.+)",
    re.IGNORECASE,
)
"""A question that asks whether a want is all right ("is it normal to want a weekend
alone?", "is it selfish that i need a night to myself", "am i wrong for wanting..."):
what it asks about is the user's own want, not something the other person does."""


def judged_want(clause: str) -> str | None:
    """The want inside a question about it, in the user's words (`I want a weekend
    alone`), or None when the clause is not such a question."""
    match = JUDGED_RE.match(clause.strip().rstrip("?!. "))
    if not match:
        return None
    # "...when you're married": the generic "you" of a question, not the person addressed
    rest = re.sub(r"\s+(?:when|if|once)\s+(?:you're|you are|youre|ur|you)\b.*$", "", match["rest"])
    if match.group("inf"):
        rest = re.sub(r"^not\s+", "don't ", rest, flags=re.IGNORECASE)
        return f"I {rest}"
    return re.sub(r"^(?:wanting|needing)\b", _i_want, rest, flags=re.IGNORECASE)


WHO_DOES_RE = re.compile(r"\bwho\s+((?:always\s+|still\s+|keeps\s+)?[a-z]+s\b.*)", re.IGNORECASE)
"""`my boss who emails me at midnight`: what the person does, inside the ask itself."""


NOT_CONTENT_ROLES = ("context", "worry", "feeling")
"""Roles whose clause never carries what is to be said: a worry ("I don't want him to
feel like I'm attacking his mom") says what the user fears, not what they ask for."""


def _fill(situation: Situation, clause: str, role: str, who: str) -> None:
    if role not in NOT_CONTENT_ROLES and _content_of_ask(situation, clause, who):
        return
    does = WHO_DOES_RE.search(clause)
    if does and not situation.action:
        situation.action = as_action(_tidy(second_person(f"they {does.group(1)}", who)))
        return
    clause = ASK_LEAD_RE.sub("", clause.strip())
    if len(clause.split()) < 2:
        return
    said = _tidy(second_person(clause, who))
    if role == "behaviour":
        # From where "you" starts, then cut: a long story before it must not use up
        # the words ("...deposit and now they think they get a say in everything").
        now = NOW_RE.match(clause)
        told = clause[now.end() :] if now else clause
        action = _tidy(as_action(with_subject(second_person(told, who))))
        if now or not situation.action:
            # "they lent us money, and now they think they get a say": what happens
            # now is what the user wants to talk about.
            situation.action = action
        elif (
            " and " not in situation.action
            and THEY_DO_RE.match(clause.strip())
            and _fits(situation.action, action)
        ):
            # A second thing they do, told with its subject ("...dishes in the sink, AND
            # she keeps eating my food"): both are said, while the sentence stays short.
            # A clause cut from the first ("without asking and returns them stained")
            # is not a second thing.
            situation.action = f"{situation.action}, and {action}"
    elif role == "request":
        asked = _asked_for(clause, who)
        if asked and not situation.ask:
            situation.ask = "stop" if asked.lower() in ("stop", "stop it", "stop that") else asked
        elif not asked and said.lower().startswith("you") and not situation.action:
            situation.action = as_action(said)  # "he wants to borrow my car": what they do
        elif not asked and not situation.want:
            want = re.sub(r"^(?:wanting|needing)\b", _i_want, said, flags=re.I)
            want = want if SAYS_WHO_RE.match(want) else f"I'd like {want}"
            situation.want = want if states_a_want(want) else ""
    elif role == "limit" and not situation.limit:
        no = SAY_NO_RE.search(clause)
        situation.limit = (
            f"I have to say no to {_tidy(second_person(no.group(1), who))}" if no else said
        )
    elif role == "feeling" and not situation.feeling:
        situation.feeling = _feeling(clause)
    elif role == "context" and _own_fact(clause, said, who):
        # Up to two ("we're long distance", "I have a job and finals"), while short.
        facts = f"{situation.fact}, and {said}" if situation.fact else said
        if " and " not in situation.fact and len(facts.split()) <= MAX_FACT_WORDS:
            situation.fact = facts


FACT_SUBJECT_RE = re.compile(r"^(?:i|i'm|i've|we|we're|we've|our|my)\b", re.IGNORECASE)
THEY_DO_RE = re.compile(r"^(?:he|she|they)(?:'s|'re|'ll)?\s", re.IGNORECASE)
"""A clause that starts with the other person doing something."""
NOW_RE = re.compile(r"^now\s+", re.IGNORECASE)
MAX_FACT_WORDS = 16
MAX_ACTION_WORDS = 26


def _fits(first: str, second: str) -> bool:
    return len(f"{first} {second}".split()) <= MAX_ACTION_WORDS


def _own_fact(clause: str, said: str, who: str) -> bool:
    """A background clause the user can say as their side of it: about themselves
    (`I have a job and finals`, `our apartment is tiny`), short, not a question, and
    naming nobody but the person addressed ("my dad died two years ago" is not said to
    the mother who knows it)."""
    named = who_of(said)
    return (
        bool(FACT_SUBJECT_RE.match(said))
        and 3 <= len(said.split()) <= MAX_FACT_WORDS - 4
        and not clause.rstrip().endswith("?")
        and named in ("them", who)
    )


SAYS_WHO_RE = re.compile(r"(?:i|i'm|i'd|i've|we|we're|you|my|our|it|it's|that|this)\b", re.I)
"""A want that says who wants it; a bare noun phrase ("shorter calls on weeknights")
becomes "I'd like shorter calls on weeknights"."""


def _i_want(match: re.Match[str]) -> str:
    """`wanting a night out` (after "how do I bring up") -> `I want a night out`."""
    return "I " + match.group(0).lower()[:-3]


STARTS_WITH_SUBJECT_RE = re.compile(rf"^(?:{SUBJECT}|you're|your|when|every|if)\b", re.I)


def with_subject(said: str) -> str:
    """A behaviour clause written without its subject ("doesnt pay rent", "uses all
    the hot water") or with the person for one ("coworker keeps asking me") is
    something the other person does: `you don't pay rent`, `you keep asking me`."""
    said = said.strip()
    bare = bare_who_re().match(said.lower())
    if bare:
        return f"you {said[bare.end() :]}"
    return said if STARTS_WITH_SUBJECT_RE.match(said) else f"you {said}"


def as_action(said: str) -> str:
    """A behaviour clause as said to them, about `you`, without "you always"/"you never"
    (which the rubric rightly reads as blame)."""
    low = said.lower()
    at = 0 if low.startswith("you") else low.find(" you ") + 1
    said = said[at:] if at > 0 else said
    said = HABIT_RE.sub(lambda m: f"you{m.group(1) or ''} ", said)
    return agree_with_you(NEVER_RE.sub("you don't ", said))

"""The boundary coach: scripts in several tones, each checked by a rubric.

A request is first read into a :class:`~assistant.understanding.situation.Situation`
(by the LLM reader on LLM backends, by the rules on `extractive`);
:class:`TemplateWriter` (deterministic) then says it in each tone from the
human-written parts in `texts.py`, filled only from those slots. :func:`iter_scripts`
checks every script with :func:`check_script` and skips one that fails, so a turn
never shows a script that breaks the rubric.

The rubric (also used by the eval suite) names each check:

- `first_person`: the speaker talks as "I";
- `names_situation`: mentions what actually happens (a content word of the situation);
- `names_change`: mentions the change asked, or the want or limit stated (a content
  word of it), so the script says what the user came to say;
- `fits_situation`: does not ask for what the other person already does (that would
  contradict the user);
- `states_need`: says what the speaker needs ("I need", "I'd like", "I'm asking");
- `no_blame`: no "you always / you never", name-calling or fault-finding;
- `max_words`: at most 60 words;
- `framework`: built on a named structure (I-statement, DEAR MAN, NVC);
- `speaks_to_them`: said to the other person, not a request to the coach ("help me")
  and not about them in the third person ("tell my mom...");
- `calm`: no shouting (all capitals) or "!!";
- `connection_or_alternative`: warmth or another way forward, for tones that allow it
  (every tone except `firm` / `very firm`).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from assistant.coach.revise import as_we
from assistant.coach.texts import (
    SCRIPT_ASK,
    SCRIPT_ASK_NEW,
    SCRIPT_CHANGE,
    SCRIPT_LIMIT,
    SCRIPT_OPENERS,
    SCRIPT_WANT,
    SCRIPT_WHEN,
    SCRIPT_WHEN_NO_FEELING,
    TONE_FRAMEWORKS,
    WORK_OPENERS,
)
from assistant.schema import Script
from assistant.understanding.fit import names, repeats
from assistant.understanding.situation import Situation, read_situation
from assistant.understanding.wording import keywords as content_words
from assistant.vocabulary import word_set

log = logging.getLogger(__name__)

__all__ = [
    "DEFAULT_TONES",
    "FRAMEWORKS",
    "MAX_WORDS",
    "RubricResult",
    "Situation",
    "TemplateWriter",
    "check_script",
    "iter_scripts",
    "read_situation",
    "template_can_write",
    "write_scripts",
]

MAX_WORDS = 60
TONES = tuple(TONE_FRAMEWORKS)
"""All tones, softest first."""
DEFAULT_TONES = ("warm", "direct", "firm")
FRAMEWORKS = ("I-statement", "DEAR MAN", "Nonviolent Communication")
TONES_WITHOUT_CONNECTION = {"firm", "very firm"}

FIRST_PERSON_RE = re.compile(r"\b(?:I|I'm|I'd|I've|I'll|my|me)\b")
FIRST_PLURAL_RE = re.compile(r"\b(?:we|we're|we'd|we've|we'll|our|us)\b", re.IGNORECASE)
"""The speaker in a script said by two people (a "we" version)."""
NEED_RE = re.compile(
    r"\b(?:(?:I|we) need|(?:I|we)'d like|(?:I|we) would like|(?:I'm|we're) asking|"
    r"(?:I am|we are) asking|(?:I|we) want|it matters to (?:me|us)|is important to (?:me|us))\b",
    re.IGNORECASE,
)
BLAME_RE = re.compile(
    r"\byou(?:'re| are)? (?:always|never)\b|\byour fault\b|\bblame you\b|"
    r"\byou(?:'re| are) (?:so |being )?(?:selfish|lazy|crazy|ridiculous|toxic|rude|"
    r"immature|inconsiderate|annoying|controlling|a narcissist|impossible)\b|"
    r"\bwhat(?:'s| is) wrong with you\b|\byou make me\b|\bhow dare you\b|\bshut up\b",
    re.IGNORECASE,
)
ASKS_COACH_RE = re.compile(
    r"\b(?:help me|how (?:do|can|should|would) I|what (?:should|can|could|do) I say|"
    r"(?:tell|ask) (?:my|him|her|them)\b|could you (?:please )?help)\b",
    re.IGNORECASE,
)
CONNECTION_RE = re.compile(
    r"\b(?:care|love|value|appreciate|us|we|our|together|both|glad|help us|instead|"
    r"could we|would you be willing|could you|would it work|let's|how about|"
    r"I'd be glad|another way|later|tomorrow)\b",
    re.IGNORECASE,
)


@dataclass
class RubricResult:
    """The outcome of every named check on one script."""

    checks: dict[str, bool] = field(default_factory=dict)
    words: int = 0

    @property
    def passed(self) -> bool:
        return all(self.checks.values())

    @property
    def failures(self) -> list[str]:
        return [name for name, ok in self.checks.items() if not ok]


def _stem(word: str) -> str:
    word = word.lower().strip("'")
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def check_script(
    script: Script | str, situation: Situation | str, tone: str | None = None
) -> RubricResult:
    """Run the rubric. `script` may be a :class:`Script` (tone and framework are read
    from it) or plain text; `situation` may be parsed or the user's raw message."""
    if isinstance(situation, str):
        situation = read_situation(situation)
    text = script.text if isinstance(script, Script) else script
    framework = script.framework if isinstance(script, Script) else None
    tone = tone or (script.tone if isinstance(script, Script) else None)
    words = text.split()
    stems = {_stem(w) for w in re.findall(r"[A-Za-z'-]+", text)}
    keywords = situation.keywords
    checks = {
        "first_person": bool((FIRST_PLURAL_RE if situation.we else FIRST_PERSON_RE).search(text)),
        "names_situation": not keywords or any(_stem(k) in stems for k in keywords),
        "names_change": names(text, situation.ask or situation.want or situation.limit),
        "fits_situation": not repeats(situation.ask, situation.action),
        "states_need": bool(NEED_RE.search(text)),
        "no_blame": not BLAME_RE.search(text),
        "max_words": 0 < len(words) <= MAX_WORDS,
        "framework": framework is None or framework in FRAMEWORKS,
        "speaks_to_them": _speaks_to_them(text, situation),
        "calm": _calm(text),
    }
    if tone not in TONES_WITHOUT_CONNECTION:
        checks["connection_or_alternative"] = bool(CONNECTION_RE.search(text))
    return RubricResult(checks=checks, words=len(words))


def _speaks_to_them(text: str, situation: Situation) -> bool:
    """Said to the other person: not a request to the coach, not about them in the
    third person ("tell my mom...", "help me...")."""
    if ASKS_COACH_RE.search(text):
        return False
    who = situation.who.lower()
    return not (who.startswith("my ") and re.search(rf"\b{re.escape(who)}\b", text.lower()))


def _calm(text: str) -> bool:
    """No shouting: at most one all-capitals word (besides "I"/"OK") and no "!!"."""
    shouted = [w for w in re.findall(r"[A-Za-z']{2,}", text) if w.isupper() and w != "OK"]
    return len(shouted) <= 1 and "!!" not in text


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


class TemplateWriter:
    """Puts a script together from the human-written parts in `texts.py`, filled only
    from the user's own words (`situation.py`). Deterministic."""

    name = "template"

    def write(self, situation: Situation, tone: str) -> str | None:
        if tone not in SCRIPT_OPENERS or situation.vague:
            return None
        body: list[str] = []
        if situation.family == "change":
            if situation.action:
                when = SCRIPT_WHEN if situation.feeling else SCRIPT_WHEN_NO_FEELING
                body.append(when.format(action=situation.action, feeling=situation.feeling))
            stated = [_sentence_case(p) for p in (situation.limit, situation.want) if p]
            asks = SCRIPT_ASK if situation.action else SCRIPT_ASK_NEW
            if situation.ask:
                body += [f"{s}." for s in stated]
                body.append(asks[tone].format(ask=situation.ask))
            elif stated:
                # The user said where they stand ("I'm not ready"): ask for that to be
                # respected, not for the other person to change.
                close = SCRIPT_WANT if situation.want else SCRIPT_LIMIT
                body += [f"{s}." for s in stated[:-1]]
                body.append(close[tone].format(limit=stated[-1], want=stated[-1]))
            else:
                body.append(SCRIPT_CHANGE[tone])
        elif situation.family == "want":
            body.append(SCRIPT_WANT[tone].format(want=_sentence_case(situation.want)))
        else:
            body.append(SCRIPT_LIMIT[tone].format(limit=_sentence_case(situation.limit)))
        at = 1 if situation.family == "change" and situation.action else 0
        if situation.added:
            body[at:at] = situation.added
        if situation.fact and not situation.short and not _said_already(situation):
            # The user's side of it, when it fits whole; otherwise the script goes without.
            with_fact = [*body[:at], f"{_sentence_case(situation.fact)}.", *body[at:]]
            text = self._said(situation, with_fact, tone, strict=True)
            if text is not None:
                return text
        return self._said(situation, body, tone)

    def _said(
        self, situation: Situation, body: list[str], tone: str, strict: bool = False
    ) -> str | None:
        """The script with its opener (or the objection heard back); `strict`: None when
        it only fits the word limit without the opener."""
        heard = situation.acknowledge
        if not (heard and _calm(heard) and not BLAME_RE.search(heard)):
            heard = ""
        parts = [heard or SCRIPT_OPENERS[tone], *body]
        if strict and _words(parts) > MAX_WORDS:
            return None
        if (situation.short and not heard) or _words(parts) > MAX_WORDS:
            parts = [heard, *body] if heard and _words([heard, *body]) <= MAX_WORDS else body
        text = _sentence_case(" ".join(" ".join(parts).split()))
        if _at_work(situation):
            for personal, professional in WORK_OPENERS.items():
                text = text.replace(personal, professional)
        return as_we(text) if situation.we else text


def _said_already(situation: Situation) -> bool:
    """The user's side of it is in the other slots already (another reader put "we have
    a newborn" into what happens): said once, not twice."""
    fact = set(content_words(situation.fact))
    said = set(content_words(situation.action, situation.ask, situation.want, situation.limit))
    return len(fact & said) * 2 >= len(fact)


def _words(parts: Sequence[str]) -> int:
    return len(" ".join(parts).split())


def _at_work(situation: Situation) -> bool:
    """The other person is someone the user works or deals with, not a loved one."""
    return re.sub(r"^(?:my|our)\s+", "", situation.who) in word_set("work_relations")


def _attempt(situation: Situation, tone: str) -> Script | None:
    """The template's script in one tone, if it passes the rubric."""
    text = TemplateWriter().write(situation, tone)
    if not text or not text.strip():
        return None
    script = Script(
        tone=tone, text=" ".join(text.split()), framework=TONE_FRAMEWORKS.get(tone, "I-statement")
    )
    result = check_script(script, situation)
    if not result.passed:
        log.info("template script failed the rubric (%s): %s", tone, result.failures)
        return None
    return script


def iter_scripts(situation: Situation, tones: Sequence[str] = DEFAULT_TONES) -> Iterator[Script]:
    """Each tone's script that passes the rubric; one that fails is skipped, never
    shown (with no tone left the chain asks for the details: `template_can_write`)."""
    for tone in tones:
        script = _attempt(situation, tone)
        if script is not None:
            yield script


def template_can_write(situation: Situation, tones: Sequence[str] = DEFAULT_TONES) -> bool:
    """Whether the templates give a script that passes the rubric in some tone: when
    the reading of the request is too broken for that ("Help me bring up that..."), the
    coach asks for the details instead of showing scripts it would not send."""
    return any(_attempt(situation, tone) is not None for tone in tones)


def write_scripts(situation: Situation, tones: Sequence[str] = DEFAULT_TONES) -> list[Script]:
    """One script per tone that passes the rubric, softest first."""
    return list(iter_scripts(situation, tones))
